"""A Jenkinsfile's comment after a step (`sh 'x' // see OPS-12 (`) is no part of its arguments: its brackets were
counted, so an unbalanced one swallowed the steps after it, and their launch went unread with a wrong FL011 reason
(reviewer item 9). The step scanners now skip comments as the block scanner does."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import check_file, codes

URL = "https://api.mypurecloud.com/api/v2/flows/executions"
LAUNCH = (f"    sh '''curl -X POST {URL} -H 'Content-Type: application/json' "
          """-d '{"flowId": "2b7e8c1e-9a4b-4c1d-8f3e-1a2b3c4d5e6f", "inputData": {"x": "a"}}' '''\n""")


@pytest.mark.parametrize("comment", ["// step 1 (see OPS-12", "// [draft", "/* { */", "// no bracket at all"])
def test_a_comment_after_a_step_does_not_swallow_the_next(tmp_path: Path, comment: str) -> None:
    text = f"node {{\n  stage('notify') {{\n    sh 'echo launching' {comment}\n{LAUNCH}  }}\n}}\n"
    assert codes(check_file(tmp_path, "Jenkinsfile", text, contract_findings=False)) == [], comment
    found = check_file(tmp_path, "Jenkinsfile", text)
    assert "FL203" in codes(found), (comment, found)  # read: `x` lacks the Flow. prefix


def test_a_comment_between_named_arguments_is_skipped(tmp_path: Path) -> None:
    text = (f"node {{\n  sh label: 'launch', // the launch (OPS-12\n     script: '''curl -X POST {URL} "
            """-H 'Content-Type: application/json' -d '{"flowId": "callback"}' '''\n}\n""")
    assert "FL104" in codes(check_file(tmp_path, "Jenkinsfile", text))
