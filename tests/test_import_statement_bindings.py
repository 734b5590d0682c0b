"""An import statement binds only the names it imports (`from core.settings import settings` binds `settings`, not
`core`; `import a.b` binds `a`): a settings instance imported from a module of the same name is the one binding its
name has, so its launch URL reaches the importer. A name the file binds again stays unknown."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import flowlint

BAD_HOST = "https://myorg.mypurecloud.ie/api/v2/flows/executions"
SETTINGS = f'class Settings:\n    launch_url = "{BAD_HOST}"\n\n\nsettings = Settings()\n'


def _launch(imports: str, url: str = "settings.launch_url") -> str:
    return (f"import requests\n{imports}\n\n\ndef launch(flow_id):\n"
            f"    return requests.post({url}, json={{\"flowID\": flow_id}}, timeout=5)\n")


def _check(root: Path, monkeypatch: pytest.MonkeyPatch, files: dict[str, str]) -> list[dict[str, Any]]:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    monkeypatch.chdir(root)
    result = flowlint("check", "--no-cache", "--format", "json", "-j", "1", ".")
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)["diagnostics"]  # type: ignore[no-any-return]


@pytest.mark.parametrize("files", [
    {"core/__init__.py": "", "core/settings.py": SETTINGS, "app/client.py": _launch("from core.settings import settings")},
    {"app/__init__.py": "", "app/settings.py": SETTINGS, "app/client.py": _launch("from .settings import settings")},
    {"config.py": SETTINGS.replace("settings =", "config ="),
     "client.py": _launch("from config import config", "config.launch_url")},
    {"core/__init__.py": "", "core/settings.py": SETTINGS,
     "app/client.py": _launch("import core.settings", "core.settings.settings.launch_url")},
])
def test_an_instance_imported_from_its_namesake_module_reaches(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                files: dict[str, str]) -> None:
    found = _check(tmp_path, monkeypatch, files)
    client = next(name for name in files if name.endswith("client.py"))
    codes = {d["code"] for d in found if d["file"] == client}
    assert "FL102" in codes and "FL302" in codes, found  # the launch, and the imported host


def test_a_name_bound_again_stays_unknown(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    files = {"core/__init__.py": "", "core/settings.py": SETTINGS,
             "app/client.py": _launch("import os\nfrom core.settings import settings\nsettings = os.environ['S']")}
    found = _check(tmp_path, monkeypatch, files)
    assert "FL302" not in {d["code"] for d in found if d["file"] == "app/client.py"}, found
