"""The Genesys Cloud CLI's definition of a command (cli-flows.json: a `supercommand` and `resources` naming API paths,
the launch endpoint among them) is a Genesys file that is no launch: named, it gets an FL012 note, never the FL103 and
an FL102 per key it got as a body. A body holding a `supercommand` key beside launch members is still judged."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import UUID, diagnostics

pytestmark = pytest.mark.usefixtures("in_tmp")

DEFINITION = {"supercommand": "flows", "description": "/api/v2/flows", "resources": [
    {"name": "create", "path": "/api/v2/flows/executions", "description": "Launch an instance of a flow definition"},
    {"name": "get", "path": "/api/v2/flows/executions/{flowExecutionId}", "description": "Get a flow execution's details"}]}


def test_a_named_cli_definition_is_no_launch_body(tmp_path: Path) -> None:
    (tmp_path / "cli-flows.json").write_text(json.dumps(DEFINITION, indent=2))
    said = diagnostics("--no-cache", "cli-flows.json")
    assert [(d["code"], d["severity"]) for d in said] == [("FL012", "info")]
    assert "CLI command definition" in said[0]["message"]


def test_a_body_with_such_a_key_is_still_judged(tmp_path: Path) -> None:
    (tmp_path / "cli-flows.json").write_text(json.dumps({**DEFINITION, "flowId": UUID, "inputData": {}}))
    assert "FL102" in {d["code"] for d in diagnostics("--no-cache", "cli-flows.json")}
    # its flowId among the definition's keys, not shaped as a launch: judged as the walk judges it (review A, issue 15)
    (tmp_path / "cli-flows.json").write_text(json.dumps({**DEFINITION, "flowId": UUID}))
    assert [d["code"] for d in diagnostics("--no-cache", "cli-flows.json")] == ["FL012"]


def test_a_list_holding_cli_definitions_is_fixed_and_diffed_without_a_crash(tmp_path: Path) -> None:
    # (the CLI's APIData.json: a list of them; --fix and --diff sniff its kind from the parsed value: a list has no .get)
    from conftest import flowlint

    (tmp_path / "APIData.json").write_text(json.dumps([DEFINITION, {"flowId": "x", "type": 1}], indent=2))
    for mode in ("--diff", "--fix"):
        result = flowlint("check", "--no-cache", "--no-color", mode, "APIData.json")
        assert result.exit_code in (0, 1) and "Traceback" not in result.output, result.output
    assert "FL" in flowlint("check", "--no-cache", "--no-color", "APIData.json").stdout  # (reached: the file is read)
