"""Code blocks in documentation are read wherever the document writes them: a Markdown fence in a blockquote (its `>`
markers taken off each line) or in a list item, reStructuredText's `.. code-block::`, `.. code::` and `::` literal
blocks, AsciiDoc's `[source,…]` blocks; each launch at its place in the file, with the readers Markdown fences use."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from validator.sources import fences
from validator.sources.blocks import markdown_blocks, offsets

from conftest import UUID2, flowlint

URL = "https://api.mypurecloud.com/api/v2/flows/executions"
CURL = f"curl -X POST {URL} -H 'Content-Type: application/json'"
UNKNOWN_FLOW = "0c6e1f7a-2b3d-4e5f-8a9b-1c2d3e4f5a6b"  # no contract for it: its inputs' names are judged by their prefix only
PY = f'requests.post("{URL}", json={{"flowId": "{UUID2}", "kind": "x"}})'

DOCS = {
    "quote.md": (
        "# Launching\n\n"
        "> **Old way** (do not use)\n"
        "> ```bash\n"
        f"> {CURL} -d '{{\"flowId\": \"{UUID2}\", \"type\": \"flow\"}}'\n"
        "> ```\n"
        ">\n"
        "> > ```python\n"
        f"> > {PY}\n"
        "> > ```\n"
    ),
    "list.md": (
        "1. Install.\n"
        "2. Launch:\n\n"
        "   ```python\n"
        "   import requests\n"
        "   if True:\n"
        f"       {PY}\n"
        "   ```\n"
    ),
    "guide.rst": (
        "Launching\n=========\n\n"
        ".. code-block:: bash\n"
        "   :caption: launch.sh\n\n"
        f"   {CURL} \\\n"
        f"     -d '{{\"flowId\": \"{UUID2}\", \"type\": \"flow\"}}'\n\n"
        ".. code:: python\n\n"
        "    import requests\n"
        f"    {PY}\n\n"
        "Or by hand::\n\n"
        f"  {CURL} -d '{{\"flowId\": \"{UUID2}\", \"data\": {{}}}}'\n\n"
        f"Prose naming {URL} is no request.\n"
    ),
    "guide.adoc": (
        "= Launching\n:toc:\n\n"
        "[source,bash]\n"
        ".Launch\n"
        "----\n"
        f"{CURL} -d '{{\"flowId\": \"{UUID2}\", \"type\": \"flow\"}}'\n"
        "----\n\n"
        "[source,python]\n"
        "----\n"
        f"{PY}\n"
        "----\n"
    ),
}


def position(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    offset = -1
    for _ in range(nth + 1):
        offset = text.index(needle, offset + 1)
    return text.count("\n", 0, offset) + 1, offset - (text.rfind("\n", 0, offset) + 1) + 1


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    for name, text in DOCS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def found(*args: str) -> dict[str, set[tuple[str, int, int]]]:
    result = flowlint("check", "--no-cache", "--format", "json", *args)
    assert result.exit_code in (0, 1), result.stdout + result.stderr
    out: dict[str, set[tuple[str, int, int]]] = {}
    for d in json.loads(result.stdout)["diagnostics"]:
        out.setdefault(Path(d["file"]).name, set()).add((d["code"], d["line"], d["column"]))
    return out


@pytest.mark.parametrize("walked", [True, False])
def test_blocks_are_read_at_their_places(docs: Path, walked: bool) -> None:
    result = found(str(docs)) if walked else found(*(str(docs / name) for name in DOCS))
    quote, listed, rst, adoc = DOCS["quote.md"], DOCS["list.md"], DOCS["guide.rst"], DOCS["guide.adoc"]
    assert ("FL101", *position(quote, '"type"')) in result["quote.md"]  # a blockquote's shell block
    assert ("FL101", *position(quote, '"kind"')) in result["quote.md"]  # a nested blockquote's Python block
    assert ("FL101", *position(listed, '"kind"')) in result["list.md"]  # a list item's Python, its indentation taken off
    assert ("FL101", *position(rst, '"type"')) in result["guide.rst"]  # .. code-block:: bash, with an option
    assert ("FL101", *position(rst, '"kind"')) in result["guide.rst"]  # .. code:: python
    assert ("FL101", *position(rst, '"data"')) in result["guide.rst"]  # a literal block after `::`
    assert ("FL101", *position(adoc, '"type"')) in result["guide.adoc"] and ("FL101", *position(adoc, '"kind"')) in result["guide.adoc"]
    assert not any(code == "FL011" for codes in result.values() for code, _, _ in codes)  # prose is no request


def test_a_block_flowlint_does_not_read_is_noted(tmp_path: Path) -> None:
    text = f"Java\n====\n\nIn prose: {URL}.\n\n.. code-block:: java\n\n   client.post(\"{URL}\", body);\n"
    (tmp_path / "java.rst").write_text(text, encoding="utf-8")
    assert found(str(tmp_path)) == {"java.rst": {("FL011", *position(text, "flows/executions", 1))}}


def test_a_fix_in_a_blockquote_is_written_in_its_place(tmp_path: Path) -> None:
    text = f"> ```bash\n> {CURL} -d '{{\"flowId\": \"{UNKNOWN_FLOW}\", \"inputData\": {{\"customer\": 1}}}}'\n> ```\n"
    (tmp_path / "fix.md").write_text(text, encoding="utf-8")
    diff = flowlint("check", "--no-cache", "--diff", str(tmp_path / "fix.md")).stdout
    assert f"+> {CURL} -d '{{\"flowId\": \"{UNKNOWN_FLOW}\", \"inputData\": {{\"Flow.customer\": 1}}}}'" in diff


def test_block_offsets_point_at_their_characters() -> None:
    for text in DOCS.values():
        for _, code, at in markdown_blocks(text):
            where = offsets(code, at)
            assert len(where) == len(code) + 1
            assert "".join(text[k] for k in where[:-1]) == code
    assert len(list(markdown_blocks(DOCS["guide.rst"]))) == 3 and len(list(markdown_blocks(DOCS["guide.adoc"]))) == 2
    assert len(list(markdown_blocks(DOCS["quote.md"]))) == 2


def test_markdown_lines_are_not_taken_for_asciidoc_or_rst() -> None:
    text = "Intro\n\n----\n\ncurl https://x\n\n----\n\nC++ uses std::\n\n    std::vector<int> v;\n"
    assert [code for _, code, _ in fences.other_markups(text)] == ["std::vector<int> v;"]  # `::` then an indented block
    fenced = "```bash\necho Example::\n\n  curl https://x\n```\n"
    assert list(fences.other_markups(fenced)) == []  # a fence's own lines: read with it, never twice


def test_finding_blocks_is_linear_in_the_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = [0]
    indent = fences._indent

    def counted(line: str) -> int:
        calls[0] += 1
        return indent(line)

    monkeypatch.setattr(fences, "_indent", counted)
    rst = ("Example::\n\n" + "   curl x\n" * 3 + "\n") * 1000 + ".. code-block:: bash\n" * 1000 + "::\n\n" + "  x\n" * 2000
    lines = rst.count("\n")
    assert len(list(fences.rst_blocks(rst))) == 1001
    assert calls[0] <= 4 * lines  # each line looked at a few times, never once per block above it
    adoc = "= Doc\n\n" + "[source,bash]\n----\ncurl x\n----\n" * 1000 + "----\n" + "curl y\n" * 2000
    assert len(list(fences.asciidoc_blocks(adoc))) == 1000  # the last `----` never closes: no block, no rescan
