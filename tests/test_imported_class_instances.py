"""A launch body made as an instance of a class another module of the run exports (`import { Launch } from
'./launch'; JSON.stringify(new Launch(id))`, `from app.models import Launch; json=vars(Launch(id))`) is read as a class
of the same file is, with its guards (toJSON, accessors, a base class, special methods, a prototype or class written
elsewhere, an instance changed: unknown), each member the constructor gives a parameter being the call's argument. It
was unknown (FL011) before."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import flowlint, tree_diagnostics

API = "https://api.mypurecloud.com/api/v2/flows/executions"
FLOW = "2b9c3a1e-8a3f-4a6e-9d1c-0f1e2d3c4b5a"
JS_CLASS = "export class Launch {\n  constructor(flowId, inputs) { this.flowId = flowId; this.inputData = inputs; EXTRA }\nMETHODS}\n"
JS_GO = (f"import {{ Launch }} from './launch';\nexport async function go() {{\n  const body = new Launch('{FLOW}', "
         "{ 'Flow.x': 1 });\n  await fetch('" + API + "', { method: 'POST', headers: { 'Content-Type': 'application/json' }, "
         "body: JSON.stringify(body) });\n}\n")
PY_CLASS = ("class Launch:\n    def __init__(self, flow_id, inputs):\n        self.flowId = flow_id\n"
            "        self.inputData = inputs\nEXTRA\nMETHODS")
PY_GO = (f"import requests\nfrom app.models import Launch\n\n\ndef go():\n    launch = Launch(\"{FLOW}\", {{\"Flow.x\": 1}})\n"
         f"    requests.post(\"{API}\", json=vars(launch))\n")


def _found(root: Path, monkeypatch: pytest.MonkeyPatch, files: dict[str, str]) -> list[tuple[str, str]]:
    found = tree_diagnostics(root, monkeypatch, files)
    return sorted((Path(d["file"]).name, d["code"]) for d in found)


def js(root: Path, monkeypatch: pytest.MonkeyPatch, extra: str = "this.extra = 1;", methods: str = "",
       go: str = JS_GO, **more: str) -> list[tuple[str, str]]:
    return _found(root, monkeypatch, {"launch.js": JS_CLASS.replace("EXTRA", extra).replace("METHODS", methods),
                                      "go.js": go, **more})


def py(root: Path, monkeypatch: pytest.MonkeyPatch, extra: str = "        self.extra = 1", methods: str = "",
       go: str = PY_GO, **more: str) -> list[tuple[str, str]]:
    return _found(root, monkeypatch, {"app/__init__.py": "", "app/models.py": PY_CLASS.replace("EXTRA", extra).replace(
        "METHODS", methods), "app/go.py": go, **more})


def test_js_the_instance_s_members_are_the_body(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert js(tmp_path, monkeypatch) == [("go.js", "FL102"), ("go.js", "FL200")]


def test_js_a_correct_instance_is_a_clean_launch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert js(tmp_path, monkeypatch, extra="") == [("go.js", "FL200")]


@pytest.mark.parametrize(("go", "ts"), [
    (JS_GO.replace("{ Launch }", "{ Launch as Made }").replace("new Launch", "new Made"), False),
    (JS_GO.replace("import { Launch } from './launch';", "const { Launch } = require('./launch');"), False),
    (JS_GO.replace("const body", "const body: Launch"), True),
])
def test_js_imported_another_way(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, go: str, ts: bool) -> None:
    if ts:
        assert _found(tmp_path, monkeypatch, {"launch.ts": JS_CLASS.replace("EXTRA", "this.extra = 1;").replace(
            "METHODS", "").replace("constructor(flowId, inputs)", "constructor(flowId: string, inputs: object)"),
            "go.ts": go}) == [("go.ts", "FL102"), ("go.ts", "FL200")]
    else:
        assert js(tmp_path, monkeypatch, go=go) == [("go.js", "FL102"), ("go.js", "FL200")]


@pytest.mark.parametrize(("methods", "more"), [
    ("  toJSON() { return { flowId: this.flowId }; }\n", {}),
    ("  get extra2() { return 1; }\n", {}),
    ("", {"patch.js": "import { Launch } from './launch';\nLaunch.prototype.toJSON = function () { return {}; };\n"}),
])
def test_js_a_class_whose_instances_are_not_plain_data_is_unknown(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                   methods: str, more: dict[str, str]) -> None:
    found = js(tmp_path, monkeypatch, methods=methods, **more)
    assert ("go.js", "FL011") in found and ("go.js", "FL102") not in found, found


def test_js_a_base_class_is_unknown(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    found = _found(tmp_path, monkeypatch, {"launch.js": "class Base {}\n" + JS_CLASS.replace(
        "class Launch", "class Launch extends Base").replace("EXTRA", "this.extra = 1;").replace("METHODS", ""), "go.js": JS_GO})
    assert ("go.js", "FL011") in found and ("go.js", "FL102") not in found, found


def test_js_a_prototype_written_by_the_importer_is_unknown(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    found = js(tmp_path, monkeypatch, go=JS_GO + "Launch.prototype.toJSON = () => ({});\n")
    assert ("go.js", "FL011") in found and ("go.js", "FL102") not in found, found


def test_js_an_import_cycle_of_classes_ends(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    files = {"a.js": "import { B } from './b';\nexport class A {\n  constructor(flowId) { this.flowId = flowId; this.b = new B(); }\n}\n",
             "b.js": "import { A } from './a';\nexport class B {\n  constructor() { this.a = new A('x'); }\n}\n",
             "go.js": JS_GO.replace("{ Launch } from './launch'", "{ A } from './a'").replace("new Launch", "new A")}
    found = _found(tmp_path, monkeypatch, files)
    assert ("go.js", "FL102") in found, found  # `b` is no launch member: read, and the cycle's end is unknown


def test_py_the_instance_s_attributes_are_the_body(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert py(tmp_path, monkeypatch) == [("go.py", "FL102"), ("go.py", "FL200")]


def test_py_a_correct_instance_is_a_clean_launch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert py(tmp_path, monkeypatch, extra="") == [("go.py", "FL200")]


@pytest.mark.parametrize(("methods", "go", "more"), [
    ("    def __setattr__(self, k, v):\n        object.__setattr__(self, k, v)\n", PY_GO, {}),
    ("", PY_GO.replace("    requests.post", "    launch.more = 2\n    requests.post"), {}),
    ("", PY_GO, {"app/patch.py": "from app.models import Launch\nLaunch.extra = property(lambda self: 1)\n"}),
])
def test_py_a_class_whose_instances_are_not_plain_data_is_unknown(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                   methods: str, go: str, more: dict[str, str]) -> None:
    found = py(tmp_path, monkeypatch, methods=methods, go=go, **more)
    assert ("go.py", "FL011") in found and ("go.py", "FL102") not in found, found


def test_js_a_member_given_a_defaulted_parameter_may_be_absent(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # `this.b = b` of `{ b } = {}`: undefined when not given, and JSON.stringify leaves it out: never an error
    files = {"launch.js": "export class Launch {\n  constructor(flowId, { b } = {}, c = 1) { this.flowId = flowId; this.b = b; "
                          "this.c = c; }\n}\n", "go.js": JS_GO}
    found = _found(tmp_path, monkeypatch, files)
    assert ("go.js", "FL011") in found or ("go.js", "FL200") in found, found
    assert ("go.js", "FL102") not in found, found


@pytest.mark.parametrize(("launch", "go"), [
    (JS_CLASS.replace("export class", "export default class"), JS_GO.replace("{ Launch }", "Launch")),
    (JS_CLASS.replace("export class", "class") + "module.exports = { Launch };\n",
     JS_GO.replace("import { Launch } from './launch';", "const { Launch } = require('./launch');")),
    (JS_CLASS.replace("export class", "class") + "exports.Launch = Launch;\n", JS_GO),
])
def test_js_a_default_or_commonjs_export(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, launch: str, go: str) -> None:
    files = {"launch.js": launch.replace("EXTRA", "this.extra = 1;").replace("METHODS", ""), "go.js": go}
    assert _found(tmp_path, monkeypatch, files) == [("go.js", "FL102"), ("go.js", "FL200")]


def test_js_an_anonymous_default_class_is_unknown(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    files = {"launch.js": JS_CLASS.replace("export class Launch", "export default class").replace(
        "EXTRA", "this.extra = 1;").replace("METHODS", ""), "go.js": JS_GO.replace("{ Launch }", "Launch")}
    found = _found(tmp_path, monkeypatch, files)
    assert ("go.js", "FL011") in found and ("go.js", "FL102") not in found, found


def test_the_result_cache_keeps_no_reading_that_depends_on_the_class(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                      cache_on: Path) -> None:
    tree = tmp_path / "tree"
    tree.mkdir()
    monkeypatch.chdir(tree)
    (tree / "go.js").write_text(JS_GO)

    def codes(launch: str) -> list[str]:
        (tree / "launch.js").write_text(launch)
        result = flowlint("check", "--format", "json", "-v", "-j", "1", ".")
        assert result.exit_code in (0, 1), result.output
        return sorted(d["code"] for d in json.loads(result.stdout)["diagnostics"])

    plain = JS_CLASS.replace("EXTRA", "this.extra = 1;").replace("METHODS", "")
    assert "FL102" not in codes(plain.replace("constructor", "constructor(((", 1))  # a module that cannot be read
    assert "FL102" not in codes(plain.replace("METHODS", "").replace("}\n}", "}\n  toJSON() { return {}; }\n}"))
    assert "FL102" in codes(plain)  # the class made plain: go.js read again, never taken from the cache


@pytest.mark.parametrize("launch", [
    "export class Launch {\n  constructor(flowId) { this.flowId = flowId; this.self = new Launch(flowId); }\n}\n",
    "export class Launch {\n  constructor(flowId) { this.flowId = flowId; this.c = new C(); }\n}\n"
    "class C {\n  constructor() { this.l = new Launch('x'); }\n}\n",
])
def test_js_a_class_that_makes_itself_again_sends_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                          launch: str) -> None:
    # (its constructor never returns: RangeError, nothing is sent; unknown, never an error)
    found = _found(tmp_path, monkeypatch, {"launch.js": launch, "go.js": JS_GO})
    assert ("go.js", "FL011") in found and not [c for f, c in found if c in ("FL102", "FL104")], found


BARREL_GO = JS_GO.replace("'./launch'", "'./models'")
LAUNCH = JS_CLASS.replace("EXTRA", "this.extra = 1;").replace("METHODS", "")


@pytest.mark.parametrize("more", [
    {"models/index.js": "export { Launch } from './launch';\n"},
    {"models/index.js": "export { Launch as Launch } from './launch';\n"},
    {"models/index.js": "import { Launch } from './launch';\nexport { Launch };\n"},
    {"models/index.js": "export * from './launch';\n"},
    {"models/index.js": "export * from './other';\nexport * from './launch';\n", "models/other.js": "export const x = 1;\n"},
    {"models/index.js": "export * from './inner';\n", "models/inner/index.js": "export { Launch } from '../launch';\n"},
    {"models/index.js": "export { default as Launch } from './launch';\n",
     "models/launch.js": LAUNCH.replace("export class", "export default class")},
])
def test_js_a_class_a_module_passes_on_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, more: dict[str, str]) -> None:
    files = {"models/launch.js": LAUNCH, "go.js": BARREL_GO, **more}
    assert _found(tmp_path, monkeypatch, files) == [("go.js", "FL102"), ("go.js", "FL200")]


@pytest.mark.parametrize("more", [
    {"models/index.js": "export * from './other';\nexport * from './launch';\n",  # which one exports it: not known
     "models/other.js": "export class Launch { constructor() { this.flowId = 'x'; } }\n"},
    {"models/index.js": "export * from 'some-library';\nexport * from './launch';\n"},  # a library's may
    {"models/index.js": "export * from './launch';\nexport class Launch { toJSON() { return {}; } }\n"},  # its own
])
def test_js_a_class_passed_on_from_a_module_not_certain_is_unknown(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                  more: dict[str, str]) -> None:
    files = {"models/launch.js": LAUNCH, "go.js": BARREL_GO, **more}
    found = _found(tmp_path, monkeypatch, files)
    assert ("go.js", "FL011") in found and ("go.js", "FL102") not in found, found


TO_DICT = '    def to_dict(self):\n        return {"flowId": self.flowId, "inputs": self.inputData, "kind": KIND}\n'


def test_py_the_dict_an_imported_class_s_method_returns_is_the_body(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    go = PY_GO.replace("json=vars(launch)", "json=launch.to_dict()")
    found = py(tmp_path, monkeypatch, extra="", methods=TO_DICT.replace("KIND", '"x"'), go=go)
    assert found == [("go.py", "FL101"), ("go.py", "FL101"), ("go.py", "FL200")], found  # inputs, kind: read there


@pytest.mark.parametrize(("methods", "go"), [
    ('    def to_dict(self):\n        return dict(vars(self), inputs=1)\n', ""),  # no dict literal
    (TO_DICT.replace("KIND", '"x"'), "    launch.inputData = {}\n"),  # the instance changed here
    (TO_DICT.replace("KIND", '"x"').replace("(self)", "(self, full=False)"), ""),  # not `self` alone
])
def test_py_an_imported_class_s_method_not_certainly_read_is_unknown(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                      methods: str, go: str) -> None:
    found = py(tmp_path, monkeypatch, extra="", methods=methods,
               go=PY_GO.replace("    requests.post", go + "    requests.post").replace("json=vars(launch)", "json=launch.to_dict()"))
    assert ("go.py", "FL011") in found and ("go.py", "FL101") not in found, found
