"""A Velocity template with a construct that never closes (`#if(` with no `)`, an `#if` with no `#end`, `${` with no
`}`, `#*` with no `*#`): Velocity cannot parse it, so what it sends cannot be read. It is an FL011 note at the
construct saying what it lacks - never FL001 "the file is empty" (the rest of the template was one blank stand-in),
nor a JSON error about text the construct swallowed - and the scan stays linear."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from test_sources_data_actions import export
from test_sources_terraform import action, module  # noqa: F401 (a fixture)
from test_sources_terraform import check as check_terraform

from validator.sources import brackets, velocity
from validator.sources.velocity import scan

from conftest import UUID, codes, diagnostics

BODY = f'{{"flowId": "{UUID}", "inputData": {{"Flow.customerName": "$!{{input.name}}"}}}}'


def _check(tmp_path: Path, template: str) -> list[dict[str, Any]]:
    path = tmp_path / "Launch.custom.json"
    path.write_text(export(template))
    return diagnostics(str(path))


def _template_at(tmp_path: Path, found: dict[str, Any]) -> str:
    line = (tmp_path / "Launch.custom.json").read_text().splitlines()[int(found["line"]) - 1]
    return line[int(found["column"]) - 1:]


def test_a_never_closed_if_of_12_kb_is_a_note_not_an_empty_file(tmp_path: Path) -> None:
    found = _check(tmp_path, "#if(" * 3000)
    assert codes(found) == ["FL011"], found
    note = found[0]
    assert note["severity"] == "info" and "empty" not in note["message"]
    assert "no `)` after `#if(`" in note["message"] and "nothing in it was checked" in note["message"]
    assert _template_at(tmp_path, note).startswith("#if(#if(")


@pytest.mark.parametrize(("template", "lacking", "at"), [
    (BODY.replace('"Flow.customerName"', '#if($input.vip)"Flow.vip": true'), "`#end` after `#if`", "#if($input.vip)"),
    (BODY + "#if($input.vip)", "`#end` after `#if`", "#if($input.vip)"),
    (BODY.replace("$!{input.name}", "${input.name"), "`}` after `${`", "${input.name"),
    (BODY.replace("$!{input.name}", "$esc.jsonString($input.name"), "`)` after `(`", "$esc.jsonString"),
    (BODY.replace('{"flowId"', '{#* a comment "flowId"'), "`*#` after `#*`", "#* a comment"),
    (BODY.replace("$!{input.name}", "#foreach($n in $input.names"), "`)` after `#foreach(`", "#foreach("),
    (BODY.replace("$!{input.name}", "#if($input.vip)VIP"), "`#end` after `#if`", "#if($input.vip)"),  # in a string
])
def test_each_unclosed_construct_is_said_where_it_starts(tmp_path: Path, template: str, lacking: str, at: str) -> None:
    found = _check(tmp_path, template)
    assert codes(found) == ["FL011"], found
    assert f"no {lacking}" in found[0]["message"]
    assert _template_at(tmp_path, found[0]).startswith(at.replace('"', '\\"'))


@pytest.mark.parametrize("template", [
    BODY,
    BODY.replace("$!{input.name}", "#if($input.vip)VIP#{else}$!{input.name}#end"),
    BODY.replace('"flowId"', '#if($input.x)#set($y = 1)#end "flowId"'),
    BODY.replace("$!{input.name}", "$esc.jsonString($input.name)"),
    BODY.replace('{"flowId"', '{#* a comment *# "flowId"'),
    BODY + "## a closing comment runs to the end of its line, or of the template",
    BODY.replace("$!{input.name}", "#if($input.vip)VIP#end"),  # a block in a string, closed in it
    BODY.replace("$!{input.name}", "\\#if($input.vip)"),  # Velocity's escaped directive: the text `#if(…)`
    BODY.replace("$!{input.name}", "$esc.x('#if(')"),  # text in a reference's argument
    BODY.replace("$!{input.name}", "#if you ask"),  # no arguments: no block
    BODY.replace("$!{input.name}", "#[[#if(]]#"),  # unparsed content
])
def test_the_closed_forms_are_read_and_checked(tmp_path: Path, template: str) -> None:
    found = _check(tmp_path, template.replace('"inputData"', '"type": "flow", "inputData"'))
    assert codes(found) == ["FL101"], found  # reached: the body was read, its `type` judged; no note
    assert scan(template).unclosed is None


def test_terraform_request_template_gets_the_same_note(module: Path) -> None:  # noqa: F811
    template = '"{\\"flowId\\": \\"${genesyscloud_flow.callback.id}\\", \\"inputData\\": {#if($${input.vip}) }}"'
    found = check_terraform(module, action(template))
    assert codes(found) == ["FL011"], found
    assert "no `#end` after `#if`" in found[0]["message"]


def _work(monkeypatch: pytest.MonkeyPatch, template: str) -> int:
    """The constructs scanned for their ends, and the characters bracket_close walked, reading the template."""
    counted = [0]
    hole_end, bracket_close = velocity.hole_end, brackets.bracket_close

    def counting_hole_end(text: str, start: int) -> int | None:
        counted[0] += 1
        return hole_end(text, start)

    def counting_close(text: str, start: int, *args: Any, **kwargs: Any) -> int | None:
        end = bracket_close(text, start, *args, **kwargs)
        counted[0] += (len(text) if end is None else end) - start
        return end

    monkeypatch.setattr(velocity, "hole_end", counting_hole_end)
    monkeypatch.setattr(velocity, "bracket_close", counting_close)
    monkeypatch.setattr(velocity, "bracket_end", lambda text, start, *a, **k: brackets.bracket_end(text, start, *a, **k))
    monkeypatch.setattr(brackets, "bracket_close", counting_close)
    try:
        assert scan(template).unclosed is not None  # reached: the construct found unclosed
    finally:
        monkeypatch.setattr(brackets, "bracket_close", bracket_close)
    return counted[0]


@pytest.mark.parametrize("unit", ["#if(", "${", "#if($a)", "$a.b(", "#foreach($x in $y)", '{"a": "#if($b)', '"#if($b) ",',
                                  "\\\\#if($b)"])
def test_unclosed_constructs_are_read_in_linear_time(monkeypatch: pytest.MonkeyPatch, unit: str) -> None:
    small, large = (_work(monkeypatch, unit * n) for n in (2000, 4000))
    assert large <= 2.2 * small + 50, (small, large)


def test_the_note_never_quotes_more_than_a_clip_of_the_template(tmp_path: Path) -> None:
    found = _check(tmp_path, "#if(" * 3000)
    assert len(json.dumps(found[0])) < 2000
