"""What a URL signs in with is never shown in a code or request file either, as in a recording's (HAR, Postman:
tests/test_masking_recorded_sign_in.py): OAuth's authorization `code=`, PKCE's `code_verifier=`, an assertion, and
`access_token=`, `client_secret=` in a URL's query or fragment (`#access_token=…`, a name percent-encoded). Each in
every output format (excerpts, messages, JSON and SARIF snippets, the diff's context lines) and in the result cache;
a template's hole (`?code={{code}}`) says nothing and stays shown."""

from __future__ import annotations

from pathlib import Path

import pytest

from validator.core.credentials import credential_literals, without_credentials

from conftest import UUID, flowlint

CODE = "Qz8Wx3Ec5Rv7Tb9Yn2Um4"
VERIFIER = "Vf3Gh5Jk7Lm9Np2Qr4St6"
FRAGMENT = "Ab3Cd5Ef7Gh9Ij2Kl4Mn6"
ASSERTION = "eyAs1Bc2De3Fg4Hi5Jk6"
ENCODED = "Zy9Xw8Vu7Ts6Rq5Po4Nm3"
HTTP_CODE = "Hc4Jd6Ke8Lf0Mg2Nh4Pi6"
SECRETS = (CODE, VERIFIER, FRAGMENT, ASSERTION, ENCODED, HTTP_CODE)
LOGIN = "https://login.mypurecloud.com/oauth/token"
API = "https://api.mypurecloud.com/api/v2/flows/executions"
BODY = f'{{"flowId": "{UUID}", "type": "flow"}}'

FILES = {
    # Each sign-in URL on the launch's line, or beside it (a diff's context shows it).
    "signin.py": (
        "import requests\n\n"
        f'TOKEN_URL = "{LOGIN}?grant_type=authorization_code&code={CODE}&code_verifier={VERIFIER}"\n'
        f'CALLBACK = "https://app.example.com/cb#access_token={FRAGMENT}&token_type=bearer"\n'
        f'requests.post("{API}", json={BODY}, headers={{"Referer": "{LOGIN}?client_assertion={ASSERTION}"}})\n'),
    "signin.js": (
        f'const tokenUrl = "{LOGIN}?grant_type=client_credentials&client%5Fsecret={ENCODED}";\n'
        f'await fetch("{API}", {{method: "POST", headers: {{"Content-Type": "application/json"}}, '
        f'body: JSON.stringify({BODY})}}); // after {LOGIN}?code={CODE}\n'),
    "signin.http": (
        f"POST https://login.mypurecloud.com/api/v2/flows/executions?code={HTTP_CODE}&state=s1\n"
        "Content-Type: application/json\n\n"
        f"{BODY}\n"),
    "signin.rest": (
        "### a launch\n"
        f"POST {API}#access_token={FRAGMENT}\n"
        "Content-Type: application/json\n\n"
        f"{BODY}\n"),
}
#: A finding each file's launch must still get: its excerpt is the line (or beside the line) holding the values.
REACHED = {"signin.py": "FL101", "signin.js": "FL101", "signin.http": "FL302", "signin.rest": "FL101"}
FORMATS = {"text": ("--no-color",), "json": ("--format", "json"), "sarif": ("--format", "sarif"),
           "github": ("--format", "github"), "gitlab": ("--format", "gitlab"), "junit": ("--format", "junit"),
           "diff": ("--diff", "--unsafe-fixes", "--no-color"), "fix": ("--fix", "--unsafe-fixes", "--no-color")}


@pytest.fixture
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name, text in FILES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize("output", FORMATS)
def test_no_output_shows_what_a_url_signs_in_with(tree: Path, output: str) -> None:
    result = flowlint("check", "--no-cache", *FORMATS[output], *FILES)
    shown = result.stdout + result.stderr
    if output != "fix":
        for name, code in REACHED.items():
            assert name in shown and (code in shown or output == "diff"), (output, name, code, shown)  # reached
    if output == "text":  # the URLs are shown, their values are not (a diff's context leaves out a masked line)
        assert "/flows/executions?code=" in shown, shown
    if output == "diff":
        assert "#access_token=" in shown and "code_verifier=" in shown, shown
    for secret in SECRETS:
        assert secret not in shown, (output, secret, shown)


def test_the_cache_holds_no_sign_in_value(tree: Path, cache_on: Path) -> None:
    (tree / ".flowlint.toml").write_text('cache-dir = ".secrets-cache"\n')
    cold = flowlint("check", "--format", "json", *FILES).stdout
    warm = flowlint("check", "--format", "json", *FILES).stdout
    assert warm == cold and "FL101" in warm, warm  # reached: the findings, the second time from the cache
    stored = [path for path in (tree / ".secrets-cache").rglob("*") if path.is_file()]
    assert any(path.suffix == ".cache" for path in stored), stored
    for path in [*stored, *(p for p in cache_on.rglob("*") if p.is_file())]:
        data = path.read_bytes()
        for secret in SECRETS:
            assert secret.encode() not in data, (path, secret)


def test_a_message_quoting_a_sign_in_url_masks_its_values() -> None:
    message = f"see {LOGIN}?code={CODE}&state=s1&scope=openid#access_token={FRAGMENT}"
    assert without_credentials(message) == \
        f"see {LOGIN}?code={'*' * len(CODE)}&state=**&scope=openid#access_token={'*' * len(FRAGMENT)}"


def test_a_hole_and_other_members_stay_shown() -> None:
    text = (f'a = "{LOGIN}?code={{{{code}}}}&scope=openid"\nb = "{LOGIN}?code=${{CODE}}"\n'
            'c = "https://example.com/?country_code=US&zip=12345#top"\n')
    assert credential_literals(text) == []


def test_a_query_given_as_an_object_hides_what_the_url_would() -> None:
    """`params={"code": "…"}` is the URL's `?code=…` written another way: hidden as it is in the URL."""
    text = (f'requests.post("{LOGIN}", params={{"grant_type": "authorization_code", "code": "{CODE}", '
            f'"code_verifier": "{VERIFIER}", "state": "s1"}})\n')
    assert sorted(text[start:end] for start, end in credential_literals(text)) == sorted([CODE, VERIFIER, "s1"])
