"""A `flowlint check` that is the whole program ends without tearing the interpreter down (cli.exit_now): its output
flushed, its exit code kept; any program that may still want the interpreter (an atexit callback, a profiler, a caller
that catches SystemExit) gets the ordinary exit. Observed through a sitecustomize that records os._exit being called."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, UUID

#: Records a call of os._exit (and, with ATEXIT set, registers an atexit callback), then lets it happen.
PROBE = """
import atexit, os
_real_exit = os._exit
def _recorded(code):
    os.write(2, b"os._exit %d\\n" % code)
    _real_exit(code)
os._exit = _recorded
if os.environ.get("PROBE_ATEXIT"):
    atexit.register(lambda: os.write(2, b"atexit ran\\n"))
"""


def _run(tmp_path: Path, args: list[str], *, atexit: bool = False, command: list[str] | None = None) -> subprocess.CompletedProcess[str]:
    probe = tmp_path / "probe"
    probe.mkdir(exist_ok=True)
    (probe / "sitecustomize.py").write_text(PROBE)
    env = {"PATH": "/usr/bin:/bin", "FLOWLINT_NO_CACHE": "1", "PYTHONPATH": os.pathsep.join([str(probe), str(ROOT)])}
    if atexit:
        env["PROBE_ATEXIT"] = "1"
    return subprocess.run([*(command or [sys.executable, "-m", "validator"]), *args], capture_output=True, text=True,
                          cwd=tmp_path, env=env, check=False)


def _files(tmp_path: Path) -> Path:
    tree = tmp_path / "tree"
    tree.mkdir()
    (tree / "good.json").write_text(json.dumps({"flowId": UUID}))
    (tree / "bad.json").write_text(json.dumps({"flowID": UUID}))
    (tree / "quiet.js").write_text("export const answer = 42;\n")
    return tree


@pytest.mark.parametrize("output_format", ["json", "text"])
def test_a_check_run_as_the_program_exits_without_teardown_its_output_whole(tmp_path: Path, output_format: str) -> None:
    done = _run(tmp_path, ["check", "--no-color", "--format", output_format, str(_files(tmp_path))])
    assert done.returncode == 1, done.stderr
    assert "os._exit 1" in done.stderr  # reached: the fast exit
    if output_format == "json":
        report = json.loads(done.stdout)  # flushed whole before the exit
        assert report["summary"]["files"] == 3 and "FL102" in [d["code"] for d in report["diagnostics"]]
    else:
        assert "FL102" in done.stdout and done.stdout.endswith("\n")


def test_a_clean_check_exits_zero_without_teardown(tmp_path: Path) -> None:
    tree = _files(tmp_path)
    (tree / "bad.json").unlink()
    done = _run(tmp_path, ["check", str(tree)])
    assert (done.returncode, done.stderr.strip()) == (0, "os._exit 0")


def test_an_atexit_callback_still_runs(tmp_path: Path) -> None:
    done = _run(tmp_path, ["check", "--no-color", str(_files(tmp_path))], atexit=True)
    assert done.returncode == 1 and "atexit ran" in done.stderr and "os._exit" not in done.stderr


def test_a_profiled_run_keeps_its_profile(tmp_path: Path) -> None:
    output = tmp_path / "run.prof"
    done = _run(tmp_path, ["check", "--no-color", str(_files(tmp_path))],
                command=[sys.executable, "-m", "cProfile", "-o", str(output), "-m", "validator"])
    assert "os._exit" not in done.stderr  # (cProfile's main takes the run's SystemExit: its own exit code is 0)
    assert output.stat().st_size > 0  # written after the run returned: the interpreter was left to end as usual


def test_a_caller_that_catches_the_exit_goes_on(tmp_path: Path) -> None:
    script = ("import sys\nsys.argv = ['flowlint', 'check', sys.argv[1]]\nfrom validator.cli import run\n"
              "try:\n    run()\nexcept SystemExit as exit:\n    print('caught', exit.code)\n")
    done = _run(tmp_path, [str(_files(tmp_path))], command=[sys.executable, "-c", script])
    assert done.stdout.strip().endswith("caught 1") and "os._exit" not in done.stderr
