"""FL104 on a placeholder flow ID written in code says the request sends it as written; the payload file's wording
(`this file is checked as the body it is`, per-file-ignores for a tool that fills it in) stays the payload's."""

from __future__ import annotations

from pathlib import Path

from conftest import check_text, diagnostics


def test_a_placeholder_in_code_is_sent_as_written(tmp_path: Path) -> None:
    (tmp_path / "sample.js").write_text(
        "const FLOW_ID = 'YOUR_FLOW_ID';\n"
        "fetch('https://api.mypurecloud.com/api/v2/flows/executions', {method: 'POST', "
        "headers: {'Content-Type': 'application/json'}, body: JSON.stringify({flowId: FLOW_ID})});\n")
    [found] = [d for d in diagnostics("--no-cache", str(tmp_path)) if d["code"] == "FL104"]
    assert found["message"] == ('`flowId` "YOUR_FLOW_ID" is a placeholder, not a flow ID: the request sends it as '
                                "written, and the platform refuses it"), found
    assert "per-file-ignores" not in found["help"] and "use the flow's ID" in found["help"]


def test_a_placeholder_in_a_payload_keeps_the_payloads_words() -> None:
    [found] = check_text('{"flowId": "YOUR_FLOW_ID"}')
    assert found["code"] == "FL104" and "this file is checked as the body it is" in found["message"], found
