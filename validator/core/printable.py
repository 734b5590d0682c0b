"""Text from input, made safe to print on a terminal or in a CI log.

Keys, values, file names and flow names come from files and servers flowlint does not trust. Raw, an
ESC starts a terminal escape sequence (colours, OSC 8 links, window titles), `\\r` and bidi controls
hide or reorder what is shown, and a newline starts a line a CI runner obeys (`::error file=…::`).
"""

from __future__ import annotations

import re

# C0 controls but tab, DEL, C1 controls, bidi controls and the Unicode line and paragraph separators.
_UNSAFE = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\x1b": "\\e"}


def _escape(match: re.Match[str]) -> str:
    ch = match.group()
    return _NAMED.get(ch) or (f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}")


def printable(text: str) -> str:
    """The text with every control, bidi and line-breaking character (and lone surrogate) escaped: one safe line.

    Nor can it give a CI runner a command: `::` at its start (where it may start a line, as a file name does) and
    `##[` anywhere are escaped too."""
    if not (text.isascii() and text.isprintable()):  # else nothing _UNSAFE matches (printable ASCII: space to ~)
        text = _UNSAFE.sub(_escape, text)
    if "##[" in text:
        text = text.replace("##[", "#\\x23[")
    return "\\x3a" + text[1:] if text.startswith("::") else text


def is_printable(text: str) -> bool:
    return _UNSAFE.search(text) is None


#: The most characters of an input's text a message quotes (a template, an expression, a path): past it, an ellipsis.
QUOTED_MAX = 80


def clipped(text: str, limit: int = QUOTED_MAX) -> str:
    """Input text as a message quotes it: printable, and cut to `limit` characters with an ellipsis after."""
    return printable(text[:limit]) + "…" if len(text) > limit else printable(text)
