"""`--diff` writes each file's `---`/`+++` name so that `git apply -p0` and GNU `patch -p0` both take the patch (reviewer
B 4): a name with a space ends with a tab (GNU patch ended it at the space: "can't find file to patch"), and one with a
tab, a line break, a quote, a backslash, an unprintable character, an undecodable byte or blanks at its ends is quoted
as git quotes names (octal escapes), which also keeps it one safe line on a terminal."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from validator.run.diff import patch_name

from conftest import UUID, flowlint

NAMES = ["My Launch.json", "tab\tx.json", " lead.json", "trail .json", "end.json ", 'quo"te.json', "back\\slash.json",
         "ünï ä.json", "bi\u202edi.json", "nl\nx.json", "a##[b.json", "bad\udcffname.json", "sub dir/a b.json", "plain.json"]
BEFORE = f'{{"flowID": "{UUID}"}}\n'
AFTER = f'{{"flowId": "{UUID}"}}\n'


def test_header_names() -> None:
    assert [patch_name(name) for name in ("plain.json", "My Launch.json", "tab\tx.json", "bi\u202edi.json", "bad\udcffx")] \
        == ["plain.json", "My Launch.json\t", '"tab\\tx.json"', '"bi\\342\\200\\256di.json"', '"bad\\377x"']


@pytest.mark.parametrize("tool", [["git", "apply", "-p0"], ["patch", "-p0", "-s", "-i"]])
def test_git_apply_and_gnu_patch_take_every_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, tool: list[str]) -> None:
    if shutil.which(tool[0]) is None:
        pytest.skip(f"no {tool[0]}")
    monkeypatch.chdir(tmp_path)
    paths = [os.fsencode(name) for name in NAMES]
    for path in paths:
        Path(os.fsdecode(path)).parent.mkdir(exist_ok=True)
        Path(os.fsdecode(path)).write_text(BEFORE)
    diff = flowlint("check", "--no-cache", "--diff", *NAMES).stdout
    assert diff.count("\n+++ ") + diff.startswith("+++ ") == len(NAMES), diff  # reached: a fix of every file
    (tmp_path / "fixes.patch").write_text(diff, errors="surrogateescape")
    done = subprocess.run([*tool, "fixes.patch"], capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, (done.stdout, done.stderr, diff)
    assert all(Path(os.fsdecode(path)).read_text() == AFTER for path in paths), diff
