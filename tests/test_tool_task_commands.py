"""A VS Code task's command (`.vscode/tasks.json`, JSON with comments) and a Google Cloud Build step's (`cloudbuild.yaml`)
are read as they run (sources/vscode_tasks.py, sources/cloudbuild.py), at their places in the file, walked or named:
a shell task's command line (with `args`, quoted as VS Code quotes them), a process task's words, a Cloud Build
`script`, a shell entrypoint's `-c` script, a curl builder's args. What the tool fills in first (VS Code's
`${input:flowId}`, Cloud Build's `$_FLOW_ID`) is unknown, never a finding. A task's Windows form and a step of another
builder are not read: a mention there gets an FL011 note saying why. Before, each got only the FL011 note, its launch
unchecked (reviewer A 1: tasks.json, cloudbuild.yaml)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from validator.core.unknown import Unknown
from validator.sources import embedded_shell

from conftest import diagnostics

URL = "https://api.mypurecloud.com/api/v2/flows/executions"
ID = "5b9e0c2a-1f3d-4c4e-9a8b-2d7e6f1a0b3c"  # (no contract: only the launch's own findings)
BODY = f'{{"flowId": "{ID}", "inputs": {{"orderId": "1"}}}}'
CURL = f"curl -X POST {URL} -H 'Content-Type: application/json' -d '{BODY}'"
ARGS = ["-X", "POST", URL, "-H", "Content-Type: application/json", "-d", BODY]


def _codes(tmp_path: Path, *args: str) -> list[tuple[str, str, int]]:
    return [(Path(d["file"]).name, d["code"], d["line"]) for d in diagnostics("--no-cache", *args) if d["code"] != "FL200"]


@pytest.mark.parametrize("task", [
    {"label": "launch", "type": "shell", "command": CURL},
    {"label": "launch", "type": "shell", "command": "curl", "args": ARGS},
    {"label": "launch", "type": "process", "command": "curl", "args": ARGS},
    {"label": "launch", "type": "shell", "command": "echo", "linux": {"command": CURL}},
])
def test_a_vscode_tasks_command_is_read_walked_or_named(tmp_path: Path, task: dict[str, object]) -> None:
    (tmp_path / ".vscode").mkdir()
    text = "// the team's tasks\n" + json.dumps({"version": "2.0.0", "tasks": [task]}, indent=1)
    (tmp_path / ".vscode" / "tasks.json").write_text(text, encoding="utf-8")
    (tmp_path / ".vscode" / "launch.json").write_text('{"configurations": [{"flowId": "x"}]}', encoding="utf-8")
    (tmp_path / ".vscode" / "settings.json").write_text('{\n  // editor\n  "inputs": 1,\n}\n', encoding="utf-8")
    line = next(number for number, written in enumerate(text.splitlines(), 1) if '"inputs' in written)
    assert _codes(tmp_path, str(tmp_path)) == _codes(tmp_path, str(tmp_path / ".vscode" / "tasks.json")) == [
        ("tasks.json", "FL101", line)]  # (nothing of launch.json or settings.json: not walked)


def test_what_vscode_fills_in_is_unknown() -> None:
    text = json.dumps({"version": "2.0.0", "tasks": [
        {"type": "shell", "command": f"curl -X POST {URL} -d '{{\"flowId\": \"${{input:flowId}}\"}}'"},
        {"type": "shell", "command": "curl", "args": ["-X", "POST", URL, "-d", "{\"flowId\": \"${input:flowId}\", \"x\": 1}"]},
        {"type": "process", "command": "curl", "args": ["-X", "POST", URL, "-d", "{\"flowId\": \"${env:FLOW_ID}\"}"]}]})
    first, second, third = embedded_shell.extract("vscode-tasks", text)
    assert isinstance(first.body, dict) and isinstance(first.body["flowId"], Unknown)
    assert isinstance(second.body, Unknown)  # (how VS Code quotes it depends on the value)
    assert isinstance(third.body, dict) and isinstance(third.body["flowId"], Unknown)


def test_a_shell_tasks_args_are_quoted_as_vscode_quotes_them() -> None:
    text = json.dumps({"version": "2.0.0", "tasks": [{"type": "shell", "command": "curl", "args": [
        "-X", "POST", URL, "-d", "'{\"flowId\": 1}'", "-H", "X-A: $HOME"]}]})
    (request,) = embedded_shell.extract("vscode-tasks", text)
    assert request.body == {"flowId": 1}  # (already quoted: as it is)
    assert request.headers is not None and [header.name for header in request.headers] == ["X-A"]


@pytest.mark.parametrize(("task", "said"), [
    ({"type": "shell", "command": "echo", "windows": {"command": f"Invoke-RestMethod -Method Post -Uri {URL}"}}, "windows form"),
    ({"type": "shell", "command": CURL, "options": {"shell": {"executable": "C:\\tools\\pwsh.exe"}}}, "pwsh"),
])
def test_a_windows_form_or_powershell_task_is_said_not_read(tmp_path: Path, task: dict[str, object], said: str) -> None:
    launch = {"type": "shell", "command": CURL}
    for tasks in ([task], [launch, task]):  # (alone, and beside a launch read)
        (tmp_path / "tasks.json").write_text(json.dumps({"version": "2.0.0", "tasks": tasks}, indent=1), encoding="utf-8")
        found = [d for d in diagnostics("--no-cache", str(tmp_path / "tasks.json")) if d["code"] == "FL011"]
        assert len(found) == 1 and said in found[0]["message"], found


CLOUDBUILD = {
    "a shell's -c script": f"steps:\n- name: curlimages/curl\n  entrypoint: sh\n  args: ['-c', {json.dumps(CURL)}]\n",
    "a block script": f"steps:\n- name: ubuntu\n  entrypoint: bash\n  args:\n  - -ec\n  - |\n    set -x\n    {CURL}\n",
    "a step's script": f"steps:\n- name: alpine\n  script: |\n    #!/bin/sh\n    {CURL}\n",
    "curl's args": "steps:\n- name: gcr.io/cloud-builders/curl\n  args: [" + ", ".join(json.dumps(arg) for arg in ARGS) + "]\n",
}


@pytest.mark.parametrize("name", sorted(CLOUDBUILD))
def test_a_cloud_build_steps_command_is_read_walked_or_named(tmp_path: Path, name: str) -> None:
    text = CLOUDBUILD[name]
    (tmp_path / "cloudbuild.yaml").write_text(text, encoding="utf-8")
    line = next(number for number, written in enumerate(text.splitlines(), 1) if '"inputs' in written)
    assert _codes(tmp_path, str(tmp_path)) == _codes(tmp_path, str(tmp_path / "cloudbuild.yaml")) == [
        ("cloudbuild.yaml", "FL101", line)]


def test_cloud_builds_substitutions_are_unknown_and_double_dollar_is_the_shells() -> None:
    text = ("steps:\n- name: bash\n  entrypoint: bash\n  args:\n  - -c\n  - |\n    BODY='{\"flowId\": \"x\"}'\n"
            f"    curl -X POST {URL} -d \"$$BODY\"\n    curl -X POST {URL} -d \"$BODY\"\n"
            f"    curl -X POST {URL} -d '{{\"flowId\": \"${{_FLOW_ID}}\"}}'\n")
    first, second, third = embedded_shell.extract("cloudbuild", text)
    assert first.body == {"flowId": "x"}  # `$$BODY`: the shell's variable
    assert isinstance(second.body, Unknown)  # `$BODY`: Cloud Build's (replaced, or refused)
    assert isinstance(third.body, dict) and isinstance(third.body["flowId"], Unknown)


def test_a_step_of_another_builder_is_not_read(tmp_path: Path) -> None:
    text = f"steps:\n- name: gcr.io/cloud-builders/gcloud\n  args: [functions, call, launch, --data, {json.dumps(URL)}]\n"
    (tmp_path / "cloudbuild.yaml").write_text(text, encoding="utf-8")
    assert embedded_shell.extract("cloudbuild", text) == []
    assert [d["code"] for d in diagnostics("--no-cache", str(tmp_path / "cloudbuild.yaml"))] == ["FL011"]


def test_a_cloud_build_step_starts_with_its_env() -> None:
    text = ("options:\n  env: ['GC_URL=" + URL + "']\nsteps:\n"
            "- name: curlimages/curl\n  entrypoint: sh\n  env:\n  - 'BODY={\"flowId\": \"" + ID + "\", \"inputData\": 5}'\n"
            "  args: ['-c', 'curl -X POST \"$$GC_URL\" -H \"Content-Type: application/json\" -d \"$$BODY\"']\n"
            "- name: curlimages/curl\n  entrypoint: sh\n  env: ['BODY=${_BODY}']\n  secretEnv: ['GC_URL']\n"
            "  args: ['-c', 'curl -X POST " + URL + " -H \"Content-Type: application/json\" -d \"$$BODY\"']\n")
    first, second = embedded_shell.extract("cloudbuild", text)
    assert first.url is not None and first.url.value == URL and first.body == {"flowId": ID, "inputData": 5}
    assert first.body_span is not None and text[first.body_span[0]:].startswith('{"flowId"')  # (where env writes it)
    assert isinstance(second.body, Unknown)  # (a substitution)


def test_a_vscode_task_starts_with_its_options_env() -> None:
    text = json.dumps({"version": "2.0.0", "options": {"env": {"GC_URL": URL}}, "tasks": [
        {"type": "shell", "command": "curl -X POST \"$GC_URL\" -H 'Content-Type: application/json' -d \"$BODY\"",
         "options": {"env": {"BODY": f'{{"flowId": "{ID}", "inputData": 5}}'}}},
        {"type": "shell", "command": "curl -X POST \"$GC_URL\" -d \"$BODY\"", "options": {"env": {"BODY": "${input:body}"}}}]},
        indent=1)
    first, second = embedded_shell.extract("vscode-tasks", text)
    assert first.url is not None and first.url.value == URL and first.body == {"flowId": ID, "inputData": 5}
    assert first.body_span is not None and text[first.body_span[0]:].startswith('{\\"flowId')  # (where env writes it)
    assert isinstance(second.body, Unknown)


def test_a_vscode_tasks_file_with_trailing_commas_is_read(tmp_path: Path) -> None:
    # VS Code reads (and writes) trailing commas in tasks.json: the launch in it was not read, and only a bare FL011 said
    (tmp_path / ".vscode").mkdir()
    text = json.dumps({"version": "2.0.0", "tasks": [{"label": "launch", "type": "shell", "command": CURL}]}, indent=1)
    text = text.replace(f'{json.dumps(CURL)}\n', f'{json.dumps(CURL)},\n').replace("}\n ]", "},\n ]")
    assert ",\n" in text and text.count(",\n ]") == 1  # (the trailing commas written)
    (tmp_path / ".vscode" / "tasks.json").write_text(text, encoding="utf-8")
    line = next(number for number, written in enumerate(text.splitlines(), 1) if '"inputs' in written)
    assert _codes(tmp_path, str(tmp_path / ".vscode" / "tasks.json")) == [("tasks.json", "FL101", line)]
