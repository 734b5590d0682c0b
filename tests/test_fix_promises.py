"""What a text report promises (`fix:`, "N fixable") is what --fix makes (issue 19, reviewer B 2): a small payload's
fixes are rendered and proven by the report too, so one whose edit cannot be made is shown as help, not counted."""

from __future__ import annotations

from pathlib import Path

from conftest import flowlint

UUID = "00000000-0000-4000-8000-000000000000"  # a flow no contract describes


def test_a_removal_an_alias_refers_to_is_help_not_a_promise(tmp_path: Path) -> None:
    body = tmp_path / "c4.yaml"
    text = f"flowId: {UUID}\ntype: &a flow\nname: *a\n"
    body.write_text(text)
    report = flowlint("check", "--no-cache", "--no-color", str(body)).stdout
    assert "FL101" in report and "help: remove `type`" in report, report  # the finding, its help shown
    assert "fixable" not in report and "fix (unsafe)" not in report
    fixed = flowlint("check", "--no-cache", "--fix", "--unsafe-fixes", str(body))
    assert body.read_text() == text and "fixed" not in fixed.stdout  # nothing promised, nothing made


def test_every_fix_a_text_report_counts_is_made(tmp_path: Path) -> None:
    body = tmp_path / "a.yaml"
    body.write_text(f"flowId: {UUID}  # the flow\ninputs:     # order\n  orderId: 5\ntype: flow  # legacy\n")
    report = flowlint("check", "--no-cache", "--no-color", str(body)).stdout
    assert "2 fixable with `flowlint check --fix --unsafe-fixes`" in report, report
    fixed = flowlint("check", "--no-cache", "--no-color", "--fix", "--unsafe-fixes", str(body)).stdout
    assert "fixed 2 findings" in fixed and "not applied" not in fixed, fixed
