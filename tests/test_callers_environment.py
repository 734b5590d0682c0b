"""No test inherits the caller's colour, Genesys Cloud or flowlint settings: a suite run from a shell that exports
FORCE_COLOR, NO_COLOR, CLICOLOR_FORCE, GENESYSCLOUD_* or FLOWLINT_* gets the results of a clean environment."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from conftest import ROOT, clear_callers_environment, flowlint

CALLERS = {"FORCE_COLOR": "1", "NO_COLOR": "1", "CLICOLOR_FORCE": "1", "CLICOLOR": "1", "GENESYSCLOUD_REGION": "x",
           "GENESYSCLOUD_ACCESS_TOKEN": "caller-token", "FLOWLINT_BASE_URL": "http://127.0.0.1:9", "GITHUB_ACTIONS": "true"}
PROBE = "FLOWLINT_TEST_CALLERS_ENVIRONMENT"


def test_the_environment_a_test_sees() -> None:
    """Run inside the suite, and again by the test below from an environment that exports every variable in CALLERS."""
    assert not [name for name in CALLERS if name in os.environ]
    result = flowlint("check", "-", input='{"flowId": 1}')
    assert result.exit_code == 1 and "\x1b[" not in result.stdout and "::error" not in result.stdout  # no colour, not github
    if os.environ.get(PROBE):
        print("PROBED")


def test_a_suite_run_from_a_callers_environment_sees_none_of_it() -> None:
    environment = {**os.environ, **CALLERS, PROBE: "1"}
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-s", "-p", "no:cacheprovider",
                          f"{__file__}::test_the_environment_a_test_sees"],
                         cwd=ROOT, env=environment, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0 and "PROBED" in run.stdout, run.stdout + run.stderr


def test_the_suites_own_switches_are_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FLOWLINT_UPDATE_EXPECTED", "1")
    monkeypatch.setenv("FLOWLINT_TEST_PRECOMMIT_INSTALL", "1")
    monkeypatch.setenv("FLOWLINT_CACHE_DIR", "/nowhere")
    monkeypatch.setenv("CLICOLOR_FORCE", "1")
    clear_callers_environment(monkeypatch)
    assert os.environ.get("FLOWLINT_UPDATE_EXPECTED") == os.environ.get("FLOWLINT_TEST_PRECOMMIT_INSTALL") == "1"
    assert "FLOWLINT_CACHE_DIR" not in os.environ and "CLICOLOR_FORCE" not in os.environ
