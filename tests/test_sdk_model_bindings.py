"""A FlowExecutionLaunchRequest of the Python SDK, filled attribute by attribute: its `input_data` changed in place by
another function's local of the same name (`r.input_data.update(…)` elsewhere) leaves this one's values checked; and
the model imported under another name (`… import FlowExecutionLaunchRequest as Launch`) is the model."""

from __future__ import annotations

from pathlib import Path

from conftest import UUID, check_file

HEAD = f'''from PureCloudPlatformClientV2 import ArchitectApi, FlowExecutionLaunchRequest
from PureCloudPlatformClientV2.models.flow_execution_launch_request import FlowExecutionLaunchRequest as Launch

FLOW = "{UUID}"


def a(client):
    r = MODEL()
    r.flow_id = FLOW
    r.input_data = {{"Flow.orderCount": "1", "Flow.customerName": "x"}}
    return ArchitectApi(client).post_flows_executions(r)
'''
OTHER = '''

def c(client, data):
    r = FlowExecutionLaunchRequest()
    r.flow_id = FLOW
    r.input_data = {"Flow.customerName": "x"}
    r.input_data.update(data)
    return ArchitectApi(client).post_flows_executions(r)
'''


def found(tmp_path: Path, text: str) -> list[tuple[str, str, int]]:
    return [(str(d["code"]), str(d.get("pointer")), int(d["line"])) for d in check_file(tmp_path, "a.py", text, "-v")]


def test_another_functions_local_changed_in_place_leaves_this_one_checked(tmp_path: Path) -> None:
    said = found(tmp_path, HEAD.replace("MODEL", "FlowExecutionLaunchRequest") + OTHER)
    assert ("FL204", "/inputData/Flow.orderCount", 10) in said, said
    assert any(code == "FL011" and line == 18 for code, _, line in said), said  # that one's change: still said


def test_a_change_in_place_of_this_binding_still_gives_its_values_up(tmp_path: Path) -> None:
    text = HEAD.replace("MODEL", "FlowExecutionLaunchRequest").replace(
        "    return ArchitectApi", '    r.input_data.update(client.extra)\n    return ArchitectApi')
    said = found(tmp_path, text)
    assert not any(code == "FL204" for code, *_ in said) and any(code == "FL011" for code, *_ in said), said
    # a member given as written is read: the value sent is 1, the type the flow declares (no FL204, nothing unknown)
    text = HEAD.replace("MODEL", "FlowExecutionLaunchRequest").replace(
        "    return ArchitectApi", '    r.input_data["Flow.orderCount"] = 1\n    return ArchitectApi')
    assert not any(code in ("FL204", "FL011") for code, *_ in found(tmp_path, text))
    wrong = found(tmp_path, text.replace("= 1\n", "= 'one'\n").replace('"Flow.orderCount": "1"', '"Flow.orderCount": 1'))
    assert ("FL204", "/inputData/Flow.orderCount", 11) in wrong, wrong  # the value given later, where it is written


def test_the_model_imported_under_another_name_is_the_model(tmp_path: Path) -> None:
    said = found(tmp_path, HEAD.replace("MODEL", "Launch"))
    assert ("FL204", "/inputData/Flow.orderCount", 10) in said, said
