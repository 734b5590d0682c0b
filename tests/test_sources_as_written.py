"""Launches as real code writes them (issue 21, round 2): each shape is read, left honestly unknown, or said; never a
guess and never a silent miss."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from conftest import check_file

API = "https://api.mypurecloud.com/api/v2/flows/executions"
FLOW = "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90"
JSON_POST = "method: 'POST', headers: { 'Content-Type': 'application/json' }"


def found(diagnostics: list[dict[str, Any]]) -> list[tuple[str, int, str | None]]:
    return [(d["code"], d["line"], d["pointer"]) for d in diagnostics if not d["code"].startswith("FL2")]


# -- a name handed to a call opens that binding only ---------------------------------------------------------------

SHADOWED_JS = f"""\
function other() {{
  const body = {{ a: 1 }};
  fill(body);
}}
export async function launch(token) {{
  const body = {{ type: 'flow' }};
  return fetch('{API}', {{ {JSON_POST}, body: JSON.stringify(body) }});
}}
"""

SHADOWED_PY = f"""\
import requests


def other():
    body = {{"a": 1}}
    fill(body)


def launch(token):
    body = {{"type": "flow"}}
    return requests.post("{API}", json=body)
"""


def test_a_name_passed_to_a_call_in_another_function_leaves_this_body_closed(tmp_path: Path) -> None:
    # `body` in other() is another binding: the launch's body is all written, so its missing flowId is certain.
    assert found(check_file(tmp_path, "a.js", SHADOWED_JS)) == [("FL103", 6, ""), ("FL101", 6, "/type")]
    assert found(check_file(tmp_path, "a.py", SHADOWED_PY)) == [("FL103", 10, ""), ("FL101", 10, "/type")]


def test_the_same_binding_passed_to_a_call_stays_open(tmp_path: Path) -> None:
    # Passed in the launch's own function, or from a closure that sees the same binding: fill() may add flowId.
    same_js = SHADOWED_JS.replace("const body = { type: 'flow' };", "const body = { type: 'flow' };\n  fill(body);")
    closure_js = SHADOWED_JS.replace("const body = { type: 'flow' };",
                                     "const body = { type: 'flow' };\n  [1].forEach(() => fill(body));")
    for text in (same_js, closure_js):
        assert found(check_file(tmp_path, "b.js", text)) == [("FL101", 6, "/type")]
    same_py = SHADOWED_PY.replace('    body = {"type": "flow"}\n', '    body = {"type": "flow"}\n    fill(body)\n')
    assert found(check_file(tmp_path, "b.py", same_py)) == [("FL101", 10, "/type")]

