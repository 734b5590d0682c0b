"""Terraform bodies built with `merge()` and `for` expressions, and the hashicorp/http provider's `data "http"` block.

`inputData = merge(local.base, { "Flow.x" = var.y })` was one unknown value: its written members were never judged,
and nothing said so. merge() is now the object Terraform makes: what can be read is judged, an argument that cannot
be read leaves the object open (never a missing input) and the values written before it unknown. A `{for …}` object
is an object with members not known. A `data "http"` block posting to the launch endpoint was only a bare FL011: its
request is now read and judged like a data action's.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import codes, flowlint

WORKFLOW = """\
workflow:
  name: Callback
  defaultLanguage: en-us
  variables:
    - integerVariable:
        name: Flow.attempts
        initialValue:
          noValue: true
        isInput: true
        isOutput: false
    - stringVariable:
        name: Flow.reason
        initialValue:
          noValue: true
        isInput: true
        isOutput: false
"""


def action(input_data: str, prelude: str = "") -> str:
    return f"""\
{prelude}
resource "genesyscloud_flow" "callback" {{
  filepath = "${{path.module}}/flows/callback.yaml"
}}
resource "genesyscloud_integration_action" "launch" {{
  name     = "Launch"
  category = "Genesys Cloud Data Actions"
  config_request {{
    request_url_template = "/api/v2/flows/executions"
    request_type         = "POST"
    headers              = {{ "Content-Type" = "application/json" }}
    request_template = jsonencode({{
      flowId    = genesyscloud_flow.callback.id
      inputData = {input_data}
    }})
  }}
}}
"""


def run(tmp_path: Path, text: str, *options: str) -> list[dict[str, Any]]:
    (tmp_path / "flows").mkdir(exist_ok=True)
    (tmp_path / "flows" / "callback.yaml").write_text(WORKFLOW)
    (tmp_path / "main.tf").write_text(text)
    result = flowlint("check", "--no-cache", "--format", "json", *options, "main.tf")
    assert result.exit_code in (0, 1), result.output
    found: list[dict[str, Any]] = json.loads(result.stdout)["diagnostics"]
    return found


LOCAL_BASE = 'locals {\n  base = { "Flow.reason" = "callback" }\n}\nvariable "y" { type = number }\n'


def test_merge_of_a_local_and_an_object_is_read_and_judged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    # both arguments read: a wrong type in the written object is judged, where it is written
    found = run(tmp_path, action('merge(local.base, { "Flow.attempts" = "three" })', LOCAL_BASE))
    assert codes(found) == ["FL204"], found
    assert found[0]["pointer"] == "/inputData/Flow.attempts"
    # an input the flow does not declare, in the object merged after the local
    found = run(tmp_path, action('merge(local.base, { "Flow.attempt" = 3 })', LOCAL_BASE))
    assert codes(found) == ["FL202"], found
    # the same launch written right is read (its input judged, the local's too) and passes
    assert run(tmp_path, action('merge(local.base, { "Flow.attempts" = var.y })', LOCAL_BASE)) == []
    assert codes(run(tmp_path, action('merge({ "Flow.reason" = 7 }, { "Flow.attempts" = 3 })'))) == ["FL204"]


def test_an_argument_not_read_leaves_the_object_open_and_earlier_values_unknown(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    # reached: read whole (an empty object merged after it), the value written is judged
    assert codes(run(tmp_path, action('merge({ "Flow.attempts" = "three" }, {}, null)'))) == ["FL204"]
    # var.extra may replace Flow.attempts' value: its "three" is not what is known to be sent, so not judged
    prelude = 'variable "extra" { type = map(string) }\n'
    assert run(tmp_path, action('merge({ "Flow.attempts" = "three" }, var.extra)', prelude)) == []
    # what is written after it is what is sent: judged
    found = run(tmp_path, action('merge(var.extra, { "Flow.attempts" = "three" })', prelude))
    assert codes(found) == ["FL204"], found
    # a key without the Flow. prefix is judged even with no contract's say on values
    assert "FL203" in codes(run(tmp_path, action('merge(var.extra, { "attempts" = 3 })', prelude)))


def test_a_for_expression_is_an_object_whose_members_are_not_known(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    prelude = 'variable "inputs" { type = map(string) }\n'
    comprehension = '{ for k, v in var.inputs : "Flow.${k}" => v }'
    # reached: the envelope around it is still judged
    found = run(tmp_path, action(comprehension, prelude).replace("flowId    = genesyscloud_flow.callback.id",
                                                                  'flowId = "callback"'))
    assert codes(found) == ["FL104"], found
    assert run(tmp_path, action(comprehension, prelude)) == []
    assert run(tmp_path, action(f'merge({comprehension}, {{ "Flow.attempts" = 3 }})', prelude)) == []
    assert codes(run(tmp_path, action(f'merge({comprehension}, {{ "Flow.attempts" = "3" }})', prelude))) == ["FL204"]


HTTP_DATA = """\
variable "token" { type = string }
variable "extra" { type = map(string) }

data "http" "launch" {
  url    = "https://api.mypurecloud.com/api/v2/flows/executions"
  method = "POST"
  request_headers = {
    Content-Type  = "application/json"
    Authorization = "Bearer ${var.token}"
  }
  request_body = BODY
}
"""
FLOW_ID = "2b7e8c1e-9a4b-4c1d-8f3e-1a2b3c4d5e6f"


@pytest.mark.parametrize("body", [
    'jsonencode({\n    flowId = "callback"\n    inputData = merge(var.extra, { "attempts" = "1" })\n  })',
    '<<-EOT\n    {"flowId": "callback", "inputData": {"attempts": "${var.token}"}}\n  EOT',
])
def test_a_data_http_launch_is_read_and_judged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, body: str) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "main.tf").write_text(HTTP_DATA.replace("BODY", body))
    result = flowlint("check", "--no-cache", "--format", "json", "main.tf")
    found = json.loads(result.stdout)["diagnostics"]
    assert sorted(codes(found)) == ["FL104", "FL203"], found
    right = body.replace('"callback"', f'"{FLOW_ID}"').replace('"attempts"', '"Flow.attempts"')
    (tmp_path / "main.tf").write_text(HTTP_DATA.replace("BODY", right))
    result = flowlint("check", "--no-cache", "--format", "json", "-v", "main.tf")
    found = json.loads(result.stdout)["diagnostics"]
    assert codes(found) == ["FL200"], found  # read: its flow ID has no contract here; nothing else to say


def test_a_data_http_block_with_the_wrong_method_or_no_body_is_told(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    body = f'jsonencode({{ flowId = "{FLOW_ID}" }})'
    (tmp_path / "main.tf").write_text(HTTP_DATA.replace("BODY", body).replace('  method = "POST"\n', ""))
    found = json.loads(flowlint("check", "--no-cache", "--format", "json", "main.tf").stdout)["diagnostics"]
    assert [code for code in codes(found) if code != "FL200"] == ["FL301"], found  # GET, the provider's default
    assert 'method = "POST"' in found[0]["help"]
    # a Content-Type the block does not write is the provider's: not judged
    (tmp_path / "main.tf").write_text(HTTP_DATA.replace("BODY", body).replace('    Content-Type  = "application/json"\n', ""))
    found = json.loads(flowlint("check", "--no-cache", "--format", "json", "main.tf").stdout)["diagnostics"]
    assert codes(found) == ["FL200"], found  # (read: its flow has no contract here)
