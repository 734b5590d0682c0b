"""FL105's help on the Python SDK model speaks the file's own form (`b2.flow_version = "3.0"`), not a JSON member's;
a body written as members keeps `"flowVersion": "3.0"`."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import check_file

MODEL = """\
import PureCloudPlatformClientV2 as gc
api = gc.ArchitectApi()
b2 = gc.FlowExecutionLaunchRequest()
b2.flow_id = "0f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c91"
b2.{attribute} = {value}
api.post_flows_executions(b2)
"""


def helps(tmp_path: Path, text: str) -> list[str]:
    return [d["help"] for d in check_file(tmp_path, "a.py", text) if d["code"] == "FL105"]


@pytest.mark.parametrize(("attribute", "value", "said"), [
    ("flow_version", "3.0", 'quote it: b2.flow_version = "3.0"'),
    ("name", "42", 'quote it: b2.name = "42"'),
])
def test_the_models_attribute_is_named_as_the_file_writes_it(tmp_path: Path, attribute: str, value: str, said: str) -> None:
    assert helps(tmp_path, MODEL.format(attribute=attribute, value=value)) == [said]


def test_a_body_written_as_members_keeps_the_json_form(tmp_path: Path) -> None:
    text = ('import requests\nrequests.post("https://api.mypurecloud.com/api/v2/flows/executions", '
            'json={"flowId": "0f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c91", "flowVersion": 3.0}, timeout=5)\n')
    assert helps(tmp_path, text) == ['quote it: "flowVersion": "3.0"']
