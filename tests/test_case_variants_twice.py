"""One declared input sent in two other cases (`flow.customerName` and `Flow.CustomerName`, no `Flow.customerName`) is
one FL203 naming both spellings, with no fix (review F7): each got its own FL211/FL212 with a safe `rename it` fix and
"2 fixable", which --fix never applied (either rename sends the declared name twice, which its proof refuses), and the
input sent twice was never named. An input sent in one other case keeps its FL211/FL212 and its fix."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from conftest import UUID, check_text, codes, flowlint


def _inputs(data: dict[str, Any]) -> list[dict[str, Any]]:
    return check_text(json.dumps({"flowId": UUID, "inputData": data}, indent=2))


def test_an_input_sent_in_two_other_cases_is_one_finding_without_a_fix() -> None:
    found = _inputs({"flow.customerName": "A", "Flow.CustomerName": "B"})
    assert codes(found) == ["FL203"], found
    assert found[0]["message"] == ("the input `Flow.customerName` is sent in 2 spellings, `flow.customerName` and "
                                   "`Flow.CustomerName`, none as the flow declares it")
    assert found[0]["help"] == "keep one of them, named `Flow.customerName`" and found[0]["fix"] is None
    assert found[0]["pointer"] == "/inputData/flow.customerName"


def test_one_other_case_keeps_its_warning_and_its_fix() -> None:
    assert codes(_inputs({"flow.customerName": "A"})) == ["FL211"]
    found = _inputs({"Flow.CustomerName": "B"})
    assert codes(found) == ["FL212"] and found[0]["help"] == "rename it `Flow.customerName`"


def test_check_counts_no_fix_that_fix_does_not_apply(tmp_path: Path) -> None:
    path = tmp_path / "launch.json"
    path.write_text(json.dumps({"flowId": UUID, "inputData": {"flow.customerName": "A", "Flow.CustomerName": "B"}}))
    said = flowlint("check", "--no-cache", str(path))
    assert "FL203" in said.output and "fixable" not in said.output, said.output
    fixed = flowlint("check", "--no-cache", "--fix", str(path))
    assert "not applied" not in fixed.output, fixed.output  # (no fix offered, so none left unapplied)
