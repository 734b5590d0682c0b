"""FL305 where a launch's token or client secret is written in the file through a transform that only re-encodes,
hashes or echoes it (core.derived): `"Bearer " + atob('…')`, `base64.b64decode("…").decode()`, `Buffer.from('…',
'base64')`, `hashlib.sha256(b"…").hexdigest()`, `Bearer $(echo …)`, `$(base64 -d <<< …)`, a client secret given as
`b64decode("…").decode()`. Before, none was reported and the literal was shown in excerpts (but `$(echo …)`'s, masked
unreported). An encoding is reversible, so its literal is the token; a hash's literal is its preimage, from which
whoever reads the file computes the token sent: both are secrets written in the file. A reference (`$(cat …)`, an
environment variable, `${{ secrets.X }}`, a vault lookup, a transform of a variable) is none: not reported, shown."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest

from conftest import flowlint

URL = "https://api.mypurecloud.com/api/v2/flows/executions"
UUID = "6f3c1d2e-8a4b-4c5d-9e6f-7a8b9c0d1e2f"
TOKEN = "Zq8vR4nT7pLm2XwQ9sKd3Jf6"
ENCODED = "WnE4dlI0blQ3cExtMlh3UTlzS2QzSmY2"  # (base64 of TOKEN)
PREIMAGE = "hunter2-gc-launch"


def _python(token: str) -> str:
    return (f"import base64, hashlib, os, requests\nrequests.post('{URL}', json={{'flowId': '{UUID}'}},\n"
            f"    headers={{'Authorization': {token}}})\n")


def _javascript(token: str) -> str:
    return (f"await fetch('{URL}', {{method: 'POST', body: JSON.stringify({{flowId: '{UUID}'}}),\n"
            f"  headers: {{'Content-Type': 'application/json', Authorization: {token}}}}});\n")


def _shell(token: str) -> str:
    return (f"curl -X POST {URL} -H 'Content-Type: application/json' -d '{{\"flowId\": \"{UUID}\"}}' \\\n"
            f"  -H \"Authorization: Bearer {token}\"\n")


#: (file, text, what FL305 says, the literal no output may show).
WRITTEN = [
    ("b64.py", _python(f"'Bearer ' + base64.b64decode('{ENCODED}').decode()"), "encoded: the code only decodes it", ENCODED),
    ("f.py", _python(f"f\"Bearer {{base64.urlsafe_b64decode(b'{ENCODED}').decode('utf-8')}}\""), "only decodes", ENCODED),
    ("hex.py", _python(f"'Bearer ' + bytes.fromhex('{TOKEN.encode().hex()}').decode()"), "only decodes", TOKEN.encode().hex()),
    ("sha.py", _python(f"'Bearer ' + hashlib.sha256(b'{PREIMAGE}').hexdigest()"), "a hash of a literal", PREIMAGE),
    ("enc.py", _python(f"'Bearer {{}}'.format(hashlib.sha256('{PREIMAGE}'.encode()).hexdigest())"), "a hash", PREIMAGE),
    ("atob.js", _javascript(f"'Bearer ' + atob('{ENCODED}')"), "only decodes", ENCODED),
    ("buf.js", _javascript(f"`Bearer ${{Buffer.from('{ENCODED}', 'base64').toString('utf8')}}`"), "only decodes", ENCODED),
    ("hash.js", _javascript(f"'Bearer ' + crypto.createHash('sha256').update('{PREIMAGE}').digest('hex')"), "a hash",
     PREIMAGE),
    ("btoa.js", _javascript(f"'Bearer ' + btoa('{PREIMAGE}')"), "only encodes it", PREIMAGE),
    ("echo.sh", _shell(f"$(echo -n {TOKEN})"), "the command only writes it out", TOKEN),
    ("pipe.sh", _shell(f"$(echo '{ENCODED}' | base64 --decode | tr -d '\\n')"), "only decodes", ENCODED),
    ("here.sh", _shell(f"$(base64 -d <<< {ENCODED})"), "only decodes", ENCODED),
    ("sum.sh", _shell(f"`printf %s {PREIMAGE} | sha256sum | cut -d' ' -f1`"), "a hash", PREIMAGE),
]
#: (file, text, the reference shown as written): no FL305, nothing masked.
REFERENCES = [
    ("env.py", _python("'Bearer ' + base64.b64decode(os.environ['GC_TOKEN_B64']).decode()"), "os.environ['GC_TOKEN_B64']"),
    ("vault.py", _python("'Bearer ' + vault.read('secret/gc/token_2024abcd9f8e7d6c5b4a')"), "token_2024abcd9f8e7d6c5b4a"),
    ("file.py", _python("'Bearer ' + open('/run/secrets/gc_token_2024abcd9f8e').read()"), "/run/secrets/gc_token_2024abcd9f8e"),
    ("var.js", _javascript("'Bearer ' + atob(process.env.GC_TOKEN_B64)"), "atob(process.env.GC_TOKEN_B64)"),
    ("cat.sh", _shell("$(cat /run/secrets/gc_token_2024abcd9f8e7d6c5b4a | tr -d x)"), "gc_token_2024abcd9f8e7d6c5b4a"),
    ("ci.sh", _shell("$(echo ${{ secrets.GC_TOKEN }} | base64 -d)"), "${{ secrets.GC_TOKEN }}"),
    ("var.sh", _shell("$(echo \"$GC_TOKEN_B64\" | base64 -d)"), "$GC_TOKEN_B64"),
]


@pytest.fixture
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name, text, *_ in [*WRITTEN, *REFERENCES]:
        (tmp_path / name).write_text(text)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _fl305(name: str) -> list[dict[str, object]]:
    found = json.loads(flowlint("check", "--no-cache", "--format", "json", name).stdout)["diagnostics"]
    return [d for d in found if d["code"] == "FL305"]


@pytest.mark.parametrize(("name", "text", "said", "secret"), WRITTEN, ids=[case[0] for case in WRITTEN])
def test_a_token_written_through_a_transform_is_reported_and_never_shown(tree: Path, name: str, text: str, said: str,
                                                                          secret: str) -> None:
    found = _fl305(name)
    assert len(found) == 1 and said in str(found[0]["message"]), found
    line = text.splitlines()[int(str(found[0]["line"])) - 1]
    assert line[int(str(found[0]["column"])) - 1:].startswith(secret), (line, found)  # (it points at the literal)
    for output in ("text", "json", "sarif"):
        shown = flowlint("check", "--no-cache", "--no-color", "--format", output, name).stdout
        assert "FL305" in shown and secret not in shown, (output, shown)
    assert "*" * len(secret) in flowlint("check", "--no-cache", "--no-color", name).stdout  # (its excerpt: masked)


@pytest.mark.parametrize(("name", "text", "shown"), REFERENCES, ids=[case[0] for case in REFERENCES])
def test_a_reference_is_not_reported_and_stays_shown(tree: Path, name: str, text: str, shown: str) -> None:
    assert _fl305(name) == []
    from validator.core.credentials import credential_literals

    assert not any(shown in text[start:end] or text[start:end] in shown for start, end in credential_literals(text)), name


def test_a_placeholder_written_through_a_transform_is_not_reported(tmp_path: Path) -> None:
    placeholder = "eW91ci10b2tlbi1nb2VzLWhlcmU="  # (base64 of `your-token-goes-here`)
    for name, text in (("ph.js", _javascript(f"'Bearer ' + atob('{placeholder}')")),
                       ("ph.sh", _shell("$(echo your-token-goes-here)")), ("ex.py", _python("'Bearer ' + sha256(b'').hexdigest()"))):
        (tmp_path / name).write_text(text)
        assert _fl305(str(tmp_path / name)) == [], name


def test_a_client_secret_given_decoded_is_reported(tmp_path: Path) -> None:
    (tmp_path / "sdk.py").write_text(
        "import base64\nimport PureCloudPlatformClientV2 as pc\n"
        f"client_secret = base64.b64decode('{ENCODED}').decode()\n"
        f"pc.api_client.ApiClient().get_client_credentials_token('{UUID}', base64.b64decode('{ENCODED}').decode())\n"
        f"requests.post('{URL}', json={{'flowId': '{UUID}'}}, headers={{'Authorization': f'Bearer {{token}}'}})\n")
    (tmp_path / "sdk.js").write_text(
        "const client = require('purecloud-platform-client-v2').ApiClient.instance;\n"
        f"client.loginClientCredentialsGrant('{UUID}', Buffer.from('{ENCODED}', 'base64').toString());\n"
        f"const cfg = {{clientSecret: atob('{ENCODED}').trim()}};\n"
        f"await fetch('{URL}', {{method: 'POST', headers: {{Authorization: `Bearer ${{t}}`}},\n"
        f"  body: JSON.stringify({{flowId: '{UUID}'}})}});\n")
    for name, lines in (("sdk.py", [3, 4]), ("sdk.js", [2, 3])):
        found = _fl305(str(tmp_path / name))
        assert sorted(int(str(d["line"])) for d in found) == lines, found
        assert all("client secret" in str(d["message"]) for d in found), found
        shown = flowlint("check", "--no-cache", "--no-color", str(tmp_path / name)).stdout
        assert "FL305" in shown and ENCODED not in shown, shown


def test_the_editor_server_quotes_no_token_written_through_a_transform(tree: Path) -> None:
    pytest.importorskip("pygls")
    from validator.lsp.server import check

    for name, text, _, secret in WRITTEN:
        found = check(str(tree / name), text)
        assert "FL305" in {d.code for d in found}, (name, found)  # reached
        assert secret not in repr([(d.message, d.help, d.pointer) for d in found]), name


def test_a_transform_is_tried_only_where_one_opens_after_a_scheme(monkeypatch: pytest.MonkeyPatch) -> None:
    from validator.core import credentials
    from validator.core.credentials import credential_literals

    from conftest import counted_calls

    tried = counted_calls(monkeypatch, credentials, "derived_at")
    text = "// refresh the token, the bearer token " * 2000 + f"\nh = 'Bearer ' + atob('{ENCODED}')\n"
    assert [text[start:end] for start, end in credential_literals(text)] == [ENCODED]  # reached: the one found
    assert len(tried) == 1, len(tried)  # (not once per scheme word: each would try every transform)


#: A name bound once to the transform, then sent: the header's token is what the binding computes.
BOUND = [
    ("bound.py", f"import base64, requests\ntok = base64.b64decode('{ENCODED}').decode()\n" + _python("f'Bearer {tok}'")
     .replace("import base64, hashlib, os, requests\n", ""), 2, ENCODED),
    ("bound.js", f"const TOKEN = Buffer.from('{ENCODED}', 'base64').toString('utf8');\n" + _javascript("`Bearer ${TOKEN}`"), 1,
     ENCODED),
    ("hashed.js", f"const secret = crypto.createHash('sha256').update('{PREIMAGE}').digest('hex');\n"
     + _javascript("'Bearer ' + secret"), 1, PREIMAGE),
]
#: A name the header's token may not be the transform's: a parameter of the same name, a name bound twice.
UNBOUND = [
    ("param.py", f"import base64, requests\ntok = base64.b64decode('{ENCODED}').decode()\n\ndef launch(tok):\n    "
     + _python("f'Bearer {tok}'").replace("import base64, hashlib, os, requests\n", "").replace("\n    headers", "\n        headers")),
    ("twice.js", f"let TOKEN = atob('{ENCODED}');\nTOKEN = process.env.GC_TOKEN;\n" + _javascript("`Bearer ${TOKEN}`")),
]


@pytest.mark.parametrize(("name", "text", "line", "secret"), BOUND, ids=[case[0] for case in BOUND])
def test_a_name_bound_to_a_transform_is_reported_where_it_is_bound(tmp_path: Path, name: str, text: str, line: int,
                                                                     secret: str) -> None:
    (tmp_path / name).write_text(text)
    found = _fl305(str(tmp_path / name))
    assert [int(str(d["line"])) for d in found] == [line], found
    shown = flowlint("check", "--no-cache", "--no-color", str(tmp_path / name)).stdout
    assert "FL305" in shown and secret not in shown, shown


@pytest.mark.parametrize(("name", "text"), UNBOUND, ids=[case[0] for case in UNBOUND])
def test_a_name_that_may_hold_another_value_is_not_reported(tmp_path: Path, name: str, text: str) -> None:
    (tmp_path / name).write_text(text)
    found = json.loads(flowlint("check", "--no-cache", "--format", "json", str(tmp_path / name)).stdout)["diagnostics"]
    assert "FL200" in {d["code"] for d in found}, found  # reached: its launch was read (its flow's contract noted)
    assert "FL305" not in {d["code"] for d in found}, found


def test_a_basic_pair_encoded_in_a_launchs_header_is_reported_by_its_password(tmp_path: Path) -> None:
    client_id = "3f9a1c2e-7b4d-4e8f-9a1b-2c3d4e5f6a7b"
    (tmp_path / "basic.js").write_text(_javascript(f"'Basic ' + btoa('{client_id}:{TOKEN}')"))
    (tmp_path / "user.js").write_text(_javascript(f"'Basic ' + btoa('{client_id}:<client secret>')"))
    found = _fl305(str(tmp_path / "basic.js"))
    assert len(found) == 1 and "Basic pair whose password" in str(found[0]["message"]), found
    shown = flowlint("check", "--no-cache", "--no-color", str(tmp_path / "basic.js")).stdout
    assert TOKEN not in shown and f"{client_id}:{'*' * len(TOKEN)}" in shown, shown  # (the client ID stays shown)
    assert _fl305(str(tmp_path / "user.js")) == []


@pytest.mark.parametrize("made_up", ["'Bearer ' + btoa('fake-token')", "'Basic ' + btoa('test-client:test-secret')",
                                     "'Bearer ' + crypto.createHash('sha256').update('dummy').digest('hex')"])
def test_a_made_up_credential_sent_to_a_stand_in_is_test_data(tmp_path: Path, made_up: str) -> None:
    # Before: FL305 for an encoded or hashed `fake-token` sent to `flowlint serve` on loopback, where a plain
    # `Bearer fake-token` gets none (reviewer C 7). Sent to the platform, it is still said.
    for url, said in (("http://localhost:8787/api/v2/flows/executions", False), (URL, True)):
        path = tmp_path / "launch.test.js"
        path.write_text(_javascript(made_up).replace(URL, url))
        output = flowlint("check", "--no-cache", str(path)).output
        assert ("FL305" in output) is said, (url, output)
        assert "FL200" in output  # (reached: the launch was read)


@pytest.mark.parametrize("assignment", [f"T=$(echo '{TOKEN}')", f"T=$(cat <<< '{TOKEN}')", f'T=$(head -n1 <<< "{TOKEN}")',
                                        f"T=$(tr -d '\\n' <<< '{TOKEN}')", f"T=$(base64 -d <<< {ENCODED})"])
def test_a_token_a_command_writes_into_a_plainly_named_variable_is_said_and_never_shown(tmp_path: Path,
                                                                                       assignment: str) -> None:
    # Before: with a name that says nothing (`T`, not `TOKEN`), `Bearer $T` left the literal unread: no FL305, and it
    # showed in --diff's context lines (reviewer C 9).
    literal = ENCODED if "base64" in assignment else TOKEN
    script = f"{assignment}\n" + _shell("$T").replace("-d '{\"flowId\"", "-d '{\"inputs\": {}, \"flowId\"")
    path = tmp_path / "launch.sh"
    path.write_text(script)
    checked = flowlint("check", "--no-cache", str(path)).output
    assert "FL305" in checked and "FL101" in checked, checked  # reached: the launch and its header were read
    diff = flowlint("check", "--no-cache", "--diff", "--unsafe-fixes", str(path)).output
    assert "inputData" in diff or "inputs" in diff, diff
    for output in (checked, diff):
        assert literal not in output, output


HEX = TOKEN.encode().hex()
REVERSED = TOKEN[::-1]
PERCENT = "".join(f"%{ord(c):02X}" if c in "Zq8" else c for c in TOKEN)  # (percent-encoded in part: decodes to TOKEN)
CODES = ", ".join(str(ord(c)) for c in TOKEN)
ROT13 = codecs.encode(TOKEN, "rot13")


def _bound_shell(binding: str) -> str:
    return f"{binding}\n" + _shell("$T").replace("-d '{\"flowId\"", "-d '{\"inputs\": {}, \"flowId\"")


def _bound_code(binding: str, python: bool) -> str:
    if python:
        return (f"import base64, codecs, requests, urllib.parse\nfrom urllib.parse import unquote, unquote_plus\n{binding}\n"
                f"requests.post('{URL}', json={{'flowId': '{UUID}', 'inputData': {{'phone': '1'}}}},\n"
                f"    headers={{'Authorization': f'Bearer {{tok}}'}})\n")
    return (f"{binding}\nawait fetch('{URL}', {{method: 'POST', body: JSON.stringify({{flowId: '{UUID}', inputData: "
            f"{{phone: '1'}}}}),\n  headers: {{'Content-Type': 'application/json', Authorization: `Bearer ${{tok}}`}}}});\n")


#: A value a command or a function derives from one literal only by writing it out, decoding or reversing it, bound to a
#: plainly named variable that the launch's header sends (file, text, the literal, whether FL305 says it).
DERIVED_BOUND = [
    ("heredoc.sh", _bound_shell(f"T=$(cat <<'EOF'\n{TOKEN}\nEOF\n)"), TOKEN, True),
    ("heredoc_dash.sh", _bound_shell(f"T=$(cat - <<EOF\n{TOKEN}\nEOF\n)"), TOKEN, True),
    ("heredoc_tabs.sh", _bound_shell(f"T=$(cat <<-EOF\n\t{TOKEN}\n\tEOF\n)"), TOKEN, True),
    ("heredoc_b64.sh", _bound_shell(f"T=$(base64 -d <<\"EOF\"\n{ENCODED}\nEOF\n)"), ENCODED, True),
    ("rev.sh", _bound_shell(f"T=$(rev <<< '{REVERSED}')"), REVERSED, True),
    ("rev_pipe.sh", _bound_shell(f"T=$(echo '{REVERSED}' | rev)"), REVERSED, True),
    ("xxd.sh", _bound_shell(f"T=$(xxd -r -p <<< {HEX})"), HEX, True),
    ("printf.sh", _bound_shell(f"T=$(printf '%s\\n' '{TOKEN}')"), TOKEN, True),
    ("read.sh", _bound_shell(f"read -r T <<< '{TOKEN}'"), TOKEN, True),
    ("read_doc.sh", _bound_shell(f"IFS= read -r T <<'EOF'\n{TOKEN}\nEOF"), TOKEN, True),
    ("uri.js", _bound_code(f"const tok = decodeURIComponent('{PERCENT}');", False), PERCENT, True),
    ("unescape.js", _bound_code(f"const tok = unescape('{PERCENT}');", False), PERCENT, True),
    ("codes.js", _bound_code(f"const tok = String.fromCharCode({CODES});", False), CODES, True),
    ("reverse.js", _bound_code(f"const tok = '{REVERSED}'.split('').reverse().join('');", False), REVERSED, True),
    ("spread.js", _bound_code(f"const tok = [...'{REVERSED}'].reverse().join('');", False), REVERSED, True),
    ("hex.js", _bound_code(f"const tok = Buffer.from('{HEX}', 'hex').toString();", False), HEX, True),
    ("unquote.py", _bound_code(f"tok = urllib.parse.unquote('{PERCENT}')", True), PERCENT, True),
    ("unquote_plus.py", _bound_code(f"tok = unquote_plus('{PERCENT}')", True), PERCENT, True),
    ("rot13.py", _bound_code(f"tok = codecs.encode('{ROT13}', 'rot13')", True), ROT13, True),
    ("fromhex.py", _bound_code(f"tok = bytes.fromhex('{HEX}').decode()", True), HEX, True),
]
#: Character codes written as a list, then joined into the token (file, text, the codes no output shows).
FROM_CODES = [
    ("spread.js", _bound_code(f"const tok = String.fromCharCode(...[{CODES}]);", False)),
    ("buffer.js", _bound_code(f"const tok = Buffer.from([{CODES}]).toString();", False)),
    ("bytes.py", _bound_code(f"tok = bytes([{CODES}]).decode()", True)),
    ("bytearray.py", _bound_code(f"tok = bytearray([{CODES}]).decode('utf-8')", True)),
    ("map.py", _bound_code(f"tok = ''.join(map(chr, [{CODES}]))", True)),
    ("generator.py", _bound_code(f"tok = ''.join(chr(c) for c in [{CODES}])", True)),
]
#: The same commands and functions given a reference (an environment variable, a file read at run time): no FL305,
#: nothing masked.
DERIVED_REFERENCES = [
    ("heredoc_var.sh", _bound_shell("T=$(cat <<EOF\n$GC_TOKEN_2024abcd\nEOF\n)"), "$GC_TOKEN_2024abcd"),
    ("read_var.sh", _bound_shell('read -r T <<< "$GC_TOKEN_2024abcd"'), "$GC_TOKEN_2024abcd"),
    ("read_file.sh", _bound_shell("read -r T < /run/secrets/gc_token_2024abcd"), "gc_token_2024abcd"),
    ("rev_var.sh", _bound_shell('T=$(rev <<< "$GC_TOKEN_2024abcd")'), "$GC_TOKEN_2024abcd"),
    ("uri_env.js", _bound_code("const tok = decodeURIComponent(process.env.GC_TOKEN_2024abcd);", False), "GC_TOKEN_2024abcd"),
    ("unquote_env.py", _bound_code("tok = unquote(os.environ['GC_TOKEN_2024abcd'])", True), "GC_TOKEN_2024abcd"),
]


@pytest.mark.parametrize(("name", "text", "secret", "said"), DERIVED_BOUND, ids=[case[0] for case in DERIVED_BOUND])
def test_a_value_derived_from_a_literal_is_never_shown(tmp_path: Path, name: str, text: str, secret: str,
                                                       said: bool) -> None:
    # Before: a here-document, `rev`, `read <<<`, decodeURIComponent, unescape, String.fromCharCode, a reversal and
    # Python's unquote bound to a plainly named variable showed the literal in --diff's context lines and excerpts, and
    # got no FL305 (reviewer C 6).
    path = tmp_path / name
    path.write_text(text)
    found = json.loads(flowlint("check", "--no-cache", "--format", "json", str(path)).stdout)["diagnostics"]
    assert "FL200" in {d["code"] for d in found}, found  # reached: the launch was read
    assert ("FL305" in {d["code"] for d in found}) is said, found
    outputs = [flowlint("check", "--no-cache", "--no-color", "--format", output, str(path)).output
               for output in ("text", "json", "sarif")]
    diff = flowlint("check", "--no-cache", "--diff", "--unsafe-fixes", str(path)).output
    assert "@@" in diff, diff  # reached: a fix's hunk, the binding among its context lines
    for output in (*outputs, diff):
        assert secret not in output, output
    from validator.core.credentials import credential_literals

    assert secret in {text[start:end] for start, end in credential_literals(text)}  # (masked by the text's own scan too)


@pytest.mark.parametrize(("name", "text", "shown"), DERIVED_REFERENCES, ids=[case[0] for case in DERIVED_REFERENCES])
def test_a_value_derived_from_a_reference_is_neither_said_nor_masked(tmp_path: Path, name: str, text: str,
                                                                     shown: str) -> None:
    path = tmp_path / name
    path.write_text(text)
    found = json.loads(flowlint("check", "--no-cache", "--format", "json", str(path)).stdout)["diagnostics"]
    assert "FL200" in {d["code"] for d in found}, found  # reached
    assert "FL305" not in {d["code"] for d in found}, found
    from validator.core.credentials import credential_literals

    assert not any(shown in text[start:end] or text[start:end] in shown for start, end in credential_literals(text)), name


def test_the_editor_server_quotes_no_value_derived_from_a_literal(tmp_path: Path) -> None:
    pytest.importorskip("pygls")
    from validator.lsp.server import check

    for name, text, secret, _ in DERIVED_BOUND:
        found = check(str(tmp_path / name), text)
        assert "FL200" in {d.code for d in found}, (name, found)  # reached
        assert secret not in repr([(d.message, d.help, d.pointer, d.subject) for d in found]), name


@pytest.mark.parametrize("assignment", [f"TOKEN={TOKEN}", f"T='{TOKEN}'", f'export T="{TOKEN}"', f"readonly GC_T={TOKEN}"])
def test_a_token_a_script_assigns_to_the_variable_its_header_sends_is_said_where_it_is_written(
        tmp_path: Path, assignment: str) -> None:
    # Before: `TOKEN=…` then `-H "Authorization: Bearer $TOKEN"` got no FL305 (masked only): the header's `$TOKEN` was
    # read as unknown (/tmp/sec/attack/s0.sh).
    name = assignment.split("=")[0].split()[-1]
    path = tmp_path / "launch.sh"
    path.write_text(f"{assignment}\n" + _shell(f"${name}"))
    found = _fl305(str(path))
    assert [(d["line"], d["column"]) for d in found] == [(1, assignment.index(TOKEN) + 1)], found
    assert "assigned to the variable" in str(found[0]["message"])
    for output in ("text", "json", "sarif"):
        assert TOKEN not in flowlint("check", "--no-cache", "--no-color", "--format", output, str(path)).stdout


@pytest.mark.parametrize("assignment", ["T=$GC_TOKEN", 'T="${GC_TOKEN}"', "T='<token>'", "T=YOUR_TOKEN", "T=xxx",
                                        "T=$(cat /run/secrets/gc_token_2024abcd)", "T=$(vault kv get -field=token secret/gc)",
                                        "T=$(aws ssm get-parameter --name /gc/token --with-decryption --query Parameter.Value)",
                                        'T="${{ secrets.GC_TOKEN }}"'])
def test_a_reference_a_script_assigns_to_the_variable_its_header_sends_is_not_said(tmp_path: Path,
                                                                                    assignment: str) -> None:
    path = tmp_path / "launch.sh"
    path.write_text(f"{assignment}\n" + _shell("$T"))
    found = json.loads(flowlint("check", "--no-cache", "--format", "json", str(path)).stdout)["diagnostics"]
    assert "FL200" in {d["code"] for d in found}, found  # reached: the launch was read
    assert "FL305" not in {d["code"] for d in found}, found


def test_a_made_up_token_a_script_assigns_is_not_said(tmp_path: Path) -> None:
    # A made-up token (`fake-token`) is no secret, sent to a stand-in or not; a real one is said either way.
    for url in ("http://localhost:8787/api/v2/flows/executions", URL):
        path = tmp_path / "launch.sh"
        path.write_text("T=fake-token\n" + _shell("$T").replace(URL, url))
        output = flowlint("check", "--no-cache", str(path)).output
        assert "FL200" in output and "FL305" not in output, (url, output)
        path.write_text(f"T={TOKEN}\n" + _shell("$T").replace(URL, url))
        assert "FL305" in flowlint("check", "--no-cache", str(path)).output, url


CLIENT_ID = "3f9a1c2e-7b4d-4e8f-9a1b-2c3d4e5f6a7b"
#: A Basic pair joined of a user's name and a literal password, then encoded (file, text).
PAIRS = [
    ("plus.js", _javascript(f"'Basic ' + btoa(CLIENT_ID + ':' + '{TOKEN}')")),
    ("colon.js", _javascript(f"'Basic ' + btoa(cfg.clientId + ':{TOKEN}')")),
    ("template.js", _javascript(f"`Basic ${{btoa(`${{CLIENT_ID}}:{TOKEN}`)}}`")),
    ("buffer.js", _javascript(f"'Basic ' + Buffer.from(CLIENT_ID + ':' + '{TOKEN}').toString('base64')")),
    ("bound.py", f"CLIENT_ID = '{CLIENT_ID}'\nAUTH = base64.b64encode((CLIENT_ID + \":\" + \"{TOKEN}\").encode()).decode()\n"
     + _python("'Basic ' + AUTH")),
    ("fstring.py", _python(f"'Basic ' + base64.b64encode(f'{{CLIENT_ID}}:{TOKEN}'.encode()).decode()")),
    ("pair.sh", _shell(f"$(echo -n \"$CLIENT_ID:{TOKEN}\" | base64 -w0)").replace("Bearer", "Basic")),
]
#: The same pairs with a password read at run time or a placeholder: no FL305.
PAIR_REFERENCES = [
    ("var.js", _javascript("'Basic ' + btoa(CLIENT_ID + ':' + CLIENT_SECRET)")),
    ("env.js", _javascript("'Basic ' + btoa(`${process.env.GC_ID}:${process.env.GC_SECRET}`)")),
    ("placeholder.js", _javascript("'Basic ' + btoa(CLIENT_ID + ':' + '<client secret>')")),
    ("your.js", _javascript("'Basic ' + btoa(CLIENT_ID + ':YOUR_CLIENT_SECRET')")),
    ("env.py", _python("'Basic ' + base64.b64encode(f'{CLIENT_ID}:{os.environ[\"GC_SECRET\"]}'.encode()).decode()")),
    ("var.sh", _shell("$(echo -n \"$CLIENT_ID:$CLIENT_SECRET\" | base64)").replace("Bearer", "Basic")),
]


@pytest.mark.parametrize(("name", "text"), PAIRS, ids=[case[0] for case in PAIRS])
def test_a_basic_pair_joined_of_a_name_and_a_literal_password_is_said_and_never_shown(tmp_path: Path, name: str,
                                                                                      text: str) -> None:
    # Before: `btoa(CLIENT_ID + ':' + '…')` and its spellings got no FL305 (/tmp/s36/revC/5), the pair being no literal.
    path = tmp_path / name
    path.write_text(text)
    found = _fl305(str(path))
    assert len(found) == 1 and "Basic pair whose password" in str(found[0]["message"]), found
    line = text.splitlines()[int(str(found[0]["line"])) - 1]
    assert line[int(str(found[0]["column"])) - 1:].startswith(TOKEN), (line, found)  # (it points at the password)
    for output in ("text", "json", "sarif"):
        assert TOKEN not in flowlint("check", "--no-cache", "--no-color", "--format", output, str(path)).stdout


@pytest.mark.parametrize(("name", "text"), PAIR_REFERENCES, ids=[case[0] for case in PAIR_REFERENCES])
def test_a_basic_pair_of_a_password_read_at_run_time_is_not_said(tmp_path: Path, name: str, text: str) -> None:
    path = tmp_path / name
    path.write_text(text)
    found = json.loads(flowlint("check", "--no-cache", "--format", "json", str(path)).stdout)["diagnostics"]
    assert "FL200" in {d["code"] for d in found}, found  # reached
    assert "FL305" not in {d["code"] for d in found}, found


_AXIOS_LAUNCH = f"axios.post('{URL}', {{flowId: '{UUID}', inputData: {{x: 1}}}});\n"
_SESSION_LAUNCH = f"session.post('{URL}', json={{'flowId': '{UUID}', 'inputData': {{'x': 1}}}})\n"
_HEADERS_LAUNCH = f"await fetch('{URL}', {{method: 'POST', headers: h, body: JSON.stringify({{flowId: '{UUID}'}})}});\n"


def _postman(script: str) -> str:
    return json.dumps({"info": {"name": "gc", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
                       "item": [{"name": "launch", "event": [{"listen": "prerequest", "script": {"exec": [script]}}],
                                 "request": {"method": "POST", "header": [], "url": {"raw": URL},
                                             "body": {"mode": "raw", "raw": json.dumps({"flowId": UUID})}}}]})


#: An Authorization header a launch's client takes from where the file sets it outside the call: a client's defaults, a
#: session, a Headers object, a pre-request script (file, text, the literal no output shows).
SET_OUTSIDE = [
    ("defaults.js", f"axios.defaults.headers.common['Authorization'] = `Bearer ${{atob('{ENCODED}')}}`;\n" + _AXIOS_LAUNCH,
     ENCODED),
    ("defaults_plain.js", f"axios.defaults.headers.common.Authorization = 'Bearer {TOKEN}';\n" + _AXIOS_LAUNCH, TOKEN),
    ("session.py", "import hashlib, requests\nsession = requests.Session()\nsession.headers.update({'Authorization': "
     f"'Bearer ' + hashlib.sha256(b'{PREIMAGE}').hexdigest()}})\n" + _SESSION_LAUNCH, PREIMAGE),
    ("session_item.py", f"import requests\nsession = requests.Session()\nsession.headers['Authorization'] = 'Bearer ' + "
     f"'{TOKEN}'\n" + _SESSION_LAUNCH, TOKEN),
    ("headers.ts", f"const h = new Headers();\nh.set('Authorization', `Bearer ${{'{TOKEN}'}}`);\n" + _HEADERS_LAUNCH, TOKEN),
    ("append.ts", f"const h = new Headers();\nh.append('Authorization', 'Bearer ' + decodeURIComponent('{TOKEN}'));\n"
     + _HEADERS_LAUNCH, TOKEN),
    ("script.postman_collection.json", _postman(f"pm.request.headers.add({{key: 'Authorization', value: 'Bearer ' + "
                                                f"atob('{ENCODED}')}});"), ENCODED),
]
#: The same settings of a reference, a placeholder or a test double's expectation: no FL305.
SET_OUTSIDE_REFERENCES = [
    ("env.js", "axios.defaults.headers.common['Authorization'] = `Bearer ${process.env.GC_TOKEN}`;\n" + _AXIOS_LAUNCH),
    ("env_b64.js", "axios.defaults.headers.common['Authorization'] = `Bearer ${atob(process.env.GC_B64)}`;\n"
     + _AXIOS_LAUNCH),
    ("env.py", "import os, requests\nsession = requests.Session()\nsession.headers.update({'Authorization': "
     "f\"Bearer {os.environ['GC_TOKEN']}\"})\n" + _SESSION_LAUNCH),
    ("vault.py", "import requests\nsession = requests.Session()\nsession.headers['Authorization'] = 'Bearer ' + "
     "vault.read('secret/gc/token_2024abcd9f8e7d6c5b4a')\n" + _SESSION_LAUNCH),
    ("placeholder.ts", "const h = new Headers();\nh.set('Authorization', 'Bearer <token>');\n" + _HEADERS_LAUNCH),
    ("your.ts", "const h = new Headers();\nh.set('Authorization', 'Bearer YOUR_ACCESS_TOKEN');\n" + _HEADERS_LAUNCH),
    ("xxx.ts", "const h = new Headers();\nh.set('Authorization', 'Bearer xxxxxxxxxxxxxxxx');\n" + _HEADERS_LAUNCH),
    ("variable.postman_collection.json", _postman("pm.request.headers.add({key: 'Authorization', value: 'Bearer {{token}}'});")),
    ("nock.test.js", f"nock('https://api.mypurecloud.com').matchHeader('Authorization', 'Bearer {TOKEN}')"
     ".post('/api/v2/flows/executions').reply(202, {});\n" + _AXIOS_LAUNCH),
]


@pytest.mark.parametrize(("name", "text", "secret"), SET_OUTSIDE, ids=[case[0] for case in SET_OUTSIDE])
def test_a_token_set_outside_the_launchs_call_is_said_and_never_shown(tmp_path: Path, name: str, text: str,
                                                                       secret: str) -> None:
    # Before: no FL305 for a header a client's defaults, a session, a Headers object or a pre-request script take
    # (/tmp/sec/attack: n2.js, p2.py, q3.ts, the Postman collections); masked only.
    path = tmp_path / name
    path.write_text(text)
    found = _fl305(str(path))
    assert len(found) == 1, found
    for output in ("text", "json", "sarif"):
        shown = flowlint("check", "--no-cache", "--no-color", "--format", output, str(path)).stdout
        assert "FL305" in shown and secret not in shown, (output, shown)


@pytest.mark.parametrize(("name", "text"), SET_OUTSIDE_REFERENCES, ids=[case[0] for case in SET_OUTSIDE_REFERENCES])
def test_a_reference_set_outside_the_launchs_call_is_not_said(tmp_path: Path, name: str, text: str) -> None:
    path = tmp_path / name
    path.write_text(text)
    found = json.loads(flowlint("check", "--no-cache", "--format", "json", str(path)).stdout)["diagnostics"]
    assert {d["code"] for d in found} - {"FL305"}, found  # reached: the launch was read
    assert "FL305" not in {d["code"] for d in found}, found


@pytest.mark.parametrize(("name", "text"), FROM_CODES, ids=[case[0] for case in FROM_CODES])
def test_a_token_written_as_character_codes_is_said_and_never_shown(tmp_path: Path, name: str, text: str) -> None:
    # Before: `String.fromCharCode(...[…])`, `bytes([…]).decode()` and their kin showed the codes in --diff's context
    # lines, with no FL305 (found attacking this session's own change: /tmp/s37/attack s19, s20).
    path = tmp_path / name
    path.write_text(text)
    found = _fl305(str(path))
    assert len(found) == 1 and "only decodes" in str(found[0]["message"]), found
    diff = flowlint("check", "--no-cache", "--diff", "--unsafe-fixes", str(path)).output
    assert "@@" in diff, diff  # reached: the binding among a hunk's context lines
    first_codes = CODES[:14]  # (a line cut short in an excerpt shows its start)
    for output in (diff, *(flowlint("check", "--no-cache", "--no-color", "--format", output, str(path)).output
                           for output in ("text", "json", "sarif"))):
        assert CODES not in output and first_codes not in output, output


#: A name bound to what code reads at run time with a literal fallback, then sent as the token (file, text).
FALLBACKS = [
    ("or.js", _bound_code(f"const tok = process.env.GC_TOKEN || '{TOKEN}';", False)),
    ("nullish.ts", _bound_code(f"const tok = process.env.GC_TOKEN ?? '{TOKEN}';", False)),
    ("getenv.py", _bound_code(f"tok = os.getenv('GC_TOKEN', '{TOKEN}')", True).replace("import base64", "import os, base64")),
    ("or.py", _bound_code(f"tok = os.environ.get('GC_TOKEN') or '{TOKEN}'", True).replace("import base64", "import os, base64")),
]


@pytest.mark.parametrize(("name", "text"), FALLBACKS, ids=[case[0] for case in FALLBACKS])
def test_a_token_written_as_a_fallback_is_said_where_it_is_written(tmp_path: Path, name: str, text: str) -> None:
    # Before: masked, never said (/tmp/s37/attack s01_fallback.js): the name's value was unknown to the rules.
    path = tmp_path / name
    path.write_text(text)
    found = _fl305(str(path))
    assert len(found) == 1 and "falls back to" in str(found[0]["message"]), found
    line = text.splitlines()[int(str(found[0]["line"])) - 1]
    assert line[int(str(found[0]["column"])) - 1:].startswith(TOKEN), (line, found)
    for output in ("text", "json", "sarif"):
        assert TOKEN not in flowlint("check", "--no-cache", "--no-color", "--format", output, str(path)).stdout


@pytest.mark.parametrize("fallback", ["''", "'changeme'", "'<token>'", "'YOUR_TOKEN'", "'xxxxxxxxxxxx'", "process.env.GC_TOKEN2"])
def test_a_placeholder_or_a_reference_as_a_fallback_is_not_said(tmp_path: Path, fallback: str) -> None:
    path = tmp_path / "launch.js"
    path.write_text(_bound_code(f"const tok = process.env.GC_TOKEN || {fallback};", False))
    found = json.loads(flowlint("check", "--no-cache", "--format", "json", str(path)).stdout)["diagnostics"]
    assert "FL200" in {d["code"] for d in found}, found  # reached
    assert "FL305" not in {d["code"] for d in found}, found


@pytest.mark.parametrize(("name", "binding", "said"), [
    ("joined.js", f"const auth = 'Bearer ' + Buffer.from('{ENCODED}', 'base64').toString();", True),
    ("joined.py", f"auth = 'Bearer ' + base64.b64decode('{ENCODED}').decode()", True),
    ("call.js", "const auth = 'Bearer ' + getToken('gc');", False),
    ("env.js", "const auth = 'Bearer ' + atob(process.env.GC_TOKEN_B64);", False),
    ("env.py", "auth = 'Bearer ' + base64.b64decode(os.environ['GC_TOKEN_B64']).decode()", False),
])
def test_a_header_value_joined_to_a_transform_and_bound_to_a_name_is_said(tmp_path: Path, name: str, binding: str,
                                                                          said: bool) -> None:
    # Before: `const auth = 'Bearer ' + Buffer.from('…', 'base64').toString()` then `Authorization: auth` was masked,
    # never said (/tmp/s37/attack s03_buffer.js): the call joined to the scheme was an unknown with no place.
    path = tmp_path / name
    python = name.endswith(".py")
    path.write_text(_bound_code(binding, python).replace("f'Bearer {tok}'", "auth").replace("`Bearer ${tok}`", "auth")
                    .replace("import base64", "import os, base64"))
    found = json.loads(flowlint("check", "--no-cache", "--format", "json", str(path)).stdout)["diagnostics"]
    assert "FL200" in {d["code"] for d in found}, found  # reached
    assert [d["line"] for d in found if d["code"] == "FL305"] == ([1 if not python else 3] if said else []), found
    assert ENCODED not in flowlint("check", "--no-cache", "--no-color", str(path)).output


@pytest.mark.parametrize(("binding", "said"), [
    (f'AUTH="Authorization: Bearer {TOKEN}"', True), (f"H='Authorization: Bearer {TOKEN}'", True),
    ('AUTH="Authorization: Bearer $GC_TOKEN"', False), ("AUTH='Authorization: Bearer <token>'", False),
    ('AUTH="Authorization: Bearer $(cat /run/secrets/gc_token)"', False),
])
def test_a_header_a_script_assigns_whole_to_a_variable_is_read(tmp_path: Path, binding: str, said: bool) -> None:
    # Before: `-H "$AUTH"` left the header set unknown: a token assigned in it was masked, never said
    # (/tmp/s37/attack s12_authvar.sh).
    name = binding.split("=")[0]
    path = tmp_path / "launch.sh"
    path.write_text(f"{binding}\n" + _shell("$T").replace("-H \"Authorization: Bearer $T\"", f'-H "${name}"'))
    found = json.loads(flowlint("check", "--no-cache", "--format", "json", str(path)).stdout)["diagnostics"]
    assert "FL200" in {d["code"] for d in found}, found  # reached
    assert [d["line"] for d in found if d["code"] == "FL305"] == ([1] if said else []), found
    assert TOKEN not in flowlint("check", "--no-cache", "--no-color", str(path)).output


def test_a_transform_compiles_only_the_patterns_of_what_it_starts_with(monkeypatch: pytest.MonkeyPatch) -> None:
    # Compiling every transform in one pattern cost ~50-100 ms of a run whose first launch file writes one (more as
    # the transforms grew): each family is compiled when a place opens it.
    from validator.core import derived

    fresh = derived._grouped()
    monkeypatch.setattr(derived, "_BY_FAMILY", fresh)
    text = f"'Bearer ' + atob('{ENCODED}')"
    found = derived.derived_at(text, text.index("atob"), len(text))
    assert found is not None and found.literal == ENCODED  # reached
    compiled = {family for family, (_, pattern, _) in fresh.items() if pattern._compiled is not None}
    assert compiled == {"atob"}, compiled
    for family, (_, _, numbers) in fresh.items():  # (every transform is in one family)
        assert all(derived._family(*derived._ALTERNATIVES[number]) == family for number in numbers)
    assert sorted(number for _, _, numbers in fresh.values() for number in numbers) == list(range(len(derived._ALTERNATIVES)))


@pytest.mark.parametrize("binding", [
    f"T=$(printf '%s' \"$(echo {TOKEN})\")", f"T=$(echo -e '{TOKEN}' | head -1)", f"T=$(echo \"{TOKEN}\" | sed 's/x//')",
    f"T=${{T:-{TOKEN}}}", f"declare -r T={TOKEN}", f"typeset -x T='{TOKEN}'",
])
def test_a_token_any_command_is_given_for_a_sent_variable_is_never_shown(tmp_path: Path, binding: str) -> None:
    # Before: each showed the token in --diff's context lines (found attacking this session's change: /tmp/s37/attack2).
    # A command no pattern reads (sed, nested substitutions) is masked by the look of its words, never said.
    path = tmp_path / "launch.sh"
    path.write_text(_bound_shell(binding))
    diff = flowlint("check", "--no-cache", "--diff", "--unsafe-fixes", str(path)).output
    assert "@@" in diff, diff  # reached: a hunk beside the binding
    for output in (diff, *(flowlint("check", "--no-cache", "--no-color", "--format", output, str(path)).output
                           for output in ("text", "json", "sarif"))):
        assert TOKEN not in output, output


@pytest.mark.parametrize("binding", [
    "T=$(aws secretsmanager get-secret-value --secret-id prod/gc/launch-token --query SecretString --output text)",
    "T=$(vault kv get -field=token secret/gc/launch2024)", "T=$(gcloud secrets versions access latest --project my-proj-12345)",
])
def test_a_secret_stores_command_for_a_sent_variable_stays_shown(binding: str) -> None:
    from validator.core.credentials import credential_literals

    text = _bound_shell(binding)
    assert [text[start:end] for start, end in credential_literals(text)] == [], binding


@pytest.mark.parametrize(("name", "binding", "auth"), [
    ("member.js", f"const cfg = {{ auth: '{TOKEN}' }};", "`Bearer ${cfg.auth}`"),
    ("dict.py", f"settings = {{'auth': '{TOKEN}'}}", "f\"Bearer {settings['auth']}\""),
    ("joined.js", f"const t = '{TOKEN[:12]}' + '{TOKEN[12:]}';", "'Bearer ' + t"),
    ("joined.py", f"auth = '{TOKEN[:12]}' + '{TOKEN[12:]}'", "'Bearer ' + auth"),
    ("pieces.js", f"const t = `${{'{TOKEN[:10]}'}}${{'{TOKEN[10:]}'}}`;", "`Bearer ${t}`"),
    ("decoder.js", f"const t = new TextDecoder().decode(Uint8Array.from(atob('{ENCODED}'), (c) => c.charCodeAt(0)));",
     "`Bearer ${t}`"),
])
def test_a_token_written_apart_from_the_header_that_sends_it_is_never_shown(tmp_path: Path, name: str, binding: str,
                                                                             auth: str) -> None:
    # Before: the header's token was said (FL305) but masked in the header only: where the file writes it (an
    # object's member, a dict's, pieces joined) showed in --diff's context lines (/tmp/s37/attack3).
    python = name.endswith(".py")
    path = tmp_path / name
    path.write_text(f"import os, requests\n{binding}\nrequests.post('{URL}', json={{'flowId': '{UUID}', 'inputData': "
                    f"{{'phone': '1'}}}}, headers={{'Authorization': {auth}}})\n" if python else
                    f"{binding}\nawait fetch('{URL}', {{method: 'POST', headers: {{Authorization: {auth}}}, body: "
                    f"JSON.stringify({{flowId: '{UUID}', inputData: {{phone: '1'}}}})}});\n")
    diff = flowlint("check", "--no-cache", "--diff", "--unsafe-fixes", str(path)).output
    assert "@@" in diff, diff  # reached: a hunk beside the binding
    secret = ENCODED if "atob" in binding else TOKEN[12:] if "+" in binding else TOKEN[10:] if "${'" in binding else TOKEN
    for output in (diff, *(flowlint("check", "--no-cache", "--no-color", "--format", output, str(path)).output
                           for output in ("text", "json", "sarif"))):
        assert secret not in output, output


@pytest.mark.parametrize(("name", "text"), [
    ("field.py", "import requests\nfrom dataclasses import dataclass\n@dataclass\nclass Cfg:\n"
     f"    auth: str = '{TOKEN}'\ncfg = Cfg()\n" + _python("f'Bearer {cfg.auth}'").replace("import base64, hashlib, os, requests\n", "")),
    ("keyword.py", f"import requests, types\nconf = types.SimpleNamespace(auth='{TOKEN}')\n"
     + _python("f'Bearer {conf.auth}'").replace("import base64, hashlib, os, requests\n", "")),
    ("destructured.js", f"const {{ GC_TOKEN: t = '{TOKEN}' }} = process.env;\n" + _javascript("`Bearer ${t}`")),
])
def test_a_token_a_sent_name_is_given_elsewhere_is_never_shown(tmp_path: Path, name: str, text: str) -> None:
    # Before: a class field's default, a keyword argument or a destructuring default sent as the token showed in
    # --diff's context lines (/tmp/s37/attack3 p11, p16, j03); masked now by the text's own scan, not said.
    from validator.core.credentials import credential_literals

    assert TOKEN in [text[start:end] for start, end in credential_literals(text)]
    path = tmp_path / name
    path.write_text(text)
    for output in ("text", "json", "sarif"):
        assert TOKEN not in flowlint("check", "--no-cache", "--no-color", "--format", output, str(path)).output
    assert TOKEN not in flowlint("check", "--no-cache", "--diff", "--unsafe-fixes", str(path)).output


def test_a_token_an_azure_pipeline_variable_holds_is_never_shown(tmp_path: Path) -> None:
    # Before: `variables: auth: …` sent as `Bearer $(auth)` (Azure Pipelines' macro) showed in --diff's context lines
    # (/tmp/s37/attack3/azure-pipelines.yml).
    path = tmp_path / "azure-pipelines.yml"
    path.write_text(f"variables:\n  region: mypurecloud.com\n  auth: {TOKEN}\nsteps:\n  - script: |\n      curl -X POST '{URL}' "
                    f"-H 'Content-Type: application/json' -H \"Authorization: Bearer $(auth)\" -d '{{\"flowId\": \"{UUID}\", "
                    "\"inputData\": {\"phone\": \"1\"}}'\n")
    diff = flowlint("check", "--no-cache", "--diff", "--unsafe-fixes", str(path)).output
    assert "@@" in diff, diff  # reached: a hunk beside the variable (a masked context line is left out of it)
    from validator.core.credentials import credential_literals

    text = path.read_text()
    assert TOKEN in [text[start:end] for start, end in credential_literals(text)]
    for output in (diff, flowlint("check", "--no-cache", "--no-color", str(path)).output):
        assert TOKEN not in output, output
