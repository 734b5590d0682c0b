"""Each value a send certainly sees on some path is judged, beyond the if/else chain (review R15,
/tmp/s42/review/r/branch early.py, early.js, sw.js, tryexc.py): a body given a default then replaced under an `if` with no
`else` (`body = A; if c: body = B`: A and B), a JavaScript `switch` (each case to its `break`; the value bound before it
when it has no `default`), a `try` whose `except`/`catch` binds it again. What may have changed it in between, a case
falling through, a `finally`, a default that is a parameter: not known, and -v says so."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import check_file

FLOW = "c0ffee00-1234-4abc-8def-0123456789ab"
URL = "https://api.mypurecloud.ie/api/v2/flows/executions"
PY_GOOD = f'{{"flowId": "{FLOW}", "inputData": {{"Flow.x": "a"}}}}'
PY_BAD = f'{{"flowId": "{FLOW}", "inputs": {{"Flow.x": "a"}}}}'
JS_GOOD = f"{{ flowId: '{FLOW}', inputData: {{ 'Flow.x': 'a' }} }}"
JS_BAD = f"{{ flowId: '{FLOW}', inputs: {{ 'Flow.x': 'a' }} }}"
PY_HEAD = f'import requests\n\nURL = "{URL}"\n\n\n'
JS_HEAD = f"const axios = require('axios');\nconst URL = '{URL}';\n"


def _errors(found: list[dict[str, Any]]) -> list[tuple[str, int]]:
    return [(d["code"], d["line"]) for d in found if d["severity"] != "info"]


READ = {  # (file, text, where the wrong body is)
    "py default, then if": ("a.py", PY_HEAD + f"def start(kind: str) -> None:\n    body = {PY_GOOD}\n"
                            f"    if kind == 'retry':\n        body = {PY_BAD}\n    requests.post(URL, json=body)\n", 9),
    "py wrong default, elif": ("b.py", PY_HEAD + f"def start(kind):\n    body = {PY_BAD}\n    if kind == 'a':\n"
                               f"        body = {PY_GOOD}\n    elif kind == 'b':\n        body = {PY_GOOD}\n"
                               "    return requests.post(URL, json=body)\n", 7),
    "js default, then if": ("c.js", JS_HEAD + f"async function start(kind) {{\n  let body = {JS_GOOD};\n"
                            f"  if (kind === 'retry') {{\n    body = {JS_BAD};\n  }}\n  return axios.post(URL, body);\n}}\n", 6),
    "js switch with default": ("d.js", JS_HEAD + "async function start(kind) {\n  let body;\n  switch (kind) {\n"
                               f"    case 'retry':\n      body = {JS_BAD};\n      break;\n    case 'a':\n    case 'b': {{\n"
                               f"      body = {JS_GOOD};\n      break;\n    }}\n    default:\n      body = {JS_GOOD};\n  }}\n"
                               "  return axios.post(URL, body);\n}\n", 7),
    "ts switch, no default": ("e.ts", f"const URL = '{URL}';\nexport async function start(kind: string) {{\n"
                              f"  let body: object = {JS_BAD};\n  switch (kind) {{\n    case 'a':\n      body = {JS_GOOD};\n"
                              "      break;\n    case 'skip':\n      return null;\n  }\n"
                              "  return fetch(URL, { method: 'POST', headers: { 'Content-Type': 'application/json' }, "
                              "body: JSON.stringify(body) });\n}\n", 3),
    "py try/except": ("f.py", PY_HEAD + "def start(raw: str) -> None:\n    try:\n        attempt = int(raw)\n"
                      f"        body = {{\"flowId\": \"{FLOW}\", \"inputData\": {{\"Flow.attempt\": attempt}}}}\n"
                      f"    except ValueError:\n        body = {PY_BAD}\n    requests.post(URL, json=body)\n", 11),
    "js try/catch": ("g.js", JS_HEAD + "async function start(raw) {\n  let body;\n  try {\n"
                     f"    body = {{ flowId: '{FLOW}', inputData: JSON.parse(raw) }};\n  }} catch (e) {{\n"
                     f"    body = {JS_BAD};\n  }}\n  return axios.post(URL, body);\n}}\n", 8),
}


@pytest.mark.parametrize("name", sorted(READ))
def test_each_value_a_path_certainly_sends_is_judged(tmp_path: Path, name: str) -> None:
    file, text, line = READ[name]
    assert _errors(check_file(tmp_path, file, text)) == [("FL101", line)]


NOT_KNOWN = {
    "changed between": ("h.py", PY_HEAD + f"def start(kind, extra):\n    body = {PY_GOOD}\n    body.update(extra)\n"
                        f"    if kind == 'retry':\n        body = {PY_BAD}\n    requests.post(URL, json=body)\n"),
    "falls through": ("i.js", JS_HEAD + f"async function start(kind) {{\n  let body = {JS_GOOD};\n  switch (kind) {{\n"
                      f"    case 'a':\n      body = {JS_BAD};\n    case 'b':\n      body.name = 'b';\n      break;\n  }}\n"
                      "  return axios.post(URL, body);\n}\n"),
    "try with finally": ("j.js", JS_HEAD + "async function start(raw) {\n  let body;\n  try {\n"
                         f"    body = {JS_GOOD};\n  }} catch (e) {{\n    body = {JS_BAD};\n  }} finally {{\n    log(body);\n  }}\n"
                         "  return axios.post(URL, body);\n}\n"),
}


@pytest.mark.parametrize("name", sorted(NOT_KNOWN))
def test_a_path_not_certain_leaves_the_body_not_known(tmp_path: Path, name: str) -> None:
    file, text = NOT_KNOWN[name]
    found = check_file(tmp_path, file, text, "-v")
    assert any(d["code"] == "FL011" for d in found), found  # reached: the launch is read, its body not known
    assert _errors(found) == [], found
