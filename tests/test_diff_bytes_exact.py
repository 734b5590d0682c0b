"""`--diff` is a patch `git apply` and `patch` take, whatever the file's line ends and characters (review2 5): every
line ends in a newline (a last line ending in a bare CR keeps it as content, with the "\\ No newline" marker) and a
line is written as the file has it (a form feed, U+0085, U+2028 in a context line); only on a terminal is a hunk with
such a line shown escaped and commented out, left out of the patch, with a line saying why."""

from __future__ import annotations

import filecmp
import shutil
import subprocess
from pathlib import Path

import pytest

from validator.run.diff import masked_unified_diff, writable

from conftest import ROOT, UUID, flowlint

STORE = str(ROOT / ".flowlint" / "flows")
BODY = f'{{"flowId": "{UUID}", "inputData": {{"customerName": "x"}}}}'
CALL = f'requests.post("https://api.mypurecloud.com/api/v2/flows/executions", json={BODY})'
JS = ('await fetch("https://api.mypurecloud.com/api/v2/flows/executions", {method: "POST", headers: {"Content-Type": '
      f'"application/json"}}, body: JSON.stringify({{flowId: "{UUID}", inputData: {{customerName: "x"}}}})}});')
#: One fixable FL203 in each (the input has no `Flow.` prefix), in every way a file's lines may end or hold a break.
FILES = {
    "plain.json": BODY + "\n",
    "no-newline.json": BODY,
    "cr-only.json": "{\r" + BODY[1:-1].replace(", ", ",\r") + "\r}\r",
    "crlf.json": "{\r\n" + BODY[1:-1].replace(", ", ",\r\n") + "\r\n}\r\n",
    "bom.json": "\ufeff" + BODY + "\n",
    "crlf.py": "import requests\r\n" + CALL + "\r\n",
    "ff.py": "a = 1\x0cb = 2\nimport requests\n" + CALL + "\n",
    "nel.py": "# x\x85y\nimport requests\n" + CALL + "\n",
    "esc.py": "# x\x1b[31my\nimport requests\n" + CALL + "\n",
    "ls.js": "const x = 1;\u2028const y = 2;\n" + JS + "\n",
    "y.yaml": f"flowId: {UUID}\ninputData:\n  customerName: x\n",
}


def _tree(root: Path) -> Path:
    root.mkdir()
    for name, text in FILES.items():
        (root / name).write_bytes(text.encode("utf-8"))
    return root


@pytest.mark.parametrize("tool", [["git", "apply", "-p0"], ["patch", "-p0", "-s", "-i"]])
def test_every_file_s_patch_applies_and_matches_fix(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, tool: list[str]) -> None:
    if shutil.which(tool[0]) is None:
        pytest.skip(f"no {tool[0]}")
    patched, fixed = _tree(tmp_path / "patched"), _tree(tmp_path / "fixed")
    monkeypatch.chdir(patched)
    result = flowlint("check", "--no-cache", "--contracts", STORE, "--diff", "--unsafe-fixes", *FILES)
    diff = result.stdout_bytes
    assert diff.count(b"\n+++ ") + diff.startswith(b"+++ ") == len(FILES), diff  # reached: a fix of every file
    assert b"# flowlint" not in diff and b"\\x" not in diff and b"\\u" not in diff, diff  # nothing escaped, left out
    assert b"\r--- " not in diff and b"No newline at end of file\n" in diff  # cr-only.json's last line: ended, marked
    (tmp_path / "fixes.patch").write_bytes(diff)
    done = subprocess.run([*tool, str(tmp_path / "fixes.patch")], capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, (done.stdout, done.stderr, diff)
    monkeypatch.chdir(fixed)
    assert flowlint("check", "--no-cache", "--contracts", STORE, "--fix", "--unsafe-fixes", *FILES).exit_code == 0
    same, differ, errors = filecmp.cmpfiles(patched, fixed, list(FILES), shallow=False)
    assert (differ, errors) == ([], []) and len(same) == len(FILES)
    assert (patched / "cr-only.json").read_bytes().endswith(b"\r}\r")  # reached: its line ends kept by both


def test_on_a_terminal_a_line_it_cannot_show_is_left_out_of_the_patch(tmp_path: Path) -> None:
    before = "a = 1\x0cb = 2\nx\ny\nz = 'old'\n"
    after = "a = 1\x0cb = 2\nx\ny\nz = 'new'\n"
    shown, left_out = masked_unified_diff("f.py", before, after, before, after, [(0, 0), (1, 1), (2, 2)], terminal=True)
    assert left_out == 0 and "\x0c" not in shown and "-z = 'old'\n+z = 'new'\n" in shown  # the context line cut out
    changed = "a = 1\x0cb = 1\nx\n"
    unwritable: list[int] = []
    shown, left_out = masked_unified_diff("g.py", changed, "a = 1\x0cb = 2\nx\n", changed, "a = 1\x0cb = 2\nx\n", [(1, 1)],
                                          terminal=True, unwritable=unwritable)
    assert (left_out, unwritable) == (1, [1]) and "\x0c" not in shown
    assert shown.startswith("# flowlint: g.py: a hunk of its diff shows a line flowlint does not write as it is") \
        and "# -a = 1\\x0cb = 1\n" in shown, shown
    piped, _ = masked_unified_diff("g.py", changed, "a = 1\x0cb = 2\nx\n", changed, "a = 1\x0cb = 2\nx\n", [(1, 1)])
    assert piped == "--- g.py\n+++ g.py\n@@ -1,2 +1,2 @@\n-a = 1\x0cb = 1\n+a = 1\x0cb = 2\n x\n"


def test_a_ci_runner_command_is_never_written() -> None:
    assert not writable(" x ##[group]y\n", terminal=False) and writable(" x\x0cy\n", terminal=False)
    before, after = "a\n##[warning]b\nc\nd = 1\n", "a\n##[warning]b\nc\nd = 2\n"
    shown, left_out = masked_unified_diff("h", before, after, before, after, [(0, 0), (1, 1), (2, 2)])
    assert left_out == 0 and "##[" not in shown and " c\n-d = 1\n+d = 2\n" in shown, shown  # reached: the hunk, cut


def test_a_pipe_never_gets_a_terminal_control_or_bidi_character_raw() -> None:
    """A pipe is often a CI log a browser or terminal shows: ESC and a bidi override are escaped and their hunk left out
    of the patch there too (said, with `--fix` to apply it); the characters that only break a line are written raw."""
    for bad in ("\x1b]0;t\x07", "\u202e", "\u2066", "\x9b"):
        before, after = f"a = 1 # {bad}x\n", f"a = 2 # {bad}x\n"
        unwritable: list[int] = []
        shown, left_out = masked_unified_diff("e.py", before, after, before, after, [], unwritable=unwritable)
        assert (left_out, unwritable) == (1, [1]) and bad not in shown, repr(bad)
        assert shown.startswith("# flowlint: e.py: a hunk of its diff shows a line flowlint does not write as it is")
    for fine in ("\x0c", "\x0b", "\x85", "\u2028", "\u2029", "\t"):
        assert writable(f" a{fine}b\n", terminal=False) and not (fine != "\t" and writable(f" a{fine}b\n", terminal=True))
