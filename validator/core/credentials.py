"""Credentials written out literally: no message, excerpt or diff ever shows one."""

from __future__ import annotations

import re
from urllib.parse import unquote

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
_URL_PASSWORD = re.compile(r"://[^\s/?#@:\"'`<>]*:([^\s/?#@\"'`<>]+)@")
_QUERY_SECRET = re.compile(r"(?i)[?&](?:(?:access|id|refresh)[_-]?token|token|api[_-]?key|key|client[_-]?secret|secret|password|"
                           r"passwd|pwd|sig|signature|auth)=(?![${<%])([^&#\s\"'`<>]+)")


def url_credential_spans(text: str) -> list[tuple[int, int]]:
    """Where `text` writes a password in a URL's userinfo or a token-like query value (the value only)."""
    return url_password_spans(text) + url_query_secret_spans(text)


def url_password_spans(text: str) -> list[tuple[int, int]]:
    """Where `text` writes a password in a URL's userinfo (`https://user:PASSWORD@host`): a credential by its place,
    whatever its length."""
    if "@" not in text or "://" not in text:
        return []
    return [match.span(1) for match in _URL_PASSWORD.finditer(text) if not placeholder_password(match.group(1))]


#: A template's hole in a password (`<secret>`, `${SECRET}`, `$CLIENT_SECRET`, `{{clientSecret}}`, `{pw}`, `%PW%`,
#: `***`, `...`): what is sent there is not written in the file (`p%40ss`, URL-encoded, holds none).
_TEMPLATE_HOLE = re.compile(r"<[^<>]*>|\$\{[^}]*\}|\$[A-Za-z_]\w*|\{\{[^}]*\}\}|\{[A-Za-z_][\w.-]*\}|%[A-Za-z_]\w*%"
                            r"|\*{3,}|\.\.\.|…")
#: The words a credential's placeholder is named with for its role (client_secret, myClientId, YOUR_API_KEY)...
_ROLE_WORDS = frozenset({
    "client", "id", "secret", "password", "passwd", "pass", "pwd", "pw", "passphrase", "api", "key", "apikey", "token",
    "access", "auth", "oauth", "user", "username", "login", "name", "credential", "credentials", "app", "application",
    "account", "consumer", "private", "value", "changeme", "redacted", "placeholder", "example", "sample",
})
#: ... and the words written around them (your_password, the-secret, secret_here).
_FILLER_WORDS = frozenset({"your", "my", "the", "a", "an", "insert", "enter", "here", "goes"})
#: Words joined by `_`, `-` or `.` and nothing else; each word a lower-case, Title-case or upper-case run (camelCase).
_JOINED_WORDS = re.compile(r"[A-Za-z]+(?:[-_.][A-Za-z]+)*")
_WORD = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+")


def holds_template_hole(value: str) -> bool:
    """Whether a value holds a template's hole (`x${PW}`, `pa$$w0rd`): not all of what is sent is written there."""
    return _TEMPLATE_HOLE.search(value) is not None


def placeholder_password(value: str) -> bool:
    """Whether a password written where only one goes (a URL's userinfo, `curl -u user:password`) stands for one: a
    template's hole, a run of x (`xxxx`), or the whole value named for its role (`client_secret`, `myClientSecret`,
    `YOUR_PASSWORD`, `mysecret`, `secret_${ENV}`). Decided by whole words, never by a substring: `Pa55w0rdSecret`,
    `s3cret`, `pw` and `pa$$w0rd` (known text around a hole) are passwords."""
    if len(value) > 200:  # no placeholder is that long; it also bounds the work on hostile input
        return False
    rest = _TEMPLATE_HOLE.sub("", unquote(value)).strip("-_.")  # a URL's userinfo is percent-encoded: %2A%2A%2A is ***
    if not rest:
        return True
    if not _JOINED_WORDS.fullmatch(rest):
        return False
    words = [word.lower() for word in _WORD.findall(rest)]
    if len(words) == 1 and len(words[0]) < 4:  # `pw`, `key`, `id` alone: as likely a short password as a name
        return set(words[0]) == {"x"}
    return all(set(word) == {"x"} or _role_words(word) for word in words) \
        and not all(word in _FILLER_WORDS for word in words)


def _role_words(word: str) -> bool:
    """Whether a lower-case word is role and filler words run together (`mysecret`, `clientsecret`: each whole)."""
    ends = {0}
    for end in range(1, len(word) + 1):
        if any(word[start:end] in _ROLE_WORDS or word[start:end] in _FILLER_WORDS for start in ends if start < end):
            ends.add(end)
    return len(word) in ends


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
