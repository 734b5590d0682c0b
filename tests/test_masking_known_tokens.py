"""A token known by its shape (GitHub, Slack, Stripe, AWS, GitLab, Google, a private key) is masked wherever a file
writes it, under any name or none; a secret the file writes where it is found (a bearer token) is masked wherever else
the file writes its text too (bound to a variable, then sent in a header and in the body); and a literal bearer token in
an axios call's headers is FL305's, as in fetch's. Every output: the text report, --diff, --fix, json, sarif, github,
gitlab, junit, --statistics and the result cache."""

from __future__ import annotations

from pathlib import Path

import pytest

from validator.core.credentials import credential_literals, without_credentials, written_secrets
from validator.core.token_shapes import known_token_spans
from validator.sources.urls import shown_host

from conftest import flowlint

ROOT = Path(__file__).resolve().parents[1]
STORE = str(ROOT / ".flowlint" / "flows")
FLOW = "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90"  # Flow.orderCount Integer, Flow.priority low|high, Flow.amount a number
URL = "https://api.mypurecloud.com/api/v2/flows/executions"

# Made up here, in pieces, so no scanner takes this file for one that holds a token.
GITHUB = "ghp" + "_" + "R8x2Kq7Lm4Np9Tz3Wv6Yb1Cd5Fg0Hj2Sa4Ue"
STRIPE = "sk" + "_live_" + "4eC39HqLyjWDarjtT1zdp7dc"
AWS = "AKIA" + "Q3EGRX7JP5ZC2WNM"
SLACK = "xoxb" + "-153445930147-Tjy11gGxUW6Cf99YOYwtzG0K"
GITLAB = "glpat" + "-kSaPeOD_-T0JxMi3p28B"
GOOGLE = "AIza" + "SyD4e8Kq2Lm7Np1Tz9Wv3Yb6Cd0Fg5Hj8Sa"
FINE_GRAINED = "github_pat_" + "11ABCDEFG0123456789abc" + "_" + "0123456789abcdefghij" * 2 + "0123456789abcdefghi"
CUSTOM = "s3cr3tT0kenValue99"  # no known shape: masked where it is found (after Bearer), and wherever else it is written
JWT = "eyJhbGciOiJIUzI1NiJ9" + ".eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"

FILES = {
    # Bound to a variable, sent in the Authorization header (FL305) and as inputs FL204/FL205 quote.
    "shapes.js": (f'const token = "{GITHUB}";\n'
                  f'const keys = {{stripe: "{STRIPE}", aws: "{AWS}", slack: "{SLACK}"}};\n'
                  f'fetch("{URL}", {{method: "POST", headers: {{"Content-Type": "application/json", '
                  f'Authorization: "Bearer {GITHUB}"}}, body: JSON.stringify({{flowId: "{FLOW}", inputData: {{'
                  f'"Flow.orderCount": "{GITHUB}", "Flow.priority": "{STRIPE}", "Flow.amount": "{AWS}", '
                  f'"Flow.isVip": "{SLACK}", "Flow.details": {{"a": "{GITLAB}", "b": ["{GOOGLE}", "{FINE_GRAINED}"]}}, '
                  f'"Flow.customerName": 5}}}})}});\n'),
    # A token of no known shape: masked after `Bearer`, so everywhere the file writes it.
    "custom.js": (f'const tok = "{CUSTOM}";\n'
                  f'fetch("{URL}", {{method: "POST", headers: {{"Content-Type": "application/json", '
                  f'Authorization: "Bearer {CUSTOM}"}}, body: JSON.stringify({{flowId: "{FLOW}", inputData: {{'
                  f'"Flow.customerName": "{CUSTOM}", "Flow.orderCount": "12"}}}})}});\n'),
    # axios: the call's own config writes the header (its instance's defaults are not seen).
    "axios.js": ('const axios = require("axios");\n'
                 f'axios.post("{URL}", {{flowId: "{FLOW}", inputData: {{"Flow.orderCount": "7"}}}}, '
                 f'{{headers: {{Authorization: "Bearer {JWT}"}}}});\n'),
    # A URL's query given as an object: its secret-named values hidden as they are in a URL's query (`?sig=…`).
    "params.py": ("import requests\n"
                  f'requests.post("{URL}", json={{"flowId": "{FLOW}", "inputData": {{"Flow.orderCount": "NaN"}}}}, '
                  'params={"sig": "PYSIGvalue123", "page": "2"}, timeout=5)\n'
                  'requests.get("https://example.org/x", params=dict(api_key="PYapiKEY456", signature="PYsig789"))\n'),
}
SECRETS = [GITHUB, STRIPE, AWS, SLACK, GITLAB, GOOGLE, FINE_GRAINED, CUSTOM, JWT[:30], JWT[-30:], "PYSIGvalue123", "PYapiKEY456",
           "PYsig789"]

FORMATS = {
    "text": ("--no-color",),
    "diff": ("--diff", "--unsafe-fixes", "--no-color"),
    "json": ("--format", "json"),
    "sarif": ("--format", "sarif"),
    "github": ("--format", "github"),
    "gitlab": ("--format", "gitlab"),
    "junit": ("--format", "junit"),
    "statistics": ("--statistics",),
}


@pytest.fixture
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "project"  # (beside the cache key's directory, which the cache_on fixture puts in tmp_path)
    root.mkdir()
    monkeypatch.chdir(root)
    for name, text in FILES.items():
        (root / name).write_text(text, encoding="utf-8")
    return root


@pytest.mark.parametrize("output", FORMATS)
def test_no_known_or_repeated_token_is_shown_in_any_output(tree: Path, output: str) -> None:
    printed = flowlint("check", "--no-cache", "--contracts", STORE, *FORMATS[output], ".")
    shown = printed.stdout + printed.stderr
    reached = {"diff": ["+++"], "statistics": ["FL204", "FL305"]}.get(output, ["FL204", "FL205", "FL305", "axios.js"])
    assert all(word in shown for word in reached), shown
    for secret in SECRETS:
        assert secret not in shown, (secret, shown)


def test_every_message_and_excerpt_is_reached_masked(tree: Path) -> None:
    shown = flowlint("check", "--no-cache", "--contracts", STORE, "--no-color", ".").stdout
    assert shown.count("FL305") >= 3, shown  # fetch's headers in both files, and axios's own config
    assert f'is the string "{"*" * len(GITHUB)}"' in shown and f'is "{"*" * len(STRIPE)}"' in shown, shown
    assert f'"Flow.customerName": "{"*" * len(CUSTOM)}"' in shown, shown  # the body's copy of the header's token
    assert '"Flow.orderCount": "12"' in shown, shown  # what is no secret stays shown


@pytest.mark.usefixtures("cache_on")
def test_the_cache_and_a_fix_run_hold_no_token(tree: Path) -> None:
    checked = flowlint("check", "--contracts", STORE, ".")
    assert "FL204" in checked.stdout
    cached = "".join(p.read_text(errors="replace") for p in (tree / ".flowlint_cache").rglob("*") if p.is_file())
    assert "FL204" in cached and "****" in cached  # the cache holds the results, masked excerpts included
    fixed = flowlint("check", "--fix", "--unsafe-fixes", "--contracts", STORE, ".")
    assert "fixed" in fixed.stdout + fixed.stderr, fixed.stdout
    for secret in SECRETS:
        assert secret not in cached and secret not in fixed.stdout + fixed.stderr, secret
    assert GITHUB in (tree / "shapes.js").read_text()  # the file keeps what it writes


@pytest.mark.parametrize("token", [GITHUB, STRIPE, AWS, SLACK, GITLAB, GOOGLE, FINE_GRAINED, "rk_live_" + "4eC39HqLyjWDarjtT1zdp7dc",
                                   "ASIA" + "Q3EGRX7JP5ZC2WNM", "gho_" + GITHUB[4:], "ghs_" + GITHUB[4:]])
def test_each_known_shape_is_masked_under_a_harmless_name(token: str) -> None:
    for text in (f'{{"note": "{token}"}}', f"note = {token}\n", f"say {token}.", f'"x\\n{token}"'):
        assert [text[start:end] for start, end in known_token_spans(text)] == [token], text
        assert token not in without_credentials(text)


@pytest.mark.parametrize("text", [
    "ghp_", "ghp_tooShort123", "x" + GITHUB, GITHUB + "x", "sk_live_short", "sk_test_4eC39HqLyjWDarjtT1zdp7dc",
    "AKIA", "AKIAQ3EGRX7JP5ZC2WN", "AKIAQ3EGRX7JP5ZC2WNMX", "MAKIAQ3EGRX7JP5ZC2WNM", "xoxb-foo-bar", "glpat-short",
    "AIzaSy", "ASIAN_PACIFIC_REGION_CODE", "github_pat_x", "user_id", "sku-00000001", "the AKIA prefix",
])
def test_no_ordinary_word_or_id_is_taken_for_a_token(text: str) -> None:
    assert known_token_spans(text) == []


def test_a_private_key_block_is_masked_between_its_markers() -> None:
    body = "MIIEpAIBAAKCAQEA7bq" + "x9" * 20
    for text in (f'{{"key": "-----BEGIN RSA PRIVATE KEY-----\\n{body}\\n-----END RSA PRIVATE KEY-----"}}',
                 f"-----BEGIN PRIVATE KEY-----\n{body}\n{body}\n-----END PRIVATE KEY-----\n",
                 f"-----BEGIN OPENSSH PRIVATE KEY-----\n{body}"):  # cut short: masked to its line's end
        spans = known_token_spans(text)
        assert len(spans) == 1 and body in text[spans[0][0]:spans[0][1]], text
        assert "BEGIN" in text[:spans[0][0]]  # the marker stays shown
    assert known_token_spans("-----BEGIN PUBLIC KEY-----\nMIIBIjANBg\n-----END PUBLIC KEY-----") == []


def test_a_secret_is_masked_wherever_else_its_text_is_written() -> None:
    text = f'const t = "{CUSTOM}";\nh = {{Authorization: "Bearer {CUSTOM}"}}; x = "{CUSTOM}"; y = "{CUSTOM}x"; z = "a{CUSTOM}"\n'
    masked = [text[start:end] for start, end in set(credential_literals(text))]
    assert masked.count(CUSTOM) == 3, masked  # the header's, the constant's and x's: not inside longer words
    header = text.index("Bearer ") + len("Bearer ")
    assert sorted(set(credential_literals(text, everywhere=False))) == [(header, header + len(CUSTOM))]


HEX_LABEL = "0123456789abcdef" * 2 + "01234567"  # 40 hex digits: a token put in a host name


@pytest.mark.parametrize("output", ["text", "json", "sarif", "github", "gitlab", "junit"])
def test_no_host_label_that_may_be_a_secret_is_named(tmp_path: Path, output: str) -> None:
    """FL011 names another product's host, FL302 a wrong Genesys host: a label that may be a secret is masked."""
    (tmp_path / "Main.go").write_text(f'package main\nconst u = "https://{HEX_LABEL}.hooks.example.com/api/v2/flows/executions"\n')
    (tmp_path / "wrong.js").write_text(
        f'fetch("https://{GITHUB.lower()}.mypurecloud.com/api/v2/flows/executions", {{method: "POST", '
        f'headers: {{"Content-Type": "application/json"}}, body: JSON.stringify({{flowId: "{FLOW}", inputData: {{}}}})}});\n'
        f'fetch("https://myorg.mypurecloud.com/api/v2/flows/executions", {{method: "POST", '
        f'headers: {{"Content-Type": "application/json"}}, body: JSON.stringify({{flowId: "{FLOW}", inputData: {{}}}})}});\n')
    shown = flowlint("check", "--no-cache", "--format", output, str(tmp_path)).output
    assert f"URL on {'*' * len(HEX_LABEL)}.hooks.example.com (not a Genesys Cloud host)" in shown, shown
    assert f"{'*' * len(GITHUB)}.mypurecloud.com is not a Genesys Cloud API host" in shown, shown
    assert "myorg.mypurecloud.com is not a Genesys Cloud API host" in shown, shown  # an ordinary name stays shown
    assert HEX_LABEL not in shown and GITHUB.lower() not in shown


@pytest.mark.parametrize(("host", "shown"), [
    ("api.example.com", "api.example.com"), ("svc-prod-eu-west-1.example.com", "svc-prod-eu-west-1.example.com"),
    ("d1a2b3c4d5e6f7.cloudfront.net", "d1a2b3c4d5e6f7.cloudfront.net"), ("storageaccount2023prod.blob.core.windows.net",
                                                                       "storageaccount2023prod.blob.core.windows.net"),
    (f"{HEX_LABEL}.example.com", f"{'*' * 40}.example.com"), ("k7x2m9q4w8e1r5t3y6u0i2o4p7.example.com", f"{'*' * 26}.example.com"),
])
def test_a_host_label_is_masked_only_when_it_may_be_a_secret(host: str, shown: str) -> None:
    assert shown_host(host) == shown


@pytest.mark.parametrize(("text", "masked"), [
    ('requests.post(u, params={"sig": "s1", "page": "2"})', ["s1"]),
    ("axios.get(u, {params: {token: 's2', q: 'hello'}})", ["s2"]),
    ('new URLSearchParams({access_token: "s3", x: "y"})', ["s3"]),
    ('httpx.get(u, params=dict(signature="s4", a="b"))', ["s4"]),
    ("req.query({auth: `s5`})", ["s5"]),
    ('got(u, {searchParams: {"client_secret": "s6"}})', ["s6"]),
    ('requests.post(u, params={"sig": "${SIG}", "token": "{{token}}"})', []),  # holes: nothing is written there
    ('xparams={"sig": "keep"}; params_list = ["sig"]', []),  # another name; no object
    ('params={"page": "2", "q": "token"}', []),  # ordinary names keep their values shown
])
def test_a_query_given_as_an_object_hides_what_a_urls_query_hides(text: str, masked: list[str]) -> None:
    assert sorted({text[start:end] for start, end in credential_literals(text)}) == masked


def test_the_secrets_a_file_writes_are_given_by_their_text() -> None:
    text = f'const t = "{CUSTOM}";\nfetch(u, {{headers: {{Authorization: "Bearer {CUSTOM}", Cookie: "s=ab"}}}});\n'
    assert written_secrets(text) == [CUSTOM]  # `s=ab`: too short to be looked for elsewhere
    assert written_secrets(text) == [CUSTOM] and written_secrets("no secret here") == []
