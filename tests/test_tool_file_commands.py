"""A Taskfile's `cmds`, a CodeBuild buildspec's `commands`, a Drone or Woodpecker pipeline's step `commands` are shell
commands, read as another CI service's scripts are: a curl launch in one is checked (it got only an FL011 note, and
before that "no problems"). A Taskfile item flowlint cannot read as a shell's (`- cmd: …`) keeps its note."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import diagnostics

pytestmark = pytest.mark.usefixtures("in_tmp")

URL = "https://api.mypurecloud.com/api/v2/flows/executions"
BODY = '{"flowId": "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90", "inputs": {"orderId": "1"}}'
CURL = f"curl -X POST {URL} -H 'Content-Type: application/json' -d '{BODY}'"
FILES = {
    "Taskfile.yml": f"version: '3'\ntasks:\n  launch:\n    cmds:\n      - task: build\n      - {json.dumps(CURL)}\n",
    "buildspec.yml": f"version: 0.2\nphases:\n  build:\n    commands:\n      - {json.dumps(CURL)}\n",
    ".drone.yml": f"kind: pipeline\nsteps:\n  - name: launch\n    image: curlimages/curl\n    commands:\n      - >-\n"
                  f"        {CURL}\n",
    ".woodpecker.yml": f"steps:\n  launch:\n    image: curlimages/curl\n    commands:\n      - {json.dumps(CURL)}\n",
}


@pytest.mark.parametrize("name", sorted(FILES))
def test_a_curl_launch_in_a_tools_commands_is_checked(tmp_path: Path, name: str) -> None:
    text = FILES[name]
    (tmp_path / name).write_text(text, encoding="utf-8")
    for args in ((name,), (".",)):
        found = [d for d in diagnostics("--no-cache", *args) if d["code"] != "FL200"]
        assert [(d["file"], d["code"]) for d in found] == [(name, "FL101")], (args, found)
        line = text.splitlines()[found[0]["line"] - 1]
        assert line[found[0]["column"] - 1:].lstrip("\\").startswith('"inputs')  # (`\"inputs\"` in a JSON-quoted scalar)


def test_a_taskfile_item_not_read_as_a_shells_keeps_its_note(tmp_path: Path) -> None:
    text = f"version: '3'\ntasks:\n  launch:\n    cmds:\n      - cmd: {json.dumps(CURL)}\n"
    (tmp_path / "Taskfile.yml").write_text(text, encoding="utf-8")
    assert [d["code"] for d in diagnostics("--no-cache", ".")] == ["FL011"]
