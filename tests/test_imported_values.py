"""A launch's flow ID (or inputs, or whole body part) imported from another module of the checked files (issue 18):
`from app.config import FLOW_ID`, `import { FLOW_ID } from './config'`. The module's literal is read as a same-file
constant is, so the inputs are checked against the flow's contract in the importing file; a value that cannot be known
(the environment, a module outside the run, a name bound twice, a cycle) stays unknown and fails nothing, and `-v` says
why the flow was not known (sources/imported_values.py)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from validator.sources import imported_values

from conftest import counted_calls, flowlint

FLOW = "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90"
SNAPSHOT = Path(__file__).resolve().parent.parent / ".flowlint" / "flows" / f"{FLOW}.json"
PY_LAUNCH = ("import httpx\n{imports}\n\ndef go():\n    return httpx.post(\"https://api.mypurecloud.com/api/v2/flows/executions\","
             " json={{\"flowId\": {flow}, \"inputData\": {inputs}}})\n")
JS_LAUNCH = ("{imports}\nexport const go = () => fetch('https://api.mypurecloud.com/api/v2/flows/executions', "
             "{{ method: 'POST', body: JSON.stringify({{ flowId: {flow}, inputData: {inputs} }}) }});\n")
WRONG = '{"Flow.wrong": 1}'


def _tree(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    (root / ".flowlint" / "flows").mkdir(parents=True, exist_ok=True)
    shutil.copy(SNAPSHOT, root / ".flowlint" / "flows" / SNAPSHOT.name)


def _check(root: Path, monkeypatch: pytest.MonkeyPatch, *args: str) -> list[dict[str, Any]]:
    monkeypatch.chdir(root)
    result = flowlint("check", "--format", "json", *(args or ("--no-cache", "-j", "1", ".")))
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)["diagnostics"]  # type: ignore[no-any-return]


def _found(root: Path, monkeypatch: pytest.MonkeyPatch, *args: str) -> list[tuple[str, str, int]]:
    return sorted((Path(d["file"]).as_posix(), d["code"], d["line"]) for d in _check(root, monkeypatch, *args))


def _contract_checked(found: list[tuple[str, str, int]], file: str) -> bool:
    """Whether the launch in `file` was checked against the flow's contract (its wrong input said, its missing one)."""
    return any(f == file and c == "FL202" for f, c, _ in found) and any(f == file and c == "FL201" for f, c, _ in found)


@pytest.mark.parametrize(("files", "flow"), [
    ({"app/__init__.py": "", "app/config.py": f'FLOW_ID = "{FLOW}"\n'}, ("from app.config import FLOW_ID", "FLOW_ID")),
    ({"app/__init__.py": "", "app/config.py": f'FLOW_ID = "{FLOW}"\n'}, ("from .config import FLOW_ID", "FLOW_ID")),
    ({"app/__init__.py": "", "app/config.py": f'FLOW_ID = "{FLOW}"\n'}, ("import app.config as c", "c.FLOW_ID")),
    ({"app/__init__.py": "", "app/config.py": f'FLOW_ID = "{FLOW}"\n'}, ("from app import config", "config.FLOW_ID")),
    ({"app/__init__.py": "", "app/settings.py": f'FLOWS = {{"follow_up": "{FLOW}", "other": "x"}}\n'},
     ("from app.settings import FLOWS", 'FLOWS["follow_up"]')),
    ({"app/__init__.py": "", "app/ids.py": f'class Flows:\n    FOLLOW_UP = "{FLOW}"\n'},
     ("from app.ids import Flows", "Flows.FOLLOW_UP")),
    ({"app/__init__.py": "from .config import FLOW_ID\n", "app/config.py": f'FLOW_ID = "{FLOW}"\n'},
     ("from app import FLOW_ID", "FLOW_ID")),  # re-exported by the package
    ({"app/__init__.py": "", "app/config.py": f'BASE = "{FLOW}"\n', "app/ids.py": "from .config import BASE\nFLOW_ID = BASE\n"},
     ("from app.ids import FLOW_ID", "FLOW_ID")),  # a constant bound to another module's
], ids=["package", "relative", "module-alias", "module-of-package", "dict-item", "class-member", "re-export", "chain"])
def test_a_python_flow_id_imported_from_a_module_of_the_run_is_checked_against_its_contract(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, files: dict[str, str], flow: tuple[str, str]) -> None:
    _tree(tmp_path, {**files, "app/launch.py": PY_LAUNCH.format(imports=flow[0], flow=flow[1], inputs=WRONG)})
    found = _found(tmp_path, monkeypatch)
    assert _contract_checked(found, "app/launch.py"), found
    assert all(f == "app/launch.py" for f, _, _ in found)  # (nothing said of the modules it imports)


@pytest.mark.parametrize(("files", "flow"), [
    ({"src/config.ts": f"export const FLOW_ID = '{FLOW}';\n"}, ("import { FLOW_ID } from './config';", "FLOW_ID")),
    ({"src/config.ts": f"export const FLOW_ID = '{FLOW}';\n"}, ("import { FLOW_ID as F } from './config';", "F")),
    ({"src/config.ts": f"export const FLOW_ID = '{FLOW}';\n"}, ("import * as cfg from './config';", "cfg.FLOW_ID")),
    ({"src/config.js": f"module.exports = {{ FLOW_ID: '{FLOW}' }};\n"},
     ("const { FLOW_ID } = require('./config');", "FLOW_ID")),
    ({"src/config.js": f"const FLOW_ID = '{FLOW}';\nmodule.exports = {{ FLOW_ID }};\n"},
     ("const cfg = require('./config');", "cfg.FLOW_ID")),
    ({"src/config.ts": f"export const FLOWS = Object.freeze({{ followUp: '{FLOW}' }});\n"},
     ("import { FLOWS } from './config';", "FLOWS.followUp")),
    ({"src/config.ts": f"export default {{ genesys: {{ flowId: '{FLOW}' }} }};\n"},
     ("import config from './config';", "config.genesys.flowId")),
    ({"src/ids.ts": f"export const FLOW_ID = '{FLOW}';\n", "src/index.ts": "export { FLOW_ID } from './ids';\n"},
     ("import { FLOW_ID } from './index';", "FLOW_ID")),  # a barrel
    ({"src/ids.ts": f"export const FLOW_ID = '{FLOW}';\n", "src/index.ts": "export * from './ids';\n"},
     ("import { FLOW_ID } from '.';", "FLOW_ID")),  # a barrel taking all
], ids=["named", "aliased", "namespace", "require-destructured", "require-module", "frozen-object", "default-export",
        "barrel", "barrel-star"])
def test_a_js_flow_id_imported_from_a_module_of_the_run_is_checked_against_its_contract(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, files: dict[str, str], flow: tuple[str, str]) -> None:
    _tree(tmp_path, {**files, "src/launch.ts": JS_LAUNCH.format(imports=flow[0], flow=flow[1], inputs=WRONG)})
    found = _found(tmp_path, monkeypatch)
    assert _contract_checked(found, "src/launch.ts"), found


def test_imported_inputs_are_checked_where_they_are_used_and_never_edited(tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    _tree(tmp_path, {"app/__init__.py": "", "app/config.py": f'FLOW_ID = "{FLOW}"\nINPUTS = {{"Flow.wrong": 1}}\n',
                     "app/launch.py": PY_LAUNCH.format(imports="from app.config import FLOW_ID, INPUTS", flow="FLOW_ID",
                                                       inputs="INPUTS")})
    found = _check(tmp_path, monkeypatch)
    wrong = [d for d in found if d["code"] == "FL202"]
    assert wrong and wrong[0]["file"] == "app/launch.py" and wrong[0]["line"] == 5  # at its use
    assert all(d.get("fix") is None for d in found)  # (what another module writes is never edited here)
    before = (tmp_path / "app" / "config.py").read_text()
    flowlint("check", "--fix", "--unsafe-fixes", "--no-cache", ".")
    assert (tmp_path / "app" / "config.py").read_text() == before


@pytest.mark.parametrize(("files", "imports", "why"), [
    ({"app/__init__.py": "", "app/config.py": 'import os\nFLOW_ID = os.environ["FLOW_ID"]\n'},
     "from app.config import FLOW_ID", "known only at run time"),
    ({"app/__init__.py": "", "app/config.py": f'FLOW_ID = "{FLOW}"\nFLOW_ID = "other"\n'},
     "from app.config import FLOW_ID", "more than once"),
    ({"app/__init__.py": "", "app/config.py": f'FLOW_ID = "{FLOW}"\nif DEBUG:\n    FLOW_ID = "x"\n'},
     "from app.config import FLOW_ID", "`FLOW_ID`"),
    ({"app/__init__.py": ""}, "from settings_outside import FLOW_ID", "not a module of the checked files"),
    ({"app/__init__.py": "", "app/a.py": "from .b import FLOW_ID\n", "app/b.py": "from .a import FLOW_ID\n"},
     "from app.a import FLOW_ID", "cycle"),
], ids=["environment", "bound-twice", "bound-under-if", "outside-the-run", "cycle"])
def test_an_imported_flow_id_not_known_fails_nothing_and_verbose_says_why(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, files: dict[str, str], imports: str, why: str) -> None:
    _tree(tmp_path, {**files, "app/launch.py": PY_LAUNCH.format(imports=imports, flow="FLOW_ID", inputs=WRONG)})
    assert not [d for d in _check(tmp_path, monkeypatch) if d["code"].startswith("FL2")]
    notes = [d for d in _check(tmp_path, monkeypatch, "--no-cache", "-v", ".") if d["code"] == "FL011"]
    assert len(notes) == 1 and notes[0]["file"] == "app/launch.py" and notes[0]["line"] == 2 + imports.count(chr(10)) + 3, notes
    assert "flow this launch starts is not known" in notes[0]["message"] and why in notes[0]["message"], notes


@pytest.mark.parametrize(("name", "launch"), [
    ("app/launch.py", PY_LAUNCH.format(imports="import os", flow='os.environ["FLOW_ID"]', inputs=WRONG)),
    ("src/launch.ts", JS_LAUNCH.format(imports="import process from 'node:process';", flow="process.env.FLOW_ID",
                                       inputs=WRONG)),
])
def test_a_flow_id_from_the_environment_is_no_miss_to_note(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str,
                                                           launch: str) -> None:
    _tree(tmp_path, {name: launch.replace("inputData", "inputs")})
    found = _check(tmp_path, monkeypatch, "--no-cache", "-v", ".")
    assert "FL101" in [d["code"] for d in found]  # reached: its launch read (its `inputs` said)
    assert not [d for d in found if d["code"] == "FL011"]


def test_a_flow_id_the_importing_file_binds_again_stays_unknown(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    launch = PY_LAUNCH.format(imports="import os\nfrom app.config import FLOW_ID\nFLOW_ID = os.environ.get('F', FLOW_ID)",
                              flow="FLOW_ID", inputs=WRONG)
    _tree(tmp_path, {"app/__init__.py": "", "app/config.py": f'FLOW_ID = "{FLOW}"\n', "app/launch.py": launch})
    assert not [d for d in _check(tmp_path, monkeypatch) if d["code"].startswith("FL2")]


def test_a_module_outside_the_project_is_not_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file named alone (the pre-commit hook's) takes the value from the module of the project its imports name, as
    `check .` does (review F16: it was left unknown); a module outside the project (above its config's directory) is
    never read, and the value stays unknown."""
    launch = PY_LAUNCH.format(imports="from app.config import FLOW_ID", flow="FLOW_ID", inputs=WRONG)
    _tree(tmp_path, {"app/__init__.py": "", "app/config.py": f'FLOW_ID = "{FLOW}"\n', "app/launch.py": launch})
    assert _contract_checked(_found(tmp_path, monkeypatch), "app/launch.py")  # reached: read when it is in the run
    assert _contract_checked(_found(tmp_path, monkeypatch, "--no-cache", "app/launch.py"), "app/launch.py")
    project = tmp_path / "project"  # (its app.config: only the one above it, outside)
    _tree(project, {".flowlint.toml": "", "app/__init__.py": "", "app/launch.py": launch})
    found = _check(project, monkeypatch, "--no-cache", "-v", "app/launch.py")
    assert any(d["code"] == "FL011" and "`FLOW_ID` is imported from" in d["message"] for d in found), found  # reached
    assert not [d for d in found if d["code"].startswith("FL2")]


def test_a_string_that_looks_like_a_secret_is_never_taken(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    secret = "sk_live_51HqLyjWDarjtT1zdp7dcXYZ"
    _tree(tmp_path, {"app/__init__.py": "", "app/config.py": f'FLOW_ID = "{FLOW}"\nKEY = "{secret}"\n',
                     "app/launch.py": PY_LAUNCH.format(imports="from app.config import FLOW_ID, KEY", flow="FLOW_ID",
                                                       inputs='{"Flow.customerName": KEY, "Flow.amount": KEY}')})
    result = flowlint("check", "--no-cache", "-v", str(tmp_path))
    assert secret not in result.output
    found = _check(tmp_path, monkeypatch)
    assert not [d for d in found if d["code"] == "FL203"]  # (the number's type is not judged: its value is not taken)


def test_cache_and_workers_change_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cache_on: Path) -> None:
    quiet = "def f():\n    return 1\n"
    files = {f"pkg/m{n:03}.py": quiet for n in range(450)}  # a run long enough to be shared out (-j 2)
    files |= {"pkg/__init__.py": "", "pkg/config.py": f'FLOW_ID = "{FLOW}"\n',
              "pkg/m300.py": PY_LAUNCH.format(imports="from pkg.config import FLOW_ID", flow="FLOW_ID", inputs=WRONG)}
    _tree(tmp_path, files)
    plain = _found(tmp_path, monkeypatch, "--no-cache", "-j", "1", ".")
    assert _contract_checked(plain, "pkg/m300.py")  # reached
    assert _found(tmp_path, monkeypatch, "--no-cache", "-j", "2", ".") == plain
    assert _found(tmp_path, monkeypatch, ".") == plain  # cold cache
    assert _found(tmp_path, monkeypatch, ".") == plain  # warm
    (tmp_path / "pkg" / "config.py").write_text('FLOW_ID = "3b9d6f2c-1a4e-4f8b-9c7d-2e5a8b1c4d6f"\n')  # a flow with no contract
    assert not [c for _, c, _ in _found(tmp_path, monkeypatch, ".") if c in ("FL201", "FL202")]  # not the cached result


def test_each_module_is_parsed_once_however_many_files_import_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    files = {"app/__init__.py": "", "app/config.py": f'FLOW_ID = "{FLOW}"\n'}
    files |= {f"app/launch{n}.py": PY_LAUNCH.format(imports="from app.config import FLOW_ID", flow="FLOW_ID", inputs=WRONG)
              for n in range(6)}
    _tree(tmp_path, files)
    parses = counted_calls(monkeypatch, imported_values, "_parsed")
    found = _found(tmp_path, monkeypatch)
    assert sum(1 for _, c, _ in found if c == "FL202") == 6  # reached: each launch checked
    assert len(parses) == 1
