"""FL011 per mention in request files: a launch read in a file does not hide another mention of the endpoint that
flowlint could not read (another fence, command, workflow step or Terraform block); a mention in the unit of a
request read, in a comment, in a status read's path, or bound to a name used elsewhere is not said."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import flowlint

_URL = "https://api.mypurecloud.ie/api/v2/flows/executions"
_CURL = f"curl -X POST {_URL} -H 'Content-Type: application/json' -d '{{\"flowId\": \"1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b\"}}'"


def _findings(tmp_path: Path, name: str, text: str) -> list[tuple[str, int, str]]:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    result = flowlint("check", "--no-cache", "--format", "json", str(path))
    assert result.exit_code == 0, result.output
    return [(d["code"], d["line"], d["message"]) for d in json.loads(result.stdout)["diagnostics"]]


def _read_and_noted(findings: list[tuple[str, int, str]], read_line: int) -> list[int]:
    """The lines of the unread-mention notes, after asserting the launch at `read_line` was read (FL200: no contract)."""
    assert ("FL200", read_line) in [(code, line) for code, line, _ in findings], findings
    return [line for code, line, message in findings if code == "FL011" and "this mention" in message]


def test_markdown_fences_beside_a_read_curl_are_each_noted(tmp_path: Path) -> None:
    text = (f"# Launch\n\n```bash\n{_CURL}\n```\n\n```bash\nlwp-request -m POST {_URL} < body.json\n```\n\n"
            f"```powershell\nInvoke-RestMethod -Method Post -Uri \"{_URL}\" -Body $b\n# again {_URL}\n```\n")
    assert _read_and_noted(_findings(tmp_path, "launching.md", text), 4) == [8, 12]


def test_a_shell_script_notes_an_unread_command_beside_a_read_curl(tmp_path: Path) -> None:
    text = (f"#!/bin/bash\n# POST {_URL} below\n{_CURL}\n"
            f"lwp-request -m POST {_URL} < body.json\n"
            f"curl {_URL}/$RUN_ID\n")
    findings = _findings(tmp_path, "launch.sh", text)
    assert _read_and_noted(findings, 3) == [4]
    assert "`lwp-request`" in next(message for code, _, message in findings if code == "FL011")


def test_a_url_bound_to_a_name_used_elsewhere_is_not_said(tmp_path: Path) -> None:
    text = f"URL={_URL}\n{_CURL}\ncurl -X POST \"$URL\" --json @body.json\n"
    findings = _findings(tmp_path, "launch.sh", text)
    assert _read_and_noted(findings, 2) == []


def test_a_workflow_notes_steps_it_does_not_read(tmp_path: Path) -> None:
    text = f"""name: launch
on: workflow_dispatch
jobs:
  launch:
    runs-on: ubuntu-latest
    steps:
      - uses: fjogeleit/http-request-action@v1
        with:
          url: {_URL}
          method: POST
      - run: >-
          curl -X POST {_URL}
          -H 'Content-Type: application/json' -d '{{"flowId": "1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b"}}'
      - uses: actions/github-script@v7
        with:
          script: |
            await fetch('{_URL}', {{ method: 'POST', body: JSON.stringify({{ flowID: 1 }}) }});
"""
    findings = _findings(tmp_path, ".github/workflows/launch.yml", text)
    assert _read_and_noted(findings, 13) == [9, 17]


@pytest.mark.parametrize("second", [
    'resource "null_resource" "launch" {\n  provisioner "local-exec" {\n'
    f'    command = "curl -X POST {_URL} -d @body.json"\n  }}\n}}\n',
])
def test_terraform_notes_a_block_beside_a_read_action(tmp_path: Path, second: str) -> None:
    action = f'''resource "genesyscloud_integration_action" "launch" {{
  name = "Launch"
  config_request {{
    request_url_template = "{_URL}"
    request_type         = "POST"
    request_template     = "{{\\"flowId\\": \\"1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b\\"}}"
  }}
}}
'''
    findings = _findings(tmp_path, "main.tf", action + "# launches " + _URL + "\n" + second)
    noted = [line for code, line, message in findings if code == "FL011" and "this mention" in message]
    assert any(code == "FL200" for code, _, _ in findings), findings  # the action's launch was read
    assert noted == [12]
