"""JSON bodies: a fast parse for every file, and a position scanner used only when there is something to report."""

from __future__ import annotations

import gc
import json
import re
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from ..core.codes import LIMIT_EXCEEDED, PARSE_ERROR
from ..core.diagnostics import Applicability, Edit, Finding, Fix, Path, Span, Target
from ..core.lines import LineIndex

_STRING_TEXT = r'"[^"\\]*(?:\\.[^"\\]*)*"'  # a JSON string, escapes included, in one pass
_WS = re.compile(r"[ \t\r\n]*")
_STRING = re.compile(_STRING_TEXT, re.S)
_KEY = re.compile(f"({_STRING_TEXT})" + r"[ \t\r\n]*:[ \t\r\n]*", re.S)  # a member name, its colon, up to the value
_SEPARATOR = re.compile(r"[ \t\r\n]*(?:,[ \t\r\n]*)?")  # after a value: to the next member or the closing bracket
_LITERAL = re.compile(r"[^ \t\r\n,:\[\]{}]*")
# Strings first, so brackets inside them are skipped.
_STRUCTURE = re.compile(_STRING_TEXT + r"|[\[\]{}]", re.S)
_BARE_CONSTANT = re.compile(_STRING_TEXT + r"|(-?Infinity|NaN)", re.S)
_LONG_NUMBER = re.compile(_STRING_TEXT + r"|(-?\d{1000,}(?:\.\d+)?(?:[eE][-+]?\d+)?)", re.S)


class _BareConstant(ValueError):
    pass


class RepeatedKey(ValueError):
    """An object repeats a key (STRICT stops there; parse then reads the body again, counting them)."""


def _unrepeated(items: list[tuple[str, Any]]) -> dict[str, Any]:
    found = dict(items)
    if len(found) != len(items):
        raise RepeatedKey
    return found


def _reject_constant(name: str) -> Any:
    raise _BareConstant(name)


class ParsedJson:
    """A parsed JSON body and whether any object in it repeated a key."""

    __slots__ = ("has_duplicates", "value")

    def __init__(self, value: Any, has_duplicates: bool) -> None:
        self.value = value
        self.has_duplicates = has_duplicates


#: The parser of every body, built once (json.loads builds one per call when given hooks): NaN or Infinity and a
#: repeated key stop it (_BareConstant, RepeatedKey). It keeps no state between calls.
STRICT = json.JSONDecoder(object_pairs_hook=_unrepeated, parse_constant=_reject_constant)


def parse(text: str, *, max_depth: int = 0) -> ParsedJson | Finding:
    """Parse a body; a Finding (FL001 or FL005) when it is not one valid JSON value.

    `max_depth` only places the FL005 of a body too deep for Python's parser at the limit's bracket.
    """
    repeated: list[bool] = []  # per call, so threads checking bodies at once do not mix

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        obj = dict(items)
        if len(obj) != len(items):
            repeated.append(True)
        return obj

    collecting = gc.isenabled()
    gc.disable()  # parsed JSON holds no cycles: collecting while millions of objects appear only costs time
    try:
        try:
            value = STRICT.decode(text)
        except RepeatedKey:  # rare: read again, every object kept as the last of its repeated keys says
            value = json.loads(text, object_pairs_hook=pairs, parse_constant=_reject_constant)
    except json.JSONDecodeError as err:
        return _syntax_finding(text, err)
    except _BareConstant as err:
        match = _first_group(_BARE_CONSTANT, text)
        span = LineIndex(text).span(match.start(1), match.end(1)) if match else None
        return Finding(PARSE_ERROR, (), f"{err} is not valid JSON: JSON has no NaN or Infinity",
                       "send a number, or null, or the text as a string", span=span)
    except RecursionError:
        return depth_finding(text, max_depth)
    except ValueError:  # an integer too long for Python to convert
        match = _first_group(_LONG_NUMBER, text)
        span = LineIndex(text).span(match.start(1), match.end(1)) if match else None
        digits = len(match.group(1)) if match else 0
        return Finding(LIMIT_EXCEEDED, (), f"a number with {digits} digits is too long for a JSON parser to read exactly",
                       "send it as a string, or check where it comes from", span=span)
    finally:
        if collecting:
            gc.enable()
    return ParsedJson(value, bool(repeated))


#: Commas read past in one body (each costs a parse): a body with more is reported at its first few only.
MAX_LENIENT_COMMAS = 20


def parse_past_commas(text: str, *, max_depth: int = 0) -> tuple[ParsedJson | Finding, list[Finding], str]:
    """Parse a body, reading past stray commas (`[1,]`, `{"a": 1,}`, `[1,,2]`): each is an FL001 with its fix,
    and the rest of the body is still checked. Also the text parsed: the commas blanked, every offset kept."""
    commas: list[Finding] = []
    parsed = parse(text, max_depth=max_depth)
    read = text
    while isinstance(parsed, Finding) and _is_comma(parsed) and len(commas) < MAX_LENIENT_COMMAS:
        commas.append(parsed)
        edit = parsed.fix.edits[0]  # type: ignore[union-attr,index]
        read = read[:edit.start] + " " + read[edit.end:]
        parsed = parse(read, max_depth=max_depth)
        if isinstance(parsed, Finding) and not _is_comma(parsed):
            return commas[0], [], text  # another syntax error: the first error is the report, as before
    if not commas:
        return parsed, [], text
    if isinstance(parsed, Finding):
        return commas[0], [], text
    return parsed, commas, read


#: The subject of an FL001 that is a stray comma (its fix removes it): what parse_past_commas reads past.
STRAY_COMMA = "stray comma"


def _is_comma(finding: Finding) -> bool:
    fix = finding.fix
    return finding.code == PARSE_ERROR and finding.subject == STRAY_COMMA and fix is not None and bool(fix.edits)


def _first_group(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    return next((m for m in pattern.finditer(text) if m.group(1)), None)


#: The FL001 of a text holding a second JSON value after the first, as a payload file's parse says it.
_EXTRA_IN_FILE = "more than one JSON value in the file"


def said_of_embedded(finding: Finding) -> Finding:
    """A parse's finding as said of a body written inside a file (a block of a document, a curl -d, a string): its
    second JSON value is in the body written there, not in the file as a whole."""
    if finding.message.startswith(_EXTRA_IN_FILE):
        return replace(finding, message="more than one JSON value in the body: the first ends before this")
    return finding


def _syntax_finding(text: str, err: json.JSONDecodeError) -> Finding:
    pos = err.pos if text.strip() else 0
    comma = _offending_comma(text, pos)
    if comma is not None:  # point at the comma to remove, not at what follows it
        kind = "trailing comma before the closing bracket" if text[pos:pos + 1] in ("]", "}") else "a comma with no value before it"
        span = LineIndex(text).span(comma, comma + 1)
        return Finding(PARSE_ERROR, (), kind, "remove the comma", span=span, subject=STRAY_COMMA,
                       fix=Fix(Applicability.SAFE, "remove the comma", (), (Edit(comma, comma + 1, "", span),)))
    span = LineIndex(text).span(pos, pos + 1)
    message, fix = _explain_syntax(text, err)
    return Finding(PARSE_ERROR, (), message, fix, span=span, fix=_syntax_fix(text, err.pos))


_PYTHON_WORDS = re.compile(r"(True|False|None)(?![\w.])")


def _syntax_fix(text: str, pos: int) -> Fix | None:
    """The text edit for the syntax slips whose meaning is certain: Python's True/False/None (commas: _offending_comma)."""
    word = _PYTHON_WORDS.match(text, pos)
    if word:
        json_word = {"True": "true", "False": "false", "None": "null"}[word.group(1)]
        return Fix(Applicability.SAFE, f"write {json_word}", (),
                   (Edit(pos, word.end(), json_word, LineIndex(text).span(pos, word.end())),))
    comment = _comment_range(text, pos)
    if comment is not None:  # JSON cannot keep it: removing it loses what it says, so it is unsafe
        return Fix(Applicability.UNSAFE, "remove the comment", (), (Edit(*comment, "", LineIndex(text).span(*comment)),))
    return None


def _comment_range(text: str, pos: int) -> tuple[int, int] | None:
    """The comment starting at `pos` (`//` or `#` to the end of the line, `/* … */`), with its line when alone on it."""
    if text.startswith("/*", pos):
        close = text.find("*/", pos + 2)
        return (pos, close + 2) if close >= 0 else None
    if not text.startswith(("//", "#"), pos):
        return None
    end = _LINE_END.search(text, pos)
    stop, after = (end.start(), end.end()) if end else (len(text), len(text))
    line_start = max(text.rfind("\n", 0, pos), text.rfind("\r", 0, pos)) + 1
    if not text[line_start:pos].strip():  # a line of its own: the whole line goes
        return line_start, after
    return len(text[:pos].rstrip(" \t")), stop


_LINE_END = re.compile(r"\r\n|\r|\n")


def _offending_comma(text: str, pos: int) -> int | None:
    """The comma that makes `pos` an error: `[1,]`, `{"a": 1,}`, `[1,,2]` or `[,1]`, else None."""
    char = text[pos:pos + 1]
    before = len(text[:pos].rstrip(" \t\r\n"))
    previous = text[before - 1] if before else ""
    if char in ("]", "}") and previous == ",":
        return before - 1
    if char == "," and previous in ("[", "{", ","):
        return pos
    return None


_FORM_ENCODED = re.compile(r"\s*[A-Za-z_][\w.%\[\]-]*=[^&\s]*(?:&|\s*$)")

#: The json module's messages, in words: (start of its message, what is wrong, the fix).
_DECODER_MESSAGES = (
    ("Invalid control character", "a raw control character (a tab or line break) inside a string", "write it escaped: \\t or \\n"),
    ("Expecting property name", "expected a member name in double quotes", 'quote the name: "name": value'),
    ("Expecting ',' delimiter", "expected a comma or a closing bracket here", "add the missing comma between the two items"),
    ("Expecting ':' delimiter", "expected a colon after the member name", 'write "name": value'),
    ("Unterminated string", "a string is not closed", "add the closing double quote"),
    ("Expecting value", "expected a JSON value here", 'values are "text", numbers, true, false, null, objects and arrays'),
)


def _explain_syntax(text: str, err: json.JSONDecodeError) -> tuple[str, str]:
    pos, msg = err.pos, err.msg
    rest = text[pos:pos + 8]
    if not text.strip():
        return "the file is empty: a launch request is one JSON object", 'write the body, at least {"flowId": "<flow ID>"}'
    if pos == 0 and _FORM_ENCODED.match(text):
        return ("this is form-encoded text (name=value&...), not JSON",
                "send a JSON object with Content-Type: application/json, e.g. {\"flowId\": \"<flow ID>\"}")
    if rest.startswith(("//", "/*")) or rest.startswith("#"):
        return "JSON has no comments", "remove the comment"
    if msg == "Extra data":
        return f"{_EXTRA_IN_FILE}: the body ends before this", "send one object per request, or remove what follows it"
    if rest.startswith("'"):
        return "JSON strings and names take double quotes, not single quotes", "replace ' with \""
    for python, json_word in (("True", "true"), ("False", "false"), ("None", "null")):
        if rest.startswith(python):
            return f"{python} is Python, not JSON", f"write {json_word}"
    if msg.startswith("Invalid control character") and pos < len(text):
        char = text[pos]
        escape = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}.get(char, f"\\u{ord(char):04x}")
        return (f"a raw control character (U+{ord(char):04X}) inside a string",
                f"write it escaped, as {escape}, or remove it")
    for prefix, message, fix in _DECODER_MESSAGES:
        if msg.startswith(prefix):
            return message, fix
    return f"invalid JSON: {msg}", "fix the syntax at this point"


def depth_finding(text: str, max_depth: int) -> Finding:
    """FL005 at the first bracket that nests deeper than `max_depth` (or as deep as Python can go)."""
    depth = deepest = 0
    where = 0
    for match in _STRUCTURE.finditer(text):
        token = match.group()
        if token in "[{":
            depth += 1
            if depth > deepest:
                deepest, where = depth, match.start()
                if max_depth and depth > max_depth:
                    break
        elif token in "]}":
            depth -= 1
    limit = f"the limit is {max_depth}" if max_depth else "deeper than flowlint can read"
    # Brackets count the levels of JSON and flow-style YAML; block-style YAML nests by indentation, uncounted here.
    levels = f"more than {deepest - 1} levels deep; {limit}" if deepest > 1 else "deeper than flowlint can read"
    return Finding(LIMIT_EXCEEDED, (), f"the body nests {levels}",
                   "flatten the data, or raise max-depth if it is really meant to be this deep",
                   span=LineIndex(text).span(where, where + 1))


_Member = tuple[tuple[int, int] | None, int]


#: A member from its name to its value's start and, for a scalar (group 2), past the value and its separator: a member
#: whose value is a string, number, true, false or null is read by this one match.
_MEMBER = re.compile(f"({_STRING_TEXT})" + r"[ \t\r\n]*:[ \t\r\n]*"
                     + f"(?:({_STRING_TEXT}|" + r"[^ \t\r\n,:\[\]{}\"]+)[ \t\r\n]*(?:,[ \t\r\n]*)?)?", re.S)
#: An item of an array, as _MEMBER reads a member (group 1 empty: an item has no name).
_ITEM = re.compile(f"()(?:({_STRING_TEXT}|" + r"[^ \t\r\n,:\[\]{}\"]+)[ \t\r\n]*(?:,[ \t\r\n]*)?)?", re.S)


class _Members:
    """The members of one container, scanned as far as asked for and remembered: a container value is scanned to its
    end only when a member after it is asked for; a scalar member (most) is read with its value by one match."""

    __slots__ = ("_children", "_index", "_next", "_pattern", "_seen", "_skip", "_text", "_unique")

    def __init__(self, text: str, start: int, unique: bool) -> None:
        self._text = text
        self._pattern = _MEMBER if text[start] == "{" else _ITEM
        self._next = _WS.match(text, start + 1).end()  # type: ignore[union-attr]  # -1: all scanned
        self._skip = -1  # the start of the last container value read, while the next member's start is not known
        self._index = 0
        self._unique = unique
        self._seen: dict[str | int, _Member] = {}
        self._children: dict[str | int, _Members] = {}

    def child(self, part: str | int, start: int) -> _Members:
        """The members of the container value of `part` (found by `get` at `start`: a name's value is final once found)."""
        members = self._children.get(part)
        if members is None:
            members = self._children[part] = _Members(self._text, start, self._unique)
        return members

    def get(self, part: str | int) -> _Member | None:
        seen = self._seen
        if self._unique and part in seen:
            return seen[part]
        text, j = self._text, self._next
        if self._skip >= 0:
            j = _SEPARATOR.match(text, _value_end(text, self._skip)).end()  # type: ignore[union-attr]
            self._skip = -1
        while 0 <= j < len(text) and text[j] not in "]}":
            match = self._pattern.match(text, j)
            if match is None:
                break
            member: str | int
            if self._pattern is _MEMBER:
                key_span: tuple[int, int] | None = match.span(1)
                token = match.group(1)
                member = token[1:-1] if "\\" not in token else json.loads(token)
            else:
                key_span, member = None, self._index
            self._index += 1
            if match.start(2) >= 0:  # a scalar, read whole with what separates it from the next member
                start = match.start(2)
                j = match.end()
            else:  # a container, from here
                start = match.end()
                j = -2
            seen[member] = (key_span, start)  # a later repeat replaces it: the parser keeps the last
            if self._unique and member == part:
                self._next, self._skip = (j, -1) if j != -2 else (-2, start)
                return seen[member]
            if j == -2:
                j = _SEPARATOR.match(text, _value_end(text, start)).end()  # type: ignore[union-attr]
        self._next = -1
        return seen.get(part)


def _members(text: str, i: int) -> Iterator[tuple[str | int, tuple[int, int] | None, int]]:
    """(key or index, key span, value start) of each member of the container at i (the text is known to parse).

    A value is scanned to its end only when the caller asks for the member after it.
    """
    is_object = text[i] == "{"
    j = _WS.match(text, i + 1).end()  # type: ignore[union-attr]
    index = 0
    while j < len(text) and text[j] not in "]}":
        key_span = None
        part: str | int = index
        if is_object:
            match = _KEY.match(text, j)
            if match is None:
                return
            key_span = match.span(1)
            token = match.group(1)
            part = token[1:-1] if "\\" not in token else json.loads(token)
            j = match.end()
        yield part, key_span, j
        index += 1
        j = _SEPARATOR.match(text, _value_end(text, j)).end()  # type: ignore[union-attr]


def _value_end(text: str, i: int) -> int:
    """The end of the JSON value that starts at i (the text is known to parse)."""
    char = text[i]
    if char == '"':
        return _STRING.match(text, i).end()  # type: ignore[union-attr]
    if char in "{[":
        depth = 0
        for match in _STRUCTURE.finditer(text, i):
            token = match.group()
            if token in "{[":
                depth += 1
            elif token in "}]":
                depth -= 1
                if depth == 0:
                    return match.end()
        return len(text)
    return _LITERAL.match(text, i).end()  # type: ignore[union-attr]


class JsonLocator:
    """Finds the key and value of a member in JSON text, by path, without building a tree.

    Only run for files with findings. The text is known to parse, so the scanner can trust it.
    """

    def __init__(self, text: str, *, unique_keys: bool = False) -> None:
        self.text = text
        self.lines = LineIndex(text)
        #: No object repeats a key (the parser said so): a look-up can stop at the first match.
        self.unique_keys = unique_keys
        self._start = _WS.match(text).end()  # type: ignore[union-attr]
        self._root: _Members | None = None  # the members of the top container, with its containers' (_Members.child)
        self.duplicate_count = 0  # set by duplicates()
        #: Keys sent other than written (a request file's `"Flow.{{k}}"` with `@k = customerName`): (the path of the
        #: object as written, the key as sent) -> the key as written. A path asked for is the body's, as sent.
        self.renamed: dict[tuple[Path, str], str] = {}

    def span(self, path: Path, target: Target) -> Span | None:
        found = self.offsets(path, target)
        return None if found is None else self.lines.span(*found)

    def offsets(self, path: Path, target: Target) -> tuple[int, int] | None:
        """Character offsets [start, end) of a member's key or value in the text."""
        found = self._find(path)
        if found is None:
            return None
        key, start = found
        if target is Target.KEY and key is not None:
            return key
        if start >= len(self.text):
            return None
        # A whole container is pointed at by its opening bracket: no need to scan to its end.
        end = start + 1 if self.text[start] in "{[" else _value_end(self.text, start)
        return start, end

    def raw(self, path: Path) -> str | None:
        """The text of a scalar value as written in the file."""
        found = self._find(path)
        if found is None or self.text[found[1]] in "{[":
            return None
        return self.text[found[1]:_value_end(self.text, found[1])]

    # The scanner's steps as methods: the JSON editor's scanner (edits/json_editor.py) subclasses this locator and
    # reads a container's members, and where each value ends, through them.
    def _skip_ws(self, i: int) -> int:
        return _WS.match(self.text, i).end()  # type: ignore[union-attr]

    def _value_end(self, i: int) -> int:
        return _value_end(self.text, i)

    def _members(self, i: int) -> Iterator[tuple[str | int, tuple[int, int] | None, int]]:
        """(key or index, key span, value start) of each member of the container at i, scanned as asked for."""
        return _members(self.text, i)

    def _find(self, path: Path) -> tuple[tuple[int, int] | None, int] | None:
        """(key span, value start) of the member at `path`, scanning each container at most once."""
        text, i = self.text, self._start
        if not path:
            return None, i
        if self.renamed:
            path = self.written_path(path)
        members = self._root
        if members is None:
            if i >= len(text) or text[i] not in "{[":
                return None
            members = self._root = _Members(text, i, self.unique_keys)
        last = len(path) - 1
        for depth, part in enumerate(path):
            found = members.get(part)
            if found is None or depth == last:
                return found
            i = found[1]
            if i >= len(text) or text[i] not in "{[":
                return None
            members = members.child(part, i)
        return None  # (not reached: the last part returns)

    def written_path(self, path: Path) -> Path:
        """A path of the body as sent, as the text writes it (see `renamed`)."""
        written: list[str | int] = []
        for part in path:
            written.append(self.renamed.get((tuple(written), part), part) if isinstance(part, str) else part)
        return tuple(written)

    def duplicates(self, limit: int | None = None) -> list[tuple[Path, tuple[int, int]]]:
        """Every repeated key (the first `limit` in the file): the path of the repeat and the span of its key.

        `duplicate_count` is then how many there are in all; memory stays bounded by `limit`.
        """
        found: list[tuple[Path, tuple[int, int]]] = []
        self.duplicate_count = 0
        stack: list[tuple[int, Path]] = [(self._start, ())]
        while stack:
            i, path = stack.pop()
            if i >= len(self.text) or self.text[i] not in "{[":
                continue
            seen: set[str | int] = set()
            for member, key_span, start in _members(self.text, i):
                if key_span is not None:
                    if member in seen:
                        self.duplicate_count += 1
                        found.append(((*path, member), key_span))
                        if limit is not None and len(found) > 2 * limit:
                            found = sorted(found, key=lambda item: item[1])[:limit]
                    seen.add(member)
                if self.text[start] in "{[":
                    stack.append((start, (*path, member)))
        found.sort(key=lambda item: item[1])
        return found if limit is None else found[:limit]
