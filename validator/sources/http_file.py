"""Launch requests in .http / .rest files (VS Code REST Client, JetBrains HTTP Client).

Requests are separated by `###` lines; `@name = value` defines a variable used as `{{name}}`;
a request is its request line, its headers, a blank line and its body. A variable the file
does not define (`{{$guid}}`, `{{$dotenv X}}`, an environment's that its environments give no one value:
http_environments), and a file variable whose value uses one, is an unknown value; so is one of the file's that a
JetBrains environment may give another value. A body read from a file
(`< ./body.json`, `<@ ./body.json` with variables) is read and checked by the loader
(`sources.load_source`), in that file's own positions. A sign-in's form body (a POST to a Genesys Cloud
login host's /oauth/token) writing a client secret, a password or a refresh token is said (FL305) where it is written.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from ..core.unknown import Outside, Unknown
from .elisions import in_documentation
from .embedded import EXPANSION_BUDGET, VARIABLE, VARIABLE_CAP, embedded_body
from .model import Header, LaunchRequest, Offsets, Text
from .refusals import handler_refusal
from .sign_in import BASIC_SAID, basic_secret, form_secrets, to_genesys_token

if TYPE_CHECKING:
    from .document import Limits
    from .http_environments import Environments

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_SEPARATOR = re.compile(r"###")
_NAME = re.compile(r"[A-Za-z_][\w.-]*")
#: A system variable reading the environment: REST Client's `{{$processEnv X}}` and `{{$dotenv X}}`, JetBrains'
#: `{{$env.X}}`.
_FROM_OUTSIDE = re.compile(r"\$(?:processEnv|dotenv)[ \t]+%?[\w.-]+|\$env\.[\w.-]+")
_METHOD = re.compile(r"(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|TRACE|CONNECT)\s", re.I)
_VERSION = re.compile(r"HTTP/[\d.]+", re.I)
#: A request line in documentation, after a blank line: the next request of a block showing several (`POST /x`).
_NEXT_REQUEST = re.compile(r"(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)[ \t]+(?:https?://|/|\{\{)\S*", re.I)
#: Where documentation starts showing the reply after the request: its status line (`HTTP/1.1 200 OK`, `HTTP/2 400`,
#: curl -v's `< HTTP/1.1 202`), or a line naming it (`Response:`, `### Response`, `// Response`).
_STATUS_LINE = re.compile(r"[ \t]*(?:<[ \t]*)?HTTP(?:/\d(?:\.\d)?)?[ \t]+\d{3}\b"
                          r"|[ \t]*(?:#{1,6}[ \t]*|//[ \t]*|\*\*)?(?:response|reply)(?:\*\*)?[ \t]*:?(?:\*\*)?[ \t]*$", re.I)
_TOKEN = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")


def _lines(text: str) -> list[tuple[int, str]]:
    """(offset, text without its line break) of every line."""
    found: list[tuple[int, str]] = []
    for match in _LINE.finditer(text):
        if match.start() == len(text) and found:
            break
        found.append((match.start(), match.group().rstrip("\r\n")))
    return found


def substitute(value: str, start: int, variables: Mapping[str, str],
               outside: Callable[[str], bool] | None = None) -> Text:
    """A line's text with {{variables}} put in (the file's own) or left unknown, spanning where it is written; one
    that `outside` says is given from outside the file (or a file variable holding one alone: `@base = {{$processEnv
    URL}}`) is Outside.

    Past VARIABLE_CAP characters put in, the rest of the line's variables are unknown."""
    parts: list[str | Unknown] = []
    last = 0
    put_in = 0
    for match in VARIABLE.finditer(value):
        parts.append(value[last:match.start()])
        name = match.group(1).strip()
        known = variables.get(name)
        held = VARIABLE.fullmatch(known.strip()) if known is not None else None
        if known is not None and VARIABLE.search(known):
            known = None  # its value names a variable the file does not define ({{$dotenv X}}, an environment's)
        if known is not None and put_in + len(known) <= VARIABLE_CAP:
            put_in += len(known)
            parts.append(known)
        elif outside is not None and (outside(held.group(1).strip()) if held is not None else
                                      name not in variables and outside(name)):
            parts.append(Outside(match.group(), held.group() if held is not None else match.group()))
        else:
            parts.append(Unknown(match.group()))
        last = match.end()
    parts.append(value[last:])
    return Text(tuple(p for p in parts if p != ""), (start, start + len(value)))


def _variable_line(line: str) -> tuple[str, str] | None:
    """`@name = value` as (name, value), read without a backtracking regex."""
    line = line.strip()
    if not line.startswith("@"):
        return None
    name = _NAME.match(line, 1)
    if name is None:
        return None
    rest = line[name.end():].lstrip()
    if not rest.startswith("="):
        return None
    return name.group(), rest[1:].strip()


def file_variables(lines: list[tuple[int, str]], environments: Environments | None = None, *,
                   own: bool = False) -> dict[str, str]:
    """The file's `@name = value` variables, each resolved through the others it names, with what the `environments`
    around the file give (http_environments: a variable an environment may give another value is left out, one the
    file does not write is given the one value all of them give it; `own`: only the file's own variables, each
    resolved without an environment's value).

    A variable in a cycle, one that names such a variable, or one whose value grows past VARIABLE_CAP
    characters (or past the file's EXPANSION_BUDGET in all) is left out: it is an unknown value.
    A name the file does not define stays written as `{{name}}`."""
    written: dict[str, str] = {}
    for _, line in lines:
        found = _variable_line(line)
        if found:
            written[found[0]] = found[1]
    if environments is not None:
        given = environments.applied(written)
        written = {name: value for name, value in given.items() if name in written} if own else given
    return _resolve(written)


def key_variables(lines: list[tuple[int, str]], variables: dict[str, str]) -> dict[str, str]:
    """The variables a body's key may be read with (`"Flow.{{k}}"`): not one the file defines more than once (which of
    its values a request is sent with depends on where the client reads it: file_variables keeps the last), nor one
    whose value names such a variable (`@k = {{base}}Name`). A key naming another is unknown (its object open)."""
    seen: set[str] = set()
    twice: set[str] = set()
    written: dict[str, str] = {}
    for _, line in lines:
        found = _variable_line(line)
        if found:
            (twice if found[0] in seen else seen).add(found[0])
            written[found[0]] = found[1]
    if not twice:
        return variables
    named_by: dict[str, list[str]] = {}  # a variable -> the variables whose value names it
    for name, value in written.items():
        for match in VARIABLE.finditer(value):
            named_by.setdefault(match.group(1).strip(), []).append(name)
    unknown, pending = set(twice), list(twice)
    while pending:  # (each variable reached once: linear in the file's variables)
        for name in named_by.get(pending.pop(), ()):
            if name not in unknown:
                unknown.add(name)
                pending.append(name)
    return {name: value for name, value in variables.items() if name not in unknown}


def variable_spans(lines: list[tuple[int, str]]) -> dict[str, Offsets]:
    """Where the file writes each `@name = value` variable's value (the last one of a name, as file_variables reads)."""
    spans: dict[str, Offsets] = {}
    for offset, line in lines:
        found = _variable_line(line)
        if found:
            end = offset + len(line.rstrip())
            spans[found[0]] = (end - len(found[1]), end)
    return spans


def _resolve(written: dict[str, str]) -> dict[str, str]:
    resolved: dict[str, str] = {}
    unknown: set[str] = set()
    budget = EXPANSION_BUDGET
    for root in written:
        if root in resolved or root in unknown:
            continue
        # Depth first without recursion (a chain of 100,000 variables is no deeper for Python); each variable's
        # value is split once and each of its references looked at once.
        stack: list[tuple[str, list[str | _Ref], int]] = [(root, _pieces(written[root]), 0)]
        on_stack = {root}
        while stack:
            name, pieces, index = stack[-1]
            while index < len(pieces):
                ref = pieces[index]
                if isinstance(ref, _Ref) and ref.name in written and ref.name not in resolved and ref.name not in unknown:
                    break
                index += 1
            if index < len(pieces):
                ref_name = pieces[index].name  # type: ignore[union-attr]
                if ref_name in on_stack:
                    unknown.update(on_stack)  # a cycle: every variable still being resolved depends on it
                    break
                stack[-1] = (name, pieces, index + 1)
                stack.append((ref_name, _pieces(written[ref_name]), 0))
                on_stack.add(ref_name)
                continue
            stack.pop()
            on_stack.discard(name)
            value = _expand(pieces, written, resolved, unknown)
            copied = any(isinstance(p, _Ref) for p in pieces) and not (len(pieces) == 1 and isinstance(pieces[0], _Ref))
            if value is None or (copied and len(value) > budget):
                unknown.add(name)
            else:
                budget -= len(value) if copied else 0
                resolved[name] = value
    return resolved


class _Ref:
    __slots__ = ("name", "written")

    def __init__(self, name: str, written: str) -> None:
        self.name, self.written = name, written


def _pieces(value: str) -> list[str | _Ref]:
    pieces: list[str | _Ref] = []
    last = 0
    for match in VARIABLE.finditer(value):
        pieces.append(value[last:match.start()])
        pieces.append(_Ref(match.group(1).strip(), match.group()))
        last = match.end()
    pieces.append(value[last:])
    return [p for p in pieces if p != ""]


def _expand(pieces: list[str | _Ref], written: dict[str, str], resolved: dict[str, str], unknown: set[str]) -> str | None:
    """The value with the file's variables put in; None when one of them is unknown or it grows past the cap."""
    if len(pieces) == 1 and isinstance(pieces[0], _Ref) and pieces[0].name in resolved:
        return resolved[pieces[0].name]  # an alias: the same string, nothing copied
    out: list[str] = []
    size = 0
    for piece in pieces:
        if isinstance(piece, _Ref):
            if piece.name in unknown:
                return None
            text = resolved[piece.name] if piece.name in written else piece.written
        else:
            text = piece
        size += len(text)
        if size > VARIABLE_CAP:
            return None
        out.append(text)
    return "".join(out)


def _fill(value: str, variables: Mapping[str, str]) -> str:
    return VARIABLE.sub(lambda m: variables.get(m.group(1).strip(), m.group()), value)


def _header(line: str) -> tuple[str, str, int] | None:
    """`Name: value` as (name, value, where the value starts in the line), read without a backtracking regex."""
    name = _TOKEN.match(line)
    if name is None:
        return None
    rest = line[name.end():].lstrip()
    if not rest.startswith(":"):
        return None
    value = rest[1:].lstrip()
    return name.group(), value.rstrip(), len(line) - len(value)


def extract(text: str, name: str | None = None, limits: Limits | None = None) -> list[LaunchRequest]:
    """The requests of a .http file (`limits`: the run's, whose checked tree the file's environment files are looked
    for in, http_environments; none: they are not)."""
    lines = _lines(text)
    environments = None
    looked = limits is not None and name is not None and name.lower().endswith((".http", ".rest")) and "{{" in text
    if looked:
        from .http_environments import environments as around

        environments = around(name, limits)  # type: ignore[arg-type]
    variables = file_variables(lines, environments)
    in_header = variables if environments is None else file_variables(lines, environments, own=True)
    own_names = {pair[0] for _, line in lines if (pair := _variable_line(line)) is not None}

    def outside(name: str) -> bool:
        """Whether a variable is given from outside the file and its environment files: the process's environment
        or a .env file's (`$processEnv X`, `$dotenv X`, JetBrains' `$env.X`), or a name neither the file nor an
        environment file around it writes (the client's own settings)."""
        if name.startswith("$"):
            return _FROM_OUTSIDE.fullmatch(name) is not None
        return name not in own_names and (environments is None or (not environments.unreadable
                                         and name not in environments.over_file and name not in environments.under_file))
    in_keys = key_variables(lines, variables)
    blocks: list[list[tuple[int, str]]] = [[]]
    documented = in_documentation()
    requested = False  # whether the block being read has its request line (documentation only)
    for offset, line in lines:
        if _SEPARATOR.match(line.lstrip()):
            blocks.append([])
            requested = False
        elif documented and _NEXT_REQUEST.match(line) and requested and not blocks[-1][-1][1].strip():
            blocks.append([(offset, line)])  # docs show one request after another without `###`: a request line starts one
        else:
            blocks[-1].append((offset, line))
            requested = requested or (documented and _METHOD.match(line.lstrip()) is not None)
    written = variable_spans(lines) if "/oauth/token" in text else {}  # (what a sign-in's form may name)
    found = [r for r in (_request(block, text, variables, written, in_keys, in_header, outside) for block in blocks)
             if r is not None]
    for request in found:  # its values depend on the environment files looked for: not kept in the result cache
        request.reads_module = request.reads_module or looked
    return found


def body_spans(text: str) -> list[tuple[int, int]]:
    """Where each request's body is written, in order: the lines sent as the body, comment-like or not."""
    return [request.body_span for request in extract(text) if request.body_span is not None]


def _request(block: list[tuple[int, str]], text: str, variables: dict[str, str],
             written: dict[str, Offsets], in_keys: dict[str, str], in_header: dict[str, str],
             outside: Callable[[str], bool] | None = None) -> LaunchRequest | None:
    i = 0
    while i < len(block) and (not block[i][1].strip() or block[i][1].lstrip().startswith(("#", "//", "@"))):
        i += 1
    if i == len(block):
        return None
    offset, line = block[i]
    indent = len(line) - len(line.lstrip())
    stripped = line.strip()
    match = _METHOD.match(stripped)
    if match and stripped[match.end():].strip():
        method, method_span = match.group(1).upper(), (offset + indent, offset + indent + len(match.group(1)))
        rest = stripped[match.end():]
        url_text = rest.lstrip()
        words = url_text.rsplit(None, 1)
        if len(words) == 2 and _VERSION.fullmatch(words[1]):
            url_text = words[0].rstrip()
        url_start = offset + indent + match.end() + len(rest) - len(rest.lstrip())
    elif stripped.lower().startswith(("http://", "https://", "{{")):
        method, url_text, method_span, url_start = "GET", stripped, None, offset + indent
    else:
        return None
    i += 1
    query = [url_text]
    while i < len(block) and block[i][1][:1].isspace() and block[i][1].strip()[:1] in ("?", "&"):  # query on more lines
        query.append(block[i][1].strip())
        i += 1
    url_text = "".join(query)
    url = substitute(url_text, url_start, variables, outside)
    end_offset = block[-1][0] + len(block[-1][1])
    request = LaunchRequest("http-file", (offset, end_offset), url, method, method_span, sends="text")
    headers: list[Header] = []
    authorizations: list[Offsets] = []  # where each Authorization header's value is written
    body_without_blank_line = False
    while i < len(block) and block[i][1].strip():
        header_offset, header_line = block[i]
        if header_line.lstrip()[:1] in ("{", "["):  # no header starts so: the body, written without its blank line
            body_without_blank_line = True
            break
        found = _header(header_line.strip())
        if found and not header_line.lstrip().startswith(("#", "//")):
            start = header_offset + len(header_line) - len(header_line.lstrip())
            name, value, value_at = found
            headers.append(Header(name, substitute(value, start + value_at, in_header),  # (no environment's value)
                                  (start, start + len(header_line.strip()))))
            if name.lower() == "authorization":
                authorizations.append((start + value_at, start + len(header_line.strip())))
        i += 1
    request.headers = headers
    sign_in = method == "POST" and to_genesys_token(_fill(url_text, variables))
    if sign_in:  # a literal Basic credential of a sign-in: its client secret, written in the file
        request.credentials = [(where, BASIC_SAID) for at in authorizations if (where := basic_secret(text, *at))]
    body_lines = block[i:] if body_without_blank_line else block[i + 1:]
    cut = next((k for k, (_, line) in enumerate(body_lines) if line.startswith(("> {%", "<> ", ">> "))), len(body_lines))
    if cut < len(body_lines) and body_lines[cut][1].startswith("> {%"):  # its response handler, to the block's end
        # `client.assert(response.status === 400)`: a negative test, whose request's mistake is its point
        request.asserted = handler_refusal(text[body_lines[cut][0]:end_offset])
    body_lines = body_lines[:cut]
    if in_documentation():  # a block showing the request then its reply: the status line ends the request
        reply = next((k for k, (_, line) in enumerate(body_lines) if _STATUS_LINE.match(line)), None)
        if reply is not None:
            body_lines = body_lines[:reply]
    while body_lines and not body_lines[-1][1].strip():
        body_lines.pop()
    first_text = next((k for k, (_, line) in enumerate(body_lines) if line.strip()), len(body_lines))
    body_lines = body_lines[first_text:]
    if not body_lines:
        request.bodiless = True
        return request
    start = body_lines[0][0]
    end = body_lines[-1][0] + len(body_lines[-1][1])
    request.body_span = (start, end)
    if sign_in:  # what its form sends
        request.credentials += [(where, f"the sign-in request's {said}")
                                for where, said in form_secrets(text, start, end, written)]
    first = body_lines[0][1]
    if first.startswith("<") and not first.startswith(("<>", "<!")):  # the body is another file: the loader reads it
        request.body = Unknown(first.strip())
        fill = first.startswith("<@")
        reference = _fill(first[2 if fill else 1:].strip(), variables)
        if reference and len(body_lines) == 1 and "{{" not in reference:
            request.body_file = (reference, variables if fill else {})
        return request
    template = None
    if in_documentation() and ("$" in text[start:end] or "#" in text[start:end]):
        from .data_action import documented_template  # (a docs block's body that may be a data action's template)

        template = documented_template
    embedded_body(request, text[start:end], start, variables, key_variables=in_keys, template=template)
    return request
