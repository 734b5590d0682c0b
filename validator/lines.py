"""Turning character offsets into 1-based lines and columns."""

from __future__ import annotations

import bisect
import re

from .diagnostics import Span

# CRLF, a lone CR and LF all end a line, as in editors.
_LINE_BREAK = re.compile(r"\r\n?|\n")


class LineIndex:
    """Line starts of a text, built once, for offset -> (line, column) look-ups."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0]
        self.starts.extend(m.end() for m in _LINE_BREAK.finditer(text))

    def position(self, offset: int) -> tuple[int, int]:
        """1-based line and column (in characters) of a character offset."""
        offset = max(0, min(offset, len(self.text)))
        line = bisect.bisect_right(self.starts, offset) - 1
        return line + 1, offset - self.starts[line] + 1

    def span(self, start: int, end: int) -> Span:
        """The span of characters [start, end)."""
        line, column = self.position(start)
        end_line, end_column = self.position(max(end, start))
        return Span(line, column, end_line, end_column)

    def line_text(self, line: int) -> str:
        """The text of a 1-based line, without its line break."""
        if not 1 <= line <= len(self.starts):
            return ""
        start = self.starts[line - 1]
        end = self.starts[line] if line < len(self.starts) else len(self.text)
        return self.text[start:end].rstrip("\r\n")


def span_at(text: str, offset: int, length: int = 1) -> Span:
    """The span of `length` characters at `offset` without indexing the whole text."""
    return LineIndex(text).span(offset, offset + length)
