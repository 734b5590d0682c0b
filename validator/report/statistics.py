"""`--statistics`: one line per rule with how many findings it made (and how many were suppressed), like ruff's."""

from __future__ import annotations

import json
from typing import TextIO

from ..core.codes import RULES
from ..core.diagnostics import Diagnostic
from .base import LineSource, Summary


class StatisticsReporter:
    shows_lines = False  # no excerpt: a run makes none for it

    def __init__(self, stream: TextIO, *, as_json: bool = False) -> None:
        self.stream = stream
        self.as_json = as_json

    def file(self, diagnostics: list[Diagnostic], line_source: LineSource | None) -> None:
        """Counted by the run's summary; nothing to print per file."""

    def finish(self, summary: Summary) -> None:
        codes = sorted(set(summary.by_code) | set(summary.suppressed_by_code), key=lambda c: (-summary.by_code[c], c))
        rows = [{"code": code, "name": RULES[code].name if code in RULES else "", "count": summary.by_code[code],
                 "fixable": summary.fixable_by_code[code], "suppressed": summary.suppressed_by_code[code]} for code in codes]
        if self.as_json:
            self.stream.write(json.dumps(rows, indent=2) + "\n")
            return
        width = max((len(str(row["count"])) for row in rows), default=1)
        for row in rows:
            mark = "[*] " if row["fixable"] else "    "
            note = f"  ({row['suppressed']} suppressed)" if row["suppressed"] else ""
            self.stream.write(f"{row['count']:>{width}}\t{row['code']}\t{mark}{row['name']}{note}\n")
        if summary.fixable:
            self.stream.write("[*] fixable with `flowlint check --fix`\n")
        if summary.suppressed:
            self.stream.write(f"{summary.suppressed} suppressed by `flowlint: ignore` comments or per-file-ignores\n")
