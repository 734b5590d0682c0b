"""A request file's body read from another file (`< ./body.json`): checked in that file, read only safely."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path
from typing import Any

import pytest

from conftest import UUID, flowlint

REQUEST = ("POST https://api.mypurecloud.com/api/v2/flows/executions\n"
           "Content-Type: application/json\n\n{body}\n")
SECRET = "OUTSIDE-SECRET-VALUE"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "project"
    (root / "api" / "bodies").mkdir(parents=True)
    (tmp_path / "outside.json").write_text(json.dumps({"flowId": SECRET, "password": SECRET}))
    monkeypatch.chdir(root)
    return root


def run(*args: str) -> tuple[int, list[dict[str, Any]], str]:
    result = flowlint("check", "--format", "json", *args)
    text = flowlint("check", "--no-color", *args).stdout
    found = [d for d in json.loads(result.stdout)["diagnostics"] if d["code"] != "FL200"]  # no contract: a note
    return result.exit_code, found, text


def test_the_body_file_is_checked_at_its_own_positions(project: Path) -> None:
    (project / "api" / "launch.http").write_text(REQUEST.format(body="< ./bodies/launch.json"))
    (project / "api" / "bodies" / "launch.json").write_text('{\n  "flowId": "abc",\n  "inputData": {}\n}\n')
    code, found, text = run("api/launch.http")
    assert code == 1
    assert [(d["file"], d["code"], d["line"], d["column"], d["pointer"]) for d in found] == [
        (os.path.join("api", "bodies", "launch.json"), "FL104", 2, 13, "/flowId")]
    assert '2 |   "flowId": "abc",' in text  # the excerpt is the body file's line, not the request file's


def test_a_clean_body_file_and_the_request_findings_stay_in_the_request_file(project: Path) -> None:
    (project / "api" / "launch.http").write_text(REQUEST.format(body="< bodies/ok.json").replace("api.mypurecloud", "apps.mypurecloud"))
    (project / "api" / "bodies" / "ok.json").write_text(json.dumps({"flowId": UUID, "inputData": {}}))
    code, found, _ = run("api/launch.http")
    assert code == 1
    assert [(d["file"], d["code"], d["line"]) for d in found] == [(os.path.join("api", "launch.http"), "FL302", 1)]


def test_each_finding_once_when_the_directory_holds_the_request_and_its_body(project: Path) -> None:
    (project / "api" / "launch.http").write_text(REQUEST.format(body="< ./bodies/launch.json") + "###\n"
                                                 + REQUEST.format(body="< bodies/launch.json"))
    (project / "api" / "bodies" / "launch.json").write_text('{"flowId": "abc"}')
    code, found, _ = run("api")
    assert code == 1 and [(d["file"], d["code"]) for d in found] == [(os.path.join("api", "bodies", "launch.json"), "FL104")]


def test_variables_are_filled_only_with_the_at_form(project: Path) -> None:
    (project / "api" / "bodies" / "vars.json").write_text('{"flowId": "{{flow}}", "inputData": {}}')
    (project / "api" / "fill.http").write_text("@flow = abc\n\n" + REQUEST.format(body="<@ ./bodies/vars.json"))
    (project / "api" / "raw.http").write_text("@flow = abc\n\n" + REQUEST.format(body="< ./bodies/vars.json"))
    assert [d["code"] for d in run("api/fill.http")[1]] == ["FL104"]
    assert run("api/raw.http")[1] == []  # `<` sends {{flow}} as written or filled, by client: unknown


@pytest.mark.parametrize("reference", ["../../outside.json", "{root}/../outside.json", "./bodies/link.json", "./bodies/missing.json",
                                       "./bodies/fifo.json", "/proc/self/status", "./bodies/big.json", "./bodies/linked/outside.json"])
def test_a_body_file_that_cannot_be_read_safely_is_unknown_and_said(project: Path, reference: str) -> None:
    (project / "api" / "bodies" / "link.json").symlink_to(project.parent / "outside.json")
    (project / "api" / "bodies" / "linked").symlink_to(project.parent, target_is_directory=True)
    os.mkfifo(project / "api" / "bodies" / "fifo.json")
    (project / "api" / "bodies" / "big.json").write_text(json.dumps({"flowId": "abc", "pad": "x" * 2000}))
    (project / "api" / "launch.http").write_text(REQUEST.format(body="< " + reference.format(root=project)))
    done: list[tuple[int, list[dict[str, Any]], str]] = []
    worker = threading.Thread(target=lambda: done.append(run("--max-file-size", "1000", "api/launch.http")), daemon=True)
    worker.start()
    worker.join(20)
    assert done, "reading the body file hung"
    code, found, text = done[0]
    assert code == 0 and [d["code"] for d in found] == ["FL011"], found  # (its note: tests/test_http_body_file_unread.py)
    assert "nothing in it was checked" in found[0]["message"]
    assert SECRET not in text


def test_the_request_file_counts_once_and_fix_mode_reports_the_body_once(project: Path) -> None:
    (project / "api" / "launch.http").write_text(REQUEST.format(body="< ./bodies/launch.json"))
    (project / "api" / "bodies" / "launch.json").write_text('{\n  "flowId": "abc"\n}\n')
    report = json.loads(flowlint("check", "--format", "json", "api/launch.http").stdout)
    assert [(d["file"], d["code"]) for d in report["diagnostics"]] == [("api/bodies/launch.json", "FL104")]  # reached
    assert report["summary"]["files"] == 1
    for args in (("--fix", "api"), ("--fix", "api/launch.http", "api/bodies/launch.json"), ("api/bodies/launch.json", "api/launch.http")):
        text = flowlint("check", "--no-color", *args).stdout
        assert text.count("FL104") == 1 and '2 |   "flowId": "abc"' in text, (args, text)


def test_fixing_a_request_file_never_writes_a_body_files_edits_into_it(project: Path) -> None:
    request = REQUEST.format(body="< ./bodies/launch.json")
    (project / "api" / "launch.http").write_text(request)
    body = '{\n  "flowId": "' + UUID + '",\n  "flowVersion": 3,\n  "inputData": {"Flow.x": 1},\n  "type": "flow"\n}\n'
    (project / "api" / "bodies" / "launch.json").write_text(body)
    for unsafe in ((), ("--unsafe-fixes",)):
        flowlint("check", "--fix", *unsafe, "api/launch.http")
        assert (project / "api" / "launch.http").read_text() == request
        assert (project / "api" / "bodies" / "launch.json").read_text() == body  # only checked, never written, through its reader
    # What proves the body file reached in fix mode is test_fix_mode_reads_a_request_files_body_file_as_check_does.


def test_fix_mode_reads_a_request_files_body_file_as_check_does(project: Path) -> None:
    (project / "api" / "launch.http").write_text(REQUEST.format(body="< ./bodies/launch.json"))
    (project / "api" / "bodies" / "launch.json").write_text('{\n  "flowId": "' + UUID + '",\n  "type": "flow"\n}\n')
    assert "FL101" in flowlint("check", "--no-color", "api/launch.http").stdout
    assert "FL101" in flowlint("check", "--no-color", "--fix", "api/launch.http").stdout  # unsafe: said, not applied


def test_fix_reports_a_body_file_as_it_is_once_fixed_whichever_file_is_named_first(project: Path) -> None:
    (project / "api" / "launch.http").write_text(REQUEST.format(body="< ./bodies/launch.json"))
    body = '{\n  "flowId": "' + UUID + '",\n  "type": "flow"\n}\n'
    (project / "api" / "bodies" / "launch.json").write_text(body)
    alone = flowlint("check", "--no-color", "--fix", "--unsafe-fixes", "api/launch.http")
    assert "FL101" in alone.stdout and alone.exit_code == 1  # reached: shown through the request file, fixed in neither
    assert "not applied" not in alone.stdout + alone.stderr  # its fix is the body file's, not one that failed here
    fixed = flowlint("check", "--no-color", "--fix", "--unsafe-fixes", "api/launch.http", "api/bodies/launch.json")
    assert (project / "api" / "bodies" / "launch.json").read_text() != body  # the body file fixed itself, after its reader
    assert "FL101" not in fixed.stdout and fixed.exit_code == 0, fixed.stdout
    assert flowlint("check", "--no-color", "api/launch.http").exit_code == 0  # as a fresh check finds


def test_a_body_file_is_read_only_inside_the_tree_being_checked(project: Path) -> None:
    """`check vendor/` run from the project reads no body file of the project outside vendor/ (issue 21)."""
    (project / "private.json").write_text(json.dumps({"flowId": SECRET}))
    (project / "vendor").mkdir()
    (project / "vendor" / "body.json").write_text('{"flowId": "inside"}')
    (project / "vendor" / "a.http").write_text(REQUEST.format(body="< ./body.json") + "\n###\n" +
                                               REQUEST.format(body="< ../private.json"))
    _, found, text = run("vendor/")
    assert any("inside" in d["message"] for d in found)  # reached: the body file inside the tree is read
    assert SECRET not in text and not any(SECRET in json.dumps(d) for d in found)
    _, found, text = run("vendor/a.http")
    assert any("inside" in d["message"] for d in found) and SECRET not in text
