"""A `flowlint: ignore[CODE]` comment suppresses in every kind of file with comments, walked from the kinds registry
(kinds.COMMENTS): for each kind that declares comments, a file of that kind holds a finding, which is reached without the
comment, suppressed with it, kept with an FL009 when the comment names another rule, and kept with no FL009 when the same
words are in a string (data, not a comment). A kind added to the registry with comments and no case here fails the walk.

Until now a Jenkinsfile's `//` and `/* */`, a Hurl file's `#`, a Bruno JSON body's `//`, a Dockerfile's, a Makefile's and
a justfile's `#`, the shell comments of the scripts a file runs (an `sh '''…'''` step, a workflow's `run: |`), the JSON
with comments of a deno.json or a VS Code tasks.json and an HTML page's scripts were never read as suppressions: the
finding stayed, and --fix deleted nothing (it saw no comment), so the only way out was per-file-ignores."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from validator.core.diagnostics import Diagnostic
from validator.lsp.suppress_action import suppression_edit
from validator.run.buffer import check_buffer
from validator.sources import hurl, kinds
from validator.sources.comments import suppressions

from conftest import UUID, check_text, codes, flowlint

ROOT = Path(__file__).resolve().parent.parent
STORE = str(ROOT / ".flowlint" / "flows")
BAD = "https://myinstance.mypurecloud.com/api/v2/flows/executions"
GOOD = "https://api.mypurecloud.com/api/v2/flows/executions"
BODY = f'{{"flowId": "{UUID}", "inputData": {{"Flow.customerName": "x"}}}}'
CURL = f"curl -X POST {BAD} -H 'Content-Type: application/json' -H \"Authorization: Bearer $TOKEN\" -d '{BODY}'"
FETCH = (f"fetch('{BAD}', {{method: 'POST', headers: {{'Content-Type': 'application/json', Authorization: 'Bearer ' + t}}, "
         f"body: JSON.stringify({{flowId: '{UUID}', inputData: {{'Flow.customerName': 'x'}}}})}});")
#: An input the flow ("Order follow-up" in the repository's store) does not declare, on a line of its own: FL202.
TYPO_BODY = f'{{\n  "flowId": "{UUID}",\n  "inputData": {{\n    "Flow.customerName": "x",\n@C@\n    "Flow.typo": 1\n  }}\n}}'


def _indented(text: str, indent: str) -> str:
    return "\n".join(indent + line if line.strip() else line for line in text.splitlines())


#: kind -> (file name, text with `@C@` where a comment goes (on a line of its own, or ending one), the code found there,
#: how the comment is written (`{}`: the directive), the same words written in a string instead (`@S@`'s replacement)).
CASES: dict[str, tuple[str, str, str, str, str]] = {
    "javascript": ("app.js", f"@C@\n{FETCH}\n", "FL302", "// {}", "const note = '// {}';"),
    "typescript": ("app.ts", f"@C@\n{FETCH}\n", "FL302", "/* {} */", "const note: string = '/* {} */';"),
    "tsx": ("app.tsx", f"@C@\n{FETCH}\n", "FL302", "// {}", "const note = '// {}';"),
    "python": ("app.py", f'import requests\n@C@\nrequests.post("{BAD}", json={{"flowId": "{UUID}"}}, '
                         'headers={"Authorization": f"Bearer {token}"})\n', "FL302", "# {}", "note = '# {}'"),
    "shell": ("launch.sh", f"@C@\n{CURL}\n", "FL302", "# {}", "echo '# {}'"),
    "http": ("launch.http", f"@C@\nPOST {BAD}\nContent-Type: application/json\nAuthorization: Bearer {{{{token}}}}\n\n"
                            f"{BODY}\n", "FL302", "// {}", "@name # {}"),
    "hurl": ("launch.hurl", f"@C@\nPOST {BAD}\nAuthorization: Bearer {{{{token}}}}\nContent-Type: application/json\n{BODY}\n"
                            "HTTP 202\n", "FL302", "# {}", 'X-Note: "# {}"'),
    "bruno": ("launch.bru", "meta {\n  name: Launch\n  type: http\n  seq: 1\n}\n\npost {\n  url: " + GOOD + "\n  body: json\n"
                            "  auth: bearer\n}\n\nauth:bearer {\n  token: {{token}}\n}\n\nbody:json {\n"
                            + _indented(TYPO_BODY, "  ").replace("  @C@", "@C@") + "\n}\n",
              "FL202", "    // {}", '    "note": "// {}",'),
    "terraform": ("launch.tf", f"""\
resource "genesyscloud_integration_action" "launch" {{
  name           = "Launch"
  category       = "Genesys Cloud"
  integration_id = var.integration_id
  config_request {{
    request_url_template = "/api/v2/flows/executions"
    request_type         = "POST"
    headers              = {{ "Content-Type" = "application/json" }}
@C@
    request_template = "{{\\"flowId\\": \\"{UUID}\\", \\"inputData\\": {{\\"Flow.typo\\": 7}}}}"
  }}
}}
""", "FL202", "    // {}", '    description = "# {}"'),
    "markdown": ("README.md", f"# Launch\n\n```sh\n@C@\n{CURL}\n```\n", "FL302", "# {}", "echo '# {}'"),
    "notebook": ("launch.ipynb", '{\n "cells": [\n  {\n   "cell_type": "code",\n   "execution_count": null,\n'
                 '   "metadata": {},\n   "outputs": [],\n   "source": [\n    "import requests\\n",\n@C@\n    '
                 + json.dumps(f'requests.post("{BAD}", json={{"flowId": "{UUID}"}}, headers={{"Authorization": f"Bearer {{t}}"}})')
                 + '\n   ]\n  }\n ],\n "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3", '
                 '"language": "python"}},\n "nbformat": 4,\n "nbformat_minor": 5\n}\n', "FL302", '    "# {}\\n",',
                 '    "note = \'# {}\'\\n",'),
    "html": ("page.html", f"<html><body>\n<script>\n@C@\n{FETCH}\n</script>\n</body></html>\n", "FL302", "// {}",
             "const note = '// {}';"),
    "jsonc": ("launch.jsonc", TYPO_BODY + "\n", "FL202", "    // {}", '    "Flow.note": "// {}",'),
    "deno-tasks": ("deno.jsonc", '{\n  "tasks": {\n@C@\n    "launch": ' + json.dumps(CURL) + "\n  }\n}\n", "FL302",
                   "    // {}", '    "note": "// {}",'),
    "vscode-tasks": (".vscode/tasks.json", '{\n  "version": "2.0.0",\n  "tasks": [\n    {\n      "label": "launch",\n'
                     '      "type": "shell",\n@C@\n      "command": ' + json.dumps(CURL) + "\n    }\n  ]\n}\n", "FL302",
                     "      // {}", '      "detail": "// {}",'),
    "npm-scripts": ("package.json", '{\n  "name": "launcher",\n  "scripts": {\n    "launch": '
                    + json.dumps(CURL)[:-1] + '@C@"\n  }\n}\n', "FL302", " # {}", ""),
    "dockerfile": ("Dockerfile", f"FROM curlimages/curl:8.5.0\n@C@\nRUN {CURL}\n", "FL302", "# {}",
                   "RUN echo '# {}'"),
    "makefile": ("Makefile", f"launch:\n@C@\n\t{CURL}\n", "FL302", "\t# {}", "\techo '# {}'"),
    "justfile": ("justfile", f"launch:\n@C@\n    {CURL}\n", "FL302", "    # {}", "    echo '# {}'"),
    "jenkinsfile": ("Jenkinsfile", f"pipeline {{\n  agent any\n  stages {{\n    stage('launch') {{\n      steps {{\n@C@\n"
                                   f"        sh \"\"\"{CURL}\"\"\"\n      }}\n    }}\n  }}\n}}\n", "FL302", "        // {}",
                    "        echo '// {}'"),
    "github-actions": (".github/workflows/launch.yml", "on: push\njobs:\n  launch:\n    runs-on: ubuntu-latest\n    steps:\n"
                       f"      - run: |\n          echo launching\n@C@\n          {CURL}\n", "FL302", "          # {}",
                       "          echo '# {}'"),
    "ci-config": (".gitlab-ci.yml", f"launch:\n  script:\n@C@\n    - {CURL}\n", "FL302", "    # {}",
                  "    - echo '# {}'"),
    "cloudbuild": ("cloudbuild.yaml", "steps:\n  - name: curlimages/curl\n    entrypoint: sh\n    args:\n      - -c\n      - |\n"
                   f"        echo launching\n@C@\n        {CURL}\n", "FL302", "        # {}", "        echo '# {}'"),
    "yaml": ("body.yaml", f"flowId: \"{UUID}\"\ninputData:\n  Flow.customerName: x\n@C@\n  Flow.typo: 1\n", "FL202", "  # {}",
             "  Flow.note: '# {}'"),
    "artillery": ("load.yml", f"""\
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
          json:
            flowId: "{UUID}"
            inputData:
              Flow.customerName: x
@C@
              Flow.typo: 1
""", "FL202", "              # {}", "              Flow.note: '# {}'"),
    "saved-request": ("launch.yaml", f"method: PUT\nurl: {GOOD}\nheaders:\n  Content-Type: application/json\nbody:\n"
                      f"  flowId: {UUID}\n  inputData:\n    Flow.customerName: x\n@C@\n    Flow.typo: 1\n", "FL202", "    # {}",
                      "    Flow.note: '# {}'"),
    "openapi": ("openapi.yaml", f"""\
openapi: 3.0.3
info:
  title: Flows
  version: "1"
paths:
  /api/v2/flows/executions:
    post:
      requestBody:
        content:
          application/json:
            example:
              flowId: "{UUID}"
              inputData:
                Flow.customerName: x
@C@
                Flow.typo: 1
      responses:
        "200":
          description: launched
""", "FL202", "                # {}", "                Flow.note: '# {}'"),
    "aws": ("template.yaml", f"""\
AWSTemplateFormatVersion: "2010-09-09"
Transform: AWS::Serverless-2016-10-31
Resources:
  Launcher:
    Type: AWS::Serverless::StateMachine
    Properties:
      Definition:
        StartAt: Launch
        States:
          Launch:
            Type: Task
            Resource: arn:aws:states:::http:invoke
            Parameters:
              ApiEndpoint: {GOOD}
              Method: POST
              Authentication:
                ConnectionArn: !Ref Connection
              RequestBody:
                flowId: {UUID}
                inputData:
                  Flow.customerName: x
@C@
                  Flow.typo: 1
            End: true
""", "FL202", "                  # {}", "                  Flow.note: '# {}'"),
}
#: Kinds that declare comments but can hold no finding to suppress: a Genesys file that is not a launch never gets one.
NEVER_A_FINDING = {"architect": "an Architect flow export", "not-a-body": "a file that is no launch body (a Compose file…)"}
WITH_COMMENTS = sorted(kind for kind, syntax in kinds.COMMENTS.items() if syntax.grammar or syntax.scripts or syntax.blocks)


def _text(kind: str, comment: str | None) -> str:
    template, form = CASES[kind][1], CASES[kind][3]
    if comment is None:
        return template.replace("@C@\n", "").replace("@C@", "")
    return template.replace("@C@", form.format(comment))


def _found(kind: str, text: str) -> list[dict[str, Any]]:
    return check_text(text, CASES[kind][0])


def test_every_kind_declaring_comments_has_a_case() -> None:
    assert len(WITH_COMMENTS) > 20 and "jenkinsfile" in WITH_COMMENTS and "hurl" in WITH_COMMENTS  # reached: the registry
    assert sorted({*CASES, *NEVER_A_FINDING}) == WITH_COMMENTS
    assert not kinds.COMMENTS["json"].grammar and not kinds.COMMENTS["postman"].grammar  # JSON takes none: per-file-ignores


@pytest.mark.parametrize("kind", sorted(CASES))
def test_a_comment_in_the_kinds_syntax_suppresses_the_finding(kind: str) -> None:
    code = CASES[kind][2]
    without = _found(kind, _text(kind, None))
    assert code in codes(without), without  # reached: the launch is read as its kind, and the finding made
    found = _found(kind, _text(kind, f"flowlint: ignore[{code}]"))
    assert code not in codes(found) and "FL009" not in codes(found), found
    assert sorted(codes(found)) == sorted(c for c in codes(without) if c != code)  # nothing else changed


@pytest.mark.parametrize("kind", sorted(CASES))
def test_a_comment_naming_another_rule_is_unused_and_the_finding_stays(kind: str) -> None:
    code = CASES[kind][2]
    found = _found(kind, _text(kind, "flowlint: ignore[FL104]"))
    assert code in codes(found) and "FL009" in codes(found), found


@pytest.mark.parametrize("kind", sorted(kind for kind in CASES if CASES[kind][4]))
def test_the_words_in_a_string_are_data_never_a_suppression(kind: str) -> None:
    name, template, code, _, in_string = CASES[kind]
    text = template.replace("@C@", in_string.format(f"flowlint: ignore[{code}]"))
    found = _found(kind, text)
    assert code in codes(found) and "FL009" not in codes(found), found
    assert suppressions(_kind_of(name, text), text) == []


def _kind_of(name: str, text: str) -> str:
    return kinds.source_kind(name, text.encode()) or ("jsonc" if name.endswith(".jsonc") else "yaml")


@pytest.mark.parametrize("kind", sorted(CASES))
def test_the_editors_quick_fix_writes_the_kinds_own_comment(kind: str) -> None:
    """The editor's quick fix (lsp/suppress_action.py) writes its comment with a marker the kind declares (or the code
    its line is in: a script's shell, a block's language), and it is proven: the finding goes, nothing else changes."""
    name, _, code, _, _ = CASES[kind]
    path = str(ROOT / "scratch" / name)
    text = _text(kind, None)

    def check(changed: str) -> list[Diagnostic]:
        return check_buffer(path, changed).diagnostics

    before = check(text)
    target = next(d for d in before if d.code == code)  # reached: the editor's check finds it
    edit = suppression_edit(path, text, before, target, check)
    if kind in ("npm-scripts", "notebook"):  # no comment on a line of its own in their JSON: none offered
        assert edit is None
        return
    assert edit is not None, (kind, [d.code for d in before])
    written = edit.content.strip()
    syntax = kinds.COMMENTS[_kind_of(name, text)]
    declared = {*syntax.markers, *(kinds.COMMENTS["shell"].markers if syntax.scripts else ())}
    if kind in ("markdown", "html"):  # the block's language's
        declared = {"#", "//"}
    assert written.startswith(tuple(declared)) and f"flowlint: ignore[{code}]" in written, written
    assert code not in {d.code for d in check(text[:edit.start] + edit.content + text[edit.end:])}


@pytest.mark.parametrize("kind", sorted(CASES))
def test_fix_removes_an_unused_suppression_and_nothing_else(kind: str, tmp_path: Path) -> None:
    """--fix removes a comment that suppresses nothing (FL009, as docs/suppression.md says) in the kind's syntax, and
    leaves the file as --fix leaves it without the comment."""
    name = CASES[kind][0]

    def fixed(text: str) -> str:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
        flowlint("check", "--no-cache", "--contracts", STORE, "--fix", str(path))
        return path.read_text()

    unused = _text(kind, "flowlint: ignore[FL104]")
    assert "FL009" in codes(_found(kind, unused))  # reached: the comment is read, and unused
    after = fixed(unused)
    assert "flowlint:" not in after
    if kind == "notebook":  # (the cell keeps its line, emptied: its JSON string is not the file's line)
        after = after.replace('    "\\n",\n', "")
    assert after == fixed(_text(kind, None))


def test_a_hurl_comment_ending_the_request_line_is_no_part_of_the_url() -> None:
    # Hurl escapes a `#` in a URL (`\\#`): one after the URL starts a comment. It was read into the URL, whose path then
    # ended in blanks: an FL308 error (no such endpoint) on a right path.
    text = f"POST {GOOD}  # flowlint: ignore[FL302]\nContent-Type: application/json\n{BODY}\nHTTP 202\n"
    assert codes(check_text(text.replace("  # flowlint: ignore[FL302]", ""), "launch.hurl")) == []  # reached: read, clean
    assert codes(check_text(text, "launch.hurl")) == ["FL009"]
    assert codes(check_text(text.replace(GOOD, BAD), "launch.hurl")) == []


def test_a_hurl_comment_ending_a_header_or_the_bodys_last_line_is_no_part_of_them() -> None:
    # One ending a JSON body's last line (`}  # why`, where the docs put a comment covering a body) was read into the
    # JSON: an FL001 error; one ending a header line was read into its value.
    body = BODY.replace('"x"}}', '"x", "Flow.typo": 1}}')
    text = f"POST {GOOD}\nContent-Type: application/json  # json\n{body}@C@\nHTTP 202\n"
    assert codes(check_text(text.replace("@C@", ""), "launch.hurl")) == ["FL202"]  # reached: the body is judged
    assert codes(check_text(text.replace("@C@", "  # flowlint: ignore[FL202]"), "launch.hurl")) == []
    assert codes(check_text(text.replace("@C@", "  # the old input"), "launch.hurl")) == ["FL202"]
    [request] = hurl.extract(text.replace("@C@", ""))
    assert request.headers is not None and (span := request.headers[0].span) is not None
    assert text[span[0]:span[1]] == "Content-Type: application/json"


@pytest.mark.parametrize(("name", "page", "form"), [
    ("guide.rst", "Launch\n======\n\n.. code-block:: bash\n\n@C@\n   {curl}\n", "   # {}"),
    ("guide.adoc", "= Launch\n\n[source,bash]\n----\n@C@\n{curl}\n----\n", "# {}"),
    ("quoted.md", "> Launch it:\n>\n> ```sh\n@C@\n> {curl}\n> ```\n", "> # {}"),
    ("untagged.md", "Launch it:\n\n```\n@C@\n$ {curl}\n```\n", "# {}"),
])
def test_a_documentation_pages_other_blocks_take_their_languages_comments(name: str, page: str, form: str) -> None:
    """The blocks the page's reader reads but its fences do not tell (a reStructuredText or AsciiDoc block, a fence in a
    quote, an untagged block running curl): their comments were never read."""
    text = page.replace("{curl}", CURL)
    assert "FL302" in codes(check_text(text.replace("@C@\n", ""), name))  # reached: the block is read as a shell's
    found = check_text(text.replace("@C@", form.format("flowlint: ignore[FL302]")), name)
    assert "FL302" not in codes(found) and "FL009" not in codes(found), found


def test_a_notebooks_bash_cell_takes_shell_comments_and_a_markdown_heading_is_none() -> None:
    """A `%%bash` cell is a shell's: its `#` comment suppresses; a Markdown cell's `# flowlint: ignore[…]` is a heading,
    and a Python string's words are data: neither suppresses."""
    call = f'requests.post("{BAD}", json={{"flowId": "{UUID}"}}, headers={{"Authorization": f"Bearer {{t}}"}})'

    def notebook(*cells: tuple[str, list[str]]) -> str:
        return json.dumps({"cells": [{"cell_type": kind, "metadata": {}, "source": source,
                                      **({"execution_count": None, "outputs": []} if kind == "code" else {})}
                                     for kind, source in cells],
                           "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}},
                           "nbformat": 4, "nbformat_minor": 5}, indent=1) + "\n"

    bash = ["%%bash\n", "@C@", CURL]
    assert codes(check_text(notebook(("code", [line for line in bash if line != "@C@"])), "a.ipynb")).count("FL302") == 1
    found = check_text(notebook(("code", [line.replace("@C@", "# flowlint: ignore[FL302]\n") for line in bash])), "a.ipynb")
    assert "FL302" not in codes(found) and "FL009" not in codes(found), found
    heading = notebook(("markdown", ["# flowlint: ignore[FL302]"]), ("code", [call]))
    assert "FL302" in codes(check_text(heading, "a.ipynb")) and "FL009" not in codes(check_text(heading, "a.ipynb"))
