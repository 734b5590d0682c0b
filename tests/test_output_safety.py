"""Secrets stay secret in every output, and no output can drive a CI runner or break a diff."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from validator.core.diagnostics import InsertMember, RenameKey
from validator.edits import CannotEdit
from validator.edits.code_editor import LaunchEditor

from conftest import ROOT, UUID, flowlint

API = "https://api.mypurecloud.com/api/v2/flows/executions"
TOKEN = "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.Zmxvd2xpbnQtc2VjcmV0"
COOKIE = "session=c00kie-value-9f8e7d"
ACCESS = "acc3ss-t0ken-value-1a2b3c"
REPLY = "reply-body-secret-4d5e6f"


def js_launch() -> str:
    return (f"fetch('{API}', {{method: 'POST', headers: {{'Content-Type': 'application/json', "
            f"Authorization: 'Bearer {TOKEN}'}}, body: JSON.stringify({{flow_id: '{UUID}', type: 'x'}})}});\n")


def test_a_token_is_masked_in_fix_output_and_diff_context(tmp_path: Path) -> None:
    path = tmp_path / "launch.js"
    path.write_text(js_launch())
    checked = flowlint("check", str(path))
    assert "FL305" in checked.stdout and TOKEN not in checked.stdout  # reached: the token is found, and masked
    diff = flowlint("check", "--diff", str(path))
    assert "--- " in diff.stdout and "flowId" in diff.stdout and TOKEN not in diff.stdout
    fixed = flowlint("check", "--fix", str(path))
    assert "FL305" in fixed.stdout and TOKEN not in fixed.stdout + fixed.stderr
    assert TOKEN in path.read_text() and "flowId" in path.read_text()  # the file keeps it: only outputs mask it


def har(one_line: bool) -> str:
    entry = {"request": {"method": "POST", "url": API, "headers": [
        {"name": "Authorization", "value": f"Bearer {TOKEN}"}, {"name": "Cookie", "value": COOKIE},
        {"name": "Content-Type", "value": "application/json"}],
        "queryString": [{"name": "access_token", "value": ACCESS}],
        "postData": {"mimeType": "application/json", "text": json.dumps({"flow_id": UUID, "type": "x"})}},
        "response": {"status": 400, "headers": [{"name": "Set-Cookie", "value": COOKIE}],
                     "content": {"mimeType": "text/plain", "text": REPLY}}}
    return json.dumps({"log": {"entries": [entry]}}, indent=None if one_line else 1)


def postman(one_line: bool) -> str:
    collection = {"info": {"name": "c", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
                  "variable": [{"key": "access_token", "value": ACCESS}],
                  "item": [{"name": "launch", "request": {
                      "method": "POST", "url": API,
                      "auth": {"type": "bearer", "bearer": [{"key": "token", "value": TOKEN}]},
                      "header": [{"key": "Cookie", "value": COOKIE}, {"key": "Content-Type", "value": "application/json"}],
                      "body": {"mode": "raw", "raw": json.dumps({"flow_id": UUID, "type": "x"})}},
                      "response": [{"name": "r", "body": REPLY}]}]}
    return json.dumps(collection, indent=None if one_line else 1)


def test_recorded_files_show_only_the_launch(tmp_path: Path) -> None:
    for name, make in (("s.har", har), ("c.postman_collection.json", postman)):
        for one_line in (True, False):
            path = tmp_path / name
            path.write_text(make(one_line))
            outputs = [flowlint("check", str(path)), flowlint("check", "--diff", str(path))]
            assert "FL102" in outputs[0].stdout and "flow_id" in outputs[0].stdout  # reached: the body is shown
            assert "--- " in outputs[1].stdout  # (a hunk showing a masked line: commented out, test_masked_diff_hunks)
            fixing = tmp_path / "fixing" / name
            fixing.parent.mkdir(exist_ok=True)
            fixing.write_text(make(one_line))
            outputs.append(flowlint("check", "--fix", "--unsafe-fixes", str(fixing)))
            for result in outputs:
                for secret in (TOKEN, COOKIE, ACCESS, REPLY):
                    assert secret not in result.stdout + result.stderr, (name, one_line, secret, result.stdout)


def test_no_output_line_starts_a_workflow_command(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".flowlint.toml").write_text("")  # (a Genesys project: the walk judges `"flowId": "x"`)
    names = ["::error file=x::pwned.json", "##[error]pwned.json", "::warning::a.json"]
    for name in names:
        (tmp_path / name).write_text('{"flowId": "x", "type": 1,}')  # the comma's fix is safe: a link is said not fixed
    links = []
    for name in names:
        links.append(tmp_path / f"L{name}")
        links[-1].symlink_to(tmp_path / name)
    results = [flowlint("check", "."), flowlint("check", "--diff", "."),
               flowlint("check", "--fix", *(link.name for link in links), *names)]
    assert results[2].stderr.count("not fixed") == 3  # reached: the links are not fixed, and said so
    for result in results:
        text = result.stdout + result.stderr
        assert "pwned" in text
        for line in text.splitlines():
            assert not line.startswith("::") and "##[" not in line, line


def test_a_diff_splits_lines_only_at_line_feeds(tmp_path: Path) -> None:
    """U+2028, U+2029 and U+0085 are a line's text to a patch (as the file has them, or `git apply` refuses it): a diff
    written to a pipe carries them raw, and its lines are split at line feeds only."""
    path = tmp_path / "b.json"
    path.write_text('{\n  "flow_id": "' + UUID + '", "name": "a\u2028b\u2029c\x85d",\n  "inputData": {}\n}\n')
    diff = flowlint("check", "--diff", str(path)).stdout
    lines = diff.split("\n")[:-1]
    assert lines[:3] == [f"--- {path}", f"+++ {path}", "@@ -1,4 +1,4 @@"] and "No newline" not in diff
    assert all(line[:1] in (" ", "+", "-", "\\") for line in lines[3:]), diff
    assert sum(line.startswith("-") for line in lines[2:]) == 1 and "a\u2028b\u2029c\x85d" in diff


def test_names_are_given_without_a_leading_dot_slash(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "src").mkdir()
    (tmp_path / ".flowlint.toml").write_text("")  # (a Genesys project: the walk judges `"flowId": "x"`)
    (tmp_path / "src" / "x.json").write_text('{"flowId": "x"}')
    monkeypatch.chdir(tmp_path)
    for output in ("text", "github", "json"):
        result = flowlint("check", "--format", output, ".")
        assert "src/x.json" in result.stdout and "./src" not in result.stdout, result.stdout
    assert "1 error, 0 warnings in 1 file" in flowlint("check", "--format", "github", ".").stdout


def test_a_js_fix_never_writes_a_plain_proto_key() -> None:
    text = (f"fetch('{API}', {{method: 'POST', headers: {{'Content-Type': 'application/json'}}, "
            f"body: JSON.stringify({{flowId: '{UUID}', inputData: {{'x': 1}}}})}});\n")
    editor = LaunchEditor("javascript", "a.js", 0)
    assert "['__proto__']: 1" in editor.apply(text, InsertMember(("inputData",), "__proto__", 1))
    renamed = editor.apply(text, RenameKey(("inputData", "x"), "__proto__"))
    assert "['__proto__']: 1" in renamed and "'__proto__':" not in renamed.replace("['__proto__']", "")
    try:
        editor.apply(text, InsertMember(("inputData",), "Flow.o", {"a": [{"__proto__": 1}]}))
    except CannotEdit:
        pass
    else:
        raise AssertionError("a nested __proto__ key was written into an object literal")


def test_the_pre_commit_entry_ends_its_options(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".flowlint.toml").write_text("")  # (a Genesys project: pre-commit's files are judged on their keys)
    assert len(hooks) >= 2
    for hook in hooks:
        args = hook["entry"].split()
        assert args[-1] == "--", hook["id"]
        (tmp_path / "--config=evil.json").write_text('{"flowId": "x"}')
        result = flowlint(*args[1:], "--config=evil.json")
        # checked as a file, not read as an option
        assert "--config=evil.json:1:" in result.stdout + result.stderr and result.exit_code == 1, hook["id"]


#: A body's members named for a credential, with made-up values a rule has no reason to find (no bearer, no JWT).
NAMED_SECRETS = {"client_secret": "cl1ent-s3cret-value-77", "Flow.password": "pa55w0rd-value-88", "Flow.apiKey": "k3y-value-99"}


@pytest.mark.usefixtures("cache_on")  # the result cache stores excerpts too
def test_a_value_named_as_a_secret_is_masked_in_every_check_output(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    lines = [f'  "flowId": "{UUID}",', '  "inputData": {'] + [f'    "{k}": "{v}",' for k, v in NAMED_SECRETS.items()]
    (tmp_path / "body.json").write_text("{\n" + "\n".join(lines) + '\n    "Flow.x": 1\n  }\n}\n')
    outputs = []
    for output_format in ("text", "json", "sarif", "github", "gitlab", "junit"):
        result = flowlint("check", "--format", output_format, "body.json")
        outputs.append(result.stdout + result.stderr)
        assert result.exit_code == 1 and "FL203" in result.stdout  # reached: `client_secret`'s own line is shown
    cached = "".join(p.read_text(errors="replace") for p in (tmp_path / ".flowlint_cache").rglob("*") if p.is_file())
    assert "FL203" in cached  # the cache holds that result, excerpt included
    for value in NAMED_SECRETS.values():
        assert all(value not in output for output in outputs) and value not in cached, value
    assert "*" * len(NAMED_SECRETS["client_secret"]) in outputs[0]


PAYLOADS = {
    "body.json": json.dumps({"flowId": UUID, "type": "flow", "inputData": {
        "Flow.auth": f"Bearer {TOKEN}", "client_secret": NAMED_SECRETS["client_secret"]}}, indent=2) + "\n",
    "body.yaml": (f"flowId: {UUID}\ntype: flow\ninputData:\n  Flow.auth: Bearer {TOKEN}\n"
                  f"  client_secret: \"{NAMED_SECRETS['client_secret']}\"\n"),
}


@pytest.mark.parametrize("name", sorted(PAYLOADS))
def test_a_payload_token_is_masked_in_diff_and_fix_output_too(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text(PAYLOADS[name])
    secrets = (TOKEN, NAMED_SECRETS["client_secret"])
    masked = "*" * len(NAMED_SECRETS["client_secret"])  # on the line of the finding `client_secret` gets
    checked = flowlint("check", str(path))
    assert masked in checked.stdout and not any(s in checked.stdout for s in secrets)  # check masks them
    diff = flowlint("check", "--diff", "--unsafe-fixes", str(path))
    assert "--- " in diff.stdout and "flowId" in diff.stdout and "*" * len(TOKEN) in diff.stdout
    assert not any(s in diff.stdout for s in secrets) and path.read_text() == PAYLOADS[name]
    fixed = flowlint("check", "--fix", "--unsafe-fixes", str(path))
    assert "fixed" in fixed.stdout + fixed.stderr and masked in fixed.stdout  # reached: a remaining finding's line shown
    assert not any(s in fixed.stdout + fixed.stderr for s in secrets)
    written = path.read_text()
    assert written != PAYLOADS[name] and all(s in written for s in secrets)  # fixed, and the file keeps its secrets
    piped = flowlint("check", "--fix", "--unsafe-fixes", "--stdin-filename", name, "-", input=PAYLOADS[name])
    assert piped.stdout == written  # stdin's fixed file is the file itself: given back whole, never masked


@pytest.mark.usefixtures("cache_on")  # the result cache stores messages too
def test_a_token_quoted_in_a_message_is_masked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Messages quote values (FL104 the flow ID written, FL204 a wrong-typed input): never a token in them."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "body.json").write_text(json.dumps({"flowId": f"Bearer {TOKEN}", "name": {"k": f"Basic {TOKEN}"}}))
    outputs = []
    for output_format in ("text", "json", "sarif"):
        result = flowlint("check", "--format", output_format, "body.json")
        outputs.append(result.stdout + result.stderr)
        assert "FL104" in result.stdout and "Bearer ****" in result.stdout  # reached: the message quotes the value
    cached = "".join(p.read_text(errors="replace") for p in (tmp_path / ".flowlint_cache").rglob("*") if p.is_file())
    assert "FL104" in cached
    for piece in (TOKEN[:12], TOKEN.split(".")[1][:12]):
        assert all(piece not in output for output in outputs) and piece not in cached, piece
