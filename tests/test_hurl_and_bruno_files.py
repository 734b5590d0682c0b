"""Hurl files (`.hurl`) and Bruno request files (`.bru`) are read as the requests they write, walked and named: the
JSON body checked (and fixed) where it is written, a `{{variable}}` unknown. Before, a named one was judged as a YAML
payload (FL001 invalid YAML) and a walk passed them by."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import UUID, diagnostics, flowlint

API = "https://api.mypurecloud.com/api/v2/flows/executions"
STORE = str(Path(__file__).resolve().parents[1] / ".flowlint" / "flows")

pytestmark = pytest.mark.usefixtures("in_tmp")

GOOD_BODY = f'{{\n  "flowId": "{UUID}",\n  "inputData": {{"Flow.customerName": "Ann"}}\n}}'
#: Its input unprefixed: FL203, fixed safely by adding `Flow.`.
UNPREFIXED_BODY = f'{{\n  "flowId": "{UUID}",\n  "inputData": {{"customerName": "Ann"}}\n}}'


def hurl(body: str, url: str = API) -> str:
    return (f"# sign in first\nGET https://api.mypurecloud.com/api/v2/users/me\nAuthorization: Bearer {{{{token}}}}\nHTTP 200\n\n"
            f"POST {url}\nAuthorization: Bearer {{{{token}}}}\nContent-Type: application/json\n{body}\n"
            f"HTTP 202\n[Asserts]\njsonpath \"$.id\" exists\n")


def bruno(body: str, url: str = API) -> str:
    indented = "\n".join("  " + line for line in body.splitlines())
    return (f"meta {{\n  name: Launch\n  type: http\n  seq: 1\n}}\n\npost {{\n  url: {url}\n  body: json\n  auth: bearer\n}}\n\n"
            f"headers {{\n  ~X-Debug: 1\n}}\n\nauth:bearer {{\n  token: {{{{token}}}}\n}}\n\nbody:json {{\n{indented}\n}}\n\n"
            "tests {\n  test(\"ok\", function() { expect(res.status).to.equal(202); });\n}\n")


FORMATS = [pytest.param(hurl, "launch.hurl", id="hurl"), pytest.param(bruno, "launch.bru", id="bruno")]


def codes(said: list[dict[str, Any]]) -> list[str]:
    return sorted(d["code"] for d in said if d["code"] != "FL200")


def check(*names: str) -> list[dict[str, Any]]:
    return diagnostics("--no-cache", "--contracts", STORE, *names)


@pytest.mark.parametrize("write, name", FORMATS)
def test_a_launch_is_checked_where_its_body_is_written(tmp_path: Path, write: Any, name: str) -> None:
    (tmp_path / name).write_text(write(GOOD_BODY))
    assert codes(check(name)) == []
    (tmp_path / name).write_text(write(UNPREFIXED_BODY))
    said = [d for d in check(name) if d["code"] != "FL200"]
    assert codes(said) == ["FL203"]
    line = (tmp_path / name).read_text().splitlines()[said[0]["line"] - 1]
    assert line[said[0]["column"] - 1:].startswith('"customerName"')
    assert codes(check(".")) == ["FL203"]  # walked: the same


@pytest.mark.parametrize("write, name", FORMATS)
def test_the_fix_edits_only_the_body(tmp_path: Path, write: Any, name: str) -> None:
    path = tmp_path / name
    path.write_text(write(UNPREFIXED_BODY))
    flowlint("check", "--no-cache", "--contracts", STORE, "--fix", name)
    assert path.read_text() == write(UNPREFIXED_BODY.replace('"customerName"', '"Flow.customerName"'))
    assert codes(check(name)) == []


@pytest.mark.parametrize("write, name", FORMATS)
def test_a_variable_is_unknown(tmp_path: Path, write: Any, name: str) -> None:
    (tmp_path / name).write_text(write('{"flowId": "{{flow_id}}", "inputData": {"Flow.orderCount": {{count}}}}'))
    assert codes(check(name)) == []
    # reached: a literal flow name there is judged
    (tmp_path / name).write_text(write('{"flowId": "Order follow-up", "inputData": {"Flow.orderCount": {{count}}}}'))
    assert codes(check(name)) == ["FL104"]


@pytest.mark.parametrize("write, name", FORMATS)
def test_a_request_to_another_api_is_silent_walked_and_noted_named(tmp_path: Path, write: Any, name: str) -> None:
    (tmp_path / name).write_text(write('{"type": "flow", "name": "x"}', "https://api.example.com/v1/items"))
    assert codes(check(".")) == []
    said = check(name)
    assert codes(said) == ["FL012"] and "launches a flow" in said[0]["message"]
    (tmp_path / name).write_text(write('{"type": "flow", "name": "x"}'))  # reached: to the endpoint, judged
    assert "FL103" in codes(check(name))


def test_a_hurl_json_multiline_string_and_a_form_are_read_as_hurl_sends_them(tmp_path: Path) -> None:
    (tmp_path / "launch.hurl").write_text(f"POST {API}\n```json\n{UNPREFIXED_BODY}\n```\nHTTP 202\n")
    assert codes(check("launch.hurl")) == ["FL203"]
    (tmp_path / "form.hurl").write_text(f"POST {API}\n[FormParams]\nflowId: {UUID}\n")
    said = codes(check("form.hurl"))
    assert said and not {"FL101", "FL102", "FL103", "FL001"} & set(said)  # a form, never judged as a JSON body


def test_a_bruno_body_none_and_a_folder_file(tmp_path: Path) -> None:
    (tmp_path / "folder.bru").write_text("meta {\n  name: Flows\n}\n\nauth {\n  mode: inherit\n}\n")
    assert codes(check(".")) == []
    (tmp_path / "empty.bru").write_text(f"post {{\n  url: {API}\n  body: none\n}}\n")
    assert codes(check("empty.bru")) == ["FL103"]  # the launch sends no body


def test_broken_json_in_a_body_is_a_syntax_error_where_it_is(tmp_path: Path) -> None:
    (tmp_path / "launch.bru").write_text(bruno(f'{{"flowId": "{UUID}",, "inputData": {{}}}}'))
    said = [d for d in check("launch.bru") if d["code"] != "FL200"]
    assert [d["code"] for d in said] == ["FL001"] and said[0]["line"] == 22
