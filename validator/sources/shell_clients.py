"""Launches sent by wget and by HTTPie (`http`, `https`) or xh (`xh`, `xhs`) commands, read from the words of the one
shell reader (curl.py, which calls this module for such a command and fills in what the script binds, as for curl).

wget: `--post-data`/`--body-data` give the body, `--post-file`/`--body-file` a file to read it from (read as curl's
`-d @file` is), `--method` the method (POST with a body option alone, else GET), `--header` the headers. It sends a
body as application/x-www-form-urlencoded unless a Content-Type header is given.

HTTPie and xh: `[METHOD] URL [ITEM …]`, options anywhere. The items build the body: `key=value` a string member,
`key:=json` a member of that JSON value, `key=@file`/`key:=@file` a member read from a file (unknown); `Name:value` a
header, `name==value` a query parameter. Items are serialized as a JSON object with Content-Type application/json
(the client's, unless a header says otherwise), or as a form with `-f`/`--form` or a file field (`field@file`). A key
with brackets (`a[b]=x`) is nested JSON in HTTPie 3 and a plain key before it: the member is not known, the object
open. The separator an item uses is the leftmost (the longest of those starting there), as HTTPie decides it; an item
with a backslash escape is not read (the object open). Without data items the body is what the command reads on its
stdin (a here-document, a here-string, a pipe: unknown) or `--raw`'s text. The method, when not written, is POST with
a body, else GET; a URL without a scheme gets the command's (`https://` for `https`/`xhs`), `:3000/x` is localhost's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from ..core.diagnostics import Path, Target
from ..core.printable import clipped, printable
from ..core.unknown import OpenObject, Unknown
from .embedded import embedded_body
from .gc_cli import Word
from .model import NO_BODY, EmbeddedJson, Header, LaunchRequest, Offsets, Text, run_time_text

#: The request kinds (LaunchRequest.kind) this module reads.
WGET = "wget"
HTTPIE = "httpie"
#: Each command's name, and the client it runs.
_CLIENTS = {"wget": WGET, "wget2": WGET, "http": HTTPIE, "https": HTTPIE, "xh": HTTPIE, "xhs": HTTPIE}
#: The HTTPie and xh commands whose URL without a scheme is sent over https.
_HTTPS_BY_DEFAULT = frozenset({"https", "xhs"})

#: wget's one-letter options that take an argument (`-O file`, `-Ofile`, `-qO-`).
_WGET_SHORT = frozenset("oaeiBtOTwQPUlARDIX")
#: wget's long options that take an argument (also written `--name=value`).
_WGET_LONG = frozenset({
    "output-file", "append-output", "execute", "input-file", "base", "config", "rejected-log", "tries", "output-document",
    "backups", "timeout", "dns-timeout", "connect-timeout", "read-timeout", "limit-rate", "wait", "waitretry",
    "bind-address", "bind-dns-address", "dns-servers", "quota", "user", "password", "use-askpass", "local-encoding",
    "remote-encoding", "directory-prefix", "cut-dirs", "default-page", "http-user", "http-password", "header",
    "compression", "max-redirect", "proxy-user", "proxy-password", "referer", "save-cookies", "load-cookies",
    "user-agent", "post-data", "post-file", "method", "body-data", "body-file", "secure-protocol", "certificate",
    "certificate-type", "private-key", "private-key-type", "ca-certificate", "ca-directory", "crl-file", "pinnedpubkey",
    "random-file", "egd-file", "ciphers", "ftp-user", "ftp-password", "level", "accept", "reject", "accept-regex",
    "reject-regex", "regex-type", "domains", "exclude-domains", "follow-tags", "ignore-tags", "include-directories",
    "exclude-directories", "restrict-file-names", "prefer-family", "report-speed", "progress", "hsts-file",
    "warc-file", "warc-header", "warc-max-size", "warc-dedup", "warc-tempdir", "retry-on-http-error",
})
#: HTTPie's and xh's one-letter options that take an argument.
_HTTPIE_SHORT = frozenset("aAopPs")
#: HTTPie's and xh's long options that take an argument (also written `--name=value`).
_HTTPIE_LONG = frozenset({
    "auth", "auth-type", "session", "session-read-only", "output", "print", "history-print", "pretty", "style",
    "format-options", "response-charset", "response-mime", "proxy", "verify", "cert", "cert-key", "cert-key-pass", "ssl",
    "ciphers", "timeout", "max-redirects", "max-headers", "default-scheme", "boundary", "raw", "bearer", "http-version",
    "resolve", "interface", "unix-socket", "ignore-netrc",
})
#: HTTPie's item separators, longest first (of those starting at one place, the longest is the item's).
_SEPARATORS = (":=@", "==@", "=@", ":@", ":=", "==", "=", "@", ":", ";")
_METHOD = re.compile(r"[A-Za-z]+")
#: The JSON members a raw JSON item's value is looked into for where each is written, at most (hostile input: bounded).
_MEMBERS_LOCATED = 10_000


def client(words: Sequence[Word]) -> str | None:
    """The client a command's words run (WGET, HTTPIE), or None."""
    return _CLIENTS.get(words[0].text.rsplit("/", 1)[-1]) if words else None


#: What a body option's word is, as the script binds it: `"$BODY"` the value assigned, `"$(cat <<EOF …)"` the document.
Bound = Callable[[Word], Word]
#: The URL a word sends to, each expansion in it read as the script binds it (curl.py's, as for curl's URL).
UrlOf = Callable[[Word], Text]


def wget(words: Sequence[Word], bound: Bound, url_of: UrlOf = lambda word: word.as_text()) -> LaunchRequest | None:
    """The request a wget command sends (None when it names no URL)."""
    url: Word | None = None
    method: Word | None = None
    headers: list[Header] = []
    body: tuple[str, Word] | None = None
    i = 1
    while i < len(words):
        word = words[i]
        text = word.text
        if text == "--":
            url = url or (words[i + 1] if i + 1 < len(words) else None)
            break
        if text.startswith("--"):
            name, equals, _ = text[2:].partition("=")
            argument: Word | None = word.tail(len(name) + 3) if equals else words[i + 1] if i + 1 < len(words) else None
            i += 1 if equals or name not in _WGET_LONG else 2
            if argument is None or name not in _WGET_LONG:
                continue
            if name == "method":
                method = argument
            elif name == "header":
                header = _header(argument, ":")
                if header is not None:
                    headers.append(header)
            elif name in ("post-data", "body-data", "post-file", "body-file"):
                body = (name, argument)
            continue
        if text.startswith("-") and len(text) > 1:
            i += 1
            for at, letter in enumerate(text[1:], 1):
                if letter in _WGET_SHORT:
                    if at + 1 == len(text):
                        i += 1  # (its argument is the next word)
                    break
            continue
        url = url or word
        i += 1
    if url is None:
        return None
    request = LaunchRequest(WGET, (words[0].start, words[-1].end), url_of(url), "GET", headers=headers, sends="text")
    if method is not None:
        written = method.as_text().value
        request.method = written.upper() if written is not None else Unknown(method.text)
        request.method_span = (method.start, method.end)
    elif body is not None:
        request.method = "POST"
    if body is None:
        request.bodiless = True
        return request
    option, value = body
    request.body_option = f"--{option}"
    if option.endswith("-file"):
        if value.text and all(isinstance(part, str) for part in value.parts) and value.text != "-":
            request.body_file = (value.text, {})  # read where it is in the checked tree (extract), as curl's `-d @file`
        request.body = Unknown("@" + value.as_text().shown())
        request.body_span = (value.start, value.where[-1] + 1 if value.where else value.end)  # (not a closing quote)
        return request
    _text_body(request, bound(value))
    return request


def httpie(words: Sequence[Word], stdin: Word | None, piped: bool, bound: Bound,
           url_of: UrlOf = lambda word: word.as_text()) -> LaunchRequest | None:
    """The request an HTTPie or xh command sends (None when it names no URL, or only prints it: `--offline`); `stdin`:
    the document it reads there, `piped`: whether a pipe gives it its stdin."""
    command = words[0].text.rsplit("/", 1)[-1]
    scheme = "https://" if command in _HTTPS_BY_DEFAULT else "http://"
    positional: list[Word] = []
    form = ignore_stdin = False
    raw: Word | None = None
    auth_type = "basic"
    auth: Word | None = None
    bearer: Word | None = None
    redirected: Word | None = None  # the file its stdin is redirected from (`< body.json`)
    i = 1
    while i < len(words):
        word = words[i]
        text = word.text
        if text == "--":
            positional.extend(words[i + 1:])
            break
        if text == "<" and i + 1 < len(words):
            redirected = words[i + 1]
            i += 2
            continue
        if text.startswith("<") and not text.startswith(("<<", "<(", "<&")) and len(text) > 1:
            redirected = word.tail(1)
            i += 1
            continue
        if text.startswith("--"):
            name, equals, _ = text[2:].partition("=")
            argument = word.tail(len(name) + 3) if equals else words[i + 1] if i + 1 < len(words) else None
            i += 1 if equals or name not in _HTTPIE_LONG else 2
            if name == "offline":
                return None  # (built and printed, never sent)
            form = form or name in ("form", "multipart")
            ignore_stdin = ignore_stdin or name == "ignore-stdin"
            if argument is None or name not in _HTTPIE_LONG:
                continue
            if name == "raw":
                raw = argument
            elif name == "auth-type":
                auth_type = argument.text.lower()
            elif name == "auth":
                auth = argument
            elif name == "bearer":
                bearer = argument
            elif name == "default-scheme" and argument.text:
                scheme = argument.text + "://"
            continue
        if text.startswith("-") and len(text) > 1:
            i += 1
            for at, letter in enumerate(text[1:], 1):
                form = form or letter == "f"
                ignore_stdin = ignore_stdin or letter == "I"
                if letter in _HTTPIE_SHORT:
                    argument = word.tail(at + 1) if at + 1 < len(text) else words[i] if i < len(words) else None
                    i += at + 1 == len(text)
                    if argument is not None and letter == "A":
                        auth_type = argument.text.lower()
                    elif argument is not None and letter == "a":
                        auth = argument
                    break
            continue
        positional.append(word)
        i += 1
    if not positional:
        return None
    method_word: Word | None = None
    if len(positional) > 1 and _METHOD.fullmatch(positional[0].text):
        method_word, positional = positional[0], positional[1:]
    url_word, items = positional[0], positional[1:]
    request = LaunchRequest(HTTPIE, (words[0].start, words[-1].end), _url(url_of(url_word), scheme), "GET", sends="json")
    headers: list[Header] = []
    body = _Items()
    for item in items:
        body.read(item, headers)
    if bearer is not None or (auth is not None and auth_type == "bearer"):
        token = bearer or auth
        assert token is not None
        value = token.as_text()
        headers.append(Header("Authorization", Text(("Bearer ", *value.parts), value.span), value.span))
    request.headers = headers
    data = body.members or body.open or body.files
    if method_word is not None:
        request.method = method_word.text.upper()
        request.method_span = (method_word.start, method_word.end)
    elif data or raw is not None or (not ignore_stdin and (stdin is not None or piped or redirected is not None)):
        request.method = "POST"
    if form or body.files:
        request.sends = "form"
        request.body_option = "--form" if form else "a file field (`name@file`)"
        request.body = OpenObject(body.members) if body.open else body.members
        request.body_span = (items[0].start, items[-1].end) if items else None
        return request
    if data:
        request.body = OpenObject(body.members) if body.open else dict(body.members)
        request.body_locator = body
        request.body_span = (items[0].start, items[-1].end)
        request.findings.extend(body.findings)
        if body.unread is not None:
            request.members_unread = (*body.unread, "write the member as raw JSON (`inputData:='{\"Flow.x\": 1}'`), "
                                      "or check the body as a payload file")
        return request
    given = raw if raw is not None else stdin if not ignore_stdin else None
    if not any(header.name.lower() == "content-type" for header in headers):
        headers.append(Header("Content-Type", Unknown("HTTPie's default")))  # (for a body not built from items)
    request.sends = "text"
    if redirected is not None and raw is None and not ignore_stdin:
        # (its stdin is the file: read where it is in the checked tree (extract), as curl's `-d @file` is)
        request.body_option = "stdin"
        request.body = Unknown("<" + redirected.as_text().shown())
        request.body_span = (redirected.start, redirected.end)
        if redirected.text and all(isinstance(part, str) for part in redirected.parts) and redirected.text != "-":
            request.body_file = (redirected.text, {})
    elif given is not None:
        request.body_option = "--raw" if raw is not None else "stdin"
        _text_body(request, bound(given))
    elif piped and not ignore_stdin:
        request.body = Unknown("the body piped to it")
    else:
        request.bodiless = True
    return request


def _url(text: Text, scheme: str) -> Text:
    """The URL an HTTPie or xh command sends to: its scheme's when none is written, `:3000/x` localhost's."""
    first = text.parts[0] if text.parts else ""
    if not isinstance(first, str) or "://" in first:
        return text
    added = scheme + "localhost" if first.startswith(":") else scheme
    return Text((added + first, *text.parts[1:]), text.span)


def _header(word: Word, separator: str) -> Header | None:
    """A header written `Name: value` (wget's `--header`, an HTTPie item), the value from its first non-blank on."""
    name, found, _ = word.text.partition(separator)
    if not found or not name.strip() or "{{$" in name:
        return None
    offset = len(name) + len(separator)
    while offset < len(word.text) and word.text[offset] == " ":
        offset += 1
    return Header(name.strip(), word.tail(offset).as_text(), (word.start, word.end))


def _text_body(request: LaunchRequest, body: Word) -> None:
    """A body sent as the word's text: JSON read where each character is written; an expansion alone unknown."""
    request.body_span = (body.start, body.end)
    if len(body.parts) == 1 and isinstance(body.parts[0], Unknown):
        request.body = Unknown(body.parts[0].source)
        return
    where = body.where[:]
    where.add(body.end)
    embedded_body(request, body.text, where, {})
    if request.body is NO_BODY and not request.findings:
        request.body = Unknown(body.as_text().shown())


class _Items:
    """The JSON object an HTTPie command's data items build, and where each member is written (a body locator: a
    member inside a raw JSON item's value is located in that JSON)."""

    def __init__(self) -> None:
        self.members: dict[str, Any] = {}
        self.open = False  # an item not read may add members
        self.files = False  # a file field (`field@file`): sent as a multipart form
        self.spans: dict[str, tuple[Offsets, Offsets, EmbeddedJson | None]] = {}
        self.findings: list[Any] = []
        #: The first item whose members are not read (a nested item, a member read from a file): where it is, and why.
        self.unread: tuple[Offsets, str] | None = None

    def read(self, item: Word, headers: list[Header]) -> None:
        text = item.text
        if "\\" in text:
            self.open = True  # (an escaped separator: not read)
            if self.unread is None and _separator(text) is not None:
                self.unread = ((item.start, item.end), f"HTTPie reads the item `{_shown(item)}` through escapes "
                               "flowlint does not read")
            return
        found = _separator(text)
        if found is None:
            self.open = True
            return
        at, separator = found
        key = text[:at]
        if separator in (":", ";", ":@"):
            if separator == ":@":
                headers.append(Header(key.strip(), Unknown(text), (item.start, item.end)))
                return
            header = _header(item, separator)
            if header is None:
                return
            if separator == ":" and isinstance(header.value, Text) and header.value.value == "":
                headers[:] = [h for h in headers if h.name.lower() != header.name.lower()]  # (`Name:` unsets it)
                return
            headers.append(header)
            return
        if separator in ("==", "==@"):
            return  # a query parameter
        if separator == "@":
            self.files = True
            return
        if not key or "{{$" in key or "[" in key or "]" in key:
            self.open = True  # (a key not known, or nested JSON's brackets: HTTPie 3's nesting, a plain key before)
            if "[" in key and self.unread is None:
                self.unread = ((item.start, item.end), f"HTTPie builds members from the nested item `{_shown(item)}`, "
                               "which flowlint does not read")
            return
        start = at + len(separator)
        key_at = (item.where[0], item.where[at - 1] + 1) if at else (item.start, item.start)
        value_word = item.tail(start)
        value_at = (value_word.start, value_word.end)
        inner: EmbeddedJson | None = None
        if separator in ("=@", ":=@"):
            value: Any = Unknown(item.as_text().shown())  # read from a file
            if self.unread is None:
                self.unread = ((item.start, item.end), f"HTTPie reads the member `{clipped(key, 40)}` of the item "
                               f"`{_shown(item)}` from a file, which flowlint does not read")
        elif separator == "=":
            written = value_word.as_text()
            value = written.value if written.value is not None else run_time_text((key,), written.shown())
        else:  # `:=`, a raw JSON value
            read = LaunchRequest(HTTPIE, value_at, body_span=value_at)
            if len(value_word.parts) == 1 and isinstance(value_word.parts[0], Unknown):
                value = Unknown(value_word.parts[0].source)
            else:
                where = value_word.where[:]
                where.add(value_word.end)
                embedded_body(read, value_word.text, where, {})
                self.findings.extend(read.findings)
                value = read.body if read.body is not NO_BODY else Unknown(value_word.as_text().shown())
                inner = read.body_locator if isinstance(read.body_locator, EmbeddedJson) else None
        self.members[key] = value
        self.spans[key] = (key_at, value_at, inner)

    def offsets(self, path: Path, target: Target) -> Offsets | None:
        if not path or not isinstance(path[0], str) or path[0] not in self.spans:
            return None
        key_at, value_at, inner = self.spans[path[0]]
        if len(path) == 1:
            return key_at if target is Target.KEY else value_at
        found = inner.offsets(path[1:], target) if inner is not None else None
        return found if found is not None else value_at


def _shown(item: Word) -> str:
    """An HTTPie item as a note quotes it (its expansions as written, clipped, printable)."""
    return printable(clipped(item.as_text().shown(), 60))


def _separator(text: str) -> tuple[int, str] | None:
    """Where an HTTPie item's separator is, and which: the leftmost, the longest of those starting there."""
    best: tuple[int, str] | None = None
    for separator in _SEPARATORS:
        at = text.find(separator)
        if at >= 0 and (best is None or at < best[0] or (at == best[0] and len(separator) > len(best[1]))):
            best = (at, separator)
    return best
