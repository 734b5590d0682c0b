"""The launch body a workflow's test case sends (its `request`, beside the `expectedOutput` it expects back), a table of
such cases, and a launch kept with its reply (`{"request": …, "response": …}`) are judged where the body is written:
findings at the body's own members (FL101 for its `inputs`, FL203 for an unprefixed input), fixed by --fix in place;
what the record expects back is never read as inputs. A test record whose `request` is no workflow launch (a bot flow
session's, another program's members beside the flowId) or that holds no outputs keeps its one FL012 note."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from validator.sources import candidates, kinds

from conftest import UUID, diagnostics, flowlint

pytestmark = pytest.mark.usefixtures("in_tmp")

CASE = (
    "{\n"
    '  "description": "VIP order gets the follow-up call",\n'
    '  "request": {\n'
    f'    "flowId": "{UUID}",\n'
    '    "inputs": {"Flow.orderId": "1042"}\n'
    "  },\n"
    '  "expectedOutput": {"Flow.callPlaced": true, "Flow.reason": "vip"}\n'
    "}\n")
TABLE = [
    {"name": "vip", "request": {"flowId": UUID, "inputData": {"orderId": "1042"}}, "expected": {"Flow.callPlaced": True}},
    {"name": "plain", "request": {"flowId": UUID, "inputData": {"Flow.orderId": "1043"}}, "expected": {"Flow.x": False}},
]
CASE_YAML = (f"description: VIP order\nrequest:\n  flowId: {UUID}\n  inputData:\n    orderId: '1042'  # the order\n"
             "expectedOutput:\n  Flow.callPlaced: true\n")
EXCHANGE = {"request": {"flowId": UUID, "flowVersion": "1.0", "inputData": {"customerName": "x"}},
            "response": {"id": "exec-1", "selfUri": "/api/v2/flows/executions/exec-1"}}


def _at(found: list[dict[str, object]]) -> list[tuple[object, ...]]:
    """Where each finding is, but FL200's (no contract in the test's directory: the launch's inputs are judged by their
    prefix alone)."""
    return [(d["file"], d["code"], d["line"], d["pointer"]) for d in found if d["code"] != "FL200"]


def test_a_test_cases_request_is_judged_where_it_is_written() -> None:
    Path("case.json").write_text(CASE, encoding="utf-8")
    found = diagnostics("--no-cache", "case.json")
    assert _at(found) == [("case.json", "FL101", 5, "/inputs")], found  # not `description` nor `expectedOutput`
    moved = [d for d in found if d["code"] == "FL101"]
    assert "Flow.orderId" in str(moved[0]["help"]) and "callPlaced" not in json.dumps(found), found


def test_a_table_of_cases_and_a_yaml_case_are_fixed_in_place() -> None:
    Path("cases.json").write_text(json.dumps(TABLE, indent=1), encoding="utf-8")
    Path("case.yaml").write_text(CASE_YAML, encoding="utf-8")
    found = diagnostics("--no-cache", "cases.json", "case.yaml")
    assert _at(found) == [("cases.json", "FL203", 7, "/inputData/orderId"), ("case.yaml", "FL203", 5, "/inputData/orderId")]
    fixed = flowlint("check", "--no-cache", "--fix", "cases.json", "case.yaml")
    assert fixed.exit_code == 0, fixed.output
    table = json.loads(Path("cases.json").read_text(encoding="utf-8"))
    assert table[0]["request"]["inputData"] == {"Flow.orderId": "1042"} and table[1] == TABLE[1]
    assert table[0]["expected"] == TABLE[0]["expected"]
    assert Path("case.yaml").read_text(encoding="utf-8") == CASE_YAML.replace("    orderId:", "    Flow.orderId:")


def test_a_launch_kept_with_its_reply_is_judged_walked_too() -> None:
    Path("runs").mkdir()
    Path("runs/exchange.json").write_text(json.dumps(EXCHANGE), encoding="utf-8")
    found = diagnostics("--no-cache", ".")
    assert [(file, code, pointer) for file, code, _, pointer in _at(found)] == [
        ("runs/exchange.json", "FL203", "/inputData/customerName")], found


RECORDS_NOT_LAUNCHES = {
    # a bot flow session's request: another endpoint's body
    "bot.json": {"request": {"flow": {"id": UUID}, "externalSessionId": "web-1", "inputData": {"variables": {"Flow.a": "1"}}},
                 "expectedOutput": {"reply": "hi"}},
    # another program's members beside the flowId
    "callback.json": {"request": {"flowId": UUID, "priority": 5, "queueId": "q"}, "response": {"id": "x"}},
    # a request beside no outputs: a record or a setting, no test case
    "setting.json": {"description": "x", "request": {"flowId": UUID, "inputData": {"customerName": "x"}}},
    # the inputs beside the expected outputs, no request member: the test case F15 gave its note
    "inputs.json": {"inputData": {"Flow.customerName": 1}, "expectedOutput": {"Flow.y": 1}},
    # negative test cases: the body is wrong on purpose, the case expects the platform to refuse it (attack A7)
    "refused.json": {"request": {"flowId": UUID, "inputs": {"phone": "1"}}, "expected": {"status": 400, "code": "bad.request"}},
    "refused_status.json": {"request": {"flowId": UUID, "inputData": {"phone": "1"}}, "expectedStatus": 400,
                            "expectedOutput": {"message": "Invalid request body"}},
    "refused_code.json": {"request": {"flowId": UUID, "inputData": {"phone": "1"}},
                          "response": {"statusCode": "422", "body": {"message": "x"}}},
    "refused_error.json": {"request": {"flowId": UUID, "inputs": {"phone": "1"}}, "expected": {"error": "Invalid request body"}},
}


def test_test_records_that_send_no_workflow_launch_get_no_error() -> None:
    for name, value in RECORDS_NOT_LAUNCHES.items():
        Path(name).write_text(json.dumps(value), encoding="utf-8")
    named = diagnostics("--no-cache", *RECORDS_NOT_LAUNCHES)
    assert sorted((d["file"], d["code"], d["severity"]) for d in named) == sorted(
        (name, "FL012", "info") for name in RECORDS_NOT_LAUNCHES), named  # reached: each said not checked
    assert diagnostics("--no-cache", ".") == []
    assert all(candidates.record_launches(value) == [] for value in RECORDS_NOT_LAUNCHES.values())


def test_what_the_kind_test_takes_as_a_test_case() -> None:
    assert kinds.source_kind("case.json", CASE.encode()) == "saved-request"
    assert kinds.source_kind("case.yaml", CASE_YAML.encode()) == "saved-request"
    assert kinds.source_kind("cases.json", json.dumps(TABLE).encode()) == "saved-request"
    assert candidates.record_launches(TABLE) == [((0, "request"), TABLE[0]["request"]), ((1, "request"), TABLE[1]["request"])]
    # a table of cases holding one negative case: the others are judged, the refused one is not (attack A7)
    refused = {**TABLE[0], "expected": {"status": 400}}
    assert candidates.record_launches([refused, TABLE[1]]) == [((1, "request"), TABLE[1]["request"])]
    # a success status expected is no refusal, nor a flow's own output about errors: the case is judged
    unrefused: list[dict[str, object]] = [{"status": 200, "Flow.x": 1}, {"Flow.hasError": False, "Flow.errorText": "x"}, {"errors": []}]
    for expected in unrefused:
        assert candidates.record_launches({**TABLE[0], "expected": expected}) == [(("request",), TABLE[0]["request"])]
    assert candidates.record_launches({**TABLE[0], "expected": {"status": 200, "Flow.x": 1}}) == [(("request",), TABLE[0]["request"])]
    # a launch body holding a `request` member and a reply's name is a body, judged as one (FL101 there)
    body = {"flowId": UUID, "request": {"flowId": UUID}, "response": {"id": "x"}}
    assert kinds.source_kind("body.json", json.dumps(body).encode()) is None
