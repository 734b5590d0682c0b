"""The run loop's said-once record keeps what a later file could need (keys), never the findings themselves."""

from __future__ import annotations

from typing import Any

from validator.core.diagnostics import Diagnostic, Severity
from validator.run.runner import BodyFilesSaidOnce, FileResult


def _finding(file: str, pointer: str) -> Diagnostic:
    return Diagnostic("FL001", "some-rule", Severity.ERROR, "a long message " * 20, "a long help " * 20, pointer, file)


def _reachable(value: Any, seen: set[int]) -> list[Any]:
    """Every object held by value through its attributes and containers."""
    if id(value) in seen:
        return []
    seen.add(id(value))
    found = [value]
    children: Any = ()
    if isinstance(value, dict):
        children = [*value.keys(), *value.values()]
    elif isinstance(value, (list, tuple, set, frozenset)):
        children = value
    elif hasattr(value, "__dict__"):
        children = vars(value).values()
    for child in children:
        found += _reachable(child, seen)
    return found


def test_files_checked_before_any_read_leave_keys_not_findings() -> None:
    said = BodyFilesSaidOnce()
    for number in range(50):
        result = FileResult([_finding(f"body{number}.json", "/flowId"), _finding(f"body{number}.json", "/inputData")], {})
        assert said.result(result) is result  # nothing read yet: all of it said, as it was
    held = _reachable(said, set())
    assert len(said.own) == 100  # every finding's key kept, for a request file that reads its file later
    assert not [value for value in held if isinstance(value, Diagnostic)]
    assert len(held) < 100 * 8  # the keys' tuples and their strings: nothing grows with a finding's message


def test_a_finding_said_by_a_body_file_is_not_said_again_by_its_reader() -> None:
    said = BodyFilesSaidOnce()
    said.result(FileResult([_finding("body.json", "/flowId")], {}))
    reader = said.result(FileResult([_finding("body.json", "/flowId"), _finding("request.http", "/url")], {},
                                    elsewhere={"body.json": {}}))
    assert [d.file for d in reader.diagnostics] == ["request.http"]
