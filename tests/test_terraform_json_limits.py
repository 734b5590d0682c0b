"""A .tf.json file's reader says where it stopped: the data actions past its cap of one level's blocks get a note
(FL011), never a silent miss; an integer too long for Python's int() does not stop the file being read."""

from __future__ import annotations

import json

from validator.sources import terraform
from validator.sources.document import Limits

ACTION = {"config_request": {"request_url_template": "/api/v2/flows/executions", "request_type": "POST",
                             "request_template": '{"flowId": "x"}'}}


def test_actions_past_the_cap_are_said_not_dropped() -> None:
    cap = terraform._MAX_JSON_BLOCKS
    actions = {f"a{i}": ACTION for i in range(cap + 5)}
    text = json.dumps({"resource": {"genesyscloud_integration_action": actions}})
    found = terraform.extract(text, "main.tf.json", Limits())
    assert len(found) == cap  # reached: the cap holds
    notes = [finding for request in found for finding, _ in request.findings]
    assert [f.code for f in notes] == ["FL011"] and f"{cap:,}" in notes[0].message and "5" in notes[0].message


def test_actions_within_the_cap_carry_no_note() -> None:
    text = json.dumps({"resource": {"genesyscloud_integration_action": {"a": ACTION}}})
    found = terraform.extract(text, "main.tf.json", Limits())
    assert len(found) == 1 and found[0].findings == []


def test_a_very_long_integer_does_not_stop_the_reading() -> None:
    text = '{"x": ' + "9" * 5000 + ', "resource": {"genesyscloud_integration_action": {"a": ' + json.dumps(ACTION) + "}}}"
    found = terraform.extract(text, "main.tf.json", Limits())
    assert len(found) == 1 and found[0].body == {"flowId": "x"}
