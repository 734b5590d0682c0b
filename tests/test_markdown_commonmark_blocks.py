"""Markdown code blocks are found as CommonMark finds them, one way for every reader: a fence on a list item's marker
line (`- ```bash`, `1. ```http`), an indented code block (at the top level, or in a list item beyond its text's
indentation), a fence written too deep in a list item (inside an indented block); each launch at its place in the
file, and a fix written there."""

from __future__ import annotations

import json
from pathlib import Path

from validator.sources.blocks import markdown_blocks, offsets

from conftest import UUID2, flowlint

URL = "https://api.mypurecloud.com/api/v2/flows/executions"
CURL = f"curl -X POST {URL} -H 'Content-Type: application/json'"
FLOW = "0c6e1f7a-2b3d-4e5f-8a9b-1c2d3e4f5a6b"  # no contract for it

README = (
    "# Launching\n\n"
    "- ```bash\n"
    f"  {CURL} -d '{{\"flowId\": \"{UUID2}\", \"type\": \"a\"}}'\n"
    "  ```\n"
    "1. ```http\n"
    f"   POST {URL}\n"
    "   Content-Type: application/json\n\n"
    f"   {{\"flowId\": \"{UUID2}\", \"kind\": \"b\"}}\n"
    "   ```\n"
    "2. Or by hand:\n\n"
    f"       {CURL} -d '{{\"flowId\": \"{UUID2}\", \"data\": {{}}}}'\n\n"
    "3. Too deep, still a fence:\n\n"
    "       ```bash\n"
    f"       {CURL} -d '{{\"flowId\": \"{UUID2}\", \"configuration\": {{}}}}'\n"
    "       ```\n\n"
    "At the top level, indented:\n\n"
    f"    {CURL} \\\n"
    f"      -d '{{\"flowId\": \"{UUID2}\", \"inputs\": {{}}}}'\n"
)


def position(text: str, needle: str) -> tuple[int, int]:
    offset = text.index(needle)
    return text.count("\n", 0, offset) + 1, offset - (text.rfind("\n", 0, offset) + 1) + 1


def test_list_item_fences_and_indented_blocks_are_read_at_their_places(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text(README, encoding="utf-8")
    result = flowlint("check", "--no-cache", "--format", "json", str(tmp_path / "README.md"))
    found = {(d["code"], d["line"], d["column"]) for d in json.loads(result.stdout)["diagnostics"]}
    for member in ('"type"', '"kind"', '"data"', '"configuration"', '"inputs"'):
        assert ("FL101", *position(README, member)) in found, member
    assert not any(code == "FL011" for code, _, _ in found)


def test_block_offsets_point_at_their_characters() -> None:
    found = list(markdown_blocks(README))
    assert [kind for kind, _, _ in found] == ["shell", "http", "shell", "shell", "shell"]
    for _, code, at in found:
        where = offsets(code, at)
        assert len(where) == len(code) + 1 and "".join(README[k] for k in where[:-1]) == code


def test_a_fix_in_an_indented_list_block_is_written_there(tmp_path: Path) -> None:
    text = f"- Launch:\n\n      {CURL} -d '{{\"flowId\": \"{FLOW}\", \"inputData\": {{\"customer\": 1}}}}'\n"
    (tmp_path / "fix.md").write_text(text, encoding="utf-8")
    diff = flowlint("check", "--no-cache", "--diff", str(tmp_path / "fix.md")).stdout
    assert f"+      {CURL} -d '{{\"flowId\": \"{FLOW}\", \"inputData\": {{\"Flow.customer\": 1}}}}'" in diff


def test_an_rst_literal_block_indented_as_markdown_code_is_read_once(tmp_path: Path) -> None:
    text = f"Launch it::\n\n    {CURL} -d '{{\"flowId\": \"{UUID2}\", \"type\": \"a\"}}'\n"
    assert len(list(markdown_blocks(text))) == 1
    (tmp_path / "once.md").write_text(text, encoding="utf-8")
    result = flowlint("check", "--no-cache", "--format", "json", str(tmp_path / "once.md"))
    assert [d["code"] for d in json.loads(result.stdout)["diagnostics"]] == ["FL101"]


def _quoted(depth: int, newline: str = "\n") -> str:
    marks = "> " * depth
    return (f"{marks}```sh{newline}{marks}{CURL} -d '{{\"flowId\": \"{FLOW}\", \"type\": 1}}'{newline}{marks}```{newline}")


def test_a_block_nested_deep_is_read_and_one_too_deep_is_said(tmp_path: Path) -> None:
    # Before: a fence inside 20 blockquotes was skipped by markdown-it (its maxNesting) as prose: "no problems", no note.
    deep = tmp_path / "deep.md"
    deep.write_text(_quoted(40))
    assert [d["code"] for d in json.loads(flowlint("check", "--no-cache", "--format", "json", str(deep)).output)
            ["diagnostics"] if d["severity"] == "error"] == ["FL101"]
    for newline in ("\n", "\r\n"):
        too_deep = tmp_path / "too-deep.md"
        too_deep.write_bytes(_quoted(150, newline).encode())
        [note] = json.loads(flowlint("check", "--no-cache", "--format", "json", str(too_deep)).output)["diagnostics"]
        assert note["code"] == "FL011" and "more than 100 blockquotes" in note["message"] and note["line"] == 2, note
