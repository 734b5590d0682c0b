"""Each thread parses with its own tree-sitter parser: the language server checks documents in several threads, and
two parses with one parser at once (each running Python callbacks, between which the other thread runs) crash the
process."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from validator.sources import code


@pytest.mark.parametrize("kind", ["python", "javascript", "hcl"])
def test_each_thread_parses_with_its_own_parser(kind: str) -> None:
    mine = code.parser(kind)
    assert code.parser(kind) is mine  # reached: one a thread, made once
    theirs: list[Any] = []
    thread = threading.Thread(target=lambda: theirs.append(code.parser(kind)))
    thread.start()
    thread.join()
    assert theirs and theirs[0] is not mine
    text = b"x = 1\n"
    assert theirs[0].parse(text).root_node.end_byte == len(text)  # (a parser like any other, of the same language)
