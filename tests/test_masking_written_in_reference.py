"""A reference that writes its token out is no reference: `Bearer $(echo TOKEN)`, `$(printf %s TOKEN)`, a backquoted
`echo TOKEN`, `${T:-TOKEN}`, a cookie's `sid=$(echo TOKEN)` send the token written in the file, so it is masked in every
output (text, json, sarif, --diff); `$(cat /run/secrets/t)` and `${{ secrets.T }}` write none and are shown."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import flowlint

URL = "https://api.mypurecloud.com/api/v2/flows/executions"
BODY = """-H "Content-Type: application/json" -d '{"flowID": "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90", "inputData": {}}'"""
TOKEN = "Zx9QpL3mK8vT2rW5yN7bC4dF6gH1jA0sQwErTy"
SECRET = "Kq8ZrT3vW9xY2bN5mP7sD4fG6hJ1kL0aQwErTyUiOp"
#: A header's option that writes its token inside a substitution or an expansion's default (reviewer C, s35 revC/23).
WRITTEN = (f'-H "Authorization: Bearer $(echo {TOKEN})"', f'-H "Authorization: Bearer $(printf %s {TOKEN})"',
           f'-H "Authorization: Bearer `echo {TOKEN}`"', f'-b "sid=$(echo {TOKEN})" -H "Authorization: Bearer $T"',
           f'-H "Authorization: Bearer ${{GC_TOKEN:-{TOKEN}}}"',
           f"-H \"Authorization: Bearer $(curl -s -u 'a1b2c3d4-0000-4000-8000-000000000001:{SECRET}' "
           "-d grant_type=client_credentials https://login.mypurecloud.com/oauth/token | jq -r .access_token)\"")
REFERENCES = ("$(cat /run/secrets/t)", "${{ secrets.T }}")
FORMATS = (("--format", "text"), ("--format", "json"), ("--format", "sarif"), ("--diff",))


@pytest.mark.parametrize("option", WRITTEN)
def test_a_token_written_in_a_reference_is_masked_in_every_output(tmp_path: Path, option: str) -> None:
    path = tmp_path / "launch.sh"
    path.write_text(f'#!/bin/bash\ncurl -X POST "{URL}" {option} {BODY}\n')
    for args in FORMATS:
        result = flowlint("check", "--no-cache", "--no-color", *args, str(path))
        assert "flowID" in result.stdout or "FL203" in result.stdout, (args, result.output)  # reached: the line reported
        assert TOKEN not in result.output and SECRET not in result.output, (args, result.output)


@pytest.mark.parametrize("reference", REFERENCES)
def test_a_reference_writing_no_token_is_still_shown(tmp_path: Path, reference: str) -> None:
    path = tmp_path / "launch.sh"
    path.write_text(f'#!/bin/bash\ncurl -X POST "{URL}" -H "Authorization: Bearer {reference}" {BODY}\n')
    for args in (("--format", "text"), ("--diff",)):
        result = flowlint("check", "--no-cache", "--no-color", *args, str(path))
        assert f"Bearer {reference}" in result.stdout, (args, result.output)


def test_a_token_echoed_in_a_workflow_step_is_masked(tmp_path: Path) -> None:
    path = tmp_path / ".github" / "workflows" / "ci.yml"
    path.parent.mkdir(parents=True)
    path.write_text("on: [push]\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n"
                    f'          curl -X POST "{URL}" -H "Authorization: Bearer `echo {TOKEN}`" {BODY}\n')
    for args in FORMATS:
        result = flowlint("check", "--no-cache", "--no-color", *args, str(path))
        assert "flowID" in result.stdout or "FL102" in result.stdout, (args, result.output)  # reached
        assert TOKEN not in result.output, (args, result.output)
