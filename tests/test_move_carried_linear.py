"""A move that carries an object of many members as written (`configuration: {inputData: {…}}` unwrapped in code) costs
work linear in them: the lines inside its strings and comments that keep their indentation were found by a scan of
every such line of the object for each stretch of text between two members, N² for N members each with a comment or a
string over two lines. Counted in the Python lines edits/code_editor.py runs (a trace hook), never timed."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import lines_run

EDITOR_MODULE = str(Path("validator", "edits", "code_editor.py"))


def _launch(n: int, *, wrapped: bool) -> str:
    """A launch of N inputs, each a template literal on two lines after a two-line comment: inside `configuration`
    (`wrapped`), or as the move writes them, at the top level, each line re-indented but those of its comment and its
    string."""
    indent = "      " if wrapped else "    "
    members = "".join(f"{indent}/* note {i}\n         on two lines */\n{indent}\"Flow.note{i}\": `first\n    second {i}`,\n"
                      for i in range(n))
    inputs = f"  configuration: {{\n    inputData: {{\n{members}    }},\n  }},\n" if wrapped \
        else f"  inputData: {{\n{members}  }},\n"
    send = ('fetch("https://api.mypurecloud.com/api/v2/flows/executions", '
            '{method: "POST", headers: {"Content-Type": "application/json"}, body: JSON.stringify(body)});\n')
    return f'const body = {{\n  flowId: "0b9a4c1e-2f3d-4e5a-8b6c-7d8e9f0a1b2c",\n{inputs}}};\n{send}'


def _editor_lines(path: Path) -> int:
    """The Python lines edits/code_editor.py runs in `check --fix --unsafe-fixes` of the file."""
    return lines_run("check", "--no-cache", "--fix", "--unsafe-fixes", str(path), module=EDITOR_MODULE)[0]

def test_a_move_carrying_many_members_as_written_costs_work_linear_in_them(tmp_path: Path,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    counts: list[int] = []
    for size in (50, 50, 100, 200):  # (the first run: its first-use imports)
        path = tmp_path / f"{size}-{len(counts)}.js"
        path.write_text(_launch(size, wrapped=True))
        counts.append(_editor_lines(path))
        # reached: the move made, each member carried as written (its comment's and its string's lines kept)
        assert path.read_text() == _launch(size, wrapped=False)
    _, one, two, four = counts
    assert two > one
    # linear: twice the members, twice the lines (each stretch between two members scanned every kept line: ~4×)
    assert four - two <= 2.3 * (two - one), counts
