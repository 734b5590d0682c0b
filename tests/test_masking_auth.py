"""The usual spellings of a basic credential and of token headers are masked in every excerpt (review 3, finding 9):
requests' auth tuple, HTTPBasicAuth, `"Bearer " + "…"`, a header named *-token or *-auth, `Buffer.from('u:…')`."""

from __future__ import annotations

from pathlib import Path

import pytest

from validator.core.credentials import credential_literals

from conftest import flowlint

URL = "https://api.mypurecloud.com/api/v2/flows/executions"
LAUNCH = f'requests.post("{URL}", json={{"flowID": "x", "inputData": {{}}}}, '
FILES = {
    "a.py": "import requests\nfrom requests.auth import HTTPBasicAuth\n"
            f'{LAUNCH}auth=("client", "tupleS3cretA1"))\n'
            f'{LAUNCH}auth=HTTPBasicAuth("client", "basicS3cretB2"))\n'
            f'{LAUNCH}headers={{"Authorization": "Bearer " + "concatS3cretC3"}})\n'
            f'{LAUNCH}headers={{"PRIVATE-TOKEN": "privS3cretD4"}})\n'
            f'{LAUNCH}headers={{"X-Genesys-Token": "hdrS3cretE5"}})\n',
    "b.sh": f"""curl -X POST "{URL}" -H "X-Access-Token: xatS3cretG7" -d '{{"flowID": "x", "inputData": {{}}}}'\n"""
            f"""curl -X POST "{URL}" -H 'Authorization: Bearer' -H 'X-Token: xtS3cretI9' -d '{{"flowID": "x"}}'\n""",
    "c.js": f"axios.post('{URL}', {{ flowID: 'x', inputData: {{}} }}, {{ headers: {{ Authorization: 'Basic ' + "
            "Buffer.from('u:b64S3cretK2').toString('base64') } });\n",
}


@pytest.mark.parametrize("output", [("--no-color",), ("--format", "json"), ("--format", "sarif"), ("--format", "github")])
def test_no_basic_credential_or_token_header_is_shown(tmp_path: Path, output: tuple[str, ...]) -> None:
    for name, text in FILES.items():
        (tmp_path / name).write_text(text)
    shown = flowlint("check", "--no-cache", *output, str(tmp_path)).stdout
    for name in FILES:
        assert name in shown, shown  # reached: each file's launches shown with their lines
    assert "S3cret" not in shown, shown
    if output == ("--no-color",):
        assert shown.count("*" * 10) >= 8, shown  # the excerpts were shown, masked


@pytest.mark.parametrize(("text", "secret"), [
    ('auth=("client", "pw1234")', "pw1234"), ("auth = ['client', 'pw1234']", "pw1234"),
    ('httpx.BasicAuth(username="client", password="pw1234")', "pw1234"), ('HTTPDigestAuth("c", "pw1234")', "pw1234"),
    # module-qualified, positional (final review 26 B #6: shown in a text report's excerpt)
    ('httpx.BasicAuth("svc", "pw1234")', "pw1234"), ('aiohttp.BasicAuth("svc", "pw1234")', "pw1234"),
    ('requests.auth.HTTPDigestAuth("c", "pw1234")', "pw1234"),
    ('h = "Bearer " + "tok1234"', "tok1234"), ("h = `Basic ` + 'tok1234'", "tok1234"),
    ("btoa('user:pw1234')", "pw1234"), ('base64.b64encode(b"user:pw1234")', "pw1234"),
    ('{"X-Auth": "tok1234"}', "tok1234"), ("-H 'Private-Token: tok1234'", "tok1234"),
])
def test_each_spelling_is_found(text: str, secret: str) -> None:
    assert [text[start:end] for start, end in credential_literals(text)] == [secret]


@pytest.mark.parametrize("text", ['auth=("client", "${PW}")', '"Bearer " + token', 'btoa(user + ":" + pw)',
                                  '{"tokenCount": "t"}', "tokens = ['a', 'b']", 'auth=(user, "x")'])
def test_no_hole_or_plain_name_is_taken(text: str) -> None:
    assert credential_literals(text) == []
