"""A secret written inside JSON encoded as a string (`"inputData": "{\"password\": \"…\"}"`, the common
double-encoding mistake, or a Postman raw body) is masked as one written plainly is: in the message, the fix, the
excerpt and --diff, in every output format."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from validator.core.credentials import credential_literals, secret_values
from validator.run.cache import DIRECTORY

from conftest import flowlint

FLOW = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
CONTRACT = {"flowId": FLOW, "flowName": "Sec", "flowType": "WORKFLOW", "region": "mypurecloud.com", "versionId": "1.0",
            "fetchedAt": "2026-11-28T10:00:00Z",
            "inputSchema": {"type": "object", "properties": {"Flow.password": {"type": "string"},
                                                             "Flow.vip": {"type": "boolean"}}}}
SECRETS = ("hunter2hunter2", "sk_live_51Habcdefghijklmn")
RAW = json.dumps({"flowId": FLOW, "type": "flow",
                  "inputData": {"Flow.password": "hunter2hunter2", "Flow.apiKey": "sk_live_51Habcdefghijklmn"}}, indent=2)
FILES = {
    "f.json": '{\n  "flowId": "%s",\n  "inputData": "{\\"Flow.password\\": \\"hunter2hunter2\\", \\"Flow.vip\\": true}"\n}\n'
              % FLOW,
    "h.yaml": f"flowId: {FLOW}\ninputData: '{{\"Flow.password\": \"hunter2hunter2\"}}'\n",
    "launch.postman_collection.json": json.dumps({
        "info": {"name": "x", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
        "item": [{"name": "launch", "request": {
            "method": "POST", "header": [{"key": "Content-Type", "value": "application/json"}],
            "body": {"mode": "raw", "raw": RAW},
            "url": {"raw": "https://api.mypurecloud.com/api/v2/flows/executions"}}}]}, indent=2),
}
#: What each file's run must report: the finding whose message, excerpt or fix would quote the secret.
REACHED = {"f.json": "FL105", "h.yaml": "FL105", "launch.postman_collection.json": "FL101"}


def _run(tmp_path: Path, name: str, *options: str) -> str:
    (tmp_path / "store").mkdir(exist_ok=True)
    (tmp_path / "store" / f"{FLOW}.json").write_text(json.dumps(CONTRACT))
    (tmp_path / name).write_text(FILES[name])
    return flowlint("check", "--no-cache", "--no-color", "--contracts", str(tmp_path / "store"), *options,
                    str(tmp_path / name)).stdout


@pytest.mark.parametrize("name", sorted(FILES))
@pytest.mark.parametrize("options", [(), ("--format", "json"), ("--format", "sarif"), ("--format", "github"),
                                     ("--diff", "--unsafe-fixes")])
def test_a_secret_in_json_written_as_a_string_is_shown_nowhere(tmp_path: Path, name: str, options: tuple[str, ...]) -> None:
    shown = _run(tmp_path, name, *options)
    if options and options[0] == "--diff":
        assert f"--- {tmp_path / name}" in shown or f"--- {name}" in shown or "+++" in shown, shown  # reached: a diff
        assert "**************" in shown, shown  # the secret's place, masked
    else:
        assert REACHED[name] in shown, shown
    for secret in SECRETS:
        assert secret not in shown, shown


def test_the_double_encoded_finding_says_what_it_would_without_the_secret(tmp_path: Path) -> None:
    shown = _run(tmp_path, "f.json")
    assert 'the string "{\\"Flow.password\\": \\"**************\\"' in shown, shown
    assert 'send the object itself: {"Flow.password": "**************", "Flow.vip": true}' in shown, shown
    assert '"{\\"Flow.password\\": \\"**************\\", \\"Flow.vip\\": true}"' in shown, shown  # the excerpt


def test_the_cache_holds_no_encoded_secret(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cache_on: Path) -> None:
    monkeypatch.chdir(tmp_path)
    for name in FILES:
        (tmp_path / name).write_text(FILES[name])
    (tmp_path / "store").mkdir()
    (tmp_path / "store" / f"{FLOW}.json").write_text(json.dumps(CONTRACT))
    for _ in range(2):  # written, then read back
        shown = flowlint("check", "--no-color", "--contracts", str(tmp_path / "store"), *sorted(FILES)).stdout
        assert "FL105" in shown and "hunter2" not in shown, shown
    cached = list((tmp_path / DIRECTORY).glob("*.cache"))
    assert cached, list(tmp_path.rglob("*"))  # reached: a cache was written
    for path in cached:
        for secret in SECRETS:
            assert secret.encode() not in path.read_bytes(), path


@pytest.mark.parametrize(("text", "secret"), [
    ('"{\\"password\\": \\"abc123def\\"}"', "abc123def"),
    ('"{\\"password\\":\\"a\\\\\\"b\\"}"', 'a\\\\\\"b'),  # an escaped quote inside the escaped string is part of it
    ('"{\\"x\\": \\"{\\\\\\"apiKey\\\\\\": \\\\\\"deep-key-1\\\\\\"}\\"}"', "deep-key-1"),  # encoded twice
    ("{\\'client_secret\\': \\'s3cr3t-value\\'}", "s3cr3t-value"),
])
def test_a_secret_named_member_in_escaped_json_is_a_credential_literal(text: str, secret: str) -> None:
    assert [text[start:end] for start, end in credential_literals(text)] == [secret]


def test_a_message_quoting_a_string_of_encoded_json_masks_its_secret() -> None:
    body = {"inputData": '{"Flow.password": "hunter2hunter2", "Flow.vip": true}'}
    assert secret_values(body, ("inputData",)) == ["hunter2hunter2"]
    assert secret_values({"inputData": "plain words"}, ("inputData",)) == []
    padded = '{"Flow.password": "hunter2hunter2", "Flow.note": "' + "x" * 70_000 + '"}'
    assert secret_values({"inputData": padded}, ("inputData",)) == ["hunter2hunter2"]  # a long string's start too


def test_a_hostile_run_of_escaped_quotes_is_scanned_whole() -> None:
    """A size and complexity check, not a timing: every value of 100k escaped members found, none scanned twice."""
    text = '"' + '\\"password\\": \\"x\\", ' * 100_000 + '"'
    assert len(credential_literals(text)) == 100_000
    unclosed = '"' + '\\"password\\": \\"' * 100_000
    assert credential_literals(unclosed) == []
