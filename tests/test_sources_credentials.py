"""Credentials written in request files: curl -u/--user, and secrets before a request that is not a launch."""

from __future__ import annotations

from pathlib import Path

import pytest

from validator.report import FORMATS

from conftest import check_file, flowlint

SECRET = "Zx8_qL2vR9tY4wE7uI1oP3aS6dF0gH5jK2lMn"
CLIENT = "3f1c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90"
LAUNCH = ("curl -X POST https://api.mypurecloud.com/api/v2/flows/executions -H \"Authorization: Bearer $TOKEN\" "
          "--json '{\"flowId\": \"8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90\"}'\n")


def credentials(tmp_path: Path, script: str, name: str = "launch.sh") -> list[tuple[int, int]]:
    return [(d["line"], d["column"]) for d in check_file(tmp_path, name, script) if d["code"] == "FL305"]


@pytest.mark.parametrize("given", [f'-u "{CLIENT}:{SECRET}"', f"--user {CLIENT}:{SECRET}", f"-u{CLIENT}:{SECRET}",
                                   f"-u \"$CLIENT_ID:{SECRET}\""])
def test_curl_user_password_is_a_hard_coded_credential(tmp_path: Path, given: str) -> None:
    script = f"TOKEN=$(curl -s {given} https://login.mypurecloud.com/oauth/token -d grant_type=client_credentials | jq -r .t)\n" + LAUNCH
    found = credentials(tmp_path, script)
    assert len(found) == 1 and found[0][0] == 1
    line = script.splitlines()[0]
    assert line[found[0][1] - 1:].lstrip('"').startswith(SECRET)  # located at the password
    for output in FORMATS:
        result = flowlint("check", "--no-color", "--format", output, str(tmp_path / "launch.sh"))
        assert SECRET not in result.stdout + result.stderr and "FL305" in result.stdout, output


@pytest.mark.parametrize("given", ['--user "$CLIENT_ID:$CLIENT_SECRET"', "-u user:password", "-u admin", "-u '<client-id>:<client-secret>'",
                                   "-u ${ID}:${SECRET}"])
def test_placeholders_and_variables_are_not_credentials(tmp_path: Path, given: str) -> None:
    real = f"curl -u {CLIENT}:{SECRET} https://login.mypurecloud.com/oauth/token\n" + LAUNCH
    assert credentials(tmp_path, real) == [(1, len(f"curl -u {CLIENT}:") + 1)]  # reached: the same line with a secret is said
    assert credentials(tmp_path, f"curl {given} https://login.mypurecloud.com/oauth/token\n" + LAUNCH) == []


def test_a_password_beside_a_sign_in_is_reported_without_any_launch(tmp_path: Path) -> None:
    script = f"curl -u {CLIENT}:{SECRET} https://login.mypurecloud.com/oauth/token\n"
    assert credentials(tmp_path, script) == [(1, len(f"curl -u {CLIENT}:") + 1)]
    assert credentials(tmp_path, f"curl -u {CLIENT}:{SECRET} https://example.com/login\n") == []  # no Genesys sign-in


def test_a_secret_before_a_request_that_is_no_launch_is_still_said(tmp_path: Path) -> None:
    script = (f"export GENESYSCLOUD_OAUTHCLIENT_SECRET={SECRET}\n"
              "curl https://api.mypurecloud.com/api/v2/flows/executions/abc\n" + LAUNCH)  # a status read first
    assert credentials(tmp_path, script) == [(1, 40)]
    markdown = f"```sh\ncurl -u {CLIENT}:{SECRET} https://login.mypurecloud.com/oauth/token\n{LAUNCH}```\n"
    assert credentials(tmp_path, markdown, "README.md") == [(2, 46)]


@pytest.mark.parametrize("mention", ["", "# the token for the flows/executions calls in jobs.py\n", "# before flow executions run\n"])
def test_a_python_sign_in_is_read_for_its_secret_whatever_its_comments_mention(tmp_path: Path, mention: str) -> None:
    script = (f"import requests\n{mention}CLIENT_SECRET = \"{SECRET}\"\n"
              "token = requests.post(\"https://login.mypurecloud.com/oauth/token\",\n"
              "    data={\"grant_type\": \"client_credentials\"}, auth=(\"id\", CLIENT_SECRET))\n")
    found = check_file(tmp_path, "auth.py", script)
    assert [d["line"] for d in found if d["code"] == "FL305"] == [2 + mention.count("\n")]


def test_a_launch_inside_command_substitution_is_read_whole_or_not_at_all(tmp_path: Path) -> None:
    send = "curl -s -X POST https://api.mypurecloud.com/api/v2/flows/executions -H 'Content-Type: application/json'"
    script = (f"OUT=$({send} -d '{{\"flowId\": \"(x)\"}}')\n"  # a `)` inside the body does not end the command
              f"R=$({send} -d '{{\"flowId\": \"abc\"}}')\n")
    found = check_file(tmp_path, "n.sh", script)
    assert [(d["code"], d["line"]) for d in found] == [("FL104", 1), ("FL104", 2)]
    assert not [d for d in found if d["code"] == "FL001"]  # never a body cut short


@pytest.mark.parametrize(("token", "said"), [
    ("q8TokenZ1x9vB2m4N7pK3sSecret", True),  # a token that merely holds the letters "Token" and "Secret"
    ("sk_test_tokensecret1234567", True),
    ("YOUR_ACCESS_TOKEN_HERE", False),  # placeholders and names stay unsaid
    ("GENESYSCLOUD_OAUTHCLIENT_SECRET", False),
    ("ACCESS_TOKEN_VALUE_1", False),
])
def test_a_token_holding_the_word_token_or_secret_is_still_one(tmp_path: Path, token: str, said: bool) -> None:
    request = ("POST https://api.mypurecloud.com/api/v2/flows/executions{query}\nContent-Type: application/json\n"
               "{header}\n{{\"flowId\": \"6f3c1d2e-8a4b-4c5d-9e6f-7a8b9c0d1e2f\"}}\n")  # no contract: FL200
    text = request.format(query="", header=f"Authorization: Bearer {token}\n") + "\n###\n" + \
        request.format(query=f"?access_token={token}", header="")
    found = check_file(tmp_path, "launch.http", text)
    assert any(d["code"] == "FL200" for d in found)  # reached: the launches were read
    assert [d["line"] for d in found if d["code"] == "FL305"] == ([3, 8] if said else [])


@pytest.mark.parametrize(("header", "said"), [
    ("Token q8Zx1v9B2m4N7pK3sLw5", True), ("OAuth q8Zx1v9B2m4N7pK3sLw5", True), ("Bearer\tq8Zx1v9B2m4N7pK3sLw5", True),
    ("bEaReR   q8Zx1v9B2m4N7pK3sLw5", True), ("Token {{token}}", False), ("Negotiate q8Zx1v9B2m4N7pK3sLw5", False),
])
def test_an_authorization_header_in_any_token_scheme_is_a_literal_credential(tmp_path: Path, header: str,
                                                                               said: bool) -> None:
    text = ("POST https://api.mypurecloud.com/api/v2/flows/executions\nContent-Type: application/json\n"
            f"Authorization: {header}\n\n{{\"flowId\": \"6f3c1d2e-8a4b-4c5d-9e6f-7a8b9c0d1e2f\"}}\n")
    found = check_file(tmp_path, "launch.http", text)
    assert any(d["code"] == "FL200" for d in found)  # reached: the launch was read
    assert [d["line"] for d in found if d["code"] == "FL305"] == ([3] if said else [])
