"""Fenced code blocks in Markdown, read line by line (no regex spans a block, so an unclosed fence costs one pass).

A block opens with a line of three or more backticks or tildes (after spaces or tabs) and an optional info
word (`bash`), and closes at the next line that is the same indentation and the same fence alone. An
opening fence that never closes is not a block.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

_LINE = re.compile(r"[^\n]*\n?")
_OPENING = re.compile(r"([ \t]*)(`{3,}|~{3,})[ \t]*([\w+-]*)")
_CLOSING = re.compile(r"([ \t]*)(`{3,}|~{3,})[ \t\r]*")


def fences(text: str) -> Iterator[tuple[str, str, int]]:
    """(info word, body text, offset of the body) of every closed fenced block, in order."""
    starts: list[int] = []
    lines: list[str] = []
    for match in _LINE.finditer(text):
        if match.start() == len(text):
            break
        starts.append(match.start())
        lines.append(match.group().rstrip("\n"))
    closings: dict[tuple[str, str], list[int]] = {}
    for index, line in enumerate(lines):
        closing = _CLOSING.fullmatch(line)
        if closing:
            closings.setdefault((closing.group(1), closing.group(2)), []).append(index)
    index = 0
    while index < len(lines):
        opening = _OPENING.match(lines[index])
        candidates = closings.get((opening.group(1), opening.group(2)), []) if opening else []
        after = bisect_right(candidates, index)
        if opening is None or after == len(candidates):
            index += 1
            continue
        close = candidates[after]
        body_start = starts[index + 1] if index + 1 < len(starts) else len(text)
        yield opening.group(3), text[body_start:starts[close]], body_start
        index = close + 1
