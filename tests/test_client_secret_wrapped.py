"""FL305 says a client secret written in code even when a wrapper is given it (`client_secret = Secret("…")`,
`SecretStr("…")`, `str(r"…")`, `String('…')`, `Buffer.from('…')`): the literal is the secret, whatever call carries it,
and the excerpts already masked it (credentials.expression_literals). Before, p8.py of revC/6 was masked but not said.
A call that is no wrapper (`vault.read("…")`: a name looked up), a wrapped reference (`Secret(os.environ["X"])`) and a
wrapped placeholder get none."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import diagnostics

SECRET = "Zq8vR4nT7pLm2XwQ9sKd"
UUID = "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90"
API = "https://api.mypurecloud.com/api/v2/flows/executions"


def _python(value: str) -> str:
    return (f'import os, requests\nAPI = "{API}"\nclient_secret = {value}\n'
            f'requests.post(API, json={{"flowId": "{UUID}", "inputData": {{"x": 1}}}}, headers={{"Authorization": "Bearer " + v}})\n')


def _javascript(value: str) -> str:
    return (f"const API = '{API}';\nconst clientSecret = {value};\n"
            f"await fetch(API, {{ method: 'POST', headers: {{ 'Content-Type': 'application/json', Authorization: `Bearer ${{t}}` }},"
            f" body: JSON.stringify({{ flowId: '{UUID}', inputData: {{ x: 1 }} }}) }});\n")


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # (no contract store of the project's: FL203 is the launch's finding)


def _said(tmp_path: Path, name: str, text: str) -> list[dict[str, object]]:
    path = tmp_path / name
    path.write_text(text)
    found = diagnostics("--no-cache", str(path))
    assert any(d["code"] == "FL203" for d in found), found  # reached: the launch was read
    assert SECRET not in repr(found)
    return [d for d in found if d["code"] == "FL305"]


@pytest.mark.parametrize("value", [f'Secret("{SECRET}")', f'SecretStr("{SECRET}")', f'str(r"{SECRET}")',
                                   f'pydantic.SecretStr("{SECRET}")', f'str(Secret("{SECRET}"))',
                                   f'base64.b64decode("{SECRET}")', f'"{SECRET}"'])
def test_a_wrapped_client_secret_is_said_in_python(tmp_path: Path, value: str) -> None:
    said = _said(tmp_path, "p.py", _python(value))
    assert [(d["line"], d["message"]) for d in said] == [(3, "a client secret is written in the file (client_secret)")]


@pytest.mark.parametrize("value", [f"String('{SECRET}')", f"Buffer.from('{SECRET}')", f"'{SECRET}'"])
def test_a_wrapped_client_secret_is_said_in_javascript(tmp_path: Path, value: str) -> None:
    said = _said(tmp_path, "l.js", _javascript(value))
    assert [(d["line"], d["message"]) for d in said] == [(2, "a client secret is written in the file (clientSecret)")]


@pytest.mark.parametrize("value", [f'vault.read("{SECRET}")', 'Secret(os.environ["GC_SECRET"])',
                                   'Secret("your-client-secret")', 'Secret()', f'Secret(key="{SECRET}")'])
def test_a_call_that_wraps_no_literal_secret_is_not_said(tmp_path: Path, value: str) -> None:
    assert _said(tmp_path, "p.py", _python(value)) == []


@pytest.mark.parametrize("value", [f"vault.read('{SECRET}')", "String(process.env.GC_SECRET)"])
def test_a_javascript_call_that_wraps_no_literal_secret_is_not_said(tmp_path: Path, value: str) -> None:
    assert _said(tmp_path, "l.js", _javascript(value)) == []
