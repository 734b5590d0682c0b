"""Bytes to text: UTF-8 (with or without a byte order mark) is accepted, anything else is a finding; a Python file
that is not UTF-8 is read in the encoding its PEP 263 coding line declares, as Python reads it."""

from __future__ import annotations

import codecs
import re

from ..core.codes import ENCODING
from ..core.diagnostics import Finding, Span
from ..core.jsontext import show
from ..core.lines import LineIndex

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)
_RESAVE = "re-save the file as UTF-8 text"
_START = Span(1, 1, 1, 2)


def decode(data: bytes, *, python: bool = False) -> tuple[str | None, list[Finding]]:
    """The text of a file, and the encoding findings. Text is None when the file cannot be read as text.

    `python`: a Python file that is not UTF-8 is read in the encoding its coding line declares (`# -*- coding: latin-1
    -*-`), where Python would read it so; UTF-8 comes first, as `--fix` reads and writes files only as UTF-8."""
    text, findings = _decode(data)
    if text is None and python and not data.startswith(codecs.BOM_UTF8) and b"\x00" not in data:
        declared = _declared(data)
        if declared is not None:
            return declared[:2]
    return text, findings


def declared_encoding(data: bytes) -> str | None:
    """The encoding a Python file that is not UTF-8 is read in (`decode(data, python=True)`): the one its coding line
    declares, when the file is valid in it; None otherwise. `--fix` writes such a file back in it."""
    if data.startswith(codecs.BOM_UTF8) or b"\x00" in data:
        return None
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        declared = _declared(data)
        return declared[2] if declared is not None and declared[0] is not None else None
    return None


def _decode(data: bytes) -> tuple[str | None, list[Finding]]:
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    else:
        for bom, codec, label in _BOMS:
            if data.startswith(bom):
                return _decode_wide(data[len(bom):], codec, label)
    nul = data.find(b"\x00")
    if nul >= 0:
        return None, [_nul_finding(data, nul)]
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as err:
        span = _byte_span(data, err.start)
        bad = data[err.start:err.start + 1].hex().upper()
        return None, [Finding(
            ENCODING, (), f"the file is not valid UTF-8: byte 0x{bad} cannot start or continue a character",
            f"{_RESAVE}; JSON sent over HTTP must be UTF-8", span=span,
        )]


#: A PEP 263 coding line, as Python finds it in the first two lines.
_COOKIE = re.compile(rb"^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)")
#: ASCII's printable characters: an encoding Python reads source in writes them as ASCII does.
_ASCII = "".join(map(chr, range(32, 127))) + "\t\n\r"


def _declared(data: bytes) -> tuple[str | None, list[Finding], str] | None:
    """A Python file's text in the encoding its coding line declares, with the encoding (None: it declares none, or
    UTF-8), or why Python cannot read it so: an encoding it does not know or cannot read source in, bytes not valid in it."""
    lines = data[:8192].split(b"\n", 2)[:2]  # (its first two lines: not a copy of the whole file)
    cookie = next((found for line in lines if (found := _COOKIE.match(line)) is not None), None)
    if cookie is None:
        return None
    import io  # (a Python file that is not UTF-8 is rare: its reader's modules are loaded for it alone)
    import tokenize

    written = cookie.group(1).decode("ascii", "replace")
    named = show(written, 40)
    try:
        codec = tokenize.detect_encoding(io.BytesIO(data).readline)[0]
    except SyntaxError:  # an encoding it does not know, or a first line that is not UTF-8 above the coding line
        try:
            codecs.lookup(written)
        except LookupError:
            return None, [Finding(ENCODING, (), f"the file declares {named} in its coding line, an encoding Python does "
                                  "not know: Python refuses to run it", "declare its real encoding (or none, and save it "
                                  "as UTF-8)", span=_START)], written
        return None, [Finding(ENCODING, (), f"the file declares {named} on its second line, below a first line that is "
                              "not UTF-8: Python refuses to run it", "move the coding line to the top (or save the file "
                              "as UTF-8)", span=_START)], written
    if codecs.lookup(codec).name in ("utf-8", "utf-8-sig"):
        return None
    try:
        readable = _ASCII.encode(codec) == _ASCII.encode("ascii")  # Python reads source only in ASCII-compatible text
    except (LookupError, TypeError, ValueError, AttributeError):  # (rot13, base64: no text encoding)
        readable = False
    if not readable:
        return None, [Finding(ENCODING, (), f"the file declares {named} in its coding line, an encoding Python cannot "
                              "read source in: Python refuses to run it", "save it as UTF-8 (and drop the coding line)",
                              span=_START)], codec
    try:
        return data.decode(codec), [], codec
    except UnicodeDecodeError as err:
        prefix = data[:err.start].decode(codec, "replace")
        bad = data[err.start:err.start + 1].hex().upper()
        return None, [Finding(ENCODING, (), f"the file is not valid {named} text, the encoding its coding line declares: "
                              f"byte 0x{bad} is no character in it", "save it in the encoding it declares, or as UTF-8",
                              span=LineIndex(prefix).span(len(prefix), len(prefix) + 1))], codec


def _decode_wide(data: bytes, codec: str, label: str) -> tuple[str | None, list[Finding]]:
    finding = Finding(
        ENCODING, (), f"the file is {label} text; the API expects UTF-8",
        f"{_RESAVE} (the content was still checked)", span=_START,
    )
    try:
        return data.decode(codec), [finding]
    except UnicodeDecodeError:
        return None, [Finding(ENCODING, (), f"the file starts with a {label} byte order mark but is not valid {label}",
                              _RESAVE, span=_START)]


def _nul_finding(data: bytes, offset: int) -> Finding:
    wide = data[1::2].count(0) > len(data) // 4 or data[0::2].count(0) > len(data) // 4
    message = ("the file holds NUL bytes: it looks like UTF-16 or UTF-32 text without a byte order mark"
               if wide else "the file holds NUL bytes: it is binary, not JSON or YAML text")
    return Finding(ENCODING, (), message, _RESAVE, span=_byte_span(data, offset))


def _byte_span(data: bytes, offset: int) -> Span:
    prefix = data[:offset].decode("utf-8", "replace")
    return LineIndex(prefix).span(len(prefix), len(prefix) + 1)
