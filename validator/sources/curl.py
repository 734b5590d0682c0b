"""Launch requests written as curl commands: in shell scripts, and in Markdown fenced blocks
(sh, bash, shell, console, zsh).

A small shell word reader (quotes, ANSI-C `$'…'` quotes, backslash continuations, expansions,
comments, here-documents), never a regex over the command: each word keeps the file offset of every
character, so a body given with -d, or on stdin by a here-document (`-d @- <<'JSON'`), is located exactly.
An expansion (`$VAR`, `${…}` in every form, `$(…)`, `$((…))`, backticks; in a here-document only when its
delimiter is unquoted) is an unknown value: a whole JSON value, or the unknown string it is part of.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

from ..core.credentials import secret_name
from ..core.derived import derived_at
from ..core.unknown import Assigned, Computed, Outside, Unknown
from . import gc_cli, shell_clients
from .brackets import bracket_end
from .embedded import embedded_body
from .fences import Runs
from .model import (
    MAX_SHELL_WORDS,
    NO_BODY,
    Header,
    LaunchRequest,
    Offsets,
    Text,
    is_secret_name,
    literal_secret,
    written_password,
)
from .sign_in import BASIC_SAID, FORM_SECRETS, SECRETS_ANYWHERE, basic_secret, form_members, form_secrets, to_genesys_token

_DATA = frozenset({"-d", "--data", "--data-raw", "--data-binary", "--data-ascii"})
_FORM = frozenset({"-F", "--form", "--form-string", "--data-urlencode"})
#: Options that take an argument (so it is not read as the URL).
_WITH_ARGUMENT = frozenset({
    "-o", "--output", "-u", "--user", "-A", "--user-agent", "-e", "--referer", "-b", "--cookie", "-c", "--cookie-jar",
    "-m", "--max-time", "--connect-timeout", "-w", "--write-out", "--retry", "-x", "--proxy", "--cacert", "--cert",
    "--key", "-K", "--config", "-T", "--upload-file", "--resolve", "--limit-rate", "-r", "--range", "-E", "--noproxy",
    "--retry-delay", "--retry-max-time", "-z", "--time-cond", "-Y", "--speed-limit", "-y", "--speed-time", "--interface",
    "--connect-to", "--max-redirs", "--proto", "--capath", "-D", "--dump-header", "--trace", "--trace-ascii",
    # what signs in, a proxy and TLS take theirs too: a launch after `-U user:pw` was not read, its URL taken for one
    "-U", "--proxy-user", "--oauth2-bearer", "--pass", "--proxy-pass", "--proxy-header", "--proxy-cert", "--proxy-key",
    "--proxy-cacert", "--proxy-capath", "--proxy-cert-type", "--proxy-key-type", "--cert-type", "--key-type",
    "--aws-sigv4", "--login-options", "--netrc-file", "--tlsuser", "--tlspassword", "--proxy-tlsuser",
    "--proxy-tlspassword", "--tlsauthtype", "--proxy-tlsauthtype", "--delegation", "--sasl-authzid", "--service-name",
    "--proxy-service-name", "--socks4", "--socks4a", "--socks5", "--socks5-hostname", "--socks5-gssapi-service",
    "--preproxy", "--unix-socket", "--abstract-unix-socket", "--pinnedpubkey", "--proxy-pinnedpubkey", "--ciphers",
    "--proxy-ciphers", "--tls13-ciphers", "--proxy-tls13-ciphers", "--curves", "--tls-max", "--crlfile",
    "--proxy-crlfile", "--engine", "--hostpubmd5", "--hostpubsha256", "--pubkey", "--doh-url", "--dns-servers",
    "--local-port", "--haproxy-clientip", "--request-target", "--url-query", "--output-dir",
    "--max-filesize", "--keepalive-time", "--expect100-timeout", "-C", "--continue-at", "--variable", "--stderr",
})
#: An expansion that is several words even in double quotes: the arguments' (`$@`, `${@}`), an array's (`${A[@]}`,
#: `${A[@]:1}`, `${!A[@]}`).
_ARGUMENTS = re.compile(r"\$@|\$\{!?(?:@|[A-Za-z_]\w*\[@\])[^}]*\}")
#: The call's arguments, all of them, each one word (`"$@"`, `"${@}"`): what a function wrapping curl is given.
_CALL_ARGUMENTS = re.compile(r"\$@|\$\{@\}")
_SIMPLE_EXPANSION = re.compile(r"\$([A-Za-z_]\w*|[0-9@*#?$!-])")
_MAX_NESTING = 8  # command substitutions inside command substitutions read for commands (a bound for hostile input)
_NAME = re.compile(r"[A-Za-z_]\w*|[0-9@*#?$!-]")
_ANSI_C = {"a": "\a", "b": "\b", "e": "\x1b", "E": "\x1b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v",
           "\\": "\\", "'": "'", '"': '"', "?": "?"}


def expansion_end(text: str, i: int) -> int | None:
    """The end of the expansion starting at `text[i]` (`$` or a backtick), or None when none starts there.

    `${…}` and `$(…)` nest (`${A:-${B}}`, `$(f "$(g)")`); quotes inside them are skipped whole.
    """
    if text[i] == "`":
        close = text.find("`", i + 1)
        return len(text) if close < 0 else close + 1
    if text.startswith(("${", "$("), i):
        opening = text[i + 1]
        # Quotes are skipped in `$(…)` only: in `"${A:-it's}"` the apostrophe is a character, not a quote.
        return bracket_end(text, i + 1, opening, "}" if opening == "{" else ")", quotes="'\"" if opening == "(" else "",
                           escapes=True)
    match = _SIMPLE_EXPANSION.match(text, i)
    return match.end() if match else None


#: How far on an arithmetic command's closing `))` is looked for (bounded work on hostile input).
_ARITHMETIC_LENGTH = 2000
#: The reserved words after which a command starts (where `((` opens an arithmetic command, not two subshells).
_ARITHMETIC_AFTER = frozenset({"for", "if", "elif", "while", "until", "then", "else", "do", "!", "time"})


def arithmetic_command_end(text: str, i: int) -> tuple[int | None, int]:
    """The end of the arithmetic command `(( … ))` (or a `for ((…; …; …))` header) opening at `text[i]`, or None when
    none opens there or it does not close within _ARITHMETIC_LENGTH; and where the scan stopped (a caller looks for the
    next one past it only: each character scanned once). Inside it `<<` is a shift, never a here-document
    (`(( M = N << 1 ))`), and `<` a comparison."""
    if not text.startswith("((", i):
        return None, i
    depth = 0
    stop = min(len(text), i + _ARITHMETIC_LENGTH)
    for at in range(i, stop):
        char = text[at]
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:  # (`((a) (b))` is two subshells, not arithmetic)
                return (at + 1 if text[at - 1] == ")" else None), at + 1
    return None, stop


def ansi_c(text: str, i: int) -> tuple[list[tuple[str, int]], int]:
    """The characters of the ANSI-C quoted string `$'…'` starting at `text[i]` (its `$`), each with its offset
    in `text`, decoded as bash does; and the index after the closing quote."""
    out: list[tuple[str, int]] = []
    j = i + 2
    while j < len(text) and text[j] != "'":
        if text[j] != "\\" or j + 1 >= len(text):
            out.append((text[j], j))
            j += 1
            continue
        escape = text[j + 1]
        digits = {"x": (16, 2), "u": (16, 4), "U": (16, 8)}.get(escape)
        if escape in _ANSI_C:
            out.append((_ANSI_C[escape], j))
            j += 2
        elif digits is not None or escape in "01234567":
            base, most = digits or (8, 3)
            start = j + 1 if digits is None else j + 2
            end = start
            allowed = "01234567" if base == 8 else "0123456789abcdefABCDEF"
            while end < len(text) and end - start < most and text[end] in allowed:
                end += 1
            if end == start:
                out.append(("\\", j))
                j += 1
                continue
            code = int(text[start:end], base)
            out.append((chr(code) if code < 0x110000 else "\ufffd", j))
            j = end
        elif escape == "c" and j + 2 < len(text):
            out.append((chr(ord(text[j + 2]) & 0x1F), j))
            j += 3
        else:
            out.append(("\\", j))
            j += 1
    return out, j + 1


class Word:
    """A shell word: its text (expansions as `{{$NAME}}` holes, free of braces and quotes), each character's file
    offset, and its span. The offsets are kept as runs (fences.Runs) and the text as the pieces it was added in,
    joined once when read: a list of one string and one int a character costs ~50 bytes a character of the script."""

    __slots__ = ("_count", "_first", "_pieces", "_run_piece", "_text", "_where", "array", "elements", "end", "parts", "spread",
                 "start")

    def __init__(self) -> None:
        self._pieces: list[str] = []  # the text as added
        self._text: str | None = ""  # the pieces joined (None: not since the last was added)
        #: Each character's offset: None while they are one run of `_count` file characters from `_first` (most words:
        #: a Runs and its two lists cost ~260 bytes a word, a script's every word held at once), made when first asked.
        self._where: Runs | None = None
        self._first = -1
        self._count = 0
        self.parts: list[str | Unknown] = []
        self.start = -1
        self.end = -1
        self._run_piece = -1  # the piece where the literal text being added began (-1: none open)
        #: Whether an expansion in it may make it several words or none: one unquoted (`$CURL_OPTS`, split by the
        #: shell), or an array's or the arguments' in quotes (`"${HEADERS[@]}"`, `"$@"`).
        self.spread = False
        #: The array whose elements a double-quoted `"${NAME[@]}"` in it expands to (each one word, as written).
        self.array: str | None = None
        #: An array assignment's elements, as words (`args=(-H "…" -d '{…}')`: this word is `args=`); None for a word
        #: that is none (or one whose closing `)` is not written).
        self.elements: list[Word] | None = None

    @property
    def where(self) -> Runs:
        """The file offset of each character of `text`."""
        if self._where is None:
            self._where = Runs()
            self._where.add(self._first, self._count)
        return self._where

    @where.setter
    def where(self, runs: Runs) -> None:
        self._where = runs

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = "".join(self._pieces)
            if self._run_piece < 0:
                self._pieces = [self._text]  # (kept once)
        return self._text

    def add(self, text: str, offset: int, *, known: bool = True) -> None:
        if self.start < 0:
            self.start = offset
        self._text = None
        if known:
            if self._run_piece < 0:  # literal text is joined once it ends: `+=` on a long word is quadratic
                self._run_piece = len(self._pieces)
                self.parts.append("")
            self._pieces.append(text)
            if self._where is not None:
                self._where.add(offset, len(text))
            elif not self._count or offset == self._first + self._count:  # (still one run)
                self._first = offset if not self._count else self._first
                self._count += len(text)
            else:
                self.where.add(offset, len(text))
        else:
            self._close_run()
            hole = _hole(text)
            self._pieces.append(hole)
            self.where.add_at(offset, len(hole))  # each of its characters where the expansion starts
            self.parts.append(Unknown(text))

    def _close_run(self) -> None:
        """The literal text added since the last hole, as one part."""
        if self._run_piece >= 0:
            self.parts[-1] = "".join(self._pieces[self._run_piece:])
            self._run_piece = -1

    def expansions(self) -> Iterator[tuple[int, Unknown]]:
        """Each expansion in the word (`${NAME:-default}`, `$(…)`), with the offset where its source is written whole
        (in the text the word was read from: its source is that text's slice from there)."""
        self._close_run()
        index = 0
        for part in self.parts:
            if isinstance(part, Unknown):
                yield self.where[index], part
                index += len(_hole(part.source))
            else:
                index += len(part)

    def characters(self) -> Iterator[tuple[str | Unknown, int]]:
        """Each character of the word's literal text, and each expansion in it whole, with where it is written."""
        self._close_run()
        index = 0
        for part in self.parts:
            if isinstance(part, Unknown):
                yield part, self.where[index]
                index += len(_hole(part.source))
            else:
                for offset, char in enumerate(part):
                    yield char, self.where[index + offset]
                index += len(part)

    def as_text(self) -> Text:
        self._close_run()
        return Text(tuple(self.parts), (self.start, self.end))

    def tail(self, start: int) -> Word:
        """The word from its `start`-th character on (the value of -XPOST, of a header after its colon)."""
        tail = Word()
        tail.start = self.where[start] if start < len(self.where) else self.end
        tail.end = self.end
        known = self.text[start:]
        tail._text = known
        tail._pieces = [known]
        tail.where = self.where[start:]
        tail.parts = [known] if "{{$" not in known else self._parts_from(start) or _parts(known)
        return tail

    def _parts_from(self, start: int) -> list[str | Unknown]:
        """The word's parts from its `start`-th character on, each expansion as it was (its source kept: `$(cat <<EOF
        …)`); [] when `start` is inside an expansion's hole."""
        self._close_run()
        parts: list[str | Unknown] = []
        index = 0
        for part in self.parts:
            length = len(part) if isinstance(part, str) else len(_hole(part.source))
            if index + length > start:
                if isinstance(part, str):
                    parts.append(part[max(0, start - index):])
                elif index < start:
                    return []
                else:
                    parts.append(part)
            index += length
        return parts


def _hole(expansion: str) -> str:
    """How a word's text holds an expansion: `{{$NAME}}`, naming the variable only (braces or quotes of `${A:-x}`,
    `$(f "y")` must not break the JSON around it)."""
    name = _NAME.search(expansion.lstrip("$`{(#!"))
    return "{{$" + (name.group() if name else "…") + "}}"


class Command(list[Word]):
    """A simple command's words, what a here-document or here-string gives its stdin (`<<'JSON'`, `<<<`), and all
    its here-documents (`<<A <<B`: the last is stdin)."""

    __slots__ = ("after", "ended_by", "here_documents", "shell", "stdin", "substituted")  # (a script's every command held)

    def __init__(self) -> None:
        super().__init__()
        self.stdin: Word | None = None
        self.here_documents: list[Word] | tuple[()] = ()  # (a list once one is written)
        #: The shell it runs in (a script's own; `$(…)`'s are its script's, a script given to `bash <<EOF` has its own).
        self.shell: object = None
        #: Whether it runs in a command substitution (`$(…)`, backticks): what it assigns is gone after.
        self.substituted = False
        #: The separators before and after it (`\n`, `;`, `&`, `|`; "" at the script's start or end).
        self.after = ""
        self.ended_by = ""


def _written_out(words: Command) -> Word | None:
    """The one word a command writes to the next in a pipe, as written: `echo WORD` (or `echo -n WORD`: the newline
    echo adds is no part of a JSON body), `printf '%s' WORD` (or `'%s\\n'`); None for any other command (options that
    change the text, several words joined, a format of other holes)."""
    name = words[0].text.rsplit("/", 1)[-1] if words else ""
    arguments = words[1:]
    dropped = (name == "echo" and arguments and arguments[0].text == "-n") or (
        name == "printf" and len(arguments) == 2 and arguments[0].text in ("%s", "%s\\n"))
    if dropped:
        arguments = arguments[1:]  # (the option or the format: what is written is the word after it)
    elif name != "echo":
        return None
    return arguments[0] if len(arguments) == 1 and not arguments[0].text.startswith("-") else None


_HEREDOC = re.compile(r"<<-?[ \t]*")
#: An array assignment's opening (`args=(`, `args+=(`).
_ARRAY_ASSIGNMENT = re.compile(r"[A-Za-z_]\w*\+?=\(")
#: A double-quoted expansion of all an array's elements, each one word: `"${NAME[@]}"`.
_ARRAY_ELEMENTS = re.compile(r"\$\{([A-Za-z_]\w*)\[@\]\}")
#: Runs of characters that are only themselves: unquoted, in double quotes, in an unquoted here-document's line (each
#: added to its word as one piece).
_PLAIN = re.compile(r"[^ \t\r\n;&|<\\'\"$`]+")
_ARRAY_PLAIN = re.compile(r"[^ \t\r\n;&|<\\'\"$`)]+")  # (in an array's elements: up to its closing `)`)
_QUOTED_PLAIN = re.compile(r'[^"\\$`]+')
_HEREDOC_PLAIN = re.compile(r"[^\\$`]+")
_DELIMITER = re.compile(r"""(?:'[^'\n]*'|"[^"\n]*"|\\.|[^\s;&|<>()])+""")


def _here_document(text: str, i: int, base: int, word: Word, delimiter: str, *, quoted: bool, strip: bool) -> int:
    """Read the here-document whose body starts at `text[i]` into `word`, up to its delimiter line; the index after
    that line. Quoted delimiter: every character is itself; else `$…`/backticks are unknown holes, as bash expands them."""
    word.start = base + i
    word.end = base + i
    n = len(text)
    while i < n:
        line_end = text.find("\n", i)
        line_end = n if line_end < 0 else line_end
        start = i
        if strip:
            while start < line_end and text[start] == "\t":
                start += 1
        if text[start:line_end].rstrip("\r") == delimiter:
            return line_end + 1
        j = start
        stop = min(line_end + 1, n)
        if quoted:
            word.add(text[j:stop], base + j)
            j = stop
        while j < stop:
            char = text[j]
            if char == "\\" and j + 1 < n and text[j + 1] in "$`\\\n":
                if text[j + 1] != "\n":
                    word.add(text[j + 1], base + j + 1)
                j += 2
            elif char in "$`" and (end := expansion_end(text, j)) is not None:
                word.add(text[j:end], base + j, known=False)
                j = end
            else:
                plain = _HEREDOC_PLAIN.match(text, j, stop)  # (added as one piece, not a character at a time)
                end = plain.end() if plain is not None else j + 1
                word.add(text[j:end], base + j)
                j = end
        word.end = base + min(j, n)
        i = j
    return n


_WORD_RUN = re.compile(r"\S+")


class TooManyWords(Exception):
    """The shell text read in one file (word_budget) has more than MAX_SHELL_WORDS words: none of it is read."""


#: What is left of the words the file being read may hold (word_budget); None: no file's budget (a caller's own text).
_WORDS_LEFT: ContextVar[list[int] | None] = ContextVar("flowlint_shell_words", default=None)


@contextmanager
def word_budget() -> Iterator[None]:
    """Read one file's shell text (a script, a CI file's steps, a Makefile's recipes, a document's shell blocks) within
    MAX_SHELL_WORDS words in all: `commands` raises TooManyWords, before it reads a text that would go past it."""
    token = _WORDS_LEFT.set([MAX_SHELL_WORDS])
    try:
        yield
    finally:
        _WORDS_LEFT.reset(token)


def in_word_budget() -> bool:
    """Whether a file's shell text is being read within its budget (word_budget): a document's block is within the
    document's."""
    return _WORDS_LEFT.get() is not None


def _spend_words(text: str) -> None:
    """Count a text's words against the file's budget (word_budget), or raise TooManyWords: a text too short to hold
    more than is left (a word and a blank each) counted at once, a longer one only as far as the budget goes."""
    left = _WORDS_LEFT.get()
    if left is None:
        return
    if len(text) < 2 * left[0]:
        left[0] -= len(_WORD_RUN.findall(text))
        return
    count = 0
    for count, _ in enumerate(_WORD_RUN.finditer(text), start=1):
        if count > left[0]:
            raise TooManyWords
    left[0] -= count


def commands(text: str, base: int = 0, depth: int = 0, shell: object = None) -> list[Command]:
    """The simple commands of a shell text, as words (with file offsets from `base`); `shell`: the shell they run in
    (a new one when not given). A text read at depth 0 counts against its file's words (word_budget)."""
    if not depth:
        _spend_words(text)
    shell = object() if shell is None else shell
    found: list[Command] = []
    ended = ""  # the separator after the last command found
    words: Command = Command()
    word: Word | None = None
    pending: list[tuple[Word, str, bool, bool, Command]] = []  # here-documents whose bodies start at the next line
    here_string = False  # the next word is a here-string (`<<< '{…}'`): the command's stdin
    arithmetic = -1  # where the arithmetic command being read ends (`(( M = N << 1 ))`: no here-document in it)
    scanned = 0  # where the last look for an arithmetic command's end stopped (none looked for again before it)
    array: Word | None = None  # the array assignment being read (`args=(`), its elements its words to its `)`
    i = 0
    n = len(text)

    def finish() -> None:
        nonlocal word, here_string
        if word is not None:
            word.end = base + i
            if array is not None and array.elements is not None:
                array.elements.append(word)
            elif here_string:
                words.stdin, here_string = word, False
            else:
                words.append(word)
            word = None

    def end_command(separator: str = "") -> None:
        nonlocal words, ended
        finish()
        pipe = separator == "|" and not text.startswith("||", i)
        if words or words.here_documents:
            words.shell, words.after, words.ended_by, ended = shell, ended, separator, separator
            found.append(words)
        given = (words.stdin if len(words) == 1 and words[0].text == "cat" else _written_out(words)) if pipe else None
        words = Command()
        words.stdin = given  # `cat <<EOF | curl -d @-`, `echo '{…}' | curl -d @-`: what curl reads

    def nested(start: int, end: int) -> None:
        """The commands inside `$(…)` and backticks are commands too: `TOKEN=$(curl -u id:secret …)`."""
        opening = 1 if text[start] == "`" else 2 if text.startswith("$(", start) and not text.startswith("$((", start) else 0
        if opening and depth < _MAX_NESTING:
            inner_end = end - 1 if end - start > opening and text[end - 1] in ")`" else end
            inner = commands(text[start + opening:inner_end], base + start + opening, depth + 1, shell)
            for command in inner:
                command.substituted = True
            found.extend(inner)

    while i < n:
        char = text[i]
        if char == "\\" and i + 1 < n and text[i + 1] in "\r\n":
            finish()
            i += 3 if text[i + 1:i + 3] == "\r\n" else 2
            continue
        if char in " \t":
            finish()
            i += 1
            continue
        if word is None and array is None and (opening := _ARRAY_ASSIGNMENT.match(text, i)) is not None:
            array = Word()  # an array assignment (`args=(`): its elements its words to its `)`, over lines
            array.add(text[i:opening.end() - 1], base + i)
            array.elements = []
            i = opening.end()
            continue
        if array is not None and char in "\r\n;&|)":
            finish()
            i += 1
            if char == ")":
                array.end = base + i
                word, array = array, None
            continue
        if char in "\r\n;&|":
            end_command(char)
            i += 1
            if char == "\n":
                for document, delimiter, quoted, strip, command in pending:
                    body = i
                    i = _here_document(text, i, base, document, delimiter, quoted=quoted, strip=strip)
                    if command.stdin is document and depth < _MAX_NESTING and runs_stdin(command):
                        found.extend(_script_commands(text, body, document.end - base, base, quoted, depth + 1))
                pending.clear()
            continue
        if char == "(" and word is None and i >= scanned and (not words or words[-1].text in _ARITHMETIC_AFTER):
            end, scanned = arithmetic_command_end(text, i)
            arithmetic = -1 if end is None else end
        if char == "<" and i < arithmetic:
            pass  # (a shift or a comparison: a character of its word, read below)
        elif char == "<" and text.startswith("<<<", i):
            finish()
            here_string = True
            i += 3
            continue
        elif char == "<" and array is None and (opening := _HEREDOC.match(text, i)) \
                and (name := _DELIMITER.match(text, opening.end())):
            finish()
            raw = name.group()
            document = Word()
            words.stdin = document
            if isinstance(words.here_documents, list):
                words.here_documents.append(document)
            else:
                words.here_documents = [document]
            pending.append((document, re.sub(r"""\\(.)|['"]""", r"\1", raw), any(c in raw for c in "'\"\\"),
                            text.startswith("<<-", i), words))
            i = name.end()
            continue
        if char == "#" and word is None:
            while i < n and text[i] not in "\r\n":
                i += 1
            continue
        if word is None:
            word = Word()
        if char == "'":
            close = text.find("'", i + 1)
            close = n if close < 0 else close
            word.add(text[i + 1:close], base + i + 1)
            if word.start == base + i + 1:
                word.start = base + i
            i = close + 1
        elif char == '"':
            if word.start < 0:
                word.start = base + i
            i += 1
            while i < n and text[i] != '"':
                if text[i] == "\\" and i + 1 < n and text[i + 1] in '"\\$`\n':
                    if text[i + 1] != "\n":
                        word.add(text[i + 1], base + i + 1)
                    i += 2
                elif text[i] in "$`" and (end := expansion_end(text, i)) is not None:
                    word.add(text[i:end], base + i, known=False)
                    word.spread = word.spread or _ARGUMENTS.fullmatch(text, i, end) is not None
                    if (elements := _ARRAY_ELEMENTS.fullmatch(text, i, end)) is not None:
                        word.array = elements.group(1)
                    nested(i, end)
                    i = end
                else:
                    plain = _QUOTED_PLAIN.match(text, i)
                    end = plain.end() if plain is not None else i + 1
                    word.add(text[i:end], base + i)
                    i = end
            i += 1
        elif char == "$" and text.startswith("$'", i):
            if word.start < 0:
                word.start = base + i
            decoded, i = ansi_c(text, i)
            for decoded_char, offset in decoded:
                word.add(decoded_char, base + offset)
        elif char == "$" and text.startswith('$"', i):
            i += 1  # a locale-translated string: read as a double-quoted one
        elif char in "$`" and (end := expansion_end(text, i)) is not None:
            word.add(text[i:end], base + i, known=False)
            word.spread = True
            nested(i, end)
            i = end
        elif char == "\\" and i + 1 < n:
            word.add(text[i + 1], base + i + 1)
            i += 2
        else:
            plain = (_PLAIN if array is None else _ARRAY_PLAIN).match(text, i)
            end = plain.end() if plain is not None else i + 1
            word.add(text[i:end], base + i)
            i = end
    if array is not None:  # (its `)` not written: its elements are not known)
        array.elements = None
        word = array
    end_command()
    return found


class DefaultWord(Word):
    """A value a CI file writes for a variable that whatever starts the run may set otherwise, which wins (Cloud Build's
    `substitutions:`, which a trigger's or `--substitutions` replace; GitLab's `variables:`, under the project's): what
    the variable holds when nothing else sets it, as a shell's `${NAME:-…}` default is."""

    __slots__ = ()

    @classmethod
    def written(cls, text: str, where: Iterable[int]) -> DefaultWord:
        """The default the file writes as `text`, each character at its offset in `where`."""
        word = cls()
        for char, at in zip(text, where, strict=False):
            word.add(char, at)
            word.end = at + 1
        return word


#: The variables a script's shell starts with, as its file writes them (a CI step's `env:`): each name's value a word
#: where it is written (its expansions unknown parts); a DefaultWord only its fallback (the name is given from outside).
Environment = Mapping[str, Word]


def extract_scripts(scripts: Iterable[tuple[int | Sequence[int], str]],
                    environments: Sequence[Environment] = ()) -> list[LaunchRequest]:
    """The launches of several shell scripts of one file, each given with its place in the file (commands_at), and
    the variables each starts with (`environments`, by the scripts' order; none past its end)."""
    return scripts_with_python(scripts, environments, python=False)[0]


#: The shells whose scripts are read (`bash -c '…'`, `bash <<EOF`), by their command's base name.
SHELLS = frozenset({"sh", "bash", "dash", "ash", "zsh", "ksh"})
#: An output redirection written as its own word (`>`, `2>>`, `&>`, `2>&1`, `>out.log`).
_REDIRECTION = re.compile(r"(?:[0-9]*|&)>>?(?:&[0-9-]|[^&\s][^\s]*)?")


def runs_stdin(command: Command) -> bool:
    """Whether a command is a shell that runs the script its stdin gives (`bash`, `sh -e`, `bash -s`: options only, no
    `-c` and no script file), here or on another machine (`ssh host`, `ssh -p 22 host bash -s`)."""
    words = [word.text for word in _command(command)]
    if words and words[0].rsplit("/", 1)[-1] == "ssh":
        remote = _ssh_remote_command(_unredirected(words[1:]))
        return remote is not None and (not remote or _shell_reading_stdin(remote))
    return _shell_reading_stdin(_unredirected(words))


def _unredirected(words: list[str]) -> list[str]:
    """A command's words without its output redirections (`> out.log`, `2>&1`) and their files."""
    kept: list[str] = []
    target = False  # the word after a redirection (`> out.log`) is its file
    for word in words:
        if target:
            target = False
        elif _REDIRECTION.fullmatch(word):
            target = word.endswith(">")
        else:
            kept.append(word)
    return kept


def _shell_reading_stdin(words: list[str]) -> bool:
    """Whether the words are a shell's that runs its stdin: its name, then options only (no `-c`, no script file)."""
    if not words or words[0].rsplit("/", 1)[-1] not in SHELLS:
        return False
    return all(word.startswith("-") and (word.startswith("--") or "c" not in word) for word in words[1:])


#: ssh's options that take an argument (`-p 22`, `-i key`, `-o Option=value`), and those after which stdin is run as no
#: script (-N: no command, -s: a subsystem, -W: a forwarded stream, -O: a control command, -G, -Q, -V: a query).
_SSH_WITH_ARGUMENT = frozenset("BbcDEeFIiJLlmOoPpQRSWw")
_SSH_NO_SCRIPT = frozenset("NsWOGQV")


def _ssh_remote_command(words: list[str]) -> list[str] | None:
    """The command ssh runs on its host (its words after the options and the host; [] for none: the login shell runs
    stdin), or None when the words are not understood or ssh runs none (`-N`). A command given as one word
    (`ssh host 'bash -s'`) is split as the remote shell splits plain words."""
    index = 0
    while index < len(words) and words[index].startswith("-") and words[index] != "-":
        option = words[index]
        index += 1
        if option == "--":
            break
        for at, letter in enumerate(option[1:], 1):
            if letter in _SSH_NO_SCRIPT:
                return None
            if letter in _SSH_WITH_ARGUMENT:
                index += at == len(option) - 1  # its argument is the next word, unless written on (`-p22`)
                break
    if index >= len(words):
        return None  # no host
    remote = words[index + 1:]
    if len(remote) == 1:
        remote = remote[0].split()
    return remote


def _script_commands(text: str, start: int, end: int, base: int, quoted: bool, depth: int) -> list[Command]:
    """The commands of the script a here-document (`text[start:end]`) gives a shell. Unquoted, the outer shell expands
    it first: what it expands is a hole the inner shell cannot read as text even inside its single quotes, and its
    escapes (`\\$`) are what they stand for; each word's characters then moved back to their places in the file."""
    body = text[start:end]
    if quoted or not any(mark in body for mark in "$`\\"):
        return commands(body, base + start, depth)
    chars: list[str] = []
    where: list[int] = []
    quote = ""  # the inner shell's quote open here
    i = start
    while i < end:
        char = text[i]
        if char == "\\" and i + 1 < end and text[i + 1] in "$`\\\n":
            if text[i + 1] != "\n":
                chars.append(text[i + 1])
                where.append(i + 1)
            i += 2
            continue
        if char in "$`" and (close := expansion_end(text, i)) is not None and close <= end:
            name = _NAME.search(text[i:close].lstrip("$`{(#!"))
            hole = "${" + (name.group() if name else "_") + "}"
            written = f"'{hole}'" if quote == "'" else hole
            chars.extend(written)
            where.extend([i] * len(written))
            i = close
            continue
        if char == "\\" and quote != "'" and i + 1 < end:
            chars.extend(text[i:i + 2])
            where.extend((i, i + 1))
            i += 2
            continue
        if char in "'\"" and (not quote or quote == char):
            quote = "" if quote else char
        chars.append(char)
        where.append(i)
        i += 1
    where.append(end)
    return commands_at("".join(chars), [base + offset for offset in where], depth)


def commands_at(script: str, where: int | Sequence[int], depth: int = 0, shell: object = None) -> list[Command]:
    """The commands of a script written in a file at `where`: the offset of its first character (written as it is),
    or each character's offset and one past its end (a script the file writes escaped: a quoted YAML scalar, a
    here-document the outer shell expands), each word's characters then moved to their places in the file."""
    if isinstance(where, int):
        return commands(script, where, depth, shell)
    found = commands(script, 0, depth, shell)
    last = len(where) - 1
    moved: set[int] = set()
    for command in found:
        elements = [element for word in command if word.elements for element in word.elements]
        for word in (*command, *elements, *command.here_documents, *([command.stdin] if command.stdin is not None else [])):
            if id(word) in moved:  # (a here-document that is the command's stdin)
                continue
            moved.add(id(word))
            word.where = Runs.of(where[min(k, last)] for k in word.where)
            if word.start >= 0:
                word.start = where[min(word.start, last)]
                word.end = max(word.start, where[min(max(word.end - 1, 0), last)] + 1)
    return found


def extract(text: str) -> list[LaunchRequest]:
    """The launches of a shell script (a Markdown shell block is one: blocks.markdown_blocks)."""
    return _launches(commands(text))


def extract_with_python(text: str) -> tuple[list[LaunchRequest], list[tuple[str, Runs]]]:
    """A shell script's launches (extract), and the Python code its commands run, written exactly (python_code)."""
    return scripts_with_python([(0, text)])


def scripts_with_python(scripts: Iterable[tuple[int | Sequence[int], str]], environments: Sequence[Environment] = (),
                        *, python: bool = True) -> tuple[list[LaunchRequest], list[tuple[str, Runs]]]:
    """The launches of several shell scripts of one file, each given with its place in the file and the variables it
    starts with (extract_scripts), and the Python code their commands run, written exactly (python_code; not looked
    for when not `python`)."""
    found: list[Command] = []
    started: dict[object, Environment] = {}  # each script's shell, to the variables it starts with
    runs_python = False
    for index, (where, script) in enumerate(scripts):
        shell = object()
        if index < len(environments) and environments[index]:
            started[shell] = environments[index]
        found.extend(commands_at(script, where, shell=shell))
        runs_python = runs_python or (python and "python" in script)
    return _launches(found, started), list(python_code(found)) if runs_python else []


#: A Python interpreter's command name: python, python3, python3.12 (a path before it taken off).
_PYTHON = re.compile(r"python(?:[23](?:\.[0-9]+)?)?")
#: Python's options that take an argument (`-W error`, `-X dev`).
_PYTHON_WITH_ARGUMENT = frozenset("WX")


def python_code(found: list[Command]) -> Iterator[tuple[str, Runs]]:
    """The Python code each command runs, with the file offset of each of its characters and one past its end: the
    script a here-document or here-string gives `python3 -` or a bare `python3` (`python3 - <<'EOF'`), and the
    word after `-c`. Only code written exactly: an expansion of the shell in it (`$TOKEN` in an unquoted document)
    would be a guess of its value, so such code is not read (its mention stays said). `-m`, a script file or
    `--version` run no code written here."""
    for command in found:
        words = _command(command)
        if words and words[0].text.rsplit("/", 1)[-1] == "env":
            words = _command(words[1:])
        if not words or not _PYTHON.fullmatch(words[0].text.rsplit("/", 1)[-1]):
            continue
        code = _python_code_word(words[1:], command.stdin)
        if code is not None and code.text and not any(isinstance(part, Unknown) for part in code.parts) \
                and len(code.where) == len(code.text):
            where = code.where[:]
            where.add(code.where[-1] + 1)
            yield code.text, where


def _python_code_word(words: list[Word], stdin: Word | None) -> Word | None:
    """The word holding the code a Python command line runs (`-c CODE`, or its stdin), or None."""
    index = 0
    while index < len(words):
        option = words[index].text
        index += 1
        if option == "-":
            return stdin  # (the words after it are the script's arguments)
        if _REDIRECTION.fullmatch(option):
            index += option.endswith(">")  # (a redirection's file)
            continue
        if not option.startswith("-") or option.startswith("--"):
            return None  # a script file, `--` before one, or --help/--version
        for at, letter in enumerate(option[1:], 1):
            if letter == "c":
                if at < len(option) - 1:
                    return words[index - 1].tail(at + 1)  # (`-c'print(1)'`)
                return words[index] if index < len(words) else None
            if letter == "m":
                return None  # a module runs
            if letter in _PYTHON_WITH_ARGUMENT:
                index += at == len(option) - 1
                break
    return stdin


def credentials_of(all_commands: list[Command], spliced: Mapping[int, list[Word]] | None = None
                   ) -> list[tuple[Offsets, str]]:
    """Client secrets assigned in the script (`export GENESYSCLOUD_OAUTHCLIENT_SECRET=…`), passwords given to curl
    (`curl -u client-id:secret`, the usual way to get a token with client credentials) and the secrets a curl command's
    form body writes (`-d "grant_type=client_credentials&client_secret=…"`); each place said once."""
    found: list[tuple[Offsets, str]] = []
    assigned = _literal_assignments(all_commands)
    for words in all_commands:
        given = spliced.get(id(words), words) if spliced else words  # (`curl "${args[@]}"`: the array's words too)
        found.extend(_user_passwords(given))
        found.extend(_basic_credentials(given))
        found.extend(_form_secrets(words, assigned))
        for word in words:
            name, equals, value = word.text.partition("=")
            if equals and re.fullmatch(r"\w+", name) and is_secret_name(name) and "{{$" not in value and literal_secret(value):
                start = word.where[len(name) + 1] if len(word.where) > len(name) + 1 else word.start
                found.append(((start, _written_end(word)), name))
        for word in (*words, *words.here_documents):
            found.extend(_secret_defaults(word))
    first: dict[int, tuple[Offsets, str]] = {}  # (`-F client_secret=…` is both a form member and a secret's name)
    for where, kind in found:
        first.setdefault(where[0], (where, kind))
    return list(first.values())


#: An expansion with a default written in it (`${NAME:-value}`, `${NAME-value}`, `${NAME:=value}`) or an alternative
#: (`${NAME:+value}`, `${NAME+value}`): the name group 1, the value (quoted or plain, with no expansion or escape in
#: it) group 2, 3 or 4. (`${NAME:?message}` sends nothing.)
_DEFAULT = re.compile(r"""\$\{([A-Za-z_]\w*):?[-=+](?:"([^"$`\\]*)"|'([^']*)'|([^}"'$`\\\s]*))\}""")


def _secret_defaults(word: Word) -> list[tuple[Offsets, str]]:
    """The literal defaults of a secret's expansions in a word (`${CLIENT_SECRET:-…}`): a secret written in the file,
    used whenever the variable is unset. (What the word's value is stays unknown: the variable may be set.)"""
    if "{{$" not in word.text:
        return []
    found: list[tuple[Offsets, str]] = []
    for at, expansion in word.expansions():
        default = _DEFAULT.fullmatch(expansion.source)
        if default is None or not is_secret_name(default.group(1)):
            continue
        group = next(index for index in (2, 3, 4) if default.group(index) is not None)
        if literal_secret(default.group(group)):
            found.append(((at + default.start(group), at + default.end(group)), default.group(1)))
    return found


def _written_end(word: Word) -> int:
    """Where the last character of a word's text is written (before a closing quote, which is no part of it)."""
    return word.where[-1] + 1 if word.where else word.end


def _is_curl(words: list[Word]) -> bool:
    return bool(words) and (words[0].text == "curl" or words[0].text.endswith("/curl"))


#: A shell assignment's word (`NAME=value`).
_ASSIGNMENT = re.compile(r"([A-Za-z_]\w*)=(.*)", re.S)
#: The commands whose operands are assignments (`export NAME=value`).
_DECLARING = frozenset({"export", "readonly", "local", "declare", "typeset"})


def _literal_assignments(all_commands: list[Command]) -> dict[str, list[tuple[Offsets, str]]]:
    """Each variable the script assigns a value written whole (no expansion in it), with where each such value is
    written: `SECRET=…`, `export SECRET=…` (a value a command sends as `$SECRET` is written there)."""
    found: dict[str, list[tuple[Offsets, str]]] = {}
    for command in all_commands:
        index = 0
        while index < len(command) and _ASSIGNMENT.fullmatch(command[index].text):
            index += 1
        declared = command[index + 1:] if index < len(command) and command[index].text in _DECLARING else []
        for word in (*command[:index], *declared):
            assignment = _ASSIGNMENT.fullmatch(word.text)
            if assignment is None or "{{$" in assignment.group(2) or not assignment.group(2) \
                    or len(word.where) != len(word.text):
                continue
            where = (word.where[assignment.start(2)], _written_end(word))
            found.setdefault(assignment.group(1), []).append((where, assignment.group(2)))
    return found


def _form_secrets(command: Command, assigned: dict[str, list[tuple[Offsets, str]]]) -> list[tuple[Offsets, str]]:
    """The secrets a curl command's form body writes (`-d`, `--data-urlencode`, `-F`, a here-document given by `-d @-`),
    where each is written: a client secret or a refresh token wherever it is sent, a password only in a Genesys Cloud
    token request (elsewhere a member named `password` may be anything); a member whose value is a variable alone
    (`client_secret=$SECRET`) sends the values `assigned` says the script writes for it, each said where written."""
    words = _command(command)
    if not _is_curl(words):
        return []
    options = _options(words)
    if not options.data:
        return []
    url = options.url.as_text().value if options.url is not None else None
    members = FORM_SECRETS if url is not None and to_genesys_token(url) else SECRETS_ANYWHERE
    found: list[tuple[Offsets, str]] = []
    for option, argument in options.data:
        if option == "--json":
            continue
        if argument.text in _FROM_STDIN and command.stdin is not None:
            argument = command.stdin
        argument = _written_by_cat(argument) or argument
        text = argument.text
        if "=" not in text or len(argument.where) != len(text):
            continue
        attributes = _FORM_ATTRIBUTES.search(text) if option in ("-F", "--form") else None
        value_end = attributes.start() if attributes is not None else len(text)
        for (start, end), kind in form_secrets(text, 0, value_end, members=members):
            found.append(((argument.where[start], argument.where[end - 1] + 1), kind))
        literals: dict[int, tuple[Offsets, str]] | None = None
        for name, (start, end) in form_members(text, 0, value_end, members):
            variable = _LONE_HOLE.fullmatch(text, start, end)
            if variable is not None:
                judged, kind = FORM_SECRETS[name]
                found.extend((where, kind) for where, value in assigned.get(variable.group(1), ()) if judged(value))
                literals = _expansion_literals(argument) if literals is None else literals
                literal = literals.get(argument.where[start])  # `client_secret=${SECRET:-…}`: its literal as written
                if literal is not None and judged(literal[1]):
                    found.append((literal[0], kind))
    return found


def _expansion_literals(word: Word) -> dict[int, tuple[Offsets, str]]:
    """The literal default or alternative each expansion of a word writes (`${PASSWORD:-…}`, `${TOKEN:+…}`), by the
    offset where the expansion starts: where the literal is written, and its text (sent when the variable is unset, or
    set: a secret written in the file, judged as the literal itself)."""
    found: dict[int, tuple[Offsets, str]] = {}
    for at, expansion in word.expansions():
        default = _DEFAULT.fullmatch(expansion.source)
        if default is not None:
            group = next(index for index in (2, 3, 4) if default.group(index) is not None)
            found[at] = ((at + default.start(group), at + default.end(group)), default.group(group))
    return found


#: Where a `-F` form part's attributes begin (`name=value;type=text/plain`, `;filename=…`): its value ends there
#: (`--form-string` has none: all of it is the value).
_FORM_ATTRIBUTES = re.compile(r";[ \t]*(?:type|filename|headers|encoder)=")
#: A word's hole standing alone (`{{$SECRET}}`: `$SECRET`, `${SECRET}`), the variable's name group 1.
_LONE_HOLE = re.compile(r"\{\{\$([A-Za-z_]\w*)\}\}")


def _basic_credentials(words: list[Word]) -> list[tuple[Offsets, str]]:
    """The literal Basic credential of a Genesys Cloud sign-in's `-H 'Authorization: Basic …'` (base64 of
    client_id:client_secret, judged as the .http reader judges it: sign_in.basic_secret), where it is written."""
    words = _command(words)
    if not _is_curl(words) or not any(word.text.startswith(("-H", "--header")) for word in words):
        return []
    options = _options(words)
    url = options.url.as_text().value if options.url is not None else None
    if url is None or not to_genesys_token(url):
        return []
    found = []
    for argument in _arguments(words, "-H", "--header"):
        name, colon, value = argument.text.partition(":")
        if not colon or name.strip().lower() != "authorization" or len(argument.where) != len(argument.text):
            continue
        at = len(argument.text) - len(value.lstrip(" \t"))
        where = basic_secret(argument.text, at, len(argument.text))
        if where is not None:
            found.append(((argument.where[where[0]], argument.where[where[1] - 1] + 1), BASIC_SAID))
    return found


def _arguments(words: list[Word], short: str, long: str) -> Iterator[Word]:
    """Each argument a curl command gives an option: after `-H`/`--header` as the next word, or joined (`-HX: y`), also
    after flags written with it (`-sH X: y`, `-su id:secret`)."""
    for index, word in enumerate(words[1:], 1):
        if word.text in (short, long) and index + 1 < len(words):
            yield words[index + 1]
        elif len(short) == 2 and word.text.startswith("-") and not word.text.startswith("--") and len(word.text) > 2:
            _, at = short_cluster(word.text)
            if at is None or word.text[at] != short[1]:
                continue
            if at + 1 < len(word.text):
                yield word.tail(at + 1)
            elif index + 1 < len(words):
                yield words[index + 1]


#: wget's options that give a password.
_WGET_PASSWORDS = ("--password", "--http-password", "--proxy-password")


def _user_passwords(words: list[Word]) -> list[tuple[Offsets, str]]:
    """The literal password of a curl command's -u/--user (`user:password`), an HTTPie or xh command's -a/--auth, a
    wget command's --password or --http-password, where it is written."""
    words = _command(words)
    client = shell_clients.client(words)
    if _is_curl(words):
        arguments, said = list(_arguments(words, "-u", "--user")), "curl -u"
    elif client == shell_clients.HTTPIE:
        arguments = [*_arguments(words, "-a", "--auth"), *(word.tail(7) for word in words if word.text.startswith("--auth="))]
        said = "HTTPie -a"
    elif client == shell_clients.WGET:
        said = "wget --password"
        arguments = [*(words[index + 1] for index, word in enumerate(words[:-1]) if word.text in _WGET_PASSWORDS),
                     *(word.tail(len(name) + 1) for word in words for name in _WGET_PASSWORDS
                       if word.text.startswith(name + "="))]
        return [((argument.where[0], argument.where[-1] + 1), said) for argument in arguments
                if argument.text and "{{$" not in argument.text and written_password(argument.text)]
    else:
        return []
    found = []
    for argument in arguments:
        user, colon, password = argument.text.partition(":")
        if colon and "{{$" not in password and written_password(password):
            start = argument.where[len(user) + 1]
            found.append(((start, argument.where[-1] + 1), said))
        elif colon and _LONE_HOLE.fullmatch(password):  # `-u "id:${PASSWORD:-…}"`: its literal, judged as written
            literal = _expansion_literals(argument).get(argument.where[len(user) + 1])
            if literal is not None and written_password(literal[1]):
                found.append((literal[0], said))
    return found


#: Words a command's name may come after: a prompt, sudo, time, exec, and the reserved words that open a compound command
#: or go on with one on the same line (`if ! curl …`, `then curl …`, `do`, `{`, `(`); `function NAME` (_FUNCTION).
_PREFIX_WORDS = frozenset({"$", "%", ">", "sudo", "time", "exec", "if", "then", "else", "elif", "do", "while", "until",
                           "!", "{", "("})
#: A prefix word by its form: `VAR=value`, a function's definition (`launch() { curl …; }`), a case's pattern
#: (`launch) curl … ;;`, `(launch) …`).
_PREFIX_FORM = re.compile(r"\w+=.*|[\w.:-]+\(\)|\(?[^()\s]+\)", re.S)
_FUNCTION = "function"


def _command(words: list[Word]) -> list[Word]:
    """The words from the command's name on (no prompt, sudo, time, VAR=value, reserved word or function definition
    before it), copied once however many words come before it."""
    index = 0
    while index < len(words):
        text = words[index].text
        if text == _FUNCTION and index + 1 < len(words):
            index += 1  # (its name: skipped next)
        elif text not in _PREFIX_WORDS and _PREFIX_FORM.fullmatch(text) is None:
            break
        index += 1
    return words[index:] if index else words


def command_words(words: list[Word]) -> list[Word]:
    """A command's words from its name on (_command)."""
    return _command(words)


def _launches(all_commands: list[Command], started: Mapping[object, Environment] | None = None) -> list[LaunchRequest]:
    spliced: dict[int, list[Word]] = {}
    found = requests_of(all_commands, started, spliced)
    if found:
        found[0].credentials = credentials_of(all_commands, spliced)
    return found


def requests_of(all_commands: list[Command], started: Mapping[object, Environment] | None = None,
                spliced: dict[int, list[Word]] | None = None) -> list[LaunchRequest]:
    """The request each curl command sends, in order (the credentials of the commands are credentials_of's); `started`:
    the variables a shell starts with (by Command.shell); `spliced` gets each curl command's words with the arrays it
    expands put in (by id of the command)."""
    found: list[LaunchRequest] = []
    curl = any(_is_curl(_command(command)) for command in all_commands)
    cli = any(gc_cli.is_cli(_command(command)) for command in all_commands)
    clients = any(shell_clients.client(_command(command)) for command in all_commands)  # wget, HTTPie, xh
    if not (curl or cli or clients):
        return found
    variables = _Variables(all_commands, started) if curl or clients else None
    # A function or an alias the script names `http`, `wget`… runs what it defines, not that client
    own = _own_commands(all_commands) if clients else frozenset()
    wrappers = _wrappers(all_commands) if curl else {}
    calls = _Calls(variables) if variables is not None else None
    budget = _WRAPPED_WORDS
    before: Command | None = None
    for index, command in enumerate(all_commands):
        words = _command(command)
        if variables is not None and calls is not None:
            variables.step(command)
            if words and budget > 0 and words[0].text not in wrappers:
                budget -= calls.called(index, command, words, found)
            wrapper = wrappers.get(words[0].text) if wrappers and words else None
            if wrapper is not None and wrapper[0] < index and budget > 0:
                # A call of a function wrapping curl (`api() { curl -H … "$@"; }`, then `api -X POST "$URL" -d …`):
                # the function's curl with the call's words where its "$@" is, sent from the call.
                _, inner, at = wrapper
                budget -= len(inner) + len(words)
                called = [*inner[:at], *words[1:], *inner[at + 1:]]
                request = _curl(called, command.stdin, functools.partial(variables.value, command),
                                functools.partial(variables.assigned, command),
                                functools.partial(variables.outside, command))
                if request is not None:
                    request.site = (words[0].start, words[-1].end)
                    found.append(request)
            written = words
            if _is_curl(words) and budget > 0 and any(word.array for word in words):
                words = variables.spliced(command, words)  # `curl "${args[@]}"`: the array's elements, as written
                budget -= len(words)
                if spliced is not None:
                    spliced[id(command)] = words
            if _is_curl(words):
                request = _curl(words, command.stdin, functools.partial(variables.value, command),
                                functools.partial(variables.assigned, command),
                                functools.partial(variables.outside, command))
                if request is not None:
                    request.site = (written[0].start, written[-1].end)  # (the command's, wherever its array is written)
                    found.append(request)
                calls.defined(command, words, request)
            client = shell_clients.client(words) if clients and words and words[0].text not in own else None
            if client is not None:
                assigned = functools.partial(variables.assigned, command)
                bound = functools.partial(_bound_body, assigned=assigned)
                given = before is not None and before.ended_by == "|" and command.after == "|"  # (its stdin piped)
                url_of = functools.partial(_url_text, value=functools.partial(variables.value, command),
                                           assigned=assigned, outside=functools.partial(variables.outside, command))
                request = shell_clients.wget(words, bound, url_of) if client == shell_clients.WGET else \
                    shell_clients.httpie(words, command.stdin, given, bound, url_of)
                if request is not None:
                    request.headers = [_bound_token(header, assigned) for header in request.headers or ()]
                    found.append(request)
        if cli and gc_cli.is_cli(words):  # the Genesys Cloud CLI's launch (gc_cli.py)
            piped = _command(before) if before is not None and before.ended_by == "|" and command.after == "|" else None
            request = gc_cli.launch(words, command.stdin, piped)
            if request is not None:
                found.append(request)
        before = command
    return [request for request in found if calls is None or id(request) not in calls.replaced]


#: Commands that change a function's positional parameters (which word `$1` is is then not known).
_MOVING_PARAMETERS = frozenset({"shift", "set", "getopts", ""})


class _Calls:
    """A function's curl that sends what its call gives it (`launch() { local body="$1"; curl … -d "$body"; }`, then
    `launch '{"flowId": …}'`): read again at each call of the function defined once before it, the call's words its
    positional parameters, sent from the call (its definition's own reading, those unknown, is then left out). A
    parameter after a call's word that may be several words or none (`$OPTS`) is unknown, as is one not given."""

    def __init__(self, variables: _Variables) -> None:
        self.variables = variables
        self.functions = variables.functions
        #: function -> each curl of its body sending a parameter: the command, its words, what the function held there,
        #: and the request its definition reads
        self.pending: dict[object, list[tuple[Command, list[Word], Held, LaunchRequest | None]]] = {}
        self.replaced: set[int] = set()  # the definitions' requests read again at a call

    def defined(self, command: Command, words: list[Word], request: LaunchRequest | None) -> None:
        """Keep a curl of a function's body (its words as sent) when it sends a positional parameter."""
        function = self.functions.function_of(command)
        if function is None or not self.functions.runs(function).isdisjoint(_MOVING_PARAMETERS):
            return
        held = self.functions.held(command)
        values = [word for value in held.values() if value is not None for word in (value if isinstance(value, list) else [value])]
        if any(isinstance(part, Unknown) and _POSITIONAL.search(part.source) for word in (*words, *values) for part in word.parts):
            self.pending.setdefault(function, []).append((command, words, held, request))

    def called(self, index: int, command: Command, words: list[Word], found: list[LaunchRequest]) -> int:
        """Read again the curls of the function a command calls, with its words (into `found`): the words read."""
        definitions = self.functions.definitions(words[0].text)
        function = definitions[0] if len(definitions) == 1 else None
        end = self.functions.ends.get(function) if function is not None else None
        if function is None or end is None or end >= index or function not in self.pending:
            return 0
        given = words[1:]
        read = 0
        for curl_command, curl_words, held, request in self.pending[function]:
            read += len(curl_words) + len(given)

            def assigned(name: str, at: Command = curl_command, kept: Held = held) -> Word | None:
                word = self._parameter(given, name) if name.isdigit() else self.variables.assigned(at, name, kept)
                alone = word.parts[0] if word is not None and len(word.parts) == 1 else None
                if isinstance(alone, Unknown) and (positional := _POSITIONAL.fullmatch(alone.source)) is not None:
                    return self._parameter(given, positional.group(1) or positional.group(2))
                return word

            def value(name: str, assigned: Callable[[str], Word | None] = assigned) -> str | None:
                word = assigned(name)
                return word.text if word is not None and "{{$" not in word.text else None

            again = _curl(curl_words, curl_command.stdin, value, assigned,
                          functools.partial(self.variables.outside, curl_command))
            if again is not None:
                again.site = (words[0].start, words[-1].end)
                found.append(again)
                if request is not None:
                    self.replaced.add(id(request))
        return read

    @staticmethod
    def _parameter(given: list[Word], number: str) -> Word | None:
        """The call's word a positional parameter is, or None (not given, or after a word that may be several)."""
        position = int(number)
        if position > len(given) or any(word.spread for word in given[:position]):
            return None
        return given[position - 1]


#: The words of a function's curl read again at its calls, in all (a bound for hostile input: many calls of a long one).
_WRAPPED_WORDS = 100_000
#: A function's definition: `name()` (then `{`), or `function name`.
_DEFINITION = re.compile(r"([\w.:-]+)\(\)")
_FUNCTION_NAME = re.compile(r"[\w.:-]+")


def _own_commands(all_commands: list[Command]) -> frozenset[str]:
    """The names a script defines as functions (`http() { … }`) or aliases (`alias http='curl -s'`)."""
    names = set()
    for command in all_commands:
        words = list(command)
        definition = _definition(words)
        if definition is not None:
            names.add(definition[0])
        elif words and words[0].text == "alias":
            names.update(word.text.partition("=")[0] for word in words[1:] if "=" in word.text)
    return frozenset(names)


def _definition(words: Sequence[Word]) -> tuple[str, int] | None:
    """(a function's name, how many words open its body) when a command opens a function's definition and its body
    (`name() {`, `name () {`, `function name {`, `function name() {`, the body's first command on the line after them)."""
    texts = [word.text for word in words[:4]]
    if len(texts) > 1 and texts[1] == "{" and (definition := _DEFINITION.fullmatch(texts[0])) is not None:
        return definition.group(1), 2
    if texts[1:3] == ["()", "{"] and _FUNCTION_NAME.fullmatch(texts[0]):
        return texts[0], 3
    if texts[:1] == [_FUNCTION] and len(texts) > 2:
        if texts[2] == "{":
            return texts[1].removesuffix("()"), 3
        if texts[2:4] == ["()", "{"]:
            return texts[1], 4
    return None


def _wrappers(all_commands: list[Command]) -> dict[str, tuple[int, list[Word], int]]:
    """The functions that wrap curl, by name: each defined once at its script's top level (`api() { curl -sf -H … "$@";
    }`), its body running one curl whose one `"$@"` word takes the call's words. Each: the index of the command that
    ends its definition (a call before it runs no such function), the curl's words, and where its `"$@"` is."""
    found: dict[str, tuple[int, list[Word], int] | None] = {}
    open_at: dict[object, list[tuple[str, int, list[list[Word]]]]] = {}  # shell -> the definitions open in it
    depth: dict[object, int] = {}
    for index, command in enumerate(all_commands):
        shell = command.shell
        level = depth.get(shell, 0)
        stack = open_at.setdefault(shell, [])
        words = list(command)
        if not command.substituted and words:
            name = defined[0] if (defined := _definition(words)) is not None else None
            if name is not None:
                if level or name in found:
                    found[name] = None  # defined twice, or inside a block: which one runs is not known
                else:
                    stack.append((name, level, []))
        inner = _command(words)
        if stack and _is_curl(inner):
            stack[-1][2].append(inner)
        if not command.substituted:
            level += _opened(words)
        while stack and level <= stack[-1][1]:
            name, _, curls = stack.pop()
            spread = [at for at, word in enumerate(curls[0]) if _CALL_ARGUMENTS.fullmatch(word.parts[0].source if len(
                word.parts) == 1 and isinstance(word.parts[0], Unknown) else "")] if len(curls) == 1 else []
            found[name] = (index, curls[0], spread[0]) if len(spread) == 1 and name not in found else None
        depth[shell] = level
    return {name: wrapper for name, wrapper in found.items() if wrapper is not None and name != "curl"}


#: The separators a plain assignment is between when it runs in its shell, unconditionally (not `&&`, `||`, `&`, `|`).
_PLAIN_SEPARATORS = frozenset({"", "\n", "\r", ";"})
_OPENING_WORDS = frozenset({"if", "while", "until", "for", "case", "select", "{", "(", "(("})
_CLOSING_WORDS = frozenset({"fi", "done", "esac", "}", ")", "))"})
#: A name a word may set (`NAME=`, `NAME+=`, `NAME[i]=`, also inside `let`, `(NAME=…)`, `${NAME:=…}`).
_SET_NAME = re.compile(r"(?<!\w)([A-Za-z_]\w*)(?:\[[^][]*\])?\+?=|\$\{([A-Za-z_]\w*):?=")
#: An expansion of a variable alone: `$NAME`, `${NAME}`, or of a positional parameter (`$1`, `${10}`).
_PLAIN_EXPANSION = re.compile(r"\$(?:([A-Za-z_]\w*|[1-9])|\{([A-Za-z_]\w*|[1-9][0-9]*)\})")
#: A function's positional parameter alone (`$1`, `${2}`): the call's word.
_POSITIONAL = re.compile(r"\$(?:([1-9])|\{([1-9][0-9]*)\})")


class _Variables:
    """The values a script's variables certainly hold at a command: those of plain literal assignments of its shell
    (`URL=https://…`, `export URL='…'`, a command of their own at the script's top level), the last before the command.
    A name is unknown throughout its shell when anything else may set it (an assignment in a branch, a loop, a function,
    a subshell or after `&&`; `read NAME`, `for NAME in`, `${NAME:=…}`), and every name is when the shell sources or
    evals anything, uses a name reference, or its blocks do not balance. A command inside a block (a function body
    may run after a later assignment) knows a name only when all its plain assignments give one value. A shell that
    starts with variables (`started`: a CI step's `env:`) knows them so until its script sets them."""

    def __init__(self, all_commands: list[Command], started: Mapping[object, Environment] | None = None) -> None:
        self._unknown: set[tuple[object, str]] = set()
        self._broken: set[object] = set()  # shells where nothing is known
        self._values: dict[tuple[object, str], set[str]] = {}
        self._current: dict[tuple[object, str], Word] = {}
        self._arrays: dict[int, tuple[str, list[Word], bool]] = {}  # id(command) -> the plain array assignment it is
        self._array_assignments: dict[tuple[object, str], int] = {}  # how many (an append: two)
        self._current_arrays: dict[tuple[object, str], list[Word] | None] = {}
        self._set_anywhere: set[str] | None = None  # (outside: the names any command may set, once asked)
        self._defaults: dict[tuple[object, str], Word] = {}  # the fallback a CI file writes for a name (DefaultWord)
        for shell, environment in (started or {}).items():
            for name, value in environment.items():
                if isinstance(value, DefaultWord):
                    self._defaults[shell, name] = value
                    continue
                self._values[shell, name] = {value.text}
                self._current[shell, name] = value
        self.functions = _Functions(all_commands)
        self._plain: dict[int, tuple[str, Word]] = {}  # id(command) -> the plain assignment it is
        self._nested: set[int] = set()  # the commands inside a block
        depth: dict[object, int] = {}
        for command in all_commands:
            shell = command.shell
            level = depth.get(shell, 0)
            if level:
                self._nested.add(id(command))
            assignment = None if level else _plain_assignment(command)
            if assignment is not None:
                self._plain[id(command)] = assignment
                self._values.setdefault((shell, assignment[0]), set()).add(assignment[1].text)
                for part in assignment[1].parts:  # (`B="${A:=x}"` sets A too)
                    if isinstance(part, Unknown):
                        self._unknown.update((shell, match.group(2)) for match in _SET_NAME.finditer(part.source))
                continue
            array = None if level else _array_assignment(command)
            if array is not None:
                self._arrays[id(command)] = array
                key = (shell, array[0])
                self._array_assignments[key] = self._array_assignments.get(key, 0) + 1 + array[2]
                continue
            words = _command(command)
            if words and (words[0].text in (".", "source", "eval") or (
                    words[0].text in ("declare", "typeset", "local") and any(
                        word.text.startswith("-") and "n" in word.text for word in words[1:]))):
                self._broken.add(shell)
            self._unknown.update((shell, name) for name in _names_set(command))
            if not command.substituted:
                level += _opened(command)
            if level < 0:
                self._broken.add(shell)
            depth[shell] = level

    def step(self, command: Command) -> None:
        """Go past `command` (each command in order, before asking for a value at it)."""
        self.functions.step(command)
        assignment = self._plain.get(id(command))
        if assignment is not None:
            self._current[command.shell, assignment[0]] = assignment[1]
        array = self._arrays.get(id(command))
        if array is not None:
            name, elements, appends = array
            before = self._current_arrays.get((command.shell, name)) if appends else []
            self._current_arrays[command.shell, name] = None if before is None else [*before, *elements]

    def spliced(self, command: Command, words: list[Word]) -> list[Word]:
        """The words with each `"${NAME[@]}"` standing alone in one replaced by the array's elements certainly assigned
        before `command` (as written where it assigns them); the others as they are."""
        out: list[Word] = []
        for word in words:
            elements = self.array(command, word.array) if word.array is not None and len(word.parts) == 1 \
                and isinstance(word.parts[0], Unknown) else None
            if elements is None:
                out.append(word)
            else:
                out.extend(elements)
        return out

    def array(self, command: Command, name: str) -> list[Word] | None:
        """The elements the array `name` certainly holds at `command` (the last command stepped), or None: its plain
        assignments at the script's top level (`args=(…)`, then `args+=(…)`), as `assigned` knows a name's."""
        key = (command.shell, name)
        decided, value = self.functions.at(command, name)
        if command.shell in self._broken or key in self._unknown or decided:
            return value if decided and isinstance(value, list) and command.shell not in self._broken else None
        if id(command) in self._nested and self._array_assignments.get(key) != 1:
            return None
        return self._current_arrays.get(key)

    def outside(self, command: Command, name: str) -> bool | Word:
        """Whether `name` is a variable the script sets nowhere, in any of its shells (no assignment, `read`, `for`,
        `${NAME:=…}`, array, a CI step's `env:`), and sources or evals nothing that may: its value comes from outside
        the file (the environment, a CI service's variables). When it does, the fallback the CI file writes for it in
        `command`'s shell (DefaultWord), if any, in place of True."""
        if self._set_anywhere is None:
            self._set_anywhere = {set_name for _, set_name in (*self._values, *self._unknown, *self._array_assignments)}
        if self._broken or name in self._set_anywhere:
            return False
        return self._defaults.get((command.shell, name)) or True

    def value(self, command: Command, name: str) -> str | None:
        """The text `name` certainly holds at `command` (the last command stepped), or None (an expansion in it too)."""
        word = self.assigned(command, name)
        return word.text if word is not None and "{{$" not in word.text else None

    def assigned(self, command: Command, name: str, held: Held | None = None) -> Word | None:
        """The word `name` was certainly last assigned before `command` (its expansions unknown values), where it is
        written (`BODY='{…}'`, `BODY="{\"flowId\": \"$ID\"}"`, `read -r -d '' BODY <<'EOF'`), or None; `held`: what
        its function held at it (_Functions.held), when asked later."""
        key = (command.shell, name)
        decided, value = self.functions.at(command, name, held)
        if command.shell in self._broken or key in self._unknown or key not in self._current or decided:
            return value if decided and isinstance(value, Word) and command.shell not in self._broken else None
        if id(command) in self._nested and len(self._values[key]) != 1:
            return None
        return self._current[key]


class _Functions:
    """What a function's own commands assign at its body's top level (`f() { local -a args=(…); args+=(-d "$body");
    curl "${args[@]}"; }`): each time it runs they run in order before the commands after them, so at a command in its
    body a name holds what they last gave it, whatever the caller set, when nothing else may set it meanwhile: no other
    command of the function (in a branch or a loop, `read NAME`, `args[1]=…`, an append before any assignment) and no
    function it may call, itself or through others (it may set the name, even the caller's local: bash's scope is
    dynamic; a command whose name is an expansion may call any). A name the function has not assigned yet is not
    decided here (the script's value, as _Variables knows it)."""

    def __init__(self, all_commands: list[Command]) -> None:
        self._in: dict[int, object] = {}  # id(command) -> the function whose body it is in (the innermost)
        self._steps: dict[int, list[tuple[str, Word | list[Word], bool]]] = {}  # id(command) -> what it assigns
        self._unsafe: set[tuple[object, str]] = set()  # (function, name) set otherwise in its body
        self._setters: dict[tuple[object, str], set[object]] = {}  # (shell, name) -> the functions that may set it
        self._held: dict[object, Held] = {}  # function -> its names' values (None: not known)
        self.ends: dict[object, int] = {}  # function -> the index of the command that ends its definition
        self.curls: dict[object, list[Command]] = {}  # function -> the curl commands of its own body
        self._named: dict[str, list[object]] = {}  # a function's name -> its definitions
        self._calls: dict[object, set[str]] = {}  # function -> the names of the commands its body runs ("" an expansion)
        self._disturbed: dict[tuple[object, str], bool] = {}  # (function, name) -> whether a function it calls may set it
        self._followed = 0  # the calls _calls_setter has looked at
        open_at: dict[object, list[tuple[object, int]]] = {}  # shell -> the functions open in it, and their bodies' levels
        depth: dict[object, int] = {}
        for index, command in enumerate(all_commands):
            shell = command.shell
            level = depth.get(shell, 0)
            stack = open_at.setdefault(shell, [])
            words: Sequence[Word] = command
            defined = None if command.substituted else _definition(command)
            if defined is not None:
                stack.append((object(), level + 1))
                self._named.setdefault(defined[0], []).append(stack[-1][0])
                words = command[defined[1]:]  # (the body's first command, on the line of its opening)
            if stack and words:
                function, body = stack[-1]
                self._in[id(command)] = function
                if called := _command(list(words)):
                    self._calls.setdefault(function, set()).add("" if "{{$" in called[0].text else called[0].text)
                    if _is_curl(called):
                        self.curls.setdefault(function, []).append(command)
                steps = _function_assignments(command, words) if defined is not None or level == body else None
                names: set[str] = set()
                if steps is not None:
                    self._steps[id(command)] = steps
                    for name, value, _ in steps:
                        names.add(name)
                        self._unsafe.update((function, set_name) for set_name in _names_set(
                            value if isinstance(value, list) else [value], words_too=False))
                else:
                    names.update(_names_set(words))
                    self._unsafe.update((function, name) for name in names)
                for name in names:
                    self._setters.setdefault((shell, name), set()).add(function)
            elif stack:
                self._in[id(command)] = stack[-1][0]
            if not command.substituted:
                level += _opened(command)
            while stack and level < stack[-1][1]:
                self.ends[stack.pop()[0]] = index
            depth[shell] = level

    def step(self, command: Command) -> None:
        """Go past `command` (each command in order)."""
        function = self._in.get(id(command))
        for name, value, appends in self._steps.get(id(command), ()):
            held = self._held.setdefault(function, {})
            before = held.get(name) if appends else []
            held[name] = [*before, *value] if isinstance(before, list) and isinstance(value, list) \
                else None if appends else value

    def runs(self, function: object) -> set[str]:
        """The names of the commands a function's body runs ("": one named by an expansion)."""
        return self._calls.get(function, set())

    def definitions(self, name: str) -> list[object]:
        """The functions defined under a name."""
        return self._named.get(name, [])

    def function_of(self, command: Command) -> object | None:
        """The function whose body `command` is in (the innermost), or None."""
        return self._in.get(id(command))

    def held(self, command: Command) -> Held:
        """What the function `command` is in holds at it (the last command stepped), kept as it is now."""
        return dict(self._held.get(self._in.get(id(command)), {}))

    def at(self, command: Command, name: str, held: Held | None = None) -> tuple[bool, Word | list[Word] | None]:
        """Whether the function `command` is in decides what `name` holds there (it assigned it before, at its top level),
        and that value (a word, an array's elements), or None when it is not known; `held`: what the function held at
        `command`, when it is asked later (held), else now."""
        function = self._in.get(id(command))
        key = (function, name)
        values = (held if held is not None else self._held.get(function, {})) if function is not None else {}
        if function is None or name not in values:
            return False, None
        if key in self._unsafe:
            return True, None
        disturbed = self._disturbed.get(key)
        if disturbed is None:  # (once a function and name: a bound for many curls in many functions)
            disturbed = self._disturbed[key] = self._calls_setter(
                function, self._setters.get((command.shell, name), set()) - {function})
        return True, None if disturbed else values[name]

    def _calls_setter(self, function: object, setters: set[object]) -> bool:
        """Whether a function may call one of `setters`, itself or through the functions it calls (past _CALLS_FOLLOWED
        calls looked at in all, it may: a bound for hostile input)."""
        seen = {function}
        todo = [function]
        while setters and todo:
            for called in self._calls.get(todo.pop(), ()):
                self._followed += 1
                if called == "" or self._followed > _CALLS_FOLLOWED:
                    return True
                for definition in self._named.get(called, ()):
                    if definition in setters:
                        return True
                    if definition not in seen:
                        seen.add(definition)
                        todo.append(definition)
        return False


#: What a function's names hold at one of its commands (None: not known).
Held = dict[str, "Word | list[Word] | None"]
#: The calls between functions looked at in all to know whether a function may call one setting a name.
_CALLS_FOLLOWED = 100_000
#: The words that declare a function's own variables (`local args`, `declare -a args`: empty, whatever the caller's).
_LOCAL_DECLARING = frozenset({"local", "declare", "typeset"})
_BARE_NAME = re.compile(r"[A-Za-z_]\w*")


def _function_assignments(command: Command, words: Sequence[Word]) -> list[tuple[str, Word | list[Word], bool]] | None:
    """What a command at a function's top level assigns, when it is only plain assignments run unconditionally: each
    name, its value (a word, or an array's elements: `local -a args` is none) and whether it is appended; else None."""
    array = _array_assignment(command, words)
    if array is not None:
        return [array]
    if words[0].text not in _LOCAL_DECLARING:
        assignment = _plain_assignment(command, words)
        return None if assignment is None else [(*assignment, False)]
    if len(words) == 2 and (assignment := _plain_assignment(command, words[1:])) is not None:
        return [(*assignment, False)]  # `local body='{…}'`
    names = [word.text for word in words[1:] if word.text != "-a"]
    if not names or not _unconditional(command) or command.stdin is not None \
            or not all(_BARE_NAME.fullmatch(name) for name in names):
        return None
    return [(name, [], False) for name in names]  # `local -a args`, `local body`: the function's own, empty


def _names_set(words: Iterable[Word], *, words_too: bool = True) -> Iterator[str]:
    """The names a command's words may set, read wide: a bare name (`read NAME`, `for NAME in`, `unset NAME`), `NAME=`,
    `NAME+=`, `NAME[i]=`, `${NAME:=…}` (in its expansions too); only its expansions' when not `words_too`."""
    for word in words:
        if words_too:
            if _BARE_NAME.fullmatch(word.text):
                yield word.text
            for match in _SET_NAME.finditer(word.text):
                yield match.group(1) or match.group(2)
        for part in word.parts:
            if isinstance(part, Unknown):
                yield from (match.group(2) for match in _SET_NAME.finditer(part.source) if match.group(2))


def _opened(words: Iterable[Word]) -> int:
    """How many blocks a command's words open, less those they close."""
    return sum((word.text in _OPENING_WORDS) - (word.text in _CLOSING_WORDS) for word in words)


def _unconditional(command: Command) -> bool:
    """Whether a command runs whenever the commands around it do, in their shell (not after `&&`, not in `$(…)`)."""
    return not command.substituted and command.after in _PLAIN_SEPARATORS and command.ended_by in _PLAIN_SEPARATORS


def _plain_assignment(command: Command, words: Sequence[Word] | None = None) -> tuple[str, Word] | None:
    """(name, its value as written) when a command (its `words`, when given: those after a function's opening) is a
    plain assignment run unconditionally in its shell: `NAME=value` (`export`, `readonly`), or `read -r -d '' NAME`
    given a here-document (the document whole, as a JSON body reads it: `read` only trims its ends' blanks)."""
    if not _unconditional(command):
        return None
    words = command if words is None else words
    if command.stdin is not None or command.here_documents:
        texts = [word.text for word in words]
        read = len(command.here_documents) == 1 and command.stdin is command.here_documents[0] \
            and texts[1:-1] in _READ_WHOLE and re.fullmatch(r"[A-Za-z_]\w*", texts[-1]) is not None and texts[0] == "read"
        if read and command.stdin is not None:
            return texts[-1], command.stdin
        line = _read_line(texts, command.stdin) if command.stdin is not None else None
        return (texts[-1], line) if line is not None else None
    words = words[1:] if len(words) == 2 and words[0].text in ("export", "readonly") else words
    if len(words) != 1:
        return None
    word = words[0]
    assignment = _ASSIGNMENT.fullmatch(word.text)
    if assignment is None or not assignment.group(2) or len(word.where) != len(word.text):
        return None
    return assignment.group(1), word.tail(assignment.start(2))


#: An element given its index (`([2]=x)`, an associative array's `([key]=x)`): where it goes is not read here.
_INDEXED = re.compile(r"\[[^\]]*\]\+?=")
#: The words that may declare an array before its assignment (`declare -a args=(…)`, `readonly args=(…)`, `local -ra`):
#: no `-A` (an associative array's), no `-i` (its elements evaluated as numbers).
_ARRAY_DECLARING = re.compile(r"declare|typeset|local|readonly|-[ar]+")


def _array_assignment(command: Command, words: Sequence[Word] | None = None) -> tuple[str, list[Word], bool] | None:
    """(name, its elements as written, whether they are appended) when a command (its `words`, when given) is a plain
    array assignment run unconditionally in its shell (`args=(-H "…" -d '{…}')`, `args+=(…)`, `declare -a args=(…)`),
    each element one word (none an unquoted expansion, which the shell splits)."""
    words = command if words is None else words
    if not _unconditional(command) or command.stdin is not None or command.here_documents or not words:
        return None
    *declaring, word = words
    if word.elements is None or any(_ARRAY_DECLARING.fullmatch(declared.text) is None for declared in declaring) \
            or any(element.spread or _INDEXED.match(element.text) for element in word.elements):
        return None
    return word.text.rstrip("+="), word.elements, word.text.endswith("+=")


def _read_line(texts: list[str], stdin: Word) -> Word | None:
    """The line `read [-r] NAME` (`IFS= read -r NAME`) assigns from the here-string or here-document given to it, when
    that is its one line, written literally with nothing `read` would change in it (no blank at its ends, no backslash
    `-r` would keep): `read -r T <<< '…'`. None for any other."""
    words = texts[1:] if texts and texts[0].startswith("IFS=") else texts
    if len(words) < 2 or words[0] != "read" or words[1:-1] not in ([], ["-r"]) \
            or re.fullmatch(r"[A-Za-z_]\w*", words[-1]) is None:
        return None
    line = stdin.text[:-1] if stdin.text.endswith("\n") else stdin.text
    if not line or "\n" in line or "{{$" in line or line != line.strip(" \t") or ("\\" in line and words[1:-1] != ["-r"]) \
            or len(stdin.where) < len(line) or stdin.where[len(line) - 1] - stdin.where[0] != len(line) - 1:
        return None
    read = Word()
    read.start, read.end = stdin.where[0], stdin.where[len(line) - 1] + 1
    read.add(line, stdin.where[0])
    return read


#: `read`'s options that read a here-document whole into its name, backslashes as written (`read -r -d '' BODY`).
_READ_WHOLE = (["-r", "-d", ""], ["-d", "", "-r"], ["-rd", ""])


def _url_text(url: Word, value: Callable[[str], str | None], assigned: Callable[[str], Word | None],
              outside: Callable[[str], bool | Word]) -> Text:
    """The URL a curl command sends, each expansion in it as `_expanded` reads it."""
    text = url.as_text()
    if all(isinstance(part, str) for part in text.parts):
        return text
    starts = {id(part): at for at, part in url.expansions()}
    return Text(tuple(_expanded(part, starts.get(id(part)), url, value, assigned, outside)
                      if isinstance(part, Unknown) else part for part in text.parts), text.span)


def _written_literal(word: Word) -> Offsets | None:
    """Where a word is written as one literal run, each character as it is sent (no quote, escape or expansion in it:
    Assigned's span), or None."""
    if not word.text or "{{$" in word.text or word.end - word.start != len(word.text):
        return None
    return (word.start, word.end) if all(at == word.start + index for index, at in enumerate(word.where)) else None


#: How many assignments of one variable to another (`B="$A"`) an expansion in a URL is followed through.
_FOLLOWED = 8


def _expanded(part: Unknown, at: int | None, word: Word, value: Callable[[str], str | None],
              assigned: Callable[[str], Word | None], outside: Callable[[str], bool | Word]) -> str | Unknown:
    """An expansion in a URL (`word`'s, starting at `at`): the text its variable certainly holds; else, through
    variables certainly assigned another's expansion alone (`B="$A"`), one the script sets nowhere as Outside (the
    environment's, a CI service's: `${SCHEDULER_URL}`), or one with a literal default (`${URL:-https://…}`, or the
    CI file's for a name given from outside: Cloud Build's `substitutions:`) as that default, Assigned with `fallback`
    (what it is when the variable is unset); else unknown, as written."""
    source = part.source
    for step in range(_FOLLOWED):
        plain = _PLAIN_EXPANSION.fullmatch(part.source)
        if plain is None:
            default = _DEFAULT.fullmatch(part.source)
            if default is None or at is None or part.source[len(default.group(1)) + 2:].lstrip(":")[:1] == "+":
                break  # (`${URL:+…}` is no default: the text when it is set)
            where, literal = _expansion_literals(word)[at]
            return Assigned(source, where, literal, fallback=True) if literal else Unknown(source)
        name = plain.group(1) or plain.group(2)
        # (what a variable followed to holds at the URL's command may not be what it held where it was assigned)
        known = value(name) if not step else None
        if known is not None:
            return known
        if name.isdigit():
            break  # (a positional parameter: the caller's)
        given = outside(name)
        if isinstance(given, Word) and (written := _written_literal(given)) is not None:
            return Assigned(source, written, given.text, fallback=True)
        if given:
            return Outside(source)
        held = assigned(name)
        if held is None or len(held.parts) != 1 or not isinstance(held.parts[0], Unknown):
            break
        word, part = held, held.parts[0]
        at = next((start for start, _ in held.expansions()), None)
    return part if part.source == source else Unknown(source)


@dataclass
class _Options:
    """What a curl command's words give: its URL, method, headers (whether all are known) and body options in order."""

    url: Word | None = None
    method: Word | None = None
    get: Word | None = None  # -G / --get
    #: `-I`/`--head` (alone or among other one-letter flags, `-sI`): curl sends HEAD (and refuses a body option).
    head: Word | None = None
    headers_known: bool = True
    headers: list[Header] = field(default_factory=list)
    data: list[tuple[str, Word]] = field(default_factory=list)


def _options(words: list[Word]) -> _Options:
    """The options of a curl command (`words[0]` is curl)."""
    found = _Options()
    headers = found.headers
    spread: list[Word] = []  # the words that are an expansion alone, several words or none (`$CURL_OPTS`)
    i = 1
    while i < len(words):
        word = words[i]
        option = word.text
        value: Word | None = words[i + 1] if i + 1 < len(words) else None
        attached = None
        if option.startswith("-") and not option.startswith("--") and len(option) > 2:
            # One-letter options written together, read letter by letter as curl does (`-sX POST`, `-sSd '{…}'`,
            # `-XPOST`, `-so out.json`): the flags before the first that takes an argument, which is the rest of the
            # word (`-XPOST`) or the next word.
            flags, at = short_cluster(option)
            if "G" in flags:
                found.get = word
            if "I" in flags:
                found.head = word
            if at is None:
                i += 1
                continue
            option = "-" + option[at]
            if at + 1 < len(word.text):
                attached = word.tail(at + 1)
        step = 1 if attached is not None else 2
        argument = attached if attached is not None else value
        if option in ("-X", "--request") and argument is not None:
            found.method, i = argument, i + step
        elif option in ("-H", "--header") and argument is not None and (argument.text.startswith("@") or "{{$" in
                                                                        argument.text.partition(":")[0]):
            found.headers_known = False  # headers from a file or a variable: not statically known
            i += step
        elif option in ("-H", "--header") and argument is not None:
            name, _, _rest = argument.text.partition(":")
            offset = argument.text.find(":") + 1
            while offset < len(argument.text) and argument.text[offset] == " ":
                offset += 1
            headers.append(Header(name.strip(), argument.tail(offset).as_text(), (argument.start, argument.end)))
            i += step
        elif option in _DATA or option in _FORM or option == "--json":
            if argument is not None:
                found.data.append((option, argument))
            i += step
        elif option == "--oauth2-bearer" and value is not None:
            headers.append(Header("Authorization", Text(("Bearer ", *value.as_text().parts), (value.start, value.end)),
                                  (value.start, value.end)))
            i += 2
        elif option in ("-G", "--get"):
            found.get, i = word, i + 1
        elif option in ("--head", "-I"):
            found.head, i = word, i + 1
        elif option == "--url" and value is not None:
            found.url, i = value, i + 2
        elif option in _WITH_ARGUMENT:
            found.headers_known = found.headers_known and option not in ("-K", "--config")  # a config file may add headers
            i += step
        elif option.startswith("-") and len(option) > 1:
            i += 1
        elif _spread_alone(word):
            spread.append(word)  # options or URLs, as many as it holds: the URL only when no other word is one
            i += 1
        else:
            found.url = found.url or word
            i += 1
    if found.url is None and spread:
        found.url = spread[0]
    # What the others hold is not known: a header may be among them (`"${HEADERS[@]}"`, `$CURL_OPTS`).
    found.headers_known = found.headers_known and all(word is found.url for word in spread)
    return found


#: curl's one-letter options that take an argument (tool_getparam.c); every other letter is a flag.
_SHORT_WITH_ARGUMENT = frozenset("AbcCdDeEFHKmoPQrtTuUwxXyYz")


def short_cluster(text: str) -> tuple[str, int | None]:
    """The one-letter flags of a curl word written `-abc…` before the first letter that takes an argument, and where
    that letter is (None when none does): its argument is the rest of the word, or the next word when it ends there."""
    for at in range(1, len(text)):
        if text[at] in _SHORT_WITH_ARGUMENT:
            return text[1:at], at
    return text[1:], None




def _bound_token(header: Header, assigned: Callable[[str], Word | None]) -> Header:
    """An Authorization header whose `$NAME` the script binds to a command writing a literal out (`T=$(echo …)`,
    `T=$(cat <<< '…')`, `T=$(base64 -d <<< …)`): that expansion as the Computed value written there, so the rules read
    the literal (FL305) and every output masks it, whatever the name says (a secret's name is not needed)."""
    value = header.value
    if header.name.lower() != "authorization" or not isinstance(value, Text):
        return header
    parts: list[str | Unknown] = []
    for part in value.parts:
        alone = _PLAIN_EXPANSION.fullmatch(part.source) if isinstance(part, Unknown) else None
        word = assigned(alone.group(1) or alone.group(2)) if alone is not None else None
        # (the value is one substitution alone, its source as written from the word's start: checked in the file by
        # the rules, Computed.written_at)
        held = word.parts[0].source if word is not None and len(word.parts) == 1 and isinstance(word.parts[0], Unknown) \
            else None
        if word is not None and held is not None and (derived := derived_at(held, 0, len(held))) is not None \
                and derived.end == len(held):
            parts.append(Computed(part.source, (word.start, word.start + len(held)), held))  # type: ignore[union-attr]
        elif word is not None and word.text and all(isinstance(piece, str) for piece in word.parts) \
                and "{{$" not in word.text and len(word.where) == len(word.text) \
                and word.where[-1] - word.where[0] == len(word.text) - 1:
            # a literal assigned (`T='…'`, `TOKEN=…`): sent as written there, each character where it is written
            parts.append(Assigned(part.source, (word.where[0], word.where[-1] + 1), word.text))  # type: ignore[union-attr]
        else:
            parts.append(part)
    return Header(header.name, Text(tuple(parts), value.span), header.span) if parts != list(value.parts) else header


def _header_words(words: list[Word], assigned: Callable[[str], Word | None]) -> list[Word]:
    """The words with each header given as one variable alone (`-H "$AUTH"`) replaced by the value the script
    certainly assigns it, where that is written (`AUTH="Authorization: Bearer …"`): the header it sends."""
    out = list(words)
    for i in range(1, len(words) - 1):
        value = words[i + 1]
        if words[i].text not in ("-H", "--header") or len(value.parts) != 1 or not isinstance(value.parts[0], Unknown):
            continue
        alone = _PLAIN_EXPANSION.fullmatch(value.parts[0].source)
        bound = assigned(alone.group(1) or alone.group(2)) if alone is not None else None
        if bound is not None and ":" in bound.text.partition("{{$")[0]:
            out[i + 1] = bound
    return out


def _spread_alone(word: Word) -> bool:
    """Whether a word is one expansion alone that may be several words or none (Word.spread)."""
    return word.spread and len(word.parts) == 1 and isinstance(word.parts[0], Unknown)


def _curl(words: list[Word], stdin: Word | None = None, variable: Callable[[str], str | None] = lambda _: None,
          assigned: Callable[[str], Word | None] = lambda _: None,
          outside: Callable[[str], bool | Word] = lambda _: False) -> LaunchRequest | None:
    options = _options(_header_words(words, assigned))
    url, method, get, headers_known, headers, data = (options.url, options.method, options.get, options.headers_known,
                                                      options.headers, options.data)
    if url is None:
        return None
    site: Offsets = (words[0].start, words[-1].end)
    method_name: str | Unknown = "GET"
    if method is not None:
        text = method.as_text().value
        method_name = text.upper() if text is not None else Unknown(method.text)
    elif options.head is not None:
        method_name, method = "HEAD", options.head
    elif get is not None:
        method_name, method = "GET", get
    elif data:
        method_name = "POST"
    elif (spread := next((word for word in words[1:] if word is not url and _spread_alone(word)), None)) is not None:
        # An expansion that may be several words or none (`"${opts[@]}"`, `$CURL_OPTS`) may hold `-X POST` or `-d`.
        method_name = Unknown(spread.parts[0].source if isinstance(spread.parts[0], Unknown) else spread.text)
    headers = [_bound_token(header, assigned) for header in headers]
    request = LaunchRequest("curl", site, _url_text(url, variable, assigned, outside), method_name,
                            (method.start, method.end) if method else None, headers=headers if headers_known else None,
                            sends="text")
    if not data:
        # An expansion (`"$@"`, `$DATA`, `${{ env.ARGS }}`) may be a body option: a body not seen, not none.
        request.bodiless = not any(_may_send_body(word.text) or (word is not url and word.text.startswith("{{$"))
                                   for word in words[1:])
        return request
    option, body = data[-1]
    request.body_option = option
    # --data-raw sends its text as is: `--data-raw @launch.json` sends the text `@launch.json`, reading no file nor stdin
    literal = option == "--data-raw"
    if body.text in _FROM_STDIN and stdin is not None and not literal:
        body = stdin  # `-d @- <<'JSON'`: the here-document, where it is written
    body = _bound_body(body, assigned)
    request.body_span = (body.start, body.end)
    if option == "--json":
        request.sends = "json"
    elif option in _FORM or len(data) > 1:
        request.sends = "form"
        return request
    if body.text.startswith("@") and not literal:
        request.body = Unknown(body.as_text().shown())  # read from a file or stdin (`@$HOME/body.json` as written)
        if body.text not in _FROM_STDIN and len(body.text) > 1 and all(isinstance(part, str) for part in body.parts):
            request.body_file = (body.text[1:], {})  # `-d @launch.json`: read where it is in the checked tree (extract)
        return request
    if len(body.parts) == 1 and isinstance(body.parts[0], Unknown):  # one expansion (`"$(cat body.json)"`, `"$BODY"`)
        request.body = Unknown(body.parts[0].source)  # (as written, not as the hole the JSON reader would read)
        return request
    body, left = _spliced(body, assigned)
    where = body.where[:]
    where.add(body.end)
    embedded_body(request, body.text, where, {})  # (kept with the request: runs, not a list)
    if request.body is NO_BODY and not request.findings:
        request.body = Unknown(body.as_text().shown())
    # (a body sending inputs whose flow is not known: they were not checked against a contract, which -v says)
    flow_id = request.body.get("flowId") if isinstance(request.body, dict) and request.body.get("inputData") else None
    if type(flow_id) is Unknown and (named := _PLAIN_EXPANSION.fullmatch(flow_id.source)) is not None \
            and (name := named.group(1) or named.group(2)) in left:
        request.flow_unknown = (left[name], _why_not_known(name, outside(name)))
    return request


#: The most characters a variable's value spliced into a body may have (bounded work on hostile input), and what it
#: may not hold: a quote or backslash the body's JSON would read as its own syntax, a control character.
_SPLICED_LENGTH = 4096
_SPLICEABLE = re.compile(r'[^"\\\x00-\x1f]*')
#: What an unquoted expansion's value may not hold: the shell splits it into words there, or expands a pattern.
_SPLIT = re.compile(r"[\s*?\[]")


def _spliced(body: Word, assigned: Callable[[str], Word | None]) -> tuple[Word, dict[str, Offsets]]:
    """The body with each plain expansion in it (`"$FLOW"`, `'"${FLOW}"'`) whose variable the script certainly assigns
    a literal before the command (`FLOW=<uuid>`, a CI step's `env:`: _Variables.assigned) put in as that literal is
    written: its characters where the assignment writes them, so a flow ID given so finds its contract and a finding
    on it points at the value. One not so known stays unknown: where each such variable is expanded, by its name. A
    value the body's JSON would read otherwise than the shell sends it (a quote, a backslash), an unquoted one the
    shell would split, and a variable named for a secret (`$API_KEY`) are not put in."""
    left: dict[str, Offsets] = {}
    expansions = list(body.expansions())
    if not expansions:
        return body, left
    values: dict[int, Word] = {}
    for at, part in expansions:
        named = _PLAIN_EXPANSION.fullmatch(part.source)
        name = named.group(1) or named.group(2) if named is not None else None
        # (a variable named for a secret is never put in: what a message quotes of the body must not be one)
        value = assigned(name) if name is not None and not name.isdigit() and not secret_name(name) else None
        if value is None or len(value.text) > _SPLICED_LENGTH or not _SPLICEABLE.fullmatch(value.text) \
                or (body.spread and _SPLIT.search(value.text)) or any(not isinstance(piece, str) for piece in value.parts):
            if name is not None:
                left.setdefault(name, (at, at + len(part.source)))
            continue
        values[id(part)] = value
    if not values:
        return body, left
    spliced = Word()
    for char, at in body.characters():
        if isinstance(char, str):
            spliced.add(char, at)
        elif id(char) in values:
            for piece, written in values[id(char)].characters():
                assert isinstance(piece, str)  # (a value with no expansion: checked above)
                spliced.add(piece, written)
        else:
            spliced.add(char.source, at, known=False)
    spliced.start, spliced.end, spliced.spread = body.start, body.end, body.spread
    return spliced, left


def _why_not_known(name: str, given: bool | Word) -> str:
    """Why a flow ID spliced from `$name` is not known (_spliced left it): `given` is what _Variables.outside says."""
    if isinstance(given, DefaultWord):
        return (f"it is `${name}`, which this file sets only as a default (a variable of that name the CI run is given "
                "wins)")
    if given:
        return f"it is `${name}`, given from outside the file (the environment, a CI service's variables)"
    return f"it is `${name}`, which the script does not certainly set to one literal before the launch"


#: What a body option names to read the body from stdin.
_FROM_STDIN = frozenset({"@-", "@/dev/stdin"})


def units(found: list[Command]) -> Iterator[tuple[Offsets, list[Word], list[Offsets]]]:
    """Each command's span (a mention's unit, mentions.py), its written words and the spans of its parts (those words
    and the documents it is given: what a mention is looked for in, never the span between them, which may hold other
    commands' words), in order: with the here-documents it is given (`curl -d @- <<'EOF'`, `ssh host <<'EOF'`,
    `RUN <<A <<B`) or `cat` pipes into it (`cat <<EOF | curl -d @-`: the curl's, not the cat's), unless it runs its
    stdin as a script, whose commands are units of their own. Offsets in the text the commands were read from."""
    passed = {id(command.stdin) for command in found
              if command.stdin is not None and all(command.stdin is not document for document in command.here_documents)}
    for command in found:
        words = [word for word in command if word.start >= 0]
        given: list[Word] = []
        if not runs_stdin(command):  # (else its script's commands are units of their own)
            given = [document for document in command.here_documents if document.start >= 0 and id(document) not in passed]
            if command.stdin is not None and id(command.stdin) in passed and command.stdin.start >= 0:
                given.append(command.stdin)
        parts = [*words, *given]
        if parts:
            yield ((min(part.start for part in parts), max(part.end for part in parts)), words,
                   [(part.start, part.end) for part in parts])


def _written_by_cat(body: Word) -> Word | None:
    """`-d "$(cat <<EOF … EOF)"`: the here-document `cat` writes, where it is written (as bash expands it); None for any
    other word."""
    if len(body.parts) != 1 or not isinstance(body.parts[0], Unknown) or not body.where:
        return None
    source = body.parts[0].source
    if not (source.startswith("$(") and source.endswith(")")) or "<<" not in source:
        return None
    inner = commands(source[2:-1], body.where[0] + 2, depth=1)
    if len(inner) == 1 and [word.text for word in inner[0]] == ["cat"] and inner[0].stdin is not None:
        return inner[0].stdin
    return None


def _bound_body(body: Word, assigned: Callable[[str], Word | None]) -> Word:
    """A body option's word as the script makes it: `"$(cat <<EOF … EOF)"` the here-document, `"$BODY"` the value the
    script assigns it, where each is written; any other word itself."""
    body = _written_by_cat(body) or body
    if len(body.parts) == 1 and isinstance(body.parts[0], Unknown) and (
            alone := _PLAIN_EXPANSION.fullmatch(body.parts[0].source)) is not None \
            and (value := assigned(alone.group(1) or alone.group(2))) is not None:
        body = _written_by_cat(value) or value
    return body


def _may_send_body(option: str) -> bool:
    """Whether a word is an option that sends a body (or may: a config file), read or not: -T, -K, a cluster holding
    -d or -F (`-sSd`), --data-*, --json, --form*, --upload-file, --expand-data, --config."""
    if option.startswith("--"):
        return option.startswith(("--data", "--json", "--form", "--upload", "--expand-data", "--config"))
    return option.startswith("-") and any(letter in option[1:] for letter in "dFTK")


def _parts(text: str) -> list[str | Unknown]:
    parts: list[str | Unknown] = []
    for piece in re.split(r"(\{\{\$[^}]*\}\})", text):
        if piece.startswith("{{$") and piece.endswith("}}"):
            parts.append(Unknown(piece[2:-2]))
        elif piece:
            parts.append(piece)
    return parts
