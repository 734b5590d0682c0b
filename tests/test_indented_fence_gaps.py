"""A Markdown indented code block that holds fences (a list item's fence written too deep) is read as the fences its
author meant, and its lines outside them as the indented code they are: a launch there is read, a mention there is said
(FL011), none is silently passed over."""

from __future__ import annotations

from pathlib import Path

from validator.sources.blocks import markdown_code

from conftest import check_file

FLOW = "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90"
URL = "https://api.mypurecloud.com/api/v2/flows/executions"
DOC = f"""# Launch

1. Launch the flow:

        curl -X POST {URL} -H "Authorization: Bearer $TOKEN" --json '{{"flowId": "{FLOW}", "type": "flow"}}'

        ```json
        {{"flowId": "{FLOW}"}}
        ```

2. Or with wget:

        wget --post-file=body.json {URL}

        ```bash
        curl -X POST {URL} --json '{{"flowId": "{FLOW}"}}'
        ```
"""


def test_the_lines_around_the_fences_are_indented_code() -> None:
    blocks = [(info, code.strip().split()[0], shape) for info, code, _, shape in markdown_code(DOC)]
    assert blocks == [("", "curl", "indented"), ("json", '{"flowId":', "fence"), ("", "wget", "indented"),
                      ("bash", "curl", "fence")]
    for _, code, where, _ in markdown_code(DOC):  # each character where the file writes it
        assert not isinstance(where, int) and all(DOC[where[k]] == code[k] for k in range(len(code)))


def test_a_launch_and_a_mention_outside_the_fences_are_said(tmp_path: Path) -> None:
    found = [(d["code"], d["line"]) for d in check_file(tmp_path, "README.md", DOC, contract_findings=False)]
    assert found == [("FL101", 5), ("FL011", 8), ("FL011", 13)]  # (8: the json body block, noted though a launch is read)
