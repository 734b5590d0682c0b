"""Worker processes only when they pay: the choice from the work, the files and the cores (never timed)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from validator.run import workers
from validator.run.workers import PER_BYTE, PER_FILE, choose_workers, estimated_work, idle_cores


def _work(files: int, size: int) -> float:
    return files * (PER_FILE + size * PER_BYTE)


def test_a_short_run_or_a_busy_machine_stays_in_one_process() -> None:
    assert choose_workers(_work(1_000, 400), 1_000, 8) == 1  # ~0.1 s of work: a fork and the contention cost more
    assert choose_workers(_work(4_000, 400), 4_000, 2) == 1
    assert choose_workers(_work(10_000, 400), 10_000, 1.5) == 1  # half a core idle: the second process would wait
    assert choose_workers(_work(100_000, 400), 100_000, 1) == 1


def test_workers_are_started_when_the_work_pays_for_them() -> None:
    assert choose_workers(_work(10_000, 400), 10_000, 2) == 2  # ~0.8 s of work on two idle cores
    assert choose_workers(_work(100_000, 400), 100_000, 2) == 2
    assert choose_workers(_work(10_000, 400), 10_000, 4) > 2
    assert choose_workers(_work(400, 20_000_000), 400, 8) == 8  # big files: every core
    assert choose_workers(_work(400, 20_000_000), 400, 64) == workers.MAX_WORKERS


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


def _check(path: str) -> str:
    return f"checked {path}"


def _remote(path: str) -> str | None:
    if path.endswith("3"):
        return None  # clean: sent as None
    if path.endswith("7"):
        raise RuntimeError("a bug")  # the parent checks it again itself
    return f"checked {path} in {os.getpid()}"


def test_forked_workers_give_every_result_in_order() -> None:
    paths = [f"file{n}" for n in range(1000)]
    results = list(workers.forked(_check, _remote, paths, 3, batch=16))
    assert len(results) == len(paths)
    for n, (path, result) in enumerate(zip(paths, results, strict=True)):
        owner = (n // 16) % 3
        if owner == 0 or path.endswith("7"):
            assert result == f"checked {path}"  # checked here: the first of every three batches, and the failures
        elif path.endswith("3"):
            assert result is None
        else:
            assert result is not None and result.startswith(f"checked {path} in ") and not result.endswith(f" {os.getpid()}")


def _dies(path: str) -> str:
    if path == "file35":
        os._exit(1)  # as if the kernel killed the worker
    return f"remote {path}"


def test_a_dead_worker_leaves_its_files_to_the_parent() -> None:
    paths = [f"file{n}" for n in range(100)]
    results = list(workers.forked(_check, _dies, paths, 2, batch=10))
    assert results[10:20] == [f"remote file{n}" for n in range(10, 20)]  # sent before it died
    assert results[30:40] == [f"checked file{n}" for n in range(30, 40)]  # its batch when it died, and every later one
    assert results[50:60] == [f"checked file{n}" for n in range(50, 60)]
    assert results[:10] == [f"checked file{n}" for n in range(10)]
