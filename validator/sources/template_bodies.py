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

from ..core.lines import LineIndex
from . import json_source
from .candidates import template_holes
from .document import Document, Limits, TemplateBody
from .template_pages import hole_value as _hole_value
from .template_pages import unknown_where
from .template_pages import values_quoted as _values_quoted


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
    if locator is not None:
        locator.lines = LineIndex(text)  # (excerpts show the text as written, at the same offsets: not `"${_}"`)
    body = TemplateBody(document.name, held, text=text, kind=document.kind,
                        findings=[f for f in document.findings if document.parsed], plain_scalars=document.plain_scalars,
                        locator=locator if locator is not None else document.locator(), dialect=document.dialect)
    if locator is not None:
        body.stand_in = _values_quoted
    body.held = lambda parsed: unknown_where(parsed, limits.max_depth, _hole_value)[0]
    return body


__all__ = ["TemplateBody", "holes_unknown"]
