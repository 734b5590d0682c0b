"""Where flowlint masks a written token it also says the token is written there (FL305), and it masks no placeholder.

Before: a token bound to a name that a Headers object or a session then sends (`const auth = "Bearer …"`, then
`headers.set("Authorization", auth)`; `s.headers["Authorization"] = auth`) and a Basic credential kept apart from its
scheme (`const CREDS = "<base64 of id:secret>"`, sent as `"Basic " + CREDS` to a Genesys sign-in) were masked in every
excerpt, but no finding said a secret was written there; `Bearer YOUR_ACCESS_TOKEN` (a placeholder, no secret) was
masked as if it were one; and `Fix.to_dict()` of a fix whose edit writes a secret carried its masked text (`****`) as
the edit's content, and `--format json` published it as `null` without saying why."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest

import validator
from validator.core.credentials import credential_literals

from conftest import flowlint

TOKEN = "Zq8vK3mPx7Lw2Nr9Tb4Yc6Hd1Jf5Gs0A"
PAIR = "my-client-id:Xk29vLq8Zr7Pw3Mn"
CREDS = base64.b64encode(PAIR.encode()).decode()
FLOW = "0b9a4c1e-2f3d-4e5a-8b6c-7d8e9f0a1b2c"
API = "https://api.mypurecloud.com/api/v2/flows/executions"
LOGIN = "https://login.mypurecloud.com/oauth/token"
JS_LAUNCH = f'await fetch("{API}", {{ method: "POST", headers, body: JSON.stringify({{ flowId: "{FLOW}", type: "flow" }}) }});\n'
PY_LAUNCH = f's.post("{API}", json={{"flowId": "{FLOW}", "type": "flow"}})\n'

FORMS = [
    # (file, text, the line FL305 is said on, what must never be printed)
    ("headers.js", f'const auth = "Bearer {TOKEN}";\nconst headers = new Headers();\nheaders.set("Authorization", auth);\n'
     + JS_LAUNCH, 1, TOKEN),
    ("append.ts", f"const AUTH = 'Bearer {TOKEN}';\nconst headers = new Headers();\nheaders.append('Authorization', AUTH);\n"
     + JS_LAUNCH, 1, TOKEN),
    ("session.py", f'import requests\nauth = "Bearer {TOKEN}"\ns = requests.Session()\ns.headers["Authorization"] = auth\n'
     + PY_LAUNCH, 2, TOKEN),
    ("update.py", f'import requests\nAUTH = "Bearer {TOKEN}"\ns = requests.Session()\ns.headers.update({{"Authorization": AUTH}})\n'
     + PY_LAUNCH, 2, TOKEN),
    ("basic.js", f'const CREDS = "{CREDS}";\nconst r = await fetch("{LOGIN}", {{ method: "POST", headers: {{ Authorization: '
     '"Basic " + CREDS }, body: "grant_type=client_credentials" });\nconst { access_token } = await r.json();\n'
     f'await fetch("{API}", {{ method: "POST", headers: {{ Authorization: `Bearer ${{access_token}}`, "Content-Type": '
     f'"application/json" }}, body: JSON.stringify({{ flowId: "{FLOW}", type: "flow" }}) }});\n', 1, CREDS),
    ("basic.py", f'import requests\nCREDS = "{CREDS}"\nr = requests.post("{LOGIN}", data={{"grant_type": '
     '"client_credentials"}, headers={"Authorization": f"Basic {CREDS}"})\n'
     f'requests.post("{API}", json={{"flowId": "{FLOW}", "type": "flow"}}, headers={{"Authorization": "Bearer " + '
     'r.json()["access_token"]})\n', 2, CREDS),
]


def _found(path: Path) -> list[dict[str, object]]:
    return [d for d in json.loads(flowlint("check", "--no-cache", "--format", "json", str(path)).stdout)["diagnostics"]
            if d["code"] != "FL200"]


@pytest.mark.parametrize(("name", "text", "line", "secret"), FORMS, ids=[form[0] for form in FORMS])
def test_a_masked_token_is_said(tmp_path: Path, name: str, text: str, line: int, secret: str) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    found = _found(path)
    assert "FL101" in {d["code"] for d in found}, found  # reached: the launch was read
    assert any(text.find(secret) in range(*span) for span in credential_literals(text))  # the excerpt masks it...
    assert [d["line"] for d in found if d["code"] == "FL305"] == [line], found  # ...and a finding says it, where written
    for output in ("text", "json", "sarif"):
        assert secret not in flowlint("check", "--no-cache", "--no-color", "--format", output, str(path)).stdout


@pytest.mark.parametrize("text", [
    # bound twice: which one is sent is not known; a reference; a placeholder
    f'let auth = "Bearer {TOKEN}";\nauth = process.env.GC_TOKEN;\nconst headers = new Headers();\n'
    'headers.set("Authorization", auth);\n' + JS_LAUNCH,
    'const auth = "Bearer " + process.env.GC_TOKEN;\nconst headers = new Headers();\nheaders.set("Authorization", auth);\n'
    + JS_LAUNCH,
    'const auth = "Bearer YOUR_ACCESS_TOKEN";\nconst headers = new Headers();\nheaders.set("Authorization", auth);\n'
    + JS_LAUNCH,
])
def test_a_name_not_bound_once_to_a_real_token_is_not_said(tmp_path: Path, text: str) -> None:
    path = tmp_path / "launch.js"
    path.write_text(text, encoding="utf-8")
    found = _found(path)
    assert "FL101" in {d["code"] for d in found}, found  # reached
    assert "FL305" not in {d["code"] for d in found}, found


def test_a_placeholder_token_is_neither_masked_nor_said(tmp_path: Path) -> None:
    path = tmp_path / "launch.js"
    path.write_text(f'await fetch("{API}", {{ method: "POST", headers: {{ Authorization: "Bearer YOUR_ACCESS_TOKEN", '
                    f'"Content-Type": "application/json" }}, body: JSON.stringify({{ flowId: "{FLOW}", type: "flow" }}) }});\n',
                    encoding="utf-8")
    shown = flowlint("check", "--no-cache", "--no-color", str(path)).output
    assert "FL101" in shown and "FL305" not in shown, shown  # reached: the line is shown in FL101's excerpt
    assert 'Bearer YOUR_ACCESS_TOKEN"' in shown and "*****" not in shown, shown
    # a real token on the same line is masked, as before
    path.write_text(path.read_text().replace("YOUR_ACCESS_TOKEN", TOKEN), encoding="utf-8")
    shown = flowlint("check", "--no-cache", "--no-color", str(path)).output
    assert "FL305" in shown and TOKEN not in shown and "*" * len(TOKEN) in shown, shown


def test_a_fix_that_writes_a_secret_is_published_as_null_with_why(tmp_path: Path) -> None:
    secret = "hunter2-QQQQ-longer-secret-value-0123456789"
    text = f'{{"flowId": "{FLOW}", "inputData": {{"Flow.customerName": "x"}}, "Flow.details": {{"password": "{secret}"}}}}\n'
    [move] = [d for d in validator.check(text).diagnostics if d.code == "FL102"]
    assert move.fix is not None and move.fix.edits and move.fix.withheld  # reached: rendered, its text masked
    assert move.fix.to_dict() is None  # never the masked text as an edit's content
    assert move.to_dict()["fix"] is None and "its edits are not published" in str(move.to_dict()["help"])
    path = tmp_path / "l.json"
    path.write_text(text, encoding="utf-8")
    [shown] = [d for d in _found(path) if d["code"] == "FL102"]
    assert shown["fix"] is None and "its edits are not published" in str(shown["help"]), shown
    flowlint("check", "--fix", "--unsafe-fixes", str(path))
    assert json.loads(path.read_text())["inputData"]["Flow.details"] == {"password": secret}  # --fix still applies it
