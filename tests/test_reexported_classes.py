"""A launch body made of a class a package passes on (`from app.models import Launch`, with `from .launch import
Launch` in app/models/__init__.py) is read as one imported from its own module is: the re-export followed (`as`, one
`from .launch import *` that takes it, chains of them) to the module that defines it. Where which class it is is not
certain (a cycle, a name bound there too, two `import *`, an `__all__` that leaves it out), the body stays unknown
(FL011 with -v), never a guess. It was unknown before."""

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
READ = {(7, "FL102"), (7, "FL101")}  # flow_id, inputs: the class's fields read


def found(root: Path, monkeypatch: pytest.MonkeyPatch, files: dict[str, str],
          imported: str = "from app.models import Launch", made: str = "Launch") -> set[tuple[int, str]]:
    tree = {"app/__init__.py": "", "app/models/launch.py": LAUNCH,
            "app/services/go.py": GO.replace("IMPORT", imported).replace("MADE", made), **files}
    diagnostics = tree_diagnostics(root, monkeypatch, tree)
    return {(d["line"], d["code"]) for d in diagnostics if d["file"].endswith("go.py") and d["code"] != "FL200"}


@pytest.mark.parametrize("init", [
    "from .launch import Launch\n",
    "from .launch import Launch as Launch\n",
    "from app.models.launch import Launch as Launch\n",
    'from .launch import *\n__all__ = ["Launch"]\n',
    "from .other import *\n",  # (a chain: app.models -> .other -> .launch)
])
def test_a_class_a_package_passes_on_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, init: str) -> None:
    other = {"app/models/other.py": "from .launch import Launch\nOTHER = 1\n"}
    assert found(tmp_path, monkeypatch, {"app/models/__init__.py": init, **other}) == READ


def test_a_later_star_import_that_cannot_bind_the_name_keeps_it_read(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    files = {"app/models/__init__.py": "from .launch import Launch\nfrom .v2 import *\nfrom .v3 import *\n",
             "app/models/v2.py": '__all__ = ["Other"]\n\n\nclass Launch:\n    pass\n',
             "app/models/v3.py": "X = 1\n"}
    assert found(tmp_path, monkeypatch, files) == READ


def test_a_renamed_class_is_read_as_the_class_it_is(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    files = {"app/models/__init__.py": "from .launch import Launch as Body\n"}
    assert found(tmp_path, monkeypatch, files, "from app.models import Body", "Body") == READ


def test_a_long_chain_of_packages_is_followed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    files = {"app/models/__init__.py": "from .p1 import Launch\n"}
    files.update({f"app/models/p{i}.py": f"from .p{i + 1} import Launch\n" for i in range(1, 8)})
    files["app/models/p8.py"] = "from .launch import *\n"
    assert found(tmp_path, monkeypatch, files) == READ


def test_a_star_import_takes_only_what_the_modules_all_lists(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    listed = {"app/models/__init__.py": "from .launch import *\n",
              "app/models/launch.py": LAUNCH + '\n__all__ = ["Launch"]\n'}
    assert found(tmp_path, monkeypatch, listed) == READ
    unlisted = {**listed, "app/models/launch.py": LAUNCH + '\n__all__ = ["Other"]\n'}
    assert found(tmp_path / "u", monkeypatch, unlisted) == {(8, "FL011")}


@pytest.mark.parametrize("files", [
    # an import cycle: app.models -> .cycle -> app.models
    {"app/models/__init__.py": "from .cycle import Launch\n", "app/models/cycle.py": "from app.models import Launch\n"},
    # bound there as well as imported: which one the package holds is not read
    {"app/models/__init__.py": "from .launch import Launch\n\n\nclass Launch:\n    pass\n"},
    # two modules whose names it takes all of
    {"app/models/__init__.py": "from .launch import *\nfrom .other import *\n", "app/models/other.py": "X = 1\n"},
    # imported, then maybe bound again by a later `import *` (its __all__ lists it, or it has none and defines it,
    # or it is not a module of the run)
    {"app/models/__init__.py": "from .launch import Launch\nfrom .v2 import *\n",
     "app/models/v2.py": '__all__ = ["Launch"]\n\n\nclass Launch:\n    pass\n'},
    {"app/models/__init__.py": "from .launch import Launch\nfrom .v2 import *\n",
     "app/models/v2.py": "class Launch:\n    pass\n"},
    {"app/models/__init__.py": "from .launch import Launch\nfrom elsewhere import *\n"},
    # another module writes the class (under the name the package passes it on as)
    {"app/models/__init__.py": "from .launch import Launch\n",
     "app/patch.py": "from app.models import Launch\nLaunch.__init__ = print\n"},
])
def test_a_class_not_certainly_the_defined_one_stays_unknown(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                             files: dict[str, str]) -> None:
    assert found(tmp_path, monkeypatch, files) == {(8, "FL011")}


@pytest.mark.parametrize(("imported", "read"), [
    ("from app.models import *", READ),  # the one module it takes all names of: the package, passing it on
    ("from app.models.launch import *", READ),
    ("from app.models import *\nfrom app.other import *", {(9, "FL011")}),  # two: which one binds it is not known
])
def test_a_class_a_star_import_takes_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, imported: str,
                                             read: set[tuple[int, str]]) -> None:
    files = {"app/models/__init__.py": "from .launch import Launch\n", "app/other.py": "X = 1\n"}
    assert found(tmp_path, monkeypatch, files, imported) == read


@pytest.mark.parametrize("v2", ['__all__ = ["Launch"]\n\n\nclass Launch:\n    pass\n', "class Launch:\n    pass\n"])
def test_a_star_import_before_the_explicit_one_keeps_it_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                             v2: str) -> None:
    # the later `from .launch import Launch` binds the name again, whatever `from .v2 import *` bound before it
    files = {"app/models/__init__.py": "from .v2 import *\nfrom .launch import Launch\n", "app/models/v2.py": v2}
    assert found(tmp_path, monkeypatch, files) == READ
    files["app/models/__init__.py"] = "from .launch import Launch\nfrom .v2 import *\n"  # (after it: it may bind it)
    assert found(tmp_path, monkeypatch, files) == {(8, "FL011")}
