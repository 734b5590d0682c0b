"""A token request to a Genesys Cloud login host written in a request file sends what signs in in its form body:
`client_secret=…`, the password grant's `password=…`, a `refresh_token=…`. A literal one is FL305 where it is written,
in a .http/.rest file, a Postman collection's x-www-form-urlencoded body and a HAR's recorded body (text or params);
a template's hole, a placeholder, another product's sign-in and the other members (`username`, `client_id`): nothing.
The value is in no output."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from conftest import UUID, flowlint

SECRET = "Mn4Bv6Cx8Za1Sd3Fg5Hj7Kl9Qw2Er0Ty"
PASSWORD = "Pw7Lq2Zx9Kv"
REFRESH = "Rt5Yh8Uj2Ik4Ol6Pa3Sd7Fg9Hj1Kl0Zx"
CLIENT_ID = "3f9a1c2e-7b4d-4e8f-9a1b-2c3d4e5f6a7b"
LOGIN = "https://login.mypurecloud.com/oauth/token"
API = "https://api.mypurecloud.com/api/v2/flows/executions"
#: Each grant's form, the secret it writes and what a finding calls its member.
GRANTS = {
    "client_credentials": (f"grant_type=client_credentials&client_id={CLIENT_ID}&client_secret={SECRET}", SECRET,
                           "client_secret"),
    "password": (f"grant_type=password&username=ann%40example.com&password={PASSWORD}&client_id={CLIENT_ID}", PASSWORD,
                 "password, a user's password for the password grant"),
    "refresh_token": (f"grant_type=refresh_token&refresh_token={REFRESH}", REFRESH, "refresh_token"),
}
#: What an FL305 on each grant's secret says it is.
IS = {"client_credentials": "a client secret", "password": "a password", "refresh_token": "a refresh token"}
FORMATS = {"text": ("--no-color",), "json": ("--format", "json"), "sarif": ("--format", "sarif"),
           "github": ("--format", "github"), "gitlab": ("--format", "gitlab"), "junit": ("--format", "junit")}


def _http(form: str, url: str = LOGIN, launch: bool = True) -> str:
    sign_in = f"### sign in\nPOST {url}\nContent-Type: application/x-www-form-urlencoded\n\n{form}\n"
    return sign_in + (f"\n### launch\nPOST {API}\nContent-Type: application/json\n\n{{\"flowId\": \"{UUID}\"}}\n"
                      if launch else "")


def _postman(form: str, url: str = LOGIN) -> str:
    pairs = [pair.partition("=") for pair in form.split("&")]
    token = {"name": "token", "request": {"method": "POST", "url": {"raw": url}, "body": {"mode": "urlencoded", "urlencoded": [
        {"key": name, "value": value, "type": "text"} for name, _, value in pairs]}}}
    launch = {"name": "launch", "request": {"method": "POST", "url": {"raw": API},
                                            "header": [{"key": "Content-Type", "value": "application/json"}],
                                            "body": {"mode": "raw", "raw": json.dumps({"flowId": UUID})}}}
    return json.dumps({"info": {"name": "G", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
                       "item": [token, launch]}, indent=2)


def _har(form: str, url: str = LOGIN, params: bool = False) -> str:
    post: dict[str, Any] = {"mimeType": "application/x-www-form-urlencoded"}
    if params:  # (a recording with the parameters only)
        post["params"] = [{"name": name, "value": value} for name, _, value in (p.partition("=") for p in form.split("&"))]
    else:
        post["text"] = form
    sign_in = {"request": {"method": "POST", "url": url, "httpVersion": "HTTP/2", "headers": [], "postData": post}}
    launch = {"request": {"method": "POST", "url": API, "httpVersion": "HTTP/2",
                          "headers": [{"name": "Content-Type", "value": "application/json"}],
                          "postData": {"mimeType": "application/json", "text": json.dumps({"flowId": UUID})}}}
    return json.dumps({"log": {"version": "1.2", "creator": {"name": "x", "version": "1"}, "entries": [sign_in, launch]}},
                      indent=2)


SHAPES: dict[str, Callable[..., str]] = {
    "token.http": _http, "token.rest": _http, "genesys.postman_collection.json": _postman, "session.har": _har,
    "params.har": lambda form, url=LOGIN: _har(form, url, params=True)}


def _sign_in(name: str) -> str:
    """What a finding calls the token request of a file of this name."""
    return "the recorded sign-in" if name.endswith(".har") else "the sign-in request"


def _fl305(tmp_path: Path, name: str, text: str, secret: str) -> list[dict[str, Any]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = flowlint("check", "--no-cache", "--format", "json", str(path))
    assert result.exit_code in (0, 1), result.output
    assert secret not in result.stdout + result.stderr
    return [d for d in json.loads(result.stdout)["diagnostics"] if d["code"] == "FL305"]


@pytest.mark.parametrize("grant", GRANTS)
@pytest.mark.parametrize("name", SHAPES)
def test_a_sign_in_forms_secret_is_reported_where_it_is_written(tmp_path: Path, name: str, grant: str) -> None:
    form, secret, said = GRANTS[grant]
    text = SHAPES[name](form)
    found = _fl305(tmp_path, name, text, secret)
    assert [d["message"] for d in found] == [f"{IS[grant]} is written in the file ({_sign_in(name)}'s {said})"], found
    before = text[:text.index(secret)]
    assert (found[0]["line"], found[0]["column"]) == (before.count("\n") + 1, len(before) - before.rfind("\n")), found


@pytest.mark.parametrize("name", SHAPES)
def test_holes_placeholders_and_other_products_are_not_reported(tmp_path: Path, name: str) -> None:
    for form in ("grant_type=client_credentials&client_id=abc&client_secret={{clientSecret}}",
                 "grant_type=client_credentials&client_secret=<your-client-secret>",
                 "grant_type=password&username=Kx9Lq7ZpW3vB8nM2Qr&password=your_password",
                 "grant_type=refresh_token&refresh_token=REFRESH_TOKEN",
                 f"grant_type=client_credentials&client_id={SECRET}"):  # (an ID is no secret)
        assert _fl305(tmp_path, name, SHAPES[name](form), SECRET) == [], form
    form, secret, _ = GRANTS["client_credentials"]
    assert _fl305(tmp_path, name, SHAPES[name](form, "https://auth.example-crm.com/oauth/token"), secret) == []


def test_a_request_file_that_only_signs_in_is_reported(tmp_path: Path) -> None:
    form, secret, said = GRANTS["client_credentials"]
    found = _fl305(tmp_path, "token.http", _http(form, launch=False), secret)
    assert [d["message"] for d in found] == [f"a client secret is written in the file (the sign-in request's {said})"], found


@pytest.mark.parametrize("output", FORMATS)
@pytest.mark.parametrize("name", SHAPES)
def test_the_form_secret_is_in_no_output(tmp_path: Path, name: str, output: str) -> None:
    form = f"grant_type=password&password={PASSWORD}&refresh_token={REFRESH}&client_secret={SECRET}"
    (tmp_path / name).write_text(SHAPES[name](form), encoding="utf-8")
    result = flowlint("check", "--no-cache", *FORMATS[output], str(tmp_path / name))
    printed = result.stdout + result.stderr
    for reached in IS.values():
        assert f"{reached} is written in the file" in printed, printed  # reached: each kind said as what it is
    for secret in (SECRET, PASSWORD, REFRESH):
        assert secret not in printed, (secret, printed)


def _token_request(form: str, variables: str) -> str:
    return (f"{variables}### sign in\nPOST https://login.mypurecloud.com/oauth/token\n"
            f"Content-Type: application/x-www-form-urlencoded\n\n{form}\n")


def test_an_http_sign_in_naming_a_variable_is_reported_at_the_variable(tmp_path: Path) -> None:
    """`client_secret={{ secret }}` sends what `@secret = …` writes: FL305 where that is written, as a Postman
    collection variable's; a variable the file leaves to an environment, or whose value is a hole, is nothing."""
    text = _token_request("grant_type=client_credentials&client_id=abc&client_secret={{ secret }}", f"@secret = {SECRET}\n")
    found = _fl305(tmp_path, "token.http", text, SECRET)
    assert [(d["line"], d["column"], d["message"]) for d in found] == [
        (1, 11, "a client secret is written in the file (the sign-in request's client_secret)")], found
    for variables in ("", "@secret = {{$dotenv SECRET}}\n", "@secret = <your secret>\n"):
        assert _fl305(tmp_path, "token.http", _token_request("client_secret={{secret}}", variables), SECRET) == [], variables


def test_a_postman_sign_in_form_naming_a_collection_variable_is_reported_at_the_variable(tmp_path: Path) -> None:
    collection = json.loads(_postman("grant_type=client_credentials&client_id=abc&client_secret={{cs}}"))
    collection["variable"] = [{"key": "cs", "value": SECRET}]
    text = json.dumps(collection, indent=2)
    found = _fl305(tmp_path, "genesys.postman_collection.json", text, SECRET)
    before = text[:text.index(SECRET)]
    assert [(d["line"], d["message"]) for d in found] == [
        (before.count("\n") + 1, "a client secret is written in the file (the sign-in request's client_secret)")], found
    collection["variable"] = [{"key": "cs", "value": ""}]  # filled by a script: nothing written
    assert _fl305(tmp_path, "genesys.postman_collection.json", json.dumps(collection, indent=2), SECRET) == []
