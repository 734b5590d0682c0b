"""URLs written as literals in any spelling (f-strings and templates without placeholders, concatenation) are known."""

from __future__ import annotations

from pathlib import Path

from conftest import check_file

APPS = "https://apps.mypurecloud.ie"
PATH = "/api/v2/flows/executions"


def found(tmp_path: Path, name: str, text: str) -> list[tuple[str, int]]:
    return [(d["code"], d["line"]) for d in check_file(tmp_path, name, text)]


def test_python_literal_spellings_are_literals(tmp_path: Path) -> None:
    text = ("import requests\nbody = {'flowId': flow_id, 'inputData': {}}\n"
            f"requests.post(f'{APPS}{PATH}', json=body)\n"
            f"requests.post(F'{APPS}{PATH}', json=body)\n"
            f"requests.post('{APPS}' '{PATH}', json=body)\n"
            f"requests.post(('{APPS}'\n    '{PATH}'), json=body)\n"
            f"requests.post('{APPS}' + '{PATH}', json=body)\n"
            f"requests.post(rf'{APPS}{PATH}', json={{'flowId': f'abc', 'inputData': {{}}}})\n")
    assert found(tmp_path, "a.py", text) == [
        ("FL302", 3), ("FL302", 4), ("FL302", 5), ("FL302", 6), ("FL302", 8), ("FL302", 9), ("FL104", 9)]


def test_python_placeholders_leave_the_literal_path_known(tmp_path: Path) -> None:
    text = ("import requests\nbody = {'flowId': flow_id, 'inputData': {}}\n"
            f"requests.post(f'{{BASE}}{PATH}', json=body)\n"
            f"requests.post(f'https://{{host}}{PATH}', json=body)\n"
            f"requests.post(f'{{BASE}}{PATH}/{{FLOW_ID}}', json=body)\n"
            f"requests.post('{APPS}' f'{PATH}/{{FLOW_ID}}', json=body)\n"
            f"requests.post(f'{{BASE}}{PATH}', json={{'flowId': flow_id, 'flow_version': 1}})\n")
    assert found(tmp_path, "a.py", text) == [("FL106", 5), ("FL106", 6), ("FL302", 6), ("FL102", 7)]


def test_javascript_literal_spellings_are_literals(tmp_path: Path) -> None:
    send = "{method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(body)}"
    text = ("const body = {flowId: flowId, inputData: {}};\n"
            f"fetch(`{APPS}{PATH}`, {send});\n"
            f"fetch('{APPS}' + '{PATH}', {send});\n"
            f"fetch(('{APPS}' +\n  `{PATH}`), {send});\n"
            f"fetch(`${{BASE}}{PATH}`, {send});\n"
            f"fetch(`https://${{host}}{PATH}`, {send});\n"
            f"fetch(`${{BASE}}{PATH}/${{FLOW_ID}}`, {send});\n"
            f"fetch(`${{BASE}}{PATH}`, {{method: 'POST', body: JSON.stringify({{flowId: x, flow_version: 1}})}});\n")
    assert found(tmp_path, "a.ts", text) == [
        ("FL302", 2), ("FL302", 3), ("FL302", 4), ("FL106", 8), ("FL303", 9), ("FL102", 9)]


def test_a_body_sent_by_several_launches_is_said_once_where_it_is_written(tmp_path: Path) -> None:
    text = ("import requests\nbody = {'flowId': 'abc', 'inputData': {}}\n"
            f"requests.post('https://api.mypurecloud.com{PATH}', json=body)\n"
            f"requests.post('{APPS}{PATH}', json=body)\n")
    assert found(tmp_path, "a.py", text) == [("FL104", 2), ("FL302", 4)]
