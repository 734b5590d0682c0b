"""The SDKs' launch called with its arguments in the wrong places: the call never sends the body it was meant to.

Python (PureCloudPlatformClientV2 269): `post_flows_executions(self, flow_launch_request, **kwargs)` rejects a second
positional argument, and any keyword but `flow_launch_request` and `callback` (its `all_params`), with a TypeError.
JavaScript (purecloud-platform-client-v2): `postFlowsExecutions(flowLaunchRequest, opts)` sends its first argument as
the body; the second is options (`customHeaders`), so a launch request written there is never sent."""

from __future__ import annotations

from pathlib import Path

from conftest import check_file

PY_HEAD = "import PureCloudPlatformClientV2\napi = PureCloudPlatformClientV2.ArchitectApi()\n"
JS_HEAD = 'const platformClient = require("purecloud-platform-client-v2");\nconst api = new platformClient.ArchitectApi();\n'


def test_python_launch_given_the_flow_id_and_the_body_raises_type_error(tmp_path: Path) -> None:
    text = PY_HEAD + ("def go(flow_id, case_id):\n    body = PureCloudPlatformClientV2.FlowExecutionLaunchRequest()\n"
                      "    body.input_data = {'Flow.caseId': case_id}\n    return api.post_flows_executions(flow_id, body)\n")
    (found,) = check_file(tmp_path, "a.py", text, contract_findings=False)
    assert (found["code"], found["line"]) == ("FL307", 6), found
    assert "TypeError" in found["message"] and "post_flows_executions(body)" in found["help"], found


def test_python_launch_called_as_the_sdk_takes_it_is_not_flagged(tmp_path: Path) -> None:
    for call in ("api.post_flows_executions(body)", "api.post_flows_executions(flow_launch_request=body)",
                 "api.post_flows_executions(body, callback=done)", "api.post_flows_executions(*parts)",
                 "api.post_flows_executions(body, **options)"):
        text = PY_HEAD + f"def go(flow_id, parts, options, done):\n    body = {{'flowId': flow_id}}\n    {call}\n"
        assert check_file(tmp_path, "a.py", text, contract_findings=False) == [], call


def test_js_launch_given_the_flow_id_and_the_body_second_is_said_at_the_call(tmp_path: Path) -> None:
    text = JS_HEAD + ("async function launch(flowId, caseId) {\n"
                      '  return api.postFlowsExecutions(flowId, { inputData: { "Flow.caseId": caseId } });\n}\n')
    (found,) = check_file(tmp_path, "a.js", text, contract_findings=False)
    assert (found["code"], found["line"]) == ("FL307", 4), found
    assert "never sent" in found["message"] and "`flowId`" in found["message"], found


def test_js_launch_with_options_second_or_a_spread_is_not_flagged(tmp_path: Path) -> None:
    for call in ('api.postFlowsExecutions({ flowId, inputData: {} }, { customHeaders: { "X-A": "1" } })',
                 "api.postFlowsExecutions(body)", "api.postFlowsExecutions(...args)",
                 "api.postFlowsExecutions(body, opts)"):
        text = JS_HEAD + f"async function launch(flowId, body, opts, args) {{\n  return {call};\n}}\n"
        assert check_file(tmp_path, "a.js", text, contract_findings=False) == [], call
