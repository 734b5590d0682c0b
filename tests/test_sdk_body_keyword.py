"""PureCloudPlatformClientV2's launch takes the request as `flow_launch_request`, never `body`: every release that has
post_flows_executions (88.0.0, its first, through 269.0.0, read from each generated architect_api.py) defines
`post_flows_executions(self, flow_launch_request, **kwargs)` with all_params ['flow_launch_request'] (+ 'callback').
`post_flows_executions(body=…)` raises TypeError (flow_launch_request missing) and sends nothing: FL307 (sdk-arguments) with Python's
own words; a keyword beside the request that is not the SDK's raises its own TypeError ("Got an unexpected keyword
argument …"). A `**splat` (keywords not known), a file with its own post_flows_executions, or no SDK import: nothing."""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest

from conftest import check_file, genesys_sdk

PY_HEAD = "import PureCloudPlatformClientV2\napi = PureCloudPlatformClientV2.ArchitectApi()\n"


def test_the_installed_sdk_names_it_flow_launch_request() -> None:
    sdk = genesys_sdk()
    ApiClient, ArchitectApi = sdk.ApiClient, sdk.ArchitectApi

    assert list(inspect.signature(ArchitectApi.post_flows_executions).parameters)[:2] == ["self", "flow_launch_request"]
    with pytest.raises(TypeError, match="missing 1 required positional argument: 'flow_launch_request'"):
        ArchitectApi(ApiClient()).post_flows_executions(body={"flowId": "x"})  # raises before anything is sent
    with pytest.raises(TypeError, match="Got an unexpected keyword argument 'body' to method post_flows_executions"):
        ArchitectApi(ApiClient()).post_flows_executions({"flowId": "x"}, body={"flowId": "x"})


def test_body_keyword_raises_type_error(tmp_path: Path) -> None:
    text = PY_HEAD + "def go(flow_id):\n    return api.post_flows_executions(body={'flowId': flow_id})\n"
    (found,) = check_file(tmp_path, "a.py", text, contract_findings=False)
    assert (found["code"], found["line"], found["severity"]) == ("FL307", 4, "error"), found
    assert "missing 1 required positional argument: 'flow_launch_request'" in found["message"], found
    assert "post_flows_executions(body)" in found["help"] and "flow_launch_request=" in found["help"], found


def test_a_keyword_beside_the_request_is_said_in_the_sdk_s_words(tmp_path: Path) -> None:
    text = PY_HEAD + "def go(body, flow_id):\n    return api.post_flows_executions(body, flow_id=flow_id)\n"
    (found,) = check_file(tmp_path, "a.py", text, contract_findings=False)
    assert found["code"] == "FL307" and "Got an unexpected keyword argument 'flow_id'" in found["message"], found


@pytest.mark.parametrize("text", [
    PY_HEAD + "def go(options, body):\n    return api.post_flows_executions(body=body, **options)\n",
    PY_HEAD + "def go(body, done):\n    return api.post_flows_executions(flow_launch_request=body, callback=done)\n",
    "class Api:\n    def post_flows_executions(self, body):\n        return body\n\ndef go(b):\n"
    "    return Api().post_flows_executions(body=b)\n",
    "import requests\ndef go(client, b):\n    return client.post_flows_executions(body=b)\n"])
def test_no_finding_where_the_call_may_be_right(tmp_path: Path, text: str) -> None:
    assert [d["code"] for d in check_file(tmp_path, "a.py", text, contract_findings=False)
            if d["code"] == "FL307"] == []
