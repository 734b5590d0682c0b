"""`flowlint serve` with stdout closed (`>&-`) or on a full device keeps serving: its "listening on" line, which a
script reads on stdout, goes to stderr instead, in one line (never a traceback), and a stop still exits 0. And `flowlint
check --diff` on such a stdout says so in one stderr line, exit 3. The real command, in a subprocess, on loopback."""

from __future__ import annotations

import os
import re
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from conftest import ROOT, UUID

pytest.importorskip("uvicorn")
FULL = "/dev/full"
pytestmark = pytest.mark.skipif(not os.path.exists(FULL), reason="needs /dev/full (Linux)")


def _stderr_until(process: subprocess.Popen[bytes], pattern: bytes) -> bytes:
    """What the process wrote on stderr, read until `pattern` is in it (or it ends, or a bounded wait runs out)."""
    assert process.stderr is not None
    said = b""
    deadline = time.monotonic() + 20
    while not re.search(pattern, said) and time.monotonic() < deadline:
        ready, _, _ = select.select([process.stderr], [], [], 0.1)
        if ready:
            chunk = os.read(process.stderr.fileno(), 4096)
            if not chunk:
                break
            said += chunk
    return said


@pytest.mark.parametrize("stdout", ["closed", "full"])
def test_serve_keeps_serving_and_says_where_on_stderr(tmp_path: Path, stdout: str) -> None:
    command = [sys.executable, "-m", "validator", "serve", "--port", "0", "--no-auth"]
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)}
    if stdout == "closed":
        process = subprocess.Popen(["/bin/sh", "-c", 'exec "$@" >&-', "sh", *command], stderr=subprocess.PIPE,
                                   cwd=tmp_path, env=env)
    else:
        with open(FULL, "wb") as full:
            process = subprocess.Popen(command, stdout=full, stderr=subprocess.PIPE, cwd=tmp_path, env=env)
    try:
        said = _stderr_until(process, rb"listening on http://\S+ .*\n")
        found = re.search(rb"flowlint serve: listening on (http://\S+) ", said)
        assert found, said
        url = found.group(1).decode()
        answer = httpx.post(f"{url}/api/v2/flows/executions", json={"flowId": UUID}, timeout=10)
        assert answer.status_code == 200, answer.text  # still serving
    finally:
        process.send_signal(signal.SIGTERM)
        code = process.wait(timeout=20)
    assert process.stderr is not None
    said += process.stderr.read()
    assert code == 0, said
    assert b"Traceback" not in said and b"Exception ignored" not in said, said
    [line] = [line for line in said.splitlines() if b"listening on" in line]
    reason = b"standard output is closed" if stdout == "closed" else b"No space left on device"
    assert reason in line, line


@pytest.mark.parametrize("stdout", ["closed", "full"])
def test_a_diff_to_an_unwritable_stdout_is_one_stderr_line(tmp_path: Path, stdout: str) -> None:
    for name in ("a.json", "b.json"):  # safe fixes in two files: the diff is written once, at the end
        (tmp_path / name).write_text(f'{{"flowID": "{UUID}", "inputData": {{"name": "x"}}}}\n')
    command = [sys.executable, "-m", "validator", "check", "--diff", "--no-cache", "a.json", "b.json"]
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)}
    if stdout == "closed":
        done = subprocess.run(["/bin/sh", "-c", 'exec "$@" >&-', "sh", *command], stderr=subprocess.PIPE, text=True,
                              cwd=tmp_path, env=env, check=False)
    else:
        with open(FULL, "w") as full:
            done = subprocess.run(command, stdout=full, stderr=subprocess.PIPE, text=True, cwd=tmp_path, env=env, check=False)
    reason = "No space left on device" if stdout == "full" else "standard output is closed"
    assert (done.returncode, done.stderr) == (3, f"flowlint: cannot write the report: {reason}\n")
