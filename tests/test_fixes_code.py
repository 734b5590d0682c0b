"""--fix and --diff in code and request files: the same fixes as in payload files, edited in the file's own syntax."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from validator.edits.code_editor import _python_literal

from conftest import UUID, flowlint

API = "https://api.mypurecloud.com/api/v2/flows/executions"


def fixed(tmp_path: Path, name: str, text: str, *flags: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = flowlint("check", "--fix", *flags, str(path))
    assert result.exit_code in (0, 1), result.output
    return path.read_text(encoding="utf-8")


def only_changed(before: str, after: str, old: str, new: str) -> None:
    """The file changed exactly there: every other byte is as it was."""
    assert before.count(old) == 1 and after == before.replace(old, new)


def test_js_object_keys_keep_their_quote_style(tmp_path: Path) -> None:
    # (version 3.0 is the one the repository's contract holds: pinning 1.0 would check the inputs against another
    # version's, so once flowId is renamed, the rename of `FlowVersion` would not be applied)
    before = (f'const FLOW = "{UUID}";\nawait fetch("{API}", {{\n  method: "POST",\n'
              f'  headers: {{ "Content-Type": "application/json" }},\n'
              f"  body: JSON.stringify({{ flowID: FLOW, 'FlowVersion': '3.0', inputData: {{ customerName: name }} }}),\n}});\n")
    after = fixed(tmp_path, "a.js", before)
    only_changed(before, after, "{ flowID: FLOW, 'FlowVersion': '3.0', inputData: { customerName: name } }",
                 "{ flowId: FLOW, 'flowVersion': '3.0', inputData: { \"Flow.customerName\": name } }")


def test_js_shorthand_property_is_renamed_and_keeps_its_variable(tmp_path: Path) -> None:
    before = (f'await fetch("{API}", {{ method: "POST", headers: {{ "Content-Type": "application/json" }},\n'
              f"  body: JSON.stringify({{ flowId: FLOW, inputData: {{ contactId }} }}) }});\n")
    after = fixed(tmp_path, "s.ts", before)
    only_changed(before, after, "{ contactId }", '{ "Flow.contactId": contactId }')


def test_json_in_a_js_string_literal_is_edited_through_its_escaping(tmp_path: Path) -> None:
    before = (f'await fetch("{API}", {{ method: "POST", headers: {{ "Content-Type": "application/json" }},\n'
              f'  body: "{{\\"flowID\\": \\"{UUID}\\", \\"type\\": \\"flow\\"}}" }});\n')
    after = fixed(tmp_path, "e.js", before, "--unsafe-fixes")
    only_changed(before, after, f'"{{\\"flowID\\": \\"{UUID}\\", \\"type\\": \\"flow\\"}}"', f'"{{\\"flowId\\": \\"{UUID}\\"}}"')


def test_python_dict_rename_remove_and_literals_in_python_syntax(tmp_path: Path) -> None:
    # the repo's contract (run from the repo root) declares Flow.isVip a Boolean and Flow.orderCount an Integer
    before = (f'import requests\nFLOW_ID = "{UUID}"\nrequests.post("{API}",\n'
              '    json={"flowID": FLOW_ID, "type": "flow", "inputData": {"Flow.isVip": "true", "Flow.orderCount": "2"}})\n')
    after = fixed(tmp_path, "p.py", before, "--unsafe-fixes")
    only_changed(before, after, '{"flowID": FLOW_ID, "type": "flow", "inputData": {"Flow.isVip": "true", "Flow.orderCount": "2"}}',
                 '{"flowId": FLOW_ID, "inputData": {"Flow.isVip": True, "Flow.orderCount": 2}}')
    left = json.loads(flowlint("check", "--format", "json", str(tmp_path / "p.py")).stdout)["diagnostics"]
    assert not {d["code"] for d in left} & {"FL101", "FL102", "FL204"}


def test_python_unwrap_inserts_members_and_keeps_permissions(tmp_path: Path) -> None:
    before = (f'import httpx\nLAUNCH = {{"type": "flow", "configuration": {{"flowId": "{UUID}", "parameters": {{"orderCount": 2}}}}}}\n'
              f'httpx.post("{API}", json=LAUNCH)\n')
    path = tmp_path / "h.py"
    path.write_text(before)
    os.chmod(path, 0o640)
    assert flowlint("check", "--fix", "--unsafe-fixes", str(path)).exit_code in (0, 1)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert path.read_text() == before.replace(
        f'{{"type": "flow", "configuration": {{"flowId": "{UUID}", "parameters": {{"orderCount": 2}}}}}}',
        f'{{"flowId": "{UUID}", "inputData": {{"Flow.orderCount": 2}}}}')


def test_an_unwrap_moves_the_authors_text_not_the_values_it_has(tmp_path: Path) -> None:
    OTHER = "0b9a4c1e-2f3d-4e5a-8b6c-7d8e9f0a1b2c"
    # A flow without a contract here. `flowId` (shorthand) and `FLOW_ID` stay the variables:
    # the fix must not inline what the linter resolved them to.
    one_line = (f"const flowId = '{OTHER}';\nawait axios.post('{API}', {{ data: {{ flowId, inputData: {{ 'Flow.name': 'x' }} }} }});\n")
    after = fixed(tmp_path, "a.js", one_line, "--unsafe-fixes")
    only_changed(one_line, after, "{ data: { flowId, inputData: { 'Flow.name': 'x' } } }", "{ flowId, inputData: { 'Flow.name': 'x' } }")
    lines = (f"const FLOW_ID = '{OTHER}';\nconst body = {{\n  data: {{\n    flowId: FLOW_ID,\n    inputData: {{ 'Flow.count': 2 }},\n"
             f"  }},\n}};\nawait axios.post('{API}', body);\n")
    after = fixed(tmp_path, "b.js", lines, "--unsafe-fixes")
    only_changed(lines, after, "{\n  data: {\n    flowId: FLOW_ID,\n    inputData: { 'Flow.count': 2 },\n  },\n}",
                 "{\n  flowId: FLOW_ID,\n  inputData: { 'Flow.count': 2 },\n}")  # (the file's trailing comma kept)
    python = (f'import requests\nFLOW_ID = "{OTHER}"\n'
              f'requests.post("{API}", json={{"data": {{"flowId": FLOW_ID, "inputData": {{"Flow.name": "x"}}}}}})\n')
    after = fixed(tmp_path, "c.py", python, "--unsafe-fixes")
    only_changed(python, after, '{"data": {"flowId": FLOW_ID, "inputData": {"Flow.name": "x"}}}',
                 '{"flowId": FLOW_ID, "inputData": {"Flow.name": "x"}}')


def test_an_unwrap_never_drops_a_comment_written_inside_the_wrapper(tmp_path: Path) -> None:
    other = "0b9a4c1e-2f3d-4e5a-8b6c-7d8e9f0a1b2c"
    for name, text in [("a.ts", f"const FLOW = '{other}';\nawait axios.post('{API}', {{\n  launch: {{\n"
                                 "    flowId: FLOW, // the callback flow\n    inputData: { 'Flow.name': 'x' },\n  },\n});\n"),
                       ("b.py", f'import requests\nFLOW = "{other}"\nrequests.post("{API}", json={{\n    "data": {{\n'
                                '        "flowId": FLOW,  # the callback flow\n        "inputData": {"Flow.name": "x"},\n    }\n})\n')]:
        path = tmp_path / name
        path.write_text(text)
        shown = flowlint("check", "--no-color", str(path)).output
        assert "FL101" in shown and "help: move" in shown and "fix (unsafe)" not in shown  # reached, and said as help
        assert fixed(tmp_path, name, text, "--unsafe-fixes") == text


def test_unknown_values_are_never_rewritten_only_carried_as_written(tmp_path: Path) -> None:
    # Before: the move of configuration would have had to write FLOW_ID and contactId anew somewhere else: no edit.
    # Now the move carries their text as written (the same expressions, in the same object literal).
    before = (f'await fetch("{API}", {{ method: "POST", headers: {{ "Content-Type": "application/json" }},\n'
              "  body: JSON.stringify({ configuration: { flowId: FLOW_ID, parameters: { contactId } } }) });\n")
    (tmp_path / "seen.js").write_text(before)
    checked = json.loads(flowlint("check", "--format", "json", str(tmp_path / "seen.js")).stdout)["diagnostics"]
    assert [(d["code"], d["pointer"]) for d in checked] == [("FL101", "/configuration")]  # reached: the launch was read
    assert fixed(tmp_path, "u.js", before, "--unsafe-fixes") == before.replace(
        "{ configuration: { flowId: FLOW_ID, parameters: { contactId } } }",
        '{ flowId: FLOW_ID, inputData: { "Flow.contactId": contactId } }')


def test_postman_raw_body_is_fixed_inside_its_json_string(tmp_path: Path) -> None:
    raw = json.dumps({"flowID": UUID, "type": "flow"}, indent=2)
    collection = {"info": {"name": "c", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
                  "item": [{"name": "launch", "request": {"method": "POST", "url": API,
                                                          "header": [{"key": "Content-Type", "value": "application/json"}],
                                                          "body": {"mode": "raw", "raw": raw}}}]}
    before = json.dumps(collection, indent=2)
    after = fixed(tmp_path, "c.postman_collection.json", before, "--unsafe-fixes")
    assert json.loads(json.loads(after)["item"][0]["request"]["body"]["raw"]) == {"flowId": UUID}
    assert after.replace("\\n", "").count("\n") == before.replace("\\n", "").count("\n")  # only the string changed


def test_http_file_variables_are_never_replaced_by_their_values(tmp_path: Path) -> None:
    before = (f"@flowId = {UUID}\n\nPOST {API}\nContent-Type: application/json\n\n"
              '{"type": "flow", "configuration": {"flowId": "{{flowId}}"}}\n')
    after = fixed(tmp_path, "l.http", before, "--unsafe-fixes")
    assert "{{flowId}}" in after and UUID not in after.split("\n\n", 2)[2]
    assert '"type"' not in after  # the removal that touches no variable is applied


def test_curl_single_quoted_body_is_fixed(tmp_path: Path) -> None:
    before = f"curl -X POST {API} -H 'Content-Type: application/json' -d '{{\"flowID\": \"{UUID}\"}}'\n"
    after = fixed(tmp_path, "l.sh", before)
    assert after == before.replace('"flowID"', '"flowId"')


def test_diff_on_a_code_file_prints_and_never_writes(tmp_path: Path) -> None:
    path = tmp_path / "d.py"
    before = f'import requests\nrequests.post("{API}", json={{"flowID": "{UUID}"}})\n'
    path.write_text(before)
    result = flowlint("check", "--diff", str(path))
    assert result.exit_code == 1 and '+requests.post' in result.stdout and '"flowId"' in result.stdout
    assert path.read_text() == before


def test_a_comment_between_members_blocks_the_removal(tmp_path: Path) -> None:
    before = (f'import requests\nrequests.post("{API}", json={{"type": "flow",  # why\n'
              f'    "flowId": "{UUID}"}})\n')
    uncommented = before.replace("  # why", "")
    assert '"type"' not in fixed(tmp_path, "j.py", uncommented, "--unsafe-fixes")  # reached: without the comment, removed
    assert fixed(tmp_path, "k.py", before, "--unsafe-fixes") == before


@pytest.mark.parametrize(("name", "comment"), [("l.js", "/* legacy */ "), ("l.ts", "// legacy\n    "), ("l.py", "# legacy\n    ")])
def test_a_comment_inside_a_removed_member_blocks_the_removal(tmp_path: Path, name: str, comment: str) -> None:
    # The member's text holds a comment delimiter inside a string too: only a comment node blocks the removal.
    if name.endswith(".py"):
        before = (f'import requests\nrequests.post("{API}", json={{"flowId": "{UUID}", "type": (\n    {comment}"a//b/*c#"\n)}})\n')
    else:
        before = (f'await fetch("{API}", {{ method: "POST", headers: {{ "Content-Type": "application/json" }},\n'
                  f'  body: JSON.stringify({{ flowId: "{UUID}", type: {comment}"a//b/*c#" }}) }});\n')
    uncommented = before.replace(comment, "")
    assert '"a//b/*c#"' not in fixed(tmp_path, "plain-" + name, uncommented, "--unsafe-fixes")  # reached: removed
    assert fixed(tmp_path, name, before, "--unsafe-fixes") == before


@pytest.mark.parametrize("name", ["n.js", "n.py"])
def test_a_member_after_non_ascii_text_is_removed_where_it_is_written(tmp_path: Path, name: str) -> None:
    # A member's place in the tree is asked in bytes: after `é`, `✓` and `😀` they are not its characters' offsets.
    if name.endswith(".py"):
        before = (f'# café ✓ 😀\nimport requests\nrequests.post("{API}", json={{"flowId": "{UUID}", "type": "é", '
                  '"inputData": {"Flow.a": "😀"}})\n')
    else:
        before = (f'// café ✓ 😀\nawait fetch("{API}", {{ method: "POST", headers: {{ "Content-Type": "application/json" }},\n'
                  f'  body: JSON.stringify({{ flowId: "{UUID}", type: "é", inputData: {{ "Flow.a": "😀" }} }}) }});\n')
    after = fixed(tmp_path, name, before, "--unsafe-fixes")
    assert after == before.replace(' "type": "é",' if name.endswith(".py") else " type: \"é\",", "")


@pytest.mark.parametrize(("value", "written"), [(True, "True"), (None, "None"), ([1, False], "[1, False]"),
                                                 ({"a": None}, '{"a": None}'), ("é\"", '"é\\""')])
def test_python_literals(value: object, written: str) -> None:
    assert _python_literal(value) == written


def test_one_object_sent_by_two_launches_gets_the_edit_once(tmp_path: Path) -> None:
    call = f'await fetch("{API}", {{ method: "POST", headers: {{ "Content-Type": "application/json" }}, body: JSON.stringify(b) }});\n'
    before = f'const b = {{ flowID: "{UUID}" }};\n' + call + call
    after = fixed(tmp_path, "two.js", before)
    only_changed(before, after, "flowID:", "flowId:")


@pytest.mark.parametrize(("name", "text"), [
    ("launch.py", f"import requests\n\n# a comment long enough that an offset in the body would land in it, were it used\n"
                  f"requests.post('{API}', data='{{\"flowId\": \"{UUID}\",}}', headers={{'Content-Type': 'application/json'}})\n"),
    ("launch.sh", f"# a comment long enough that an offset in the body would land in it, were it used\n"
                  f"curl -X POST {API} -H 'Content-Type: application/json' -d '{{\"flowId\": \"{UUID}\",}}'\n"),
    ("launch.postman_collection.json", json.dumps({
        "info": {"name": "x", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
        "item": [{"name": "launch", "request": {"method": "POST", "url": API,
                                                "header": [{"key": "Content-Type", "value": "application/json"}],
                                                "body": {"mode": "raw", "raw": f'{{\n  "flowId": "{UUID}",\n}}'}}}]})),
])
def test_a_syntax_fix_in_an_embedded_body_edits_that_body_and_nothing_else(tmp_path: Path, name: str, text: str) -> None:
    """The edit of a trailing comma is made in the file where the comma is written (it once landed at the body's own
    offset in the file, 32 times over: a comment or a URL lost its characters)."""
    after = fixed(tmp_path, name, text)
    assert len(after) == len(text) - 1
    start = next(i for i, (a, b) in enumerate(zip(text, after, strict=False)) if a != b)
    assert text[start] == "," and after == text[:start] + text[start + 1:]
