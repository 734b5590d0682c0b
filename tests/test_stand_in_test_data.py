"""A launch a test sends to a stand-in for the platform (whatever it answers), or makes on the SDK's module the file
mocks, never reaches Genesys Cloud: its flowId and flowVersion values are test data (no FL104, FL105 there), while its
envelope and inputs are judged as any launch's (FL203 here proves the launch was read)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import diagnostics

URL = "https://api.mypurecloud.com/api/v2/flows/executions"


def codes(tmp_path: Path, name: str, text: str) -> list[str]:
    (tmp_path / name).write_text(text)
    return [d["code"] for d in diagnostics("--no-cache", str(tmp_path / name))]


STAND_INS = [
    ("nock-200.spec.js",
     "const nock = require('nock');\nconst axios = require('axios');\n"
     "it('posts', async () => {\n"
     f"  nock('https://api.mypurecloud.com').post('/api/v2/flows/executions').reply(200, {{ id: 'e' }});\n"
     f"  await axios.post('{URL}', {{ flowId: 'my-flow', flowVersion: 3, inputData: {{ agentId: 'a' }} }});\n"
     "});\n"),
    ("test_responses_200.py",
     f"import requests\nimport responses\nURL = '{URL}'\n\n\n@responses.activate\ndef test_launch():\n"
     "    responses.add(responses.POST, URL, json={'id': 'e'}, status=200)\n"
     "    requests.post(URL, json={'flowId': 'flow-123', 'inputData': {'agentId': 'a'}})\n"),
    ("test_requests_mock.py",
     f"import requests\nURL = '{URL}'\n\n\ndef test_launch(requests_mock):\n"
     "    requests_mock.post(URL, json={'id': 'e'})\n"
     "    requests.post(URL, json={'flowId': 'test-flow', 'inputData': {'agentId': 'a'}})\n"),
    ("test_transport.py",
     f"import httpx\nURL = '{URL}'\n\n\ndef test_launch():\n"
     "    client = httpx.Client(transport=httpx.MockTransport(lambda request: httpx.Response(200, json={'id': 'e'})))\n"
     "    client.post(URL, json={'flowId': 'test-flow', 'inputData': {'agentId': 'a'}})\n"),
    ("sdk-jest-mock.test.ts",
     "import platformClient from 'purecloud-platform-client-v2';\njest.mock('purecloud-platform-client-v2');\n"
     "it('passes the flow id through', async () => {\n"
     "  await new platformClient.ArchitectApi().postFlowsExecutions({ flowId: 'flow-123', inputData: { agentId: 'a' } });\n"
     "});\n"),
    ("sdk-vi-mock.test.ts",
     "import platformClient from 'purecloud-platform-client-v2';\n"
     "vi.mock('purecloud-platform-client-v2', () => ({ default: { ArchitectApi: vi.fn() } }));\n"
     "test('launches', async () => {\n"
     "  await new platformClient.ArchitectApi().postFlowsExecutions({ flowId: 'flow-123', inputData: { agentId: 'a' } });\n"
     "});\n"),
]


@pytest.mark.parametrize(("name", "text"), STAND_INS)
def test_a_launch_to_a_stand_in_holds_test_data_in_its_flow_id(tmp_path: Path, name: str, text: str) -> None:
    found = codes(tmp_path, name, text)
    assert "FL203" in found, found  # reached: the launch is read and its inputs judged
    assert "FL104" not in found and "FL105" not in found, found


@pytest.mark.parametrize(("name", "text"), [
    # A list named `responses` is no stand-in: this launch goes to Genesys Cloud.
    ("launch_all.py", f"import requests\nURL = '{URL}'\n\n\ndef launch_all(flows):\n    responses = []\n"
                      "    for f in flows:\n"
                      "        responses.append(requests.post(URL, json={'flowId': 'my-flow', 'name': f}))\n"
                      "    return responses\n"),
    # The SDK not mocked: a real launch from a test.
    ("sdk-live.test.ts", "import platformClient from 'purecloud-platform-client-v2';\n"
                         "it('launches', async () => {\n"
                         "  await new platformClient.ArchitectApi().postFlowsExecutions({ flowId: 'flow-123' });\n"
                         "});\n"),
    # A stand-in in another test does not cover this one.
    ("test_two.py", f"import requests\nimport responses\nURL = '{URL}'\n\n\n@responses.activate\ndef test_a():\n"
                    "    responses.add(responses.POST, URL, json={'id': 'e'})\n\n\n"
                    "def test_live():\n    requests.post(URL, json={'flowId': 'flow-123'})\n"),
])
def test_a_launch_to_genesys_keeps_its_flow_id_judged(tmp_path: Path, name: str, text: str) -> None:
    assert "FL104" in codes(tmp_path, name, text)
