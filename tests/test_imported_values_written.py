"""An imported flow ID another module of the run writes (`conf.FLOW_ID = …`, `config.flowId = process.env.X ??
config.flowId`, `FLOWS.update(…)`) is not the module's literal: it stays unknown, fails nothing, and `-v` says why
(sources/imported_values.py, _Run.written). Nobody writing it, it is still read and its inputs checked."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_imported_values import FLOW, JS_LAUNCH, PY_LAUNCH, WRONG, _check, _contract_checked, _found, _tree

from validator.sources import imported_values

from conftest import counted_calls

PY_CONF = {"app/__init__.py": "", "app/conf.py": f'FLOW_ID = "{FLOW}"\nFLOWS = {{"cb": "{FLOW}"}}\n'}
TS_CONF = {"web/config.ts": f'export const config = {{ flowId: "{FLOW}" }};\nexport const FLOWS = {{ cb: "{FLOW}" }};\n'}


@pytest.mark.parametrize(("files", "imports", "flow"), [
    ({**PY_CONF, "app/other.py": 'from app import conf\nconf.FLOW_ID = "b1111111-5b7d-4c9e-a2f4-6d1b3e5a7c90"\n'},
     "from app import conf", "conf.FLOW_ID"),
    ({**PY_CONF, "app/other.py": "import os\nfrom app import conf\nconf.FLOW_ID += os.environ['X']\n"},
     "from app.conf import FLOW_ID", "FLOW_ID"),
    ({**PY_CONF, "app/other.py": 'from app import conf\nconf.FLOWS.update(cb="b1111111-5b7d-4c9e-a2f4-6d1b3e5a7c90")\n'},
     "from app.conf import FLOWS", 'FLOWS["cb"]'),
    ({**PY_CONF, "app/other.py": 'from app.conf import FLOWS\nFLOWS["cb"] = "x"\n'},
     "from app.conf import FLOWS", 'FLOWS["cb"]'),
    ({**PY_CONF, "app/other.py": 'from app import conf\nsetattr(conf, "FLOW_ID", "x")\n'},
     "from app.conf import FLOW_ID", "FLOW_ID"),
    ({**PY_CONF, "app/other.py": "from app.conf import FLOWS\ndel FLOWS['cb']\n"},
     "from app.conf import FLOWS", 'FLOWS["cb"]'),
], ids=["attribute", "augmented", "update", "item", "setattr", "del"])
def test_a_python_value_another_module_writes_stays_unknown(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                            files: dict[str, str], imports: str, flow: str) -> None:
    _tree(tmp_path, {**files, "app/r.py": PY_LAUNCH.format(imports=imports, flow=flow, inputs=WRONG)})
    assert not [d for d in _check(tmp_path, monkeypatch) if d["code"].startswith("FL2")]
    notes = [d for d in _check(tmp_path, monkeypatch, "--no-cache", "-v", ".") if d["code"] == "FL011"]
    assert len(notes) == 1 and notes[0]["file"] == "app/r.py", notes
    assert "written" in notes[0]["message"] and "other.py" in notes[0]["message"], notes


@pytest.mark.parametrize(("writer", "imports", "flow"), [
    ('import { config } from "./config";\nconfig.flowId = process.env.FLOW_ID ?? config.flowId;\n',
     'import { config } from "./config";', "config.flowId"),
    ('import { FLOWS } from "./config";\nFLOWS.cb = "b1111111-5b7d-4c9e-a2f4-6d1b3e5a7c90";\n',
     'import { FLOWS } from "./config";', "FLOWS.cb"),
    ('import * as c from "./config";\nObject.assign(c.config, { flowId: process.env.F });\n',
     'import { config } from "./config";', "config.flowId"),
    ('import { FLOWS } from "./config";\nFLOWS["cb"] ??= "x";\n', 'import { FLOWS } from "./config";', "FLOWS.cb"),
], ids=["member", "named-member", "object-assign", "logical-assign"])
def test_a_typescript_value_another_module_writes_stays_unknown(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                writer: str, imports: str, flow: str) -> None:
    _tree(tmp_path, {**TS_CONF, "web/boot.ts": writer, "web/run.ts": JS_LAUNCH.format(imports=imports, flow=flow, inputs=WRONG)})
    assert not [d for d in _check(tmp_path, monkeypatch) if d["code"].startswith("FL2")]
    notes = [d for d in _check(tmp_path, monkeypatch, "--no-cache", "-v", ".") if d["code"] == "FL011"]
    assert len(notes) == 1 and notes[0]["file"] == "web/run.ts", notes
    assert "written" in notes[0]["message"] and "boot.ts" in notes[0]["message"], notes


def test_a_value_nobody_writes_is_still_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    readers = {  # (reading it, comparing it, writing another object's member of the same name: no write of it)
        "app/other.py": "from app import conf\nx = {}\nx['FLOW_ID'] = 1\nconf.OTHER = 1\nif conf.FLOW_ID == 'a':\n    pass\n",
        "web/boot.ts": 'import { config } from "./config";\nconst other = { flowId: "" };\nother.flowId = "x";\nconfig.headers = {};\n'
                       "if (config.flowId === 'a') {}\n",
    }
    _tree(tmp_path, {**PY_CONF, **TS_CONF, **readers,
                     "app/r.py": PY_LAUNCH.format(imports="from app import conf", flow="conf.FLOW_ID", inputs=WRONG),
                     "web/run.ts": JS_LAUNCH.format(imports='import { config } from "./config";', flow="config.flowId",
                                                    inputs=WRONG)})
    found = _found(tmp_path, monkeypatch)
    assert _contract_checked(found, "app/r.py") and _contract_checked(found, "web/run.ts"), found


def test_each_file_is_searched_once_however_many_imported_values(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    files = {**PY_CONF, **{f"app/quiet{n}.py": "def f():\n    return 1\n" for n in range(5)}}
    files |= {f"app/r{n}.py": PY_LAUNCH.format(imports="from app import conf", flow="conf.FLOW_ID", inputs=WRONG)
              for n in range(4)}
    _tree(tmp_path, files)
    searched = counted_calls(monkeypatch, imported_values, "_writes")
    found = _found(tmp_path, monkeypatch)
    assert sum(1 for _, c, _ in found if c == "FL202") == 4  # reached: each launch checked
    assert len(searched) == len([name for name in files if name.endswith(".py")])  # each Python file once
