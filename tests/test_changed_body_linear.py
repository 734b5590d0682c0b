"""A body changed in many statements before its send costs work linear in them (review F5: each certain change
scanned every span recorded so far, so 4,000 `body.inputData['kI'] = I;` lines took 37 s of CPU). Counted in the
Python lines a check runs (a trace hook), never timed; and TreeSpans.drop forgets exactly a member and what is below it."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from types import FrameType
from typing import Any

import pytest

from validator.sources.model import TreeSpans

from conftest import flowlint

FLOW = "5d0c8a3e-2b1f-4e6a-9c7d-8e1f2a3b4c5d"
URL = "https://api.mypurecloud.com/api/v2/flows/executions"


def _javascript(n: int) -> str:
    changes = "".join(f"  body.inputData['k{i}'] = {i};\n" for i in range(n))
    return (f"export async function launch() {{\n  const body = {{ flowId: '{FLOW}', inputData: {{}} }};\n{changes}"
            f"  return fetch('{URL}', {{ method: 'POST', headers: {{ 'Content-Type': 'application/json' }}, "
            "body: JSON.stringify(body) });\n}\n")


def _python(n: int) -> str:
    changes = "".join(f"    body['inputData']['k{i}'] = {i}\n" for i in range(n))
    return (f"import requests\n\n\ndef launch():\n    body = {{'flowId': '{FLOW}', 'inputData': {{}}}}\n{changes}"
            f"    return requests.post('{URL}', json=body)\n")


def _lines(path: Path) -> tuple[int, int]:
    """(the Python lines a `--format json` check of the file runs, its FL203 findings)."""
    count = 0

    def local(_frame: FrameType, event: str, _arg: Any) -> Any:
        nonlocal count
        count += event == "line"
        return local

    def hook(_frame: FrameType, _event: str, _arg: Any) -> Any:
        return local

    sys.settrace(hook)
    try:
        result = flowlint("check", "--no-cache", "--format", "json", str(path))
    finally:
        sys.settrace(None)
    return count, sum(d["code"] == "FL203" for d in json.loads(result.stdout)["diagnostics"])


@pytest.mark.parametrize(("name", "make"), [("launch.js", _javascript), ("launch.py", _python)])
def test_a_body_changed_in_many_statements_costs_work_linear_in_them(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                     name: str, make: Any) -> None:
    monkeypatch.chdir(tmp_path)
    counts: list[int] = []
    for size in (100, 100, 200, 400):  # (the first run: its first-use imports and once-a-process notes)
        path = tmp_path / f"{size}-{len(counts)}" / name
        path.parent.mkdir()
        path.write_text(make(size))
        lines, unprefixed = _lines(path)
        assert unprefixed >= min(size, 20)  # reached: every change read into the body (FL203 capped by FL008 past 20)
        counts.append(lines)
    _, one, two, four = counts
    assert two > one
    # linear: twice the statements again, twice the lines (2.00 now; 2.43-2.47 when each change scanned every span)
    assert four - two <= 2.3 * (two - one), counts


def test_drop_forgets_a_member_and_what_is_below_it_only() -> None:
    spans = TreeSpans()
    for path in [(), ("inputData",), ("inputData", "k1"), ("inputData", "k1", "a"), ("inputData", "k10"), ("flowId",)]:
        spans.add(path, None, (0, 1))
    spans.drop(("inputData", "k1"))
    assert sorted(spans.spans) == [(), ("flowId",), ("inputData",), ("inputData", "k10")]
    spans.add(("inputData", "k1"), None, (2, 3))  # written again: recorded, and dropped again with its parent
    spans.drop(("inputData",))
    assert sorted(spans.spans) == [(), ("flowId",)]
    made = TreeSpans(spans={("a",): (None, (0, 1)), ("a", "b"): (None, (1, 2))})  # (made with its spans: indexed too)
    made.drop(("a",))
    assert made.spans == {}
