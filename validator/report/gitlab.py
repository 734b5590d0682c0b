"""`--format gitlab`: a GitLab Code Quality report (a JSON array of issues) for merge request widgets."""

from __future__ import annotations

import hashlib
import json
import os
from typing import Any, TextIO

from ..core.diagnostics import Diagnostic, Severity
from .base import LineSource, Summary, workspace_name
from .json_report import strict_json

_SEVERITIES = {Severity.ERROR: "major", Severity.WARNING: "minor", Severity.INFO: "info"}


class GitlabReporter:
    shows_lines = False  # no excerpt: a run makes none for it

    def __init__(self, stream: TextIO, *, workspace: str | None = None) -> None:
        self.stream = stream
        #: The job's checkout (CI_PROJECT_DIR): Code Quality paths are relative to the repository's root.
        self.workspace = workspace
        self.issues: list[dict[str, Any]] = []
        self.seen: dict[str, int] = {}

    def file(self, diagnostics: list[Diagnostic], line_source: LineSource | None) -> None:
        if diagnostics:  # called for every file: most have none
            self.issues.extend(strict_json(self.issue(d)) for d in diagnostics)

    def issue(self, d: Diagnostic) -> dict[str, Any]:
        path = _path(d.file, self.workspace)
        # Stable across edits elsewhere in the file (no line number): rule, file, place and message, and which repeat.
        key = "\0".join((d.code, path, d.pointer or "", d.message))
        self.seen[key] = self.seen.get(key, 0) + 1
        fingerprint = hashlib.sha256(f"{key}\0{self.seen[key]}".encode("utf-8", "surrogatepass")).hexdigest()
        begin = d.span.line if d.span else 1
        return {"description": f"{d.code} {d.message}", "check_name": f"{d.code} {d.name}", "fingerprint": fingerprint,
                "severity": _SEVERITIES[d.severity], "categories": ["Bug Risk"],
                "location": {"path": path, "lines": {"begin": begin, "end": d.span.end_line if d.span else begin}}}

    def finish(self, summary: Summary) -> None:
        self.stream.write(json.dumps(self.issues, ensure_ascii=True, indent=2) + "\n")


def _path(file: str | None, workspace: str | None) -> str:
    """The file relative to the job's checkout, else to the working directory, /-separated."""
    if not file or file.startswith("<"):
        return (file or "stdin").strip("<>")
    if workspace:
        return workspace_name(file, workspace) or file
    relative = os.path.relpath(os.path.abspath(file))
    return (file if relative.startswith("..") else relative).replace(os.sep, "/")
