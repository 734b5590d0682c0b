"""A file that takes a launcher's body through `from launcher import *` imports it: a safe fix renaming the body's
member is unsafe there, as for `from launcher import BODY` (applied, it would break the importer's `BODY["flowID"]`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import UUID, flowlint

API = "https://api.mypurecloud.com/api/v2/flows/executions"
LAUNCHER = (f'import requests\n\nBODY = {{"flowID": "{UUID}", "inputData": {{}}}}\n\n\n'
            f'def launch():\n    return requests.post("{API}", json=BODY, timeout=5)\n')


@pytest.mark.parametrize("importer", ["from pkg.launcher import *\n\nprint(BODY['flowID'])\n",
                                      "from .launcher import *\n\nprint(BODY['flowID'])\n"])
def test_a_star_importer_makes_the_fix_unsafe(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, importer: str) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "__init__.py").write_text("")
    (tmp_path / "pkg" / "launcher.py").write_text(LAUNCHER)
    where = "other.py" if importer.startswith("from pkg") else "pkg/other.py"
    (tmp_path / where).write_text(importer)
    result = flowlint("check", "--no-cache", "--fix", "--format", "json", ".")
    [rename] = [d for d in json.loads(result.stdout)["diagnostics"] if d["code"] == "FL102"]
    assert rename["fix"]["applicability"] == "unsafe", rename
    assert f"which {where} imports" in rename["fix"]["message"], rename
    assert (tmp_path / "pkg" / "launcher.py").read_text() == LAUNCHER  # not edited


def test_a_star_import_of_a_module_with_all_that_leaves_the_body_out_is_fixed(tmp_path: Path,
                                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "launcher.py").write_text('__all__ = ["launch"]\n' + LAUNCHER)
    (tmp_path / "other.py").write_text("from launcher import *\n\nlaunch()\nBODY = 1\n")
    result = flowlint("check", "--no-cache", "--fix", "--format", "json", ".")
    assert [d for d in json.loads(result.stdout)["diagnostics"] if d["code"] == "FL102"] == [], result.output
    assert '"flowId"' in (tmp_path / "launcher.py").read_text()
