"""A module that binds the launch endpoint to an exported name no launch of the tree reads keeps its FL011 note however
it exports it (`module.exports = { LAUNCH_PATH }`, `export const` used in a log line of its own): its own use of the
name is no launch. A launch of the tree that imports the name takes the note back."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import diagnostics

EXPORTS = [
    "const LAUNCH_PATH = '/api/v2/flows/executions';\nmodule.exports = { LAUNCH_PATH };\n",
    "const LAUNCH_PATH = '/api/v2/flows/executions';\nexports.LAUNCH_PATH = LAUNCH_PATH;\n",
    "export const LAUNCH_PATH = '/api/v2/flows/executions';\n"
    "export function logLaunch(logger, id) {\n  logger.info(`POST ${LAUNCH_PATH} -> execution ${id}`);\n}\n",
]
IMPORTER = ("const axios = require('axios');\nconst { LAUNCH_PATH } = require('./constants');\n"
            "exports.go = () => axios.post('https://api.mypurecloud.com' + LAUNCH_PATH, "
            "{ flowId: 'a1b2c3d4-1111-4222-8333-444455556666' });\n")


@pytest.mark.parametrize("text", EXPORTS)
def test_an_exported_endpoint_no_launch_reads_keeps_its_note(tmp_path: Path, text: str) -> None:
    (tmp_path / "constants.js").write_text(text)
    found = diagnostics("--no-cache", str(tmp_path / "constants.js"))
    assert [(d["code"], d["line"]) for d in found] == [("FL011", 1)], found
    assert "it is bound to `LAUNCH_PATH`" in found[0]["message"]


@pytest.mark.parametrize("text", EXPORTS)
def test_an_exported_endpoint_a_launch_imports_is_read(tmp_path: Path, text: str) -> None:
    (tmp_path / "constants.js").write_text(text)
    importer = IMPORTER if "module.exports" in text or "exports." in text else \
        IMPORTER.replace("const { LAUNCH_PATH } = require('./constants');", "import { LAUNCH_PATH } from './constants';")
    (tmp_path / "launch.js").write_text(importer)
    found = diagnostics("--no-cache", "-v", str(tmp_path))
    assert any(d["code"] == "FL200" and d["file"].endswith("launch.js") for d in found), found  # the launch was read
    assert not any(d["code"] == "FL011" for d in found), found
