"""A walk searched no server page (JSP, Razor, ERB, Twig, Astro…), Karate feature or Mule/XML file for
the launch endpoint, so a launch written in one passed with "no problems" (only an Apex class or a .groovy script got
its note); a named Jenkinsfile got FL012 "does not read Jenkinsfile files". Now each is searched as code in a
language flowlint does not read is: FL011 where it names the endpoint, walked or named, and nothing where it does not.
(A Jenkinsfile was searched so too; its sh steps are read now: tests/test_jenkinsfile.py.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import diagnostics

pytestmark = pytest.mark.usefixtures("in_tmp")

URL = "https://api.mypurecloud.com/api/v2/flows/executions"
BODY = '{"flowId": "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90", "inputs": {"orderId": "1"}}'
PAGE = f'<script>\nfetch("{URL}", {{method: "POST", body: JSON.stringify({BODY})}});\n</script>\n'
FILES = {
    "page.jsp": '<%@ page language="java" %>\n' + PAGE,
    "Index.cshtml": "@page\n" + PAGE,
    "Launch.razor": "@page \"/launch\"\n" + PAGE,
    "show.html.erb": "<%= title %>\n" + PAGE,
    "launch.twig": "{{ title }}\n" + PAGE,
    "page.astro": "---\nconst x = 1;\n---\n" + PAGE,
    "launch.feature": f"Feature: launch\n  Scenario: launch\n    Given url '{URL}'\n    And request {BODY}\n"
                      "    When method post\n",
    "mule.xml": f'<flow name="launch">\n<http:request method="POST" url="{URL}"/>\n</flow>\n',
}


@pytest.mark.parametrize("name", sorted(FILES))
def test_a_launch_mentioned_in_a_file_flowlint_does_not_read_is_said_walked_or_named(tmp_path: Path, name: str) -> None:
    text = FILES[name]
    (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
    (tmp_path / name).write_text(text, encoding="utf-8")
    for args in ((name,), (".",)):
        found = diagnostics("--no-cache", *args)
        assert [(d["file"], d["code"], d["severity"]) for d in found] == [(name, "FL011", "info")], (args, found)
        line = text.splitlines()[found[0]["line"] - 1]
        assert line[found[0]["column"] - 1:].startswith("flows/executions")
        assert "flowlint does not read" in found[0]["message"]


@pytest.mark.parametrize("name", ["page.jsp", "mule.xml"])
def test_one_that_names_no_endpoint_is_silent_walked(tmp_path: Path, name: str) -> None:
    (tmp_path / name).write_text(FILES[name].replace(URL, "https://example.com/hook"), encoding="utf-8")
    (tmp_path / "body.json").write_text(BODY, encoding="utf-8")  # (the walk reached something: no NothingToCheck)
    found = diagnostics("--no-cache", ".")
    assert {d["file"] for d in found} == {"body.json"}  # (the walk ran and judged the body beside it)
    assert [d["code"] for d in diagnostics("--no-cache", name)] == ["FL012"]
