"""A secret a curl command writes in its form body (`-d "…&client_secret=…"`, `--data-urlencode`, `-F`, a here-document
on stdin) is FL305 where it is written, as the .http, Postman and HAR readers say it; a variable or a placeholder is
none, and no output ever shows the secret."""

from __future__ import annotations

from pathlib import Path

import pytest

from validator.report import FORMATS

from conftest import check_file, flowlint

SECRET = "Zq8vLr2KpT9xWm4Nc7Yb1Hd6Fs3Ja5Ge0Ui"
TOKEN_URL = "https://login.mypurecloud.com/oauth/token"
LAUNCH = ("curl -X POST https://api.mypurecloud.com/api/v2/flows/executions -H \"Authorization: Bearer $TOKEN\" "
          "--json '{\"flowId\": \"8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90\"}'\n")


def secrets(tmp_path: Path, script: str, name: str = "token.sh") -> list[tuple[int, int, int]]:
    """FL305's findings: line, column and the width of what each points at."""
    return [(d["line"], d["column"], d["end_column"] - d["column"] if d.get("end_line") == d["line"] else -1)
            for d in check_file(tmp_path, name, script) if d["code"] == "FL305"]


def column_of(script: str, line: int, text: str) -> int:
    return script.splitlines()[line - 1].index(text) + 1


@pytest.mark.parametrize("data", [
    f'-d "grant_type=client_credentials&client_id=3c9a1b2e&client_secret={SECRET}"',
    f"--data 'client_secret={SECRET}&grant_type=client_credentials'",
    f'--data-raw "grant_type=client_credentials&client_secret={SECRET}"',
    f'--data-urlencode "client_secret={SECRET}" -d grant_type=client_credentials',
    f"-F client_secret={SECRET} -F grant_type=client_credentials",
    f'-d grant_type=refresh_token -d "refresh_token={SECRET}"',
])
@pytest.mark.parametrize("host", ["login.mypurecloud.com", "login.euw2.pure.cloud", "login.mypurecloud.de"])
def test_a_form_secret_sent_to_a_login_host_is_said_where_it_is_written(tmp_path: Path, data: str, host: str) -> None:
    script = f"TOKEN=$(curl -s -X POST https://{host}/oauth/token \\\n  {data} | jq -r .access_token)\n" + LAUNCH
    assert secrets(tmp_path, script) == [(2, column_of(script, 2, SECRET), len(SECRET))]
    for output in FORMATS:
        result = flowlint("check", "--no-color", "--format", output, str(tmp_path / "token.sh"))
        assert "FL305" in result.stdout and SECRET not in result.stdout + result.stderr, output


def test_a_password_grant_s_password_is_said_and_only_on_a_token_request(tmp_path: Path) -> None:
    script = f"curl -X POST {TOKEN_URL} -d 'grant_type=password&username=ann&password=hunter2-Pa55'\n"
    assert secrets(tmp_path, script) == [(1, column_of(script, 1, "hunter2"), len("hunter2-Pa55"))]
    # Elsewhere a member named `password` is no sign-in of Genesys Cloud's (the file is read for its launch).
    other = "curl -X POST https://example.com/signup -d 'user=ann&password=hunter2-Pa55'\n" + LAUNCH
    assert secrets(tmp_path, other) == []


def test_a_form_body_on_stdin_from_a_here_document_is_read_for_its_secret(tmp_path: Path) -> None:
    script = (f"curl -X POST {TOKEN_URL} -d @- <<'EOF'\n"
              f"grant_type=client_credentials&client_id=abc&client_secret={SECRET}\nEOF\n")
    assert secrets(tmp_path, script) == [(2, column_of(script, 2, SECRET), len(SECRET))]


@pytest.mark.parametrize("value", ["$CLIENT_SECRET", "${CLIENT_SECRET}", "{{clientSecret}}", "<client-secret>", "xxx",
                                   "your-client-secret", "YOUR_CLIENT_SECRET", "$(cat secret.txt)", "@secret.txt",
                                   "abc${SUFFIX}defghijklmnopqrstuv"])
def test_a_variable_or_a_placeholder_is_no_secret(tmp_path: Path, value: str) -> None:
    real = f'curl -X POST {TOKEN_URL} -d "grant_type=client_credentials&client_secret={SECRET}"\n'
    assert secrets(tmp_path, real) != []  # reached: the same command with a written secret is said
    for option in ("-d", "--data-urlencode", "-F"):
        script = f'curl -X POST {TOKEN_URL} {option} "grant_type=client_credentials&client_secret={value}"\n'
        assert secrets(tmp_path, script) == [], (option, value)


def test_a_markdown_block_s_token_request_is_said(tmp_path: Path) -> None:
    readme = (f"# Getting a token\n\n```bash\ncurl -X POST {TOKEN_URL} \\\n"
              f"  -d \"grant_type=client_credentials&client_id=$CLIENT_ID&client_secret={SECRET}\"\n```\n")
    assert secrets(tmp_path, readme, "README.md") == [(5, column_of(readme, 5, SECRET), len(SECRET))]


@pytest.mark.parametrize("assignment", [f"SECRET={SECRET}", f"export GENESYS_SECRET='{SECRET}'", f'readonly PW="{SECRET}"'])
def test_a_variable_the_form_sends_is_said_where_the_script_writes_its_value(tmp_path: Path, assignment: str) -> None:
    name = assignment.split("=")[0].split()[-1]
    script = f'{assignment}\ncurl -X POST {TOKEN_URL} -d "grant_type=client_credentials&client_secret=${{{name}}}"\n'
    assert secrets(tmp_path, script) == [(1, column_of(script, 1, SECRET), len(SECRET))]
    unsent = f'{assignment}\ncurl -X POST {TOKEN_URL} -d "grant_type=client_credentials&client_id=${{{name}}}"\n'
    assert secrets(tmp_path, unsent) == []  # (a value sent as no secret: nothing says it is one)


def test_a_variable_assigned_from_the_environment_is_no_secret(tmp_path: Path) -> None:
    script = (f'SECRET="${{GENESYS_SECRET:?}}"\nNAME=my-client-secret\n'
              f'curl -X POST {TOKEN_URL} -d "client_secret=$SECRET" -d "refresh_token=$NAME"\n')
    assert secrets(tmp_path, script) == []
