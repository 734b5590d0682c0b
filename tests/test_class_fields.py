"""A body kept in a class field (this.#body, TypeScript's `private body`, Python's self.__body) is certain only when every
mention of the field's name in the file is a `this.`/`self.` use flowlint reads; and reading it costs one pass over the
file, however many classes it holds (review round 3, findings 4, 6, 7; a TypedDict class, 13)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from validator.sources import javascript, python

from conftest import check_file, counted_calls

API = "https://api.mypurecloud.com/api/v2/flows/executions"


def codes(diagnostics: list[dict[str, Any]]) -> list[str]:
    return [d["code"] for d in diagnostics if not d["code"].startswith("FL2")]


HASH_JS = f"""\
const axios = require('axios');
class Launcher {{
  #body;
  constructor(id) {{
    this.#body = {{ inputData: {{}} }};
    // CHANGE
  }}
  send() {{ return axios.post('{API}', this.#body); }}
}}
module.exports = Launcher;
"""

PRIVATE_TS = f"""\
import axios from 'axios';
export class Launcher {{
  private body: Record<string, unknown>;
  constructor(id: string) {{
    this.body = {{ inputData: {{}} }};
    // CHANGE
  }}
  send() {{ return axios.post('{API}', this.body); }}
}}
"""

# The flowId given through another reference to the instance than `this`: each runs and sends it.
OTHER_REFERENCES = {
    "an alias of this": (HASH_JS, "const self = this;\n    self.#body.flowId = id;"),
    "an alias in a callback": (HASH_JS, "const self = this;\n    [['flowId', id]].forEach(function ([k, v]) "
                                        "{ self.#body[k] = v; });"),
    "a static helper": (HASH_JS.replace("  send()", "  static #fill(launcher, id) { launcher.#body.flowId = id; }\n"
                                                    "  send()"), "Launcher.#fill(this, id);"),
    "a static factory": (HASH_JS.replace("  send()", "  static create(id) { const l = new Launcher(id); "
                                                     "l.#body.flowId = id; return l; }\n  send()"), ""),
    "a TypeScript factory": (PRIVATE_TS.replace("  send()", "  static create(id: string): Launcher { const l = new "
                                                            "Launcher(id); l.body.flowId = id; return l; }\n  send()"), ""),
    "a string key": (PRIVATE_TS, "this['body'].flowId = id;"),
    "a destructured alias": (PRIVATE_TS, "const { body } = this;\n    body.flowId = id;"),
    "a cast alias": (PRIVATE_TS, "const me = this as any;\n    me.body.flowId = id;"),
    "an object merged into this": (PRIVATE_TS, "Object.assign(this, { body: { flowId: id, inputData: {} } });"),
}


@pytest.mark.parametrize("name", OTHER_REFERENCES)
def test_a_field_changed_through_another_reference_is_unknown(tmp_path: Path, name: str) -> None:
    text, change = OTHER_REFERENCES[name]
    suffix = ".ts" if "private body" in text else ".js"
    alone = (PRIVATE_TS if suffix == ".ts" else HASH_JS).replace("// CHANGE", "// nothing")
    assert codes(check_file(tmp_path, "a" + suffix, alone)) == ["FL103"]  # read without the other reference
    changed = text.replace("// CHANGE", change)
    assert codes(check_file(tmp_path, "b" + suffix, changed)) == [], name
    assert codes(check_file(tmp_path, "b" + suffix, changed, "-v")) == ["FL011"], name  # reached: unknown, said


def test_mentions_that_cannot_reach_the_field_leave_it_read(tmp_path: Path) -> None:
    harmless = ("// the body is sent below; body\n    const body = 'the body';\n"
                "    const options = { method: 'GET', body: undefined };\n    this.other = { body: 1 };")
    text = PRIVATE_TS.replace("// CHANGE", harmless) + "class Other {\n  body = {};\n  go() { this.body.x = 1; }\n}\n"
    assert codes(check_file(tmp_path, "a.ts", text)) == ["FL103"]


SELF_PY = f"""\
import requests
class Launcher:
    def __init__(self, flow_id):
        self.__body = {{"inputData": {{}}}}
        # CHANGE
    def send(self):
        return requests.post("{API}", json=self.__body)
"""

PY_REFERENCES = {
    "a classmethod factory": SELF_PY.replace("    def send", "    @classmethod\n    def create(cls, flow_id):\n"
                                             "        launcher = cls(flow_id)\n        launcher.__body['flowId'] = flow_id\n"
                                             "        return launcher\n    def send"),
    "an alias of self": SELF_PY.replace("# CHANGE", "me = self\n        me.__body['flowId'] = flow_id"),
    "getattr": SELF_PY.replace("# CHANGE", "getattr(self, '_Launcher__body')['flowId'] = flow_id"),
    "vars": SELF_PY.replace("# CHANGE", "vars(self)['_Launcher__body']['flowId'] = flow_id"),
    "the mangled name": SELF_PY.replace("# CHANGE", "self._Launcher__body['flowId'] = flow_id"),
}


@pytest.mark.parametrize("name", PY_REFERENCES)
def test_an_attribute_changed_through_another_reference_is_unknown(tmp_path: Path, name: str) -> None:
    assert codes(check_file(tmp_path, "a.py", SELF_PY)) == ["FL103"]
    assert codes(check_file(tmp_path, "b.py", PY_REFERENCES[name])) == [], name
    assert codes(check_file(tmp_path, "b.py", PY_REFERENCES[name], "-v")) == ["FL011"], name


def test_python_mentions_that_cannot_reach_the_attribute_leave_it_read(tmp_path: Path) -> None:
    harmless = '# the __body\n        __body = "the __body"\n        print(body=1)\n        self.other = {"x": 1}'
    text = SELF_PY.replace("# CHANGE", harmless) + "class Other:\n    def go(self):\n        self.__body = {}\n"
    assert codes(check_file(tmp_path, "a.py", text)) == ["FL103"]


# -- one pass over the file, however many classes -------------------------------------------------------------------

def many_js(count: int) -> str:
    return "const axios = require('axios');\n" + "".join(
        f"class C{i} {{ #body; constructor(id) {{ this.#body = {{ inputData: {{}} }}; }} "
        f"send() {{ return axios.post('{API}', this.#body); }} }}\n" for i in range(count))


def many_py(count: int) -> str:
    return "import requests\n" + "".join(
        f"class C{i}:\n    def __init__(self):\n        self.__body = {{'inputData': {{}}}}\n"
        f"    def send(self):\n        return requests.post('{API}', json=self.__body)\n" for i in range(count))


def many_typed_dicts(count: int) -> str:
    return "from typing import TypedDict\nimport requests\n" + "".join(
        f"class B{i}(TypedDict):\n    flowID: str\n    inputData: dict\n" for i in range(count)) + "".join(
        f"def f{i}(fid):\n    return requests.post('{API}', json=B{i}(flowID=fid, inputData={{}}))\n" for i in range(count))


@pytest.mark.parametrize(("name", "many", "code"), [("a.js", many_js, "FL103"), ("a.py", many_py, "FL103"),
                                                    ("b.py", many_typed_dicts, "FL102")])
@pytest.mark.usefixtures("every_finding_listed")
def test_classes_are_read_in_one_pass(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, many: Any,
                                      code: str) -> None:
    # Work counted, not timed: the file's nodes looked through (once per class or call was quadratic).
    looked: list[int] = []
    module = javascript if name.endswith(".js") else python
    real = module.nodes_of

    class Counted(list):  # type: ignore[type-arg]
        def __iter__(self) -> Any:
            for node in super().__iter__():
                looked.append(1)
                yield node

    monkeypatch.setattr(module, "nodes_of", lambda *args: Counted(real(*args)))
    work = []
    for count in (10, 40):
        looked.clear()
        assert codes(check_file(tmp_path, name, many(count))) == [code] * count  # each class's body read
        work.append(len(looked))
    assert work[1] < 6 * work[0], work  # four times the classes: about four times the work, not sixteen


@pytest.mark.usefixtures("every_finding_listed")
def test_each_mention_is_looked_at_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for reader, name, many in ((javascript.JavaScriptReader, "a.js", many_js), (python.PythonReader, "a.py", many_py)):
        mentions = counted_calls(monkeypatch, reader, "_mention")
        assert codes(check_file(tmp_path, name, many(40))) == ["FL103"] * 40
        assert 0 < len(mentions) <= 3 * 40, name  # each mention of the name looked at once, not once per class
