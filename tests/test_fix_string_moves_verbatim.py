"""A move in a body written as JSON inside a code string (a JS template literal, a Python f-string or triple-quoted
string) carries each moved member as the file writes it: a template's line breaks, `\\u00e9`, `1e3` and a hole
(`"${flowId}"`, `"{flow_id}"`) stay as written. Before: the string's characters were escaped one plain way (`\\n` for a
template's line break, `é` for `\\u00e9`), which did not match the file, so there was no edit and the help said nothing
of why; a hole in a moved member refused the move. Where the move still cannot be made (a bare hole the JSON reads as
a stand-in, a comment beside a moved member in a JS object), the help says why it is not applied."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import flowlint

FLOW = "0b9a4c1e-2f3d-4e5a-8b6c-7d8e9f0a1b2c"  # (no contract of the project: the move alone)
API = "https://api.mypurecloud.com/api/v2/flows/executions"
HEADERS = 'headers: { "Content-Type": "application/json" }'

MOVES = [
    # a template literal over several lines: its line breaks and layout kept, 1e3 kept
    ("multi.js",
     f'await fetch("{API}", {{\n  method: "POST",\n  {HEADERS},\n  body: `{{\n    "configuration": {{\n'
     f'      "flowId": "{FLOW}",\n      "inputData": {{"Flow.x": 1e3}}\n    }}\n  }}`,\n}});\n',
     f'await fetch("{API}", {{\n  method: "POST",\n  {HEADERS},\n  body: `{{\n'
     f'    "flowId": "{FLOW}",\n    "inputData": {{"Flow.x": 1e3}}\n  }}`,\n}});\n'),
    # a character written as an escape stays that escape
    ("escape.js",
     f'await fetch("{API}", {{ method: "POST", {HEADERS},\n'
     f'  body: `{{"configuration": {{"flowId": "{FLOW}", "inputData": {{"Flow.n": "caf\\u00e9", "Flow.x": 1e3}}}}}}` }});\n',
     f'await fetch("{API}", {{ method: "POST", {HEADERS},\n'
     f'  body: `{{"flowId": "{FLOW}", "inputData": {{"Flow.n": "caf\\u00e9", "Flow.x": 1e3}}}}` }});\n'),
    # a hole inside a JSON string of the template moves with its member, as written
    ("hole.js",
     f'const flowId = process.env.FLOW_ID;\nawait fetch("{API}", {{ method: "POST", {HEADERS},\n'
     '  body: `{"configuration": {"flowId": "${flowId}", "inputData": {"Flow.x": 1e3}}}` });\n',
     f'const flowId = process.env.FLOW_ID;\nawait fetch("{API}", {{ method: "POST", {HEADERS},\n'
     '  body: `{"flowId": "${flowId}", "inputData": {"Flow.x": 1e3}}` });\n'),
    # the same family in Python: an f-string's doubled braces and its `{flow_id}` kept
    ("fstring.py",
     f'import requests\n\ndef launch(flow_id: str) -> None:\n    requests.post("{API}",\n'
     "                  data=f'{{\"configuration\": {{\"flowId\": \"{flow_id}\", \"inputData\": {{\"Flow.x\": 1e3}}}}}}',\n"
     '                  headers={"Content-Type": "application/json"})\n',
     f'import requests\n\ndef launch(flow_id: str) -> None:\n    requests.post("{API}",\n'
     "                  data=f'{{\"flowId\": \"{flow_id}\", \"inputData\": {{\"Flow.x\": 1e3}}}}',\n"
     '                  headers={"Content-Type": "application/json"})\n'),
]


def _codes(path: Path) -> list[str]:
    result = flowlint("check", "--format", "json", str(path))
    return [d["code"] for d in json.loads(result.stdout)["diagnostics"]]


@pytest.mark.parametrize(("name", "before", "after"), MOVES, ids=[m[0] for m in MOVES])
def test_a_move_in_a_code_string_carries_its_text_as_written(tmp_path: Path, name: str, before: str, after: str) -> None:
    path = tmp_path / name
    path.write_text(before, encoding="utf-8")
    assert "FL101" in _codes(path)  # reached: the wrapper is read in the string
    result = flowlint("check", "--fix", "--unsafe-fixes", "--no-color", str(path))
    assert "not applied" not in result.output, result.output
    assert path.read_text(encoding="utf-8") == after
    assert "FL101" not in _codes(path)  # the fixed file is checked clean of what the fix fixed
    if name.endswith(".py"):
        compile(after, name, "exec")
    elif shutil.which("node") is not None:
        module = tmp_path / (name[:-3] + ".mjs")  # (top-level await: an ES module)
        module.write_text(after, encoding="utf-8")
        subprocess.run(["node", "--check", str(module)], check=True, capture_output=True)


@pytest.mark.parametrize(("name", "text", "why"), [
    # a bare hole: the JSON reads a stand-in there, which a move cannot write back as the hole
    ("bare.js", f'await fetch("{API}", {{ method: "POST", {HEADERS},\n'
                f'  body: `{{"configuration": {{"flowId": "{FLOW}", "inputData": {{"Flow.y": ${{count}}}}}}}}` }});\n',
     "the edit would rewrite what the string's `${…}` (or `{…}`) fills in"),
    # a comment beside a moved member of a JS object: it would be left behind, so the move is not made
    ("comment.js", f'await fetch("{API}", {{ method: "POST", {HEADERS},\n  body: JSON.stringify({{\n'
                   f'    configuration: {{\n      flowId: "{FLOW}", // the callback flow\n'
                   '      inputData: { "Flow.x": 1 },\n    },\n  }),\n});\n',
     "the edit would drop the comment '// the callback flow'"),
])
def test_a_move_not_made_says_why(tmp_path: Path, name: str, text: str, why: str) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    [move] = [d for d in json.loads(flowlint("check", "--format", "json", str(path)).stdout)["diagnostics"]
              if d["code"] == "FL101"]
    assert move["fix"] is None and move["help"].startswith("move `configuration.flowId`")  # reached, and help only
    assert move["help"].endswith(f"(not applied: {why})")
    shown = flowlint("check", "--fix", "--unsafe-fixes", "--no-color", str(path)).output
    assert f"(not applied: {why})" in shown
    assert path.read_text(encoding="utf-8") == text
