"""A member given under a guard that tests its own value (`if name: body["name"] = name`, `if x is not None:`, JS `if
(name)`, `due !== ''`, a conditional spread `...(name ? { name } : {})`, `**({…: due} if due else {})`, `...(due &&
{…})`) is never judged with a value that guard rules out (the call's default None, null or "", followed into the
function): review R16, /tmp/s42/review/r/optname (FL107 and FL205 on the optional-field idiom, and an unsafe fix that
deleted the member from the branch that sends it). A member given in a branch that then leaves (`return`, `raise`,
`continue`, `throw`) never reaches the send: not judged (/tmp/s42/review/r/leave). What the guard lets through is still
judged."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import check_file

FLOW = "c0ffee00-1234-4abc-8def-0123456789ab"
URL = "https://api.mypurecloud.ie/api/v2/flows/executions"
PY_HEAD = f'import requests\n\nURL = "{URL}"\n\n\n'
JS_HEAD = f"const URL = '{URL}';\n"
FETCH = "fetch(URL, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })"


def _said(found: list[dict[str, Any]]) -> list[tuple[str, int]]:
    return [(d["code"], d["line"]) for d in found if d["severity"] != "info"]


QUIET = {  # each called without the optional value: the guard keeps it out of the body
    "truthy.py": PY_HEAD + "def launch(phone: str, name: str | None = None, version: str | None = None) -> None:\n"
                 f'    body = {{"flowId": "{FLOW}", "inputData": {{"Flow.phone": phone}}}}\n'
                 '    if name:\n        body["name"] = name\n    if version is not None:\n        body["flowVersion"] = version\n'
                 '    requests.post(URL, json=body)\n\n\nlaunch("+1")\n',
    "inputs.py": PY_HEAD + "def launch(claim_id, due: str = '', tags: list[str] | None = None, version=None):\n"
                 f'    body = {{"flowId": "{FLOW}", "inputData": {{"Flow.claimId": claim_id}}}}\n'
                 '    if due:\n        body["inputData"]["Flow.dueDate"] = due\n'
                 '    if tags:\n        body["inputData"]["Flow.tags"] = tags\n    if len(tags or []) and version != None:\n'
                 '        body["flowVersion"] = version\n'
                 '    requests.post(URL, json=body)\n\n\n'
                 'launch("CLM-1")\nlaunch("CLM-2", due="2026-12-31")\n',
    "truthy.js": JS_HEAD + "async function launch(phone, name = null) {\n"
                 f"  const body = {{ flowId: '{FLOW}', inputData: {{ 'Flow.phone': phone }} }};\n"
                 f"  if (name) body.name = name;\n  return {FETCH};\n}}\nlaunch('+1');\n",
    "compared.ts": JS_HEAD + "export function launch(claimId: string, version = '', note: string | null = null) {\n"
                   f"  const body: Record<string, unknown> = {{ flowId: '{FLOW}', inputData: {{ 'Flow.claimId': claimId }} }};\n"
                   "  if (version !== '') body.flowVersion = version;\n"
                   "  if (note !== null && note !== undefined) {\n    body.name = note;\n  }\n"
                   f"  return {FETCH};\n}}\nlaunch('CLM-1');\n",
    "spread.js": JS_HEAD + "async function launch(claimId, due = '', name = null) {\n"
                 f"  const body = {{\n    flowId: '{FLOW}',\n    ...(name ? {{ name }} : {{}}),\n"
                 "    inputData: { 'Flow.claimId': claimId, ...(due && { 'Flow.dueDate': due }) },\n  };\n"
                 f"  return {FETCH};\n}}\nlaunch('CLM-1');\n",
    "spread.py": PY_HEAD + "def launch(claim_id, due='', name=None):\n    body = {\n"
                 f'        "flowId": "{FLOW}",\n        **({{"name": name}} if name else {{}}),\n'
                 '        "inputData": {"Flow.claimId": claim_id, **({"Flow.dueDate": due} if due else {})},\n    }\n'
                 '    requests.post(URL, json=body)\n\n\nlaunch("CLM-1")\n',
    # given in a branch that leaves: never sent
    "return.py": PY_HEAD + "def launch(phone, dry_run=False):\n"
                 f'    body = {{"flowId": "{FLOW}", "inputData": {{"Flow.phone": phone}}}}\n'
                 '    if dry_run:\n        body["inputs"] = {"Flow.priority": "debug"}\n        print(body)\n        return None\n'
                 "    return requests.post(URL, json=body)\n",
    "raise_continue.py": PY_HEAD + "def launch_all(phones):\n    for p in phones:\n"
                         f'        body = {{"flowId": "{FLOW}", "inputData": {{"Flow.phone": p}}}}\n'
                         '        if not p.startswith("+"):\n            body["inputData"]["Flow.phone"] = 42\n'
                         '            print("skipping", body)\n            continue\n        if p == "+0":\n'
                         '            body["name"] = 42\n            raise ValueError(body)\n        requests.post(URL, json=body)\n',
    "throw.js": JS_HEAD + "function launch(phone, dryRun = false) {\n"
                f"  const body = {{ flowId: '{FLOW}', inputData: {{ 'Flow.phone': phone }} }};\n"
                "  if (dryRun) {\n    body.inputs = { 'Flow.priority': 'debug' };\n    console.log(body);\n"
                "    throw new Error('dry run');\n  }\n"
                f"  return {FETCH};\n}}\nmodule.exports = {{ launch }};\n",
}


@pytest.mark.parametrize("name", sorted(QUIET))
def test_a_value_the_guard_rules_out_or_a_branch_that_leaves_is_not_judged(tmp_path: Path, name: str) -> None:
    found = check_file(tmp_path, name, QUIET[name])
    assert any(d["code"] == "FL200" for d in found), found  # reached: the launch was read (its contract looked for)
    assert _said(found) == [], found


def test_what_the_guard_lets_through_is_judged(tmp_path: Path) -> None:
    text = (PY_HEAD + "def launch(phone, name=None, priority=None):\n"
            f'    body = {{"flowId": "{FLOW}", "inputData": {{"Flow.phone": phone}}}}\n'
            '    if name:\n        body["name"] = name\n    if priority is not None:\n'
            '        body["inputs"] = {"Flow.priority": priority}\n    if not phone:\n        body["flowVersion"] = 3\n'
            '    requests.post(URL, json=body)\n\n\nlaunch("+1", name=42)\n')
    # the name given (42) passes the guard and is judged at the call; a literal under a guard on another name, as before
    assert _said(check_file(tmp_path, "let_through.py", text)) == [("FL101", 11), ("FL105", 13), ("FL105", 17)]


LETS_IT_THROUGH = {  # the branch is taken with the value empty, or the condition only mentions it: judged (attack A5)
    "is None": "    if name is None:\n        body[\"name\"] = name\n",
    "not": "    if not name:\n        body[\"name\"] = name\n",
    "is None or blank": "    if name is None or name == \"\":\n        body[\"name\"] = name\n",
    "else of a truthy test": "    if name:\n        pass\n    else:\n        body[\"name\"] = name\n",
    "compared to another": "    if phone != name:\n        body[\"name\"] = name\n",
    "isinstance": "    if isinstance(name, (str, type(None))):\n        body[\"name\"] = name\n",
    "an or": "    if name or phone:\n        body[\"name\"] = name\n",
}


@pytest.mark.parametrize("guard", sorted(LETS_IT_THROUGH))
def test_a_guard_that_lets_the_empty_value_through_judges_it(tmp_path: Path, guard: str) -> None:
    text = (PY_HEAD + "def launch(phone, name=None):\n"
            f'    body = {{"flowId": "{FLOW}", "inputData": {{"Flow.phone": phone}}}}\n'
            + LETS_IT_THROUGH[guard] + '    requests.post(URL, json=body)\n\n\nlaunch("+1")\n')
    assert [code for code, _ in _said(check_file(tmp_path, "g.py", text))] == ["FL107"]


JS_LETS_IT_THROUGH = {
    "not": "  if (!name) body.name = name;\n",
    "=== null": "  if (name === null) body.name = name;\n",
    "spread's other arm": "  Object.assign(body, { ...(name ? {} : { name }) });\n",
}


@pytest.mark.parametrize("guard", sorted(JS_LETS_IT_THROUGH))
def test_javascript_a_guard_that_lets_the_empty_value_through_judges_it(tmp_path: Path, guard: str) -> None:
    text = (JS_HEAD + "async function launch(phone, name = null) {\n"
            f"  const body = {{ flowId: '{FLOW}', inputData: {{ 'Flow.phone': phone }}, ...(name ? {{}} : {{ name }}) }};\n"
            if guard == "spread's other arm" else JS_HEAD + "async function launch(phone, name = null) {\n"
            f"  const body = {{ flowId: '{FLOW}', inputData: {{ 'Flow.phone': phone }} }};\n" + JS_LETS_IT_THROUGH[guard])
    text += f"  return {FETCH};\n}}\nlaunch('+1');\n"
    assert [code for code, _ in _said(check_file(tmp_path, "g.js", text))] == ["FL107"]


REVERSED = {  # the same guards written the other way round (the final review's fb F2): `None is not p`, `null !== p`
    "reversed.py": (PY_HEAD + "def launch(phone: str, name: str | None = None) -> None:\n"
                    f'    body = {{"flowId": "{FLOW}", "inputData": {{"Flow.phone": phone}}}}\n'
                    '    if None is not name:\n        body["name"] = name\n    requests.post(URL, json=body)\n\n\nlaunch("+1")\n'),
    "reversed.js": (JS_HEAD + "async function launch(phone, name = null) {\n"
                    f"  const body = {{ flowId: '{FLOW}', inputData: {{ 'Flow.phone': phone }} }};\n"
                    f"  if (null !== name) body.name = name;\n  return {FETCH};\n}}\nlaunch('+1');\n"),
}


@pytest.mark.parametrize("name", sorted(REVERSED))
def test_a_guard_written_the_other_way_round_rules_the_empty_value_out_too(tmp_path: Path, name: str) -> None:
    assert _said(check_file(tmp_path, name, REVERSED[name])) == []
    # the control: the guard that lets the empty value through, written the same way, still has it judged
    through = REVERSED[name].replace("None is not name", "None is name").replace("null !== name", "null === name")
    assert [code for code, _ in _said(check_file(tmp_path, name, through))] == ["FL107"]
