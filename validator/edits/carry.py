"""A moved member's text carried as the author wrote it (InsertMember's `source`/`sources`): its value's text, the
separator and comments between its key and value, re-indented to the place it lands. What every JSON-like editor
(JSON, JSONC, a flow collection) shares: where a line starts, its indentation, and how members are laid out."""

from __future__ import annotations

import re

#: A line break (CRLF as one).
_BREAK = re.compile(r"\r\n|\r|\n")


def line_start(text: str, offset: int) -> int:
    """Where the line holding `offset` starts."""
    return max(text.rfind("\n", 0, offset), text.rfind("\r", 0, offset)) + 1


def indentation(text: str, offset: int) -> str | None:
    """The blanks before `offset` on its line, when only blanks are there (the member starts its line); else None."""
    before = text[line_start(text, offset):offset]
    return before if not before.strip(" \t") else None


def leading(text: str, offset: int) -> str:
    """The blanks that start the line holding `offset` (that line's indentation)."""
    start = line_start(text, offset)
    end = start
    while end < len(text) and text[end] in " \t":
        end += 1
    return text[start:end]


def newline(text: str) -> str:
    """The text's line break (its first), `\\n` when it has none."""
    match = _BREAK.search(text)
    return match.group() if match else "\n"


def reindented(piece: str, old: str, new: str, keep: frozenset[int] = frozenset()) -> str:
    """`piece` (a member's text, from its first character) with each later line's indentation `old` made `new`: the
    member moved from a line indented `old` to one indented `new`. A line indented otherwise (less, or with tabs where
    the others have spaces) keeps its own; `keep`: the offsets in `piece` of line starts to leave alone (inside a comment
    or a string that spans lines, whose text is the author's)."""
    if old == new or ("\n" not in piece and "\r" not in piece):
        return piece
    parts: list[str] = []
    at = 0
    for match in _BREAK.finditer(piece):
        start = match.end()
        parts.append(piece[at:start])
        at = start
        if start not in keep and piece.startswith(old, start) and start < len(piece):
            parts.append(new)
            at = start + len(old)
    parts.append(piece[at:])
    return "".join(parts)


def unit(text: str, outer: str | None, inner: str | None) -> str:
    """One level of indentation in the text: what a container's members add to its own line's (`inner` minus `outer`),
    else two spaces (a tab where the text indents with tabs)."""
    if outer is not None and inner is not None and inner.startswith(outer) and len(inner) > len(outer):
        return inner[len(outer):]
    return "\t" if "\n\t" in text else "  "


def member_separator(lead: str) -> str:
    """What goes before a member added at the end of an object, from the text between its opening brace and its first
    member (`lead`): the line break and indentation the first member starts its line with, or a space where it shares
    the brace's line. Never more of `lead` (a comment after `{`, `{ // the follow-up flow`, belongs to that line)."""
    breaks = list(_BREAK.finditer(lead))
    if not breaks:
        return " "
    last = breaks[-1]
    return last.group() + lead[last.end():len(lead) - len(lead[last.end():].lstrip(" \t"))]
