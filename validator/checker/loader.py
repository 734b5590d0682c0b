"""The one loader: bytes (a file's as the one reader gave them, stdin's, a request body's) to the documents a check reads.

check's files and stdin, the fix run's fallback check, the library's bytes (and so the httpx guard) and
`flowlint serve` all load through `load_documents`, with the same refusals wherever the bytes come from.
The code readers and request rules (launches.py) are imported with the first code or request file only.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable
from typing import Any

from ..sources import json_source
from ..sources.document import DEFAULT_LIMITS, Document, Limits, TemplateBody, failed_to_load, load_bytes, too_deep
from ..sources.kinds import nothing_to_say, sniff

#: `load_documents(source=GUESS)`: the source kind is decided from the name and the bytes.
GUESS = "guess"


def load_documents(data: bytes, name: str | None, limits: Limits = DEFAULT_LIMITS, *, kind: str | None = None,
                   source: str | None = GUESS, named: bool = True, parsed: json_source.ParsedJson | None = None) -> list[Document]:
    """The documents of `data`: one per launch in a code or request file (maybe none), else the payload, with the
    same refusals everywhere (the size limit, decoding, the depth limit; a bug in flowlint is an FL900, never a
    traceback).

    `source`: the source kind when already known (None: a payload), else decided here; `kind` ("json" or "yaml")
    says how a payload is parsed, as a Content-Type does; `named`: the file was named, not found by a walk; `parsed`:
    its value as kind detection parsed it (sniff), not parsed again.
    """
    try:
        if source == GUESS:
            source, parsed = (None, None) if kind is not None else sniff(name, data)
        if source is not None:
            if not named and nothing_to_say(source, name, data):
                return []  # walked, and certainly no launch in it (as load_launches finds): most files of a code tree
            from .launches import load_source

            return load_source(source, data, name, limits, named=named)
        document = load_bytes(data, name, limits=limits, kind=kind, parsed=parsed)
        if isinstance(document, TemplateBody):  # a body kept as a template page: its fixes edit it around its tags
            from ..edits.template_editor import with_template_editor

            with_template_editor(document)
        return [document]
    except Exception as err:  # never a traceback: the file (or request) gets an FL900 and the run goes on
        return [failed_to_load(name, err)]


def plain_json(data: bytes, limits: Limits = DEFAULT_LIMITS,
               parsed: json_source.ParsedJson | None = None) -> tuple[Any, str] | None:
    """(value, text) of a `.json` payload file's bytes when `load_documents` would load them as JSON without a
    finding: UTF-8, one JSON value, no repeated key, no stray comma, within the size and depth limits. Else None:
    the fast path's loader (it builds no Document); anything it does not vouch for is loaded by `load_documents`.
    `parsed`: the value kind detection parsed (sniff), not parsed again."""
    if len(data) > limits.max_file_size or data.find(b"\x00") >= 0:  # (find: `in` makes and drops a TypeError first)
        return None  # (NUL bytes: an encoding finding, decode's)
    try:  # as decode reads it without a finding: UTF-8, a byte order mark dropped (any other mark is no UTF-8)
        text = data.removeprefix(codecs.BOM_UTF8).decode("utf-8")
    except UnicodeDecodeError:
        return None
    text = text.removeprefix("\ufeff")  # as load_text reads it
    if parsed is None and len(text) > _SMALL:
        parsed_text = json_source.parse(text, max_depth=limits.max_depth)
        if not isinstance(parsed_text, json_source.ParsedJson):
            return None
        parsed = parsed_text
    if parsed is not None:  # (a big body nesting too deep is measured as load_text does, not decoded and parsed again)
        return (parsed.value, text) if not parsed.has_duplicates and not too_deep(parsed.value, text, limits.max_depth) else None
    if text.count("[") + text.count("{") > limits.max_depth:
        return None  # maybe too deep: the loader measures it
    try:  # a small body: json_source.parse's parser, built once (a decoder per call costs a body ~10% of its check),
        # its scanner called as JSONDecoder.decode calls it (without the two Python calls around it)
        value, end = _SCAN(text, _WHITESPACE.match(text).end())  # type: ignore[union-attr]
    except Exception:  # not JSON, a repeated key, NaN, a number too long: the loader says what it is
        return None
    return (value, text) if _WHITESPACE.match(text, end).end() == len(text) else None  # type: ignore[union-attr]  # (else: more after it)


#: The shared parser's scanner, and the whitespace JSON allows around a value (json.decoder.WHITESPACE).
_SCAN: Callable[[str, int], tuple[Any, int]] = json_source.STRICT.scan_once  # type: ignore[attr-defined]  # (JSONDecoder's, untyped)
_WHITESPACE = re.compile(r"[ \t\n\r]*")


#: Characters of text parsed by the shared decoder; a bigger body goes through json_source.parse (without collections
#: of the garbage collector while millions of objects appear).
_SMALL = 1 << 16
