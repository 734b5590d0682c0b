"""Worker processes only when they pay: the choice from the work, the files and the cores (never timed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from validator.run import workers
from validator.run.workers import PER_BYTE, PER_FILE, choose_workers, estimated_work, idle_cores


def _work(files: int, size: int) -> float:
    return files * (PER_FILE + size * PER_BYTE)


def test_small_bodies_on_two_cores_stay_in_one_process() -> None:
    assert choose_workers(_work(10_000, 400), 10_000, 2) == 1  # ~1 s of work: a second worker costs more than it saves
    assert choose_workers(_work(1_000, 400), 1_000, 8) == 1


def test_workers_are_started_when_the_work_pays_for_them() -> None:
    assert choose_workers(_work(100_000, 400), 100_000, 2) == 2
    assert choose_workers(_work(10_000, 400), 10_000, 4) > 1
    assert choose_workers(_work(400, 20_000_000), 400, 8) == 8  # big files: every core
    assert choose_workers(_work(400, 20_000_000), 400, 64) == workers.MAX_WORKERS
    assert choose_workers(_work(100_000, 400), 100_000, 1) == 1


def test_busy_cores_are_not_counted(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("os.getloadavg", lambda: (7.0, 7.0, 7.0))
    assert idle_cores(2) == 1.0 and idle_cores(16) == 10.0
    monkeypatch.setattr("os.getloadavg", lambda: (0.0, 0.0, 0.0))
    assert idle_cores(2) == 2.0


def test_the_work_is_estimated_from_sampled_sizes(tmp_path: Path) -> None:
    paths = []
    for n in range(1000):
        path = tmp_path / f"{n}.json"
        path.write_bytes(b"x" * 1000)
        paths.append(str(path))
    assert estimated_work(paths) == pytest.approx(1000 * (PER_FILE + 1000 * PER_BYTE))
    assert estimated_work([*paths[:10], str(tmp_path / "gone.json")]) > 0
    assert estimated_work([]) == 0
