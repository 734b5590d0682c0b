"""A body in JSON with comments (`.jsonc`, `launch.json.example`) that has a mistake of its own besides its comments is
told that mistake, where it is: never "JSON has no comments", whose fix would delete the comments the format allows."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import flowlint

FLOW = "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90"


def _found(path: Path) -> list[tuple[str, int, str]]:
    result = flowlint("check", "--no-cache", "--format", "json", str(path))
    return [(d["code"], d["line"], d["message"]) for d in json.loads(result.stdout)["diagnostics"] if d["code"] == "FL001"]


def test_a_trailing_comma_is_said_and_the_comments_stay(tmp_path: Path) -> None:
    path = tmp_path / "launch.jsonc"
    path.write_text(f'// the nightly run\n{{\n  "flowId": "{FLOW}", // the flow\n  "inputData": {{"Flow.a": 1,}},\n}}\n')
    found = _found(path)
    assert [(code, line) for code, line, _ in found] == [("FL001", 4), ("FL001", 4)], found
    assert all("trailing comma" in message for _, _, message in found), found
    flowlint("check", "--no-cache", "--fix", "--unsafe-fixes", str(path))
    assert "// the nightly run" in path.read_text() and "// the flow" in path.read_text()  # (the comments kept)
    assert _found(path) == []


def test_a_missing_comma_is_said_at_it(tmp_path: Path) -> None:
    path = tmp_path / "launch.json.example"
    path.write_text(f'/* fill in */\n{{"flowId": "{FLOW}" "name": "n"}}\n')
    found = _found(path)
    assert [(code, line) for code, line, _ in found] == [("FL001", 2)], found
    assert "comma" in found[0][2] and "comments" not in found[0][2]
