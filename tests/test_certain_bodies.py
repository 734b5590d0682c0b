"""Bodies whose value is certain though not written at the call (review F12): a loop over a list literal sends each of its
items in turn (`for launch in LAUNCHES: requests.post(URL, json=launch)`, `for (const l of launches)`,
`launches.forEach((l) => axios.post(URL, l))`), a class's static field is the object its initializer writes
(`Launcher.BODY`), and `json.loads('{…}')` of a string literal is the object the text writes. Each is judged at the
place it is written; a list changed elsewhere, a loop that may skip items, a static field assigned elsewhere is not
known, as before."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import flowlint

FLOW = "0b9a4c1e-2f3d-4e5a-8b6c-7d8e9f0a1b2c"  # (no contract: FL203 by the missing prefix alone)
URL = "https://api.mypurecloud.com/api/v2/flows/executions"
ITEM = "{'flowId': '%s', 'inputData': {'%s': 1}}"


def _pointers(tmp_path: Path, name: str, text: str) -> list[tuple[int, str]]:
    path = tmp_path / name
    path.write_text(text)
    found = json.loads(flowlint("check", "--no-cache", "--format", "json", str(path)).stdout)["diagnostics"]
    return sorted((int(d["line"]), str(d["pointer"])) for d in found if d["code"] == "FL203")


PY_LOOP = (f"import requests\n\nURL = '{URL}'\nLAUNCHES = [\n    {ITEM % (FLOW, 'first')},\n    {ITEM % (FLOW, 'second')},\n]\n\n\n"
           "def send():\n    for launch in LAUNCHES:\n        requests.post(URL, json=launch)\n")
JS_LOOP = (f"const axios = require('axios');\nconst URL = '{URL}';\nconst launches = [\n  {ITEM % (FLOW, 'first')},\n"
           f"  {ITEM % (FLOW, 'second')},\n];\nfor (const l of launches) axios.post(URL, l);\n")
JS_EACH = JS_LOOP.replace("for (const l of launches) axios.post(URL, l);", "launches.forEach((l) => axios.post(URL, l));")
JS_MAP = JS_LOOP.replace("for (const l of launches) axios.post(URL, l);",
                         "Promise.all(launches.map((l) => axios.post(URL, l)));")


@pytest.mark.parametrize(("name", "text"), [("loop.py", PY_LOOP), ("loop.js", JS_LOOP), ("each.js", JS_EACH),
                                            ("map.js", JS_MAP)], ids=["py-for", "js-for-of", "js-forEach", "js-map"])
def test_each_item_of_a_literal_list_a_loop_sends_is_judged(tmp_path: Path, name: str, text: str) -> None:
    first = text.splitlines().index(next(line for line in text.splitlines() if "'first'" in line)) + 1
    assert _pointers(tmp_path, name, text) == [(first, "/inputData/first"), (first + 1, "/inputData/second")]


@pytest.mark.parametrize(("name", "text"), [
    ("changed.py", PY_LOOP + "\n\nLAUNCHES.append({'flowId': 'x'})\n"),  # the list changed elsewhere
    ("skipped.py", PY_LOOP.replace("        requests.post", "        if launch['inputData'].get('first'):\n"
                                   "            continue\n        requests.post")),  # a loop that may skip items
    ("rebound.js", JS_LOOP.replace("axios.post(URL, l);", "{ l.inputData = {}; axios.post(URL, l); }")),
    ("found.js", JS_LOOP.replace("for (const l of launches) axios.post(URL, l);",
                                 "launches.some((l) => axios.post(URL, l));")),  # some() stops at the first truthy
], ids=["list-changed", "loop-skips", "item-changed", "some"])
def test_what_is_not_certain_stays_unknown(tmp_path: Path, name: str, text: str) -> None:
    assert _pointers(tmp_path, name, text) == []


def test_a_static_field_and_json_loads_of_a_literal_are_read(tmp_path: Path) -> None:
    js = (f"const axios = require('axios');\nconst URL = '{URL}';\nclass Launcher {{\n"
          f"  static BODY = {ITEM % (FLOW, 'static')};\n  send() {{ return axios.post(URL, Launcher.BODY); }}\n}}\n")
    assert _pointers(tmp_path, "static.js", js) == [(4, "/inputData/static")]
    assigned = js + "Launcher.BODY = {};\n"
    assert _pointers(tmp_path, "assigned.js", assigned) == []
    py = (f"import json\n\nimport requests\n\n\ndef send():\n    return requests.post('{URL}', json=json.loads("
          f"'{{\"flowId\": \"{FLOW}\", \"inputData\": {{\"loads\": 1}}}}'))\n")
    assert _pointers(tmp_path, "loads.py", py) == [(7, "/inputData/loads")]
