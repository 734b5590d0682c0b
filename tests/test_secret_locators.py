"""A secret's name or location written in the file (`CLIENT_SECRET_ARN = "arn:aws:secretsmanager:…"`,
`client_secret_name = "prod/genesys/oauth-client"`, `clientSecretParam = '/prod/genesys/client-secret'`) is no secret
written there: the file already reads the secret from a store, as FL305's help asks, so it is not said; the secret
itself beside them still is."""

from __future__ import annotations

from pathlib import Path

import pytest

from validator.sources.model import is_secret_name, literal_secret

from conftest import check_file

SECRET = "Xq8vK2mW7xR4pLs9Tn3Bv6Yc1Hd5Jf0Gk"
PYTHON = f'''import os

import requests

CLIENT_SECRET_ARN = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:genesys/client-secret-AbCdEf"
client_secret_name = "prod/genesys/oauth-client"
CLIENT_SECRET_PATH = "/prod/genesys/client-secret"
client_secret_id = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:genesys/client-secret-AbCdEf"
CLIENT_SECRET = "{SECRET}"


def token() -> str:
    r = requests.post("https://login.mypurecloud.com/oauth/token", data={{"grant_type": "client_credentials"}},
                      auth=(os.environ["GENESYS_CLIENT_ID"], CLIENT_SECRET))
    return r.json()["access_token"]
'''
TYPESCRIPT = f'''import axios from 'axios';

const clientSecretParam = '/prod/genesys/client-secret';
const clientSecretArn = 'arn:aws:ssm:eu-west-1:123456789012:parameter/prod/genesys/client-secret';
const clientSecretFile = '/run/secrets/genesys-client-secret';
const clientSecret = '{SECRET}';

export async function token(): Promise<string> {{
  const auth = {{ username: process.env.GENESYS_CLIENT_ID!, password: clientSecret }};
  const r = await axios.post('https://login.mypurecloud.com/oauth/token', 'grant_type=client_credentials', {{ auth }});
  return r.data.access_token;
}}
'''


@pytest.mark.parametrize(("name", "text"), [("auth.py", PYTHON), ("auth.ts", TYPESCRIPT)])
def test_only_the_secret_is_said_not_where_it_is_kept(tmp_path: Path, name: str, text: str) -> None:
    said = [d for d in check_file(tmp_path, name, text) if d["code"] == "FL305"]
    secret_line = next(number for number, line in enumerate(text.splitlines(), 1) if SECRET in line)
    assert [d["line"] for d in said] == [secret_line]  # the file was read for secrets: the secret itself is said


@pytest.mark.parametrize("name", ["CLIENT_SECRET_ARN", "clientSecretArn", "client_secret_name", "clientSecretName",
                                  "clientSecretParam", "CLIENT_SECRET_PARAMETER", "CLIENT_SECRET_PATH",
                                  "clientSecretFile", "CLIENT_SECRET_FILE_NAME", "clientSecretUrl", "CLIENT_SECRET_URI"])
def test_a_locator_s_name_holds_no_secret(name: str) -> None:
    assert not is_secret_name(name)


@pytest.mark.parametrize("name", ["clientSecret", "CLIENT_SECRET", "GENESYSCLOUD_OAUTHCLIENT_SECRET", "client_secret_id",
                                  "CLIENT_SECRET_KEY", "clientSecretValue", "CLIENT_SECRET_ENV", "prodClientSecret"])
def test_a_secret_s_name_still_holds_one(name: str) -> None:
    assert is_secret_name(name)


def test_an_arn_is_no_secret() -> None:
    assert not literal_secret("arn:aws:secretsmanager:eu-west-1:123456789012:secret:genesys/client-secret-AbCdEf")
    assert not literal_secret("arn:aws-us-gov:ssm:us-gov-west-1:123456789012:parameter/genesys")
    assert literal_secret(SECRET)
