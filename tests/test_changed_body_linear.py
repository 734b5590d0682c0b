"""A body changed in many statements before its send costs work linear in them (review F5: each certain change
scanned every span recorded so far, so 4,000 `body.inputData['kI'] = I;` lines took 37 s of CPU). Counted in the
Python lines a check runs (a trace hook), never timed; and TreeSpans.drop forgets exactly a member and what is below it.
Nor does each change copy the objects on its path (a growing `inputData` copied once a change: N changes copied N²/2
members): ChangedObject copies each once, counted in the members copied."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from validator.core.unknown import OpenObject, Unknown
from validator.sources import code
from validator.sources.code import ChangedObject, KeysNotRead
from validator.sources.extract import launches_in
from validator.sources.model import TreeSpans

from conftest import lines_run

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
    count, result = lines_run("check", "--no-cache", "--format", "json", str(path))
    return count, sum(d["code"] == "FL203" for d in json.loads(result.stdout)["diagnostics"])

@pytest.mark.parametrize(("name", "make"), [("launch.js", _javascript), ("launch.py", _python)])
def test_a_body_changed_in_many_statements_costs_work_linear_in_them(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                     name: str, make: Any) -> None:
    monkeypatch.chdir(tmp_path)
    counts: list[int] = []
    for size in (40, 40, 80, 160):  # (the first run: its first-use imports and once-a-process notes)
        path = tmp_path / f"{size}-{len(counts)}" / name
        path.parent.mkdir()
        path.write_text(make(size))
        lines, unprefixed = _lines(path)
        assert unprefixed >= min(size, 20)  # reached: every change read into the body (FL203 capped by FL008 past 20)
        counts.append(lines)
    _, one, two, four = counts
    assert two > one
    # linear: twice the statements again, twice the lines (2.00 now; 2.20-2.22 when each change scanned every span, as
    # 2.43-2.47 for 100/200/400: the smallest sizes that still tell them apart, since the lines are traced)
    assert four - two <= 2.1 * (two - one), counts


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


def _sometimes_changed(kind: str, n: int) -> str:
    """A body given N members for certain, then N more each in an `if` (each may be there: the object opened, each
    member given there with its value)."""
    if kind == "javascript":
        certain = "".join(f"  body.inputData['Flow.k{i}'] = {i};\n" for i in range(n))
        maybe = "".join(f"  if (flag) body.inputData['Flow.c{i}'] = {i};\n" for i in range(n))
        return (f"export async function launch(flag) {{\n  const body = {{ flowId: '{FLOW}', inputData: {{}} }};\n"
                f"{certain}{maybe}  return fetch('{URL}', {{ method: 'POST', body: JSON.stringify(body) }});\n}}\n")
    certain = "".join(f"    body['inputData']['Flow.k{i}'] = {i}\n" for i in range(n))
    maybe = "".join(f"    if flag:\n        body['inputData']['Flow.c{i}'] = {i}\n" for i in range(n))
    return (f"import requests\n\n\ndef launch(flag):\n    body = {{'flowId': '{FLOW}', 'inputData': {{}}}}\n{certain}{maybe}"
            f"    return requests.post('{URL}', json=body)\n")


@pytest.mark.parametrize(("kind", "name"), [("javascript", "launch.js"), ("python", "launch.py")])
def test_a_body_changed_in_many_statements_is_copied_in_work_linear_in_them(monkeypatch: pytest.MonkeyPatch, kind: str,
                                                                             name: str) -> None:
    copied = [0]

    class CountedOpenObject(OpenObject):
        def __init__(self, *members: Any) -> None:
            copied[0] += len(members[0]) if members else 0
            super().__init__(*members)

    monkeypatch.setattr(code, "OpenObject", CountedOpenObject)  # (what an open object's copies are made as)
    counts = []
    for size in (100, 200, 400):
        copied[0] = 0
        (launch,) = launches_in(kind, _sometimes_changed(kind, size), name)
        inputs = launch.body["inputData"]
        # reached: opened, the certain ones there, and each given in an `if` there with its value (it may be sent)
        assert isinstance(inputs, CountedOpenObject) and len(inputs) == 2 * size
        assert inputs["Flow.k0"] == 0 and inputs["Flow.c0"] == 0
        counts.append(copied[0])
    one, two, four = counts
    # linear: 100/200/400 members copied (N²: 10,000/40,000/160,000 when each change copied the object it opened)
    assert four - two <= 2.3 * (two - one), counts


def test_changed_object_copies_each_object_on_a_path_once_and_never_changes_the_value_it_started_from() -> None:
    made: list[int] = []

    class Counted(dict[str, Any]):
        def __init__(self, *members: Any) -> None:
            made.append(len(members[0]) if members else 0)
            super().__init__(*members)

    start = Counted({"flowId": "f", "inputData": Counted({"Flow.a": 1})})
    made.clear()
    changed = ChangedObject(start)
    for i in range(200):
        changed.assign(("inputData", f"Flow.k{i}"), i)
    assert made == [2, 1]  # the body and its inputData, once each
    assert start == {"flowId": "f", "inputData": {"Flow.a": 1}}
    inputs = changed.value["inputData"]
    assert len(inputs) == 201 and inputs["Flow.k199"] == 199 and type(inputs) is Counted


def test_changed_object_assigns_removes_and_opens_as_the_changes_say() -> None:
    held = {"deep": 1}
    start = KeysNotRead({"flowId": "f", "inputData": {"Flow.a": 1, "Flow.b": 2}, "name": "n", "held": held})
    changed = ChangedObject(start)
    changed.assign(("inputData", "Flow.c"), 3)
    changed.assign(("inputData", "Flow.a"), code._REMOVED)
    changed.assign(("missing", "Flow.x"), 4)  # what would hold it is not there: nothing changed
    changed.assign(("flowId", "x"), 5)  # nor an object
    changed.open(("inputData", "Flow.b"))  # may be rewritten: its value unknown, the object open
    changed.assign(("held", "more"), 6)  # a member the body holds is copied before it is changed
    value = changed.value
    assert type(value) is KeysNotRead and set(value) == {"flowId", "inputData", "name", "held"}
    inputs = value["inputData"]
    assert type(inputs) is OpenObject and set(inputs) == {"Flow.b", "Flow.c"} and isinstance(inputs["Flow.b"], Unknown)
    assert value["held"] == {"deep": 1, "more": 6} and held == {"deep": 1}
    changed.open(("name",), removed=True)  # a member of the body itself may be removed: not known present, body opened
    changed.open(("flowId",))
    assert type(changed.value) is OpenObject and set(changed.value) == {"flowId", "inputData", "held"}
    assert isinstance(changed.value["flowId"], Unknown)
    assert start["inputData"] == {"Flow.a": 1, "Flow.b": 2} and type(start) is KeysNotRead
