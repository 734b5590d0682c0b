"""Envelope rules FL101-FL105 and offline FL203: located, one finding per mistake, plain-words messages."""

from __future__ import annotations

import json
from typing import Any

import pytest

from conftest import UUID, UUID2, check_text, codes


def by_code(found: list[dict[str, Any]], code: str) -> list[dict[str, Any]]:
    return [d for d in found if d["code"] == code]


def test_seed_type_configuration_body() -> None:
    body = json.dumps({"type": "flow", "configuration": {"flowId": UUID, "parameters": {"contactId": "c-1"}}}, indent=2)
    found = check_text(body)
    assert codes(found) == ["FL101", "FL101"]  # the buried flowId is the `configuration` finding, not one more FL103
    type_, configuration = by_code(found, "FL101")
    assert (type_["pointer"], type_["line"], type_["column"], type_["end_column"]) == ("/type", 2, 3, 9)
    assert (configuration["pointer"], configuration["line"], configuration["column"]) == ("/configuration", 3, 3)
    assert "move `configuration.flowId` to the top level as `flowId`" in configuration["help"]
    assert "`configuration.parameters.contactId` (the flow declares no input by that name" in configuration["help"]
    # Only the flowId's move is mechanical: a fix that says it does only that, offered with its edits (the rest is said).
    assert "(the fix does only this)" in configuration["fix"]["message"] and configuration["fix"]["edits"]
    assert "Flow.contactId" not in json.dumps(configuration["fix"])  # no input the flow does not declare is written
    # Without a contract the moved input is `Flow.contactId`.
    unknown = "00000000-0000-4000-8000-000000000000"
    found = check_text(body.replace(UUID, unknown))
    assert "`configuration.parameters.contactId` → `Flow.contactId`" in by_code(found, "FL101")[1]["help"]


def test_data_envelope_body() -> None:
    found = check_text('{"data": {"customerName": "John"}}')
    assert sorted(codes(found)) == ["FL101", "FL103"]
    data = by_code(found, "FL101")[0]
    assert data["pointer"] == "/data" and data["column"] == 2
    assert "inputData" in data["help"] and "`Flow.customerName`" in data["help"]


@pytest.mark.parametrize(("key", "real"), [("flowID", "flowId"), ("flow_id", "flowId"), ("FlowId", "flowId"),
                                           ("input_data", "inputData"), ("inputdata", "inputData"),
                                           ("flowversion", "flowVersion"), ("Name", "name")])
def test_misspelt_member_suggests_the_real_name(key: str, real: str) -> None:
    body: dict[str, Any] = {"flowId": UUID2} if real != "flowId" else {}
    body[key] = UUID2 if real == "flowId" else {} if real == "inputData" else "x"
    found = check_text(json.dumps(body))
    assert codes(found) == ["FL102"], found  # no FL103 beside a misspelt flowId: one mistake
    assert f"did you mean `{real}`" in found[0]["message"] and found[0]["pointer"] == f"/{key}"


@pytest.mark.parametrize("key", ["configuration", "data", "parameters", "params", "inputs", "input",
                                 "variables", "payload", "body", "attributes", "initialData", "customData"])
def test_wrong_envelope_members(key: str) -> None:
    found = check_text(json.dumps({"flowId": UUID2, key: {"agentId": "452"}}))
    assert codes(found) == ["FL101"]
    assert found[0]["pointer"] == f"/{key}"
    assert "`Flow.agentId`" in found[0]["help"]


@pytest.mark.parametrize("where", ["configuration", "data", "body", "payload"])
def test_a_flow_id_in_a_wrapper_is_moved_by_the_wrappers_finding(where: str) -> None:
    found = check_text(json.dumps({where: {"flowId": UUID}}))
    assert codes(found) == ["FL101"]
    assert f"move `{where}.flowId` to the top level" in found[0]["help"]


def test_missing_flow_id_says_where_it_is() -> None:
    found = check_text(json.dumps({"inputData": {"flowId": UUID}}))
    fl103 = by_code(found, "FL103")[0]
    assert "`/inputData/flowId`" in fl103["message"]
    assert "move `inputData.flowId` to the top level" in fl103["help"]


def test_id_holding_a_uuid_means_flow_id() -> None:
    found = check_text(json.dumps({"id": UUID2}))
    assert codes(found) == ["FL102"] and "did you mean `flowId`" in found[0]["message"]
    assert sorted(codes(check_text(json.dumps({"id": 7})))) == ["FL102", "FL103"]


def test_flow_id_inside_input_data_is_one_finding() -> None:
    found = check_text(json.dumps({"inputData": {"flowId": UUID}}))
    assert codes(found) == ["FL103"]
    assert "`/inputData/flowId`" in found[0]["message"]


def test_missing_flow_id_with_nothing_to_move() -> None:
    found = check_text('{"name": "x"}')
    assert codes(found) == ["FL103"]
    assert "flowlint pull --name" in found[0]["help"]


@pytest.mark.parametrize(("value", "words"), [
    ('"Order follow-up"', "looks like a flow name"), ("1042", "the number 1042"), ('""', "is empty"),
    ("null", "null"), ('"8f3c2a1e5b7d4c9ea2f46d1b3e5a7c90"', "missing the dashes"),
    (f'" {UUID} "', "something around it"), (f'"{{{UUID}}}"', "something around it"), ('"1234-abcd"', "not a flow ID"),
])
def test_invalid_flow_id(value: str, words: str) -> None:
    found = check_text('{"flowId": %s}' % value)
    assert codes(found) == ["FL104"]
    assert words in found[0]["message"]
    assert (found[0]["line"], found[0]["column"], found[0]["pointer"]) == (1, 12, "/flowId")


def test_uppercase_uuid_is_a_valid_flow_id() -> None:
    assert check_text(json.dumps({"flowId": UUID2.upper()})) == []


def test_flow_version_number_keeps_the_written_digits() -> None:
    found = check_text('{"flowId": "%s", "flowVersion": 3.10}' % UUID2)
    assert codes(found) == ["FL105"]
    # The repository's store knows version 1.0 of that flow: pinning 3.10 would check against another version's contract.
    assert found[0]["help"] == ('quote it: "flowVersion": "3.10" (not applied: the inputs would then be checked against '
                                "another version's contract; pull that version first)")
    assert (found[0]["column"], found[0]["end_column"]) == (67, 71)


def test_flow_version_null_and_empty_mean_latest() -> None:
    assert check_text(json.dumps({"flowId": UUID2, "flowVersion": None})) == []
    assert check_text(json.dumps({"flowId": UUID2, "flowVersion": ""})) == []


def test_flow_version_object_from_a_response() -> None:
    found = check_text(json.dumps({"flowId": UUID2, "flowVersion": {"id": "2.0", "name": "2.0"}}))
    assert codes(found) == ["FL105"] and '"2.0"' in found[0]["help"]


def test_input_data_encoded_as_a_string() -> None:
    found = check_text(json.dumps({"flowId": UUID2, "inputData": json.dumps({"Flow.agentId": "1"})}))
    assert codes(found) == ["FL105"]
    assert "send the object itself" in found[0]["help"] and '{"Flow.agentId": "1"}' in found[0]["help"]


def test_input_data_as_a_name_value_list() -> None:
    found = check_text(json.dumps({"flowId": UUID2, "inputData": [{"name": "agentId", "value": "1"}]}))
    assert codes(found) == ["FL105"] and '{"Flow.agentId": "1"}' in found[0]["help"]


def test_name_as_object() -> None:
    found = check_text(json.dumps({"flowId": UUID2, "name": {"first": "x"}}))
    assert codes(found) == ["FL105"] and found[0]["pointer"] == "/name"


@pytest.mark.parametrize(("key", "fixed", "words", "code"), [
    ("customerName", "Flow.customerName", "lacks the `Flow.` prefix", "FL203"),
    ("flow.customerName", "Flow.customerName", "prefix in another case", "FL211"),  # a warning: test_flow_prefix_case.py
])
def test_offline_missing_flow_prefix(key: str, fixed: str, words: str, code: str) -> None:
    flow = "00000000-0000-4000-8000-000000000000"  # no contract: the offline rule speaks
    found = [d for d in check_text(json.dumps({"flowId": flow, "inputData": {key: 1}})) if d["severity"] != "info"]
    assert codes(found) == [code]
    assert words in found[0]["message"] and found[0]["help"] == f"rename it `{fixed}`"
    assert found[0]["pointer"] == "/inputData/" + key.replace("/", "~1")


@pytest.mark.parametrize("body", ["[]", '"text"', "42", "null", "true"])
def test_not_an_object(body: str) -> None:
    found = check_text(body)
    assert codes(found) == ["FL003"] and (found[0]["line"], found[0]["column"]) == (1, 1)


def test_double_encoded_body() -> None:
    found = check_text(json.dumps(json.dumps({"flowId": UUID})))
    assert codes(found) == ["FL003"] and "encoded twice" in found[0]["message"]


def test_messages_speak_json_not_python() -> None:
    found = check_text('{"flowId": "%s", "name": true, "flowVersion": false, "inputData": null}' % UUID2)
    text = json.dumps(found)
    assert "True" not in text and "False" not in text and "None" not in text
    assert "the boolean true" in text and "null" in text


def test_pointer_escaping_of_slash_and_tilde() -> None:
    found = check_text(json.dumps({"flowId": UUID2, "a/b~c": 1}))
    assert found[0]["pointer"] == "/a~1b~0c"


def test_flow_inputs_at_the_top_level() -> None:
    found = check_text(json.dumps({"flowId": UUID2, "Flow.agentId": "1"}))
    assert codes(found) == ["FL102"] and "is a flow input" in found[0]["message"]
    assert '"inputData": {"Flow.agentId": …}' in found[0]["help"]


@pytest.mark.parametrize("key", ["flow_id", "FlowID", "flow-id"])
def test_a_misspelt_flow_id_with_a_bad_value_is_still_named_for_what_it_is(key: str) -> None:
    found = by_code(check_text(json.dumps({key: "abc", "inputData": {}})), "FL102")
    assert len(found) == 1 and found[0]["pointer"] == "/" + key
    assert "did you mean `flowId`?" in found[0]["message"]
    assert "Flow." not in found[0]["help"]  # never "flow inputs go in `inputData` as `Flow.id`"
    assert found[0]["fix"] is None  # renamed, "abc" would still be no flow ID: nothing is applied


def test_an_input_written_beside_the_flow_id_is_moved_where_the_contract_declares_it() -> None:
    # `customerName` is an input the flow declares (Flow.customerName): the FL102 moves it into inputData under that
    # name; `orderId` is none of its inputs, and without a contract `Flow.<key>` would be a guess: help only.
    found = by_code(check_text(json.dumps({"flowId": UUID, "customerName": "Jane", "orderId": "1"})), "FL102")
    fixes = {d["pointer"]: d["fix"] for d in found}
    assert fixes["/orderId"] is None and fixes["/customerName"]["applicability"] == "unsafe", found
    assert '"Flow.customerName"' in fixes["/customerName"]["message"]
    [unknown] = by_code(check_text(json.dumps({"flowId": "5a0e7c3b-2d4f-4b6a-9e1c-7d3f5b9a2e84", "customerName": "J"})),
                        "FL102")
    assert unknown["fix"] is None and "Flow.customerName" in unknown["help"]  # no contract: reached, help only
