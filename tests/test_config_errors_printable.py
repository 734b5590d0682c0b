"""A config error quotes what a file wrote (a key, a rule code, a value): shown as one safe line, never a CI command
line or a terminal escape (docs/limits.md): a stranger's pull request may change pyproject.toml."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, flowlint

HOSTILE = "x\\n::error file=a.json,line=1::Your token expired\\n\\u001b]8;;https://evil.example\\u0007click\\u001b[2J\\u202e"
SECTIONS = {
    "unknown key": f'[tool.flowlint]\n"{HOSTILE}" = 1\n',
    "a value": f'[tool.flowlint]\nstrict = "{HOSTILE}"\n',
    "a severity key": f'[tool.flowlint.severity]\n"{HOSTILE}" = "error"\n',
    "a per-file-ignores code": f'[tool.flowlint.per-file-ignores]\n"a.json" = ["FL1{HOSTILE}"]\n',
    "a flows key": f'[tool.flowlint.flows]\n"{HOSTILE}" = "f.yaml"\n',
}


def _unsafe(output: str) -> list[str]:
    """The lines a CI runner would obey, and any control, bidi or escape character."""
    bad = [line for line in output.splitlines() if line.lstrip().startswith("::")]
    return bad + [repr(ch) for ch in output if ch in "\x1b\x07\u202e\r" or (ord(ch) < 32 and ch not in "\n\t")]


@pytest.mark.parametrize("section", SECTIONS)
def test_a_hostile_config_is_refused_in_one_safe_line(section: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "pyproject.toml").write_text(SECTIONS[section])
    (tmp_path / "a.json").write_text('{"flowId": "x"}')
    monkeypatch.chdir(tmp_path)
    result = flowlint("check", "a.json")
    assert result.exit_code == 2 and "pyproject.toml" in result.stderr  # reached: the config refused
    assert _unsafe(result.stdout + result.stderr) == []
    assert "\\n::error" in result.stderr or "FL1x" in result.stderr  # said, escaped


def test_the_console_entry_point_shows_a_refused_config_safely(tmp_path: Path) -> None:
    """`flowlint check` runs without click's group when its command line is plain (cli/argv.py): the same escaping."""
    (tmp_path / "pyproject.toml").write_text(SECTIONS["unknown key"])
    (tmp_path / "a.json").write_text('{"flowId": "x"}')
    result = subprocess.run([sys.executable, "-c", "from validator.cli import run; run()", "check", "a.json"],
                            cwd=tmp_path, capture_output=True, text=True, env={"PYTHONPATH": str(ROOT), "PATH": ""})
    assert result.returncode == 2 and "unknown key" in result.stderr, result.stderr
    assert _unsafe(result.stdout + result.stderr) == []


@pytest.mark.parametrize(("setting", "said"), [
    ('cache-dir = "../cc"', "the cache stays in the project"),
    ('contracts = "a.json"', "is a file; the contract store is a directory"),
    ('contracts = "../store"', "name a store elsewhere with --contracts"),
])
def test_a_config_path_refused_says_what_to_do_for_that_setting(setting: str, said: str, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """cache-dir outside the project was told to use --contracts (the contract store's advice); a contract store naming
    a file was taken."""
    (tmp_path / "pyproject.toml").write_text(f"[tool.flowlint]\n{setting}\n")
    (tmp_path / "a.json").write_text('{"flowId": "x"}')
    monkeypatch.chdir(tmp_path)
    result = flowlint("check", "a.json")
    assert result.exit_code == 2 and said in result.stderr, result.stderr
    if "cache" in setting:
        assert "--contracts" not in result.stderr
