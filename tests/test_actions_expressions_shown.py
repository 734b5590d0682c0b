"""A GitHub Actions `${{ … }}` expression a finding quotes is shown as the workflow writes it, not as the blank the
shell reader reads in its place (`/${________________}`)."""

from __future__ import annotations

from pathlib import Path

from validator.core.unknown import Unknown
from validator.sources import github_actions

from conftest import UUID, flowlint

WORKFLOW = f"""name: l
on: workflow_dispatch
jobs:
  l:
    runs-on: ubuntu-latest
    steps:
      - run: |
          curl -sf -X POST "https://api.mypurecloud.ie/api/v2/flows/executions" \\
            -H "Authorization: Bearer ${{{{ secrets.GC_TOKEN }}}}" -H "Content-Type: application/json" \\
            -d '{{"flowId": "{UUID}", "inputData": {{"Flow.customerName": "${{{{ github.actor }}}}"}}}}'
      - run: |
          curl -sf -X POST "https://api.mypurecloud.ie/api/v2/flows/executions/${{{{ vars.FLOW_ID }}}}" \
            -H "Content-Type: application/json" -d '{{"flowId": "${{{{ vars.FLOW_ID }}}}"}}'
"""


def test_a_finding_quotes_the_expression_as_written(tmp_path: Path) -> None:
    path = tmp_path / ".github" / "workflows" / "l.yml"
    path.parent.mkdir(parents=True)
    path.write_text(WORKFLOW)
    result = flowlint("check", "--no-cache", "--no-color", str(path))
    assert "FL106" in result.stdout, result.stdout  # reached: the URL's extra path said
    assert "the URL puts `/${{ vars.FLOW_ID }}` after /api/v2/flows/executions" in result.stdout, result.stdout
    assert "__" not in result.stdout.split("\n")[0]


def test_each_expression_is_its_own_unknown_value() -> None:
    first, second = github_actions.extract(WORKFLOW)
    assert first.headers and isinstance(first.body, dict)  # reached: both launches read
    token = first.headers[0].value
    assert not isinstance(token, Unknown) and token.shown() == "Bearer ${{ secrets.GC_TOKEN }}"
    name = first.body["inputData"]["Flow.customerName"]
    assert isinstance(name, Unknown) and name.source == "${{ github.actor }}"
    assert second.url is not None and second.url.shown().endswith("/executions/${{ vars.FLOW_ID }}")
