"""A part of a launch body bound to a local name and written through it (`inputs = body["inputData"]; inputs[k] = …`)
changes the body: its values are given up (keys still checked) and `check -v` says where (FL011), never an FL204 on
a value the alias replaced. An alias only read keeps the values checked."""

from __future__ import annotations

from pathlib import Path

from conftest import UUID, check_file

API = "https://api.mypurecloud.com/api/v2/flows/executions"
WRONG = ("FL204", "/inputData/Flow.orderCount")  # "3" for the Integer input orderCount

PY = f'''import requests

DEFS


def go():
    body = {{"flowId": "{UUID}", "inputData": {{"Flow.orderCount": "3", "Flow.customerName": "x"}}}}
    ALIAS
    requests.post("{API}", json=body)
'''
JS = f'''DEFS
async function go() {{
  const body = {{ flowId: '{UUID}', inputData: {{ 'Flow.orderCount': '3', 'Flow.customerName': 'x' }} }};
  ALIAS
  await fetch('{API}', {{ method: 'POST', headers: {{ 'Content-Type': 'application/json' }}, body: JSON.stringify(body) }});
}}
'''


def found(tmp_path: Path, name: str, template: str, alias: str, defs: str = "") -> tuple[set[tuple[object, object]], list[str]]:
    """The (code, pointer) pairs of a check -v of the file, and its notes on values given up."""
    text = template.replace("DEFS", defs).replace("ALIAS", alias)
    diagnostics = check_file(tmp_path, name, text, "-v")
    notes = [str(d["message"]) for d in diagnostics if d["code"] == "FL011"]
    return {(d["code"], d["pointer"]) for d in diagnostics}, notes


def assert_kept(tmp_path: Path, name: str, template: str, alias: str) -> None:
    pairs, notes = found(tmp_path, name, template, alias)
    assert WRONG in pairs, (alias, pairs)
    assert notes == [], notes


def assert_given_up(tmp_path: Path, name: str, template: str, alias: str, *said: str, defs: str = "") -> None:
    pairs, notes = found(tmp_path, name, template, alias, defs)
    assert WRONG not in pairs, alias
    assert len(notes) == 1, (alias, notes)  # the launch was read; the note says why its values were not checked
    for words in said:
        assert words in notes[0], (words, notes[0])


def test_the_launch_is_read_with_no_alias(tmp_path: Path) -> None:
    assert_kept(tmp_path, "a.py", PY, "pass")
    assert_kept(tmp_path, "a.js", JS, "void 0;")


def test_a_python_alias_written_gives_the_values_up(tmp_path: Path) -> None:
    for alias, line in (
        ('inputs = body["inputData"]\n    inputs["Flow.orderCount"] = int(inputs["Flow.orderCount"])', "line 9"),
        ('inputs = body.get("inputData")\n    inputs.update({"Flow.orderCount": 3})', "line 9"),
        ('inputs = body["inputData"]\n    for k in list(inputs):\n        inputs[k] = int(inputs[k]) if k.endswith("Count") else inputs[k]',
         "line 10"),
        ('inputs = body["inputData"]\n    del inputs["Flow.customerName"]', "line 9"),
        ('b = body\n    b["inputData"]["Flow.orderCount"] = 3', "line 9"),
        ('inputs = body["inputData"]\n    count = inputs\n    count["Flow.orderCount"] = 3', "line 10"),
    ):
        assert_given_up(tmp_path, "a.py", PY, alias, "a part of `body`", line)


def test_a_python_alias_handed_to_a_changing_function_gives_the_values_up(tmp_path: Path) -> None:
    defs = 'def fix(inputs):\n    inputs["Flow.orderCount"] = 3\n'
    assert_given_up(tmp_path, "a.py", PY, 'inputs = body["inputData"]\n    fix(inputs)', "`inputs`", "fix(inputs)",
                    defs=defs)


def test_a_python_alias_only_read_keeps_the_values_checked(tmp_path: Path) -> None:
    for alias in (
        'inputs = body["inputData"]\n    print(inputs["Flow.orderCount"], len(inputs))',
        'inputs = body["inputData"]\n    assert "Flow.orderCount" in inputs',
    ):
        assert_kept(tmp_path, "a.py", PY, alias)


def test_a_python_alias_written_after_the_send_in_the_same_function_keeps_the_values_checked(tmp_path: Path) -> None:
    text = PY.replace("ALIAS", 'inputs = body["inputData"]').replace(
        'json=body)\n', 'json=body)\n    inputs["Flow.orderCount"] = 3\n')
    pairs, notes = found(tmp_path, "a.py", text, "")
    assert WRONG in pairs and notes == [], (pairs, notes)


def test_a_javascript_alias_written_gives_the_values_up(tmp_path: Path) -> None:
    for alias, line in (
        ("const { inputData } = body;\n  inputData['Flow.orderCount'] = Number(inputData['Flow.orderCount']);", "line 5"),
        ("const inputs = body.inputData;\n  for (const k of Object.keys(inputs)) { inputs[k] = Number(inputs[k]); }", "line 5"),
        ("const inputs = body['inputData'];\n  delete inputs['Flow.customerName'];", "line 5"),
        ("const inputs = body.inputData;\n  Object.assign(inputs, { 'Flow.orderCount': 3 });", "line 5"),
        ("const { inputData: inputs } = body;\n  inputs['Flow.orderCount'] = 3;", "line 5"),
        ("const b = body;\n  b.inputData['Flow.orderCount'] = 3;", "line 5"),
    ):
        assert_given_up(tmp_path, "a.js", JS, alias, "a part of `body`", line)


def test_a_javascript_alias_handed_to_a_changing_function_gives_the_values_up(tmp_path: Path) -> None:
    defs = "function fix(inputs) { inputs['Flow.orderCount'] = 3; }"
    assert_given_up(tmp_path, "a.js", JS, "const inputs = body.inputData;\n  fix(inputs);", "`inputs`", "fix(inputs)",
                    defs=defs)


def test_a_javascript_alias_only_read_keeps_the_values_checked(tmp_path: Path) -> None:
    for alias in (
        "const { inputData } = body;\n  console.log(inputData['Flow.orderCount']);",
        "const inputs = body.inputData;\n  if (!('Flow.orderCount' in inputs)) throw new Error('missing');",
        "const count = body.inputData['Flow.orderCount'];\n  console.log(Number(count));",
    ):
        assert_kept(tmp_path, "a.js", JS, alias)


def test_an_alias_written_is_judged_as_the_body_handed_to_a_changing_function(tmp_path: Path) -> None:
    # Same outcome as `fix(body)`: every finding but the values' (the keys as written, the envelope) is the same.
    text = PY.replace('"Flow.customerName"', '"Flow.custName"')
    aliased, notes = found(tmp_path, "a.py", text, 'inputs = body["inputData"]\n    inputs["Flow.orderCount"] = 3')
    handed, _ = found(tmp_path, "a.py", text, "fix(body)", 'def fix(b):\n    b["inputData"]["Flow.orderCount"] = 3\n')
    assert len(notes) == 1 and WRONG not in aliased, (aliased, notes)
    assert aliased == handed, (aliased, handed)
