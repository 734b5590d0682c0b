"""A YAML body past flowlint's YAML size limit (1/32 of max-file-size, 1 MiB by default) is flowlint's limit, not
the author's mistake: an FL010 note that the file was not checked, why, and the max-file-size that checks it; no
error, exit 0. Raised as the note says, the file is checked."""

from __future__ import annotations

import json
import re
from pathlib import Path

import validator
from validator.sources.document import DEFAULT_LIMITS

from conftest import UUID, flowlint


def yaml_body(size: int) -> str:
    lines = [f"flowId: {UUID}", "inputData:"]
    written = sum(len(line) + 1 for line in lines)
    while written < size:
        lines.append(f"  Flow.v{len(lines)}: value number {len(lines)}")
        written += len(lines[-1]) + 1
    return "\n".join(lines) + "\n"


def test_a_valid_yaml_body_past_the_default_limit_is_a_note_that_it_was_not_checked(tmp_path: Path) -> None:
    body = tmp_path / "big.yaml"
    body.write_text(yaml_body(1_250_000), encoding="utf-8")
    result = flowlint("check", "--format", "json", str(body))
    assert result.exit_code == 0, result.output
    [note] = json.loads(result.stdout)["diagnostics"]
    assert note["code"] == "FL010" and note["severity"] == "info"
    assert note["message"].startswith("not checked: the YAML text is 1,25") and f"{DEFAULT_LIMITS.max_yaml_size:,}" in note["message"]
    assert "--max-file-size 40894464" in note["help"] and "convert the body to JSON" in note["help"]


def test_the_max_file_size_the_note_names_checks_the_file(tmp_path: Path) -> None:
    body = tmp_path / "b.yaml"
    body.write_text(yaml_body(3000), encoding="utf-8")  # past the YAML limit of a 64 KiB max-file-size (2,048)
    result = flowlint("check", "--format", "json", "--max-file-size", "65536", str(body))
    assert result.exit_code == 0, result.output
    [note] = json.loads(result.stdout)["diagnostics"]
    assert note["code"] == "FL010" and "reads YAML up to 2,048" in note["message"]
    raised = re.search(r"--max-file-size (\d+)", note["help"])
    assert raised is not None
    checked = flowlint("check", "--format", "json", "--max-file-size", raised.group(1), str(body))
    found = [d["code"] for d in json.loads(checked.stdout)["diagnostics"]]
    assert checked.exit_code == 1 and "FL202" in found and "FL010" not in found  # read, and checked against the contract


def test_the_library_says_the_same_of_yaml_text() -> None:
    report = validator.check(yaml_body(1_250_000), kind="yaml")
    assert [d.code for d in report.diagnostics] == ["FL010"] and report.diagnostics[0].message.startswith("not checked")
