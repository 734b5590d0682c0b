"""`--format json`: one JSON object with every diagnostic and a summary."""

from __future__ import annotations

import json
from typing import Any, TextIO

from ..diagnostics import Diagnostic
from . import LineSource, Summary


class JsonReporter:
    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.diagnostics: list[dict[str, Any]] = []

    def file(self, diagnostics: list[Diagnostic], line_source: LineSource | None) -> None:
        self.diagnostics.extend(d.to_dict() for d in diagnostics)

    def finish(self, summary: Summary) -> None:
        document = {
            "diagnostics": self.diagnostics,
            "summary": {"files": summary.files, "errors": summary.errors,
                        "warnings": summary.warnings, "infos": summary.infos},
        }
        # Compact, so the C encoder writes it: a run over many files can have thousands of findings.
        self.stream.write(json.dumps(document, ensure_ascii=True) + "\n")
