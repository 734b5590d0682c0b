"""A same-file wrapper that validates what it is given and leaves before the send (`raise`, `throw`, `return`, a failing
`assert`) is followed with what the call gives it only where that is certain to reach the send: a parameter a condition
of such a leaving tests is not known there, unless the condition only tests that it is empty (`if not body: raise`,
`if (name == null) throw …`, either side of an `or`), and a call giving it an empty literal sends nothing (review R21,
/tmp/s42/review/r/negtest/same_file.py: `if len(due) != 10: raise ValueError` then the send, called with "tomorrow" in a
`try` expecting the refusal, was FL205 — a false error)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import check_file

FLOW = "c0ffee00-1234-4abc-8def-0123456789ab"
URL = "https://api.mypurecloud.ie/api/v2/flows/executions"
PY_HEAD = f'import re\n\nimport requests\n\nURL = "{URL}"\nFLOW = "{FLOW}"\n\n\n'
JS_HEAD = f"const axios = require('axios');\nconst URL = '{URL}';\nconst FLOW = '{FLOW}';\n"


def _said(found: list[dict[str, Any]]) -> list[tuple[str, int]]:
    return [(d["code"], d["line"]) for d in found if d["severity"] != "info"]


REFUSED = {  # the wrapper leaves for the value given (a negative test's call): nothing said of it
    "raise.py": PY_HEAD + "def launch(version):\n    if not re.fullmatch(r'\\d+\\.\\d+', str(version)):\n"
                "        raise ValueError(version)\n    requests.post(URL, json={'flowId': FLOW, 'flowVersion': version})\n\n\n"
                "def main():\n    try:\n        launch(3)\n    except ValueError:\n        print('rejected')\n",
    "assert.py": PY_HEAD + "def launch(version):\n    assert isinstance(version, str), version\n"
                 "    return requests.post(URL, json={'flowId': FLOW, 'flowVersion': version})\n\n\nlaunch(3)\n",
    "else_return.py": PY_HEAD + "def launch(name, inputs):\n    if isinstance(name, str):\n        pass\n    else:\n"
                      "        return None\n    return requests.post(URL, json={'flowId': FLOW, 'name': name, 'inputData': inputs})\n\n\n"
                      "launch(42, {'Flow.x': 1})\n",
    "throw.js": JS_HEAD + "function launch(version) {\n  if (typeof version !== 'string') throw new TypeError('version');\n"
                "  return axios.post(URL, { flowId: FLOW, flowVersion: version });\n}\n"
                "try { launch(3); } catch (e) { console.log('rejected'); }\n",
    "empty_given.js": JS_HEAD + "function launch(name, phone) {\n  if (!name || phone == null) throw new Error('missing');\n"
                      "  return axios.post(URL, { flowId: FLOW, name, inputData: { 'Flow.phone': phone } });\n}\n"
                      "expect(() => launch(42, null)).toThrow('missing');\n",
}


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_a_value_the_wrapper_refuses_before_the_send_is_not_judged(tmp_path: Path, name: str) -> None:
    found = check_file(tmp_path, name, REFUSED[name])
    assert _said(found) == [], found


JUDGED = {  # an emptiness guard: a value given that is not empty reaches the send, and is judged
    "not_none.py": (PY_HEAD + "def launch(name, inputs):\n    if name is None or not inputs:\n        raise ValueError()\n"
                    "    requests.post(URL, json={'flowId': FLOW, 'name': name, 'inputData': inputs})\n\n\n"
                    "launch(42, {'Flow.x': 1})\n", [("FL105", 15)]),
    "not_body.js": (JS_HEAD + "async function launch(body) {\n  if (!body) throw new Error('no body');\n"
                    "  return axios.post(URL, body);\n}\n"
                    "launch({ flowId: FLOW, inputs: { 'Flow.x': 1 } });\n", [("FL101", 8)]),
    "other_param.py": (PY_HEAD + "def launch(body, dry_run=False):\n    if dry_run:\n        return None\n"
                       "    return requests.post(URL, json=body)\n\n\n"
                       "launch({'flowId': FLOW, 'inputs': {'Flow.x': 1}})\n", [("FL101", 15)]),
}


@pytest.mark.parametrize("name", sorted(JUDGED))
def test_a_value_an_emptiness_guard_lets_through_is_judged(tmp_path: Path, name: str) -> None:
    text, said = JUDGED[name]
    assert _said(check_file(tmp_path, name, text)) == said
