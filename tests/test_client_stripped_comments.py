"""Postman (10.13 on, and newman: postman-runtime strips them) and Bruno (desktop and CLI: `decomment`) send a JSON body
without its `//` and `/* */` comments, so a commented body written in them is the JSON that is sent: no FL001 (review
F6: CI failed on a correct launch), its members judged as usual, a trailing comma still an error. A raw Postman body
written as text, under no JSON Content-Type, is sent as written: its comment stays an error."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import UUID, diagnostics, flowlint

URL = "https://api.mypurecloud.com/api/v2/flows/executions"
COMMENTED = (f'{{\n  // which flow: the follow-up workflow\n  "flowId": "{UUID}",\n  /* inputs */\n'
             '  "inputData": {"Flow.customerName": "x"}\n  // "name": "try"\n}')


def postman(raw: str, language: str | None = "json", content_type: str | None = None) -> str:
    body: dict[str, Any] = {"mode": "raw", "raw": raw}
    if language is not None:
        body["options"] = {"raw": {"language": language}}
    header = [{"key": "Content-Type", "value": content_type}] if content_type else []
    request = {"method": "POST", "header": header, "body": body, "url": {"raw": URL}}
    info = {"name": "gc", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"}
    return json.dumps({"info": info, "item": [{"name": "launch", "request": request}]}, indent=2)


def bruno(body: str) -> str:
    indented = "\n".join("  " + line for line in body.splitlines())
    return (f"meta {{\n  name: Launch\n  type: http\n  seq: 1\n}}\n\npost {{\n  url: {URL}\n  body: json\n  auth: none\n}}\n\n"
            f"body:json {{\n{indented}\n}}\n")


WRITERS = [pytest.param("launch.postman_collection.json", postman, id="postman"),
           pytest.param("launch.bru", bruno, id="bruno")]


def codes(path: Path) -> list[str]:
    return sorted(d["code"] for d in diagnostics("--no-cache", str(path)) if d["code"] != "FL200")


@pytest.mark.parametrize("name, write", WRITERS)
def test_a_commented_json_body_is_the_json_the_client_sends(tmp_path: Path, name: str, write: Any) -> None:
    path = tmp_path / name
    path.write_text(write(COMMENTED))
    assert codes(path) == []
    path.write_text(write(COMMENTED.replace('"Flow.customerName"', '"customerName"')))
    found = [d for d in diagnostics("--no-cache", str(path)) if d["code"] != "FL200"]
    assert [d["code"] for d in found] == ["FL203"], found  # reached: the members are judged
    path.write_text(write(COMMENTED.replace('"x"}', '"x"},')))
    assert codes(path) == ["FL001"]  # a trailing comma is not stripped: the platform gets it


@pytest.mark.parametrize("name, write", WRITERS)
def test_the_fix_of_a_commented_body_keeps_its_comments(tmp_path: Path, name: str, write: Any) -> None:
    path = tmp_path / name
    path.write_text(write(COMMENTED.replace('"Flow.customerName"', '"customerName"')))
    result = flowlint("check", "--no-cache", "--fix", str(path))
    assert result.exit_code == 0, result.output
    assert path.read_text() == write(COMMENTED)


@pytest.mark.parametrize("language, content_type, expected", [
    (None, "application/json", []),  # no language, a JSON Content-Type: stripped (postman-runtime 7.32)
    ("text", None, ["FL001"]),  # written as text: sent as written, comments and all
    (None, None, ["FL001"]),
])
def test_a_postman_raw_body_is_stripped_only_when_postman_strips_it(tmp_path: Path, language: str | None,
                                                                   content_type: str | None, expected: list[str]) -> None:
    path = tmp_path / "launch.postman_collection.json"
    path.write_text(postman(COMMENTED, language, content_type))
    assert [c for c in codes(path) if c == "FL001"] == expected
