"""A launch-shaped request (POST, a body, the exact path /api/v2/flows/executions) read in a file but sent to another
product's host is not checked as a launch: it gets an FL011 note naming the host and why, never silence (a corporate
gateway forwarding to Genesys Cloud is plausible, so it is a note, never an error)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import flowlint

FLOW = "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90"
BODY = '{"flowId": "%s", "inputData": {"Flow.x": "1"}}' % FLOW

#: (file name, text) of one launch-shaped request to api.example.com, one per reader.
OTHER_HOST = [
    ("launch.sh", f"#!/bin/sh\ncurl -X POST https://api.example.com/api/v2/flows/executions \\\n"
                  f"  -H 'Content-Type: application/json' \\\n  -d '{BODY}'\n"),
    ("launch.http", f"POST https://api.example.com/api/v2/flows/executions\nContent-Type: application/json\n\n{BODY}\n"),
    ("launch.js", "await fetch('https://api.example.com/api/v2/flows/executions', { method: 'POST', "
                  f"headers: {{ 'Content-Type': 'application/json' }}, body: JSON.stringify({BODY}) }});\n"),
    ("launch.py", f"import requests\nrequests.post('https://api.example.com/api/v2/flows/executions', json={BODY})\n"),
]


def said(tmp_path: Path, name: str, text: str) -> tuple[int, list[dict[str, object]]]:
    (tmp_path / name).write_text(text)
    result = flowlint("check", "--format", "json", "--no-cache", str(tmp_path / name))
    return result.exit_code, json.loads(result.stdout)["diagnostics"]


@pytest.mark.parametrize(("name", "text"), OTHER_HOST)
def test_a_launch_to_another_products_host_is_noted(tmp_path: Path, name: str, text: str) -> None:
    code, found = said(tmp_path, name, text)
    [note] = found
    assert note["code"] == "FL011" and note["severity"] == "info"
    message = str(note["message"])
    assert "api.example.com (not a Genesys Cloud host)" in message, message
    assert "not checked" in message, message
    assert note["line"] == text.count("\n", 0, text.index("https://api.example")) + 1
    assert code == 0  # a note: a gateway forwarding to Genesys Cloud is plausible


def test_beside_a_launch_read_it_is_still_noted(tmp_path: Path) -> None:
    launch = '{"flowId": "%s", "type": "flow"}' % FLOW
    text = (f"POST https://api.mypurecloud.com/api/v2/flows/executions\nContent-Type: application/json\n\n{launch}\n\n###\n\n"
            f"POST https://api.example.com/api/v2/flows/executions\nContent-Type: application/json\n\n{BODY}\n")
    _, found = said(tmp_path, "two.http", text)
    assert any(d["code"] == "FL101" for d in found), "reached: the Genesys launch is checked"
    [note] = [d for d in found if d["code"] == "FL011"]
    assert "api.example.com (not a Genesys Cloud host)" in str(note["message"])
    assert note["line"] == 8


@pytest.mark.parametrize(("name", "text"), [
    # a status read on another host, another product's own path, and no body: no launch-shaped request
    ("status.sh", "curl https://api.example.com/api/v2/flows/executions/$ID\n"),
    ("kestra.sh", f"curl -X POST https://kestra.example.com/api/v1/flows/executions -d '{BODY}'\n"),
    ("list.http", "GET https://api.example.com/api/v2/flows/executions\n"),
])
def test_no_launch_shaped_request_stays_quiet(tmp_path: Path, name: str, text: str) -> None:
    (tmp_path / name).write_text(text)
    result = flowlint("check", "--format", "json", "--no-cache", "--verbose", str(tmp_path / name))
    assert result.exit_code == 0 and "1 file" in flowlint("check", "--no-cache", str(tmp_path / name)).output
    assert json.loads(result.stdout)["diagnostics"] == []


def test_a_stand_in_host_is_checked_as_a_launch(tmp_path: Path) -> None:
    text = f"curl -X POST http://genesys-mock.internal/api/v2/flows/executions -d '{{\"flowId\": \"{FLOW}\", \"type\": 1}}'\n"
    _, found = said(tmp_path, "local.sh", text)
    assert "FL101" in [d["code"] for d in found if d["severity"] == "error"]
    assert not any(d["code"] == "FL011" for d in found)


def test_the_note_shows_the_host_alone(tmp_path: Path) -> None:
    secret = "pa55S3cretW0rd"
    text = f"curl -X POST 'https://admin:{secret}@api.example.com/api/v2/flows/executions?key=k3yS3cret99' -d '{BODY}'\n"
    for output_format in ("text", "json", "sarif", "github"):
        (tmp_path / "leak.sh").write_text(text)
        result = flowlint("check", "--format", output_format, "--no-cache", "--no-color", str(tmp_path / "leak.sh"))
        assert "api.example.com (not a Genesys Cloud host)" in result.output, result.output
        assert secret not in result.output and "k3yS3cret99" not in result.output and "admin" not in result.output
