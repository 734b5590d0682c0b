"""Genesys Cloud data action exports (`*.custom.json`): the action's request is a launch, its template Velocity."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from validator.core.unknown import OpenObject, Unknown
from validator.sources import data_action
from validator.sources.velocity import scan, value_of

from conftest import UUID, codes, diagnostics, flowlint

EXECUTE_WORKFLOW = '{"flowId": "${input.flowId}", "inputData": { ${input.attributes} }}'


def export(template: str | None, *, url: str = "/api/v2/flows/executions", method: str = "POST",
           headers: dict[str, str] | None = None, name: str = "Launch Callback Workflow") -> str:
    """A data action as the UI's Export writes it (the contract's flowId property is no launch body)."""
    request: dict[str, Any] = {"requestUrlTemplate": url, "requestType": method,
                               "headers": {"Content-Type": "application/json"} if headers is None else headers}
    if template is not None:
        request["requestTemplate"] = template
    action = {
        "name": f"{name} - Exported 2025-02-11 @ 10:42",
        "integrationType": "purecloud-data-actions",
        "actionType": "custom",
        "config": {
            "request": request,
            "response": {"translationMap": {"executionId": "$.id"}, "translationMapDefaults": {},
                         "successTemplate": "{\"executionId\": ${executionId}}"},
        },
        "contract": {
            "input": {"inputSchema": {"$schema": "http://json-schema.org/draft-04/schema#", "title": "Launch input",
                                      "type": "object", "required": ["flowId"],
                                      "properties": {"flowId": {"type": "string"}, "attributes": {"type": "string"}},
                                      "additionalProperties": True}},
            "output": {"successSchema": {"type": "object", "properties": {"executionId": {"type": "string"}}}},
        },
        "secure": False,
    }
    return json.dumps(action, indent=2) + "\n"


def check(tmp_path: Path, text: str, name: str = "Launch-Callback-Workflow.custom.json", *args: str) -> list[dict[str, Any]]:
    path = tmp_path / name
    path.write_text(text)
    return diagnostics(*args, str(path))


def test_genesys_execute_workflow_action_is_clean(tmp_path: Path) -> None:
    text = export(EXECUTE_WORKFLOW)
    launches = data_action.extract(text)
    assert len(launches) == 1 and launches[0].kind == "data-action"  # reached: the action is read as a launch
    body = launches[0].body
    assert isinstance(body["flowId"], Unknown) and isinstance(body["inputData"], OpenObject)
    assert check(tmp_path, text) == []


def test_a_wrong_key_in_the_template_is_found_in_the_file(tmp_path: Path) -> None:
    text = export('{"flowId": "${input.flowId}", "inputData": {"customerPhone": "$esc.jsonString(${input.phone})"}}')
    found = check(tmp_path, text)
    assert codes(found) == ["FL203"]
    line = text.splitlines()[found[0]["line"] - 1]
    assert line[found[0]["column"] - 1:].startswith('\\"customerPhone\\"')


def test_the_export_contract_is_never_a_body(tmp_path: Path) -> None:
    text = export(None, method="GET", url="/api/v2/flows/executions/${input.executionId}")
    assert check(tmp_path, text) == []  # a status read: no launch, and the contract's flowId says nothing


def test_any_json_with_the_export_keys_is_an_action(tmp_path: Path) -> None:
    text = export('{"flowId": "${input.flowId}", "inputData": {"Flow.x": 1}, "priority": 2}')
    assert codes(check(tmp_path, text, "launch-action.json")) == ["FL102"]


@pytest.mark.parametrize(("template", "where"), [
    ('{"flowId": "${input.flowId}" "inputData": {}}', '\\"inputData'),  # a missing comma
    ("{'flowId': '${input.flowId}'}", "'flowId'"),  # single quotes
])
def test_a_template_that_cannot_be_json_is_fl001_at_its_character(tmp_path: Path, template: str, where: str) -> None:
    text = export(template)
    found = check(tmp_path, text)
    assert codes(found) == ["FL001"]
    line = text.splitlines()[found[0]["line"] - 1]
    assert line[found[0]["column"] - 1:].startswith(where)


def test_a_trailing_comma_is_fixed_in_the_json_string_and_proven_by_checking_again(tmp_path: Path) -> None:
    path = tmp_path / "a.custom.json"
    text = export('{"flowId": "${input.flowId}",\n "inputData": {"Flow.x": "$!{input.x}",}}')
    path.write_text(text)
    found = diagnostics(str(path))
    assert codes(found) == ["FL001"] and found[0]["help"] == "remove the comma"
    line = text.splitlines()[found[0]["line"] - 1]
    assert line[found[0]["column"] - 1] == ","
    edit = found[0]["fix"]["edits"][0]  # the edit is at the comma in the file, not in the template
    assert (edit["line"], edit["column"], edit["content"]) == (found[0]["line"], found[0]["column"], "")
    flowlint("check", "--fix", str(path))
    assert path.read_text() == text.replace('}\\",}}', '}\\"}}') != text
    assert diagnostics(str(path)) == []


@pytest.mark.parametrize(("template", "written"), [
    ('{"flowId": "${input.flowId}"@}', r"\u002c"),  # the comma is an escape in the export's string
    ('{"flowId": "${input.flowId}" /* a @b@ */}', '\\"'),  # the comment holds escapes: its removal is not one range
])
def test_a_fix_that_does_not_map_exactly_is_shown_with_why(tmp_path: Path, template: str, written: str) -> None:
    path = tmp_path / "a.custom.json"
    text = export(template).replace("@", written)
    path.write_text(text)
    found = diagnostics(str(path))
    assert codes(found) == ["FL001"] and found[0]["help"].startswith("remove the")  # reached: the fix is said
    assert found[0]["fix"] is None and "not applied: the edit does not map exactly" in found[0]["help"]
    flowlint("check", "--fix", "--unsafe-fixes", str(path))
    assert path.read_text() == text


def test_holes_can_hold_anything_so_they_never_fail(tmp_path: Path) -> None:
    template = ('#set($n = $input.count)\n{"flowId": "${input.flowId}", "flowVersion": $input.version, '
                '"inputData": {"Flow.count": $n, #if($input.note)"Flow.note": "$esc.jsonString($input.note)",#end '
                '"Flow.items": [#foreach($i in $input.items)"$i"#if($foreach.hasNext),#end#end]}}')
    assert check(tmp_path, export(template)) == []


def test_request_rules_apply_to_actions(tmp_path: Path) -> None:
    found = check(tmp_path, export(EXECUTE_WORKFLOW, url="/api/v2/flows/executions/${input.flowId}"))
    assert codes(found) == ["FL106"] and "${input.flowId}" in found[0]["message"]
    assert codes(check(tmp_path, export(EXECUTE_WORKFLOW, method="PUT"))) == ["FL301"]
    assert codes(check(tmp_path, export(EXECUTE_WORKFLOW, headers={"Content-Type": "text/plain"}))) == ["FL303"]
    assert check(tmp_path, export(EXECUTE_WORKFLOW, headers={})) == []  # the integration's default: not judged


@pytest.mark.parametrize(("url", "template", "moved", "applicability"), [
    ("/api/v2/flows/${input.flowId}/executions", '{"inputData": {"Flow.a": "${input.a}"}}', "${input.flowId}", "safe"),
    ("/api/v2/flows/executions/${input.flowId}", '{\n  "inputData": {"Flow.a": "${input.a}"}\n}', "${input.flowId}", "safe"),
    ("/api/v2/flows/$!{input.flowId}/executions", '{"inputData": {}}', "$!{input.flowId}", "safe"),
    ("/api/v2/flows/$input.flowId/executions", '{"inputData": {}}', "$input.flowId", "safe"),
    (f"/api/v2/flows/{UUID}/executions", '{"inputData": {"Flow.customerName": "${input.c}"}}', UUID, "safe"),
    # unsure: a name made by a hole (what else may it write?), a reference to no input of the action
    ("/api/v2/flows/${input.flowId}/executions", '{"name": "${input.n}", "inputData": {}}', "${input.flowId}", "unsafe"),
    ("/api/v2/flows/${flowId}/executions", '{"inputData": {}}', "${flowId}", "unsafe"),
])
def test_fl106_s_fix_moves_a_templated_flow_id_into_the_template(tmp_path: Path, url: str, template: str, moved: str,
                                                                 applicability: str) -> None:
    path = tmp_path / "a.custom.json"
    path.write_text(export(template, url=url))
    found = diagnostics(str(path))
    fix = next(d["fix"] for d in found if d["code"] == "FL106")
    assert fix is not None and fix["applicability"] == applicability, found
    assert fix["message"] == f'send it to /api/v2/flows/executions and add "flowId": "{moved}" to the body'
    flowlint("check", "--fix", "--unsafe-fixes", str(path))
    request = json.loads(path.read_text())["config"]["request"]
    assert request["requestUrlTemplate"] == "/api/v2/flows/executions"
    assert json.loads(scan(request["requestTemplate"]).text).keys() >= {"flowId", "inputData"}
    assert f'"flowId": "{moved}"' in request["requestTemplate"]  # the reference, rendered into a JSON string
    assert not {"FL106", "FL103"} & set(codes(diagnostics(str(path))))


@pytest.mark.parametrize("url", ["/api/v2/flows/${input.flowId}${input.x}/executions",  # two holes: which is the ID?
                                 "/api/v2/flows/$esc.url($input.flowId)/executions"])  # a call renders what it renders
def test_no_fix_moves_a_template_s_id_it_cannot_read(tmp_path: Path, url: str) -> None:
    found = check(tmp_path, export('{"inputData": {}}', url=url), "a.custom.json")
    assert [d["fix"] for d in found if d["code"] == "FL106"] == [None], found


def test_a_rename_fix_edits_the_template(tmp_path: Path) -> None:
    path = tmp_path / "a.custom.json"
    path.write_text(export('{"flowId": "${input.flowId}", "inputData": {"customer": "${input.c}", ${input.attributes}}}'))
    result = flowlint("check", "--diff", str(path))
    assert '+      "requestTemplate": "{\\"flowId\\": \\"${input.flowId}\\", \\"inputData\\": {\\"Flow.customer\\"' in result.stdout


def test_a_known_flow_is_checked_against_its_contract(tmp_path: Path) -> None:
    found = check(tmp_path, export('{"flowId": "' + UUID + '", "inputData": {"Flow.customerName": 5}}'))
    assert "FL204" in codes(found)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet='{}[]":,$#!()\\ .abinputflowIdse01\n', max_size=80))
def test_the_velocity_scanner_survives_any_text(template: str) -> None:
    scanned = scan(template)
    assert len(scanned.origin) == len(scanned.text) + 1
    assert all(0 <= o <= len(template) for o in scanned.origin)
    try:
        parsed = json.loads(scanned.text)
    except ValueError:
        return
    value_of(parsed, scanned.holes)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_the_export_reader_survives_any_template(template: str) -> None:
    assert len(data_action.extract(export(EXECUTE_WORKFLOW))) == 1  # reached: the reader reads a real template
    for request in data_action.extract(export(template)):
        assert request.kind == "data-action"
