"""FL203 without a contract: `Flow.` is put before a name only when the result is a variable's name; a key holding the
prefix after other text (` Flow.x`, `inputData.Flow.x`, `$Flow.x`, `Flow .x`) gets the name it holds, as a guess."""

from __future__ import annotations

import json
from typing import Any

import pytest

from conftest import check_text, flowlint

UUID = "00000000-0000-4000-8000-000000000000"  # no contract for it: the offline FL203


def prefix_finding(key: str) -> dict[str, Any]:
    found = [d for d in check_text(json.dumps({"flowId": UUID, "inputData": {key: "x"}})) if d["code"] == "FL203"]
    assert len(found) == 1, found  # reached: the key is judged
    return found[0]


@pytest.mark.parametrize("key", ["customerName", "flow_customerName", "FLOW-customerName",  # (flow.customerName: FL211)
                                 "client_ID2", "número"])
def test_a_plain_name_gets_the_prefix_safely(key: str) -> None:
    fix = prefix_finding(key)["fix"]
    assert fix["applicability"] == "safe"
    assert fix["message"].startswith("rename it `Flow.") and " " not in fix["message"].split("`")[1]


@pytest.mark.parametrize(("key", "meant"), [(" Flow.customerName", "Flow.customerName"),
                                            ("inputData.Flow.orderId", "Flow.orderId"), ("$Flow.vip", "Flow.vip"),
                                            ("Flow .region", "Flow.region"), ("\tflow. note\n", "Flow.note")])
def test_a_name_held_after_other_text_is_an_unsafe_guess(key: str, meant: str) -> None:
    finding = prefix_finding(key)
    assert "does not start with the `Flow.` prefix" in finding["message"]
    assert finding["fix"]["applicability"] == "unsafe" and f"rename it `{meant}`" in finding["fix"]["message"]


@pytest.mark.parametrize("key", ["customer name", "order-id", "customer.name", "1st"])
def test_no_name_to_prefix_is_help_only(key: str) -> None:
    finding = prefix_finding(key)
    assert finding["fix"] is None and "`Flow.` and the variable's name" in finding["help"]


def test_a_held_name_already_there_is_not_written_twice() -> None:
    found = check_text(json.dumps({"flowId": UUID, "inputData": {"$Flow.vip": 1, "Flow.vip": 2}}))
    finding = next(d for d in found if d["code"] == "FL203")
    assert finding["fix"] is None


def test_fix_writes_no_garbage_name(tmp_path: Any) -> None:
    body = tmp_path / "launch.json"
    text = json.dumps({"flowId": UUID, "inputData": {" Flow.customerName": "Ana", "customerId": "1"}}, indent=2)
    body.write_text(text)
    assert flowlint("check", "--no-cache", "--fix", str(body)).exit_code == 1  # the unsafe guess stays an error
    fixed = json.loads(body.read_text())["inputData"]
    assert fixed == {" Flow.customerName": "Ana", "Flow.customerId": "1"}
    flowlint("check", "--no-cache", "--fix", "--unsafe-fixes", str(body))
    assert json.loads(body.read_text())["inputData"] == {"Flow.customerName": "Ana", "Flow.customerId": "1"}
