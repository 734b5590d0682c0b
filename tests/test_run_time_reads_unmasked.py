"""What code reads at run time into a secret's variable (a call's result, an `await`, an index, an imported setting,
`process.env`) is no secret written in the file: it is shown, so a --diff whose context holds it still applies. A
literal written so (`PASSWORD=abc(1)` in a shell or .env file, a quoted one in code) is still masked."""

from __future__ import annotations

from pathlib import Path

import pytest

from validator.core.credentials import credential_literals

from conftest import flowlint

LAUNCH = {".py": 'requests.post(API, json={"flowID": "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90"}, headers=H)\n',
          ".ts": "await fetch(API, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: "
                 "`Bearer ${token}` }, body: JSON.stringify({ flowID: '8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90' }) });\n"}
READS = {
    ".py": ('import os\nimport requests\nfrom app.config import settings\n'
            'API = "https://api.mypurecloud.com/api/v2/flows/executions"\n'
            "def get_password() -> str: ...\n"
            "password = get_password()\n"
            'secret = vault.read("genesys")\n'
            'token = os.environ["GENESYS_TOKEN"]\n'
            "token = settings.genesys_token\n"
            "token: str = get_token()\n"
            'H = {"Authorization": f"Bearer {token}", "X-Password": password, "X-Secret": secret}\n'),
    ".ts": ("const API = 'https://api.mypurecloud.com/api/v2/flows/executions';\n"
            "const secret = await getSecret();\n"
            "const apiToken = await vault.read('x');\n"
            "let password = getPassword()!;\n"
            "const token = process.env.GENESYS_TOKEN;\n"
            "const res = await axios.post('https://login.mypurecloud.com/oauth/token', 'grant_type=client_credentials');\n"
            "const tok = `${res.data.access_token}`;\n"),
}


@pytest.mark.parametrize("suffix", READS)
def test_a_run_time_read_is_shown_and_the_diff_applies(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"launch{suffix}"
    path.write_text(text := READS[suffix] + LAUNCH[suffix])
    assert credential_literals(text) == []
    result = flowlint("check", "--no-cache", "--no-color", "--diff", str(path))
    assert "+++ " in result.stdout and "flowId" in result.stdout, result.output  # (reached: a diff shown)
    assert "*" not in result.stdout and "masks a secret" not in result.output, result.output
    assert _applied(text, result.stdout) == text.replace("flowID", "flowId")  # (the diff applies as a patch)


def _applied(text: str, diff: str) -> str:
    """`text` patched by a unified diff of one file, each hunk's context and removed lines checked against it."""
    lines = text.splitlines(keepends=True)
    out: list[str] = []
    at = 0
    for hunk in diff.split("\n@@ ")[1:]:
        header, _, body = hunk.partition("\n")
        start = int(header.split()[0].lstrip("-").split(",")[0]) - 1
        out += lines[at:start]
        at = start
        for line in body.splitlines():
            if line.startswith((" ", "-")):
                assert lines[at] == line[1:] + "\n", (lines[at], line)
                at += 1
            if line.startswith((" ", "+")):
                out.append(line[1:] + "\n")
    return "".join(out + lines[at:])


@pytest.mark.parametrize(("text", "secret"), [
    ("PASSWORD=abc(1)\n", "abc(1)"),  # a shell's or a .env file's word: unspaced, a literal
    ('password = "get_password()"\n', "get_password()"),  # quoted: a literal whatever it looks like
    ("client_secret = os.getenv('X', 'Xq8vK2mW7xR4pLs9Tn3B')\n", "Xq8vK2mW7xR4pLs9Tn3B"),  # a read's literal fallback
    ("TOKEN=Xq8vK2mW7xR4\ncurl -H \"Authorization: Bearer $TOKEN\" x\n", "Xq8vK2mW7xR4"),
])
def test_a_literal_is_still_masked(text: str, secret: str) -> None:
    assert [text[start:end] for start, end in credential_literals(text)][:1] == [secret]
