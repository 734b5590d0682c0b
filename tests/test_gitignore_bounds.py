""".gitignore files are untrusted input: a big one costs the walk time linear in its size, its plain names looked up in
a set (pathspec compiling each line with Python's re cost 8.7 s and 167 MB for 50,000 names, on every run); one that
cannot be applied excludes nothing and says which files were checked because of it, never silently."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pathspec import GitIgnoreSpec

from validator.project import files, globs
from validator.project.globs import plain_names

from conftest import UUID2, flowlint

BAD = json.dumps({"flowId": UUID2, "type": "flow"})


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The number of lines each .gitignore read hands to pathspec."""
    handed: list[int] = []
    real = globs.gitignore

    def counted(lines: Iterable[str]) -> Any:
        lines = list(lines)
        handed.append(len(lines))
        return real(lines)

    monkeypatch.setattr(files, "gitignore", counted)
    return handed


def test_plain_names_are_looked_up_not_compiled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    names = [f"file{n}.json" for n in range(5_000)]
    (tmp_path / ".gitignore").write_text("\n".join([*names, "*.tmp.json", "# a comment", ""]) + "\n")
    for name in ("file4999.json", "file7.json", "kept.json", "x.tmp.json"):
        (tmp_path / name).write_text(BAD)
    (tmp_path / "file12.json").mkdir()  # a directory of an ignored name: nothing below it is walked
    (tmp_path / "file12.json" / "below.json").write_text(BAD)
    handed = _counting(monkeypatch)
    unapplied: files.Unapplied = {}
    assert [Path(p).name for p in files.walk(str(tmp_path), unapplied=unapplied)] == ["kept.json"]
    assert handed == [1] and unapplied == {}  # the one glob went to pathspec; the 5,000 names did not


def test_names_before_a_negation_keep_their_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / ".gitignore").write_text("a.json\nb.json\n!a.json\nc.json\n")
    for name in ("a.json", "b.json", "c.json", "d.json"):
        (tmp_path / name).write_text(BAD)
    handed = _counting(monkeypatch)
    assert [Path(p).name for p in files.walk(str(tmp_path))] == ["a.json", "d.json"]
    assert handed == [3]  # c.json, after the last negation, is looked up


@pytest.mark.parametrize("include", [False, True])
def test_a_gitignore_too_costly_to_apply_names_the_files_it_let_through(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                        include: bool) -> None:
    globs = [f"*.x{n}" for n in range(files.MAX_IGNORE_PATTERNS)] + ["ignored*.json"]
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / ".gitignore").write_text("\n".join(globs) + "\n")
    (tmp_path / "sub" / "ignored1.json").write_text(BAD)
    (tmp_path / "top.json").write_text(BAD)
    handed = _counting(monkeypatch)
    monkeypatch.chdir(tmp_path)
    if include:  # the files the config's globs name, found by the same walk
        (tmp_path / ".flowlint.toml").write_text('include = ["**/*.json"]\n')
    result = flowlint("check", "--no-cache", "--format", "json", *([] if include else ["."]))
    assert handed == []  # pathspec was never asked to compile them
    checked = {Path(d["file"]).as_posix() for d in json.loads(result.stdout)["diagnostics"]}
    assert checked == {"sub/ignored1.json", "top.json"}  # checked, not silently skipped
    assert "sub/.gitignore was not applied" in result.stderr and "1,001 patterns" in result.stderr
    assert "the 1 file below it was checked" in result.stderr and "sub/ignored1.json" in result.stderr, result.stderr


_PARTS = ["a", "b.json", "c", "x.y"]
_LINE = st.one_of(
    st.sampled_from(_PARTS),  # plain names
    st.sampled_from(["*.json", "c/", "/a", "a/b.json", "!b.json", "!c", "!*.y", "#a", "", "c/**", "\\!a", " a", "."]),
)


@given(lines=st.lists(_LINE, max_size=8),
       path=st.lists(st.sampled_from(_PARTS), min_size=1, max_size=3), directory=st.booleans())
def test_the_set_and_pathspec_decide_alike(lines: list[str], path: list[str], directory: bool) -> None:
    relative = "/".join(path) + ("/" if directory else "")
    names, left = plain_names(lines)
    rules = files._Rules(names, globs.gitignore(left) if left else None)
    last_negation = max((i for i, line in enumerate(lines) if line.startswith("!")), default=-1)
    if any(line in path for line in lines[last_negation + 1:] if line in _PARTS):
        assert rules.include(relative) is True  # git: the path, or a directory above it, is ignored by the last word
    else:
        assert rules.include(relative) == GitIgnoreSpec.from_lines(lines, backend="re2").check_file(relative).include
