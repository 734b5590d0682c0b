"""A walked JSON file shaped as a launch that shows no sign of Genesys Cloud — its flowId no UUID (nor a placeholder), no
key with the `Flow.` prefix every flow input carries, no `flowVersion`, no Genesys host — is another workflow engine's
body (an Azure Logic App's trigger, an internal queue's message): found by a walk, nobody asked, so it is passed in
silence (FL012 with -v), never 4 errors and a --fix renaming its keys. Named, it is judged as asked (a flow's name
written as its flowId is FL104's catch). A setting holding a flag (`"enabled": true`) beside its flowId is a record, not
a launch, walked or named. One Genesys sign keeps every walked body judged."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import diagnostics, flowlint

pytestmark = pytest.mark.usefixtures("in_tmp")

FLOW = "4f5e6d7c-8b9a-4c0d-9e1f-2a3b4c5d6e7f"
AZURE = {"flowId": "wf-claims-intake", "inputData": {"claimId": "CLM-1", "amount": 10},
         "callbackUrl": "https://prod-00.westeurope.logic.azure.com/workflows/abc/triggers/manual/paths/invoke"}
SETTINGS = {"flowId": FLOW, "name": "Onboarding", "enabled": True, "data": {"retries": 3}}


def _write(name: str, value: object) -> str:
    Path(name).parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(value, indent=2)
    Path(name).write_text(text, encoding="utf-8")
    return text


def test_another_engines_body_walked_is_passed_in_silence_and_never_fixed() -> None:
    text = _write("azure-logic-app.json", AZURE)
    assert diagnostics("--no-cache", ".") == []
    verbose = diagnostics("--no-cache", "-v", ".")
    assert [(d["file"], d["code"]) for d in verbose] == [("azure-logic-app.json", "FL012")], verbose
    assert "no sign of Genesys Cloud" in str(verbose[0]["message"]), verbose
    fixed = flowlint("check", "--no-cache", "--fix", "--unsafe-fixes", ".")
    assert fixed.exit_code == 0 and Path("azure-logic-app.json").read_text(encoding="utf-8") == text, fixed.output


def test_named_it_is_judged_as_asked() -> None:
    _write("azure-logic-app.json", AZURE)
    codes = sorted(d["code"] for d in diagnostics("--no-cache", "azure-logic-app.json"))
    assert codes == ["FL102", "FL104", "FL203", "FL203"], codes


def test_a_setting_with_a_flag_beside_its_flow_id_is_a_record() -> None:
    _write("uuid-settings.json", SETTINGS)
    assert diagnostics("--no-cache", ".") == []
    named = diagnostics("--no-cache", "uuid-settings.json")
    assert [(d["code"], d["severity"]) for d in named] == [("FL012", "info")], named


@pytest.mark.parametrize(("value", "code"), [
    ({"flowId": "Customer Callback", "inputData": {"Flow.phone": "1"}}, "FL104"),  # a `Flow.` input
    ({"flowId": FLOW, "inputData": {"phone": "1"}}, "FL203"),  # a flow ID
    ({"flowId": FLOW.replace("-", ""), "inputData": {"phone": "1"}}, "FL104"),  # one without its dashes
    ({"flowId": "YOUR_FLOW_ID", "inputData": {"phone": "1"}}, "FL104"),  # a placeholder for one
    ({"flowId": "callback", "flowVersion": "2.0", "inputData": {"phone": "1"}}, "FL104"),  # the launch's own member
    ({"flowId": "callback", "inputData": {"phone": "1"},
      "note": "POST https://api.mypurecloud.ie/api/v2/flows/executions"}, "FL104"),  # a Genesys host
], ids=["flow-input", "uuid", "undashed-uuid", "placeholder", "flow-version", "genesys-host"])
def test_one_genesys_sign_keeps_a_walked_body_judged(value: dict[str, object], code: str) -> None:
    _write("launches/body.json", value)
    found = [d["code"] for d in diagnostics("--no-cache", ".")]
    assert code in found, found
