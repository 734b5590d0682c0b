"""Launches whose URL is kept in another module of the checked tree (finding #21): the launching file holds no endpoint
text, so only the run's second pass (run/imported.py over sources/imports.py) reads it, with its imports resolved."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from validator.checker import launches
from validator.run import imported

from conftest import flowlint

BAD_BODY_PY = '{"flowID": flow_id, "type": "workflow"}'
BAD_BODY_JS = "{ flowID: flowId, type: 'workflow' }"


def _tree(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)


def _check(root: Path, monkeypatch: pytest.MonkeyPatch, *args: str) -> list[dict[str, Any]]:
    monkeypatch.chdir(root)
    result = flowlint("check", "--no-cache", "--format", "json", "-j", "1", *(args or (".",)))
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)["diagnostics"]  # type: ignore[no-any-return]


def _counting_reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the code files read for launches (the first pass's and the second's), in order."""
    read: list[str] = []
    real = launches.load_source

    def counted(kind: str, data: bytes, name: str | None, *args: Any, **kwargs: Any) -> Any:
        read.append(str(name))
        return real(kind, data, name, *args, **kwargs)

    monkeypatch.setattr(launches, "load_source", counted)
    return read


def _codes(found: list[dict[str, Any]], file: str) -> list[str]:
    return sorted(d["code"] for d in found if d["file"] == file)


def _py_launch(url: str, imports: str) -> str:
    return f"import requests\n{imports}\n\ndef launch(flow_id):\n    return requests.post({url}, json={BAD_BODY_PY}, timeout=5)\n"


def _js_launch(url: str, imports: str) -> str:
    return f"import axios from 'axios';\n{imports}\nexport const launch = (flowId: string) => axios.post({url}, {BAD_BODY_JS});\n"


BAD_HOST = "https://myorg.mypurecloud.ie/api/v2/flows/executions"


@pytest.mark.parametrize(("files", "launcher"), [
    ({"app/constants.py": f'LAUNCH_URL = "{BAD_HOST}"\n', "app/__init__.py": "",
      "app/launch.py": _py_launch("LAUNCH_URL", "from .constants import LAUNCH_URL")}, "app/launch.py"),
    ({"src/app/config.py": f'LAUNCH_URL = "{BAD_HOST}"\n',
      "src/app/jobs/launch.py": _py_launch("URL", "from app.config import LAUNCH_URL as URL")}, "src/app/jobs/launch.py"),
    ({"app/config.py": f'LAUNCH_URL = "{BAD_HOST}"\n',
      "app/launch.py": _py_launch("cfg.LAUNCH_URL", "import app.config as cfg")}, "app/launch.py"),
    ({"manage.py": "", "mysite/settings.py": f'import os\nGENESYS_LAUNCH_URL = "{BAD_HOST}"\n',
      "launches/views.py": _py_launch("settings.GENESYS_LAUNCH_URL", "from django.conf import settings")}, "launches/views.py"),
    ({"src/constants.ts": f"export const GENESYS_LAUNCH_URL = '{BAD_HOST}';\n",
      "src/launch.ts": _js_launch("GENESYS_LAUNCH_URL", "import { GENESYS_LAUNCH_URL } from './constants';")}, "src/launch.ts"),
    ({"src/config.js": f"module.exports = {{ URL: '{BAD_HOST}' }};\n",
      "src/launch.js": _js_launch("URL", "const { URL } = require('./config');").replace(": string", "")}, "src/launch.js"),
    ({"src/config.js": f"exports.URL = '{BAD_HOST}';\n",
      "src/launch.js": _js_launch("c.URL", "const c = require('./config');").replace(": string", "")}, "src/launch.js"),
    ({"src/config.cjs": f"module.exports = {{ URL: '{BAD_HOST}' }};\n",
      "src/launch.ts": _js_launch("cfg.URL", "import cfg from './config.cjs';")}, "src/launch.ts"),
    ({"src/urls.ts": f"export const LAUNCH = '{BAD_HOST}';\n",
      "src/launch.ts": _js_launch("LAUNCH", "import {{ LAUNCH }} from './urls.js';".replace("{{", "{").replace("}}", "}"))},
     "src/launch.ts"),
    ({"app/constants.py": 'PATH = "/api/v2/flows/executions"\nWRONG = "https://myorg.mypurecloud.ie" + PATH\n',
      "app/launch.py": _py_launch("WRONG", "from .constants import WRONG")}, "app/launch.py"),
    ({"src/endpoints.ts": f"export const ENDPOINTS = {{ launch: '{BAD_HOST}', status: '/health' }};\n",
      "src/launch.ts": _js_launch("ENDPOINTS.launch", "import { ENDPOINTS } from './endpoints';")}, "src/launch.ts"),
    ({"src/config.js": f"module.exports = {{ genesys: {{ api: {{ launchUrl: '{BAD_HOST}' }} }} }};\n",
      "src/launch.ts": _js_launch("config.genesys.api.launchUrl", "import * as config from './config';")}, "src/launch.ts"),
    ({"app/config.py": f'class Genesys:\n    LAUNCH_URL = "{BAD_HOST}"\n',
      "app/launch.py": _py_launch("Genesys.LAUNCH_URL", "from .config import Genesys")}, "app/launch.py"),
    ({"constants.ts": f"const URL = '{BAD_HOST}';\nexport {{ URL }};\n",
      "src/launch.ts": _js_launch("c.URL", "import * as c from '../constants';")}, "src/launch.ts"),
])
def test_a_launch_whose_url_is_imported_from_a_module_of_the_tree_is_checked(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, files: dict[str, str], launcher: str) -> None:
    _tree(tmp_path, files)
    found = _check(tmp_path, monkeypatch)
    # The wrong host written in the other module, and the body's mistakes, as for a same-file constant.
    assert _codes(found, launcher) == ["FL101", "FL102", "FL302"]
    definer = next(name for name in files if name != launcher and files[name])
    assert _codes(found, definer) == []  # its URL is read by a launch: no FL011 note that nothing uses it
    # The findings point into the launching file; no fix is promised that --fix would not apply.
    assert all(d["fix"] is None for d in found if d["file"] == launcher)


def test_a_name_imported_from_a_module_outside_the_tree_stays_unknown(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _tree(tmp_path, {
        "app/constants.py": f'LAUNCH_URL = "{BAD_HOST}"\nOTHER_URL = "https://api.mypurecloud.ie/api/v2/flows/executions"\n',
        "app/launch.py": _py_launch("LAUNCH_URL", "from vendor.constants import LAUNCH_URL"),
    })
    read = _counting_reads(monkeypatch)
    found = _check(tmp_path, monkeypatch)
    assert read == ["app/constants.py", "app/launch.py"]  # read again for the name it writes: its import resolves nowhere
    assert _codes(found, "app/launch.py") == []
    notes = [d for d in found if d["file"] == "app/constants.py"]
    assert [d["code"] for d in notes] == ["FL011"]
    assert "`LAUNCH_URL`, `OTHER_URL`" in notes[0]["message"]  # each exported binding no launch reads


def test_several_settings_defining_the_name_differently_leave_the_host_unknown(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _tree(tmp_path, {
        "manage.py": "", "site/settings/dev.py": f'GENESYS_LAUNCH_URL = "{BAD_HOST}"\n',
        "site/settings/prod.py": 'GENESYS_LAUNCH_URL = "https://api.mypurecloud.com/api/v2/flows/executions"\n',
        "launches/views.py": _py_launch("settings.GENESYS_LAUNCH_URL", "from django.conf import settings"),
    })
    found = _check(tmp_path, monkeypatch)
    assert _codes(found, "launches/views.py") == ["FL101", "FL102"]  # a launch by its path; the host not judged


def test_a_local_name_shadowing_the_import_is_not_the_constant(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    launcher = ("import requests\nfrom .constants import LAUNCH_URL\n\ndef launch(flow_id, LAUNCH_URL):\n"
                f"    return requests.post(LAUNCH_URL, json={BAD_BODY_PY}, timeout=5)\n")
    _tree(tmp_path, {"app/constants.py": f'LAUNCH_URL = "{BAD_HOST}"\n', "app/launch.py": launcher})
    read = _counting_reads(monkeypatch)
    found = _check(tmp_path, monkeypatch)
    assert read == ["app/constants.py", "app/launch.py"]  # read with its import resolved: the parameter is no import
    assert _codes(found, "app/launch.py") == []
    assert _codes(found, "app/constants.py") == ["FL011"]  # nothing read it


def test_the_second_pass_reads_only_files_that_write_an_exported_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    quiet = {f"app/module{n}.py": f"def helper{n}(x):\n    return x + {n}\n" for n in range(60)}
    _tree(tmp_path, {**quiet, "app/constants.py": f'LAUNCH_URL = "{BAD_HOST}"\n',
                     "app/launch.py": _py_launch("LAUNCH_URL", "from .constants import LAUNCH_URL"),
                     "app/mention.py": "LAUNCH_URL_HELP = 'see the docs'\n"})
    read = _counting_reads(monkeypatch)
    found = _check(tmp_path, monkeypatch)
    assert _codes(found, "app/launch.py") == ["FL101", "FL102", "FL302"]
    # The first pass reads the defining file only; the second, the one file that writes the name as a word.
    assert sorted(read) == ["app/constants.py", "app/launch.py"]


def test_a_launching_module_no_file_imports_makes_no_second_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _tree(tmp_path, {"app/launch.py": _py_launch(f'"{BAD_HOST}"', ""),
                     "app/other.py": "from .helpers import LAUNCH_URL\nLAUNCH_URL = 1\n"})
    read = _counting_reads(monkeypatch)
    second: list[str] = []
    monkeypatch.setattr(imported.SecondPass, "_bytes", lambda self, path: second.append(path))
    monkeypatch.setattr(imported, "_exports", lambda *args: second.append("exports"))
    marked: list[object] = []
    real = imported.SecondPass.resolved

    def resolved(self: imported.SecondPass) -> Any:
        marked.extend(self.noted)
        return real(self)

    monkeypatch.setattr(imported.SecondPass, "resolved", resolved)
    found = _check(tmp_path, monkeypatch)
    assert _codes(found, "app/launch.py") == ["FL101", "FL102", "FL302"]  # the first pass ran and found them
    # The launching module is marked, but no file's imports name it: the second pass reads no file, nor its exports.
    assert marked == ["app/launch.py"] and read == ["app/launch.py"] and second == []


def test_named_files_resolve_among_themselves_and_a_file_named_alone_reads_its_imports(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _tree(tmp_path, {"app/constants.py": f'LAUNCH_URL = "{BAD_HOST}"\n',
                     "app/launch.py": _py_launch("LAUNCH_URL", "from .constants import LAUNCH_URL")})
    both = _check(tmp_path, monkeypatch, "app/launch.py", "app/constants.py")
    assert _codes(both, "app/launch.py") == ["FL101", "FL102", "FL302"]
    read = _counting_reads(monkeypatch)
    alone = _check(tmp_path, monkeypatch, "app/launch.py")
    # Named alone (the pre-commit hook's changed file): the module its import names in the project is marked, and the
    # file read again with the import resolved, as a check of the directory reads it (review F16); the module itself,
    # not named, is not reported.
    assert sorted(os.path.relpath(name) for name in read) == ["app/constants.py", "app/launch.py", "app/launch.py"]
    assert alone == [d for d in both if d["file"] == "app/launch.py"]


def test_a_url_built_from_the_environment_is_a_launch_whose_host_is_unknown(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _tree(tmp_path, {
        "app/constants.py": 'import os\nBASE = os.environ["GENESYS_API"]\nPATH = "/api/v2/flows/executions"\n'
                            'LAUNCH_URL = f"{BASE}{PATH}"\nSTATUS_URL = f"{BASE}{PATH}/status"\n',
        "app/launch.py": _py_launch("LAUNCH_URL", "from .constants import LAUNCH_URL"),
    })
    found = _check(tmp_path, monkeypatch)
    assert _codes(found, "app/launch.py") == ["FL101", "FL102"]  # the body judged; the host, unknown, not
    notes = [d for d in found if d["file"] == "app/constants.py"]
    # PATH is used in its own module; STATUS_URL is exported and read by no launch: the note names it alone.
    assert [d["code"] for d in notes] == ["FL011"]
    assert "`STATUS_URL`" in notes[0]["message"] and "`LAUNCH_URL`" not in notes[0]["message"]


def test_broken_modules_are_read_as_far_as_they_go_and_never_fail_a_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _tree(tmp_path, {
        "app/constants.py": f'LAUNCH_URL = "{BAD_HOST}"\nBROKEN = (\n',
        "app/launch.py": "from .constants import LAUNCH_URL, (\n" + _py_launch("LAUNCH_URL", "from .constants import LAUNCH_URL"),
        "app/other.py": "from ...... import LAUNCH_URL\nfrom . import\nimport\nLAUNCH_URL()\n",
        "src/c.ts": f"export const URL = '{BAD_HOST}';\n",
        "src/l.ts": "import { URL } from './c\\u0000';\nimport * as from './c';\nconst { URL: } = require('./c');\nURL;\n",
    })
    read = _counting_reads(monkeypatch)
    found = _check(tmp_path, monkeypatch)
    assert {"app/other.py", "src/l.ts"} <= set(read)  # read again for the names they write
    assert not [d for d in found if d["code"] == "FL900"]


def test_an_absolute_import_looks_up_the_directories_above_it_not_every_defining_file(tmp_path: Path) -> None:
    from validator.sources import imports
    from validator.sources.model import Text

    def exports(count: int) -> imports.Exports:
        return imports.Exports({str(tmp_path / "src" / "consts" / f"c{n}.py"): {f"URL_{n}": Text((BAD_HOST,))}
                                for n in range(count)})

    here = str(tmp_path / "src" / "users")
    few, many = exports(3), exports(300)
    assert few._python_module("src.consts.c1", 0, here) == [str(tmp_path / "src" / "consts" / "c1.py")]
    assert many._python_module("src.consts.c1", 0, here) == [str(tmp_path / "src" / "consts" / "c1.py")]
    assert few.lookups == many.lookups > 0  # the work does not grow with the number of defining files


@pytest.mark.parametrize("files", [
    {  # Django's settings of another project: this project's own reads the environment
        "billing/manage.py": "", "billing/billing/settings.py": f'GENESYS_LAUNCH_URL = "{BAD_HOST}"\n',
        "support/manage.py": "", "support/support/settings.py": 'import os\nGENESYS_LAUNCH_URL = os.environ["URL"]\n',
        "support/tickets/views.py": _py_launch("settings.GENESYS_LAUNCH_URL", "from django.conf import settings")},
    {  # no manage.py: only a settings module above the package that holds the file is its own
        "billing/settings.py": f'GENESYS_LAUNCH_URL = "{BAD_HOST}"\n',
        "support/tickets/views.py": _py_launch("settings.GENESYS_LAUNCH_URL", "from django.conf import settings")},
    {  # `constants` may be the root's or the service's own (its directory on the path): the latter reads the environment
        "constants.py": f'LAUNCH_URL = "{BAD_HOST}"\n',
        "service/constants.py": 'import os\nLAUNCH_URL = os.environ["URL"]\n',
        "service/launch.py": _py_launch("LAUNCH_URL", "from constants import LAUNCH_URL")},
    {  # the same with the module imported whole
        "constants.py": f'LAUNCH_URL = "{BAD_HOST}"\n',
        "service/constants.py": 'import os\nLAUNCH_URL = os.environ["URL"]\n',
        "service/launch.py": _py_launch("constants.LAUNCH_URL", "import constants")},
    {  # a JavaScript module named without its suffix: the first file it names defines no launch URL
        "src/config.ts": "export const URL = process.env.URL;\n",
        "src/config.js": f"exports.URL = '{BAD_HOST}';\n",
        "src/launch.ts": _js_launch("URL", "import { URL } from './config';")},
])
def test_a_name_that_may_come_from_a_module_not_binding_it_to_a_launch_url_stays_unknown(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, files: dict[str, str]) -> None:
    _tree(tmp_path, files)
    launcher = next(name for name in files if "launch" in name or "views" in name)
    read = _counting_reads(monkeypatch)
    found = _check(tmp_path, monkeypatch)
    assert launcher in read  # read again for the name it writes
    assert _codes(found, launcher) == []  # no host judged (nor a body: the URL may not be a launch)


def test_django_settings_of_the_files_own_project_are_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _tree(tmp_path, {
        "billing/manage.py": "", "billing/billing/settings.py": f'GENESYS_LAUNCH_URL = "{BAD_HOST}"\n',
        "billing/invoices/views.py": _py_launch("settings.GENESYS_LAUNCH_URL", "from django.conf import settings"),
        "support/manage.py": "", "support/support/settings.py": 'import os\nGENESYS_LAUNCH_URL = os.environ["URL"]\n',
    })
    found = _check(tmp_path, monkeypatch)
    assert _codes(found, "billing/invoices/views.py") == ["FL101", "FL102", "FL302"]


@pytest.mark.parametrize("body", [
    f'    LAUNCH_URL = "{BAD_HOST}"\n    if os.getenv("APP_ENV"):\n        LAUNCH_URL = "https://api.mypurecloud.ie/api/v2/flows/executions"\n',
    f'    LAUNCH_URL = "{BAD_HOST}"\n    LAUNCH_URL = os.environ["URL"]\n',
    f'    if os.getenv("APP_ENV"):\n        LAUNCH_URL = "{BAD_HOST}"\n',
])
def test_a_class_attribute_bound_more_than_once_or_conditionally_is_unknown(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, body: str) -> None:
    _tree(tmp_path, {
        "app/__init__.py": "", "app/config.py": f"import os\n\nclass Genesys:\n{body}",
        "app/launch.py": _py_launch("Genesys.LAUNCH_URL", "from .config import Genesys"),
    })
    read = _counting_reads(monkeypatch)
    found = _check(tmp_path, monkeypatch)
    assert "app/config.py" in read
    assert _codes(found, "app/launch.py") == []


def test_statistics_show_no_row_for_the_note_the_second_pass_takes_back(tmp_path: Path) -> None:
    app = tmp_path / "app"
    app.mkdir()
    (app / "__init__.py").write_text("", encoding="utf-8")
    (app / "constants.py").write_text('LAUNCH_URL = "https://myorg.mypurecloud.ie/api/v2/flows/executions"\n',
                                      encoding="utf-8")
    (app / "launch.py").write_text("import requests\nfrom .constants import LAUNCH_URL\n\n\ndef go(flow_id):\n"
                                   '    return requests.post(LAUNCH_URL, json={"flowId": flow_id, "type": "workflow"})\n',
                                   encoding="utf-8")
    result = flowlint("check", "--no-cache", "--no-color", "--statistics", str(tmp_path))
    rows = [line.split("\t") for line in result.output.splitlines() if line.count("\t") >= 2]
    assert {row[1] for row in rows} >= {"FL302", "FL101"}, result.output  # the importer was read
    assert all(row[0] != "0" for row in rows) and "FL011" not in {row[1] for row in rows}, result.output
