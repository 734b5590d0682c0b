"""A fix of JSON in an AsciiDoc block whose lines end with callouts (`<1>`, `// <2>`) keeps every callout at a line's
end and leaves valid JSON: removing the last member (`"type": "flow" <3>`) or one in the middle, a move that inserts
after a member whose line ends with one. Before: the replaced text held a callout the JSON does not (sources.fences
takes them out as Asciidoctor renders the block), so the edit did not map back to the file and --fix applied nothing
(a trailing comma's removal, a member's, a move's insertion)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import flowlint

FLOW = "0b9a4c1e-2f3d-4e5a-8b6c-7d8e9f0a1b2c"  # (no contract of the project: the fix alone)
HEAD = ("= Launching\n\n[source,http]\n----\nPOST /api/v2/flows/executions HTTP/1.1\nHost: api.mypurecloud.com\n"
        "Content-Type: application/json\n\n")
TAIL = "----\n<1> The flow's ID.\n<2> Its inputs.\n<3> Not needed.\n"

CASES = [
    # the last member removed: the comma before it goes, its callout joins the line above
    ("{\n" f'  "flowId": "{FLOW}", <1>\n' '  "inputData": {"Flow.name": "Ana"}, <2>\n' '  "type": "flow" <3>\n}\n',
     "{\n" f'  "flowId": "{FLOW}", <1>\n' '  "inputData": {"Flow.name": "Ana"} <2> <3>\n}\n'),
    # a member in the middle removed
    ("{\n" f'  "flowId": "{FLOW}", <1>\n' '  "type": "flow", <3>\n' '  "inputData": {"Flow.name": "Ana"} <2>\n}\n',
     "{\n" f'  "flowId": "{FLOW}", <1>\n' '  "inputData": {"Flow.name": "Ana"} <3> <2>\n}\n'),
    # callouts written in a line comment; a move into `inputData` inserted after a member whose line ends with one
    ("{\n" '  "Flow.name": "Ana", // <2>\n' f'  "flowId": "{FLOW}", // <1>\n' '  "inputData": {\n'
     '    "Flow.x": 1 // <3>\n  }\n}\n',
     "{\n" f'  "flowId": "{FLOW}", // <1> <2>\n' '  "inputData": {\n' '    "Flow.x": 1, // <3>\n'
     '    "Flow.name": "Ana"\n  }\n}\n'),
]


def _callouts(text: str) -> list[str]:
    return sorted(re.findall(r"<\d>", text))


@pytest.mark.parametrize(("block", "after"), CASES)
def test_a_fix_keeps_the_callouts_and_the_json_valid(tmp_path: Path, block: str, after: str) -> None:
    path = tmp_path / "guide.adoc"
    path.write_text(HEAD + block + TAIL, encoding="utf-8")
    found = json.loads(flowlint("check", "--format", "json", str(path)).stdout)["diagnostics"]
    assert any(d["code"] in ("FL101", "FL102") and d["fix"] is not None for d in found), found  # reached: offered
    result = flowlint("check", "--fix", "--unsafe-fixes", "--no-color", str(path))
    assert "not applied" not in result.output, result.output
    fixed = path.read_text(encoding="utf-8")
    assert fixed == HEAD + after + TAIL
    assert _callouts(fixed) == _callouts(HEAD + block + TAIL)  # (every callout kept)
    json.loads(re.sub(r"\s*(//\s*)?(<\d>\s*)+$", "", after, flags=re.MULTILINE))  # the block as rendered: valid JSON
    again = json.loads(flowlint("check", "--format", "json", str(path)).stdout)["diagnostics"]
    assert not [d for d in again if d["code"] in ("FL001", "FL101", "FL102")], again
