"""Velocity references written side by side outside a JSON string (`${input.head}${input.tail}`) render one run of text
Velocity fills before JSON reads it: one unknown value, never two JSON values (FL001 'more than one JSON value'), as
Terraform's joined interpolations are (3e457d2)."""

from __future__ import annotations

import pytest

from validator.core.unknown import Unknown
from validator.sources import json_source
from validator.sources.velocity import scan, value_of


@pytest.mark.parametrize("template", ["${input.head}${input.tail}", "$input.head$input.tail", "$!{input.a}${input.b}$input.c"])
def test_joined_references_are_one_unknown_value(template: str) -> None:
    scanned = scan(template)
    parsed = json_source.parse(scanned.text)
    assert not hasattr(parsed, "code"), (template, scanned.text, parsed)
    assert isinstance(value_of(parsed.value, scanned.holes), Unknown)
    assert len(scanned.text) == len(template)  # (positions kept)


def test_a_member_value_of_joined_references_is_one_unknown_value() -> None:
    scanned = scan('{"flowId": "${input.flowId}", "inputData": ${input.head}${input.tail}}')
    parsed = json_source.parse(scanned.text)
    assert not hasattr(parsed, "code"), (scanned.text, parsed)
    found = value_of(parsed.value, scanned.holes)
    assert isinstance(found, dict) and isinstance(found["inputData"], Unknown), found

