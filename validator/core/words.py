"""Words the reports share."""

from __future__ import annotations


def counted(n: int, word: str) -> str:
    """`n` and the word, plural unless one: "1 file", "2 errors"."""
    return f"{n} {word}{'' if n == 1 else 's'}"
