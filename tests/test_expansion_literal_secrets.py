"""A shell expansion's literal default or alternative (`${ACCESS_TOKEN:-…}`, `${PASSWORD:+…}`, `${API_KEY:=…}`) is
written in the file: where the plain literal would be masked (a token after `Bearer `, a secret-named variable's
value) it is masked in every output (text excerpts, json, sarif, --diff, the cache), and a client secret's is said
(FL305) in each of those forms."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from validator.core.credentials import credential_literals

from conftest import check_file, flowlint

FLOW = "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90"
TOKEN = "Rr4Ee3Ww2Qq1Tt5Yy6Uu7Ii8"
LAUNCH = "curl -X POST \"https://api.mypurecloud.com/api/v2/flows/executions\" -H \"Authorization: Bearer {value}\" " \
         "-H \"Content-Type: application/json\" -d '{{\"flowID\": \"%s\"}}'\n" % FLOW  # FL102 on `flowID`: a fix
OPERATORS = [":-", "-", ":=", "=", ":+", "+", ":?", "?"]
NAMES = ["ACCESS_TOKEN", "TOKEN", "GENESYS_TOKEN", "API_KEY", "PASSWORD", "GENESYS_CLIENT_SECRET"]


@pytest.mark.parametrize("operator", OPERATORS)
@pytest.mark.parametrize("name", NAMES)
def test_a_bearer_token_s_default_is_masked(name: str, operator: str) -> None:
    text = LAUNCH.format(value=f"${{{name}{operator}{TOKEN}}}")
    assert [text[start:end] for start, end in credential_literals(text)] == [TOKEN]


@pytest.mark.parametrize("operator", OPERATORS)
@pytest.mark.parametrize("line", ['X="${{PASSWORD{op}{t}}}"', "export K=${{API_KEY{op}{t}}}",
                                  "curl -u me:${{MY_PASSWORD{op}{t}}} https://example.com",
                                  "echo ${{CLIENT_SECRET{op}'{t}'}}"])
def test_a_secret_named_variable_s_default_is_masked(line: str, operator: str) -> None:
    text = line.format(op=operator, t=TOKEN) + "\n"
    assert TOKEN in [text[start:end] for start, end in credential_literals(text)]


@pytest.mark.parametrize("line", ['REGION="${{GENESYS_REGION:-{t}}}"', 'X="${{PASSWORD:-$OTHER}}"', "Bearer ${{TOKEN}}",
                                  'URL="${{BASE:-https://api.mypurecloud.com/{t}}}"'])
def test_other_expansions_are_shown(line: str) -> None:
    text = line.format(t=TOKEN) + "\n"
    assert credential_literals(text) == []


@pytest.mark.parametrize("operator", [":-", "-", ":=", "=", ":+", "+"])
def test_a_client_secret_s_default_or_alternative_is_said(tmp_path: Path, operator: str) -> None:
    script = f'curl -s -u "abc:${{CLIENT_SECRET{operator}{TOKEN}}}" https://login.mypurecloud.com/oauth/token ' \
             "-d grant_type=client_credentials\n" + LAUNCH.format(value="$TOKEN")
    said = [d for d in check_file(tmp_path, "run.sh", script) if d["code"] == "FL305"]
    column = script.index(TOKEN) + 1
    assert [(d["line"], d["column"], d["end_column"]) for d in said] == [(1, column, column + len(TOKEN))]


@pytest.mark.parametrize("name", NAMES)
def test_no_output_prints_the_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cache_on: Path, name: str) -> None:
    tree = tmp_path / "project"
    tree.mkdir()
    monkeypatch.chdir(tree)  # the project root: the cache is written there
    script = tree / "leak.sh"
    text = LAUNCH.format(value=f"${{{name}:-{TOKEN}}}") + LAUNCH.format(value=f"${{{name}:+{TOKEN}}}")
    script.write_text(text)
    for options in (("--no-cache", "--no-color"), ("--no-cache", "--format", "json"), ("--no-cache", "--format", "sarif"),
                    ("--no-cache", "--diff", "--no-color"), ("--no-color",), ("--no-color",)):  # the last: from the cache
        printed = flowlint("check", *options, str(script)).output
        assert "flowID" in printed or "flowId" in printed, (options, printed)  # the launch was read and reported
        assert TOKEN not in printed, (options, printed)
    cached = [path for path in (tree / ".flowlint_cache").rglob("*") if path.is_file()]
    assert len(cached) > 1  # (the cache was written: more than its .gitignore)
    assert not any(TOKEN.encode() in path.read_bytes() for path in [*cached, *cache_on.rglob("*")] if path.is_file())
    assert script.read_text() == text
    report = json.loads(flowlint("check", "--no-cache", "--format", "json", str(script)).stdout)
    assert report  # (json read)


@pytest.mark.parametrize("operator", [":-", "-", ":=", "=", ":+", "+"])
@pytest.mark.parametrize("sent", ['-u "abc:${{PASSWORD{op}{t}}}"', '-u abc:${{PW{op}{t}}}',
                                  '-d "grant_type=client_credentials&client_secret=${{SECRET{op}{t}}}"',
                                  "-d refresh_token=${{RT{op}{t}}}"])
def test_a_sent_secret_s_literal_is_said(tmp_path: Path, sent: str, operator: str) -> None:
    """What the plain literal gets there (curl -u's password, a form's client secret or refresh token), its literal
    default or alternative gets too: FL305 at the literal."""
    script = f"curl -s https://login.mypurecloud.com/oauth/token {sent.format(op=operator, t=TOKEN)}\n" \
             + LAUNCH.format(value="$TOKEN")
    said = [d for d in check_file(tmp_path, "run.sh", script) if d["code"] == "FL305"]
    column = script.index(TOKEN) + 1
    assert [(d["line"], d["column"], d["end_column"]) for d in said] == [(1, column, column + len(TOKEN))]
    printed = flowlint("check", "--no-color", str(tmp_path / "run.sh")).output
    assert printed.count("FL305") == 1 and TOKEN not in printed


@pytest.mark.parametrize("sent", ['-u "abc:${{PASSWORD:-changeme}}"', '-u "abc:${{PASSWORD:?{t}}}"',
                                  '-d "client_secret=${{SECRET:-your_client_secret}}"', '-u "abc:${{PASSWORD:-$OTHER}}"'])
def test_a_placeholder_or_message_is_no_sent_secret(tmp_path: Path, sent: str) -> None:
    script = f"curl -s https://login.mypurecloud.com/oauth/token {sent.format(t=TOKEN)}\n" + LAUNCH.format(value="$TOKEN")
    codes = [d["code"] for d in check_file(tmp_path, "run.sh", script)]
    assert "FL102" in codes and "FL305" not in codes  # (the launch was read)
