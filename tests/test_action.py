"""The GitHub Action (action.yml): its shell steps, run as the runner would, in a throwaway project.

The `uses:` steps (setup-python, the SARIF upload) are GitHub's own; the steps this project wrote run here with
their inputs substituted: the install from the action's checkout into a throwaway virtualenv (dependencies taken
from the test environment, nothing downloaded), then the check, its annotations, SARIF file and exit code.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import sysconfig
from pathlib import Path
from typing import Any

import pytest
import yaml

from conftest import ROOT

ACTION = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
WRONG_HOST = "https://myinstance.mypurecloud.com/api/v2/flows/executions"
LAUNCH = (f"await fetch(`{WRONG_HOST}`, {{method: 'POST', headers: {{'Content-Type': 'application/json'}}, "
          "body: JSON.stringify({flowId})});\n")


def expression(text: str, inputs: dict[str, str]) -> str:
    """`${{ ... }}` the way the runner fills it, for what this action uses."""
    def value(match: re.Match[str]) -> str:
        name = match.group(1).strip()
        if name == "github.action_path":
            return str(ROOT)
        if name.startswith("inputs."):
            key = name.removeprefix("inputs.")
            return str(inputs.get(key, ACTION["inputs"][key].get("default", "")))
        raise AssertionError(f"an expression the test does not know: {name}")
    return re.sub(r"\$\{\{(.*?)\}\}", value, text)


@pytest.fixture(scope="module")
def runner_python(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A throwaway virtualenv standing for setup-python's interpreter: it sees the test environment's packages
    (a .pth file) but not its editable flowlint, so the install step must install it."""
    venv = tmp_path_factory.mktemp("runner") / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    site = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          capture_output=True, text=True, check=True).stdout.strip()
    (Path(site) / "test-environment.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    return venv / "bin"


#: The steps this project wrote, in the action's order (the `uses:` ones are GitHub's): the install, then the check.
SHELL_STEPS = [step for step in ACTION["runs"]["steps"] if "uses" not in step]


@pytest.fixture(scope="module")
def installed(runner_python: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The runner's interpreter once the action's first step has run: flowlint installed from the action's checkout.
    (Its inputs are not the install's: each test's runner would run the same install, so the tests share one; each runs
    the steps after it.)"""
    assert len(SHELL_STEPS) == 2 and "pip install" in SHELL_STEPS[0]["run"], SHELL_STEPS  # the install and the check
    tmp = tmp_path_factory.mktemp("install")
    (tmp / "project").mkdir()
    status, _, _ = run_steps(tmp / "project", runner_python, {}, tmp, SHELL_STEPS[:1])
    assert status == 0
    return runner_python


def run_steps(project: Path, bin_dir: Path, inputs: dict[str, str], tmp: Path,
              steps: list[dict[str, Any]]) -> tuple[int, str, dict[str, str]]:
    """Run `steps` (shell steps of the action) as the runner would: their status, their stdout, the outputs set."""
    output = tmp / "github_output"
    output.write_text("")
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}", "GITHUB_OUTPUT": str(output),
           "GITHUB_ACTIONS": "true", "PIP_NO_DEPS": "1", "PIP_NO_BUILD_ISOLATION": "0", "PIP_NO_INDEX": "1"}
    for name in ("VIRTUAL_ENV", "PYTHONPATH"):  # the runner's interpreter sees only what the install step installed
        env.pop(name, None)
    ran = 0
    stdout = ""
    status = 0
    for step in steps:
        ran += 1
        assert "if" not in step  # a condition would need the runner's expression language
        step_env = {**env, **{k: expression(str(v), inputs) for k, v in step.get("env", {}).items()}}
        cwd = project / expression(step.get("working-directory", "."), inputs)
        done = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", expression(step["run"], inputs)],
                              cwd=cwd, env=step_env, capture_output=True, text=True, timeout=300, check=False)
        assert done.returncode in (0, 1), done.stderr
        stdout += done.stdout
        status = done.returncode
        if status:
            break
    assert ran == len(steps)
    outputs = dict(line.split("=", 1) for line in output.read_text().splitlines() if "=" in line)
    return status, stdout, outputs


def test_the_action_installs_flowlint_from_its_checkout_and_annotates(installed: Path, tmp_path: Path) -> None:
    project = tmp_path / "project"
    (project / "src").mkdir(parents=True)
    (project / "src" / "launch.js").write_text(LAUNCH)
    status, out, outputs = run_steps(project, installed, {"args": "src", "sarif": "flowlint.sarif"}, tmp_path, SHELL_STEPS[1:])
    assert status == 1 and outputs["exit-code"] == "1"
    assert "::error file=src/launch.js,line=1" in out and "FL302" in out
    sarif: Any = json.loads((project / "flowlint.sarif").read_text())
    assert [r["ruleId"] for r in sarif["runs"][0]["results"]] == ["FL302"]
    clean = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    imported = subprocess.run([str(installed / "python"), "-c", "import validator; print(validator.__file__)"],
                              cwd=tmp_path, env=clean, capture_output=True, text=True, check=True).stdout
    assert str(installed.parent) in imported  # the action's own install, not the test environment's


def test_a_clean_project_passes(installed: Path, tmp_path: Path) -> None:
    project = tmp_path / "clean"
    project.mkdir()
    (project / "launch.js").write_text(f"// flowlint: ignore[FL302]\n{LAUNCH}")
    status, out, outputs = run_steps(project, installed, {}, tmp_path, SHELL_STEPS[1:])
    assert status == 0 and outputs["exit-code"] == "0"
    assert "::error" not in out and "flowlint: 0 errors" in out
