"""A body bound in each branch of an `if`/`else` chain (Python's `elif`, `match` with a bare `case _:`; JavaScript's
`let body; if (…) body = {…}; else body = {…}`) is read as a ternary's branches are: each a launch of its own at the
call, checked as written (review F8, /tmp/s41/review/r/F8: the wrong branch was silent, the body "not known here").
Only when it is certain which values the send may see: every branch that goes on binds it once, as a statement of its
own; nothing between the chain and the send mentions it; it is never given a member. Anything else stays not known,
and `-v` says so (FL011)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import check_file

FLOW = "c0ffee00-1234-4abc-8def-0123456789ab"
URL = "https://api.mypurecloud.ie/api/v2/flows/executions"
GOOD = f'{{"flowId": "{FLOW}", "inputData": {{"Flow.x": "a"}}}}'
BAD = f'{{"flowId": "{FLOW}", "inputs": {{"Flow.x": "a"}}}}'


def _said(found: list[dict[str, Any]]) -> list[tuple[str, int]]:
    return [(d["code"], d["line"]) for d in found if d["code"] != "FL200"]


PY_READ = {
    "if/else": (f"def launch(kind):\n    if kind == 'vip':\n        body = {BAD}\n    else:\n        body = {GOOD}\n"
                "    return requests.post(URL, json=body)\n", 3),
    "if/elif/else": (f"def launch(kind):\n    if kind == 'a':\n        body = {GOOD}\n    elif kind == 'b':\n"
                     f"        body = {BAD}\n    else:\n        body = {GOOD}\n    return requests.post(URL, json=body)\n", 5),
    "a branch that leaves": (f"def launch(kind):\n    body = None\n    if kind == 'a':\n        body = {GOOD}\n"
                             f"    elif kind == 'b':\n        raise ValueError(kind)\n    else:\n        # the usual one\n"
                             f"        body = {BAD}\n    log.info('launching')\n    return requests.post(URL, json=body)\n", 9),
    "match with case _": (f"def launch(kind):\n    match kind:\n        case 'vip':\n            body = {BAD}\n"
                          f"        case _:\n            body = {GOOD}\n    return requests.post(URL, json=body)\n", 4),
}


@pytest.mark.parametrize("name", sorted(PY_READ))
def test_python_each_branchs_body_is_judged(tmp_path: Path, name: str) -> None:
    text, line = PY_READ[name]  # (the line of the wrong body in `text`)
    found = check_file(tmp_path, "launch.py", f'import logging\nimport requests\n\nlog = logging.getLogger()\nURL = "{URL}"\n\n\n{text}')
    assert _said(found) == [("FL101", line + 7)], (name, found)


PY_NOT_KNOWN = {
    "no else, a parameter before": f"def launch(kind, body):\n    if kind == 'vip':\n        body = {BAD}\n"
                                   "    return requests.post(URL, json=body)\n",
    "a match with no case _": f"def launch(kind):\n    match kind:\n        case 'vip':\n            body = {BAD}\n"
                              f"        case 'other':\n            body = {GOOD}\n    return requests.post(URL, json=body)\n",
    "a branch that changes it": f"def launch(kind):\n    if kind == 'vip':\n        body = {BAD}\n        body['name'] = 'v'\n"
                                f"    else:\n        body = {GOOD}\n    return requests.post(URL, json=body)\n",
    "handed on between": f"def launch(kind):\n    if kind == 'vip':\n        body = {BAD}\n    else:\n        body = {GOOD}\n"
                         f"    enrich(body)\n    return requests.post(URL, json=body)\n",
    "bound in the send's statement": f"def launch(kind, other):\n    if kind == 'vip':\n        body = {BAD}\n    else:\n"
                                     f"        body = {GOOD}\n    return requests.post(URL, json=(body := other))\n",
}


@pytest.mark.parametrize("name", sorted(PY_NOT_KNOWN))
def test_python_a_branch_not_certain_leaves_the_body_not_known(tmp_path: Path, name: str) -> None:
    found = check_file(tmp_path, "launch.py", f'import requests\nfrom acme import enrich\n\nURL = "{URL}"\n\n\n'
                       + PY_NOT_KNOWN[name], "-v")
    # reached: the launch is read, its body said not known
    assert any(d["code"] == "FL011" and "not known here" in d["message"] for d in found), (name, found)
    assert [d for d in found if d["severity"] == "error"] == [], (name, found)


JS_BAD = f"{{ flowId: '{FLOW}', inputs: {{ 'Flow.x': 'a' }} }}"
JS_GOOD = f"{{ flowId: '{FLOW}', inputData: {{ 'Flow.x': 'a' }} }}"


def test_javascript_each_branchs_body_is_judged(tmp_path: Path) -> None:
    text = (f"import axios from 'axios';\nconst URL = '{URL}';\nexport async function launch(kind) {{\n  let body;\n"
            f"  if (kind === 'a') {{\n    body = {JS_GOOD};\n  }} else if (kind === 'b') body = {JS_BAD};\n"
            f"  else {{\n    body = {JS_GOOD};\n  }}\n  return axios.post(URL, body);\n}}\n"
            f"export async function again(kind) {{\n  let payload;\n  if (kind) {{ payload = {JS_BAD}; }} else {{ return; }}\n"
            "  return fetch(URL, { method: 'POST', headers: { 'Content-Type': 'application/json' }, "
            "body: JSON.stringify(payload) });\n}\n")
    assert _said(check_file(tmp_path, "launch.js", text)) == [("FL101", 7), ("FL101", 15)]


def test_javascript_a_branch_not_certain_leaves_the_body_not_known(tmp_path: Path) -> None:
    # (a default then an override is judged since review R15: tests/test_branch_bound_default.py; one handed on is not)
    text = (f"import axios from 'axios';\nimport {{ enrich }} from './enrich';\nconst URL = '{URL}';\n"
            f"export async function launch(kind) {{\n  let body = {JS_GOOD};\n  if (kind === 'a') {{\n    body = {JS_BAD};\n  }}\n"
            "  enrich(body);\n  return axios.post(URL, body);\n}\n")
    found = check_file(tmp_path, "launch.js", text, "-v")
    assert any(d["code"] == "FL011" and "not known here" in d["message"] for d in found), found
    assert [d for d in found if d["severity"] == "error"] == [], found


def test_a_branch_that_binds_the_body_and_leaves_is_not_sent(tmp_path: Path) -> None:
    # (review2 B1, /tmp/s41/review2/r/B) `body = {}` then `continue`/`break`/`throw`/`return`: never reaches the send
    text = (f"import axios from 'axios';\nconst URL = '{URL}';\nexport async function dispatch(orders, flowId) {{\n"
            "  for (const order of orders) {\n    let body;\n    if (order.cancelled) {\n      body = {};\n      continue;\n"
            "    } else if (order.late) {\n      body = {};\n      throw new Error('late');\n    } else {\n"
            f"      body = {JS_BAD};\n    }}\n    await axios.post(URL, body);\n  }}\n}}\n")
    assert _said(check_file(tmp_path, "launch.js", text)) == [("FL101", 13)]  # (no FL103 for the `{}` that leaves)
    python = (f"def launch(kind):\n    if kind == 'skip':\n        body = {{}}\n        return None\n    else:\n"
              f"        body = {GOOD}\n    return requests.post(URL, json=body)\n")
    found = check_file(tmp_path, "launch.py", f'import requests\n\nURL = "{URL}"\n\n\n{python}')
    assert any(d["code"] == "FL200" for d in found) and _said(found) == [], found  # (reached: the other branch read)
