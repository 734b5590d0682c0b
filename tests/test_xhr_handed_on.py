"""An XMLHttpRequest handed to a function before it is sent (`setHeaders(xhr)`): the headers a function of the file sets
on it count, one flowlint does not follow makes them unknown (never an error); a handler of the request's events runs
after the send and changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import check_file

URL = "https://api.mypurecloud.com/api/v2/flows/executions"


def launch(before_send: str, helpers: str = "") -> str:
    return (f"{helpers}function launch(token) {{\n  const xhr = new XMLHttpRequest();\n  xhr.open('POST', '{URL}');\n"
            f"  {before_send}\n  xhr.send(JSON.stringify({{ flowId: '0f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c91' }}));\n}}\n")


SETS_JSON = "function setHeaders(x, token) {\n  x.setRequestHeader('Content-Type', 'application/json');\n}\n"


def read(tmp_path: Path, text: str) -> list[str]:
    found = check_file(tmp_path, "a.js", text)
    assert "FL200" in [d["code"] for d in found], "the launch was read"
    return [d["code"] for d in found]


@pytest.mark.parametrize(("before_send", "helpers"), [
    ("setHeaders(xhr, token);", SETS_JSON),
    ("prepare(xhr);", "function prepare(r) { r.withCredentials = true; setHeaders(r); }\n" + SETS_JSON),
    ("const ok = 1; setHeaders(xhr); xhr.onload = () => done(xhr);", SETS_JSON),
])
def test_headers_a_followed_function_sets_count(tmp_path: Path, before_send: str, helpers: str) -> None:
    assert "FL303" not in read(tmp_path, launch(before_send, helpers))


@pytest.mark.parametrize(("before_send", "helpers"), [
    ("configure(xhr);", "import { configure } from './http';\n"),
    ("tune(xhr);", "function tune(x) { if (x.flag) x.setRequestHeader('Content-Type', 'application/json'); }\n"),
    ("tune(xhr);", "function tune(x) { keep(x); }\n"),
])
def test_headers_set_where_flowlint_cannot_follow_are_unknown(tmp_path: Path, before_send: str, helpers: str) -> None:
    assert "FL303" not in read(tmp_path, launch(before_send, helpers))


@pytest.mark.parametrize(("before_send", "helpers"), [
    ("", ""),
    ("auth(xhr, token);", "function auth(x, t) { x.setRequestHeader('Authorization', 'Bearer ' + t); }\n"),
    ("tune(xhr);", "function tune(x) { x.setRequestHeader('Content-Type', 'text/plain'); }\n"),
    ("xhr.onload = () => done(xhr); xhr.addEventListener('error', function () { fail(xhr); });", ""),
])
def test_a_string_sent_without_a_json_type_is_still_fl303(tmp_path: Path, before_send: str, helpers: str) -> None:
    assert read(tmp_path, launch(before_send, helpers)).count("FL303") == 1
