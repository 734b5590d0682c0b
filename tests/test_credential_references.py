"""A secret-named member or variable given another variable (`client_secret: CLIENT_SECRET` on a line of its own,
`token = auth.access_token`) is code reading that variable, not a secret written out: the variable's name is shown
in FL305's message and in every excerpt; the literal it holds stays masked, and a YAML or .env value stays a secret."""

from __future__ import annotations

from pathlib import Path

import pytest

from validator.core.credentials import credential_literals

from conftest import flowlint

SECRET = "tJL4zU-PQpV6BHI-owOChKzE5v8M9U0WkDRfbWcU0wY"
JS = f"""const request = require('request-promise-native');
const CLIENT_SECRET = '{SECRET}';
const FLOW_ID = '770ea816-7ce7-4e44-ac49-b935fba7f268';

async function run() {{
  const auth = await request.post({{
    url: 'https://login.mypurecloud.com/oauth/token',
    form: {{
      grant_type: 'client_credentials',
      client_secret: CLIENT_SECRET
    }},
    json: true
  }});
  const token = auth.access_token;
  await request.post({{
    url: 'https://api.mypurecloud.com/api/v2/flows/executions',
    headers: {{ Authorization: `Bearer ${{token}}`, 'Content-Type': 'application/json' }},
    body: JSON.stringify({{ flowId: FLOW_ID }})
  }});
}}
"""


def written(text: str) -> list[str]:
    return [text[start:end] for start, end in credential_literals(text)]


def test_a_secret_named_member_given_a_variable_shows_the_variables_name(tmp_path: Path) -> None:
    path = tmp_path / "activity.js"
    path.write_text(JS)
    result = flowlint("check", "--no-cache", "--no-color", str(path))
    assert "FL305" in result.stdout and SECRET not in result.stdout  # reached: the secret found, and masked
    assert "a client secret is written in the file (CLIENT_SECRET)" in result.stdout, result.stdout
    assert "const CLIENT_SECRET = ****" in result.stdout, result.stdout


def test_a_variable_given_another_variables_member_is_no_literal() -> None:
    found = written(JS)
    assert SECRET in found  # reached: the literal is found
    assert "CLIENT_SECRET" not in found and "auth.access_token" not in found, found


@pytest.mark.parametrize(("text", "secret"), [
    ("password: hunter2-secret\n", "hunter2-secret"),  # YAML: a literal, whatever its shape
    ("CLIENT_SECRET=abcdef123456\n", "abcdef123456"),  # .env
    ("TOKEN=abcdef123456\ncurl -H \"Authorization: Bearer $TOKEN\" x\n", "abcdef123456"),  # a shell variable sent
    ("client_secret: hunter2\nhunter2: x\n", "hunter2"),  # a YAML key of the same text binds no variable
])
def test_an_unquoted_literal_stays_a_secret(text: str, secret: str) -> None:
    assert secret in written(text)
