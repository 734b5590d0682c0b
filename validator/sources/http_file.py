"""Launch requests in .http / .rest files (VS Code REST Client, JetBrains HTTP Client).

Requests are separated by `###` lines; `@name = value` defines a variable used as `{{name}}`;
a request is its request line, its headers, a blank line and its body. A variable the file
does not define (an environment's, `{{$guid}}`) is an unknown value. A body read from a file
(`< ./body.json`, `<@ ./body.json` with variables) is read and checked by the loader
(`sources.load_source`), in that file's own positions.
"""

from __future__ import annotations

import re

from ..core.unknown import Unknown
from .embedded import embedded_body
from .model import Header, LaunchRequest, Text

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_SEPARATOR = re.compile(r"###")
_VARIABLE_LINE = re.compile(r"@([A-Za-z_][\w.-]*)\s*=\s*(.*?)\s*$")
_REQUEST_LINE = re.compile(r"(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|TRACE|CONNECT)\s+(\S.*?)(?:\s+HTTP/[\d.]+)?\s*$", re.I)
_HEADER = re.compile(r"([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*:\s*(.*?)\s*$")
_PLACEHOLDER = re.compile(r"\{\{\s*([^{}]*?)\s*\}\}")


def _lines(text: str) -> list[tuple[int, str]]:
    """(offset, text without its line break) of every line."""
    found: list[tuple[int, str]] = []
    for match in _LINE.finditer(text):
        if match.start() == len(text) and found:
            break
        found.append((match.start(), match.group().rstrip("\r\n")))
    return found


def substitute(value: str, start: int, variables: dict[str, str]) -> Text:
    """A line's text with {{variables}} put in (the file's own) or left unknown, spanning where it is written."""
    parts: list[str | Unknown] = []
    last = 0
    for match in _PLACEHOLDER.finditer(value):
        parts.append(value[last:match.start()])
        name = match.group(1)
        parts.append(variables[name] if name in variables else Unknown(match.group()))
        last = match.end()
    parts.append(value[last:])
    return Text(tuple(p for p in parts if p != ""), (start, start + len(value)))


def file_variables(lines: list[tuple[int, str]]) -> dict[str, str]:
    variables: dict[str, str] = {}
    for _, line in lines:
        match = _VARIABLE_LINE.match(line.strip())
        if match:
            variables[match.group(1)] = match.group(2)
    for _ in range(3):  # variables defined from variables: {{host}}/api
        variables = {k: _fill(v, variables) for k, v in variables.items()}
    return variables


def _fill(value: str, variables: dict[str, str]) -> str:
    return _PLACEHOLDER.sub(lambda m: variables.get(m.group(1), m.group()), value)


def extract(text: str, name: str | None = None) -> list[LaunchRequest]:
    lines = _lines(text)
    variables = file_variables(lines)
    blocks: list[list[tuple[int, str]]] = [[]]
    for offset, line in lines:
        if _SEPARATOR.match(line.lstrip()):
            blocks.append([])
        else:
            blocks[-1].append((offset, line))
    return [r for r in (_request(block, text, variables) for block in blocks) if r is not None]


def _request(block: list[tuple[int, str]], text: str, variables: dict[str, str]) -> LaunchRequest | None:
    i = 0
    while i < len(block) and (not block[i][1].strip() or block[i][1].lstrip().startswith(("#", "//", "@"))):
        i += 1
    if i == len(block):
        return None
    offset, line = block[i]
    indent = len(line) - len(line.lstrip())
    match = _REQUEST_LINE.match(line.strip())
    if match:
        method, url_text = match.group(1).upper(), match.group(2)
        method_span = (offset + indent, offset + indent + len(match.group(1)))
        url_start = offset + indent + match.start(2)
    elif line.strip().lower().startswith(("http://", "https://", "{{")):
        method, url_text, method_span, url_start = "GET", line.strip(), None, offset + indent
    else:
        return None
    i += 1
    while i < len(block) and block[i][1][:1].isspace() and block[i][1].strip()[:1] in ("?", "&"):  # query on more lines
        url_text += block[i][1].strip()
        i += 1
    url = substitute(url_text, url_start, variables)
    end_offset = block[-1][0] + len(block[-1][1])
    request = LaunchRequest("http-file", (offset, end_offset), url, method, method_span, sends="text")
    headers: list[Header] = []
    while i < len(block) and block[i][1].strip():
        header_offset, header_line = block[i]
        found = _HEADER.match(header_line.strip())
        if found and not header_line.lstrip().startswith(("#", "//")):
            start = header_offset + len(header_line) - len(header_line.lstrip())
            value_start = start + found.start(2)
            headers.append(Header(found.group(1), substitute(found.group(2), value_start, variables),
                                  (start, start + len(header_line.strip()))))
        i += 1
    request.headers = headers
    body_lines = [entry for entry in block[i + 1:]]
    cut = next((k for k, (_, line) in enumerate(body_lines) if line.startswith(("> {%", "<> ", ">> "))), len(body_lines))
    body_lines = body_lines[:cut]
    while body_lines and not body_lines[-1][1].strip():
        body_lines.pop()
    while body_lines and not body_lines[0][1].strip():
        body_lines.pop(0)
    if not body_lines:
        return request
    start = body_lines[0][0]
    end = body_lines[-1][0] + len(body_lines[-1][1])
    request.body_span = (start, end)
    first = body_lines[0][1]
    if first.startswith("<") and not first.startswith(("<>", "<!")):  # the body is another file: the loader reads it
        request.body = Unknown(first.strip())
        fill = first.startswith("<@")
        reference = _fill(first[2 if fill else 1:].strip(), variables)
        if reference and len(body_lines) == 1 and "{{" not in reference:
            request.body_file = (reference, variables if fill else {})
        return request
    embedded_body(request, text[start:end], start, variables)
    return request
