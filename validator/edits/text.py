"""What every editor shares: the error an edit that cannot be written raises, the editor protocol, text differences."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from ..core.diagnostics import Operation


class CannotEdit(Exception):
    """The source's syntax cannot express an operation at that place (an alias, a block scalar...)."""


class TextEditor(Protocol):
    """Turns operations on the body into new text for one kind of source."""

    def apply(self, text: str, operation: Operation) -> str:
        """The text with the operation applied; CannotEdit when it cannot be written there."""

    def parse(self, text: str) -> Any:
        """The body the text holds (to check a rendering); CannotEdit when it does not parse."""


def _common(same: Callable[[int], bool], limit: int) -> int:
    """The largest n <= limit for which same(n) holds (it holds for every smaller n): slices compared in C, log n times."""
    low, high = 0, limit
    while low < high:
        middle = (low + high + 1) // 2
        if same(middle):
            low = middle
        else:
            high = middle - 1
    return low


def difference(old: str, new: str) -> tuple[int, int, str]:
    """The one edit turning `old` into `new`: [start, end) of old replaced by content."""
    start = _common(lambda n: old[:n] == new[:n], min(len(old), len(new)))
    common_end = _common(lambda n: old[len(old) - n:] == new[len(new) - n:], min(len(old), len(new)) - start)
    end_old, end_new = len(old) - common_end, len(new) - common_end
    if start < len(old) and start > 0 and old[start - 1] == "\r" and old[start] == "\n":
        start -= 1  # never split a CRLF: an edit inside a line break would confuse line numbers
    return start, end_old, new[start:end_new] if start <= end_new else ""
