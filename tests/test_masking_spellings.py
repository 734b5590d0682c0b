"""Credentials in the spellings the masking once missed never reach an output: Authorization in any scheme, a cookie
set one at a time or after a nested value, a secret in a string spanning lines or in a YAML block, a URL's password
made of role words, a query value named for a secret; nor a fix's edits, which once carried the text between a
request file's URL and its body (docs/limits.md "Secrets and outputs")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from validator.core.credentials import credential_literals, url_credential_spans
from validator.lsp.server import check as lsp_check

from conftest import flowlint

UUID = "6f3c1d2e-8a4b-4c5d-9e6f-7a8b9c0d1e2f"  # no contract: FL203 on `x` is a finding with a fix (a diff)
URL = "https://api.mypurecloud.com/api/v2/flows/executions"
BODY = f'{{"flowId": "{UUID}", "inputData": {{"x": 1}}}}'
PY_BODY = f'{{"flowId": "{UUID}", "inputData": {{"x": 1}}}}'
JS_BODY = f"JSON.stringify({{flowId: '{UUID}', inputData: {{x: 1}}}})"
CT = "Content-Type: application/json"

#: Each file, and the secrets it writes (each within a diff's context of a fixed line, or on a finding's line).
FILES: dict[str, tuple[str, list[str]]] = {
    "auth.http": (f"POST {URL}\n{CT}\nAuthorization: Token tokS3cr3tA1\n\n{BODY}\n\n###\n"
                  f"POST {URL}\n{CT}\nAuthorization: OAuth oauthS3cr3tA2\n\n{BODY}\n\n###\n"
                  f"POST {URL}\n{CT}\nAuthorization:   bEaReR\tbearS3cr3tA3\n\n{BODY}\n\n###\n"
                  f"POST {URL}\n{CT}\nProxy-Authorization: Basic dXNlcjpwYXNzUzNjcjN0\n\n{BODY}\n",
                  ["tokS3cr3tA1", "oauthS3cr3tA2", "bearS3cr3tA3", "dXNlcjpwYXNzUzNjcjN0"]),
    "cookies.py": ("import requests\ns = requests.Session()\ns.cookies.set('sid', 'setS3cr3tB1')\n"
                   "s.cookies['lang'] = 'itemS3cr3tB2'\n"
                   f'requests.post("{URL}", json={PY_BODY}, cookies={{"a": {{"b": 1}}, "sid": "nestS3cr3tB3"}})\n'
                   'TOKEN = """\nlineS3cr3tB4\n"""\nclient_secret = """tripleS3cr3tB5"""\n'
                   f'requests.post("{URL}", json={PY_BODY})\n',
                   ["setS3cr3tB1", "itemS3cr3tB2", "nestS3cr3tB3", "tripleS3cr3tB5"]),
    "launch.js": ("const password = `\n  tmplS3cr3tC1\n`;\n"
                  f"fetch('{URL}', {{method: 'POST', headers: {{'Content-Type': 'application/json', "
                  f"Authorization: 'Token jsS3cr3tC2'}}, body: {JS_BODY}}});\n",
                  ["tmplS3cr3tC1", "jsS3cr3tC2"]),
    "launch.sh": ("CLIENT_SECRET=envS3cr3tD1\n"
                  f"curl -X POST https://admin:passkey@api.mypurecloud.com/api/v2/flows/executions -H '{CT}' -d '{BODY}'\n"
                  f"curl -u admin:passkey -X POST '{URL}?mysecrettoken=qsS3cr3tD2' -H '{CT}' -d '{BODY}'\n",
                  ["envS3cr3tD1", "passkey", "qsS3cr3tD2"]),
    "body.yaml": (f"flowId: {UUID}\ninputData:\n  x: 1\n  Flow.password: yamlS3cr3tE1\n  Flow.secretNote: |\n"
                  "    blockS3cr3tE2\n", ["yamlS3cr3tE1", "blockS3cr3tE2"]),
    "README.md": (f"# Launch\n\n```http\nPOST {URL}\n{CT}\nAuthorization: Token mdS3cr3tF1\n\n{BODY}\n```\n",
                  ["mdS3cr3tF1"]),
}

FORMATS = {
    "text": ("--no-color",), "diff": ("--diff", "--unsafe-fixes", "--no-color"), "json": ("--format", "json"),
    "sarif": ("--format", "sarif"), "github": ("--format", "github"), "gitlab": ("--format", "gitlab"),
    "junit": ("--format", "junit"),
}


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("spellings")
    for name, (text, _) in FILES.items():
        (root / name).write_text(text, encoding="utf-8")
    return root


@pytest.mark.parametrize("output", FORMATS)
def test_no_secret_in_any_output(tree: Path, output: str) -> None:
    printed = flowlint("check", "--no-cache", *FORMATS[output], str(tree))
    shown = printed.stdout + printed.stderr
    for name in FILES:
        assert name in shown, (name, shown)  # each file's findings (or its diff) were printed
    if output == "diff":
        assert shown.count("****") >= 12, shown  # the secrets' lines were shown as context, masked
    for name, (_, secrets) in FILES.items():
        for secret in secrets:
            assert secret not in shown, (output, name, secret)


def test_no_secret_in_the_cache_or_a_warm_run(tree: Path, monkeypatch: pytest.MonkeyPatch, cache_on: Path) -> None:
    monkeypatch.chdir(tree)
    (tree / ".flowlint.toml").write_text('cache-dir = ".spellings-cache"\n')
    cache = tree / ".spellings-cache"
    try:
        for _ in range(2):  # cold, then warm from the cache
            shown = flowlint("check", "--format", "json", "--no-color", ".").stdout
            assert json.loads(shown)["summary"]["files"] == len(FILES)
            assert all(secret not in shown for _, secrets in FILES.values() for secret in secrets)
    finally:
        (tree / ".flowlint.toml").unlink()
    stored = b"".join(path.read_bytes() for path in cache.rglob("*") if path.is_file())
    assert b"FL203" in stored, stored[:200]  # the results were stored
    for _, secrets in FILES.values():
        for secret in secrets:
            assert secret.encode() not in stored, secret


def test_an_edit_carries_only_what_it_changes(tmp_path: Path) -> None:
    """FL106's fix edits the URL and the body: two edits, never one carrying the headers written between them."""
    token = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.edS3cr3tG1"
    path = tmp_path / "launch.http"
    path.write_text(f"POST https://api.mypurecloud.com/api/v2/flows/{UUID}/executions\n{CT}\n"
                    f"Authorization: Bearer {token}\nX-Custom: hdrS3cr3tG2\n\n{{\"inputData\": {{\"Flow.a\": 1}}}}\n")
    for output in ("json", "sarif"):
        shown = flowlint("check", "--no-cache", "--format", output, str(path)).stdout
        assert "/api/v2/flows/executions" in shown or '"content": ""' in shown or "FL106" in shown, shown
        assert "edS3cr3tG1" not in shown and "hdrS3cr3tG2" not in shown, shown
    found = json.loads(flowlint("check", "--no-cache", "--format", "json", str(path)).stdout)["diagnostics"]
    fix = next(d["fix"] for d in found if d["code"] == "FL106")
    assert [edit["content"] for edit in fix["edits"]] == ["", f', "flowId": "{UUID}"'], fix
    served = [d for d in lsp_check(str(path), path.read_text()) if d.code == "FL106"]
    edits = [edit for d in served if d.fix is not None for edit in d.fix.edits or ()]
    assert len(edits) == 2 and all("edS3cr3t" not in edit.content for edit in edits), edits  # the editor's quick fix
    assert flowlint("check", "--no-cache", "--fix", str(path)).exit_code == 0  # the two edits still fix it
    assert path.read_text() == (f"POST https://api.mypurecloud.com/api/v2/flows/executions\n{CT}\n"
                                f"Authorization: Bearer {token}\nX-Custom: hdrS3cr3tG2\n\n"
                                f'{{"inputData": {{"Flow.a": 1}}, "flowId": "{UUID}"}}\n')


@pytest.mark.parametrize(("text", "masked"), [
    ("Authorization: Token abc123", ["abc123"]),  # the scheme word stays shown
    ('{"Authorization": "OAuth abc"}', ["abc"]),
    ("-H 'Authorization: Bearer $TOKEN'", []),  # a hole: nothing written there
    ("'Authorization': 'Bearer ' + token", []),
    ("Authorization: {{token}}", []),
    ("the Authorization: header is sent", []),  # prose
    ("s.cookies.set('sid', 'v1')", ["v1"]),
    ("s.cookies.update({'sid': 'v2'})", ["v2"]),
    ('cookies={"a": {"b": "c"}, "sid": "v3"}\nbody = {"flowId": "keep"}', ["c", "v3"]),  # nested; its end ends them
    ("curl -u admin:passkey x", ["passkey"]),  # role words: a password all the same where only one goes
    ('curl --user="a:$PW" x', []),
    ('password = """\nv4\n"""', ["\nv4\n"]),
    ("const secret = `\nv5\n`;", ["\nv5\n"]),
    ("auth:\n  password: |\n    v6\n    v7\n  user: bob\n", ["    v6\n    v7"]),
    ("password: v8 # a comment\n", ["v8"]),
    ("export CLIENT_SECRET=v9 && curl x", ["v9"]),
    ("PASSWORD=$PW\nclient_secret: ${{ secrets.X }}\n", []),  # references, not literals
    ("if password: x", []),  # not a line the name starts
    ('"password": 12345,', ["12345"]),
])
def test_each_spelling_masks_the_credential_only(text: str, masked: list[str]) -> None:
    assert [text[start:end] for start, end in sorted(set(credential_literals(text)))] == masked


@pytest.mark.parametrize(("url", "masked"), [
    ("https://admin:passkey@h/x", ["passkey"]),  # FL305 waits for a real-looking password; the masking does not
    ("https://a:${PW}@h/x", []),
    ("https://a:%3Cpw%3E@h/x", []),  # <pw>, percent-encoded: a hole
    ("https://h/x?sig=%2Babc&token=%s&key={}", ["%2Babc"]),  # an encoded value is one; format holes are none
    ("https://h/x?mysecrettoken=v1&sessionToken=v2&author=bob", ["v1", "v2"]),
])
def test_url_credentials_masked(url: str, masked: list[str]) -> None:
    assert [url[start:end] for start, end in url_credential_spans(url)] == masked


def test_no_message_quotes_a_value_named_for_a_secret(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The excerpt masks `"Flow.password": "…"`: the message about that input once quoted it whole."""
    flow = "11111111-2222-4333-8444-555555555555"
    monkeypatch.chdir(tmp_path)  # the project's store, .flowlint/flows, as the editor's server reads it
    store = tmp_path / ".flowlint" / "flows"
    store.mkdir(parents=True)
    (store / f"{flow}.json").write_text(json.dumps({
        "flowId": flow, "flowName": "F", "flowType": "WORKFLOW", "region": "mypurecloud.com", "versionId": "1.0",
        "fetchedAt": "2026-11-28T10:00:00Z", "inputSchema": {"type": "object", "properties": {
            "Flow.apiKey": {"type": "integer"}, "Flow.password": {"type": "string", "enum": ["a", "b"]},
            "Flow.note": {"type": "integer"}}}}))
    body = tmp_path / "body.json"
    body.write_text(json.dumps({"flowId": flow, "inputData": {"Flow.apiKey": "keyS3cr3tH1" * 9,
                                                              "Flow.password": "pwS3cr3tH2", "Flow.note": "shown"}}))
    for output in ("text", "json", "sarif", "github"):
        shown = flowlint("check", "--no-cache", "--no-color", "--format", output, str(body)).stdout
        assert shown.count("FL204") >= 2 and "FL205" in shown, shown  # reached: the findings about both were said
        assert '"shown"' in shown or "\\\"shown\\\"" in shown, shown  # a value named for nothing secret stays quoted
        assert "S3cr3t" not in shown, (output, shown)
    said = [d.message for d in lsp_check(str(body), body.read_text())]
    assert len(said) == 3 and not any("S3cr3t" in message for message in said), said


def test_a_request_file_s_edits_never_rewrite_its_headers_even_without_a_secret(tmp_path: Path) -> None:
    """The headers between a request's URL and its body are the request file's own text: FL106's fix is two edits
    (the URL, the body), never one that carries the headers along, whether or not they hold a credential."""
    path = tmp_path / "launch.http"
    path.write_text(f"POST https://api.mypurecloud.com/api/v2/flows/{UUID}/executions\n{CT}\nX-Request-Id: r-17\n\n"
                    f"{{\"inputData\": {{\"Flow.a\": 1}}}}\n")
    found = json.loads(flowlint("check", "--no-cache", "--format", "json", str(path)).stdout)["diagnostics"]
    fix = next(d["fix"] for d in found if d["code"] == "FL106")
    assert [edit["content"] for edit in fix["edits"]] == ["", f', "flowId": "{UUID}"'], fix
