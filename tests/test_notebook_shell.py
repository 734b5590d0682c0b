"""A notebook's launches are read as IPython runs its cells: a `%%bash` cell is a shell script, a `!curl …` line in a
Python cell a shell command (its line blank in the Python), and a piece that holds no launch read but names the
endpoint says so (FL011), also beside launches read in other cells."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from conftest import UUID, diagnostics, flowlint

API = "https://api.mypurecloud.com/api/v2/flows/executions"
PYTHON = f'import requests\nr = requests.post("{API}", json={{"flowId": "{UUID}"}}, headers={{"Authorization": "Bearer t"}})\n'
BASH = (f"%%bash\ncurl -X POST {API} -H 'Content-Type: application/json' \\\n"
        f"  -d '{{\"flowId\": \"{UUID}\", \"inputs\": {{\"Flow.attempt\": 3}}}}'\n")
BANG = f"!curl -X POST {API} --json '{{\"flowId\": \"{UUID}\", \"type\": \"workflow\"}}'\n"


def notebook(*cells: str) -> str:
    return json.dumps({"cells": [{"cell_type": "code", "metadata": {}, "source": cell.splitlines(keepends=True),
                                  "outputs": [], "execution_count": None} for cell in cells],
                       "metadata": {}, "nbformat": 4, "nbformat_minor": 5}, indent=1)


def found(tmp_path: Path, text: str) -> list[dict[str, Any]]:
    path = tmp_path / "launch.ipynb"
    path.write_text(text, encoding="utf-8")
    return [d for d in diagnostics("--no-cache", "-v", str(path)) if d["code"] != "FL200"]


def line_of(text: str, needle: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if needle in line)


def test_a_bash_cell_and_a_shell_escape_are_read_as_the_shell_runs_them_beside_a_python_launch(tmp_path: Path) -> None:
    text = notebook(PYTHON.replace('"flowId"', '"flowid"'), BASH, "x = 1\n" + BANG)
    said = {(d["code"], d["line"], d.get("pointer")) for d in found(tmp_path, text)}
    assert ("FL102", line_of(text, "requests.post"), "/flowid") in said  # the Python cell is still read
    assert ("FL101", line_of(text, '\\"inputs\\"'), "/inputs") in said  # the %%bash cell's curl
    assert ("FL101", line_of(text, "!curl"), "/type") in said  # the shell escape's curl
    assert not [d for d in found(tmp_path, text) if d["code"] == "FL011"]  # every launch read: nothing unread to say


def test_magic_lines_leave_the_python_around_them_read(tmp_path: Path) -> None:
    text = notebook("%pip install requests\n!pip install httpx\n" + PYTHON.replace('"flowId"', '"flowid"'),
                    "%%time\n" + PYTHON.replace('"flowId"', '"FlowId"'))
    codes = {(d["code"], d.get("pointer")) for d in found(tmp_path, text)}
    assert {("FL102", "/flowid"), ("FL102", "/FlowId")} <= codes


def test_a_shell_escape_filled_in_from_python_is_said_not_judged(tmp_path: Path) -> None:
    filled = f"!curl -X POST {API} --json '{{\"flowId\": \"{{flow_name}}\"}}'\n"
    text = notebook(PYTHON, "flow_name = 'x'\n" + filled)
    said = found(tmp_path, text)
    assert [d["code"] for d in said if d["line"] == line_of(text, "!curl")] == ["FL011"]  # reached, and only noted
    assert "IPython fills in" in next(d["message"] for d in said if d["code"] == "FL011")
    assert "FL104" not in {d["code"] for d in said}  # `{flow_name}` is Python's value, never judged as written


def test_a_cell_run_by_another_magic_is_said_beside_launches_read(tmp_path: Path) -> None:
    javascript = f"%%javascript\nfetch('{API}', {{method: 'POST', body: JSON.stringify({{inputs: 1}})}})\n"
    text = notebook(PYTHON, javascript)
    notes = [d for d in found(tmp_path, text) if d["code"] == "FL011"]
    assert [(n["line"], "%%javascript" in n["message"]) for n in notes] == [(line_of(text, "fetch("), True)]


def test_a_python_cell_that_sends_the_endpoint_unread_is_said_beside_a_launch_read(tmp_path: Path) -> None:
    unread = f"client.send('{API}', payload)\n"
    text = notebook(PYTHON, unread)
    notes = [d for d in found(tmp_path, text) if d["code"] == "FL011"]
    assert [n["line"] for n in notes] == [line_of(text, "client.send")]


def test_fixing_a_notebook_with_shell_launches_keeps_it_a_notebook(tmp_path: Path) -> None:
    text = notebook(PYTHON.replace('"flowId"', '"flowid"'), BASH, BANG)
    path = tmp_path / "launch.ipynb"
    path.write_text(text, encoding="utf-8")
    result = flowlint("check", "--no-cache", "--fix", "--unsafe-fixes", str(path))
    assert result.exit_code == 1, result.output  # the shell launches' mistakes are still errors
    after = json.loads(path.read_text(encoding="utf-8"))
    sources = ["".join(cell["source"]) for cell in after["cells"]]
    assert sources[0] == PYTHON  # the Python cell's fix applied
    assert sources[1:] == [BASH, BANG]  # the shell commands' fixes are shown, never written through the JSON unproven
    assert {(d["code"], d.get("pointer")) for d in found(tmp_path, path.read_text(encoding="utf-8"))} >= {
        ("FL101", "/inputs"), ("FL101", "/type")}


def test_a_shell_line_inside_a_python_string_is_the_strings_text(tmp_path: Path) -> None:
    # IPython reads `!` and `%` only where a logical line starts: this `!curl` is the string's text, never run
    doc = f'HELP = """\nLaunch it from a shell:\n{BANG}%env X=1\n"""\nprint(HELP)\n'
    text = notebook(doc, "x = 1\n" + BANG)
    said = {(d["code"], d["line"]) for d in found(tmp_path, text) if d["code"] != "FL011"}
    lines = [n for n, line in enumerate(text.splitlines(), 1) if "!curl" in line]
    assert len(lines) == 2 and ("FL101", lines[1]) in said, said  # the shell escape's launch is read
    assert not [line for _, line in said if line == lines[0]], said  # the string's text is not


def test_only_a_logical_lines_start_is_a_shell_escape_or_a_magic() -> None:
    from validator.sources.blocks import notebook_pieces

    cell = ("ok = (flow_id\n      != 'x')\nnote = '''\n!curl a\n%env X=1'''\npair = ['a',\n%2]\n"
            "total = 1 + \\\n!3\nescaped = 'it\\'s (' \\\n!4\n# a comment's ' or (\n!echo real\n")
    pieces = list(notebook_pieces(notebook(cell)))
    assert [(language, code) for language, code, _, _ in pieces if language != "python"] == [("shell", "echo real\n")]
    python = next(code for language, code, _, _ in pieces if language == "python")
    assert python == cell.replace("!echo real", " " * 10)  # every other line kept as Python
