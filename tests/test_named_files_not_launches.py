"""A JSON/YAML file named on the command line (as pre-commit and `flowlint check $(git diff --name-only)` name every
changed file) that is plainly another program's is no launch body, and gets one FL012 note instead of a pile of body
errors: a JSON Schema without `$schema` (a data action's contract a Terraform `file()` loads) by its shape, a tool's
settings by its well-known name or place (dependabot.yml, .vscode/launch.json, *.podspec.json), a Genesys Cloud script
export (startPageId and pages), and a file naming no member of a launch request at all. A launch
written wrong (`{"type": "flow", "configuration": {…}}`, a misspelt member, a flow ID under `id`) keeps its errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from validator.sources import candidates

from conftest import UUID, diagnostics

pytestmark = pytest.mark.usefixtures("in_tmp")

CONTRACT = {"title": "paymentInfo", "type": "object", "required": ["paymentId", "phoneNumber"],
            "properties": {"paymentId": {"type": "string"}, "phoneNumber": {"type": "string"}}, "additionalProperties": True}
#: A schema of the launch body itself: its `properties` name flowId and inputData.
LAUNCH_SCHEMA = {"type": "object", "properties": {"flowId": {"type": "string"}, "inputData": {"type": "object"}},
                 "required": ["flowId"]}
NOT_LAUNCHES = {
    "contracts/data-action-input.json": json.dumps(CONTRACT, indent=2),
    "contracts/launch.schema.yaml": "type: object\nproperties:\n  flowId:\n    type: string\n  inputData:\n    type: object\n",
    "schemas/launch.json": json.dumps(LAUNCH_SCHEMA),
    ".github/dependabot.yml": "version: 2\nupdates:\n  - package-ecosystem: npm\n    directory: /\n",
    "settings/cli.json": json.dumps({"compilerOptions": {"target": "es2020"}, "exclude": ["dist"]}),
    "config/retry.yaml": "retries: 3\nbackoff:\n  base: 2\n",
    ".vscode/launch.json": '{\n  // VS Code: JSON with comments\n  "version": "0.2.0",\n'
                           '  "configurations": [{"type": "node", "name": "x"}]\n}\n',
    "ios/Pods/Client.podspec.json": json.dumps({"name": "Client", "version": "1.0", "summary": "SDK", "platforms": {}}),
    "scripts/email.script.json": json.dumps({"id": UUID, "name": "Email Script", "versionId": UUID, "startPageId": "p1",
                                             "pages": [{"id": "p1", "name": "Start Page"}]}),
}
LAUNCHES_WRITTEN_WRONG = {
    "wrong/shape.json": {"type": "flow", "configuration": {"flowId": UUID}},
    "wrong/type_only.json": {"type": "flow", "configuration": {"flow": "x"}},
    "wrong/misspelt.json": {"flowID": UUID, "inputs": {"x": 1}},
    "wrong/id.json": {"id": UUID},
    "wrong/schema_words.json": {"type": "flow", "properties": {"Flow.x": 1}},
    # A flow named however it is written, or an inputs container holding anything (review C: these were one FL012 note)
    "wrong/flow_name.json": {"flowName": "Customer Callback", "customerName": "Jane", "phone": "+15551234567"},
    "wrong/flow_snake.json": {"flow_name": "Customer Callback", "Customer Name": "Jane"},
    "wrong/flow_key.json": {"flowKey": "${FLOW_ID}", "customerName": "Jane"},
    "wrong/flow_ref.json": {"flowRef": "{{flowId}}", "customerName": "Jane"},
    "wrong/workflow.json": {"workflow": "${FLOW_ID}", "arguments": "x", "customerName": "Jane"},
    "wrong/inputs_text.json": {"flowName": "Customer Callback", "inputs": "Jane"},
}


def _write(tmp_path: Path, name: str, text: str) -> None:
    (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
    (tmp_path / name).write_text(text, encoding="utf-8")


@pytest.mark.parametrize("name", sorted(NOT_LAUNCHES))
def test_a_named_file_that_is_no_launch_gets_one_note(tmp_path: Path, name: str) -> None:
    _write(tmp_path, name, NOT_LAUNCHES[name])
    found = diagnostics("--no-cache", name)
    assert [(d["code"], d["severity"]) for d in found] == [("FL012", "info")], found
    assert "no launch body" in found[0]["message"]
    assert diagnostics("--no-cache", "--allow-no-files", ".") == []  # walked: silent


@pytest.mark.parametrize("name", sorted(LAUNCHES_WRITTEN_WRONG))
def test_a_launch_written_wrong_keeps_its_errors(tmp_path: Path, name: str) -> None:
    _write(tmp_path, name, json.dumps(LAUNCHES_WRITTEN_WRONG[name]))
    found = diagnostics("--no-cache", name)
    assert any(d["severity"] == "error" for d in found), found
    assert "FL012" not in [d["code"] for d in found]


def test_a_schema_is_told_by_its_shape() -> None:
    assert candidates.json_schema_shaped(CONTRACT) and candidates.json_schema_shaped(LAUNCH_SCHEMA)
    assert not candidates.json_schema_shaped({"type": "flow", "configuration": {"flowId": UUID}})  # `flow` is no JSON type
    assert not candidates.json_schema_shaped({"type": "object", "flowId": UUID, "properties": {}})  # a launch member at its top
    assert not candidates.json_schema_shaped({"type": "object", "properties": {"Flow.x": 1}})  # inputs, not subschemas
    assert not candidates.json_schema_shaped({"title": "Launch", "type": "object"})  # nothing of a schema's shape
