"""The credential scans that only try where a match can start (core.credentials) find exactly what the
case-blind patterns find scanning every position."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from validator.core import credentials
from validator.core.credentials import _SECRET_WORD, _SECRET_WORD_LOWER, CREDENTIAL, credential_spans, url_credential_spans

PIECES = ["Bearer ", "bearer\t", "BASIC ", "basic", "Basic  ", "baſic ", "beareR ", "xbearer ", "_Bearer ", "bearerbasic ",
          "eyJ", "eyj", "EYJ", "xeyJab.cdef.g", "eyJhbGci.eyJzdWIi.c2ln", "abcDEF123._~+/-", "==", "secret", "SECRET",
          "passwd", "PassWord", "api_key", "apiKey", "API-KEY", "access_token", "Access-Token", "refresh_token",
          "private_key", "/api/v2/", '"', "'", ":", " = ", " ", "\n", "é", "-", "eyJ-", "x", "keyJ-", "."]
texts = st.lists(st.sampled_from(PIECES) | st.text(max_size=4), max_size=24).map("".join)


@given(texts)
@settings(max_examples=500)
@example("xBearer abcdefgh Bearer abcdefghij eyJab.cdef.ghi")
@example("Bearer eyJabcd.efgh.ijkl")
@example("eyJ-eyJ-bearer abcdefghij eyJ-eyJab.cdef.g")
@example("xeyJ-eyJabcd.efgh.ij")
@example("?secret==")  # a query secret's value: credential_spans finds those in URLs too
def test_the_credential_scan_finds_what_the_whole_scan_finds(text: str) -> None:
    expected = [m.span(1) if m.group(1) is not None else m.span(2) for m in CREDENTIAL.finditer(text)]
    in_urls = url_credential_spans(text)
    assert credential_spans(text) == (sorted(expected + in_urls) if in_urls else expected)


@given(texts.map(lambda text: text.encode("ascii", "ignore").decode()))
@settings(max_examples=500)
def test_the_lower_case_secret_word_scan_of_ascii_text_is_the_case_blind_one(text: str) -> None:
    assert text.isascii()
    assert [m.span() for m in _SECRET_WORD_LOWER.finditer(text.lower())] == [m.span() for m in _SECRET_WORD.finditer(text)]


def test_the_scans_are_reached() -> None:
    assert credential_spans("Authorization: Bearer abcdefgh12 and eyJabcd.efgh.ij") == [(22, 32), (37, 52)]


def test_a_run_of_jwt_starts_is_tried_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """`eyJ-` repeated: one failed try passes over the run (each start was tried: the square of its length)."""
    tries: list[int] = []

    def counted(text: str, start: int) -> re.Match[str] | None:
        tries.append(start)
        return CREDENTIAL.match(text, start)

    monkeypatch.setattr(credentials, "_attempt", counted)
    text = "x = '" + "eyJ-" * 5000 + "' Bearer abcdefghij"
    assert credential_spans(text) == [(len(text) - 10, len(text))]  # reached: the token after the run is found
    assert len(tries) == 2
