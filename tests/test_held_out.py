"""Defects held-out files found (files written the way other teams write launches): one test each, user-side."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import UUID, flowlint


def found(*args: str) -> list[dict[str, Any]]:
    result = flowlint("check", "--format", "json", "--no-cache", *args)
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)["diagnostics"]  # type: ignore[no-any-return]


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


SDK_MODEL = """import PureCloudPlatformClientV2

api = PureCloudPlatformClientV2.ArchitectApi()
launch = PureCloudPlatformClientV2.FlowExecutionLaunchRequest()
launch.name = "follow-up"
launch.input_data = {"Flow.customerName": "Ann"}
api.post_flows_executions(launch)
"""


def test_a_python_sdk_model_without_flow_id_is_told_to_set_its_attribute(tmp_path: Path) -> None:
    (tmp_path / "launch.py").write_text(SDK_MODEL)
    said = [d for d in found("launch.py") if d["code"] == "FL103"]
    assert len(said) == 1  # reached
    assert 'launch.flow_id = "<flow ID>"' in said[0]["help"] and '"flowId"' not in said[0]["help"]
    # a dict body keeps the JSON member's wording
    (tmp_path / "launch.py").write_text(SDK_MODEL.replace("launch = PureCloudPlatformClientV2.FlowExecutionLaunchRequest()\n"
                                                          "launch.name = \"follow-up\"\nlaunch.input_data = ",
                                                          "launch = "))
    said = [d for d in found("launch.py") if d["code"] == "FL103"]
    assert len(said) == 1 and '"flowId"' in said[0]["help"]


EXPLORER = """# Launch a workflow

```http
POST /api/v2/flows/executions HTTP/1.1
Host: api.mypurecloud.com
Content-Type: application/json

{
  "flowId": "",
  "inputData": {"Flow.customerName": ""}
}
```
"""


def test_an_empty_value_in_a_markdown_example_is_a_blank_to_fill_not_an_invalid_flow_id(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text(EXPLORER)
    assert [d["code"] for d in found("README.md")] == []
    # reached: the same example with a wrong member is judged; and an empty flowId in a payload file is still FL104
    (tmp_path / "README.md").write_text(EXPLORER.replace('"inputData"', '"inputs"'))
    assert [d["code"] for d in found("README.md")] == ["FL101"]
    (tmp_path / "body.json").write_text('{"flowId": ""}')
    assert "FL104" in [d["code"] for d in found("body.json")]
