"""A Terraform file that names the launch endpoint but whose action could not be read says why: the place of its
syntax error, in the JSON syntax (`.tf.json`) as in HCL (`.tf`). A file that parses says no such thing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import codes, flowlint

BROKEN_JSON = """\
{
  "resource": {
    "genesyscloud_integration_action": {
      "launch": {
        "config_request": {
          "request_url_template": "/api/v2/flows/executions",
          "request_type": "POST",
          "request_template": "{\\"flowId\\": \\"$${input.flowId}\\"}",
        }
      }
    }
  }
}
"""

BROKEN_HCL = """\
resource "genesyscloud_integration_action" "launch"
  name = "Launch"
  config_request {
    request_url_template = "/api/v2/flows/executions"
    request_type         = "POST"
  }
}
"""


def run(path: Path) -> list[dict[str, Any]]:
    result = flowlint("check", "--no-cache", "--format", "json", str(path))
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)["diagnostics"]  # type: ignore[no-any-return]


def test_a_tf_json_syntax_error_is_said_with_its_line_and_column(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "main.tf.json"
    path.write_text(BROKEN_JSON)
    found = run(path)
    assert codes(found) == ["FL011"], found
    message = found[0]["message"]
    assert "not valid JSON" in message and "line 9, column 9" in message, message  # the `}` after the trailing comma


def test_a_tf_syntax_error_is_said_with_its_line_and_column(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "main.tf"
    path.write_text(BROKEN_HCL)
    found = run(path)
    assert codes(found) == ["FL011"], found
    message = found[0]["message"]
    assert "does not parse as HCL" in message and "line " in message, message


@pytest.mark.parametrize(("name", "text"), [
    ("main.tf", '# see POST /api/v2/flows/executions\nresource "null_resource" "x" {}\n'),
    ("main.tf.json", '{"//": "launches go to POST /api/v2/flows/executions", "resource": {}}\n'),
])
def test_a_file_that_parses_says_no_syntax_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str,
                                                 text: str) -> None:
    monkeypatch.chdir(tmp_path)
    path = tmp_path / name
    path.write_text(text)
    found = run(path)
    assert codes(found) == ["FL011"], found  # reached: the mention is noted
    assert "JSON" not in found[0]["message"] and "HCL" not in found[0]["message"], found
