"""The library's entry points given a body json.dumps cannot send as it is (a cycle, a 100,000-deep list, an int too
long to write, NaN, keys that are no strings, bytes, sets, other objects): each gets a finding that says what and
where, never FL900 (a crash said as a finding) or an exception out of the caller's request path."""

from __future__ import annotations

import decimal
import math
import re
import sys
from collections.abc import Iterator
from typing import Any

import pytest

import validator
import validator.api.check

from conftest import UUID

STORE = ".flowlint/flows"


def codes(report: validator.Report) -> list[str]:
    return [d.code for d in report.diagnostics]


def body_with(value: Any) -> dict[str, Any]:
    return {"flowId": UUID, "inputData": {"Flow.customerName": value}}


def deep_list(levels: int) -> list[Any]:
    outer: list[Any] = []
    inner = outer
    for _ in range(levels):
        inner.append([])
        inner = inner[0]
    return outer


@pytest.fixture
def digits_limit() -> Iterator[None]:
    """Python's own limit on writing an int as text, as it is by default (a test may change it)."""
    before = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(4300)
    yield
    sys.set_int_max_str_digits(before)


def test_a_body_that_contains_itself_is_said_to_be_a_cycle_by_check_fix_and_ensure_valid() -> None:
    body: dict[str, Any] = {"flowId": UUID, "inputData": {}}
    body["inputData"]["x"] = body
    report = validator.check(body)
    assert codes(report) == ["FL105"]
    [finding] = report.diagnostics
    assert "contains itself (a cycle)" in finding.message and "Circular reference" in finding.message
    assert finding.pointer == "/inputData/x"
    fixed = validator.fix(body, unsafe=True)
    assert fixed.body is body and not fixed.applied  # nothing to prove a fix on: left to the author
    assert codes(fixed.remaining) == ["FL105"]
    with pytest.raises(validator.InvalidLaunchRequest, match="cycle"):
        validator.ensure_valid(body)


def test_a_cycle_inside_an_input_names_the_value_it_repeats() -> None:
    items: list[Any] = [1]
    items.append(items)
    [finding] = validator.check(body_with(items)).diagnostics
    assert finding.code == "FL105" and finding.pointer == "/inputData/Flow.customerName/1"
    assert "is `Flow.customerName` itself" in finding.message


def test_a_value_shared_by_two_members_is_no_cycle() -> None:
    shared = ["2026-03-29"]
    report = validator.check({"flowId": UUID, "inputData": {"Flow.customerName": "Jo", "Flow.dates": shared,
                                                                "Flow.details": {"again": shared}}},
                             contracts=STORE)
    assert report.ok and "FL105" not in codes(report)


@pytest.mark.parametrize("where", ["top", "input"])
def test_a_hundred_thousand_deep_list_is_past_the_depth_limit_said_as_flowlints(where: str) -> None:
    deep = deep_list(100_000)
    report = validator.check(deep if where == "top" else body_with(deep))  # type: ignore[arg-type]
    assert codes(report) == ["FL005"]
    [finding] = report.diagnostics
    assert "more than 200 levels deep" in finding.message and "the limit is 200, flowlint's" in finding.message
    assert len(finding.pointer or "") < 40  # not a pointer hundreds of levels long
    assert codes(validator.fix(deep).remaining) == ["FL005"]  # type: ignore[arg-type]


def test_a_body_as_deep_as_the_limit_is_checked() -> None:
    report = validator.check(body_with(deep_list(197)), contracts=STORE)  # body, inputData, the list: 200 levels
    assert "FL005" not in codes(report) and "FL204" in codes(report)  # reached the contract's type check


def test_values_shared_into_an_exponential_body_stop_at_flowlints_value_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(validator.api.check, "MAX_SENT_VALUES", 1000)
    doubling: list[Any] = []
    for _ in range(60):  # json.dumps would write 2**60 lists
        doubling = [doubling, doubling]
    [finding] = validator.check(body_with(doubling)).diagnostics
    assert finding.code == "FL005" and "more than 1,000 values" in finding.message


@pytest.mark.usefixtures("digits_limit")
def test_an_int_too_long_for_python_to_write_is_fl014_shown_by_its_size() -> None:
    report = validator.check(body_with(10**5000), contracts=STORE)
    assert codes(report) == ["FL014"]  # and no FL204 about its type: it is never sent
    [finding] = report.diagnostics
    assert "about 5,001 digits" in finding.message and "4,300" in finding.message and "ValueError" in finding.message
    assert "00000" not in finding.message
    assert codes(validator.fix(body_with(10**5000)).remaining) == ["FL014"]


def test_an_int_python_writes_whatever_its_length_when_the_limit_is_off() -> None:
    before = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(0)
    try:
        assert "FL014" not in codes(validator.check(body_with(10**5000)))
    finally:
        sys.set_int_max_str_digits(before)


@pytest.mark.usefixtures("digits_limit")
def test_keys_json_dumps_changes_or_refuses_are_reported_by_check_and_fix() -> None:
    body = {"flowId": UUID, "inputData": {1: "a", (1, 2): "b", b"k": "c", 10**5000: "d"}}
    for report in (validator.check(body), validator.fix(body).remaining):
        messages = [d.message for d in report.diagnostics if d.code == "FL105"]
        assert len(messages) == 4
        assert any("sends it as the key `1`" in m for m in messages)
        assert sum("refuses to send this one" in m for m in messages) == 3


def test_nan_is_reported_by_fix_as_by_check() -> None:
    assert codes(validator.check(body_with(math.nan))) == ["FL014"]
    fixed = validator.fix(body_with(math.nan))
    assert codes(fixed.remaining) == ["FL014"] and not fixed.applied


class Custom:
    pass


@pytest.mark.parametrize(("value", "type_name", "help_word"), [
    (b"John", "bytes", "decode"), ({"John"}, "set", "list"), (Custom(), "Custom", "string"),
    (decimal.Decimal("1.5"), "Decimal", "number"), (iter([]), "list_iterator", "array"),
])
def test_a_value_json_has_none_for_is_fl105_with_or_without_a_contract(value: Any, type_name: str, help_word: str) -> None:
    for contracts in (None, STORE):
        report = validator.check(body_with(value), contracts=contracts)
        assert codes(report) == ["FL105"], report.diagnostics  # not FL900, and no FL204 beside it
        [finding] = report.diagnostics
        assert f"of type `{type_name}`" in finding.message and "TypeError" in finding.message
        assert finding.pointer == "/inputData/Flow.customerName" and help_word in (finding.help or "")
        assert codes(validator.fix(body_with(value), contracts=contracts).remaining) == ["FL105"]


def test_a_whole_body_json_has_no_value_for_is_fl105() -> None:
    assert codes(validator.check({"a", "b"})) == ["FL105"]  # type: ignore[arg-type]


def test_fix_still_fixes_a_body_json_dumps_sends_as_it_is() -> None:
    fixed = validator.fix({"flowId": UUID, "inputs": {}}, unsafe=True)
    assert fixed.applied


@pytest.mark.parametrize("contract", [{"type": "object", "properties": {"Flow.x": {"type": b"string"}}},
                                      {"type": "object", "properties": {"Flow.x": {"enum": {1, 2}}}}])
def test_fix_with_a_broken_contract_reports_it_as_check_does(contract: dict[str, Any]) -> None:
    body = {"flowId": UUID, "inputs": {}}
    fixed = validator.fix(body, contract=contract, unsafe=True)
    assert fixed.body is body and "FL901" in codes(fixed.remaining)
    assert codes(fixed.remaining) == codes(validator.check(body, contract=contract))


def cyclic_schema() -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "object", "properties": {}}
    schema["properties"]["Flow.x"] = schema
    return schema


def deep_schema(levels: int) -> dict[str, Any]:
    outer: dict[str, Any] = {"type": "object"}
    inner = outer
    for _ in range(levels):
        inner["properties"] = {"Flow.x": {"type": "object"}}
        inner = inner["properties"]["Flow.x"]
    return outer


@pytest.mark.usefixtures("digits_limit")
@pytest.mark.parametrize(("contract", "said"), [
    (cyclic_schema(), "the contract is not JSON: `properties.Flow.x"),
    ({"inputSchema": cyclic_schema()}, "(a cycle)"),
    (deep_schema(100_000), "the contract nests more than 200 levels deep"),
    ({"type": "object", "properties": {"Flow.x": {"type": "integer", "maximum": 10**5000}}}, "about 5,001 digits"),
    ({"type": "object", "properties": {"Flow.x": {"type": "number", "maximum": math.nan}}}, "NaN"),
    ({"type": "object", "properties": {1: {"type": "string"}}}, "the key 1 is an int"),
    ({"type": "object", "properties": {"Flow.x": {"type": b"string"}}}, "of type `bytes`"),
    ({"type": "object", "properties": {"Flow.x": {"enum": {1, 2}}}}, "of type `set`"),
    ({"type": "object", "properties": {"Flow.x": Custom()}}, "of type `Custom`"),
])
def test_a_contract_given_as_an_object_that_json_cannot_hold_is_broken_as_it_says(contract: dict[str, Any], said: str) -> None:
    with pytest.raises(validator.BrokenContract, match=re.escape(said)):
        validator.load_contract(contract)
    body = {"flowId": UUID, "inputData": {"Flow.x": 1}}
    for report in (validator.check(body, contract=contract), validator.fix(body, contract=contract).remaining):
        assert codes(report) == ["FL901"] and said in report.diagnostics[0].message  # not FL900
    with pytest.raises(validator.InvalidLaunchRequest, match="FL901"):
        validator.ensure_valid(body, contract=contract)
