"""FL011 says what the file is known to name: Genesys Cloud's launch endpoint only where the text says so (its /api/v2/
path, an SDK's launch method); another product's host, or a flows/executions path with nothing of Genesys Cloud's
before it, is said as just that, never as a launch on a guess."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import flowlint

ENDPOINT = "mentions the launch endpoint, but flowlint read no launch in it"
SOME_PATH = "mentions a flows/executions path (Genesys Cloud's launch endpoint only under its API's /api/v2/, not written here)"
OTHER_HOST = "mentions /api/v2/flows/executions on api.example.com (not a Genesys Cloud host), but flowlint"


def notes(tmp_path: Path, name: str, text: str) -> list[str]:
    (tmp_path / name).write_text(text)
    result = flowlint("check", "--format", "json", "--no-cache", str(tmp_path / name))
    said = json.loads(result.stdout)["diagnostics"]
    assert said, "reached: the file is read and something is said of it"
    return [d["message"] for d in said if d["code"] == "FL011"]


@pytest.mark.parametrize(("name", "text", "words"), [
    ("genesys.py", "import mylib\nmylib.send('https://api.mypurecloud.com/api/v2/flows/executions', {'flowId': 'f'})\n", ENDPOINT),
    ("relative.py", "import mylib\nmylib.send('/api/v2/flows/executions', {'flowId': 'f'})\n", ENDPOINT),
    ("by_id.js", "client.call(`${BASE}/api/v2/flows/${id}/executions`, body);\n", ENDPOINT),
    ("sdk.js", "helper.wrap('postFlowsExecutions');\n", ENDPOINT),
    ("other.py", "import mylib\nmylib.send('https://api.example.com/api/v2/flows/executions', {'flowId': 'f'})\n", OTHER_HOST),
    ("kestra.js", "const BASE = 'https://kestra.example.org/api/v1';\nclient.call(`${BASE}/flows/executions`, { id });\n", SOME_PATH),
    ("based.py", "import mylib\nmylib.send(f'{base}/flows/executions', {'flowId': 'f'})\n", SOME_PATH),
    ("Main.go", 'package main\nconst url = "https://api.example.com/api/v2/flows/executions"\n', OTHER_HOST),
    ("Launch.java", 'class L { String u = "https://api.mypurecloud.com/api/v2/flows/executions"; }\n', "mentions the launch endpoint"),
])
def test_a_note_names_what_the_file_writes(tmp_path: Path, name: str, text: str, words: str) -> None:
    [message] = notes(tmp_path, name, text)
    assert words in message
    if words != ENDPOINT and not words.endswith("launch endpoint"):
        assert "mentions the launch endpoint" not in message


def test_a_mention_beside_a_launch_read_names_its_path(tmp_path: Path) -> None:
    text = ("await fetch('https://api.mypurecloud.com/api/v2/flows/executions', { method: 'POST', "
            "body: JSON.stringify({ flowId: 'f', inputData: {} }) });\nsend('/flows/executions', body);\n"
            "send('https://api.example.com/api/v2/flows/executions', body);\n")
    said = notes(tmp_path, "beside.js", text)
    assert said == [
        "this mention of a flows/executions path (Genesys Cloud's launch endpoint only under its API's /api/v2/, not "
        "written here) was not read as a launch: it is passed to `send(…)`, which flowlint does not read as a launch (a "
        "client it does not know, or a call it cannot follow)",
        "this mention of /api/v2/flows/executions on api.example.com (not a Genesys Cloud host) was not read as a "
        "launch: it is passed to `send(…)`, which flowlint does not read as a launch (a client it does not know, or a call "
        "it cannot follow)"]


@pytest.mark.parametrize(("url", "words"), [
    ("'https://api.mypurecloud.com/api/v2/flows/executions/' + id", ENDPOINT),
    ("`${BASE}/flows/executions/${id}`", SOME_PATH),
])
def test_a_request_that_may_launch_or_read_a_status_names_its_path(tmp_path: Path, url: str, words: str) -> None:
    [message] = notes(tmp_path, "unsure.js", f"// genesys cloud\nexport const go = (id, options) => fetch({url}, options);\n")
    assert words in message and "it may launch a flow or read a run's status" in message
