"""A body bound in the branches of an `if`/`else` (or a `match`) is fixed in the branch that writes the mistake: the
declaration with no value (`let body;`) and the other branches' assignments (`body = {…}`) write the name, they read
nothing, so they are no reason to withhold the edit ("`body` is also read on line 2" was said of them). A real read of
the name elsewhere still withholds it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import flowlint

FLOW = "0b9a4c1e-2f3d-4e5a-8b6c-7d8e9f0a1b2c"  # (no contract: FL203 by the missing prefix alone)
URL = "https://api.mypurecloud.com/api/v2/flows/executions"

JS = ("const axios = require('axios');\nlet body;\nif (process.argv[2] === 'retry') {\n"
      f"  body = {{ flowId: '{FLOW}', inputData: {{ 'Flow.claimId': 'c', attempt: '2' }} }};\n"
      f"}} else {{\n  body = {{ flowId: '{FLOW}', inputData: {{ 'Flow.claimId': 'c' }} }};\n}}\n"
      f"axios.post('{URL}', body);\n")
PY = ("import requests\n\n\ndef start(kind: str, claim_id: str) -> None:\n"
      "    if kind == 'urgent':\n"
      f"        body = {{'flowId': '{FLOW}', 'inputData': {{'Flow.claimId': claim_id}}}}\n"
      "    elif kind == 'retry':\n"
      f"        body = {{'flowId': '{FLOW}', 'inputData': {{'Flow.claimId': claim_id, 'attempt': '2'}}}}\n"
      "    else:\n"
      f"        body = {{'flowId': '{FLOW}', 'inputData': {{}}}}\n"
      f"    requests.post('{URL}', json=body)\n")
MATCH = ("import requests\n\n\ndef start(kind: str) -> None:\n    match kind:\n        case 'retry':\n"
         f"            body = {{'flowId': '{FLOW}', 'inputData': {{'attempt': '2'}}}}\n"
         "        case _:\n"
         f"            body = {{'flowId': '{FLOW}', 'inputData': {{}}}}\n"
         f"    requests.post('{URL}', json=body)\n")


def _renames(path: Path) -> list[dict[str, object]]:
    found = json.loads(flowlint("check", "--no-cache", "--format", "json", str(path)).stdout)["diagnostics"]
    return [d for d in found if d["code"] == "FL203"]


@pytest.mark.parametrize(("name", "text"), [("launch.js", JS), ("launch.py", PY), ("match.py", MATCH)],
                         ids=["js-let-if-else", "py-if-elif-else", "py-match"])
def test_the_branch_that_writes_the_mistake_is_fixed(tmp_path: Path, name: str, text: str) -> None:
    path = tmp_path / name
    path.write_text(text)
    (found,) = _renames(path)  # reached: the branch's body is read
    fix = found["fix"]
    assert isinstance(fix, dict) and fix["edits"] and "not applied" not in str(found["help"]), found
    fixed = flowlint("check", "--no-cache", "--fix", str(path))
    assert fixed.exit_code in (0, 1), fixed.output
    edited = path.read_text()
    assert edited == text.replace("attempt:", "'Flow.attempt':").replace("'attempt'", "'Flow.attempt'"), edited
    assert _renames(path) == []


def test_a_real_read_of_the_name_still_withholds_the_edit(tmp_path: Path) -> None:
    path = tmp_path / "launch.js"
    text = JS + "audit(body);\n"  # (after the send: the branches are still the body's)
    path.write_text(text)
    (found,) = _renames(path)
    assert "is also read on line 9" in str(found["help"]), found
    flowlint("check", "--no-cache", "--fix", str(path))
    assert path.read_text() == text
