"""benchmarks/sources.py's import breakdown is each module's median over its runs, not one run's (python -X importtime
varies from run to run on a shared machine)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


def _sources() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_sources", BENCHMARKS / "sources.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _importtime(rows: list[tuple[int, str]]) -> str:
    return "import time: self [us] | cumulative | imported package\n" + "".join(
        f"import time: {own:>9} | {own:>10} | {name}\n" for own, name in rows)


def test_each_module_s_time_is_its_median_over_the_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    sources = _sources()
    runs = iter([
        [(900, "encodings"), (5000, "  validator.core.diagnostics"), (300, "validator.cli.check"), (100, "validator.sources.model")],
        [(900, "encodings"), (9000, "  validator.core.diagnostics"), (100, "validator.cli.check"), (900, "validator.sources.model")],
        [(900, "encodings"), (1000, "  validator.core.diagnostics"), (200, "validator.cli.check"), (200, "validator.sources.model")],
    ])

    def run(command: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
        bare = command[-1] == "pass"
        return subprocess.CompletedProcess(command, 0, "", _importtime([(10, "encodings")] if bare else next(runs)))

    monkeypatch.setattr(sources.subprocess, "run", run)
    startup, first_use = sources.run_imports(["check", "x.js"], 3)
    assert startup == [("validator.core.diagnostics", 0.005), ("validator.cli.check", 0.0002)]
    assert first_use == [("validator.sources.model", 0.0002)]
    assert next(runs, None) is None  # every run was read
    assert sys.modules.get("bench_sources") is None
