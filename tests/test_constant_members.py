"""A launch's value read from a member of a constant object of the same file (`flowId: FLOWS.followUp` of `const FLOWS
= { followUp: '…' } as const`, `FLOWS["follow_up"]` of a module-level dict, `Config.FLOW_ID` of a plain class): the
value written there, so the flow's contract checks the inputs. Only a scalar of an object bound once and never changed
(no member written, not handed to code that may change it): anything else stays unknown, and an unknown value never
fails a check."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import FIXTURES, UUID, check_file

API = "https://api.mypurecloud.com/api/v2/flows/executions"

JS = f'''const FLOWS = {{ followUp: '{UUID}', other: 'x' }}CAST;
CHANGE
export async function go(token) {{
  return fetch('{API}', {{
    method: 'POST',
    headers: {{ Authorization: `Bearer ${{token}}`, 'Content-Type': 'application/json' }},
    body: JSON.stringify({{ flowId: READ, inputData: {{ 'Flow.customerName': 42 }} }}),
  }});
}}
'''
PY = f'''import requests

FLOWS = {{"follow_up": "{UUID}", "other": "x"}}


class Config:
    FLOW_ID = "{UUID}"


CHANGE


def go():
    return requests.post("{API}", json={{"flowId": READ, "inputData": {{"Flow.customerName": 42}}}})
'''


def codes(tmp_path: Path, name: str, text: str) -> set[tuple[str, str]]:
    (tmp_path / ".flowlint").mkdir(exist_ok=True)
    store = tmp_path / ".flowlint" / "flows"
    if not store.exists():
        store.symlink_to(FIXTURES.parent / ".flowlint" / "flows")
    return {(str(d["code"]), str(d.get("pointer"))) for d in check_file(tmp_path, name, text)}


@pytest.mark.parametrize(("name", "text"), [
    ("a.ts", JS.replace("CAST", " as const").replace("CHANGE", "").replace("READ", "FLOWS.followUp")),
    ("a.ts", JS.replace("CAST", "").replace("CHANGE", "").replace("READ", "FLOWS['followUp']")),
    ("a.js", JS.replace("CAST", "").replace("CHANGE", "").replace("READ", "FLOWS.followUp")),
    ("a.py", PY.replace("CHANGE", "").replace("READ", 'FLOWS["follow_up"]')),
    ("a.py", PY.replace("CHANGE", "").replace("READ", "Config.FLOW_ID")),
], ids=["as const", "subscript", "js", "python", "python class"])
def test_a_constant_member_is_its_value(tmp_path: Path, name: str, text: str) -> None:
    assert ("FL204", "/inputData/Flow.customerName") in codes(tmp_path, name, text)


@pytest.mark.parametrize(("name", "text"), [
    ("a.js", JS.replace("CAST", "").replace("CHANGE", "FLOWS.followUp = process.env.FLOW;").replace("READ", "FLOWS.followUp")),
    ("a.js", JS.replace("CAST", "").replace("CHANGE", "setup(FLOWS);").replace("READ", "FLOWS.followUp")),
    ("a.js", JS.replace("CAST", "").replace("CHANGE", "").replace("READ", "FLOWS.missing")),
    ("a.py", PY.replace("CHANGE", 'FLOWS["follow_up"] = "y"').replace("READ", 'FLOWS["follow_up"]')),
    ("a.py", PY.replace("CHANGE", "setup(FLOWS)").replace("READ", 'FLOWS["follow_up"]')),
    ("a.py", PY.replace("CHANGE", "").replace("READ", 'FLOWS.get("missing")')),
    ("a.py", PY.replace("CHANGE", 'Config.FLOW_ID = "y"').replace("READ", "Config.FLOW_ID")),
    ("a.py", PY.replace("CHANGE", 'def setup(c):\n    c.FLOW_ID = "y"').replace("READ", "Config.FLOW_ID")),
    ("a.py", PY.replace("CHANGE", 'setattr(Config, "FLOW_ID", "y")').replace("READ", "Config.FLOW_ID")),
    ("a.py", PY.replace("class Config:", "class Config(BaseSettings):").replace("CHANGE", "").replace("READ", "Config.FLOW_ID")),
    ("a.py", PY.replace("CHANGE", "").replace("READ", "Config().FLOW_ID")),
], ids=["js member written", "js handed away", "js no such member", "py item written", "py handed away", "py no such key",
        "py class attribute set", "py an attribute of that name set", "py setattr", "py class with a base", "py instance"])
def test_a_member_that_may_differ_is_unknown(tmp_path: Path, name: str, text: str) -> None:
    found = codes(tmp_path, name, text)
    assert not any(code.startswith("FL2") and code != "FL200" for code, _ in found), found


@pytest.mark.parametrize(("kind", "text"), [
    ("javascript", "const C = { " + ", ".join(f"k{i}: 'v{i}'" for i in range(60)) + " };\n"
     "fetch('" + API + "', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ "
     "flowId: C.k0, inputData: { " + ", ".join(f"'Flow.k{i}': C.k{i}" for i in range(60)) + " } }) });\n"),
    ("python", "import requests\nC = {" + ", ".join(f"'k{i}': 'v{i}'" for i in range(60)) + "}\n"
     "requests.post('" + API + "', json={'flowId': C['k0'], 'inputData': {"
     + ", ".join(f"'Flow.k{i}': C['k{i}']" for i in range(60)) + "}})\n"),
], ids=["js", "python"])
def test_a_constant_object_is_read_once_for_all_its_members(kind: str, text: str) -> None:
    """Reading 60 members of one object reads the object once, not once a member (quadratic in a big config)."""
    from validator.sources import extract
    from validator.sources.code import parsed
    from validator.sources.document import DEFAULT_LIMITS
    from validator.sources.javascript import JavaScriptReader
    from validator.sources.python import PythonReader

    reader_class = PythonReader if kind == "python" else JavaScriptReader
    objects: list[int] = []
    value = reader_class.value

    def counted(self: Any, node: Any, *args: Any, **kwargs: Any) -> Any:
        if node.type in ("dictionary", "object") and self.source.raw(node).startswith(("{'k0'", "{ k0")):
            objects.append(node.start_byte)
        return value(self, node, *args, **kwargs)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(reader_class, "value", counted)
        source, tree = parsed(kind, text)
        reader = extract.reader_for(kind, source, tree, DEFAULT_LIMITS.max_depth, None)
        launches = [request for call in reader.nodes if call.type in reader.call_types
                    and (request := reader.launch(call)) is not None]
    assert launches and launches[0].body["inputData"]["Flow.k59"] == "v59", launches  # every member was read
    assert len(objects) <= 2, len(objects)


def test_a_frozen_object_is_its_object(tmp_path: Path) -> None:
    """`Object.freeze({…})` returns the object it is given (frozen: nothing changes it after)."""
    text = JS.replace("{ followUp: '", "Object.freeze({ followUp: '").replace("other: 'x' }CAST", "other: 'x' })") \
        .replace("CHANGE", "").replace("READ", "FLOWS.followUp")
    assert "Object.freeze({ followUp" in text
    assert ("FL204", "/inputData/Flow.customerName") in codes(tmp_path, "a.js", text)


def test_a_freeze_of_the_files_own_is_not_read_as_one(tmp_path: Path) -> None:
    text = JS.replace("{ followUp: '", "Object.freeze({ followUp: '").replace("other: 'x' }CAST", "other: 'x' })") \
        .replace("CHANGE", "const Object = { freeze: () => ({}) };").replace("READ", "FLOWS.followUp")
    assert not any(code == "FL204" for code, _ in codes(tmp_path, "a.js", text))


@pytest.mark.parametrize("change", [
    "({ followUp: FLOWS.followUp } = loadConfig());",
    "({ followUp: FLOWS['followUp'] } = loadConfig());",
    "[FLOWS.followUp] = [process.env.FOLLOW_UP];",
    "[first, FLOWS.followUp = 'd'] = process.argv;",
    "({ a: [FLOWS.followUp] } = loadConfig());",
    "[...FLOWS.followUp] = process.argv;",
    "for (FLOWS.followUp of process.argv) {}",
    "for (FLOWS.followUp in process.env) {}",
    "Object.assign(FLOWS, loadConfig());",
    "delete FLOWS.followUp;",
    "FLOWS.followUp++;",
    "FLOWS.followUp += process.env.SUFFIX;",
    "FLOWS.followUp ??= process.env.FLOW;",
    "Object.defineProperty(FLOWS, 'followUp', { value: process.env.FLOW });",
])
def test_a_js_member_written_in_any_way_is_unknown(tmp_path: Path, change: str) -> None:
    read = JS.replace("CAST", "").replace("READ", "FLOWS.followUp")
    assert ("FL204", "/inputData/Flow.customerName") in codes(tmp_path, "a.js", read.replace("CHANGE", ""))
    found = codes(tmp_path, "a.js", read.replace("CHANGE", change))
    assert not any(code.startswith("FL2") and code != "FL200" for code, _ in found), found


@pytest.mark.parametrize(("read", "change"), [
    ('FLOWS["follow_up"]', 'FLOWS["follow_up"], other = load_config()'),
    ('FLOWS["follow_up"]', '[FLOWS["follow_up"]] = [os.environ["FLOW"]]'),
    ('FLOWS["follow_up"]', 'first, *FLOWS["follow_up"] = sys.argv'),
    ('FLOWS["follow_up"]', '(a, (b, FLOWS["follow_up"])) = load_config()'),
    ('FLOWS["follow_up"]', 'for FLOWS["follow_up"] in sys.argv:\n    pass'),
    ('FLOWS["follow_up"]', 'FLOWS["follow_up"] += os.environ["SUFFIX"]'),
    ('FLOWS["follow_up"]', 'del FLOWS["follow_up"]'),
    ('FLOWS["follow_up"]', 'FLOWS.update(load_config())'),
    ('FLOWS["follow_up"]', 'setup(FLOWS)'),
    ("Config.FLOW_ID", "Config.FLOW_ID, other = load_config()"),
    ("Config.FLOW_ID", "first, *Config.FLOW_ID = sys.argv"),
    ("Config.FLOW_ID", "for Config.FLOW_ID in sys.argv:\n    pass"),
    ("Config.FLOW_ID", "setup(Config)"),
    ("Config.FLOW_ID", 'setattr(Config, "FLOW_ID", "y")'),
], ids=["tuple", "list", "starred", "nested", "for", "augmented", "del", "update", "handed away",
        "class tuple", "class starred", "class for", "class handed away", "class setattr"])
def test_a_python_member_written_in_any_way_is_unknown(tmp_path: Path, read: str, change: str) -> None:
    text = PY.replace("READ", read)
    assert ("FL204", "/inputData/Flow.customerName") in codes(tmp_path, "a.py", text.replace("CHANGE", ""))
    found = codes(tmp_path, "a.py", text.replace("CHANGE", change))
    assert not any(code.startswith("FL2") and code != "FL200" for code, _ in found), found
