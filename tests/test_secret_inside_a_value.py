"""A header's token the body quotes inside a longer value (`"flowId": "bad id <token>"`) is masked in every finding that
quotes that value (FL104's message and its `pull --name` help), as the excerpt masks it: the gate that spares a launch
file the credential scan looked at whole values only, so the token was printed (reviewer C 7)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import flowlint

TOKEN = "kX9fT2mQ7vR4pL8nW3yZ6bC1dF5hJ0sAuEoIiGg"
SCRIPT = ("#!/bin/sh\ncurl -X POST https://api.mypurecloud.ie/api/v2/flows/executions "
          f"-H \"Authorization: Bearer {TOKEN}\" -H \"Content-Type: application/json\" "
          f"-d '{{\"flowId\": \"bad id {TOKEN}\"}}'\n")


@pytest.mark.parametrize("form", ["text", "json", "sarif"])
def test_a_token_inside_a_longer_value_is_masked(tmp_path: Path, form: str) -> None:
    (tmp_path / "launch.sh").write_text(SCRIPT)
    shown = flowlint("check", "--no-cache", "--format", form, str(tmp_path / "launch.sh")).stdout
    assert "FL104" in shown and "bad id ****" in shown, shown  # reached: the finding that quotes the value
    assert TOKEN not in shown, shown
