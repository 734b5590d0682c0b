"""A launch body made of a class reached as a member of an imported module (`import app.models as m` then
`m.Launch(…)`, `import app.models.launch as lm`, `from app import models`, `import app.models` then
`app.models.Launch(…)`, a package's submodule's `m.launch.Launch(…)`) is read as one imported by name is (the
class's fields judged); it was unknown (FL011 with -v).
A module name bound again here, a member that is not a class the module defines, or a submodule its package may
bind another value to (the name bound there, a `__getattr__`, a starred import), stays unknown."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import tree_diagnostics

LAUNCH = '''from dataclasses import dataclass, field


@dataclass
class Launch:
    flow_id: str
    inputs: dict = field(default_factory=dict)
'''
GO = '''import dataclasses
import requests
IMPORT


def go(name):
    body = MADE(flow_id="8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90", inputs={"customerName": name})
    requests.post("https://api.mypurecloud.com/api/v2/flows/executions", json=dataclasses.asdict(body))
'''


def found(root: Path, monkeypatch: pytest.MonkeyPatch, imported: str, made: str,
          init: str = "from .launch import Launch\n") -> set[tuple[int, str]]:
    tree = {"app/__init__.py": "", "app/models/__init__.py": init, "app/models/launch.py": LAUNCH,
            "app/services/go.py": GO.replace("IMPORT", imported).replace("MADE", made)}
    diagnostics = tree_diagnostics(root, monkeypatch, tree)
    return {(d["line"], d["code"]) for d in diagnostics if d["file"].endswith("go.py") and d["code"] != "FL200"}


@pytest.mark.parametrize(("imported", "made"), [
    ("import app.models as m", "m.Launch"),
    ("import app.models.launch as lm", "lm.Launch"),
    ("from app import models", "models.Launch"),
    ("from app.models import launch", "launch.Launch"),
    ("import app.models", "app.models.Launch"),
    ("import app.models as m", "m.launch.Launch"),  # a package's submodule
    ("from app import models", "models.launch.Launch"),
    ("import app", "app.models.launch.Launch"),
])
def test_a_class_reached_as_a_modules_member_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, imported: str,
                                                     made: str) -> None:
    assert found(tmp_path, monkeypatch, imported, made) == {(7, "FL102"), (7, "FL101")}


@pytest.mark.parametrize(("imported", "made"), [
    ("import app.models as m\nm = object()", "m.Launch"),  # the module's name bound again
    ("import app.models as m", "m.Missing"),  # no such class there
    ("import app.models as m", "m.launch.Missing"),
])
def test_a_member_not_certainly_the_class_stays_unknown(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, imported: str,
                                                        made: str) -> None:
    assert found(tmp_path, monkeypatch, imported, made) == {(8 + imported.count("\n"), "FL011")}


@pytest.mark.parametrize("init", [
    "from .launch import Launch\nlaunch = Launch\n",  # the package binds the name itself: not the submodule
    "from .launch import Launch as launch\n",
    "from .launch import Launch\n\n\ndef __getattr__(name):\n    return object\n",  # may answer anything
    "from .other import *\n",  # may bind it
])
def test_a_submodule_the_package_may_hide_stays_unknown(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, init: str) -> None:
    assert found(tmp_path, monkeypatch, "import app.models as m", "m.launch.Launch", init) == {(8, "FL011")}
