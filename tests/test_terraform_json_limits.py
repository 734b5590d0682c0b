"""A .tf.json file's reader says where it stopped: the data actions past its cap of one level's blocks get a note
(FL011), never a silent miss; an integer too long for Python's int() does not stop the file being read."""

from __future__ import annotations

import json
from typing import Any

import pytest

from validator.sources import terraform
from validator.sources.document import Limits

ACTION = {"config_request": {"request_url_template": "/api/v2/flows/executions", "request_type": "POST",
                             "request_template": '{"flowId": "x"}'}}


def _action(flow_id: str) -> dict[str, Any]:
    return {"config_request": {**ACTION["config_request"], "request_template": json.dumps({"flowId": flow_id})}}


def test_actions_past_the_cap_are_said_not_dropped(monkeypatch: pytest.MonkeyPatch) -> None:
    # Every action within the cap read, the rest said: the cap made small (reading 10,000 actions took seconds)...
    monkeypatch.setattr(terraform, "_MAX_JSON_BLOCKS", 40)
    actions = {f"a{i}": _action(f"a{i}") for i in range(40 + 5)}
    text = json.dumps({"resource": {"genesyscloud_integration_action": actions}})
    found = terraform.extract(text, "main.tf.json", Limits())
    assert [request.body for request in found] == [{"flowId": f"a{i}"} for i in range(40)]  # reached: the cap holds
    notes = [finding for request in found for finding, _ in request.findings]
    assert [f.code for f in notes] == ["FL011"] and "more than 40 blocks: the 5 past the 40th" in notes[0].message
    monkeypatch.undo()
    # ...and the cap itself (10,000), at its edge: the last block within it read, the first past it not (the blocks
    # between, empty, are read as no action: the same path of the reader, a few hundredths of the work)
    cap = terraform._MAX_JSON_BLOCKS
    blocks: dict[str, Any] = {f"a{i}": {} for i in range(cap + 5)}
    blocks.update({f"a{i}": _action(f"a{i}") for i in (0, cap - 1, cap)})
    text = json.dumps({"resource": {"genesyscloud_integration_action": blocks}})
    found = terraform.extract(text, "main.tf.json", Limits())
    assert [request.body for request in found] == [{"flowId": "a0"}, {"flowId": f"a{cap - 1}"}]
    notes = [finding for request in found for finding, _ in request.findings]
    assert [f.code for f in notes] == ["FL011"] and f"more than {cap:,} blocks: the 5 past the {cap:,}th" in notes[0].message


def test_actions_within_the_cap_carry_no_note() -> None:
    text = json.dumps({"resource": {"genesyscloud_integration_action": {"a": ACTION}}})
    found = terraform.extract(text, "main.tf.json", Limits())
    assert len(found) == 1 and found[0].findings == []


def test_a_very_long_integer_does_not_stop_the_reading() -> None:
    text = '{"x": ' + "9" * 5000 + ', "resource": {"genesyscloud_integration_action": {"a": ' + json.dumps(ACTION) + "}}}"
    found = terraform.extract(text, "main.tf.json", Limits())
    assert len(found) == 1 and found[0].body == {"flowId": "x"}
