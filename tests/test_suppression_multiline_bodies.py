"""A finding inside a body written over several lines of text no comment can go in (curl's `-d '{ … }'`, a Python
triple-quoted string, a JavaScript template literal, a .http request's body, a YAML block scalar, a Terraform heredoc,
a Markdown `json` block) is suppressed by a comment alone on the line before the launch's statement, on that statement's
first line, alone before the line the text starts on, or ending the line it ends on (ruff's place for a multi-line
string's `# noqa`); the comment covers that launch's body only. Until now each of those was an unused FL009 that --fix
deleted, and the finding stayed."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import UUID, check_text, codes, flowlint

INPUTS = '{"Flow.customerName": "x", "Flow.typo": 1}'
CURL = f"""\
curl -X POST "https://api.mypurecloud.com/api/v2/flows/executions" \\
  -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \\
  -d '{{
    "flowId": "{UUID}",
    "inputData": {INPUTS}
  }}'@END@
"""
PYTHON = f'''\
import requests

resp = requests.post(@FIRST@
    "https://api.mypurecloud.com/api/v2/flows/executions",
    headers={{"Authorization": f"Bearer {{token}}", "Content-Type": "application/json"}},
    data="""{{
        "flowId": "{UUID}",
        "inputData": {INPUTS}
    }}""",@END@
)
'''
PYTHON_SINGLE = PYTHON.replace('"""', "'''")
JAVASCRIPT = f"""\
const resp = await fetch("https://api.mypurecloud.com/api/v2/flows/executions", {{@FIRST@
  method: "POST",
  headers: {{Authorization: `Bearer ${{token}}`, "Content-Type": "application/json"}},
  body: `{{
    "flowId": "{UUID}",
    "inputData": {INPUTS}
  }}`,@END@
}});
"""
HTTP = f"""\
POST https://api.mypurecloud.com/api/v2/flows/executions
Content-Type: application/json
Authorization: Bearer {{{{token}}}}

{{
  "flowId": "{UUID}",
  "inputData": {INPUTS}
}}
"""
ARTILLERY = f"""\
config:
  target: "https://api.mypurecloud.com"
  phases:
    - duration: 60
      arrivalRate: 5
scenarios:
  - name: launch
    flow:
      - post:
          url: "/api/v2/flows/executions"
          headers:
            Content-Type: application/json
          body: |@FIRST@
            {{
              "flowId": "{UUID}",
              "inputData": {INPUTS}
            }}
"""
WORKFLOW = f"""\
on: push
jobs:
  launch:
    runs-on: ubuntu-latest
    steps:
      - run: |@FIRST@
          curl -X POST "https://api.mypurecloud.com/api/v2/flows/executions" \\
            -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \\
            -d '{{
              "flowId": "{UUID}",
              "inputData": {INPUTS}
            }}'
"""
TERRAFORM = f"""\
resource "genesyscloud_integration_action" "launch" {{
  name           = "Launch survey"
  category       = "Genesys Cloud"
  integration_id = var.integration_id
  config_request {{
    request_url_template = "/api/v2/flows/executions"
    request_type         = "POST"
    headers = {{
      "Content-Type" = "application/json"
    }}
    request_template = <<EOT
{{
  "flowId": "{UUID}",
  "inputData": {INPUTS}
}}
EOT
  }}
}}
"""
ESCAPED = INPUTS.replace('"', '\\"')
MARKDOWN = f"""\
# Launching from a data action

```json
{{
  "name": "Launch",
  "integrationType": "custom-rest-actions",
  "config": {{
    "request": {{
      "requestUrlTemplate": "/api/v2/flows/executions",
      "requestType": "POST",
      "headers": {{"Content-Type": "application/json"}},
      "requestTemplate": "{{\\"flowId\\": \\"{UUID}\\", \\"inputData\\": {ESCAPED}}}"
    }}
  }}
}}
```
"""


def _before(text: str, line: int, comment: str) -> str:
    """The text with `comment` on a line of its own before its line `line`, indented as that line is."""
    lines = text.splitlines(keepends=True)
    indent = lines[line - 1][:len(lines[line - 1]) - len(lines[line - 1].lstrip())]
    return "".join([*lines[:line - 1], f"{indent}{comment}\n", *lines[line - 1:]])


def clean(text: str) -> str:
    return text.replace("@FIRST@", "").replace("@END@", "")


#: Each family: its file name, its text, the comment's marker, and where the comment goes alone before a line (the
#: launch's statement, and the line the body's text starts on), or ends a line (@FIRST@: the statement's first line,
#: @END@: the line the body's text ends on) where the language takes one.
FAMILIES = [
    ("launch.sh", CURL, "#", (1,), ("@END@",)),
    ("launch.py", PYTHON, "#", (3, 6), ("@FIRST@", "@END@")),
    ("launch_single.py", PYTHON_SINGLE, "#", (3, 6), ("@FIRST@", "@END@")),
    ("launch.js", JAVASCRIPT, "//", (1, 4), ("@FIRST@", "@END@")),
    ("launch.http", HTTP, "#", (1,), ()),
    ("load.yml", ARTILLERY, "#", (13,), ("@FIRST@",)),
    ("launch.yml", WORKFLOW, "#", (6,), ("@FIRST@",)),
    ("main.tf", TERRAFORM, "#", (1, 11), ()),
    ("README.md", MARKDOWN, "<!--", (3,), ()),
]


def _comment(marker: str, codes: str) -> str:
    return f"<!-- flowlint: ignore{codes} -->" if marker == "<!--" else f"{marker} flowlint: ignore{codes}"


@pytest.mark.parametrize(("name", "text", "marker", "before", "ending"), FAMILIES, ids=[f[0] for f in FAMILIES])
def test_a_comment_at_the_launch_covers_the_findings_inside_its_body(name: str, text: str, marker: str,
                                                                      before: tuple[int, ...], ending: tuple[str, ...]) -> None:
    found = check_text(clean(text), name)
    assert codes(found) == ["FL202"], found  # reached: the finding is inside the body, on a line of its own
    for line in before:
        for suffix in ("[FL202]", "", "[unknown-input]"):
            suppressed = _before(clean(text), line, _comment(marker, suffix))
            assert codes(check_text(suppressed, name)) == [], (line, suffix)
            assert flowlint("check", "--stdin-filename", name, "-", input=suppressed).exit_code == 0
    for place in ending:
        suppressed = clean(text.replace(place, "  " + _comment(marker, "[FL202]")))
        assert codes(check_text(suppressed, name)) == [], place


@pytest.mark.parametrize(("name", "text", "marker", "before", "ending"), FAMILIES, ids=[f[0] for f in FAMILIES])
def test_a_comment_of_another_rule_there_is_unused_and_the_finding_stays(name: str, text: str, marker: str,
                                                                          before: tuple[int, ...], ending: tuple[str, ...]) -> None:
    for line in before:
        found = check_text(_before(clean(text), line, _comment(marker, "[FL203]")), name)
        assert sorted(codes(found)) == ["FL009", "FL202"], (line, found)


def test_it_covers_that_launch_only_and_the_body_only() -> None:
    second = CURL.replace("-H 'Content-Type: application/json' ", "")  # FL303, at its -d
    text = clean(CURL + second)
    assert [(d["code"], d["line"]) for d in check_text(text, "two.sh")] == [("FL202", 5), ("FL303", 9), ("FL202", 11)]
    first_only = _before(text, 1, "# flowlint: ignore[FL202]")
    assert [(d["code"], d["line"]) for d in check_text(first_only, "two.sh")] == [("FL303", 10), ("FL202", 12)]
    second_only = _before(text, 7, "# flowlint: ignore[FL202]")
    assert [(d["code"], d["line"]) for d in check_text(second_only, "two.sh")] == [("FL202", 5), ("FL303", 10)]
    # the statement's own line is covered as any line: a finding there, outside the body, with its code only
    wrong_host = clean(CURL).replace("api.mypurecloud.com", "myorg.mypurecloud.com")
    assert codes(check_text(wrong_host, "launch.sh")) == ["FL302", "FL202"]
    assert codes(check_text("# flowlint: ignore[FL202]\n" + wrong_host, "launch.sh")) == ["FL302"]


SHARED = f'''\
import requests

URL = "https://api.mypurecloud.com/api/v2/flows/executions"
HEADERS = {{"Authorization": f"Bearer {{token}}", "Content-Type": "application/json"}}
BODY = """{{
    "flowId": "{UUID}",
    "inputData": {INPUTS}
}}"""

requests.post(URL, headers=HEADERS, data=BODY)
requests.post(URL, headers=HEADERS, data=BODY)
'''


def test_a_body_kept_in_a_constant_is_covered_there_or_at_every_launch_sending_it() -> None:
    assert codes(check_text(SHARED, "app.py")) == ["FL202"]
    assert codes(check_text(_before(SHARED, 5, "# flowlint: ignore[FL202]"), "app.py")) == []
    assert codes(check_text(SHARED.replace('}"""', '}"""  # flowlint: ignore[FL202]'), "app.py")) == []
    at_one = _before(SHARED, 10, "# flowlint: ignore[FL202]")
    assert codes(check_text(at_one, "app.py")) == ["FL202"]  # the other launch sends it as well: still said
    assert codes(check_text(_before(at_one, 12, "# flowlint: ignore[FL202]"), "app.py")) == []


def test_fix_and_diff_keep_a_used_comment_and_trim_an_unused_code(tmp_path: Path) -> None:
    path = tmp_path / "launch.sh"
    path.write_text(_before(clean(CURL), 1, "# flowlint: ignore[FL202, FL303]"), encoding="utf-8")
    diff = flowlint("check", "--no-cache", "--diff", str(path))
    assert "-# flowlint: ignore[FL202, FL303]\n+# flowlint: ignore[FL202]\n" in diff.stdout, diff.stdout
    flowlint("check", "--no-cache", "--fix", str(path))
    assert path.read_text(encoding="utf-8").startswith("# flowlint: ignore[FL202]\ncurl ")
    assert flowlint("check", "--no-cache", str(path)).exit_code == 0


CONTINUED = f"""\
curl -X POST "https://api.mypurecloud.com/api/v2/flows/executions" \\
  -H 'Content-Type: text/plain' \\
  -H "Authorization: Bearer $TOKEN" \\
  -d '{{"flowId": "{UUID}", "inputData": {INPUTS}}}' \\
  --fail@END@
echo sent
"""


def test_a_command_continued_over_lines_is_covered_whole_as_ruff_covers_a_continuation() -> None:
    # No line of it but the last takes a comment, and a comment line inside it ends the command.
    text = clean(CONTINUED)
    assert [(d["code"], d["line"]) for d in check_text(text, "launch.sh")] == [("FL303", 2), ("FL202", 4)]
    assert codes(check_text("# flowlint: ignore[FL303, FL202]\n" + text, "launch.sh")) == []
    assert codes(check_text(CONTINUED.replace("@END@", "  # flowlint: ignore[FL303, FL202]"), "launch.sh")) == []
    assert codes(check_text("# flowlint: ignore[FL303]\n" + text, "launch.sh")) == ["FL202"]  # its codes only
    after = clean(CONTINUED).replace("echo sent", "echo sent  # flowlint: ignore[FL303, FL202]")
    assert codes(check_text(after, "launch.sh")) == ["FL303", "FL202", "FL009"]  # the next command's line: not it
