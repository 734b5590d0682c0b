"""A walked JSON/YAML file is judged as a launch on evidence beyond its key names (review R6, R22): `flowId` and
`inputData` are every workflow engine's words (a Bhashini pipeline's request, a Conductor task, an Azure Logic App's
trigger). Outside a Genesys Cloud project (no flowlint config, no flows mapped, no contract store with a snapshot, no
contract named), a walked body or fragment is judged only with a sign of Genesys in it: a key with the `Flow.` prefix,
a flow ID that is a UUID (with or without its dashes), a Genesys Cloud host; without one it is passed in silence (FL012
with -v), never errors and a --fix renaming its keys. In a Genesys project the confused bodies flowlint exists for
(`{"flowId": "Claims Intake", "inputs": …}`) are judged as before. Named, a file is judged as asked. A blank form state
(every member blank) and a form's descriptor (each member an object of label and widget) are no launch, walked. A
setting holding a flag (`"enabled": true`) beside its flowId is a record, walked or named."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import diagnostics, flowlint

pytestmark = pytest.mark.usefixtures("in_tmp")

FLOW = "4f5e6d7c-8b9a-4c0d-9e1f-2a3b4c5d6e7f"
AZURE = {"flowId": "wf-claims-intake", "inputData": {"claimId": "CLM-1", "amount": 10},
         "callbackUrl": "https://prod-00.westeurope.logic.azure.com/workflows/abc/triggers/manual/paths/invoke"}
BHASHINI = {"pipelineTasks": [{"taskType": "asr", "config": {"language": {"sourceLanguage": "hi"}}}],
            "inputData": {"audio": [{"audioContent": "UklGRg=="}]}}
FRAGMENT = {"inputData": {"service_id": "abcd", "vccid": 194545}}
SETTINGS = {"flowId": FLOW, "name": "Onboarding", "enabled": True, "data": {"retries": 3}}


def _write(name: str, value: object) -> str:
    Path(name).parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(value, indent=2)
    Path(name).write_text(text, encoding="utf-8")
    return text


def test_other_engines_bodies_walked_are_passed_in_silence_and_never_fixed() -> None:
    texts = {name: _write(name, value) for name, value in
             (("azure-logic-app.json", AZURE), ("asr/request.json", BHASHINI), ("worker/input.json", FRAGMENT))}
    assert diagnostics("--no-cache", ".") == []
    verbose = diagnostics("--no-cache", "-v", ".")
    assert sorted((d["file"], d["code"]) for d in verbose) == sorted((name, "FL012") for name in texts), verbose
    assert all("nothing in it is Genesys Cloud's" in str(d["message"]) for d in verbose), verbose
    fixed = flowlint("check", "--no-cache", "--fix", "--unsafe-fixes", ".")
    assert fixed.exit_code == 0 and all(Path(name).read_text(encoding="utf-8") == text for name, text in texts.items())


def test_named_it_is_judged_as_asked() -> None:
    _write("azure-logic-app.json", AZURE)
    codes = sorted(d["code"] for d in diagnostics("--no-cache", "azure-logic-app.json"))
    assert codes == ["FL102", "FL104", "FL203", "FL203"], codes


@pytest.mark.parametrize("project", [".flowlint.toml", ".flowlint/flows"], ids=["config", "contract-store"])
def test_in_a_genesys_project_the_confused_body_is_judged(project: str) -> None:
    if project.endswith("flows"):
        Path(project).mkdir(parents=True)
        Path(project, f"{FLOW}.json").write_text(json.dumps({"flowId": FLOW, "inputSchema": {"properties": {}}}))
    else:
        Path(project).write_text("", encoding="utf-8")
    _write("azure-logic-app.json", AZURE)
    codes = sorted(d["code"] for d in diagnostics("--no-cache", "."))
    assert codes == ["FL102", "FL104", "FL203", "FL203"], codes


def test_a_setting_with_a_flag_beside_its_flow_id_is_a_record() -> None:
    _write("uuid-settings.json", SETTINGS)
    assert diagnostics("--no-cache", ".") == []
    named = diagnostics("--no-cache", "uuid-settings.json")
    assert [(d["code"], d["severity"]) for d in named] == [("FL012", "info")], named


def test_a_blank_form_state_and_a_form_descriptor_are_no_launch_walked() -> None:
    Path(".flowlint.toml").write_text("", encoding="utf-8")  # (even in a Genesys project)
    _write("ui/defaults.json", {"flowId": "", "flowVersion": "", "name": "", "inputData": {}})
    _write("ui/form-schema.json", {"flowId": {"label": "Flow", "widget": "select", "required": True},
                                   "inputData": {"label": "Inputs", "widget": "json-editor"}})
    assert diagnostics("--no-cache", ".") == []
    verbose = diagnostics("--no-cache", "-v", ".")
    assert sorted(str(d["file"]) for d in verbose if d["code"] == "FL012") == ["ui/defaults.json", "ui/form-schema.json"]


@pytest.mark.parametrize(("value", "code"), [
    ({"flowId": "Customer Callback", "inputData": {"Flow.phone": "1"}}, "FL104"),  # a `Flow.` input
    ({"flowId": FLOW, "inputData": {"phone": "1"}}, "FL203"),  # a flow ID
    ({"flowId": FLOW.replace("-", ""), "inputData": {"phone": "1"}}, "FL104"),  # one without its dashes
    ({"launch": {"flowId": FLOW, "inputData": {"phone": "1"}}}, "FL101"),  # one in a wrapper
    ({"inputData": {"Flow.phone": 1, "queue": "q"}}, "FL203"),  # a fragment with a `Flow.` input
    ({"flowId": "callback", "inputData": {"phone": "1"},
      "note": "POST https://api.mypurecloud.ie/api/v2/flows/executions"}, "FL104"),  # a Genesys host
], ids=["flow-input", "uuid", "undashed-uuid", "wrapped-uuid", "fragment-flow-input", "genesys-host"])
def test_one_genesys_sign_keeps_a_walked_body_judged(value: dict[str, object], code: str) -> None:
    _write("launches/body.json", value)
    found = [d["code"] for d in diagnostics("--no-cache", ".")]
    assert code in found, found
