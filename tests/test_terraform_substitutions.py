"""A `genesyscloud_flow` resource's `substitutions = {…}` fill its Architect YAML's `{{placeholders}}` before the
provider deploys it (each `{{key}}`, written exactly so, replaced by the value's text). A data action launching that
resource's flow is checked against the filled contract: a placeholder a literal fills is known; one a variable
fills, one written another way (`{{ key }}`) or one no substitution names stays unknown, as before (2265fa3)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from validator.contracts.architect import load_flow_yaml
from validator.sources import terraform

from conftest import codes, flowlint

WORKFLOW = """\
workflow:
  name: "{{flow_name}}"
  defaultLanguage: en-us
  variables:
    - stringVariable:
        name: "{{input_name}}"
        initialValue:
          noValue: true
        isInput: true
        isOutput: false
    - integerVariable:
        name: Flow.count
        initialValue:
          noValue: true
        isInput: {{expose_count}}
        isOutput: false
"""


def flow_tf(substitutions: str, name: str = "callback", path: str = "flows/callback.yaml") -> str:
    return f"""\
resource "genesyscloud_flow" "{name}" {{
  filepath          = "${{path.module}}/{path}"
  file_content_hash = filesha256("${{path.module}}/{path}")
  substitutions = {substitutions}
}}
"""


def action_tf(inputs: str, flow: str = "callback", label: str = "launch") -> str:
    return f"""\
resource "genesyscloud_integration_action" "{label}" {{
  name           = "Launch {label}"
  category       = "Launches"
  integration_id = "0b9d1c2e-3f4a-4b5c-8d6e-7f8091a2b3c4"
  config_request {{
    request_url_template = "/api/v2/flows/executions"
    request_type         = "POST"
    request_template     = jsonencode({{
      flowId    = genesyscloud_flow.{flow}.id
      inputData = {inputs}
    }})
    headers = {{ Content-Type = "application/json" }}
  }}
}}
"""


SENT_WRONG = '{ "Flow.orderId" = "$${input.id}" }'  # the flow's input is Flow.customerId
SENT_RIGHT = '{ "Flow.customerId" = "$${input.id}" }'


@pytest.fixture
def module(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "flows").mkdir()
    (tmp_path / "flows" / "callback.yaml").write_text(WORKFLOW)
    return tmp_path


def check(module: Path, *files: str) -> list[dict[str, Any]]:
    result = flowlint("check", "--no-cache", "--format", "json", *files)
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)["diagnostics"]  # type: ignore[no-any-return]


LITERALS = '{\n    flow_name = "Callback"\n    input_name = "Flow.customerId"\n    expose_count = false\n  }'


def test_literal_substitutions_fill_the_contract(module: Path) -> None:
    (module / "flows.tf").write_text(flow_tf(LITERALS))
    (module / "actions.tf").write_text(action_tf(SENT_WRONG))
    found = check(module, "actions.tf")
    assert codes(found) == ["FL202"], found
    (module / "actions.tf").write_text(action_tf(SENT_RIGHT))
    assert check(module, "actions.tf") == []
    # `isInput: {{expose_count}}` filled with false: Flow.count is no input
    (module / "actions.tf").write_text(action_tf('{ "Flow.customerId" = "a", "Flow.count" = 2 }'))
    assert codes(check(module, "actions.tf")) == ["FL202"]


def test_the_flow_resource_in_the_same_file_fills_too(module: Path) -> None:
    (module / "main.tf").write_text(flow_tf(LITERALS) + action_tf(SENT_WRONG))
    assert codes(check(module, "main.tf")) == ["FL202"]


def test_the_tf_json_flow_resource_fills_too(module: Path) -> None:
    resource = {"resource": {"genesyscloud_flow": {"callback": {
        "filepath": "${path.module}/flows/callback.yaml",
        "substitutions": {"flow_name": "Callback", "input_name": "Flow.customerId", "expose_count": True}}}}}
    (module / "flows.tf.json").write_text(json.dumps(resource))
    (module / "actions.tf").write_text(action_tf(SENT_WRONG))
    assert codes(check(module, "actions.tf")) == ["FL202"]
    (module / "actions.tf").write_text(action_tf('{ "Flow.customerId" = "a", "Flow.count" = "two" }'))
    assert codes(check(module, "actions.tf")) == ["FL204"]  # exposed (true): typed as an integer


@pytest.mark.parametrize("substitutions", [
    '{ input_name = var.input_name }',  # a variable: not known here
    '{ input_name = "${var.prefix}customerId" }',  # an interpolation
    '{ flow_name = "Callback" }',  # the input's placeholder is not filled: the provider leaves it as written
    'var.substitutions',  # the whole map a variable
    'merge(local.base, { input_name = "Flow.customerId" })',  # a map made when Terraform runs
    '{ input_name = "Flow.{{x}}" }',  # a value holding a placeholder: filled in no known order
    '{ (var.key) = "Flow.a", input_name = "Flow.customerId" }',  # a computed key may be input_name
    '{ input_name = "Flow.%{ if true }customerId%{ endif }" }',  # a directive: rendered when Terraform runs
])
def test_a_placeholder_not_filled_by_a_literal_stays_unknown(module: Path, substitutions: str) -> None:
    (module / "flows.tf").write_text(flow_tf(substitutions))
    (module / "actions.tf").write_text(action_tf(SENT_WRONG))
    launches = terraform.extract((module / "actions.tf").read_text(), str(module / "actions.tf"))
    assert (launches[0].flow_file or "").endswith("callback.yaml")  # reached: linked to the flow
    assert check(module, "actions.tf") == []
    (module / "actions.tf").write_text(action_tf('{ "Flow.count" = "two" }'))
    assert codes(check(module, "actions.tf")) == ["FL204"]  # reached: the contract is read (Flow.count may be input)


def test_an_override_file_may_replace_the_substitutions(module: Path) -> None:
    (module / "flows.tf").write_text(flow_tf(LITERALS))
    (module / "flows_override.tf").write_text('resource "genesyscloud_flow" "callback" {\n  substitutions = var.s\n}\n')
    (module / "actions.tf").write_text(action_tf(SENT_WRONG))
    assert check(module, "actions.tf") == []
    (module / "flows_override.tf").unlink()
    assert codes(check(module, "actions.tf")) == ["FL202"]  # reached: without it, filled


def test_a_module_directory_listed_in_part_may_hold_an_override(module: Path) -> None:
    (module / "main.tf").write_text(flow_tf(LITERALS) + action_tf(SENT_WRONG))
    assert codes(check(module, "main.tf")) == ["FL202"]  # reached: filled
    for n in range(200):  # (past the files a module directory is listed for: an override file may be among the rest)
        (module / f"v{n:03}.tf").write_text("")
    assert check(module, "main.tf") == []


def test_a_placeholder_written_with_spaces_is_not_what_the_provider_fills(module: Path) -> None:
    (module / "flows" / "callback.yaml").write_text(WORKFLOW.replace("{{input_name}}", "{{ input_name }}"))
    (module / "flows.tf").write_text(flow_tf(LITERALS))
    (module / "actions.tf").write_text(action_tf(SENT_WRONG))
    assert check(module, "actions.tf") == []


def test_a_filling_that_breaks_the_yaml_leaves_the_placeholders_unknown(module: Path) -> None:
    (module / "flows.tf").write_text(flow_tf('{ input_name = "Flow.a\\": [" }'))
    (module / "actions.tf").write_text(action_tf(SENT_WRONG))
    assert check(module, "actions.tf") == []


def test_two_resources_of_one_yaml_fill_it_each_their_way(module: Path) -> None:
    (module / "flows.tf").write_text(flow_tf('{ input_name = "Flow.customerId" }')
                                     + flow_tf('{ input_name = "Flow.ticketId" }', name="orders"))
    (module / "actions.tf").write_text(action_tf(SENT_RIGHT) + action_tf(SENT_RIGHT, flow="orders", label="orders"))
    found = check(module, "actions.tf")
    assert codes(found) == ["FL202"] and found[0]["line"] > 15, found  # only the second action's launch


def test_a_templatefile_body_naming_the_flow_is_checked_against_the_filled_contract(module: Path) -> None:
    (module / "flows.tf").write_text(flow_tf(LITERALS))
    (module / "body.json.tftpl").write_text('{"flowId": "${flow_id}", "inputData": {"Flow.orderId": "x"}}\n')
    (module / "actions.tf").write_text(action_tf("{}").replace(
        'jsonencode({\n      flowId    = genesyscloud_flow.callback.id\n      inputData = {}\n    })',
        'templatefile("${path.module}/body.json.tftpl", { flow_id = genesyscloud_flow.callback.id })'))
    found = check(module, "actions.tf")
    assert codes(found) == ["FL202"], found


def test_load_flow_yaml_fills_only_exact_placeholders(tmp_path: Path) -> None:
    (tmp_path / "flow.yaml").write_text(WORKFLOW)
    unfilled = load_flow_yaml(tmp_path / "flow.yaml")
    assert unfilled.flow_name is None and unfilled.effective.get("additionalProperties") is True
    filled = load_flow_yaml(tmp_path / "flow.yaml", fills={"flow_name": "Callback", "input_name": "Flow.customerId",
                                                            "expose_count": "true"})
    assert filled.flow_name == "Callback"
    assert filled.declared == ("Flow.customerId", "Flow.count")
    assert filled.effective.get("additionalProperties") is False
