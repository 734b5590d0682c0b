"""Config files: one nested past the TOML parser's recursion is a usage error naming it (exit 2), never a traceback
(review2 6), in each file a config may be; `flowlint.toml` is read as ruff reads `ruff.toml`, after `.flowlint.toml`
and before pyproject.toml in one directory (review2, smaller)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from validator.project.config import ConfigError, find_config, load_config

from conftest import flowlint

DEEP = "[" * 5000 + "]" * 5000
BODY = '{"flowId": "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90", "inputs": {}}\n'  # FL101: `inputs` is not a member


def check(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[int, list[str], str]:
    (tmp_path / "a.json").write_text(BODY, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = flowlint("check", "--no-cache", "--format", "json", "a.json")
    found = [d["code"] for d in json.loads(result.stdout)["diagnostics"] if d["code"] != "FL200"] \
        if result.exit_code in (0, 1) else []  # (FL200: no contract store here, a note)
    return result.exit_code, found, result.stderr


@pytest.mark.parametrize(("name", "text"), [
    ("pyproject.toml", f"[tool.flowlint]\nstrict = true\n[tool.other]\nx = {DEEP}\n"),
    ("pyproject.toml", f"[tool.other]\nx = {DEEP}\n[tool.flowlint]\nstrict = true\n"),
    (".flowlint.toml", f"x = {DEEP}\n"),
    ("flowlint.toml", "strict = " + "{a = " * 3000 + "1" + "}" * 3000 + "\n"),
])
def test_a_config_nested_too_deeply_is_a_usage_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str,
                                                     text: str) -> None:
    (tmp_path / name).write_text(text, encoding="utf-8")
    code, _, said = check(tmp_path, monkeypatch)
    assert code == 2 and f"{name}: cannot read it: nested too deeply" in said and "Traceback" not in said, said


def test_a_deep_value_our_checks_walk_is_a_usage_error(tmp_path: Path) -> None:
    path = tmp_path / ".flowlint.toml"
    path.write_text("strict = " + "[" * 400 + "]" * 400 + "\n", encoding="utf-8")  # tomllib takes it; quoting it may not
    try:
        load_config(path)
    except ConfigError as err:
        assert str(err).startswith(f"{path}: ")  # reached: refused, naming the file (a bad value, or too deep)
    else:
        pytest.fail("a list is no boolean")


def test_a_pyproject_whose_tool_is_no_table_is_no_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "pyproject.toml").write_text("tool = 1\n", encoding="utf-8")
    assert find_config(tmp_path) is None
    assert check(tmp_path, monkeypatch)[:2] == (1, ["FL101"])


def test_flowlint_toml_is_read_and_the_order_in_one_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert check(tmp_path, monkeypatch)[:2] == (1, ["FL101"])  # reached: the finding each config below turns off
    (tmp_path / "pyproject.toml").write_text('[tool.flowlint.severity]\nFL101 = "warning"\n', encoding="utf-8")
    assert check(tmp_path, monkeypatch)[:2] == (0, ["FL101"])
    (tmp_path / "flowlint.toml").write_text('[per-file-ignores]\n"a.json" = ["FL101"]\n', encoding="utf-8")
    assert find_config(tmp_path) == tmp_path / "flowlint.toml"
    assert check(tmp_path, monkeypatch)[:2] == (0, [])
    (tmp_path / ".flowlint.toml").write_text("strict = false\n", encoding="utf-8")
    assert find_config(tmp_path) == tmp_path / ".flowlint.toml" and check(tmp_path, monkeypatch)[:2] == (1, ["FL101"])
