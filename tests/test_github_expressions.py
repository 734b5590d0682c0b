"""A GitHub Actions `${{ … }}` expression is filled in by GitHub before the step's shell runs: wherever it stands in a
launch's JSON body (a bare value, a string's part, a key) it is an unknown value, never a syntax error; what is
written around it is still checked."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from validator.sources import github_actions

from conftest import codes, flowlint

STEP = """\
name: Launch
on: workflow_dispatch
jobs:
  launch:
    runs-on: ubuntu-latest
    steps:
      - name: Launch the callback flow
        run: |
          # don't retry: a launch is not idempotent
          curl -sS -X POST "https://api.${{ vars.GENESYS_DOMAIN }}/api/v2/flows/executions" \\
            -H "Authorization: Bearer ${{ steps.token.outputs.token }}" \\
            -H "Content-Type: application/json" \\
            -d '%s'
"""


def run(path: Path) -> list[dict[str, Any]]:
    result = flowlint("check", "--no-cache", "--format", "json", str(path))
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)["diagnostics"]  # type: ignore[no-any-return]


@pytest.mark.parametrize("body", [
    '{"flowId": "${{ vars.FLOW_ID }}", "inputData": {"Flow.attempts": ${{ vars.ATTEMPTS }}}}',
    '{"flowId": "${{ vars.FLOW_ID }}", "inputData": {"Flow.vip": ${{ inputs.vip }}, "Flow.n": ${{ fromJSON(vars.N) }}}}',
    '{"flowId": "${{ vars.FLOW_ID }}", "inputData": ${{ toJSON(github.event.inputs) }}}',
    '{"flowId": "${{ vars.FLOW_ID }}", "inputData": {"Flow.tags": [${{ vars.TAGS }}]}}',
])
def test_a_bare_expression_is_an_unknown_value(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, body: str) -> None:
    monkeypatch.chdir(tmp_path)
    path = tmp_path / ".github" / "workflows" / "launch.yml"
    path.parent.mkdir(parents=True)
    path.write_text(STEP % body)
    assert len(github_actions.extract(path.read_text())) == 1  # reached: read as a launch
    assert run(path) == []


def test_what_is_written_around_an_expression_is_still_checked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    path = tmp_path / ".github" / "workflows" / "launch.yml"
    path.parent.mkdir(parents=True)
    path.write_text(STEP % '{"flowId": "${{ vars.FLOW_ID }}", "inputs": {"Flow.attempts": ${{ vars.ATTEMPTS }}}}')
    found = run(path)
    assert codes(found) == ["FL101"], found
    line = path.read_text().splitlines()[found[0]["line"] - 1]
    assert line[found[0]["column"] - 1:].startswith('"inputs"')  # at its place in the workflow
