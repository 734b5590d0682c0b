"""The run loop asks a file's kind by its name once for a file with findings (it asked three times: whether its
findings are kept for the second pass, whether a safe fix may edit what another module imports, whether an unused
suppression may yet be used), ~8K instructions each for every file a warm run reports."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from validator.checker.engine import CheckOptions
from validator.run import runner

from conftest import UUID, Collect


def test_a_file_with_findings_has_its_kind_asked_once(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    paths = []
    for n in range(3):
        path = tmp_path / f"b{n}.json"
        path.write_text(json.dumps({"flowId": UUID, "inputs": {"Flow.x": n}}))
        paths.append(str(path))
    clean = tmp_path / "clean.json"
    clean.write_text(json.dumps({"flowId": UUID}))
    asked: list[str] = []
    real = runner.named_kind  # type: ignore[attr-defined]

    def counted(name: str) -> Any:
        asked.append(name)
        return real(name)

    monkeypatch.setattr(runner, "named_kind", counted)
    reporter = Collect()
    runner.run([*paths, str(clean)], CheckOptions(), reporter, jobs=1)
    assert all(any(d.code == "FL101" for d in found) for found in reporter.files[:3])  # reached: each has findings
    assert reporter.files[3] == []
    assert sorted(asked) == sorted(paths)  # once each (the clean file: never)
