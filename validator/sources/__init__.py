"""Launch requests where people write them: code (JS/TS/Python), .http files, curl, Postman, HAR.

Each source module only extracts: it turns a file into `LaunchRequest`s (model.py). This module
turns those into documents the usual envelope and input checks run on, with the request
rules' findings (request_rules.py) beside them, every position in the file the user opened.
"""

from __future__ import annotations

from dataclasses import replace

from ..decode import decode
from ..diagnostics import Finding, Path, Span, Target
from ..document import DEFAULT_LIMITS, Document, Limits
from ..lines import LineIndex
from ..request_rules import check_request, is_launch
from .kinds import SOURCE_SUFFIXES, is_minified, may_launch, source_kind
from .model import NO_BODY, BodyLocator, LaunchRequest, Offsets

__all__ = ["SOURCE_SUFFIXES", "LaunchDocument", "extract", "load_source", "source_kind"]


class _Locator:
    """Spans of body members in the file, from the offsets the source recorded."""

    def __init__(self, lines: LineIndex, body: BodyLocator | None, body_span: Offsets | None) -> None:
        self.lines = lines
        self.body = body
        self.body_span = body_span

    def span(self, path: Path, target: Target) -> Span | None:
        offsets = self.body.offsets(path, target) if self.body is not None else None
        offsets = offsets or self.body_span
        return self.lines.span(*offsets) if offsets else None


class LaunchDocument(Document):
    """A launch's body as a document, with the request it came from and where its secrets are."""

    def __init__(self, name: str | None, request: LaunchRequest, text: str, lines: LineIndex, findings: list[Finding]) -> None:
        locator = _Locator(lines, request.body_locator, request.body_span)
        if request.body is NO_BODY:
            super().__init__(name, text=text, kind="code", findings=findings, locator=locator)
        else:
            super().__init__(name, request.body, text=text, kind="code", findings=findings, locator=locator)
        self.request = request


def extract(kind: str, text: str, name: str | None, limits: Limits = DEFAULT_LIMITS) -> list[LaunchRequest]:
    """Every launch request a file holds, in file order."""
    if kind in ("javascript", "typescript", "tsx", "python"):
        if is_minified(text):
            return []
        from . import code

        return code.extract(kind, text, max_depth=limits.max_depth)
    if kind == "http":
        from . import http_file

        return http_file.extract(text, name)
    if kind in ("shell", "markdown"):
        from . import curl

        return curl.extract(text, markdown=kind == "markdown")
    if kind == "postman":
        from . import postman

        return postman.extract(text)
    if kind == "har":
        from . import har

        return har.extract(text)
    return []


def load_source(kind: str, data: bytes, name: str | None, limits: Limits = DEFAULT_LIMITS) -> list[Document]:
    """The documents of a code or request file: one per launch; none when it holds no launch."""
    if not may_launch(kind, name, data):
        return []
    text, _ = decode(data)
    if text is None:
        return []  # not text: not code anyone runs
    text = text.removeprefix("\ufeff")
    lines = LineIndex(text)
    documents: list[Document] = []
    for request in extract(kind, text, name, limits):
        if not is_launch(request):
            continue
        findings = check_request(request, lines) + [
            replace(finding, span=lines.span(*where)) if where else finding for finding, where in request.findings]
        document = LaunchDocument(name, request, text, lines, findings)
        from ..editors.code_editor import LaunchEditor  # registration hook (#9): fixes get edits in this file

        document.editor = LaunchEditor(kind, name, len(documents), limits)
        documents.append(document)
    return documents
