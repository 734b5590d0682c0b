"""Every Velocity directive a valid request template may hold reads as what it renders, never as a second JSON value:
`#macro` and `#define` render nothing where they stand (as `#set`), a macro's call (`#q(…)`, `#@q(…)…#end`) renders
unknown text, `#break`/`#stop` nothing (with or without their argument), `#[[…]]#` its content as written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from validator.core.unknown import Unknown
from validator.sources import json_source
from validator.sources.velocity import scan, value_of

from conftest import UUID, flowlint

LAUNCH = '{"flowId": "%s", "inputData": {"Flow.customerName": %s}}' % (UUID, "%s")


def body(template: str) -> object:
    scanned = scan(template)
    parsed = json_source.parse(scanned.text)
    assert not hasattr(parsed, "code"), (template, scanned.text, parsed)  # it parses: no FL001
    return value_of(parsed.value, scanned.holes)


@pytest.mark.parametrize("template", [
    "#macro(q $v)$esc.jsonString($v)#end\n" + LAUNCH % '"#q($input.name)"',
    "#macro( q $v )\n  $esc.jsonString($v)\n#end\n" + LAUNCH % "#q($input.name)",
    "#macro(q $v)#if($v)\"$v\"#else null#end#end\n" + LAUNCH % "#q($input.name)",
    "#@wrap()x#end\n" + LAUNCH % '"$input.name"',
    "#{macro}(q $v)$v#{end}" + LAUNCH % '"#{q}($input.name)"',
    "#define($name)\"$input.name\"#end\n" + LAUNCH % "$name",
    "#foreach($i in $list)#if($i == 2)#break($foreach)#end#end" + LAUNCH % '"$input.name"',
    "#if($input.skip)#stop#end" + LAUNCH % '"$input.name"',
    "## a comment\n#* a block\ncomment *#\n" + LAUNCH % '"$input.name"',
    "#** a doc comment *#" + LAUNCH % '"$input.name"',
    "#evaluate('#set($x = 1)')" + LAUNCH % '"$input.name"',
])
def test_a_valid_template_with_directives_reads_as_one_launch(template: str) -> None:
    found = body(template)
    assert isinstance(found, dict) and found["flowId"] == UUID, found
    assert set(found) == {"flowId", "inputData"}


def test_the_body_a_define_renders_is_unknown_where_it_is_used() -> None:
    found = body('#define($body){"flowId": "%s"}#end\n$body' % UUID)
    assert isinstance(found, Unknown), found


@pytest.mark.parametrize(("template", "name"), [
    ('{"flowId": "%s", "name": #[["#literal $x"]]#}' % UUID, "#literal $x"),
    ('{"flowId": "%s", "name": "#[[$x]]#"}' % UUID, None),  # inside a string: unknown text
    ('#[[{"flowId": "%s",]]# "name": "n"}' % UUID, "n"),
])
def test_unparsed_content_renders_as_written(template: str, name: str | None) -> None:
    found = body(template)
    assert isinstance(found, dict) and found["flowId"] == UUID, found
    assert found["name"] == name if name is not None else isinstance(found["name"], Unknown)


def test_a_template_still_not_json_is_still_fl001() -> None:
    scanned = scan("#macro(q $v)$v#end\n" + LAUNCH % '"x"' + " trailing")
    assert hasattr(json_source.parse(scanned.text), "code")


def data_action(template: str) -> str:
    return json.dumps({"name": "x", "integrationType": "purecloud-data-actions", "actionType": "custom",
                       "config": {"request": {"requestUrlTemplate": "/api/v2/flows/executions", "requestType": "POST",
                                              "headers": {}, "requestTemplate": template}}}, indent=2)


def test_data_actions_with_macros_and_defines_check_clean(tmp_path: Path) -> None:
    (tmp_path / "macro.custom.json").write_text(data_action(
        "#macro(q $v)$esc.jsonString($v)#end\n" + LAUNCH % '"#q($input.name)"'))
    (tmp_path / "define.custom.json").write_text(data_action(
        '#define($body){"flowId": "%s", "inputData": {"Flow.customerName": "$input.name"}}#end\n$body' % UUID))
    (tmp_path / "bad.custom.json").write_text(data_action("#macro(q $v)$v#end\n" + LAUNCH.replace("flowId", "flow_id") % '"x"'))
    result = flowlint("check", "--no-cache", "--format", "json", str(tmp_path))
    found = {(Path(d["file"]).name, d["code"]) for d in json.loads(result.stdout)["diagnostics"]}
    assert not any(code == "FL001" for _, code in found), found
    assert ("bad.custom.json", "FL102") in found or ("bad.custom.json", "FL103") in found, found  # reached: it is read
