"""A report flowlint cannot write (stdout on a full device, stdout closed, `-o` on a full device) is said in one plain
line on stderr with exit code 3, never a traceback; a reader that goes away (`| head`) stays quiet. The real command,
in a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, UUID
from fake_genesys import FakeGenesys

FULL = "/dev/full"
pytestmark = pytest.mark.skipif(not os.path.exists(FULL), reason="needs /dev/full (Linux)")

#: Commands that print something on stdout, each as its user types it after `flowlint`.
PRINTING = [
    ["check", "clean.json", "--no-cache"],
    ["check", "clean.json", "--no-cache", "--format", "json"],
    ["check", "clean.json", "--no-cache", "--format", "sarif"],
    ["check", "clean.json", "--no-cache", "--show-files"],
    ["check", "clean.json", "--no-cache", "--format", "json", "-qv"],  # flags run together: click reads this line
    ["rule", "FL101"],
    ["rules"],
    ["schema"],
    ["--version"],
    ["--version", "rules"],  # click reads this one
    ["--help"],
    ["check", "--help"],
    ["rules", "-h"],
]


def _flowlint(tmp_path: Path, args: list[str], *, stdout: str) -> subprocess.CompletedProcess[str]:
    """`flowlint ARGS` with stdout at /dev/full ("full") or closed ("closed")."""
    (tmp_path / "clean.json").write_text(f'{{"flowId": "{UUID}", "inputData": {{}}}}\n')
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "validator", *args]
    if stdout == "closed":
        return subprocess.run(["/bin/sh", "-c", 'exec "$@" >&-', "sh", *command], stderr=subprocess.PIPE, text=True,
                              cwd=tmp_path, env=env, check=False)
    with open(FULL, "w") as full:
        return subprocess.run(command, stdout=full, stderr=subprocess.PIPE, text=True, cwd=tmp_path, env=env, check=False)


@pytest.mark.parametrize("stdout", ["full", "closed"])
@pytest.mark.parametrize("args", PRINTING, ids=" ".join)
def test_an_unwritable_stdout_is_said_in_one_line_with_exit_3(tmp_path: Path, args: list[str], stdout: str) -> None:
    done = _flowlint(tmp_path, args, stdout=stdout)
    reason = "No space left on device" if stdout == "full" else "standard output is closed"
    assert (done.returncode, done.stderr) == (3, f"flowlint: cannot write the report: {reason}\n")


@pytest.mark.parametrize("stdout", ["full", "closed"])
@pytest.mark.parametrize("args", [["check", "--diff", "fixme.json"], ["check", "--fix", "-"]], ids=" ".join)
def test_an_unwritable_diff_or_fixed_body_is_said_in_one_line_with_exit_3(tmp_path: Path, args: list[str],
                                                                          stdout: str) -> None:
    """What `--diff` prints, and the fixed body of `--fix -` (its report goes to stderr), on an unwritable stdout."""
    body = f'{{"flowID": "{UUID}", "inputData": {{"name": "x"}}}}\n'  # two safe fixes: flowId, Flow.name
    (tmp_path / "fixme.json").write_text(body)
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT), "FLOWLINT_NO_CACHE": "1"}
    command = [sys.executable, "-m", "validator", *args]
    if stdout == "closed":
        done = subprocess.run(["/bin/sh", "-c", 'exec "$@" >&-', "sh", *command], input=body, stderr=subprocess.PIPE,
                              text=True, cwd=tmp_path, env=env, check=False)
    else:
        with open(FULL, "w") as full:
            done = subprocess.run(command, input=body, stdout=full, stderr=subprocess.PIPE, text=True, cwd=tmp_path,
                                  env=env, check=False)
    reason = "No space left on device" if stdout == "full" else "standard output is closed"
    # (--diff first says on stderr what it would fix, as it does wherever its diff goes)
    assert (done.returncode, done.stderr.splitlines()[-1:]) == (3, [f"flowlint: cannot write the report: {reason}"])
    assert "Traceback" not in done.stderr
    assert (tmp_path / "fixme.json").read_text() == body  # nothing fixed in place


def test_a_report_file_on_a_full_device_is_said_in_one_line_with_exit_3(tmp_path: Path) -> None:
    (tmp_path / "clean.json").write_text(f'{{"flowId": "{UUID}", "inputData": {{}}}}\n')
    done = subprocess.run([sys.executable, "-m", "validator", "check", "clean.json", "--no-cache", "-o", FULL],
                          capture_output=True, text=True, cwd=tmp_path, env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)},
                          check=False)
    assert (done.returncode, done.stdout, done.stderr) == (3, "", "flowlint: cannot write the report: No space left on device\n")


def test_a_closed_stdout_is_no_error_when_nothing_is_printed(tmp_path: Path) -> None:
    """`-q` on a clean file prints nothing, and `-o` sends the report elsewhere: a closed stdout is never written."""
    quiet = _flowlint(tmp_path, ["check", "clean.json", "--no-cache", "-q", "--select", "FL1"], stdout="closed")
    to_file = _flowlint(tmp_path, ["check", "clean.json", "--no-cache", "-o", "report.txt"], stdout="closed")
    assert (quiet.returncode, quiet.stderr) == (0, "")
    assert (to_file.returncode, to_file.stderr) == (0, "")
    assert "clean.json" in (tmp_path / "report.txt").read_text()


def test_a_reader_that_goes_away_stays_quiet(tmp_path: Path) -> None:
    """`flowlint check | head -c 1`: the report (far more than a pipe holds) is cut short without a word; the exit
    code still says what the run found."""
    (tmp_path / "many").mkdir()
    (tmp_path / ".flowlint.toml").write_text("")  # a Genesys project: its walked bodies are judged on their keys alone
    for i in range(400):
        (tmp_path / "many" / f"b{i}.json").write_text('{"flowId": "not-a-uuid", "inputData": {"x": 1}}\n')
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT), "FLOWLINT_NO_CACHE": "1"}
    done = subprocess.run(["/bin/bash", "-c", '"$@" | head -c 1 >/dev/null; echo "exit ${PIPESTATUS[0]}"', "bash", sys.executable, "-m",
                           "validator", "check", "many"], capture_output=True, text=True, cwd=tmp_path, env=env, check=False)
    assert done.stderr == ""
    assert done.stdout == "exit 1\n"  # findings


@pytest.mark.parametrize("stdout", ["full", "closed"])
def test_pull_on_an_unwritable_stdout_says_so_in_one_line(credentials: FakeGenesys, tmp_path: Path, stdout: str) -> None:
    """`flowlint pull` prints a line per snapshot: one it cannot print ends the pull as every command ends then."""
    flow_id = credentials.add_flow("Order follow-up", {"Flow.customerName": {"type": "string"}})
    command = [sys.executable, "-m", "validator", "pull", "--contracts", str(tmp_path / "store"), flow_id]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    if stdout == "closed":
        done = subprocess.run(["/bin/sh", "-c", 'exec "$@" >&-', "sh", *command], stderr=subprocess.PIPE, text=True,
                              cwd=tmp_path, env=env, check=False)
    else:
        with open(FULL, "w") as full:
            done = subprocess.run(command, stdout=full, stderr=subprocess.PIPE, text=True, cwd=tmp_path, env=env, check=False)
    reason = "No space left on device" if stdout == "full" else "standard output is closed"
    assert (done.returncode, done.stderr) == (3, f"flowlint: cannot write the report: {reason}\n")
    assert (tmp_path / "store" / f"{flow_id}.json").is_file()  # the line came after the snapshot was written
