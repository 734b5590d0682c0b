"""`--format sarif`: SARIF 2.1.0 for GitHub code scanning and other SARIF viewers."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
from typing import Any, TextIO
from urllib.parse import quote

from ..core.about import DOCS_URL, __version__
from ..core.codes import RULES
from ..core.diagnostics import Diagnostic, Fix, Severity
from .base import LineSource, Summary
from .json_report import strict_json

_LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def repo_root(start: str = ".") -> str:
    """The git work tree holding `start`, else `start` itself: SARIF URIs are relative to it."""
    try:
        out = subprocess.run(["git", "rev-parse", "--show-toplevel"], cwd=start, capture_output=True, text=True,
                             timeout=5, check=False)
    except (OSError, subprocess.SubprocessError):
        return os.path.abspath(start)
    return out.stdout.strip() if out.returncode == 0 and out.stdout.strip() else os.path.abspath(start)


class SarifReporter:
    shows_lines = False  # no excerpt: a run makes none for it

    def __init__(self, stream: TextIO, *, root: str | None = None) -> None:
        self.stream = stream
        self.root = os.path.abspath(root) if root else repo_root()
        self.results: list[dict[str, Any]] = []
        self.seen: dict[tuple[str, str, str], int] = {}

    def file(self, diagnostics: list[Diagnostic], line_source: LineSource | None) -> None:
        if diagnostics:  # called for every file: most have none
            self.results.extend(strict_json(self.result(d)) for d in diagnostics)

    def uri(self, file: str | None) -> str:
        if not file or file.startswith("<"):
            return quote((file or "stdin").strip("<>"), errors="surrogateescape")
        relative = os.path.relpath(os.path.abspath(file), self.root).replace(os.sep, "/")
        return quote(relative, errors="surrogateescape")  # undecodable file names keep their bytes

    def result(self, d: Diagnostic) -> dict[str, Any]:
        uri = self.uri(d.file)
        region: dict[str, int] = {"startLine": 1, "startColumn": 1}
        if d.span:
            region = {"startLine": d.span.line, "startColumn": d.span.column,
                      "endLine": d.span.end_line, "endColumn": max(d.span.end_column, d.span.column + 1)}
        # Stable while unrelated lines move: rule, file and JSON pointer, never line numbers.
        key = (d.code, uri, d.pointer or "")
        occurrence = self.seen.get(key, 0)
        self.seen[key] = occurrence + 1
        digest = hashlib.sha256("\0".join((*key, str(occurrence))).encode("utf-8", "backslashreplace")).hexdigest()
        text = f"{d.message}\nhelp: {d.help}" if d.help else d.message
        return {
            "ruleId": d.code,
            "ruleIndex": list(RULES).index(d.code),
            "level": _LEVELS[d.severity],
            "message": {"text": text},
            "locations": [{"physicalLocation": {
                "artifactLocation": {"uri": uri, "uriBaseId": "%SRCROOT%"},
                "region": region,
            }}],
            "partialFingerprints": {"flowlintFindingHash/v1": digest[:32]},
            "properties": {"pointer": d.pointer or ""},
            **({"fixes": [_fix(d.fix, uri)]} if d.fix is not None and d.fix.edits and d.fix.published else {}),
        }

    def root_uri(self) -> str:
        return "file://" + quote(self.root.replace(os.sep, "/").rstrip("/") + "/", errors="surrogateescape")

    def finish(self, summary: Summary) -> None:
        rules = [{
            "id": rule.code,
            "name": "".join(part.capitalize() for part in rule.name.split("-")),
            "shortDescription": {"text": rule.summary},
            "fullDescription": {"text": " ".join(rule.explanation.split())},
            "help": {"text": rule.doc(), "markdown": _markdown(rule.doc())},
            "defaultConfiguration": {"level": _LEVELS[rule.severity]},
            "properties": {"tags": ["flowlint", rule.name]},
        } for rule in RULES.values()]
        log = {
            "$schema": SARIF_SCHEMA,
            "version": "2.1.0",
            "runs": [{
                "tool": {"driver": {"name": "flowlint", "version": __version__, "semanticVersion": __version__,
                                    **({"informationUri": DOCS_URL} if DOCS_URL else {}), "rules": rules}},
                "originalUriBaseIds": {"%SRCROOT%": {"uri": self.root_uri()}},
                "columnKind": "unicodeCodePoints",
                "results": self.results,
            }],
        }
        self.stream.write(json.dumps(log, indent=2, ensure_ascii=True) + "\n")


def _fix(fix: Fix, uri: str) -> dict[str, Any]:
    """A SARIF fix: each edit a replacement of a region (empty for an insertion) by new text."""
    replacements = [{
        "deletedRegion": {"startLine": e.span.line, "startColumn": e.span.column,
                          "endLine": e.span.end_line, "endColumn": e.span.end_column},
        "insertedContent": {"text": e.shown_content},
    } for e in fix.edits or () if e.span is not None]
    return {"description": {"text": f"{fix.message} ({fix.applicability.value})"},
            "artifactChanges": [{"artifactLocation": {"uri": uri, "uriBaseId": "%SRCROOT%"}, "replacements": replacements}],
            "properties": {"applicability": fix.applicability.value}}


def _markdown(doc: str) -> str:
    lines = []
    for line in doc.splitlines():
        lines.append(line if not line.startswith("    ") else "\t" + line[4:])
    return "\n".join(lines)
