"""Launches sent by clients whose body was missed (a reviewer's /tmp/s34/revA/1 and /9): Cypress's `cy.request`, axios
given fetch's `body` (it sends `data`) or nothing, Playwright's `request.post(url, { data })`, and a file's own object's
`request` method, which is no axios call."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from conftest import check_file

check = functools.partial(check_file, contract_findings=False)

UUID = "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90"
URL = "https://api.mypurecloud.com/api/v2/flows/executions"


@pytest.mark.parametrize("call", [
    f"cy.request({{ method: 'POST', url: '{URL}', body: {{ flowID: '{UUID}' }} }});",
    f"cy.request('POST', '{URL}', {{ flowID: '{UUID}' }});",
    f"cy.request('post', '{URL}', {{ flowID: '{UUID}' }});",
])
def test_cypress_request_body_is_read(tmp_path: Path, call: str) -> None:
    found = check(tmp_path, "launch.cy.js", f"it('launches', () => {{\n  {call}\n}});\n")
    assert [(d["code"], d["line"]) for d in found] == [("FL102", 2)], found
    assert "did you mean `flowId`" in found[0]["message"]


def test_cypress_request_without_a_body_or_a_method(tmp_path: Path) -> None:
    found = check(tmp_path, "launch.cy.js", f"cy.request({{ method: 'POST', url: '{URL}' }});\n"
                  f"cy.request('{URL}', {{ flowId: '{UUID}' }});\n")
    assert [(d["code"], d["line"]) for d in found] == [("FL103", 1), ("FL301", 2)], found


def test_a_cy_the_file_binds_is_not_cypress(tmp_path: Path) -> None:
    text = f"const cy = makeClient();\ncy.request({{ method: 'POST', url: '{URL}', body: {{ flowID: '{UUID}' }} }});\n"
    assert [d["code"] for d in check(tmp_path, "a.js", text)] == []


@pytest.mark.parametrize("call", [
    f"axios({{ method: 'POST', url: '{URL}', body: {{ flowId: '{UUID}' }} }});",
    f"axios.request({{ method: 'POST', url: '{URL}', body: {{ flowId: '{UUID}' }} }});",
    f"axios.create({{}}).request({{ method: 'POST', url: '{URL}', body: {{ flowId: '{UUID}' }} }});",
])
def test_axios_given_body_sends_none(tmp_path: Path, call: str) -> None:
    found = check(tmp_path, "a.js", f"const axios = require('axios');\n{call}\n")
    assert [(d["code"], d["line"]) for d in found] == [("FL103", 2)], found
    assert "not `body`" in found[0]["message"] and found[0]["help"] == "rename `body` to `data`"
    assert call[found[0]["column"] - 1:].startswith("body")  # said at the key


def test_axios_post_without_data_sends_no_body(tmp_path: Path) -> None:
    found = check(tmp_path, "a.js", f"const axios = require('axios');\naxios.post('{URL}');\n"
                  f"axios({{ method: 'POST', url: '{URL}' }});\n")
    assert [(d["code"], d["line"]) for d in found] == [("FL103", 2), ("FL103", 3)], found


def test_a_client_not_known_to_be_axios_given_body_is_a_note(tmp_path: Path) -> None:
    text = f"export function go(api) {{\n  return api.request({{ method: 'POST', url: '{URL}', body: {{ flowID: '{UUID}' }} }});\n}}\n"
    assert check(tmp_path, "a.js", text) == []
    noted = check(tmp_path, "a.js", text, "--verbose")
    assert [d["code"] for d in noted] == ["FL011"] and "body is not known" in noted[0]["message"], noted


def test_the_files_own_request_method_is_no_axios_call(tmp_path: Path) -> None:
    text = ("const foo = { request(opts) { return fetch(opts.url, { method: opts.method, body: JSON.stringify(opts.body) }); } };\n"
            f"foo.request({{ method: 'POST', url: '{URL}', body: {{ flowID: '{UUID}' }} }});\n")
    noted = check(tmp_path, "wrapper.js", text, "--verbose")
    assert [d["code"] for d in noted] == ["FL011"] and "`foo.request(…)`" in noted[0]["message"], noted


PW_HEAD = "import { test } from '@playwright/test';\ntest('launch', async ({ request }) => {\n"


def test_playwright_data_is_the_json_body(tmp_path: Path) -> None:
    text = PW_HEAD + f"  await request.post('{URL}', {{ data: {{ flowID: '{UUID}' }} }});\n}});\n"
    found = check(tmp_path, "pw.spec.ts", text)
    assert [(d["code"], d["line"]) for d in found] == [("FL102", 3)], found


def test_playwright_without_data_sends_no_body_and_unknown_options_are_said_as_options(tmp_path: Path) -> None:
    found = check(tmp_path, "pw.spec.ts", PW_HEAD + f"  await request.post('{URL}');\n}});\n")
    assert [(d["code"], d["line"]) for d in found] == [("FL103", 3)], found
    text = PW_HEAD + f"  await request.post('{URL}', options());\n}});\n"
    assert check(tmp_path, "pw.spec.ts", text) == []
    noted = check(tmp_path, "pw.spec.ts", text, "--verbose")
    assert [d["code"] for d in noted] == ["FL011"] and "options are not known" in noted[0]["message"], noted


@pytest.mark.parametrize("form", ["true", "false"])
def test_cypress_form_true_sends_the_body_form_encoded(tmp_path: Path, form: str) -> None:
    # `form: true` (/tmp/falsea/left/cy-form.cy.js): Cypress sends the body x-www-form-urlencoded, which the platform
    # refuses (FL304); `form: false` sends it as JSON, read as any other body
    call = f"cy.request({{ method: 'POST', url: '{URL}', form: {form}, body: {{ flowID: '{UUID}' }} }});"
    found = check(tmp_path, "launch.cy.js", f"it('launches', () => {{\n  {call}\n}});\n")
    if form == "true":  # (its members are still read: a form body's keys are judged, as requests' data= dict's)
        assert sorted(d["code"] for d in found) == ["FL102", "FL304"], found
        assert "form: true" in next(d["message"] for d in found if d["code"] == "FL304"), found
    else:
        assert [(d["code"], d["line"]) for d in found] == [("FL102", 2)], found


@pytest.mark.parametrize("option", ["form", "multipart"])
def test_playwright_form_and_multipart_are_no_json(tmp_path: Path, option: str) -> None:
    text = PW_HEAD + f"  await request.post('{URL}', {{ {option}: {{ flowId: '{UUID}' }} }});\n}});\n"
    found = check(tmp_path, "pw.spec.ts", text)
    assert [(d["code"], d["line"]) for d in found] == [("FL304", 3)], found


def test_playwright_new_context_is_a_request_context_with_its_base_url_and_headers(tmp_path: Path) -> None:
    # /tmp/falsea/left/pw-newcontext.spec.ts: `request.newContext()` makes an APIRequestContext; its post is a launch
    made = ("  const api = await request.newContext({ baseURL: 'https://api.mypurecloud.com', extraHTTPHeaders: "
            "{ 'Content-Type': 'text/plain' } });\n")
    text = PW_HEAD + made + f"  await api.post('/api/v2/flows/executions', {{ data: {{ flowID: '{UUID}' }} }});\n}});\n"
    found = check(tmp_path, "pw.spec.ts", text)
    assert sorted((d["code"], d["line"]) for d in found) == [("FL102", 4), ("FL303", 3)], found  # its headers are sent
    # resolved as `new URL(url, baseURL)`: `/flows/executions` against `…/api/v2` is `/flows/executions` on the API host,
    # a near miss of the launch path the platform answers 404 (FL308), its body checked as a launch's
    made = "  const api = await request.newContext({ baseURL: 'https://api.mypurecloud.com/api/v2/' });\n"
    text = PW_HEAD + made + f"  await api.post('/flows/executions', {{ data: {{ flowID: '{UUID}' }} }});\n" \
        + f"  await api.post('flows/executions', {{ data: {{ flowID: '{UUID}' }} }});\n}});\n"
    found = check(tmp_path, "pw.spec.ts", text)
    assert [(d["code"], d["line"]) for d in found] == [("FL308", 4), ("FL102", 4), ("FL102", 5)], found
    assert '"/flows/executions"' in next(d["message"] for d in found if d["code"] == "FL308")
