"""curl's body file (`-d @launch.json`, `--data-binary @body.json`, `--json @body.json`) is read, as the Genesys Cloud
CLI's `--file` is: at its own positions, inside the checked tree only (core.paths; never outside it); one not read is
an FL011 note saying why (before, the body stayed unknown: said only with -v)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import flowlint

FLOW = "5d0c8a3e-2b1f-4e6a-9c7d-8e1f2a3b4c5d"  # no contract in the repository's store: only the envelope is judged
WRONG = f'{{\n  "flowId": "{FLOW}",\n  "flow_version": "1.0",\n  "inputData": {{"Flow.x": 1}}\n}}\n'
URL = "https://api.mypurecloud.com/api/v2/flows/executions"
CURL = f"curl -X POST {URL} -H 'Content-Type: application/json'"


def _found(*paths: Path, verbose: bool = False, cwd: Path | None = None,
           monkeypatch: pytest.MonkeyPatch | None = None) -> list[dict[str, Any]]:
    if cwd is not None and monkeypatch is not None:
        monkeypatch.chdir(cwd)
    result = flowlint("check", "--no-cache", "--format", "json", *(["-v"] if verbose else []), *map(str, paths))
    assert result.exit_code in (0, 1), result.output
    return [d for d in json.loads(result.stdout)["diagnostics"] if d["code"] != "FL200"]


@pytest.mark.parametrize(("name", "text"), [
    ("launch.sh", f"#!/bin/sh\n{CURL} -d @body.json\n"),
    ("launch.sh", f"#!/bin/sh\n{CURL} --data-binary @./body.json\n"),
    ("launch.sh", f"#!/bin/sh\ncurl -X POST {URL} --json @body.json\n"),
    ("README.md", f"# Launch\n\n```bash\n{CURL} \\\n  -d @body.json\n```\n"),
])
def test_curls_body_file_is_read_at_its_own_positions(tmp_path: Path, name: str, text: str,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "body.json").write_text(WRONG)
    (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
    (tmp_path / name).write_text(text)
    found = _found(tmp_path / name, cwd=tmp_path, monkeypatch=monkeypatch)
    assert [(Path(d["file"]).name, d["code"], d["line"], d["column"]) for d in found] == [("body.json", "FL102", 3, 3)], found


def test_a_workflows_body_file_at_the_root_is_read_when_the_root_is_checked(tmp_path: Path,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    # (a step runs at the repository's root; named alone, the workflow's tree is .github/workflows: its note says so)
    (tmp_path / "body.json").write_text(WRONG)
    (tmp_path / ".github" / "workflows").mkdir(parents=True)
    (tmp_path / ".github" / "workflows" / "launch.yml").write_text(
        "on: [workflow_dispatch]\njobs:\n  launch:\n    runs-on: ubuntu-latest\n    steps:\n"
        f"      - run: {CURL} --data-binary @body.json\n")
    found = _found(tmp_path, verbose=True, cwd=tmp_path, monkeypatch=monkeypatch)
    assert [(Path(d["file"]).name, d["code"]) for d in found] == [("body.json", "FL102")], found  # said once, no FL011


def test_a_body_file_outside_the_checked_tree_is_never_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "outside").mkdir()
    (tmp_path / "outside" / "body.json").write_text(WRONG)
    (tmp_path / "repo").mkdir()
    (tmp_path / "repo" / "launch.sh").write_text(f"{CURL} -d @../outside/body.json\n")
    found = _found(tmp_path / "repo", cwd=tmp_path / "repo", monkeypatch=monkeypatch)
    assert [(Path(d["file"]).name, d["code"]) for d in found] == [("launch.sh", "FL011")], found
    assert "outside the checked tree" in found[0]["message"]


def test_a_body_file_found_nowhere_is_said_with_curls_help(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text(f"```bash\n{CURL} -d @launch.json\n```\n")
    found = _found(tmp_path / "README.md")
    assert [d["code"] for d in found] == ["FL011"] and "`launch.json`, which is not found" in found[0]["message"]
    assert "build the body in this file" not in found[0]["help"] and "flowlint check launch.json" in found[0]["help"]


@pytest.mark.parametrize("given", ["@body.json", "@-"])
def test_data_raw_sends_its_at_sign_literally(tmp_path: Path, given: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # `--data-raw @body.json` sends the text `@body.json` (curl reads no file for --data-raw): that text is the body,
    # and it is no JSON (/tmp/s36/revC/3); the file beside it, wrong as it is, is not followed
    (tmp_path / "body.json").write_text(WRONG)
    (tmp_path / "launch.sh").write_text(f"#!/bin/sh\n{CURL} --data-raw {given} <<'EOF'\n{WRONG}EOF\n")
    found = _found(tmp_path / "launch.sh", cwd=tmp_path, monkeypatch=monkeypatch)
    assert [(d["code"], d["file"].rsplit("/", 1)[-1], d["line"]) for d in found] == [("FL001", "launch.sh", 2)]
