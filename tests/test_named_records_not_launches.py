"""A JSON/YAML file named on the command line (pre-commit names every changed file) that names no launch key is judged
as a launch written wrong only when it names its flow or is shaped as a launch: `name`, `version`, `id` and `type` are
any record's keys, so a Genesys object kept as JSON (a campaign, a contact list, a call analysis response set, a
trigger), an accelerator's or an extension's manifest, the CLI's example bodies, an app's config or a source map gets
one FL012 note, not an FL102 per key. A launch written wrong without a launch key (`flowName`, `workflow`, a `data`
envelope, `inputs`, a `type` saying flow, a misspelt member) keeps its errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from validator.sources import candidates

from conftest import UUID, diagnostics

pytestmark = pytest.mark.usefixtures("in_tmp")

#: Shaped as the files of public Genesys repositories that got FL102/FL103 errors when named (their keys kept).
RECORDS: dict[str, object] = {
    # GenesysCloudBlueprints/automated-callback-blueprint: the outbound objects a PowerShell script creates
    "outbound/campaign.json": {"name": "Proactive callbacks", "contactList": {"id": "<contactListId>"},
                               "dialingMode": "agentless", "edgeGroup": {"id": "<edgeGroupId>"}, "campaignStatus": "on",
                               "phoneColumns": [{"columnName": "phone", "type": "Cell"}], "callerName": "<callerIdName>",
                               "outboundLineCount": 1, "alwaysRunning": True},
    "outbound/contactList.json": {"name": "Proactive callbacks", "columnNames": ["phone", "name"],
                                  "phoneColumns": [{"columnName": "phone", "type": "cell"}]},
    "outbound/callAnalysisResponse.json": {"name": "Proactive callback", "responses": {
        "disposition.classification.callable.person": {"data": "<connectId>", "name": "connect",
                                                       "reactionType": "transfer_flow"}}, "beepDetectionEnabled": False},
    # an accelerator's manifest (GenesysCloudDevOps modules), a Claude extension's manifest.json
    "accelerator.json": {"id": UUID, "name": "Disconnect Callback Data Action Module", "description": "A module",
                         "origin": "genesys", "type": "module", "tags": ["Conversations"], "permissions": ["x:y:z"]},
    "manifest.json": {"manifest_version": "0.2", "name": "Genesys Cloud MCP Server", "version": "1.0.3",
                      "description": "Platform API", "server": {"type": "node", "entry_point": "dist/index.js"},
                      "tools": [{"name": "search_queues", "description": "Searches queues"}]},
    # the Genesys CLI's example bodies, a subscription's list of topics
    "example-json/update-user.json": {"version": 1, "name": "Amy Adams031", "email": "amy@example.com"},
    "example-json/create-subscription.json": [{"id": f"v2.users.{UUID}.activity"}],
    # a Salesforce Marketing Cloud custom activity's config.json
    "sfmc/config.json": {"workflowApiVersion": "1.1", "metaData": {"icon": "icon.png"}, "type": "REST",
                         "arguments": {"execute": {"inArguments": [{"phone": "{{Event.Phone}}"}], "verb": "POST"}},
                         "configurationArguments": {"save": {"url": "https://example.com/save"}},
                         "wizardSteps": [{"label": "Configure", "key": "step1"}]},
    # a platform record (an export or an answer): a flow's own, type WORKFLOW and all
    "export/flow.json": {"id": UUID, "name": "Order follow-up", "type": "WORKFLOW", "selfUri": f"/api/v2/flows/{UUID}"},
    # a process automation trigger, a wrap-up code, a source map
    "export/trigger.yaml": "name: Callback trigger\ntopicName: v2.detail.events.conversation.{id}.customer.end\n"
                           "target:\n  id: " + UUID + "\n  type: Workflow\nenabled: true\neventTTLSeconds: 60\n",
    "export/wrapup.json": {"name": "Resolved"},
    "static/app.js.map": {"version": 3, "sources": ["app.ts"], "names": ["launch"], "mappings": "AAAA", "file": "app.js"},
    # a flow named by a platform's reference object (an SMS recipient's export), locales' labels, a flag
    "export/recipient.json": {"name": "+15551234567", "flow": {"id": UUID, "name": "Inbound SMS"}, "messengerType": "sms",
                              "dateCreated": "2024-01-01T00:00:00Z"},
    "locales/en.json": {"flow": "Flow", "workflow": "Workflow", "flowName": "Flow name", "submit": "Submit"},
    "locales/fr.json": {"flow": "Flux", "workflow": "Flux de travail", "flowName": "Nom du flux", "submit": "Envoyer"},
    "settings.json": {"workflow": True, "name": "exporter", "retries": 3},
    # GenesysCloud-API-Explorer_v3's tests/fixtures/insightpacks/<sha256>.json: a cached reply, a user's id and name
    "insightpacks/95fc657d.json": {"id": "user-1", "name": "Test User"},
}
#: Launches written wrong that name no launch key (a flow under another name, a wrapper of inputs): judged.
WRITTEN_WRONG: dict[str, object] = {
    "wrong/data_envelope.json": {"data": {"customerName": "John"}},
    "wrong/parameters.json": {"name": "Callback", "version": "3.0", "parameters": {"customerName": "Jane"}},
    "wrong/inputs.yaml": "name: Callback\ninputs: Jane\n",
    "wrong/type_workflow.json": {"type": "workflow", "data": {"customerName": "Jane"}},
    "wrong/misspelt.json": {"flowVersoin": "3.0", "customerName": "Jane"},
    "wrong/workflow_name.json": {"workflowName": "Customer Callback", "customerName": "Jane", "phone": "+15551234567"},
    "wrong/batch.json": [{"flowName": "Customer Callback", "customerName": "Jane"}],
    "wrong/id_only.json": {"id": "my-flow"},
    "wrong/id_name.json": {"id": UUID, "name": "Callback"},  # an id that may be the flow's, beside a name
    "wrong/id_placeholder.json": {"id": "{{flowId}}", "name": "Callback", "version": "3.0"},
    "wrong/uuid.json": {"name": "Callback", "flow": UUID},
    "wrong/flow_object.json": {"flow": {"id": UUID}, "data": {"customerName": "Jane"}},
}
NOTE = "it names no flow and no launch key, and is not shaped as a launch"


def _write(files: dict[str, object]) -> list[str]:
    for name, content in files.items():
        Path(name).parent.mkdir(parents=True, exist_ok=True)
        Path(name).write_text(content if isinstance(content, str) else json.dumps(content, indent=2), encoding="utf-8")
    return sorted(files)


def test_a_named_record_that_names_no_flow_gets_one_note() -> None:
    found = diagnostics("--no-cache", *_write(RECORDS))
    by_file = {name: [(d["code"], d["severity"]) for d in found if d["file"] == name] for name in RECORDS}
    assert by_file == {name: [("FL012", "info")] for name in RECORDS}, found
    notes = {d["file"]: d["message"] for d in found}
    assert all(NOTE in notes[name] for name in RECORDS if not name.startswith("export/flow")), notes
    assert [d for d in diagnostics("--no-cache", "--allow-no-files", ".") if d["severity"] != "info"] == []  # walked


def test_a_launch_written_wrong_without_a_launch_key_keeps_its_errors() -> None:
    found = diagnostics("--no-cache", *_write(WRITTEN_WRONG))
    for name in WRITTEN_WRONG:
        mine = [d for d in found if d["file"] == name]
        assert any(d["code"] in ("FL003", "FL102", "FL103") and d["severity"] == "error" for d in mine), (name, found)
        assert "FL012" not in [d["code"] for d in mine], (name, found)


def test_a_list_of_references_is_no_batch_of_launches() -> None:
    assert candidates.launch_key_depth([{"id": UUID}, {"id": "x"}]) == "none"  # reached: no launch key in the list
    assert candidates.names_no_launch([{"id": UUID}, {"id": "x"}])
    assert not candidates.names_no_launch([{"id": "x"}, {"workflow": "Customer Callback"}])
    assert not candidates.names_no_launch({"id": 42})  # alone, an `id` may be the flow's ID misnamed: judged
    assert candidates.launch_key_depth([{"a": 1}, {"b": {"flowId": UUID}}]) == "record"  # a launch key one level down


def test_a_named_output_of_several_json_values_none_a_launch_gets_one_note() -> None:
    output = ('"--- OVERALL CUSTOMER COUNT ---"\n{\n  "regions": [{"id": "ca-central-1", "organizationCounts": {"app": 2}}]\n}\n'
              f'"--- CUSTOMER FROM REGION ca-central-1 ---"\n{{"organizations": [{{"orgId": "{UUID}", "orgName": "First"}}]}}\n')
    Path("usage/result.json").parent.mkdir(parents=True, exist_ok=True)
    Path("usage/result.json").write_text(output, encoding="utf-8")
    found = diagnostics("--no-cache", "usage/result.json")
    assert [(d["code"], d["severity"]) for d in found] == [("FL012", "info")], found
    assert "4 JSON values one after another" in found[0]["message"]
    # bodies one after another, or a value that may be a launch written wrong, keep the FL001 the endpoint gives them
    Path("two.json").write_text(f'{{"flowId": "{UUID}"}}\n{{"flowId": "{UUID}"}}\n', encoding="utf-8")
    Path("log.json").write_text('"sent:"\n{"data": {"customerName": "Jane"}}\n', encoding="utf-8")
    assert sorted((d["file"], d["code"]) for d in diagnostics("--no-cache", "two.json", "log.json")) == [
        ("log.json", "FL001"), ("two.json", "FL001")]


def test_a_long_named_list_of_records_is_told_as_a_short_one_is() -> None:
    # A contact list's 10,001 rows: a short list of the same rows gets one note, so the long one must too (every row
    # is looked at; the look is linear), and a long batch of launch bodies keeps its FL003 error.
    rows = [{"customerName": f"a{index}", "addressLine": "x"} for index in range(10_001)]
    Path("contacts.json").write_text(json.dumps(rows), encoding="utf-8")
    Path("batch.json").write_text(json.dumps([{"flowId": UUID, "inputData": {"customerName": "a"}}] * 10_001),
                                  encoding="utf-8")
    found = sorted(diagnostics("--no-cache", "contacts.json", "batch.json"), key=lambda d: str(d["file"]))
    assert [(d["file"], d["code"], d["severity"]) for d in found] == [
        ("batch.json", "FL003", "error"), ("contacts.json", "FL012", "info")], found
    assert NOTE in found[1]["message"]


def test_a_named_json_with_comments_that_names_no_launch_gets_a_note() -> None:
    # quick-hits-javascript's sample replies (`// >> START step-7` then JSON): named by pre-commit, each was FL001
    # "JSON has no comments", an error on a Genesys file that is no launch. A launch body with a comment keeps it.
    Path("results.json").write_text('// >> START query-step-7\n{"results": [{"group": {"mediaType": "chat"}, '
                                    '"data": [{"interval": "2016"}]}]}\n// >> END query-step-7\n', encoding="utf-8")
    Path("launch.json").write_text(f'// the callback\n{{"flowId": "{UUID}", "inputData": {{}}}}\n', encoding="utf-8")
    found = sorted(diagnostics("--no-cache", "results.json", "launch.json"), key=lambda d: str(d["file"]))
    assert [(d["file"], d["code"], d["severity"]) for d in found] == [
        ("launch.json", "FL001", "error"), ("results.json", "FL012", "info")], found
    assert "JSON with comments" in found[1]["message"]
    Path("result.json").write_text('// >> START usage-step-5\n"--- COUNT ---"\n{"regions": [{"id": "ca-central-1"}]}\n'
                                   '// >> END usage-step-5\n', encoding="utf-8")  # a program's output, with markers
    assert [(d["code"], d["severity"]) for d in diagnostics("--no-cache", "result.json")] == [("FL012", "info")]


#: quick-hits-javascript's analytics/voice-transcript/transcript.json, cut down: a snippet's markers around a transcript
#: whose participants name the IVR's flowId, and a trailing comma beyond the comments (line 5; JSON stops at line 6).
TRANSCRIPT = ('// >> START voice-transcript-step-9\n{\n  "conversationId": "c-1",\n  "transcripts": [{"phrases": [\n'
              '    {"text": "hello"},\n  ]}],\n  "participants": [\n    {"participantPurpose": "customer", "queueId": "q-1"},\n'
              f'    {{"participantPurpose": "ivr", "flowId": "{UUID}", "divisionId": "d-1"}}\n  ]\n}}\n'
              '// >> END voice-transcript-step-9\n')


def test_a_named_broken_file_whose_flow_id_is_buried_gets_a_note_saying_where_it_breaks() -> None:
    # Named by pre-commit, it got FL001 "JSON has no comments", an error on a Genesys reply that is no launch: its only
    # flowId sits in a list of participants, where no body's does. It is judged as a walk judges it, one note saying
    # where it stops parsing; a broken body whose flowId is at its top keeps its FL001, and so does a buried one's
    # YAML twin when it parses.
    Path("transcript.json").write_text(TRANSCRIPT, encoding="utf-8")
    Path("config.yaml").write_text(f"app:\n  genesys:\n    target:\n      flowId: {UUID}\n  hosts: [unclosed\n",
                                   encoding="utf-8")
    Path("body.json").write_text(f'{{"flowId": "{UUID}", "inputData": {{"Flow.customerName": "Jane"}},}}\n',
                                 encoding="utf-8")
    found = {d["file"]: d for d in diagnostics("--no-cache", "transcript.json", "config.yaml", "body.json")
             if d["code"] != "FL200"}
    assert {name: (d["code"], d["severity"]) for name, d in found.items()} == {
        "transcript.json": ("FL012", "info"), "config.yaml": ("FL012", "info"), "body.json": ("FL001", "error")}, found
    assert "does not parse as JSON beyond its comments (line 6, column 3)" in found["transcript.json"]["message"]
    assert "two or more levels deep" in found["config.yaml"]["message"]
