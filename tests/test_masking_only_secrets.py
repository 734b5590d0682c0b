"""A Postman collection masks only what may be a secret: another request's JSON body shows its values but those named
for a secret (or written as a credential), a launch's form body shows its entries, so `--diff` is a patch that applies;
a diff that must mask a secret on a line it shows says it does not apply."""

from __future__ import annotations

import json
from pathlib import Path

from validator.run.runner import _file_mask
from validator.sources.document import DEFAULT_LIMITS

from conftest import UUID, flowlint

API = "https://api.mypurecloud.com/api/v2/flows/executions"
SCHEMA = "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
PASSWORD = "hunter2-Zq8vK2mW7xR4"
NESTED = "nested-Zq8vK2mW7xR4"
JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.c2lnbmF0dXJl"
FORM_TEXT = "form-Zq8vK2mW7xR4"


def item(name: str, url: str, body: dict[str, object]) -> dict[str, object]:
    return {"name": name, "request": {"method": "POST", "header": [{"key": "Content-Type", "value": "application/json"}],
                                      "body": body, "url": {"raw": url}}}


def collection(*items: dict[str, object]) -> str:
    return "{\n" + f'  "info": {{"name": "Genesys", "schema": "{SCHEMA}"}},\n  "item": [\n' + ",\n".join(
        "    " + json.dumps(entry) for entry in items) + "\n  ]\n}\n"


SEARCH = {"pageSize": 25, "query": [{"type": "EXACT", "fields": ["email"], "value": "ada@example.com"}]}
LAUNCH = item("Launch", API, {"mode": "raw", "raw": json.dumps({"flowID": UUID})})


def shown(text: str) -> str:
    return _file_mask("postman", text, "c.postman_collection.json", DEFAULT_LIMITS).text(text)


def applies(diff: str, text: str) -> bool:
    """Whether every line a unified diff keeps or removes is a line of `text` (what `patch` needs of a hunk)."""
    lines = set(text.split("\n"))
    kept = [line[1:] for line in diff.splitlines()
            if line[:1] in (" ", "-") and not line.startswith("--- ")]
    return bool(kept) and all(line in lines for line in kept)


def test_another_requests_json_body_is_shown_and_the_diff_applies(tmp_path: Path) -> None:
    text = collection(item("Search users", "https://api.mypurecloud.com/api/v2/users/search",
                           {"mode": "raw", "raw": json.dumps(SEARCH)}), LAUNCH)
    path = tmp_path / "c.postman_collection.json"
    path.write_text(text)
    result = flowlint("check", "--no-cache", "--no-color", "--diff", str(path))
    assert "flowId" in result.stdout and "would fix 1 finding" in result.stderr  # reached: the launch's fix shown
    assert '\\"value\\": \\"ada@example.com\\"' in result.stdout, result.stdout  # a context line, as written
    assert applies(result.stdout, text), result.stdout
    assert "does not apply" not in result.stderr


def test_another_requests_body_masks_what_is_named_or_written_as_a_secret() -> None:
    body = {"username": "ada", "password": PASSWORD, "credentials": {"pin": NESTED, "list": [NESTED]},
            "note": f"Bearer {JWT}", "size": 3}
    text = collection(item("Sign in", "https://example.com/login", {"mode": "raw", "raw": json.dumps(body)}),
                      item("Token", "https://example.com/token", {"mode": "raw", "raw": f"grant=x&y={FORM_TEXT}"}),
                      LAUNCH)
    masked = shown(text)
    assert '\\"username\\": \\"ada\\"' in masked and '\\"size\\": 3' in masked, masked  # reached: the body is shown
    for secret in (PASSWORD, NESTED, JWT, FORM_TEXT):
        assert secret in text and secret not in masked, secret
    assert "grant=x" not in masked  # a body that is no JSON: masked whole


def test_a_launchs_form_body_shows_its_entries_but_a_secrets() -> None:
    form = item("form", API, {"mode": "urlencoded", "urlencoded": [
        {"key": "flowId", "value": UUID}, {"key": "Flow.password", "value": PASSWORD}]})
    masked = shown(collection(form))
    assert '"name": "form"' in masked and '"mode": "urlencoded"' in masked, masked
    assert f'{{"key": "flowId", "value": "{UUID}"}}' in masked, masked
    assert '"key": "Flow.password"' in masked and PASSWORD not in masked


def test_a_diff_that_masks_a_secret_says_it_does_not_apply(tmp_path: Path) -> None:
    body = json.dumps({"flowID": UUID, "inputData": {"Flow.password": PASSWORD}})
    path = tmp_path / "c.postman_collection.json"
    path.write_text(collection(item("Launch", API, {"mode": "raw", "raw": body})))
    result = flowlint("check", "--no-cache", "--no-color", "--diff", str(path))
    assert "flowId" in result.stdout and PASSWORD not in result.stdout  # reached: the fix shown, the secret masked
    assert "masks a secret on a line it shows, so it does not apply as a patch" in result.stderr, result.stderr
