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

from ..core.unknown import Unknown
from . import json_source
from .brackets import bracket_end
from .candidates import template_holes
from .document import Document, Limits, TemplateBody
from .template_pages import unknown_where

#: A hole or directive in a string: `${…}` or `%{…}`, not Terraform's escapes of a literal one (`$${`, `%%{`).
_HOLE = re.compile(r"(?<![$%])[$%]\{")
#: In JSON text: a string (skipped: a hole inside one is read from the parsed value), or a hole or directive outside.
_STRING_OR_HOLE = re.compile(r'"(?:[^"\\]|\\.)*"|(?<![$%])([$%])\{', re.S)


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
    held, changed = unknown_where(value, limits.max_depth, _hole_value)
    if not changed:
        return None
    return TemplateBody(document.name, held, text=text, kind=document.kind,
                        findings=[f for f in document.findings if document.parsed], plain_scalars=document.plain_scalars,
                        locator=locator if locator is not None else document.locator(), dialect=document.dialect)


def _hole_value(value: str) -> Unknown | None:
    return Unknown(value) if _HOLE.search(value) else None


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


__all__ = ["TemplateBody", "holes_unknown"]
