"""A fix moving a whole object of inputs (`configuration.inputData` up to `inputData`) carries it as written, and finds
where a line starts inside its strings and comments (whose lines are the author's, never re-indented) in one walk of
the object: each member's are among them. Until now each member's were found again by a walk of the member, so the
walks grew with the members."""

from __future__ import annotations

from pathlib import Path

import pytest

from validator.edits import code_editor

from conftest import counted_calls, flowlint

LAUNCH = 'fetch("https://api.mypurecloud.com/api/v2/flows/executions", {method: "POST", ' \
         'headers: {"Content-Type": "application/json"}, body: JSON.stringify(body)});\n'


def _body(members: int) -> str:
    written = "".join(f'      "Flow.note{n}": `first\n    second {n}`,\n' for n in range(members))
    return ('const body = {\n  flowId: "0b9a4c1e-2f3d-4e5a-8b6c-7d8e9f0a1b2c",\n  configuration: {\n    inputData: {\n'
            f'{written}    }},\n  }},\n}};\n{LAUNCH}')


def _walks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, members: int) -> int:
    path = tmp_path / f"launch{members}.js"
    path.write_text(_body(members))
    walks = counted_calls(monkeypatch, code_editor._Literal, "kept_lines")
    result = flowlint("check", "--fix", "--unsafe-fixes", "--no-cache", str(path))
    monkeypatch.undo()
    fixed = path.read_text()
    # reached: the object moved whole, each template literal's second line as written
    assert "configuration" not in fixed and '\n  inputData: {\n    "Flow.note0": `first\n    second 0`,' in fixed, \
        (result.output, fixed)
    return len(walks)


def test_the_objects_strings_and_comments_are_walked_once_whatever_its_members(tmp_path: Path,
                                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    assert _walks(tmp_path, monkeypatch, 2) == _walks(tmp_path, monkeypatch, 7)
