"""A launch body handed to a helper that may change it: its values are given up (FL011 -v: "the values it holds were
not checked (its keys were)"), its keys are not. A key the literal writes is sent unless the helper removes it, so the
keys are checked as keys, by their form (FL203) and against the contract of the flow the literal names (FL202), and no
value is judged (FL204)."""

from __future__ import annotations

from pathlib import Path

from conftest import UUID, check_file

API = "https://api.mypurecloud.com/api/v2/flows/executions"
INPUTS = "{'customerName': 'Ana', 'Flow.bogus': 1, 'Flow.orderCount': '3'}"

PY = f'''import requests
from helpers import normalize, FLOW

def go():
    body = {{"flowId": FLOW_ID, "inputData": {INPUTS}}}
    normalize(body)
    requests.post("{API}", json=body)
'''
JS = f'''import {{ normalize, FLOW }} from "./helpers";
export async function go() {{
  const body = {{ flowId: FLOW_ID, inputData: {INPUTS} }};
  normalize(body);
  await fetch("{API}", {{ method: "POST", headers: {{ "Content-Type": "application/json" }}, body: JSON.stringify(body) }});
}}
'''


def checked(tmp_path: Path, name: str, template: str, flow_id: str) -> dict[tuple[str, str], str]:
    diagnostics = check_file(tmp_path, name, template.replace("FLOW_ID", flow_id), "-v")
    return {(str(d["code"]), str(d["pointer"])): str(d["message"]) for d in diagnostics}


def test_a_given_up_body_has_its_keys_checked_against_the_flow_its_literal_names(tmp_path: Path) -> None:
    for name, template in (("a.py", PY), ("a.js", JS)):
        found = checked(tmp_path, name, template, f"'{UUID}'")
        notes = [message for (code, _), message in found.items() if code == "FL011"]
        assert len(notes) == 1 and notes[0].endswith("the values it holds were not checked (its keys were)"), found
        assert ("FL202", "/inputData/Flow.bogus") in found, (name, found)
        assert "the flow declares `Flow.customerName`" in found[("FL203", "/inputData/customerName")], (name, found)
        assert not any(code == "FL204" for code, _ in found), (name, found)  # "3" may be made a number by the helper


def test_a_given_up_body_whose_flow_is_not_written_has_its_keys_checked_by_their_form_only(tmp_path: Path) -> None:
    for name, template in (("a.py", PY), ("a.js", JS)):
        found = checked(tmp_path, name, template, "FLOW")
        assert ("FL203", "/inputData/customerName") in found, (name, found)  # every flow's inputs carry the prefix
        assert not any(code in ("FL202", "FL204") for code, _ in found), (name, found)  # which flow: not known
