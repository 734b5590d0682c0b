"""The fast path's loader (`loader.plain_json`) reads a file's bytes as the one loader does: it vouches for a body
exactly when decoding finds nothing (UTF-8, no NUL, at most a UTF-8 byte order mark) and the loader's parser reads one
value with no repeated key; whatever the bytes (other byte order marks, broken UTF-8, NUL, text after the value)."""

from __future__ import annotations

import codecs

from hypothesis import given, settings
from hypothesis import strategies as st

from validator.checker.loader import plain_json
from validator.sources import json_source
from validator.sources.decode import decode

_PIECES = st.sampled_from([b"{", b"}", b"[", b"]", b'"a"', b":", b",", b"1", b" ", b"\n", b"\t", b"\r", b"\x00", b"\xff",
                           b"\xc3\xa9", b"\xc3", b"null", b"NaN", b'"\\u00e9"', b"x", codecs.BOM_UTF8, codecs.BOM_UTF16_LE,
                           codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, b'{"a": 1, "a": 2}', b"[1] "])


def _expected(data: bytes) -> object:
    text, findings = decode(data)
    if text is None or findings:
        return None
    text = text.removeprefix("\ufeff")
    parsed = json_source.parse(text)
    return (parsed.value, text) if isinstance(parsed, json_source.ParsedJson) and not parsed.has_duplicates else None


@settings(max_examples=500, deadline=None, derandomize=True)
@given(st.lists(_PIECES, max_size=8).map(b"".join))
def test_plain_json_vouches_for_bytes_exactly_when_decoding_and_parsing_find_nothing(data: bytes) -> None:
    assert repr(plain_json(data)) == repr(_expected(data))


def test_each_byte_order_mark_and_nul() -> None:
    assert plain_json(codecs.BOM_UTF8 + b'{"a": 1}') == ({"a": 1}, '{"a": 1}')
    assert plain_json(codecs.BOM_UTF8 * 2 + b"{} ") == ({}, "{} ")  # decoded, then read as the loader reads text
    for mark in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE):
        assert plain_json(mark + b"{}") is None and plain_json(mark + "{}".encode("utf-16-le")) is None
    assert plain_json(b'{"a": "\x00"}') is None and plain_json(b"{}\x00") is None
    assert plain_json(b"{} {}") is None and plain_json(b" [1]\r\n") == ([1], " [1]\r\n")
