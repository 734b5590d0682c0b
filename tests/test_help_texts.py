"""Help that says what to do to the code as written: a method written wrong is changed (not added again), $.ajax takes
`type:`, and an input container's help names no made-up input when no contract names a real one."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from conftest import check_file

check = functools.partial(check_file, contract_findings=False)

URL = "https://api.mypurecloud.com/api/v2/flows/executions"
BODY = "JSON.stringify({ flowId })"


@pytest.mark.parametrize(("call", "help_text"), [
    (f'fetch("{URL}", {{ method: "PUT", headers: {{"Content-Type": "application/json"}}, body: {BODY} }})',
     'change "PUT" to "POST"'),
    (f'fetch("{URL}", {{ headers: {{"Content-Type": "application/json"}}, body: {BODY} }})', "add method: 'POST' to the options"),
    (f'$.ajax({{ url: "{URL}", data: {BODY}, contentType: "application/json" }})', "add type: 'POST' (or method: 'POST') to the options"),
    (f'$.ajax({{ url: "{URL}", type: \'GET\', data: {BODY}, contentType: "application/json" }})', "change 'GET' to 'POST'"),
])
def test_fl301_help_says_what_to_change(tmp_path: Path, call: str, help_text: str) -> None:
    found = [d for d in check(tmp_path, "a.js", f"export const f = (flowId) => {call};\n") if d["code"] == "FL301"]
    assert len(found) == 1 and found[0]["help"] == help_text


def test_a_method_named_call_is_still_told_to_post(tmp_path: Path) -> None:
    code = f'import requests\nrequests.put("{URL}", json={{"flowId": flow_id}})\n'
    assert [d["help"] for d in check(tmp_path, "a.py", code) if d["code"] == "FL301"] == ["send it with POST (e.g. .post(...))"]


def test_an_input_containers_help_names_no_made_up_input_without_a_contract(tmp_path: Path) -> None:
    code = (f'import requests\n\ndef launch(flow_id, **inputs):\n'
            f'    requests.post("{URL}", json={{"flowId": flow_id, "parameters": inputs}})\n')
    found = [d for d in check(tmp_path, "a.py", code) if d["code"] == "FL101"]
    assert len(found) == 1 and "`Flow.<input>`" in found[0]["message"] and "customerName" not in found[0]["message"]
