"""An Architect flow's YAML kept under another suffix (a Terraform template, `flow.yaml.tftpl`, rendered by
templatefile() before genesyscloud_flow deploys it) is the flow, never a launch body: named, it gets the one FL012 note
a `.yaml` flow gets, not FL103 and an FL102 for its `workflow` key. A file of another suffix that is no flow (two
top-level keys, one naming the flow) is still judged."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import diagnostics

pytestmark = pytest.mark.usefixtures("in_tmp")

FLOW = """workflow:
  name: ${flow_name}
  startUpRef: "/workflow/states/state[Initial State_11]"
  defaultLanguage: en-us
  variables:
    - stringVariable:
        name: Flow.conversationId
        initialValue:
          noValue: true
        isInput: true
  states:
    - state:
        name: Initial State
        refId: Initial State_11
        actions:
          - endWorkflow:
              name: End
"""


@pytest.mark.parametrize("name", ["flows/EventOrchestrator_Workflow.tftpl", "flows/callback.yaml.tpl", "flows/callback.j2"])
def test_a_named_architect_flow_under_another_suffix_gets_the_flow_s_note(name: str) -> None:
    Path(name).parent.mkdir(parents=True, exist_ok=True)
    Path(name).write_text(FLOW, encoding="utf-8")
    Path("flows/same.yaml").write_text(FLOW, encoding="utf-8")
    found = diagnostics("--no-cache", name, "flows/same.yaml")
    assert [(d["file"], d["code"]) for d in found] == [(name, "FL012"), ("flows/same.yaml", "FL012")], found
    assert found[0]["message"] == found[1]["message"] and "an Architect flow (workflow)" in found[0]["message"]


def test_one_unquoted_placeholder_still_makes_it_the_flow() -> None:
    Path("flow.tftpl").write_text(FLOW.replace("${flow_name}", "{{flow_name}}"), encoding="utf-8")  # no YAML until filled
    assert [d["code"] for d in diagnostics("--no-cache", "flow.tftpl")] == ["FL012"]


def test_a_launch_written_wrong_under_another_suffix_is_still_judged() -> None:
    Path("launch.tftpl").write_text("workflow: Customer Callback\ncustomerName: Jane\n", encoding="utf-8")
    codes = [d["code"] for d in diagnostics("--no-cache", "launch.tftpl")]
    assert "FL103" in codes and "FL012" not in codes


WRAPPED = 'workflow:\n  flowId: 3fa85f64-5717-4562-b3fc-2c963f66afa6\n  inputData:\n    orderId: "1"\n'


@pytest.mark.parametrize("name", ["launch.tpl", "launch.yml.j2", "launch.yaml"])
def test_a_launch_wrapped_under_a_flow_type_key_is_judged_not_taken_for_a_flow(name: str) -> None:
    Path(name).write_text(WRAPPED, encoding="utf-8")  # `workflow:` holding launch members, no flow's name/startUpRef
    found = diagnostics("--no-cache", name)
    assert [d["code"] for d in found] == ["FL101"], found
    assert "wraps a launch request" in found[0]["message"]


def test_a_flow_style_wrapped_launch_is_judged_too() -> None:
    Path("launch.tpl").write_text('workflow: {flowId: 3fa85f64-5717-4562-b3fc-2c963f66afa6, inputData: {a: "1"}}\n',
                                  encoding="utf-8")
    assert [d["code"] for d in diagnostics("--no-cache", "launch.tpl")] == ["FL101"]
