"""A number of a `.tf.json` local given to jsonencode() is a Terraform number: a whole one is written without a point
(`3.0` and `1e3` are sent as 3 and 1000), as in a .tf file, so it is no "whole number written with a decimal point"."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from validator.core.unknown import Unknown
from validator.sources import terraform

from conftest import codes, flowlint

WORKFLOW = "workflow:\n  name: X\n  variables:\n    - integerVariable:\n        name: Flow.n\n        isInput: true\n" \
    "    - decimalVariable:\n        name: Flow.d\n        isInput: true\n"


def tf_json(inputs: str) -> str:
    return """{
  "locals": {"body": {"flowId": "${genesyscloud_flow.x.id}", "inputData": %s}},
  "resource": {
    "genesyscloud_flow": {"x": {"filepath": "${path.module}/flow.yaml"}},
    "genesyscloud_integration_action": {"launch": {"name": "Launch", "config_request": {
      "request_url_template": "/api/v2/flows/executions", "request_type": "POST",
      "request_template": "${jsonencode(local.body)}"}}}
  }
}
""" % inputs


@pytest.mark.parametrize(("written", "sent"), [("3.0", 3), ("1e3", 1000), ("2.5", 2.5), ("-0.0", 0)])
def test_a_number_is_sent_as_jsonencode_writes_it(written: str, sent: Any) -> None:
    launches = terraform.extract(tf_json('{"Flow.d": %s}' % written), "main.tf.json")
    value = launches[0].body["inputData"]["Flow.d"]
    assert value == sent and type(value) is type(sent), value


def test_a_whole_number_past_exact_doubles_is_unknown() -> None:
    launches = terraform.extract(tf_json('{"Flow.d": 1.5e300}'), "main.tf.json")
    assert isinstance(launches[0].body["inputData"]["Flow.d"], Unknown)


def test_a_whole_number_with_a_point_is_no_warning(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "flow.yaml").write_text(WORKFLOW)
    (tmp_path / "main.tf.json").write_text(tf_json('{"Flow.n": 3.0}'))
    result = flowlint("check", "--no-cache", "--format", "json", "main.tf.json")
    assert codes(json.loads(result.stdout)["diagnostics"]) == []
    (tmp_path / "main.tf.json").write_text(tf_json('{"Flow.n": 3.5}'))  # reached: the flow is linked, a fraction judged
    result = flowlint("check", "--no-cache", "--format", "json", "main.tf.json")
    assert codes(json.loads(result.stdout)["diagnostics"]) == ["FL204"]
