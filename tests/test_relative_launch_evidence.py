"""A request to `/api/v2/flows/executions` on a host flowlint does not see (a relative `fetch`, an httpx client whose
base URL comes from the environment) is a launch only with evidence that it is Genesys Cloud's, as the flow ID's path
on such a host already was: an app's own workflow engine may serve the same path (a reviewer's /tmp/s34/revA/8)."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from conftest import check_file

check = functools.partial(check_file, contract_findings=False)

UUID = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
ENGINE_TS = ("// Browser client for our own workflow engine's REST API (served by this app's backend).\n"
             "export async function startRun(workflow: string, input: Record<string, unknown>) {\n"
             "  const res = await fetch('/api/v2/flows/executions', {\n    method: 'POST',\n"
             "    headers: { 'Content-Type': 'application/json' },\n    body: JSON.stringify(BODY),\n  });\n"
             "  return res.json();\n}\n")
ENGINE_PY = ('import os\nimport httpx\nengine = httpx.Client(base_url=os.environ["ENGINE_URL"])\n'
             'def start(payload):\n    return engine.post("/api/v2/flows/executions", json=BODY)\n')
NO_GENESYS_COMMENT = ("// Client for our own workflow-engine service (no Genesys here).\nimport axios from 'axios';\n"
                      "const http = axios.create({ baseURL: '/' });\n"
                      "export const runFlow = (id: string, input: object) => http.post(`/api/v2/flows/${id}/executions`, { input });\n")
CASES = {"engine.ts": (ENGINE_TS, "{ workflow, input }"), "engine.py": (ENGINE_PY, '{"workflow": "etl", "input": payload}')}


@pytest.mark.parametrize("name", sorted(CASES))
def test_another_engines_flows_executions_without_evidence_is_a_note_not_an_error(tmp_path: Path, name: str) -> None:
    text, body = CASES[name]
    text = text.replace("BODY", body)
    assert check(tmp_path, name, text) == []
    assert check(tmp_path, name, text, "--fix", "--unsafe-fixes") == []  # `input` is not renamed `inputData`
    assert (tmp_path / name).read_text() == text
    noted = check(tmp_path, name, text, "--verbose")
    assert [d["code"] for d in noted] == ["FL011"]  # the request was reached, and said not judged
    assert "not read as a launch" in noted[0]["message"] and "a host flowlint does not see" in noted[0]["message"]


@pytest.mark.parametrize("name", sorted(CASES))
@pytest.mark.parametrize("evidence", ["body", "sdk", "host"])
def test_the_same_request_with_evidence_is_judged(tmp_path: Path, name: str, evidence: str) -> None:
    text, body = CASES[name]
    if evidence == "body":  # a flowId among the launch's own members (`input` is its known wrong shape)
        body = f"{{ flowId: '{UUID}', input: {{ orderId: 1 }} }}" if name.endswith(".ts") \
            else f'{{"flowId": "{UUID}", "input": {{"orderId": 1}}}}'
    elif evidence == "sdk":
        text = ("import PureCloudPlatformClientV2\n" if name.endswith(".py")
                else "import platformClient from 'purecloud-platform-client-v2';\n") + text
    else:  # a Genesys host in the code: a sign-in's
        text = ('TOKEN_URL = "https://login.mypurecloud.com/oauth/token"\n' if name.endswith(".py")
                else "const TOKEN_URL = 'https://login.mypurecloud.com/oauth/token';\n") + text
    found = check(tmp_path, name, text.replace("BODY", body), "--verbose")
    codes = [d["code"] for d in found]
    if name.endswith(".py") and evidence != "body":
        # the file's SDK or sign-in says nothing of this client's host: its own base, read from the environment under a
        # name of its own (ENGINE_URL), with a body of no launch member, is another API's (/tmp/falsea/left/
        # genesys-and-engine.py): said, not judged
        assert codes == ["FL011"] and "another API's flows/executions" in found[0]["message"], found
        return
    assert "FL101" in codes, codes  # `input` for `inputData`


def test_genesys_said_in_a_comment_is_no_evidence(tmp_path: Path) -> None:
    name = "comment-says-no-genesys.ts"
    assert check(tmp_path, name, NO_GENESYS_COMMENT) == []
    noted = check(tmp_path, name, NO_GENESYS_COMMENT, "--verbose")
    assert [d["code"] for d in noted] == ["FL011"] and "comments aside" in noted[0]["message"]
    # the control: the same name in the code is evidence
    named = NO_GENESYS_COMMENT.replace("const http", "const GENESYS = true;\nconst http")
    assert "FL106" in [d["code"] for d in check(tmp_path, name, named)]
