""".http sign-in forms: a secret written as an environment variable's literal fallback (`client_secret=${CLIENT_SECRET:-…}`)
is a secret written in the file - FL305 at the literal, masked, as `Bearer ${TOKEN:-…}` gets (efc6525) and as curl's
form gets; a placeholder fallback, a `:?` message or a bare variable get none. The secret is never printed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import check_file, flowlint

SECRET = "Zq8Xw3Rt9Yp2Lk7Mn4Bv6Cx1"
PASSWORD = "Pa55w0rdSecret"
LAUNCH = ("\n### Launch\nPOST https://api.mypurecloud.com/api/v2/flows/executions\nAuthorization: Bearer {{token}}\n"
          "Content-Type: application/json\n\n{\"flowID\": \"8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90\"}\n")


def sign_in(form: str, host: str = "login.mypurecloud.com", before: str = "") -> str:
    return (f"{before}### Sign in\nPOST https://{host}/oauth/token\nContent-Type: application/x-www-form-urlencoded\n\n"
            f"{form}\n{LAUNCH}")


def _said(tmp_path: Path, text: str) -> list[dict[str, Any]]:
    found = check_file(tmp_path, "launch.http", text)
    assert "FL102" in [d["code"] for d in found]  # reached: the file's launch was read (its `flowID`)
    return [d for d in found if d["code"] == "FL305"]


@pytest.mark.parametrize("operator", [":-", "-", ":=", "=", ":+", "+"])
@pytest.mark.parametrize(("member", "literal", "said"), [
    ("client_secret", SECRET, "client_secret"), ("refresh_token", SECRET, "refresh_token"), ("password", PASSWORD, "password"),
])
def test_a_secret_written_as_a_variables_fallback_is_said_at_the_literal(tmp_path: Path, operator: str, member: str,
                                                                         literal: str, said: str) -> None:
    text = sign_in(f"grant_type=client_credentials&client_id=7c1e2a3b&{member}=${{GENESYS_SECRET{operator}{literal}}}")
    found = _said(tmp_path, text)
    at = text.index(literal)
    line = text.count("\n", 0, at) + 1
    column = at - text.rfind("\n", 0, at)
    assert [(d["line"], d["column"], d["end_column"]) for d in found] == [(line, column, column + len(literal))], found
    assert said in found[0]["message"] and literal not in found[0]["message"] + found[0]["help"]


def test_the_fallback_is_never_printed(tmp_path: Path) -> None:
    path = tmp_path / "launch.http"
    path.write_text(sign_in(f"grant_type=client_credentials&client_id=7c1e2a3b&client_secret=${{CLIENT_SECRET:-{SECRET}}}"))
    for output in ("text", "json", "sarif"):
        printed = flowlint("check", "--no-cache", "--format", output, str(path)).output
        assert "FL305" in printed and SECRET not in printed, output


def test_a_variable_holding_the_fallback_is_said_where_it_is_written(tmp_path: Path) -> None:
    text = sign_in("grant_type=client_credentials&client_id=7c1e2a3b&client_secret={{secret}}",
                   before=f"@secret = ${{CLIENT_SECRET:-{SECRET}}}\n\n")
    found = _said(tmp_path, text)
    assert [(d["line"], d["column"]) for d in found] == [(1, text.index(SECRET) + 1)], found


@pytest.mark.parametrize("form", [
    "client_secret=${CLIENT_SECRET}", "client_secret=$CLIENT_SECRET", f"client_secret=${{CLIENT_SECRET:?{SECRET}}}",
    "client_secret=${CLIENT_SECRET:-your_client_secret}", "client_secret=${CLIENT_SECRET:-<secret>}",
    "client_secret=${CLIENT_SECRET:-}", "password=${PASSWORD:-password}", f"client_id=${{CLIENT_ID:-{SECRET}}}",
])
def test_no_secret_is_said_of_none(tmp_path: Path, form: str) -> None:
    assert _said(tmp_path, sign_in(f"grant_type=client_credentials&{form}")) == []


def test_another_products_sign_in_password_is_none(tmp_path: Path) -> None:
    text = sign_in(f"grant_type=password&username=ann&password=${{PASSWORD:-{PASSWORD}}}", host="login.example.com")
    assert _said(tmp_path, text) == []
