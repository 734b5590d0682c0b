"""A `[flows]` entry naming a YAML that is no file is a usage error (exit 2) naming the entry, as a path out of the
project and a missing `--flow-schema` file are (docs/cx-as-code.md), not FL901 with exit 3 on every launch."""

from __future__ import annotations

from pathlib import Path

import pytest

from validator.project.config import ConfigError, load_config

from conftest import UUID, flowlint


def test_a_flow_yaml_that_is_no_file_is_a_usage_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "pyproject.toml").write_text(f'[tool.flowlint]\n[tool.flowlint.flows]\n"{UUID}" = "missing.yaml"\n')
    (tmp_path / "a.json").write_text(f'{{"flowId": "{UUID}"}}\n')
    monkeypatch.chdir(tmp_path)
    result = flowlint("check", "--no-cache", ".")
    assert result.exit_code == 2, result.output
    assert f"flows.{UUID}: 'missing.yaml' is no file" in result.output, result.output
    with pytest.raises(ConfigError, match="is no file"):
        load_config(tmp_path / "pyproject.toml")
