"""A whole run: files in, diagnostics out to a reporter, one file in memory at a time."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from dataclasses import replace

from .diagnostics import Diagnostic
from .document import DEFAULT_LIMITS, Document, Limits, load_bytes, load_path
from .engine import CheckOptions, SeverityMap, check_document
from .files import STDIN
from .report import Reporter, Summary


def run(paths: Iterable[str], options: CheckOptions, reporter: Reporter, *, limits: Limits = DEFAULT_LIMITS,
        severities_for: Callable[[str], SeverityMap] | None = None, stdin_name: str = "<stdin>") -> Summary:
    """Check every file and report it as soon as it is done; the summary counts them all.

    `severities_for` gives per-file rule severities (per-path config); without it, `options.severities` applies.
    """
    summary = Summary()
    said_once: set[tuple[str, str]] = set()  # (code, message) of notes given once per run
    for path in paths:
        document = _load(path, limits, stdin_name)
        file_options = replace(options, severities=severities_for(path)) if severities_for else options
        diagnostics = _once_per_run(check_document(document, file_options), said_once)
        summary.add(diagnostics)
        lines = document.lines() if diagnostics else None
        reporter.file(diagnostics, lines.line_text if lines else None)
    reporter.finish(summary)
    return summary


def _load(path: str, limits: Limits, stdin_name: str) -> Document:
    if path == STDIN:
        data = sys.stdin.buffer.read(limits.max_file_size + 1)
        return load_bytes(data, stdin_name, limits=limits)
    return load_path(path, limits=limits)


def _once_per_run(diagnostics: list[Diagnostic], said: set[tuple[str, str]]) -> list[Diagnostic]:
    """FL200 and FL901 are about a flow, not a file: say each once."""
    kept = []
    for diagnostic in diagnostics:
        if diagnostic.code in ("FL200", "FL901"):
            key = (diagnostic.code, diagnostic.message)
            if key in said:
                continue
            said.add(key)
        kept.append(diagnostic)
    return kept
