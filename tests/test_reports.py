"""CI reports: SARIF 2.1.0 valid against the official schema with stable fingerprints, GitHub annotations."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from conftest import ROOT, UUID, flowlint

SARIF_SCHEMA = json.loads((ROOT / "tests" / "data" / "sarif-schema-2.1.0.json").read_text())


def sarif(*args: str) -> dict[str, Any]:
    result = flowlint("check", "--format", "sarif", *args)
    assert result.exit_code in (0, 1, 3), result.output
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def test_sarif_is_valid_against_the_official_schema() -> None:
    log = sarif("fixtures")
    jsonschema.Draft7Validator(SARIF_SCHEMA).validate(log)
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert all({"id", "name", "shortDescription", "fullDescription", "help", "defaultConfiguration"} <= set(r) for r in rules)
    assert any("Bad:" in r["help"]["text"] for r in rules)
    assert run["columnKind"] == "unicodeCodePoints"
    result = next(r for r in run["results"] if r["ruleId"] == "FL101")
    location = result["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"].startswith("fixtures/invalid/")
    assert {"startLine", "startColumn", "endLine", "endColumn"} <= set(location["region"])
    assert result["level"] == "error" and result["partialFingerprints"]


def test_sarif_uris_are_relative_to_the_repo_root_from_anywhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A repo of its own: this checkout may be no git clone (an unpacked sdist, an exported tree has no .git).
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    body = tmp_path / "fixtures" / "invalid" / "array-body.json"
    body.parent.mkdir(parents=True)
    body.write_bytes((ROOT / "fixtures" / "invalid" / "array-body.json").read_bytes())
    monkeypatch.chdir(tmp_path / "fixtures")
    log = sarif("invalid/array-body.json")
    assert log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == \
        "fixtures/invalid/array-body.json"


def test_fingerprints_stay_when_unrelated_lines_move(tmp_path: Path) -> None:
    body = tmp_path / "p.json"
    body.write_text('{\n  "flowId": "x",\n  "type": "flow"\n}\n')
    before = {r["ruleId"]: (r["partialFingerprints"], r["locations"][0]["physicalLocation"]["region"]["startLine"])
              for r in sarif(str(body))["runs"][0]["results"]}
    body.write_text('\n\n\n{\n  "name": "added",\n  "flowId": "x",\n  "type": "flow"\n}\n')
    after = {r["ruleId"]: (r["partialFingerprints"], r["locations"][0]["physicalLocation"]["region"]["startLine"])
             for r in sarif(str(body))["runs"][0]["results"]}
    assert before.keys() == after.keys() == {"FL101", "FL104"}
    for code in before:
        assert before[code][0] == after[code][0] and before[code][1] != after[code][1]


def test_sarif_with_no_findings_is_valid() -> None:
    log = sarif("fixtures/valid")
    jsonschema.Draft7Validator(SARIF_SCHEMA).validate(log)
    assert log["runs"][0]["results"] == []


def test_github_annotations_are_escaped(tmp_path: Path) -> None:
    body = tmp_path / "a,b:c.json"
    body.write_text('{"flowId": "100%\\nsure"}')
    result = flowlint("check", "--format", "github", str(body))
    line = result.stdout.splitlines()[0]
    assert line.startswith("::error file=") and "a%2Cb%3Ac.json" in line
    assert ",line=1,col=12," in line and "title=FL104 invalid-flow-id::" in line
    message = line.split("::", 2)[2]
    assert "\n" not in message and "%0Ahelp: " in message and "100%25" in message


def test_github_format_is_chosen_under_github_actions() -> None:
    result = flowlint("check", "fixtures/invalid/array-body.json", env={"GITHUB_ACTIONS": "true"})
    assert result.stdout.startswith("::error file=fixtures/invalid/array-body.json,line=1,col=1,")
    assert flowlint("check", "--format", "text", "fixtures/invalid/array-body.json",
                    env={"GITHUB_ACTIONS": "true"}).stdout.startswith("fixtures/")


def test_the_caret_sits_under_the_span_in_plain_ascii_and_after_a_wide_character(tmp_path: Path) -> None:
    for prefix, cells in (("", 0), ("😀", 2)):  # an emoji takes two terminal cells: the caret moves one further
        body = tmp_path / "body.json"
        body.write_text(f'{{"name": "{prefix}", "flowId": "{UUID}", "flowName": 1, "flowVersion": "1"}}\n', encoding="utf-8")
        lines = flowlint("check", "--no-color", str(body)).output.splitlines()
        at = next(n for n, line in enumerate(lines) if "FL102" in line)  # reached: the finding and its excerpt
        source, caret = lines[at + 1], lines[at + 2]
        key = source.index('"flowName"')
        assert caret.index("^") == key + cells - len(prefix) and caret.count("^") == len('"flowName"')
