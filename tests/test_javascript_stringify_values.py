"""What JSON.stringify does with values JSON has no form for, as the body is judged (F12): a BigInt makes it throw, so
nothing is sent (FL014 at the BigInt, and no other value judged as sent); functions and symbols are left out like
undefined (null as array items); an object with a toJSON is sent as what toJSON returns (not known here)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import UUID, check_file

API = "https://api.mypurecloud.com/api/v2/flows/executions"
FETCH = f"fetch('{API}', {{ method: 'POST', headers: {{ 'Content-Type': 'application/json' }}, body: JSON.stringify(BODY) }});\n"
AXIOS = f"const axios = require('axios');\naxios.post('{API}', BODY);\n"
GOT = f"const got = require('got');\ngot.post('{API}', {{ json: BODY }});\n"


def body(inputs: str) -> str:
    return f"{{ flowId: '{UUID}', inputData: {{ 'Flow.customerName': 'Ana', 'Flow.priority': 'urgent', {inputs} }} }}"


def codes(found: list[dict[str, object]]) -> list[object]:
    return [d["code"] for d in found]


@pytest.mark.parametrize("client", [FETCH, AXIOS, GOT])
@pytest.mark.parametrize("written", ["10n", "-10n", "0x1fn"])
def test_a_big_int_throws_and_nothing_is_judged_as_sent(tmp_path: Path, client: str, written: str) -> None:
    text = client.replace("BODY", body(f"'Flow.orderCount': {written}"))
    found = check_file(tmp_path, "a.js", text)
    assert codes(found) == ["FL014"], found  # not FL205 for the priority: that body is never sent
    [thrown] = found
    assert "is a BigInt: JSON.stringify throws a TypeError" in str(thrown["message"])
    line = text.splitlines()[int(thrown["line"]) - 1]
    assert line[int(thrown["column"]) - 1:].startswith(written)


def test_a_big_int_in_a_value_stringified_inside_the_body_throws_too(tmp_path: Path) -> None:
    text = FETCH.replace("BODY", body("'Flow.orderKey': JSON.stringify({ id: 12n })"))  # (a key of its own: no FL002)
    assert codes(check_file(tmp_path, "a.js", text)) == ["FL014"]


def test_a_long_big_int_is_said_by_its_size(tmp_path: Path) -> None:
    digits = "12345678901234567890123"
    [thrown] = check_file(tmp_path, "a.js", FETCH.replace("BODY", body(f"'Flow.orderCount': {digits}n")))
    assert "a number of 23 digits" in str(thrown["message"]) and digits not in str(thrown["message"]) + str(thrown["help"])


@pytest.mark.parametrize("text", [
    # An array replacer that does not keep the member: it is never serialized, so nothing throws.
    FETCH.replace("BODY", body("'Flow.orderCount': 10n")).replace(
        "JSON.stringify(" + body("'Flow.orderCount': 10n") + ")",
        "JSON.stringify(" + body("'Flow.orderCount': 10n") + ", ['flowId', 'inputData', 'Flow.customerName', 'Flow.priority'])"),
    # A replacer function, or a toJSON this file gives BigInt, may turn it into something JSON holds: not known.
    FETCH.replace("BODY", body("'Flow.orderCount': 10n") + ", (k, v) => typeof v === 'bigint' ? Number(v) : v"),
    "BigInt.prototype.toJSON = function () { return this.toString(); };\n" + FETCH.replace("BODY", body("'Flow.orderCount': 10n")),
])
def test_a_big_int_that_is_not_serialized_as_such_is_no_error(tmp_path: Path, text: str) -> None:
    found = codes(check_file(tmp_path, "a.js", text))
    assert "FL014" not in found


def test_the_array_replacer_that_leaves_the_big_int_out_still_judges_the_rest(tmp_path: Path) -> None:
    kept = "['flowId', 'inputData', 'Flow.customerName', 'Flow.priority']"
    text = FETCH.replace("JSON.stringify(BODY)", f"JSON.stringify({body(chr(39) + 'Flow.orderCount' + chr(39) + ': 10n')}, {kept})")
    assert codes(check_file(tmp_path, "a.js", text)) == ["FL205"]  # the priority, not in its enum


def test_functions_and_symbols_are_left_out_and_null_in_arrays(tmp_path: Path) -> None:
    inputs = "'Flow.orderCount': () => 3, 'Flow.isVip': function () { return true; }, 'Flow.amount': Symbol('x'), " \
             "'Flow.dates': [undefined, () => 1], 'Flow.details': { check() { return 1; } }"
    found = check_file(tmp_path, "a.js", FETCH.replace("BODY", body(inputs)))
    pointers = [(d["code"], d["pointer"]) for d in found]
    # Only the priority's enum and the dates' two nulls: the functions and the symbol are not sent at all.
    assert ("FL205", "/inputData/Flow.priority") in pointers
    assert {p for c, p in pointers if c != "FL205"} == {"/inputData/Flow.dates/0", "/inputData/Flow.dates/1"}
    assert not [p for p in pointers if p[1] in ("/inputData/Flow.orderCount", "/inputData/Flow.isVip", "/inputData/Flow.amount")]


def test_an_object_with_a_to_json_is_sent_as_what_it_returns(tmp_path: Path) -> None:
    for to_json in ("toJSON() { return { flowId: this.id }; }", "toJSON: () => ({ flowId: 'x' })"):
        text = FETCH.replace("BODY", f"{{ type: 'flow', id: '{UUID}', {to_json} }}")
        assert not [c for c in codes(check_file(tmp_path, "a.js", text)) if str(c).startswith(("FL1", "FL2"))], to_json
