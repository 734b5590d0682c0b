"""A Genesys web-messaging tester's script (`config: {deploymentId, region}` and `scenarios` of dialogue: `say`,
`waitForReplyContaining`), as ovotech/genesys-web-messaging-tester runs them against a Web Messenger deployment, is no
launch and no Artillery load test, though it has Artillery's two top-level keys: named, its one FL012 note does not call
it an Artillery script; walked, nothing is said. An Artillery script (its scenarios' `flow` of requests) stays one."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import diagnostics

pytestmark = pytest.mark.usefixtures("in_tmp")

DIALOGUE = ("config:\n  deploymentId: 6f1e2d3c-4b5a-4a69-8788-9a0b1c2d3e4f\n  region: mypurecloud.ie\n"
            "scenarios:\n  \"Opt in\":\n    - say: hello\n    - waitForReplyContaining: Would you like updates?\n"
            "    - say: 'Yes'\n    - waitForReplyMatching: Thanks[!.]+\n")
ARTILLERY = ("config:\n  target: https://api.mypurecloud.ie\nscenarios:\n  - flow:\n      - post:\n"
             "          url: /api/v2/status\n          json: {ok: true}\n")


def test_a_dialogue_script_is_no_artillery_script() -> None:
    Path("tests/dialogue").mkdir(parents=True)
    Path("tests/dialogue/opt-in.yml").write_text(DIALOGUE, encoding="utf-8")
    assert diagnostics("--no-cache", ".") == []
    named = diagnostics("--no-cache", "tests/dialogue/opt-in.yml")
    assert [(d["code"], d["severity"]) for d in named] == [("FL012", "info")], named
    assert "Artillery" not in str(named[0]["message"]), named


def test_an_artillery_script_is_still_one() -> None:
    Path("load.yml").write_text(ARTILLERY, encoding="utf-8")
    named = diagnostics("--no-cache", "load.yml")
    assert [d["code"] for d in named] == ["FL012"] and "Artillery" in str(named[0]["message"]), named


SESSION = ('{"channel": {"inputModes": ["Text"], "outputModes": ["Text"], "name": "Messaging", "userAgent": {"name": "QA"}},'
           ' "externalSessionId": "", "flow": {"id": "7c6b5a49-3827-4615-a4b3-c2d1e0f9a8b7"},'
           ' "inputData": {"variables": {}}, "language": ""}')
SESSION_JS = ("async function start(flowId, token) {\n  const body = " + SESSION.replace('"7c6b5a49-3827-4615-a4b3-c2d1e0f9a8b7"',
              "flowId") + ";\n  return fetch('https://api.mypurecloud.ie/api/v2/textbots/botflows/sessions', {method: 'POST', "
              "headers: {Authorization: `Bearer ${token}`, 'Content-Type': 'application/json'}, body: JSON.stringify(body)});\n}\n")


def test_a_bot_flow_session_as_a_bot_tester_sends_it_gets_no_error() -> None:
    """The shape a public bot-flow test harness posts (an empty `externalSessionId`, empty `variables`), kept as JSON and
    sent from code: a note named, nothing walked, nothing in the code."""
    Path("session.json").write_text(SESSION, encoding="utf-8")
    Path("bot.js").write_text(SESSION_JS, encoding="utf-8")
    named = diagnostics("--no-cache", "session.json", "bot.js")
    assert [(d["file"], d["code"]) for d in named] == [("session.json", "FL012")], named
    assert "bot flow session" in str(named[0]["message"])
    assert diagnostics("--no-cache", ".") == []
