"""A walked JSON/YAML body holding template holes, read with each holed value unknown.

A launch body kept as a template (`"flowId": "${FLOW_ID}"` for envsubst, a CI's substitution or Terraform's
templatefile()) is filled before it is sent: what a hole renders is not known here, so a value holding one is unknown
(it never fails a check) and a key holding one makes its object open (it may hold any member). The rest of the body
is judged as any body is: a misspelt member, a wrong version, a stray `type`. A hole written where a JSON value goes,
unquoted (`"Flow.count": ${count}`), is read as an unknown value in its place; a template JSON cannot read even so
(a directive or a hole between members) is not judged (candidates.template_holes' verdict says why with -v).
"""

from __future__ import annotations

import re
from typing import Any

from ..core.unknown import OpenObject, Unknown
from . import json_source
from .brackets import bracket_end
from .candidates import template_holes
from .document import Document, Limits

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


def _unknown(value: Any, depth: int) -> tuple[Any, bool]:
    """`value` with each string holding a hole an Unknown and each object with a holed key open (that key left out);
    and whether anything changed."""
    if isinstance(value, str):
        return (Unknown(value), True) if _HOLE.search(value) else (value, False)
    if depth <= 0:
        return value, False
    if isinstance(value, list):
        items = [_unknown(item, depth - 1) for item in value]
        return ([item for item, _ in items], True) if any(changed for _, changed in items) else (value, False)
    if isinstance(value, dict):
        held: dict[str, Any] = {}
        changed = opened = False
        for key, item in value.items():
            if isinstance(key, str) and _HOLE.search(key):
                opened = changed = True
                continue
            held[key], item_changed = _unknown(item, depth - 1)
            changed = changed or item_changed
        if not changed:
            return value, False
        return (OpenObject(held) if opened or isinstance(value, OpenObject) else held), True
    return value, False


__all__ = ["TemplateBody", "holes_unknown"]
