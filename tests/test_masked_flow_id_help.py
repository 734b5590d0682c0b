"""FL104's help never tells the user to pull a flow by a name that is shown masked (a secret written as the flowId)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from validator.checker.engine import without_secrets
from validator.core.diagnostics import Diagnostic, Severity
from validator.rules.envelope import FLOW_ID_HELP

#: Shaped as a Genesys Cloud OAuth client secret, given to `client_secret` and, by mistake, as the flowId.
SECRET = "Xq7vR2mK9pLw4tZs8NcY3bHd6FgJ1eUa5VoQ0iTr"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "validator", "check", "--no-cache", *args],
                          capture_output=True, text=True, timeout=120)


def test_a_secret_written_as_the_flow_id_is_not_quoted_in_the_pull_help(tmp_path: Path) -> None:
    source = tmp_path / "launch.py"
    source.write_text(f'import requests\nclient_secret = "{SECRET}"\n'
                      'requests.post("https://api.mypurecloud.com/api/v2/flows/executions",\n'
                      f'              json={{"flowId": "{SECRET}"}})\n')
    found = json.loads(run("--format", "json", str(source)).stdout)["diagnostics"]
    fl104 = [d for d in found if d["code"] == "FL104"]
    assert [d["help"] for d in fl104] == [FLOW_ID_HELP], found
    assert "looks like a flow name" in fl104[0]["message"] and SECRET not in fl104[0]["message"]
    text = run(str(source))
    assert "FL104" in text.stdout and 'pull --name "<flow name>"' in text.stdout, text.stdout
    assert SECRET not in text.stdout + text.stderr and '--name "*' not in text.stdout


def test_a_flow_name_that_is_no_secret_is_still_quoted(tmp_path: Path) -> None:
    source = tmp_path / "body.json"
    source.write_text('{"flowId": "Callback Flow"}\n')
    found = json.loads(run("--format", "json", str(source)).stdout)["diagnostics"]
    assert [d["help"] for d in found if d["code"] == "FL104"] == [FLOW_ID_HELP.replace("<flow name>", "Callback Flow")]


def test_a_flow_name_a_request_sends_as_its_token_is_not_quoted() -> None:
    """The guards' path: a credential the request sends (its token) is masked after the check."""
    quoted = FLOW_ID_HELP.replace("<flow name>", SECRET)
    diagnostic = Diagnostic("FL104", "invalid-flow-id", Severity.ERROR, f'`flowId` "{SECRET}" looks like a flow name',
                            quoted, "/flowId", None, None, None, "")
    [shown] = without_secrets([diagnostic], [SECRET])
    assert shown.help == FLOW_ID_HELP and SECRET not in shown.message
