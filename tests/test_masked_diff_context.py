"""A `--diff` hunk whose only masked lines are context stays in the patch, without them: a context line is the file's to
match, not the patch's to carry. The hunk is cut where such a line is (in two when it is between two changes), each
piece keeping as many context lines on each side of its changes as there are up to the cut, so `git apply` and `patch`
take it at its own lines. Before, any masked context line left its whole hunk out of the patch, commented out. A hunk
that changes a masked line, or one right beside a masked line (no context line is left on that side: `git apply` would
take it for the file's end), is still left out, commented."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from validator.run.diff import masked_unified_diff, unified_diff

from conftest import flowlint

SECRET = "Zq8vR4nT7pLm2XwQ9sKd3Jf6"
URL = "https://api.mypurecloud.com/api/v2/flows/executions"
UUID = "6f3c1d2e-8a4b-4c5d-9e6f-7a8b9c0d1e2f"


def _lines(count: int, secrets: set[int]) -> str:
    return "".join(f"line {n}{' tok=' + SECRET if n in secrets else ''}\n" for n in range(1, count + 1))


def _diff(before: str, after: str) -> tuple[str, int]:
    stars = "*" * len(SECRET)
    return masked_unified_diff("f.txt", before, after, before.replace(SECRET, stars), after.replace(SECRET, stars), [])


def _git_applies(tmp_path: Path, before: str, patch: str, after: str) -> None:
    """`git apply` takes the patch, and it makes `after` (what the thing tested must give: its patch applies)."""
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    (tmp_path / "f.txt").write_text(before)
    (tmp_path / "p.diff").write_text(patch)
    done = subprocess.run(["git", "apply", "-p0", "--unsafe-paths", "p.diff"], cwd=tmp_path, capture_output=True, text=True,
                          check=False)
    assert done.returncode == 0, (done.stderr, patch)
    assert (tmp_path / "f.txt").read_text() == after, patch


def test_a_masked_context_line_is_left_out_of_the_hunk_not_the_hunk_out_of_the_patch(tmp_path: Path) -> None:
    before = _lines(20, {5})
    after = before.replace("line 7\n", "line 7b\n")
    shown, left_out = _diff(before, after)
    assert left_out == 0 and "#" not in shown and SECRET not in shown and "*" not in shown, shown
    assert shown.endswith("@@ -6,3 +6,3 @@\n line 6\n-line 7\n+line 7b\n line 8\n"), shown  # one line each side
    _git_applies(tmp_path, before, shown, after)
    plain, none = _diff(_lines(20, set()), _lines(20, set()).replace("line 7\n", "line 7b\n"))  # no mask: as it was
    assert none == 0 and plain == unified_diff("f.txt", _lines(20, set()), _lines(20, set()).replace("line 7\n", "line 7b\n"), [])


def test_a_hunk_is_cut_in_two_at_a_masked_line_between_its_changes(tmp_path: Path) -> None:
    before = _lines(20, {9})
    after = before.replace("line 7\n", "line 7b\n").replace("line 11\n", "line 11b\n")
    assert unified_diff("f.txt", before, after, []).count("@@ -") == 1  # (one hunk unmasked)
    shown, left_out = _diff(before, after)
    assert left_out == 0 and SECRET not in shown and "*" not in shown, shown
    assert "@@ -6,3 +6,3 @@\n line 6\n-line 7\n+line 7b\n line 8\n@@ -10,3 +10,3 @@\n" in shown, shown
    _git_applies(tmp_path, before, shown, after)


def test_context_at_the_file_start_and_end_is_kept_as_it_was(tmp_path: Path) -> None:
    before = _lines(6, {4})
    after = before.replace("line 2\n", "line 2b\n").replace("line 6\n", "line 6b\n")
    shown, left_out = _diff(before, after)
    assert left_out == 0 and SECRET not in shown, shown
    assert "@@ -1,3 +1,3 @@\n line 1\n-line 2\n+line 2b\n line 3\n@@ -5,2 +5,2 @@\n line 5\n-line 6\n+line 6b\n" in shown
    _git_applies(tmp_path, before, shown, after)


def test_a_masked_line_beside_a_change_still_leaves_its_hunk_out() -> None:
    before = _lines(20, {6})
    shown, left_out = _diff(before, before.replace("line 7\n", "line 7b\n"))
    assert left_out == 1 and shown.startswith("# flowlint: f.txt: a hunk of its diff shows a masked secret"), shown
    assert f" line 6 tok={'*' * len(SECRET)}" in shown and SECRET not in shown and "\n@@" not in shown, shown


def test_the_diff_of_a_script_whose_token_is_context_applies(tmp_path: Path) -> None:
    body = f'{{"flowId": "{UUID}", "inputData": {{"x": 3}}}}'  # (`x` lacks its `Flow.` prefix: fixed on its line)
    text = (f"GC_TOKEN={SECRET}\nset -e\n"
            f"curl -X POST {URL} -H 'Content-Type: application/json' -H \"Authorization: Bearer $GC_TOKEN\" -d '{body}'\n"
            "echo done\n")
    script = tmp_path / "launch.sh"
    script.write_text(text)
    result = flowlint("check", "--no-cache", "--no-color", "--diff", str(script))
    assert "would fix 1 finding" in result.stderr and "+curl" in result.stdout, result.output  # reached: the fix's hunk
    assert SECRET not in result.output and "#" not in result.stdout and "masks a secret" not in result.stderr, result.output
    fixed = text.replace('{"x": 3}', '{"Flow.x": 3}')
    _git_applies(tmp_path, text, result.stdout.replace(str(script), "f.txt"), fixed)
