"""Writes through a loop's item or a callback's parameter that may be the launch body (`for (const r of [body]) delete
r.extra`, `[body].forEach(r => …)`, `for r in (body,): del r["extra"]`): what such a write removes is not known to be
sent (never an error), what it adds is possible, never certain; a loop that only reads its item changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import check_file

API = "https://api.mypurecloud.com/api/v2/flows/executions"
FLOW = "0b9c7d1e-2f3a-4b5c-8d6e-7f8091a2b3c4"

JS = f'''function strip(r) {{ delete r.extra; }}
async function go(other) {{
  const body = {{ flowId: '{FLOW}', extra: 1, wrong: 2 }};
LOOP
  await fetch('{API}', {{ method: 'POST', headers: {{ 'Content-Type': 'application/json' }}, body: JSON.stringify(body) }});
}}
'''
PY = f'''import requests


def go(other):
    body = {{"flowId": "{FLOW}", "extra": 1, "wrong": 2}}
LOOP
    requests.post("{API}", json=body)
'''


def unknown_members(tmp_path: Path, name: str, template: str, loop: str) -> set[str]:
    found = check_file(tmp_path, name, template.replace("LOOP", loop), "-v")
    assert any(d["code"] in ("FL200", "FL011") for d in found), found  # the launch was read (or said not known)
    return {str(d["pointer"]) for d in found if d["code"] == "FL102"}


@pytest.mark.parametrize("loop", [
    "  for (const r of [body]) delete r.extra;",
    "  for (const r of [other, body]) { delete r['extra']; }",
    "  const all = [body, other];\n  for (let r of all) delete r.extra;",
    "  [body].forEach(r => delete r.extra);",
    "  [body].forEach(function (r) { delete r.extra; });",
    "  [body].forEach(strip);",
    "  const kept = [body].filter((r) => { delete r.extra; return true; });",
    "  for (const r of [body]) Reflect.deleteProperty(r, 'extra');",
])
def test_js_a_member_removed_through_the_item_is_not_judged(tmp_path: Path, loop: str) -> None:
    # (a callback named, or the item handed to a call: nothing of the body is known, and -v says so)
    assert unknown_members(tmp_path, "a.js", JS, loop) <= {"/wrong"}


@pytest.mark.parametrize("loop", [
    '    for r in (body,):\n        del r["extra"]',
    '    for r in [other, body]:\n        r.pop("extra", None)',
    '    items = (body, other)\n    for r in items:\n        del r["extra"]',
    '    for r in body, other:\n        del r["extra"]',
])
def test_py_a_member_removed_through_the_item_is_not_judged(tmp_path: Path, loop: str) -> None:
    assert unknown_members(tmp_path, "a.py", PY, loop) == {"/wrong"}


def test_js_the_item_removes_a_member_and_the_others_stay_judged(tmp_path: Path) -> None:
    assert unknown_members(tmp_path, "a.js", JS, "  for (const r of [body]) delete r.extra;") == {"/wrong"}


@pytest.mark.parametrize(("name", "template", "loop"), [
    ("a.js", JS, "  for (const r of [body]) console.log(r.flowId);"),
    ("a.js", JS, "  [body].forEach(r => console.log(r));"),
    ("a.js", JS, "  for (const r of [body]) delete r.other;"),
    ("a.py", PY, "    for r in (body,):\n        print(r)"),
    ("a.py", PY, '    for r in (body,):\n        r.pop("other", None)'),
])
def test_a_loop_that_leaves_a_member_keeps_it_judged(tmp_path: Path, name: str, template: str, loop: str) -> None:
    assert unknown_members(tmp_path, name, template, loop) == {"/extra", "/wrong"}


def test_a_member_added_through_the_item_is_possible_not_certain(tmp_path: Path) -> None:
    text = JS.replace("extra: 1, wrong: 2", "extra: 1").replace("LOOP", "  for (const r of [body]) { r.flowVersion = 3; delete r.extra; }")
    found = check_file(tmp_path, "a.js", text, "-v")
    assert any(d["code"] == "FL200" for d in found), found
    # flowVersion 3 (a number) may be written: not judged as certain (no FL105), nor is what was removed
    assert not [d for d in found if d["severity"] in ("error", "warning")], found
    notes = [d for d in found if d["code"] == "FL011"]
    assert notes and "which may be `body`" in notes[0]["message"], notes


def test_a_correct_launch_with_a_loop_stays_clean(tmp_path: Path) -> None:
    text = JS.replace(", extra: 1, wrong: 2", ", inputData: {}").replace(
        "LOOP", "  for (const r of [body]) r.inputData['Flow.x'] = 'y';")
    found = check_file(tmp_path, "a.js", text)
    assert any(d["code"] == "FL200" for d in found), found
    assert not [d for d in found if d["severity"] in ("error", "warning")], found
