"""A credential written out in a file never reaches an excerpt, whether or not a rule found it as FL305."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJmbG93bGludCJ9.c2lnbmF0dXJlLXRleHQ"
AXIOS = f"""import axios from 'axios';
const api = axios.create({{ baseURL: 'https://apps.mypurecloud.com', headers: {{ Authorization: 'Bearer {TOKEN}' }} }});
export const launch = (flowId) => api.post('/api/v2/flows/executions', {{ flowId }});
"""


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "validator", "check", "--no-cache", *args],
                          capture_output=True, text=True, timeout=120)


def test_a_token_in_an_instances_default_headers_is_masked_in_the_excerpt(tmp_path: Path) -> None:
    source = tmp_path / "client.js"
    source.write_text(AXIOS)
    text = run(str(source))
    found = json.loads(run("--format", "json", str(source)).stdout)["diagnostics"]
    assert any(d["code"] == "FL302" and d["line"] == 2 for d in found), found  # the excerpt of line 2 was printed
    assert "baseURL" in text.stdout and "Bearer ****" in text.stdout, text.stdout
    assert TOKEN not in text.stdout + text.stderr
    assert "c2lnbmF0dXJl" not in text.stdout


def test_a_token_copied_into_a_constant_is_masked_in_diff_context(tmp_path: Path) -> None:
    source = tmp_path / "launch.py"
    source.write_text(f'import requests\nTOKEN = "{TOKEN}"\n'
                      'requests.post("https://api.mypurecloud.com/api/v2/flows/executions",\n'
                      '              headers={"Authorization": f"Bearer {TOKEN}"},\n'
                      '              json={"flowId": "6f3c1d2e-8a4b-4c5d-9e6f-7a8b9c0d1e2f", "flow_version": "1.0"})\n')
    diff = run("--diff", "--unsafe-fixes", str(source))
    assert "+" in diff.stdout and "flowVersion" in diff.stdout, diff.stdout  # a diff with context was printed
    assert TOKEN not in diff.stdout + diff.stderr
