"""Range words for draft-04 and later drafts, one draft decision for both validators, and numbers JSON
cannot hold exactly (1e400, integers past 2**53)."""

from __future__ import annotations

from typing import Any

import pytest

import validator

from conftest import flowlint

FLOW = "00000000-0000-4000-8000-00000000000b"


def said(spec: dict[str, Any], value: Any, schema: str | None = None) -> list[tuple[str, str]]:
    contract: dict[str, Any] = {"type": "object", "properties": {"Flow.n": spec}}
    if schema is not None:
        contract["$schema"] = schema
    report = validator.check({"flowId": FLOW, "inputData": {"Flow.n": value}}, contract=contract)
    return [(d.code, d.message) for d in report.diagnostics]


DRAFT4 = "http://json-schema.org/draft-04/schema#"
DRAFT7 = "http://json-schema.org/draft-07/schema#"


@pytest.mark.parametrize(("spec", "value", "words"), [
    ({"type": "integer", "maximum": 5, "exclusiveMaximum": True}, 5, "less than 5"),
    ({"type": "integer", "minimum": 1, "exclusiveMinimum": True}, 1, "more than 1"),
    ({"type": "integer", "maximum": 5, "exclusiveMaximum": False}, 6, "at most 5"),
    ({"type": "integer", "maximum": 5}, 6, "at most 5"),
    ({"type": "integer", "minimum": 1}, 0, "at least 1"),
])
def test_draft4_bounds_say_whether_the_limit_itself_is_allowed(spec: dict[str, Any], value: int, words: str) -> None:
    assert said(spec, value, DRAFT4) == [("FL205", f"`Flow.n` is {value}; the flow requires it to be {words}")]


@pytest.mark.parametrize(("spec", "value", "words"), [
    ({"type": "integer", "exclusiveMaximum": 5}, 5, "less than 5"),
    ({"type": "integer", "exclusiveMinimum": 1}, 1, "more than 1"),
    ({"type": "integer", "maximum": 5, "exclusiveMaximum": 9}, 6, "at most 5"),
])
def test_draft7_bounds(spec: dict[str, Any], value: int, words: str) -> None:
    assert said(spec, value, DRAFT7) == [("FL205", f"`Flow.n` is {value}; the flow requires it to be {words}")]


@pytest.mark.parametrize(("spec", "value", "words"), [
    ({"type": "array", "minItems": 1}, [], "at least 1 item"),
    ({"type": "array", "maxItems": 2}, [1, 2, 3], "at most 2 items"),
    ({"type": "string", "minLength": 1}, "", "at least 1 character long"),
])
def test_counts_are_singular_for_one(spec: dict[str, Any], value: Any, words: str) -> None:
    ((code, message),) = said(spec, value, DRAFT4)
    assert code == "FL205" and message.endswith(f"the flow requires it to be {words}")


def test_an_https_draft4_uri_is_draft4_for_both_validators() -> None:
    # fastjsonschema refuses a `required` input no property declares and falls back to the explaining validator;
    # that fallback once read the schema as 2020-12, where `exclusiveMaximum: true` is invalid: a false FL901.
    contract = {"$schema": "https://json-schema.org/draft-04/schema#", "type": "object", "required": ["Flow.m"],
                "properties": {"Flow.n": {"type": "integer", "maximum": 5, "exclusiveMaximum": True}}}
    report = validator.check({"flowId": FLOW, "inputData": {"Flow.n": 5}}, contract=contract)
    assert [(d.code, d.pointer) for d in report.diagnostics] == [("FL201", "/inputData"), ("FL205", "/inputData/Flow.n")]


def test_an_unknown_schema_uri_is_read_as_draft4_by_the_fast_check_too() -> None:
    # fastjsonschema read "http://json-schema.org/schema#" as its latest draft, where 2.0 is an integer: no FL208.
    assert [code for code, _ in said({"type": "integer"}, 2.0, "http://json-schema.org/schema#")] == ["FL208"]
    assert said({"type": "integer"}, 2.0, DRAFT7) == []  # draft-06 and later: 2.0 is an integer


def test_2020_12_keywords_draft7_lacks_are_not_skipped_by_the_fast_check() -> None:
    spec = {"type": "array", "prefixItems": [{"type": "integer"}]}
    assert [code for code, _ in said(spec, ["x"], "https://json-schema.org/draft/2020-12/schema")] == ["FL204"]
    assert said(spec, [1], "https://json-schema.org/draft/2020-12/schema") == []


def _reported(text: str, kind: str) -> list[Any]:
    contract = {"type": "object", "properties": {"Flow.n": {"type": kind}, "Flow.ns": {"type": "array", "items": {"type": kind}}}}
    return validator.check(text, contract=contract).diagnostics


@pytest.mark.parametrize(("written", "beyond"), [("1e400", "past the largest"), ("-1E400", "below the lowest")])
def test_a_number_past_double_range_is_named_as_written_not_as_null(written: str, beyond: str) -> None:
    for member in (f'"Flow.n": {written}', f'"Flow.ns": [1, {written}]'):
        (found,) = _reported(f'{{"flowId": "{FLOW}", "inputData": {{{member}}}}}', "integer")
        assert found.code == "FL204" and f"is the number {written}, {beyond} double" in found.message
        assert "null" not in found.message + found.help and "round" not in found.help


@pytest.mark.parametrize(("value", "said"), [
    (float("nan"), "is `float('nan')` (NaN, not a number), which JSON has no number for"),
    (float("inf"), "is `float('inf')` (Infinity), which JSON has no number for"),
    (float("-inf"), "is `float('-inf')` (-Infinity), which JSON has no number for"),
])
@pytest.mark.parametrize("spec", [{"type": "integer"}, {"type": "number"}, {}])
def test_a_library_callers_nan_or_infinity_is_named_for_what_it_is(value: float, said: str, spec: dict[str, Any]) -> None:
    # Whatever the flow declares (a Decimal too, which once passed clean): requests and httpx refuse it, json.dumps
    # writes NaN or Infinity, which is not JSON. FL014 is the one finding: the value is not judged as a number.
    contract = {"type": "object", "properties": {"Flow.n": spec}}
    (found,) = validator.check({"flowId": FLOW, "inputData": {"Flow.n": value}}, contract=contract).diagnostics
    assert found.code == "FL014" and said in found.message and "null" not in found.message
    assert "requests and httpx refuse to send it" in found.message and found.fix is None


def test_a_whole_number_past_2_53_written_with_an_exponent_is_not_told_to_round() -> None:
    (found,) = _reported(f'{{"flowId": "{FLOW}", "inputData": {{"Flow.n": 1.5e25}}}}', "integer")
    assert found.code == "FL204" and "round" not in found.help and "is the number 1.5e25;" in found.message
    assert "15000000000000000000000000 (past 2**53" in found.help  # the digits written, not the double's
    # A literal of more than 16 significant digits is said by its size, its digits never spelt out (it may be a secret)
    (found,) = _reported(f'{{"flowId": "{FLOW}", "inputData": {{"Flow.n": 1.2345678901234567891e25}}}}', "integer")
    assert "is a number of 20 digits (about 1e25);" in found.message and "round" not in found.help
    assert "it is a whole number of 26 digits, far past 2**53" in found.help and "12345678" not in found.help


@pytest.mark.parametrize(("written", "mark"), [("1e3", "an exponent"), ("2.0", "a decimal point"), ("1.5e1", "a decimal point")])
def test_a_whole_number_names_how_it_was_written(written: str, mark: str) -> None:
    (found,) = _reported(f'{{"flowId": "{FLOW}", "inputData": {{"Flow.n": {written}}}}}', "integer")
    assert found.code == "FL208" and f"is {written}, a whole number written with {mark};" in found.message
    assert found.help.startswith(f"write it without the {mark.split(' ', 1)[1]}")


def test_yaml_12_reads_1e400_as_too_big_not_as_infinity_written() -> None:
    for written, said in (("1e400", "1e400 is past the largest double-precision number"),
                          (".inf", ".inf has no JSON form: JSON has no NaN or Infinity")):
        result = flowlint("check", "--no-cache", "--yaml-version", "1.2", "--stdin-filename", "b.yaml", "-",
                          input=f"flowId: {FLOW}\ninputData:\n  Flow.n: {written}\n")
        assert "FL001" in result.stdout and said in result.stdout


def test_an_out_of_range_array_shows_its_numbers_as_written() -> None:
    contract = {"type": "object", "properties": {"Flow.items": {"type": "array", "maxItems": 2}}}
    (found,) = validator.check(f'{{"flowId": "{FLOW}", "inputData": {{"Flow.items": [1E999, 2.50, 3]}}}}',
                               contract=contract).diagnostics
    assert found.code == "FL205" and found.message == "`Flow.items` is [1E999, 2.50, 3]; the flow requires it to be at most 2 items"


@pytest.mark.parametrize(("written", "shown"), [("1e400", "1e400"), ("-1E999", "-1E999"), ("1.50", "1.50")])
def test_the_envelope_names_a_number_as_written(written: str, shown: str) -> None:
    (found,) = validator.check(f'{{"flowId": {written}}}').diagnostics
    assert found.code == "FL104" and found.message.startswith(f"`flowId` is the number {shown};")


def test_a_huge_whole_number_for_an_integer_is_not_spelt_out() -> None:
    (found,) = _reported(f'{{"flowId": "{FLOW}", "inputData": {{"Flow.n": 1.5e300}}}}', "integer")
    assert found.code == "FL204" and "1.5e300 is a whole number of 301 digits" in found.help
    assert "0" * 40 not in found.help


@pytest.mark.parametrize(("spec", "value", "wanted"), [
    ({"multipleOf": 2}, "1", "a multiple of 2"),
    ({"multipleOf": 2, "minimum": 1, "exclusiveMinimum": True}, "1", "a multiple of 2 and more than 1"),
    ({"multipleOf": 2, "maximum": 0, "minimum": -5}, "3", "a multiple of 2 and at most 0"),
    ({"type": "array", "uniqueItems": True, "maxItems": 1}, "[1, 1]", "without repeated items and at most 1 item"),
])
def test_every_broken_limit_is_said_in_one_sentence(spec: dict[str, Any], value: str, wanted: str) -> None:
    contract = {"type": "object", "properties": {"Flow.x": spec}}
    (found,) = validator.check(f'{{"flowId": "{FLOW}", "inputData": {{"Flow.x": {value}}}}}', contract=contract).diagnostics
    assert found.code == "FL205" and found.message == f"`Flow.x` is {value}; the flow requires it to be {wanted}"


@pytest.mark.parametrize(("spec", "value", "said"), [
    ({"type": "string", "pattern": "^[0-9]+$", "maxLength": 3}, '"abcdef"',
     '`Flow.x` is "abcdef", which does not match the pattern ^[0-9]+$; the flow also requires it to be at most 3 characters long'),
    ({"type": "string", "enum": ["low", "high"], "maxLength": 2}, '"Low"',
     '`Flow.x` is "Low", not one of the allowed values: "low", "high"; the flow also requires it to be at most 2 characters long'),
])
def test_a_limit_broken_beside_a_pattern_or_allowed_values_is_said_too(spec: dict[str, Any], value: str, said: str) -> None:
    contract = {"type": "object", "properties": {"Flow.x": spec}}
    (found,) = validator.check(f'{{"flowId": "{FLOW}", "inputData": {{"Flow.x": {value}}}}}', contract=contract).diagnostics
    assert found.code == "FL205" and found.message == said
    assert found.fix is None  # "low" would still be too long: no fix that breaks a limit
