"""Input rules FL201-FL205 against a flow's declared inputs, and how contracts are read."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import validator
from validator.contracts.store import BrokenContract, ContractStore, contract_from_document, effective_schema, input_schema_of

from conftest import UUID, UUID2, check_text, codes, diagnostics, flowlint

FLOW = {"flowId": UUID}


def inputs(data: dict[str, Any], **extra: object) -> list[dict[str, Any]]:
    return check_text(json.dumps({**FLOW, **extra, "inputData": data}, indent=2))


def test_declared_inputs_of_every_type_pass() -> None:
    assert inputs({"Flow.customerName": "A", "Flow.orderCount": 3, "Flow.amount": 2.5, "Flow.isVip": False,
                   "Flow.dates": [], "Flow.priority": "low", "Flow.details": {"any": ["thing"]}}) == []


def test_missing_required_input_points_at_input_data() -> None:
    found = inputs({"Flow.orderCount": 1})
    assert codes(found) == ["FL201"]
    assert (found[0]["pointer"], found[0]["line"], found[0]["column"]) == ("/inputData", 3, 3)
    assert "`Flow.customerName` (String)" in found[0]["message"]


def test_missing_required_input_without_input_data_points_at_the_body() -> None:
    found = check_text(json.dumps(FLOW))
    assert codes(found) == ["FL201"] and found[0]["pointer"] == "" and found[0]["line"] == 1


def test_unknown_input_suggests_a_declared_name() -> None:
    found = inputs({"Flow.customerName": "A", "Flow.orderTotal": 2})
    assert codes(found) == ["FL202"]
    assert "did you mean `Flow.orderCount`" in found[0]["message"]
    assert (found[0]["pointer"], found[0]["line"], found[0]["column"]) == ("/inputData/Flow.orderTotal", 5, 5)


def test_unknown_input_with_nothing_close_lists_the_declared_ones() -> None:
    found = inputs({"Flow.customerName": "A", "Flow.zzz": 2})
    assert codes(found) == ["FL202"] and "`Flow.customerName`" in found[0]["help"]


def test_prefix_fixed_key_is_one_fl203_and_no_fl201() -> None:  # (flow.customerName: FL211)
    found = inputs({"customerName": "A"})
    assert codes(found) == ["FL203"]
    assert found[0]["help"] == "rename it `Flow.customerName`"


@pytest.mark.parametrize("key", ["Flow.CustomerName", "Flow.customername", "FLOW.CUSTOMERNAME"])
def test_a_name_differing_only_in_case_is_one_fl212_warning_and_no_fl201(key: str) -> None:
    """As FL211's prefix: nothing shows whether the endpoint matches names by case, so no error (revA/11)."""
    found = inputs({key: "A"})
    assert codes(found) == ["FL212"] and found[0]["severity"] == "warning"
    assert f"`{key}` differs only in case" in found[0]["message"]
    assert found[0]["help"] == "rename it `Flow.customerName`"


def test_a_name_sent_in_two_spellings_is_still_fl203_and_an_unknown_name_fl202() -> None:
    assert codes(inputs({"Flow.customerName": "A", "Flow.CustomerName": "B"})) == ["FL203"]
    assert codes(inputs({"Flow.customerName": "A", "Flow.Customer": "B"})) == ["FL202"]


@pytest.mark.parametrize(("name", "value", "kind", "fix"), [
    ("Flow.orderCount", "42", "an Integer", '"42" → 42'),
    ("Flow.orderCount", 4.5, "an Integer", "whole number"),
    ("Flow.amount", "12.5", "a Decimal", '"12.5" → 12.5'),
    ("Flow.isVip", "true", "a Boolean", '"true" → true'),
    ("Flow.dates", "2026-03-29", "a Date collection", '"2026-03-29" → ["2026-03-29"]'),
    ("Flow.dates", '["2026-03-29"]', "a Date collection", "not JSON in a string"),
    ("Flow.dates", "2026-03-29, 2026-03-30", "a Date collection", '→ ["2026-03-29", "2026-03-30"]'),
    ("Flow.customerName", 42, "a String", '42 → "42"'),
    ("Flow.details", '{"a": 1}', "JSON", "not JSON in a string"),
    ("Flow.isVip", 1, "a Boolean", "1 → true"),
    ("Flow.orderCount", {"value": 3, "type": "Integer"}, "an Integer", "→ 3"),
])
def test_type_mismatch_names_the_architect_type_and_the_fix(name: str, value: object, kind: str, fix: str) -> None:
    data = {"Flow.customerName": "A", name: value}
    found = inputs(data)
    assert codes(found) == ["FL204"]
    assert f"declares it as {kind}" in found[0]["message"]
    assert fix in found[0]["help"]
    assert found[0]["pointer"] == f"/inputData/{name}"


@pytest.mark.parametrize(("name", "value", "applicability", "fix"), [
    ("Flow.orderCount", "42", "safe", '"42" → 42'),
    ("Flow.orderCount", "-7", "safe", '"-7" → -7'),
    ("Flow.amount", "12.5", "safe", '"12.5" → 12.5'),
    ("Flow.amount", "1e3", "safe", '"1e3" → 1000'),
    ("Flow.isVip", "false", "safe", '"false" → false'),
    # What only Python's int()/float() read as a number, or a word with blanks around it: a reading, unsafe (reviewer B 3)
    ("Flow.orderCount", "4_2", "unsafe", '"4_2" → 42'),
    ("Flow.orderCount", "\u0664\u0662", "unsafe", "→ 42"),  # Arabic-Indic digits
    ("Flow.orderCount", "\uff11\uff12", "unsafe", "→ 12"),  # full-width digits
    ("Flow.orderCount", " 42 ", "unsafe", '" 42 " → 42'),
    ("Flow.orderCount", "+5", "unsafe", '"+5" → 5'),
    ("Flow.orderCount", "007", "unsafe", '"007" → 7'),
    ("Flow.amount", "1_000.5", "unsafe", '"1_000.5" → 1000.5'),
    ("Flow.amount", "\u0663.\u0665", "unsafe", "→ 3.5"),
    ("Flow.amount", "12.5\n", "unsafe", "→ 12.5"),
    ("Flow.isVip", " true", "unsafe", "→ true"),
])
def test_text_to_a_number_or_boolean_is_safe_only_as_json_writes_it(name: str, value: str, applicability: str,
                                                                    fix: str) -> None:
    found = inputs({"Flow.customerName": "A", name: value})
    assert codes(found) == ["FL204"] and fix in found[0]["help"], found  # reached: the conversion is offered
    assert found[0]["fix"]["applicability"] == applicability, found


def test_item_type_mismatch_is_located_at_the_item() -> None:
    found = inputs({"Flow.customerName": "A", "Flow.dates": ["2026-03-29", 5]})
    assert codes(found) == ["FL204"]
    assert found[0]["pointer"] == "/inputData/Flow.dates/1" and "`Flow.dates[1]`" in found[0]["message"]
    assert (found[0]["line"], found[0]["column"]) == (7, 7)


@pytest.mark.parametrize(("name", "value", "words"), [
    ("Flow.priority", "urgent", "not one of the allowed values"),
    ("Flow.priority", "High", 'did you mean it: "High" → "high"'),
    ("Flow.dates", ["29/03/2026"], "not a valid Date"),
    ("Flow.dates", ["2026-02-30"], "not a valid Date"),
])
def test_format_and_enum(name: str, value: object, words: str) -> None:
    found = inputs({"Flow.customerName": "A", name: value})
    assert codes(found) == ["FL205"]
    assert words in found[0]["message"] + found[0]["help"]


def test_wrong_type_is_not_also_a_format_finding() -> None:
    assert codes(inputs({"Flow.customerName": "A", "Flow.priority": 3})) == ["FL204"]


def test_inputs_in_a_wrong_envelope_are_one_finding() -> None:
    found = check_text(json.dumps({**FLOW, "inputs": {"customerName": "A"}}))
    assert codes(found) == ["FL101"]


def test_contract_finding_replaces_offline_prefix_guess() -> None:
    found = inputs({"Flow.customerName": "A", "zzz": 1})
    assert codes(found) == ["FL202"]


def test_flow_schema_option_applies_one_contract(tmp_path: Path) -> None:
    schema = tmp_path / "inputs.json"
    schema.write_text(json.dumps({"type": "object", "properties": {"Flow.x": {"type": "integer"}}}))
    found = diagnostics("--flow-schema", str(schema), "--stdin-filename", "b.json", "-",
                        input=json.dumps({"flowId": UUID2, "inputData": {"Flow.x": "1"}}))
    assert codes(found) == ["FL204"]


@pytest.mark.parametrize("wrap", [
    lambda s: s,
    lambda s: {"id": "1.0", "type": "PUBLISH", "inputSchema": s},
    lambda s: {"id": UUID, "name": "Flow", "type": "WORKFLOW", "publishedVersion": {"id": "2.0", "inputSchema": s}},
    lambda s: {"id": UUID, "name": "Flow", "type": "WORKFLOW", "inputSchema": s},
    lambda s: {"entities": [{"id": UUID, "inputSchema": s}], "pageNumber": 1},
])
def test_flow_schema_accepts_any_platform_object_holding_one(tmp_path: Path, wrap: object) -> None:
    inner = {"type": "object", "properties": {"Flow.x": {"type": "integer"}}}
    assert input_schema_of(wrap(inner)) == inner  # type: ignore[operator]


def test_contract_read_defensively() -> None:
    schema = effective_schema({"properties": {"Flow.a": {"type": "Currency"}, "Flow.b": {"type": ["string", "Foo"]},
                                              "Flow.c": {"format": "architect-time", "type": "string"}, "Flow.d": "junk"},
                               "required": "Flow.a"})
    assert schema["additionalProperties"] is False and "required" not in schema
    assert schema["properties"]["Flow.a"] == {} and schema["properties"]["Flow.b"]["type"] == ["string"]
    contract = contract_from_document({"properties": {"Flow.c": {"type": "string", "format": "architect-time"}}}, "x")
    assert contract.is_valid({"Flow.c": "anything"})  # an unknown format passes through


def test_declared_additional_properties_are_respected() -> None:
    contract = contract_from_document({"properties": {"Flow.a": {}}, "additionalProperties": True}, "x")
    assert contract.is_valid({"Flow.zzz": 1})


@pytest.mark.parametrize("document", [[1, 2], "text", {"properties": [1]}, {"nothing": "here"}, {"entities": []}])
def test_broken_contracts_are_refused(document: object) -> None:
    with pytest.raises(BrokenContract):
        contract_from_document(document, "x")


@pytest.mark.parametrize("schema", [{"properties": {"Flow.a": {"minimum": "x"}}}, {"properties": {"Flow.a": {"pattern": "("}}},
                                    {"properties": {}, "minProperties": "x"}])
def test_contract_broken_deep_inside_is_fl901_not_a_crash(schema: dict[str, Any]) -> None:
    body = {"flowId": UUID2, "inputData": {"Flow.a": 1}}
    found = validator.check(body, contract=schema)
    assert [d.code for d in found.diagnostics] == ["FL901"]


DRAFT3 = "http://json-schema.org/draft-03/schema#"  # beyond subset.py and fastjsonschema: jsonschema decides alone


@pytest.mark.parametrize(("schema", "said"), [
    ({"$schema": DRAFT3, "properties": {"Flow.a": {"$ref": "#/definitions/nowhere"}}}, "PointerToNowhere"),
    ({"$schema": DRAFT3, "definitions": {"a": {"$ref": "#/definitions/a"}}, "properties": {"Flow.a": {"$ref": "#/definitions/a"}}},
     "RecursionError"),
])
def test_a_schema_jsonschema_cannot_apply_is_no_verdict_but_fl901(schema: dict[str, Any], said: str) -> None:
    contract = contract_from_document(schema, "x")
    assert contract.is_valid({"Flow.a": {}}) is False  # what jsonschema met is no pass: the explanation is asked
    found = validator.check({"flowId": UUID2, "inputData": {"Flow.a": {}}}, contract=contract)
    assert [d.code for d in found.diagnostics] == ["FL901"] and said in found.diagnostics[0].message


def test_an_unexpected_error_while_validating_inputs_is_reported_not_swallowed() -> None:
    contract = contract_from_document({"$schema": DRAFT3, "properties": {"Flow.a": {"type": "object"}}}, "x")
    asked = []

    class Failing:  # a validator that fails in a way no schema explains, and then finds nothing to explain
        def is_valid(self, instance: Any) -> bool:
            asked.append(instance)
            raise KeyError("surprise")

        def iter_errors(self, instance: Any) -> list[Any]:
            return []

    contract.__dict__["validator"] = Failing()  # the cached explaining validator
    found = validator.check({"flowId": UUID2, "inputData": {"Flow.a": {}}}, contract=contract)
    assert asked == [{"Flow.a": {}}]  # reached
    assert [(d.code, d.message) for d in found.diagnostics] == [
        ("FL900", "flowlint failed on this file: KeyError: 'surprise'")]


def test_a_required_input_the_contract_does_not_declare_is_required_not_a_broken_contract() -> None:
    # fastjsonschema refuses to compile it ("required but not allowed"); it is a valid schema all the same, and the
    # launch is checked by it (it was FL901 with exit 3, in the library's words).
    schema = {"type": "object", "required": ["Flow.zz"], "properties": {"Flow.a": {"type": "string"}}}
    found = validator.check({"flowId": UUID2, "inputData": {"Flow.a": "x"}}, contract=schema)
    assert [(d.code, d.message) for d in found.diagnostics] == [
        ("FL201", "the flow requires the input `Flow.zz` (value), which is missing from inputData")]
    given = validator.check({"flowId": UUID2, "inputData": {"Flow.a": "x", "Flow.zz": 1}}, contract=schema)
    assert [d.code for d in given.diagnostics] == ["FL202"]  # the contract contradicts itself: said, never a pass


def test_broken_flow_schema_file_exits_3(tmp_path: Path) -> None:
    schema = tmp_path / "inputs.json"
    schema.write_text("[1, 2")
    result = flowlint("check", "--flow-schema", str(schema), "fixtures/valid")
    assert result.exit_code == 3 and "not valid JSON" in result.stdout  # FL901 in the report


def test_broken_snapshot_is_reported_once_with_exit_3(tmp_path: Path) -> None:
    store = tmp_path / "flows"
    store.mkdir()
    (store / f"{UUID}.json").write_text('{"inputSchema": {"properties": 5}}')
    body = tmp_path / "a.json"
    body.write_text(json.dumps(FLOW))
    (tmp_path / "b.json").write_text(json.dumps(FLOW))
    result = flowlint("check", "--format", "json", "--contracts", str(store), str(body), str(tmp_path / "b.json"))
    assert result.exit_code == 3
    assert codes(json.loads(result.stdout)["diagnostics"]) == ["FL901"]


def test_no_contract_is_said_once_per_flow(tmp_path: Path) -> None:
    for name in ("a", "b"):
        (tmp_path / f"{name}.json").write_text(json.dumps({"flowId": UUID}))
    result = flowlint("check", "--format", "json", "--contracts", str(tmp_path / "none"), str(tmp_path))
    assert result.exit_code == 0
    found = json.loads(result.stdout)["diagnostics"]
    assert codes(found) == ["FL200"] and found[0]["severity"] == "info"
    assert f"flowlint pull {UUID}" in found[0]["help"]


@pytest.mark.parametrize("flow_id", ["../evil", "../flows-evil", "sub/../../evil", "/abs/evil", "..\\evil"])
def test_flow_id_cannot_walk_out_of_the_store(tmp_path: Path, flow_id: str) -> None:
    store = tmp_path / "flows"
    store.mkdir()
    # A broken contract just outside the store: reading it would be an FL901.
    for name in ("evil.json", "flows-evil.json"):
        (tmp_path / name).write_text('{"inputSchema": {"properties": 5}}')
    (tmp_path / "abs").mkdir()
    (tmp_path / "abs" / "evil.json").write_text('{"inputSchema": {"properties": 5}}')
    assert ContractStore(store).get(flow_id) is None
    # and through a whole check, with the flow ID in the body:
    result = flowlint("check", "--format", "json", "--contracts", str(store), "--stdin-filename", "b.json", "-",
                      input=json.dumps({"flowId": flow_id}))
    assert "FL901" not in codes(json.loads(result.stdout)["diagnostics"]) and result.exit_code == 1


def test_the_store_is_reached_for_a_real_flow_id(tmp_path: Path) -> None:
    """The control for the test above: the same broken contract, inside the store, is read (FL901)."""
    (tmp_path / f"{UUID}.json").write_text('{"inputSchema": {"properties": 5}}')
    assert isinstance(ContractStore(tmp_path).get(UUID), BrokenContract)


@pytest.mark.parametrize("wrapper", ["inputData", "parameters", "variables"])
def test_inputs_wrapped_twice_are_one_finding(wrapper: str) -> None:
    found = inputs({wrapper: {"Flow.customerName": "A", "orderCount": 2}})
    assert codes(found) == ["FL101"] and found[0]["pointer"] == f"/inputData/{wrapper}"
    assert '{"Flow.customerName": "A", "Flow.orderCount": 2}' in found[0]["help"]


def test_a_flow_that_is_not_a_workflow_is_a_warning(tmp_path: Path) -> None:
    (tmp_path / f"{UUID2}.json").write_text(json.dumps({"flowId": UUID2, "flowName": "Main IVR", "flowType": "INBOUNDCALL",
                                                        "inputSchema": {"properties": {}}}))
    found = diagnostics("--contracts", str(tmp_path), "--stdin-filename", "b.json", "-", input=json.dumps({"flowId": UUID2}))
    assert [(d["code"], d["severity"], d["line"], d["column"]) for d in found] == [("FL206", "warning", 1, 12)]
    assert "INBOUNDCALL" in found[0]["message"]
    assert contract_from_document({"id": UUID2, "type": "BOT", "publishedVersion": {"id": "1", "inputSchema": {}}},
                                  "x").flow_type == "BOT"


def test_a_fix_value_is_judged_by_its_node_check_as_by_a_validator_of_the_node_alone() -> None:
    from validator.contracts.store import Contract
    from validator.contracts.subset import SubsetValidator
    from validator.rules.inputs import _Explainer, accepts

    schema = {"type": "object", "properties": {
        "Flow.n": {"type": "integer", "minimum": 1, "maximum": 10},
        "Flow.day": {"type": "string", "format": "date"},
        "Flow.tags": {"type": "array", "items": {"type": "string", "enum": ["a", "b"]}, "maxItems": 2},
        "Flow.code": {"type": "string", "pattern": "^[A-Z]{2}\\d$"}}}
    contract = Contract(schema, "test")
    assert isinstance(contract.validator, SubsetValidator)  # the node checks are reached, not the fallback
    explainer = _Explainer({}, {}, contract, lambda path: None)
    values = [0, 1, 10, 11, 2.0, "3", True, None, "2026-02-30", "2026-02-28", ["a"], ["a", "c"], ["a", "b", "a"], "AB1",
              "ab1", {}, []]
    for name in contract.declared:
        spec = contract.property_schema(name)
        for value in values:
            assert explainer.accepts(spec, value) == accepts(spec, value, contract.draft), (name, value)


def test_a_key_a_pattern_property_takes_is_no_unknown_input() -> None:
    """An undeclared key beside it made every key `properties` does not name an FL202, though the schema's
    patternProperties take it (and judge its value)."""
    from validator.contracts.store import Contract
    from validator.rules.inputs import check_inputs

    contract = Contract(source="test", flow_id=UUID, flow_name="Orders", input_schema={
        "type": "object", "properties": {"Flow.a": {"type": "string"}}, "patternProperties": {r"^Flow\.n": {"type": "string"}}})
    found = check_inputs({**FLOW, "inputData": {"Flow.a": "x", "Flow.n1": "ok", "Flow.n2": 2, "Flow.q": 1}}, contract)
    assert [(f.code, f.path) for f in found] == [("FL204", ("inputData", "Flow.n2")), ("FL202", ("inputData", "Flow.q"))]


def test_a_date_in_another_script_s_digits_is_told_to_be_written_as_yyyy_mm_dd() -> None:
    """Not "it is written as YYYY-MM-DD, but no such date exists": `\\d` matched Arabic-Indic digits (reviewer B 3's class)."""
    found = inputs({"Flow.customerName": "A", "Flow.dates": ["\u0662\u0660\u0662\u0665-\u0660\u0663-\u0662\u0669"]})
    assert codes(found) == ["FL205"] and found[0]["help"] == "write it as YYYY-MM-DD", found
