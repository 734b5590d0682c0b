"""A member given by a conditional spread of an object literal written in place (`...(count && { 'Flow.orderCount':
String(count) })`, `...(c ? { … } : {})`, Python `**({…} if c else {})`) is sent on some path: judged as written there
(FL204 on a string for an Integer input); the object may lack it on another, so nothing is said missing (no FL201).
A branch that is not a literal written in place leaves the object open, as any spread flowlint cannot see."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import UUID, check_file

API = "https://api.mypurecloud.com/api/v2/flows/executions"
JS = f'''export async function go(name, count, extra) {{
  const body = {{ flowId: '{UUID}', inputData: {{ SPREAD }} }};
  return fetch('{API}', {{ method: 'POST', headers: {{ 'Content-Type': 'application/json' }}, body: JSON.stringify(body) }});
}}
'''
PY = f'''import requests


def go(name, count, extra):
    requests.post("{API}", json={{"flowId": "{UUID}", "inputData": {{SPREAD}}}})
'''


def codes(tmp_path: Path, name: str, text: str) -> set[tuple[str, str]]:
    return {(str(d["code"]), str(d.get("pointer"))) for d in check_file(tmp_path, name, text)}


@pytest.mark.parametrize(("name", "text"), [
    ("a.js", JS.replace("SPREAD", "'Flow.customerName': name, ...(count && { 'Flow.orderCount': String(count) })")),
    ("a.js", JS.replace("SPREAD", "'Flow.customerName': name, ...(count ? { 'Flow.orderCount': `${count}` } : {})")),
    ("a.js", JS.replace("SPREAD", "'Flow.customerName': name, ...(count ? null : { 'Flow.orderCount': 'none' })")),
    ("a.py", PY.replace("SPREAD", '"Flow.customerName": name, **({"Flow.orderCount": str(count)} if count else {})')),
], ids=["js and", "js ternary", "js null branch", "python"])
def test_a_member_a_conditional_spread_gives_is_judged(tmp_path: Path, name: str, text: str) -> None:
    assert ("FL204", "/inputData/Flow.orderCount") in codes(tmp_path, name, text)


@pytest.mark.parametrize(("name", "text"), [
    ("a.js", JS.replace("SPREAD", "...(name && { 'Flow.customerName': name })")),
    ("a.py", PY.replace("SPREAD", '**({"Flow.customerName": name} if name else {})')),
], ids=["js", "python"])
def test_a_required_input_a_conditional_spread_may_give_is_not_missing(tmp_path: Path, name: str, text: str) -> None:
    found = codes(tmp_path, name, text)
    assert ("FL201", "/inputData") not in found and not any(code == "FL201" for code, _ in found), found


@pytest.mark.parametrize(("name", "text"), [
    ("a.js", JS.replace("SPREAD", "'Flow.customerName': name, ...(count ? extra : { 'Flow.orderCount': 1 }), x: 1")),
    ("a.js", JS.replace("SPREAD", "'Flow.customerName': name, ...(count || { 'Flow.orderCount': 'x' })")),
    ("a.py", PY.replace("SPREAD", '"Flow.customerName": name, **(extra if count else {"Flow.orderCount": 1})')),
], ids=["js a name branch", "js or", "python a name branch"])
def test_a_branch_not_written_in_place_leaves_the_object_open(tmp_path: Path, name: str, text: str) -> None:
    found = codes(tmp_path, name, text)
    assert not any(pointer.startswith("/inputData/Flow.orderCount") for _, pointer in found), found
