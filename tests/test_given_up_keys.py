"""A launch body handed to a helper that may change it: its values are given up (FL011 -v: "the values it holds were
not checked (its keys were)"). A helper flowlint does not follow (an import) may rewrite its members' keys too
(`body["inputData"] = {…}`), so nothing below the body's own keys is judged: no FL202, FL203 or FL204. (A helper of the
file that provably writes only values below the keys keeps them checked: tests/test_helper_keys.py.)"""

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


def test_a_body_handed_to_a_helper_not_followed_has_nothing_below_its_keys_judged(tmp_path: Path) -> None:
    for flow_id in (f"'{UUID}'", "FLOW"):
        for name, template in (("a.py", PY), ("a.js", JS)):
            found = checked(tmp_path, name, template, flow_id)
            notes = [message for (code, _), message in found.items() if code == "FL011"]
            assert len(notes) == 1 and "`normalize()` (line " in notes[0], found  # the body was read, and given up
            assert notes[0].endswith("the values it holds were not checked (its keys were)"), found
            assert not any(code.startswith("FL2") for code, _ in found), (name, found)
