"""A body written as JSON text inside a file (a string literal, a curl -d, a Postman raw body):
parsed with the payload parser, positions mapped back to the file, `{{variables}}` read as unknown."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from ..core.diagnostics import Edit, Finding, Path
from ..core.lines import LineIndex
from ..core.unknown import OpenObject, Unknown
from . import json_source
from .document import DEFAULT_LIMITS
from .elisions import elided, elided_value, in_documentation
from .jsonc import blank_comments
from .model import EmbeddedJson, LaunchRequest, Offsets

#: A `{{variable}}` of a request file or collection, its name (unstripped) group 1: the one definition the sources read.
VARIABLE = re.compile(r"\{\{([^{}]*)\}\}")  # no nested braces: a run without its `}}` is scanned once
#: Characters one `{{variable}}` may stand for; a longer value is unknown (`@a = {{a}}{{a}}` cannot grow without end).
VARIABLE_CAP = 8192
#: Characters all the variables put into one file's text may add up to; past it, they are unknown.
EXPANSION_BUDGET = 1 << 20
#: Reads a documentation body that does not parse as a template, when it is one: (request, text, outer, max_depth) ->
#: whether it did.
TemplateReader = Callable[[LaunchRequest, str, "Sequence[int] | int", int], bool]
_HOLE = "\ue000"  # stands for a bare {{variable}} while the JSON is parsed (same length, so offsets hold)


def syntax_fix_in_file(request: LaunchRequest, finding: Finding, text: str, to_file: Callable[[int], int],
                       literal: Callable[[int], bool]) -> Finding:
    """A syntax slip's text edit (made in the embedded `text`) moved to the file, where it maps exactly; else shown only.

    Exact: each character it removes is written as itself in the file (no escape, no hole, nothing dropped between),
    what it writes (nothing, or letters: `true`) needs no escaping in any string, and no new `${`, `%{`, `{{`,
    `$x` or escape forms around it. `request.fixed_text` is the text the fix makes, which --fix checks the file
    read again holds.
    """
    fix = finding.fix
    if fix is None or fix.operations or not fix.edits:
        return finding
    moved = []
    for edit in fix.edits:
        before = text[edit.start - 1] if edit.start > 0 else ""
        joined = before + edit.content + text[edit.end:edit.end + 1]
        exact = (all(literal(k) and to_file(k + 1) == to_file(k) + 1 for k in range(edit.start, edit.end))
                 and (edit.content.isalpha() or not edit.content) and before not in ("$", "#", "%", "\\")
                 and "{{" not in joined)
        if not exact:
            return replace(finding, fix=replace(fix, edits=None, message=f"{fix.message} (shown, not applied: the edit "
                                                "does not map exactly through the string's escaping)"))
        start = to_file(edit.start)
        moved.append(Edit(start, start + edit.end - edit.start, edit.content))
    request.fixed_text = apply_edits_to(text, fix.edits)
    return replace(finding, fix=replace(fix, edits=tuple(moved)))


def apply_edits_to(text: str, edits: Sequence[Edit]) -> str:
    """The text with non-overlapping edits applied."""
    parts = []
    position = 0
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        parts += [text[position:edit.start], edit.content]
        position = edit.end
    return "".join([*parts, text[position:]])


def embedded_body_with_holes(request: LaunchRequest, text: str, where: list[int], written: str) -> None:
    """A JSON text a program writes with holes (a JS template's `${x}`, a Python f-string's `{x}` or `%s`), each hole a
    `{{$…}}` unknown value: read as JSON with unknown values; unknown as a whole (`written`, the source as the file has
    it) when it only fails to parse around a hole (the hole may supply what is missing: no finding rests on a guess)."""
    trial = LaunchRequest(request.kind, request.site, body_span=request.body_span)
    embedded_body(trial, text, where, {})
    if trial.findings:
        request.body = Unknown(written)
        return
    request.body, request.body_locator = trial.body, trial.body_locator


def embedded_body(request: LaunchRequest, text: str, outer: Sequence[int] | int,
                  variables: Mapping[str, str] | None = None, max_depth: int = DEFAULT_LIMITS.max_depth,
                  key_variables: Mapping[str, str] | None = None, template: TemplateReader | None = None,
                  comments: bool = False) -> None:
    """Set the request's body from JSON text; `outer` maps each character of it to the file (or is its start offset).
    `key_variables`: the variables known in keys, when fewer than `variables` (a key naming another is unknown).
    `template`: in documentation, what reads a body that does not parse as the template it may be instead (True: read).
    `comments`: the client sending the text strips its `//` and `/* */` comments first (Postman's raw JSON, Bruno's
    body:json): they are read as the blanks they become, a trailing comma still an error."""
    mapped = EmbeddedJson(text, outer)
    request.body_text = text
    parse_text = _fill_holes(text) if variables is not None else text
    if comments:
        parse_text = blank_comments(parse_text)  # (of the same width: every position still maps to the file)
    parsed = json_source.parse(parse_text)
    elided_at: list[int] | None = None
    if isinstance(parsed, Finding) and in_documentation():
        # a documentation example's `{ ... }`, `<placeholder>`, `// comment`: the reader's to fill in (elisions.py)
        rewritten = elided(parse_text)
        reparsed = json_source.parse(rewritten[0]) if rewritten is not None else parsed
        if rewritten is not None and not isinstance(reparsed, Finding):
            parse_text, elided_at, parsed = rewritten[0], rewritten[1], reparsed
            mapped = EmbeddedJson(parse_text, [mapped.to_file(at) for at in elided_at])
    if isinstance(parsed, Finding) and template is not None and in_documentation() and template(request, text, outer,
                                                                                                   max_depth):
        return  # a documented data action's body: the Velocity template it is (data_action.documented_template)
    if isinstance(parsed, Finding):
        span = parsed.span
        parsed = syntax_fix_in_file(request, json_source.said_of_embedded(parsed), text, mapped.to_file,
                                    lambda k: parse_text[k] == text[k])
        if span is not None:
            start = _offset(text, span.line, span.column)
            end = _offset(text, span.end_line, span.end_column)
            file_start = mapped.to_file(start)
            request.findings.append((parsed, (file_start, max(file_start + 1, mapped.to_file(end)))))
        else:
            request.findings.append((parsed, request.body_span))
        return
    value = parsed.value
    if _deeper_than(value, max_depth):
        parsed = json_source.depth_finding(text, max_depth)
        span = parsed.span
        start = _offset(text, span.line, span.column) if span else 0
        request.findings.append((parsed, (mapped.to_file(start), mapped.to_file(start) + 1)))
        return
    renamed: dict[tuple[Path, str], str] = {}
    if variables is not None:
        value = _substitute(value, variables, [EXPANSION_BUDGET], renamed, keys=key_variables)
    if elided_at is not None:
        value = elided_value(value, max_depth)
    mapped.locator = json_source.JsonLocator(parse_text, unique_keys=not parsed.has_duplicates)
    mapped.locator.renamed = renamed
    request.body = value
    request.body_locator = mapped


def fill_variables(value: Any, variables: Mapping[str, str]) -> Any:
    """A parsed body with `variables` put into its strings (one the file does not define is unknown), within the budget."""
    return _substitute(value, variables, [EXPANSION_BUDGET])


def _deeper_than(value: Any, limit: int) -> bool:
    """Whether parsed JSON nests deeper than `limit`, level by level (no recursion)."""
    level = [value]
    for _ in range(limit + 1):
        level = [child for item in level if isinstance(item, (dict, list))
                 for child in (item.values() if isinstance(item, dict) else item)]
        if not level:
            return False
    return True


def _offset(text: str, line: int, column: int) -> int:
    index = LineIndex(text)
    index.position(len(text))
    start = index.starts[min(line, len(index.starts)) - 1]
    return min(len(text), start + column - 1)


def _fill_holes(text: str) -> str:
    """Bare {{variables}} (outside strings) become same-length JSON, so the text parses: a string where a value goes; in
    an object where a member goes (after `{` or `,`, or after a value: the hole brings its comma, as `${NAME:+, "name":
    …}` does) a member keyed by hole characters, which makes the object open (its members unknown: `{ {{$ATTRS}} }`,
    Genesys's own `{ ${input.attributes} }`), when it fits. In a run of braces the hole is the last two
    (`{{{$ATTRS}}}}`: an object holding one). Strings are passed over by a pattern and the text between copied in slices
    (a list of characters costs 8 bytes and a step a character); the brackets open around a hole are counted in those
    slices, each once."""
    out: list[str] = []
    copied = position = 0
    close = -1  # where the last `{{` looked for its `}}` found it (looked for again only once passed: linear)
    opened: list[str] = []  # the brackets open (outside strings) before `counted`
    counted = 0
    while (found := _STRING_OR_OPENING.search(text, position)) is not None:
        if text[found.start()] == '"':
            position = found.end()
            continue
        start = found.end() - 2  # (a run of braces: the hole's are its last two)
        if close < start + 2:
            close = text.find("}}", start + 2)
            close = len(text) if close == -1 else close
        if close == len(text):
            position = found.end()  # no `}}` after it: its characters are themselves
            continue
        _count_brackets(text, counted, start, opened)
        counted = close + 2
        out += [text[copied:start], _stand_in(text, start, close + 2, opened)]
        copied = position = close + 2
    out.append(text[copied:])
    return "".join(out)


#: A JSON string (to its closing quote, or the text's end), or a run of braces ending in a template's opening `{{`.
_STRING_OR_OPENING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"?|\{\{+', re.S)
#: A string, or a bracket outside strings.
_STRING_OR_BRACKET = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"?|[\[\]{}]', re.S)


def _count_brackets(text: str, start: int, end: int, opened: list[str]) -> None:
    """The brackets of `text[start:end]` (outside its strings) opened onto, or closed off, `opened`."""
    for match in _STRING_OR_BRACKET.finditer(text, start, end):
        char = match.group()
        if char in "{[":
            opened.append(char)
        elif char in "}]" and opened:
            opened.pop()


def _stand_in(text: str, start: int, end: int, opened: list[str]) -> str:
    """The JSON standing for the hole `text[start:end]`, of its length: a member where members go (in an object, not
    before a colon), else a string."""
    if opened and opened[-1] == "{":
        before = start - 1
        while before >= 0 and text[before] in " \t\r\n":
            before -= 1
        after = end
        while after < len(text) and text[after] in " \t\r\n":
            after += 1
        previous = text[before] if before >= 0 else ""
        following = text[after] if after < len(text) else ""
        if previous != ":" and following != ":":
            lead = "" if previous in ("{", ",") else ","
            tail = "" if following in ("}", ",", "{", "") else ","  # (`{`: another hole, which brings its comma)
            width = end - start - len(lead) - len(tail) - 4
            if width > 0:
                return f'{lead}"{_HOLE * width}":0{tail}'
    return '"' + _HOLE * (end - start - 2) + '"'


def _substitute(value: Any, variables: Mapping[str, str], budget: list[int],
                renamed: dict[tuple[Path, str], str] | None = None, path: Path = (),
                keys: Mapping[str, str] | None = None) -> Any:
    """Variables put into the body's strings and keys (`keys`: those known in keys, when fewer); one growing past
    VARIABLE_CAP, or past what is left of the budget, is unknown. `renamed` gets each key a variable was put into: (the
    path of its object as written, the key as sent) -> the key as written, so a finding about it is placed where it is
    written (JsonLocator.renamed)."""
    if isinstance(value, dict):
        sent_as = {k: _filled_key(k, variables if keys is None else keys, budget) for k in value}
        sent = Counter(key for key in sent_as.values() if key is not None)
        members = {}
        for k, v in value.items():
            key = sent_as[k]
            if key is None or sent[key] > 1:  # made at run time, or sent twice (which one a parser keeps is its own)
                continue
            members[key] = _substitute(v, variables, budget, renamed, (*path, k), keys)
            if key != k and renamed is not None:
                renamed[(path, key)] = k
        return OpenObject(members) if len(members) < len(value) else members
    if isinstance(value, list):
        return [_substitute(v, variables, budget, renamed, (*path, i), keys) for i, v in enumerate(value)]
    if isinstance(value, str):
        if value and value.strip(_HOLE) == "":
            return Unknown("{{…}}")
        if "{{" in value:
            names = [name.strip() for name in VARIABLE.findall(value)]
            # A variable the file does not define, or one whose value names such a variable (`@flow = {{$dotenv X}}`).
            if any(name not in variables or "{{" in variables[name] for name in names):
                whole = VARIABLE.fullmatch(value)
                inner = whole.group(1).strip() if whole else ""
                return Unknown(inner if inner.startswith("$") else value)  # curl: $FLOW_ID
            size = len(value) + sum(len(variables[name]) for name in names)
            if size > min(VARIABLE_CAP, budget[0]):
                return Unknown(value)
            budget[0] -= size
            return VARIABLE.sub(lambda m: variables[m.group(1).strip()], value)
    return value


def _filled_key(key: str, variables: Mapping[str, str], budget: list[int]) -> str | None:
    """A member's key as sent: the file's variables put in (`@k = customerName`, `"Flow.{{k}}"`). None when it is made at
    run time (a variable the file does not define), grows past the cap, or a value would not be read back as itself
    inside the JSON string the variable is put into (a quote, a backslash, a control character): unknown."""
    if "{{" not in key:
        return None if key and not key.strip(_HOLE) else key  # (a hole where a member goes: _fill_holes)
    if _unknown_key(key, variables):
        return None
    names = [name.strip() for name in VARIABLE.findall(key)]
    if any(_NOT_AS_ITSELF.search(variables[name]) for name in names):
        return None
    size = len(key) + sum(len(variables[name]) for name in names)
    if size > min(VARIABLE_CAP, budget[0]):
        return None
    budget[0] -= size
    return VARIABLE.sub(lambda m: variables[m.group(1).strip()], key)


#: A character a JSON string does not write as itself.
_NOT_AS_ITSELF = re.compile(r'["\\\x00-\x1f]')


def _unknown_key(key: str, variables: Mapping[str, str]) -> bool:
    """Whether a member's key names a `{{variable}}` the file does not define (`"Flow.{{$KEY}}"`, a GitHub `${{ … }}`):
    the key is made at run time and may be any member, so the object holding it is open (as a computed key in code)."""
    return "{{" in key and any(name.strip() not in variables or "{{" in variables[name.strip()]
                               for name in VARIABLE.findall(key))


_JSON_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}


def string_start(text: str, at: Offsets | None) -> int:
    """Where a string value's characters start: past its quote (JSON's, or a quoted YAML scalar's)."""
    if at is None:
        return 0
    return at[0] + 1 if text[at[0]:at[0] + 1] in ('"', "'") else at[0]


def scalar_offsets(text: str, at: Offsets, body: str) -> list[int] | None:
    """The file offset of each character of a YAML string scalar (and one past its end), where the file writes each
    as itself with only white space between (a `|` block's indentation); None otherwise (a folded or escaped one)."""
    start, end = at
    if text[start:start + 1] in ("|", ">"):  # a block scalar: its text starts on the next line
        start = text.find("\n", start, end) + 1
        if start == 0:
            return None
    offsets, position = [], start
    for char in body:
        while position < end and text[position] != char:
            if text[position] not in " \t\r\n":
                return None
            position += 1
        if position >= end:
            return None
        offsets.append(position)
        position += 1
    return [*offsets, position]


def json_string_at(text: str, start: int) -> tuple[str, list[int]] | None:
    """The JSON string literal starting at `start` (its opening quote): its value and each character's offset."""
    if start >= len(text) or text[start] != '"':
        return None
    chars: list[str] = []
    where: list[int] = []
    i = start + 1
    while i < len(text):
        char = text[i]
        if char == '"':
            where.append(i)
            return "".join(chars), where
        if char == "\\" and i + 1 < len(text):
            escape = text[i + 1]
            if escape == "u" and i + 6 <= len(text):
                try:
                    code = int(text[i + 2:i + 6], 16)
                except ValueError:
                    return None
                width = 6
                if 0xD800 <= code < 0xDC00 and text[i + 6:i + 8] == "\\u":
                    try:
                        low = int(text[i + 8:i + 12], 16)
                    except ValueError:
                        low = 0
                    if 0xDC00 <= low < 0xE000:
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        width = 12
                chars.append(chr(code))
                where.append(i)
                i += width
                continue
            if escape not in _JSON_ESCAPES:
                return None
            chars.append(_JSON_ESCAPES[escape])
            where.append(i)
            i += 2
            continue
        chars.append(char)
        where.append(i)
        i += 1
    return None
