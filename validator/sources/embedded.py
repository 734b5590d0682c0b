"""A body written as JSON text inside a file (a string literal, a curl -d, a Postman raw body):
parsed with the payload parser, positions mapped back to the file, `{{variables}}` read as unknown."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from .. import json_source
from ..diagnostics import Finding
from ..lines import LineIndex
from ..unknown import Unknown
from .model import EmbeddedJson, LaunchRequest

_VARIABLE = re.compile(r"\{\{\s*([^{}]*?)\s*\}\}")
_HOLE = "\ue000"  # stands for a bare {{variable}} while the JSON is parsed (same length, so offsets hold)


def embedded_body(request: LaunchRequest, text: str, outer: Sequence[int] | int,
                  variables: Mapping[str, str] | None = None) -> None:
    """Set the request's body from JSON text; `outer` maps each character of it to the file (or is its start offset)."""
    mapped = EmbeddedJson(text, outer)
    parse_text = _fill_holes(text) if variables is not None else text
    parsed = json_source.parse(parse_text)
    if isinstance(parsed, Finding):
        span = parsed.span
        if span is not None:
            start = _offset(text, span.line, span.column)
            end = _offset(text, span.end_line, span.end_column)
            file_start = mapped.to_file(start)
            request.findings.append((parsed, (file_start, max(file_start + 1, mapped.to_file(end)))))
        else:
            request.findings.append((parsed, request.body_span))
        return
    value = parsed.value
    if variables is not None:
        value = _substitute(value, variables)
    mapped.locator = json_source.JsonLocator(parse_text, unique_keys=not parsed.has_duplicates)
    request.body = value
    request.body_locator = mapped


def _offset(text: str, line: int, column: int) -> int:
    index = LineIndex(text)
    index.position(len(text))
    start = index.starts[min(line, len(index.starts)) - 1]
    return min(len(text), start + column - 1)


def _fill_holes(text: str) -> str:
    """Bare {{variables}} (outside strings) become same-length strings, so the JSON parses."""
    out = []
    i = 0
    in_string = False
    while i < len(text):
        char = text[i]
        if in_string:
            if char == "\\":
                out.append(text[i:i + 2])
                i += 2
                continue
            in_string = char != '"'
        elif char == '"':
            in_string = True
        elif text.startswith("{{", i):
            end = text.find("}}", i + 2)
            if end != -1 and end - i >= 2:
                out.append('"' + _HOLE * (end + 2 - i - 2) + '"')
                i = end + 2
                continue
        out.append(char)
        i += 1
    return "".join(out)


def _substitute(value: Any, variables: Mapping[str, str]) -> Any:
    if isinstance(value, dict):
        return {k: _substitute(v, variables) for k, v in value.items()}
    if isinstance(value, list):
        return [_substitute(v, variables) for v in value]
    if isinstance(value, str):
        if value and value.strip(_HOLE) == "":
            return Unknown("{{…}}")
        if "{{" in value:
            names = _VARIABLE.findall(value)
            if any(name not in variables for name in names):
                return Unknown(value)
            return _VARIABLE.sub(lambda m: variables[m.group(1)], value)
    return value
