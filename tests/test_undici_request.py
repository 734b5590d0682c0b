"""undici's `request(url, options)` is read as a request of its own, not as fetch (review F16,
/tmp/s40/review2/nf): it adds no Content-Type to a string body (fetch says text/plain), and it throws
InvalidArgumentError on a plain object body before anything is sent (fetch sends "[object Object]"). Each finding says
what undici's request does; undici's `fetch` is fetch, as before."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import check_file

FLOW = "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90"
URL = "https://api.mypurecloud.com/api/v2/flows/executions"


def _said(found: list[dict[str, Any]], code: str) -> list[str]:
    return [d["message"] for d in found if d["code"] == code]


@pytest.mark.parametrize("imported", ["request", "request as req"])
def test_a_string_body_is_said_sent_with_no_content_type(tmp_path: Path, imported: str) -> None:
    call = imported.rpartition(" ")[2]
    text = (f"import {{ {imported} }} from 'undici';\nawait {call}('{URL}', {{ method: 'POST', headers: {{ Authorization: t }}, "
            f"body: JSON.stringify({{ flowId: '{FLOW}' }}) }});\n")
    [said] = _said(check_file(tmp_path, "launch.mjs", text), "FL303")
    assert "undici" in said and "no Content-Type" in said and "text/plain" not in said and "fetch" not in said, said


def test_an_object_body_is_said_to_throw_before_anything_is_sent(tmp_path: Path) -> None:
    text = (f"import {{ request as req }} from 'undici';\nawait req('{URL}', {{ method: 'POST', headers: {{ Authorization: t, "
            f"'content-type': 'application/json' }}, body: {{ flowId: '{FLOW}' }} }});\n")
    found = check_file(tmp_path, "launch.mjs", text)
    [said] = _said(found, "FL304")
    assert "InvalidArgumentError" in said and "[object Object]" not in said and "fetch" not in said, said


def test_undicis_fetch_is_still_fetch(tmp_path: Path) -> None:
    text = (f"import {{ fetch as uf }} from 'undici';\nawait uf('{URL}', {{ method: 'POST', "
            f"body: JSON.stringify({{ flowId: '{FLOW}' }}) }});\n")
    [said] = _said(check_file(tmp_path, "launch.mjs", text), "FL303")
    assert said.startswith("fetch sends a string body as text/plain"), said


def test_a_body_with_no_method_is_sent_with_put(tmp_path: Path) -> None:
    # undici's request: `method: opts.method || (opts.body ? 'PUT' : 'GET')`
    text = (f"import {{ request }} from 'undici';\nawait request('{URL}', {{ headers: {{ 'content-type': 'application/json' }}, "
            f"body: JSON.stringify({{ flowId: '{FLOW}' }}) }});\n")
    [said] = _said(check_file(tmp_path, "launch.mjs", text), "FL301")
    assert "PUT" in said, said
