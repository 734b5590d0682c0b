"""Defects the final read of Dec 6 found in that day's changes: each test fails on the code before its fix."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from validator.core.token_shapes import known_token_spans
from validator.run.buffer import check_buffer

from conftest import flowlint

FLOW = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
URL = "https://api.mypurecloud.com/api/v2/flows/executions"


def _codes(*args: str) -> list[tuple[str, str]]:
    result = flowlint("check", "--no-cache", "--format", "json", *args)
    return [(Path(d["file"]).name, d["code"]) for d in json.loads(result.stdout)["diagnostics"]]


def test_a_walked_body_holding_an_inputData_object_is_judged_beside_keys_of_its_own(tmp_path: Path) -> None:
    """A body with more foreign members than launch ones is still a body when it holds the launch's `inputData`
    object (the walk took it for a record and passed it in silence); a setting holding a flowId alone stays quiet."""
    (tmp_path / "launch.json").write_text(json.dumps({"flowId": FLOW, "inputData": {"customer": "x"}, "priority": 1,
                                                      "callbackUrl": "https://x.example/cb", "tags": ["a"]}))
    (tmp_path / "job.json").write_text(json.dumps({"url": URL, "timeout": 30, "retries": 3, "flowId": "Main Flow",
                                                   "inputData": {"Flow.customer": "x"}}))
    (tmp_path / "callback-config.json").write_text(json.dumps({"flowId": FLOW, "queueId": "q-1", "wrapupCode": "w-1"}))
    found = _codes(str(tmp_path))
    assert ("launch.json", "FL102") in found and ("launch.json", "FL203") in found
    assert ("job.json", "FL104") in found
    assert not [code for name, code in found if name == "callback-config.json"]


def test_a_private_key_block_ends_before_the_next_one_begins() -> None:
    first = "-----BEGIN RSA PRIVATE KEY-----\n"
    second = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA" + "A" * 64 + "\n-----END RSA PRIVATE KEY-----"
    text = first + second
    spans = known_token_spans(text)
    assert spans and spans[-1] == (len(first) + second.index("\n"), len(text) - len("-----END RSA PRIVATE KEY-----"))
    assert all(end <= len(first) or start >= len(first) for start, end in spans)  # no span across the second BEGIN


@pytest.mark.parametrize(("name", "text"), [
    ("a.js", "async function go(audit) {\n  const body = {flowId: 'not-a-uuid', inputData: {customer: 5}};\n"
             f"  audit(body.flowId);\n  await axios.post('{URL}', body);\n}}\n"),
    ("b.js", "async function go() {\n  const body = {flowId: 'not-a-uuid', inputData: {customer: 5}};\n"
             f"  const id = encodeURIComponent(body['flowId']);\n  await axios.post('{URL}', body);\n}}\n"),
    ("t.py", "import requests\n\n\ndef go(is_uuid):\n    body = {'flowId': 'not-a-uuid', 'inputData': {'customer': 5}}\n"
             f"    assert is_uuid(body['flowId'])\n    requests.post('{URL}', json=body)\n"),
])
def test_a_scalar_member_handed_to_a_function_leaves_the_body_known(tmp_path: Path, name: str, text: str) -> None:
    """A function given `body.flowId` gets a string: it cannot change the body, whose values stay checked."""
    (tmp_path / name).write_text(text)
    assert (name, "FL104") in _codes(str(tmp_path / name))


def test_the_editor_says_a_config_glob_no_engine_can_read_and_checks_with_the_defaults(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.flowlint]\ninclude = ["[z-a].json"]\n')
    (tmp_path / "launch.json").write_text(json.dumps({"flowId": "Main Flow"}))
    result = check_buffer(str(tmp_path / "launch.json"), (tmp_path / "launch.json").read_text())
    assert result.problem is not None and "include: '[z-a].json' is not a glob flowlint can read" in result.problem
    assert [d.code for d in result.diagnostics] == ["FL104"]


def test_a_broken_flow_yaml_mapped_in_the_config_is_fixed_there_not_pulled(tmp_path: Path,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """FL901 about a flow's Architect YAML mapped in `flows` says to fix that YAML: a pulled snapshot would not be read."""
    flow = "0c7a9e52-3d41-4b8f-9e21-7f5a6b3c2d10"
    (tmp_path / "flows").mkdir()
    (tmp_path / "flows" / "callback.yaml").write_text("workflow: [unclosed\n")
    (tmp_path / "pyproject.toml").write_text(f'[tool.flowlint.flows]\n"{flow}" = "flows/callback.yaml"\n')
    (tmp_path / "p.json").write_text(json.dumps({"flowId": flow}))
    monkeypatch.chdir(tmp_path)
    result = flowlint("check", "--no-cache", "--format", "json", "p.json")
    broken = [d for d in json.loads(result.stdout)["diagnostics"] if d["code"] == "FL901"]
    assert broken and "flows/callback.yaml" in broken[0]["message"]  # reached: the mapped YAML's contract is broken
    assert "Architect YAML" in broken[0]["help"] and "flowlint pull" not in broken[0]["help"]
