"""The one YAML composer: a text's single document as PyYAML's nodes, with their positions.

PyYAML's pure-Python parser is the authority: its nodes, its errors and their marks are what flowlint reports. Where
PyYAML was built with libyaml (`yaml.__with_libyaml__`), libyaml's parser composes the same nodes about 7× faster, and
is used for a text only where its result is provably the pure parser's (tests/test_yaml_compose_differential.py holds
the proof, over every YAML file of the fixtures and a property test over YAML's indicators):

- a text holding a character or indicator the two parsers read differently never reaches libyaml (`_UNLIKE`): a tab,
  a byte order mark, a NEL / line or paragraph separator, a lone CR (line counting), a tag (`!` and `!!x`: an empty
  tag and flow indicators in a local tag), a directive line (`%YAML`: libyaml does not say the version), and a block
  scalar header with a comment and no space (`|#`);
- a tree libyaml composes differently is dropped for the pure parser's (`_settled`): a plain scalar in a flow
  collection that is empty (libyaml marks it at the next token, PyYAML after the `:`) or holds `?` (libyaml reads
  `[a?b]`, PyYAML refuses it), a mark at the end of the text that libyaml moved to a line past it, a sequence starting
  at an anchor, nesting past `_LIBYAML_DEPTH` (PyYAML's composer recurses: it may stop where libyaml does not);
- a plain scalar's style is `''` in libyaml and None in PyYAML, an indentless sequence's (`key:` then `- item` at the
  key's column) False and None: both are set as PyYAML sets them;
- any text libyaml refuses is parsed again by the pure parser, whose error (message, mark, the depth note) is the one
  reported; libyaml's own errors and its 1,000-level nesting limit are never seen.
"""

from __future__ import annotations

import re

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

#: libyaml's loader, where this PyYAML has it; None: the pure-Python parser for every text (tests set it to None to
#: compare the two).
LIBYAML: type[yaml.CSafeLoader] | None = yaml.CSafeLoader if yaml.__with_libyaml__ else None

#: What libyaml and PyYAML read differently, anywhere in a text (over-matching only sends a text to the pure parser): a
#: tab, a BOM, a NEL, a line or paragraph separator, a CR not before a LF, a `!` that can start a tag, a directive, a
#: block scalar header running into a comment.
_UNLIKE = re.compile(r"[\t\ufeff\x85\u2028\u2029]|\r(?!\n)|(?:^|(?<=[\s\[\]{},]))!|^%|[|>][-+0-9]*#", re.MULTILINE)

#: The deepest nesting of collections taken from libyaml: PyYAML's composer recurses two frames a level, so it
#: composes this depth anywhere flowlint calls it (far from Python's recursion limit of 1,000); deeper, whether it
#: stops with a RecursionError (flowlint's depth note) depends on the stack, so the pure parser decides.
_LIBYAML_DEPTH = 100


def compose(text: str) -> tuple[Node | None, tuple[int, int] | None]:
    """The text's single document (None: it holds none) and its `%YAML` directive's version (None: it has none), as
    PyYAML's pure-Python SafeLoader composes them; raises its errors (yaml.YAMLError, RecursionError)."""
    if LIBYAML is not None and not _UNLIKE.search(text):
        try:
            fast = LIBYAML(text)
            try:
                root = fast.get_single_node()
            finally:
                fast.dispose()
        except (yaml.YAMLError, ValueError):  # ValueError: a lone surrogate, which PyYAML refuses as unprintable
            pass
        else:
            if root is None or _settled(root, text):
                return root, None  # no directive: a `%` at a line's start is in _UNLIKE
    loader = yaml.SafeLoader(text)
    try:
        root = loader.get_single_node()
        version: tuple[int, int] | None = loader.yaml_version
    finally:
        loader.dispose()
    return root, version


def _settled(root: Node, text: str) -> bool:
    """Set libyaml's styles as PyYAML sets them; whether its tree is the pure parser's (False: parse with that)."""
    end = len(text)
    end_line = text.count("\n")  # no other line break is in a text libyaml reads
    end_column = end - text.rfind("\n") - 1
    seen: set[int] = set()
    stack: list[tuple[Node, MappingNode | SequenceNode | None, int]] = [(root, None, 0)]
    while stack:
        node, parent, depth = stack.pop()
        if id(node) in seen:
            continue  # an alias: settled where its anchor is (document order: the anchor comes first)
        seen.add(id(node))
        for mark in (node.start_mark, node.end_mark):
            if mark.index == end and (mark.line, mark.column) != (end_line, end_column):
                return False  # libyaml ends the stream on a line of its own
        if isinstance(node, ScalarNode):
            if node.style == "":
                if parent is not None and parent.flow_style and (not node.value or "?" in node.value):
                    return False
                node.style = None
            continue
        if depth >= _LIBYAML_DEPTH:
            return False
        if isinstance(node, SequenceNode):
            if isinstance(parent, MappingNode) and not parent.flow_style and not node.flow_style:
                if text[node.start_mark.index:][:1] != "-" or text[parent.start_mark.index:][:1] == "&":
                    return False  # properties before the sequence or the mapping: their columns say nothing
                if node.start_mark.column == parent.start_mark.column:
                    node.flow_style = None  # indentless: its `-` at its mapping's indentation
            stack.extend((child, node, depth + 1) for child in reversed(node.value))
        else:
            assert isinstance(node, MappingNode)
            for key, value in reversed(node.value):
                stack.append((value, node, depth + 1))
                stack.append((key, node, depth + 1))
    return True


__all__ = ["LIBYAML", "compose"]
