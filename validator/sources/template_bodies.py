"""A walked JSON/YAML body holding template holes, read with each holed value unknown.

A launch body kept as a template (`"flowId": "${FLOW_ID}"` for envsubst, a CI's substitution or Terraform's
templatefile()) is filled before it is sent: what a hole renders is not known here, so a value holding one is unknown
(it never fails a check) and a key holding one makes its object open (it may hold any member). The rest of the body
is judged as any body is: a misspelt member, a wrong version, a stray `type`. A hole written where a JSON value goes,
unquoted (`"Flow.count": ${count}`), is read as an unknown value in its place; a template JSON cannot read even so
(a directive or a hole between members) is not judged (candidates.template_holes' verdict says why with -v).

A body kept as a template page (`launch.json.hbs`, `.json.njk`, `.json.liquid`, `.json.ejs`, `.yaml.mustache`) is read
the same way by its engine's tags (page_tags_unknown): `{{ x }}`, `{{{ x }}}`, `<%= x %>` are unknown values (in a string
or where a value goes), comments (`{{! … }}`, `{# … #}`, `<%# … %>`) are blank, and a control tag (`{% if %}`,
`{{#each}}`, `<% … %>`) makes the body's shape known only once rendered: it is not judged, and a named one is said so.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from ..core.codes import DUPLICATE_KEY
from ..core.lines import LineIndex
from ..core.unknown import OpenObject, Unknown
from . import json_source
from .brackets import bracket_end
from .candidates import template_holes
from .document import Document, Limits, load_text
from .velocity import TemplateHole

#: A hole or directive in a string: `${…}` or `%{…}`, not Terraform's escapes of a literal one (`$${`, `%%{`).
_HOLE = re.compile(r"(?<![$%])[$%]\{")
#: In JSON text: a string (skipped: a hole inside one is read from the parsed value), or a hole or directive outside.
_STRING_OR_HOLE = re.compile(r'"(?:[^"\\]|\\.)*"|(?<![$%])([$%])\{', re.S)


class TemplateBody(Document):
    """A walked body whose template holes were read as unknown values (judged as a body, not passed as a template)."""


def holes_unknown(document: Document, limits: Limits) -> TemplateBody | None:
    """The document with each value holding a template hole unknown and each object with a holed key open; None when
    its text cannot be read as JSON or YAML even so (a directive or a hole outside a value), or holds no hole."""
    text = document.text
    if text is None or not template_holes(text):
        return None
    locator = None
    if document.parsed:
        value = document.value
    elif document.kind == "json":
        substituted = _values_quoted(text)
        if substituted is None:
            return None
        parsed = json_source.parse(substituted, max_depth=limits.max_depth)
        if not isinstance(parsed, json_source.ParsedJson):
            return None
        value = parsed.value
        locator = json_source.JsonLocator(substituted, unique_keys=not parsed.has_duplicates)
    else:
        return None
    held, changed = _unknown(value, limits.max_depth)
    if not changed:
        return None
    return TemplateBody(document.name, held, text=text, kind=document.kind,
                        findings=[f for f in document.findings if document.parsed], plain_scalars=document.plain_scalars,
                        locator=locator if locator is not None else document.locator(), dialect=document.dialect)


def _values_quoted(text: str) -> str | None:
    """The JSON text with each hole written where a value goes as a string of the same length that holds a hole
    (`${count}` -> `"${___}"`), so that it parses and every position stays; None when a directive or an unclosed
    hole sits outside a string (no value can stand in for it)."""
    parts: list[str] = []
    last = 0
    for match in _STRING_OR_HOLE.finditer(text):
        if match.group(1) is None:
            continue  # a string
        if match.group(1) == "%":
            return None  # a directive between members: what it renders is not a value
        start = match.start()
        end = bracket_end(text, start + 1, "{", "}", quotes='"', escapes=True)
        if end > len(text) or text[end - 1] != "}" or "\n" in text[start:end]:
            return None
        width = end - start
        if width < 4:
            return None  # `${}`: no name, and no string of three characters holds a hole
        parts.append(text[last:start])
        parts.append('"${' + "_" * (width - 5) + '}"' if width >= 5 else '"${"')
        last = end
    if not parts:
        return text
    parts.append(text[last:])
    return "".join(parts)


def _unknown(value: Any, depth: int, held: Callable[[str], Unknown | None] | None = None) -> tuple[Any, bool]:
    """`value` with each string holding a hole an Unknown (as `held` says, else by _HOLE) and each object with a holed
    key open (that key left out); and whether anything changed."""
    if isinstance(value, str):
        unknown = (Unknown(value) if _HOLE.search(value) else None) if held is None else held(value)
        return (unknown, True) if unknown is not None else (value, False)
    if depth <= 0:
        return value, False
    if isinstance(value, list):
        items = [_unknown(item, depth - 1, held) for item in value]
        return ([item for item, _ in items], True) if any(changed for _, changed in items) else (value, False)
    if isinstance(value, dict):
        kept: dict[str, Any] = {}
        changed = opened = False
        for key, item in value.items():
            if isinstance(key, str) and (_HOLE.search(key) if held is None else held(key)):
                opened = changed = True
                continue
            kept[key], item_changed = _unknown(item, depth - 1, held)
            changed = changed or item_changed
        if not changed:
            return value, False
        return (OpenObject(kept) if opened or isinstance(value, OpenObject) else kept), True
    return value, False


#: What a template page's tag opens with, and the text that closes it (Handlebars/Mustache and Nunjucks/Liquid/Jinja
#: `{{ }}`, Handlebars' raw `{{{ }}}`, Nunjucks/Liquid `{% %}` and `{# #}`, EJS `<% %>`).
_PAGE_OPENER = re.compile(r"\{\{\{|\{\{|\{%|\{#|<%")
_PAGE_CLOSER = {"{{{": "}}}", "{{": "}}", "{%": "%}", "{#": "#}", "<%": "%>"}
#: What stands for a tag's rendering in the text parsed (U+E000, a private-use character, valid in JSON and YAML text):
#: a value holding it is unknown.
_RENDERED = "\ue000"
#: After the opener (and whitespace control, `~`, `-`, `_`): the mark of a comment, and of a control tag (a block's
#: start, end or else; a partial; EJS's scriptlet is any `<%` with no `=`/`-` output mark).
_COMMENT_MARK = "!"
_CONTROL_MARK = re.compile(r"[#/^>]|else\b")


def page_tags(text: str) -> bool:
    """Whether a text holds a template page's tag."""
    return _PAGE_OPENER.search(text) is not None


def page_tags_unknown(text: str, name: str | None, limits: Limits, kind: str) -> TemplateBody | None:
    """A JSON/YAML body kept as a template page (load_text reads one so: a check and its fixes' proofs alike), each
    value its tags render unknown and each object with a rendered key open; None when a tag is a control tag or
    unclosed (its shape is known only once rendered), when even so it does not parse, or when it holds no tag.

    In JSON, a string holding tags is kept as written (a TemplateHole: a fix moving it writes it as it was, and reads
    back the same); a tag where a value goes is read as an unknown value no fix can write."""
    if not page_tags(text):
        return None
    rendered = _page_rendered(text, kind == "json")
    if rendered is None:
        return None
    loaded = load_text(rendered, None, limits=limits, kind=kind)
    if not loaded.parsed or any(finding.code not in _KEPT for finding in loaded.findings):
        return None
    held, _ = _unknown(loaded.value, limits.max_depth, _page_value)
    locator = loaded.locator()
    if locator is not None:
        locator.lines = LineIndex(text)  # (excerpts show the text as written, at the same offsets)
    return TemplateBody(name, held, text=text, kind=loaded.kind, findings=loaded.findings,
                        plain_scalars=loaded.plain_scalars, locator=locator, dialect=loaded.dialect)


def _page_value(value: str) -> Unknown | None:
    """What a template page's string renders: unknown where it holds a tag (kept as written) or stands for one."""
    if _RENDERED in value:
        return Unknown(value)
    return TemplateHole(value) if page_tags(value) else None


def _page_rendered(text: str, json: bool) -> str | None:
    """The text with each output tag outside a JSON string written as _RENDERED characters of its width (in JSON, a
    string of them) and each comment as spaces: every offset kept. In a JSON string, a tag is kept as written when the
    string stays a string (else None). None too for a control tag or an unclosed one."""
    parts: list[str] = []
    last = 0
    in_string = False
    position = 0
    while True:
        match = _PAGE_OPENER.search(text, position)
        if match is None:
            break
        start = match.start()
        if json:
            in_string = _in_string(text, last, start, in_string)
        opener = match.group()
        closer_at = text.find(_PAGE_CLOSER[opener], match.end())
        if closer_at < 0:
            return None
        end = closer_at + len(_PAGE_CLOSER[opener])
        inside = text[match.end():closer_at].lstrip("~-_ \t")
        tag = text[start:end]
        if opener == "{#" or (opener == "<%" and inside.startswith("#")) or (opener.startswith("{{") and inside.startswith("!")):
            parts += [text[last:start], "".join(c if c in "\r\n" else " " for c in tag)]
        elif opener == "{%" or (opener == "<%" and not tag.startswith(("<%=", "<%-"))) \
                or (opener == "{{" and _CONTROL_MARK.match(inside)):
            return None  # a block, a loop, a partial: what it renders is no value
        elif "\n" in tag:
            return None
        elif json and in_string:
            if '"' in tag or "\\" in tag or not tag.isprintable():
                return None  # (the string would not be one string as written)
            parts.append(text[last:end])
        elif json:
            parts += [text[last:start], '"' + _RENDERED * (len(tag) - 2) + '"']
        else:
            parts += [text[last:start], _RENDERED * len(tag)]
        last = position = end
    if not parts:
        return None
    parts.append(text[last:])
    return "".join(parts)


#: A JSON string's quotes and escapes, outside template tags (where a string opens or closes).
_QUOTE_OR_ESCAPE = re.compile(r'["\\]')


def _in_string(text: str, start: int, end: int, in_string: bool) -> bool:
    """Whether `text[end]` sits inside a JSON string, given whether `text[start]` did (no tag between them)."""
    position = start
    while True:
        match = _QUOTE_OR_ESCAPE.search(text, position, end)
        if match is None:
            return in_string
        if match.group() == "\\":
            position = match.end() + 1 if in_string else match.end()
            continue
        in_string = not in_string
        position = match.end()


#: Findings of a rendered body's load that still hold of the template (a key written twice is written twice).
_KEPT = frozenset({DUPLICATE_KEY})


__all__ = ["TemplateBody", "holes_unknown", "page_tags", "page_tags_unknown"]
