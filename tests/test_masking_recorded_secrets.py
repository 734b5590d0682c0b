"""A Postman collection's or a HAR file's excerpts mask the values that are or may be secrets (tokens, passwords,
Authorization and cookie header values, auth blocks, client secrets, query values named for a secret, variables sent
in one, bodies and replies) and show the structure a reader needs: a body's mode and language, another request's URL,
a recording's version, harmless headers, the variable a URL is built from."""

from __future__ import annotations

import json
from pathlib import Path

from validator.run.runner import _file_mask
from validator.sources.document import DEFAULT_LIMITS

from conftest import flowlint

FLOW = "9f5b7c1e-1234-4a5b-9c8d-0123456789ab"
API = "https://api.mypurecloud.com/api/v2/flows/executions"
SECRETS = {name: f"{name}-Zq8vK2mW7xR4" for name in (
    "query", "query-entry", "bearer-header", "custom-token", "cookie", "auth-token", "auth-password", "sent-variable",
    "named-variable", "unused-variable", "body-variable", "other-body", "script", "reply", "set-cookie", "har-query")}


def collection() -> str:
    s = SECRETS
    launch = {"name": "launch", "request": {
        "method": "POST", "url": API,
        "header": [{"key": "Content-Type", "value": "application/json"}, {"key": "Accept", "value": "application/json"},
                   {"key": "Authorization", "value": f"Bearer {s['bearer-header']}"},
                   {"key": "X-Custom-Token", "value": s["custom-token"]}, {"key": "Cookie", "value": f"sid={s['cookie']}"}],
        "body": {"mode": "raw", "raw": json.dumps({"flowId": FLOW, "type": "x"}), "options": {"raw": {"language": "json"}}}}}
    status = {"name": "status", "request": {
        "method": "GET",
        "url": {"raw": f"{{{{baseUrl}}}}/api/v2/flows/executions/{{{{id}}}}?page=2&access_token={s['query']}",
                "host": ["{{baseUrl}}"], "path": ["api", "v2", "flows", "executions", "{{id}}"],
                "query": [{"key": "page", "value": "2"}, {"key": "api_key", "value": s["query-entry"]}]},
        "header": [{"key": "Authorization", "value": "Bearer {{t}}"}],
        "auth": {"type": "basic", "basic": [{"key": "username", "value": "agent"},
                                            {"key": "password", "value": s["auth-password"]}]}}}
    token = {"name": "token", "event": [{"listen": "prerequest", "script": {
        "type": "text/javascript", "exec": [f"pm.environment.set('x', '{s['script']}')"]}}],
        "request": {"method": "POST", "url": "{{baseUrl}}/oauth/token?tenant={{mixed}}",
                    "body": {"mode": "urlencoded", "urlencoded": [{"key": "client_secret", "value": "{{mixed}}"},
                                                                  {"key": "grant", "value": s["other-body"]}]}},
        "response": [{"name": "ok", "status": "OK", "body": s["reply"]}]}
    return json.dumps({
        "info": {"_postman_id": "5f1b0c9e-0000-4000-8000-000000000001", "name": "Genesys flows", "version": "2.1",
                 "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
        "item": [launch, status, token],
        "auth": {"type": "bearer", "bearer": [{"key": "token", "value": s["auth-token"], "type": "string"}]},
        "variable": [{"key": "baseUrl", "value": "https://api.mypurecloud.de"}, {"key": "t", "value": s["sent-variable"]},
                     {"key": "clientSecret", "value": s["named-variable"]}, {"key": "spare", "value": s["unused-variable"]},
                     {"key": "mixed", "value": s["body-variable"]}, {"key": "id", "value": "run-42"}]}, indent=2)


def har() -> str:
    s = SECRETS
    get = {"startedDateTime": "2026-03-29T09:12:44.120Z", "request": {
        "method": "GET", "url": f"https://api.mypurecloud.com/api/v2/users/me?expand=presence&sig={s['har-query']}",
        "httpVersion": "HTTP/2", "headers": [{"name": "User-Agent", "value": "Mozilla/5.0 (X11)"},
                                             {"name": "Cookie", "value": f"sid={s['cookie']}"}],
        "queryString": [{"name": "expand", "value": "presence"}, {"name": "sig", "value": s["har-query"]}],
        "cookies": [{"name": "sid", "value": s["cookie"]}]},
        "response": {"status": 200, "statusText": "OK", "headers": [{"name": "Set-Cookie", "value": s["set-cookie"]},
                                                                     {"name": "Content-Type", "value": "text/html"}],
                     "content": {"mimeType": "text/html", "text": s["reply"]}}}
    launch = {"request": {"method": "POST", "url": API, "httpVersion": "HTTP/2",
                          "headers": [{"name": "Authorization", "value": f"Bearer {s['bearer-header']}"},
                                      {"name": "Content-Type", "value": "application/json"}],
                          "postData": {"mimeType": "application/json", "text": json.dumps({"flowId": FLOW, "type": "x"})}}}
    return json.dumps({"log": {"version": "1.2", "creator": {"name": "WebInspector", "version": "537.36"},
                               "entries": [get, launch]}}, indent=2)


def shown(kind: str, text: str) -> str:
    return _file_mask(kind, text, "f", DEFAULT_LIMITS).text(text)


def test_a_collections_secrets_are_masked_and_its_structure_shown() -> None:
    text = collection()
    masked = shown("postman", text)
    assert masked.count("\n") == text.count("\n") and '"key": "password"' in masked  # reached: the file, masked
    for name in ("query", "query-entry", "bearer-header", "custom-token", "cookie", "auth-token", "auth-password",
                 "sent-variable", "named-variable", "unused-variable", "body-variable", "other-body", "script", "reply"):
        assert SECRETS[name] in text and SECRETS[name] not in masked, name
    for line in ('"mode": "raw"', '"language": "json"', '"version": "2.1"', '"method": "GET"',
                 '"raw": "{{baseUrl}}/api/v2/flows/executions/{{id}}?page=2&access_token=*', '"api"', '"value": "2"',
                 '"value": "application/json"', '"value": "https://api.mypurecloud.de"', '"value": "run-42"',
                 '"listen": "prerequest"', '"mode": "urlencoded"', '"type": "basic"', '"key": "username"'):
        assert line in masked, line
    assert '"value": "agent"' not in masked  # (an auth block's every value)


def test_a_hars_secrets_are_masked_and_its_structure_shown() -> None:
    text = har()
    masked = shown("har", text)
    assert '"name": "Set-Cookie"' in masked  # reached: the file, masked
    for name in ("bearer-header", "cookie", "set-cookie", "reply", "har-query"):
        assert SECRETS[name] in text and SECRETS[name] not in masked, name
    for line in ('"version": "1.2"', '"url": "https://api.mypurecloud.com/api/v2/users/me?expand=presence&sig=*',
                 '"value": "Mozilla/5.0 (X11)"', '"value": "presence"', '"statusText": "OK"', '"value": "text/html"',
                 '"startedDateTime": "2026-03-29T09:12:44.120Z"'):
        assert line in masked, line


def test_the_diff_of_a_collections_fix_shows_the_bodys_mode_and_language(tmp_path: Path) -> None:
    path = tmp_path / "c.postman_collection.json"
    path.write_text(collection())
    diff = flowlint("check", "--no-cache", "--no-color", "--diff", "--unsafe-fixes", str(path)).stdout
    removed = [line for line in diff.splitlines() if line.startswith("-") and '"raw": "{\\"flowId' in line]
    assert diff.startswith("---") and removed, diff  # reached: the launch's body fixed
    assert '"mode": "raw"' in diff and '"language": "json"' in diff, diff
    assert not any(secret in diff for secret in SECRETS.values())


def test_a_recording_no_launch_is_read_from_shows_no_value() -> None:
    text = collection()
    text = text[:text.rindex('"variable"')]  # cut short: broken JSON
    masked = shown("postman", text)
    assert '"mode": "***"' in masked and '"language": "****"' in masked, masked
    assert not any(secret in masked for secret in SECRETS.values())
