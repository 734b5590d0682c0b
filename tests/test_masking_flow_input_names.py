"""A flow input named like a session's id (`Flow.sessionId`, `Flow.session_id`, `Flow.sid`) is a flow's variable, not
a web session's cookie: its name says nothing of a credential, so its value is shown in excerpts and `--diff` (whose
patch then applies), as any input's is. Its value is still masked when its shape says it is a token (a JWT, a
`Bearer …`), and an input named for a secret (`Flow.sessionToken`, `Flow.password`) keeps its value masked; a session's
id outside a launch's inputs (a cookie, a header, a URL's `?sid=`) stays a secret (test_secrets_review3)."""

from __future__ import annotations

from pathlib import Path

import pytest

from validator.core.credentials import credential_literals, secret_name

from conftest import flowlint

UUID = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJlMQ"


@pytest.mark.parametrize(("name", "secret"), [
    ("Flow.sessionId", False), ("Flow.session_id", False), ("Flow.sid", False), ("Flow.SessionID", False),
    ("flow.sessionId", False), ("Flow.session", False), ("Flow.sessionToken", True), ("Flow.password", True),
    ("Flow.apiKey", True), ("sessionId", True), ("X-Session-Id", True), ("sid", True)])
def test_a_flow_input_is_not_named_a_secret_by_a_sessions_id(name: str, secret: bool) -> None:
    assert secret_name(name) is secret, name


def test_a_flow_inputs_session_id_is_shown_and_its_fix_diffs_as_a_patch(tmp_path: Path) -> None:
    text = (f'{{"flowId": "{UUID}", "inputData": {{"state": "California", "Flow.sessionId": "abc-1", "Flow.sid": "S1", '
            f'"Flow.session_id": "7c9e6679-7425-40de-944b-e07fc1f90ae7", "Flow.sessionToken": "tokA1b2C3d4", '
            f'"Flow.conversation": "Bearer {JWT}"}}}}\n')
    path = tmp_path / "launch.json"
    path.write_text(text)
    masked = [text[start:end] for start, end in credential_literals(text)]
    assert "tokA1b2C3d4" in masked and JWT in masked, masked  # reached: named for a secret, or shaped as a token
    shown = flowlint("check", "--no-cache", "--no-color", str(path)).stdout
    assert "FL203" in shown, shown  # reached: `state` lacks its prefix
    for value in ('"abc-1"', '"S1"', '"7c9e6679-7425-40de-944b-e07fc1f90ae7"'):
        assert value in shown, (value, shown)
    for secret in ("tokA1b2C3d4", JWT):
        assert secret not in shown, secret
    diff = flowlint("check", "--no-cache", "--no-color", "--diff", str(path))
    assert '+{"flowId"' in diff.stdout and '"Flow.state": "California"' in diff.stdout, diff.output  # reached
    assert '"Flow.sessionId": "abc-1", "Flow.sid": "S1"' in diff.stdout, diff.stdout
    assert "tokA1b2C3d4" not in diff.output and JWT not in diff.output
    assert "masks a secret" in diff.stderr  # (the token on the fixed line: said, see test_masking_references)
