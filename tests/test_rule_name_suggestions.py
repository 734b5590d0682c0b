"""A word that names no rule (in --ignore/--select, a config's severity or per-file-ignores, an ignore comment) is
said with the nearest rule's name and code, as written, not upper-cased."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from validator.cli import main
from validator.core.codes import did_you_mean

LAUNCH = ('import requests\nrequests.post("https://api.mypurecloud.com/api/v2/flows/executions", '
          'json={"flowId": "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90", "inputData": {}})  # flowlint: ignore[missing-prefx, FL999]\n')


def test_the_nearest_rule_is_named_or_nothing() -> None:
    assert did_you_mean("missing-prefix") == "; did you mean `missing-flow-prefix` (FL203)?"
    assert did_you_mean("FL2O3").startswith("; did you mean `")  # (FL203 and FL213 are as near: one of them)
    assert did_you_mean("FL999") == "" and did_you_mean("zzzz") == "" and did_you_mean("x" * 100_000) == ""


def test_an_ignore_comment_says_the_word_as_written_and_the_nearest_rule(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "c.py").write_text(LAUNCH)
    result = CliRunner().invoke(main, ["check", "--no-cache", "c.py"])
    assert "FL009" in result.output  # reached: the unused suppression is said
    assert "unused suppression of missing-prefx, FL999" in result.output and "MISSING-PREFX" not in result.output
    assert "missing-prefx: no such rule; did you mean `missing-flow-prefix` (FL203)?; FL999: no such rule)" in result.output


def test_an_option_and_a_config_suggest_the_nearest_rule(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.json").write_text('{"flowId": "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90", "inputData": {}}\n')
    option = CliRunner().invoke(main, ["check", "--no-cache", "--ignore", "wrong-envelop", "a.json"])
    assert option.exit_code == 2 and "did you mean `wrong-envelope` (FL101)?" in option.output
    (tmp_path / "pyproject.toml").write_text('[tool.flowlint.severity]\nmissing-flow-prefx = "warning"\n')
    config = CliRunner().invoke(main, ["check", "--no-cache", "a.json"])
    assert config.exit_code == 2 and "severity.missing-flow-prefx: no such rule; did you mean `missing-flow-prefix` (FL203)?" \
        in config.output
