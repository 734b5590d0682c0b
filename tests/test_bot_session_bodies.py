"""A Genesys Cloud bot flow's session request (`POST /api/v2/textbots/botflows/sessions`, the platform's
TextBotFlowLaunchRequest) holds an `inputData` object of `Flow.` variables too: kept as a JSON/YAML file (a bot
connector's test fixture), it is another endpoint's body and gets one FL012 note, never the FL102/FL103/FL101 errors
of a workflow launch written wrong, nor a fix that rewrites it into one. A workflow launch that borrows its shape
keeps its errors, and so does the bot body sent to the launch endpoint."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from validator.sources import candidates

from conftest import UUID, diagnostics, flowlint

pytestmark = pytest.mark.usefixtures("in_tmp")

BOT_SESSION = {"flow": {"id": UUID}, "externalSessionId": "web-42",
               "channel": {"name": "web", "inputModes": ["Text"], "outputModes": ["Text"]}, "language": "en-us",
               "inputData": {"variables": {"Flow.customerName": "Ada", "Flow.orderNumber": "A-1042"}}}
BOT_YAML = f"flow:\n  id: {UUID}\nexternalSessionId: web-42\nlanguage: en-us\ninputData:\n  variables:\n" \
           "    Flow.customerName: Ada\n"


def test_a_bot_session_request_gets_one_note_named_or_walked_and_no_fix() -> None:
    Path("fixtures").mkdir()
    Path("fixtures/start-bot-session.json").write_text(json.dumps(BOT_SESSION, indent=2), encoding="utf-8")
    Path("fixtures/bot-session.yaml").write_text(BOT_YAML, encoding="utf-8")
    named = diagnostics("--no-cache", "fixtures/start-bot-session.json", "fixtures/bot-session.yaml")
    assert sorted((d["file"], d["code"], d["severity"]) for d in named) == [
        ("fixtures/bot-session.yaml", "FL012", "info"), ("fixtures/start-bot-session.json", "FL012", "info")], named
    assert all("bot flow session's request" in d["message"] for d in named), named
    walked = diagnostics("--no-cache", "-v", ".")
    assert [(d["code"], d["severity"]) for d in walked] == [("FL012", "info")] * 2, walked  # reached, and said
    before = {path: path.read_bytes() for path in Path("fixtures").iterdir()}
    result = flowlint("check", "--no-cache", "--fix", "--unsafe-fixes", *map(str, before))
    assert result.exit_code == 0, result.output
    assert {path: path.read_bytes() for path in Path("fixtures").iterdir()} == before


def test_a_launch_in_a_bot_sessions_shape_keeps_its_errors() -> None:
    # The workflow launch written with the bot body's `variables` or `flow` reference, and no externalSessionId: judged.
    Path("variables.json").write_text(json.dumps({"flowId": UUID, "inputData": {"variables": {"Flow.x": 1}}}),
                                      encoding="utf-8")
    Path("flow_ref.json").write_text(json.dumps({"flow": {"id": UUID}, "inputData": {"Flow.x": 1}}), encoding="utf-8")
    found = diagnostics("--no-cache", "variables.json", "flow_ref.json")
    assert ("variables.json", "FL101") in [(d["file"], d["code"]) for d in found], found
    assert ("flow_ref.json", "FL103") in [(d["file"], d["code"]) for d in found], found
    assert not candidates.bot_session_body({"flowId": UUID, "inputData": {"variables": {}}})
    # a workflow launch holding a bot session's member by mistake: its flowId says what it is (judged, named or walked)
    Path("stray.json").write_text(json.dumps({"flowId": UUID, "externalSessionId": "web-42", "inputData": {"Flow.x": 1}}),
                                  encoding="utf-8")
    for run in (("stray.json",), (".",)):
        assert ("stray.json", "FL102", "/externalSessionId") in [
            (d["file"], d["code"], d["pointer"]) for d in diagnostics("--no-cache", *run)], run
    assert candidates.bot_session_body({"flow": {"id": UUID}, "inputData": {"variables": {}}})
    assert candidates.bot_session_body({"externalSessionId": "web-42", "inputData": {"Flow.x": 1}})  # by its own member


def test_a_bot_session_body_sent_to_the_launch_endpoint_is_judged_as_the_launch_it_is_sent_as() -> None:
    body = json.dumps(BOT_SESSION)
    Path("send.py").write_text(
        "import requests\n\n"
        f"requests.post('https://api.mypurecloud.com/api/v2/flows/executions', json={body})\n"
        f"requests.post('https://api.mypurecloud.com/api/v2/textbots/botflows/sessions', json={body})\n",
        encoding="utf-8")
    found = diagnostics("--no-cache", "send.py")
    assert {d["line"] for d in found if d["severity"] == "error"} == {3}, found
    assert "FL102" in {d["code"] for d in found}, found
