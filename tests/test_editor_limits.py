"""The editor reads a buffer's project under the limits its check does (run/buffer.py's limits_of), its YAML version too."""

from __future__ import annotations

from pathlib import Path

from validator.lsp import server
from validator.run.buffer import limits_of, project_of


def test_the_editors_project_is_read_under_the_checks_limits(tmp_path: Path) -> None:
    (tmp_path / ".flowlint.toml").write_text('max-depth = 7\nyaml-version = "1.2"\n')
    (tmp_path / "app").mkdir()
    path = str(tmp_path / "app" / "launcher.py")
    config, problem = project_of(path)
    assert problem is None and config.yaml_version == "1.2"  # (the config was read)
    limits = limits_of(config, path)
    assert (limits.max_depth, limits.yaml_version) == (7, "1.2")
    assert limits.roots == (str(config.root), str(tmp_path / "app"))
    assert server._project(path) == (str(config.root), limits)
