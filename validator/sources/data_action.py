"""Launches in Genesys Cloud data action exports (`*.custom.json`): `config.request` is the request.

The action sends `requestType` to `requestUrlTemplate` with `headers`, and its body is
`requestTemplate`, a Velocity template (velocity.py) written as a JSON string: its positions are
mapped character by character through that string's escaping to the file. The action's
`contract` (its own input and output schemas) is no launch body and is never read as one.
A GET action sends no body (its template is ignored by the platform).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from ..core.codes import UNREAD_LAUNCH
from ..core.diagnostics import Edit, Finding, Path, Target
from ..core.printable import clipped
from ..core.unknown import Unknown
from . import json_source
from .document import DEFAULT_LIMITS
from .embedded import _deeper_than, _offset, json_string_at, syntax_fix_in_file
from .json_source import JsonLocator
from .model import NO_BODY, EmbeddedJson, Header, LaunchRequest, Offsets, Text
from .velocity import PLAIN_REFERENCE, Template, TemplateHole, has_velocity, scan, text_parts, value_of

#: Methods the platform sends without the template (a GET action's template shows `${input.rawRequest}`, unused).
_NO_BODY_METHODS = frozenset({"GET", "DELETE", "HEAD", "OPTIONS"})


def extract(text: str, max_depth: int = DEFAULT_LIMITS.max_depth) -> list[LaunchRequest]:
    try:
        document = json.loads(text)
    except (ValueError, RecursionError):
        return []
    actions = document if isinstance(document, list) else [document]  # a deployment script's list of actions
    locator = JsonLocator(text)
    found = []
    for index, action in enumerate(actions[:10_000]):
        base: Path = (index,) if isinstance(document, list) else ()
        request = _request(text, locator, base, action, max_depth)
        if request is not None:
            found.append(request)
    return found


def _request(text: str, locator: JsonLocator, base: Path, action: Any, max_depth: int) -> LaunchRequest | None:
    config = action.get("config") if isinstance(action, dict) else None
    spec = config.get("request") if isinstance(config, dict) else None
    path: Path = (*base, "config", "request")
    if spec is None and isinstance(action, dict) and "requestUrlTemplate" in action:
        spec, path = action, base  # the request's settings alone (documentation shows `config.request` so)
    if not isinstance(spec, dict) or not isinstance(spec.get("requestUrlTemplate"), str):
        return None

    def where(*parts: str | int) -> Offsets | None:
        return locator.offsets((*path, *parts), Target.VALUE)

    site = where() or (0, len(text))
    method = spec.get("requestType")
    method_text: str | Unknown = method.upper() if isinstance(method, str) else Unknown("requestType")
    url_at = where("requestUrlTemplate")
    request = LaunchRequest("data-action", site, Text(text_parts(spec["requestUrlTemplate"]), url_at), method_text,
                            where("requestType") if isinstance(method, str) else None, sends="text")
    headers = spec.get("headers")
    request.headers = []
    if isinstance(headers, dict):
        for name, value in headers.items():
            value_at = where("headers", name)
            shown: Text | Unknown = Text(text_parts(value), value_at) if isinstance(value, str) else Unknown()
            request.headers.append(Header(str(name), shown, value_at))
    if request.header("content-type") is None:
        # No header written: what the integration sends then is not documented, so it is not judged.
        request.headers.append(Header("Content-Type", Unknown("the integration's default")))
    template = spec.get("requestTemplate")
    if method_text in _NO_BODY_METHODS:
        return request
    if template is None:
        request.body = Unknown("${input.rawRequest}")  # the platform's default template
        return request
    if not isinstance(template, str):  # (a list, an object, a number): no template, and not the default either
        request.body = Unknown("requestTemplate")
        request.body_span = where("requestTemplate")
        return request
    at = where("requestTemplate")
    request.body_span = at
    located = json_string_at(text, at[0]) if at else None
    if located is None or located[0] != template:
        template_body(request, template, at[0] + 1 if at else 0, max_depth, exact=False)
    else:
        template_body(request, template, located[1], max_depth)
    return request


def templated_flow_id(request: LaunchRequest) -> tuple[str, TemplateHole, bool] | None:
    """A data action's URL that writes its flow ID as one plain reference (`/api/v2/flows/${input.flowId}/executions`):
    the URL as written, the reference as the body's flowId (the same hole, in a JSON string: what it renders in the
    path it renders there), and whether it reads the action's own input (`${input.…}`: nothing else made it)."""
    if request.kind != "data-action" or request.url is None:
        return None
    holes = [part for part in request.url.parts if isinstance(part, Unknown)]
    if len(holes) != 1 or not PLAIN_REFERENCE.fullmatch(holes[0].source):
        return None
    source = holes[0].source
    return request.url.shown(), TemplateHole(source), source.lstrip("$!{").startswith("input.")


def documented_template(request: LaunchRequest, text: str, outer: Sequence[int] | int, max_depth: int) -> bool:
    """Read a documentation body that does not parse as JSON as the Velocity template it is (a data action's shown in a
    docs block: `"flowId": "${input.flowId}"`, `{ ${input.attributes} }`), the way an export's template is read; False
    when it holds no Velocity."""
    if not has_velocity(text):
        return False
    template_body(request, text, outer, max_depth)
    return True


def template_body(request: LaunchRequest, template: str, outer: Sequence[int] | int, max_depth: int = DEFAULT_LIMITS.max_depth,
                  *, exact: bool = True) -> None:
    """Set the request's body from a Velocity template; `outer` maps each template character to the file (or is its start).

    A template that is not JSON whatever its holes hold gets FL001 at its character in the file; its syntax fix is
    applied there where the edit maps exactly through the string's escaping (`exact`: `outer` is the string's own map).
    """
    request.body_text = template
    if not template.strip():
        request.body = NO_BODY if not template else Unknown(template)
        return
    scanned = scan(template)
    if scanned.unclosed is not None:
        _unclosed_note(request, template, outer, *scanned.unclosed)
        return
    composed = [outer + o if isinstance(outer, int) else outer[min(o, len(outer) - 1)] for o in scanned.origin]
    mapped = EmbeddedJson(template, composed)
    mapped.locator = JsonLocator(scanned.text)
    parsed = json_source.parse(scanned.text)
    if isinstance(parsed, Finding):
        span = parsed.span
        start = _offset(scanned.text, span.line, span.column) if span else 0
        end = _offset(scanned.text, span.end_line, span.end_column) if span else 0
        file_start = mapped.to_file(start)
        parsed = json_source.said_of_embedded(parsed)
        finding = _template_fix(request, parsed, template, scanned, mapped) if exact else parsed
        if finding.fix is not None and not exact:
            finding = replace(finding, fix=replace(finding.fix, edits=None))  # the string was not located: shown only
        request.findings.append((finding, (file_start, max(file_start + 1, mapped.to_file(end)))))
        return
    if _deeper_than(parsed.value, max_depth):
        finding = json_source.depth_finding(scanned.text, max_depth)
        start = _offset(scanned.text, finding.span.line, finding.span.column) if finding.span else 0
        request.findings.append((finding, (mapped.to_file(start), mapped.to_file(start) + 1)))
        return
    mapped.locator = JsonLocator(scanned.text, unique_keys=not parsed.has_duplicates)
    request.body = value_of(parsed.value, scanned.holes)
    request.body_locator = mapped


def _unclosed_note(request: LaunchRequest, template: str, outer: Sequence[int] | int, start: int, lacking: str) -> None:
    """The body of a template Velocity cannot parse (a construct with no closing part runs to its end): unknown, and an
    FL011 note at the construct saying what it lacks. Its text is no JSON flowlint could judge: no FL001 either."""

    def to_file(offset: int) -> int:
        return outer + offset if isinstance(outer, int) else outer[max(0, min(offset, len(outer) - 1))]

    request.body = Unknown(clipped(template[start:]))
    opener = lacking.rsplit(" after ", 1)[-1]
    request.findings.append((Finding(
        UNREAD_LAUNCH, (), f"the launch's body is not known here: its Velocity template has no {lacking} here, so "
        "Velocity cannot render it (the template ends first); nothing in it was checked",
        f"write the {lacking.split(' after ')[0]} the {opener} needs, or check the body as a payload file"),
        (to_file(start), max(to_file(start) + 1, to_file(start + len(opener.strip('`')))))))


def _template_fix(request: LaunchRequest, finding: Finding, template: str, scanned: Template, mapped: EmbeddedJson) -> Finding:
    """The syntax fix, made in the stand-in text, moved to the template (outside every hole) and on to the file."""
    fix = finding.fix
    if fix is None or fix.operations or not fix.edits:
        return finding
    origin = scanned.origin
    holes = scanned.spans

    def literal(k: int) -> bool:
        at = origin[k]
        return at < len(template) and scanned.text[k] == template[at] and not any(a <= at < b for a, b in holes)

    def contiguous(edit: Edit) -> bool:
        return all(origin[k + 1] == origin[k] + 1 for k in range(edit.start, edit.end))

    if not all(contiguous(edit) for edit in fix.edits):
        return syntax_fix_in_file(request, finding, scanned.text, mapped.to_file, lambda k: False)
    in_template = tuple(replace(edit, start=origin[edit.start], end=origin[edit.end]) for edit in fix.edits)
    moved = replace(finding, fix=replace(fix, edits=in_template))
    outer = mapped.outer

    def to_file(offset: int) -> int:
        return outer + offset if isinstance(outer, int) else outer[max(0, min(offset, len(outer) - 1))]

    def in_hole(offset: int) -> bool:
        return any(a <= offset < b for a, b in holes)

    located = {origin[k]: literal(k) for edit in fix.edits for k in range(edit.start, edit.end)}
    return syntax_fix_in_file(request, moved, template, to_file, lambda at: located.get(at, not in_hole(at)))
