"""A member key made at run time (a GitHub `${{ … }}`, a shell `$KEY`, a `{{variable}}` the file does not define) may
be any member: the object holding it is open, as a computed key in code is. No FL201 for a required input it may be,
no FL202/FL102 for the key itself, and no message quotes the reader's stand-in for it (`{{$__0___}}`)."""

from __future__ import annotations

from pathlib import Path

from validator.core.unknown import OpenObject
from validator.sources import github_actions

from conftest import UUID, diagnostics

WORKFLOW = f"""name: l
on: workflow_dispatch
jobs:
  l:
    runs-on: ubuntu-latest
    strategy:
      matrix:
        input: [customerName, agentId]
    steps:
      - run: |
          curl -X POST https://api.mypurecloud.com/api/v2/flows/executions -H 'Content-Type: application/json' \\
            -d '{{"flowId": "{UUID}", "inputData": {{"Flow.${{{{ matrix.input }}}}": "x"}}}}'
      - run: |
          curl -X POST https://api.mypurecloud.com/api/v2/flows/executions -H 'Content-Type: application/json' \\
            -d '{{"flowId": "{UUID}", "${{{{ inputs.k }}}}": 1, "inputData": {{"Flow.customerName": "x", "Flow.nmae": 2}}}}'
"""

SHELL = (f"curl -X POST https://api.mypurecloud.com/api/v2/flows/executions -H 'Content-Type: application/json' "
         f"""-d '{{"flowId": "{UUID}", "inputData": {{"Flow.'"$KEY"'": "x"}}}}'\n""")

HTTP = f"""POST https://api.mypurecloud.com/api/v2/flows/executions
Content-Type: application/json

{{"flowId": "{UUID}", "{{{{m}}}}": 1, "inputData": {{"Flow.{{{{k}}}}": "x", "Flow.nmae": 2}}}}
"""


def test_an_expression_key_leaves_the_object_open() -> None:
    first, second = github_actions.extract(WORKFLOW)
    assert isinstance(first.body, dict) and isinstance(second.body, dict)  # reached: both launches read
    assert isinstance(first.body["inputData"], OpenObject) and first.body["inputData"] == {}
    assert isinstance(second.body, OpenObject) and set(second.body) == {"flowId", "inputData"}


def test_no_finding_rests_on_an_unknown_key(tmp_path: Path) -> None:
    workflow = tmp_path / ".github" / "workflows" / "l.yml"
    workflow.parent.mkdir(parents=True)
    workflow.write_text(WORKFLOW)
    (tmp_path / "launch.sh").write_text(SHELL)
    (tmp_path / "launch.http").write_text(HTTP)
    found = diagnostics("--no-cache", str(tmp_path))
    codes = sorted((Path(d["file"]).name, d["code"]) for d in found if d["severity"] == "error")
    # reached: the contract is checked (the known wrong key around the unknown one is still said)
    assert codes == [("l.yml", "FL202"), ("launch.http", "FL202")], found
    assert all("Flow.nmae" in d["message"] and "{{" not in d["message"] for d in found if d["code"] == "FL202")
