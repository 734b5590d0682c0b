"""The FL011 notes of a body flowlint does not read say it as the file writes it: a body file named with an expansion
is `@$HOME/body.json`, not the reader's stand-in `@{{$HOME}}/body.json`; a body file that is a link inside the checked
tree to a file outside it is said to be that link, and the file to check is what it points to (reviewer, smaller)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from conftest import check_file, codes

URL = "https://api.mypurecloud.com/api/v2/flows/executions"
TYPE = "-H 'Content-Type: application/json'"


@pytest.mark.parametrize(("command", "shown"), [
    (f'curl -X POST {URL} {TYPE} --data-binary "@$HOME/body.json"', "`@$HOME/body.json`"),
    (f'wget --header="Content-Type: application/json" --post-file="${{DIR}}/body.json" {URL}', "`@${DIR}/body.json`"),
])
def test_a_body_named_with_an_expansion_is_said_as_written(tmp_path: Path, command: str, shown: str) -> None:
    found = check_file(tmp_path, "launch.sh", command + "\n", "-v")
    assert codes(found) == ["FL011"] and shown in found[0]["message"], found
    assert "{{$" not in found[0]["message"]


def test_a_linked_body_outside_the_tree_is_said_as_a_link(tmp_path: Path) -> None:
    (tmp_path / "outside").mkdir()
    (tmp_path / "outside" / "body.json").write_text('{"flowId": "callback"}\n')
    (tmp_path / "tree").mkdir()
    os.symlink(tmp_path / "outside" / "body.json", tmp_path / "tree" / "link.json")
    found = check_file(tmp_path, "tree/launch.sh", f"curl -X POST {URL} {TYPE} -d @link.json\n", "-v")
    assert codes(found) == ["FL011"], found
    target = os.path.relpath(tmp_path / "outside" / "body.json")
    assert f"`link.json`, which is a link to {target}, outside the checked tree" in found[0]["message"], found
    assert f"`flowlint check {target[:60]}" in found[0]["help"], found  # (a long path clipped)
