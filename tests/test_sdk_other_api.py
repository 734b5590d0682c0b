"""The SDK's launch method called on another of its API classes (`PureCloudPlatformClientV2.FlowsApi()`, `new
platformClient.FlowsApi()`): only ArchitectApi has it, so the call raises (Python's AttributeError, JavaScript's
TypeError "not a function") and nothing is sent: FL307 says so (review F5, /tmp/s41/review/r/F5: it passed clean).
ArchitectApi's own call is read as before."""

from __future__ import annotations

from pathlib import Path

from conftest import check_file

FLOW = "770ea816-7ce7-4e44-ac49-b935fba7f268"


def test_python_another_api_class_has_no_launch_method(tmp_path: Path) -> None:
    text = ("import PureCloudPlatformClientV2\n\n\ndef launch():\n    api = PureCloudPlatformClientV2.FlowsApi()\n"
            f'    return api.post_flows_executions({{"flowId": "{FLOW}", "inputData": {{}}}})\n')
    found = check_file(tmp_path, "launch.py", text)
    assert [(d["code"], d["line"]) for d in found] == [("FL307", 6)] and "ArchitectApi" in found[0]["message"], found
    architect = text.replace("FlowsApi", "ArchitectApi")
    assert [d["code"] for d in check_file(tmp_path, "launch.py", architect)] == ["FL200"]  # (read, nothing wrong)


def test_javascript_another_api_class_has_no_launch_method(tmp_path: Path) -> None:
    text = ("const platformClient = require('purecloud-platform-client-v2');\nconst api = new platformClient.WorkflowsApi();\n"
            f"module.exports = () => api.postFlowsExecutions({{ flowId: '{FLOW}', inputData: {{}} }});\n")
    found = check_file(tmp_path, "launch.js", text)
    assert [(d["code"], d["line"]) for d in found] == [("FL307", 3)] and "WorkflowsApi" in found[0]["message"], found
    architect = text.replace("WorkflowsApi", "ArchitectApi")
    assert [d["code"] for d in check_file(tmp_path, "launch.js", architect)] == ["FL200"]
