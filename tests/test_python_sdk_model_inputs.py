"""The SDK's FlowExecutionLaunchRequest given its inputs one at a time (`body.input_data = {}` then
`body.input_data["customerId"] = cid`, or `.update({…})`) is read as the dict body written the same way is: each input
judged where it is written. Before, its keys were never checked and `-v` said they were (review A 8). Any other change
of the object (handed to a helper, replaced later) keeps the note that its values are not known."""

from __future__ import annotations

from pathlib import Path

from conftest import check_file

HEAD = "import PureCloudPlatformClientV2 as gc\n\napi = gc.ArchitectApi()\n"


def _found(tmp_path: Path, body: str) -> list[tuple[str, int, str]]:
    text = HEAD + "\n\ndef launch(fid, cid, helper):\n    body = gc.FlowExecutionLaunchRequest()\n    body.flow_id = fid\n" \
        + body + "    return api.post_flows_executions(body)\n"
    return [(d["code"], d["line"], d["message"]) for d in check_file(tmp_path, "launch.py", text, "-v")]


def test_inputs_given_one_at_a_time_are_each_judged_where_written(tmp_path: Path) -> None:
    found = _found(tmp_path, '    body.input_data = {}\n    body.input_data["customerId"] = cid\n')
    assert [(code, line) for code, line, _ in found] == [("FL203", 10)], found
    found = _found(tmp_path, '    body.input_data = {"Flow.a": 1}\n    body.input_data.update({"attempts": 3})\n')
    assert [(code, line) for code, line, _ in found] == [("FL203", 10)], found
    assert "`attempts`" in found[0][2]


def test_right_inputs_given_one_at_a_time_pass(tmp_path: Path) -> None:
    found = _found(tmp_path, '    body.input_data = {}\n    body.input_data["Flow.customerId"] = cid\n'
                   '    if helper:\n        body.input_data["Flow.x"] = 2\n')
    assert found == [], found


def test_any_other_change_keeps_the_values_unknown(tmp_path: Path) -> None:
    for body in ('    body.input_data = {}\n    body.input_data["customerId"] = cid\n    helper(body.input_data)\n',
                 '    body.input_data = {}\n    body.input_data["customerId"] = cid\n    body.input_data = {"Flow.a": 1}\n'):
        found = _found(tmp_path, body)
        assert [code for code, _, _ in found] == ["FL011"], (body, found)  # reached: the model's body was read
        assert "is changed in place or handed to other code" in found[0][2]
