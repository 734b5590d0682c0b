"""k6's `http.get(url, params)` and `http.head(url, params)` take no body: their second argument is the params. A
status read (`GET /api/v2/flows/executions/{id}`) through them, or through `http.request('GET', url, null, params)`,
is no launch and gets nothing (its params were read as a form body: FL102 `headers`, FL301, FL106, FL304, FL003)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import check_file

API = "https://api.mypurecloud.com/api/v2/flows/executions"
PARAMS = "{ headers: { Authorization: `Bearer ${__ENV.TOKEN}` } }"


@pytest.mark.parametrize("call", [
    f"http.get(`{API}/${{__ENV.EXEC_ID}}`, {PARAMS})",
    f"http.head(`{API}/${{__ENV.EXEC_ID}}`, {PARAMS})",
    f"http.request('GET', `{API}/${{__ENV.EXEC_ID}}`, null, {PARAMS})",
    f"http.request('GET', `{API}/${{__ENV.EXEC_ID}}`, undefined, {PARAMS})",
])
def test_a_status_read_is_no_launch(tmp_path: Path, call: str) -> None:
    text = f"import http from 'k6/http';\nexport default function () {{\n  {call};\n}}\n"
    assert check_file(tmp_path, "status.js", text) == []


def test_a_launch_beside_a_status_read_is_still_judged(tmp_path: Path) -> None:
    text = ("import http from 'k6/http';\nexport default function () {\n"
            f"  const r = http.post('{API}', JSON.stringify({{ flowId: 'x', inputs: {{}} }}), "
            "{ headers: { 'Content-Type': 'application/json' } });\n"
            f"  http.get(`{API}/${{r.json('id')}}`, {PARAMS});\n}}\n")
    found = check_file(tmp_path, "load.js", text)
    assert sorted((d["code"], d["line"]) for d in found) == [("FL101", 3), ("FL104", 3)]  # reached: the post only
