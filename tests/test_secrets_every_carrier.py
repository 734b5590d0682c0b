"""No string a finding carries out quotes a secret the file writes (the reviewer's F13): a client secret given as the
flowId (FL104's help named it in `flowlint pull --name "…"`), a token sent in a header and as the body's misspelt
flowID (FL103's and FL102's help), an Authorization header's value reused as flowId, a password input's value reused,
a token used as an input's name (the JSON pointer), a GitHub token a fix moves (the fix's edits). Each carrier (the
message, the help, the fix's message and shown edits, the pointer) in every output format, the cache, the library
and the editor server: the secret's text is absent, and the finding that would have quoted it is there."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from conftest import UUID, flowlint

CLIENT_SECRET = "Jq7Wr2Et9Yu4Io1Pa6Sd3Fg8Hj5Kl0Zx"
TOKEN = "Hk4Lm6Np8Qr0St2Uv4Wx6Yz8Ab0Cd2Ef"
HEADER_TOKEN = "Zx9Yw8Vu7Ts6Rq5Po4Nm"
PASSWORD = "Hunter2Hunter2pw"
NAMED_TOKEN = "Pq3Rs5Tu7Vw9Xy1Za3Bc5De7Fg9Hi1Jk"
GITHUB_TOKEN = "ghp_" + "aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789"
SECRETS = (CLIENT_SECRET, TOKEN, HEADER_TOKEN, PASSWORD, NAMED_TOKEN, GITHUB_TOKEN)
URL = "https://api.mypurecloud.com/api/v2/flows/executions"

FILES = {
    # The repro's two files: a constant holding the client secret given as the flowId; a token sent and misnamed.
    "cfg.py": (f'import requests\nCLIENT_ID = "3f9a1c2e-7b4d-4e8f-9a1b-2c3d4e5f6a7b"\nCLIENT_SECRET = "{CLIENT_SECRET}"\n'
               "FLOW_ID = CLIENT_SECRET  # oops: wrong constant\n\ndef launch(token):\n"
               f'    return requests.post("{URL}",\n                         headers={{"Authorization": f"Bearer {{token}}"}},\n'
               '                         json={"flowId": FLOW_ID})\n'),
    "t.py": (f'import requests\nTOKEN = "{TOKEN}"\n'
             f'requests.post("{URL}", headers={{"Authorization": "Bearer " + TOKEN}}, json={{"flowID": TOKEN}})\n'),
    "a.http": (f"POST {URL}\nAuthorization: Token {HEADER_TOKEN}\nContent-Type: application/json\n\n"
               f'{{"flowId": "{HEADER_TOKEN}"}}\n'),
    "q.json": f'{{"flowID": "{PASSWORD}", "inputData": {{"Flow.password": "{PASSWORD}"}}}}\n',
    "moved.js": (f'await fetch("{URL}", {{method: "POST", headers: {{"Content-Type": "application/json"}}, '
                 f'body: JSON.stringify({{configuration: {{flowId: "{UUID}", parameters: {{"password": "{PASSWORD}"}}}}}})}});\n'),
    "p.py": (f'import requests\nTOKEN = "{NAMED_TOKEN}"\nrequests.post("{URL}", headers={{"Authorization": "Bearer " + TOKEN}}, '
             f'json={{"flowId": "{UUID}", "inputData": {{TOKEN: "x"}}}})\n'),
    "g.json": f'{{"data": {{"flowId": "{UUID}", "inputData": {{"Flow.note": "{GITHUB_TOKEN}"}}}}}}\n',
    "k.json": f'{{"flowId": "{UUID}", "inputData": {{"{GITHUB_TOKEN}": "x"}}}}\n',
}
#: Each file's finding that quoted a secret, by code: it must still be reported.
REACHED = {"cfg.py": "FL104", "t.py": "FL103", "a.http": "FL104", "q.json": "FL102", "moved.js": "FL101",
           "p.py": "FL203", "g.json": "FL101", "k.json": "FL203"}
FORMATS = ("text", "json", "sarif", "github", "gitlab", "junit")


@pytest.fixture
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name, text in FILES.items():
        (tmp_path / name).write_text(text)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def stars(secret: str) -> str:
    return "*" * len(secret)


def by_file(found: list[dict[str, Any]]) -> dict[tuple[str, str], dict[str, Any]]:
    return {(d["file"], d["code"]): d for d in found}


@pytest.mark.parametrize("output", FORMATS)
def test_no_output_format_quotes_a_written_secret(tree: Path, output: str) -> None:
    shown = flowlint("check", "--no-cache", "--no-color", "--format", output, *FILES).stdout
    for name, code in REACHED.items():
        assert name in shown and code in shown, (output, name, code, shown)  # reached: each file's finding is reported
    assert stars(CLIENT_SECRET) in shown and stars(HEADER_TOKEN) in shown, shown  # the messages quote them, masked
    for secret in SECRETS:
        assert secret not in shown, (output, secret, shown)


def test_the_diff_and_fix_reports_quote_no_written_secret(tree: Path) -> None:
    shown = flowlint("check", "--no-cache", "--no-color", "--diff", "--unsafe-fixes", *FILES).stdout
    assert "+++ moved.js" in shown and f'"Flow.password": "{stars(PASSWORD)}"' in shown, shown  # reached: the move's diff
    result = flowlint("check", "--no-cache", "--no-color", "--fix", "--unsafe-fixes", *FILES)
    for secret in SECRETS:
        assert secret not in shown and secret not in result.stdout and secret not in result.stderr, secret
    # The file --fix writes keeps the user's secret: it is theirs (masking it would break the request).
    assert f'flowId: "{UUID}", inputData: {{"Flow.password": "{PASSWORD}"}}' in (tree / "moved.js").read_text()


#: (file, code, carrier, what the carrier shows, the secret it would have quoted).
CARRIERS = [
    # A client secret given as the flowId (the repro's first): quoted masked by the message; the help, which would have it
    # pulled by name, says `--name "<flow name>"` instead (tests/test_masked_flow_id_help.py).
    ("cfg.py", "FL104", "message", f'`flowId` "{stars(CLIENT_SECRET)}"', CLIENT_SECRET),
    ("cfg.py", "FL104", "help", 'flowlint pull --name "<flow name>"`', CLIENT_SECRET),
    # The help: a token sent in a header and given as the misspelt flowID (the repro's second).
    ("t.py", "FL103", "help", f'{{"flowId": "{stars(TOKEN)}"}}', TOKEN),
    ("t.py", "FL102", "help", f'(it is "{stars(TOKEN)}")', TOKEN),
    # The message: an Authorization header's value reused as the flowId.
    ("a.http", "FL104", "message", f'`flowId` "{stars(HEADER_TOKEN)}" looks like a flow name', HEADER_TOKEN),
    # The help: a password input's value reused as a payload's flowID.
    ("q.json", "FL102", "help", f'(it is "{stars(PASSWORD)}")', PASSWORD),
    ("q.json", "FL103", "help", f'{{"flowId": "{stars(PASSWORD)}", "inputData": {{"Flow.password": "{stars(PASSWORD)}"}}}}',
     PASSWORD),
    # The pointer: a token sent in a header and used as an input's name, and a GitHub token (known by its shape).
    ("p.py", "FL203", "pointer", f"/inputData/{stars(NAMED_TOKEN)}", NAMED_TOKEN),
    ("p.py", "FL203", "help", f"rename it `Flow.{stars(NAMED_TOKEN)}`", NAMED_TOKEN),
    ("k.json", "FL203", "pointer", f"/inputData/{stars(GITHUB_TOKEN)}", GITHUB_TOKEN),
    # The fix's message.
    ("k.json", "FL203", "fix message", f"rename it `Flow.{stars(GITHUB_TOKEN)}`", GITHUB_TOKEN),
    # The fix's edits: a fix that moves a password, and one that moves a GitHub token, write them: published as null (a
    # tool applying the masked text would write the stars), the help saying what to do.
    ("moved.js", "FL101", "fix", "None", PASSWORD),
    ("g.json", "FL101", "fix", "None", GITHUB_TOKEN),
    ("g.json", "FL101", "help", "move", GITHUB_TOKEN),
]


def carried(diagnostic: dict[str, Any], carrier: str) -> str:
    if carrier == "fix message":
        return str(diagnostic["fix"]["message"])
    if carrier == "fix edits":
        return "".join(edit["content"] for edit in diagnostic["fix"]["edits"])
    return str(diagnostic[carrier])


@pytest.mark.parametrize(("name", "code", "carrier", "shown", "secret"), CARRIERS)
def test_each_carrier_is_masked(tree: Path, name: str, code: str, carrier: str, shown: str, secret: str) -> None:
    found = by_file(json.loads(flowlint("check", "--no-cache", "--format", "json", name).stdout)["diagnostics"])
    assert (name, code) in found, found  # reached: the finding that carried the secret
    text = carried(found[(name, code)], carrier)
    assert shown in text, text  # its carrier says what it said, the secret masked
    assert secret not in json.dumps(list(found.values())), found


def test_the_cache_holds_no_written_secret(tree: Path, cache_on: Path) -> None:
    (tree / ".flowlint.toml").write_text('cache-dir = ".secrets-cache"\n')
    cold = flowlint("check", "--format", "json", *FILES).stdout
    warm = flowlint("check", "--format", "json", *FILES).stdout
    assert warm == cold and "FL104" in warm, warm  # reached: the findings, the second time from the cache
    stored = [path for path in (tree / ".secrets-cache").rglob("*") if path.is_file()]
    assert any(path.suffix == ".cache" for path in stored), stored
    for path in [*stored, *(p for p in cache_on.rglob("*") if p.is_file())]:
        data = path.read_bytes().lower()
        for secret in SECRETS:
            assert secret.lower().encode() not in data, (path, secret)


def test_the_library_quotes_no_secret_of_a_body_given_as_an_object() -> None:
    import validator

    report = validator.check({"flowID": PASSWORD, "inputData": {"Flow.password": PASSWORD}})
    codes = {d.code for d in report.diagnostics}
    assert {"FL102", "FL103"} <= codes, report  # reached: both findings that quote the flowID's value
    helps = {d.code: d.help for d in report.diagnostics}
    assert helps["FL102"].endswith(f'(it is "{stars(PASSWORD)}")'), helps
    assert PASSWORD not in str(report) and PASSWORD not in repr(report.diagnostics)
    text = validator.check(FILES["q.json"])  # as text too
    assert "FL102" in {d.code for d in text.diagnostics} and PASSWORD not in repr(text.diagnostics)


def test_the_editor_server_quotes_no_written_secret(tree: Path) -> None:
    pytest.importorskip("pygls")
    from validator.lsp.server import check

    for name in ("cfg.py", "t.py", "moved.js"):
        found = check(str(tree / name), FILES[name])
        assert REACHED[name] in {d.code for d in found}, (name, found)  # reached
        shown = repr([(d.message, d.help, d.pointer, d.fix and d.fix.message, d.fix and [e.shown_content for e in d.fix.edits or ()])
                      for d in found])
        for secret in SECRETS:
            assert secret not in shown, (name, secret, shown)


def test_an_internal_error_quotes_no_written_secret(tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from validator.checker import engine

    def failing(document: Any, *args: Any, **kwargs: Any) -> Any:
        raise KeyError(PASSWORD if document.name.endswith("q.json") else TOKEN)  # an error quoting the file's secret

    monkeypatch.setattr(engine, "check_findings", failing)
    monkeypatch.setattr(engine, "_findings", failing, raising=False)  # (what a report's findings come from since editor2)
    shown = flowlint("check", "--no-cache", "--format", "json", "-j", "1", "q.json", "t.py").stdout
    failures = [d for d in json.loads(shown)["diagnostics"] if d["code"] == "FL900"]
    assert {d["file"] for d in failures} == {"q.json", "t.py"}, shown  # reached: each file's failure is reported
    assert all(d["message"].startswith("flowlint failed on this file: KeyError: '***") for d in failures), failures
    for secret in (PASSWORD, TOKEN):
        assert secret not in shown, shown


def test_a_fix_proven_again_alone_shows_no_written_secret(tmp_path: Path) -> None:
    from validator.checker.engine import CheckOptions, check_documents
    from validator.run.runner import documents_of

    # Three launches share one body: their overlapping fixes fail the proof together, each is rendered again alone.
    path = tmp_path / "shared.js"
    path.write_text(f"const body = {{ data: {{ flowId: '{UUID}', inputData: {{ 'Flow.password': '{PASSWORD}' }} }} }};\n"
                    + f"await fetch('{URL}', {{ method: 'POST', body: JSON.stringify(body) }});\n" * 3)
    found = check_documents(documents_of(str(path)), CheckOptions())
    edits = [edit for d in found if d.code == "FL101" and d.fix is not None for edit in d.fix.edits or ()]
    assert any(PASSWORD in edit.content for edit in edits), found  # reached: fixes that write it, rendered
    for d in found:
        shown = [d.message, d.help, d.pointer, d.fix and d.fix.message, *(e.shown_content for e in (d.fix and d.fix.edits) or ())]
        assert PASSWORD not in repr(shown), shown


@pytest.mark.parametrize("output", FORMATS)
def test_a_secret_under_an_escaped_name_in_a_payload_is_quoted_nowhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                        cache_on: Path, output: str) -> None:
    """`Flow.p\\u0061ssword` names a password only once parsed: the payload's text never says `password`."""
    monkeypatch.chdir(tmp_path)
    secret = "Tr0ub4dor&3xyz"
    (tmp_path / "e2.json").write_text('{"flowId": "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90", "inputData": '
                                      f'{{"Flow.p\\u0061ssword": "{secret}", "{secret}": 1}}}}')
    (tmp_path / "e8.json").write_text(f'{{"flowId": "{secret}", "inputData": {{"Flow.p\\u0061ssword": "{secret}"}}}}')
    for name in ("e2.json", "e8.json"):  # written long enough ago for the cache to keep their readings
        os.utime(tmp_path / name, (1_700_000_000, 1_700_000_000))
    result = flowlint("check", "--format", output, "e2.json", "e8.json")
    assert result.exit_code == 1 and ("FL203" in result.stdout or output == "gitlab")  # reached: the key is judged
    assert secret not in result.output
    cached = "".join(p.read_text(errors="replace") for p in (tmp_path / ".flowlint_cache").rglob("*") if p.is_file())
    assert cached and secret not in cached
