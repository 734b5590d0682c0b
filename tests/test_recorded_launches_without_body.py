"""A launch recorded in a HAR file or saved in a Postman collection with no body is said, as in every other reader
(FL103 "the launch sends no body"). Before, it gave nothing, even with -v, and a HAR's 400 reply said "the findings on
this request say what to change" when there were none. A HAR that records a body's size but not its text says that
nothing in the body was checked: never "sends no body" (the recording says it sent one)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import UUID, diagnostics

API = "https://api.mypurecloud.com/api/v2/flows/executions"

pytestmark = pytest.mark.usefixtures("in_tmp")


def har(request: dict[str, Any], status: int = 400) -> str:
    entry = {"request": {"method": "POST", "url": API, "headers": [{"name": "Content-Type", "value": "application/json"}],
                         "queryString": [], "cookies": [], "headersSize": -1, **request},
             "response": {"status": status, "content": {"text": '{"message":"Invalid request body"}'}}}
    return json.dumps({"log": {"version": "1.2", "entries": [entry]}}, indent=1)


def check(name: str, *args: str) -> list[dict[str, Any]]:
    return [d for d in diagnostics("--no-cache", *args, name) if d["code"] != "FL200"]


@pytest.mark.parametrize("request_", [
    pytest.param({"bodySize": 0}, id="no-postData"),
    pytest.param({"bodySize": 0, "postData": {"mimeType": "application/json", "text": None}}, id="text-null"),
    pytest.param({"bodySize": 0, "postData": {"mimeType": "application/json"}}, id="no-text"),
    pytest.param({"bodySize": 0, "postData": {"mimeType": "application/json", "text": ""}}, id="text-empty"),
])
def test_a_har_launch_with_no_body_is_said(tmp_path: Path, request_: dict[str, Any]) -> None:
    (tmp_path / "session.har").write_text(har(request_))
    said = check("session.har")
    assert sorted(d["code"] for d in said) == ["FL103", "FL306"]
    missing = next(d for d in said if d["code"] == "FL103")
    assert "sends no body" in missing["message"] and missing["severity"] == "error"


@pytest.mark.parametrize("post", [None, {"mimeType": "application/json", "text": None}, {"mimeType": "application/json"}])
def test_a_har_body_of_a_recorded_size_but_no_text_is_said_unchecked(tmp_path: Path, post: dict[str, Any] | None) -> None:
    (tmp_path / "session.har").write_text(har({"bodySize": 10, **({"postData": post} if post is not None else {})}))
    said = check("session.har")
    assert sorted(d["code"] for d in said) == ["FL011", "FL306"]  # by default, not only with -v
    unread = next(d for d in said if d["code"] == "FL011")
    assert "10 bytes" in unread["message"] and "nothing in it was checked" in unread["message"]
    answer = next(d for d in said if d["code"] == "FL306")
    assert "say what to change" not in answer["help"] and "does not hold the body" in answer["help"]


def test_a_har_reply_to_a_body_with_nothing_found_says_no_finding_explains_it(tmp_path: Path) -> None:
    (tmp_path / "session.har").write_text(har({"bodySize": 50, "postData": {
        "mimeType": "application/json", "text": json.dumps({"flowId": UUID})}}))
    said = check("session.har")
    assert [d["code"] for d in said] == ["FL306"]
    assert "say what to change" not in said[0]["help"] and "found nothing" in said[0]["help"]
    (tmp_path / "session.har").write_text(har({"bodySize": 50, "postData": {
        "mimeType": "application/json", "text": json.dumps({"flowId": UUID, "type": "x"})}}))
    said = check("session.har")
    assert sorted(d["code"] for d in said) == ["FL101", "FL306"]
    assert next(d for d in said if d["code"] == "FL306")["help"] == "the findings on this request say what to change"


def postman(request: dict[str, Any]) -> str:
    item = {"name": "Launch", "request": {"method": "POST", "header": [{"key": "Content-Type", "value": "application/json"}],
                                          "url": {"raw": API}, **request}}
    return json.dumps({"info": {"name": "x", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
                       "item": [item]}, indent=1)


@pytest.mark.parametrize("request_", [
    pytest.param({}, id="no-body"),
    pytest.param({"body": {"mode": "raw", "raw": ""}}, id="raw-empty"),
    pytest.param({"body": {"mode": "raw"}}, id="raw-absent"),
    pytest.param({"body": {"mode": "raw", "raw": None}}, id="raw-null"),
    pytest.param({"body": {}}, id="body-empty"),
    pytest.param({"body": {"mode": "raw", "raw": json.dumps({"flowId": UUID}), "disabled": True}}, id="disabled"),
])
def test_a_postman_launch_with_no_body_is_said(tmp_path: Path, request_: dict[str, Any]) -> None:
    (tmp_path / "c.postman_collection.json").write_text(postman(request_))
    said = check("c.postman_collection.json")
    assert [d["code"] for d in said] == ["FL103"]
    assert "sends no body" in said[0]["message"] and said[0]["severity"] == "error"


@pytest.mark.parametrize("mode", ["file", "graphql"])
def test_a_postman_body_flowlint_does_not_read_is_said_unchecked(tmp_path: Path, mode: str) -> None:
    (tmp_path / "c.postman_collection.json").write_text(postman({"body": {"mode": mode, mode: {"src": "body.json"}}}))
    assert check("c.postman_collection.json") == []  # never "sends no body": it sends one
    said = check("c.postman_collection.json", "-v")
    assert [d["code"] for d in said] == ["FL011"] and "nothing in it was checked" in said[0]["message"]


def test_a_postman_launch_with_a_body_is_still_read(tmp_path: Path) -> None:
    raw = json.dumps({"flowId": UUID, "type": "x"})
    (tmp_path / "c.postman_collection.json").write_text(postman({"body": {"mode": "raw", "raw": raw}}))
    assert [d["code"] for d in check("c.postman_collection.json")] == ["FL101"]
