"""Velocity templates (Genesys data actions): JSON with holes, read as JSON whose holes are unknown values.

A data action's `requestTemplate` is Apache Velocity text that renders to the body. Its references
(`${input.x}`, `$input.x`, `$!{input.x}`, `$esc.jsonString($input.x)`) and directives (`#if … #end`,
`#foreach … #end`, `#set(…)`, comments) are holes: flowlint cannot know what they render. The
template is turned into JSON text of (nearly always) the same length where each hole is a stand-in
that JSON accepts whatever the hole holds:

- inside a JSON string: filler characters, and the string is an unknown value;
- where a value goes: a stand-in string, read back as an unknown value;
- where members go (`"inputData": { ${input.attributes} }`): a stand-in member, dropped again,
  and its object is open (it may hold members flowlint cannot see), commas added as needed;
- where an array item goes: an unknown item;
- `#set`, `#break`, `#stop` and comments render nothing: blanks.

So a template that still is not JSON is not JSON whatever its holes hold (FL001), and the checks
judge the known keys around the holes without ever failing on a hole's value.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ..core.unknown import OpenObject, Unknown
from .brackets import bracket_close, bracket_end
from .model import run_time_text

VALUE = "\ue000"  # starts a stand-in string for a hole where a value goes
IN_STRING = "\ue001"  # fills a hole inside a JSON string
MEMBER = "\ue002"  # starts the key of a stand-in member (or a key made by a hole)
_INDEX_BASE = 0xF0000  # a hole's number, written as one character of a private use plane
_MAX_HOLES = 0xFFFD  # beyond this many holes, the last number stands for the rest
_IDENT = re.compile(r"[A-Za-z][A-Za-z0-9_]*")
#: Velocity's directives (Velocity 2's org.apache.velocity.runtime.directive, and 1.x's #literal): the blocks an
#: `#end` closes (`#@name(…)…#end` calls a macro with a body); those that render nothing where they stand (a macro's
#: and a #define's body render where they are called); and those whose parenthesised arguments belong to them.
_BLOCKS = ("if", "foreach", "macro", "define", "literal")
_SILENT = ("set", "break", "stop")
_DEFINITIONS = ("macro", "define")
_WITH_ARGUMENTS = ("if", "elseif", "foreach", "set", "break", "stop", "macro", "define", "parse", "include", "evaluate", "literal")
#: A directive, `#end` or `#{end}`: a closing brace is the directive's only when it opened with one (`#end}` closes JSON).
_DIRECTIVE = re.compile(r"#(\{)?(if|elseif|else|end|foreach|set|break|stop|macro|define|parse|include|evaluate|literal"
                        r"|@[A-Za-z][A-Za-z0-9_-]*)(?(1)\})(?![A-Za-z0-9_])")
#: A macro's call, `#name(…)` or `#{name}(…)`: it renders what the macro makes of its arguments (unknown text).
_MACRO_CALL = re.compile(r"#(\{)?[A-Za-z][A-Za-z0-9_-]*(?(1)\})(?=\()")
#: Unparsed content: Velocity writes what is between the markers as it is.
_UNPARSED_OPEN, _UNPARSED_CLOSE = "#[[", "]]#"
#: Bytes that say a text holds Velocity at all (most templates are checked without the scanner's cost).
_MARKS = re.compile(r"\$!?\{|\$!?[A-Za-z]|#\{?(?:if|else|end|foreach|set|break|stop|macro|define|parse|include|evaluate"
                    r"|literal)\b|##|#\*|#@|#\[\[|#\{?[A-Za-z][A-Za-z0-9_-]*\}?\(")


def has_velocity(text: str) -> bool:
    """Whether the text may hold a Velocity reference or directive."""
    return _MARKS.search(text) is not None


class TemplateHole(Unknown):
    """A reference a fix writes into a template as a JSON string's whole content (`"flowId": "${input.flowId}"`): read
    back, it is the unknown value a hole within quotes is (value_of), so the fix is proven like any other."""

    __slots__ = ()


#: A plain reference to a value (`${input.flowId}`, `$input.flowId`, `$!{input.flowId}`): no method call, no directive.
PLAIN_REFERENCE = re.compile(r"\$!?(?:\{[A-Za-z][\w-]*(?:\.[A-Za-z][\w-]*)*\}|[A-Za-z][\w-]*(?:\.[A-Za-z][\w-]*)*)")


@dataclass
class Template:
    """A template as JSON text: `origin[i]` is the template offset of the JSON text's character i (and one past the end)."""

    text: str
    origin: list[int]
    holes: list[str] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)  # each hole's [start, end) in the template
    #: A construct that runs to the template's end without its closing part (`#if(` with no `)`, an `#if` block with
    #: no `#end`, `${` with no `}`, a `#*` comment with no `*#`), which Velocity cannot parse: where it starts, and what
    #: it lacks. The text after it is all its stand-in, so what the template sends cannot be read.
    unclosed: tuple[int, str] | None = None

    @property
    def same_length(self) -> bool:
        """Whether every character stands where it stood in the template (then edits map back one to one)."""
        return all(i == o for i, o in enumerate(self.origin))


def hole_end(text: str, start: int) -> int | None:
    """Where the Velocity construct starting at `start` (a `$` or `#`) ends, or None when it is literal text."""
    char = text[start]
    if char == "$":
        return _reference_end(text, start)
    if char == "#":
        if text.startswith("##", start):
            end = text.find("\n", start)
            return len(text) if end == -1 else end
        if text.startswith("#*", start):
            end = text.find("*#", start + 2)
            return len(text) if end == -1 else end + 2
        if text.startswith(_UNPARSED_OPEN, start):
            return None  # unparsed content: its markers are the scanner's (literal text elsewhere)
        match = _DIRECTIVE.match(text, start)
        if match is None:
            call = _MACRO_CALL.match(text, start)
            return None if call is None else _balanced(text, call.end(), "(", ")")
        end = match.end()
        if _takes_arguments(match.group(2)):
            after = _skip_blanks(text, end)
            if after < len(text) and text[after] == "(":
                return _balanced(text, after, "(", ")")
        return end
    return None


def _skip_blanks(text: str, i: int) -> int:
    while i < len(text) and text[i] in " \t":
        i += 1
    return i


def _balanced(text: str, start: int, opening: str, closing: str) -> int:
    """The end of a bracketed part starting at `start`, skipping Velocity string literals in it (to the text's end if open)."""
    return bracket_end(text, start, opening, closing, quotes="\"'")


def _reference_end(text: str, start: int) -> int | None:
    i = start + 1
    if i < len(text) and text[i] == "!":
        i += 1
    if i < len(text) and text[i] == "{":
        return _balanced(text, i, "{", "}")
    match = _IDENT.match(text, i)
    if match is None:
        return None
    i = match.end()
    while i < len(text):
        if text[i] == "." and (name := _IDENT.match(text, i + 1)) is not None:
            i = name.end()
            if i < len(text) and text[i] == "(":
                i = _balanced(text, i, "(", ")")
        elif text[i] == "(" and text[i - 1] != ")":
            i = _balanced(text, i, "(", ")")
        elif text[i] == "[":
            i = _balanced(text, i, "[", "]")
        else:
            break
    return i


def never_closed(text: str, start: int) -> str | None:
    """What the construct starting at `start` (a `$` or `#`) lacks when it never closes: `"`)` after `#if(`"`, else
    None. Asked only of one that reaches the text's end (each bracket is walked once more)."""
    if text.startswith("#*", start):
        return None if text.find("*#", start + 2) != -1 else "`*#` after `#*`"
    if text.startswith("##", start):
        return None
    if text[start] == "#":
        match = _DIRECTIVE.match(text, start)
        if match is None:
            call = _MACRO_CALL.match(text, start)
            return None if call is None else _unclosed_part(text, call.end(), f"{call.group(0)}(")
        name = match.group(2)
        end = match.end()
        if _takes_arguments(name):
            after = _skip_blanks(text, end)
            if after < len(text) and text[after] == "(":
                lacking = _unclosed_part(text, after, f"#{name}(")
                if lacking is not None:
                    return lacking
                end = _balanced(text, after, "(", ")")
        if _is_block(name) and _block_close(text, end) is None:
            return f"`#end` after `#{name}`"
        return None
    i = start + 1
    if i < len(text) and text[i] == "!":
        i += 1
    if i < len(text) and text[i] == "{":
        return _unclosed_part(text, i, text[start:i + 1])
    match = _IDENT.match(text, i)
    if match is None:
        return None
    i = match.end()
    while i < len(text):  # the parts _reference_end walks: a method call's parentheses, an index's brackets
        if text[i] == "." and (name_match := _IDENT.match(text, i + 1)) is not None:
            i = name_match.end()
            if i < len(text) and text[i] == "(":
                lacking = _unclosed_part(text, i, "(")
                if lacking is not None:
                    return lacking
                i = _balanced(text, i, "(", ")")
        elif text[i] in "([" and (text[i] == "[" or text[i - 1] != ")"):
            closing = ")" if text[i] == "(" else "]"
            lacking = _unclosed_part(text, i, text[i])
            if lacking is not None:
                return lacking
            i = _balanced(text, i, text[i], closing)
        else:
            break
    return None


#: What a block-balance walk stops at: a reference or a directive (and an escape's backslash before one).
_CONSTRUCT_START = re.compile(r"[#$]")


def _open_block(text: str) -> tuple[int, str] | None:
    """The first block directive written with its arguments (`#if(…)`, `#foreach(…)`) that no `#end` closes, reading
    the whole template as Velocity does, JSON strings or not, and what it lacks; None when every one is closed. A
    reference's arguments (`$esc.x("#if(")`), comments and unparsed content are passed over; an escaped directive
    (`\\#if`) is text. Linear: each construct is passed once."""
    stack: list[tuple[int, str]] = []
    i = 0
    while (found := _CONSTRUCT_START.search(text, i)) is not None:
        at = found.start()
        if text.startswith(_UNPARSED_OPEN, at):
            close = text.find(_UNPARSED_CLOSE, at + 3)
            if close == -1:
                break
            i = close + 3
            continue
        slashes = 0
        while slashes < at and text[at - 1 - slashes] == "\\":
            slashes += 1
        end = hole_end(text, at)
        if end is None or end <= at or slashes % 2:
            i = at + 1
            continue
        match = _DIRECTIVE.match(text, at) if text[at] == "#" else None
        if match is not None:
            name = match.group(2)
            if _is_block(name) and (end > match.end() or name[0] == "@"):  # written with its arguments
                stack.append((at, name))
            elif name == "end" and stack:
                stack.pop()
        i = end
    if not stack:
        return None
    at, name = stack[0]
    return at, f"`#end` after `#{name}`"


def _unclosed_part(text: str, at: int, opened: str) -> str | None:
    closing = {"(": ")", "{": "}", "[": "]"}[text[at]]
    if bracket_close(text, at, text[at], closing, quotes="\"'") is not None:
        return None
    return f"`{closing}` after `{opened}`"


def _block_end(text: str, start: int, end: int) -> int:
    """The end of the `#end` closing the block directive whose head is text[start:end] (the text's end if none)."""
    stop = _block_close(text, end)
    return len(text) if stop is None else stop


def _block_close(text: str, end: int) -> int | None:
    """`_block_end` of a head ending at `end`, None when no `#end` closes it."""
    depth = 1
    i = end
    while i < len(text):
        at = text.find("#", i)
        if at == -1:
            return None
        match = _DIRECTIVE.match(text, at)
        if match is None:
            after = hole_end(text, at)  # a comment may hold a stray #end
            i = after if after is not None and after > at else at + 1
            continue
        name = match.group(2)
        stop = hole_end(text, at) or match.end()
        if _is_block(name):
            depth += 1
        elif name == "end":
            depth -= 1
            if depth == 0:
                return stop
        i = stop
    return None


def _takes_arguments(name: str) -> bool:
    """Whether a directive's name is followed by its parenthesised arguments (a block macro's, `#@name(…)`, too)."""
    return name in _WITH_ARGUMENTS or name[0] == "@"


def _is_block(name: str | None) -> bool:
    """Whether a directive's name opens a block an `#end` closes."""
    return name is not None and (name in _BLOCKS or name[0] == "@")


def _renders_nothing(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] (a block, outside JSON strings) renders nothing but blanks whatever its references
    hold: only directives that render nothing (`#set`, `#if`'s heads, `#break`, comments, a definition) and
    whitespace; no reference, text, macro call or `#evaluate`."""
    i = start
    while i < end:
        char = text[i]
        if char in " \t\r\n":
            i += 1
            continue
        if char != "#":
            return False
        after = hole_end(text, i)
        match = _DIRECTIVE.match(text, i)
        if after is None or after <= i or (match is None and not text.startswith(("##", "#*"), i)):
            return False  # a macro's call, or literal text
        name = match.group(2) if match is not None else None
        if name in _DEFINITIONS:
            after = _block_end(text, i, after)
        elif name is not None and name not in _SILENT and name not in ("if", "elseif", "else", "end", "foreach"):
            return False  # #evaluate, #parse, #include, #literal, a macro's call with a body: they render text
        i = after
    return True


class _Writer:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.origin: list[int] = []
        self.last = ""  # the last significant JSON character written

    def put(self, text: str, at: int | Sequence[int]) -> None:
        self.parts.append(text)
        if isinstance(at, int):
            self.origin.extend([at] * len(text))
        else:
            self.origin.extend(at)
        stripped = text.rstrip(" \t\r\n")
        if stripped:
            self.last = stripped[-1]


def scan(template: str) -> Template:
    """The template as JSON text with a stand-in for each hole (see the module docstring)."""
    out = _Writer()
    spans: list[tuple[int, int]] = []  # each hole's span (its text is the template's there: taken once, at the end)
    stack: list[str] = []
    in_string = False
    plain_until = 0  # the end of the last run of backslashes no construct follows
    joined_until = -1  # the end of the last value reference outside strings
    literal_until = unparsed_close = -1  # unparsed content (`#[[…]]#`): its end, and its closing marker's start
    beside: dict[int, bool] = {}  # _value_beside's answers, by position
    unclosed: tuple[int, str] | None = None
    i = 0
    n = len(template)
    while i < n:
        char = template[i]
        if i == unparsed_close or (char == "#" and i > literal_until and template.startswith(_UNPARSED_OPEN, i)
                                   and (close := template.find(_UNPARSED_CLOSE, i + 3)) != -1):
            if i != unparsed_close:
                literal_until, unparsed_close = close, close
            else:
                unparsed_close = -1
            if in_string:  # (its content's text is known, but not where it ends: unknown text)
                spans.append((i, i + 3))
                out.put(IN_STRING + chr(_INDEX_BASE + min(len(spans) - 1, _MAX_HOLES)) + IN_STRING, range(i, i + 3))
            else:
                out.put("   ", range(i, i + 3))  # the markers render nothing; the content renders as written
            i += 3
            continue
        end = hole_end(template, i) if char in "$#" and i >= literal_until else None
        if end is not None and end > i:
            if not in_string:
                match = _DIRECTIVE.match(template, i)
                name = match.group(2) if match else None
                if _is_block(name):
                    head, end = end, _block_end(template, i, end)
                    if name in _DEFINITIONS or (name in ("if", "foreach") and _renders_nothing(template, head, end)):
                        name = "set"  # a definition renders where it is called; a block of #set nothing at all
            if end == n and unclosed is None and (lacking := never_closed(template, i)) is not None:
                unclosed = (i, lacking)  # (the rest of the template is its stand-in: said once a template)
            if not in_string and (template.startswith(("##", "#*"), i) or name in _SILENT or name in ("else", "elseif", "end")
                                  or (not stack and char == "#" and (out.last != "" or _value_beside(template, end, beside)))):
                # renders nothing; or, a directive beside the body's one value, nothing that can be judged
                out.put(" " * (end - i), range(i, end))
                i = end
                continue
            if not in_string and i == joined_until and template[i] == "$":
                # A reference right after a value reference: Velocity renders the two as one run of text that JSON
                # then reads, so one unknown value (the first's stand-in), never two JSON values.
                spans[-1] = (spans[-1][0], end)  # (its text not grown a piece at a time: a long run stays linear)
                out.put(" " * (end - i), range(i, end))
                i = joined_until = end
                continue
            spans.append((i, end))
            mark = chr(_INDEX_BASE + min(len(spans) - 1, _MAX_HOLES))
            if not in_string and template[i] == "$" and (not stack or (stack[-1] == "{" and out.last == ":")):
                joined_until = end  # (a value's stand-in: what follows at once joins it)
            if in_string:  # every construct is two characters or more: room for the filler and the hole's number
                out.put(IN_STRING + mark + IN_STRING * (end - i - 2), range(i, end))
            else:
                _stand_in(out, template, i, end, mark, stack)
            i = end
            continue
        if in_string:
            if char == "\\" and i + 1 < n:
                escaped = None
                if i >= plain_until and i >= literal_until:  # (a run of backslashes is measured once: a long one stays linear)
                    escaped, plain_until = _escaped_end(template, i)
                if escaped is not None:  # renders with or without its backslashes: unknown text
                    spans.append((i, escaped))
                    mark = chr(_INDEX_BASE + min(len(spans) - 1, _MAX_HOLES))
                    out.put(IN_STRING + mark + IN_STRING * (escaped - i - 2), range(i, escaped))
                    i = escaped
                    continue
                out.put(template[i:i + 2], range(i, i + 2))
                i += 2
                continue
            if char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "{[":
            stack.append(char)
        elif char in "}]" and stack:
            stack.pop()
        out.put(char, i)
        i += 1
    out.origin.append(n)
    if unclosed is None and "#" in template:
        unclosed = _open_block(template)  # (one in a JSON string: its `#end` was looked for by no stand-in)
    return Template("".join(out.parts), out.origin, [template[start:end] for start, end in spans], spans, unclosed)


def _value_beside(text: str, start: int, memo: dict[int, bool]) -> bool:
    """Whether something but blanks and directives follows text[start:] at the top level (a value: the body), so a
    directive before it renders nothing Velocity's output can be judged by (it may render nothing at all). Each
    answer kept by the positions it passed, so a run of directives is walked once."""
    passed = []
    i = start
    while True:
        while i < len(text) and text[i] in " \t\r\n":
            i += 1
        if i in memo:
            found = memo[i]
            break
        passed.append(i)
        end = hole_end(text, i) if i < len(text) and text[i] == "#" else None
        if end is None or end <= i:
            found = i < len(text)
            break
        match = _DIRECTIVE.match(text, i)
        i = _block_end(text, i, end) if match is not None and _is_block(match.group(2)) else end
    for position in passed:
        memo[position] = found
    return found


def _escaped_end(text: str, start: int) -> tuple[int | None, int]:
    """Where an escaped reference or directive starting with the backslashes at `start` ends (`\\$input.x`,
    `\\${input.x}`, `\\#if(…)`), or None when no construct follows them (then they are JSON's escapes). Velocity writes
    it as written without a backslash when it knows the reference, with it when it does not: not known here. Also
    where the run of backslashes ends."""
    after = start
    while after < len(text) and text[after] == "\\":
        after += 1
    if after >= len(text) or text[after] not in "$#":
        return None, after
    end = hole_end(text, after)
    return (end if end is not None and end > after else None), after


def _next_significant(text: str, i: int) -> str:
    while i < len(text) and text[i] in " \t\r\n":
        i += 1
    return text[i] if i < len(text) else ""


def _stand_in(out: _Writer, template: str, start: int, end: int, mark: str, stack: list[str]) -> None:
    """The JSON written for a hole outside strings, by where it stands; the same length as the hole when it fits."""
    context = stack[-1] if stack else ""
    after = _next_significant(template, end)
    if context == "{" and out.last != ":":
        lead = "" if out.last in ("{", ",") else ","
        tail = "" if after in ("}", ",", "") else ","
        # A hole followed by a colon writes a key; otherwise whole members.
        text = f'{lead}"{MEMBER}{mark}"' if after == ":" else f'{lead}"{MEMBER}{mark}":0{tail}'
    elif context == "[":
        lead = "" if out.last in ("[", ",") else ","
        tail = "" if after in ("]", ",", "") else ","
        text = f'{lead}"{VALUE}{mark}"{tail}'
    else:
        text = f'"{VALUE}{mark}"'
    width = end - start
    if len(text) <= width:
        text += " " * (width - len(text))
        out.put(text, range(start, end))
    else:
        out.put(text, [start] * len(text))


def value_of(parsed: Any, holes: Sequence[str], path: tuple[str | int, ...] = ()) -> Any:
    """The parsed stand-in JSON as the template's value: stand-ins as Unknown, objects with member holes open; a hole
    within quotes is text made at run time (model.run_time_text: judged by its type under `inputData`, so an
    input declared as another type is judged, `"${input.vip}"` for a Boolean; unknown in the envelope)."""
    if isinstance(parsed, str):
        return _string(parsed, holes, path)
    if isinstance(parsed, list):
        return [value_of(item, holes, (*path, index)) for index, item in enumerate(parsed)]
    if isinstance(parsed, dict):
        members: dict[str, Any] = {}
        open_object = False
        for key, item in parsed.items():
            if key.startswith(MEMBER) or IN_STRING in key:
                open_object = True
                continue
            members[key] = value_of(item, holes, (*path, key))
        return OpenObject(members) if open_object else members
    return parsed


def _hole(mark: str, holes: Sequence[str]) -> str:
    number = ord(mark) - _INDEX_BASE
    return holes[number] if 0 <= number < len(holes) else "$…"


def _string(value: str, holes: Sequence[str], path: tuple[str | int, ...]) -> Any:
    if value.startswith(VALUE) and len(value) >= 2:
        return Unknown(_hole(value[1], holes))
    if IN_STRING not in value:
        return value
    shown = re.sub(f"{IN_STRING}(.){IN_STRING}*", lambda m: _hole(m.group(1), holes), value, flags=re.S)
    return run_time_text(path, shown)


def text_parts(value: str) -> tuple[str | Unknown, ...]:
    """A URL or header value as parts: literal text, and an Unknown for each reference or directive in it."""
    parts: list[str | Unknown] = []
    literal: list[str] = []
    i = 0
    while i < len(value):
        end = hole_end(value, i) if value[i] in "$#" else None
        if end is not None and end > i:
            if literal:
                parts.append("".join(literal))
                literal = []
            parts.append(Unknown(value[i:end]))
            i = end
            continue
        literal.append(value[i])
        i += 1
    if literal or not parts:
        parts.append("".join(literal))
    return tuple(parts)
