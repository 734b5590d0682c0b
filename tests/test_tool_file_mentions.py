"""Another tool's JSON/YAML file that writes a launch in a value (a Gitpod task's or AppVeyor's command, an n8n node's
URL, a Logic App's Http action) was read as no launch body and passed with "no problems": now the
mention gets an FL011 note there, walked or named, saying why nothing was read. A value that only names the endpoint
in a file that sends nothing (a setting), a key (an OpenAPI path) and a comment say nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import diagnostics

pytestmark = pytest.mark.usefixtures("in_tmp")

URL = "https://api.mypurecloud.com/api/v2/flows/executions"
BODY = '{"flowId": "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90", "inputs": {"orderId": "1"}}'
CURL = f"curl -X POST {URL} -H 'Content-Type: application/json' -d '{BODY}'"
FILES = {
    # (a Taskfile's and a buildspec's commands are read since: tests/test_tool_file_commands.py; Cloud Build's steps
    # and VS Code's tasks: tests/test_tool_task_commands.py)
    ".gitpod.yml": f"tasks:\n  - name: launch\n    command: {json.dumps(CURL)}\n",
    "appveyor.yml": f"build_script:\n  - sh: {json.dumps(CURL)}\n",
    "n8n-workflow.json": json.dumps({"nodes": [{"type": "n8n-nodes-base.httpRequest", "parameters": {
        "method": "POST", "url": URL, "jsonBody": BODY}}]}, indent=1),
    "logicapp.json": json.dumps({"definition": {"actions": {"Launch": {"type": "Http", "inputs": {
        "method": "POST", "uri": URL, "body": json.loads(BODY)}}}}}, indent=1),
    # no flowId in the file (its body is another file's): not even a candidate body, still said
    "lefthook.yml": f"pre-push:\n  commands:\n    launch:\n      run: curl -X POST {URL} -d @body.json\n",
}


@pytest.mark.parametrize("name", sorted(FILES))
def test_a_launch_in_another_tools_json_or_yaml_is_said_walked_or_named(tmp_path: Path, name: str) -> None:
    text = FILES[name]
    (tmp_path / name).write_text(text, encoding="utf-8")
    for args in ((name,), (".",)):
        found = diagnostics("--no-cache", *args)
        assert [(d["file"], d["code"], d["severity"]) for d in found] == [(name, "FL011", "info")], (args, found)
        line = text.splitlines()[found[0]["line"] - 1]
        assert line[found[0]["column"] - 1:].startswith("flows/executions")
        assert "values is not read" in found[0]["message"]


SILENT = {
    # a setting naming the endpoint, in a file that sends nothing: the code reading it sends the launch
    "appsettings.json": json.dumps({"Genesys": {"LaunchUrl": URL, "FlowId": "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90"}}),
    # a key, not a request: an API description's path
    "api.yaml": "paths:\n  /api/v2/flows/executions:\n    post:\n      summary: Launch\n      x-flowId: 1\n",
    # a comment
    "tools.yml": f"tasks:\n  launch:\n    # POST {URL} is sent by the app\n    cmds: [make run]\n    flowId: x\n",
}


@pytest.mark.parametrize("name", sorted(SILENT))
def test_a_setting_a_key_or_a_comment_naming_the_endpoint_is_no_launch(tmp_path: Path, name: str) -> None:
    (tmp_path / name).write_text(SILENT[name], encoding="utf-8")
    assert "flows/executions" in SILENT[name]
    assert [d["code"] for d in diagnostics("--no-cache", "-v", ".")] in ([], ["FL012"])
    assert [d["code"] for d in diagnostics("--no-cache", name)] == ["FL012"]
