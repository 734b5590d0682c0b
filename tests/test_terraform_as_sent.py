"""A Terraform data action's `jsonencode({…})` body is judged as jsonencode() writes it: a whole number without a point
(`3.0` is sent as 3), and a string function's result (`jsonencode`, `format`, `tostring`…) as a string."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from validator.core.unknown import Unknown, UnknownText
from validator.sources import terraform

from conftest import UUID, diagnostics


def _action(members: str) -> str:
    return f"""\
resource "genesyscloud_integration_action" "launch_followup" {{
  name           = "Launch order follow-up"
  category       = genesyscloud_integration.data_actions.name
  integration_id = genesyscloud_integration.data_actions.id
  config_request {{
    request_url_template = "/api/v2/flows/executions"
    request_type         = "POST"
    request_template = jsonencode({{
      flowId = "{UUID}"
{members}
    }})
    headers = {{
      Content-Type = "application/json"
    }}
  }}
}}
"""


def _found(tmp_path: Path, members: str) -> list[dict[str, Any]]:
    path = tmp_path / "actions.tf"
    path.write_text(_action(members))
    return diagnostics("--no-cache", str(path))


@pytest.mark.parametrize("written", ["3.0", "1e3", "2.50e1", "12.000"])
def test_a_whole_number_jsonencode_writes_without_a_point_is_no_fl208(tmp_path: Path, written: str) -> None:
    members = (f'      inputData = {{\n        "Flow.customerName" : "$${{input.customerName}}"\n'
               f'        "Flow.orderCount" = {written}\n      }}')
    (launch,) = terraform.extract(_action(members))
    value = launch.body["inputData"]["Flow.orderCount"]
    assert type(value) is int and value == int(float(written))  # as jsonencode sends it
    assert _found(tmp_path, members) == []


def test_an_exponent_without_a_point_is_read_whole() -> None:
    """tree-sitter-hcl ends `1e2` at its `1` (in a list, `1` and a variable `e2`): the number is read as HCL reads it,
    and the members after it are all there."""
    members = ('      inputData = {\n        "Flow.amount" = 1e3\n        "Flow.dates" = [1e2, 2E+1]\n'
               '        "Flow.customerName" = "1e3"\n      }')
    (launch,) = terraform.extract(_action(members))
    assert launch.body["inputData"] == {"Flow.amount": 1000, "Flow.dates": [100, 20], "Flow.customerName": "1e3"}


def test_a_fraction_for_an_integer_is_still_found(tmp_path: Path) -> None:
    members = '      inputData = {\n        "Flow.customerName" = "a"\n        "Flow.orderCount" = 2.5\n      }'
    assert [d["code"] for d in _found(tmp_path, members)] == ["FL204"]


def test_a_number_past_what_terraform_reads_is_unknown() -> None:
    (launch,) = terraform.extract(_action('      inputData = {\n        "Flow.orderCount" = 1e99999\n      }'))
    assert isinstance(launch.body["inputData"]["Flow.orderCount"], Unknown)  # never a 100,000-digit int


def test_inputs_encoded_twice_with_jsonencode_are_found(tmp_path: Path) -> None:
    """`inputData = jsonencode({…})` sends the inputs as one JSON string: FL105, as in a JSON body."""
    members = '      inputData = jsonencode({ "Flow.customerName" = "$${input.customerName}" })'
    (launch,) = terraform.extract(_action(members))
    assert isinstance(launch.body["inputData"], UnknownText)  # a string, its content known at apply time
    found = _found(tmp_path, members)
    assert [d["code"] for d in found] == ["FL105"] and found[0]["pointer"] == "/inputData"


def test_a_string_function_for_an_integer_input_is_a_string(tmp_path: Path) -> None:
    members = ('      inputData = {\n        "Flow.customerName" = "a"\n'
               '        "Flow.orderCount" = tostring(var.order_count)\n      }')
    found = _found(tmp_path, members)
    assert [d["code"] for d in found] == ["FL204"] and "Integer" in found[0]["message"]


def test_a_function_that_may_return_anything_is_not_judged(tmp_path: Path) -> None:
    members = ('      inputData = {\n        "Flow.customerName" = "a"\n'
               '        "Flow.orderCount" = try(tonumber(var.order_count), 0)\n      }')
    (launch,) = terraform.extract(_action(members))
    assert isinstance(launch.body["inputData"]["Flow.orderCount"], Unknown)  # reached: read, and unknown
    assert _found(tmp_path, members) == []


def test_a_string_function_as_the_flow_id_is_unknown_not_text() -> None:
    """In the envelope a function's string is unknown (its format, a UUID, is what is judged, and is not known)."""
    (launch,) = terraform.extract(_action("").replace(f'flowId = "{UUID}"', 'flowId = format("%s", var.flow_id)'))
    assert type(launch.body["flowId"]) is Unknown
