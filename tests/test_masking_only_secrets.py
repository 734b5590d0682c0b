"""A Postman collection masks what may be a secret: another request's raw body whole (which of its values is a secret
is no member's name to tell: a `{"key": "password", "value": …}` list, an environment's `{"name": "GC_CLIENT_SECRET",
"value": …}`, a connection string's `Password=…`), a launch's form body but its entries' names, mode and flow ID; a
`--diff` that must mask a secret on a line it shows says it does not apply as a patch."""

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


def test_another_requests_raw_body_is_masked_whole_and_the_diff_says_so(tmp_path: Path) -> None:
    text = collection(item("Search users", "https://api.mypurecloud.com/api/v2/users/search",
                           {"mode": "raw", "raw": json.dumps(SEARCH)}), LAUNCH)
    path = tmp_path / "c.postman_collection.json"
    path.write_text(text)
    result = flowlint("check", "--no-cache", "--no-color", "--diff", str(path))
    assert "flowId" in result.stdout and "would fix 1 finding" in result.stderr  # reached: the launch's fix shown
    assert "ada@example.com" not in result.stdout and "pageSize" not in result.stdout, result.stdout
    assert "masks a secret on a line it shows, so those hunks are shown commented out" in result.stderr, result.stderr


LEAKS = {  # another request's raw JSON bodies whose secrets no member's name tells (a review found them shown)
    "listed": [{"key": "username", "value": "ada"}, {"key": "password", "value": PASSWORD}],
    "environment": {"env": [{"name": "GC_CLIENT_SECRET", "value": NESTED}]},
    "headers": {"headers": [{"key": "X-Api-Key", "value": FORM_TEXT}]},
    "connection": {"db": f"Server=db;User Id=app;Password={JWT};"},
}


def test_another_requests_body_shows_nothing_of_a_secret() -> None:
    for body in LEAKS.values():
        text = collection(item("Other", "https://example.com/x", {"mode": "raw", "raw": json.dumps(body)}), LAUNCH)
        masked = shown(text)
        assert '"name": "Other"' in masked, masked  # reached: the collection is shown but for what may be secret
        for secret in (PASSWORD, NESTED, JWT, FORM_TEXT):
            assert secret not in masked, (secret, masked)


def test_a_deeply_nested_raw_body_is_masked_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "c.postman_collection.json"
    path.write_text(collection(item("Deep", "https://example.com/x", {"mode": "raw", "raw": "[" * 1000}), LAUNCH))
    result = flowlint("check", "--no-cache", "--no-color", str(path))
    assert result.exit_code == 1 and "`flowID`" in result.stdout, result.output  # the launch is judged, no crash


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
    assert "masks a secret on a line it shows, so those hunks are shown commented out" in result.stderr, result.stderr
