"""An exported launch URL that another module of the tree overwrites (`settings.launch_url = os.environ[...]` in
app/main.py, `config.genesys.launchUrl = process.env...` in bootstrap.ts) is unknown wherever it is imported: which
value a launch reads depends on the order the modules run in. Written nowhere else, it reaches the launch as before."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import flowlint

BAD = "https://myorg.mypurecloud.com/api/v2/flows/executions"  # the org's host, not the API's: FL302
PY_CONFIG = f'class Settings:\n    launch_url = "{BAD}"\n\n\nsettings = Settings()\n'
PY_LAUNCH = ("import requests\nfrom app.config import settings\n\n\ndef launch(flow_id):\n"
             "    return requests.post(settings.launch_url, json={'flowId': flow_id}, timeout=5)\n")
TS_CONFIG = f"const config = {{ genesys: {{ launchUrl: '{BAD}' }} }};\nexport default config;\n"
TS_LAUNCH = ("import axios from 'axios';\nimport config from './config';\n"
             "export const go = (flowId: string) => axios.post(config.genesys.launchUrl, { flowId });\n")


def _check(root: Path, monkeypatch: pytest.MonkeyPatch, files: dict[str, str]) -> list[dict[str, Any]]:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    monkeypatch.chdir(root)
    result = flowlint("check", "--no-cache", "--format", "json", "-j", "1", ".")
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)["diagnostics"]  # type: ignore[no-any-return]


PY = {"app/__init__.py": "", "app/config.py": PY_CONFIG, "app/launch.py": PY_LAUNCH}
TS = {"src/config.ts": TS_CONFIG, "src/launch.ts": TS_LAUNCH}


@pytest.mark.parametrize(("files", "writer", "write"), [
    (PY, "app/main.py", "import os\nfrom app.config import settings\n\nsettings.launch_url = os.environ['URL']\n"),
    (PY, "app/main.py", "import os\nfrom app.config import settings as s\n\ns.launch_url = os.environ['URL']\n"),
    (PY, "app/main.py", "import os\nfrom app.config import settings\n\nsetattr(settings, 'launch_url', os.environ['U'])\n"),
    (TS, "src/bootstrap.ts", "import config from './config';\nconfig.genesys.launchUrl = process.env.URL!;\n"),
    (TS, "src/bootstrap.ts", "import config from './config';\nconfig.genesys = { launchUrl: process.env.URL! };\n"),
    (TS, "src/bootstrap.ts", "import config from './config';\nObject.assign(config.genesys, loaded);\n"),
])
def test_a_member_another_module_writes_is_unknown(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                   files: dict[str, str], writer: str, write: str) -> None:
    launch = next(name for name in files if "launch" in name)
    found = _check(tmp_path, monkeypatch, files)
    assert "FL302" in {d["code"] for d in found if d["file"] == launch}, found  # reached: imported as the literal
    found = _check(tmp_path, monkeypatch, {writer: write})
    assert "FL302" not in {d["code"] for d in found if d["file"] == launch}, found


@pytest.mark.parametrize(("files", "writer", "write"), [
    (PY, "app/main.py", "from app.config import settings\n\nprint(settings.launch_url)\nother.timeout = 5\n"),
    (TS, "src/bootstrap.ts", "import config from './config';\nif (config.genesys.launchUrl === '') { other.x = 1; }\n"),
])
def test_a_member_only_read_elsewhere_still_reaches(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                    files: dict[str, str], writer: str, write: str) -> None:
    launch = next(name for name in files if "launch" in name)
    found = _check(tmp_path, monkeypatch, {**files, writer: write})
    assert "FL302" in {d["code"] for d in found if d["file"] == launch}, found
