"""Secrets a launch's neighbourhood writes where no secret word names them (the third review): what a recording's reply
quotes as its code and contextId, a session's id and OAuth's `state`, a load test's cookies and Basic password. Each is
looked for in every output format, `--diff`, `--fix`'s report, the editor server and the cache (assert_said_nowhere);
the finding on the launch is reported first."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_secrets_review2 import assert_said_nowhere

from conftest import UUID

URL = "https://api.mypurecloud.com/api/v2/flows/executions"


def _har(reply: dict[str, str], url: str = URL, headers: tuple[tuple[str, str], ...] = ()) -> str:
    return json.dumps({"log": {"version": "1.2", "entries": [{"request": {
        "method": "POST", "url": url,
        "headers": [{"name": "Content-Type", "value": "application/json"}, *({"name": n, "value": v} for n, v in headers)],
        "postData": {"mimeType": "application/json", "text": json.dumps({"flowID": UUID})}},
        "response": {"status": 400, "content": {"mimeType": "application/json", "text": json.dumps(reply)}}}]}})


#: A reply whose code and contextId are not the platform's (a proxy's, a tampered recording's): they quote what was sent.
REPLY = {"a.har": (_har({"message": "refused", "code": "bad.request OAcodeRv3a1", "contextId": "ctx SESSrv3b2"}),
                   ("OAcodeRv3a1", "SESSrv3b2"), ('message "refused"', "FL306")),
         "b.har": (_har({"message": "refused", "code": "OAcodeRv3c3x9", "contextId": "ctx-1 SESSrv3d4"}),
                   ("OAcodeRv3c3x9", "SESSrv3d4"), ()),
         "c.har": (_har({"message": "refused", "code": "flow.not.found", "contextId": "1c9e4a2b-7d3f-4e8a-9b6c-5d2e1f0a3b4c"}),
                   (), ('code "flow.not.found"', 'contextId "1c9e4a2b-7d3f-4e8a-9b6c-5d2e1f0a3b4c"'))}


def test_a_replys_code_and_context_id_are_quoted_only_as_the_platform_writes_them(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cache_on: Path) -> None:
    monkeypatch.chdir(tmp_path)
    assert_said_nowhere(tmp_path, REPLY, reached="FL306", fixes=False)


#: A session's id signs in as a password does, whatever its name lacks (`sid`, `JSESSIONID`, `X-Session-Id`), and OAuth's
#: `state` binds a sign-in's answer to its browser: in a recorded launch's URL and reply, a curl command's URL and
#: header, a body's member.
SESSIONS = {
    "d.har": (_har({"message": "session SESSrv3h8x expired; JSESSIONID=JSrv3g7q", "code": "bad.request"},
                   url=f"{URL}?sid=SIDrv3e5&state=STrv3f6&JSESSIONID=JSrv3g7q&flowVersion=3",
                   headers=(("X-Session-Id", "SESSrv3h8x"),)),
              ("SIDrv3e5", "STrv3f6", "JSrv3g7q", "SESSrv3h8x"), ("; JSESSIONID=*", 'code "bad.request"')),
    "s.sh": (f"curl -X POST '{URL}?sid=SIDrv3j0&lang=en' -H 'X-Session-Id: XSrv3i9z' -H 'Content-Type: application/json'"
             f" -d '{{\"flowID\": \"{UUID}\"}}'\n",
             ("SIDrv3j0", "XSrv3i9z"), ("&lang=en", "-H 'X-Session-Id: ")),
    # (a flow input named so is a flow's variable, no web session's: shown, test_masking_flow_input_names)
    "e.json": ('{"flowId": "x", "sessionId": "SIDrv3k1", "inputData": {"Flow.sessionId": "SHOWNsess1", '
               '"Flow.sessionTimeout": "SHOWNtimeout"}}\n',
               ("SIDrv3k1",), ('"Flow.sessionTimeout": "SHOWNtimeout"', '"Flow.sessionId": "SHOWNsess1"')),
}


def test_session_ids_and_oauth_state_are_said_nowhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                      cache_on: Path) -> None:
    monkeypatch.chdir(tmp_path)
    assert_said_nowhere(tmp_path, SESSIONS, reached="FL102")


@pytest.mark.parametrize(("name", "secret"), [
    ("sid", True), ("JSESSIONID", True), ("PHPSESSID", True), ("connect.sid", True), ("sessionId", True),
    ("session_id", True), ("X-Session-Id", True), ("session", True), ("sessionIdValue", True), ("Flow.sessionId", False),
    ("sessionTimeout", False), ("sessionCount", False), ("inside", False), ("consider", False), ("possession", False),
    ("sessions", False)])
def test_a_sessions_id_is_named_a_secret(name: str, secret: bool) -> None:
    from validator.core.credentials import no_secret_word, secret_name

    assert secret_name(name) is secret, name
    assert not no_secret_word(f'{{"{name}": "v"}}')  # (the scans' gate lets the name through)


#: What a load test or a Terraform action signs in with whatever its names say: k6's `cookies: {…}`, Terraform's
#: `base64encode("id:…")` for a Basic header, an Artillery step's `auth.pass` and `cookie` mapping.
LOAD_TESTS = {
    "load.js": ("import http from 'k6/http';\n"
                f"export default function () {{ http.post('{URL}', JSON.stringify({{ flowID: '{UUID}' }}), "
                "{ headers: { 'Content-Type': 'application/json' }, cookies: { ck: 'CKrv3m2x' } }); }\n",
                ("CKrv3m2x",), ()),
    "main.tf": ('resource "genesyscloud_integration_action" "launch" {\n  name = "launch"\n  config_request {\n'
                '    request_url_template = "/api/v2/flows/executions"\n    request_type         = "POST"\n'
                f'    request_template     = "{{\\"flowID\\": \\"{UUID}\\"}}"\n'
                '    headers              = { Content-Type = "application/json", '
                'Authorization = "Basic ${base64encode("my-cid:PWrv3n3y")}" }\n  }\n}\n',
                ("PWrv3n3y",), ()),
    "load.yml": ('config:\n  target: "https://api.mypurecloud.com"\nscenarios:\n  - flow:\n      - post:\n'
                 '          url: "/api/v2/flows/executions"\n          auth:\n            user: "my-user"\n'
                 '            pass: "PWrv3o4z"\n          cookie:\n            ck: "CKrv3p5w"\n          json:\n'
                 f'            flowID: "{UUID}"\n',
                 ("PWrv3o4z", "CKrv3p5w"), ()),
}


def test_load_tests_credentials_are_said_nowhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cache_on: Path) -> None:
    monkeypatch.chdir(tmp_path)
    assert_said_nowhere(tmp_path, LOAD_TESTS, reached="FL102")


#: A secret-named variable given a literal through a call that only wraps or re-encodes it (`Secret("…")`,
#: `str(r"…")`, `b64decode("…")`, `hashlib.sha256(b"…")`, `String('…')`, `new Buffer('…', 'base64')`, `atob('…')`),
#: a literal of a token's look given to any call or index (`dict(a=1)["…"]`), and a bytes literal (`b"…"`).
WRAPPED = {
    "w.py": ("import base64, hashlib, os, requests\n"
             'client_secret = Secret("WRrv3a1Zq8vR4nT7")\n'
             'password = str(r"WRrv3b2x")\n'
             'token = base64.b64decode("V1JydjNjM1Rva2VuMTIz").decode()\n'
             f'requests.post("{URL}", json={{"flowID": "{UUID}"}}, headers={{"Authorization": "Bearer " + token}})\n'
             'api_key = dict(a=1)["WRrv3d4Kp3mW8xN2"]\n'
             'password = hashlib.sha256(b"WRrv3e5y").hexdigest()\n'
             'client_secret = b"WRrv3i9Bytes77"\n',
             ("WRrv3a1Zq8vR4nT7", "WRrv3b2x", "V1JydjNjM1Rva2VuMTIz", "WRrv3d4Kp3mW8xN2", "WRrv3e5y", "WRrv3i9Bytes77"),
             ()),
    "w.ts": ("const password = String('WRrv3f6z');\n"
             "const token = new Buffer('V1JydjNnN1Rva2Vu', 'base64').toString();\n"
             "const opts = { apiKey: atob('V1JydjNoOEtleQ=='), region: 'us-east-1' };\n"
             f"await fetch('{URL}', {{ method: 'POST', headers: {{ 'Content-Type': 'application/json', "
             f"Authorization: `Bearer ${{token}}` }}, body: JSON.stringify({{ flowID: '{UUID}' }}) }});\n",
             ("WRrv3f6z", "V1JydjNnN1Rva2Vu", "V1JydjNoOEtleQ=="), ()),
}


def test_wrapped_literals_are_said_nowhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cache_on: Path) -> None:
    monkeypatch.chdir(tmp_path)
    assert_said_nowhere(tmp_path, WRAPPED, reached="FL102")


@pytest.mark.parametrize("line", [
    'client_secret = os.environ["GC_CLIENT_SECRET"]', 'api_key = config.get("api_key")',
    'token = requests.post("https://login.mypurecloud.com/oauth/token", data={"grant_type": "client_credentials"})',
    'password = keyring.get_password("genesys", "bot-user")', "const secret = process.env['GC_SECRET_2'];",
    'token = base64.b64decode(f"{prefix}").decode()'])
def test_what_code_looks_a_secret_up_by_stays_shown(line: str) -> None:
    """A name, a URL or a word a secret is looked up by is no secret: only a wrapped literal or a token's look is."""
    from validator.core.credentials import credential_literals

    assert credential_literals(line + "\n") == [], line


def test_a_long_files_words_are_made_once_and_kept_by_no_module(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """One Words for a file's text, given down every scan of it (the check's gates, the excerpts' mask): its lowered copy
    made once, and gone with the file (a module global used to keep the last long text's, in a server too)."""
    from validator.core import credentials
    from validator.core.credentials import Words

    from conftest import flowlint

    made: list[int] = []
    init = Words.__init__

    def counted(self: Words, text: str) -> None:
        if len(text) >= 1 << 16:
            made.append(len(text))
        init(self, text)

    monkeypatch.setattr(Words, "__init__", counted)
    body = tmp_path / "big.json"
    body.write_text(json.dumps({"flowId": "x", "inputData": {"Flow.password": "PWlong1xq", "Flow.pad": "y" * 70_000}}))
    result = flowlint("check", "--no-color", str(body))
    assert "FL104" in result.output and "PWlong1xq" not in result.output  # reached: a finding, its excerpt masked
    assert len(made) == 1, made
    assert not [name for name, value in vars(credentials).items() if isinstance(value, Words)]


#: What a Hurl entry's sections sign in with (`[BasicAuth]`'s password, `[Cookies]`' values, a `code` and a `state`
#: among `[QueryStringParams]`, a `{{hole}}` aside), and curl's proxy password (`-U`, `--proxy-user`).
SECTIONS = {
    "l.hurl": (f"POST {URL}\n[BasicAuth]\nmy-user: PWrv3q6v\n[Cookies]\nck: CKrv3r7u\n[QueryStringParams]\n"
               "code: CODErv3s8t\nstate: STrv3t9s\nlang: en\n"
               f'{{"flowID": "{UUID}"}}\n',
               ("PWrv3q6v", "CKrv3r7u", "CODErv3s8t", "STrv3t9s"), ()),
    "p.sh": (f"curl -U proxy-user:PXrv3u0r -X POST {URL} -H 'Content-Type: application/json' -d '{{\"flowID\": \"{UUID}\"}}'\n"
             f"curl --proxy-user=proxy-user:PXrv3v1q -X POST {URL} -H 'Content-Type: application/json' "
             f"-d '{{\"flowID\": \"{UUID}\"}}'\n",
             ("PXrv3u0r", "PXrv3v1q"), ("-U proxy-user:", "--proxy-user=proxy-user:")),
}


def test_hurl_sections_and_proxy_passwords_are_said_nowhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                             cache_on: Path) -> None:
    monkeypatch.chdir(tmp_path)
    assert_said_nowhere(tmp_path, SECTIONS, reached="FL102")


def test_a_hurl_sections_hole_and_other_members_stay_shown() -> None:
    from validator.sources.hurl import extract

    text = f"POST {URL}\n[BasicAuth]\nmy-user: {{{{password}}}}\n[QueryStringParams]\nlang: en\n{{\"flowId\": \"{UUID}\"}}\n"
    (request,) = extract(text)
    assert request.body is not None and request.secrets == []  # (read: the body; nothing masked)


@pytest.mark.parametrize("option", ["-U proxy-user:PXrv3w2p", "--proxy-user=proxy-user:PXrv3w2p", "--pass phrase",
                                    "--proxy-header 'X-Proxy: y'", "--aws-sigv4 aws:amz:us-east-1:execute-api",
                                    "--cert-type PEM", "--oauth2-bearer TKrv3x3o"])
def test_curl_reads_a_launch_after_an_option_that_signs_in(option: str) -> None:
    """Such an option's argument is no URL: the launch after it was missed in silence (`-U user:pw` read as the URL)."""
    from validator.sources.curl import extract
    from validator.sources.model import Text

    text = f"curl {option} -X POST {URL} -H 'Content-Type: application/json' -d '{{\"flowId\": \"{UUID}\"}}'\n"
    (request,) = extract(text)
    assert isinstance(request.url, Text) and request.url.value == URL, request.url
    assert request.body == {"flowId": UUID}


#: A launch's body sent form-encoded, its first member signing in (`code=…&flowId=…`): no `?` nor `&` opens it.
FORMS = {
    "f.sh": (f"curl -X POST {URL} -d 'code=CODErv3y4n&flowID={UUID}&lang=en'\n", ("CODErv3y4n",), ("&lang=en",)),
    "f.http": (f"POST {URL}\nContent-Type: application/x-www-form-urlencoded\n\nsid=SIDrv3z5m&flowID={UUID}&lang=en\n",
               ("SIDrv3z5m",), ("&lang=en",)),
    "f.har": (json.dumps({"log": {"version": "1.2", "entries": [{"request": {
        "method": "POST", "url": URL, "headers": [{"name": "Content-Type", "value": "application/x-www-form-urlencoded"}],
        "postData": {"mimeType": "application/x-www-form-urlencoded", "text": f"code=CODErv3a6l&flowID={UUID}",
                     "params": [{"name": "code", "value": "CODErv3a6l"}, {"name": "flowID", "value": UUID}]}},
        "response": {"status": 415, "content": {"mimeType": "application/json", "text": "{}"}}}]}}, indent=1) + "\n",
              ("CODErv3a6l",), ()),
}


def test_a_form_bodys_first_member_that_signs_in_is_said_nowhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                cache_on: Path) -> None:
    monkeypatch.chdir(tmp_path)
    assert_said_nowhere(tmp_path, FORMS, reached="FL001", fixes=False)
