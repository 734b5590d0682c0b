"""A Terraform flow's `filepath = "./flow.yaml"` is named as the path it is (`terraform/flow.yaml`), never with a `./`
segment kept (`terraform/./flow.yaml`), in the help that says which file to update."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import diagnostics

WORKFLOW = """\
workflow:
  name: Callback
  defaultLanguage: en-us
  startUpRef: "/workflow/states/state[Start_10]"
  variables:
    - stringVariable:
        name: Flow.phoneNumber
        initialValue:
          noValue: true
        isInput: true
        isOutput: false
"""
TEMPLATE = '{\\"flowId\\": \\"${genesyscloud_flow.callback.id}\\", \\"inputData\\": {\\"Flow.zzzqqq\\": \\"$${input.phone}\\"}}'


@pytest.mark.parametrize("filepath", ["./flow.yaml", "flow.yaml", "${path.module}/./flow.yaml"])
def test_the_flow_files_path_is_named_without_dot_segments(tmp_path: Path, filepath: str) -> None:
    (tmp_path / "terraform").mkdir()
    (tmp_path / "terraform" / "flow.yaml").write_text(WORKFLOW)
    (tmp_path / "terraform" / "main.tf").write_text(f"""\
resource "genesyscloud_flow" "callback" {{
  filepath = "{filepath}"
}}
resource "genesyscloud_integration_action" "launch" {{
  name     = "Launch"
  category = "Genesys Cloud Data Action"
  config_request {{
    request_url_template = "/api/v2/flows/executions"
    request_type         = "POST"
    request_template     = "{TEMPLATE}"
    headers = {{ "Content-Type" = "application/json" }}
  }}
}}
""")
    [found] = [d for d in diagnostics("--no-cache", str(tmp_path)) if d["code"] == "FL202"]
    assert f"update {tmp_path / 'terraform' / 'flow.yaml'} if" in found["help"], found["help"]
