"""`--diff` stays a patch when it must mask a secret: a hunk showing a masked line would not apply (its lines are no
longer the file's), so it is shown commented out (`# `, which neither `patch` nor `git apply` reads) ahead of the file's
patch under a line saying why, and left out of the patch, whose later hunks count their new lines without it. Before,
the masked hunk was printed as a patch that failed to apply, said only on stderr."""

from __future__ import annotations

import re
from pathlib import Path

from validator.run.diff import masked_unified_diff, unified_diff

from conftest import flowlint

UUID = "6f3c1d2e-8a4b-4c5d-9e6f-7a8b9c0d1e2f"
URL = "https://api.mypurecloud.com/api/v2/flows/executions"
TOKEN = "Zq8vR4nT7pLm2XwQ9sKdLIT"


def _applied(before: str, patch: str) -> str:
    """`before` with the hunks of a one-file unified diff applied, strictly: each removed and context line must be the
    file's at the hunk's old line, and each hunk's new line must be where the hunks before it put that line."""
    lines = before.splitlines(keepends=True)
    out: list[str] = []
    at = 0
    rows = [row for row in patch.splitlines(keepends=True) if not row.startswith(("---", "+++"))]
    for index, row in enumerate(rows):
        header = re.fullmatch(r"@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,\d+)? @@\n", row)
        if header is None:
            continue
        old, length, new = int(header.group(1)), header.group(2), int(header.group(3))
        first = old - (0 if length == "0" else 1)
        out += lines[at:first]
        assert len(out) == new - (0 if length == "0" and old == 0 else 1), (row, len(out))  # the new side's count
        at = first
        for line in rows[index + 1:]:
            if line[:1] not in (" ", "-", "+"):
                break
            if line[0] != "+":
                assert lines[at] == line[1:], (at, lines[at], line)
                at += 1
            if line[0] != "-":
                out.append(line[1:])
    return "".join(out + lines[at:])


def _commented(shown: str) -> tuple[list[str], str]:
    """The commented lines of a --diff output (their `# ` taken off), and the rest: the patch."""
    rows = shown.splitlines(keepends=True)
    return [row[2:] for row in rows if row.startswith("# ")], "".join(row for row in rows if not row.startswith("#"))


def test_a_masked_hunk_is_commented_out_and_the_later_ones_still_apply() -> None:
    before = "".join(f"line {i}\n" for i in range(1, 21)).replace("line 2\n", "line 2 token=SECRET\n")
    after = before.replace("line 2 token=SECRET\n", "line 2 token=SECRET\nline 2b\n").replace("line 15\n", "line 15b\n")
    shown, left_out = masked_unified_diff("f.txt", before, after, before.replace("SECRET", "******"),
                                          after.replace("SECRET", "******"), [])
    commented, patch = _commented(shown)
    assert left_out == 1 and commented[0].startswith("flowlint: f.txt: a hunk of its diff shows a masked secret"), shown
    assert commented[1:5] == ["--- f.txt\n", "+++ f.txt\n", "@@ -1,5 +1,6 @@\n", " line 1\n"], commented
    assert " line 2 token=******\n" in commented and "+line 2b\n" in commented and "SECRET" not in shown
    assert patch.startswith("--- f.txt\n+++ f.txt\n@@ -12,7 +12,7 @@\n"), patch  # (not +13: the first hunk left out)
    assert _applied(before, patch) == before.replace("line 15\n", "line 15b\n")
    plain, none = masked_unified_diff("f.txt", before, after, before, after, [])
    assert none == 0 and plain == unified_diff("f.txt", before, after, []) and _applied(before, plain) == after


def _script(tokens: list[str]) -> str:
    body = f'{{"flowId": "{UUID}", "inputData": {{"x": 3}}}}'
    return "".join(f"curl -X POST {URL} -d '{body}' -H \"Authorization: Bearer {token}\"\n" + "echo\n" * 8
                   for token in tokens)


def test_a_diff_leaves_out_only_the_hunks_that_mask_and_says_so(tmp_path: Path) -> None:
    (tmp_path / "a.sh").write_text(_script([TOKEN, "$TOKEN"]))
    (tmp_path / "b.sh").write_text(_script(["$TOKEN"]))
    result = flowlint("check", "--no-cache", "--no-color", "--diff", str(tmp_path / "a.sh"), str(tmp_path / "b.sh"))
    assert "would fix 3 findings in 2 files" in result.stderr, result.output  # reached: every line fixed
    assert TOKEN not in result.output
    commented, patch = _commented(result.stdout)
    assert commented and commented[0].startswith(f"flowlint: {tmp_path / 'a.sh'}: a hunk of its diff shows"), commented
    assert any(row.startswith("+curl") and '"Flow.x"' in row and "***" in row for row in commented), commented
    assert "masks a secret on a line it shows, so those hunks are shown commented out" in result.stderr
    files = re.split(r"(?m)^(?=--- )", patch)[1:]
    assert [part.split("\n")[0] for part in files] == [f"--- {tmp_path / 'a.sh'}", f"--- {tmp_path / 'b.sh'}"], files
    for part, name in zip(files, ("a.sh", "b.sh"), strict=True):  # the patch applies: each file's second launch fixed (a.sh's)
        text = (tmp_path / name).read_text()
        fixed = _applied(text, part)
        assert fixed.count('"Flow.x"') == 1 and fixed.count("\n") == text.count("\n"), fixed
