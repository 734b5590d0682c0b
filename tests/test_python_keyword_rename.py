"""An input sent as a keyword of `dict(…)` (`dict(customerPhone=phone)`) cannot be renamed `Flow.customerPhone` where it
is: `dict(Flow.customerPhone=phone)` is a SyntaxError. The fix writes the call as the dict literal it makes
(`{"Flow.customerPhone": phone, …}`), its values and comments as written, and its help says so; where no such literal
can be written (a TypedDict's call, a positional argument) the help says what works, and no fix is offered."""

from __future__ import annotations

import ast
import json
from pathlib import Path

from conftest import flowlint

FLOW = "0b9a4c1e-2f3d-4e5a-8b6c-7d8e9f0a1b2c"  # (no contract: FL203 by the missing prefix alone)
URL = "https://api.mypurecloud.com/api/v2/flows/executions"


def _found(path: Path) -> list[dict[str, object]]:
    result = flowlint("check", "--no-cache", "--format", "json", str(path))
    return [d for d in json.loads(result.stdout)["diagnostics"] if d["code"] == "FL203"]


def test_a_dict_call_keyword_is_renamed_by_writing_the_literal(tmp_path: Path) -> None:
    path = tmp_path / "launch.py"
    text = ("import requests\n\n\ndef start(phone):\n"
            f'    return requests.post("{URL}", json={{"flowId": "{FLOW}", "inputData": dict(customerPhone=phone, queueId="q")}})\n')
    path.write_text(text)
    found = _found(path)
    assert [d["pointer"] for d in found] == ["/inputData/customerPhone", "/inputData/queueId"]
    for finding, name in zip(found, ("Flow.customerPhone", "Flow.queueId"), strict=True):
        fix = finding["fix"]
        assert isinstance(fix, dict) and fix["edits"], finding  # offered, proven by reading the launch again
        assert fix["message"] == finding["help"]
        assert f"rename it `{name}`" in str(fix["message"]), fix
        assert "a keyword argument cannot be named" in str(fix["message"]) and "dict literal" in str(fix["message"]), fix
    fixed = flowlint("check", "--no-cache", "--fix", str(path))
    assert fixed.exit_code == 0, fixed.output
    edited = path.read_text()
    ast.parse(edited)
    assert '"inputData": {"Flow.customerPhone": phone, "Flow.queueId": "q"}' in edited, edited
    assert _found(path) == []


def test_a_multiline_dict_call_keeps_its_layout_and_comments(tmp_path: Path) -> None:
    path = tmp_path / "launch.py"
    text = ("import requests\n\n\ndef start(phone):\n"
            f'    body = {{"flowId": "{FLOW}", "inputData": dict(\n'
            "        customerPhone = phone,  # E.164\n"
            "        priority=2,\n"
            "    )}\n"
            f'    return requests.post("{URL}", json=body)\n')
    path.write_text(text)
    found = _found(path)
    assert [d["pointer"] for d in found] == ["/inputData/customerPhone", "/inputData/priority"], found
    assert flowlint("check", "--no-cache", "--fix", str(path)).exit_code == 0
    edited = path.read_text()
    ast.parse(edited)
    assert '"inputData": {\n        "Flow.customerPhone": phone,  # E.164\n        "Flow.priority": 2,\n    }}\n' in edited, edited


def test_a_typed_dict_call_keyword_gets_help_that_works_and_no_fix(tmp_path: Path) -> None:
    path = tmp_path / "launch.py"
    text = ("from typing import TypedDict\n\nimport requests\n\n\nclass Inputs(TypedDict):\n    customerPhone: str\n\n\n"
            "def start(phone):\n"
            f'    return requests.post("{URL}", json={{"flowId": "{FLOW}", "inputData": Inputs(customerPhone=phone)}})\n')
    path.write_text(text)
    found = _found(path)
    assert [d["pointer"] for d in found] == ["/inputData/customerPhone"], found  # reached: the TypedDict's keys are read
    assert found[0]["fix"] is None or not found[0]["fix"]["edits"], found  # type: ignore[index]
    assert "a keyword argument cannot be named `Flow.customerPhone`" in str(found[0]["help"]), found
    assert '{"Flow.customerPhone": …}' in str(found[0]["help"]), found
    flowlint("check", "--no-cache", "--fix", str(path))
    assert path.read_text() == text
