"""A launch to a host flowlint does not see (`os.environ["GC_API"] + "/api/v2/flows/executions"`,
`https://api.${process.env.GC_DOMAIN}/…`) is judged only with evidence that it is Genesys Cloud's. A flow ID written
as Genesys Cloud writes one (a UUID) beside only the launch's members and its known wrong shapes is that evidence,
also when the wrong shape holds a value not seen (`inputs: payload`, a `data` envelope): the same body with its
inputs written out was judged, and an unseen value hides only what the wrapper holds, not that it wraps. Another
product's body (a flowId that is a name, members of its own) stays a note, whose words say what kept it unjudged."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import UUID, diagnostics

pytestmark = pytest.mark.usefixtures("in_tmp")

HEAD = 'import os\nimport requests\n\nURL = os.environ["GC_API"] + "/api/v2/flows/executions"\n\n\ndef send(payload, cfg):\n'


@pytest.mark.parametrize(("member", "code"), [
    ("data", "FL101"), ("inputs", "FL101"), ("parameters", "FL101"), ("flowInputs", "FL101"), ("variables", "FL101"),
    ("input_data", "FL102")])
def test_a_uuid_flow_id_beside_a_wrapper_not_seen_is_judged(member: str, code: str) -> None:
    Path("launch.py").write_text(HEAD + f'    return requests.post(URL, json={{"flowId": "{UUID}", "{member}": payload}})\n',
                                 encoding="utf-8")
    found = [d for d in diagnostics("--no-cache", "launch.py") if d["code"] != "FL200"]  # (no contract: a note)
    assert [(d["code"], d["severity"], d["line"]) for d in found] == [(code, "error", 8)], found


def test_the_same_in_typescript_to_a_host_built_from_the_environment() -> None:
    Path("forward.ts").write_text(
        "import axios from 'axios';\n"
        "const GC_URL = `https://api.${process.env.GC_DOMAIN}/api/v2/flows/executions`;\n"
        "export async function forward(body: unknown, token: string) {\n"
        f"  return axios.post(GC_URL, {{ flowId: '{UUID}', inputs: body }}, {{ headers: {{ Authorization: token }} }});\n"
        "}\n", encoding="utf-8")
    found = [d for d in diagnostics("--no-cache", "forward.ts") if d["code"] != "FL200"]
    assert [(d["code"], d["line"]) for d in found] == [("FL101", 4)], found


@pytest.mark.parametrize(("body", "said"), [
    ('{"flowId": "nightly-report", "inputs": payload}', "its flowId is not written as Genesys Cloud writes a flow ID"),
    (f'{{"flowId": "{UUID}", "parameters": payload, "priority": 3}}', "beside members no launch has (`priority`)"),
    ('{"flowId": os.environ["FLOW"], "inputs": payload}', "its flowId is not seen"),
    ('{"type": "workflow", "configuration": cfg}', "the body names no launch member")])
def test_without_that_evidence_it_is_a_note_saying_why(body: str, said: str) -> None:
    Path("other.py").write_text(HEAD + f"    return requests.post(URL, json={body})\n", encoding="utf-8")
    assert diagnostics("--no-cache", "other.py") == []
    found = diagnostics("--no-cache", "-v", "other.py")
    assert [(d["code"], d["line"]) for d in found] == [("FL011", 8)], found  # reached: read, and not judged
    assert said in str(found[0]["message"]), found[0]["message"]


def test_a_relative_url_is_the_apps_own_backend_and_a_wrapper_not_seen_is_no_evidence_there() -> None:
    # A browser calling its own backend at a path mirroring the platform's: the UUID says the flow is Genesys Cloud's,
    # not that this hop is. With the inputs written out it names the launch (judged); with `data: order`, a note.
    call = "export const start = (order: unknown) => fetch('/api/v2/flows/executions', { method: 'POST', " \
           f"body: JSON.stringify({{ flowId: '{UUID}', MEMBER }}) }});\n"
    Path("bff.ts").write_text(call.replace("MEMBER", "data: order"), encoding="utf-8")
    assert diagnostics("--no-cache", "bff.ts") == []
    assert [d["code"] for d in diagnostics("--no-cache", "-v", "bff.ts")] == ["FL011"]  # reached, not judged
    Path("bff.ts").write_text(call.replace("MEMBER", "inputs: { 'Flow.orderId': '1' }"), encoding="utf-8")
    assert "FL101" in {d["code"] for d in diagnostics("--no-cache", "bff.ts")}
