"""Credentials written out literally: no message, excerpt or diff ever shows one."""

from __future__ import annotations

import codecs
import collections
import dataclasses
import functools
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from urllib.parse import unquote

from .derived import SCHEME_WORDS, SCHEMED, derived_at, read_at
from .diagnostics import Edit
from .patterns import OnFirstUse as _Lazy
from .placeholders import FORMAT_HOLE as _FORMAT_HOLE
from .placeholders import HOLE_TEXT, MASK_TEXT
from .token_shapes import known_token_spans

#: A literal after `Bearer`/`Basic`, and a JWT-shaped string (an access token copied into a constant or a value).
CREDENTIAL = re.compile(r"(?i:\b(?:bearer|basic)[ \t]+)([A-Za-z0-9._~+/-]{8,}=*)"
                        r"|\b(eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*)")


class Words:
    """A text, its lower-cased form and the words a scan's gate asks it for, each looked for once in a long text: a word
    missing from a 23 MB body costs a pass over it, and the gates of credential_literals' scans share their words.

    One is made for a file's text and given to every scan of it (sources.document.Document.words: the check's and the
    excerpts' mask's); a scan given none makes its own, kept by nothing once it is done."""

    __slots__ = ("_held", "_long", "ascii", "lowered", "text", "written")

    def __init__(self, text: str) -> None:
        self.text = text
        self.ascii = text.isascii()
        self.lowered = text.lower()  # (in ASCII text: the same offsets)
        self._long = len(text) >= _LONG_TEXT  # a short text's miss costs less than remembering it
        self._held: dict[tuple[str, bool], bool] = {}
        self.written: list[str] | None = None  # written_secrets' answer for the text, once asked

    def holds(self, word: str) -> bool:
        """Whether the text holds `word`, as written."""
        return self._found(word, False) if self._long else word in self.text

    def holds_any_case(self, *words: str) -> bool:
        """Whether the text holds one of `words` (in lower case) in any case."""
        if self._long:
            return any(self._found(word, True) for word in words)
        lowered = self.lowered
        for word in words:  # noqa: SIM110 (any() of a generator costs a small text's gates more than their tests)
            if word in lowered:
                return True
        return False

    def _found(self, word: str, any_case: bool) -> bool:
        """Whether a long text holds `word`, found at most once; a word holding one already found missing is missing
        too, and so is one with a character the text lacks (a character is looked for by memchr, ~10x faster than a
        word: one missing from the text passes over it in ~1 ms at 23 MB, one in it is found near its start)."""
        held = self._held.get((word, any_case))
        if held is None:
            lowered_word = word.lower()
            if any(not found and part in (lowered_word if part_any_case else word)
                   for (part, part_any_case), found in self._held.items() if part_any_case or not any_case) \
                    or (len(word) > 1 and not all(self._found(char, any_case) for char in dict.fromkeys(word))):
                held = False
            else:
                held = _find(self.lowered if any_case else self.text, word)
            self._held[(word, any_case)] = held
        return held


def _find(text: str, word: str) -> bool:
    """`word in text`, by a literal pattern's search: in a long text ~2x faster than `in` on a miss (whose skip table
    a frequent character such as `"` defeats)."""
    if len(word) == 1:
        return word in text
    pattern = _LITERALS.get(word)
    if pattern is None:
        pattern = _LITERALS[word] = re.compile(re.escape(word))
    return pattern.search(text) is not None


_LONG_TEXT = 1 << 16
_LITERALS: dict[str, re.Pattern[str]] = {}


def lines_holding(text: str, words: tuple[str, ...]) -> list[tuple[int, int]]:
    """The runs of whole lines of `text` that hold one of `words` (as written), in order, as [start, end): a start at the
    text's start or after a line break, an end at a line break or the text's end, adjacent lines in one run.

    A pattern whose every match holds one of the words and no line break finds in these runs exactly what it finds
    scanning the whole text (line_matches): Python's re tries a pattern that opens with a lookbehind or an alternation
    at every position (~50-100 ns a character: a code file with a launch was scanned whole by each secret scan), a
    substring search passes over text at ~1 ns a character. Linear: each word is searched for once per line holding it,
    from the end of that line on."""
    found: list[tuple[int, int]] = []
    for word in words:
        at = text.find(word)
        while at >= 0:
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            found.append((text.rfind("\n", 0, at) + 1, end))
            at = text.find(word, end + 1)  # (from the next line on; a word is never empty nor holds a line break)
    found.sort()
    runs: list[tuple[int, int]] = []
    for start, end in found:
        if runs and start <= runs[-1][1] + 1:  # the same line (another word), or the next one
            if end > runs[-1][1]:
                runs[-1] = (runs[-1][0], end)
        else:
            runs.append((start, end))
    return runs


def line_matches(pattern: re.Pattern[str] | _Lazy[str], text: str, words: tuple[str, ...],
                 lowered: str | None = None) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`, for a pattern whose every match holds one of `words` and no line break: scanned only
    in the lines holding one (lines_holding; in `lowered`, the text lowered with the same offsets, when given: ASCII
    text only, where the words are lower case and the pattern may match them in any case)."""
    for start, end in lines_holding(text if lowered is None else lowered, words):
        yield from pattern.finditer(text, start, end)


def certainly_none(text: str, words: Words | None = None) -> bool:
    """True only when CREDENTIAL cannot match: a substring test is many times faster than its case-blind scan.

    Only ASCII text is decided so: a case-blind pattern also matches a few non-ASCII letters (the long s in
    "baſic") that `lower()` keeps as they are. `words`: the text's, when its other gates share them.
    """
    if words is None:  # (a message or a value: short, its own words not worth keeping)
        if "eyJ" in text or not text.isascii():
            return False
        lowered = text.lower()
        return "bearer" not in lowered and "basic" not in lowered
    if not words.ascii or words.holds("eyJ"):
        return False
    return not words.holds_any_case("bearer", "basic")


#: Where a match of CREDENTIAL can start: a scheme word (case-blind: in the lowered text when it is ASCII) or a JWT's
#: first letters; and the run of token characters a JWT's first part takes.
_SCHEME_WORD = re.compile("bearer|basic")
_SCHEME_WORD_ANY_CASE = re.compile("(?i:bearer|basic)")
_JWT_START = re.compile("eyJ")
_JWT_RUN = re.compile("[A-Za-z0-9_-]*")
_BOUNDARY = re.compile(r"\b")
_attempt = CREDENTIAL.match  # each try of the pattern at a place (a test counts them)


def credential_spans(text: str, words: Words | None = None) -> list[tuple[int, int]]:
    """Where `text` writes a bearer or basic token, a JWT, a credential in a URL (the token only, not the scheme
    word), or a token known by its shape wherever it is (a GitHub, Slack, Stripe, AWS, GitLab or Google key, a private
    key's block). `words`: the text's, when other scans share them."""
    in_urls = url_credential_spans(text) + known_token_spans(text)
    tokens = [] if certainly_none(text, words) else _token_spans(words or Words(text))
    return sorted(tokens + in_urls) if in_urls else tokens


def _token_spans(words: Words) -> list[tuple[int, int]]:
    text = words.text
    # The case-blind scan tries every position (~30x slower): only where a match can start is it tried, in order,
    # each after the last match's end, as finditer would. A case-blind pattern also takes a few non-ASCII letters
    # (certainly_none), which lower() keeps as they are: such text is searched for the scheme words case-blind.
    schemes = _SCHEME_WORD.finditer(words.lowered) if words.ascii else _SCHEME_WORD_ANY_CASE.finditer(text)
    starts = [match.start() for match in schemes]
    if words.holds("eyJ"):
        starts = sorted(starts + [match.start() for match in _JWT_START.finditer(text)])
    found = []
    end = failed_run = 0
    for start in starts:
        jwt = text.startswith("eyJ", start)
        if start < end or (jwt and start < failed_run):
            continue
        match = _attempt(text, start)
        if match is not None and match.group(1) is not None and only_holes(match.group(1)):
            end = match.end()  # `Bearer process.env.TOKEN`: where the token is read, not the token
        elif match is not None:
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
_URL_PASSWORD = _Lazy(r"://[^\s/?#@:\"'`<>]*:([^\s/?#@\"'`<>]+)@")
_QUERY_SECRET = _Lazy(r"(?i)[?&](?:(?:access|id|refresh)[_-]?token|token|api[_-]?key|key|client[_-]?secret|secret|password|"
                           r"passwd|pwd|sig|signature|auth)=([^&#\s\"'`<>]+)")
#: A URL's query or fragment member (`?code=…`, `#access_token=…`, `&client%5Fsecret=…`): its name group 1 (bounded:
#: linear in the text) and its value group 2, which ends at a JSON string's escape or end too. The one definition the
#: masking of code, request files and recordings reads.
URL_MEMBER = _Lazy(r"[?&#]([\w.%-]{1,100})=([^&#\s\"'`<>\\]+)")
#: Of those, the names whose value is a credential: those secret_name says, and these whole names.
_QUERY_SECRET_NAMES = frozenset({"key", "pwd", "sig", "signature", "auth"})
#: What OAuth sends in a URL to sign in besides what secret_query_name names: an authorization code, PKCE's verifier,
#: an assertion (JWT or SAML), and the `state` a sign-in is answered with (it binds the answer to the browser's
#: session: whoever holds it may complete that sign-in).
_SIGN_IN_NAMES = frozenset({"code", "code_verifier", "assertion", "client_assertion", "samlresponse", "state"})


def url_credential_spans(text: str) -> list[tuple[int, int]]:
    """Where `text` writes a password in a URL's userinfo or what a URL's query or fragment signs in with (the value
    only): what no output shows, so any member named for a secret (`?sessionToken=…`, `&my_client_secret=…`), not only
    FL305's names, and OAuth's (`?code=…`, `#access_token=…`); none that is only a template's hole (`{{code}}`)."""
    if "=" not in text:
        return url_password_spans(text)
    return url_password_spans(text) + [(start, end) for start, end in sign_in_values(text, 0, len(text))
                                       if not only_holes(text[start:end])]


def secret_query_name(name: str) -> bool:
    """Whether a URL's query member of this name holds a credential, whose value no output shows (`sig`, `api_key`,
    `access_token`, `sessionToken`)."""
    lowered = name.lower()
    return lowered in _QUERY_SECRET_NAMES or secret_name(name)


def signs_in(name: str) -> bool:
    """Whether a URL's query or fragment member of this name holds what signs in: a credential (secret_query_name:
    a session's id too, `sid`, `JSESSIONID`) or what OAuth sends (`code`, `state`, `code_verifier`, an assertion)."""
    return name.lower() in _SIGN_IN_NAMES or secret_query_name(name)


def sign_in_values(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The values in text[start:end] of the URL query and fragment members that sign in (`?code=…`,
    `#access_token=…`), a template's hole too (a recording's URL as recorded)."""
    return [match.span(2) for match in URL_MEMBER.finditer(text, start, end) if signs_in(match.group(1))]


def form_sign_in_values(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The values in text[start:end], a form-encoded body (`code=…&state=…`, maybe opened by a quote), of the members
    that sign in: its first one too, which no `?` or `&` opens (sign_in_values finds the others)."""
    at = start + 1 if text[start:start + 1] in ("'", '"', "`") else start
    first = _FORM_FIRST.match(text, at, end)
    found = [first.span(2)] if first is not None and signs_in(first.group(1)) and not only_holes(first.group(2)) else []
    return found + [(first_at, last) for first_at, last in sign_in_values(text, at, end)
                    if not only_holes(text[first_at:last])]


#: A form-encoded body's first member: its name group 1, its value group 2 (as URL_MEMBER reads a query's).
_FORM_FIRST = _Lazy(r"([\w.%-]{1,100})=([^&#\s\"'`<>\\]+)")


def url_password_spans(text: str) -> list[tuple[int, int]]:
    """Where `text` writes a password in a URL's userinfo (`https://user:PASSWORD@host`): a credential by its place,
    whatever its length or its words (`passkey` may be a real one: only a rule's finding waits for placeholder_password);
    none that is only a template's hole (`${PW}`): nothing is written there."""
    if "@" not in text or "://" not in text:
        return []
    return [match.span(1) for match in _URL_PASSWORD.finditer(text) if not only_holes(match.group(1))]


def basic_pair(credential: str) -> str | None:
    """What a Basic credential encodes, `user:password` (RFC 7617: base64 of UTF-8, else Latin-1), or None when it is
    none (not base64, or empty). Only its first _LONGEST_BASIC characters are read (bounded work on hostile input: a
    header's is never longer), which still give the user and the start of the password."""
    if not credential:
        return None
    from base64 import b64decode  # (only when a Basic credential is read: not at every run's start)

    try:
        raw = b64decode(credential[:_LONGEST_BASIC], validate=True)
    except ValueError:  # (binascii.Error is one)
        return None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


#: How much of a Basic credential is read (a multiple of 4: a base64 text's prefix of this length decodes alone).
_LONGEST_BASIC = 4096


#: A backslash escaping a reference's `$` (`\$TOKEN` in a Groovy GString, whose shell expands `$TOKEN`) or the quote
#: that closes the value (`$GC_TOKEN\"` in a JSON string): no character of what is sent.
_ESCAPING = re.compile(r"\\+(?=\$)|\\+$")


def only_holes(value: str) -> bool:
    """Whether a value is template holes and nothing else (`${PW}`, `{{token}}`, `%3Cpw%3E`, `\\$TOKEN`): none of what is
    sent is written there."""
    if len(value) > 200:
        return False
    value = _ESCAPING.sub("", unquote(value))
    return (not _FORMAT_HOLE.sub("", _TEMPLATE_HOLE.sub("", value)).strip()
            and not _writes_token(value))


#: A token's text written inside a reference (`$(echo Zx9QpL3mK8vT2rW5yN7b)`, a backquoted
#: `printf %s …`): a run of 16 token characters or more with letters and digits. Such a hole writes its secret out, so
#: it is no reference; `$(cat /run/secrets/t)`, `${{ secrets.GC_TOKEN }}` and `$(vault read -field=t x)` write none.
_WRITTEN_TOKEN = _Lazy(r"(?=[A-Za-z0-9+/=_-]*[A-Za-z])(?=[A-Za-z0-9+/=_-]*[0-9])[A-Za-z0-9+/=_-]{16,}")


def _writes_token(holes: str) -> bool:
    """Whether template holes that hold a command or an expression (`$(…)`, `` `…` ``, `#{…}`, `${{ … }}`) write a
    token's text: then the value is no reference and is masked. (An expansion's default alone, `${T:-…}`, is masked on
    its own: _expansion_literals.) A file a command reads (`$(cat /run/secrets/gc_token_2024abcd9f8e7d)`, `$(< t)`)
    writes none: its path says where the token is kept (_READ_PATH), however token-like its name."""
    if not any(opening in holes for opening in ("$(", "`", "#{", "${{")):
        return False
    if bool(known_token_spans(holes)):
        return True
    unread = _READ_PATH.sub(" ", holes) if "<" in holes or _READER_WORD.search(holes) else holes
    return _WRITTEN_TOKEN.search(unread) is not None


#: The commands that print the files their arguments name (no other argument is a file's: `jq`'s first is a program,
#: `echo`'s are what it prints), and a file a command's input is redirected from (`$(< t)`, `tr -d '\n' < t`; not
#: `<<<`, a here-string, which writes its text): the paths, group 1, of what a command substitution reads.
_READER_WORD = _Lazy(r"(?<![\w.-])(?:cat|head|tail|tac|less|more)(?![\w.-])")
_READ_PATH = _Lazy(r"""(?:(?<![\w.-])(?:cat|head|tail|tac|less|more)(?:[ \t]+(?:-[\w-]*|\d+))*[ \t]+|(?<![<\w])<(?![<(])[ \t]*)"""
                   r"""((?:(?:'[^'\n]*'|"[^"\n]*"|[^\s'"`;|&()<>$])+(?:[ \t]+|(?=[)`;|&\n]|\Z)))+)""")


def only_references(value: str) -> bool:
    """Whether a header's value (a cookie's too: `sid=$SID; lang=${{ vars.LANG }}`) writes nothing but template holes
    and references: the whole value, or each `name=value` of a cookie's `;`-separated list."""
    if only_holes(value):
        return True
    if "=" not in value or len(value) > 200:
        return False
    pairs = [pair.strip() for pair in value.split(";") if pair.strip()]
    return bool(pairs) and all(name.strip() and written and only_holes(written.strip())
                               for name, _, written in (pair.partition("=") for pair in pairs))


def only_holes_after_scheme(value: str) -> bool:
    """Whether a header's (or an auth block's) value writes nothing but template holes and references, after an
    Authorization scheme word when it starts with one (`Bearer {{token}}`, `{{accessToken}}`, `Basic ${CREDS}`): the
    credential is filled in where it is sent, none is written there."""
    scheme = _SCHEME.match(value)
    rest = value[scheme.end():] if scheme is not None else value
    return bool(rest.strip()) and only_references(rest)


#: A template's hole in a password (`<secret>`, `${SECRET}`, `$CLIENT_SECRET`, `{{clientSecret}}`, `{pw}`, `%PW%`,
#: `***`, `...`), or a reference to where the secret is kept, read when the request is made: a CI expression
#: (`${{ secrets.GC_TOKEN }}`), a shell's command (`$(cat /run/secrets/t)`, a backquoted one with its arguments) or an
#: Azure pipeline's macro (`$(token)`), PowerShell's `$env:TOKEN`, node's `process.env.TOKEN`, Ruby's `#{ENV['T']}`:
#: every template syntax's shape (core.placeholders, the one recogniser), and a value left out or hidden. What is sent
#: there is not written in the file (`p%40ss`, URL-encoded, holds none).
_TEMPLATE_HOLE = _Lazy(f"{HOLE_TEXT}|{MASK_TEXT}")
# The placeholder rule, one table of words for every judgement of whether a written secret stands for one: FL305's
# (sources.model.literal_secret, written_password) and a test file's made-up credential (placeholder_password's
# in_tests); the masking asks only whether a value is template holes (only_holes), which every judgement asks first.

#: The words that alone say a secret is a placeholder (`<your-token>`, `example-secret`, `REDACTED`, `changeme`):
#: literal_secret looks for them anywhere in a token, placeholder_password among a password's whole words.
PLACEHOLDER_WORDS = frozenset({"your", "example", "placeholder", "redacted", "changeme"})
#: The words a credential's placeholder is named with for its role (client_secret, myClientId, YOUR_API_KEY)...
_ROLE_WORDS = frozenset({
    "client", "id", "secret", "password", "passwd", "pass", "pwd", "pw", "passphrase", "api", "key", "apikey", "token",
    "access", "auth", "oauth", "user", "username", "login", "name", "credential", "credentials", "app", "application",
    "account", "consumer", "private", "value", "sample",
}) | (PLACEHOLDER_WORDS - {"your"})
#: ... and the words written around them (your_password, the-secret, secret_here).
_FILLER_WORDS = frozenset({"your", "my", "the", "a", "an", "insert", "enter", "here", "goes"})
#: The words a test's made-up credential is written with (`test-secret`, `fakeSecret`, `foo:bar`, `dummy_pw`): a
#: placeholder in a test file only.
_TEST_WORDS = frozenset({"test", "testing", "fake", "mock", "mocked", "dummy", "stub", "foo", "bar", "baz", "qux", "demo",
                         "example", "sample", "placeholder", "changeme", "invalid", "bogus"})
#: Words joined by `_`, `-` or `.` and nothing else; each word a lower-case, Title-case or upper-case run (camelCase).
_JOINED_WORDS = _Lazy(r"[A-Za-z]+(?:[-_.][A-Za-z]+)*")
_WORD = _Lazy(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+")


def holds_template_hole(value: str) -> bool:
    """Whether a value holds a template's hole (`x${PW}`, `pa$$w0rd`): not all of what is sent is written there."""
    return _TEMPLATE_HOLE.search(value) is not None


def placeholder_password(value: str, *, in_tests: bool = False) -> bool:
    """Whether a password written where only one goes (a URL's userinfo, `curl -u user:password`) stands for one: a
    template's hole, a run of x (`xxxx`), or the whole value named for its role (`client_secret`, `myClientSecret`,
    `YOUR_PASSWORD`, `mysecret`, `secret_${ENV}`). Decided by whole words, never by a substring: `Pa55w0rdSecret`,
    `s3cret`, `pw` and `pa$$w0rd` (known text around a hole) are passwords. In a test file (`in_tests`: a test's
    credential, judged so only there), one plainly made up for the test too: its letters role, filler and test words
    alone, one of them a test word, digits and separators aside (`test-secret`, `fakeSecret`, `dummy_secret1`, `bar`);
    `s3cret`, `Pa55w0rd` or a random run are not."""
    if len(value) > 200:  # no placeholder is that long; it also bounds the work on hostile input
        return False
    if in_tests and _made_up(value):
        return True
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


def _made_up(value: str) -> bool:
    """Whether a password's letters are role, filler and test words alone, one of them a test word (placeholder_password
    in a test file)."""
    words = [word.lower() for word in _WORD.findall(value)]
    if not words or _FAKE_LETTERS.sub("", value):
        return False
    return any(word in _TEST_WORDS for word in words) and all(
        word in _TEST_WORDS or _role_words(word) for word in words)


#: What a made-up password may hold besides its words: digits and separators.
_FAKE_LETTERS = _Lazy(r"[A-Za-z0-9_.:-]+")


def _role_words(word: str) -> bool:
    """Whether a lower-case word is role and filler words run together (`mysecret`, `clientsecret`: each whole)."""
    ends = {0}
    for end in range(1, len(word) + 1):
        if any(word[start:end] in _ROLE_WORDS or word[start:end] in _FILLER_WORDS for start in ends if start < end):
            ends.add(end)
    return len(word) in ends


def url_query_secret_spans(text: str) -> list[tuple[int, int]]:
    """Where `text` writes a token-like query value (`?access_token=…`): a credential when it looks like one."""
    if "=" not in text:
        return []
    return [match.span(1) for match in _QUERY_SECRET.finditer(text) if not only_holes(match.group(1))]


def _token(match: re.Match[str]) -> tuple[int, int]:
    return match.span(1) if match.group(1) is not None else match.span(2)


def secret_values(body: object, path: tuple[object, ...],
                  asked: dict[tuple[object, ...], list[str]] | None = None) -> list[str]:
    """The strings (and numbers, as written by Python) a finding at `path` may quote when a member on its path is named
    for a secret (`inputData/Flow.password`): what a message must not show, as no excerpt shows them. `asked`: this
    body's answers by path, kept by the caller for its findings, which ask one after another (a check's, for one
    document: nothing outlives it, and no other thread's check shares it); a copy is given (callers add to it)."""
    if asked is None:
        return _secret_values(body, path)
    try:
        found = asked.get(path)
    except TypeError:  # (a path of unhashable keys: none a body has, but never a crash)
        return _secret_values(body, path)
    if found is None:
        found = asked[path] = _secret_values(body, path)
    return list(found)


def _secret_values(body: object, path: tuple[object, ...]) -> list[str]:
    named = any(isinstance(key, str) and secret_name(key) for key in path)
    value = body
    for key in path:
        try:
            value = value[key]  # type: ignore[index]
        except (KeyError, IndexError, TypeError):
            return []
    if not named:
        return _encoded_secrets(value)
    found: list[str] = []
    for item in _leaves(value, _NAMED_NODES, last_first=True):
        if isinstance(item, str) and item:
            found.append(item)
        elif isinstance(item, (int, float)) and not isinstance(item, bool):
            found.append(str(item))
        if len(found) >= _NAMED_VALUES:
            break
    return found


def _leaves(value: object, nodes: int, *, last_first: bool = False) -> Iterator[object]:
    """The values in `value` that are no object or array, depth first, in order (`last_first`: each object's and
    array's last member first), at most `nodes` nodes visited. Iterators: a big object's members are not copied."""
    pending: list[Iterator[object]] = [iter((value,))]
    visited = 0
    while pending and visited < nodes:
        item = next(pending[-1], _DONE)
        if item is _DONE:
            pending.pop()
            continue
        visited += 1
        if isinstance(item, dict):
            pending.append(reversed(item.values()) if last_first else iter(item.values()))
        elif isinstance(item, list):
            pending.append(reversed(item) if last_first else iter(item))
        else:
            yield item


def _encoded_secrets(value: object) -> list[str]:
    """The secrets a string value writes as text (JSON encoded as a string: `"{\\"password\\": \\"…\\"}"`), as the
    file's mask finds them (credential_literals): what a message quoting the string, or a fix decoding it, must not show.
    Only a string of bounded length, at the finding's path or among the first strings of the value there."""
    found: list[str] = []
    for item in _leaves(value, _ENCODED_NODES):
        if isinstance(item, str):
            head = item[:_ENCODED_LENGTH]  # a message quotes the start of a long string: its start is searched
            words = Words(head)  # one for both scans
            if not no_secret_word(head, words):
                found += [head[start:end] for start, end in _credential_literals(head, words) if end > start]
    return list(dict.fromkeys(found))


#: How many values a secret-named member's are given (a message quotes a few), among how many nodes of it.
_NAMED_VALUES = 64
_NAMED_NODES = 1 << 14
#: How many of a value's nodes, and how long a string in it, are looked into for an encoded secret: bounded so a
#: finding on a big body costs little (a message quotes the start of a value, cut short).
_ENCODED_NODES = 256
_ENCODED_LENGTH = 1 << 16
_DONE = object()


def without_values(text: str, values: list[str]) -> str:
    """`text` with each of `values` shown as `*` where it quotes one, whole, JSON-escaped, or cut short (`abc…`): between
    quotes, or as a token of its own (`→ 98765`, `the number 42`) unless it is a word (`flow` in "the flow requires")."""
    for value in values:
        forms = (value, json.dumps(value, ensure_ascii=False)[1:-1], json.dumps(value)[1:-1]) if len(value) >= 3 \
            else (json.dumps(value),)  # a short one only where it is quoted: its letters are in other words too
        for form in dict.fromkeys(forms):
            if form in text:  # where it is quoted, or a token of its own unless it is a word (`flow` in "the flow")
                alone = "" if value.isalpha() else rf"|(?<![\w.]){re.escape(form)}(?![\w.])"
                text = re.sub(rf"(?<=[\"'`]){re.escape(form)}(?=[\"'`])" + alone, "*" * len(form), text)
            for ellipsis in ("…", "..."):
                at = text.find(ellipsis)
                while at >= 0:  # a value cut short where it is quoted: the part shown before the ellipsis
                    shown = next((k for k in range(min(at, len(form)), 2, -1) if text[at - k:at] == form[:k]), 0)
                    if shown:
                        text = text[:at - shown] + "*" * shown + text[at:]
                    at = text.find(ellipsis, at + 1)
    return text


def without_secret_texts(text: str, values: Sequence[str]) -> str:
    """`text` (a message) with none of `values` (secrets' texts) quoted: each masked where without_values finds it
    (quoted, a token of its own, cut short), and a long one (SHORTEST_SECRET_AGAIN) wherever it is a token of its own,
    as excerpts mask it (`Flow.<token>`, `--secret <token>)`)."""
    shown = without_values(text, list(values))
    for value in values:
        if len(value) >= SHORTEST_SECRET_AGAIN and value in shown:
            before = r"(?<!\w)" if _WORD_CHAR.match(value) else ""
            after = r"(?!\w)" if _WORD_CHAR.match(value[-1]) else ""
            shown = re.sub(before + re.escape(value) + after, "*" * len(value), shown)
    return shown


def secret_texts(text: str, spans: Iterable[tuple[int, int]]) -> list[str]:
    """The distinct texts a file writes at `spans` (its secrets: credential_literals', a reader's), each on one line,
    longest first, at most _AGAIN_SECRETS of them: what a message quoting the file's text must not show."""
    found = {text[start:end].strip() for start, end in spans if end > start}
    return sorted((secret for secret in found if secret and "\n" not in secret and "\r" not in secret),
                  key=lambda secret: (-len(secret), secret))[:_AGAIN_SECRETS]


def masked_at(text: str, start: int, end: int, spans: Iterable[tuple[int, int]]) -> str:
    """`text[start:end]` with each character of `spans` (a file's secrets) in it shown as `*`, as an excerpt shows it."""
    chars: list[str] | None = None
    for first, last in spans:
        if first < end and last > start:
            chars = chars if chars is not None else list(text[start:end])
            chars[max(first, start) - start:min(last, end) - start] = "*" * (min(last, end) - max(first, start))
    return text[start:end] if chars is None else "".join(chars)


def masked_edit(edit: Edit, values: list[str]) -> Edit:
    """An edit as reports show it: each of `values` (a secret-named member's) masked in its content, a short one where
    it stands as a word of its own (an edit's content is mostly the value itself: `"12"` → `12`)."""
    shown = without_values(edit.content, values)
    for value in values:
        if len(value) < 3:
            shown = re.sub(rf"(?<![\w.]){re.escape(value)}(?![\w.])", "*" * len(value), shown)
    return edit if shown == edit.content else dataclasses.replace(edit, shown=shown)


def without_credentials(text: str) -> str:
    """`text` with every credential character shown as `*` (its length and the words around it kept).

    A short text's answer is kept (_SHOWN): the same messages, helps and pointers come back file after file (10,000
    small bodies, 10% broken: 8,566 texts, 548 of them different), and each scan tries six patterns on it."""
    shown = _SHOWN.get(text)
    if shown is not None:
        return shown
    spans = credential_spans(text)
    if spans:
        chars = list(text)
        for start, end in spans:
            chars[start:end] = "*" * (end - start)
        shown = "".join(chars)
    else:
        shown = text
    if len(text) <= _SHOWN_LONGEST:
        if len(_SHOWN) >= _SHOWN_MOST:  # bounded: a run of ever new texts keeps at most this many (~0.5 MB)
            _SHOWN.clear()
        _SHOWN[text] = shown
    return shown


#: without_credentials' answers for short texts, and their bounds.
_SHOWN: dict[str, str] = {}
_SHOWN_LONGEST = 256
_SHOWN_MOST = 1024


#: A name given a value in prose (a reply's message: `client_secret=…`, `password: …`, `"apiKey": "…"`): the name
#: group 1, the value group 2 (quoted, or up to a space or punctuation that ends it).
_PROSE_MEMBER = _Lazy(r"""(?<![\w.-])([A-Za-z_][\w.-]{0,63})["']?[ \t]*[:=][ \t]*("[^"\n]*"|'[^'\n]*'|[^\s,;&"'<>]+)""")


#: A secret's word in prose and the word written after it (`Token TOKab12cd34 is invalid`, `the password 'hunter2'`):
#: the value group 1, quoted or a run of what no sentence's punctuation ends.
_PROSE_SAID = _Lazy(r"""(?i:(?<![\w.-])(?:token|secret|password|passwd|pwd|passphrase|passcode|api[ _-]?key|jwt"""
                    r"""|credentials?|session(?:[ _-]?id)?|sid))[ \t]+("[^"\n]*"|'[^'\n]*'|`[^`\n]*`|[^\s,;&"'`<>()\[\]{}]+)""")
#: A word that is no word of a sentence but a token's text: 8 characters or more, with letters and digits, with a
#: capital after a small letter, or digits alone (`TOKab12cd34`, `xQzvKpLm`, `48213377`); `expired`, `Invalid`, `JWT`,
#: `v2`, `re-issued` are words.
_TOKEN_TEXT_SAID = _Lazy(r"(?=\S{8,})(?:(?=.*[A-Za-z])(?=.*\d)|(?=.*[a-z][A-Z])|\d+$).*", re.S)


def without_named_secrets(text: str) -> str:
    """`text` (prose: a recorded reply's message) with the value of each `name=value` or `name: value` whose name
    secret_name says holds a credential shown as `*` (`client_secret=***`, `password: ***`), quotes kept; what follows
    another name (`flowVersion=3`) stays shown. So is what a secret's word is followed by when it is quoted or has a
    token's look (`Token *********** is invalid`, `the password '*******'`); a word (`Token expired`) stays shown.
    Linear: two patterns over the text."""
    if no_secret_word(text):  # (no name holds a secret word)
        return text
    spans: list[tuple[int, int]] = []
    for member in _PROSE_MEMBER.finditer(text):
        start, end = member.span(2)
        if text[start] in "\"'":
            start, end = start + 1, end - 1
        if end > start and secret_name(member.group(1).rstrip(".-")) and not only_holes(text[start:end]):
            spans.append((start, end))
    for said in _PROSE_SAID.finditer(text):
        start, end = said.span(1)
        if text[start] in "\"'`":
            start, end = start + 1, end - 1
        else:
            end = start + len(text[start:end].rstrip(".:!?"))  # (a sentence's end: `… was Token abc123xyz.`)
            if _TOKEN_TEXT_SAID.fullmatch(text, start, end) is None:
                continue
        if end > start and not only_holes(text[start:end]):
            spans.append((start, end))
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        chars[start:end] = "*" * (end - start)
    return "".join(chars)


# Credentials written out anywhere in a file are masked in every excerpt whether or not a
# rule saw them: a token copied into a constant, an instance's default headers.


#: A name holding one of these anywhere holds a credential (`client_secret`, `"Flow.apiKey"`, `password =`,
#: `passphrase`, `ACCESS_TOKEN`): secret_name.
_SECRET_WORD = re.compile(r"(?i)secret|pas?sw(?:or|o|r)?d|passphrase|api[_-]?key|access[_-]?token|refresh[_-]?token"
                          r"|private[_-]?key")
#: Where a secret-named member or variable may be written: one of _SECRET_WORD's words, or of _SECRET_LAST_WORDS', or
#: a session id's (`sess`, `sid`) (the scan then reads the whole name and asks secret_name).
_NAME_WORD_LOWER = re.compile(r"secret|pas?sw(?:or|o|r)?d|passphrase|api[_-]?key|token|private[_-]?key|jwt|cred|pwd|passcode"
                              r"|pin|otp|sess|sid")
_NAME_WORD = re.compile("(?i)" + _NAME_WORD_LOWER.pattern)
#: What every match of _NAME_WORD holds, lowered: a text holding none of them has no secret-named member.
_SECRET_WORD_PARTS = ("secret", "passw", "pasw", "passphrase", "api", "token", "private", "jwt", "cred", "pwd", "passcode",
                      "pin", "otp", "sess", "sid")
#: A name whose last word ends with one of these holds a credential (`apiToken`, `session_token`, `X-Auth-Token`,
#: `Flow.token`, `idtoken`, `Flow.credentials`, `jwt`, `db_pwd`, `Flow.passcode`), or is one of _SECRET_LAST_NAMES
#: (`Flow.pin`, `otp`: short words that end others). Only its last word: a name that goes on after it says what it
#: counts, types or points at (`tokenCount`, `token_type`, `tokenUrl`, `tokenExpiresIn`, `credentialType`,
#: `pinLength`), its value no secret; a word that only starts so is another word (`tokenizer`, `tokens`).
_SECRET_LAST_WORDS = ("token", "jwt", "credential", "credentials", "creds", "pwd", "passcode")
_SECRET_LAST_NAMES = frozenset({"pin", "otp"})
#: Words after the last one that say only how the credential is written (`tokenValue`, `token_b64`).
_WRITTEN_AS_WORDS = frozenset({"value", "string", "str", "text", "raw", "b64", "base64", "encoded"})
#: A name's words: camelCase and acronyms split (`APIToken`: API, Token), separators and digits dropped.
_NAME_WORDS = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+")
_NAME_CHARACTERS = re.compile(r"[\w.-]")
_NAME_REST = re.compile(r"[\w.-]*")
#: A name's closing quote (escaped in JSON written inside a string: `\\"password\\": \\"…\\"`), then `:` or `=`.
#: Make's assignments too (`?=`, `:=`, `::=`, `:::=`, `+=`: each ends in `=`, its value the unquoted word after it).
_ASSIGN = re.compile(r"""(?:\\{1,15}["']|["'])?[ \t]*(?::{1,3}=|[?+]=|[:=])[ \t]*""")
#: A string's opening quote escaped once or more (JSON written inside a JSON string, or inside one inside that).
_ESCAPED_QUOTE = re.compile(r"""(\\{1,15})["']""")


#: What a line writes just before a value it gives a secret-named member or variable (`"Flow.apiKey": `, `pw = [`).
_GIVEN_TO = _Lazy(r"""([\w.-]{1,100})["']?[ \t]*[:=][ \t]*[\[(]?[ \t]*["'`]?\Z""")


def secret_name(name: str) -> bool:
    """Whether a member's, a variable's, an option's or a URL query member's name says it holds a credential: one of
    _SECRET_WORD anywhere (`client_secret`, `Flow.apiKey`, `clientsecret`, `--access-token`), or a token's or
    credentials' word last (`Flow.apiToken`, `sessionToken`, `id_token`, `Flow.credentials`; not `tokenCount`), or a
    session's id (`sid`, `JSESSIONID`, `sessionId`: _session_id) but a flow input's (`Flow.sessionId`, `Flow.sid`: an
    Architect variable, no web session's cookie; its value is masked when its shape says it is a token). The one rule
    of the masking of every file, its findings' messages and a URL's query (secret_query_name)."""
    if _SECRET_WORD.search(name) is not None:
        return True
    words = [word.lower() for word in _NAME_WORDS.findall(name[-200:])]
    while len(words) > 1 and words[-1] in _WRITTEN_AS_WORDS:
        words.pop()
    return bool(words) and (words[-1].endswith(_SECRET_LAST_WORDS) or words[-1] in _SECRET_LAST_NAMES
                            or (_session_id(words) and name[:5].lower() != "flow."))


def _session_id(words: list[str]) -> bool:
    """Whether a name's words (lower case, the last one its own) name a session's id, which signs in as a password does
    whatever its name lacks (`sid`, `JSESSIONID`, `PHPSESSID`, `connect.sid`, `sessionId`, `X-Session-Id`,
    `session`); not what counts or times one (`sessionTimeout`, `sessionCount`) nor a word that only holds one
    (`inside`, `possession`)."""
    last = words[-1]
    if last in ("sid", "session") or last.endswith(("sessionid", "sessid")):
        return True
    return last == "id" and len(words) > 1 and words[-2] in ("session", "sess")


def given_to_secret(before: str) -> bool:
    """Whether a value that follows `before` (its line up to it) is given to a member or variable named for a secret."""
    given = _GIVEN_TO.search(before[-200:])
    return given is not None and secret_name(given.group(1))


def no_secret_word(text: str, words: Words | None = None) -> bool:
    """True only when _NAME_WORD cannot match (ASCII text only: see core.credentials.certainly_none)."""
    words = words or Words(text)
    return words.ascii and not words.holds_any_case(*_SECRET_WORD_PARTS)


def credential_literals(text: str, everywhere: bool = True, words: Words | None = None) -> list[tuple[int, int]]:
    """Where a file writes a credential out literally: a bearer or basic token, a JWT, and the value of a member or
    variable named for a secret (a body's `"client_secret": "…"` as much as code's): a quoted string, one spanning
    lines (Python's triple quotes, a JavaScript template), a YAML block scalar, or the unquoted rest of a line that
    starts with the name (`password: hunter2` in YAML, `CLIENT_SECRET=abc` in a shell script or .env file); and
    `everywhere`, each one's text wherever else the file writes it (written_again). `words`: the text's, when other
    scans of it share them."""
    found = [span for span in dict.fromkeys(_credential_literals(text, words or Words(text)))  # (two spellings' scans
             if not named_placeholder(text[span[0]:span[1]])]                                   # may find one place)
    return found + written_again(text, found) if everywhere and found else found


def named_placeholder(value: str) -> bool:
    """Whether a written credential is a placeholder by its words alone, one of them saying so (`YOUR_ACCESS_TOKEN`,
    `your-client-secret`, `<your token>`, `EXAMPLE_TOKEN`, `REDACTED`): no secret, so never masked (what the reader
    is told to put there is the page's, not a secret's). A value of role words only (`mysecret`, `client_secret`) is
    masked all the same: it may be a real, weak one."""
    if len(value) > 80:
        return False
    rest = value.strip().strip("<>").strip()
    rest = re.sub(r"[ ]+", "_", rest)
    if not _JOINED_WORDS.fullmatch(rest):
        return False
    words = [word.lower() for word in _WORD.findall(rest)]
    return any(word in PLACEHOLDER_WORDS for word in words) and all(_role_words(word) for word in words)


#: How long a secret's text must be for each other place it is written to be masked too: a shorter one (`pw`, `1234`)
#: is as likely another word or number of the file.
SHORTEST_SECRET_AGAIN = 6
#: At most this many distinct secrets are looked for again (a recording may hold thousands of values: its mask already
#: hides every one), each by a fast substring search.
_AGAIN_SECRETS = 64
_WORD_CHAR = re.compile(r"\w")


def written_secrets(text: str, words: Words | None = None) -> list[str]:
    """The texts of the secrets a file writes out (credential_literals), each on one line and as long as written_again
    takes, longest first: what a message must not quote where the file gives the same text to a member of no secret
    name (a token sent in a header and as an input: `without_values(message, written_secrets(text))`). `words`: the
    text's, when other scans of it share them (a Document's): the answer is kept there, for a file's findings ask one
    after another, and goes with the file's document (no module keeps it, no other thread's check shares it)."""
    if words is None or words.text is not text:
        return _secret_texts(text, _credential_literals(text, words or Words(text)))
    if words.written is None:
        words.written = _secret_texts(text, _credential_literals(text, words))
    return list(words.written)


def _secret_texts(text: str, spans: list[tuple[int, int]]) -> list[str]:
    secrets = {text[start:end] for start, end in spans if end - start >= SHORTEST_SECRET_AGAIN}
    return sorted((secret for secret in secrets if "\n" not in secret and "\r" not in secret and secret.strip() == secret),
                  key=lambda secret: (-len(secret), secret))


def written_again(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The other places `text` writes the text of a secret found at `spans` (a token bound to a variable, then sent in
    a header and in a body): each occurrence as a token of its own (not inside a longer word), on one line."""
    found = set(spans)
    again: list[tuple[int, int]] = []
    for secret in _secret_texts(text, spans)[:_AGAIN_SECRETS]:
        word_start, word_end = _WORD_CHAR.match(secret) is not None, _WORD_CHAR.match(secret[-1]) is not None
        at = text.find(secret)
        while at >= 0:
            end = at + len(secret)
            if (at, end) not in found and not (word_start and at > 0 and _WORD_CHAR.match(text[at - 1])) \
                    and not (word_end and end < len(text) and _WORD_CHAR.match(text[end])):
                again.append((at, end))
            at = text.find(secret, end)
    return again


def _credential_literals(text: str, words: Words) -> list[tuple[int, int]]:
    found = credential_spans(text, words) + header_credentials(text, words)
    if any(words.holds(word) for word in _SIGN_IN_CALL_WORDS):
        found += sign_in_call_literals(text)
    names = _Bindings()
    if words.holds("${"):
        found += _expansion_literals(text)
    if words.holds("\\u") or words.holds("\\x") or words.holds("\\U"):
        found += _escaped_name_values(text)
    if not certainly_none(text, words):
        found += _sent_variable_values(text, words, names)
    if (words.holds("(") or words.holds("`")) and words.holds_any_case(*SCHEME_WORDS):
        # a token decoded, encoded, hashed or echoed after its scheme (`"Bearer " + atob('…')`, `Bearer $(echo …)`)
        found += _derived_literals(text, words)
    if no_secret_word(text, words):
        return found
    scanned = 0  # no character is scanned twice: linear in the text, whatever it repeats
    line_start, line_end = 0, -1
    unclosed: dict[str, int] = {}  # a quote with no closing one before this line's end: none after either
    # In ASCII text the case-blind pattern takes what its lower-case twin takes in the lowered text, at the same
    # offsets, ~7x faster (a code file with a launch is scanned whole; its "/api/" is no secret word).
    for word in _NAME_WORD_LOWER.finditer(words.lowered) if words.ascii else _NAME_WORD.finditer(text):
        if word.start() < scanned:
            continue
        if word.start() > line_end:  # the word's line, found from the last line's end on: each character passed once
            line_start = text.rfind("\n", max(line_end, 0), word.start()) + 1
            line_end = text.find("\n", word.start())
            line_end = len(text) if line_end < 0 else line_end
        name_end = _NAME_REST.match(text, word.end())
        scanned = name_end.end() if name_end is not None else word.end()
        by_last_word = False  # named for a secret by its last word only (`token`, `Flow.credentials`)
        if _SECRET_WORD.match(text, word.start()) is None:
            name = text[_name_start(text, word.start()):scanned]
            if not secret_name(name):
                continue  # (`tokenCount`, `token_type`: no secret)
            by_last_word = _SECRET_WORD.search(name) is None
        assign = _ASSIGN.match(text, scanned)
        if assign is None:
            # read where it is used, a literal written as what the read gives when the variable is unset
            # (`f"Bearer {os.environ.get('GC_TOKEN', '…')}"`, `process.env.GC_TOKEN || '…'`): a secret written
            if (read := _READ_DEFAULT.match(text, scanned, min(line_end, scanned + _LONGEST_FALLBACK))) is not None \
                    and (read.start("default") < 0 or _GETTER_OPEN.search(
                        text, max(line_start, word.start() - 60), _name_start(text, word.start())) is not None):
                group = "default" if read.start("default") >= 0 else "fallback"
                found.append((read.start(group) + 1, read.end(group) - 1))
                scanned = read.end()
            continue
        assigned = assign.group().rstrip().endswith("=")
        in_code = _CODE_ASSIGN.fullmatch(assign.group()) is not None  # (`x = …`: code's; `X=…`: a shell's, a .env's)
        scanned = assign.end()
        if not assigned and (annotation := _ANNOTATION.match(text, scanned, line_end)) is not None:
            scanned, assigned, in_code = annotation.end(), True, True  # Python's `TOKEN: str = "…"`: after the annotation
        if (following := _VALUE_BELOW.match(text, scanned)) is not None:  # `"apiKey":` alone, its string on a line below
            scanned = following.end()
            line_start = text.rfind("\n", 0, scanned) + 1
            line_end = text.find("\n", scanned)
            line_end = len(text) if line_end < 0 else line_end
        if (prefix := _STRING_PREFIX.match(text, scanned, line_end)) is not None:
            scanned = prefix.end()  # Python's `b"…"`, `r'…'`, `rb"""…"""`: the string after its prefix
        quote = text[scanned:scanned + 3] if text.startswith(('"""', "'''"), scanned) else text[scanned:scanned + 1]
        if quote == "\\" and (escaped := _ESCAPED_QUOTE.match(text, scanned, line_end)) is not None:
            quote = escaped.group()  # a string inside a string: it closes at its quote escaped the same way
            if unclosed.get(quote) == line_end:
                continue
            value = _escaped_quoted(text, escaped.end(), line_end, quote)
            if value is None:
                unclosed[quote] = line_end
        elif quote in ('"', "'"):
            if unclosed.get(quote) == line_end:
                continue
            value = _quoted(text, scanned, line_end)
            if value is None:
                unclosed[quote] = line_end
        elif quote in ('"""', "'''", "`"):  # a string that may span lines: none after an unclosed one closes either
            if unclosed.get(quote) == -1:
                continue
            value = _quoted(text, scanned, len(text), quote)
            if value is None:
                unclosed[quote] = -1
        elif quote == "[":  # a list of secrets (`"Flow.password": ["…"]`): each string in it
            values, closed = ([], None) if unclosed.get(quote) == -1 else _list_values(text, scanned, len(text))
            if closed is None:  # one that does not close (nor, to keep the work linear, any later one): its line's
                unclosed[quote] = -1
                values, closed = _list_values(text, scanned, line_end)[0], line_end
            found += values
            scanned = closed
            continue
        elif (fallback := _FALLBACK.match(text, scanned, min(line_end, scanned + _LONGEST_FALLBACK))) is not None:
            # code reading the secret with a literal fallback (`os.getenv("X", "…")`, `process.env.X ?? '…'`): the
            # literal is a secret written in the file; the code around it is not
            group = "default" if fallback.start("default") >= 0 else "fallback"
            value = (fallback.start(group) + 1, fallback.end(group) - 1)
        elif assigned and (here := _HEREDOC_VALUE.match(text, scanned, scanned + _LONGEST_HEREDOC)) is not None:
            # a shell's `TOKEN=$(cat <<EOF`, its lines, `EOF`, `)`: the lines are the value (less the last break)
            value = (here.start(3), here.start(3) + len(here.group(3).rstrip("\r\n")))
        elif assigned and (command := _COMMAND_VALUE.match(text, scanned, line_end)) is not None:
            # a shell's `TOKEN=$(echo …)`, wherever on its line (`run: echo "T=$(…)" >> $GITHUB_ENV`): masked when the
            # command writes a token (only_holes)
            value = command.span()
        elif (bare := _quoted_key_bare_value(text, word.start(), assign.group(), scanned, line_end)) is not None:
            # a quoted key's unquoted value inside a line (`{"Flow.apiSecret": Zq8v…}`: broken JSON, a YAML flow
            # mapping): the word, unless it is a JSON literal or names a variable (bound, or written elsewhere too)
            if names.refers(text, *bare) or names.used_elsewhere(text, *bare):
                continue
            value = bare
        elif word.start() - line_start > 200 or not _LINE_KEY.fullmatch(text, line_start, word.start()):
            # an unquoted value is taken only on a line the name starts (a YAML key, a shell variable); code's
            # (`{ password: String('…') }`, `const key = new Buffer('…')`): the literals it wraps
            if (in_code or not assigned) and _RUN_TIME.match(text, scanned, line_end):
                found += expression_literals(text, scanned, line_end)
            continue
        elif _BLOCK.match(text, scanned, line_end) is not None:
            value = _block(text, line_start, line_end)
        elif text[line_start:word.start()].lstrip().startswith("@"):
            # an .http file's variable (`@clientSecret = …`): the rest of its line, spaces and all
            value = None if _NOT_LITERAL.match(text, scanned) else (scanned, scanned + len(text[scanned:line_end].rstrip()))
        elif by_last_word and assigned and text[assign.start():assign.start() + 1] in (" ", "\t"):
            # code's `token = config.token`: an expression (a literal is quoted; `TOKEN=…` is a shell's), whose wrapped
            # literals are the secret (`token = b64decode("…").decode()`)
            found += expression_literals(text, scanned, line_end)
            continue
        elif in_code and _RUN_TIME.match(text, scanned, line_end):
            # code's `password = get_password()`, `secret = await getSecret()`: what a call gives at run time; but
            # what a wrapper is given is written here (`Secret("…")`, `str(r"…")`, `hashlib.sha256(b"…")`)
            found += expression_literals(text, scanned, line_end)
            continue
        else:
            value = _unquoted(text, scanned, line_end, assigned)
            if value is not None and names.refers(text, *value):
                continue  # `client_secret: CLIENT_SECRET` in code: a variable's name, not what it holds
        # (a shell's backquotes are a command's, judged with them: `` `cat /run/secrets/t` `` reads the token)
        judged = text[value[0] - 1:value[1] + 1] if value is not None and quote == "`" and not in_code else \
            text[value[0]:value[1]] if value is not None else ""
        if value is not None and value[1] > value[0] and not only_holes(judged):
            found.append(value)
            scanned = value[1] + 1
    return found


def _derived_literals(text: str, words: Words) -> list[tuple[int, int]]:
    """Where a text writes a token through a transform after an Authorization scheme (core.derived: `"Bearer " +
    atob('…')`, `Bearer $(echo …)`), wherever the scheme is (a header's value, a string joined to one): the literal's
    contents. Only the lines holding a scheme word are scanned; each place a transform opens after one is tried once,
    bounded by its line: linear."""
    found = []
    line_end = -1
    schemes = line_matches(SCHEMED, text, SCHEME_WORDS, words.lowered) if words.ascii else SCHEMED.finditer(text)
    for scheme in schemes:
        if scheme.end() > line_end:  # (found once for all the schemes on a line)
            line_end = text.find("\n", scheme.end())
            line_end = len(text) if line_end < 0 else line_end
        derived = derived_at(text, scheme.end(), min(line_end, scheme.end() + _LONGEST_DERIVED))
        if derived is not None and text[scheme.start()].lower() == "b" and text[scheme.start() + 1].lower() == "a" \
                and ":" in derived.literal:  # a Basic pair being encoded: its password (the user stays shown)
            found.append((derived.span[0] + derived.literal.index(":") + 1, derived.span[1]))
        elif derived is not None:
            found.append(derived.span)
    return found


#: How far past a scheme a transform is read (bounded work on a hostile line).
_LONGEST_DERIVED = 1024


#: The Genesys Cloud SDKs' sign-in calls, each with the places of its arguments that are credentials (by position,
#: and by keyword in Python): the JavaScript SDK's ApiClient (`loginClientCredentialsGrant(clientId, clientSecret)`,
#: `setAccessToken(token)`, …), the Python SDK's (`get_client_credentials_token(client_id, client_secret)`, …), the
#: Java and Go SDKs' `authorizeClientCredentials` and the .NET SDK's `PostToken` (in a documentation's code block). The
#: place says what is written there, whatever it looks like: a short `'abc123'` is as much a client secret as a long
#: one (FL305 judges whether one looks real; the masking never waits for that).
_SIGN_IN_CALLS: dict[str, frozenset[int]] = {
    "loginClientCredentialsGrant": frozenset({1}), "loginSaml2BearerGrant": frozenset({1, 3}),
    "loginCodeAuthorizationGrant": frozenset({1, 2}), "refreshCodeAuthorizationGrant": frozenset({1, 2}),
    "authorizePKCEGrant": frozenset({1, 2}), "loginPKCEGrant": frozenset({3}), "setAccessToken": frozenset({0}),
    "get_client_credentials_token": frozenset({1}), "get_saml2bearer_token": frozenset({1, 3}),
    "get_code_authorization_token": frozenset({1, 2}), "refresh_code_authorization_token": frozenset({1, 2}),
    "get_pkce_token": frozenset({1, 2}), "authorizeClientCredentials": frozenset({1}),
    "AuthorizeClientCredentials": frozenset({1}), "PostToken": frozenset({1}),
}
#: The Python SDK's keywords for those arguments (`client_secret=`, `auth_code=`, …).
_SIGN_IN_KEYWORDS = frozenset({"client_secret", "assertion", "auth_code", "refresh_token", "code_verifier"})
#: What every sign-in call's name holds (as written): a text holding none has no such call (a substring search).
_SIGN_IN_CALL_WORDS = ("Grant", "AccessToken", "_token", "ClientCredentials", "PostToken")
_SIGN_IN_CALL = _Lazy(r"(?<![\w$])(%s)[ \t]*\(" % "|".join(sorted(_SIGN_IN_CALLS, key=len, reverse=True)))
#: An argument list's parts: a string (quoted, or a backtick's template), a bracket, a comma, a keyword's name.
_ARGUMENT_TOKEN = _Lazy(r"""("|')(?:(?!\1)[^\\\n]|\\.)*\1|`(?:[^`\\]|\\.)*`|[\[\](){}]|,"""
                        r"""|(?<![\w.])([A-Za-z_]\w{0,63})[ \t]*=(?![=>])""")
#: How far after a sign-in call's parenthesis its arguments are read (bounded work in a hostile file).
_SIGN_IN_ARGUMENTS_LENGTH = 4096


def sign_in_call_literals(text: str) -> list[tuple[int, int]]:
    """The string literals an SDK's sign-in call is given where it takes a credential (`loginClientCredentialsGrant(
    'cid', '…')`, `setAccessToken('…')`, `get_code_authorization_token(cid, auth_code="…")`): each string in such an
    argument (one joined with others too), but a template's hole only (`${SECRET}`); the client ID, an organization's
    name, a redirect URI stay shown. Linear: each call's arguments are read once, at most _SIGN_IN_ARGUMENTS_LENGTH
    characters of them; a call inside another's arguments is read with them."""
    found: list[tuple[int, int]] = []
    scanned = 0
    for call in line_matches(_SIGN_IN_CALL, text, _SIGN_IN_CALL_WORDS):
        if call.start() < scanned:
            continue
        places = _SIGN_IN_CALLS[call.group(1)]
        depth, index, keyword = 1, 0, None
        scanned = end = min(len(text), call.end() + _SIGN_IN_ARGUMENTS_LENGTH)
        for token in _ARGUMENT_TOKEN.finditer(text, call.end(), end):
            part = token.group()
            if part in "([{":
                depth += 1
            elif part in ")]}":
                depth -= 1
                if depth == 0:
                    scanned = token.end()
                    break
            elif part == ",":
                if depth == 1:
                    index, keyword = index + 1, None
            elif token.group(2) is not None:
                if depth == 1:
                    keyword = token.group(2)
            elif (keyword in _SIGN_IN_KEYWORDS if keyword is not None else index in places) \
                    and token.end() - token.start() > 2 and not only_holes(part[1:-1]):
                found.append((token.start() + 1, token.end() - 1))
    return found


#: A bare word a quoted key is given (`"apiSecret": Zq8v…`): up to a space or the JSON punctuation that ends a value,
#: and followed by one (a call, `os.environ["X"]`, or a string joined to it is code, not a word); and JSON's literals.
_BARE_VALUE = _Lazy(r"""[^\s,}\]\[(){}"'`$*&!#%<|>;:]+(?=[\s,}\]]|\Z)""")
_JSON_LITERALS = frozenset({"true", "false", "null"})


def _quoted_key_bare_value(text: str, word: int, assign: str, at: int, line_end: int) -> tuple[int, int] | None:
    """The unquoted value a quoted key is given where the key does not start its line (`{"a": 1, "apiSecret": Zq8v…}`),
    as a span; None for another key or value."""
    quote = assign[:1]
    if quote not in ('"', "'"):
        return None
    start = _name_start(text, word)
    if start == 0 or text[start - 1] != quote:
        return None
    bare = _BARE_VALUE.match(text, at, line_end)
    if bare is None or bare.group() in _JSON_LITERALS:
        return None
    return bare.span()


def _name_start(text: str, at: int) -> int:
    """Where the name holding text[at] starts (at most 200 characters before it: bounded work)."""
    start = at
    while start > 0 and at - start < 200 and _NAME_CHARACTERS.match(text, start - 1):
        start -= 1
    return start


class _Bindings:
    """The names a file binds (declares, `const NAME`, `def NAME`, or assigns, `NAME = …`), read once when first asked:
    an unquoted value that names one (`client_secret: CLIENT_SECRET`, `token = auth.access_token`) is code reading a
    variable, not a literal (`password: hunter2` in YAML names none)."""

    def __init__(self) -> None:
        self._names: set[str] | None = None
        self._words: collections.Counter[str] | None = None

    def refers(self, text: str, start: int, end: int) -> bool:
        """Whether text[start:end] is a name (or a dotted path from one) the file binds."""
        reference = _REFERENCE.fullmatch(text, start, end)
        if reference is None:
            return False
        if self._names is None:
            self._names = {match.group(1) or match.group(2) for match in _BINDING.finditer(text)} | _GLOBALS
            for clause in _IMPORT.finditer(text):  # `from app import settings`, `import os`, `import { a as b } from`
                self._names.update(name for name in _IMPORTED_NAME.findall(clause.group(1)) if name not in _IMPORT_WORDS)
        return reference.group(1) in self._names

    def used_elsewhere(self, text: str, start: int, end: int) -> bool:
        """Whether text[start:end] is a name (or a dotted path from one) the file writes more than once as a word: a
        variable (a parameter, an import), not a literal written once."""
        reference = _REFERENCE.fullmatch(text, start, end)
        if reference is None:
            return False
        if self._words is None:
            self._words = collections.Counter(_IDENTIFIER.findall(text))
        return self._words[reference.group(1)] > 1


#: An import's names (group 1: what follows `import` on its line, but a module's quoted name) and the words of its
#: syntax; and the names code reads at run time with no binding of the file (node's `process.env`).
_IMPORT = _Lazy(r"(?m)^[ \t]*(?:from[ \t]+[\w.]+[ \t]+)?import[ \t]+([^;'\"`\n]{1,300})")
_IMPORTED_NAME = re.compile(r"[A-Za-z_$][\w$]*")
_IMPORT_WORDS = frozenset({"from", "as", "type", "typeof"})
_GLOBALS = frozenset({"process"})
#: A word that may name a variable, as _REFERENCE's name is written (counted once for the whole text: linear).
_IDENTIFIER = _Lazy(r"(?<![\w$])[A-Za-z_$][\w$]*")
#: A name, or a dotted path from one (group 1: the name).
_REFERENCE = _Lazy(r"([A-Za-z_$][\w$]*)(?:\.[A-Za-z_$][\w$]*)*")
#: A declaration's name (group 1) or an assigned name (group 2: `NAME =`, not `==`, `=>`, nor an attribute's `a.NAME =`).
_BINDING = _Lazy(r"\b(?:const|let|var|def|function|class)[ \t]+([A-Za-z_$][\w$]*)"
                 r"|(?<![\w.$])([A-Za-z_$][\w$]*)[ \t]*=(?![=>])")


#: A shell parameter expansion with a literal written in it: a default (`${NAME:-…}`, `${NAME-…}`, `:=`, `=`), an
#: alternative (`:+`, `+`) or an unset variable's message (`:?`, `?`); the name group 1, the literal (in double or
#: single quotes, or plain, with no expansion in it) group 2, 3 or 4. Each scan stops at a character that cannot
#: start another's literal: linear in the text.
_EXPANSION_LITERAL = _Lazy(r"""\$\{([A-Za-z_]\w{0,100}):?[-=+?](?:"([^"$`\\\n]*)"|'([^'\n]*)'|([^}"'$`\\\s]*))\}""")
#: An Authorization scheme written just before an expansion (`Bearer ${TOKEN:-…}`): its literal is the token.
_SCHEME_BEFORE = re.compile(r"(?i)\b(?:bearer|basic)[ \t]+\Z")
_TOKEN_TEXT = re.compile(r"[A-Za-z0-9._~+/-]{8,}=*")


def _expansion_literals(text: str) -> list[tuple[int, int]]:
    """The literals written in shell expansions that are what the plain literal would be: a secret-named variable's
    (`${PASSWORD:-…}`, `${API_KEY:+…}`) and a token after `Bearer `/`Basic ` (`Bearer ${ACCESS_TOKEN:-…}`). The
    variable may be set, so what is sent stays unknown; what is written in the file is never shown."""
    found = []
    for expansion in _EXPANSION_LITERAL.finditer(text):
        group = next(index for index in (2, 3, 4) if expansion.group(index) is not None)
        literal = expansion.group(group)
        if not literal or only_holes(literal):
            continue
        if secret_name(expansion.group(1)) \
                or (_TOKEN_TEXT.fullmatch(literal) is not None
                    and _SCHEME_BEFORE.search(text, max(0, expansion.start() - 20), expansion.start()) is not None):
            found.append(expansion.span(group))
    return found


#: An expansion whose literal is sent (`${NAME:-…}`, `-`, `:=`, `=` when NAME is unset; `:+`, `+` when it is set; a
#: `:?` message never is): the name group 1, the operator group 2, the literal group 3, 4 or 5 (as _EXPANSION_LITERAL).
_SENT_EXPANSION = _Lazy(r"""\$\{([A-Za-z_]\w{0,100})(:?[-=+])(?:"([^"$`\\\n]*)"|'([^'\n]*)'|([^}"'$`\\\s]*))\}""")


def sent_literal(text: str, start: int, end: int) -> tuple[tuple[int, int], str] | None:
    """A value written wholly as an expansion with a literal default or alternative (`${CLIENT_SECRET:-…}`, `-`, `:=`,
    `=`, `:+`, `+`; not a `:?` message): where its literal is written, and the literal. A shell sends it when the
    variable is unset (or set); a request file, which expands no `${…}`, sends it inside the text: either way the
    literal is written in the file. None for any other value."""
    expansion = _SENT_EXPANSION.fullmatch(text, start, end)
    if expansion is None:
        return None
    group = next(index for index in (3, 4, 5) if expansion.group(index) is not None)
    return expansion.span(group), expansion.group(group)


#: A scheme before an expansion, also make's `$${…}` (a recipe's shell expansion): the header's own text.
_SCHEME_BEFORE_ESCAPED = re.compile(r"(?i)\b(?:bearer|basic)[ \t]+\$?\Z")


def header_token_defaults(text: str, start: int, end: int) -> list[tuple[tuple[int, int], str, str]]:
    """The tokens an Authorization header written at text[start:end] writes as a shell expansion's literal after its
    scheme (`Bearer ${TOKEN:-…}`, `Basic ${AUTH:+…}`): each where it is written, the variable's name and the operator
    (`:-`, `+`, …). Only those credential_literals masks (a token's shape); whether one is a real token (no
    placeholder) is the caller's judgement."""
    found = []
    for expansion in _SENT_EXPANSION.finditer(text, start, end):
        group = next(index for index in (3, 4, 5) if expansion.group(index) is not None)
        if _TOKEN_TEXT.fullmatch(expansion.group(group)) is not None \
                and _SCHEME_BEFORE_ESCAPED.search(text, max(start, expansion.start() - 21), expansion.start()) is not None:
            found.append((expansion.span(group), expansion.group(1), expansion.group(2)))
    return found


#: A printable ASCII character's escape in a quoted name (JSON's `\\u0061`, YAML's and code's `\\x61`, `\\U00000061`):
#: a secret word is ASCII; the escapes of a text written ensure_ascii (`\\u00e9`) are passed over.
_NAME_ESCAPE_PATTERN = r"\\(?:u00|x|U000000)[2-7][0-9A-Fa-f]"
_NAME_ESCAPE = _Lazy(_NAME_ESCAPE_PATTERN)
_ANY_ESCAPE = re.compile(r"\\(?:u([0-9A-Fa-f]{4})|x([0-9A-Fa-f]{2})|U([0-9A-Fa-f]{8})|(.))", re.S)
_NAME_COLON = re.compile(r"[ \t]*:[ \t]*")
#: How far before an escape a quoted name's opening quote is looked for (bounded work in a hostile file).
_ESCAPED_NAME_LENGTH = 200


def _escaped_name_values(text: str) -> list[tuple[int, int]]:
    """The values of members whose quoted name spells a secret word with a character escape (`"Flow.p\\u0061ssword":
    "…"` in JSON, `"p\\x61ssword": …` in YAML): the name as a parser reads it names a secret.

    A name is the string opened by the last quote on an escape's line at most _ESCAPED_NAME_LENGTH characters before it
    (read to its closing quote, or the line's end if it has none); an escape inside a string already read opens none.
    One pattern (_name_skip) passes over, in C, what can give no value: escapes with no such quote, and names that do
    not close, are followed by no colon or are too short for a secret word; it stops at the opening quote of any other
    name, which _escaped_name_at reads (it used to read every escape's name in Python, ~1.5 µs each). Linear in the
    text, each character passed over a bounded number of times, in bounded memory."""
    found: list[tuple[int, int]] = []
    skip = _name_skip()
    at, line_end = 0, -1
    while at < len(text):
        skipped = skip.match(text, at)  # (it may match nothing: it always matches)
        end = skipped.end() if skipped is not None else at
        if end > at:
            at = end
            continue
        if at > line_end:  # found from the last line's end on: a long line is passed over once
            line_end = text.find("\n", at)
            line_end = len(text) if line_end < 0 else line_end
        at = _escaped_name_at(text, at, line_end, found)
    return found


def _escaped_name_at(text: str, opening: int, line_end: int, found: list[tuple[int, int]]) -> int:
    """Reads the name opening at `opening` (an escape follows on its line, ending at `line_end`, within
    _ESCAPED_NAME_LENGTH), adds the value it gives a secret to `found`, and says where the scan goes on: at the quote
    that closed the name (or its value), which may open the next one, or past what was read."""
    name = _quoted(text, opening, line_end)
    if name is None:  # no string closes on the rest of the line: none is looked for there again
        return line_end
    colon = _NAME_COLON.match(text, name[1] + 1, line_end)
    if colon is None or not secret_name(_decoded_name(text[name[0]:name[1]])):
        return name[1]
    at = colon.end()
    if text[at:at + 1] == "[":
        found += _list_values(text, at, line_end)[0]
        return name[1]
    unquoted = text[at:at + 1] not in ('"', "'")
    value = _unquoted(text, at, line_end, False) if unquoted else _quoted(text, at, line_end)
    if value is None or value[1] <= value[0]:
        return name[1]
    found.append(value)
    if not unquoted:
        return value[1]
    # An unquoted value ends before a comment, which may hold an escape whose name opens inside the value (or at the
    # name's closing quote): the scan goes on from there (that name closes past the value: it moves on all the same).
    escape = _NAME_ESCAPE.search(text, value[1], line_end)
    if escape is None:
        return line_end
    nearest = max(0, escape.start() - _ESCAPED_NAME_LENGTH)
    line_start = max(text.rfind("\n", nearest, escape.start()) + 1, nearest)
    opening = max(text.rfind('"', line_start, escape.start()), text.rfind("'", line_start, escape.start()))
    return opening if 0 <= opening < value[1] else value[1]


def _decoded_name(name: str) -> str:
    """A quoted name's text as a parser reads it: each escape (_ANY_ESCAPE) its character. When every backslash opens a
    code point's escape, as most do, Python's own unicode_escape codec reads them the same, ~4x faster than one call
    of _unescaped for each."""
    if name.isascii() and _OTHER_BACKSLASH.search(name) is None:
        return codecs.decode(name, "unicode_escape")
    return _ANY_ESCAPE.sub(_unescaped, name)


#: A backslash that opens no escape the codec reads as _unescaped does (`\\n`: `n` to _unescaped, a line break to the
#: codec; `\\U00110000`: clamped by _unescaped, refused by the codec).
_OTHER_BACKSLASH = re.compile(r"\\(?!x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U(?:000[0-9A-Fa-f]|0010)[0-9A-Fa-f]{4})")


def _unescaped(escape: re.Match[str]) -> str:
    number = escape.group(1) or escape.group(2) or escape.group(3)
    return chr(min(int(number, 16), 0x10FFFF)) if number else escape.group(4)


#: How many escapes a name _name_skip passes over may hold (its repetitions, each holding memory, are bounded): a
#: longer one is read by _escaped_name_at.
_SKIPPED_NAME_ESCAPES = 64
_HEX = "[0-9A-Fa-f]"


def _name_steps(quote: str, group: str) -> str:
    """A name opened by `quote` (an escape follows it) that gives no value, passed over up to its closing quote (which
    may open the next name) or to its line's end when it does not close: the string _quoted reads (of at most
    _SKIPPED_NAME_ESCAPES escapes), followed by no colon, or of at most 4 characters (read as _ANY_ESCAPE reads them:
    no secret word is that short)."""
    body = rf"[^{quote}\\\n]*(?:\\.[^{quote}\\\n]*){{0,{_SKIPPED_NAME_ESCAPES}}}"
    ended = rf"(?={quote}|\n|\Z|\\(?:\n|\Z))"  # (only where the whole string ends: a body cut short by the bound fails)
    character = rf"(?:[^{quote}\\\n]|\\(?:u{_HEX}{{4}}|x{_HEX}{{2}}|U{_HEX}{{8}}|.))"
    return (rf"{quote}(?=(?P<{group}>{body}){ended})"
            rf"(?:(?!(?P={group}){quote}[ \t]*:)|(?={character}{{0,4}}{quote}))(?P={group})")


@functools.cache
def _name_skip() -> re.Pattern[str]:
    """What _escaped_name_values passes over: up to 256 steps (each a bounded amount of memory) of text but quotes, a
    quote no escape follows within _ESCAPED_NAME_LENGTH on its line, and names that give no value (_name_steps)."""
    return re.compile(rf"""(?:[^"']+|["'](?![^"'\n]{{0,{_ESCAPED_NAME_LENGTH - 1}}}?{_NAME_ESCAPE_PATTERN})"""
                      rf"""|{_name_steps('"', "double")}|{_name_steps("'", "single")}){{0,256}}""")


#: A variable sent after a scheme word: `Bearer $TOKEN`, `${TOKEN}`, `${this.token}`, `{{token}}`, f"Bearer {t}" and
#: f"Bearer {self.t}", `"Bearer " + t` and `'Bearer ' + this.token`, `"Bearer %s" % t`, `"Bearer {}".format(t)`; its
#: name is the one group that took part. The lower-case pattern runs over the lowered text when it is ASCII (names read
#: at the same offsets from the text itself).
_NAME = r"[A-Za-z_]\w{0,63}"
_ATTRIBUTE = rf"{_NAME}(?:\.{_NAME})?"  # (`self.t`, `this.token`: a name of the same file's too)
_SENT_AFTER = r"(?![\w.(\[])"  # (what follows a sent name: no longer one, no call, no index)
_SENT_VARIABLE = (rf"""(?:bearer|basic)[ \t]+(?:\$\{{[ \t]*({_NAME}\.{_NAME})[ \t]*\}}|\$\{{?[ \t]*({_NAME})"""
                  rf"""|\{{\{{[ \t]*([A-Za-z_][\w.-]{{0,63}})[ \t]*\}}\}}|\{{({_ATTRIBUTE})\}}"""
                  rf"""|%s["'][ \t]*%[ \t]*\(?[ \t]*({_ATTRIBUTE}){_SENT_AFTER}"""
                  rf"""|\{{0?\}}["'][ \t]*\.format\([ \t]*({_ATTRIBUTE}){_SENT_AFTER})"""
                  rf"""|(?:bearer|basic)[ \t]*["'`][ \t]*\+[ \t]*({_ATTRIBUTE}){_SENT_AFTER}"""
                  rf"""|(?:bearer|basic)[ \t]+\$\([ \t]*({_NAME})[ \t]*\)""")  # (Azure Pipelines' `$(name)` macro)
_SENT_VARIABLE_LOWER = _Lazy(r"\b" + _SENT_VARIABLE)
_SENT_VARIABLE_ANY_CASE = _Lazy(r"\b(?i:" + _SENT_VARIABLE + ")")
#: At most this many names sent so are looked for being given a literal (one pattern: linear in the text).
_SENT_NAMES = 16
_SENT_HTTP_VARIABLE = 3  # (the group of a `{{variable}}`'s name)


def _sent_variable_values(text: str, words: Words, bindings: _Bindings) -> list[tuple[int, int]]:
    """The literal values given, in the same file, to a variable sent as a bearer or basic credential: `TOKEN=…` (shell,
    .env) then `Bearer $TOKEN`, `@token = …` then `Bearer {{token}}` (.http), `const t = '…'` then `${t}`, Python's
    `t = "…"` (or `self.t = "…"`, `t: str = "…"`) then f"Bearer {t}", `"Bearer %s" % t` or `"Bearer {}".format(t)`,
    JavaScript's `this.token = '…'` then `'Bearer ' + this.token`. Only names so sent: a variable named `token` and never
    sent is no secret; a name another file gives a value is not known here."""
    found = line_matches(_SENT_VARIABLE_LOWER, words.lowered, _SCHEME_WORDS) if words.ascii \
        else _SENT_VARIABLE_ANY_CASE.finditer(text)
    names: list[str] = []  # (a variable's, `{{auth.token}}`'s too)
    attributes: list[str] = []  # (an object's, in code: `self.t`, `this.token`)
    for match in found:
        group = match.lastindex or 0  # (the one group that took part)
        name = text[match.start(group):match.end(group)]
        sent = attributes if "." in name and group != _SENT_HTTP_VARIABLE else names
        if name not in sent:
            sent.append(name)
            if len(names) + len(attributes) == _SENT_NAMES:
                break
    if not names and not attributes:
        return []
    # A variable is given its value on a line of its own (`t = f(t="…")` gives none to t); an attribute anywhere
    # (`constructor() { this.token = '…'; }`), only a quoted literal. Either may be annotated (`t: str = "…"`).
    given = re.compile(r"(?m)(?:^[ \t]*(?:export[ \t]+|(?:const|let|var|readonly|local|declare|typeset)"
                       r"(?:[ \t]+-[A-Za-z]{1,8})*[ \t]+|@)?(?:%s)"
                       r"|(?<![\w.$])(?P<attribute>%s)(?=[ \t]*(?::[^=\n]{1,60})?=(?!=)))"
                       r"(?:[ \t]*:[ \t]*[\w.\[\]|, ]{1,60}?)?[ \t]*=[ \t]*"
                       % ("|".join(map(re.escape, names)) or "(?!)", "|".join(map(re.escape, attributes)) or "(?!)"))
    values: list[tuple[int, int]] = []
    if names and words.holds("read"):  # a shell's `read -r T <<< '…'`, `read -r T <<'EOF'` then its line: T's value
        for command in line_matches(_READ_COMMAND, text, ("read",)):
            read = read_at(text, command.start(1), command.end())
            if read is not None and read[0] in names:
                values.append(read[1].span)
    for assignment in line_matches(given, text, (*names, *attributes)):  # (each assignment writes its name)
        at = assignment.end()
        line_end = text.find("\n", at)
        line_end = len(text) if line_end < 0 else line_end
        if text[at:at + 1] in ('"', "'", "`"):
            value = _quoted(text, at, line_end)
            if (value is None or value[0] == value[1]) and (derived := derived_at(text, at, line_end)) is not None:
                value = derived.span  # (`''.join(map(chr, […]))`: the codes an empty string joins)
        elif assignment.start("attribute") >= 0:
            continue
        elif text.startswith("@", assignment.start() + len(assignment.group()) - len(assignment.group().lstrip())):
            value = (at, at + len(text[at:line_end].rstrip()))  # an .http file's variable: the rest of its line
        elif (text[at - 1:at] in (" ", "\t") and _RUN_TIME.match(text, at, line_end)) or text[at:at + 2] == "$(" \
                or text[at:at + 1] in ("[", "`"):
            # `const res = await axios.post(…)`, `token = os.environ["T"]`, `T=$(cat /run/secrets/t)`: what code or a
            # command reads at run time; but a literal only decoded, hashed, echoed or printed from a here-document is
            # written here (`tok = b64decode("…").decode()`, `T=$(cat <<'EOF'` …: core.derived)
            if (derived := derived_at(text, at, line_end)) is not None:
                values.append(derived.span)
            elif text[at - 1:at] in (" ", "\t") and _RUN_TIME.match(text, at, line_end):
                # code's other computation of a token it sends (`new TextDecoder().decode(… atob('…') …)`): what a
                # wrapper is given and token-like literals are masked, as a secret-named variable's are
                values += expression_literals(text, at, line_end, wrapped_only=True)
            elif text[at:at + 2] == "$(" or text[at:at + 1] == "`":
                # any other command a token's variable is given: what it may write of a token-like word it is given
                # (`$(echo '…' | sed …)`, `$(printf %s "$(echo …)")`) is masked, never judged (no FL305 rests on it)
                values += _command_tokens(text, at, line_end)
            continue
        elif (default := _EXPANSION_LITERAL.match(text, at, line_end)) is not None:
            # `T=${T:-…}`: the literal it is given when unset
            group = next(index for index in (2, 3, 4) if default.group(index) is not None)
            if default.group(group):
                values.append(default.span(group))
            continue
        else:
            value = _unquoted(text, at, line_end, True)
            if value is not None and bindings.refers(text, *value):
                continue  # `const token = auth.access_token`: another variable's value, not a literal
        if value is not None and value[1] > value[0] and not only_holes(text[value[0]:value[1]]):
            values.append(value)
    # Given its value anywhere else (a class's field, a keyword argument, an object's member, a destructuring's
    # default: `auth: str = '…'` then `cfg.auth`, `SimpleNamespace(auth='…')`, `{ GC_TOKEN: t = '…' }`): a quoted
    # literal with a token's look, masked (no rule says it: where it goes is not read).
    # An attribute's member (`cfg.auth`: `auth`) is given its value anywhere; a name, by a destructuring's default or
    # as a YAML key (a CI file's `variables:` its `$(name)` sends). One pattern, each line naming one scanned once.
    members = sorted({name.rpartition(".")[2] for name in attributes})
    quoted = r"""[rRbBuU]{0,2}(["'`])((?:(?!\%d)[^\\\n$])*)\%d"""
    alternatives = [r"(?<![\w.$])(?:%s)[ \t]*(?::[ \t]*[\w.\[\]|, ]{1,60}?[ \t]*)?[:=](?!=)[ \t]*%s"
                    % ("|".join(map(re.escape, members)), quoted % (1, 1))] if members else [r"(?!)()()"]
    if names:
        listed = "|".join(map(re.escape, names))
        alternatives += [r"""^[ \t]*(?:-[ \t]+)?(?:%s)[ \t]*:[ \t]+(["']?)([^\s"'#]+)\3[ \t]*$""" % listed,
                         r"^[ \t]*(?:export[ \t]+)?(?:const|let|var)[ \t]*\{[^}\n]{0,200}?(?<![\w.$])(?:%s)[ \t]*=[ \t]*%s"
                         % (listed, quoted % (5, 5))]
    for assignment in line_matches(re.compile("(?m)" + "|".join(alternatives)), text, (*members, *names)):
        group = next(group for group in (2, 4, 6) if assignment.start(group) >= 0)
        held = assignment.group(group)
        if _TOKEN_LITERAL.fullmatch(held) and "://" not in held and not _VARIABLE_NAME.fullmatch(held):
            values.append(assignment.span(group))
    return values


#: A word a command is given that looks like a token (_TOKEN_LITERAL's look, quoted or bare): not an option, a path,
#: a URL or an expansion.
_COMMAND_WORD = _Lazy(r"""(?<![\w$/.=-])['"]?([A-Za-z0-9_~+][A-Za-z0-9._~+/=-]{7,})['"]?(?![\w/.-])""")


#: A token's look in a command's word: 12 characters or more, letters and digits (`SecretString`, `launch-token` are
#: none), both cases of letters (`Kq8vR4nT…`, a base64 token's), or 20 characters or more and no `/` (a hex token's);
#: not a path (`secret/gc/launch2024`), a project's name (`my-proj-12345`).
_COMMAND_TOKEN = _Lazy(r"(?=.*[A-Za-z])(?=.*\d).{12,}", re.S)
_MIXED_CASE = _Lazy(r"[a-z].*[A-Z]|[A-Z].*[a-z]")


def _command_tokens(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The token-like words a command substitution starting at text[start:end] is given (at most _LONGEST_FALLBACK
    characters read): what it may write out, masked though no rule judges it (a path, an option, a URL stays shown)."""
    found = []
    for word in _COMMAND_WORD.finditer(text, start, min(end, start + _LONGEST_FALLBACK)):
        value = word.group(1)
        if _COMMAND_TOKEN.fullmatch(value) and (_MIXED_CASE.search(value) or (len(value) >= 20 and "/" not in value)) \
                and not _VARIABLE_NAME.fullmatch(value):
            found.append(word.span(1))
    return found


#: A line's command that may be `read` (a prefix assignment before it: `IFS= read`): where read_at is tried.
_READ_COMMAND = _Lazy(r"(?m)^[ \t]*((?:IFS=\S{0,8}[ \t]+)?read[ \t])")


_STRING_PREFIX = re.compile(r"""[rRbBuUfF]{1,2}(?=["'])""")
#: A string literal in code, with its prefix (Python's `r"…"`, `b'…'`, `rb"…"`, `f"…"`): the prefix group 1, the quote
#: group 2, the contents group 3.
_CODE_LITERAL = _Lazy(r"""(?<![\w$])([rRbBuUfF]{0,2})(["'`])((?:(?!\2)[^\\\n]|\\.)*)\2""")
#: The calls whose first argument is the value they give, only wrapped or re-encoded (`Secret("…")`, `SecretStr`,
#: `str(r"…")`, `String('…')`, `Buffer.from('…')`, `b64decode("…")`, `hashlib.sha256(b"…")`): a literal given so is
#: the secret, whatever it looks like.
VALUE_WRAPPERS = frozenset({
    "str", "bytes", "bytearray", "String", "Buffer", "from", "Secret", "SecretStr", "SecretBytes", "SecretString",
    "SecretValue", "SecureString", "Sensitive", "Password", "b64decode", "b64encode", "urlsafe_b64decode",
    "standard_b64decode", "atob", "btoa", "decode", "encode", "unhexlify", "fromhex", "sha1", "sha256", "sha512",
    "md5", "blake2b", "new", "trim", "strip", "freeze", "Some", "hexdigest", "digest", "toString", "update"})
#: The calls whose first argument names a file they read (`open("/run/secrets/t")`, `Path('…')`, node's
#: `fs.readFileSync('…')`, Deno's `readTextFile`, PHP's `file_get_contents`, .NET's `File.ReadAllText`, Go's
#: `os.ReadFile`, Java's `new File(…)`, `Files.readString`): a literal given so is a path, the secret's place, never the
#: secret, however token-like its name (`gc_token_2024abcd9f8e`).
FILE_READERS = frozenset({
    "open", "Path", "PurePath", "PosixPath", "readFile", "readFileSync", "readTextFile", "readTextFileSync",
    "createReadStream", "file_get_contents", "fopen", "ReadAllText", "ReadAllBytes", "ReadFile", "File", "readString",
    "readAllBytes", "loadtxt", "read_file"})
#: A call's name and its opening parenthesis just before its first argument (`Secret(`, `new Buffer(`, `a.b.sha256(`).
_CALLED_WITH = _Lazy(r"(?:new[ \t]+)?(?:[A-Za-z_$][\w$]*\.)*([A-Za-z_$][\w$]*)[ \t]*\([ \t]*\Z")
#: A literal's text that looks like a token or a key, whatever call it is given to (`dict(a=1)["Zq8v…"]`): 8 characters
#: or more of a token's alphabet, with letters and digits or a capital after a small letter; not a URL, a path with
#: words, an environment variable's name (`GC_SECRET_2`) nor a holed template.
_TOKEN_LITERAL = _Lazy(r"(?=[A-Za-z0-9._~+/=:-]{8,}\Z)(?:(?=.*[A-Za-z])(?=.*\d)|(?=.*[a-z][A-Z])).*", re.S)
_VARIABLE_NAME = _Lazy(r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+")


def expression_literals(text: str, start: int, line_end: int, *, wrapped_only: bool = False) -> list[tuple[int, int]]:
    """The literals a secret-named variable's value computed in code writes (its line from `start`, at most
    _LONGEST_FALLBACK characters): what a wrapper is given first (`Secret("…")`, `str(r"…")`, `new Buffer('…', 'base64')`:
    VALUE_WRAPPERS), and any literal with a token's look (`dict(a=1)["Zq8v…"]`, `vault.unseal("Kp3mW8xN…")`). A name looked
    up (`os.environ["GC_SECRET"]`, `config.get("api_key")`), a URL or a word stays shown. `wrapped_only`: only what a
    wrapper is given (for a name that says nothing of a secret: any other literal may be a name looked up)."""
    found = []
    end = min(line_end, start + _LONGEST_FALLBACK)
    for literal in _CODE_LITERAL.finditer(text, start, end):
        value = literal.group(3)
        if not value or only_holes(value):
            continue
        called = _CALLED_WITH.search(text, max(start, literal.start() - 100), literal.start())
        if called is not None and called.group(1) in FILE_READERS:
            continue  # (`open("/run/secrets/gc_token_2024abcd")`: where the secret is kept, read at run time)
        wrapped = called is not None and called.group(1) in VALUE_WRAPPERS
        if wrapped or (not wrapped_only and _TOKEN_LITERAL.fullmatch(value) and "://" not in value
                       and not _VARIABLE_NAME.fullmatch(value)):
            found.append(literal.span(3))
    return found


#: A quoted string on one line (a backquoted one holding no `${…}`), for _FALLBACK.
_ONE_LINE_STRING = r"""(?:"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\\n$]|\\.)*`)"""
_ARGUMENT = rf"(?:{_ONE_LINE_STRING}|[\w$.]+)"
#: A secret-named variable's value read at run time with a literal written as its fallback: the default argument of
#: `getenv`/`get`/`getProperty`/`getOrDefault` (`os.getenv("X", "…")`, `os.environ.get("X", "…")`,
#: `config.get("secret", "…")`: group `default`), or what `??`, `||` or Python's `or` give when the read gives nothing
#: (`process.env.X ?? '…'`, `getenv("X") or "…"`: group `fallback`). Both groups hold the string with its quotes.
#: Getters whose second argument is the value they give when what they read is not set (`os.getenv("X", "…")`,
#: `os.environ.get`, `config.get`, Java-style `getProperty`/`getOrDefault`): the code readers ask them of a
#: secret-named variable's value (sources.model re-exports them), the text scan below writes them into _FALLBACK.
FALLBACK_GETTERS = frozenset({"getenv", "get", "getProperty", "getOrDefault"})
_FALLBACK = _Lazy(rf"""(?:[A-Za-z_$][\w$]*\.)*(?:(?:{"|".join(sorted(FALLBACK_GETTERS))})\([ \t]*{_ARGUMENT}[ \t]*,"""
                  rf"""[ \t]*(?P<default>{_ONE_LINE_STRING})[ \t]*\)|[A-Za-z_$][\w$]*(?:\[[ \t]*{_ARGUMENT}[ \t]*\]"""
                  rf"""|\([ \t]*{_ARGUMENT}?[ \t]*\))?(?:[ \t]*(?:\?\?|\|\|)[ \t]*|[ \t]+or[ \t]+)"""
                  rf"""(?P<fallback>{_ONE_LINE_STRING}))""")
#: Right after a secret-named variable's name read in place: the getter's default (`GC_TOKEN', '…')`: group `default`,
#: its call's opening before the name, _GETTER_OPEN), or what `??`, `||` or `or` give when the read gives nothing
#: (`GC_TOKEN || '…'`, `GC_TOKEN"] or "…"`, `GC_TOKEN") or "…"`: group `fallback`).
_READ_DEFAULT = _Lazy(rf"""['"][ \t]*,[ \t]*(?P<default>{_ONE_LINE_STRING})[ \t]*\)|(?:['"][ \t]*[\])])?"""
                      rf"""(?:[ \t]*(?:\?\?|\|\|)[ \t]*|[ \t]+or[ \t]+)(?P<fallback>{_ONE_LINE_STRING})""")
#: A getter's call opened with a quote just before a name (`os.environ.get('`, `getenv("`), at the end of the text before it.
_GETTER_OPEN = _Lazy(rf"""(?:{"|".join(sorted(FALLBACK_GETTERS))})\([ \t]*['"]\Z""")
#: How far past a secret-named variable's `=` its fallback is looked for (bounded work on a long line).
_LONGEST_FALLBACK = 500
#: A Python annotation of a secret's variable, then its `=` (`TOKEN: str = "…"`, `pw: Optional[str] = …`): a type a
#: secret is written as, only (a YAML value `a = b` is one value).
_ANNOTATION = _Lazy(r"(?:str|bytes|SecretStr|Any|(?:typing\.)?(?:Optional|Final|ClassVar)\[[ \t]*str[ \t]*\]|Final"
                    r"|str[ \t]*\|[ \t]*None)[ \t]*=(?!=)[ \t]*")
#: Nothing more on the name's line, and a quoted string or a list starting a line below: the name's value (a JSON
#: member written over two lines, `const password =` then its string).
_VALUE_BELOW = re.compile(r"""[ \t]*\r?\n[ \t\r\n]*(?=["'`\[])""")
#: What a line holds before a secret word for its unquoted value to be taken: indentation, a list's dash, `export`, an
#: .http file's `@`, make's `override`, a quote, and the name's first part (`client_` of `client_secret`).
_LINE_KEY = _Lazy(r"""[ \t]*(?:-[ \t]+|(?:export|override)[ \t]+|@)?["']?[\w.-]*""")
#: A YAML block scalar's indicator (`|`, `>-`, `|2+`) ending its line.
_BLOCK = _Lazy(r"[|>][-+0-9]*[ \t]*(?:#[^\n]*)?\r?$", re.M)
#: An unquoted value that is no literal: a reference (`$PW`, `*alias`, `${{ secrets.PW }}`), a structure, a comment.
_NOT_LITERAL = re.compile(r"[$*&!{\[(#%<|>]")


_LIST_TOKEN = _Lazy(r"""("|')(?:(?!\1)[^\\\n]|\\.)*\1|[\[\]{}()]""")


def _list_values(text: str, start: int, end: int) -> tuple[list[tuple[int, int]], int | None]:
    """The string values in the list (an object, a call's arguments) opening at `start` (not its objects' member
    names), however they nest, and where it closes: None if not before `end` (the values are then those before it)."""
    values: list[tuple[int, int]] = []
    depth = 0
    for token in _LIST_TOKEN.finditer(text, start, end):
        if token.group() in ("[", "{", "("):
            depth += 1
        elif token.group() in ("]", "}", ")"):
            depth -= 1
            if depth == 0:
                return values, token.end()
        elif not _MEMBER_NAME.match(text, token.end()) and token.end() - token.start() > 2:
            values.append((token.start() + 1, token.end() - 1))
    return values, None


def _block(text: str, line_start: int, line_end: int) -> tuple[int, int] | None:
    """The lines of a YAML block scalar whose indicator ends the key's line: those more indented than the key (or blank)."""
    indent = _INDENT_ONLY.match(text, line_start)
    key_indent = (indent.end() if indent is not None else line_start) - line_start
    end = at = line_end + 1
    while at < len(text):
        following = text.find("\n", at)
        following = len(text) if following < 0 else following
        line = text[at:following]
        if line.strip():
            if len(line) - len(line.lstrip(" \t")) <= key_indent:
                break
            end = following
        at = following + 1
    return (line_end + 1, end) if end > line_end + 1 else None


_INDENT_ONLY = re.compile(r"[ \t]*(?:-[ \t]+)?")


def _unquoted(text: str, start: int, line_end: int, assigned: bool) -> tuple[int, int] | None:
    """An unquoted value: after `=` a shell word (up to a space or `;`), after `:` the rest of the line but a comment."""
    if _NOT_LITERAL.match(text, start):
        return None
    if assigned:
        word = _SHELL_WORD.match(text, start, line_end)
        return word.span() if word is not None else None
    rest = text[start:line_end]
    comment = rest.find(" #")
    rest = (rest if comment < 0 else rest[:comment]).rstrip().rstrip(",;")  # (a JSON member's comma, a statement's end)
    return start, start + len(rest)


_SHELL_WORD = re.compile(r"[^\s;'\"`]+")
#: A shell variable's value that is a here-document's lines (`TOKEN=$(cat <<EOF`, its lines, `EOF`, `)`): its word
#: group 2, its lines group 3 (at most 64, within _LONGEST_HEREDOC characters: bounded work).
_HEREDOC_VALUE = _Lazy(r"""\$\([ \t]*cat[ \t]+<<-?[ \t]*(['"]?)(\w{1,64})\1[ \t]*\r?\n((?:[^\n]*\n){0,64}?)[ \t]*\2[ \t]*\r?\n[ \t]*\)""")
_LONGEST_HEREDOC = 1 << 14
#: A shell variable's value that is a command's output, unquoted (`TOKEN=$(echo …)`), and what follows it up to a space.
_COMMAND_VALUE = _Lazy(r"\$\([^()\n]{1,200}\)[^\s;'\"`]*")
#: An assignment as code writes it, spaced (`password = …`, `secret := …`); a shell's or a .env file's is not
#: (`PASSWORD=…`).
_CODE_ASSIGN = re.compile(r"[ \t]+:?=[ \t]*")
#: A value code computes at run time, as an assignment's unquoted value: what an `await`, a `yield` or `new` gives, a
#: call's result or an index's (`get_password()`, `vault.read('x')`, `os.environ["T"]`, `getSecret()!`). No literal is
#: written so (a shell word holding a parenthesis would be a shell's syntax error; a literal in code is quoted).
_RUN_TIME = _Lazy(r"(?:await|yield|new)[ \t]+[\w$(]|[A-Za-z_$][\w$]*(?:[ \t]*\??\.[ \t]*[A-Za-z_$][\w$]*)*!?[ \t]*[(\[]")


#: A header that holds a credential by its name (a session cookie, an API key, Authorization in any scheme), and what
#: follows it: a closing quote or bracket (`"Cookie":`, `headers["X-Api-Key"] =`) and `:`, `=` or, after a quoted name,
#: `,` (`.Add("Cookie", …)`).
_HEADER = _Lazy(r"(?<![\w-])(?:(?:set-)?cookie|(?:x-)?api-?key|(?:[a-z0-9]+-)+(?:token|auth)|(?:proxy-)?authorization"
                r"|(?:[a-z0-9]+-)+(?:session(?:-?id)?|sid))(?![\w-])"
                     r"""(["'`]?)\]?[ \t]*([:=,])[ \t]*""")
#: An Authorization value's scheme word (`Token`, `OAuth`, `Bearer`), shown: the credentials after it are masked.
_SCHEME = re.compile(r"[A-Za-z][\w-]*[ \t]+(?=\S)")
#: curl's `-b`/`--cookie` data (`-b 'sid=…'`, `--cookie=sid=…`) and `-u`/`--user` (`user:password`); requests'
#: `cookies={…}`/`cookies=dict(…)`/`cookies.update({…})` (k6's and JSON's `cookies: {…}`), and a cookie set one at a
#: time (`cookies.set('sid', '…')`, `cookies['sid'] = '…'`).
_CURL_COOKIE = _Lazy(r"(?<![\w-])(?:-b|--cookie)(?:[ \t]+|=)")
_CURL_USER = _Lazy(r"(?<![\w-])(?:-u|-U|--user|--proxy-user)(?:[ \t]+|=)")
_COOKIES_ARGUMENT = _Lazy(r"""(?<![\w-])cookies(?:["']?[ \t]*[=:][ \t]*|\.update\([ \t]*)(\{|dict\()""")
_COOKIE_SET = _Lazy(r"""(?<![\w-])cookies(?:\.set\([ \t]*|\[[ \t]*)(["'])[^"'\n]*\1[ \t]*(?:,|\][ \t]*=)[ \t]*""")
#: A user name and password given as two strings: requests' `auth=("user", "…")`, `HTTPBasicAuth("user", "…")`
#: (httpx's and aiohttp's BasicAuth, a DigestAuth; module-qualified too: `httpx.BasicAuth(…)`): the password is group 3.
_AUTH_PAIR = _Lazy(r"""(?:(?<![\w.])auth[ \t]*=[ \t]*[(\[]|(?<!\w)(?:HTTP)?(?:Basic|Digest|Proxy)Auth\()[ \t]*"""
                        r"""(?:\w+[ \t]*=[ \t]*)?(["'])[^"'\n]*\1[ \t]*,[ \t]*(?:\w+[ \t]*=[ \t]*)?(["'])((?:(?!\2)[^\\\n]|\\.)*)\2""")
#: A literal joined to a scheme word (`"Bearer " + "…"`): group 3.
_SCHEME_CONCAT = _Lazy(r"""(?i:\b(?:bearer|basic))[ \t]*(["'`])[ \t]*\+[ \t]*(["'`])((?:(?!\2)[^\\\n]|\\.)*)\2""")
#: `user:password` being base64-encoded for a Basic header (`Buffer.from('u:…')`, `btoa("u:…")`, `b64encode(b"u:…")`,
#: Terraform's `base64encode("u:…")`):
#: the password is group 3.
_ENCODED_PAIR = _Lazy(r"""(?i:Buffer\.from|btoa|b64encode|base64_?encode)\([ \t]*b?(["'`])((?:(?!\1)[^\\\n:])*):((?:(?!\1)[^\\\n])*)\1""")
_COOKIE_TOKEN = _Lazy(r"""("|')(?:(?!\1)[^\\\n]|\\.)*\1|[{}()]""")
_HEADER_ANY_CASE = _Lazy(_HEADER.pattern, re.I)
#: What every match of _HEADER holds (lowered), on its one line: its scan looks only at the lines holding one.
_HEADER_WORDS = ("cookie", "key", "token", "auth", "session", "sid")
#: What every match of _SENT_VARIABLE and _SCHEME_CONCAT holds (lowered), on its one line.
_SCHEME_WORDS = ("bearer", "basic")
_MEMBER_NAME = re.compile(r"[ \t]*:")
_UNQUOTED = re.compile(r"[^\s'\"]+")
_INDENT = re.compile(r"[ \t>*-]*")  # what a header line may start with: indentation, a quote's `>`, a list's `-`


def header_credentials(text: str, words: Words | None = None) -> list[tuple[int, int]]:
    """Where a file writes a cookie or an API-key header's value: a header line (`Cookie: sid=…` in a .http or
    Markdown file, `-H 'X-Api-Key: …'`), a header member or argument in any language (`{Cookie: '…'}`,
    `{"Set-Cookie": "…"}`, `@{"X-Auth-Token" = "…"}`, `.set('Cookie', '…')`), curl's `-b`/`--cookie` data and
    requests' `cookies={…}` values; a header's name and a cookie's name stay shown. `words`: the text's, when other
    scans share them."""
    words = words or Words(text)
    found: list[tuple[int, int]] = []
    if words.holds_any_case("cookie", "key", "auth", "token", "session", "sid"):
        found += _header_values(text, words)
    if words.holds("-b") or words.holds_any_case("--cookie"):
        # (without `=` it names a cookie jar file)
        found += [value for value in _option_arguments(text, _CURL_COOKIE) if "=" in text[value[0]:value[1]]
                  and not only_references(text[value[0]:value[1]])]
    if words.holds_any_case("-u") and (words.holds("-u") or words.holds("-U") or words.holds_any_case("--user", "-user")):
        found += _user_passwords(text)
    if words.holds("--") and not no_secret_word(text, words):  # `gc --clientsecret …`, `--access-token=…`
        found += secret_option_values(text)
    if words.holds_any_case("auth"):  # requests' `auth=("user", "…")`, `HTTPBasicAuth("user", "…")`
        pairs = line_matches(_AUTH_PAIR, text, ("auth",), words.lowered) if words.ascii else _AUTH_PAIR.finditer(text)
        found += [match.span(3) for match in pairs if not only_holes(match.group(3))]
    if words.holds("+") and not certainly_none(text, words):  # `"Bearer " + "…"`
        joined = line_matches(_SCHEME_CONCAT, text, _SCHEME_WORDS, words.lowered) if words.ascii \
            else _SCHEME_CONCAT.finditer(text)
        found += [match.span(3) for match in joined if not only_holes(match.group(3))]
    if words.holds("(") and words.holds_any_case("buffer.from", "btoa", "b64encode", "base64encode", "base64_encode"):
        # a basic credential being encoded (the pattern's call needs its parenthesis)
        found += [match.span(3) for match in _ENCODED_PAIR.finditer(text) if not only_holes(match.group(3))]
    if words.holds_any_case("cookies"):
        scanned = 0  # an argument's values are scanned once, however they nest
        for argument in _COOKIES_ARGUMENT.finditer(text):
            if argument.start() >= scanned:
                values, closed = _list_values(text, argument.end() - 1, len(text))  # from its `{` or `dict(`
                found += values
                scanned = len(text) if closed is None else closed
        found += _cookies_set(text)
    if words.holds_any_case("params", "query", "qs"):  # `params={"sig": "…"}`: a URL's query given as an object
        found += _query_argument_secrets(text)
    return found


#: A URL's query given as an object: requests'/httpx's `params={…}`/`params=dict(…)`, axios's `params: {…}`, got's
#: `searchParams: {…}`, `new URLSearchParams({…})`, superagent's `.query({…})`; and a member in it (`"sig": "…"`,
#: `sig: '…'`, `sig="…"`): its name group 2, its value group 4.
_QUERY_ARGUMENT = _Lazy(r"""(?:params|searchParams|query|qs|URLSearchParams)(?:[ \t]*[=:][ \t]*|\([ \t]*)(\{|dict\()""")
_QUERY_MEMBER_WRITTEN = _Lazy(r"""(["']?)([\w.-]{1,100})\1[ \t]*[:=][ \t]*(["'`])((?:(?!\3)[^\\\n]|\\.)*)\3""")


def _query_argument_secrets(text: str) -> list[tuple[int, int]]:
    """The values a URL's query given as an object writes under a name the masking hides in a URL's query (`sig`,
    `api_key`, `access_token`, `code`: url_credential_spans), as it would hide them written in the URL."""
    found: list[tuple[int, int]] = []
    scanned = 0  # an argument is scanned once, however they nest
    for argument in _QUERY_ARGUMENT.finditer(text):
        if argument.start() < scanned or (argument.start() > 0 and _NAME_CHARACTER.match(text, argument.start() - 1)):
            continue  # (the name's start is looked at here: a pattern opening with a lookbehind is tried everywhere)
        _, closed = _list_values(text, argument.end() - 1, len(text))  # from its `{` or `dict(`
        scanned = len(text) if closed is None else closed
        end = min(scanned, argument.end() + _QUERY_ARGUMENT_LENGTH)
        found += [member.span(4) for member in _QUERY_MEMBER_WRITTEN.finditer(text, argument.end(), end)
                  if signs_in(member.group(2)) and member.end(4) > member.start(4)
                  and not only_holes(member.group(4))]
    return found


_NAME_CHARACTER = re.compile(r"[\w-]")
#: How far into a query object its members are looked for (a hostile file's one: bounded work).
_QUERY_ARGUMENT_LENGTH = 1 << 14


def _cookies_set(text: str) -> list[tuple[int, int]]:
    """The values of cookies set one at a time (`cookies.set('sid', '…')`, `cookies['sid'] = '…'`)."""
    found = []
    line_end = -1
    unclosed: dict[str, int] = {}  # a quote with no closing one before this line's end: none after either
    for cookie in _COOKIE_SET.finditer(text):
        quote = text[cookie.end():cookie.end() + 1]
        if quote not in ("'", '"'):
            continue
        if cookie.end() > line_end:  # found from the last line's end on: a long line is passed over once
            line_end = text.find("\n", cookie.end())
            line_end = len(text) if line_end < 0 else line_end
        if unclosed.get(quote) == line_end:
            continue
        value = _quoted(text, cookie.end(), line_end)
        if value is None:
            unclosed[quote] = line_end
        elif value[1] > value[0]:
            found.append(value)
    return found


#: A command's long option and the start of its value (`--clientsecret …`, `--access-token=…`, `--password "…"`): its
#: name group 1. A value starting with `-` is the next option (the option took none).
_LONG_OPTION = _Lazy(r"(?<![\w-])--([A-Za-z][\w-]{0,63})(?:=|[ \t]+)(?=[^\s-])")
#: An option whose name holds a secret word but whose value names where the secret is (`--password-file`,
#: `--token-env`), or that takes none (`--password-stdin`).
_OPTION_NAMING_A_PLACE = _Lazy(r"[-_](?:file|path|dir|stdin|env|var|command|cmd|name|id|type|url|endpoint)$")


def secret_option_values(text: str) -> list[tuple[int, int]]:
    """The values of command-line options named for a credential, in any command: the Genesys Cloud CLI's
    `--clientsecret …` and `--accesstoken …`, and any `--client-secret=…`, `--password "…"`, `--api-key …`; not an
    option's naming where the secret is kept (`--password-file`, `--token-env`), nor a template's hole (`"$SECRET"`)."""
    found = []
    scanned = 0
    for option in line_matches(_LONG_OPTION, text, ("--",)):
        name = option.group(1)
        if option.start() < scanned or not secret_name(name) or _OPTION_NAMING_A_PLACE.search(name.lower()):
            continue
        value = _argument(text, option.end())
        if value is None or value[1] <= value[0]:
            continue
        scanned = value[1]
        written = text[value[0]:value[1]]
        if not only_holes(written) and not written.startswith(("$(", "`")):  # (a command's output: `"$(cat t)"`)
            found.append(value)
    return found


def _user_passwords(text: str) -> list[tuple[int, int]]:
    """The password of curl's `-u user:password` (a basic credential) and `-U`/`--proxy-user`'s (the proxy's), whatever
    its words: only a hole is no secret."""
    found = []
    for start, end in _option_arguments(text, _CURL_USER):
        if (colon := text.find(":", start, end)) >= 0 and not only_holes(text[colon + 1:end]):
            found.append((colon + 1, end))
    return found


def _option_arguments(text: str, option: _Lazy[str]) -> Iterator[tuple[int, int]]:
    """Each argument of a command-line option (`-b …`, `-u …`), none scanned twice: an option inside the last
    argument is part of it."""
    scanned = 0
    for match in option.finditer(text):
        if match.start() < scanned:
            continue
        value = _argument(text, match.end())
        scanned = match.end() if value is None else value[1]
        if value is not None:
            yield value


def _header_values(text: str, words: Words) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    scanned = 0  # each value is scanned once: linear in the text, however often a name repeats
    line_start, line_end, indent_end = 0, -1, 0
    # In ASCII text the lower-case pattern finds in the lowered text what a case-blind one finds, at the same offsets.
    headers = line_matches(_HEADER, words.lowered, _HEADER_WORDS) if words.ascii else _HEADER_ANY_CASE.finditer(text)
    for header in headers:
        if header.start() < scanned:
            continue
        closing, separator, value_at = header.group(1), header.group(2), header.end()
        if line_end < value_at:
            line_start = text.rfind("\n", max(line_end, 0), header.start()) + 1
            line_end = text.find("\n", value_at)
            line_end = len(text) if line_end < 0 else line_end
            indent = _INDENT.match(text, line_start)
            indent_end = indent.end() if indent is not None else line_start
        before = text[header.start() - 1] if header.start() > line_start else ""
        if value_at < line_end and text[value_at] in "\"'`":  # `Cookie: '…'`, `"X-Api-Key" = "…"`, `("Cookie", "…")`
            if separator == "," and not closing:
                continue
            value = _quoted(text, value_at, line_end)
            if value is None or _MEMBER_NAME.match(text, value[1] + 1):  # (`"Cookie", "value":` names a member)
                continue
        elif separator != ":" or closing:
            continue
        elif before in ("'", '"'):  # a header line inside a string: `-H 'Cookie: sid=…'`
            close = text.find(before, value_at, line_end)
            if close > value_at and text[close - 1] == "\\":  # (`\"` in a JSON string: the escape is the quote's)
                close -= 1
            value = (value_at, line_end if close < 0 else close)
        elif indent_end >= header.start():  # a header line of its own: `Cookie: sid=…; lang=en`
            value = (value_at, value_at + len(text[value_at:line_end].rstrip()))
        elif not text[header.end() - 1].isspace() and (word := _UNQUOTED.match(text, value_at)) is not None:
            value = word.span()  # `Cookie:sid=…` (HTTPie)
        else:
            continue
        if value[1] > value[0] and header.group().startswith(("authorization", "proxy-authorization")):
            value = _authorization(text, value)
        if value is not None and value[1] > value[0] and not only_references(text[value[0]:value[1]]):  # (`Key: $KEY`)
            found.append(value)
            scanned = value[1]
    return found


def _authorization(text: str, value: tuple[int, int]) -> tuple[int, int] | None:
    """An Authorization value's credentials (`Token abc` → `abc`): its scheme word shown; None when nothing after it
    is written there (`Bearer ${TOKEN}`, `Bearer ` + token)."""
    start, end = value
    scheme = _SCHEME.match(text, start, end)
    if scheme is not None:
        start = scheme.end()
    elif _SCHEME_ONLY.fullmatch(text, start, end):
        return None
    return None if only_holes(text[start:end]) else (start, end)


_SCHEME_ONLY = _Lazy(r"(?i)(?:bearer|basic|token|oauth|digest)[ \t]*")


def _argument(text: str, start: int) -> tuple[int, int] | None:
    """A shell argument's value: a quoted string's contents or an unquoted word."""
    if text[start:start + 1] in ("'", '"'):
        quoted = _COOKIE_TOKEN.match(text, start)
        return (start + 1, quoted.end() - 1) if quoted is not None else None
    word = _UNQUOTED.match(text, start)
    return word.span() if word is not None else None


def _escaped_quoted(text: str, start: int, end: int, quote: str) -> tuple[int, int] | None:
    """The contents of a string written escaped inside another (opened by `quote`, e.g. `\\"`, just before `start`),
    closing before `end`: at the quote escaped as its opening one is. With n backslashes opening it, a quote inside it
    escaped once more has more before it; n + 2(n+1)k backslashes close it (k of its own escaped backslashes)."""
    escapes, mark = len(quote) - 1, quote[-1]
    at = start
    while (close := text.find(mark, at, end)) >= 0:
        backslashes = 0
        while close - 1 - backslashes >= start and text[close - 1 - backslashes] == "\\":
            backslashes += 1
        if backslashes % (2 * (escapes + 1)) == escapes:
            return start, close - escapes
        at = close + 1
    return None


def _quoted(text: str, start: int, end: int, quote: str = "") -> tuple[int, int] | None:
    """The contents of the string literal opening at `text[start]` with `quote` (that character unless given: three
    quotes, a backtick) and closing before `end` (its line's end, or any later line's), if it does."""
    quote = quote or text[start]
    at = start + len(quote)
    while (close := text.find(quote, at, end)) >= 0:
        backslashes = 0
        while text[close - 1 - backslashes] == "\\":
            backslashes += 1
        if backslashes % 2 == 0:
            return start + len(quote), close
        at = close + 1
    return None
