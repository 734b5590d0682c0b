"""A key not written out, written inside a member of the body (`body["inputData"][f"Flow.{k}"] = v` in a loop, the
usual generic launcher; `body.inputs[`Flow.${k}`] = v`) opens only that member's object: the body's own keys and the
rest are still judged (review F2, /tmp/s41/review/r/F2: the whole body was "not known here", so `inputs` or `flowID`
beside it was silent). One written on the body itself (`body[k] = v`) may be any key of it: the body stays not known."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import check_file

FLOW = "c0ffee00-1234-4abc-8def-0123456789ab"
URL = "https://api.mypurecloud.ie/api/v2/flows/executions"


def _said(found: list[dict[str, Any]]) -> list[tuple[str, int]]:
    return [(d["code"], d["line"]) for d in found if d["code"] != "FL200"]


PYTHON = {
    "a wrong member filled": ('    body = {"flowId": flow_id, "inputs": {}}\n    for k, v in inputs.items():\n'
                              '        body["inputs"][f"Flow.{k}"] = v\n', [("FL101", 7)]),
    "a wrong key beside inputData": (f'    body = {{"flowID": "{FLOW}", "inputData": {{}}}}\n    for key, value in inputs.items():\n'
                                     '        body["inputData"]["Flow." + key] = value\n', [("FL102", 7)]),
    "right": (f'    body = {{"flowId": "{FLOW}", "inputData": {{}}}}\n    for key, value in inputs.items():\n'
              '        body["inputData"]["Flow." + key] = value\n', []),
}


@pytest.mark.parametrize("name", sorted(PYTHON))
def test_python_a_member_filled_by_computed_keys_leaves_the_body_judged(tmp_path: Path, name: str) -> None:
    text, expected = PYTHON[name]
    found = check_file(tmp_path, "launch.py", f'import requests\n\nURL = "{URL}"\n\n\ndef launch(flow_id, inputs):\n'
                       f'{text}    return requests.post(URL, json=body)\n', "-v")
    assert _said(found) == expected, (name, found)


def test_python_a_computed_key_on_the_body_itself_leaves_it_not_known(tmp_path: Path) -> None:
    text = (f'import requests\n\n\ndef launch(extra):\n    body = {{"flowID": "{FLOW}", "inputData": {{}}}}\n'
            f'    for k, v in extra.items():\n        body[k] = v\n    return requests.post("{URL}", json=body)\n')
    found = check_file(tmp_path, "launch.py", text, "-v")
    assert [d["code"] for d in found] == ["FL011"] and "not known here" in found[0]["message"], found


def test_javascript_a_member_filled_by_computed_keys_leaves_the_body_judged(tmp_path: Path) -> None:
    text = (f"const axios = require('axios');\nasync function launch(flowId, inputs) {{\n  const body = {{ flowId }};\n"
            "  body.inputs = {};\n  for (const [k, v] of Object.entries(inputs)) {\n    body.inputs[`Flow.${k}`] = v;\n  }\n"
            f"  return axios.post('{URL}', body);\n}}\n"
            f"async function itself(extra) {{\n  const body = {{ flowID: '{FLOW}' }};\n"
            "  for (const [k, v] of Object.entries(extra)) body[k] = v;\n"
            f"  return axios.post('{URL}', body);\n}}\n")
    found = check_file(tmp_path, "launch.js", text, "-v")
    assert _said(found) == [("FL101", 4), ("FL011", 13)], found
