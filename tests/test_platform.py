"""True to the platform: values it reads leniently, pinned versions, sign-in hosts, contracts that fail loudly."""

from __future__ import annotations

import json

import validator

from conftest import UUID, check_text, codes

CONTRACT = {"type": "object", "required": ["Flow.customerName"],
            "properties": {"Flow.customerName": {"type": "string"}, "Flow.orderCount": {"type": "integer"}}}


def test_null_name_and_input_data_are_warnings_with_a_fix() -> None:
    found = [d for d in check_text(json.dumps({"flowId": UUID, "name": None, "inputData": None}), "body.json", "--contracts", "none")
             if d["code"] != "FL200"]
    assert [(d["code"], d["severity"], d["pointer"]) for d in found] == [("FL107", "warning", "/name"),
                                                                          ("FL107", "warning", "/inputData")]
    assert [d["help"] for d in found] == ["remove `name` (null is read as absent)", "remove `inputData` (null is read as absent)"]


def test_null_input_data_still_misses_the_required_inputs() -> None:
    report = validator.check({"flowId": UUID, "inputData": None}, contract=CONTRACT)
    assert sorted(d.code for d in report.diagnostics) == ["FL107", "FL201"] and not report.ok


def test_wrong_types_for_name_and_input_data_are_still_errors() -> None:
    found = [d for d in check_text(json.dumps({"flowId": UUID, "name": 3, "inputData": "x"}), "body.json", "--contracts", "none")
             if d["code"] != "FL200"]
    assert codes(found) == ["FL105", "FL105"] and "or null" not in json.dumps(found)
