"""The test doubles of HTTP APIs flowlint knows, in one table: the names a test sets one up with, and the options it
matches a request's headers in. A launch sent to one never reaches Genesys Cloud (its flowId and flowVersion are test
data: no FL104/FL105, sources/extract.py); a credential one matches or expects signs in to nothing (no FL305,
sources/code.py)."""

from __future__ import annotations

#: Each double (its library) and the names a test writes it with: a module, a fixture, a class, a mocked function's
#: method.
DOUBLES: dict[str, tuple[str, ...]] = {
    "responses": ("responses",),
    "respx": ("respx", "respx_mock"),
    "requests-mock": ("requests_mock",),
    "aioresponses": ("aioresponses",),
    "httpretty": ("httpretty",),
    "pytest-httpx": ("httpx_mock",),
    "httpx": ("MockTransport",),
    "nock": ("nock",),
    "msw": ("msw", "HttpResponse"),
    "axios-mock-adapter": ("MockAdapter", "onPost"),
    "fetch-mock": ("fetchMock", "fetch_mock"),
    "jest": ("mockResolvedValue", "mockRejectedValue", "mockImplementation", "mockReturnValue", "mockReturnValueOnce"),
    "sinon": ("stub",),
}
#: Every name of DOUBLES: a file writing one as a word names a test double.
DOUBLE_WORDS = tuple(word for words in DOUBLES.values() for word in words)
#: The options a test double is given the headers it matches in: nock's `reqheaders`, requests-mock's
#: `request_headers`, pytest-httpx's `match_headers`, responses' `match`.
MATCHED_HEADERS = frozenset({"reqheaders", "request_headers", "match_headers", "match"})
