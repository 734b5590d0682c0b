"""k6 (`import http from 'k6/http'`): `http.post(url, body, params)` and `http.request(method, url, body, params)`. k6
sends an object body form-encoded (x-www-form-urlencoded): FL304; a string (JSON.stringify) as it is, under the
Content-Type of params.headers alone (FL303 without one). Read before as axios's, an object body was taken for JSON."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import check_file

API = "https://api.mypurecloud.com/api/v2/flows/executions"
FLOW = "2b9c3a1e-8a3f-4a6e-9d1c-0f1e2d3c4b5a"
JSON_PARAMS = "{ headers: { 'Content-Type': 'application/json' } }"


def codes(tmp_path: Path, imports: str, call: str) -> list[str]:
    text = f"{imports}\nexport default function () {{\n  const body = {{ flowId: '{FLOW}' }};\n  {call};\n}}\n"
    found = check_file(tmp_path, "load.js", text)
    assert any(d["code"] == "FL200" for d in found), found  # the launch was read
    return sorted(d["code"] for d in found if d["code"] != "FL200")


@pytest.mark.parametrize(("imports", "call"), [
    ("import http from 'k6/http';", f"http.post('{API}', body)"),
    ("import http from 'k6/http';", f"http.post('{API}', body, {JSON_PARAMS})"),
    ("import { post } from 'k6/http';", f"post('{API}', body)"),
    ("const http = require('k6/http');", f"http.request('POST', '{API}', body)"),
])
def test_an_object_body_is_sent_as_a_form(tmp_path: Path, imports: str, call: str) -> None:
    assert codes(tmp_path, imports, call) == ["FL304"]


def test_a_string_body_without_a_content_type(tmp_path: Path) -> None:
    assert codes(tmp_path, "import http from 'k6/http';", f"http.post('{API}', JSON.stringify(body))") == ["FL303"]


@pytest.mark.parametrize("call", [
    f"http.post('{API}', JSON.stringify(body), {JSON_PARAMS})",
    f"http.request('POST', '{API}', JSON.stringify(body), {JSON_PARAMS})",
])
def test_a_json_string_with_its_content_type_is_a_clean_launch(tmp_path: Path, call: str) -> None:
    assert codes(tmp_path, "import http from 'k6/http';", call) == []


def test_params_not_known_leave_the_headers_unknown(tmp_path: Path) -> None:
    assert codes(tmp_path, "import http from 'k6/http';", f"http.post('{API}', JSON.stringify(body), params())") == []


KY = "https://api.mypurecloud.com/api/v2"


@pytest.mark.parametrize("call", [
    f"const api = ky.create({{ prefixUrl: '{KY}' }});\n  api.post('flows/executions', {{ json: body }})",
    f"const api = ky.extend({{ prefixUrl: '{KY}/' }});\n  api.post('flows/executions', {{ json: body }}).json()",
    f"ky.post('flows/executions', {{ prefixUrl: '{KY}', json: body }})",
])
def test_ky_joins_its_prefix_and_a_path_without_a_slash(tmp_path: Path, call: str) -> None:
    # (ky puts one slash between them; its documentation: `input` cannot start with a slash when using prefixUrl)
    assert codes(tmp_path, "import ky from 'ky';", call.replace("body }", "{ ...body, extra: 1 } }")) == ["FL102"]
    assert codes(tmp_path, "import ky from 'ky';", call) == []


def test_ky_a_wrong_host_in_the_prefix_is_said_there(tmp_path: Path) -> None:
    call = "const api = ky.create({ prefixUrl: 'https://myorg.mypurecloud.com/api/v2' });\n  api.post('flows/executions', { json: body })"
    assert codes(tmp_path, "import ky from 'ky';", call) == ["FL302"]
