"""A fix in a body file read through another file (a Terraform `templatefile(...)`, an `.http` file's `< ./body`) that
the run does not check itself: `--fix` never edits it, so the report never promises it (no `fix:`, not counted
fixable), in check and --fix alike; the finding itself stays. A body file the run checks itself keeps its promise,
and --fix keeps it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from validator.checker.read_through import READ_ONLY_HELP, READ_THROUGH_HELP, offered_read_through
from validator.core.diagnostics import Applicability, Diagnostic, Fix, Severity

from conftest import UUID, flowlint

MAIN_TF = """\
resource "genesyscloud_integration_action" "launch" {
  name           = "Launch"
  category       = "Genesys Cloud Data Action"
  integration_id = var.integration_id
  contract_input  = jsonencode({ type = "object" })
  contract_output = jsonencode({ type = "object" })
  config_request {
    request_url_template = "/api/v2/flows/executions"
    request_type         = "POST"
    request_template     = templatefile("${path.module}/templates/launch.json.tpl", { flow = var.flow })
    headers = { "Content-Type" = "application/json" }
  }
}
"""
TEMPLATE = '{"flowID": "${flow}", "inputData": {"customerName": "x"}}\n'
REQUEST = ("POST https://api.mypurecloud.com/api/v2/flows/executions\n"
           "Content-Type: application/json\n\n< ./{body}\n")
HTTP_BODY = '{"flowID": "{{flow}}", "inputData": {"customerName": "x"}}\n'
FIXABLE = {"FL102", "FL203"}  # a renamed key: fixes --fix applies to a file it checks


@pytest.fixture
def module(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "templates").mkdir()
    (tmp_path / "main.tf").write_text(MAIN_TF)
    (tmp_path / "templates" / "launch.json.tpl").write_text(TEMPLATE)
    return tmp_path


@pytest.fixture
def requests(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "launch.http").write_text(REQUEST.format(body="body.txt"))  # .txt: read through it, never walked
    (tmp_path / "body.txt").write_text(HTTP_BODY)
    return tmp_path


def report(*args: str) -> tuple[str, dict[str, object]]:
    text = flowlint("check", "--no-cache", "--no-color", *args)
    data = flowlint("check", "--no-cache", "--format", "json", *args)
    assert text.exit_code == 1 and data.exit_code == 1, text.output
    return text.stdout, json.loads(data.stdout)


@pytest.mark.parametrize(("fixture", "body"), [("module", "templates/launch.json.tpl"), ("requests", "body.txt")])
def test_a_body_read_through_another_file_is_help_only_and_fix_leaves_it(fixture: str, body: str,
                                                                        request: pytest.FixtureRequest) -> None:
    root: Path = request.getfixturevalue(fixture)
    before = (root / body).read_text()
    text, data = report(".")
    found = {(d["file"], d["code"]) for d in data["diagnostics"]}  # type: ignore[attr-defined]
    assert found >= {(body, code) for code in FIXABLE}  # reached: the body's findings, at the body file
    assert "fix:" not in text and "fixable" not in text
    assert text.count(READ_THROUGH_HELP) == len(FIXABLE)  # said why, at each
    assert all(d["fix"] is None for d in data["diagnostics"])  # type: ignore[attr-defined]
    statistics = flowlint("check", "--no-cache", "--statistics", ".").stdout
    assert "FL102" in statistics and "[*]" not in statistics

    fixed = flowlint("check", "--no-cache", "--no-color", "--fix", ".")
    assert fixed.exit_code == 1
    assert (root / body).read_text() == before  # never edited through its reader
    assert fixed.stdout == text  # --fix reports what check promised: the same findings, help only
    assert "fixed" not in fixed.stdout + fixed.stderr


def test_a_body_file_the_run_checks_itself_keeps_its_fix_and_fix_applies_it(tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "launch.http").write_text(REQUEST.format(body="z.json"))  # the request file comes first, its copy said
    (tmp_path / "z.json").write_text('{"flowID": "' + UUID + '", "inputData": {"customerName": "x"}}\n')
    text, _ = report(".")
    assert text.count("fix:") == len(FIXABLE) and "2 fixable with `flowlint check --fix`" in text
    assert READ_THROUGH_HELP not in text
    fixed = flowlint("check", "--no-cache", "--no-color", "--fix", ".")
    assert "fixed 2 findings" in fixed.stdout
    assert (tmp_path / "z.json").read_text() == '{"flowId": "' + UUID + '", "inputData": {"Flow.customerName": "x"}}\n'
    # Named alone, the request file's run does not check z.json: help only, and --fix leaves it.
    (tmp_path / "z.json").write_text('{"flowID": "' + UUID + '"}\n')
    alone, _ = report("launch.http")
    assert "FL102" in alone and "fix:" not in alone and READ_THROUGH_HELP in alone


def diagnostic(file: str, help: str = "rename it") -> Diagnostic:
    fix = Fix(Applicability.SAFE, "rename it", (), None)
    return Diagnostic("FL102", "unknown-member", Severity.ERROR, "`flowID`", help, "/flowID", file=file, fix=fix)


def test_only_a_read_files_fix_not_checked_itself_turns_to_help() -> None:
    home, read, checked = diagnostic("main.tf"), diagnostic("body.tpl"), diagnostic("body.json")
    kept = offered_read_through([home, read, checked], {"body.tpl": {}, "body.json": {}}, {"main.tf", "body.json"})
    assert kept[0] is home and kept[2] is checked
    assert kept[1].fix is None and kept[1].help == f"rename it; {READ_THROUGH_HELP}"
    assert (kept[1].code, kept[1].severity, kept[1].span, kept[1].file) == (read.code, read.severity, read.span, read.file)
    same = [home, checked]
    assert offered_read_through(same, {"body.json": {}}, {"body.json"}) is same  # nothing to change: no copy made


LINKED_TF = """\
resource "genesyscloud_flow" "callback" {
  filepath = "${path.module}/flows/callback.yaml"
}

resource "genesyscloud_integration_action" "launch" {
  name           = "Launch"
  category       = "Genesys Cloud Data Action"
  integration_id = var.integration_id
  contract_input  = jsonencode({ type = "object" })
  contract_output = jsonencode({ type = "object" })
  config_request {
    request_url_template = "/api/v2/flows/executions"
    request_type         = "POST"
    request_template     = templatefile("${path.module}/templates/launch.json", {
      flow_id = genesyscloud_flow.callback.id
      vip     = false
    })
    headers = { "Content-Type" = "application/json" }
  }
}
"""
FLOW_YAML = """\
workflow:
  name: Callback
  division: Home
  startUpRef: "/workflow/states/state[Initial State_10]"
  defaultLanguage: en-us
  supportedLanguages:
    en-us:
      none: true
  variables:
    - stringVariable:
        name: Flow.customerId
        initialValue:
          noValue: true
        isInput: true
        isOutput: false
    - booleanVariable:
        name: Flow.vip
        initialValue:
          lit: false
        isInput: true
        isOutput: false
  states:
    - state:
        name: Initial State
        refId: Initial State_10
        actions:
          - endWorkflow:
              name: End Workflow
              exitReason:
                noValue: true
"""
# (walked: a body file the run checks itself, with template holes; read by main.tf too, which knows the flow's inputs)
LINKED_TEMPLATE = '{\n  "flowId": "${flow_id}",\n  "inputData": {\n    "Flow.customerid": "x",\n    "vip": ${vip}\n  }\n}\n'


def test_a_fix_found_through_a_reading_file_in_a_file_the_run_checks_is_shown_and_counted_as_fix_applies_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """main.tf reads templates/launch.json, which the run checks itself: its FL203 (both find it) is fixed by the file's
    own step, and every report shows that fix's edits (--format json showed `"fix": null` while the text counted it
    fixable); its FL212 (only main.tf, which knows the flow's inputs, finds it) --fix does not apply: no report counts
    it fixable (the text said `2 fixable`, --fix fixed 1)."""
    monkeypatch.chdir(tmp_path)
    for name, text in {"main.tf": LINKED_TF, "flows/callback.yaml": FLOW_YAML,
                       "templates/launch.json": LINKED_TEMPLATE}.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    text, data = report(".")
    found = {d["code"]: d for d in data["diagnostics"] if d["file"] == "templates/launch.json"}  # type: ignore[attr-defined]
    assert set(found) == {"FL203", "FL212"}, found  # reached: read through main.tf (FL212 needs the flow's inputs)
    assert found["FL203"]["fix"]["edits"] == [{"line": 5, "column": 6, "end_line": 5, "end_column": 6, "content": "Flow."}]
    assert found["FL212"]["fix"] is None and found["FL212"]["help"].endswith(READ_ONLY_HELP)
    assert "1 fixable with `flowlint check --fix`" in text and text.count("\n  fix: ") == 1
    sarif = json.loads(flowlint("check", "--no-cache", "--format", "sarif", ".").stdout)
    assert [r["ruleId"] for r in sarif["runs"][0]["results"] if "fixes" in r] == ["FL203"]

    fixed = flowlint("check", "--no-cache", "--no-color", "--fix", ".")
    assert "fixed 1 finding" in fixed.stdout  # the promise kept: what was counted, fixed
    assert (tmp_path / "templates" / "launch.json").read_text() == LINKED_TEMPLATE.replace('"vip"', '"Flow.vip"')
    assert "FL212" in fixed.stdout and READ_ONLY_HELP in fixed.stdout and "fixable" not in fixed.stdout
