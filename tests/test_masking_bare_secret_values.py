"""A secret left unquoted after a quoted key inside a line (`{"Flow.apiSecret": Zq8v…}`: broken JSON) is masked in
the excerpt as the quoted one is; a JSON literal, or a variable's name the code writes again, stays shown."""

from __future__ import annotations

from pathlib import Path

import pytest

from validator.core.credentials import credential_literals

from conftest import flowlint

SECRET = "Zq8vK2mN5pR7tX1wY4bC6dF9gH3jL0sA2eI5oU8yT1r"
BODY = '{"flowId": "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90", "inputData": {"Flow.apiSecret": %s}}\n'
HTTP = ("POST https://api.mypurecloud.com/api/v2/flows/executions\nContent-Type: application/json\n"
        "Authorization: Bearer {{token}}\n\n")


@pytest.mark.parametrize(("name", "text"), [("launch.http", HTTP + BODY % SECRET), ("body.json", BODY % SECRET)])
def test_an_unquoted_secret_in_a_broken_body_is_masked_on_the_error_s_line(tmp_path: Path, name: str, text: str) -> None:
    (tmp_path / name).write_text(text)
    shown = flowlint("check", "--no-cache", "--no-color", str(tmp_path / name)).stdout
    assert "FL001" in shown and f'"Flow.apiSecret": {"*" * len(SECRET)}}}' in shown, shown  # the line, masked
    assert SECRET[:8] not in shown, shown


@pytest.mark.parametrize("value", [f"{SECRET}, ", f"{SECRET}}}", f"{SECRET} "])
def test_the_bare_word_is_the_secret(value: str) -> None:
    text = '{"a": 1, "password": ' + value
    assert [text[start:end] for start, end in credential_literals(text)] == [SECRET]


@pytest.mark.parametrize("text", [
    '{"a": 1, "password": null}',  # a JSON literal
    'function f(clientSecret) { return {"a": 1, "client_secret": clientSecret} }',  # a parameter, written twice
    'x = {"a": 1, "client_secret": os.environ["SECRET"]}',  # code reading it
    'x = {"a": 1, "client_secret": getenv("SECRET")}',
])
def test_a_literal_or_code_is_no_bare_secret(text: str) -> None:
    assert credential_literals(text) == []
