"""Writes through a loop's item or a callback's parameter that may be the launch body (`for (const r of [body]) delete
r.extra`, `[body].forEach(r => …)`, `for r in (body,): del r["extra"]`): what such a write removes is not known to be
sent (never an error), what it adds is possible, never certain, but a key given in every turn of a loop over a literal
written in it (`for (const t of [body]) t.inputs = {…}`) is the body's key, judged, its value unknown; a loop that only
reads its item changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import UUID, check_file

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
    # flowVersion is given (in every turn), its value not followed: 3 (a number) is not judged (no FL105), nor is
    # what was removed
    assert not [d for d in found if d["severity"] in ("error", "warning")], found
    notes = [d for d in found if d["code"] == "FL011"]
    assert notes and "which may be `body`" in notes[0]["message"], notes


def test_a_correct_launch_with_a_loop_stays_clean(tmp_path: Path) -> None:
    text = JS.replace(", extra: 1, wrong: 2", ", inputData: {}").replace(
        "LOOP", "  for (const r of [body]) r.inputData['Flow.x'] = 'y';")
    found = check_file(tmp_path, "a.js", text)
    assert any(d["code"] == "FL200" for d in found), found
    assert not [d for d in found if d["severity"] in ("error", "warning")], found


ADDED = JS.replace(", extra: 1, wrong: 2", ", inputData: {}")
PY_ADDED = PY.replace(', "extra": 1, "wrong": 2', ', "inputData": {}')


@pytest.mark.parametrize(("name", "template", "loop"), [
    ("a.js", ADDED, "  for (const t of [body]) t.inputs = { 'Flow.x': 1 };"),
    ("a.js", ADDED, "  for (const t of [body]) { t.flowVersion = '2'; t.inputs = {}; }"),
    ("a.js", ADDED, "  for (const t of [other, body]) {\n    t['inputs'] = {};\n  }"),
    ("a.js", ADDED, "  [body].forEach((t) => { t.inputs = {}; });"),
    ("a.js", ADDED, "  [body].forEach(t => t.inputs = {});"),
    ("a.js", ADDED, "  [body].map(function (t) { t.inputs = {}; return t; });"),
    ("a.ts", ADDED, "  for (const t of [body] as any[]) t.inputs = {};"),
    ("a.py", PY_ADDED, '    for t in (body,):\n        t["inputs"] = {}'),
    ("a.py", PY_ADDED, '    for t in [other, body]:\n        t["flowVersion"] = "2"\n        t["inputs"] = {}'),
])
def test_a_key_added_through_the_item_in_every_turn_is_judged(tmp_path: Path, name: str, template: str, loop: str) -> None:
    found = check_file(tmp_path, name, template.replace("LOOP", loop), "-v")
    assert any(d["code"] in ("FL200", "FL011") for d in found), found  # the launch was read
    assert [d["pointer"] for d in found if d["code"] in ("FL101", "FL102")] == ["/inputs"], found
    line = template.replace("LOOP", loop).splitlines()[next(d["line"] for d in found if d["code"] == "FL101") - 1]
    assert "inputs" in line  # said where the item writes it


@pytest.mark.parametrize(("name", "template", "loop"), [
    ("a.js", ADDED, "  for (const t of [body]) if (other) t.inputs = {};"),  # not in every turn
    ("a.js", ADDED, "  for (const t of [other, body]) { if (t === other) continue; t.inputs = {}; }"),
    ("a.js", ADDED, "  for (const t of [other, body]) { if (t.done) break; t.inputs = {}; }"),
    ("a.js", ADDED, "  if (other) for (const t of [body]) t.inputs = {};"),  # the loop may not run
    ("a.js", ADDED, "  [other, body].some(t => { t.inputs = {}; return true; });"),  # stops at the first true
    ("a.js", ADDED, "  [body].forEach(fill);"),  # a callback named: not followed
    ("a.js", ADDED, "  const all = [other];\n  all.push(body);\n  for (const t of all) t.inputs = {};"),
    ("a.js", ADDED, "  const all = [body];\n  all.pop();\n  for (const t of all) t.inputs = {};"),  # emptied first
    ("a.js", ADDED, "  for (const t of [body]) { await other(t); t.inputs = {}; }".replace("await other(t);", "return;")),
    ("a.py", PY_ADDED, '    for t in (body,):\n        if other:\n            t["inputs"] = {}'),
    ("a.py", PY_ADDED, '    for t in [other, body]:\n        if t is other:\n            continue\n        t["inputs"] = {}'),
    ("a.py", PY_ADDED, '    items = [body]\n    items.clear()\n    for t in items:\n        t["inputs"] = {}'),
])
def test_a_key_that_may_not_be_added_stays_unjudged(tmp_path: Path, name: str, template: str, loop: str) -> None:
    found = check_file(tmp_path, name, template.replace("LOOP", loop), "-v")
    assert any(d["code"] in ("FL200", "FL011") for d in found), found  # the launch was read
    assert not [d for d in found if d["code"] in ("FL101", "FL102")], found


def test_a_key_added_after_the_send_is_not_judged(tmp_path: Path) -> None:
    sent = "JSON.stringify(body) });\n"
    text = ADDED.replace("LOOP\n", "").replace(sent, sent + "  for (const t of [body]) t.inputs = {};\n")
    found = check_file(tmp_path, "a.js", text, "-v")
    assert any(d["code"] == "FL200" for d in found), found
    assert not [d for d in found if d["code"] in ("FL101", "FL102")], found


def test_the_value_added_through_the_item_stays_unknown(tmp_path: Path) -> None:
    text = ADDED.replace("LOOP", "  for (const t of [body]) t.flowVersion = 3;")
    found = check_file(tmp_path, "a.js", text, "-v")
    assert any(d["code"] == "FL011" and "which may be `body`" in d["message"] for d in found), found  # (reached)
    assert not [d for d in found if d["severity"] in ("error", "warning")], found  # (a number, not judged: unknown)


@pytest.mark.parametrize(("name", "template", "loop"), [
    ("a.py", PY_ADDED, '    for t in (body,):\n        t["inputs"] = {}\n    del body["inputs"]'),
    ("a.py", PY_ADDED, '    for t in (body,):\n        t["inputs"] = {}\n    body["inputData"] = body.pop("inputs")'),
    ("a.js", ADDED, "  for (const t of [body]) t.inputs = {};\n  delete body.inputs;"),
    ("a.ts", ADDED, "  for (const t of [body]) t.inputs = {};\n  body.inputData = body.inputs;\n  delete body.inputs;"),
    ("a.js", ADDED, "  [body].forEach((t) => { t.inputs = undefined; });"),  # JSON.stringify leaves it out
    ("a.js", ADDED, "  for (const t of [body]) t.inputs = {};\n  for (const u of [body]) delete u.inputs;"),
])
def test_a_key_added_through_the_item_and_removed_is_not_judged(tmp_path: Path, name: str, template: str,
                                                                loop: str) -> None:
    # as a key given directly: a later delete/pop takes it out, an undefined value is not sent
    found = check_file(tmp_path, name, template.replace("LOOP", loop), "-v")
    assert any(d["code"] in ("FL200", "FL011") for d in found), found  # the launch was read
    assert not [d for d in found if d["code"] in ("FL101", "FL102")], found


def test_a_member_set_to_undefined_through_the_item_is_not_judged(tmp_path: Path) -> None:
    text = JS.replace("LOOP", "  [body].forEach((b) => { b.wrong = undefined; });")
    found = check_file(tmp_path, "a.js", text, "-v")
    assert any(d["code"] in ("FL200", "FL011") for d in found), found  # the launch was read
    assert {d["pointer"] for d in found if d["code"] == "FL102"} == {"/extra"}, found  # (judged, and wrong left out)


@pytest.mark.parametrize(("name", "template", "loop"), [
    ("a.py", PY_ADDED, '    body.pop("inputs", None)\n    for t in (body,):\n        t["inputs"] = {}'),
    ("a.py", PY_ADDED, '    body["inputs"] = None\n    for t in (body,):\n        t["inputs"] = {}'),
    ("a.js", ADDED, "  delete body.inputs;\n  for (const t of [body]) t.inputs = {};"),
    ("a.js", ADDED, "  const same = body;\n  delete same.inputs;\n  [body].forEach((t) => { t.inputs = {}; });"),
])
def test_a_key_added_through_the_item_after_another_write_is_judged(tmp_path: Path, name: str, template: str,
                                                                    loop: str) -> None:
    # a write certainly run before the loop: the loop's write in every turn replaces it, and the key is sent
    found = check_file(tmp_path, name, template.replace("LOOP", loop), "-v")
    line = template.replace("LOOP", loop).splitlines().index(next(
        text for text in template.replace("LOOP", loop).splitlines() if "t.inputs" in text or 't["inputs"]' in text)) + 1
    assert ("FL101", line) in {(d["code"], d["line"]) for d in found}, found


@pytest.mark.parametrize(("loop", "removed"), [
    ("  for (const { inputData } of [body]) delete inputData['Flow.x'];", "/inputData/Flow.x"),
    ("  [body].forEach(({ inputData }) => delete inputData['Flow.x']);", "/inputData/Flow.x"),
    ("  for (const [k, r] of [[1, body]]) delete r.wrong;", "/wrong"),
    ("  for (const [r] of [[body], [other]]) { delete r['wrong']; }", "/wrong"),
    ("  for (const r of [[body]]) delete r[0].wrong;", "/wrong"),
    ("  for (const r of [{ b: body }]) delete r.b.wrong;", "/wrong"),
    ("  for (const { inputData } of [body]) { delete inputData['Flow.x']; inputData.x = 1; }", "/wrong"),
    ("  for (let { b: r } of [{ b: body }]) delete r.wrong;", "/wrong"),
    ("  for (const { b } of [{ b: body }]) delete b.wrong;", "/wrong"),
    ("  [[1, body]].forEach(([, r]) => { delete r.wrong; });", "/wrong"),
    ("  [body].forEach(function ({ ...r }) { delete r.wrong; });", "/wrong"),
])
def test_js_a_member_removed_through_a_destructured_item_is_not_judged(tmp_path: Path, loop: str, removed: str) -> None:
    # (a pattern's name, or an item holding the body, may be the body, hold it or be a part of it, at a path not known:
    # a write through it may change any key of the body)
    text = JS.replace("extra: 1, wrong: 2", "extra: 1, wrong: 2, inputData: { 'Flow.x': 1 }").replace(FLOW, UUID)
    found = check_file(tmp_path, "a.js", text.replace("LOOP", loop), "-v")
    assert any(d["code"] == "FL011" for d in found), found  # read, and said not known
    assert removed not in {d["pointer"] for d in found if d["code"] in ("FL102", "FL202")}, found


def test_js_a_member_given_through_a_destructured_item_leaves_the_body_unknown(tmp_path: Path) -> None:
    loop = "  for (const { inputData } of [body]) inputData['Flow.y'] = 1;"
    found = check_file(tmp_path, "a.js", JS.replace("LOOP", loop), "-v")
    assert any(d["code"] == "FL011" for d in found), found  # read, and said not known
    assert not [d for d in found if d["code"] == "FL102"]


@pytest.mark.parametrize(("loop", "removed"), [
    ('    for k, r in [(1, body)]:\n        del r["inputData"]["Flow.x"]', "/inputData/Flow.x"),
    ('    for k, r in [(1, body)]:\n        del r["wrong"]', "/wrong"),
    ('    for (k, [r]) in [(1, [body])]:\n        r.pop("wrong")', "/wrong"),
    ('    for [*r] in [[body]]:\n        del r[0]["wrong"]', "/wrong"),
    ('    for r in [[body]]:\n        del r[0]["wrong"]', "/wrong"),
    ('    for d in [{"b": body}]:\n        del d["b"]["wrong"]', "/wrong"),
    ('    items = [(1, body), (2, other)]\n    for k, r in items:\n        del r["wrong"]', "/wrong"),
    ('    kept = [r.pop("wrong") for k, r in [(1, body)]]', "/wrong"),
])
def test_py_a_member_removed_through_an_unpacked_item_is_not_judged(tmp_path: Path, loop: str, removed: str) -> None:
    text = PY.replace('"wrong": 2', '"wrong": 2, "inputData": {"Flow.x": 1}').replace(FLOW, UUID)
    found = check_file(tmp_path, "a.py", text.replace("LOOP", loop), "-v")
    assert any(d["code"] == "FL011" for d in found), found  # read, and said not known
    assert removed not in {d["pointer"] for d in found if d["code"] in ("FL102", "FL202")}, found


@pytest.mark.parametrize(("name", "template", "loop"), [
    ("a.js", JS, "  for (const { flowId, inputData } of [body]) console.log(flowId, inputData);"),
    ("a.py", PY, "    for k, r in [(1, body)]:\n        print(k, r)"),
])
def test_an_unpacked_item_that_only_reads_keeps_the_body_judged(tmp_path: Path, name: str, template: str,
                                                                loop: str) -> None:
    assert unknown_members(tmp_path, name, template, loop) == {"/extra", "/wrong"}
