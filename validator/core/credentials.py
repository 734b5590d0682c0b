"""Credentials written out literally: no message, excerpt or diff ever shows one."""

from __future__ import annotations

import re

#: A literal after `Bearer`/`Basic`, and a JWT-shaped string (an access token copied into a constant or a value).
CREDENTIAL = re.compile(r"(?i:\b(?:bearer|basic)[ \t]+)([A-Za-z0-9._~+/-]{8,}=*)"
                        r"|\b(eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*)")


def certainly_none(text: str) -> bool:
    """True only when CREDENTIAL cannot match: a substring test is many times faster than its case-blind scan.

    Only ASCII text is decided so: a case-blind pattern also matches a few non-ASCII letters (the long s in
    "baſic") that `lower()` keeps as they are.
    """
    if "eyJ" in text or not text.isascii():
        return False
    lowered = text.lower()
    return "bearer" not in lowered and "basic" not in lowered


#: Where a match of CREDENTIAL can start: a scheme word (case-blind: in the lowered text when it is ASCII) or a JWT's
#: first letters; and the run of token characters a JWT's first part takes.
_SCHEME_WORD = re.compile("bearer|basic")
_SCHEME_WORD_ANY_CASE = re.compile("(?i:bearer|basic)")
_JWT_START = re.compile("eyJ")
_JWT_RUN = re.compile("[A-Za-z0-9_-]*")
_BOUNDARY = re.compile(r"\b")
_attempt = CREDENTIAL.match  # each try of the pattern at a place (a test counts them)


def credential_spans(text: str) -> list[tuple[int, int]]:
    """Where `text` writes a bearer or basic token, a JWT, or a credential in a URL (the token only, not the scheme
    word)."""
    in_urls = url_credential_spans(text)
    return sorted(_token_spans(text) + in_urls) if in_urls else _token_spans(text)


def _token_spans(text: str) -> list[tuple[int, int]]:
    if certainly_none(text):
        return []
    # The case-blind scan tries every position (~30x slower): only where a match can start is it tried, in order,
    # each after the last match's end, as finditer would. A case-blind pattern also takes a few non-ASCII letters
    # (certainly_none), which lower() keeps as they are: such text is searched for the scheme words case-blind.
    words = _SCHEME_WORD.finditer(text.lower()) if text.isascii() else _SCHEME_WORD_ANY_CASE.finditer(text)
    starts = [match.start() for match in words]
    if "eyJ" in text:
        starts = sorted(starts + [match.start() for match in _JWT_START.finditer(text)])
    found = []
    end = failed_run = 0
    for start in starts:
        jwt = text.startswith("eyJ", start)
        if start < end or (jwt and start < failed_run):
            continue
        match = _attempt(text, start)
        if match is not None:
            found.append(_token(match))
            end = match.end()
        elif jwt and _BOUNDARY.match(text, start):
            # Every later JWT start inside the same run of token characters fails as this one did (its parts end
            # where this one's do): passed over, or `eyJ-` repeated costs the square of its length. Not after a try
            # that failed for want of a word boundary (`xeyJ-eyJ…`): a later start may have one.
            run = _JWT_RUN.match(text, start)
            failed_run = run.end() if run is not None else failed_run
    return found


#: A URL's userinfo password (`https://user:PASSWORD@host`), and a token-like query value (`?access_token=…`,
#: `&api_key=…`, `&sig=…`); a template's hole (`${token}`, `{{token}}`, `<token>`, `%s`) is no credential.
_URL_PASSWORD = re.compile(r"://[^\s/?#@:\"'`<>]*:(?![${<%])([^\s/?#@\"'`<>]+)@")
_QUERY_SECRET = re.compile(r"(?i)[?&](?:(?:access|id|refresh)[_-]?token|token|api[_-]?key|key|client[_-]?secret|secret|password|"
                           r"passwd|pwd|sig|signature|auth)=(?![${<%])([^&#\s\"'`<>]+)")


def url_credential_spans(text: str) -> list[tuple[int, int]]:
    """Where `text` writes a password in a URL's userinfo or a token-like query value (the value only)."""
    return url_password_spans(text) + url_query_secret_spans(text)


def url_password_spans(text: str) -> list[tuple[int, int]]:
    """Where `text` writes a password in a URL's userinfo (`https://user:PASSWORD@host`): a credential by its place,
    whatever its length."""
    return [match.span(1) for match in _URL_PASSWORD.finditer(text)] if "@" in text and "://" in text else []


def url_query_secret_spans(text: str) -> list[tuple[int, int]]:
    """Where `text` writes a token-like query value (`?access_token=…`): a credential when it looks like one."""
    return [match.span(1) for match in _QUERY_SECRET.finditer(text)] if "=" in text else []


def _token(match: re.Match[str]) -> tuple[int, int]:
    return match.span(1) if match.group(1) is not None else match.span(2)


def without_credentials(text: str) -> str:
    """`text` with every credential character shown as `*` (its length and the words around it kept)."""
    spans = credential_spans(text)
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        chars[start:end] = "*" * (end - start)
    return "".join(chars)
