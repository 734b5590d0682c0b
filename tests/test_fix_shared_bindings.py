"""A body (or its inputData) bound to a name other code also reads is never edited for the launch's sake: the edit would
change what that code sends too (an audit call, an analytics event, a caller given it back)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import UUID, flowlint

API = "https://api.mypurecloud.com/api/v2/flows/executions"

PY_AUDIT = f'''import requests

AUDIT_URL = "https://audit.internal.example.com/events"


def launch(token, flow_id):
    payload = {{"flowId": flow_id, "flow_version": "2.0", "inputData": {{"customerName": "Ana"}}}}
    requests.post(AUDIT_URL, json=payload, timeout=5)
    return requests.post("{API}", json=payload, headers={{"Authorization": f"Bearer {{token}}"}})
'''
TS_ANALYTICS = f'''import axios from 'axios';
const inputs = {{ customerName: 'Ana', orderCount: 2 }};
export async function launch(flowId: string) {{
  await axios.post('https://analytics.example.com/track', {{ event: 'launch', inputs }});
  return axios.post('{API}', {{ flowId, inputData: inputs }});
}}
'''
PY_RETURNED = f'''import requests


def launch(flow_id):
    body = {{"flowID": flow_id}}
    requests.post("{API}", json=body)
    return body
'''
JS_EXPORTED = f'''export const body = {{ flowID: '{UUID}' }};
await fetch('{API}', {{ method: 'POST', headers: {{ 'Content-Type': 'application/json' }}, body: JSON.stringify(body) }});
'''
PY_THROUGH_ANOTHER_NAME = f'''import requests


def launch(flow_id):
    inputs = {{"customerName": "Ana"}}
    audit = {{"what": "launch", "inputs": inputs}}
    requests.post("https://audit.example.com", json=audit)
    return requests.post("{API}", json={{"flowId": flow_id, "inputData": inputs}})
'''


@pytest.mark.parametrize(("name", "text", "code"), [
    ("svc.py", PY_AUDIT, "FL102"), ("svc.ts", TS_ANALYTICS, "FL203"), ("ret.py", PY_RETURNED, "FL102"),
    ("exported.mjs", JS_EXPORTED, "FL102"), ("through.py", PY_THROUGH_ANOTHER_NAME, "FL203")])
def test_a_binding_other_code_reads_is_not_edited(tmp_path: Path, name: str, text: str, code: str) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    checked = flowlint("check", "--no-cache", str(path))
    assert f" {code} " in checked.output  # the finding is still there (a fix withheld never weakens the check)
    assert "help: rename it" in checked.output and "fix: rename it" not in checked.output, checked.output
    result = flowlint("check", "--no-cache", "--fix", "--unsafe-fixes", str(path))
    assert result.exit_code == 1, result.output
    assert path.read_text(encoding="utf-8") == text  # what the other call sends stays byte-identical


def test_a_binding_read_only_by_launches_logs_and_its_own_writes_is_fixed(tmp_path: Path) -> None:
    text = f'''import logging
import requests

log = logging.getLogger(__name__)


def launch(flow_id):
    payload = {{"flowId": flow_id, "flow_version": "2.0", "inputData": {{"customerName": "Ana"}}}}
    payload["name"] = "follow-up"
    log.info("launching %s", payload)
    sent = payload
    requests.post("{API}", json=sent)
    requests.post("{API}", json=payload)
'''
    path = tmp_path / "ok.py"
    path.write_text(text, encoding="utf-8")
    flowlint("check", "--no-cache", "--fix", str(path))
    assert path.read_text(encoding="utf-8") == text.replace('"flow_version"', '"flowVersion"').replace(
        '"customerName"', '"Flow.customerName"')


def test_a_js_binding_read_by_the_launch_and_console_is_fixed(tmp_path: Path) -> None:
    text = f'''import axios from 'axios';
export async function launch(flowId: string) {{
  const inputs = {{ customerName: 'Ana' }};
  console.log(inputs);
  const body = {{ flowId, inputData: inputs }};
  return axios.post('{API}', body);
}}
'''
    path = tmp_path / "ok.ts"
    path.write_text(text, encoding="utf-8")
    flowlint("check", "--no-cache", "--fix", str(path))
    assert path.read_text(encoding="utf-8") == text.replace("{ customerName: 'Ana' }", "{ 'Flow.customerName': 'Ana' }")
