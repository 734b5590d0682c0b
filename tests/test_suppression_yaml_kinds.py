"""A `# flowlint: ignore` in a YAML file whose kind is told by its content (an Artillery script, a GitHub Actions
workflow) suppresses as in any YAML file: the kind its comments were looked for in was told by the name alone, none,
so no comment of such a file was ever read (the finding stayed, and --fix kept it)."""

from __future__ import annotations

import pytest

from conftest import UUID, check_text, codes

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
          json:
            flowId: "{UUID}"
            inputData:
              Flow.customerName: x
              Flow.typo: 1@COMMENT@
"""
WORKFLOW = f"""\
on: push
jobs:
  launch:
    runs-on: ubuntu-latest
    steps:
      - run: curl -X POST "https://api.mypurecloud.com/api/v2/flows/executions" -H "Authorization: Bearer $TOKEN" \
-H 'Content-Type: application/json' -d '{{"flowId":"{UUID}","inputData":{{"Flow.customerName":"x","Flow.typo":1}}}}'\
@COMMENT@
"""


@pytest.mark.parametrize(("name", "text"), [("load.yml", ARTILLERY), ("launch.yml", WORKFLOW)])
def test_a_comment_on_the_finding_line_suppresses_it(name: str, text: str) -> None:
    assert codes(check_text(text.replace("@COMMENT@", ""), name)) == ["FL202"]  # reached: the launch is read and judged
    assert codes(check_text(text.replace("@COMMENT@", "  # flowlint: ignore[FL202]"), name)) == []
    assert codes(check_text(text.replace("@COMMENT@", "  # flowlint: ignore[FL203]"), name)) == ["FL202", "FL009"]
