"""--diff shows no secret the file's own masked lines hide, wherever a fix puts it: under a name that says nothing of a
secret (a rename to the input the flow declares), or on a line of its own; a value the file shows elsewhere stays
shown where a name that says nothing is given it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from validator.run.masking import Mask, masked_fixed

from conftest import flowlint

FLOW = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
CONTRACT = {"flowId": FLOW, "flowName": "Sec", "flowType": "WORKFLOW", "region": "mypurecloud.com", "versionId": "1.0",
            "fetchedAt": "2026-11-28T10:00:00Z",
            "inputSchema": {"type": "object", "properties": {"Flow.customer": {"type": "string"},
                                                             "Flow.apiKey": {"type": "integer"},
                                                             "Flow.count": {"type": "integer"}}}}


def _diff(tmp_path: Path, body: str) -> str:
    (tmp_path / "store").mkdir(exist_ok=True)
    (tmp_path / "store" / f"{FLOW}.json").write_text(json.dumps(CONTRACT))
    (tmp_path / "body.json").write_text(body)
    return flowlint("check", "--no-cache", "--no-color", "--contracts", str(tmp_path / "store"), "--diff",
                    "--unsafe-fixes", str(tmp_path / "body.json")).stdout


@pytest.mark.parametrize("name", ["Flow.customerSecret", "Flow.customer_secret", "Flow.customerPassword"])
def test_a_secret_renamed_to_a_name_that_says_nothing_stays_masked(tmp_path: Path, name: str) -> None:
    shown = _diff(tmp_path, f'{{"flowId": "{FLOW}", "inputData": {{"{name}": "hunter2hunter2"}}}}')
    assert f'+{{"flowId": "{FLOW}", "inputData": {{"Flow.customer": "**************"}}}}' in shown, shown  # reached
    assert "hunter2" not in shown, shown


def test_a_secret_on_the_line_below_its_name_is_masked_in_excerpts_and_the_diff(tmp_path: Path) -> None:
    body = f'{{\n  "flowId": "{FLOW}",\n  "inputData": {{\n    "Flow.apiKey":\n      "98765432109876"\n  }}\n}}\n'
    shown = _diff(tmp_path, body)
    # reached: FL204's fix, both lines masked (so its hunk is shown commented out, no patch: test_masked_diff_hunks)
    assert '# -      "**************"\n# +      **************\n' in shown, shown
    checked = flowlint("check", "--no-cache", "--no-color", "--contracts", str(tmp_path / "store"),
                       str(tmp_path / "body.json")).stdout
    assert '5 |       "**************"' in checked and "98765432109876" not in checked, checked


def test_a_value_the_file_shows_elsewhere_stays_shown_where_no_secret_is_given_it(tmp_path: Path) -> None:
    shown = _diff(tmp_path, f'{{"flowId": "{FLOW}", "inputData": {{"Flow.apiKey": "42", "Flow.count": "42"}}}}')
    assert '"Flow.apiKey": **, "Flow.count": 42' in shown, shown


def test_every_secret_the_file_mask_holds_is_masked_where_a_fix_moves_it() -> None:
    """The diff's secrets are the file mask's (a code reader's FL305 token, a recorded request's values), not only the
    literals a payload's text names: one moved onto a line that says nothing is masked there."""
    before = 'call(\n  "sid-0123456789"\n)\n'
    after = 'call(\n  {"flowId": "x"}, "sid-0123456789"\n)\n'
    start = before.index("sid")
    secret = Mask(((start, start + len("sid-0123456789")),))
    assert masked_fixed(before, after, Mask(), secret) == 'call(\n  {"flowId": "x"}, "**************"\n)\n'
    assert masked_fixed(before, after, Mask()) == after  # reached: without the file mask, nothing names it a secret
