"""A JavaScript test that mocks its HTTP client stands in for the platform as a nock or msw set up does: a module mock of
the client for the whole file (`jest.mock('axios')`, `vi.mock('got')`: an automock or a factory, hoisted) for the
launches made with that client, or in a test a mocked method's answer (`axios.post.mockReturnValue(…)`, `…Once`,
`mockImplementation`, `jest.spyOn(axios, 'post').mockReturnValue(…)`) or a sinon stub of a method
(`sinon.stub(axios, 'post')`, which replaces it). Its flowId is test data (no FL104); the rest is still judged (FL203
proves the launch was read). A spy alone (`jest.spyOn(axios, 'post')`) calls the real method: no stand-in."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import diagnostics

URL = "https://api.mypurecloud.com/api/v2/flows/executions"
LAUNCH = f"axios.post('{URL}', {{ flowId: 'test-flow', inputData: {{ agentId: 'a' }} }})"


def codes(tmp_path: Path, name: str, text: str) -> list[str]:
    (tmp_path / name).write_text(text)
    return [d["code"] for d in diagnostics("--no-cache", str(tmp_path / name))]


def in_test(*lines: str) -> str:
    return "const axios = require('axios');\nconst sinon = require('sinon');\ntest('launch posts', async () => {\n" \
        + "".join(f"  {line}\n" for line in lines) + f"  await {LAUNCH};\n}});\n"


@pytest.mark.parametrize(("name", "text"), [
    ("jest-module.test.js", "const axios = require('axios');\njest.mock('axios');\n"
                            f"async function launch() {{ return {LAUNCH}; }}\n"
                            "test('launch posts', async () => { await launch(); });\n"),
    ("vi-module.test.ts", "import axios from 'axios';\nvi.mock(\"axios\", () => ({ default: { post: vi.fn() } }));\n"
                          f"it('posts', async () => {{ await {LAUNCH}; }});\n"),
    ("got-module.test.js", "const got = require('got');\njest.mock('got');\n"
                           f"test('posts', async () => {{ await got.post('{URL}', {{ json: {{ flowId: 'test-flow', "
                           "inputData: { agentId: 'a' } } }); });\n"),
    ("return.test.js", in_test("axios.post.mockReturnValue(Promise.resolve({ data: { id: 'e1' } }));")),
    ("once.test.js", in_test("axios.post.mockReturnValueOnce(Promise.resolve({ data: { id: 'e1' } }));")),
    ("impl.test.js", in_test("axios.post.mockImplementation(() => Promise.resolve({ data: {} }));")),
    ("spy.test.js", in_test("jest.spyOn(axios, 'post').mockReturnValue(Promise.resolve({ data: {} }));")),
    ("vispy.test.ts", in_test("vi.spyOn(axios, 'post').mockReturnValueOnce(Promise.resolve({ data: {} }));")),
    ("sinon.test.js", in_test("sinon.stub(axios, 'post').resolves({ data: { id: 'e1' } });")),
    ("sandbox.test.js", in_test("const sandbox = sinon.createSandbox();", "sandbox.stub(axios, \"post\");")),
])
def test_a_launch_through_a_mocked_client_holds_test_data(tmp_path: Path, name: str, text: str) -> None:
    found = codes(tmp_path, name, text)
    assert "FL203" in found, found  # reached: the launch is read and its inputs judged
    assert "FL104" not in found, found


@pytest.mark.parametrize(("name", "text"), [
    # A spy calls through to axios: the launch reaches Genesys Cloud.
    ("spy-only.test.js", in_test("const spy = jest.spyOn(axios, 'post');")),
    # The file mocks axios, but launches with fetch.
    ("other-client.test.js", "jest.mock('axios');\n"
                             f"test('posts', async () => {{ await fetch('{URL}', {{ method: 'POST', headers: "
                             "{ 'Content-Type': 'application/json' }, body: JSON.stringify({ flowId: 'test-flow' }) }); });\n"),
    # A mock of another module.
    ("other-module.test.js", "const axios = require('axios');\njest.mock('./logger');\n"
                             f"test('posts', async () => {{ await {LAUNCH}; }});\n"),
    # An anonymous stub replaces nothing.
    ("bare-stub.test.js", in_test("const callback = sinon.stub();")),
])
def test_a_launch_past_a_mock_keeps_its_flow_id_judged(tmp_path: Path, name: str, text: str) -> None:
    assert "FL104" in codes(tmp_path, name, text)
