"""Terraform renders its interpolations before Velocity reads the template: two interpolations written side by side
(`"${local.head}${local.tail}"`) whose values flowlint does not know are one unknown text, never two JSON values
(FL001 'more than one JSON value' on a body that may well be one object)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import check_file, codes

HEAD = r'{\"flowId\": \"$${input.flowId}\", '
TAIL = r'\"inputData\": {\"Flow.x\": \"$${input.x}\"}}'


def tf(template: str) -> str:
    return f"""\
locals {{
  head = "{HEAD}"
  tail = "{TAIL}"
  body = "${{local.head}}${{local.tail}}"
}}
resource "genesyscloud_integration_action" "launch" {{
  name     = "Launch"
  category = "Genesys Cloud Data Actions"
  config_request {{
    request_url_template = "/api/v2/flows/executions"
    request_type         = "POST"
    request_template     = {template}
  }}
}}
"""


def tf_json(template: str) -> str:
    locals_ = {"head": json.loads(f'"{HEAD}"'), "tail": json.loads(f'"{TAIL}"'), "body": "${local.head}${local.tail}"}
    action = {"name": "Launch", "category": "Genesys Cloud Data Actions",
              "config_request": {"request_url_template": "/api/v2/flows/executions", "request_type": "POST",
                                 "request_template": template}}
    return json.dumps({"locals": locals_, "resource": {"genesyscloud_integration_action": {"launch": action}}}, indent=1)


@pytest.mark.parametrize("template", ['"${local.head}${local.tail}"', '"${local.body}"',
                                      "<<EOT\n${local.head}${local.tail}\nEOT"])
def test_joined_interpolations_in_a_tf_file_are_one_unknown_text(tmp_path: Path, template: str) -> None:
    assert codes(check_file(tmp_path, "main.tf", tf(template))) == []


@pytest.mark.parametrize("template", ["${local.head}${local.tail}", "${local.body}", "${var.a}${var.b}${var.c}"])
def test_joined_interpolations_in_a_tf_json_file_are_one_unknown_text(tmp_path: Path, template: str) -> None:
    assert codes(check_file(tmp_path, "main.tf.json", tf_json(template))) == []


def test_the_body_around_joined_interpolations_is_still_checked(tmp_path: Path) -> None:
    value = r'"{\"flowId\": \"$${input.flowId}\", \"inputData\": {\"Flow.x\": ${var.a}${var.b}}, \"bogus\": 1}"'
    assert codes(check_file(tmp_path, "main.tf", tf(value))) == ["FL102"]
    written = '{"flowId": "$${input.flowId}", "inputData": {"Flow.x": ${var.a}${var.b}}, "bogus": 1}'
    assert codes(check_file(tmp_path, "main.tf.json", tf_json(written))) == ["FL102"]


def test_interpolations_apart_are_still_two_values(tmp_path: Path) -> None:
    found = check_file(tmp_path, "main.tf", tf('"${var.a} ${var.b}"'))
    assert codes(found) == ["FL001"]
