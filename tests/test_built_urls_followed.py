"""A launch URL pieced together by a join (`os.path.join`, `"/".join([...])` of the path's own segments, `urljoin`,
`new URL`, `[…].join('/')`, `path.join`) is read where it is sent; where the call sending it is no launch flowlint reads,
its FL011 note is said, also in a file where another launch is read (it was hidden there: the mention's climb ended at
the join's call, which is no send, and a URL bound to a name stopped at the join), and names the call that sends it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import check_file

UUID = "5e1a7c3d-2b4f-4a6e-8c9d-1f2e3a4b5c6d"  # no contract in the store: FL200 says the launch was read

PY_HEAD = 'import os\nimport posixpath\nimport requests\nfrom urllib.parse import urljoin\n\nBASE = "https://api.mypurecloud.com"\n'
JS_HEAD = 'const path = require("path");\nconst BASE = "https://api.mypurecloud.com";\n'
JS_INIT = '{ method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(%s) }'

PY_BUILT = {
    "os.path.join": 'os.path.join(BASE, "api/v2/flows/executions")',
    "posixpath.join": 'posixpath.join(BASE, "api/v2/flows/executions")',
    "os.path.join imported": 'join(BASE, "api/v2", "flows/executions")',
    "segments joined": '"/".join([BASE, "api", "v2", "flows", "executions"])',
    "segments of a tuple": '"/".join((BASE, "api", "v2", "flows", "executions"))',
    "urljoin": 'urljoin(BASE, "/api/v2/flows/executions")',
}
JS_BUILT = {
    "segments joined": '[BASE, "api", "v2", "flows", "executions"].join("/")',
    "new URL of segments": 'new URL(["api", "v2", "flows", "executions"].join("/"), BASE)',
    "new URL": 'new URL("/api/v2/flows/executions", BASE)',
    "path.posix.join": 'path.posix.join(BASE, "api/v2/flows/executions")',
    "path.join": 'path.join(BASE, "/api/v2", "flows/executions")',
}


def _py(built: str, body: str) -> str:
    return PY_HEAD.replace("import os\n", "import os\nfrom os.path import join\n") + \
        f"\n\ndef launch(token):\n    url = {built}\n    return requests.post(url, json={body})\n"


def _js(built: str, body: str) -> str:
    return JS_HEAD + f"export async function launch() {{\n  const url = {built};\n  return fetch(url, {JS_INIT % body});\n}}\n"


def _codes(found: list[dict[str, Any]]) -> dict[str, list[int]]:
    codes: dict[str, list[int]] = {}
    for d in found:
        codes.setdefault(d["code"], []).append(d["line"])
    return codes


@pytest.mark.parametrize(("name", "built"), [*(("a.py", v) for v in PY_BUILT.values()),
                                             *(("a.js", v) for v in JS_BUILT.values())],
                         ids=[*(f"py {k}" for k in PY_BUILT), *(f"js {k}" for k in JS_BUILT)])
def test_a_joined_launch_url_is_read(tmp_path: Path, name: str, built: str) -> None:
    make, wrong, right = (_py, f'{{"flowId": "{UUID}", "type": "flow"}}', f'{{"flowId": "{UUID}"}}') if name.endswith(".py") \
        else (_js, f'{{ flowId: "{UUID}", type: "flow" }}', f'{{ flowId: "{UUID}" }}')
    found = _codes(check_file(tmp_path, name, make(built, wrong)))
    assert "FL101" in found and "FL011" not in found, found  # read: its body judged, and nothing said unread
    found = _codes(check_file(tmp_path, name, make(built, right), "-v"))
    assert "FL200" in found, found  # read (the flow's contract looked for) ...
    assert not {"FL101", "FL011"} & set(found), found  # ... and a right body is clean


@pytest.mark.parametrize(("name", "built"), [*(("b.py", v) for v in PY_BUILT.values()),
                                             *(("b.js", v) for v in JS_BUILT.values())],
                         ids=[*(f"py {k}" for k in PY_BUILT), *(f"js {k}" for k in JS_BUILT)])
def test_a_joined_url_sent_unread_beside_a_read_launch_is_said(tmp_path: Path, name: str, built: str) -> None:
    if name.endswith(".py"):
        good = f'def good():\n    return requests.post(BASE + "/api/v2/flows/executions", json={{"flowId": "{UUID}", "x": 1}})\n'
        head = PY_HEAD.replace("import os\n", "import os\nfrom os.path import join\n") + "\n\n" + good
        bound = head + f"\n\ndef other(extra):\n    url = {built}\n    return send_it(url, extra)\n"
        given = head + f"\n\ndef other(extra):\n    return send_it({built}, extra)\n"
        named = head + f"\n\ndef other(extra):\n    return send_it(url={built}, body=extra)\n"
        callee = "send_it"
    else:
        good = f'fetch(BASE + "/api/v2/flows/executions", {JS_INIT % f"{{ flowId: {UUID!r}, x: 1 }}"});\n'
        bound = JS_HEAD + good + f"export function other(extra) {{\n  const url = {built};\n  return sendIt(url, extra);\n}}\n"
        given = JS_HEAD + good + f"export function other(extra) {{\n  return sendIt({built}, extra);\n}}\n"
        named = None
        callee = "sendIt"
    for text in (bound, given, named):
        if text is None:
            continue
        found = check_file(tmp_path, name, text)
        assert any(d["code"] == "FL102" for d in found), found  # the launch beside it was read (its `x` judged)
        notes = [d for d in found if d["code"] == "FL011"]
        assert len(notes) == 1 and f"`{callee}(…)`" in notes[0]["message"], (text, found)
        assert notes[0]["line"] > text.count("\n", 0, text.index("other(")), notes  # said at the unread one


@pytest.mark.parametrize("name", ["c.py", "c.js"])
def test_the_note_names_the_call_that_sends_not_the_join(tmp_path: Path, name: str) -> None:
    # No launch read in the file: the note says the URL went to `send_it(…)`, not to the join that built it.
    text = PY_HEAD + 'send_it(os.path.join(BASE, "api/v2/flows/executions"), extra)\n' if name.endswith(".py") \
        else JS_HEAD + 'sendIt(path.join(BASE, "api/v2/flows/executions"), extra);\n'
    notes = [d for d in check_file(tmp_path, name, text) if d["code"] == "FL011"]
    assert len(notes) == 1 and ("`send_it(…)`" in notes[0]["message"] or "`sendIt(…)`" in notes[0]["message"]), notes


def test_segments_of_another_products_path_are_no_mention(tmp_path: Path) -> None:
    # `executions` pieces of a path that is not the launch's (no `flows` before it) say nothing, even beside a launch.
    text = PY_HEAD + f'requests.post(BASE + "/api/v2/flows/executions", json={{"flowId": "{UUID}", "x": 1}})\n' \
        'send_it("/".join([BASE, "api", "v2", "jobs", "executions"]), extra)\n'
    found = check_file(tmp_path, "d.py", text)
    assert any(d["code"] == "FL102" for d in found), found  # the file was read
    assert not [d for d in found if d["code"] == "FL011"], found
