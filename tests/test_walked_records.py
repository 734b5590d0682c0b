"""A walked JSON/YAML file holding a flowId among keys of its own is a record or a setting, not a launch body.

A flow instance as GET /api/v2/flows/executions/{id} returns it, a callback's settings, an Ansible vars file and a
list of test cases all name `flowId`; judged as bodies they got FL102/FL003 errors, and --fix renamed an app's
`FlowId` setting. A file is judged only when it is shaped as a launch (however wrongly); named, any other gets one FL012
note unless something besides its flowId says it is a launch.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from validator.sources.candidates import launch_key_depth

from conftest import UUID2, flowlint

FLOW_INSTANCE = {"id": "i-1", "flowId": UUID2, "flowName": "Callback scheduler", "flowVersion": "1.0",
                 "flowType": "WORKFLOW", "startDateTime": "2026-01-01T00:00:00Z", "endDateTime": "2026-01-01T00:00:05Z",
                 "selfUri": "/api/v2/flows/instances/i-1"}
RECORDS = {
    "flow-instance.json": json.dumps(FLOW_INSTANCE),
    "callback-config.json": json.dumps({"flowId": UUID2, "queueId": "q-1", "wrapupCode": "w-1",
                                        "environment": "mypurecloud.com"}),
    "settings.json": json.dumps({"FlowId": UUID2, "QueueId": "q", "Region": "eu-west-1"}, indent=2),
    "group_vars/all.yml": f"genesys_region: mypurecloud.com\nflowId: {UUID2}\nqueue_name: Support\n",
    "config/callback.json": json.dumps({"callback": {"flowId": UUID2, "queueId": "q-1", "wrapupCode": "w-1"}}),
    "tests/launch-cases.json": json.dumps([{"flowId": UUID2, "inputData": {"Flow.phoneNumber": "1"}, "expect": "ok"},
                                           {"flowId": UUID2, "inputData": {"Flow.phoneNumber": "2"}, "expect": "ok"}]),
    "roles/gc/tasks/main.yml": "- name: Launch\n  ansible.builtin.uri:\n    method: POST\n    body:\n"
                               f"      flowId: \"{UUID2}\"\n      inputs:\n        phoneNumber: \"1\"\n",
}
#: The real mistakes of public answers, walked: each is still judged (and found wrong).
MISTAKES = {
    "inputs.json": {"flowId": UUID2, "inputs": {"customerName": "Ana"}},
    "data-envelope.json": {"flowId": UUID2, "data": {"Flow.customerName": "Ana"}},
    "wrapped.json": {"data": {"flowId": UUID2, "inputData": {"Flow.customerName": "Ana"}}},
    "type-configuration.json": {"type": "flow", "configuration": {"flowId": UUID2, "parameters": {"contactId": "c"}}},
    "flat-inputs.json": {"flowId": UUID2, "Flow.customerName": "Ana", "Flow.orderCount": 3},
    "misspelt.json": {"flowId": UUID2, "inputDta": {"Flow.customerName": "Ana"}, "flowVerison": "1.0"},
    "one-stray-member.json": {"flowId": UUID2, "inputData": {"Flow.customerName": "Ana"}, "callbackNumber": "1"},
    "batch.json": [{"flowId": UUID2, "inputData": {"Flow.customerName": "A"}},
                   {"flowId": UUID2, "inputData": {"Flow.customerName": "B"}}],
}


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for relative, text in RECORDS.items():
        path = tmp_path / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def findings(*args: str) -> tuple[int, dict[str, list[str]]]:
    result = flowlint("check", "--no-cache", "--format", "json", *args)
    by_file: dict[str, list[str]] = {}
    for diagnostic in json.loads(result.stdout)["diagnostics"]:
        by_file.setdefault(Path(diagnostic["file"]).as_posix(), []).append(diagnostic["code"])
    return result.exit_code, by_file


def test_walked_records_and_settings_holding_a_flow_id_are_no_payloads(repo: Path) -> None:
    (repo / "body.json").write_text(json.dumps({"flowId": UUID2, "type": "flow"}))
    exit_code, found = findings(".")
    assert list(found) == ["body.json"]  # the walk reached the tree: the body beside the records is judged
    assert exit_code == 1


def test_fixing_a_walked_tree_leaves_the_records_alone(repo: Path) -> None:
    before = {relative: (repo / relative).read_bytes() for relative in RECORDS}
    result = flowlint("check", "--no-cache", "--fix", "--unsafe-fixes", ".")
    assert result.exit_code == 0, result.output
    assert {relative: (repo / relative).read_bytes() for relative in RECORDS} == before


@pytest.mark.parametrize("name", ["flow-instance.json", "callback-config.json", "settings.json", "tests/launch-cases.json"])
def test_a_named_record_is_judged_as_the_walk_judges_it(repo: Path, name: str) -> None:
    # Named (pre-commit, an editor, `flowlint check FILE`), a record holding a flowId among keys of its own gets the
    # one FL012 note saying why it is not checked, never an error per key it holds (review A, issue 15).
    exit_code, found = findings(name)
    assert exit_code == 0 and found == {name: ["FL012"]}, found


#: Genesys Cloud request bodies of other endpoints that name a flowId: no launch (review A, issue 15).
OTHER_ENDPOINTS = {
    "create-email.json": {"flowId": UUID2, "provider": "PureCloud Email", "toAddress": "support@example.com",
                          "toName": "Support", "fromAddress": "customer@example.com", "fromName": "Customer",
                          "subject": "Order 1042", "direction": "INBOUND", "htmlBody": "<p>Where is my order?</p>"},
    "outbound-call.json": {"callFromQueueId": "q-1", "phoneNumber": "+3531234567", "flowId": UUID2, "priority": 5},
}


def test_another_endpoints_body_named_gets_a_note_not_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in OTHER_ENDPOINTS.items():
        (tmp_path / name).write_text(json.dumps(value, indent=2), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "body.json").write_text(json.dumps({"flowId": UUID2, "inputData": {"Flow.a": "1"}, "stray": 1}))
    exit_code, found = findings(*OTHER_ENDPOINTS, "body.json")
    assert {name: found.get(name) for name in OTHER_ENDPOINTS} == {name: ["FL012"] for name in OTHER_ENDPOINTS}, found
    assert "FL102" in found["body.json"] and exit_code == 1  # a launch with a stray member is still judged


#: Inputs written beside the flowId, however many: nothing but the flowId says launch (reviewer C 8: the first got
#: FL102 and the second the FL012 note, a cutoff on a count of keys).
BESIDE: dict[str, dict[str, object]] = {"one.json": {"flowId": UUID2, "orderId": "1"},
                                        "two.json": {"flowId": UUID2, "orderId": "1", "priority": 2}}
#: What says launch without a contract: a `Flow.` key, an inputs container, a misspelt inputData, the file's name.
EVIDENT: dict[str, dict[str, object]] = {
    "prefixed.json": {"flowId": UUID2, "Flow.orderId": "1", "priority": 2, "queueId": "q"},
    "inputs.json": {"flowId": UUID2, "inputs": {"orderId": "1"}, "priority": 2, "queueId": "q"},
    "misspelt.json": {"flowId": UUID2, "input_data": {"Flow.orderId": "1"}, "priority": 2, "queueId": "q"},
    "wrapped.json": {"flowId": UUID2, "payload": {"Flow.orderId": "1"}, "priority": 2, "queueId": "q"},
    "launch-request.json": {"flowId": UUID2, "orderId": "1", "priority": 2},
    "launch-payload.json": {"flowId": UUID2, "orderId": "1", "priority": 2},
}
#: The platform's objects holding a flowId (the Python SDK's models: a secure session's body, an inactivity timeout's
#: settings, an inbound message's body, a flow execution's analytics record), and a launch's record by its name.
PLATFORM: dict[str, dict[str, object]] = {
    "secure-session.json": {"sourceParticipantId": "p-1", "flowId": UUID2, "userData": "orderId=1", "disconnect": False},
    "inactivity.json": {"timeoutSeconds": 300, "actionType": "ExecuteFlow", "flowId": UUID2},
    "message.json": {"queueId": "q-1", "flowId": UUID2, "provider": "Acme", "priority": 5, "attributes": {"orderId": "1"},
                     "toAddress": "+15551234567", "fromAddress": "+15557654321"},
    "flow-execution.json": {"id": "e-1", "name": "Order", "startDateTime": "2026-01-01T00:00:00Z", "endDateTime": None,
                            "flowId": UUID2, "flowVersion": "3.0", "conversationId": "c-1", "workitemId": None,
                            "flowType": "WORKFLOW", "flowErrorReason": None, "flowWarningReason": None,
                            "flowName": "Order", "selfUri": "/api/v2/analytics/flowexecutions/e-1"},
    "launch-response.json": {"flowId": UUID2, "orderId": "1", "executionId": "e-1"},
    "launch-config.json": {"flowId": UUID2, "region": "eu-west-1", "clientId": "c-1"},  # an app's settings
    "run-log.json": {"flowId": UUID2, "executionId": "e-1", "outputData": {"Flow.result": "ok"}, "at": "2026-01-01"},
    "form.json": {"flowId": UUID2, "inputDate": "2026-01-01", "clerk": "Ana", "desk": 4},  # a date: no inputData
    # (reviewer C 2: each got FL102) a run's record under an inputs name, and "launch" in a name that is no body's: a
    # schedule's, a dated log entry's, a directory's
    "execution-event.json": {"flowId": UUID2, "conversationId": "c-1",
                             "flowExecution": {"id": "e1", "status": "COMPLETED", "dateLaunched": "2026-03-01T10:00:00Z"}},
    "launch-schedule.json": {"flowId": UUID2, "cron": "0 6 * * *", "timezone": "Europe/Paris"},
    "launches/2026-03-01.json": {"flowId": UUID2, "startedAt": "2026-03-01T10:00:00Z", "status": "RUNNING"},
    "campaign/launch/settings.json": {"flowId": UUID2, "queueId": "q-1", "startDate": "2026-04-01"},
}


def _write_all(root: Path, files: dict[str, dict[str, object]]) -> list[str]:
    for name, value in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(json.dumps(value), encoding="utf-8")
    return list(files)


def test_a_named_record_is_judged_as_a_launch_on_evidence_not_on_a_count(tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    names = _write_all(tmp_path, {**BESIDE, **EVIDENT, **PLATFORM})
    _, found = findings(*names)
    assert {name: found.get(name) for name in [*BESIDE, *PLATFORM]} == {name: ["FL012"] for name in [*BESIDE, *PLATFORM]}
    for name in EVIDENT:  # something besides the flowId says launch: judged, the inputs' errors said
        assert "FL012" not in found[name] and {"FL101", "FL102"} & set(found[name]), (name, found)
    # walked: judged on what its content says, never on its name alone (`launch.json` may be an app's settings) nor on
    # an `inputs` object of unprefixed names (a scheduler's settings that builds a launch)
    assert set(findings(".")[1]) == {"prefixed.json", "misspelt.json", "wrapped.json"}
    # the flow's contract declares orderId: a key beside the flowId is one of its inputs, so both are launches
    store = tmp_path / ".flowlint" / "flows"
    store.mkdir(parents=True)
    (store / f"{UUID2}.json").write_text(json.dumps({"flowId": UUID2, "inputSchema": {
        "type": "object", "properties": {"Flow.orderId": {"type": "string"}, "Flow.priority": {"type": "integer"}}}}))
    exit_code, found = findings(*BESIDE, *PLATFORM)
    assert exit_code == 1 and {name: found[name] for name in BESIDE} == {"one.json": ["FL102"],
                                                                         "two.json": ["FL102", "FL102"]}, found
    # the platform's objects keep their note, though they hold a priority or an orderId the flow declares too
    assert {name: found.get(name) for name in PLATFORM} == {name: ["FL012"] for name in PLATFORM}, found
    # walked, the same: each key beside its flowId an input the flow declares (the platform's objects passed by)
    assert set(findings(".")[1]) == {*BESIDE, *EVIDENT} - {"inputs.json"}


@pytest.mark.parametrize("name", sorted(MISTAKES))
def test_a_walked_body_of_a_known_wrong_shape_is_still_judged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                              name: str) -> None:
    (tmp_path / "payloads").mkdir()
    (tmp_path / "payloads" / name).write_text(json.dumps(MISTAKES[name]), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    exit_code, found = findings(".")
    assert exit_code == 1, found
    assert [code for code in found[f"payloads/{name}"] if code != "FL200"]


@pytest.mark.parametrize(("value", "depth"), [
    (FLOW_INSTANCE, "record"),
    ({"flowId": UUID2, "queueId": "q"}, "record"),  # as many other keys as launch ones: not mostly a launch
    # `name` is a queue's or a callback's word too: no launch on a count of one launch key against one other
    ({"flowId": UUID2, "name": "n", "queueId": "q"}, "record"),
    ({"flowId": UUID2, "flowVersion": "2", "name": "n", "customerName": "c"}, "shallow"),
    ({"flow_id": UUID2, "FlowVersion": "3.0", "inputdata": {}}, "shallow"),
    ({"launch": {"flowId": UUID2, "inputData": {}}}, "shallow"),
    ({"callback": {"flowId": UUID2, "queueId": "q", "skill": "s"}}, "record"),
    ([{"flowId": UUID2}], "shallow"),
    ([{"flowId": UUID2, "expect": "ok"}], "record"),
    ([{"flowId": UUID2}, "text"], "record"),
    ([], "record"),
    ("a JSON string", "shallow"),
    ({"logging": {"level": "info"}, "genesys": {"flowId": UUID2}}, "sections"),
])
def test_launch_key_depth_tells_a_body_from_a_record(value: object, depth: str) -> None:
    assert launch_key_depth(value) == depth
