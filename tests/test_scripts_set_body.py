"""A request whose pre-request script sets its body (Postman's `pm.request.body.raw = JSON.stringify({…})`,
`pm.request.body.update(…)`; Bruno's `req.setBody({…})`) does not send the body saved with it: a stale `"{}"` or an
empty raw body got FL103 (review A, issue 13). The body is unknown, and one FL011 note says which script sets it,
quoting only the words that set it (the rest of a script may hold a secret)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import UUID, diagnostics

pytestmark = pytest.mark.usefixtures("in_tmp")

URL = "https://api.mypurecloud.com/api/v2/flows/executions"
SECRET = "s3cr3t-Value-Never-Shown-1234567890"


def _launch(raw: str, script: list[str] | None = None) -> dict[str, Any]:
    item: dict[str, Any] = {"name": "Launch", "request": {
        "method": "POST", "header": [{"key": "Content-Type", "value": "application/json"}],
        "body": {"mode": "raw", "raw": raw, "options": {"raw": {"language": "json"}}}, "url": {"raw": URL}}}
    if script is not None:
        item["event"] = [{"listen": "prerequest", "script": {"type": "text/javascript", "exec": script}}]
    return item


def _collection(items: list[Any], **extra: Any) -> str:
    return json.dumps({"info": {"name": "G", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
                       "item": items, **extra}, indent=2)


def _codes(name: str) -> list[tuple[str, str]]:
    return [(d["code"], d["message"]) for d in diagnostics("--no-cache", name) if d["code"] != "FL200"]


@pytest.mark.parametrize(("raw", "script", "words"), [
    ("{}", [f"pm.request.body.raw = JSON.stringify({{ flowId: pm.environment.get('flowId'), key: '{SECRET}' }});"],
     "pm.request.body.raw ="),
    ("", ["pm.request.body.update(JSON.stringify({ flowId: pm.variables.get('flowId') }));"], "pm.request.body.update("),
    ('{"flowId": ,}', ["pm.request.body = new sdk.RequestBody({ mode: 'raw', raw: body });"], "pm.request.body ="),
])
def test_a_postman_body_a_pre_request_script_sets_is_unknown_and_said(raw: str, script: list[str], words: str) -> None:
    Path("c.postman_collection.json").write_text(_collection([_launch(raw, script)]), encoding="utf-8")
    found = _codes("c.postman_collection.json")
    assert [code for code, _ in found] == ["FL011"], found
    assert f"pre-request script (`{words}" in found[0][1] and SECRET not in json.dumps(found)


def test_a_folders_or_the_collections_script_sets_the_body_of_each_request_below() -> None:
    script = [{"listen": "prerequest", "script": {"exec": ["pm.request.body.raw = build();"]}}]
    folder = {"name": "Launches", "event": script, "item": [_launch("{}")]}
    Path("f.postman_collection.json").write_text(_collection([folder, _launch("{}")]), encoding="utf-8")
    assert [code for code, _ in _codes("f.postman_collection.json")] == ["FL011", "FL103"]  # the one outside: as saved
    Path("c.postman_collection.json").write_text(_collection([_launch("{}")], event=script), encoding="utf-8")
    assert [code for code, _ in _codes("c.postman_collection.json")] == ["FL011"]


def test_a_script_that_only_reads_the_body_leaves_it_judged() -> None:
    script = ["const sent = JSON.parse(pm.request.body.raw);", "if (pm.request.body.raw === '') { console.log('empty'); }",
              "pm.test('launched', () => pm.response.to.have.status(202));"]
    Path("c.postman_collection.json").write_text(_collection([_launch("{}", script)]), encoding="utf-8")
    assert [code for code, _ in _codes("c.postman_collection.json")] == ["FL103"]


BRU = """meta {
  name: Launch
  type: http
  seq: 1
}

post {
  url: %s
  body: json
  auth: bearer
}

body:json {
  {}
}
%s"""


def test_a_bruno_body_its_pre_request_script_sets_is_unknown_and_said() -> None:
    script = "\nscript:pre-request {\n  req.setBody({ flowId: bru.getEnvVar('flowId') });\n}\n"
    Path("launch.bru").write_text(BRU % (URL, script), encoding="utf-8")
    found = [d for d in diagnostics("--no-cache", "launch.bru") if d["code"] != "FL200"]
    assert [(d["code"], d["line"], d["column"]) for d in found] == [("FL011", 18, 3)], found
    assert "req.setBody(" in found[0]["message"]
    Path("launch.bru").write_text(BRU % (URL, "\nscript:post-response {\n  req.setBody({});\n}\n"), encoding="utf-8")
    assert [d["code"] for d in diagnostics("--no-cache", "launch.bru")] == ["FL103"]  # after the response: as saved
    Path("ok.bru").write_text((BRU % (URL, script)).replace("  {}\n", f'  {{"flowId": "{UUID}"}}\n'), encoding="utf-8")
    assert [d["code"] for d in diagnostics("--no-cache", "ok.bru")] == ["FL011"]
