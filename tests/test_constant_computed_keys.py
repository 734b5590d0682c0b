"""A key written as a constant is read as the text it is: JavaScript's computed keys `['type']`, a template without
`${}`, `[K]` with `const K = 'a4'`, a TypeScript enum member, a name bound `as const`; Python's class attribute and
Enum member keys. A key flowlint cannot know (a parameter's) is said with -v (FL011, at the key), never taken as
checked; the body's other members are judged. A fix never rewrites a constant's use into a literal. (/tmp/s39/review
F8)"""

from __future__ import annotations

from pathlib import Path

from conftest import check_file, flowlint

URL = "https://api.mypurecloud.com/api/v2/flows/executions"
UUID = "770ea816-7ce7-4e44-ac49-b935fba7f268"  # (a flow without a contract: only the prefixes are judged)
SEND = f"fetch('{URL}', {{ method: 'POST', headers: {{ 'Content-Type': 'application/json' }}, body: JSON.stringify("
JS = f"""\
const K = 'a4';
const NAME = 'a5' as const;
enum Inputs {{ Name = 'a6', Count = 'Flow.count' }}
{SEND}{{ flowId: '{UUID}', inputData: {{ [`a1`]: 1 }} }}) }});
{SEND}{{ flowId: '{UUID}', inputData: {{ ['a2']: 1 }} }}) }});
{SEND}{{ flowId: '{UUID}', inputData: {{ ["a3"]: 1 }} }}) }});
{SEND}{{ flowId: '{UUID}', inputData: {{ [K]: 1 }} }}) }});
{SEND}{{ flowId: '{UUID}', inputData: {{ [NAME]: 1 }} }}) }});
{SEND}{{ flowId: '{UUID}', inputData: {{ [Inputs.Name]: 1, [Inputs.Count]: 2 }} }}) }});
{SEND}{{ flowId: '{UUID}', [`type`]: 'flow' }}) }});
"""
PY = f"""\
from enum import Enum, StrEnum

import requests

U = "{URL}"
F = "{UUID}"


class Inputs(str, Enum):
    NAME = "p1"


class Names(StrEnum):
    NAME = "p2"


class Keys:
    NAME = "p3"


class Plain(Enum):
    NAME = "p4"


requests.post(U, json={{"flowId": F, "inputData": {{Inputs.NAME.value: 1}}}})
requests.post(U, json={{"flowId": F, "inputData": {{Inputs.NAME: 1}}}})
requests.post(U, json={{"flowId": F, "inputData": {{Names.NAME: 1}}}})
requests.post(U, json={{"flowId": F, "inputData": {{Keys.NAME: 1}}}})
requests.post(U, json={{"flowId": F, "inputData": {{Plain.NAME.value: 1}}}})
"""


def _errors(found: list[dict[str, object]]) -> list[tuple[str, object]]:
    return [(str(d["code"]), d["line"]) for d in found if d["severity"] == "error"]


def test_javascripts_constant_computed_keys_are_read(tmp_path: Path) -> None:
    found = check_file(tmp_path, "launch.ts", JS)
    assert _errors(found) == [("FL203", line) for line in range(4, 10)] + [("FL101", 10)], found


def test_pythons_class_and_enum_keys_are_read(tmp_path: Path) -> None:
    found = check_file(tmp_path, "launch.py", PY)
    assert _errors(found) == [("FL203", line) for line in range(25, 30)], found


def test_a_fix_never_rewrites_a_constants_use(tmp_path: Path) -> None:
    (tmp_path / "launch.ts").write_text(JS, encoding="utf-8")
    diff = flowlint("check", "--no-cache", "--diff", "--unsafe-fixes", str(tmp_path / "launch.ts")).stdout
    assert "'Flow.a1'" in diff and "'Flow.a2'" in diff, diff  # reached: a literal key's fix
    removed = [line for line in diff.splitlines() if line.startswith("-") and not line.startswith("---")]
    assert not [line for line in removed if "[K]" in line or "[NAME]" in line or "[Inputs.Name]" in line], diff


def test_a_key_not_known_is_said_and_the_other_members_judged(tmp_path: Path) -> None:
    js = f"export function go(key) {{\n  {SEND}{{ flowId: '{UUID}', inputData: {{ [key]: 1, b: 2 }} }}) }});\n}}\n"
    py = (f"import requests\nfrom enum import Enum\n\n\nclass Plain(Enum):\n    NAME = 'p'\n\n\ndef go(key):\n"
          f"    requests.post('{URL}', json={{'flowId': '{UUID}', 'inputData': {{key: 1, Plain.NAME: 3, 'b': 2}}}})\n")
    for name, text, line, key in (("go.js", js, 2, "[key]"), ("go.py", py, 10, "key")):
        found = check_file(tmp_path, name, text, "-v")
        assert _errors(found) == [("FL203", line)], found  # `b`
        said = [d for d in found if d["code"] == "FL011"]
        assert len(said) == 1 and f"whose key is not known here (`{key}`)" in str(said[0]["message"]), found
        assert "that member was not checked" in str(said[0]["message"])
        assert not [d for d in check_file(tmp_path, name, text) if d["code"] == "FL011"]  # (said with -v only)
