"""A JSON file's kind is sniffed from its value whatever its shape: a top-level list, a scalar or null under any of the
names the kind tests look for never fails the read (an FL900). The Genesys Cloud CLI's list of every command's
definition (its source's APIData.json) is a CLI definition: FL012 named, silence walked."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from validator.checker.loader import load_documents
from validator.core.codes import INTERNAL_ERROR
from validator.sources.kinds import client_export, saved_request_list, saved_request_object, sniff

from conftest import diagnostics

pytestmark = pytest.mark.usefixtures("in_tmp")

#: The names the kind tests of kinds.py look at (each gate's word), and launch members.
KEYS = ["supercommand", "resources", "path", "topicName", "eventBody", "status", "statusCode", "dateLaunched",
        "dateCompleted", "completionReason", "flowErrorInfo", "outputData", "apiVersion", "kind", "metadata", "selfUri",
        "flowVersion", "id", "url", "uri", "method", "request", "response", "requests", "item", "items", "info",
        "endpoint", "body", "headers", "_type", "resources", "requestUrlTemplate", "$schema", "openapi", "swagger",
        "AWSTemplateFormatVersion", "Resources", "Type", "Properties", "Statement", "requestContext", "detail-type",
        "detail", "flowId", "inputData", "name", "version", "collection", "_postman_variable_scope", "values"]
SCALARS = st.one_of(st.none(), st.booleans(), st.integers(-3, 3), st.sampled_from(["", "/api/v2/flows/executions", "POST",
                                                                                  "COMPLETED", "v1", "Pod", "x"]))
VALUES = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from(KEYS), inner,
                                                                                             max_size=4), max_leaves=12)
NAMES = ["body.json", "APIData.json", "cli-flows.json", "x.postman_collection.json", "http-client.env.json",
         "requests.json", "event.json", "launch"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(value=VALUES, name=st.sampled_from(NAMES))
def test_no_shape_of_json_fails_its_kind_s_tests(value: Any, name: str) -> None:
    data = json.dumps(value).encode()
    sniff(name, data)  # raises, as it did for a top-level list of `supercommand` objects
    for read in (saved_request_list, client_export, saved_request_object):
        read(value)
    found = [finding.code for document in load_documents(data, name) for finding in document.findings]
    assert INTERNAL_ERROR not in found, (name, data)


COMMANDS = [{"supercommand": "flows", "description": "/api/v2/flows", "resources": [
    {"name": "create", "path": "/api/v2/flows/executions", "description": "Launch an instance of a flow definition"}]},
    {"supercommand": "events", "description": "/api/v2/events", "resources": []}]


@pytest.mark.parametrize("commands", [COMMANDS, [{"supercommand": "flows"}]])
def test_the_cli_s_list_of_command_definitions_is_no_launch_body(tmp_path: Path, commands: list[Any]) -> None:
    (tmp_path / "APIData.json").write_text(json.dumps(commands, indent=2))
    said = diagnostics("--no-cache", "APIData.json")
    assert [(d["code"], d["severity"]) for d in said] == [("FL012", "info")], said
    assert "CLI command definitions" in said[0]["message"]
    assert diagnostics("--no-cache", ".") == []  # walked: nothing to say


def test_a_list_holding_a_launch_is_no_cli_definition(tmp_path: Path) -> None:
    (tmp_path / "APIData.json").write_text(json.dumps([{"supercommand": "flows", "flowId": "x"}]))
    said = diagnostics("--no-cache", "APIData.json")
    # not the CLI's definition file; its item holds a flowId among keys of its own: a record, said as the walk says it
    assert [d["code"] for d in said] == ["FL012"] and "among keys of its own" in said[0]["message"], said
