"""What a check keeps per file grows little with the tree: a held report keeps a clean file as one shared entry, and
neither the command line nor the run loop keeps a set of every file's name it does not need."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from validator.core.diagnostics import Diagnostic, Severity
from validator.run.held import HeldReport

LAUNCH = ('export const LAUNCH_URL = "https://api.mypurecloud.com/api/v2/flows/executions";\n'
          "export async function launch(token) {\n"
          '  return fetch(LAUNCH_URL, {method: "POST", headers: {Authorization: `Bearer ${token}`, '
          '"Content-Type": "application/json"}, body: JSON.stringify({flowId: "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90"})});\n'
          "}\n")


class _Recording:
    def __init__(self) -> None:
        self.calls: list[tuple[list[Diagnostic], object]] = []

    def file(self, diagnostics: list[Diagnostic], line_source: object) -> None:
        self.calls.append((diagnostics, line_source))


def test_a_held_report_keeps_clean_files_as_one_shared_entry_and_gives_each_back() -> None:
    inner = _Recording()
    holder = HeldReport(inner)  # type: ignore[arg-type]
    finding = Diagnostic("FL001", "invalid-json", Severity.ERROR, "m", "h", None, "b.json")
    def lines(number: int) -> str:
        return "x"

    for n in range(1000):
        holder.file([finding] if n == 500 else [], lines if n == 500 else None)
    assert len(holder.held) == 1000
    assert len({id(entry) for entry in holder.held}) == 2  # the clean files' shared entry, and the one with a finding
    given = list(holder.files())
    assert given[500] == ([finding], lines)
    assert [entry for n, entry in enumerate(given) if n != 500] == [([], None)] * 999
    assert given[0][0] is not given[1][0]  # each clean file with a list of its own, as the run gave it


# In a child process (tracemalloc counts every thread's allocations: a worker of the suite keeps earlier tests' threads):
# the peak of a check of a tree whose first module exports its launch URL (so the report is held to the run's end: the
# second pass), its other files quiet JavaScript with no import.
_PEAK = """
import os, sys, tracemalloc
root = sys.argv[1]
import validator.cli
sys.argv = ["flowlint", "check", "--no-cache", "-j", "1", root]
sys.stdout = open(os.devnull, "w")
tracemalloc.start()
try:
    validator.cli.run()
except SystemExit:
    pass
print(tracemalloc.get_traced_memory()[1], file=sys.__stdout__)
"""


def _tree(root: Path, quiet: int) -> Path:
    root.mkdir()
    (root / "a_launch.js").write_text(LAUNCH)
    for n in range(quiet):
        directory = root / f"d{n // 100:03d}"
        directory.mkdir(exist_ok=True)
        (directory / f"m{n}.js").write_text(f"export const x{n} = {n};\n")
    return root


def _peak(root: Path) -> int:
    done = subprocess.run([sys.executable, "-c", _PEAK, root.name], cwd=root.parent, capture_output=True, text=True,
                          check=True)  # (files named as short relative paths: `big/d000/m0.js`)
    return int(done.stdout)


def test_a_checks_peak_memory_grows_little_per_file(tmp_path: Path) -> None:
    small, big = _tree(tmp_path / "small", 200), _tree(tmp_path / "big", 2_200)
    per_file = (_peak(big) - _peak(small)) / 2_000
    # ~135 bytes a file: its name in the list of files and in the walked set. A held report's pair and list per clean
    # file, the command line's set of the files and the run loop's frozenset of them made it ~260.
    assert 0 < per_file < 200
