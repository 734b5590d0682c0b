"""Where a suppression comment's line starts and ends is found once (comments._line_of): whether the comment stands
alone on it (then it covers the next line too), and what removing it cuts. A comment in a script a file runs is judged
on its line of the script; one on the file's last line, with no line break after it, ends at the file's end."""

from __future__ import annotations

from pathlib import Path

from validator.sources.comments import suppressions

from conftest import check_file, codes

LAUNCH = ("curl -X POST https://api.mypurecloud.com/api/v2/flows/executions -H 'Content-Type: application/json' "
          "-d '{\"flowId\": \"8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90\", \"inputs\": {\"Flow.x\": 1}}'")


def test_a_comment_ending_a_scripts_line_covers_that_line_only(tmp_path: Path) -> None:
    alone = check_file(tmp_path, "Makefile", f"launch:\n\t# flowlint: ignore[FL101]\n\t{LAUNCH}\n", contract_findings=False)
    assert alone == []  # reached: alone on its line of the recipe, it covers the next
    (tmp_path / "after").mkdir()
    after = check_file(tmp_path, "after/Makefile", f"launch:\n\techo go  # flowlint: ignore[FL101]\n\t{LAUNCH}\n",
                       contract_findings=False)
    assert codes(after) == ["FL009", "FL101"], after
    assert [d["line"] for d in after] == [2, 3]


def test_a_comment_alone_on_the_files_last_line_is_removed_whole() -> None:
    text = "const a = 1;\n// flowlint: ignore[FL302]"
    (found,) = suppressions("javascript", text)
    assert found.alone and text[:found.start] + text[found.end:] == "const a = 1;\n"
    after = "const a = 1;\nconst b = 2; // flowlint: ignore[FL302]"
    (found,) = suppressions("javascript", after)
    assert not found.alone and after[:found.start] + after[found.end:] == "const a = 1;\nconst b = 2;"
