"""Where a YAML or JSON string's characters are written in the file (embedded.string_start, embedded.scalar_offsets) is
one public helper of the sources layer, used by the readers that need it (AWS templates, saved requests, Artillery),
not a private name of one reader imported by the others."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from validator.sources import aws
from validator.sources.embedded import scalar_offsets, string_start

SOURCES = Path(__file__).resolve().parent.parent / "validator" / "sources"


@pytest.mark.parametrize("reader", ["aws.py", "artillery.py"])
def test_no_reader_imports_the_saved_request_readers_private_offsets(reader: str) -> None:
    tree = ast.parse((SOURCES / reader).read_text(encoding="utf-8"))
    imported = {(node.module, alias.name) for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                for alias in node.names}
    assert ("embedded", "scalar_offsets") in imported or ("embedded", "string_start") in imported  # reached
    assert not {name for module, name in imported if module == "saved_request" and name in ("_inside", "_aligned")}


def test_the_offsets_of_a_block_scalar_and_a_quoted_string() -> None:
    text = 'a: |\n  {"flowId": 1}\nb: "x"\n'
    block = (3, text.index("\nb"))
    offsets = scalar_offsets(text, block, '{"flowId": 1}')
    assert offsets is not None and text[offsets[0]] == "{" and offsets[-1] == text.index("\nb")
    assert string_start(text, (text.index('"x"'), text.index('"x"') + 3)) == text.index("x\"")
    assert aws.extract(text) == []  # (the reader using them imports)
