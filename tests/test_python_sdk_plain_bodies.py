"""The Python SDK's `post_flows_executions` given a dict or a JSON string instead of a FlowExecutionLaunchRequest.

Its ApiClient.sanitize_for_serialization returns a dict's items as they are and a str as it is, and its REST client
then sends `json.dumps(body)`: a dict goes as that JSON object (its keys as written), a str as a JSON string, encoded
a second time (not an object: the platform refuses it)."""

from __future__ import annotations

from pathlib import Path

from validator.core.unknown import Unknown
from validator.sources.extract import extract

from conftest import check_file

UUID = "3d5e7f90-1a2b-4c3d-8e9f-0a1b2c3d4e5f"
HEAD = "import json\nimport PureCloudPlatformClientV2\napi = PureCloudPlatformClientV2.ArchitectApi()\n"


def test_a_json_string_given_to_the_sdk_is_said_as_the_sdk_sends_it(tmp_path: Path) -> None:
    text = HEAD + f"body = {{'flowId': '{UUID}'}}\napi.post_flows_executions(json.dumps(body))\n"
    (found,) = check_file(tmp_path, "a.py", text, contract_findings=False)
    assert (found["code"], found["line"]) == ("FL003", 5)
    assert "json=" not in found["message"] + found["help"], found  # (no json= keyword in this call)
    assert "post_flows_executions" in found["message"] and found["help"].endswith("post_flows_executions(body)")


def test_a_dict_given_to_the_sdk_is_sent_as_written(tmp_path: Path) -> None:
    text = HEAD + f"api.post_flows_executions({{'flow_id': '{UUID}', 'inputData': {{}}, 'name': None}})\n"
    found = check_file(tmp_path, "a.py", text, contract_findings=False)
    # (its keys as written, not the model's; a None sent as null, as a dict keeps it)
    assert [(d["code"], d["pointer"]) for d in found] == [("FL102", "/flow_id"), ("FL107", "/name")]


def test_a_dict_the_sdk_is_given_of_values_not_known_stays_unknown(tmp_path: Path) -> None:
    text = HEAD + "def go(flow_id, inputs):\n    api.post_flows_executions({'flowId': flow_id, 'inputData': inputs})\n"
    (read,) = extract("python", text, "a.py")
    assert read.kind == "sdk" and set(read.body) == {"flowId", "inputData"} and isinstance(read.body["flowId"], Unknown)
    assert check_file(tmp_path, "a.py", text) == []
    text = HEAD + "def go(text):\n    api.post_flows_executions(text)\n"
    (read,) = extract("python", text, "a.py")
    assert read.kind == "sdk" and isinstance(read.body, Unknown)
    assert check_file(tmp_path, "a.py", text) == []
