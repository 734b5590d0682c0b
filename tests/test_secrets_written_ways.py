"""Eleven ways people write a launch's token in Node, Python, a shell, CI, a request file and Postman, each through a
constant, a here-document, a hash or an encoding: no output (text, json, sarif, --diff, the editor server) shows the
literal, and each file's launch was read (its fix's finding is reported, or its diff written). Two of them were shown:
a token decoded into a variable sent after `Bearer` (`tok = b64decode("…").decode()` then `f"Bearer {tok}"`), and a
shell variable given a here-document (`TOKEN=$(cat <<EOF` …), both in `--diff`'s context lines."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import flowlint

URL = "https://api.mypurecloud.com/api/v2/flows/executions"
UUID = "6f3c1d2e-8a4b-4c5d-9e6f-7a8b9c0d1e2f"
TOKEN = "Zq8vR4nT7pLm2XwQ9sKd3Jf6"
ENCODED = "WnE4dlI0blQ3cExtMlh3UTlzS2QzSmY2"  # (base64 of TOKEN)
PREIMAGE = "hunter2-gc-launch"
SECRETS = (TOKEN, ENCODED, PREIMAGE)
BODY = f'{{"flowId": "{UUID}", "inputData": {{"x": 1}}}}'  # (`x` lacks its `Flow.` prefix: FL203, fixed on its line)
JS_BODY = f"JSON.stringify({{flowId: '{UUID}', inputData: {{x: 1}}}})"
CURL = f"curl -X POST {URL} -H 'Content-Type: application/json' -d '{BODY}'"

FILES = {
    "const.js": (f"const TOKEN = Buffer.from('{ENCODED}', 'base64').toString('utf8');\n\n"
                 f"await fetch('{URL}', {{method: 'POST', headers: {{'Content-Type': 'application/json', "
                 f"Authorization: `Bearer ${{TOKEN}}`}}, body: {JS_BODY}}});\n"),
    "defaults.js": (f"const axios = require('axios');\naxios.defaults.headers.common['Authorization'] = `Bearer ${{atob('{ENCODED}')}}`;\n"
                    f"axios.post('{URL}', {{flowId: '{UUID}', inputData: {{x: 1}}}});\n"),
    "hashed.js": (f"const crypto = require('crypto');\nconst secret = crypto.createHash('sha256').update('{PREIMAGE}').digest('hex');\n"
                  f"await fetch('{URL}', {{method: 'POST', headers: {{'Content-Type': 'application/json', "
                  f"Authorization: 'Bearer ' + secret}}, body: {JS_BODY}}});\n"),
    "decoded.py": (f'import base64, requests\ntok = base64.b64decode("{ENCODED}").decode()\n'
                   f'requests.post("{URL}", json={BODY}, headers={{"Authorization": f"Bearer {{tok}}"}})\n'),
    "session.py": (f'import hashlib, requests\nsession = requests.Session()\n'
                   f'session.headers.update({{"Authorization": "Bearer " + hashlib.sha256(b"{PREIMAGE}").hexdigest()}})\n'
                   f'session.post("{URL}", json={BODY})\n'),
    "default.py": (f'import base64, os, requests\ntoken = os.environ.get("GC_TOKEN", base64.b64decode("{ENCODED}").decode())\n'
                   f'requests.post("{URL}", json={BODY}, headers={{"Authorization": "Bearer %s" % token}})\n'),
    "decode.sh": f'#!/bin/sh\nTOKEN=$(echo {ENCODED} | base64 -d)\n{CURL} -H "Authorization: Bearer $TOKEN"\n',
    "heredoc.sh": f'#!/bin/sh\nTOKEN=$(cat <<EOT\n{TOKEN}\nEOT\n)\n{CURL} -H "Authorization: Bearer $TOKEN"\n',
    ".github/workflows/launch.yml": ("on: push\njobs:\n  launch:\n    runs-on: ubuntu-latest\n    env:\n"
                                     f"      GC_TOKEN: {TOKEN}\n    steps:\n      - run: |\n"
                                     f'          {CURL} -H "Authorization: Bearer $(echo {TOKEN})"\n'),
    "launch.http": (f"@token = {TOKEN}\nPOST {URL}\nAuthorization: Bearer {{{{token}}}}\nContent-Type: application/json\n\n"
                    f"{BODY}\n"),
    "gc.postman_collection.json": json.dumps({
        "info": {"name": "gc", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
        "item": [{"name": "launch", "event": [{"listen": "prerequest", "script": {"exec": [
            f"pm.request.headers.add({{key: 'Authorization', value: 'Bearer ' + atob('{ENCODED}')}});"]}}],
            "request": {"method": "POST", "header": [{"key": "Content-Type", "value": "application/json"}],
                        "url": {"raw": URL}, "body": {"mode": "raw", "raw": BODY}}}],
        "variable": [{"key": "token", "value": TOKEN}]}, indent=1) + "\n",
}


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("written")
    for name, text in FILES.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    return root


@pytest.mark.parametrize("output", [("--no-color",), ("--format", "json"), ("--format", "sarif"),
                                    ("--diff", "--unsafe-fixes", "--no-color")], ids=["text", "json", "sarif", "diff"])
def test_no_output_shows_a_token_however_it_is_written(tree: Path, output: tuple[str, ...]) -> None:
    result = flowlint("check", "--no-cache", *output, *(str(tree / name) for name in FILES))
    printed = result.stdout + result.stderr
    for name in FILES:
        # reached: each file's launch was read and reported (by its name: SARIF writes a path relative to the working
        # directory, `../pytest-of-…` from a checkout under /tmp)
        assert name in printed, (name, printed)
    assert ("FL203" in printed) if "--diff" not in output else ('"Flow.x"' in printed), printed
    for secret in SECRETS:
        assert secret not in printed, (output, secret, printed)


def test_the_editor_server_shows_no_token_however_it_is_written(tree: Path) -> None:
    pytest.importorskip("pygls")
    from validator.lsp.server import check

    for name, text in FILES.items():
        found = check(str(tree / name), text)
        assert found, name  # reached
        shown = repr([(d.message, d.help, d.pointer, d.fix and d.fix.message, d.fix and [e.shown_content for e in d.fix.edits or ()])
                      for d in found])
        for secret in SECRETS:
            assert secret not in shown, (name, secret, shown)
