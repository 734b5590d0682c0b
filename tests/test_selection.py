"""Rule selection and output options like ruff's: --select/--ignore/--extend-select, --exit-zero, --statistics,
--output-file, --show-files, --show-fixes, the gitlab and junit formats, a bare `flowlint check`, FORCE_COLOR."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from conftest import UUID, codes, flowlint

WRONG_HOST = "https://myinstance.mypurecloud.com/api/v2/flows/executions"
# FL302 (wrong host) and FL303 (no JSON content type) on one launch; FL302 suppressed on another.
APP = (f"await fetch(`{WRONG_HOST}`, {{method: 'POST', headers: {{Authorization: `Bearer ${{token}}`}}, "
       "body: JSON.stringify({flowId, inputData: {}})});\n"
       f"// flowlint: ignore[FL302]\nawait fetch(`{WRONG_HOST}`, {{method: 'POST', headers: {{'Content-Type': "
       "'application/json', Authorization: `Bearer ${token}`}, body: JSON.stringify({flowId, inputData: {}})});\n")


@pytest.fixture
def app(tmp_path: Path) -> Path:
    path = tmp_path / "app.js"
    path.write_text(APP)
    return path


def found(*args: str) -> list[str]:
    result = flowlint("check", "--format", "json", *args)
    return codes(json.loads(result.stdout)["diagnostics"])


def test_select_ignore_and_extend_select(app: Path) -> None:
    assert found(str(app)) == ["FL302", "FL303"]
    assert found("--select", "FL303", str(app)) == ["FL303"]
    assert found("--select", "FL3", "--ignore", "FL302", str(app)) == ["FL303"]
    assert found("--ignore", "FL302,FL303", str(app)) == []
    assert found("--select", "FL303", "--extend-select", "wrong-host", str(app)) == ["FL302", "FL303"]
    assert found("--select", "ALL", str(app)) == ["FL302", "FL303"]
    bad = flowlint("check", "--select", "FL7", str(app))
    assert bad.exit_code == 2 and "'FL7' is no rule code" in bad.output


def test_select_turns_on_a_rule_the_config_turned_off(app: Path, tmp_path: Path) -> None:
    config = tmp_path / ".flowlint.toml"
    config.write_text('[severity]\nFL303 = "off"\n')
    assert found("--config", str(config), str(app)) == ["FL302"]
    assert found("--config", str(config), "--select", "FL303", str(app)) == ["FL303"]


def test_an_ignored_rule_makes_no_unused_suppression(app: Path) -> None:
    result = flowlint("check", "--format", "json", "--ignore", "FL302", str(app))
    assert codes(json.loads(result.stdout)["diagnostics"]) == ["FL303"]


def test_exit_zero(app: Path) -> None:
    assert flowlint("check", str(app)).exit_code == 1
    assert flowlint("check", "--exit-zero", str(app)).exit_code == 0


def test_statistics_count_the_suppressed_findings_too(app: Path) -> None:
    result = flowlint("check", "--statistics", str(app))
    assert result.exit_code == 1
    assert result.stdout.splitlines() == ["1\tFL302\t    wrong-host  (1 suppressed)", "1\tFL303\t    content-type",
                                          "1 suppressed by `flowlint: ignore` comments or per-file-ignores"]
    rows = json.loads(flowlint("check", "--statistics", "--format", "json", str(app)).stdout)
    assert {row["code"]: (row["count"], row["suppressed"]) for row in rows} == {"FL302": (1, 1), "FL303": (1, 0)}


def test_suppressed_findings_are_in_no_output_format(app: Path) -> None:
    for output in ("text", "json", "sarif", "github", "gitlab", "junit"):
        result = flowlint("check", "--no-color", "--format", output, str(app))
        assert "FL302" in result.stdout, output  # the first launch's, not the suppressed one's on line 3
        for line_3 in (":3:", '"line": 3', "line=3", '"startLine": 3', '"begin": 3', 'line="3"'):
            assert line_3 not in result.stdout, output


def test_output_file(app: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    result = flowlint("check", "--format", "json", "--output-file", str(out), str(app))
    assert result.exit_code == 1 and result.stdout == ""
    assert codes(json.loads(out.read_text())["diagnostics"]) == ["FL302", "FL303"]


def test_show_files_lists_and_checks_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "app.js").write_text(APP)
    (tmp_path / "body.json").write_text(json.dumps({"flowId": UUID}))
    (tmp_path / "package.json").write_text("{}")
    monkeypatch.chdir(tmp_path)
    result = flowlint("check", "--show-files")
    assert result.exit_code == 0 and sorted(result.stdout.split()) == ["app.js", "body.json", "package.json"]


def test_bare_check_checks_the_working_directory(app: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(app.parent)
    result = flowlint("check", "--format", "json")
    assert result.exit_code == 1
    assert {d["file"] for d in json.loads(result.stdout)["diagnostics"]} == {"app.js"}


def test_show_fixes(tmp_path: Path) -> None:
    body = tmp_path / "body.json"
    body.write_text(json.dumps({"flowid": UUID}))
    listed = flowlint("check", "--show-fixes", str(body)).stdout
    assert "Fixable with `flowlint check --fix`:" in listed and "1 × FL102 (unknown-member)" in listed
    fixed = flowlint("check", "--fix", "--show-fixes", str(body)).stdout
    assert "Fixed 1 finding:" in fixed and f"- {body}:\n    1 × FL102 (unknown-member)" in fixed
    assert json.loads(body.read_text()) == {"flowId": UUID}


def test_gitlab_code_quality(app: Path) -> None:
    issues: list[dict[str, Any]] = json.loads(flowlint("check", "--format", "gitlab", str(app)).stdout)
    assert [i["check_name"] for i in issues] == ["FL302 wrong-host", "FL303 content-type"]
    assert all(i["severity"] == "major" and i["location"]["lines"]["begin"] == 1 and i["location"]["path"].endswith("app.js")
               for i in issues)
    assert len({i["fingerprint"] for i in issues}) == 2
    clean = json.loads(flowlint("check", "--format", "gitlab", "--ignore", "FL3", str(app)).stdout)
    assert clean == []


def test_junit(app: Path) -> None:
    root = ET.fromstring(flowlint("check", "--format", "junit", str(app)).stdout)
    cases = root.findall("./testsuite/testcase")
    assert [c.get("name") for c in cases] == ["FL302 wrong-host", "FL303 content-type"]
    assert root.get("failures") == "2" and all(c.find("failure") is not None for c in cases)
    clean = ET.fromstring(flowlint("check", "--format", "junit", "--ignore", "FL3", str(app)).stdout)
    assert clean.get("failures") == "0" and len(clean.findall("./testsuite/testcase")) == 1


def test_force_color(app: Path) -> None:
    assert "\x1b[" not in flowlint("check", str(app)).stdout  # not a terminal: plain
    assert "\x1b[" in flowlint("check", str(app), env={"FORCE_COLOR": "1"}).stdout
    assert "\x1b[" not in flowlint("check", "--no-color", str(app), env={"FORCE_COLOR": "1"}).stdout
