"""An editor document whose path the system refuses (a name too long: ENAMETOOLONG) is checked from its buffer text, as
any document outside a project: the look for its config and work tree above it finds none there (it raised, and the
document's findings were cleared, its launches never shown)."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pygls")

from validator.lsp.server import FlowlintServer

URL = "https://api.mypurecloud.com/api/v2/flows/executions"
LAUNCH_JS = f"await fetch('{URL}', {{method: 'POST', body: JSON.stringify({{flowID: 'x'}})}});\n"


@pytest.mark.parametrize("name", ["x" * 300 + "/launch.js", "x" * 300 + "/" + "y" * 5000 + ".js", "a/" * 3000 + "launch.js"])
def test_a_document_whose_path_is_too_long_is_checked_from_its_text(tmp_path: Path, name: str) -> None:
    path = str(tmp_path / name)
    found = [d.code for d in FlowlintServer().checked(path, LAUNCH_JS, {path: LAUNCH_JS})]
    assert "FL103" in found, found  # its launch read: the flow id is no UUID
