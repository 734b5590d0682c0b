"""Writes through a local alias of a part of a launch body (`inputs = body["inputData"]; inputs.pop("x")`, `const inputs =
body.inputData; delete inputs.x`): the values are given up as before (FL011 -v says where), and the keys follow the
writes as a helper's do: a key the alias may remove or rename is not known to be sent (never an error), a key it
certainly adds before the send is checked, and the keys it leaves are still checked."""

from __future__ import annotations

from pathlib import Path

import pytest

from validator.sources.code import CodeReader

from conftest import check_file, counted_calls

API = "https://api.mypurecloud.com/api/v2/flows/executions"
FLOW = "0b9c7d1e-2f3a-4b5c-8d6e-7f8091a2b3c4"  # no contract: the keys are checked by their form (FL203)

PY = f'''import requests


def strip(d):
    d.pop("z")


def go(x, cond):
    body = {{"flowId": "{FLOW}", "inputData": {{"x": x, "y": 1, "z": 2}}}}
    inputs = body["inputData"]
WRITES
    requests.post("{API}", json=body)
'''
JS = f'''function strip(d) {{ delete d.z; }}
async function go(x, cond) {{
  const body = {{ flowId: '{FLOW}', inputData: {{ x: x, y: 1, z: 2 }} }};
  const inputs = body.inputData;
WRITES
  await fetch('{API}', {{ method: 'POST', headers: {{ 'Content-Type': 'application/json' }}, body: JSON.stringify(body) }});
}}
'''
PY_STRAIGHT = '''    inputs["Flow.x"] = inputs.pop("x")
    del inputs["z"]
    inputs["w"] = 3'''
PY_CONDITIONAL = '''    if cond:
        inputs["Flow.x"] = inputs.pop("x")
        del inputs["z"]
        inputs["w"] = 3'''
PY_HANDED = '''    inputs["Flow.x"] = inputs.pop("x")
    strip(inputs)'''
JS_STRAIGHT = '''  inputs['Flow.x'] = inputs.x;
  delete inputs.x;
  delete inputs['z'];
  inputs.w = 3;'''
JS_CONDITIONAL = '''  if (cond) { inputs['Flow.x'] = inputs.x; delete inputs.x; delete inputs.z; inputs.w = 3; }'''
JS_HANDED = '''  inputs['Flow.x'] = inputs.x;
  delete inputs.x;
  strip(inputs);'''


def found(tmp_path: Path, name: str, template: str, writes: str) -> set[tuple[str, str]]:
    return {(str(d["code"]), str(d["pointer"])) for d in check_file(tmp_path, name, template.replace("WRITES", writes), "-v")}


def test_the_keys_are_checked_without_writes(tmp_path: Path) -> None:
    for name, template in (("a.py", PY), ("a.js", JS)):
        pairs = found(tmp_path, name, template, "")
        assert {("FL203", "/inputData/x"), ("FL203", "/inputData/y"), ("FL203", "/inputData/z")} <= pairs, pairs


def test_keys_an_alias_removes_are_not_judged_and_those_it_leaves_or_adds_are(tmp_path: Path) -> None:
    for name, template, writes in (("a.py", PY, PY_STRAIGHT), ("a.js", JS, JS_STRAIGHT)):
        pairs = found(tmp_path, name, template, writes)
        assert ("FL011", "") in pairs, pairs  # the values were given up, and -v says where
        assert ("FL203", "/inputData/y") in pairs, pairs  # left as written
        assert ("FL203", "/inputData/w") in pairs, pairs  # added before the send: checked
        assert not any(p in ("/inputData/x", "/inputData/z") for _, p in pairs), pairs  # removed


def test_keys_an_alias_may_remove_are_not_judged(tmp_path: Path) -> None:
    for name, template, writes in (("a.py", PY, PY_CONDITIONAL), ("a.js", JS, JS_CONDITIONAL),
                                   ("a.py", PY, PY_HANDED), ("a.js", JS, JS_HANDED)):
        pairs = found(tmp_path, name, template, writes)
        assert ("FL011", "") in pairs and ("FL203", "/inputData/y") in pairs, (writes, pairs)
        assert not any(p in ("/inputData/x", "/inputData/z") for _, p in pairs), (writes, pairs)


def test_the_keys_of_many_alias_writes_are_read_in_linear_work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    steps = counted_calls(monkeypatch, CodeReader, "before")

    def work(count: int) -> int:
        steps.clear()
        writes = "\n".join(f'    inputs["Flow.k{n}"] = inputs.pop("k{n}")' for n in range(count))
        pairs = found(tmp_path, "a.py", PY, writes)
        assert ("FL203", "/inputData/y") in pairs and ("FL011", "") in pairs, pairs  # reached: keys read, values given up
        return len(steps)

    small, big = work(100), work(200)
    assert small > 0 and big <= 2 * small + 10, (small, big)
