"""A Genesys Cloud sign-in written in code (JavaScript/TypeScript or Python: a request to login.<region>/oauth/token) with
a literal `Authorization: Basic <base64 of client_id:client_secret>` writes its client secret in the file: FL305 at the
literal, masked, never printed in any output, whatever client sends it. A header built at run time (`Buffer.from(
`${id}:${secret}`)`, `base64.b64encode(f"{cid}:{sec}".encode())`), a placeholder, or a Basic credential in a file that
signs in to no Genesys Cloud host is none."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

from conftest import diagnostics, flowlint

_SECRET = "SuperSecretValue123456789"
_BASIC = base64.b64encode(f"myClientId:{_SECRET}".encode()).decode()
_TOKEN = "https://login.mypurecloud.com/oauth/token"

JS_SIGN_INS = {
    "fetch": f"await fetch('{_TOKEN}', {{ method: 'POST', headers: {{ Authorization: 'Basic {_BASIC}' }}, body: form }});",
    "axios": f"await axios.post(`{_TOKEN}`, form, {{ headers: {{ 'Authorization': \"Basic {_BASIC}\" }} }});",
    "got": f"await got.post(TOKEN_URL, {{ headers: {{ authorization: 'Basic {_BASIC}' }}, form }});",
    "ky": f"await ky.post(TOKEN_URL, {{ headers: {{ Authorization: 'Basic {_BASIC}' }}, body: form }});",
    "jquery": f"$.ajax({{ url: TOKEN_URL, method: 'POST', headers: {{ Authorization: 'Basic {_BASIC}' }}, data: form }});",
    "xhr": f"const xhr = new XMLHttpRequest();\nxhr.open('POST', TOKEN_URL);\n"
           f"xhr.setRequestHeader('Authorization', 'Basic {_BASIC}');\nxhr.send(form);",
    "https": f"const req = https.request({{ hostname: 'login.mypurecloud.com', path: '/oauth/token', method: 'POST',\n"
             f"  headers: {{ Authorization: 'Basic {_BASIC}' }} }});",
}
PY_SIGN_INS = {
    "requests": f'requests.post(TOKEN_URL, headers={{"Authorization": "Basic {_BASIC}"}}, data=form)',
    "httpx": f'httpx.post(f"https://login.{{DOMAIN}}/oauth/token", headers={{"authorization": "Basic {_BASIC}"}}, data=form)',
    "aiohttp": f'await session.post(TOKEN_URL, headers={{"Authorization": \'Basic {_BASIC}\'}}, data=form)',
    "urllib": f'urllib.request.urlopen(urllib.request.Request(TOKEN_URL, data=form, headers={{"Authorization": "Basic {_BASIC}"}}))',
}


def _js(call: str, token_url: str = _TOKEN) -> str:
    return f"const TOKEN_URL = '{token_url}';\nconst form = 'grant_type=client_credentials';\n{call}\n"


def _py(call: str, token_url: str = _TOKEN) -> str:
    return (f'import requests, httpx, urllib.request\nDOMAIN = "mypurecloud.com"\nTOKEN_URL = "{token_url}"\n'
            f'form = {{"grant_type": "client_credentials"}}\n{call}\n')


def _found(path: Path) -> list[tuple[int, int]]:
    return [(d["line"], d["column"]) for d in diagnostics("--no-cache", str(path)) if d["code"] == "FL305"]


def _at(text: str) -> tuple[int, int]:
    at = text.index(_BASIC)
    return text.count("\n", 0, at) + 1, at - (text.rfind("\n", 0, at) + 1) + 1


@pytest.mark.parametrize("client", JS_SIGN_INS)
def test_a_literal_basic_credential_of_a_javascript_sign_in_is_said_at_it(tmp_path: Path, client: str) -> None:
    path = tmp_path / "token.ts"
    path.write_text(text := _js(JS_SIGN_INS[client]))
    assert _found(path) == [_at(text)]


@pytest.mark.parametrize("client", PY_SIGN_INS)
def test_a_literal_basic_credential_of_a_python_sign_in_is_said_at_it(tmp_path: Path, client: str) -> None:
    path = tmp_path / "token.py"
    path.write_text(text := _py(PY_SIGN_INS[client]))
    assert _found(path) == [_at(text)]


def test_the_repro_files_are_said(tmp_path: Path) -> None:
    (tmp_path / "signin.js").write_text(
        'const res = await fetch("https://login.mypurecloud.com/oauth/token", {\n  method: "POST",\n'
        f'  headers: {{ Authorization: "Basic {_BASIC}", "Content-Type": "application/x-www-form-urlencoded" }},\n'
        '  body: "grant_type=client_credentials",\n});\n')
    (tmp_path / "signin.py").write_text(
        f'import requests\nr = requests.post("https://login.mypurecloud.com/oauth/token", headers={{"Authorization": '
        f'"Basic {_BASIC}"}}, data={{"grant_type": "client_credentials"}})\n')
    found = [d for d in diagnostics("--no-cache", str(tmp_path)) if d["code"] == "FL305"]
    assert sorted(Path(str(d["file"])).name for d in found) == ["signin.js", "signin.py"]
    assert all("client secret" in str(d["message"]) and "*" not in str(d["message"]) for d in found)


@pytest.mark.parametrize("text", [
    # built at run time from what the program is given: nothing written
    _js("const auth = Buffer.from(`${process.env.ID}:${process.env.SECRET}`).toString('base64');\n"
        "await fetch(TOKEN_URL, { method: 'POST', headers: { Authorization: `Basic ${auth}` }, body: form });"),
    _js("await axios.post(TOKEN_URL, form, { headers: { Authorization: 'Basic ' + btoa(`${id}:${secret}`) } });"),
    _py('import base64, os\ncid, sec = os.environ["ID"], os.environ["SECRET"]\n'
        'auth = base64.b64encode(f"{cid}:{sec}".encode()).decode()\n'
        'requests.post(TOKEN_URL, headers={"Authorization": f"Basic {auth}"}, data=form)'),
    _py('requests.post(TOKEN_URL, headers={"Authorization": "Basic " + AUTH}, data=form)'),
    # placeholders, or a credential that encodes no secret
    _js("await fetch(TOKEN_URL, { method: 'POST', headers: { Authorization: 'Basic <base64>' }, body: form });"),
    _js("await fetch(TOKEN_URL, { method: 'POST', headers: { Authorization: 'Basic "
        f"{base64.b64encode(b'myClientId:<client_secret>').decode()}' }} }});"),
    _py(f'requests.post(TOKEN_URL, headers={{"Authorization": "Basic {base64.b64encode(b"no colon at all").decode()}"}})'),
    # another product's sign-in: not Genesys Cloud's
    _js(JS_SIGN_INS["fetch"].replace(_TOKEN, "https://login.example.com/oauth/token"), "https://login.example.com/oauth/token"),
    _py(PY_SIGN_INS["requests"], "https://auth.example.com/oauth/token"),
])
def test_a_basic_credential_built_at_run_time_or_not_genesys_is_none(tmp_path: Path, text: str) -> None:
    path = tmp_path / ("token.py" if text.startswith("import") else "token.js")
    path.write_text(text + _LAUNCH[path.suffix])
    found = diagnostics("--no-cache", str(path))
    assert "FL102" in [d["code"] for d in found]  # (reached: the file's launch was read and checked)
    assert "FL305" not in [d["code"] for d in found]


#: A launch after the sign-in, with a fix whose diff shows the sign-in's line as context.
_LAUNCH = {
    ".js": "await fetch('https://api.mypurecloud.com/api/v2/flows/executions', { method: 'POST',\n"
           "  headers: { 'Content-Type': 'application/json' },\n"
           "  body: JSON.stringify({ flowID: '8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90', inputData: {} }) });\n",
    ".py": 'requests.post("https://api.mypurecloud.com/api/v2/flows/executions",\n'
           '              json={"flowID": "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90", "inputData": {}})\n',
}
FORMATS = {"text": ("--no-color",), "json": ("--format", "json"), "sarif": ("--format", "sarif"),
           "github": ("--format", "github"), "gitlab": ("--format", "gitlab"), "junit": ("--format", "junit"),
           "diff": ("--diff", "--unsafe-fixes", "--no-color")}


@pytest.mark.parametrize("suffix", [".js", ".py"])
@pytest.mark.parametrize("output", FORMATS)
def test_no_output_shows_the_basic_credential_or_its_secret(tmp_path: Path, output: str, suffix: str) -> None:
    path = tmp_path / f"launch{suffix}"
    path.write_text((_js if suffix == ".js" else _py)(JS_SIGN_INS["fetch"] if suffix == ".js" else PY_SIGN_INS["requests"])
                    + _LAUNCH[suffix])
    printed = "".join(flowlint("check", "--no-cache", *FORMATS[output], str(path)).output)
    reached = "would fix 1 finding" if output == "diff" else "FL305" if output != "sarif" else '"ruleId": "FL305"'

    assert reached in printed, printed[-3000:]
    if output == "text":  # (a diff leaves out the masked context line: tests/test_masked_diff_context.py)
        assert "Basic *" in printed or "Authorization" in printed, printed[-3000:]  # the line holding it was shown
    assert _BASIC not in printed and _SECRET not in printed and _BASIC[8:24] not in printed, printed[-3000:]


@pytest.mark.parametrize("suffix", [".js", ".py"])
def test_the_editor_shows_neither_the_credential_nor_its_secret(tmp_path: Path, suffix: str) -> None:
    from validator.lsp.server import check

    path = tmp_path / f"launch{suffix}"
    text = (_js if suffix == ".js" else _py)(JS_SIGN_INS["fetch"] if suffix == ".js" else PY_SIGN_INS["requests"]) + _LAUNCH[suffix]
    found = check(str(path), text)
    assert "FL305" in [d.code for d in found]
    shown = repr([(d.message, d.help, d.fix) for d in found])
    assert _BASIC not in shown and _SECRET not in shown


def test_a_launchs_own_basic_header_in_a_sign_in_file_is_said_once(tmp_path: Path) -> None:
    path = tmp_path / "both.js"
    path.write_text(text := _js(JS_SIGN_INS["fetch"]) + (
        "await fetch('https://api.mypurecloud.com/api/v2/flows/executions', { method: 'POST',\n"
        f"  headers: {{ 'Content-Type': 'application/json', Authorization: 'Basic {_BASIC}' }},\n"
        "  body: JSON.stringify({ flowId: '8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90', inputData: {} }) });\n"))
    found = _found(path)
    assert found[0] == _at(text)  # the sign-in's, at its base64
    assert [line for line, _ in found] == [3, 5]  # and the launch's header, said once (by the header's own check)


_FAKE = base64.b64encode(b"test-id:test-secret").decode()
_MATCHERS = {
    "token.test.ts": f"nock('https://login.mypurecloud.com', {{ reqheaders: {{ authorization: 'Basic {_BASIC}' }} }})\n"
                     f"  .post('/oauth/token').reply(200, {{ access_token: 'abc' }});\n"
                     f"nock('https://login.mypurecloud.com').matchHeader('authorization', 'Basic {_BASIC}')"
                     f".post('/oauth/token').reply(200, {{}});\n"
                     f"expect(fetchMock).toHaveBeenCalledWith('{_TOKEN}', expect.objectContaining({{\n"
                     f"  headers: expect.objectContaining({{ Authorization: 'Basic {_BASIC}' }}) }}));\n"
                     f"new MockAdapter(axios).onPost('{_TOKEN}', form, {{ Authorization: 'Basic {_BASIC}' }}).reply(200);\n"
                     f"server.use(http.post('{_TOKEN}', () => HttpResponse.json({{ echo: 'Basic {_BASIC}' }})));\n",
    "test_token.py": f'import responses\nresponses.post("{_TOKEN}", json={{}},\n'
                     f'    match=[responses.matchers.header_matcher({{"Authorization": "Basic {_BASIC}"}})])\n'
                     f'respx.post("{_TOKEN}", headers={{"Authorization": "Basic {_BASIC}"}})\n'
                     f'm.post("{_TOKEN}", request_headers={{"Authorization": "Basic {_BASIC}"}})\n',
}


@pytest.mark.parametrize("name", _MATCHERS)
def test_a_basic_credential_a_test_double_expects_is_none(tmp_path: Path, name: str) -> None:
    # a matcher's or expectation's argument describes a request, it signs in to nothing: (the sign-in beside is read)
    path = tmp_path / name
    sign_in = _js(JS_SIGN_INS["fetch"]) if name.endswith(".ts") else _py(PY_SIGN_INS["requests"])
    path.write_text(sign_in + _MATCHERS[name])
    assert _found(path) == [_at(sign_in)]


@pytest.mark.parametrize(("name", "text"), [
    ("token.test.ts", _js(JS_SIGN_INS["fetch"].replace(_BASIC, _FAKE))),
    ("token.spec.js", _js(JS_SIGN_INS["axios"].replace(_BASIC, base64.b64encode(b"foo:bar").decode()))),
    ("test_token.py", _py(PY_SIGN_INS["requests"].replace(_BASIC, base64.b64encode(b"fake-id:fakeSecret").decode()))),
    ("tests/token.py", _py(PY_SIGN_INS["httpx"].replace(_BASIC, base64.b64encode(b"client:dummy_secret1").decode()))),
])
def test_an_obviously_fake_credential_in_a_test_file_is_none(tmp_path: Path, name: str, text: str) -> None:
    path = tmp_path / name
    path.parent.mkdir(exist_ok=True)
    path.write_text(text)
    assert _found(path) == []
    real = tmp_path / "src" / name.replace("test_", "").replace(".test", "").replace(".spec", "").replace("tests/", "")
    real.parent.mkdir(exist_ok=True)
    real.write_text(text)  # (reached: outside a test file, the same credential is said)
    assert len(_found(real)) == 1
    path.write_text(text.replace(text[text.index("Basic ") + 6:].split("'")[0].split('"')[0], _BASIC))
    assert len(_found(path)) == 1  # a real-looking one in a test file is said


#: A Basic credential's pair written apart from its header, in a file that signs in: a client's basic auth, and the
#: pair being encoded to base64 (the header then built from a variable).
PAIRS = {
    "auth_tuple.py": _py(f'requests.post(TOKEN_URL, auth=("myClientId", "{_SECRET}"), data=form)'),
    "auth_class.py": _py(f'httpx.post(TOKEN_URL, auth=httpx.BasicAuth("myClientId", password="{_SECRET}"), data=form)\n'
                         f'requests.post(TOKEN_URL, auth=requests.auth.HTTPBasicAuth("myClientId", "{_SECRET}"), data=form)'),
    "b64_literal.py": _py(f'auth = base64.b64encode(b"myClientId:{_SECRET}").decode()\n'
                          'requests.post(TOKEN_URL, headers={"Authorization": f"Basic {auth}"}, data=form)'),
    "b64_encode.py": _py(f'auth = base64.b64encode("myClientId:{_SECRET}".encode()).decode()\n'
                         'requests.post(TOKEN_URL, headers={"Authorization": "Basic " + auth}, data=form)'),
    "buffer_literal.js": _js(f"const auth = Buffer.from('myClientId:{_SECRET}').toString('base64');\n"
                             "await fetch(TOKEN_URL, { method: 'POST', headers: { Authorization: `Basic ${auth}` }, body: form });"),
    "axios_auth.js": _js("await axios.post(TOKEN_URL, form, { auth: { username: 'myClientId', password: "
                         f"'{_SECRET}' }} }});"),
    "btoa.js": _js(f"const auth = btoa(`myClientId:{_SECRET}`);\n"
                   "await fetch(TOKEN_URL, { method: 'POST', headers: { Authorization: 'Basic ' + auth }, body: form });"),
}


def _at_secret(text: str) -> list[tuple[int, int]]:
    found, at = [], text.find(_SECRET)
    while at >= 0:
        found.append((text.count("\n", 0, at) + 1, at - (text.rfind("\n", 0, at) + 1) + 1))
        at = text.find(_SECRET, at + 1)
    return found


@pytest.mark.parametrize("name", PAIRS)
def test_a_basic_pair_written_apart_is_said_at_its_password(tmp_path: Path, name: str, cache_on: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    path = tmp_path / name
    path.write_text(text := PAIRS[name] + _LAUNCH[path.suffix])
    assert _found(path) == _at_secret(text)
    for output in ("text", "json", "sarif", "diff"):
        printed = "".join(flowlint("check", *FORMATS[output], str(path)).output)  # (the cache written too)
        assert ("would fix 1 finding" if output == "diff" else "FL305") in printed, printed[-3000:]
        assert _SECRET not in printed and _SECRET[:12] not in printed, (output, printed[-3000:])
    cached = "".join(p.read_text(errors="replace") for p in (tmp_path / ".flowlint_cache").rglob("*") if p.is_file())
    assert cached and _SECRET not in cached


@pytest.mark.parametrize(("name", "text"), [
    # built at run time, a placeholder, no password: none
    ("run_time.py", _py('requests.post(TOKEN_URL, auth=(CLIENT_ID, os.environ["SECRET"]), data=form)')),
    ("holes.py", _py('requests.post(TOKEN_URL, auth=("myClientId", "<client_secret>"), data=form)')),
    ("built.js", _js("const auth = Buffer.from(`${id}:${secret}`).toString('base64');\n"
                     "await fetch(TOKEN_URL, { method: 'POST', headers: { Authorization: `Basic ${auth}` }, body: form });")),
    ("placeholder.js", _js("const auth = Buffer.from('your_client_id:your_client_secret').toString('base64');\n"
                           "await fetch(TOKEN_URL, { method: 'POST', headers: { Authorization: `Basic ${auth}` }, body: form });")),
    ("grant.js", _js("await axios.post(TOKEN_URL, { grant_type: 'password', username: 'u', password: 'not-basic-1' });")),
    ("other.py", _py(f'requests.post(TOKEN_URL, auth=("myClientId", "{_SECRET}"), data=form)',
                     "https://auth.example.com/oauth/token")),
    # a test double's and a test file's made-up pair
    ("test_pair.py", _py('requests.post(TOKEN_URL, auth=("test-id", "test-secret"), data=form)')),
    ("pair.test.js", _js("const auth = Buffer.from('fake-id:fakeSecret').toString('base64');\n"
                         "await fetch(TOKEN_URL, { method: 'POST', headers: { Authorization: `Basic ${auth}` }, body: form });")),
])
def test_a_basic_pair_built_at_run_time_made_up_or_not_genesys_is_none(tmp_path: Path, name: str, text: str) -> None:
    path = tmp_path / name
    path.write_text(text + _LAUNCH[path.suffix])
    found = diagnostics("--no-cache", str(path))
    assert "FL102" in [d["code"] for d in found]  # (reached: the file's launch was read and checked)
    assert "FL305" not in [d["code"] for d in found]


def test_one_table_of_test_doubles_names_each_to_both_readers() -> None:
    # a double's every name sets up a stand-in (its launches' values are test data) and makes a call describing one
    from validator.sources import code, extract
    from validator.sources.doubles import DOUBLES, MATCHED_HEADERS

    for library, names in DOUBLES.items():
        for name in names:
            assert extract._TEST_DOUBLE.fullmatch(name) and code._DOUBLE_CALLS.search(name), (library, name)
    assert "reqheaders" in MATCHED_HEADERS
