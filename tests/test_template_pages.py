"""An HTML page a server's template engine renders (EJS, Handlebars, Mustache, Nunjucks, Liquid) is read as an HTML
page is: the launches of its <script> blocks are checked, a template tag inside a string (`'<%= flowId %>'`) part of
the text. Before, named, such a page was judged as a YAML body (`FL001 invalid YAML`), and walked, passed in silence."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import diagnostics

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
