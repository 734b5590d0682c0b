"""Where a bracketed part of a text ends: the one matcher the shell (curl) and Velocity readers share."""

from __future__ import annotations


def bracket_end(text: str, start: int, opening: str, closing: str, *, quotes: str = "", escapes: bool = False) -> int:
    """The index after the bracket closing the `opening` at `text[start]`, or the text's end if it never closes.

    Nested pairs are counted; a string in one of `quotes` is skipped whole (to the text's end if open);
    with `escapes`, a backslash takes the next character with it.
    """
    end = bracket_close(text, start, opening, closing, quotes=quotes, escapes=escapes)
    return len(text) if end is None else end


def bracket_close(text: str, start: int, opening: str, closing: str, *, quotes: str = "",
                  escapes: bool = False) -> int | None:
    """`bracket_end`, None when the bracket never closes."""
    depth = 0
    i = start
    while i < len(text):
        char = text[i]
        if escapes and char == "\\":
            i += 2
            continue
        if char in quotes:
            close = text.find(char, i + 1)
            if close == -1:
                return None
            i = close + 1
            continue
        if char == opening:
            depth += 1
        elif char == closing:
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return None
