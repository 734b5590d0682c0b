"""A JSON body Python code writes by formatting text (an f-string, `'…%s…' % args`, `'…{}…'.format(…)`) is read as a
JS template literal is: each placeholder an unknown value, the rest of the body judged at its column in the file. A
placeholder where members go (`{{{attrs}}}`) leaves that object open; a body that parses only once its holes are filled
is unknown as a whole, and its note quotes the source as written; a fix that would write a brace the format does not
escape is not offered."""

from __future__ import annotations

import ast
import json
from pathlib import Path

from conftest import UUID, check_file, flowlint

HEAD = '''import requests

URL = "https://api.mypurecloud.com/api/v2/flows/executions"
H = {"Content-Type": "application/json"}
'''


def _found(tmp_path: Path, body: str) -> list[tuple[str, int, int, str]]:
    text = HEAD + f"\n\ndef launch(flow_id, name, n):\n    return requests.post(URL, headers=H, data={body})\n"
    found = check_file(tmp_path, "launch.py", text, "-v")
    return [(d["code"], d["line"], d["column"], d["message"]) for d in found]


def test_each_formatting_of_a_wrong_body_is_judged_at_its_column(tmp_path: Path) -> None:
    column = len("    return requests.post(URL, headers=H, data=") + 1
    for body in ("""f'{{"flowId": "{flow_id}", "inputs": {{"customerId": "{name}"}}}}'""",
                 """'{"flowId": "%s", "inputs": {"customerId": "%(x)s"}}' % (flow_id, name)""",
                 """'{{"flowId": "{}", "inputs": {{"customerId": "{0!r:>{n}}"}}}}'.format(flow_id, n=n)"""):
        found = _found(tmp_path, body)
        assert [(code, line) for code, line, _, _ in found] == [("FL101", 8)], (body, found)
        assert found[0][2] == column + body.index('"inputs"'), (body, found)


def test_placeholders_are_unknown_values_never_findings(tmp_path: Path) -> None:
    for body in ("""f'{{"flowId": "UUID", "flowVersion": {n}, "inputData": {{"Flow.customerName": "{name}", """
                 """"Flow.orderCount": {n:d}}}}}'""",
                 """'{"flowId": "UUID", "flowVersion": %d, "inputData": {"Flow.customerName": "100%% %s", """
                 """"Flow.orderCount": %i}}' % (n, name, n)""",
                 """'{"flowId": "%(f)s", "inputData": {"Flow.customerName": "%(name)s"}}' % {"f": flow_id, "name": name}"""):
        found = _found(tmp_path, body.replace("UUID", UUID))
        assert found == [], (body, found)
    # reached: the same body with a wrong member, or an input the flow does not declare, is judged
    found = _found(tmp_path, """f'{{"flowId": "UUID", "flowVersion": {n}, "type": "flow", "inputData": """
                             """{{"Flow.customerName": "{name}", "Flow.n": 1}}}}'""".replace("UUID", UUID))
    assert [code for code, *_ in found] == ["FL101", "FL202"], found


def test_members_from_a_placeholder_leave_the_object_open(tmp_path: Path) -> None:
    # (an open object, as Genesys's own `{ ${input.attributes} }`: the rest of the body judged, here its flowId)
    found = _found(tmp_path, """f'{{"flowId": "x", "inputData": {{{flow_id}}}}}'""")
    assert [code for code, *_ in found] == ["FL104"], found
    assert _found(tmp_path, """f'{{"flowId": "UUID", "inputData": {{{flow_id}}}}}'""".replace("UUID", UUID)) == []


def test_a_body_that_parses_only_once_filled_is_unknown_quoted_as_written(tmp_path: Path) -> None:
    found = _found(tmp_path, """f'{{"flowId": "x" {name}'""")  # (the placeholder closes the object)
    assert [code for code, *_ in found] == ["FL011"], found
    assert """(`f'{{"flowId": "x" {name}'`)""" in found[0][3]


def test_a_fix_inside_a_format_keeps_the_code_running(tmp_path: Path) -> None:
    path = tmp_path / "launch.py"
    path.write_text(HEAD + """
def launch(flow_id):
    return requests.post(URL, headers=H, data='{{"flowId": "{}", "type": "flow", "inputs": {{"a": 1}}}}'.format(flow_id))
""", encoding="utf-8")
    result = flowlint("check", "--no-cache", "--fix", "--unsafe-fixes", str(path))
    assert "fixed 2 findings" in result.output, result.output  # the removal and the move of `inputs`
    fixed = path.read_text(encoding="utf-8")
    # The move writes each brace as the format does (`{{`), never a bare one the format would read as a field.
    assert '"type": "flow"' not in fixed and '"inputs"' not in fixed and '{{"Flow.a": 1}}' in fixed
    sent = ast.literal_eval(ast.parse(fixed).body[-1].body[0].value.keywords[1].value.func.value)  # type: ignore[attr-defined]
    assert json.loads(sent.format(UUID)) == {"flowId": UUID, "inputData": {"Flow.a": 1}}  # still a format that formats to JSON


def test_a_js_template_that_parses_only_once_filled_is_quoted_as_written(tmp_path: Path) -> None:
    found = check_file(tmp_path, "launch.js", "const URL = 'https://api.mypurecloud.com/api/v2/flows/executions';\n"
                       "fetch(URL, {method: 'POST', headers: {'Content-Type': 'application/json'},\n"
                       "  body: `{\"flowId\": \"${id}\" ${rest}`});\n", "-v")  # (`rest` closes the object)
    assert [d["code"] for d in found] == ["FL011"], found
    assert '(``{"flowId": "${id}" ${rest}``)' in found[0]["message"]  # not the `{{$id}}` stand-ins
