"""Each hole of a scanned Velocity template is the template's text at its span: references joined into one value
(`$a$b`), escaped references in strings and directives alike, however long a joined run is."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from validator.sources.velocity import scan


@pytest.mark.parametrize("template", [
    '{"a": $input.head$input.tail, "b": "${input.x}\\$input.y", "c": [$a, $b]}',
    '#if($x)\n{"flowId": "$flowId", "inputData": {"Flow.n": $n$m$o}}\n#end',
    '{"a": ' + "$x" * 5000 + "}",
])
def test_each_hole_is_the_text_at_its_span(template: str) -> None:
    scanned = scan(template)
    assert scanned.holes, "reached: the template has holes"
    assert scanned.holes == [template[start:end] for start, end in scanned.spans]


def test_a_long_joined_run_is_one_hole() -> None:
    run = "$x" * 5000
    assert scan('{"a": ' + run + "}").holes == [run]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet='${}[]"\\#:,.ax input()', max_size=80))
def test_any_template_s_holes_are_its_text(template: str) -> None:
    scanned = scan(template)
    assert scanned.holes == [template[start:end] for start, end in scanned.spans]
