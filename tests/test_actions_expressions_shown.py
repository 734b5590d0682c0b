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


#: An expression holding `}}` in a string, one a folded `run: >-` goes on with over a line break, and a string holding
#: `''` (a quote) then `}}`.
EDGES = """name: e
on: push
jobs:
  l:
    runs-on: ubuntu-latest
    steps:
      - run: |
          curl -X POST "https://api.mypurecloud.com/api/v2/flows/executions/${{ fromJSON('{"a": "}}"}').a }}" \\
            -H 'Content-Type: application/json' -d '{"flowId": "x"}'
      - run: >-
          curl -X POST https://api.mypurecloud.com/api/v2/flows/executions/${{
          vars.FLOW_ID }} -H 'Content-Type: application/json' -d '{"flowId": "${{ vars.FLOW_ID }}"}'
      - run: |
          curl -X POST "https://api.mypurecloud.com/api/v2/flows/executions/${{ format('it''s }}{0}', vars.A) }}" \\
            --json '{"flowId": "y"}'
"""


def test_an_expression_holding_braces_in_a_string_or_over_a_folded_line_is_quoted_whole(tmp_path: Path) -> None:
    path = tmp_path / ".github" / "workflows" / "e.yml"
    path.parent.mkdir(parents=True)
    path.write_text(EDGES)
    said = [line for line in flowlint("check", "--no-cache", "--no-color", str(path)).stdout.splitlines() if ": FL" in line]
    assert [line.split(": ")[1].split()[0] for line in said] == ["FL106", "FL104", "FL106", "FL106", "FL104"], said
    assert """the URL puts `/${{ fromJSON('{"a": "}}"}').a }}` after""" in said[0]
    assert "the URL puts `/${{ vars.FLOW_ID }}` after" in said[2]
    assert "the URL puts `/${{ format('it''s }}{0}', vars.A) }}` after" in said[3]
    assert '`flowId` "x"' in said[1] and '`flowId` "y"' in said[4]  # (each body read after its URL's expression)


def test_an_unclosed_expression_costs_linear_time() -> None:
    from validator.sources.github_actions import _EXPRESSION_LENGTH, _expression_end

    hostile = "${{ " + "'" * (_EXPRESSION_LENGTH * 4) + "}}"
    assert _expression_end(hostile, 0) is None  # (never closed within the bound: its quotes pair up)
    assert _expression_end("${{ 'a''}}' }}", 0) == len("${{ 'a''}}' }}")
