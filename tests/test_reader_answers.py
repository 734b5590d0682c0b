"""A code reader made without its index (`indexed=False`, an edit's local proof) gives up any reading that asks a
binding (NotIndexed), and asks its `answers` hook first for every value it reads: the proof answers for the members its
edit left, and the reader reads the rest itself (READ_ON), with no method of it replaced from outside."""

from __future__ import annotations

from typing import Any

import pytest

from validator.sources.code import READ_ON, NotIndexed, parsed
from validator.sources.document import DEFAULT_LIMITS
from validator.sources.extract import reader_for
from validator.sources.model import TreeSpans

CASES = [("javascript", "x = {a: 1, b: [2, 3], c: name};\n", "object"),
         ("python", "x = {'a': 1, 'b': [2, 3], 'c': name}\n", "dictionary")]


def literal(kind: str, text: str, container: str) -> tuple[Any, Any]:
    source, tree = parsed(kind, text)
    reader = reader_for(kind, source, tree, DEFAULT_LIMITS.max_depth, None, indexed=False)
    found = [n for n in reader_tree_nodes(tree.root_node) if n.type == container]
    return reader, found[0]


def reader_tree_nodes(node: Any) -> list[Any]:
    return [node, *(d for child in node.children for d in reader_tree_nodes(child))]


@pytest.mark.parametrize(("kind", "text", "container"), CASES)
def test_a_reader_without_its_index_gives_up_at_a_name(kind: str, text: str, container: str) -> None:
    reader, node = literal(kind, text, container)
    with pytest.raises(NotIndexed):
        reader.value(node, (), TreeSpans(), None)


@pytest.mark.parametrize(("kind", "text", "container"), CASES)
def test_the_hook_answers_first_and_the_reader_reads_the_rest(kind: str, text: str, container: str) -> None:
    reader, node = literal(kind, text, container)
    asked: list[tuple[Any, ...]] = []

    def answer(at: Any, path: Any, spans: TreeSpans, key: Any, depth: int) -> Any:
        asked.append(path)
        return "known" if path == ("c",) else READ_ON  # the name: answered here, never asked of the bindings

    reader.answers = answer
    assert reader.value(node, (), TreeSpans(), None) == {"a": 1, "b": [2, 3], "c": "known"}
    assert {(), ("a",), ("b",), ("b", 0), ("b", 1), ("c",)} <= set(asked), asked
