"""No miss is silent: a launch written as an SDK spells it (.NET's and Go's PostFlowsExecutions as well as
postFlowsExecutions and post_flows_executions) in a documentation block, and a data action whose JSON escapes its
URL's slashes (`\\/api\\/v2\\/flows\\/executions`), are seen as the same launch written plainly is."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from validator.sources.kinds import LAUNCH_MENTION, LAUNCH_MENTION_TEXT

from conftest import flowlint

FLOW = "3f1b2c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"


def found(root: Path) -> list[tuple[str, str]]:
    result = flowlint("check", "--no-cache", "--format", "json", str(root))
    diagnostics: list[dict[str, Any]] = json.loads(result.stdout)["diagnostics"]
    return sorted((Path(d["file"]).name, d["code"]) for d in diagnostics)


@pytest.mark.parametrize("spelling", ["PostFlowsExecutions", "postFlowsExecutions", "post_flows_executions"])
def test_each_sdk_spelling_is_a_mention(spelling: str) -> None:
    assert LAUNCH_MENTION.search(f"api.{spelling}(body)".encode()) is not None
    assert LAUNCH_MENTION_TEXT.search(f"api.{spelling}(body)") is not None


@pytest.mark.parametrize(("language", "call"), [
    ("csharp", "var r = apiInstance.PostFlowsExecutions(new FlowExecutionLaunchRequest(FlowId: \"x\"));"),
    ("go", "r, _, err := api.PostFlowsExecutions(body)"),
    ("csharp", "var r = await apiInstance.PostFlowsExecutionsAsync(body);"),
    ("java", "FlowLaunchResponse r = apiInstance.postFlowsExecutions(body);"),
])
def test_an_sdk_launch_in_a_markdown_block_of_another_language_is_noted(tmp_path: Path, language: str, call: str) -> None:
    (tmp_path / "launch.md").write_text(f"# Launch\n\n```{language}\n{call}\n```\n")
    assert found(tmp_path) == [("launch.md", "FL011")]


def test_a_markdown_block_calling_something_else_says_nothing(tmp_path: Path) -> None:
    (tmp_path / "other.md").write_text("```csharp\nvar r = apiInstance.GetFlowsExecution(id);\n```\n"
                                       "```csharp\nvar r = apiInstance.PostFlowsExecution(x);\n```\n")
    assert found(tmp_path) == []


def data_action(url: str) -> str:
    return json.dumps({"name": "x", "integrationType": "purecloud-data-actions", "actionType": "custom",
                       "config": {"request": {"requestUrlTemplate": url, "requestType": "POST",
                                              "headers": {"Content-Type": "application/json"},
                                              "requestTemplate": '{"flowId": "%s", "inputData": {"Flow.n": 1,}}' % FLOW}}},
                      indent=2).replace("/", "\\/")


def test_a_data_action_with_escaped_slashes_is_read(tmp_path: Path) -> None:
    (tmp_path / "a.custom.json").write_text(data_action("/api/v2/flows/executions"))
    (tmp_path / "b.json").write_text(data_action("/api/v2/flows/executions"))
    assert found(tmp_path) == [("a.custom.json", "FL001"), ("b.json", "FL001")]  # the trailing comma, in both


def test_escaped_slashes_of_another_path_stay_quiet(tmp_path: Path) -> None:
    (tmp_path / "a.custom.json").write_text(data_action("/api/v2/flows/executions/${input.id}").replace('"POST"', '"GET"'))
    assert found(tmp_path) == []


def test_a_broken_export_with_escaped_slashes_is_noted_at_its_mention(tmp_path: Path) -> None:
    broken = data_action("/api/v2/flows/executions")[:-2]  # cut short: no JSON, so no launch can be read
    (tmp_path / "a.custom.json").write_text(broken)
    result = flowlint("check", "--no-cache", "--format", "json", str(tmp_path))
    [note] = json.loads(result.stdout)["diagnostics"]
    at = broken.index("\\/api\\/v2\\/flows\\/executions") + len("\\/api\\/v2\\/")
    line = broken.count("\n", 0, at) + 1
    assert (note["code"], note["line"], note["column"]) == ("FL011", line, at - broken.rfind("\n", 0, at)), note


@pytest.mark.parametrize(("name", "text"), [
    ("deploy.sh", "gc --profile prod flows executions create -f body.json\n"),
    ("Makefile", "launch:\n\tgc flows executions create --file body.json\n"),
    ("README.md", "Launch it:\n\n```bash\ngc flows executions create -f body.json\n```\n"),
])
def test_the_genesys_cli_launch_is_noted(tmp_path: Path, name: str, text: str) -> None:
    # (its body file is read where it is: here there is none; tests/test_gc_cli_launch.py reads the bodies)
    (tmp_path / name).write_text(text)
    result = flowlint("check", "--no-cache", "--format", "json", str(tmp_path))
    [note] = json.loads(result.stdout)["diagnostics"]
    assert note["code"] == "FL011" and "the Genesys Cloud CLI's launch" in note["message"], note
    assert "`body.json` is not found" in note["message"], note


@pytest.mark.parametrize("text", [
    "gc flows executions get $ID\n", "gc flows executions list\n", "git gc\necho flows executions create\n",
    "gc flows list; echo flows executions create\n",
])
def test_other_genesys_cli_commands_stay_quiet(tmp_path: Path, text: str) -> None:
    (tmp_path / "ops.sh").write_text(text)
    (tmp_path / "reached.sh").write_text("gc flows executions create -f body.json\n")
    assert found(tmp_path) == [("reached.sh", "FL011")]
