"""FL006's help and fix messages say a long unquoted number (an account number, a key in hex) by its length, as the
note does: it may be a secret. The fix's edit keeps the file's own text."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import flowlint

FLOW = "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90"
LONG = ("0xDEADBEEFCAFEF00D1234567890ABCDEF", "0012345678901234567890", "1_234_567_890_123_456_789")
BODY = f"flowId: {FLOW}\ninputData:\n  Flow.one: {LONG[0]}\n  Flow.account: {LONG[1]}\n  Flow.code: {LONG[2]}\n  Flow.short: 0x1F\n"


def _said(diagnostic: dict[str, Any]) -> str:
    fix = diagnostic.get("fix") or {}
    return " ".join(str(part) for part in (diagnostic.get("message"), diagnostic.get("help"), fix.get("message")))


@pytest.mark.parametrize("declared", [None, "string"])
def test_fl006_says_a_long_number_by_its_length(tmp_path: Path, declared: str | None) -> None:
    (tmp_path / "store").mkdir()
    if declared is not None:
        properties = {name: {"type": declared} for name in ("Flow.one", "Flow.account", "Flow.code", "Flow.short")}
        (tmp_path / "store" / f"{FLOW}.json").write_text(json.dumps({
            "flowId": FLOW, "flowName": "N", "flowType": "WORKFLOW", "region": "mypurecloud.com", "versionId": "1.0",
            "fetchedAt": "2026-11-28T10:00:00Z", "inputSchema": {"type": "object", "properties": properties}}))
    (tmp_path / "body.yaml").write_text(BODY)
    result = flowlint("check", "--no-cache", "--format", "json", "--contracts", str(tmp_path / "store"),
                      str(tmp_path / "body.yaml"))
    found = [diagnostic for diagnostic in json.loads(result.stdout)["diagnostics"] if diagnostic["code"] in ("FL006", "FL204")]
    said = " ".join(_said(diagnostic) for diagnostic in found)
    assert len(found) >= 3 and "0x1F" in said, result.stdout  # reached: the short one is still shown
    for number in LONG:
        assert number not in said, said
    text = flowlint("check", "--no-cache", "--no-color", "--contracts", str(tmp_path / "store"), str(tmp_path / "body.yaml"))
    assert "FL006" in text.stdout and not any(f": {number}" not in text.stdout for number in LONG), text.stdout  # excerpts
    for line in text.stdout.splitlines():
        if line.lstrip().startswith(("help:", "fix")):
            assert not any(number in line for number in LONG), line
