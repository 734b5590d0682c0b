"""An imported value another module of the run may write stays unknown, however the write is spelt: through the
module's namespace (`config.__dict__["FLOW_ID"] = …`, `vars(config)["FLOW_ID"] = …`, `c.__dict__.update(…)`), as an
annotated assignment (`config.FLOW_ID: str = …`), under an alias (`from app import config as c`), or by the defining
module itself through `globals()`. Each made the launch read the module's placeholder and say FL104 (a false error):
now no finding; the plain module with no write still gets it (the value was read)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import flowlint

CONFIG = 'FLOW_ID = "YOUR_FLOW_ID"\n'
LAUNCH = {"module": "import requests\nfrom app import config\n\ndef go():\n    return requests.post("
                    '"https://api.mypurecloud.com/api/v2/flows/executions", json={"flowId": config.FLOW_ID})\n',
          "name": "import requests\nfrom app.config import FLOW_ID\n\ndef go():\n    return requests.post("
                  '"https://api.mypurecloud.com/api/v2/flows/executions", json={"flowId": FLOW_ID})\n'}
WRITES = {
    "dict-item": 'from app import config\n\ndef init():\n    config.__dict__["FLOW_ID"] = os.environ["FLOW_ID"]\n',
    "vars-item": 'from app import config\n\ndef init():\n    vars(config)["FLOW_ID"] = os.environ["FLOW_ID"]\n',
    "vars-update": 'from app import config\n\ndef init():\n    vars(config).update(FLOW_ID=os.environ["FLOW_ID"])\n',
    "annotated": 'from app import config\n\ndef init():\n    config.FLOW_ID: str = os.environ["FLOW_ID"]\n',
    "alias-dict": 'from app import config as c\n\ndef init():\n    c.__dict__.update(FLOW_ID=os.environ["FLOW_ID"])\n',
    "alias-member": 'import app.config as settings\n\ndef init():\n    settings.FLOW_ID = os.environ["FLOW_ID"]\n',
}
GLOBALS = ['globals()["FLOW_ID"] = os.environ["FLOW_ID"]\n', "globals().update(FLOW_ID=os.environ['FLOW_ID'])\n",
           "for name in ('FLOW_ID',):\n    globals()[name] = os.environ[name]\n"]


def _codes(root: Path, monkeypatch: pytest.MonkeyPatch, files: dict[str, str]) -> list[tuple[str, str]]:
    for name, text in {"app/__init__.py": "", **files}.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    monkeypatch.chdir(root)
    result = flowlint("check", "--format", "json", "--no-cache", "-j", "1", ".")
    assert result.exit_code in (0, 1), result.output
    found: list[dict[str, Any]] = json.loads(result.stdout)["diagnostics"]
    return sorted((Path(d["file"]).as_posix(), d["code"]) for d in found if d["code"] != "FL200")


@pytest.mark.parametrize("launch", sorted(LAUNCH))
def test_unwritten_the_module_s_value_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, launch: str) -> None:
    files = {"app/config.py": CONFIG, "app/launch.py": LAUNCH[launch], "app/setup.py": "import os\n"}
    assert _codes(tmp_path, monkeypatch, files) == [("app/launch.py", "FL104")]


@pytest.mark.parametrize("launch", sorted(LAUNCH))
@pytest.mark.parametrize("write", sorted(WRITES))
def test_written_by_another_module_it_is_unknown(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, launch: str,
                                                  write: str) -> None:
    files = {"app/config.py": CONFIG, "app/launch.py": LAUNCH[launch], "app/setup.py": "import os\n" + WRITES[write]}
    assert _codes(tmp_path, monkeypatch, files) == []


@pytest.mark.parametrize("launch", sorted(LAUNCH))
@pytest.mark.parametrize("write", GLOBALS)
def test_written_through_its_own_globals_it_is_unknown(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, launch: str,
                                                        write: str) -> None:
    files = {"app/config.py": "import os\n" + CONFIG + write, "app/launch.py": LAUNCH[launch]}
    assert _codes(tmp_path, monkeypatch, files) == []


def test_another_name_written_through_globals_keeps_this_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    files = {"app/config.py": "import os\n" + CONFIG + 'globals()["REGION"] = os.environ["REGION"]\n',
             "app/launch.py": LAUNCH["name"]}
    assert _codes(tmp_path, monkeypatch, files) == [("app/launch.py", "FL104")]
