"""An imported value its own module writes through `sys.modules[__name__]` (`sys.modules[__name__].FLOW_ID = …`,
`setattr(sys.modules[__name__], "FLOW_ID", …)`, the module bound to a name or its `__dict__`) is unknown, as a
`globals()` write makes it: the launch read the module's placeholder and said FL104 (a false error). A read of the
module that way, or a write of another name, keeps the value read."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import flowlint

CONFIG = 'import os\nimport sys\nFLOW_ID = "YOUR_FLOW_ID"\n'
LAUNCH = ("import requests\nfrom app.config import FLOW_ID\n\ndef go():\n    return requests.post("
          '"https://api.mypurecloud.com/api/v2/flows/executions", json={"flowId": FLOW_ID, "extra": 1})\n')


def _codes(root: Path, monkeypatch: pytest.MonkeyPatch, config: str) -> list[tuple[str, str]]:
    for name, text in {"app/__init__.py": "", "app/config.py": CONFIG + config, "app/launch.py": LAUNCH}.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    monkeypatch.chdir(root)
    result = flowlint("check", "--format", "json", "--no-cache", "-j", "1", ".")
    assert result.exit_code in (0, 1), result.output
    found: list[dict[str, Any]] = json.loads(result.stdout)["diagnostics"]
    assert ("app/launch.py", "FL102") in {(Path(d["file"]).as_posix(), d["code"]) for d in found}  # the launch was read
    return sorted((Path(d["file"]).as_posix(), d["code"]) for d in found if d["code"] not in ("FL200", "FL102"))


@pytest.mark.parametrize("write", [
    'sys.modules[__name__].FLOW_ID = os.environ["FLOW_ID"]\n',
    'def load():\n    sys.modules[__name__].FLOW_ID += "-x"\n',
    'setattr(sys.modules[__name__], "FLOW_ID", os.environ["FLOW_ID"])\n',
    "setattr(sys.modules[__name__], name, os.environ[name])\n",
    'this = sys.modules[__name__]\nthis.FLOW_ID = os.environ["FLOW_ID"]\n',
    'vars(sys.modules[__name__]).update(FLOW_ID=os.environ["FLOW_ID"])\n',
    'sys.modules[__name__].__dict__["FLOW_ID"] = os.environ["FLOW_ID"]\n',
    'from sys import modules\nmodules[__name__].FLOW_ID = os.environ["FLOW_ID"]\n',
])
def test_written_through_sys_modules_it_is_unknown(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, write: str) -> None:
    assert _codes(tmp_path, monkeypatch, write) == []


@pytest.mark.parametrize("other", [
    'sys.modules[__name__].REGION = os.environ["REGION"]\n',
    'setattr(sys.modules[__name__], "REGION", os.environ["REGION"])\n',
    "print(sys.modules[__name__].FLOW_ID)\n",
    'if getattr(sys.modules[__name__], "FLOW_ID") == "x":\n    pass\n',
])
def test_a_read_or_another_name_keeps_the_value(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, other: str) -> None:
    assert _codes(tmp_path, monkeypatch, other) == [("app/launch.py", "FL104")]
