"""The secret scans that look only at the lines holding their words (core.credentials.line_matches) find exactly
what the same scans find over the whole text, and pass over the other lines."""

from __future__ import annotations

import itertools
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from validator.core import credentials
from validator.core.credentials import credential_literals, header_credentials, lines_holding, written_secrets

PIECES = ["Bearer ", "bearer\t", "BASIC ", "basic", "Basic  ", "baſic ", "xbearer ", "_Bearer ", "token", "TOKEN", "tok",
          "Authorization", "authorization: ", "Proxy-Authorization", "x-auth-token", "X-Api-Key", "api-key", "apikey",
          "Cookie", "set-cookie", "cookies", "cookies.set(", "auth=(", "HTTPBasicAuth(", "auth", "Auth", "key", "-b ",
          "-u ", "--user=", "+", " + ", "${", "{{", "}}", "{", "}", "self.t", "this.token", "t", "T", " = ", "=", ":",
          ": ", ",", '"', "'", "`", "%s", "%", ".format(", "(", ")", "[", "]", "\n", "\r\n", "\n\n", " ", "\t", "-", "é",
          "İ", "abcdefgh123", "sid=abc123456", "const ", "export ", "@", "secret", "password", "client_secret"]
texts = st.lists(st.sampled_from(PIECES) | st.text(max_size=3), max_size=30).map("".join)


def _whole(pattern: Any, text: str, words: tuple[str, ...], lowered: str | None = None) -> Iterator[re.Match[str]]:
    return pattern.finditer(text)  # type: ignore[no-any-return]


@given(texts)
@settings(max_examples=600, deadline=None)
@example("Authorization: Bearer abcdefghij\nx = 1\nCookie: sid=abcdef123")
@example("token = 'abcdefgh'\nheaders = {'Authorization': f'Bearer {token}'}")
@example("constructor() { this.token = 'abcdefghij'; }\nfetch(u, {headers: {Authorization: 'Bearer ' + this.token}})")
@example("requests.post(u, auth=('user', 'hunter2xyz'))\r\nx-auth-token: abcdefgh\r\n")
@example("auth\nAuthorization:\n'Bearer ' + 'abcdefghijk'")
def test_the_scans_of_lines_find_what_the_scans_of_the_whole_text_find(text: str) -> None:
    found = credential_literals(text)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(credentials, "line_matches", _whole)
        expected = credential_literals(text)
    assert found == expected


@given(texts, st.lists(st.sampled_from(["token", "auth", "bearer", "é", "t"]), min_size=1, max_size=3).map(tuple))
@settings(max_examples=300, deadline=None)
def test_the_runs_of_lines_hold_every_line_with_a_word_and_no_other(text: str, words: tuple[str, ...]) -> None:
    runs = lines_holding(text, words)
    covered = [False] * (text.count("\n") + 1)
    for start, end in runs:
        assert start == 0 or text[start - 1] == "\n"
        assert end == len(text) or text[end] == "\n"
        for number in range(text.count("\n", 0, start), text.count("\n", 0, end) + 1):
            covered[number] = True
    for number, line in enumerate(text.split("\n")):
        assert covered[number] == any(word in line for word in words)
    assert runs == sorted(runs) and all(b[0] > a[1] + 1 for a, b in itertools.pairwise(runs))  # joined when adjacent


class _Recording:
    """A pattern that notes how much text each scan of it covers."""

    def __init__(self, pattern: Any, scanned: list[int]) -> None:
        self.pattern = pattern
        self.scanned = scanned

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        self.scanned.append(min(endpos, len(text)) - pos)
        return self.pattern.finditer(text, pos, endpos)  # type: ignore[no-any-return]


def test_a_header_scan_passes_over_the_lines_without_its_words(monkeypatch: pytest.MonkeyPatch) -> None:
    scanned: list[int] = []
    monkeypatch.setattr(credentials, "_HEADER", _Recording(credentials._HEADER, scanned))
    header = "headers = {'X-Api-Key': 'abcdef123456'}"
    text = "x = compute(a, b)\n" * 5000 + header + "\n" + "y = 2\n" * 5000
    start = text.index("abcdef123456")
    assert header_credentials(text) == [(start, start + 12)]  # reached: the key is found
    assert sum(scanned) == len(header)


def test_a_sent_variable_scan_reads_only_the_lines_naming_it(monkeypatch: pytest.MonkeyPatch) -> None:
    scanned: list[int] = []
    real = credentials.line_matches

    def recorded(pattern: Any, text: str, words: tuple[str, ...], lowered: str | None = None) -> Iterator[re.Match[str]]:
        return real(_Recording(pattern, scanned), text, words, lowered)  # type: ignore[arg-type]

    monkeypatch.setattr(credentials, "line_matches", recorded)
    text = "token = 'abcdefghijkl'\n" + "x = compute(a, b)\n" * 5000 + "send({'Authorization': f'Bearer {token}'})\n"
    assert "abcdefghijkl" in written_secrets(text)  # reached: the literal given to the sent name is found
    assert scanned and sum(scanned) < 400  # the two lines naming the token (each scan: a few), not the 5,000 others


def test_the_fixtures_scans_are_the_whole_texts_scans() -> None:
    root = Path(__file__).parent.parent
    files = [path for folder in ("fixtures", "tests/data") for path in sorted((root / folder).rglob("*")) if path.is_file()]
    assert len(files) > 50
    checked = 0
    for path in files:
        try:
            text = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue
        found = credential_literals(text)
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(credentials, "line_matches", _whole)
            assert found == credential_literals(text), path
        checked += bool(found)
    assert checked > 3  # files that write secrets were among them
