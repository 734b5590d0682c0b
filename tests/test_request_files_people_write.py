"""Request files as people write them: a README's curl in a fence that names no language is read; Genesys files
that are no launch (a notification event, Terraform's JSON syntax) never get an error, and a launch in a file
flowlint does not read is said to be unchecked, never passed in silence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import diagnostics, flowlint

UUID = "6f3c1d2e-8a4b-4c5d-9e6f-7a8b9c0d1e2f"  # no contract: the envelope is judged
API = "https://api.mypurecloud.com/api/v2/flows/executions"


@pytest.mark.parametrize("info", ["", "text", "terminal"])
def test_a_curl_session_in_a_fence_that_names_no_language_is_read(tmp_path: Path, info: str) -> None:
    (tmp_path / "README.md").write_text(f"# Launch\n\n```{info}\n$ curl -X POST {API} \\\n"
                                        f"    -d '{{\"flowId\": \"{UUID}\", \"type\": \"flow\"}}'\n```\n")
    found = diagnostics(str(tmp_path / "README.md"))
    assert sorted(d["code"] for d in found) == ["FL101", "FL200", "FL303"], found  # -d sends a form, `type` is no member


def test_a_fence_that_names_no_language_and_runs_no_curl_is_not_shell(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text(f"```\nThe log said: curl -X POST {API} -d '{{\"flowId\": \"{UUID}\", \"type\": 1}}'\n"
                                        "```\n")
    found = diagnostics(str(tmp_path / "README.md"))  # prose quoting a command: no line of it runs curl
    assert [(d["code"], d["severity"]) for d in found] == [("FL011", "info")], found  # said unread, not judged


NOTIFICATION = {"topicName": f"v2.flows.executions.{UUID}", "version": "2",
                "eventBody": {"id": "e1", "flowId": UUID, "status": "RUNNING", "type": "x"}, "metadata": {"CorrelationId": "c"}}
TERRAFORM_JSON = {"resource": {"genesyscloud_integration_action": {"launch": {
    "name": "Launch", "category": "c", "integration_id": "x", "contract_input": "{}", "contract_output": "{}",
    "config_request": [{"request_url_template": "/api/v2/flows/executions", "request_type": "POST",
                        "request_template": '{"flowId": "${input.flowId}", "type": 1}'}]}}}}


@pytest.mark.parametrize(("name", "value", "note"), [
    ("event.json", NOTIFICATION, "a Genesys Cloud notification event"),
    ("events.json", [NOTIFICATION, NOTIFICATION], "a Genesys Cloud notification event"),
    ("main.tf.json", {"resource": {"genesyscloud_user": {"u": {"name": "a"}}}}, "genesyscloud_integration_action"),
])
def test_a_genesys_file_that_is_no_launch_gets_a_note_never_an_error(tmp_path: Path, name: str, value: object,
                                                                        note: str) -> None:
    (tmp_path / name).write_text(json.dumps(value, indent=2))
    named = diagnostics(str(tmp_path / name))
    assert [d["code"] for d in named] == ["FL012"] and note in named[0]["message"], named
    assert flowlint("check", "--no-cache", str(tmp_path)).exit_code == 0  # walked: silent


def test_a_launch_in_terraform_json_is_checked(tmp_path: Path) -> None:
    (tmp_path / "main.tf.json").write_text(json.dumps(TERRAFORM_JSON, indent=2))
    for found in (diagnostics(str(tmp_path / "main.tf.json")), diagnostics(str(tmp_path))):
        assert [(d["code"], d["severity"]) for d in found] == [("FL101", "error")], found  # `type`; ${input.flowId} unknown


def test_a_body_holding_a_topic_name_is_still_judged(tmp_path: Path) -> None:
    """Only an event is none: a launch body with `topicName` among its members is a body (with a stray member); one
    whose flowId sits among keys of its own, not shaped as a launch, is judged as the walk judges it (FL012)."""
    (tmp_path / "body.json").write_text(json.dumps({"flowId": UUID, "inputData": {}, "topicName": "x", "eventBody": {}}))
    assert "FL102" in [d["code"] for d in diagnostics(str(tmp_path / "body.json"))]
    (tmp_path / "record.json").write_text(json.dumps({"flowId": UUID, "topicName": "x", "eventBody": {}}))
    assert [d["code"] for d in diagnostics(str(tmp_path / "record.json"))] == ["FL012"]
