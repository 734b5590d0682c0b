"""A JSON or YAML body kept as a template page (`launch.json.hbs`, `.json.njk`, `.json.liquid`, `.json.ejs`,
`.yaml.mustache`): a template engine renders it before it is sent, so what its tags render is not known here.

document.load_text reads one (a check and its fixes' proofs alike) with `page_rendered`'s text: an output tag
(`{{ x }}`, `{{{ x }}}`, `<%= x %>`) inside a JSON string is kept as written (the string a TemplateHole: a fix moving it
writes it as it was), one where a value goes is a string of RENDERED marks (an unknown value no fix can write); a
comment (`{{! … }}`, `{# … #}`, `<%# … %>`) is blank; a control tag (`{% if %}`, `{{#each}}`, `<% … %>`) makes the body's
shape known only once rendered: it is not judged, and a named one is said so (the runner's verdict).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from ..core.unknown import OpenObject, Unknown
from .brackets import bracket_end

#: Template engines' page suffixes: an HTML page they render (kinds.HTML), or, after `.json`/`.yaml`, a body.
TEMPLATE_PAGES = (".ejs", ".hbs", ".handlebars", ".mustache", ".njk", ".liquid")


def page_body_kind(name: str | None) -> str | None:
    """"json" or "yaml" for a body kept as a template page, by the suffix before the engine's; None for any other file."""
    lowered = (name or "").lower()
    stem, dot, suffix = lowered.rpartition(".")
    if not dot or "." + suffix not in TEMPLATE_PAGES:
        return None
    inner = stem[stem.rfind("."):] if "." in stem else ""
    return "json" if inner == ".json" else "yaml" if inner in (".yaml", ".yml") else None


#: What a template page's tag opens with, and the text that closes it (Handlebars/Mustache and Nunjucks/Liquid/Jinja
#: `{{ }}`, Handlebars' raw `{{{ }}}`, Nunjucks/Liquid `{% %}` and `{# #}`, EJS `<% %>`).
_PAGE_OPENER = re.compile(r"\{\{\{|\{\{|\{%|\{#|<%")
_PAGE_CLOSER = {"{{{": "}}}", "{{": "}}", "{%": "%}", "{#": "#}", "<%": "%>"}
#: What stands for a tag's rendering in the text parsed (U+E000, a private-use character, valid in JSON and YAML text):
#: a value holding it is unknown.
RENDERED = "\ue000"
#: After the opener (and whitespace control, `~`, `-`, `_`): the mark of a comment, and of a control tag (a block's
#: start, end or else; a partial; EJS's scriptlet is any `<%` with no `=`/`-` output mark).
_COMMENT_MARK = "!"
_CONTROL_MARK = re.compile(r"[#/^>]|else\b")


def page_tags(text: str) -> bool:
    """Whether a text holds a template page's tag."""
    return _PAGE_OPENER.search(text) is not None


#: A template's tag as Jinja, Nunjucks, Liquid, Handlebars and Mustache write one: on one line, no brace inside
#: (`{{ launch_inputs | to_json }}`, `{% if vip %}`, `{# note #}`); a typo's `{{"flowId": 1}` is none.
_TEMPLATE_TAG = re.compile(r"\{\{[^{}\n]*\}\}|\{%[^{}\n]*%\}|\{#[^{}\n]*#\}")


def template_tags(text: str) -> bool:
    """Whether a text holds a template's tag (_TEMPLATE_TAG): a body that does not parse and holds one is a template."""
    return _TEMPLATE_TAG.search(text) is not None


def shaped_when_rendered(text: str, kind: str | None, parsed: bool) -> bool:
    """Whether a JSON/YAML file (its text, kind, whether it parsed) that does not parse is a template whose tags shape
    it only when it is rendered: it holds a template's tag, and a control tag (`{% if %}`, `{{#each}}`) or one its
    engine would not read as a value; what it sends is not known here (no FL001 on it: it is no body as written)."""
    return not parsed and kind in ("json", "yaml") and template_tags(text) and page_rendered(text, kind == "json") is None


def page_value(value: str) -> Unknown | None:
    """What a template page's string renders: unknown where it holds a tag (kept as written) or stands for one."""
    if RENDERED in value:
        return Unknown(value)
    if not page_tags(value):
        return None
    from .velocity import TemplateHole  # (a warm run imports no reader: only a template page's body gets here)

    return TemplateHole(value)


def page_rendered(text: str, json: bool) -> str | None:
    """The text with each output tag outside a JSON string written as RENDERED characters of its width (in JSON, a
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
            parts += [text[last:start], '"' + RENDERED * (len(tag) - 2) + '"']
        else:
            parts += [text[last:start], RENDERED * len(tag)]
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


def unknown_where(value: Any, depth: int, held: Callable[[str], Unknown | None]) -> tuple[Any, bool]:
    """`value` with each string `held` says is only rendered at run time an Unknown (the one it gives) and each object
    with such a key open (that key left out); and whether anything changed."""
    if isinstance(value, str):
        unknown = held(value)
        return (unknown, True) if unknown is not None else (value, False)
    if depth <= 0:
        return value, False
    if isinstance(value, list):
        items = [unknown_where(item, depth - 1, held) for item in value]
        return ([item for item, _ in items], True) if any(changed for _, changed in items) else (value, False)
    if isinstance(value, dict):
        kept: dict[str, Any] = {}
        changed = opened = False
        for key, item in value.items():
            if isinstance(key, str) and held(key) is not None:
                opened = changed = True
                continue
            kept[key], item_changed = unknown_where(item, depth - 1, held)
            changed = changed or item_changed
        if not changed:
            return value, False
        return (OpenObject(kept) if opened or isinstance(value, OpenObject) else kept), True
    return value, False


#: A hole or directive in a string: `${…}` or `%{…}`, not Terraform's escapes of a literal one (`$${`, `%%{`).
_HOLE = re.compile(r"(?<![$%])[$%]\{")
#: In JSON text: a string (skipped: a hole inside one is read from the parsed value), or a hole or directive outside.
_STRING_OR_HOLE = re.compile(r'"(?:[^"\\]|\\.)*"|(?<![$%])([$%])\{', re.S)


def hole_value(value: str) -> Unknown | None:
    return Unknown(value) if _HOLE.search(value) else None


def values_quoted(text: str) -> str | None:
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
