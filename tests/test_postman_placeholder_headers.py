"""A Postman header or auth value that only names where its token is (`Bearer {{token}}`, `{{accessToken}}`) holds no
secret: shown, so --diff's hunk beside it is a patch, as the same request's in a .http file is (reviewer B 5: it was
masked as a secret and the hunk withheld). The variable holding the token stays masked, and so does a token written
there."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

from conftest import UUID, flowlint

URL = "https://api.mypurecloud.com/api/v2/flows/executions"
TOKEN = "eyJhbGciOiJSUzI1NiJ9.c2VjcmV0c2VjcmV0c2VjcmV0.QQQQsecretTOKENzzz"


def collection(request: dict[str, Any], variables: list[dict[str, str]] | None = None) -> str:
    """A collection written as the reviewer's: the request's header (or auth) on the line before its body's, and its
    variables two lines above."""
    body = json.dumps({"flowID": UUID, "inputData": {"Flow.customerName": "x"}})
    info = {"name": "gc", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"}
    return (f'{{"info": {json.dumps(info)},\n "variable": {json.dumps(variables or [])},\n'
            f' "item": [{{"name": "launch", "request": {{"method": "POST",\n'
            f"   {json.dumps(request)[1:-1]},\n"
            f'   "body": {json.dumps({"mode": "raw", "raw": body})},\n'
            f'   "url": {{"raw": "{URL}"}}}}}}]}}\n')


HEADER = {"header": [{"key": "Content-Type", "value": "application/json"},
                     {"key": "Authorization", "value": "Bearer {{t}}"}]}
AUTH = {"auth": {"type": "bearer", "bearer": [{"key": "token", "value": "{{accessToken}}", "type": "string"}]}}


HEADER = {"header": [{"key": "Content-Type", "value": "application/json"},
                     {"key": "Authorization", "value": "Bearer {{token}}"}]}
AUTH = {"auth": {"type": "bearer", "bearer": [{"key": "token", "value": "{{accessToken}}", "type": "string"}]}}


def diff_of(tmp_path: Path, text: str) -> tuple[str, str]:
    path = tmp_path / "launch.postman_collection.json"
    path.write_text(text)
    result = flowlint("check", "--no-cache", "--diff", path.name)
    assert '+   "body": {"mode": "raw", "raw": "{\\"flowId\\"' in result.stdout, result.stdout  # reached: the fix's hunk
    return result.stdout, result.stderr


def applies(tmp_path: Path, diff: str) -> None:
    (tmp_path / "fixes.patch").write_text(diff)
    done = subprocess.run(["git", "apply", "-p0", "fixes.patch"], capture_output=True, text=True, check=False, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    request = json.loads((tmp_path / "launch.postman_collection.json").read_text())["item"][0]["request"]
    assert json.loads(request["body"]["raw"])["flowId"] == UUID


@pytest.mark.parametrize(("request_", "placeholder"), [(HEADER, "Bearer {{token}}"), (AUTH, "{{accessToken}}")],
                         ids=["header", "auth"])
def test_a_placeholder_is_shown_and_the_hunk_beside_it_applies(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                               request_: dict[str, Any], placeholder: str) -> None:
    monkeypatch.chdir(tmp_path)
    diff, said = diff_of(tmp_path, collection(request_))
    assert not diff.startswith("#") and "masks a secret" not in said, (diff, said)
    assert f'"{placeholder}"' in diff, diff  # the placeholder shown, as the context line it is
    applies(tmp_path, diff)


def test_the_variable_a_shown_placeholder_names_stays_masked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`Bearer {{t}}` is shown; `t`'s value, which says nothing of a secret by its name, is the token sent: masked as
    before (the diff leaves its context line out), and the patch still applies."""
    monkeypatch.chdir(tmp_path)
    header = {"header": [{"key": "Authorization", "value": "Bearer {{t}}"}]}
    diff, _ = diff_of(tmp_path, collection(header, [{"key": "t", "value": "opensesame"}]))
    assert '"Bearer {{t}}"' in diff and "opensesame" not in diff, diff
    applies(tmp_path, diff)


@pytest.mark.parametrize("value", [f"Bearer {TOKEN}", "Bearer {{t}}" + TOKEN[:20]])
def test_a_written_token_is_still_masked(tmp_path: Path, value: str) -> None:
    path = tmp_path / "launch.postman_collection.json"
    path.write_text(collection({"header": [{"key": "Authorization", "value": value}]}))
    result = flowlint("check", "--no-cache", "--diff", str(path))
    assert "flowId" in result.stdout and "masks a secret" in result.stderr, result.stdout  # reached: shown, withheld
    assert TOKEN[:20] not in result.stdout
