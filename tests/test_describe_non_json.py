"""A value of no JSON type is never described by its Python type's name: JavaScript's undefined, read as a bare Python
object, once made FL003 say "the body is object, not an object"."""

from __future__ import annotations

from validator.core.jsontext import describe
from validator.rules.envelope import check_envelope


def test_a_value_of_no_json_type_is_said_so() -> None:
    [finding] = check_envelope(object())
    assert finding.code == "FL003"  # reached: the body is judged as not an object
    assert finding.message == "the body is a value JSON has no form for, not an object"
    assert describe(b"x") == describe(object()) == "a value JSON has no form for"
