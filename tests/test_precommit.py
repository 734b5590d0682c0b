"""The pre-commit hook, run by the real pre-commit (`try-repo` against this checkout) on a throwaway repo."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, UUID2

PRE_COMMIT = shutil.which("pre-commit") or str(Path(sys.executable).with_name("pre-commit"))


def git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


@pytest.mark.skipif(not (ROOT / ".git").exists() or not Path(PRE_COMMIT).exists(), reason="needs a git checkout and pre-commit")
def test_hook_fails_the_bad_payload_with_a_located_finding(tmp_path: Path) -> None:
    repo = tmp_path / "project"
    (repo / "payloads").mkdir(parents=True)
    (repo / "payloads" / "good.json").write_text(json.dumps({"flowId": UUID2}))
    (repo / "payloads" / "bad.json").write_text('{\n  "data": {"customerName": "John"}\n}\n')
    (repo / "package.json").write_text('{"name": "not-a-payload", "version": "1.0.0"}')
    (repo / ".flowlint.toml").write_text('include = ["payloads/**"]\n')
    git(repo, "init", "-q")
    git(repo, "add", "-A")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"), "NO_COLOR": "1"}

    def hook(*files: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([PRE_COMMIT, "try-repo", str(ROOT), "flowlint", "--color", "never", "--files", *files],
                              cwd=repo, env=env, capture_output=True, text=True, timeout=600)

    clean = hook("payloads/good.json", "package.json")
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert "Passed" in clean.stdout
    dirty = hook("payloads/good.json", "payloads/bad.json", "package.json")
    assert dirty.returncode == 1, dirty.stdout + dirty.stderr
    assert "payloads/bad.json:2:3: FL101 error `data`" in dirty.stdout
    assert "good.json" not in dirty.stdout.split("- hook id: flowlint")[-1] and "package.json" not in dirty.stdout
