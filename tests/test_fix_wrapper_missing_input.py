"""An `inputs` wrapper whose flow requires an input the body lacks is unwrapped by --fix --unsafe-fixes, as check
offers: the missing input (FL201) was said before the fix, at `/`, and after it at `/inputData`; the proof took that
for a new error of the fix (it keyed findings on code and place), so check said "1 fixable" and --fix refused
(reviewer item 3a, /tmp/s38/review/fix1/v/simple2.json). The FL201 stays an error after the fix: nothing weakened."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import flowlint

FLOW = "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90"  # the project's Order follow-up contract: Flow.customerName required


def test_a_wrapper_is_unwrapped_though_a_required_input_is_missing(tmp_path: Path) -> None:
    path = tmp_path / "simple2.json"
    path.write_text(json.dumps({"flowId": FLOW, "inputs": {"Flow.amount": 1.5}}, indent=2) + "\n")
    checked = flowlint("check", "--no-cache", "--no-color", str(path)).output
    assert "FL201" in checked and "fix (unsafe): the inputs go in `inputData`" in checked, checked  # reached
    result = flowlint("check", "--no-cache", "--no-color", "--fix", "--unsafe-fixes", str(path))
    assert json.loads(path.read_text()) == {"flowId": FLOW, "inputData": {"Flow.amount": 1.5}}, result.output
    assert "not applied" not in result.output and result.exit_code == 1, result.output
    again = json.loads(flowlint("check", "--no-cache", "--format", "json", str(path)).stdout)["diagnostics"]
    assert [(d["code"], d["severity"]) for d in again if d["code"] == "FL201"] == [("FL201", "error")], again
