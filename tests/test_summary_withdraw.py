"""Summary.withdraw takes back what Summary.add counted (the one place that knows how a run counts findings): the
imported-URL second pass takes back an FL011 note so, and --statistics then has no row of zero."""

from __future__ import annotations

from validator.core.diagnostics import UNPARSED, Applicability, Diagnostic, Fix, Severity, Span
from validator.report import Summary


def _diagnostic(code: str, severity: Severity, fix: Fix | None = None) -> Diagnostic:
    return Diagnostic(code, "rule", severity, "message", "help", None, "a.json", Span(1, 1, 1, 2), fix)


def _findings() -> list[Diagnostic]:
    safe = Fix(Applicability.SAFE, "rename it", (), pending=True)
    unsafe = Fix(Applicability.UNSAFE, "remove it", (), pending=True)
    shown = Fix(Applicability.DISPLAY_ONLY, f"rename it (not applied: {UNPARSED} (FL001 at 1:2, not selected))", ())
    return [_diagnostic("FL102", Severity.ERROR, safe), _diagnostic("FL101", Severity.ERROR, unsafe),
            _diagnostic("FL011", Severity.INFO), _diagnostic("FL203", Severity.WARNING),
            _diagnostic("FL900", Severity.ERROR), _diagnostic("FL102", Severity.ERROR, shown)]


def test_withdraw_undoes_add_for_every_kind_of_finding() -> None:
    for taken in range(len(_findings()) + 1):
        findings = _findings()
        summary = Summary()
        summary.add(findings, ("FL203", "FL302"))
        assert summary.errors and summary.fixable and summary.unsafe_fixable and summary.unparsed  # all of it counted
        summary.withdraw(findings[:taken], ("FL203",))
        expected = Summary()
        expected.add(findings[taken:], ("FL302",))
        assert summary == expected, taken
        for counts in (summary.by_code, summary.fixable_by_code, summary.suppressed_by_code):
            assert all(counts.values()), (taken, counts)  # no row of zero (Counter's == does not see one)


def test_withdraw_leaves_no_row_of_zero() -> None:
    summary = Summary()
    findings = _findings()
    summary.add(findings, ("FL203",))
    summary.withdraw(findings, ("FL203",))
    assert summary == Summary(files=1)  # every count back to nothing
    assert not summary.by_code and not summary.fixable_by_code and not summary.suppressed_by_code and not summary.unparsed
