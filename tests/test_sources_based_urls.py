"""The flow ID's path on a base the file writes (issue 21): `${BASE}/flows/${id}/executions` with BASE holding
`…/api/v2` is FL106, as `/api/v2/flows/${id}/executions` written out is; the prefilter lets such a file in only when it
names /api/v2 and shows Genesys Cloud (many apps have a /flows/{id}/executions of their own)."""

from __future__ import annotations

from pathlib import Path

from validator.sources import kinds

from conftest import check_file

BASE_JS = """\
const BASE = 'https://api.mypurecloud.com/api/v2';
export async function launch(id, token) {
  return fetch(`${BASE}/flows/${id}/executions`, { method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ inputData: {} }) });
}
"""

BASE_PY = """\
import requests

BASE = "https://api.usw2.pure.cloud/api/v2"


def launch(flow_id):
    return requests.post(f"{BASE}/flows/{flow_id}/executions", json={"inputData": {}})
"""


def codes(found: list[dict[str, object]]) -> list[object]:
    return [d["code"] for d in found]


def test_the_flow_id_path_on_a_base_the_file_writes_is_fl106(tmp_path: Path) -> None:
    assert kinds.may_launch("javascript", "a.js", BASE_JS.encode())
    assert codes(check_file(tmp_path, "a.js", BASE_JS)) == ["FL106", "FL103"]
    assert kinds.may_launch("python", "a.py", BASE_PY.encode())
    assert codes(check_file(tmp_path, "a.py", BASE_PY)) == ["FL106", "FL103"]


def test_an_apps_own_flow_executions_is_not_let_in(tmp_path: Path) -> None:
    own = BASE_JS.replace("api.mypurecloud.com", "orchestrator.acme.io")
    assert not kinds.may_launch("javascript", "a.js", own.encode())  # nothing shows Genesys Cloud
    assert check_file(tmp_path, "a.js", own, "-v") == []
    no_v2 = BASE_PY.replace("/api/v2", "")
    assert not kinds.may_launch("python", "a.py", no_v2.encode())
    # Genesys named, the base another product's: read, and no launch (its host is that product's); nothing said.
    named = "# talks to Genesys Cloud through our gateway\n" + BASE_PY.replace("api.usw2.pure.cloud", "orchestrator.acme.io")
    assert kinds.may_launch("python", "a.py", named.encode())
    assert check_file(tmp_path, "b.py", named, "-v") == []
