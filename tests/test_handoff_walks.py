"""What a helper handed a launch body does to it is found by one walk of each function it follows: whether it may
change the body (`check -v`'s FL011 reason) and whether it writes only values below the body's keys (the keys then
still checked) come from the same walk, never from a second one over the same functions."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from validator.sources import handoff

from conftest import check_file

API = "https://api.mypurecloud.com/api/v2/flows/executions"
FLOW = "0b9c7d1e-2f3a-4b5c-8d6e-7f8091a2b3c4"
SCHEMA = {"type": "object", "properties": {"Flow.customerName": {"type": "string"}}}

PY = f'''import requests


def stamp(body):
    body["inputData"]["Flow.customerName"] = str(body["inputData"]["Flow.customerName"])


def fix(body):
    stamp(body)
    body["inputData"]["Flow.customerName"] += "!"


def go(name):
    body = {{"flowId": "{FLOW}", "inputData": {{"Flow.customerName": name, "traceId": "t-1"}}}}
    fix(body)
    return requests.post("{API}", json=body)
'''
JS = f'''const axios = require('axios');
function stamp(body) {{ body.inputData['Flow.customerName'] = String(body.inputData['Flow.customerName']); }}
function fix(body) {{ stamp(body); body.inputData['Flow.customerName'] += '!'; }}
async function go(name) {{
  const body = {{ flowId: '{FLOW}', inputData: {{ 'Flow.customerName': name, traceId: 't-1' }} }};
  fix(body);
  return axios.post('{API}', body);
}}
'''


@pytest.mark.parametrize(("name", "text"), [("a.py", PY), ("a.js", JS)])
def test_each_followed_function_is_walked_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str,
                                               text: str) -> None:
    walks: Counter[tuple[int, bool]] = Counter()
    real = handoff.HandOffs._in

    def counted(self: handoff.HandOffs, function: Any, parameters: list[Any], whole: bool) -> Any:
        walks[(function.start_byte, whole)] += 1
        return real(self, function, parameters, whole)

    monkeypatch.setattr(handoff.HandOffs, "_in", counted)
    schema = tmp_path / "schema.json"
    schema.write_text(json.dumps(SCHEMA), encoding="utf-8")
    found = {(str(d["code"]), str(d["pointer"])): str(d["message"])
             for d in check_file(tmp_path, name, text, "-v", "--flow-schema", str(schema))}
    notes = [message for (code, _), message in found.items() if code == "FL011"]
    assert len(notes) == 1 and "`fix()` (line " in notes[0] and "changes it (line " in notes[0], found
    assert ("FL202", "/inputData/traceId") in found, found  # only values written below the keys: the keys still checked
    assert len(walks) == 2, walks  # fix, and stamp through it
    assert set(walks.values()) == {1}, walks


ONE_HELPER = f'''import requests


def fix(body):
    body["inputData"]["Flow.customerName"] = str(body["inputData"]["Flow.customerName"])


def go(name):
    body = {{"flowId": "{FLOW}", "inputData": {{"Flow.customerName": name, "traceId": "t-1"}}}}
    fix(body)
    return requests.post("{API}", json=body)
'''


def test_keys_written_asks_each_hand_off_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    tops: Counter[int] = Counter()
    real = handoff.HandOffs.call

    def counted(self: handoff.HandOffs, call: Any, argument: Any, whole: bool, *, top: bool = False) -> Any:
        if top:
            tops[call.start_byte] += 1
        return real(self, call, argument, whole, top=top)

    monkeypatch.setattr(handoff.HandOffs, "call", counted)
    schema = tmp_path / "schema.json"
    schema.write_text(json.dumps(SCHEMA), encoding="utf-8")
    found = {(str(d["code"]), str(d["pointer"])) for d in check_file(tmp_path, "a.py", ONE_HELPER, "-v",
                                                                      "--flow-schema", str(schema))}
    assert any(code == "FL011" for code, _ in found), found  # fix() may change the body: its hand-off was asked
    assert ("FL202", "/inputData/traceId") in found, found  # only values below the keys written: the keys still checked
    assert len(tops) == 1, tops  # the one hand-off, `fix(body)`
    # whether it may change the body (asked for the body's escape and for the note) and which keys it writes, which
    # no longer asks again whether it may change it first (4 before)
    assert sum(tops.values()) <= 3, tops
