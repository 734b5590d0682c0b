"""Bytes to text: UTF-8 (with or without a byte order mark) is accepted, anything else is a finding."""

from __future__ import annotations

import codecs

from ..core.codes import ENCODING
from ..core.diagnostics import Finding, Span
from ..core.lines import LineIndex

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)
_RESAVE = "re-save the file as UTF-8 text"
_START = Span(1, 1, 1, 2)


def decode(data: bytes) -> tuple[str | None, list[Finding]]:
    """The text of a file, and the encoding findings. Text is None when the file cannot be read as text."""
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
