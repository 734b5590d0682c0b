"""A body kept as a template (Terraform's templatefile() body `"vip": ${vip}`, a Jinja `{{ … }}` page named .yaml) is
read with its holes unknown, and what a report promises for it --fix keeps (issue 19's rule; review A, issue 5):
the file read through a .tf file and checked on its own says one mistake once, its excerpt shows the file's own text
(not the `"${_}"` it was read as), and its fix is made around the holes, by --fix and --diff alike, never "the file
does not parse" about an FL001 no report showed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import diagnostics, flowlint

pytestmark = pytest.mark.usefixtures("in_tmp")

MAIN_TF = """resource "genesyscloud_flow" "callback" {
  filepath      = "${path.module}/flows/callback.yaml"
}

resource "genesyscloud_integration_action" "launch" {
  name           = "Launch callback"
  category       = "Genesys Cloud Data Action"
  integration_id = var.integration_id
  contract_input  = jsonencode({ type = "object", properties = {} })
  contract_output = jsonencode({ type = "object", properties = {} })
  config_request {
    request_url_template = "/api/v2/flows/executions"
    request_type         = "POST"
    request_template     = templatefile("${path.module}/templates/launch.json", {
      flow_id = genesyscloud_flow.callback.id
      vip     = false
    })
    headers = { "Content-Type" = "application/json" }
  }
}
variable "integration_id" { type = string }
"""
FLOW = """workflow:
  name: Callback
  division: Home
  startUpRef: "/workflow/states/state[Initial State_10]"
  defaultLanguage: en-us
  variables:
    - stringVariable:
        name: Flow.customerId
        initialValue:
          noValue: true
        isInput: true
        isOutput: false
    - booleanVariable:
        name: Flow.vip
        initialValue:
          noValue: true
        isInput: true
        isOutput: false
"""
TEMPLATE = '{\n  "flowId": "${flow_id}",\n  "inputData": {\n    "Flow.customerId": "$${input.customerId}",\n    "vip": ${vip}\n  }\n}\n'
FIXED = TEMPLATE.replace('"vip"', '"Flow.vip"')


def _tree() -> None:
    for name, text in {"main.tf": MAIN_TF, "flows/callback.yaml": FLOW, "templates/launch.json": TEMPLATE}.items():
        Path(name).parent.mkdir(parents=True, exist_ok=True)
        Path(name).write_text(text, encoding="utf-8")


def test_a_templatefile_body_says_its_mistake_once_in_its_own_words_and_fixes_it() -> None:
    _tree()
    found = [d for d in diagnostics("--no-cache", ".") if d["code"] != "FL200"]
    assert [(d["file"], d["code"], d["line"], d["column"]) for d in found] == [("templates/launch.json", "FL203", 5, 5)]
    text = flowlint("check", "--no-cache", ".").stdout
    assert '"vip": ${vip}' in text and "${_}" not in text and "1 fixable with `flowlint check --fix`" in text, text
    diff = flowlint("check", "--no-cache", "--diff", ".").stdout
    assert '+    "Flow.vip": ${vip}' in diff and "does not parse" not in diff, diff
    flowlint("check", "--no-cache", "--fix", ".")
    assert Path("templates/launch.json").read_text(encoding="utf-8") == FIXED


def test_a_named_template_body_is_read_with_its_holes_unknown_and_fixed() -> None:
    Path("launch.json").write_text(TEMPLATE, encoding="utf-8")
    found = [d for d in diagnostics("--no-cache", "launch.json") if d["code"] != "FL200"]
    assert [(d["code"], d["line"], d["column"]) for d in found] == [("FL203", 5, 5)], found  # no FL001 at `${vip}`
    flowlint("check", "--no-cache", "--fix", "launch.json")
    assert Path("launch.json").read_text(encoding="utf-8") == FIXED
    Path("broken.json").write_text(TEMPLATE.replace('"vip"', '"vip",'), encoding="utf-8")
    assert "FL001" in [d["code"] for d in diagnostics("--no-cache", "broken.json")]  # a slip beside the holes stays one


def test_a_yaml_template_pages_fix_is_made_around_its_tags() -> None:
    text = "flowId: {{ flow_id }}\ninputData:\n  customerId: {{ id }}\n"
    for name in ("launch.yaml", "launch.yaml.j2.hbs", "body.yaml.hbs"):
        Path(name).write_text(text, encoding="utf-8")
    for name in ("launch.yaml", "body.yaml.hbs"):
        assert [d["code"] for d in diagnostics("--no-cache", name) if d["code"] != "FL200"] == ["FL203"]
        assert "fixable" in flowlint("check", "--no-cache", name).stdout
        flowlint("check", "--no-cache", "--fix", name)
        assert Path(name).read_text(encoding="utf-8") == text.replace("customerId", "Flow.customerId"), name


def test_fix_keeps_the_errors_only_the_reading_file_finds() -> None:
    # --fix fixed `vip` in the template by its own step and then dropped what main.tf's reading found there, so a quoted
    # "$${input.attempts}" for an Integer input (FL204: only the .tf knows it is a templatefile() escape) vanished:
    # "no problems", exit 0, while `check` still said it (review A's follow-up; at e652337 too).
    _tree()
    flow = FLOW + ("    - integerVariable:\n        name: Flow.attempts\n        initialValue:\n          noValue: true\n"
                   "        isInput: true\n        isOutput: false\n")
    Path("flows/callback.yaml").write_text(flow, encoding="utf-8")
    Path("templates/launch.json").write_text(TEMPLATE.replace('"vip"', '"Flow.attempts": "$${input.attempts}",\n    "vip"'),
                                             encoding="utf-8")
    before = {(d["code"], d["line"]) for d in diagnostics("--no-cache", ".") if d["code"] != "FL200"}
    assert before == {("FL204", 5), ("FL203", 6)}, before  # reached: both found, one fixable
    fixed = flowlint("check", "--no-cache", "--format", "json", "--fix", ".")
    assert fixed.exit_code == 1, fixed.output
    left = [(d["code"], d["line"]) for d in json.loads(fixed.stdout)["diagnostics"] if d["code"] != "FL200"]
    assert left == [("FL204", 5)], left  # the error --fix did not fix is still one; the fixed one is not said
    assert '"Flow.vip": ${vip}' in Path("templates/launch.json").read_text(encoding="utf-8")
