"""A launch body read from Python or JavaScript is held to the limits a payload file is: nesting past --max-depth is an
FL005 at the first bracket too deep (it was read as an unknown value there: exit 0, only FL200, where the same body in
JSON, .http or curl got FL005), and a body built by naming one object again and again (`b2 = {"a": b1, "b": b1}`, over
and over: 4**n values for n lines) stops at VALUES_READ values besides one a byte of the file, an FL005 at the body (14
such lines had not ended in 30 s, using 500 MB). The values read are counted (`value`), never timed."""

from __future__ import annotations

from pathlib import Path

import pytest

from validator.sources import code
from validator.sources.javascript import JavaScriptReader
from validator.sources.python import PythonReader

from conftest import check_file, counted_calls

URL = "https://api.mypurecloud.com/api/v2/flows/executions"
FLOW = "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90"


def _python(body: str, before: str = "") -> str:
    return f"import requests\n{before}requests.post('{URL}', json={{'flowId': '{FLOW}', 'inputData': {body}}})\n"


def _script(body: str, before: str = "") -> str:
    return (f"{before}fetch('{URL}', {{method: 'POST', headers: {{'Content-Type': 'application/json'}}, "
            f"body: JSON.stringify({{flowId: '{FLOW}', inputData: {body}}})}});\n")


@pytest.mark.parametrize(("name", "write", "item"), [("a.py", _python, "1"), ("a.js", _script, "1"),
                                                     ("a.ts", _script, "'x'")])
def test_a_body_nesting_past_max_depth_is_fl005_at_the_bracket(tmp_path: Path, name: str, write: object,
                                                               item: str) -> None:
    text = write("{'Flow.x': " + "[" * 30 + item + "]" * 30 + "}")  # type: ignore[operator]
    found = check_file(tmp_path, name, text, "--max-depth", "20")
    assert [d["code"] for d in found] == ["FL005"], found
    assert found[0]["message"] == "the body nests more than 20 levels deep; the limit is 20"
    bracket = text.index("[" * 30) + 18  # the body is 1 deep, inputData 2: the 21st level is the 19th bracket (as in JSON)
    assert (found[0]["line"], found[0]["column"]) == (text.count("\n", 0, bracket) + 1, bracket - text.rfind("\n", 0, bracket))
    at_limit = check_file(tmp_path, name, write("{'Flow.x': " + "[" * 18 + item + "]" * 18 + "}"), "--max-depth", "20")  # type: ignore[operator]
    assert "FL005" not in [d["code"] for d in at_limit]
    assert "FL202" in [d["code"] for d in at_limit], at_limit  # (read and checked: `Flow.x` is no input of the flow)


def _named_again(lines: int, script: bool) -> str:
    """`B{i}` names `B{i-1}` four times: 4**(lines-1) copies of `B0` in the body."""
    declare, end = ("const ", ";") if script else ("", "")
    named = "".join(f"{declare}B{i} = {{{', '.join(f'{k}: B{i - 1}' if script else f'{k!r}: B{i - 1}' for k in 'abcd')}}}{end}\n"
                    for i in range(1, lines))
    before = f"{declare}B0 = {{{'k' if script else repr('k')}: 'v'}}{end}\n{named}"
    return (_script if script else _python)(f"B{lines - 1}", before)


@pytest.mark.parametrize(("name", "reader"), [("a.py", PythonReader), ("a.js", JavaScriptReader)])
def test_a_body_naming_one_object_again_and_again_stops_at_the_limit(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                                    name: str, reader: type[code.CodeReader]) -> None:
    read = counted_calls(monkeypatch, reader, "value")
    text = _named_again(10, name.endswith(".js"))  # 4**9 = 262,144 copies of B0
    found = check_file(tmp_path, name, text, contract_findings=False)
    limit = code.VALUES_READ + len(text.encode())
    assert [d["code"] for d in found] == ["FL005"], found
    assert found[0]["message"].startswith(f"the body holds more than {limit:,} values")
    assert found[0]["line"] == text.count("\n")  # at the body, on the launch's line
    assert 0 < len(read) < 20 * limit, len(read)  # (a few reads of the file, each stopped at the limit)


@pytest.mark.parametrize("name", ["a.py", "a.js"])
def test_a_body_naming_one_object_a_few_times_is_checked(tmp_path: Path, name: str) -> None:
    text = _named_again(4, name.endswith(".js"))  # 64 copies of B0
    found = check_file(tmp_path, name, text)
    assert "FL005" not in [d["code"] for d in found]
    assert {"FL201", "FL202"} <= {d["code"] for d in found}, found  # (read: `a`…`d` are no inputs it may take)
