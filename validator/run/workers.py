"""How many worker processes a run starts: only as many as pay for themselves.

A worker costs a fork, the first-use imports and compiled contracts its parent had not made yet,
and a round trip per file (a path out, a result back). A small payload file takes ~0.1 ms to
check, so 10,000 of them are about a second of work: on two cores, a second worker saves less than
it costs. The estimate below is the work (files and bytes) against those costs, on the cores this
process may use that other processes are not already busy on.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

#: CPU seconds a worker costs before its first file (fork, first-use imports, its own compiled contracts).
WORKER_START = 0.4
#: CPU seconds of the parent's per file handed to a worker: the path out and the result back (a broken file's
#: result, with its diagnostics and source lines, takes ~60 us to pickle and unpickle; a clean one a byte).
ROUND_TRIP = 20e-6
#: Estimated CPU seconds to check one payload file: a part per file and a part per byte.
PER_FILE = 120e-6
PER_BYTE = 40e-9
#: A parallel run must be estimated this much faster than one process to be chosen (the estimate is rough).
MARGIN = 0.75
#: Never more workers than this (the parent merges every result in file order).
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
    """The number of processes (1: no workers) that checks `files` files of `work` CPU seconds soonest on `cores`."""
    best, best_time = 1, work * MARGIN
    for workers in range(2, min(int(cores), MAX_WORKERS) + 1):
        # The parent shares the cores: all the CPU time spread over them, and no worker done before its share is.
        total = work + ROUND_TRIP * files + WORKER_START * workers
        elapsed = max(total / cores, WORKER_START + work / workers, ROUND_TRIP * files)
        if elapsed < best_time:
            best, best_time = workers, elapsed
    return best
