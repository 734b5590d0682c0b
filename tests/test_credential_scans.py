"""The credential scans that only try where a match can start (core.credentials) find exactly what the
case-blind patterns find scanning every position."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import SupportsIndex

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from validator.core import credentials
from validator.core.credentials import _NAME_WORD, _NAME_WORD_LOWER, CREDENTIAL, credential_spans, url_credential_spans

from conftest import check_file

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
    assert [m.span() for m in _NAME_WORD_LOWER.finditer(text.lower())] == [m.span() for m in _NAME_WORD.finditer(text)]


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


class _CountingText(str):
    """A text that counts the characters its find/rfind calls pass over (the scans' work, never their time)."""

    scanned = 0

    def find(self, sub: str, start: SupportsIndex | None = None, end: SupportsIndex | None = None) -> int:
        return self._counted(str.find(self, sub, start, end), start, end, forward=True)

    def rfind(self, sub: str, start: SupportsIndex | None = None, end: SupportsIndex | None = None) -> int:
        return self._counted(str.rfind(self, sub, start, end), start, end, forward=False)

    def _counted(self, found: int, start: SupportsIndex | None, end: SupportsIndex | None, forward: bool) -> int:
        first = start if isinstance(start, int) else 0
        last = end if isinstance(end, int) else len(self)
        _CountingText.scanned += max(0, ((found if found >= 0 else last) - first) if forward
                                     else (last - (found if found >= 0 else first)))
        return found


@pytest.mark.parametrize("piece", ["x.password,", "pw.password = [", "cookies['a'] = ", "cookies[\"a\"] = '", "x.api_key = \"a", "Cookie"])
def test_a_long_line_of_secret_words_is_scanned_in_linear_work(piece: str) -> None:
    """A minified line repeating a secret-named word with no value (`x.password,`): each line is passed over a bounded
    number of times, not once per word (which costs the square of the line's length)."""
    def work(repeats: int) -> int:
        _CountingText.scanned = 0
        text = _CountingText('var a = "' + piece * repeats + '"\npassword = "hunter22"\n')
        assert credentials.credential_literals(text)[-1:] == [(len(text) - 10, len(text) - 2)]  # reached: found after
        return _CountingText.scanned

    small, large = work(500), work(2000)
    assert small > 0
    assert large <= 5 * small


def test_an_unclosed_list_of_secrets_is_scanned_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """`pw.password = [` on every line never closes: the first scan runs to the end, later ones only to their line's end."""
    scanned: list[int] = []
    whole = credentials._list_values

    def counted(text: str, start: int, end: int) -> tuple[list[tuple[int, int]], int | None]:
        scanned.append(end - start)  # the most it may pass over
        return whole(text, start, end)

    monkeypatch.setattr(credentials, "_list_values", counted)
    text = "pw.password = [\n" * 1000 + 'password = ["hunter22"]\n'
    assert credentials.credential_literals(text) == [(len(text) - 11, len(text) - 3)]  # reached: masked on its line
    assert len(scanned) == 1002 and sum(scanned) < 3 * len(text)
    assert credentials.credential_literals('password = ["hunter22", "s2"]') == [(13, 21), (25, 27)]  # reached


def test_a_scan_behind_a_gate_compiles_its_pattern_only_when_the_gate_opens() -> None:
    """The header and cookie scans' patterns are compiled at their first use, not at import (a run whose files hold
    no header name never pays for them); checked in a fresh interpreter."""
    code = ("import validator.core.credentials as c\n"
            "before = c._HEADER._compiled is None and c._AUTH_PAIR._compiled is None\n"
            "c.credential_literals('{\"flowId\": \"x\", \"inputData\": {\"Flow.n\": 1}}')\n"
            "clean = c._HEADER._compiled is None\n"
            "found = c.credential_literals('X-Api-Key: abcdef123456')\n"
            "print(before, clean, c._HEADER._compiled is not None, (11, 23) in found)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["True", "True", "True", "True"], result


@pytest.mark.parametrize("tail", ["", "Auth", "auth", "AUTH-token", "x-api-key", "eyJ", "-b ", "--User", "ſecret"])
def test_a_long_text_s_words_are_what_a_substring_test_says(tail: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A long text's gates remember each word and skip one holding a missing word or character: never a different
    answer than `in` gives (and a word with a character the text lacks is never searched for)."""
    text = '{"flowId": "x", "inputData": {"Flow.n": [1, 2.5, "sku-0001"]}}' * 2000 + tail
    words = credentials.Words(text)
    searched: list[str] = []
    find = credentials._find

    def counted(text: str, word: str) -> bool:
        searched.append(word)
        return find(text, word)

    monkeypatch.setattr(credentials, "_find", counted)
    for word in ("auth", "token", "cookie", "key", "-b", "-u", "--user", "eyJ", "secret", "bearer", "basic"):
        assert words.holds(word) is (word in text)
        assert words.holds_any_case(word.lower()) is (word.lower() in text.lower())
    assert searched  # reached: the long text's words were looked for
    if "h" not in text.lower():
        assert "auth" not in searched  # (no `h` in it)


def test_a_long_body_is_searched_for_each_word_once_in_a_whole_check(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Each scan of one file asks its long text for the secret words in turn: a word is looked for once in the whole
    check, not once per scan (a word missing from a 23 MB body costs a pass over it; each was looked for 3 times)."""
    text = '{"flowId": "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90", "inputData": {"Flow.records": [' + ", ".join(
        '{"id": %d, "sku": "SKU-%08d", "note": "xxxx"}' % (n, n) for n in range(2000)) + "]}}"
    assert len(text) >= credentials._LONG_TEXT
    searched: list[str] = []
    find = credentials._find

    def counted(within: str, word: str) -> bool:
        if within in (text, text.lower()):
            searched.append(word)
        return find(within, word)

    monkeypatch.setattr(credentials, "_find", counted)
    found = check_file(tmp_path, "big.json", text, contract_findings=False)
    assert [d["code"] for d in found] == [], [(d["code"], d["message"]) for d in found]
    assert "secret" in searched  # reached: the secret-word gate looked in the long body
    assert len(searched) == len(set(searched)), sorted(searched)


def test_a_short_texts_masking_is_scanned_once_and_kept_within_bounds(monkeypatch: pytest.MonkeyPatch) -> None:
    """The messages of many files repeat: a short text is scanned once (the same answer after), a long one every time,
    and the answers kept are bounded."""
    scans: list[str] = []
    scan = credentials.credential_spans

    def counted(text: str, words: credentials.Words | None = None) -> list[tuple[int, int]]:
        scans.append(text)
        return scan(text, words)

    monkeypatch.setattr(credentials, "credential_spans", counted)
    monkeypatch.setattr(credentials, "_SHOWN", {})
    message = "the token Bearer abcdefghijkl is sent as `flowId`"
    assert credentials.without_credentials(message) == "the token Bearer ************ is sent as `flowId`"
    assert credentials.without_credentials(message) == "the token Bearer ************ is sent as `flowId`"
    assert scans == [message]
    long = "x" * credentials._SHOWN_LONGEST + " Bearer abcdefghijkl"
    assert credentials.without_credentials(long) == credentials.without_credentials(long) == long[:-12] + "*" * 12
    assert scans == [message, long, long]
    for n in range(credentials._SHOWN_MOST + 10):
        assert credentials.without_credentials(f"value {n}") == f"value {n}"
    assert 0 < len(credentials._SHOWN) <= credentials._SHOWN_MOST
