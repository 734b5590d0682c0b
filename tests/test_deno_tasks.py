"""A Deno configuration's `tasks` (deno.json, deno.jsonc) are read as a package.json's `scripts` are: each task's command
line (a string, or an object's `command`) through its JSON escapes, past deno.jsonc's comments and trailing commas, at
its place in the file, walked or named; `--fix` edits the command where it is written. It got only an FL011 note
("a command … written in its values is not read") (reach item 3; repros in /tmp/s39/reach/i3)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import UUID2, diagnostics, flowlint

pytestmark = pytest.mark.usefixtures("in_tmp")

URL = "https://api.mypurecloud.com/api/v2/flows/executions"
LAUNCH = f"curl -X POST {URL} -H 'Content-Type: application/json' -d '{{\"flowID\": \"{UUID2}\"}}'"
COMMANDED = f"curl -X POST {URL} --json '{{\"flowId\": \"{UUID2}\", \"priority\": 1}}'"
JSONC = ("{\n  // `deno task launch`\n  \"tasks\": {\n    \"launch\": " + json.dumps(LAUNCH) + ",  /* the nightly run */\n"
         "    \"again\": {\n      \"description\": \"launch again\",\n      \"command\": " + json.dumps(COMMANDED)
         + ",\n    },\n  },\n}\n")
PLAIN = json.dumps({"imports": {"@std/assert": "jsr:@std/assert@1"},
                    "tasks": {"launch": LAUNCH, "again": {"command": COMMANDED, "dependencies": ["launch"]}}}, indent=2)


def found(*args: str) -> list[tuple[str, str, int, str]]:
    return [(Path(d["file"]).name, d["code"], d["line"], d["message"].split("`")[1]) for d in diagnostics("--no-cache", *args)
            if d["code"] == "FL102"]


@pytest.mark.parametrize(("name", "text"), [("deno.jsonc", JSONC), ("deno.json", PLAIN)])
def test_a_tasks_command_is_read_where_it_is_written(tmp_path: Path, name: str, text: str) -> None:
    (tmp_path / name).write_text(text, encoding="utf-8")
    lines = text.splitlines()
    launch = next(number for number, line in enumerate(lines, 1) if '"launch":' in line)
    again = next(number for number, line in enumerate(lines, 1) if '"command":' in line)
    expected = [(name, "FL102", launch, "flowID"), (name, "FL102", again, "priority")]
    assert found(name) == found(".") == expected
    first = next(d for d in diagnostics("--no-cache", name) if d["code"] == "FL102")
    assert lines[launch - 1][first["column"] - 1:].startswith('\\"flowID\\"')  # at the key, inside the JSON string


def test_the_fix_renames_the_key_inside_the_tasks_string(tmp_path: Path) -> None:
    (tmp_path / "deno.jsonc").write_text(JSONC, encoding="utf-8")
    flowlint("check", "--no-cache", "--fix", "deno.jsonc")
    fixed = (tmp_path / "deno.jsonc").read_text(encoding="utf-8")
    assert fixed == JSONC.replace('\\"flowID\\"', '\\"flowId\\"')
    assert found("deno.jsonc") == [("deno.jsonc", "FL102", 7, "priority")]  # (not fixed: still an error)


def test_a_deno_configuration_without_a_launch_is_no_body(tmp_path: Path) -> None:
    (tmp_path / "deno.json").write_text(json.dumps({"flowId": "not-a-body", "tasks": {"dev": "deno run main.ts"}}))
    named: list[dict[str, Any]] = diagnostics("--no-cache", "deno.json")
    assert [(d["code"], d["severity"]) for d in named] == [("FL012", "info")], named
    assert "a Deno configuration" in named[0]["message"]
    assert diagnostics("--no-cache", ".") == []


def test_a_task_running_another_program_with_the_endpoint_is_said(tmp_path: Path) -> None:
    (tmp_path / "deno.json").write_text(json.dumps({"tasks": {"launch": f"deno run -A launch.ts {URL}"}}))
    said = diagnostics("--no-cache", "deno.json")
    assert [d["code"] for d in said] == ["FL011"], said
