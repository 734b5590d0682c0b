"""A flow ID the launching file takes through its own `from m import *`: read from m when m is a module of the run
binding it exactly once and no other module writes it; else unknown, and `-v` says why (sources/imported_values.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_imported_values import FLOW, PY_LAUNCH, WRONG, _check, _contract_checked, _found, _tree

CONF = {"app/__init__.py": "", "app/conf.py": f'FLOW_ID = "{FLOW}"\n'}


def test_a_name_taken_by_import_star_from_a_module_of_the_run_is_read(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    _tree(tmp_path, {**CONF, "app/r.py": PY_LAUNCH.format(imports="from app.conf import *", flow="FLOW_ID", inputs=WRONG)})
    assert _contract_checked(_found(tmp_path, monkeypatch), "app/r.py")


@pytest.mark.parametrize(("files", "imports", "why"), [
    ({"app/__init__.py": ""}, "from settings_outside import *", "not a module of the checked files"),
    ({**CONF, "app/more.py": f'FLOW_ID = "{FLOW}"\n'}, "from app.conf import *\nfrom app.more import *", "import *"),
    ({"app/__init__.py": "", "app/conf.py": f'FLOW_ID = "{FLOW}"\nFLOW_ID = "x"\n'}, "from app.conf import *",
     "more than once"),
    ({**CONF, "app/other.py": "from app import conf\nconf.FLOW_ID = 'x'\n"}, "from app.conf import *", "other.py"),
], ids=["outside-the-run", "two-stars", "bound-twice", "written-elsewhere"])
def test_a_name_taken_by_import_star_not_known_fails_nothing_and_verbose_says_why(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, files: dict[str, str], imports: str, why: str) -> None:
    _tree(tmp_path, {**files, "app/r.py": PY_LAUNCH.format(imports=imports, flow="FLOW_ID", inputs=WRONG)})
    assert not [d for d in _check(tmp_path, monkeypatch) if d["code"].startswith("FL2")]
    notes = [d for d in _check(tmp_path, monkeypatch, "--no-cache", "-v", ".") if d["code"] == "FL011"]
    assert len(notes) == 1 and notes[0]["file"] == "app/r.py", notes
    assert "flow this launch starts is not known" in notes[0]["message"] and why in notes[0]["message"], notes


def test_a_name_a_package_passes_on_then_may_take_again_by_import_star_is_not_known(tmp_path: Path,
                                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    # the package's later `from .b import *` binds FLOW_ID again: `a`'s value is not the one sent
    package = {"app/__init__.py": "", "app/settings/a.py": 'FLOW_ID = "my-flow"\n',
               "app/settings/b.py": f'FLOW_ID = "{FLOW}"\n',
               "app/r.py": PY_LAUNCH.format(imports="from app.settings import FLOW_ID", flow="FLOW_ID", inputs=WRONG)}
    _tree(tmp_path, {**package, "app/settings/__init__.py": "from .a import FLOW_ID\nfrom .b import *\n"})
    found = _check(tmp_path, monkeypatch, "--no-cache", "-v", ".")
    assert [d["code"] for d in found] == ["FL011"] and "import *" in found[0]["message"], found
    _tree(tmp_path, {"app/settings/__init__.py": "from .b import *\nfrom .a import FLOW_ID\n"})  # before: replaced
    assert "FL104" in [d["code"] for d in _check(tmp_path, monkeypatch, "--no-cache", "-v", ".")]
