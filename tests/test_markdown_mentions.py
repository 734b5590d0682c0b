"""A Markdown file that names the launch endpoint in a code block flowlint does not read gets a note (FL011);
prose, tables and list items do not."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import flowlint


def _notes(tmp_path: Path, text: str) -> list[tuple[str, int]]:
    (tmp_path / "README.md").write_text(text, encoding="utf-8")
    result = flowlint("check", "--no-cache", "--format", "json", str(tmp_path / "README.md"))
    assert result.exit_code == 0, result.output
    return [(d["code"], d["line"]) for d in json.loads(result.stdout)["diagnostics"]]


@pytest.mark.parametrize("text", [
    # (a request written there is read: test_markdown_commonmark_blocks.py; these are commands flowlint does not read)
    "Trigger the workflow:\n\n    launcher --url https://api.mypurecloud.com/api/v2/flows/executions\n    --body b.json\n",
    "# Launching\n    launcher https://api.mypurecloud.com/api/v2/flows/executions\n",
    "Trigger it:\n\n\tlauncher https://api.mypurecloud.com/api/v2/flows/executions\n",
])
def test_an_indented_code_block_naming_the_endpoint_is_noted(tmp_path: Path, text: str) -> None:
    line = next(n for n, written in enumerate(text.splitlines(), 1) if "flows/executions" in written)
    assert _notes(tmp_path, text) == [("FL011", line)]


@pytest.mark.parametrize("text", [
    "| method | path |\n| --- | --- |\n| POST | /api/v2/flows/executions |\n",
    "Some text\n    POST /api/v2/flows/executions continues the paragraph\n",
    "1. Launch it:\n\n    POST /api/v2/flows/executions with the body shown below\n\n2. Wait\n",
    "- Launch it:\n\n    POST /api/v2/flows/executions\n",
])
def test_prose_tables_and_list_items_are_not_requests(tmp_path: Path, text: str) -> None:
    assert _notes(tmp_path, text) == []
