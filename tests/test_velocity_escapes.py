"""Velocity's escaped references: `\\$input.x` and `\\${input.x}` render the reference as written (`$input.x`) when
Velocity knows the reference, and keep the backslash when it does not, so what they render is not known: inside a JSON
string they are unknown text, never a JSON escape error. A backslash before anything else is JSON's own escape."""

from __future__ import annotations

import pytest

from validator.core.unknown import Unknown
from validator.sources import json_source
from validator.sources.velocity import scan, value_of


def body(template: str) -> object:
    scanned = scan(template)
    parsed = json_source.parse(scanned.text)
    assert not hasattr(parsed, "code"), (template, parsed)  # it parses: no FL001
    return value_of(parsed.value, scanned.holes)


@pytest.mark.parametrize("escaped", ["\\${input.x}", "\\$input.x", "\\$!{input.x}", "\\\\$input.x", "\\#if($a)x\\#end"])
def test_an_escaped_reference_in_a_string_is_unknown_text(escaped: str) -> None:
    found = body('{"flowId": "${input.flowId}", "name": "literal %s here"}' % escaped)
    assert isinstance(found, dict) and isinstance(found["name"], Unknown), found


def test_a_json_escape_is_still_read_as_json() -> None:
    found = body('{"flowId": "${input.flowId}", "name": "a \\"quoted\\" \\\\ word\\n"}')
    assert isinstance(found, dict) and found["name"] == 'a "quoted" \\ word\n', found


def test_a_backslash_before_no_reference_is_still_a_json_error() -> None:
    scanned = scan('{"flowId": "x", "name": "cost \\$5"}')  # `$5` is no reference: Velocity writes `\$5`, JSON refuses it
    assert hasattr(json_source.parse(scanned.text), "code")


def test_a_long_run_of_backslashes_is_measured_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each backslash pair of a run asks nothing again: the scan stays linear in the run's length."""
    from validator.sources import velocity

    from conftest import counted_calls

    asked = []
    for size in (1_000, 4_000):
        calls = counted_calls(monkeypatch, velocity, "_escaped_end")
        found = body('{"flowId": "x", "name": "%s"}' % ("\\\\" * size))
        assert isinstance(found, dict) and found["name"] == "\\" * size  # reached: read as JSON's escapes
        asked.append(len(calls))
        monkeypatch.undo()
    assert asked == [1, 1], asked
