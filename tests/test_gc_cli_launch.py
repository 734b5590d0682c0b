"""The Genesys Cloud CLI's launch (`gc flows executions create`, MyPureCloud/platform-client-sdk-cli) is read: its body
from `--file`/`-f`, `< FILE`, `cat FILE |` (the file, at its own positions, inside the checked tree only), or from a
here-document, a here-string or `echo '…' |` (at the script's positions); what cannot be read is an FL011 note."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import flowlint

FLOW = "5d0c8a3e-2b1f-4e6a-9c7d-8e1f2a3b4c5d"  # no contract in the repository's store: only the envelope is judged
WRONG = f'{{\n  "flowId": "{FLOW}",\n  "flow_version": "1.0",\n  "inputData": {{"Flow.x": 1}}\n}}\n'
RIGHT = f'{{"flowId": "{FLOW}", "inputData": {{"Flow.x": 1}}}}\n'


def _found(*paths: Path, cwd: Path | None = None, monkeypatch: pytest.MonkeyPatch | None = None) -> list[dict[str, Any]]:
    if cwd is not None and monkeypatch is not None:
        monkeypatch.chdir(cwd)
    result = flowlint("check", "--no-cache", "--format", "json", *map(str, paths))
    assert result.exit_code in (0, 1), result.output
    return [d for d in json.loads(result.stdout)["diagnostics"] if d["code"] != "FL200"]


@pytest.mark.parametrize("command", [
    "gc flows executions create -f body.json",
    "gc --profile prod flows executions create --file body.json",
    "gc flows executions create --file=body.json",
    "gc flows executions create -fbody.json",
    "gc flows executions create -f=body.json",
    "gc flows executions create < body.json",
    "gc flows executions create <body.json",
    "cat body.json | gc flows executions create",
    "gc --environment mypurecloud.ie flows executions create -p prod -f ./body.json",
])
def test_the_body_file_is_read_at_its_own_positions(tmp_path: Path, command: str) -> None:
    (tmp_path / "body.json").write_text(WRONG)
    (tmp_path / "launch.sh").write_text(f"#!/bin/sh\nset -e\n{command}\n")
    found = _found(tmp_path / "launch.sh")
    assert [(Path(d["file"]).name, d["code"], d["line"], d["column"]) for d in found] == [("body.json", "FL102", 3, 3)], found


def test_a_correct_body_file_is_clean(tmp_path: Path) -> None:
    (tmp_path / "body.json").write_text(RIGHT)
    (tmp_path / "launch.sh").write_text("gc flows executions create -f body.json\n")
    result = flowlint("check", "--no-cache", "--format", "json", str(tmp_path / "launch.sh"))
    assert result.exit_code == 0
    notes = json.loads(result.stdout)["diagnostics"]
    assert [d["code"] for d in notes] == ["FL200"] and notes[0]["file"].endswith("body.json")  # reached: it was read


@pytest.mark.parametrize("script", [
    f"gc flows executions create <<'JSON'\n{WRONG}JSON\n",
    f"cat <<'JSON' | gc flows executions create\n{WRONG}JSON\n",
    f"gc flows executions create <<< '{WRONG}'\n",
    f"echo '{WRONG}' | gc flows executions create\n",
])
def test_a_body_written_in_the_script_is_checked_there(tmp_path: Path, script: str) -> None:
    (tmp_path / "launch.sh").write_text(script)
    found = _found(tmp_path / "launch.sh")
    assert [d["code"] for d in found] == ["FL102"], found
    line = script.splitlines()[found[0]["line"] - 1]
    assert line[found[0]["column"] - 1:].startswith('"flow_version"')


def test_a_makefile_recipe_and_a_markdown_block_read_it_too(tmp_path: Path) -> None:
    (tmp_path / "body.json").write_text(WRONG)
    (tmp_path / "Makefile").write_text("launch:\n\tgc flows executions create --file body.json\n")
    (tmp_path / "README.md").write_text("Launch it:\n\n```bash\ngc flows executions create -f body.json\n```\n")
    for name in ("Makefile", "README.md"):
        found = _found(tmp_path / name)
        assert [(Path(d["file"]).name, d["code"]) for d in found] == [("body.json", "FL102")], (name, found)


def test_a_body_file_out_of_the_checked_tree_is_not_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "outside").mkdir()
    (tmp_path / "outside" / "body.json").write_text(WRONG)
    (tmp_path / "repo").mkdir()
    (tmp_path / "repo" / "launch.sh").write_text(f"gc flows executions create -f {tmp_path / 'outside' / 'body.json'}\n"
                                                 "gc flows executions create -f ../outside/body.json\n")
    found = _found(tmp_path / "repo", cwd=tmp_path / "repo", monkeypatch=monkeypatch)
    assert [d["code"] for d in found] == ["FL011", "FL011"], found
    assert all(d["file"].endswith("launch.sh") and "outside the checked tree" in d["message"] for d in found)


def test_a_body_file_found_nowhere_is_said(tmp_path: Path) -> None:
    (tmp_path / "launch.sh").write_text("gc flows executions create -f missing.json\n")
    found = _found(tmp_path / "launch.sh")
    assert [d["code"] for d in found] == ["FL011"] and "`missing.json` is not found" in found[0]["message"], found


def test_a_body_file_that_may_be_two_files_is_not_guessed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The CLI reads a relative name from the directory it runs in: the one beside the script, or the one at the root.
    (tmp_path / "scripts").mkdir()
    (tmp_path / "scripts" / "launch.sh").write_text("gc flows executions create -f body.json\n")
    (tmp_path / "scripts" / "body.json").write_text(WRONG)
    (tmp_path / "body.json").write_text(RIGHT)
    for checked in (tmp_path / "scripts" / "launch.sh", tmp_path):  # (the root's own body.json outside the tree or not)
        found = [d for d in _found(checked, cwd=tmp_path, monkeypatch=monkeypatch) if d["file"].endswith("launch.sh")]
        assert [d["code"] for d in found] == ["FL011"], found
        assert "may be" in found[0]["message"] and "the directory it runs in" in found[0]["message"]


@pytest.mark.parametrize(("command", "why"), [
    ('gc flows executions create -f "$BODY"', "whose name is not known here"),
    ("gc flows executions create -d bodies/", "the directory of its bodies `bodies/` is not found"),
    ('gc flows executions create --directory "$DIR"', "each file of the directory `$DIR`"),
    ("gc --inputformat yaml flows executions create <<'EOF'\nflowId: x\nEOF", "as YAML"),
    ("jq -n '{flowId: env.FLOW}' | gc flows executions create", "what `jq` writes"),
    ("gc flows executions create", "what its stdin gives"),
])
def test_a_body_flowlint_cannot_read_is_said(tmp_path: Path, command: str, why: str) -> None:
    (tmp_path / "launch.sh").write_text(command + "\n")
    found = _found(tmp_path / "launch.sh")
    assert [d["code"] for d in found] == ["FL011"], found
    assert why in found[0]["message"] and "the Genesys Cloud CLI's launch was read" in found[0]["message"]


@pytest.mark.parametrize("command", [
    "gc flows executions create --printrequestbody", "gc flows executions create -b", "gc flows executions get $ID",
])
def test_commands_that_send_no_launch_stay_quiet(tmp_path: Path, command: str) -> None:
    (tmp_path / "ops.sh").write_text(command + "\n")
    (tmp_path / "reached.sh").write_text(f"gc flows executions create <<< '{RIGHT.strip()}'\n")
    found = _found(tmp_path / "ops.sh", tmp_path / "reached.sh")
    assert found == [], found


def test_each_file_of_its_directory_is_a_body(tmp_path: Path) -> None:
    (tmp_path / "bodies" / "nested").mkdir(parents=True)
    (tmp_path / "bodies" / "a.json").write_text(WRONG)
    (tmp_path / "bodies" / "b.json").write_text(WRONG.replace('"flow_version": "1.0",', '"type": "flow",'))
    (tmp_path / "bodies" / "nested" / "c.json").write_text(WRONG)  # (the CLI reads the directory's own files only)
    (tmp_path / "launch.sh").write_text("gc flows executions create --directory bodies\n")
    found = _found(tmp_path / "launch.sh")
    assert sorted((Path(d["file"]).name, d["code"]) for d in found) == [("a.json", "FL102"), ("b.json", "FL101")], found


def test_a_yaml_body_file_is_read_as_yaml(tmp_path: Path) -> None:
    (tmp_path / "body.yaml").write_text(f"flowId: {FLOW}\nflow_version: '1.0'\ninputData:\n  Flow.vip: yes\n")
    (tmp_path / "launch.sh").write_text("gc --inputformat=yaml flows executions create -f body.yaml\n")
    found = _found(tmp_path / "launch.sh")
    assert [(Path(d["file"]).name, d["code"], d["line"]) for d in found] == [("body.yaml", "FL102", 2), ("body.yaml", "FL006", 4)]
