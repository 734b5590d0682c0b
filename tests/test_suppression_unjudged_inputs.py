"""A suppression of an input rule at a launch whose contract is missing (FL200: a checkout without the store, --fetch
in CI) is not unused: those rules did not run there, so no FL009, and --fix / --diff never delete it (review2 3)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import ROOT, UUID, flowlint

STORE = str(ROOT / ".flowlint" / "flows")
CALL = ('requests.post("https://api.mypurecloud.com/api/v2/flows/executions", json={"flowId": "' + UUID + '", '
        '"inputData": {"Flow.customerName": "x", "Flow.legacyField": 1}})\n')


def codes(tmp_path: Path, rule: str, store: str, *args: str) -> tuple[list[str], str]:
    (tmp_path / "c.py").write_text(f"import requests\n# flowlint: ignore[{rule}] -- kept until OPS-77\n{CALL}", encoding="utf-8")
    (tmp_path / "empty").mkdir(exist_ok=True)
    result = flowlint("check", "--no-cache", "--format", "json", "--contracts", store, *args, str(tmp_path / "c.py"))
    return [d["code"] for d in json.loads(result.stdout)["diagnostics"]], result.stderr


def test_with_the_contract_the_suppression_serves(tmp_path: Path) -> None:
    assert codes(tmp_path, "FL202", STORE)[0] == []  # FL202 on Flow.legacyField, suppressed
    assert codes(tmp_path, "FL104", STORE)[0] == ["FL009", "FL202"]  # (reached: FL009 is said for an unused one)


@pytest.mark.parametrize("rule", ["FL202", "FL201", "FL204", "FL212"])
def test_without_it_a_suppression_of_an_input_rule_is_not_unused(tmp_path: Path, rule: str) -> None:
    assert codes(tmp_path, rule, str(tmp_path / "empty"))[0] == ["FL200"]
    diff = flowlint("check", "--no-cache", "--contracts", str(tmp_path / "empty"), "--diff", str(tmp_path / "c.py"))
    assert diff.stdout == "" and f"ignore[{rule}]" in (tmp_path / "c.py").read_text()


def test_without_it_a_rule_that_ran_is_still_judged(tmp_path: Path) -> None:
    assert codes(tmp_path, "FL104", str(tmp_path / "empty"))[0] == ["FL009", "FL200"]  # FL104 ran: no such finding
