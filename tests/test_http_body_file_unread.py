"""A .http request whose body is read from a file (`< ./body.json`) that cannot be read (not found, outside the checked
tree, larger than max-file-size) gets an FL011 note saying which and why, as the Genesys Cloud CLI's body file does:
its launch was found, but nothing in its body was checked, never in silence."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import diagnostics

_REQUEST = ("POST https://api.mypurecloud.com/api/v2/flows/executions\nContent-Type: application/json\n"
            "Authorization: Bearer {{{{token}}}}\n\n< {body}\n")


def _notes(found: list[dict[str, object]]) -> list[str]:
    return [str(d["message"]) for d in found if d["code"] == "FL011"]


def test_a_body_file_not_found_is_said(tmp_path: Path) -> None:
    (tmp_path / "launch.http").write_text(_REQUEST.format(body="./missing.json"))
    [note] = _notes(diagnostics("--no-cache", str(tmp_path)))
    assert "`./missing.json` is not found" in note and "nothing in it was checked" in note


def test_a_body_file_outside_the_checked_tree_is_said_and_not_read(tmp_path: Path) -> None:
    (tmp_path / "checked").mkdir()
    (tmp_path / "outside").mkdir()
    (tmp_path / "outside" / "body.json").write_text(json.dumps({"inputData": {}}))  # (no flowId: FL103 if read)
    (tmp_path / "checked" / "launch.http").write_text(_REQUEST.format(body="../outside/body.json"))
    found = diagnostics("--no-cache", str(tmp_path / "checked"))
    [note] = _notes(found)
    assert "outside the checked tree" in note
    assert all(d["code"] == "FL011" for d in found)


def test_a_body_file_too_big_is_said(tmp_path: Path) -> None:
    (tmp_path / "body.json").write_text(json.dumps({"flowId": "x", "inputData": {"Flow.pad": "p" * 2000}}))
    (tmp_path / "launch.http").write_text(_REQUEST.format(body="./body.json"))
    [note] = _notes(diagnostics("--no-cache", "--max-file-size", "1000", str(tmp_path / "launch.http")))
    assert "could not be read" in note and "max-file-size" in note


def test_a_body_file_read_gets_no_note(tmp_path: Path) -> None:
    (tmp_path / "body.json").write_text(json.dumps({"inputData": {}}))
    (tmp_path / "launch.http").write_text(_REQUEST.format(body="./body.json"))
    found = diagnostics("--no-cache", "-v", str(tmp_path / "launch.http"))
    assert "FL103" in [d["code"] for d in found]  # (the body was read and checked: no flowId)
    assert not [n for n in _notes(found) if "body file" in n]
