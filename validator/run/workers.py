"""How many processes check a run's files: more than this one only when they pay for themselves.

A worker is a fork of this process after it checked the first files (it inherits what they loaded:
imports, compiled contracts), so it costs a few milliseconds to start plus the first-use work those
files did not do (another flow's explaining validator). It checks every k-th batch of files and sends
each batch's results back as one pickle (a clean file's is one byte). What it does not cost is spare
CPU: two processes on a 2-core VM each run ~20% slower per file than one alone (shared caches, maybe
one physical core's two threads), so a second process pays only for a run of about a second or more,
and only on cores the load average says are idle.
"""

from __future__ import annotations

import contextlib
import os
import signal
from collections.abc import Callable, Iterator, Sequence
from typing import Any, BinaryIO, TypeVar

T = TypeVar("T")

#: CPU seconds a worker costs before its first file: the fork and the first-use work the warm-up did not do.
WORKER_START = 0.05
#: CPU seconds of this process's per file a worker checks: its share of the batch unpickled (a broken file's
#: result, with its diagnostics and lines, ~30 us; a clean one's well under 1 us).
ROUND_TRIP = 5e-6
#: Estimated CPU seconds to check one payload file: a part per file and a part per byte (a clean small body
#: ~30 us, a broken one ~300 us with its explanations; 10% broken: ~60 us a file).
PER_FILE = 60e-6
PER_BYTE = 40e-9
#: How much slower each of several processes checks a file than one process alone on the same cores.
CONTENTION = 1.2
#: A parallel run must be estimated this much faster than one process to be chosen (the estimate is rough).
MARGIN = 0.75
#: Never more processes than this (this one merges every result in file order, and prints the report).
MAX_WORKERS = 8
#: Files whose size is read to estimate the mean size (stat calls are cheap, not free).
SAMPLE = 256


def usable_cores() -> int:
    """The cores this process may run on (its affinity mask, as in a container), not all the machine's."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def idle_cores(cores: int) -> float:
    """The cores other processes are not already busy on (the 1-minute load average), at least one."""
    try:
        load = os.getloadavg()[0]
    except (AttributeError, OSError):
        return float(cores)
    return max(1.0, min(float(cores), cores - load + 1))  # + 1: this process is part of the load it reads


def estimated_work(paths: Sequence[str]) -> float:
    """CPU seconds one process would take to check these payload files (their sizes sampled)."""
    if not paths:
        return 0.0
    step = max(1, len(paths) // SAMPLE)
    sizes = []
    for path in paths[::step][:SAMPLE]:
        try:
            sizes.append(os.stat(path).st_size)
        except OSError:
            sizes.append(0)
    mean = sum(sizes) / len(sizes)
    return len(paths) * (PER_FILE + mean * PER_BYTE)


def choose_workers(work: float, files: int, cores: float) -> int:
    """The number of processes (1: this one alone) that checks `files` files of `work` CPU seconds soonest on
    `cores` idle cores: this process checks its share too, and receives every other one's results."""
    best, best_time = 1, work * MARGIN
    for processes in range(2, min(int(cores), MAX_WORKERS) + 1):
        shared = work * CONTENTION / processes
        received = ROUND_TRIP * files * (processes - 1) / processes
        total = work * CONTENTION + received + WORKER_START * (processes - 1)
        elapsed = max(total / cores, WORKER_START + shared + received)
        if elapsed < best_time:
            best, best_time = processes, elapsed
    return best


#: Files a worker checks per batch it sends back (one pickle and one write per batch).
BATCH = 64


def forked(check: Callable[[str], T], remote: Callable[[str], T | None], paths: Sequence[str], processes: int,
           batch: int = BATCH) -> Iterator[T | None]:
    """The result of each path, in order, shared out by batches between this process (`check`) and `processes - 1`
    forked ones (`remote`: None for a clean file, which pickles to a byte).

    Batch k is checked by process k mod `processes` (this one is process 0): no queue, no pool, no imports; a
    fork after the warm-up shares what this process loaded. A worker sends each batch back as one pickle, into a
    pipe big enough to run ahead of this process. A worker that dies (killed, out of memory) or fails on a file
    leaves its files to this process: never a hang, never a lost file.
    """
    import pickle

    children: list[tuple[int, BinaryIO | None]] = []
    try:
        for worker in range(1, processes):
            read, write = os.pipe()
            with contextlib.suppress(Exception):  # Linux: 1 MiB instead of 64 KiB (a worker then seldom waits)
                import fcntl

                fcntl.fcntl(write, getattr(fcntl, "F_SETPIPE_SZ", 1031), 1 << 20)
            pid = os.fork()
            if pid == 0:  # the worker: its batches, then gone without running the parent's exit handlers
                code = 1
                try:
                    os.close(read)
                    for _, reader in children:
                        if reader is not None:
                            reader.close()
                    with open(write, "wb") as out:
                        for start in range(worker * batch, len(paths), processes * batch):
                            pickle.dump(_batch(remote, paths[start:start + batch]), out, pickle.HIGHEST_PROTOCOL)
                            out.flush()
                    code = 0
                finally:
                    os._exit(code)
            os.close(write)
            children.append((pid, open(read, "rb")))  # noqa: SIM115 (closed in the finally below)
        for number, start in enumerate(range(0, len(paths), batch)):
            owner = number % processes
            chunk = paths[start:start + batch]
            if owner == 0:
                yield from map(check, chunk)
                continue
            pid, reader = children[owner - 1]
            results: list[Any] | None = None
            failed: frozenset[int] = frozenset()
            if reader is not None:
                try:
                    results, failed = pickle.load(reader)
                except Exception:  # EOF: the worker died; its files are checked here
                    reader.close()
                    children[owner - 1] = (pid, None)
            if results is None or len(results) != len(chunk):
                yield from map(check, chunk)
                continue
            for n, (path, result) in enumerate(zip(chunk, results, strict=True)):
                yield check(path) if n in failed else result
    finally:
        for pid, reader in children:
            if reader is not None:
                reader.close()  # a worker still writing gets EPIPE and exits
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGTERM)
            with contextlib.suppress(OSError):
                os.waitpid(pid, 0)


def _batch(remote: Callable[[str], T | None], paths: Sequence[str]) -> tuple[list[T | None], frozenset[int]]:
    """What a worker sends back for a batch: each file's result (None when clean), and the positions of the files
    it failed on (a bug: the parent checks them again, and reports what failed as a run in one process does)."""
    results: list[T | None] = []
    failed = set()
    for n, path in enumerate(paths):
        try:
            results.append(remote(path))
        except Exception:
            results.append(None)
            failed.add(n)
    return results, frozenset(failed)
