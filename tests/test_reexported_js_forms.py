"""The ways a JavaScript/TypeScript barrel passes a module's names on, each followed to the module defining the value
or the launch builder a launch takes (/tmp/jsreach/rx): `export * as ids from './ids'`, `import * as ids …; export {
ids }`, `module.exports = require('./ids')`, `module.exports = { ...require('./ids') }`, `exports.X =
require('./ids').X`, `export { default as X } from './ids'`, and a namespace import's member (`import * as ids`,
`ids.build(…)`). Each was unknown before (an FL011 note with -v only): the flow name given as a flowId passed."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import tree_diagnostics

IDS = """export const FLOW_ID = 'Order follow-up';
export function build(name) { return { flowId: 'Order follow-up', wrong: 1, name }; }
export default function (name) { return { flowId: 'Order follow-up', wrong: 1, name }; }
"""
URL = "https://api.mypurecloud.com/api/v2/flows/executions"

# (the barrel, how go.js imports, what it sends: the value, then the builder's call)
FORMS = {
    "namespace_export": ("export * as ids from './ids';\n", "import { ids } from './index';",
                         "{ flowId: ids.FLOW_ID }", "ids.build('n')"),
    "namespace_exported_again": ("import * as ids from './ids';\nexport { ids };\n", "import { ids } from './index';",
                                 "{ flowId: ids.FLOW_ID }", "ids.build('n')"),
    "namespace_import": ("export * from './ids';\n", "import * as ids from './index';",
                         "{ flowId: ids.FLOW_ID }", "ids.build('n')"),
    "module_exports_require": ("module.exports = require('./ids');\n", "const { FLOW_ID, build } = require('./index');",
                               "{ flowId: FLOW_ID }", "build('n')"),
    "module_exports_spread": ("module.exports = { ...require('./ids') };\n",
                              "const { FLOW_ID, build } = require('./index');", "{ flowId: FLOW_ID }", "build('n')"),
    "exports_member": ("exports.FLOW_ID = require('./ids').FLOW_ID;\nexports.build = require('./ids').build;\n",
                       "const { FLOW_ID, build } = require('./index');", "{ flowId: FLOW_ID }", "build('n')"),
    "module_exports_members": ("module.exports = { FLOW_ID: require('./ids').FLOW_ID, build: require('./ids').build };\n",
                               "const { FLOW_ID, build } = require('./index');", "{ flowId: FLOW_ID }", "build('n')"),
    "exports_namespace": ("exports.ids = require('./ids');\n", "const { ids } = require('./index');",
                          "{ flowId: ids.FLOW_ID }", "ids.build('n')"),
    "default_passed": ("export { default as build } from './ids';\nexport { FLOW_ID } from './ids';\n",
                       "import { build, FLOW_ID } from './index';", "{ flowId: FLOW_ID }", "build('n')"),
}


@pytest.mark.parametrize("form", sorted(FORMS))
def test_a_value_and_a_builder_passed_on_are_read_where_they_are_defined(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                        form: str) -> None:
    barrel, imported, value, built = FORMS[form]
    go = (f"import axios from 'axios';\n{imported}\nexport async function go() {{\n"
          f"  await axios.post('{URL}', {value});\n  await axios.post('{URL}', {built});\n}}\n")
    found = tree_diagnostics(tmp_path, monkeypatch, {"ids.js": IDS, "index.js": barrel, "go.js": go})
    said = sorted((d["line"], d["code"]) for d in found if d["file"].endswith("go.js"))
    assert said == [(4, "FL104"), (5, "FL102"), (5, "FL104")], found


def test_a_module_passed_on_from_outside_the_run_is_said_not_known(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    go = (f"import axios from 'axios';\nimport {{ ids }} from './index';\nexport async function go() {{\n"
          f"  await axios.post('{URL}', {{ flowId: ids.FLOW_ID }});\n  await axios.post('{URL}', ids.build('n'));\n}}\n")
    found = tree_diagnostics(tmp_path, monkeypatch, {"index.js": "export * as ids from './not-here';\n", "go.js": go})
    assert sorted((d["line"], d["code"]) for d in found if d["file"].endswith("go.js")) == [(4, "FL011"), (5, "FL011")], found
