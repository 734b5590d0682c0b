"""Turning character offsets into 1-based lines and columns."""

from __future__ import annotations

import bisect
import itertools
import re

from .diagnostics import Span

# CRLF, a lone CR and LF all end a line, as in editors.
_LINE_BREAK = re.compile(r"\r\n?|\n")


class LineIndex:
    """Line starts of a text, found as far as asked for, for offset -> (line, column) look-ups.

    A finding near the top of a 20 MB file never scans the rest of it.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0]
        self._scanned = 0  # line breaks before this offset are in `starts`

    def _scan_to(self, offset: int) -> None:
        if offset < self._scanned:
            return
        # A little past the offset, so a CRLF straddling it is seen whole; whole text once it is near.
        near_end = offset > len(self.text) - 65536  # small files (most) are scanned whole, once
        end = len(self.text) if near_end else max(offset + 2, self._scanned * 2)
        if 0 < end < len(self.text) and self.text[end - 1] == "\r" and self.text[end] == "\n":
            end += 1  # never split a CRLF between two scans
        if self._scanned == 0 and end == len(self.text) and "\r" not in self.text:  # the whole of a small file: its lines' lengths
            lengths = [len(line) + 1 for line in self.text.split("\n")]
            lengths.pop()  # the last line has no line break
            self.starts = list(itertools.accumulate(lengths, initial=0))
            self._scanned = end
            return
        self.starts.extend(m.end() for m in _LINE_BREAK.finditer(self.text, self._scanned, end)
                           if m.end() > self.starts[-1])
        self._scanned = end

    def position(self, offset: int) -> tuple[int, int]:
        """1-based line and column (in characters) of a character offset."""
        offset = max(0, min(offset, len(self.text)))
        self._scan_to(offset)
        line = bisect.bisect_right(self.starts, offset) - 1
        return line + 1, offset - self.starts[line] + 1

    def span(self, start: int, end: int) -> Span:
        """The span of characters [start, end)."""
        size = len(self.text)
        if self._scanned >= size:  # every line known (a small file, once one position is asked): no scan to ask for
            starts = self.starts
            start = max(0, min(start, size))
            end = max(start, min(end, size))
            line = bisect.bisect_right(starts, start) - 1
            end_line = bisect.bisect_right(starts, end) - 1
            return Span(line + 1, start - starts[line] + 1, end_line + 1, end - starts[end_line] + 1)
        line, column = self.position(start)
        end_line, end_column = self.position(max(end, start))
        return Span(line, column, end_line, end_column)

    def line_text(self, line: int) -> str:
        """The text of a 1-based line, without its line break."""
        while len(self.starts) <= line and self._scanned < len(self.text):
            self._scan_to(self._scanned + 1)
        if not 1 <= line <= len(self.starts):
            return ""
        start = self.starts[line - 1]
        end = self.starts[line] if line < len(self.starts) else len(self.text)
        return self.text[start:end].rstrip("\r\n")

    def offset(self, line: int, column: int) -> int:
        """The character offset of a 1-based line and column (the inverse of `position`)."""
        while len(self.starts) <= line and self._scanned < len(self.text):
            self._scan_to(self._scanned + 1)
        if not 1 <= line <= len(self.starts):
            return len(self.text)
        return min(self.starts[line - 1] + column - 1, len(self.text))
