"""An HTML page a server's template engine renders (EJS, Handlebars, Mustache, Nunjucks, Liquid) is read as an HTML
page is: the launches of its <script> blocks are checked, a template tag inside a string (`'<%= flowId %>'`) part of
the text. Before, named, such a page was judged as a YAML body (`FL001 invalid YAML`), and walked, passed in silence."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from conftest import diagnostics, flowlint

pytestmark = pytest.mark.usefixtures("in_tmp")

PAGE = ("<html><body>\n<script>\ndocument.getElementById('go').onclick = async () => {\n"
        "  await fetch('https://api.mypurecloud.com/api/v2/flows/executions', {\n    method: 'POST',\n"
        "    headers: { 'Content-Type': 'application/json' },\n"
        "    body: JSON.stringify({ flowId: '{flow}', type: 'flow' }),\n  });\n};\n</script>\n</body></html>\n")


@pytest.mark.parametrize(("name", "tag"), [("views/launch.ejs", "<%= flowId %>"), ("views/launch.hbs", "{{flowId}}"),
                                           ("views/launch.njk", "{{ flow_id }}")])
def test_a_template_pages_script_launch_is_checked_named_or_walked(tmp_path: Path, name: str, tag: str) -> None:
    (tmp_path / "views").mkdir()
    (tmp_path / name).write_text(PAGE.replace("{flow}", tag), encoding="utf-8")
    for args in ((name,), (".",)):
        found = diagnostics("--no-cache", *args)
        assert [(d["file"], d["code"], d["line"]) for d in found if d["severity"] == "error"] == [(name, "FL101", 7)], found


_LAZY_TAG = __import__("re").compile(r"<%.*?%>|\{\{.*?\}\}|\{%.*?%\}", __import__("re").S)


@given(st.text(alphabet="<%>{}a \n", max_size=40))
@example("<%>")
@example("{{}")
@example("{%}%}")
def test_a_template_tag_is_found_as_a_lazy_pattern_finds_one(value: str) -> None:
    """The tag test is two substring searches a tag (linear); it says what `<%.*?%>`-style patterns say, which try
    every opener to the end of the value (40,000 `<%` in a page's body value took 24 s)."""
    from validator.sources.extract import _holds_tag

    assert _holds_tag(value) is (_LAZY_TAG.search(value) is not None)


def test_a_body_value_of_many_openers_is_read(tmp_path: Path) -> None:
    value = "<%" * 40_000  # no closer: not a tag, the value is what the page sends
    page = tmp_path / "p.ejs"
    page.write_text('<script>\nfetch("https://api.mypurecloud.com/api/v2/flows/executions", {method: "POST", headers: '
                    '{"Content-Type": "application/json"}, body: JSON.stringify({flowId: "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90", '
                    f'inputs: {{"Flow.x": "{value}"}}}})}});\n</script>\n')
    assert "FL101" in {d["code"] for d in diagnostics("--no-cache", str(page))}  # read: its wrong member said


@pytest.mark.parametrize("name", ["launch.json.hbs", "launch.json.liquid", "launch.JSON.mustache", "launch.yaml.njk",
                                  "launch.yml.ejs"])
def test_a_body_kept_as_a_template_is_judged_as_its_body(tmp_path: Path, name: str) -> None:
    """`launch.json.hbs` is a JSON body a template engine fills in, not an HTML page (read as one, its wrong members
    were passed with no finding, review C)."""
    body = '{"flowId": "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90", "flowVersoin": "2.0", "inputs": {"customerName": "{{name}}"}}'
    if ".y" in name:
        body = "flowId: 8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90\nflowVersoin: '2.0'\ninputs:\n  customerName: '{{name}}'\n"
    (tmp_path / name).write_text(body)
    assert {"FL101", "FL102"} <= {d["code"] for d in diagnostics("--no-cache", str(tmp_path / name))}


TEMPLATES = {  # a body kept as a template page, its tags as people write them: each renders a valid launch body
    "launch.json.hbs": '{\n  "flowId": "{{flowId}}",\n  {{#if version}}"flowVersion": "{{version}}",{{/if}}\n  "inputData": {\n'
                       '    {{#each inputs}}"Flow.{{@key}}": "{{this}}"{{#unless @last}},{{/unless}}{{/each}}\n  }\n}\n',
    "launch.json.njk": '{\n  "flowId": "{{ flowId }}",\n  "inputData": {\n    {% for k, v in inputs %}"Flow.{{ k }}": '
                       '"{{ v }}"{% if not loop.last %},{% endif %}{% endfor %}\n  }\n}\n',
    "launch.json.liquid": '{\n  "flowId": "{{ flow_id }}"{% if version %},\n  "flowVersion": "{{ version }}"{% endif %}\n}\n',
    "launch.json.ejs": '{\n  "flowId": "<%= flowId %>",\n  "inputData": {<% Object.keys(inputs).forEach(function (k, i) '
                       '{ %><%= i ? "," : "" %>"Flow.<%= k %>": <%- JSON.stringify(inputs[k]) %><% }) %>}\n}\n',
    "launch.yaml.njk": 'flowId: "{{ flowId }}"\n{% if version %}flowVersion: "{{ version }}"\n{% endif %}inputData:\n'
                       '{% for k, v in inputs %}  Flow.{{ k }}: "{{ v }}"\n{% endfor %}',
    "body.json.hbs": '{"flowId": "{{flowId}}", "inputData": {{{json inputs}}}}\n',
}


@pytest.mark.parametrize("name", sorted(TEMPLATES))
def test_a_template_pages_body_is_never_a_parse_error(tmp_path: Path, name: str) -> None:
    """A JSON/YAML body kept as a template page with its engine's tags between members (a block, a loop, a value
    rendered unquoted) is valid once rendered: never FL001 or any error (6adbdaa judged its text as plain JSON, review
    A); named, a body whose blocks shape it is said to be unchecked (FL012), walked it passes in silence."""
    (tmp_path / name).write_text(TEMPLATES[name], encoding="utf-8")
    named = diagnostics("--no-cache", name)
    assert [d for d in named if d["severity"] != "info"] == [], named
    controlled = name != "body.json.hbs"
    assert [d["code"] for d in named] == (["FL012"] if controlled else []), named
    if controlled:
        assert "rendered" in named[0]["message"]
    assert diagnostics("--no-cache", ".") == []


@pytest.mark.parametrize(("name", "body", "line", "column"), [
    # a value rendered unquoted before the wrong member: the member found at its column in the file as written
    ("launch.json.hbs", '{"flowId": {{{json id}}}, "flowVersoin": "2"}', 1, 27),
    ("launch.json.ejs", '{"flowId": "<%= id %>",\n "inputData": <%- JSON.stringify(inputs) %>, "type": "flow"}', 2, 46),
    ("launch.yaml.njk", 'flowId: "{{ id }}"\ninputData: {{ inputs | dump }}\nflowVersoin: "2"\n', 3, 1),
    ("launch.json.liquid", '{% comment %}{% endcomment %}{"flowId": "x", "type": "flow"}', None, None),
])
def test_a_template_pages_body_is_judged_with_its_tags_unknown(tmp_path: Path, name: str, body: str, line: int | None,
                                                                column: int | None) -> None:
    """What an output tag renders is unknown (never fails a check: no FL104 for `"{{flowId}}"`, no FL001 where it stands
    unquoted); the members written around the tags are judged where they are written."""
    (tmp_path / name).write_text(body, encoding="utf-8")
    for args in ((name,), (".",)):
        found = diagnostics("--no-cache", *args)
        errors = [(d["line"], d["column"]) for d in found if d["severity"] == "error"]
        if line is None:  # a control tag: not judged (named: said)
            assert errors == [] and [d["code"] for d in found] == (["FL012"] if args == (name,) else []), found
        else:
            assert errors == [(line, column)], found
            assert not {"FL001", "FL104"} & {d["code"] for d in found}, found


def test_a_fix_moving_a_template_pages_value_writes_it_as_written(tmp_path: Path) -> None:
    """`inputs` moved into `inputData`: its value `"{{name}}"` is written back as it was, and read back the same."""
    page = tmp_path / "launch.json.hbs"
    page.write_text('{"flowId": "{{id}}", "inputs": {"customerName": "{{name}}"}, "flowVersoin": "2"}', encoding="utf-8")
    assert {"FL101", "FL102"} <= {d["code"] for d in diagnostics("--no-cache", str(page))}
    flowlint("check", "--no-cache", "--fix", "--unsafe-fixes", str(page))
    assert page.read_text(encoding="utf-8") == \
        '{"flowId": "{{id}}", "flowVersion": "2", "inputData": {"Flow.customerName": "{{name}}"}}'
    assert diagnostics("--no-cache", str(page)) == []
