"""superagent's `.type(t)` sets the Content-Type (`json` and `application/json` alike): a string body sent after
`.type('json')` goes as JSON, never FL303 'sent form-encoded' (whose help says to add that very call)."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from conftest import check_file

check = functools.partial(check_file, contract_findings=False)

URL = "https://api.mypurecloud.com/api/v2/flows/executions"


def launch(chain: str) -> str:
    return (f'const request = require("superagent");\n'
            f'exports.a = (flowId) => request.post("{URL}"){chain}.send(JSON.stringify({{ flowId }}));\n')


@pytest.mark.parametrize("chain", ['.type("json")', ".type('application/json')", '.type("application/json; charset=utf-8")',
                                   '.set("Authorization", "Bearer x").type("json")', ".type(kind)"])
def test_a_json_type_is_the_content_type(tmp_path: Path, chain: str) -> None:
    assert [d["code"] for d in check(tmp_path, "a.js", launch(chain))] == []


def test_without_a_type_a_string_body_is_still_sent_form_encoded(tmp_path: Path) -> None:
    found = check(tmp_path, "a.js", launch(""))
    assert [d["code"] for d in found] == ["FL303"] and "form-encoded" in found[0]["message"]


def test_a_form_type_is_still_a_form(tmp_path: Path) -> None:
    code = f'const request = require("superagent");\nrequest.post("{URL}").type("form").send({{ flowId: id }});\n'
    assert [d["code"] for d in check(tmp_path, "a.js", code)] == ["FL304"]  # (unchanged: an object sent as a form)
