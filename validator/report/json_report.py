"""`--format json`: one JSON object with every diagnostic and a summary."""

from __future__ import annotations

import json
from typing import Any, TextIO

from ..core.diagnostics import Diagnostic
from ..core.jsontext import safe
from .base import LineSource, Summary, shown_name


def strict_json(value: Any) -> Any:
    """The value with lone surrogates (undecodable file names, escaped input) as \\udcXX text: strict JSON parsers
    reject a lone surrogate escape."""
    if isinstance(value, str):
        return safe(value)
    if isinstance(value, dict):
        return {safe(k) if isinstance(k, str) else k: strict_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [strict_json(item) for item in value]
    return value


class JsonReporter:
    shows_lines = False  # no excerpt: a run makes none for it

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.diagnostics: list[dict[str, Any]] = []

    def file(self, diagnostics: list[Diagnostic], line_source: LineSource | None) -> None:
        if diagnostics:  # called for every file: most have none
            self.diagnostics.extend(strict_json({**d.to_dict(), "file": shown_name(d.file)}) for d in diagnostics)

    def finish(self, summary: Summary) -> None:
        document = {
            "diagnostics": self.diagnostics,
            "summary": {"files": summary.files, "errors": summary.errors,
                        "warnings": summary.warnings, "infos": summary.infos, "searched": summary.searched},
        }
        # Compact, so the C encoder writes it: a run over many files can have thousands of findings.
        self.stream.write(json.dumps(document, ensure_ascii=True) + "\n")
