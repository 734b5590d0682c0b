"""A Postman collection that signs in with a client secret written in its auth block (OAuth 2.0 client credentials
against a Genesys Cloud login host, or basic auth on a Genesys Cloud request) gets FL305 at the secret, in the v2.1
shape (a list of {key, value, type}) and the v2.0 one (an object), at the collection, a folder or a request; a
`{{variable}}` the file does not define is no literal secret, one it defines with a literal is reported where the
value is written. The secret's bytes are in no output. An environment file is no request: never reported, never
shown."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import UUID, flowlint

SECRET = "Mn4Bv6Cx8Za1Sd3Fg5Hj7Kl9Qw2Er0Ty"
LOGIN = "https://login.mypurecloud.com/oauth/token"
API = "https://api.mypurecloud.com/api/v2/flows/executions"


def _launch(auth: dict[str, Any] | None = None, url: str = API) -> dict[str, Any]:
    request: dict[str, Any] = {
        "method": "POST", "header": [{"key": "Content-Type", "value": "application/json"}], "url": {"raw": url},
        "body": {"mode": "raw", "raw": json.dumps({"flowId": UUID, "inputData": {"Flow.customerName": "Ann"}}),
                 "options": {"raw": {"language": "json"}}}}
    if auth is not None:
        request["auth"] = auth
    return {"name": "launch", "request": request}


def _oauth2_v21(secret: str = SECRET, token_url: str = LOGIN) -> dict[str, Any]:
    return {"type": "oauth2", "oauth2": [
        {"key": "clientSecret", "value": secret, "type": "string"},
        {"key": "clientId", "value": "3f9a1c2e-7b4d-4e8f-9a1b-2c3d4e5f6a7b", "type": "string"},
        {"key": "accessTokenUrl", "value": token_url, "type": "string"},
        {"key": "grant_type", "value": "client_credentials", "type": "string"}]}


def _oauth2_v20(secret: str = SECRET, token_url: str = LOGIN) -> dict[str, Any]:
    return {"type": "oauth2", "oauth2": {"clientSecret": secret, "clientId": "3f9a1c2e-7b4d-4e8f-9a1b-2c3d4e5f6a7b",
                                         "accessTokenUrl": token_url, "grant_type": "client_credentials"}}


def _collection(items: list[Any], auth: dict[str, Any] | None = None, variables: list[Any] | None = None,
                version: str = "v2.1.0") -> str:
    collection: dict[str, Any] = {
        "info": {"name": "Genesys", "schema": f"https://schema.getpostman.com/json/collection/{version}/collection.json"},
        "item": items}
    if auth is not None:
        collection["auth"] = auth
    if variables is not None:
        collection["variable"] = variables
    return json.dumps(collection, indent=2)


def _fl305(tmp_path: Path, text: str, name: str = "genesys.postman_collection.json") -> list[dict[str, Any]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = flowlint("check", "--no-cache", "--format", "json", str(path))
    assert result.exit_code in (0, 1), result.output
    assert SECRET not in result.stdout
    return [d for d in json.loads(result.stdout)["diagnostics"] if d["code"] == "FL305"]


def _at_secret(text: str, found: list[dict[str, Any]]) -> None:
    """One FL305, at the line and column the secret is written at."""
    assert len(found) == 1, found
    before = text[:text.index(SECRET)]
    assert (found[0]["line"], found[0]["column"]) == (before.count("\n") + 1, len(before) - before.rfind("\n"))
    assert found[0]["message"].startswith("a client secret is written in the file"), found


@pytest.mark.parametrize("shape", [_oauth2_v21, _oauth2_v20])
def test_a_collections_oauth2_client_secret_is_reported_where_it_is_written(tmp_path: Path, shape: Any) -> None:
    text = _collection([_launch()], auth=shape(), version="v2.1.0" if shape is _oauth2_v21 else "v2.0.0")
    _at_secret(text, _fl305(tmp_path, text))


@pytest.mark.parametrize("where", ["request", "folder"])
def test_a_requests_or_folders_oauth2_secret_is_reported(tmp_path: Path, where: str) -> None:
    items = [_launch(_oauth2_v21())] if where == "request" else [{"name": "f", "auth": _oauth2_v20(), "item": [_launch()]}]
    text = _collection(items)
    _at_secret(text, _fl305(tmp_path, text))


def test_a_token_request_with_basic_auth_is_reported(tmp_path: Path) -> None:
    """Client credentials as Genesys Cloud's docs give them: basic auth (client ID, secret) on a POST to the login host."""
    token = {"name": "token", "request": {"method": "POST", "url": LOGIN, "auth": {"type": "basic", "basic": [
        {"key": "username", "value": "3f9a1c2e-7b4d-4e8f-9a1b-2c3d4e5f6a7b", "type": "string"},
        {"key": "password", "value": SECRET, "type": "string"}]},
        "body": {"mode": "urlencoded", "urlencoded": [{"key": "grant_type", "value": "client_credentials"}]}}}
    text = _collection([token, _launch()])
    found = _fl305(tmp_path, text)
    _at_secret(text, found)
    no_launch = _collection([token])  # a file that only signs in says it all the same
    _at_secret(no_launch, _fl305(tmp_path, no_launch, "token.postman_collection.json"))


def test_a_variable_is_no_literal_secret_unless_the_file_defines_it(tmp_path: Path) -> None:
    assert _fl305(tmp_path, _collection([_launch()], auth=_oauth2_v21("{{clientSecret}}"))) == []
    defined = _collection([_launch()], auth=_oauth2_v21("{{clientSecret}}"),
                          variables=[{"key": "clientSecret", "value": SECRET, "type": "string"}])
    _at_secret(defined, _fl305(tmp_path, defined))
    typed_secret = _collection([_launch()], auth=_oauth2_v21("{{clientSecret}}"),  # (never put in: still written here)
                               variables=[{"key": "clientSecret", "value": SECRET, "type": "secret"}])
    _at_secret(typed_secret, _fl305(tmp_path, typed_secret))
    assert _fl305(tmp_path, _collection([_launch()], auth=_oauth2_v21("your-client-secret-here"))) == []


def test_another_products_sign_in_is_not_judged(tmp_path: Path) -> None:
    """A collection signing in elsewhere, with no Genesys Cloud request, is not flowlint's to judge."""
    other = {"name": "other", "request": {"method": "GET", "url": "https://api.example-crm.com/v1/contacts",
                                          "auth": _oauth2_v21(token_url="https://auth.example-crm.com/oauth/token")}}
    assert _fl305(tmp_path, _collection([other])) == []


@pytest.mark.parametrize("v21", [True, False])
def test_an_oauth2_access_token_saved_in_the_collection_is_the_authorization_header(tmp_path: Path, v21: bool) -> None:
    """Postman saves the token an OAuth 2.0 auth got (`accessToken`) and sends it as `Authorization: Bearer …`: a
    literal token written in the file, as a bearer auth's is; a token sent in the query is not this header."""
    settings = {"accessToken": SECRET, "tokenType": "Bearer", "addTokenTo": "header"}
    auth = {"type": "oauth2", "oauth2": [{"key": k, "value": v, "type": "string"} for k, v in settings.items()] if v21
            else settings}
    text = _collection([_launch()], auth=auth)
    found = _fl305(tmp_path, text)
    assert [d["message"] for d in found] == ["the Authorization header holds a literal token written in the file"], found
    before = text[:text.index(SECRET)]
    assert found[0]["line"] == before.count("\n") + 1, found
    assert _fl305(tmp_path, _collection([_launch()], auth={"type": "oauth2", "oauth2": {"accessToken": "{{token}}"}})) == []
    in_query = {"type": "oauth2", "oauth2": {"accessToken": SECRET, "addTokenTo": "queryParams"}}
    assert _fl305(tmp_path, _collection([_launch()], auth=in_query)) == []  # (sent in the query: no header of it)


def test_the_bearer_control_still_reports_once(tmp_path: Path) -> None:
    text = _collection([_launch()], auth={"type": "bearer", "bearer": [{"key": "token", "value": SECRET}]})
    found = _fl305(tmp_path, text)
    assert [d["message"] for d in found] == ["the Authorization header holds a literal token written in the file"]


FORMATS = {"text": ("--no-color",), "json": ("--format", "json"), "sarif": ("--format", "sarif"),
           "github": ("--format", "github"), "gitlab": ("--format", "gitlab"), "junit": ("--format", "junit")}


@pytest.mark.parametrize("output", FORMATS)
def test_the_reported_secret_is_in_no_output(tmp_path: Path, output: str) -> None:
    (tmp_path / "genesys.postman_collection.json").write_text(_collection([_launch()], auth=_oauth2_v21()), encoding="utf-8")
    result = flowlint("check", "--no-cache", *FORMATS[output], str(tmp_path))
    printed = result.stdout + result.stderr
    assert "a client secret is written in the file" in printed, printed  # reached: the finding was reported
    assert SECRET not in printed and SECRET[4:20] not in printed


def test_an_environment_file_is_no_request_and_its_secret_is_never_shown(tmp_path: Path) -> None:
    """Decided: a Postman environment holds variables, no request; flowlint reads none (FL012 when named), so its
    secret-typed values are not reported — and never printed."""
    environment = {"id": "0b7c1a34-1111-4222-8333-444455556666", "name": "Genesys prod", "_postman_variable_scope": "environment",
                   "values": [{"key": "clientSecret", "value": SECRET, "type": "secret", "enabled": True},
                              {"key": "environment", "value": "mypurecloud.com", "type": "default", "enabled": True}]}
    path = tmp_path / "genesys.postman_environment.json"
    path.write_text(json.dumps(environment, indent=2), encoding="utf-8")
    for output in FORMATS.values():
        result = flowlint("check", "--no-cache", *output, str(path))
        printed = result.stdout + result.stderr
        assert "FL012" in printed, printed  # reached: the file was named and said not checked
        assert SECRET not in printed, printed
    assert _fl305(tmp_path, path.read_text(encoding="utf-8"), path.name) == []


PASSWORD = "Pw7Lq2Zx9Kv"
REFRESH = "Rt5Yh8Uj2Ik4Ol6Pa3Sd7Fg9Hj1Kl0Zx"


def _oauth2_password_grant(password: str = PASSWORD, token_url: str = LOGIN, v21: bool = True) -> dict[str, Any]:
    settings = {"grant_type": "password", "username": "ann@example.com", "password": password,
                "clientId": "3f9a1c2e-7b4d-4e8f-9a1b-2c3d4e5f6a7b", "accessTokenUrl": token_url}
    return {"type": "oauth2", "oauth2": [{"key": k, "value": v, "type": "string"} for k, v in settings.items()] if v21
            else settings}


def _reported(tmp_path: Path, text: str, secret: str, said: str, is_: str = "a client secret") -> None:
    """One FL305, saying `secret` is `is_` (`said`), at the line and column it is written at; the secret in no output."""
    path = tmp_path / "genesys.postman_collection.json"
    path.write_text(text, encoding="utf-8")
    for output in FORMATS.values():
        result = flowlint("check", "--no-cache", *output, str(path))
        assert said in result.stdout, result.stdout  # reached: the finding was reported
        assert secret not in result.stdout + result.stderr
    found = [d for d in json.loads(flowlint("check", "--no-cache", "--format", "json", str(path)).stdout)["diagnostics"]
             if d["code"] == "FL305"]
    assert [d["message"] for d in found] == [f"{is_} is written in the file ({said})"], found
    before = text[:text.index(secret)]
    assert (found[0]["line"], found[0]["column"]) == (before.count("\n") + 1, len(before) - before.rfind("\n"))


@pytest.mark.parametrize("v21", [True, False])
def test_an_oauth2_password_grants_password_is_reported_where_it_is_written(tmp_path: Path, v21: bool) -> None:
    """The password grant signs in as a user with the password written in the block: a credential by its place."""
    text = _collection([_launch()], auth=_oauth2_password_grant(v21=v21), version="v2.1.0" if v21 else "v2.0.0")
    _reported(tmp_path, text, PASSWORD, "the Postman OAuth 2.0 auth's password, a user's password for the password grant",
              "a password")


def test_an_oauth2_refresh_token_is_reported_where_it_is_written(tmp_path: Path) -> None:
    auth = {"type": "oauth2", "oauth2": [{"key": "refreshToken", "value": REFRESH, "type": "string"},
                                         {"key": "accessTokenUrl", "value": LOGIN, "type": "string"}]}
    _reported(tmp_path, _collection([_launch()], auth=auth), REFRESH,
              "the Postman OAuth 2.0 auth's refreshToken, which gets new access tokens as a client secret does", "a refresh token")


@pytest.mark.parametrize("member", ["password", "refreshToken", "clientSecret"])
def test_an_oauth2_secret_held_by_a_collection_variable_is_reported_at_the_variable(tmp_path: Path, member: str) -> None:
    secret = {"password": PASSWORD, "refreshToken": REFRESH, "clientSecret": SECRET}[member]
    auth = {"type": "oauth2", "oauth2": {member: "{{ held }}", "accessTokenUrl": "{{login}}/oauth/token",
                                         "grant_type": "password"}}
    variables = [{"key": "login", "value": "https://login.mypurecloud.com"}, {"key": "held", "value": secret}]
    text = _collection([_launch()], auth=auth, variables=variables, version="v2.0.0")
    said = {"password": "the Postman OAuth 2.0 auth's password, a user's password for the password grant",
            "refreshToken": "the Postman OAuth 2.0 auth's refreshToken, which gets new access tokens as a client secret does",
            "clientSecret": "the Postman OAuth 2.0 auth's clientSecret"}[member]
    is_ = {"password": "a password", "refreshToken": "a refresh token", "clientSecret": "a client secret"}[member]
    _reported(tmp_path, text, secret, said, is_)
    for absent in ([], [{"key": "held", "value": ""}], [{"key": "held"}]):  # defined elsewhere, or filled by a script
        unknown = _collection([_launch()], auth=auth, variables=[variables[0], *absent], version="v2.0.0")
        assert _fl305(tmp_path, unknown) == []


def test_oauth2_placeholders_and_other_products_are_not_reported(tmp_path: Path) -> None:
    for password in ("<password>", "{{password}}", "your_password", ""):
        assert _fl305(tmp_path, _collection([_launch()], auth=_oauth2_password_grant(password))) == []
    elsewhere = {"name": "other", "request": {"method": "GET", "url": "https://api.example-crm.com/v1/contacts",
                 "auth": _oauth2_password_grant(token_url="https://auth.example-crm.com/oauth/token")}}
    assert _fl305(tmp_path, _collection([elsewhere])) == []
    placeholder = {"type": "oauth2", "oauth2": {"refreshToken": "your-refresh-token", "accessTokenUrl": LOGIN}}
    assert _fl305(tmp_path, _collection([_launch()], auth=placeholder)) == []
    username = {"type": "oauth2", "oauth2": {"username": "Kx9Lq7ZpW3vB8nM2", "accessTokenUrl": LOGIN}}
    assert _fl305(tmp_path, _collection([_launch()], auth=username)) == []  # (a user's name is no secret)
