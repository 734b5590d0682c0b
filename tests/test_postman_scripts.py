"""A Postman collection's scripts (pre-request and test scripts, `event[].script.exec`) are not read as requests: one
that names the launch endpoint (`pm.sendRequest({url: '…/flows/executions', …})`) gets an FL011 note at its mention,
walked or named, beside the collection's requests read. Before, a collection whose requests launch nothing passed in
silence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import UUID, diagnostics, flowlint

pytestmark = pytest.mark.usefixtures("in_tmp")

URL = "https://api.mypurecloud.com/api/v2/flows/executions"
SCRIPT = ["pm.sendRequest({", f"  url: '{URL}',", "  method: 'POST',",
          "  body: {mode: 'raw', raw: JSON.stringify({type: 'flow'})}", "}, (err, res) => console.log(res.code));"]
USERS = {"name": "Get users", "request": {"method": "GET", "url": {"raw": "https://api.mypurecloud.com/api/v2/users"}}}
LAUNCH = {"name": "Launch", "request": {"method": "POST", "url": {"raw": URL},
                                        "header": [{"key": "Content-Type", "value": "application/json"}],
                                        "body": {"mode": "raw", "raw": json.dumps({"flowId": UUID, "flowVersoin": "1"})}}}


def _collection(items: list[object], event_at: str) -> dict[str, object]:
    event = [{"listen": "prerequest", "script": {"type": "text/javascript", "exec": SCRIPT}}]
    collection: dict[str, object] = {"info": {"name": "Genesys", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/"
                                              "collection.json"}, "item": items}
    if event_at == "collection":
        collection["event"] = event
    else:
        items.append({"name": "Folder", "item": [{**USERS, "event": event}]})
    return collection


@pytest.mark.parametrize("event_at", ["collection", "request"])
def test_a_script_naming_the_endpoint_is_said_walked_or_named(tmp_path: Path, event_at: str) -> None:
    text = json.dumps(_collection([USERS], event_at), indent=2)
    (tmp_path / "genesys.postman_collection.json").write_text(text, encoding="utf-8")
    for args in (("genesys.postman_collection.json",), (".",)):
        found = diagnostics("--no-cache", *args)
        assert [(d["code"], d["severity"]) for d in found] == [("FL011", "info")], (args, found)
        assert "Postman script" in found[0]["message"]
        line = text.splitlines()[found[0]["line"] - 1]
        assert line[found[0]["column"] - 1:].startswith("flows/executions")


def test_beside_a_launch_read_both_are_said(tmp_path: Path) -> None:
    (tmp_path / "c.postman_collection.json").write_text(json.dumps(_collection([LAUNCH], "collection")), encoding="utf-8")
    found = diagnostics("--no-cache", "c.postman_collection.json")
    assert sorted(d["code"] for d in found if d["code"] != "FL200") == ["FL011", "FL102"]


def test_a_script_that_names_no_launch_is_silent(tmp_path: Path) -> None:
    collection = _collection([USERS], "collection")
    text = json.dumps(collection).replace("flows/executions", "users/me")
    (tmp_path / "c.postman_collection.json").write_text(text, encoding="utf-8")
    assert "pm.sendRequest" in text and diagnostics("--no-cache", "c.postman_collection.json") == []


def _nested(depth: int) -> str:
    item: dict[str, object] = {"name": "launch", "request": {
        "method": "POST", "url": "https://api.mypurecloud.com/api/v2/flows/executions",
        "header": [{"key": "Content-Type", "value": "application/json"}],
        "body": {"mode": "raw", "raw": '{"flowId": "x", "type": 1}'}}}
    text = json.dumps(item)
    return '{"info": {"name": "c"}, "item": [' + '{"name": "f", "item": [' * depth + text + "]}" * depth + "]}"


def test_a_collection_nested_past_the_json_reader_says_why_it_was_not_read(tmp_path: Path) -> None:
    # Before: "the file mentions the launch endpoint, but flowlint read no launch in it", no reason, with help saying
    # that if it sends none nothing is wrong: the reader had stopped at its depth.
    shallow, deep = tmp_path / "a.postman_collection.json", tmp_path / "b.postman_collection.json"
    shallow.write_text(_nested(40))
    deep.write_text(_nested(600))
    assert "FL101" in flowlint("check", "--no-cache", str(shallow)).output
    output = flowlint("check", "--no-cache", str(deep)).output
    assert "FL011" in output and "nests deeper than flowlint's JSON reader goes" in output, output
