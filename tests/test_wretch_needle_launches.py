"""Clients with no `json` option of fetch's kind: wretch's chains (`wretch(url).post(body)`, `.json(body).post()`, a base
and `.url(path)`, a chain bound to a name) are read as wretch sends them, where before only an FL011 note said the URL
went to `wretch(…)`; needle sends an object form-encoded unless `json: true` (or the Content-Type application/json) says
otherwise, which is FL304 (the object still judged), where before it was an unknown body said only with -v."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import check_file

UUID = "5e1a7c3d-2b4f-4a6e-8c9d-1f2e3a4b5c6d"  # no contract in the store: FL200 says the launch was read
URL = "https://api.mypurecloud.com/api/v2/flows/executions"
WRONG = f'{{ flowId: "{UUID}", type: "flow" }}'
RIGHT = f'{{ flowId: "{UUID}" }}'
WRETCH = 'import wretch from "wretch";\n'
NEEDLE = 'const needle = require("needle");\n'

WRETCH_LAUNCHES = {
    "post": f'export const go = () => wretch("{URL}").post(BODY);\n',
    "json then post": f'export const go = (t) => wretch("{URL}").auth(`Bearer ${{t}}`).json(BODY).post().json();\n',
    "base and url": 'export const go = () => wretch("https://api.mypurecloud.com").url("/api/v2/flows/executions")'
                    '.headers({ Authorization: "Bearer x" }).post(BODY);\n',
    "path given to post": 'export const go = () => wretch("https://api.mypurecloud.com/").post(BODY, "/api/v2/flows/executions");\n',
    "chain bound to a name": f'const launcher = wretch("{URL}").content("application/json");\n'
                             'export const go = () => launcher.post(BODY);\n',
    "required": f'const wretch = require("wretch");\nexports.go = () => wretch().url("{URL}").json(BODY).post();\n',
}


def _codes(found: list[dict[str, Any]]) -> set[str]:
    return {d["code"] for d in found}


@pytest.mark.parametrize("case", sorted(WRETCH_LAUNCHES))
def test_a_wretch_launch_is_read(tmp_path: Path, case: str) -> None:
    text = WRETCH_LAUNCHES[case]
    head = "" if "require(" in text else WRETCH
    found = _codes(check_file(tmp_path, "a.js", head + text.replace("BODY", WRONG)))
    assert "FL101" in found and "FL011" not in found, found  # read, its body judged; its URL not said unread
    found = _codes(check_file(tmp_path, "a.js", head + text.replace("BODY", RIGHT), "-v"))
    assert "FL200" in found and not found - {"FL200"}, found  # read, and a right launch is clean


@pytest.mark.parametrize(("chain", "code"), [
    (f'wretch("{URL}").content("text/plain").post({RIGHT})', "FL304"),  # an object under text/plain: "[object Object]"
    (f'wretch("{URL}").formUrl({RIGHT}).post()', "FL304"),  # a form
    (f'wretch("{URL}").post(JSON.stringify({RIGHT}))', "FL303"),  # a string: fetch's text/plain Content-Type
])
def test_what_wretch_does_not_send_as_json_is_said(tmp_path: Path, chain: str, code: str) -> None:
    found = check_file(tmp_path, "b.js", WRETCH + f"export const go = () => {chain};\n")
    assert code in _codes(found), found


def test_a_wretch_chain_not_understood_stays_said_unread(tmp_path: Path) -> None:
    found = check_file(tmp_path, "c.js", WRETCH + f'export const go = () => wretch("{URL}").frobnicate().post({WRONG});\n')
    assert _codes(found) == {"FL011"}, found  # no guess at a step flowlint does not know: said, not judged
    found = check_file(tmp_path, "c.js", WRETCH + f'export const go = () => wretch("https://example.com/jobs").post({WRONG});\n')
    assert found == []  # another API's URL: no launch


@pytest.mark.parametrize("call", [
    f'needle.post("{URL}", BODY, {{ headers: {{ Authorization: "Bearer x" }} }}, () => {{}})',
    f'needle("post", "{URL}", BODY)',
    f'needle.request("post", "{URL}", BODY, {{ json: false, headers: {{ "Content-Type": "application/json" }} }})',
])
def test_needle_sends_an_object_as_a_form_without_json(tmp_path: Path, call: str) -> None:
    found = _codes(check_file(tmp_path, "d.js", NEEDLE + call.replace("BODY", WRONG) + ";\n"))
    assert {"FL304", "FL101"} <= found, found  # a form, not JSON; the object itself still judged as the body meant


@pytest.mark.parametrize("call", [
    f'needle.post("{URL}", BODY, {{ json: true }})',
    f'needle.post("{URL}", BODY, {{ headers: {{ "content-type": "application/json" }} }})',
    f'needle("post", "{URL}", BODY, {{ content_type: "application/json" }})',
    f'needle.post("{URL}", JSON.stringify(BODY), {{ headers: {{ "Content-Type": "application/json" }} }})',
])
def test_needle_sends_json_when_its_options_say_so(tmp_path: Path, call: str) -> None:
    found = _codes(check_file(tmp_path, "e.js", NEEDLE + call.replace("BODY", WRONG) + ";\n"))
    assert "FL101" in found and "FL304" not in found, found
    found = _codes(check_file(tmp_path, "e.js", NEEDLE + call.replace("BODY", RIGHT) + ";\n", "-v"))
    assert found == {"FL200"}, found


def test_needle_defaults_leave_the_body_not_known(tmp_path: Path) -> None:
    # needle.defaults({headers}) may give every request a JSON Content-Type: no error, the -v note says it was not read.
    text = NEEDLE + 'needle.defaults({ headers: { "content-type": "application/json" } });\n' \
        f'needle.post("{URL}", {WRONG}, () => {{}});\n'
    assert _codes(check_file(tmp_path, "f.js", text, "-v")) == {"FL011"}
