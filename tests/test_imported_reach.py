"""More of the forms real code imports a launch URL by (the run's second pass, run/imported.py over
sources/imports.py): a module that also launches itself, re-exports and barrels, TypeScript path aliases, an axios
instance, settings objects. Each resolves only where it certainly does; anything less stays unknown."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from validator.checker import launches

from conftest import flowlint

BAD_HOST = "https://myorg.mypurecloud.ie/api/v2/flows/executions"
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


def _found(found: list[dict[str, Any]], file: str) -> list[tuple[int, str]]:
    return sorted((d["line"], d["code"]) for d in found if d["file"] == file)


def _codes(found: list[dict[str, Any]], file: str) -> list[str]:
    return sorted(d["code"] for d in found if d["file"] == file)


def _py_launch(url: str, imports: str) -> str:
    return f"import requests\n{imports}\n\ndef launch(flow_id):\n    return requests.post({url}, json={BAD_BODY_PY}, timeout=5)\n"


def _js_launch(url: str, imports: str) -> str:
    return f"import axios from 'axios';\n{imports}\nexport const launch = (flowId: string) => axios.post({url}, {BAD_BODY_JS});\n"


# 5. A file that launches with the endpoint written in it and with one imported: both launches are read.

@pytest.mark.parametrize("files", [
    {"app/__init__.py": "", "app/constants.py": f'LAUNCH_URL = "{BAD_HOST}"\n',
     "app/launch.py": _py_launch("LAUNCH_URL", "from .constants import LAUNCH_URL") + (
         "\n\ndef direct(flow_id):\n    return requests.post('https://api.mypurecloud.com/api/v2/flows/executions',"
         " json={'flowId': flow_id, 'kind': 1}, timeout=5)\n")},
    {"src/constants.ts": f"export const LAUNCH_URL = '{BAD_HOST}';\n",
     "src/launch.ts": _js_launch("LAUNCH_URL", "import { LAUNCH_URL } from './constants';") + (
         "export const direct = (flowId: string) => axios.post('https://api.mypurecloud.com/api/v2/flows/executions',"
         " { flowId, kind: 1 });\n")},
])
def test_a_file_that_also_launches_with_the_endpoint_written_in_it_reads_its_imported_launch_too(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, files: dict[str, str]) -> None:
    _tree(tmp_path, files)
    launcher = next(name for name in files if "launch" in name)
    direct_line = files[launcher].count("\n")  # the last line
    imported_line = 5 if launcher.endswith(".py") else 3
    found = _check(tmp_path, monkeypatch)
    # The direct launch's finding once (the first pass's), and the imported launch's host and body.
    assert _found(found, launcher) == sorted([(direct_line, "FL101"), (imported_line, "FL101"), (imported_line, "FL102"),
                                              (imported_line, "FL302")])
    definer = next(name for name in files if "constants" in name)
    assert _codes(found, definer) == []  # its URL is read by a launch
    assert all(d["fix"] is None for d in found if d["file"] == launcher and d["line"] == imported_line)


# 1. Re-exports: barrels (index.ts), `export *`, an `__init__.py` importing the name, `from .constants import *`.

@pytest.mark.parametrize(("files", "launcher", "definer"), [
    ({"src/config/constants.ts": f"export const LAUNCH_URL = '{BAD_HOST}';\n",
      "src/config/index.ts": "export { LAUNCH_URL } from './constants';\nexport { other } from './other';\n",
      "src/launch.ts": _js_launch("LAUNCH_URL", "import { LAUNCH_URL } from './config';")},
     "src/launch.ts", "src/config/constants.ts"),
    ({"src/config/constants.ts": f"export const LAUNCH_URL = '{BAD_HOST}';\n",
      "src/config/index.ts": "export * from './constants';\nexport * from './timeouts';\n",
      "src/config/timeouts.ts": "export const TIMEOUT = 5000;\n",
      "src/launch.ts": _js_launch("LAUNCH_URL", "import { LAUNCH_URL } from './config';")},
     "src/launch.ts", "src/config/constants.ts"),
    ({"src/config/constants.ts": f"export const LAUNCH_URL = '{BAD_HOST}';\n",  # a barrel of a barrel
      "src/config/index.ts": "export * from './constants';\n",
      "src/index.ts": "export * from './config';\n",
      "src/api/launch.ts": _js_launch("LAUNCH_URL", "import { LAUNCH_URL } from '..';")},
     "src/api/launch.ts", "src/config/constants.ts"),
    ({"src/config/constants.ts": f"export const LAUNCH_URL = '{BAD_HOST}';\n",  # imported, then exported
      "src/config/index.ts": "import { LAUNCH_URL } from './constants';\n\nexport { LAUNCH_URL };\n",
      "src/launch.ts": _js_launch("LAUNCH_URL", "import { LAUNCH_URL } from './config/index';")},
     "src/launch.ts", "src/config/constants.ts"),
    ({"app/__init__.py": "from .constants import LAUNCH_URL\n\n__all__ = ['LAUNCH_URL']\n",
      "app/constants.py": f'LAUNCH_URL = "{BAD_HOST}"\n',
      "svc/launch.py": _py_launch("LAUNCH_URL", "from app import LAUNCH_URL")},
     "svc/launch.py", "app/constants.py"),
    ({"app/__init__.py": "from .constants import *\n", "app/constants.py": f'LAUNCH_URL = "{BAD_HOST}"\n',
      "svc/launch.py": _py_launch("app.LAUNCH_URL", "import app")},
     "svc/launch.py", "app/constants.py"),
    ({"app/__init__.py": "", "app/constants.py": f'LAUNCH_URL = "{BAD_HOST}"\n',
      "app/launch.py": _py_launch("LAUNCH_URL", "from .constants import *")},
     "app/launch.py", "app/constants.py"),
    ({"app/__init__.py": "", "app/constants.py": f'LAUNCH_URL = "{BAD_HOST}"\n', "app/timeouts.py": "TIMEOUT = 5\n",
      "app/launch.py": _py_launch("LAUNCH_URL", "from .constants import *\nfrom .timeouts import *")},
     "app/launch.py", "app/constants.py"),
])
def test_a_launch_url_re_exported_by_another_module_is_read(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, files: dict[str, str], launcher: str, definer: str) -> None:
    _tree(tmp_path, files)
    found = _check(tmp_path, monkeypatch)
    assert _codes(found, launcher) == ["FL101", "FL102", "FL302"]
    assert _codes(found, definer) == []  # read by a launch through the re-export: no note that nothing uses it


@pytest.mark.parametrize("files", [
    {  # the barrel binds the name again after importing it
        "app/__init__.py": "import os\nfrom .constants import LAUNCH_URL\nLAUNCH_URL = os.getenv('URL', LAUNCH_URL)\n",
        "app/constants.py": f'LAUNCH_URL = "{BAD_HOST}"\n', "svc/launch.py": _py_launch("LAUNCH_URL", "from app import LAUNCH_URL")},
    {  # `__all__` decides what `import *` brings
        "app/__init__.py": "", "app/constants.py": f'__all__ = ["OTHER"]\nLAUNCH_URL = "{BAD_HOST}"\nOTHER = 1\n',
        "app/launch.py": _py_launch("LAUNCH_URL", "from .constants import *")},
    {  # a later `import *` of a module that binds the name too
        "app/__init__.py": "", "app/constants.py": f'LAUNCH_URL = "{BAD_HOST}"\n',
        "app/local.py": "import os\nLAUNCH_URL = os.environ['URL']\n",
        "app/launch.py": _py_launch("LAUNCH_URL", "from .constants import *\nfrom .local import *")},
    {  # a `from local import *` under a `try`: it may bind the name again
        "app/__init__.py": "", "app/constants.py": f'LAUNCH_URL = "{BAD_HOST}"\n',
        "app/local.py": "import os\nLAUNCH_URL = os.environ['URL']\n",
        "app/launch.py": _py_launch("LAUNCH_URL", "from .constants import *\n"
                                                  "try:\n    from .local import *\nexcept ImportError:\n    pass")},
    {  # the same in a package's __init__.py
        "app/__init__.py": "from .constants import *\n\ntry:\n    from .local import *\nexcept ImportError:\n    pass\n",
        "app/constants.py": f'LAUNCH_URL = "{BAD_HOST}"\n', "app/local.py": "import os\nLAUNCH_URL = os.environ['URL']\n",
        "svc/launch.py": _py_launch("LAUNCH_URL", "from app import LAUNCH_URL")},
    {  # a later `import *` of a module outside the tree
        "app/__init__.py": "", "app/constants.py": f'LAUNCH_URL = "{BAD_HOST}"\n',
        "app/launch.py": _py_launch("LAUNCH_URL", "from .constants import *\nfrom vendor.settings import *")},
    {  # the starred name bound in the file itself
        "app/__init__.py": "", "app/constants.py": f'LAUNCH_URL = "{BAD_HOST}"\n',
        "app/launch.py": _py_launch("LAUNCH_URL", "from .constants import *\nLAUNCH_URL = LAUNCH_URL.replace('ie', 'com')")},
    {  # two `export *` that both bring the name: ambiguous, exported by neither
        "src/config/constants.ts": f"export const LAUNCH_URL = '{BAD_HOST}';\n",
        "src/config/env.ts": "export const LAUNCH_URL = process.env.URL;\n",
        "src/config/index.ts": "export * from './constants';\nexport * from './env';\n",
        "src/launch.ts": _js_launch("LAUNCH_URL", "import { LAUNCH_URL } from './config';")},
    {  # a barrel's own export wins over its `export *`
        "src/config/constants.ts": f"export const LAUNCH_URL = '{BAD_HOST}';\n",
        "src/config/index.ts": "export * from './constants';\nexport const LAUNCH_URL = process.env.URL;\n",
        "src/launch.ts": _js_launch("LAUNCH_URL", "import { LAUNCH_URL } from './config';")},
    {  # a barrel re-exporting a package's names too: which one is not known
        "src/config/constants.ts": f"export const LAUNCH_URL = '{BAD_HOST}';\n",
        "src/config/index.ts": "export * from './constants';\nexport * from '@acme/genesys-config';\n",
        "src/launch.ts": _js_launch("LAUNCH_URL", "import { LAUNCH_URL } from './config';")},
])
def test_a_re_export_that_may_bind_the_name_otherwise_leaves_it_unknown(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, files: dict[str, str]) -> None:
    _tree(tmp_path, files)
    launcher = next(name for name in files if "launch" in name)
    read = _counting_reads(monkeypatch)
    found = _check(tmp_path, monkeypatch)
    assert launcher in read  # read again for the name it writes
    assert _codes(found, launcher) == []


def test_a_barrel_is_read_once_whatever_the_number_of_files_importing_through_it(tmp_path: Path) -> None:
    from validator.sources import imports
    from validator.sources.code import parsed
    from validator.sources.extract import reader_for
    from validator.sources.model import Text

    def work(count: int) -> int:
        root = tmp_path / str(count)
        files = {"src/config/constants.ts": f"export const LAUNCH_URL = '{BAD_HOST}';\n",
                 "src/config/index.ts": "export * from './constants';\n",
                 **{f"src/m{n}/launch.ts": _js_launch("LAUNCH_URL", "import { LAUNCH_URL } from '../config';\n"
                                                      "import { helper } from './util';")
                    for n in range(count)},
                 # modules the importers import too, which import and export other names: not parsed
                 **{f"src/m{n}/util.ts": "import { format } from '../shared';\nexport { format as helper };\n"
                    for n in range(count)},
                 "src/shared.ts": "export { format } from './format';\n"}
        _tree(root, files)
        paths = [str(root / name) for name in files]
        exports = imports.Exports({paths[0]: {"LAUNCH_URL": Text((BAD_HOST,))}}, paths,
                                  read=lambda path: Path(path).read_bytes())
        for path in (path for path in paths if path.endswith("launch.ts")):
            source, tree = parsed("typescript", Path(path).read_text())
            imported = exports.imported(reader_for("typescript", source, tree, 100, path), "typescript", path)
            assert imported is not None and "LAUNCH_URL" in imported.names
        return exports.parses

    assert work(10) == work(1000) == 1  # the barrel, once (the defining file imports nothing: not parsed again)


# 4. A settings object: `settings = Settings()` whose class gives the launch URL as a field's default.

PATH_ONLY = "/api/v2/flows/executions"


@pytest.mark.parametrize(("config", "codes"), [
    # pydantic-settings: the environment may set the field, so the host is unknown; the path makes it a launch
    ("from pydantic_settings import BaseSettings, SettingsConfigDict\n\n\nclass Settings(BaseSettings):\n"
     "    model_config = SettingsConfigDict(env_file='.env')\n\n"
     f'    launch_url: str = "{BAD_HOST}"\n    timeout: int = 5\n\n\nsettings = Settings()\n', ["FL101", "FL102"]),
    # a plain class: its attribute is the value
    (f'class Settings:\n    launch_url = "{BAD_HOST}"\n\n\nsettings = Settings()\n', ["FL101", "FL102", "FL302"]),
    # a dataclass, its field's default
    ("from dataclasses import dataclass\n\n\n@dataclass(frozen=True)\nclass Settings:\n"
     f'    launch_url: str = "{BAD_HOST}"\n\n\nsettings = Settings()\n', ["FL101", "FL102", "FL302"]),
])
def test_a_settings_objects_field_default_is_read_where_it_is_imported(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, config: str, codes: list[str]) -> None:
    _tree(tmp_path, {"app/__init__.py": "", "app/config.py": config,
                     "app/launch.py": _py_launch("settings.launch_url", "from .config import settings")})
    found = _check(tmp_path, monkeypatch)
    assert _codes(found, "app/launch.py") == codes
    assert _codes(found, "app/config.py") == []  # read by a launch


@pytest.mark.parametrize("config", [
    f'class Settings:\n    launch_url = "{BAD_HOST}"\n\n    def __init__(self):\n        self.launch_url = os.environ["URL"]\n'
    "\n\nsettings = Settings()\n",
    f'class Settings:\n    launch_url = "{BAD_HOST}"\n\n\nsettings = Settings(launch_url=os.environ["URL"])\n',
    "from pydantic import field_validator\nfrom pydantic_settings import BaseSettings\n\n\nclass Settings(BaseSettings):\n"
    f'    launch_url: str = "{BAD_HOST}"\n\n    @field_validator("launch_url")\n    @classmethod\n'
    "    def region(cls, value):\n        return value.replace('/flows/executions', '/flows/jobs')\n\n\nsettings = Settings()\n",
    f'class Settings:\n    launch_url = "{BAD_HOST}"\n\n\nsettings = Settings()\nsettings.launch_url = os.environ["URL"]\n',
    f'class Settings:\n    launch_url = "{BAD_HOST}"\n\n    def load(self):\n        for key, value in os.environ.items():\n'
    "            setattr(self, key.lower(), value)\n\n\nsettings = Settings()\nsettings.load()\n",
    f'class Settings:\n    launch_url = "{BAD_HOST}"\n\n\nsettings = Settings()\nsetattr(settings, "launch_url", os.environ["U"])\n',
])
def test_a_settings_field_its_class_or_its_caller_may_set_otherwise_stays_unknown(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, config: str) -> None:
    _tree(tmp_path, {"app/__init__.py": "", "app/config.py": "import os\n" + config,
                     "app/launch.py": _py_launch("settings.launch_url", "from .config import settings")})
    read = _counting_reads(monkeypatch)
    found = _check(tmp_path, monkeypatch)
    assert "app/config.py" in read
    assert _codes(found, "app/launch.py") == []
    assert _codes(found, "app/config.py") == ["FL011"]  # its URL read by no launch flowlint can read


# 2. TypeScript path aliases, by the nearest tsconfig.json/jsconfig.json of the checked tree.

TSCONFIG = ('{\n  // the editor\'s and the bundler\'s aliases\n  "compilerOptions": {\n    "baseUrl": ".",\n'
            '    "paths": { "@/*": ["src/*"], "~config": ["src/config/constants.ts"] }, /* trailing comma: */\n  },\n}\n')


@pytest.mark.parametrize(("files", "launcher"), [
    ({"tsconfig.json": TSCONFIG, "src/config/constants.ts": f"export const LAUNCH_URL = '{BAD_HOST}';\n",
      "src/services/launch.ts": _js_launch("LAUNCH_URL", "import { LAUNCH_URL } from '@/config/constants';")},
     "src/services/launch.ts"),
    ({"tsconfig.json": TSCONFIG, "src/config/constants.ts": f"export const LAUNCH_URL = '{BAD_HOST}';\n",
      "src/services/launch.ts": _js_launch("LAUNCH_URL", "import { LAUNCH_URL } from '~config';")},
     "src/services/launch.ts"),
    ({"tsconfig.json": '{"compilerOptions": {"baseUrl": "src"}}', "src/config/constants.ts": f"export const LAUNCH_URL = '{BAD_HOST}';\n",
      "src/services/launch.ts": _js_launch("LAUNCH_URL", "import { LAUNCH_URL } from 'config/constants';")},
     "src/services/launch.ts"),
    ({"web/jsconfig.json": '{"compilerOptions": {"paths": {"@/*": ["./src/*"]}}}',  # paths without baseUrl: by the config's place
      "web/src/config/index.js": f"export const LAUNCH_URL = '{BAD_HOST}';\n",
      "web/src/services/launch.js": _js_launch("LAUNCH_URL", "import { LAUNCH_URL } from '@/config';").replace(": string", "")},
     "web/src/services/launch.js"),
    ({"tsconfig.base.json": '{"compilerOptions": {"baseUrl": ".", "paths": {"@app/*": ["app/src/*"]}}}',
      "tsconfig.json": '{"extends": "./tsconfig.base.json", "compilerOptions": {"strict": true}}',
      "app/src/constants.ts": f"export const LAUNCH_URL = '{BAD_HOST}';\n",
      "app/src/launch.ts": _js_launch("LAUNCH_URL", "import { LAUNCH_URL } from '@app/constants';")},
     "app/src/launch.ts"),
])
def test_an_import_through_a_typescript_path_alias_is_resolved(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, files: dict[str, str], launcher: str) -> None:
    _tree(tmp_path, files)
    found = _check(tmp_path, monkeypatch)
    assert _codes(found, launcher) == ["FL101", "FL102", "FL302"]


@pytest.mark.parametrize("files", [
    {  # the config extends one outside the tree: its baseUrl and paths are not known
        "app/tsconfig.json": '{"extends": "../../shared/tsconfig.json"}',
        "app/src/constants.ts": f"export const LAUNCH_URL = '{BAD_HOST}';\n",
        "app/src/launch.ts": _js_launch("LAUNCH_URL", "import { LAUNCH_URL } from '@/constants';")},
    {  # a package's config
        "tsconfig.json": '{"extends": "@acme/tsconfig", "compilerOptions": {"paths": {"@/*": ["src/*"]}}}',
        "src/constants.ts": f"export const LAUNCH_URL = '{BAD_HOST}';\n",
        "src/launch.ts": _js_launch("LAUNCH_URL", "import { LAUNCH_URL } from '@/constants';")},
    {  # no config: `@/` may be any bundler's alias
        "src/constants.ts": f"export const LAUNCH_URL = '{BAD_HOST}';\n",
        "src/launch.ts": _js_launch("LAUNCH_URL", "import { LAUNCH_URL } from '@/constants';")},
    {  # a nearer config without the alias: the root's is not the file's
        "tsconfig.json": TSCONFIG, "src/tsconfig.json": '{"compilerOptions": {"strict": true}}',
        "src/config/constants.ts": f"export const LAUNCH_URL = '{BAD_HOST}';\n",
        "src/services/launch.ts": _js_launch("LAUNCH_URL", "import { LAUNCH_URL } from '@/config/constants';")},
    {  # a broken config
        "tsconfig.json": '{"compilerOptions": {"baseUrl": ".", "paths": {"@/*": ["src/*"]}',
        "src/config/constants.ts": f"export const LAUNCH_URL = '{BAD_HOST}';\n",
        "src/services/launch.ts": _js_launch("LAUNCH_URL", "import { LAUNCH_URL } from '@/config/constants';")},
])
def test_an_alias_no_config_of_the_tree_certainly_defines_stays_unknown(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, files: dict[str, str]) -> None:
    (tmp_path / "shared").mkdir()
    (tmp_path / "shared" / "tsconfig.json").write_text('{"compilerOptions": {"baseUrl": ".", "paths": {"@/*": ["../root/app/src/*"]}}}')
    root = tmp_path / "root"
    _tree(root, files)
    launcher = next(name for name in files if name.endswith("launch.ts"))
    read = _counting_reads(monkeypatch)
    found = _check(root, monkeypatch)
    assert launcher in read  # read again for the name it writes
    assert _codes(found, launcher) == []
    assert not [d for d in found if d["code"] == "FL900"]


def test_path_aliases_are_looked_up_once_per_directory(tmp_path: Path) -> None:
    from validator.sources import imports
    from validator.sources.model import Text

    def work(count: int) -> int:
        root = tmp_path / str(count)
        files = {"tsconfig.json": TSCONFIG, "src/config/constants.ts": f"export const LAUNCH_URL = '{BAD_HOST}';\n",
                 **{f"src/features/f{n}/launch.ts": "" for n in range(count)}}
        _tree(root, files)
        paths = [str(root / name) for name in files]
        reads: list[str] = []

        def read(path: str) -> bytes:
            reads.append(path)
            return Path(path).read_bytes()

        exports = imports.Exports({paths[1]: {"LAUNCH_URL": Text((BAD_HOST,))}}, paths, read=read)
        for path in paths[2:]:
            assert exports._js_module("@/config/constants", str(Path(path).parent)) == [paths[1]]
        assert reads.count(paths[0]) == 1  # the config read once
        return exports.lookups

    # Each importing directory walks up once: the looked-up directories grow with the tree, not per import.
    assert work(1000) <= 1000 * 2 + 10
    assert work(10) <= 10 * 2 + 10


# 3. An axios instance, its baseURL or the launch URL imported from another module.

AXIOS_SERVICE = ("import axios from 'axios';\n{imports}\n\nconst http = axios.create({{ {options} }});\n\n"
                 "export async function launch(flowId: string) {{\n  return http.post({url}, "
                 + BAD_BODY_JS.replace("{", "{{").replace("}", "}}") + ");\n}}\n")


@pytest.mark.parametrize(("constants", "imports", "options", "url", "codes"), [
    (f"export const LAUNCH_URL = '{BAD_HOST}';\n", "import { LAUNCH_URL } from '../config/constants';",
     "timeout: 5000", "LAUNCH_URL", ["FL101", "FL102", "FL302"]),
    ("export const API_BASE = 'https://myorg.mypurecloud.ie';\nexport const LAUNCH_PATH = '/api/v2/flows/executions';\n",
     "import { API_BASE, LAUNCH_PATH } from '../config/constants';", "baseURL: API_BASE", "LAUNCH_PATH",
     ["FL101", "FL102", "FL302"]),
    ("export const API_BASE = 'https://api.mypurecloud.ie';\nexport const LAUNCH_PATH = '/api/v2/flows/executions';\n",
     "import { API_BASE, LAUNCH_PATH } from '../config/constants';", "baseURL: API_BASE", "LAUNCH_PATH",
     ["FL101", "FL102"]),
    ("export const API_BASE = process.env.GENESYS_API;\nexport const LAUNCH_PATH = '/api/v2/flows/executions';\n",
     "import { API_BASE, LAUNCH_PATH } from '../config/constants';", "baseURL: API_BASE", "LAUNCH_PATH",
     ["FL101", "FL102"]),
    ("export let API_BASE = 'https://myorg.mypurecloud.ie';\nexport const LAUNCH_PATH = '/api/v2/flows/executions';\n"
     "export function useRegion(region: string) { API_BASE = `https://api.${region}`; }\n",
     "import { API_BASE, LAUNCH_PATH } from '../config/constants';", "baseURL: API_BASE", "LAUNCH_PATH",
     ["FL101", "FL102"]),
])
def test_an_axios_instance_launching_with_an_imported_url_or_base_is_read(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, constants: str, imports: str, options: str, url: str,
        codes: list[str]) -> None:
    _tree(tmp_path, {"src/config/constants.ts": constants,
                     "src/services/launch.ts": AXIOS_SERVICE.format(imports=imports, options=options, url=url)})
    found = _check(tmp_path, monkeypatch)
    assert _codes(found, "src/services/launch.ts") == codes


def test_a_python_launch_joining_an_imported_base_and_path_reads_the_host(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _tree(tmp_path, {"app/__init__.py": "",
                     "app/constants.py": 'API_BASE = "https://myorg.mypurecloud.ie"\nLAUNCH_PATH = "/api/v2/flows/executions"\n',
                     "app/launch.py": _py_launch('f"{API_BASE}{LAUNCH_PATH}"', "from .constants import API_BASE, LAUNCH_PATH")})
    found = _check(tmp_path, monkeypatch)
    assert _codes(found, "app/launch.py") == ["FL101", "FL102", "FL302"]


def test_an_imported_base_with_a_path_joins_the_launch_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _tree(tmp_path, {"src/config/constants.ts": "export const API_V2 = 'https://myorg.mypurecloud.ie/api/v2';\n"
                                                "export const LAUNCH_PATH = '/flows/executions';\n",
                     "src/services/launch.ts": AXIOS_SERVICE.format(
                         imports="import { API_V2, LAUNCH_PATH } from '../config/constants';", options="baseURL: API_V2",
                         url="LAUNCH_PATH")})
    found = _check(tmp_path, monkeypatch)
    assert _codes(found, "src/services/launch.ts") == ["FL101", "FL102", "FL302"]


# A module's default export: a config object (`export default { genesys: { launchUrl } }`).

@pytest.mark.parametrize("config", [
    f"export default {{\n  genesys: {{ launchUrl: '{BAD_HOST}', timeout: 5000 }},\n}};\n",
    f"const config = {{\n  genesys: {{ launchUrl: '{BAD_HOST}' }},\n}};\n\nexport default config;\n",
    f"export default {{\n  genesys: {{ launchUrl: '{BAD_HOST}' }},\n}} satisfies Record<string, object>;\n",
])
def test_a_default_exported_config_objects_launch_url_is_read(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, config: str) -> None:
    _tree(tmp_path, {"src/config.ts": config,
                     "src/launch.ts": _js_launch("config.genesys.launchUrl", "import config from './config';")})
    found = _check(tmp_path, monkeypatch)
    assert _codes(found, "src/launch.ts") == ["FL101", "FL102", "FL302"]
    if "const config" in config:  # its note named the binding a launch of the tree now reads
        assert _codes(found, "src/config.ts") == []


def test_a_default_export_changed_after_it_is_made_stays_unknown(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _tree(tmp_path, {"src/config.ts": f"const config = {{ genesys: {{ launchUrl: '{BAD_HOST}' }} }};\n"
                                      "config.genesys.launchUrl = process.env.URL;\nexport default config;\n",
                     "src/launch.ts": _js_launch("config.genesys.launchUrl", "import config from './config';")})
    read = _counting_reads(monkeypatch)
    found = _check(tmp_path, monkeypatch)
    assert "src/config.ts" in read
    assert _codes(found, "src/launch.ts") == []


def test_a_default_exports_reader_takes_back_no_note_of_another_binding(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _tree(tmp_path, {"src/config.ts": f"const UNUSED = '{BAD_HOST}';\n\nexport default {{ launchUrl: '{BAD_HOST}' }};\n",
                     "src/launch.ts": _js_launch("config.launchUrl", "import config from './config';")})
    found = _check(tmp_path, monkeypatch)
    assert _codes(found, "src/launch.ts") == ["FL101", "FL102", "FL302"]
    assert _codes(found, "src/config.ts") == ["FL011"]  # `UNUSED` is still read by nothing


# Re-exports under another name: the files writing the new name are read too.

@pytest.mark.parametrize(("files", "launcher"), [
    ({"src/config/constants.ts": f"export const LAUNCH_URL = '{BAD_HOST}';\n",
      "src/config/index.ts": "export { LAUNCH_URL as GENESYS_LAUNCH_URL } from './constants';\n",
      "src/launch.ts": _js_launch("GENESYS_LAUNCH_URL", "import { GENESYS_LAUNCH_URL } from './config';")}, "src/launch.ts"),
    ({"src/config/launchUrl.ts": f"export default '{BAD_HOST}';\n",
      "src/config/index.ts": "export { default as LAUNCH_URL } from './launchUrl';\n",
      "src/launch.ts": _js_launch("LAUNCH_URL", "import { LAUNCH_URL } from './config';")}, "src/launch.ts"),
    ({"src/config/constants.ts": f"export const LAUNCH_URL = '{BAD_HOST}';\n",
      "src/config/index.ts": "export * as urls from './constants';\n",
      "src/launch.ts": _js_launch("urls.LAUNCH_URL", "import { urls } from './config';")}, "src/launch.ts"),
    ({"app/__init__.py": "from .constants import LAUNCH_URL as GENESYS_LAUNCH_URL\n",
      "app/constants.py": f'LAUNCH_URL = "{BAD_HOST}"\n',
      "svc/launch.py": _py_launch("GENESYS_LAUNCH_URL", "from app import GENESYS_LAUNCH_URL")}, "svc/launch.py"),
])
def test_a_launch_url_re_exported_under_another_name_is_read(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, files: dict[str, str], launcher: str) -> None:
    _tree(tmp_path, files)
    found = _check(tmp_path, monkeypatch)
    assert _codes(found, launcher) == ["FL101", "FL102", "FL302"]


def test_a_module_with_many_settings_instances_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from validator.sources import imports
    from validator.sources.code import parsed
    from validator.sources.extract import reader_for

    made: list[str] = []
    real = imports._Instances._defaults

    def counted(self: Any, cls: str, definition: Any) -> Any:
        made.append(cls)
        return real(self, cls, definition)

    monkeypatch.setattr(imports._Instances, "_defaults", counted)
    text = f'class Settings:\n    launch_url = "{BAD_HOST}"\n\n\n' + "".join(f"s{n} = Settings()\n" for n in range(1000))
    source, tree = parsed("python", text)
    found = imports.definitions(reader_for("python", source, tree, 200, "config.py"), "python")
    assert len(found) == 1000 and "s999.launch_url" in found
    assert made == ["Settings"]  # the class's defaults read once, not once per instance


@pytest.mark.parametrize("definer", [
    f"export default '{BAD_HOST}';\n",
    f"const LAUNCH_URL = '{BAD_HOST}';\n\nexport default LAUNCH_URL;\n",
])
def test_a_default_exported_launch_url_imported_under_any_name_is_read(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, definer: str) -> None:
    _tree(tmp_path, {"src/config/launchUrl.ts": definer,
                     "src/launch.ts": _js_launch("GENESYS_URL", "import GENESYS_URL from './config/launchUrl';")})
    found = _check(tmp_path, monkeypatch)
    assert _codes(found, "src/launch.ts") == ["FL101", "FL102", "FL302"]
