"""A launch URL imported from a constants module says of its host what the same constant says in the launching file
itself: a wrong Genesys host is FL302 at the importer's launch; a host that is no Genesys host at all (a proxy, a mock
server) makes no launch flowlint reads, here or there (an unknown never fails a check: no finding rests on a guess),
and the same note naming its host in both."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import flowlint

LAUNCH = "import requests\n{imports}\n\n\ndef launch(flow_id):\n    return requests.post({url}, json={{\"flowId\": flow_id}}, timeout=5)\n"


@pytest.mark.parametrize("host", ["https://apps.mypurecloud.com", "https://api.mypurecloud.comm", "https://example.com",
                                  "https://api.mypurecloud.com"])
@pytest.mark.parametrize("own_launch", [False, True])
def test_an_imported_constant_says_what_the_same_constant_says_in_the_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, host: str, own_launch: bool) -> None:
    url = f"{host}/api/v2/flows/executions"
    app = tmp_path / "app"
    app.mkdir()
    (app / "__init__.py").write_text("", encoding="utf-8")
    constants = f'LAUNCH_URL = "{url}"\n'
    if own_launch:  # (the constants module launches too: marked by name, its importers found by the index)
        constants = LAUNCH.format(imports="", url="LAUNCH_URL").replace("import requests\n", f"import requests\n{constants}", 1)
    (app / "constants.py").write_text(constants, encoding="utf-8")
    (app / "imported.py").write_text(LAUNCH.format(imports="from .constants import LAUNCH_URL", url="LAUNCH_URL"),
                                     encoding="utf-8")
    (app / "alone.py").write_text(LAUNCH.format(imports=f'\nLAUNCH_URL = "{url}"', url="LAUNCH_URL"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = flowlint("check", "--no-cache", "--format", "json", ".")
    assert result.exit_code in (0, 1), result.output
    found = json.loads(result.stdout)["diagnostics"]

    def codes(name: str) -> list[str]:
        return sorted(d["code"] for d in found if d["file"] == f"app/{name}")

    assert codes("imported.py") == codes("alone.py"), found
    if host in ("https://apps.mypurecloud.com", "https://api.mypurecloud.comm"):
        assert "FL302" in codes("imported.py"), found  # the importer's launch was read, its host judged
    elif host == "https://example.com":
        # no launch read in either place, nothing guessed: a note naming the host says it was not checked
        assert codes("imported.py") == ["FL011"], found
        assert all("example.com (not a Genesys Cloud host)" in d["message"] for d in found if d["code"] == "FL011"), found
