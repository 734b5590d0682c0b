"""File-level evidence of Genesys Cloud (its SDK imported) does not make a launch of a call that itself says it is another
API's: a relative /flows/executions on a client with its own base URL that names no Genesys, and a body with members no
launch has. Such a call is said (FL011 with --verbose), never judged."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import check_file

BRIDGE = """\
import platformClient from 'purecloud-platform-client-v2';
import axios from 'axios';

const orchestrator = axios.create({ baseURL: process.env.%(base)s });

export async function onConversationEnd(conversationId: string) {
  const architect = new platformClient.ArchitectApi();
  await architect.postFlowsExecutions({ flowId: process.env.GENESYS_FLOW_ID!, inputData: { 'Flow.conversationId': conversationId } });
  await orchestrator.post('/flows/executions', %(body)s);
}
"""
OTHER = "{ flowId: 'post-call-analytics', parameters: { conversationId }, priority: 5 }"

PYTHON_BRIDGE = """\
import os

import httpx
import PureCloudPlatformClientV2

client = httpx.Client(base_url=os.environ["ORCHESTRATOR_URL"])


def run(flow_id):
    return client.post("/flows/executions", json={"flowId": flow_id, "parameters": {"a": 1}, "priority": 3})
"""


def lines(found: list[dict[str, Any]]) -> list[tuple[str, int]]:
    return [(d["code"], d["line"]) for d in found]


def test_another_orchestrators_call_in_a_genesys_file_is_said_not_judged(tmp_path: Path) -> None:
    text = BRIDGE % {"base": "ORCHESTRATOR_URL", "body": OTHER}
    assert check_file(tmp_path, "bridge.ts", text, contract_findings=False) == []
    said = check_file(tmp_path, "bridge.ts", text, "--verbose", contract_findings=False)
    assert lines(said) == [("FL011", 9)]  # reached: the call was read, and not judged
    assert "process.env.ORCHESTRATOR_URL" in said[0]["message"] and "`priority`" in said[0]["message"]


def test_the_same_in_python(tmp_path: Path) -> None:
    assert check_file(tmp_path, "bridge.py", PYTHON_BRIDGE, contract_findings=False) == []
    assert lines(check_file(tmp_path, "bridge.py", PYTHON_BRIDGE, "-v", contract_findings=False)) == [("FL011", 10)]


@pytest.mark.parametrize(("base", "body", "code"), [
    # a base that says Genesys: the file's evidence stands
    ("GENESYS_API_URL", OTHER, "FL102"),
    # a body naming a launch member is a launch whatever its base
    ("ORCHESTRATOR_URL", "{ flowId: 'x', inputData: { 'Flow.a': 1 }, priority: 5 }", "FL102"),
    # a body of the launch's vocabulary and its known wrong shapes only: the file's evidence stands
    ("ORCHESTRATOR_URL", "{ flowId: 'x', type: 'workflow', parameters: { conversationId } }", "FL101"),
])
def test_a_call_that_does_not_say_it_is_another_apis_is_judged(tmp_path: Path, base: str, body: str, code: str) -> None:
    found = check_file(tmp_path, "bridge.ts", BRIDGE % {"base": base, "body": body}, contract_findings=False)
    assert (code, 9) in lines(found)


def test_without_file_evidence_a_flow_id_beside_another_products_members_is_no_launch(tmp_path: Path) -> None:
    text = ("import axios from 'axios';\nexport const go = (api: any, conversationId: string) =>\n"
            f"  api.post('/flows/executions', {OTHER});\n")
    assert check_file(tmp_path, "orchestrate.ts", text, contract_findings=False) == []
    assert lines(check_file(tmp_path, "orchestrate.ts", text, "-v", contract_findings=False)) == [("FL011", 3)]


@pytest.mark.parametrize(("base", "judged"), [("os.environ[\"ENGINE_URL\"]", False), ("os.environ[\"GENESYS_API\"]", True)])
def test_a_base_of_its_own_before_the_whole_launch_path_says_another_api(tmp_path: Path, base: str, judged: bool) -> None:
    # /tmp/falsea/left/genesys-and-engine.py: the engine borrows the whole path (/api/v2/flows/executions); the SDK the
    # file imports is no evidence of the host this client sends to, which its own base names
    text = ("import os\nimport httpx\nimport PureCloudPlatformClientV2\n"
            f"engine = httpx.Client(base_url={base})\n"
            "def start(payload):\n"
            "    return engine.post(\"/api/v2/flows/executions\", json={\"workflow\": \"etl\", \"input\": payload})\n")
    found = check_file(tmp_path, "engine.py", text, "-v", contract_findings=False)
    if judged:
        assert ("FL102", 6) in lines(found), found
    else:
        assert lines(found) == [("FL011", 6)], found
        assert "another API's flows/executions" in found[0]["message"], found
