"""A data action or Terraform template that quotes a reference sends text: judged against the input's declared type."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from conftest import ROOT, UUID, flowlint


def _action(template: str) -> str:
    return json.dumps({
        "name": "Launch follow-up", "integrationType": "purecloud-data-actions", "actionType": "custom",
        "config": {"request": {"requestUrlTemplate": "/api/v2/flows/executions", "requestType": "POST",
                               "headers": {"Content-Type": "application/json"}, "requestTemplate": template},
                   "response": {"translationMap": {}, "successTemplate": "${rawResult}"}},
        "contract": {"input": {"inputSchema": {"type": "object", "properties": {}}},
                     "output": {"successSchema": {"type": "object", "properties": {}}}}}, indent=2)


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / ".flowlint").mkdir()
    shutil.copytree(ROOT / ".flowlint" / "flows", tmp_path / ".flowlint" / "flows")  # (a store linked out is refused)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _found(project: Path, inputs: str) -> list[tuple[str, str, str]]:
    template = '{"flowId": "%s", "inputData": {"Flow.customerName": "${input.name}", %s}}' % (UUID, inputs)
    (project / "launch.custom.json").write_text(_action(template))
    result = flowlint("check", "--no-cache", "--format", "json", "launch.custom.json")
    return [(d["code"], d["message"], d["help"]) for d in json.loads(result.stdout)["diagnostics"]]


@pytest.mark.parametrize("reference", ["${input.vip}", "$!{input.vip}", "$input.vip"])
def test_a_quoted_reference_for_a_boolean_is_text(project: Path, reference: str) -> None:
    ((code, message, help),) = _found(project, f'"Flow.isVip": "{reference}"')
    assert (code, message) == ("FL204", f'`Flow.isVip` is the string "{reference}"; the flow declares it as a Boolean')
    assert help.startswith(f"write {reference} without the quotes around it: quoted, the template sends it as text")
    assert "(in Terraform, jsonencode()" in help  # a data action export has no jsonencode(): said where it applies


def test_text_around_a_reference_is_text_too(project: Path) -> None:
    ((code, _, help),) = _found(project, '"Flow.orderCount": "n-${input.count}"')
    assert code == "FL204" and help == "send an Integer value"


def test_what_a_reference_holds_is_still_not_judged(project: Path) -> None:
    # a bare reference may hold any JSON; a quoted one any text: a format, enum or pattern is not judged
    assert _found(project, '"Flow.isVip": ${input.vip}, "Flow.priority": "${input.p}", "Flow.dates": ["${input.d}"]') == []


def test_the_envelope_members_stay_unknown(project: Path) -> None:
    template = '{"flowId": "${input.flowId}", "flowVersion": "${input.v}", "name": "run ${input.n}"}'
    (project / "launch.custom.json").write_text(_action(template))
    assert flowlint("check", "--no-cache", "launch.custom.json").exit_code == 0


TERRAFORM = """resource "genesyscloud_integration_action" "launch" {
  name           = "Launch follow-up"
  category       = "x"
  integration_id = "y"
  config_request {
    request_url_template = "/api/v2/flows/executions"
    request_type         = "POST"
    request_template = jsonencode({
      flowId    = "%s"
      inputData = { "Flow.customerName" = "$${input.name}", %s }
    })
    headers = { Content-Type = "application/json" }
  }
}
"""


def test_a_jsonencode_string_with_a_reference_is_text(project: Path) -> None:
    (project / "main.tf").write_text(TERRAFORM % (UUID, '"Flow.orderCount" = "$${input.count}", "Flow.isVip" = true'))
    found = json.loads(flowlint("check", "--no-cache", "--format", "json", "main.tf").stdout)["diagnostics"]
    assert [(d["code"], d["pointer"]) for d in found] == [("FL204", "/inputData/Flow.orderCount")]
    assert "jsonencode() quotes every string" in found[0]["help"]
    (project / "main.tf").write_text(TERRAFORM % (UUID, '"Flow.priority" = "$${input.p}", "Flow.dates" = ["$${input.d}"]'))
    assert json.loads(flowlint("check", "--no-cache", "--format", "json", "main.tf").stdout)["diagnostics"] == []
