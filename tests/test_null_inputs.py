"""A declared input sent as null (`"Flow.customerName": None`) is no type error: nothing says the platform refuses it,
and an Architect input it is not given is NOT_SET. It is FL107's inferred warning (it leaves the input unset, as
omitting it does), whatever the declared type; a required one so left unset is missing (FL201, said at it), as one
left out is."""

from __future__ import annotations

import json
from typing import Any

import pytest

from conftest import UUID, check_text, codes


def inputs(data: dict[str, Any]) -> list[dict[str, Any]]:
    return check_text(json.dumps({"flowId": UUID, "inputData": data}, indent=2))


@pytest.mark.parametrize("name", ["Flow.orderCount", "Flow.amount", "Flow.isVip", "Flow.dates", "Flow.details",
                                  "Flow.priority"])
def test_a_null_optional_input_is_an_fl107_warning(name: str) -> None:
    found = inputs({"Flow.customerName": "A", name: None})
    assert codes(found) == ["FL107"], found
    assert found[0]["severity"] == "warning" and found[0]["pointer"] == f"/inputData/{name}"
    assert found[0]["message"] == f"`{name}` is null; it leaves the input unset, as omitting it does"
    assert "remove" in found[0]["help"]


def test_a_null_required_input_is_unset_so_missing() -> None:
    found = inputs({"Flow.customerName": None, "Flow.orderCount": 1})
    assert codes(found) == ["FL201"], found
    assert found[0]["pointer"] == "/inputData/Flow.customerName"
    assert "which is null: that leaves it unset, as omitting it does" in found[0]["message"]
    assert found[0]["help"] == "send a String value (only you know which)"


def test_a_null_undeclared_input_is_still_unknown() -> None:
    found = inputs({"Flow.customerName": "A", "Flow.zzz": None})
    assert codes(found) == ["FL202"], found
