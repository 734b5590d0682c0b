"""Secrets a file writes where only its place says what they are (the second review): an SDK's sign-in call's
arguments (`loginClientCredentialsGrant('cid', '…')`, `get_client_credentials_token("cid", "…")`,
`setAccessToken('…')`). Each is looked for in every output format, in `--diff` and `--fix`'s report, in the editor
server's diagnostics and in the cache directory; the finding on the secret's line is reported (reached), and what is
no secret on that line (the client ID, the method's name) stays shown."""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from pathlib import Path

import pytest

from conftest import UUID, flowlint

URL = "https://api.mypurecloud.com/api/v2/flows/executions"
FORMATS = ("text", "json", "sarif", "github", "gitlab", "junit")

#: name → (text, the secrets it writes, what stays shown on their lines)
SIGN_IN = {
    "sdk.js": ("const platformClient = require('purecloud-platform-client-v2');\n"
               "const client = platformClient.ApiClient.instance;\n"
               "client.loginClientCredentialsGrant('my-cid', 'CSECjsSdkA1').then(() => new platformClient.ArchitectApi()"
               f".postFlowsExecutions({{flowId: '{UUID}', type: 1}}));\n"
               "client.setAccessToken('TOKjsSdkB2'); new platformClient.ArchitectApi()"
               f".postFlowsExecutions({{flowId: '{UUID}', type: 1}});\n"
               "client.loginSaml2BearerGrant('my-cid', \"CSECjsSaml7\", 'my-org', `ASSERTjsSaml8`); new platformClient"
               f".ArchitectApi().postFlowsExecutions({{flowId: '{UUID}', type: 1}});\n"
               "client.refreshCodeAuthorizationGrant('my-cid', 'CSECjsRef9',\n    'REFRjsRef10'); new platformClient.ArchitectApi()"
               f".postFlowsExecutions({{flowId: '{UUID}', type: 1}});\n",
               ("CSECjsSdkA1", "TOKjsSdkB2", "CSECjsSaml7", "ASSERTjsSaml8", "CSECjsRef9", "REFRjsRef10"),
               ("loginClientCredentialsGrant('my-cid', '", "setAccessToken('", "'my-org'")),
    "sdk.py": ("import PureCloudPlatformClientV2 as pc\n"
               'c = pc.api_client.ApiClient().get_client_credentials_token("my-cid", "CSECpySdkC3"); '
               f'pc.ArchitectApi(c).post_flows_executions({{"flowId": "{UUID}", "type": 1}})\n'
               'c.get_code_authorization_token("my-cid", client_secret="CSECpyCode5", auth_code="CODEpyCode6", '
               f'redirect_uri="cb"); pc.ArchitectApi(c).post_flows_executions({{"flowId": "{UUID}", "type": 1}})\n',
               ("CSECpySdkC3", "CSECpyCode5", "CODEpyCode6"),
               ('get_client_credentials_token("my-cid", "',)),
}


def _cached(root: Path) -> str:
    return "".join(p.read_text(errors="replace") for p in (root / ".flowlint_cache").rglob("*") if p.is_file())


def assert_said_nowhere(root: Path, files: Mapping[str, tuple[str, tuple[str, ...], tuple[str, ...]]],
                        reached: str = "FL101", fixes: bool = True) -> None:
    """Every output format, --diff, --fix's report, the editor server and the cache directory: no secret of `files`
    (the reached finding is reported, and what is no secret on a secret's line is shown in the text excerpts)."""
    for name, (text, _, _) in files.items():
        (root / name).write_text(text)
        os.utime(root / name, (1_700_000_000, 1_700_000_000))  # old enough for the cache to keep its reading
    names = list(files)
    secrets = [secret for _, found, _ in files.values() for secret in found]
    said = {}
    for output in FORMATS:
        result = flowlint("check", "--no-color", "--format", output, *names)
        assert reached in result.stdout or output == "gitlab", (output, result.stdout)  # reached
        said[output] = result.output
    text = said["text"]
    for _, _, shown in files.values():
        for words in shown:
            assert words in text, (words, text)  # not masked: what is no secret
    said["diff"] = flowlint("check", "--no-color", "--diff", "--unsafe-fixes", *names).output
    said["fix"] = flowlint("check", "--no-color", "--fix", "--unsafe-fixes", *names).output
    if fixes:  # reached: a diff is shown, a fix made
        assert "+++ " in said["diff"] and "ixed" in said["fix"], (said["diff"], said["fix"])
    said["cache"] = _cached(root)
    assert said["cache"], "no cache written"
    try:
        from validator.lsp.server import check
    except ImportError:  # pragma: no cover (pygls missing)
        pass
    else:
        for name, (text, _, _) in files.items():
            found = check(str(root / name), text)
            assert found, name
            said[f"lsp {name}"] = repr([(d.message, d.help, d.pointer, d.fix and d.fix.message,
                                          d.fix and [e.shown_content for e in d.fix.edits or ()]) for d in found])
    for where, output in said.items():
        for secret in secrets:
            assert secret not in output, (where, secret, output)


def test_sdk_sign_in_arguments_are_said_nowhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cache_on: Path) -> None:
    monkeypatch.chdir(tmp_path)
    assert_said_nowhere(tmp_path, SIGN_IN)


#: The CLI's credential flags, and any command's option named for a credential (its value a word, quoted, or `=`'s).
CLI = {
    "run.sh": ("#!/bin/sh\n"
               "echo '{\"flowId\": \"x\", \"type\": 1}' | gc --clientid my-cid --clientsecret CSECgcOverride3 flows executions create\n"
               "echo '{\"flowId\": \"x\", \"type\": 1}' | gc --accesstoken=TOKgcAccess4 --environment mypurecloud.com \\\n"
               "  flows executions create\n"
               "echo '{\"flowId\": \"x\", \"type\": 1}' | gc --client-secret \"CSECgcQuoted5\" --profile prod flows executions create\n",
               ("CSECgcOverride3", "TOKgcAccess4", "CSECgcQuoted5"),
               ("--clientid my-cid --clientsecret ", "--environment mypurecloud.com", "--profile prod")),
}


def test_cli_credential_options_are_said_nowhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cache_on: Path) -> None:
    monkeypatch.chdir(tmp_path)
    assert_said_nowhere(tmp_path, CLI, reached="FL104")


@pytest.mark.parametrize("line", ["docker login --password-stdin flows", "tool --token-file token.txt", "x --no-password --verbose",
                                  'gc --clientsecret "$GC_SECRET" flows', "gc --accesstoken ${TOKEN} flows",
                                  'gc --accesstoken "$(cat token.txt)" flows', "gc --clientsecret `vault read x` flows"])
def test_an_option_naming_no_literal_credential_is_shown(line: str) -> None:
    from validator.core.credentials import credential_literals

    assert credential_literals(line + "\n") == [], line


#: Inputs named for a token or a credential: each in a payload of its own (its one line an excerpt), and beside a
#: launch in an .http file and in JavaScript (an unquoted `token:` member).
TOKEN_NAMES = ("Flow.apiToken", "Flow.authToken", "Flow.sessionToken", "Flow.bearerToken", "Flow.token", "Flow.idToken",
               "Flow.credentials", "Flow.clientCredentials", "Flow.oauthToken", "Flow.api_token", "Flow.passphrase",
               "Flow.jwt", "Flow.token2", "Flow.GITHUB_TOKEN", "Flow.tokenValue", "Flow.pwd", "Flow.passcode", "Flow.pin",
               "Flow.otp")
NAMED = {f"n{i}.json": (f'{{"flowId": "x", "inputData": {{"{name}": "V{i}zzqSecret", "Flow.tokenCount": "SHOWNcount{i}"}}}}\n',
                        (f"V{i}zzqSecret",), (f'"Flow.tokenCount": "SHOWNcount{i}"',))
         for i, name in enumerate(TOKEN_NAMES)}
NAMED["a.http"] = (f"POST {URL}\nContent-Type: application/json\n\n"
                   '{"flowId": "x", "inputData": {"Flow.apiToken": "TOKhttpInput4", "Flow.token_type": "SHOWNtype"}}\n',
                   ("TOKhttpInput4",), ('"Flow.token_type": "SHOWNtype"',))
NAMED["a.js"] = (f"await fetch('{URL}', {{method: 'POST', headers: {{'Content-Type': 'application/json'}}, body: "
                 "JSON.stringify({flowId: 'x', inputData: {token: 'TOKjsIn24', tokenizer: 'SHOWNword'}})});\n",
                 ("TOKjsIn24",), ("tokenizer: 'SHOWNword'",))


def test_token_named_inputs_are_said_nowhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cache_on: Path) -> None:
    monkeypatch.chdir(tmp_path)
    assert_said_nowhere(tmp_path, NAMED, reached="FL104")


@pytest.mark.parametrize(("name", "secret"), [
    ("apiToken", True), ("session_token", True), ("X-Auth-Token", True), ("token", True), ("TOKEN", True),
    ("idToken", True), ("credentials", True), ("passphrase", True), ("jwt", True), ("client_secret", True),
    ("tokenCount", False), ("token_type", False), ("tokenizer", False), ("tokens", False), ("tokenUrl", False),
    ("tokenExpiresIn", False), ("credentialType", False), ("pinLength", False), ("shipping", False),
    ("db_pwd", True), ("Flow.pin", True), ("flowId", False), ("customerName", False)])
def test_one_rule_says_which_names_hold_a_secret(name: str, secret: bool) -> None:
    """One rule for members, variables, options and a URL's query members (`?sessionToken=…` as `"Flow.sessionToken"`)."""
    from validator.core.credentials import secret_name, secret_query_name

    assert secret_name(name) is secret and secret_query_name(name) is secret, name


def _har(message: str) -> str:
    reply = json.dumps({"message": message, "code": "bad.request", "contextId": "ctx-1"})
    return json.dumps({"log": {"version": "1.2", "entries": [{"request": {
        "method": "POST", "url": URL, "headers": [{"name": "Content-Type", "value": "application/json"}],
        "postData": {"mimeType": "application/json", "text": json.dumps({"flowId": "x"})}},
        "response": {"status": 400, "content": {"mimeType": "application/json", "text": reply}}}]}})


#: A recorded reply's message quoting what was sent: `name=value` and `name: value` secrets in its text.
REPLY = {"a.har": (_har("Token is invalid for client_secret=CSECharMsg2 password: PWharMsg3, access_token='TOKharQuoted6' "
                        "(Flow.apiToken: TOKharInput7; flowVersion=SHOWNversion8) {\"pwd\": \"PWharJson9\"}"),
                   ("CSECharMsg2", "PWharMsg3", "TOKharQuoted6", "TOKharInput7", "PWharJson9"),
                   ("client_secret=", "flowVersion=SHOWNversion8", "FL306")),
         #: a secret's word, then the secret with no `name=` (a token's look, or quoted); a word after one stays shown
         "b.har": (_har("Token TOKharMsg1xyz is invalid; the password 'PWharSaid11' was refused; API key xQzvKpLmHar. "
                        "Token expired, token JWT missing, secret v2 rotated"),
                   ("TOKharMsg1xyz", "PWharSaid11", "xQzvKpLmHar"),
                   ("Token expired, token JWT missing, secret v2 rotated", "the password '", "is invalid"))}


def test_secrets_a_recorded_reply_quotes_are_said_nowhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                          cache_on: Path) -> None:
    monkeypatch.chdir(tmp_path)
    assert_said_nowhere(tmp_path, REPLY, reached="FL306", fixes=False)
