"""What a documentation example leaves out of a JSON body: an elision (`...`, `…`) where a member or a value goes, a
`<placeholder>` where a value goes (`"Flow.attempts": <number of attempts>`), a comment (`// your flow`).

A body in Markdown is written for a reader, who fills it in: `"inputData": { ... }` is an object of members not shown
(open: it may hold any), `<number of attempts>` a value not known, a comment the author's words to the reader. None is
a syntax error there (an FL001 on them would rest on a guess: that the example is sent as written). Read only where
the sources read documentation (`documentation()`), and only for a body that does not parse as written; anywhere else
(a shell script's `curl -d '{...}'`) the same text is what is sent, and its FL001 stands.

`elided` writes the text as JSON: each elision a member or a value holding MARK, each placeholder a value holding
MARK, each comment nothing, with the offset in the text each character of it comes from (linear: one pass of tokens).
`elided_value` turns those members and values back into what they stand for.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from ..core.unknown import Unknown
from .template_pages import unknown_where

#: Whether the text being read is documentation (Markdown and the like): set by the sources while they read one.
_DOCUMENTATION: ContextVar[bool] = ContextVar("documentation", default=False)
#: What an elided member's key and an elided value hold (a private-use character, valid in JSON text).
MARK = "\ue002"


@contextmanager
def documentation() -> Iterator[None]:
    """Read what is inside as documentation: a body's elisions, placeholders and comments are the reader's to fill in."""
    token = _DOCUMENTATION.set(True)
    try:
        yield
    finally:
        _DOCUMENTATION.reset(token)


def in_documentation() -> bool:
    return _DOCUMENTATION.get()


#: A JSON string (to its closing quote, or its line's end: one unclosed is one token, so each quote is scanned once),
#: an elision, a `<placeholder>` (one line, no quote or bracket in it), a comment (an unclosed one to the end), a
#: bracket, a colon or a comma, a number or a literal (`true`); white space is passed over.
_TOKEN = re.compile(r'"(?:[^"\\\n]|\\.)*(?:"|(?=\n)|\Z)|(?P<elision>\.\.\.|…)|(?P<placeholder><[^<>"{}\[\]\n]{1,200}>)'
                    r"|(?P<comment>//[^\n]*|/\*.*?(?:\*/|\Z))|[{}\[\]:,]|(?P<literal>[-+\w][-+\w.]*)", re.S)


def elided(text: str) -> tuple[str, list[int]] | None:
    """The text as JSON with its elisions, placeholders and comments written as MARK members and values (see the
    module), and the offset in `text` of each of its characters and one past its end; None when it holds none, or one
    stands where neither a member nor a value goes."""
    out: list[str] = []
    where: list[int] = []
    stack: list[str] = []
    # What the next token may be: "member" (after `{` or a `,` in an object), "value" (after `:`, `[`, a `,` in an
    # array, or at the start), "after" (after a member or a value: `,` or a closing bracket).
    state = "value"
    after_elision = False
    copied = 0
    changed = False
    marks = 0

    def copy(upto: int) -> None:
        nonlocal copied
        out.append(text[copied:upto])
        where.extend(range(copied, upto))
        copied = upto

    def write(piece: str, at: int) -> None:
        out.append(piece)
        where.extend([at] * len(piece))

    for match in _TOKEN.finditer(text):
        token = match.group()
        start, end = match.start(), match.end()
        if match.group("comment") is not None:
            copy(start)
            copied = end
            changed = True
            continue
        in_object = bool(stack) and stack[-1] == "{"
        if after_elision and state == "after" and token not in (",", "}", "]"):
            copy(start)
            write(",", start)  # (`... "b": 1`: the elision stands for members up to the next one)
            state = "member" if in_object else "value"
        after_elision = False
        if match.group("elision") is not None or match.group("placeholder") is not None:
            elision = match.group("elision") is not None
            if state == "after" and elision:  # (`"a": 1 ...` without its comma)
                copy(start)
                write(",", start)
                state = "member" if in_object else "value"
            if state == "after":
                return None
            copy(start)
            marks += 1
            if state == "member":
                write(f'"{MARK}{marks}"' + (": 0" if elision else ""), start)
                state = "after" if elision else "colon"
            else:
                write(f'"{MARK}"', start)
                state = "after"
            copied = end
            changed = True
            after_elision = elision
            continue
        if token[0] == '"' or match.group("literal") is not None:
            state = "colon" if state == "member" else "after"
        elif token in ("{", "["):
            stack.append(token)
            state = "member" if token == "{" else "value"
        elif token in ("}", "]"):
            if stack:
                stack.pop()
            state = "after"
        elif token == ":":
            state = "value"
        elif token == ",":
            state = "member" if in_object else "value"
    if not changed:
        return None
    copy(len(text))
    where.append(len(text))
    return "".join(out), where


def elided_value(value: Any, depth: int) -> Any:
    """A parsed body with each MARK member left out (its object open) and each MARK value unknown."""
    held, _ = unknown_where(value, depth, _marked)
    return held


def _marked(text: str) -> Unknown | None:
    return Unknown("…") if text.startswith(MARK) else None
