"""A launch flowlint finds but cannot read says so (FL011, a note) also when other launches of its file were read: the
launch URL bound to a name (`const URL = '…/flows/executions'`) and passed to a call flowlint does not read as a
launch (`this.api.send(URL, this.payload)`) is noted at that call, as it is when it is the file's only launch; a read
launch keeps its findings, a call it reads or one that sends nothing is no note, and nothing is said twice."""

from __future__ import annotations

from pathlib import Path

import pytest

from validator.checker import engine

from conftest import check_file

FLOW = "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90"
JS_URL = "const URL = 'https://api.mypurecloud.com/api/v2/flows/executions';\n"
PY_URL = "URL = 'https://api.mypurecloud.com/api/v2/flows/executions'\n"
JS_READ = f"async function readOne() {{\n  return axios.post(URL, {{ flowID: '{FLOW}' }});\n}}\n"
PY_READ = f"def read_one():\n    return requests.post(URL, json={{'flowID': '{FLOW}'}})\n"
JS_LITERAL_READ = JS_READ.replace("(URL,", "('https://api.mypurecloud.com/api/v2/flows/executions',")
PY_LITERAL_READ = PY_READ.replace("(URL,", "('https://api.mypurecloud.com/api/v2/flows/executions',")
JS_UNREAD = "class Launcher {\n  async go() {\n    return this.api.send(URL, this.payload);\n  }\n}\n"
PY_UNREAD = "class Launcher:\n    def go(self):\n        return self.api.send(URL, self.body)\n"
CASES = {
    "launch.js": ("const axios = require('axios');\n" + JS_URL, JS_UNREAD, (JS_READ, JS_LITERAL_READ)),
    "launch.ts": ("import axios from 'axios';\n" + JS_URL, JS_UNREAD, (JS_READ, JS_LITERAL_READ)),
    "launch.py": ("import requests\n" + PY_URL, PY_UNREAD, (PY_READ, PY_LITERAL_READ)),
}


def _codes(found: list[dict[str, object]]) -> list[tuple[object, object]]:
    return sorted((d["code"], d["line"]) for d in found if d["code"] != "FL200")


@pytest.mark.parametrize("name", sorted(CASES))
@pytest.mark.parametrize("read", [0, 1], ids=["read-with-the-name", "read-with-a-literal"])
@pytest.mark.parametrize("first", [True, False], ids=["unread-first", "read-first"])
def test_an_unread_send_of_the_url_is_noted_beside_a_read_launch(tmp_path: Path, name: str, read: int, first: bool) -> None:
    head, unread, reads = CASES[name]
    text = head + (unread + reads[read] if first else reads[read] + unread)
    found = check_file(tmp_path, name, text)
    send_line = text[:text.index(".send(URL")].count("\n") + 1
    read_line = text[:text.index("flowID")].count("\n") + 1
    assert _codes(found) == sorted([("FL011", send_line), ("FL102", read_line)])  # once each: nothing said twice
    note = next(d for d in found if d["code"] == "FL011")
    assert note["severity"] == "info" and "`URL`" in str(note["message"]) and "send(" in str(note["message"])
    assert note["column"] == text.split("\n")[send_line - 1].index("URL") + 1  # at the URL the call is given


@pytest.mark.parametrize("name", sorted(CASES))
def test_alone_it_is_noted_as_before(tmp_path: Path, name: str) -> None:
    head, unread, _ = CASES[name]
    assert [code for code, _ in _codes(check_file(tmp_path, name, head + unread))] == ["FL011"]


@pytest.mark.parametrize("name", sorted(CASES))
@pytest.mark.parametrize("use", ["log", "wrapper", "one-argument"])
def test_a_use_that_sends_nothing_or_is_read_is_no_note(tmp_path: Path, name: str, use: str) -> None:
    head, _, reads = CASES[name]
    python = name.endswith(".py")
    other = {
        "log": "logger.info('launching at %s', URL, extra)\n" if python else "console.log('launching at', URL, body);\n",
        "one-argument": "remember(URL)\n" if python else "remember(URL);\n",
        "wrapper": (f"def send(url, body):\n    return requests.post(url, json=body)\n\nsend(URL, {{'flowID': '{FLOW}'}})\n"
                    if python else
                    f"function send(url, body) {{ return axios.post(url, body); }}\nsend(URL, {{ flowID: '{FLOW}' }});\n"),
    }[use]
    found = check_file(tmp_path, name, head + reads[1] + other)
    assert "FL102" in [d["code"] for d in found]  # (the launch beside it was read)
    assert "FL011" not in [d["code"] for d in found]


@pytest.mark.parametrize("options", ["this.options", "options", "{...this.options}"])
def test_a_launch_whose_options_are_not_seen_is_noted_with_verbose(tmp_path: Path, options: str) -> None:
    """`fetch(LAUNCH_URL, this.options)`: a launch found, whose method and body are not seen: said with -v, as a
    launch whose body is not seen is (and nothing without it, as for that one)."""
    text = "const URL = 'https://api.mypurecloud.com/api/v2/flows/executions';\n" \
           f"class Launcher {{\n  go(options) {{\n    return fetch(URL, {options});\n  }}\n}}\n"
    assert _codes(check_file(tmp_path, "launch.js", text)) == []
    noted = [d for d in check_file(tmp_path, "launch.js", text, "-v") if d["code"] == "FL011"]
    assert [(d["line"], d["severity"]) for d in noted] == [(4, "info")]
    assert "nothing in it was checked" in str(noted[0]["message"])


def test_the_search_is_linear_in_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Many functions, each binding the launch URL to the same name and handing it to a call not read: each use is
    looked up once (the uses of a name are searched once for all its bindings), so the work grows with the file."""
    from validator.sources.code import CodeReader

    looked_up = [0]
    resolve = CodeReader.resolve

    def counted(self: CodeReader, node: object) -> object:
        looked_up[0] += 1
        return resolve(self, node)  # type: ignore[arg-type]

    monkeypatch.setattr(CodeReader, "resolve", counted)
    # (the listing cap, 20 findings of a rule a file (test_file_finding_cap.py), lifted: each use's note is the count)
    monkeypatch.setattr(engine, "MAX_PER_KIND", 1_000_000)
    work = []
    for size in (20, 80):
        body = "".join(f"function f{n}(b) {{\n  const URL = 'https://api.mypurecloud.com/api/v2/flows/executions';\n"
                       f"  return this.api.send(URL, b);\n}}\n" for n in range(size))
        looked_up[0] = 0
        found = check_file(tmp_path, f"many{size}.js", "const axios = require('axios');\n" + body + JS_LITERAL_READ)
        assert [d["code"] for d in found].count("FL011") == size  # (each use was reached and noted)
        work.append(looked_up[0])
    assert work[1] <= 4 * work[0] + 8, work
