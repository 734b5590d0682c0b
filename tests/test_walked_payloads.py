"""Which walked JSON/YAML files are payloads: named or included ones always; walked ones only when they name the launch vocabulary."""

from __future__ import annotations

import codecs
import json
import re
from pathlib import Path

import pytest

from validator.sources.candidates import may_hold_body

from conftest import FIXTURES, ROOT, UUID2, flowlint

PACKAGE_JSON = '{"name":"svc","version":"1.0.0","type":"module","data":{"x":1}}'
SERVICE_REPO = {
    "package.json": PACKAGE_JSON,
    "tsconfig.json": '{"compilerOptions": {"strict": true, "target": "es2022"}}',
    "docker-compose.yml": "services:\n  app:\n    image: svc\n    environment:\n      FLOW_ID: 3b9d6f2c\n      GENESYS_FLOW_ID: x\n",
    "config/workflow.json": '{"workflowId": "w-1", "type": "flow", "data": {"x": 1}}',
    "schemas/launch.schema.json": json.dumps({"$schema": "https://json-schema.org/draft/2020-12/schema",
                                              "properties": {"flowId": {"type": "string"}}}),
    "openapi.yaml": "openapi: 3.0.3\npaths:\n  /launch:\n    post:\n      requestBody:\n        content:\n"
                    "          application/json:\n            schema:\n              properties:\n                flowId:\n"
                    "                  type: string\n",
    "src/index.js": "export const x = 1;\n",
}


@pytest.fixture
def service(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for relative, text in SERVICE_REPO.items():
        path = tmp_path / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def files_with_findings(*args: str) -> tuple[int, list[str]]:
    result = flowlint("check", "--format", "json", *args)
    found = json.loads(result.stdout)["diagnostics"]
    return result.exit_code, sorted({Path(d["file"]).as_posix() for d in found if d["code"] != "FL200"})


def test_a_service_repository_has_no_payload_to_report(service: Path) -> None:
    assert files_with_findings(".") == (0, [])


def test_fixing_a_service_repository_rewrites_nothing(service: Path) -> None:
    before = {relative: (service / relative).read_bytes() for relative in SERVICE_REPO}
    result = flowlint("check", "--fix", "--unsafe-fixes", ".")
    assert result.exit_code == 0, result.output
    assert {relative: (service / relative).read_bytes() for relative in SERVICE_REPO} == before
    diff = flowlint("check", "--diff", "--unsafe-fixes", ".")
    assert diff.exit_code == 0 and diff.stdout == ""


def test_a_named_file_is_always_a_payload(service: Path) -> None:
    assert files_with_findings("package.json") == (0, ["package.json"])  # but npm's manifest: its scripts read, one note
    # another tool's file by its well-known name, named: a note says it is no body, as package.json's does
    assert files_with_findings("docker-compose.yml", "tsconfig.json") == (0, ["docker-compose.yml", "tsconfig.json"])
    assert files_with_findings("config/workflow.json") == (1, ["config/workflow.json"])  # any other name: a payload


def test_a_file_the_include_globs_match_is_a_payload_when_walked_too(service: Path) -> None:
    (service / ".flowlint.toml").write_text('include = ["config/**"]\n')
    assert files_with_findings() == (1, ["config/workflow.json"])
    assert files_with_findings(".") == (1, ["config/workflow.json"])


@pytest.mark.parametrize(("name", "text"), [
    ("camel.json", json.dumps({"flowId": UUID2, "type": "flow"})),
    ("snake.json", json.dumps({"flow_id": UUID2})),
    ("upper-d.json", json.dumps({"flowID": UUID2})),
    ("pascal.yaml", f"FlowId: {UUID2}\n"),
    ("only-inputs.json", json.dumps({"inputData": {"Flow.x": 1}, "type": "flow"})),
    ("only-a-flow-input.yaml", "data:\n  Flow.customerName: A\n"),
    ("double-encoded.json", json.dumps(json.dumps({"flowId": UUID2}))),
    ("nested.json", json.dumps({"type": "flow", "configuration": {"flowId": UUID2}})),
    ("broken.json", '{"flowId": '),
])
def test_a_walked_file_naming_the_launch_vocabulary_is_checked(service: Path, name: str, text: str) -> None:
    (service / "payloads").mkdir()
    (service / "payloads" / name).write_text(text, encoding="utf-8")
    assert files_with_findings(".") == (1, [f"payloads/{name}"])


@pytest.mark.parametrize("name", ["package.json", "tsconfig.build.json", "composer.json", "appsettings.Production.json",
                                  "docker-compose.prod.yml", "values.yaml"])
def test_a_walked_manifest_with_a_flow_id_setting_is_another_tools_file(service: Path, name: str) -> None:
    # An app's own setting (`"flowId": …` in package.json) made it a payload: FL102 on `scripts`, FL201, a `version`
    # renamed `flowVersion`. Walked, named or included, a well-known tool's file is none (one whose name a person may give a
    # body, values.yaml, is checked as asked when named or included).
    text = json.dumps({"name": "svc", "version": "1.0.0", "flowId": UUID2, "scripts": {"start": "node ."}})
    (service / "sub").mkdir()
    (service / "sub" / name).write_text(text if name.endswith(".json") else f"flowId: {UUID2}\nimage: svc\n")
    (service / "body.json").write_text(json.dumps({"flowId": UUID2, "type": "flow"}))
    assert files_with_findings(".") == (1, ["body.json"])  # the walk reached the tree: the body beside it is checked
    assert files_with_findings("--fix", "--unsafe-fixes", "sub") == (0, [])
    # never a body, named or included: a note when named (package.json's scripts are read); values.yaml, a name a
    # person may give a body of their own, is judged as the walk judges it: its flowId beside settings, and nothing
    # else saying launch (no `Flow.` key, no inputs, no input the flow declares), a note too
    assert files_with_findings(f"sub/{name}") == (0, [f"sub/{name}"])
    (service / ".flowlint.toml").write_text(f'include = ["sub/{name}"]\n')
    assert files_with_findings() == (0, [])  # included, as walked


def test_a_walked_utf16_payload_is_checked(service: Path) -> None:
    (service / "wide.json").write_bytes(codecs.BOM_UTF16_LE + json.dumps({"flowId": UUID2, "type": "x"}).encode("utf-16-le"))
    assert files_with_findings(".") == (1, ["wide.json"])


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_a_walked_wide_payload_without_a_byte_order_mark_is_said_as_when_named(service: Path, codec: str) -> None:
    # Its keys are seen through the NULs JSON's first characters show (RFC 4627): FL004, as a named one gets,
    # never a silent skip; a wide file with no launch key stays quiet.
    (service / "wide.json").write_bytes(json.dumps({"flowId": UUID2}).encode(codec))
    (service / "settings.json").write_bytes(json.dumps({"name": "x"}).encode(codec))
    assert files_with_findings(".") == (1, ["wide.json"])
    assert "FL004" in flowlint("check", "--no-color", ".").output


def test_pre_commit_without_include_checks_only_launch_bodies(service: Path) -> None:
    (service / "launch.json").write_text(json.dumps({"flowId": UUID2, "type": "flow"}))
    named = ["package.json", "tsconfig.json", "docker-compose.yml", "launch.json"]
    assert files_with_findings("--force-exclude", *named) == (1, ["launch.json"])


@pytest.mark.parametrize("text", [
    PACKAGE_JSON, "", "{broken", "\x00\x01binary", '{"workflowId": 1}', '{"overflow_id": 1}', "env:\n  FLOW_ID: x\n",
    "FLOWID: x\n", '{"GENESYS_FLOW_ID": 1}', '{"description": "send the flowId and inputData"}',
    '{"url": "https://api.mypurecloud.com/api/v2/flows/executions"}',  # a body never holds its URL
    '{"$schema": "http://json-schema.org/draft-04/schema#", "properties": {"Flow.x": {}}}',
    'swagger: "2.0"\ndefinitions:\n  Launch:\n    properties:\n      flowId: {type: string}\n',
])
def test_what_is_not_a_launch_body(text: str) -> None:
    assert not may_hold_body(text.encode("utf-8"))


@pytest.mark.parametrize("text", [
    '{"flowId":"x"}', "flowId: x", "- flow_id: x", "'flowID' : x", '{"inputData": {}}', '{"inputdata": 1}',
    '{"flowVersion": "2.0"}', "Flow.name: x", '"{\\"flowId\\": 1}"', "{flowId: x}",
])
def test_what_may_be_a_launch_body(text: str) -> None:
    assert may_hold_body(text.encode("utf-8"))


def test_readme_command_one_reports_every_invalid_fixture() -> None:
    """`flowlint check fixtures/` (README command 1) reports each invalid fixture whose own report has a finding,
    also those that name no launch vocabulary (empty.json, binary.json): the repo's `include` declares them payloads."""
    result = flowlint("check", "--format", "json", "fixtures/")
    reported = {Path(d["file"]).as_posix() for d in json.loads(result.stdout)["diagnostics"]}
    expected = {path.relative_to(ROOT).as_posix().removesuffix(".expected") for path in (FIXTURES / "invalid").glob("*.expected")
                if re.search(r": FL\d{3} ", path.read_text(encoding="utf-8"))}
    assert {"fixtures/invalid/empty.json", "fixtures/invalid/binary.json"} <= expected
    assert expected - reported == set()
