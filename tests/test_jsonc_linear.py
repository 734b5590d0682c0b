"""A tsconfig.json is read as JSON with comments in one pass: an unterminated string (`"\\"\\"\\"…` to the end of its
line) is one token, never scanned again from each quote inside it (which made the scan quadratic: a regular
expression's search that fails at a quote tries again from the next character). Each search is checked to take the
first quote it meets as a token (a search costs what its match spans, then); the spans are compared at n and 2n
(never timed)."""

from __future__ import annotations

import re
from typing import Any

import pytest

from validator.sources import imports


class _Counting:
    """A compiled pattern whose searches and substitutions count the characters their matches span."""

    def __init__(self, pattern: re.Pattern[str], spans: list[int]) -> None:
        self.pattern, self.spans = pattern, spans

    def search(self, text: str, at: int = 0) -> re.Match[str] | None:
        found = self.pattern.search(text, at)
        quote = text.find('"', at)
        assert quote < 0 or (found is not None and found.start() <= quote), (at, quote, found)  # no retry past a quote
        self.spans.append(found.end() - at if found is not None else len(text) - at)
        return found

    def sub(self, replace: Any, text: str) -> str:
        at = 0
        for match in self.pattern.finditer(text):
            quote = text.find('"', at)
            assert quote < 0 or match.start() <= quote, (at, quote, match)
            self.spans.append(match.end() - at)
            at = match.end()
        return self.pattern.sub(replace, text)


PATTERNS = {name: getattr(imports, name) for name in ("_JSONC_TOKEN", "_TRAILING_COMMA")}


def _work(monkeypatch: pytest.MonkeyPatch, quotes: int) -> int:
    spans: list[int] = []
    for name, pattern in PATTERNS.items():
        monkeypatch.setattr(imports, name, _Counting(pattern, spans))
    text = '{"compilerOptions": {"baseUrl": "."}, "x": "' + '\\"' * quotes + '\n'
    assert imports._jsonc(text) is None  # not JSON: no aliases, no crash
    return sum(spans)


def test_an_unterminated_string_is_scanned_once(monkeypatch: pytest.MonkeyPatch) -> None:
    small, big = _work(monkeypatch, 2000), _work(monkeypatch, 4000)
    assert small >= 4000  # reached: the string was scanned
    assert big <= 2.2 * small, (small, big)


def test_valid_jsonc_reads_as_before() -> None:
    text = '{\n  // paths\n  "compilerOptions": {"baseUrl": ".", /* x */ "paths": {"@/*": ["src/*",],},},\n  "s": "a\\"//b",\n}\n'
    assert imports._jsonc(text) == {"compilerOptions": {"baseUrl": ".", "paths": {"@/*": ["src/*"]}}, "s": 'a"//b'}
