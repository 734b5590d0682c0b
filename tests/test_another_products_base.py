"""File-level evidence of Genesys Cloud (its SDK imported) does not make a launch of a call that itself says it is another
API's: a relative /flows/executions on a client with its own base URL that names no Genesys, and a body with members no
launch has. Such a call is said (FL011 with --verbose), never judged."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import check_file, diagnostics

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


# -- a base of the call's own that names a host of the project's own, or comes from its config (/tmp/s36/revA/11) ------

TS_FILE = """\
import platformClient from 'purecloud-platform-client-v2';
import axios from 'axios';
%(bind)s
const conversations = new platformClient.ConversationsApi();

export async function handoff(conversationId: string) {
  const conv = await conversations.getConversation(conversationId);
  return %(call)s;
}
"""
FOREIGN_TS = "{ flowId: 'handoff-v2', parameters: { conversationId: conv.id }, priority: 'high' }"
PY_FILE = """\
import httpx
import PureCloudPlatformClientV2 as gc
%(bind)s

conversations = gc.ConversationsApi()


def handoff(conversation_id):
    conv = conversations.get_conversation(conversation_id)
    return %(call)s
"""
FOREIGN_PY = '{"flowId": "handoff-v2", "parameters": {"conversationId": conv.id}, "priority": "high"}'
PATH = "/api/v2/flows/executions"
UUID = "5b9e0c2a-1f3d-4c4e-9a8b-2d7e6f1a0b3c"
SIGN_IN_PY = ('gc.api_client.ApiClient().get_client_credentials_token(os.environ["GC_CLIENT_ID"], '
              'os.environ["GC_CLIENT_SECRET"])\n')
SIGN_IN_TS = "platformClient.ApiClient.instance.loginClientCredentialsGrant(process.env.ID!, process.env.SECRET!);\n"

NOT_JUDGED = {
    "internal.ts": TS_FILE % {"bind": "const orchestrator = axios.create({ baseURL: 'http://orchestrator.internal:8080' });",
                              "call": f"orchestrator.post('{PATH}', {FOREIGN_TS})"},
    "compose.ts": TS_FILE % {"bind": "", "call": f"axios.post('http://workflow-engine:8080{PATH}', {FOREIGN_TS})"},
    "fallback.ts": TS_FILE % {"bind": "const BASE = process.env.ORCHESTRATOR_URL ?? 'http://orchestrator:8080';",
                              "call": f"axios.post(`${{BASE}}{PATH}`, {FOREIGN_TS})"},
    "imported.ts": TS_FILE % {"bind": "import { config } from './config';",
                              "call": f"axios.post(`${{config.orchestrator.baseUrl}}{PATH}`, {FOREIGN_TS})"},
    "listed.ts": TS_FILE % {"bind": "import {\n  retries,\n  config,\n} from './config';",
                            "call": f"axios.post(`${{config.orchestrator.baseUrl}}{PATH}`, {FOREIGN_TS})"},
    "compose.py": PY_FILE % {"bind": 'engine = httpx.Client(base_url="http://workflow-engine:8080")',
                             "call": f'engine.post("{PATH}", json={FOREIGN_PY})'},
    "settings.py": PY_FILE % {"bind": "from app.settings import settings",
                              "call": f'httpx.post(f"{{settings.ENGINE_URL}}{PATH}", json={FOREIGN_PY})'},
    "environ.py": PY_FILE % {"bind": 'import os\nENGINE = os.environ.get("ENGINE_URL", "http://engine:8080")',
                             "call": f'httpx.post(ENGINE + "{PATH}", json={FOREIGN_PY})'},
    # a stand-in named after the project's own service (/tmp/s36/revC/10): a double of that service, not the platform
    "service_mock.ts": TS_FILE % {"bind": "const orchestrator = axios.create({ baseURL: 'http://orchestrator-mock:8080' });",
                                  "call": f"orchestrator.post('{PATH}', {FOREIGN_TS})"},
    "service_stub.ts": TS_FILE % {"bind": "", "call": f"axios.post('http://workflow-engine-stub:8080{PATH}', {FOREIGN_TS})"},
    "fake_service.py": PY_FILE % {"bind": 'engine = httpx.Client(base_url="http://fake-orders.test:9000")',
                                  "call": f'engine.post("{PATH}", json={FOREIGN_PY})'},
    # a UUID flowId beside another product's `parameters` and `priority`, the SDK imported for ConversationsApi only
    # and no sign-in: nothing outweighs the call's own base
    "uuid_only.ts": TS_FILE % {"bind": "import { config } from './config';",
                               "call": f"axios.post(`${{config.orchestrator.baseUrl}}{PATH}`, "
                                       f"{FOREIGN_TS.replace('handoff-v2', UUID)})"},
}


@pytest.mark.parametrize("name", sorted(NOT_JUDGED))
def test_a_call_to_a_base_of_its_own_is_said_not_judged_though_the_file_imports_the_sdk(tmp_path: Path, name: str) -> None:
    text = NOT_JUDGED[name]
    assert check_file(tmp_path, name, text, contract_findings=False) == []
    said = check_file(tmp_path, name, text, "-v", contract_findings=False)
    line = text[:text.index(PATH)].count("\n") + 1
    assert lines(said) == [("FL011", line)], said  # reached: the call was read, and not judged
    assert "another API's flows/executions" in said[0]["message"] and "`priority`" in said[0]["message"]


JUDGED = {
    # a gateway of the project's own in front of Genesys Cloud, named so (its host, or the name its URL is written with)
    "proxy_host.ts": TS_FILE % {"bind": "", "call": f"axios.post('http://genesys-proxy:8080{PATH}', {FOREIGN_TS})"},
    "proxy_name.ts": TS_FILE % {"bind": "const GENESYS_GATEWAY = 'http://gateway:8080';",
                                "call": f"axios.post(`${{GENESYS_GATEWAY}}{PATH}`, {FOREIGN_TS})"},
    # a loopback host, or one named as a stand-in: a test's stand-in for the platform
    "loopback.ts": TS_FILE % {"bind": "", "call": f"axios.post('http://127.0.0.1:3000{PATH}', {FOREIGN_TS})"},
    "wiremock.ts": TS_FILE % {"bind": "", "call": f"axios.post('http://wiremock:8080{PATH}', {FOREIGN_TS})"},
    "mock_api.ts": TS_FILE % {"bind": "", "call": f"axios.post('http://mock-api.test:3000{PATH}', {FOREIGN_TS})"},
    "genesys_mock.py": PY_FILE % {"bind": 'engine = httpx.Client(base_url="http://genesys-stub:8080")',
                                  "call": f'engine.post("{PATH}", json={FOREIGN_PY})'},
    "mockserver.py": PY_FILE % {"bind": "", "call": f'httpx.post("http://mockserver:1080{PATH}", json={FOREIGN_PY})'},
    # a body of the launch's vocabulary only, to a host of the project's own
    "vocabulary.py": PY_FILE % {"bind": 'engine = httpx.Client(base_url="http://workflow-engine:8080")',
                                "call": f'engine.post("{PATH}", json={{"flowId": "handoff-v2", "inputs": {{}}}})'},
    # an import or a binding that says Genesys Cloud
    "genesys_settings.py": PY_FILE % {"bind": "from app.genesys_settings import settings",
                                      "call": f'httpx.post(f"{{settings.API_URL}}{PATH}", json={FOREIGN_PY})'},
    "genesys_env.ts": TS_FILE % {"bind": "const BASE = process.env.API_URL ?? 'https://api.mypurecloud.com';",
                                 "call": f"axios.post(`${{BASE}}{PATH}`, {FOREIGN_TS})"},
    # a name neither imported nor read from the environment (a parameter, the object's own): not the call's own
    "parameter.py": PY_FILE.replace("(conversation_id)", "(conversation_id, base)") % {
        "bind": "", "call": f'httpx.post(f"{{base}}{PATH}", json={FOREIGN_PY})'},
    # a Genesys flow's UUID as flowId and the inputs held where a launch holds them: a launch whatever its base, and
    # stronger evidence than the members no launch has (/tmp/s36/revC/1)
    "uuid_inputs.ts": TS_FILE % {"bind": "import { config } from './config';",
                                 "call": f"axios.post(`${{config.api.baseUrl}}{PATH}`, {{ flowId: '{UUID}', "
                                         "inputs: { conversationId }, queueId: 'q-callbacks' })"},
    "uuid_inputs.py": PY_FILE % {"bind": 'import os\nAPI_BASE = os.environ["API_BASE_URL"]',
                                 "call": f'httpx.post(f"{{API_BASE}}{PATH}", json={{"flowId": "{UUID}", '
                                         '"inputs": {"phone": conv.id}, "priority": 5})'},
    # a UUID flowId from a file that signs in with the Genesys SDK: its token is the platform's
    "uuid_sign_in.py": PY_FILE.replace("conversations = ", SIGN_IN_PY + "conversations = ") % {
        "bind": 'import os\nAPI_BASE = os.environ["API_BASE_URL"]',
        "call": f'httpx.post(f"{{API_BASE}}{PATH}", json={{"flowId": "{UUID}", "parameters": {{"phone": conv.id}}, '
                '"priority": 5})'},
    "uuid_sign_in.ts": TS_FILE.replace("const conversations", SIGN_IN_TS + "const conversations") % {
        "bind": "", "call": f"axios.post(`${{process.env.API_URL}}{PATH}`, {{ flowId: '{UUID}', "
                            "parameters: { conversationId }, priority: 'high' })"},
}


@pytest.mark.parametrize("name", sorted(JUDGED))
def test_a_call_whose_base_may_be_genesys_clouds_is_judged(tmp_path: Path, name: str) -> None:
    text = JUDGED[name]
    line = text[:text.index("priority" if "priority" in text else "inputs")].count("\n") + 1
    codes = {code for code, at in lines(check_file(tmp_path, name, text, contract_findings=False)) if at == line}
    assert codes & {"FL101", "FL102"}, (name, codes)


def test_a_config_module_of_the_tree_gives_its_base(tmp_path: Path) -> None:
    # /tmp/s36/revA/11/src/handoff.service.ts: the base from a config module with a fallback of the project's own
    (tmp_path / "config.ts").write_text(
        "export const config = {\n  orchestrator: { baseUrl: process.env.ORCHESTRATOR_URL ?? 'http://orchestrator:8080' },\n};\n")
    (tmp_path / "handoff.ts").write_text(NOT_JUDGED["imported.ts"])
    assert diagnostics("--no-cache", str(tmp_path)) == []
    said = diagnostics("--no-cache", "-v", str(tmp_path))
    assert [(d["code"], d["line"]) for d in said] == [("FL011", 8)], said
