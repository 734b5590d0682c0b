"""The fix of a repeated key (FL003): remove the earlier occurrence, the one parsers drop.

The source only finds the repeat; the fix is made here, where the kind's text can be edited.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..core.codes import DUPLICATE_KEY
from ..core.diagnostics import Finding, Path
from ..sources.document import Document


def with_duplicate_fixes(document: Document, findings: list[Finding]) -> list[Finding]:
    """The findings, each repeated key's carrying the fix that removes its earlier occurrence (when one can)."""
    if document.text is None or not any(f.code == DUPLICATE_KEY and f.fix is None and f.path and f.span for f in findings):
        return findings
    text = document.text
    if document.kind == "json":
        from .json_editor import earlier_duplicate_fix

        lines = document.lines()
        assert lines is not None
        containers: dict[Path, Any] = {}  # each object holding repeated keys is scanned once for all their fixes

        def fixed(finding: Finding) -> Finding:
            assert finding.span is not None and lines is not None
            repeat = lines.offset(finding.span.line, finding.span.column)
            return replace(finding, fix=earlier_duplicate_fix(text, finding.path, repeat, containers=containers, lines=lines))
    elif document.kind == "yaml":
        from .yaml_editor import earlier_duplicate_fix as yaml_fix

        parsed = getattr(document.locator(), "parsed", None)
        if parsed is None:
            return findings

        def fixed(finding: Finding) -> Finding:
            return replace(finding, fix=yaml_fix(text, parsed, finding))
    else:
        return findings
    return [fixed(f) if f.code == DUPLICATE_KEY and f.fix is None and f.path and f.span else f for f in findings]
