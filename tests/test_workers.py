"""Worker processes only when they pay: the choice from the work, the files and the cores (never timed)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from validator.run import workers
from validator.run.workers import (
    CODE_LAUNCH,
    CODE_QUIET,
    PER_BYTE,
    PER_FILE,
    choose_workers,
    estimated_code_work,
    estimated_work,
    idle_cores,
)


def _work(files: int, size: int) -> float:
    return files * (PER_FILE + size * PER_BYTE)


def test_a_short_run_or_a_busy_machine_stays_in_one_process() -> None:
    assert choose_workers(_work(400, 400), 400, 8) == 1  # ~20 ms of work: a worker's start costs more
    assert choose_workers(_work(1_000, 400), 1_000, 2) == 1
    assert choose_workers(_work(2_000, 285), 2_000, 2) == 1  # measured: -j 2 saves 15% of the wall time for 13% more CPU
    assert choose_workers(_work(10_000, 400), 10_000, 1.5) == 1  # half a core idle: the second process would wait
    assert choose_workers(_work(100_000, 400), 100_000, 1) == 1


def test_workers_are_started_when_the_work_pays_for_them() -> None:
    assert choose_workers(_work(10_000, 400), 10_000, 2) == 2  # ~0.8 s of work on two idle cores
    assert choose_workers(_work(100_000, 400), 100_000, 2) == 2
    assert choose_workers(_work(10_000, 400), 10_000, 4) > 2
    assert choose_workers(_work(400, 20_000_000), 400, 8) == 8  # big files: every core
    assert choose_workers(_work(400, 20_000_000), 400, 64) == workers.MAX_WORKERS


@pytest.mark.parametrize(("load", "chosen"), [(0.0, 2), (0.8, 2), (1.0, 2), (1.2, 2), (1.4, 2), (1.7, 1), (3.0, 1)])
def test_a_core_partly_idle_counts(monkeypatch: pytest.MonkeyPatch, load: float, chosen: int) -> None:
    """The benchmark's own runs left a load of 1.0-1.2 on two idle cores: 1.8 idle cores, where a second process still
    pays on 10,000 small bodies (measured: -j 2 0.73x the wall time of -j 1 there)."""
    monkeypatch.setattr("os.getloadavg", lambda: (load, load, load))
    cores = idle_cores(2)
    assert cores == max(1.0, min(2.0, 3 - load))
    assert choose_workers(_work(10_000, 285), 10_000, cores) == chosen


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


def test_a_code_tree_is_estimated_from_the_share_its_prefilter_passes() -> None:
    paths = [f"src/module{n}.py" for n in range(10_000)]
    asked: list[str] = []

    def quiet(path: str) -> bool:
        asked.append(path)
        return not path.endswith("00.py")  # 1% of the files launch a flow

    work, passed = estimated_code_work(paths, quiet)
    assert 0 < len(asked) <= workers.CODE_SAMPLE  # a sample is read, not the tree
    assert passed and all(paths[n].endswith("00.py") for n in passed)
    assert work == pytest.approx(10_000 * CODE_QUIET + 10_000 * len(passed) / len(asked) * CODE_LAUNCH)
    assert estimated_code_work([], quiet) == (0.0, [])


def test_a_quiet_code_tree_stays_in_one_process_and_a_launching_one_is_shared() -> None:
    def work(files: int, share: float) -> float:
        return files * (CODE_QUIET + share * CODE_LAUNCH)

    # Every file's result passes through this process (a code file's is most often None).
    assert choose_workers(work(10_000, 0.0), 10_000, 2) == 1  # read and prefiltered: ~0.11 s, measured: -j 2 no faster
    assert choose_workers(work(10_000, 0.0), 10_000, 4) == 1
    assert choose_workers(work(2_000, 0.01), 2_000, 2) == 1
    assert choose_workers(work(10_000, 0.01), 10_000, 2) == 2  # measured: -j 2 0.70x the wall time of -j 1
    assert choose_workers(work(10_000, 0.01), 10_000, 1.8) == 2
    assert choose_workers(work(10_000, 0.1), 10_000, 2) == 2  # ~2.7 s of parsing and checking launches
    assert choose_workers(work(10_000, 0.1), 10_000, 1) == 1  # no idle core


SPEED = Path(__file__).resolve().parent.parent / "docs" / "speed.md"


def _row_work(row: str) -> tuple[float, int]:
    """The work and file count a row of docs/speed.md's table names (small bodies: ~300 bytes)."""
    files = int(row.split()[0].replace(",", ""))
    if "code files" in row:
        share = 0.0 if "no launch" in row else float(row.split(", ")[1].split("%")[0]) / 100
        return files * (CODE_QUIET + share * CODE_LAUNCH), files
    size = 300 if "small bodies" in row else int(row.split(" of ")[1].split(" MB")[0]) * 1_000_000
    return _work(files, size), files


def _column_cores(header: str, monkeypatch: pytest.MonkeyPatch) -> float:
    """The idle cores a column of the table names: `N idle cores`, or two cores at a load average."""
    if "idle cores" in header:
        return float(header.split()[0])
    load = float(header.split("load ")[1])
    monkeypatch.setattr("os.getloadavg", lambda: (load, load, load))
    return idle_cores(2)


def test_the_docs_table_of_processes_is_what_the_model_chooses(monkeypatch: pytest.MonkeyPatch) -> None:
    text = SPEED.read_text(encoding="utf-8")
    lines = text[text.index("| files | 2 idle cores"):].splitlines()
    headers = [cell.strip() for cell in lines[0].strip("|").split("|")][1:]
    cores = [_column_cores(header, monkeypatch) for header in headers]
    table = lines[2:lines.index("")] if "" in lines else lines[2:]
    rows = [[cell.strip() for cell in line.strip("|").split("|")] for line in table]
    assert len(rows) >= 8 and cores == [2.0, 1.8, 1.5, 1.3, 4.0, 8.0]  # reached: the table as written
    for name, *cells in rows:
        work, files = _row_work(name)
        said = [int(cell.split()[0]) for cell in cells]
        assert said == [choose_workers(work, files, c) for c in cores], name


def test_a_short_run_never_forks_and_more_cores_never_mean_fewer_processes() -> None:
    tiny = _work(1_000, 300)  # ~48 ms of work: seven workers' starts would cost 3.6 times it
    assert [choose_workers(tiny, 1_000, c) for c in (2, 4, 8, 16, 64)] == [1, 1, 1, 1, 1]
    cores = [1 + n / 10 for n in range(151)]
    for files in (400, 1_000, 4_000, 10_000, 100_000):
        for size in (300, 3_000, 300_000, 20_000_000):
            chosen = [choose_workers(_work(files, size), files, c) for c in cores]
            assert chosen == sorted(chosen), (files, size)
            # a worker has at least a few worker starts of work: the processes grow with the work, not past it
            assert all(n == 1 or _work(files, size) >= workers.FLOOR * workers.WORKER_START * (n - 1) for n in chosen)


def _check(path: str) -> str:
    return f"checked {path}"


def _remote(path: str) -> str | None:
    if path.endswith("3"):
        return None  # clean: sent as None
    if path.endswith("7"):
        raise RuntimeError("a bug")  # the parent checks it again itself
    return f"checked {path} in {os.getpid()}"


def test_forked_workers_give_every_result_in_order() -> None:
    started = os.pipe()
    calls = [0]

    def here(path: str) -> str:
        if not calls[0]:
            _wait_for(started[0], 1)  # a worker has claimed a batch: not every batch is checked here
        calls[0] += 1
        return _check(path)

    def remote(path: str) -> str | None:
        os.write(started[1], b".")
        return _remote(path)

    paths = [f"file{n}" for n in range(1000)]
    results = list(workers.forked(here, remote, paths, 3, batch=16, recheck=_recheck))
    assert len(results) == len(paths)
    remote_results = 0
    for path, result in zip(paths, results, strict=True):
        if path.endswith("7"):
            assert result in (f"checked {path}", f"rechecked {path}")  # checked here, or a worker failed on it
        elif result is None:
            assert path.endswith("3")  # clean, sent as None
        elif result != f"checked {path}":
            assert result.startswith(f"checked {path} in ") and not result.endswith(f" {os.getpid()}")
            remote_results += 1
    assert remote_results > 0
    for fd in started:
        os.close(fd)


def _recheck(path: str) -> str:
    return f"rechecked {path}"


def _dies(path: str) -> str:
    if path == "file35":
        os._exit(1)  # as if the kernel killed the worker
    return f"remote {path}"


def test_a_dead_worker_leaves_its_files_to_the_parent() -> None:
    paths = [f"file{n}" for n in range(100)]
    results = list(workers.forked(_check, _dies, paths, 2, batch=10, recheck=_recheck))
    assert len(results) == 100
    assert results[35] in ("checked file35", "rechecked file35")  # the batch it died in is checked here
    assert all(result in (f"checked {path}", f"remote {path}", f"rechecked {path}")
               for path, result in zip(paths, results, strict=True))


def _wait_for(fd: int, count: int) -> None:
    """Read `count` bytes from a pipe (a guard of a minute against a hang if the scheduling is broken: no timing)."""
    import select

    while count > 0 and select.select([fd], [], [], 60)[0]:
        count -= len(os.read(fd, count))


def test_a_slow_worker_checks_fewer_batches() -> None:
    """The batches are claimed, not dealt out: while a worker is stuck on its first batch, this process checks all the
    others (dealt round-robin it would check half, then wait)."""
    started, checked = os.pipe(), os.pipe()
    calls = {"here": 0, "remote": 0}

    def here(path: str) -> str:
        if calls["here"] == 0:
            _wait_for(started[0], 1)  # the worker has claimed its first batch
        calls["here"] += 1
        os.write(checked[1], b".")
        return f"checked {path}"

    def slow(path: str) -> str:
        if calls["remote"] == 0:
            os.write(started[1], b".")
            _wait_for(checked[0], 90)  # stuck until this process has checked every other batch
        calls["remote"] += 1
        return f"remote {path}"

    paths = [f"file{n}" for n in range(100)]
    results = list(workers.forked(here, slow, paths, 2, batch=10))
    assert sum(result.startswith("remote ") for result in results) == 10
    assert [result.split(" ")[1] for result in results] == paths
    for fd in (*started, *checked):
        os.close(fd)


def test_the_files_a_worker_fails_on_are_rechecked_here() -> None:
    """Rechecked, not checked: this process may have checked later files already (a note said once per run is then
    located again, and the run keeps the first in file order)."""
    started, going = os.pipe(), os.pipe()
    calls = {"here": 0, "remote": 0}

    def here(path: str) -> str:
        if not calls["here"]:
            _wait_for(started[0], 1)  # the worker has claimed one batch, and this process the other
            os.write(going[1], b".")
        calls["here"] += 1
        return f"checked {path}"

    def fails(path: str) -> str:
        if not calls["remote"]:
            os.write(started[1], b".")
            _wait_for(going[0], 1)  # not both batches before this process claims one
        calls["remote"] += 1
        raise RuntimeError("a bug")

    paths = [f"file{n}" for n in range(20)]
    results = list(workers.forked(here, fails, paths, 2, batch=10, recheck=_recheck))
    assert sorted(result.split(" ")[0] for result in results) == ["checked"] * 10 + ["rechecked"] * 10
    assert [result.split(" ")[1] for result in results] == paths
    for fd in (*started, *going):
        os.close(fd)


def test_a_parallel_run_leaves_the_garbage_collector_as_it_found_it(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Frozen for the fork, thawed after; but a freeze made before the run (the command line's) is never undone."""
    import gc
    import json

    from validator.checker.engine import CheckOptions
    from validator.run import runner

    from conftest import Collect, counted_calls

    forks = counted_calls(monkeypatch, workers, "_fork_worker")

    paths = []
    for n in range(runner.PARALLEL_MIN_FILES):
        path = tmp_path / f"{n:04d}.json"
        path.write_text(json.dumps({"flowId": "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90", "name": f"n{n}"}))
        paths.append(str(path))
    gc.unfreeze()
    try:
        runner.run(paths, CheckOptions(), Collect(), jobs=2)
        assert forks  # reached: the run forked a worker
        assert gc.get_freeze_count() == 0
        gc.freeze()
        assert gc.get_freeze_count() > 0
        runner.run(paths, CheckOptions(), Collect(), jobs=2)
        assert gc.get_freeze_count() > 0  # still frozen (some of it may have been freed since, by reference counting)
    finally:
        gc.unfreeze()


_LAUNCH_JS = """
export async function launch(token) {
  return fetch('https://api.mypurecloud.com/api/v2/flows/executions', {
    method: 'POST', headers: { Authorization: `Bearer ${token}` },
    body: JSON.stringify({ flowId: '8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90', type: 'x', inputData: {} }),
  });
}
"""


def _code_tree(root: Path, launches: set[int]) -> list[str]:
    paths = []
    for n in range(400):
        path = root / f"module{n:04d}.js"
        path.write_text(_LAUNCH_JS if n in launches else f"export const answer{n} = () => fetch('/api/v2/users/me');\n")
        paths.append(str(path))
    return paths


def test_a_code_tree_is_shared_with_workers_and_reported_as_in_one_process(tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Code files count toward starting workers (they were left to this process), with the same report either way."""
    from validator.checker.engine import CheckOptions
    from validator.run import runner

    from conftest import Collect, counted_calls

    paths = _code_tree(tmp_path, {n for n in range(400) if n % 9 == 4})
    forks = counted_calls(monkeypatch, workers, "_fork_worker")
    reports = []
    for jobs in (1, 2):
        reporter = Collect()
        summary = runner.run(paths, CheckOptions(), reporter, jobs=jobs, walked=frozenset(paths))
        reports.append((reporter.files, summary))
    assert forks  # reached: the -j 2 run forked a worker
    assert reports[0] == reports[1]
    assert sum(1 for found in reports[0][0] if found) == len(range(4, 400, 9))


@pytest.mark.parametrize(("load", "forks_wanted"), [(1.2, 1), (2.5, 0)])
def test_the_default_forks_on_a_core_partly_idle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, load: float,
                                                 forks_wanted: int) -> None:
    """A load average of 1.2 on two cores (what a previous run leaves) still starts a worker for enough work."""
    from validator.checker.engine import CheckOptions
    from validator.run import runner

    from conftest import Collect, counted_calls

    paths = _code_tree(tmp_path, {n for n in range(400) if n % 3 == 0})
    monkeypatch.setattr("os.getloadavg", lambda: (load, load, load))
    monkeypatch.setattr(runner, "usable_cores", lambda: 2)
    chosen = counted_calls(monkeypatch, runner, "choose_workers")
    forks = counted_calls(monkeypatch, workers, "_fork_worker")
    runner.run(paths, CheckOptions(), Collect(), walked=frozenset(paths))
    assert len(chosen) == (1 if forks_wanted else 0)  # reached: estimated where a core is partly idle
    assert len(forks) == forks_wanted


WARMED_RUN = """
import json, sys
from validator.checker.engine import CheckOptions
from validator.run import runner, workers

loaded = []
real_fork = workers._fork_worker

def fork(*args, **kwargs):
    loaded.append("validator.checker.launches" in sys.modules)
    return real_fork(*args, **kwargs)

workers._fork_worker = fork

class Quiet:
    def file(self, diagnostics, line_source):
        pass

    def finish(self, summary):
        pass

paths = json.loads(sys.argv[1])
runner.run(paths, CheckOptions(), Quiet(), jobs=2, walked=frozenset(paths))
print(json.dumps(loaded))
"""


def test_workers_inherit_the_code_readers_a_sampled_launch_loaded(tmp_path: Path) -> None:
    """The launches come after the files checked before the fork: a sampled one is checked first, so that each worker
    does not load the code readers again."""
    import json
    import subprocess
    import sys

    paths = _code_tree(tmp_path, {n for n in range(200, 400, 3)})
    run = subprocess.run([sys.executable, "-c", WARMED_RUN, json.dumps(paths)], capture_output=True, text=True,
                         check=True)
    assert json.loads(run.stdout) == [True]


def test_the_estimate_counts_a_quiet_code_file_as_quiet_named_or_walked(tmp_path: Path) -> None:
    """A named code file with no launch costs a byte test too (at most a note), not a parse: pre-commit names files."""
    from validator.checker.engine import CheckOptions
    from validator.run import runner
    from validator.sources.document import DEFAULT_LIMITS

    paths = _code_tree(tmp_path, {1})
    for walked in (frozenset(), frozenset(paths)):
        checker = runner._Checker(CheckOptions(), DEFAULT_LIMITS, None, "<stdin>", walked=walked)
        assert [runner._prefiltered(checker, path) for path in paths[:3]] == [True, False, True]
    assert runner._prefiltered(checker, str(tmp_path / "gone.js"))  # unreadable: a note, no parse


def test_a_launch_file_checked_ahead_of_the_fork_that_fails_is_checked_again_in_its_turn(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from validator.checker.engine import CheckOptions
    from validator.run import runner

    from conftest import Collect

    paths = _code_tree(tmp_path, {n for n in range(200, 400, 3)})
    real = runner._Checker.in_run
    failed: list[str] = []

    def in_run(self: runner._Checker, path: str) -> object:
        if self.options.said_once is None and not failed:  # the check ahead of the fork (a recheck's options)
            failed.append(path)
            raise RuntimeError("a bug")
        return real(self, path)

    monkeypatch.setattr(runner._Checker, "in_run", in_run)
    reporter = Collect()
    summary = runner.run(paths, CheckOptions(), reporter, jobs=2, walked=frozenset(paths))
    assert failed  # reached
    assert summary.files == len(paths) and sum(1 for found in reporter.files if found) == len(range(200, 400, 3))


def test_a_launch_file_checked_ahead_of_the_fork_is_checked_once_in_the_whole_run(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The head start's result is the one reported in its turn: no file is checked twice, by this process or a worker
    (a heavy launch file would double its work)."""
    import os

    from validator.checker.engine import CheckOptions
    from validator.run import runner

    from conftest import Collect

    tree = tmp_path / "tree"
    tree.mkdir()
    launches = {n for n in range(200, 400, 3)}
    paths = _code_tree(tree, launches)
    log = tmp_path / "checked.log"
    real = runner._Checker.in_run

    def in_run(self: runner._Checker, path: str) -> object:
        fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND)  # one write per check: whole lines from every process
        try:
            os.write(fd, f"{'head' if self.options.said_once is None else 'run'} {path}\n".encode())
        finally:
            os.close(fd)
        return real(self, path)

    monkeypatch.setattr(runner._Checker, "in_run", in_run)
    parent, claim = os.getpid(), workers._claim
    # Every batch is the worker's (this process claims none): the file checked ahead is in a worker's batch.
    monkeypatch.setattr(workers, "_claim", lambda claims: None if os.getpid() == parent else claim(claims))
    reporter = Collect()
    summary = runner.run(paths, CheckOptions(), reporter, jobs=2, walked=frozenset(paths))
    checks = log.read_text().splitlines()
    assert any(line.startswith("head ") for line in checks)  # reached: a launch file was checked ahead of the fork
    assert sorted(line.split(" ", 1)[1] for line in checks) == sorted(paths)
    assert summary.files == len(paths) and sum(1 for found in reporter.files if found) == len(launches)
