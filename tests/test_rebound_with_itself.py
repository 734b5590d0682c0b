"""The immutable update, a body bound again to a copy of itself with members added (`body = { ...body, name }`,
`body = {**body, "name": …}`, `payload = dict(payload, name=…)` aside), is read as the earlier value with those members
added or replaced, as the same spread into a new name already was (review R11, /tmp/s42/review/r/flow/j2.js, p3.py
`d()`: the whole body was lost with no note, even -v). The binding that reads the name binds it only once the name is
read: it is no change between the earlier binding and that use. In a loop, where the statement runs again, it is not
known."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import check_file

FLOW = "c0ffee00-1234-4abc-8def-0123456789ab"
URL = "https://api.mypurecloud.ie/api/v2/flows/executions"


def _errors(found: list[dict[str, Any]]) -> list[tuple[str, int]]:
    return [(d["code"], d["line"]) for d in found if d["severity"] != "info"]


READ = {  # (file, text, the errors expected: the wrong member where it is written)
    "js spread, let": ("a.js", f"const axios = require('axios');\nconst URL = '{URL}';\nasync function d(phone) {{\n"
                       f"  let body = {{ flowId: '{FLOW}', inputs: {{ 'Flow.phone': phone }} }};\n"
                       "  body = { ...body, name: 'callback' };\n  return axios.post(URL, body);\n}\nmodule.exports = { d };\n",
                       [("FL101", 4)]),
    "ts spread twice, fetch": ("b.ts", f"const URL = '{URL}';\nexport async function d(phone: string, name?: string) {{\n"
                               f"  let payload: Record<string, unknown> = {{ flowId: '{FLOW}', inputs: {{ 'Flow.phone': phone }} }};\n"
                               "  payload = { ...payload, name: name ?? 'callback' };\n"
                               "  payload = { ...payload, flowVersion: 3 };\n"
                               "  return fetch(URL, { method: 'POST', headers: { 'Content-Type': 'application/json' },"
                               " body: JSON.stringify(payload) });\n}\n",
                               [("FL101", 3), ("FL105", 5)]),
    "python spread": ("c.py", f'import requests\n\nURL = "{URL}"\n\n\ndef d(phone):\n'
                      f'    body = {{"flowId": "{FLOW}", "inputs": {{"Flow.phone": phone}}}}\n'
                      '    body = {**body, "name": "callback"}\n    requests.post(URL, json=body)\n',
                      [("FL101", 7)]),
    # the member the copy replaces is not sent: its earlier value is not judged
    "python spread, a member replaced": ("d.py", f'import httpx\n\nURL = "{URL}"\n\n\nasync def d(client, phone):\n'
                                         f'    body = {{"flowId": "{FLOW}", "inputs": {{}}, "inputData": {{"vip": True}}}}\n'
                                         '    body = {**body, "inputData": {"Flow.phone": phone, "Flow.vip": True}}\n'
                                         "    await client.post(URL, json=body)\n",
                                         [("FL101", 7)]),
}


@pytest.mark.parametrize("name", sorted(READ))
def test_a_body_bound_again_to_a_copy_of_itself_is_read(tmp_path: Path, name: str) -> None:
    file, text, errors = READ[name]
    assert _errors(check_file(tmp_path, file, text)) == errors


def test_in_a_loop_the_copy_is_not_known(tmp_path: Path) -> None:
    text = (f"const URL = '{URL}';\nexport async function all(names) {{\n"
            f"  let body = {{ flowId: '{FLOW}', inputs: {{}} }};\n"
            "  for (const n of names) body = { ...body, [n]: true };\n"
            "  return fetch(URL, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });\n}\n")
    found = check_file(tmp_path, "e.js", text, "-v")
    assert any(d["code"] == "FL011" for d in found), found  # reached: the launch is read, its body not known
    assert _errors(found) == [], found
