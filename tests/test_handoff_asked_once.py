"""A launch body handed to a helper is asked about once per call it is handed to: why the call may change it
(`changes`, said by FL011 -v) and which keys it may write (`keys_written`) come from one walk of the helper, not two."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from validator.sources import handoff

from conftest import UUID, check_file

API = "https://api.mypurecloud.com/api/v2/flows/executions"
PY = f'''import requests


def fix(b):
    b["inputData"] = b.pop("inputs")


def go(name):
    body = {{"flowId": "{UUID}", "inputs": {{"Flow.customerName": name}}, "typo": 1}}
    fix(body)
    requests.post("{API}", json=body)
'''
JS = f'''function fix(b) {{ b.inputData = b.inputs; delete b.inputs; }}
async function go(name) {{
  const body = {{ flowId: '{UUID}', inputs: {{ 'Flow.customerName': name }}, typo: 1 }};
  fix(body);
  await fetch('{API}', {{ method: 'POST', headers: {{ 'Content-Type': 'application/json' }}, body: JSON.stringify(body) }});
}}
'''


@pytest.mark.parametrize(("name", "text"), [("a.py", PY), ("a.js", JS)])
def test_each_hand_off_is_walked_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, text: str) -> None:
    asked: Counter[tuple[int, int]] = Counter()
    call = handoff.HandOffs.call

    def counted(self: handoff.HandOffs, node: Any, argument: Any, whole: bool, *, top: bool = False) -> Any:
        if top:
            asked[node.start_byte, argument.start_byte] += 1
        return call(self, node, argument, whole, top=top)

    monkeypatch.setattr(handoff.HandOffs, "call", counted)
    found = {(d["code"], d["pointer"]) for d in check_file(tmp_path, name, text, "-v", "-j1")}
    assert ("FL102", "/typo") in found and ("FL011", "") in found, found  # the hand-off was read, its keys too
    assert asked and set(asked.values()) == {1}, asked
