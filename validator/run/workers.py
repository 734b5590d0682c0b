"""How many processes check a run's files: more than this one only when they pay for themselves.

A worker is a fork of this process after it checked the first files (it inherits what they loaded:
imports, compiled contracts), so it costs a few milliseconds to start plus the first-use work those
files did not do (another flow's explaining validator). Each process claims the next batch of files when
it is done with its last, and a worker sends each batch's results back as one pickle (a clean file's is one
byte). What it does not cost is spare CPU: two processes on a 2-core VM each run ~5% slower per file than one alone (shared caches),
and a worker costs ~25 ms of CPU to start, so a second process pays only for a run of about a third of a second or more,
and only on cores the load average says are idle (a core partly idle counts for its part).
"""

from __future__ import annotations

import contextlib
import math
import os
import signal
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

#: CPU seconds a worker costs before its first file: the fork and the first-use work the warm-up did not do
#: (measured on the 2-core VM, Dec 5: -j 2 against -j 1 on the 10,000-file code tree and on one with no launch).
WORKER_START = 0.025
#: CPU seconds of this process's per file a worker checks: its share of the batch unpickled (a broken file's
#: result, with its diagnostics and lines, ~30 us; a clean one's well under 1 us).
ROUND_TRIP = 5e-6
#: Estimated CPU seconds to check one payload file: a part per file and a part per byte (10% broken bodies of ~300 bytes:
#: ~48 us a file measured with -j 1, the start-up taken off).
PER_FILE = 36e-6
PER_BYTE = 40e-9
#: How much slower each of several processes checks a file than one process alone on the same cores.
CONTENTION = 1.05
#: A parallel run must be estimated this much faster than one process to be chosen (the estimate is rough).
MARGIN = 0.75
#: Wall seconds this process spends on each fork (the workers are forked one after another, before it checks a file of
#: its share): ~0.6 ms measured for a 25 MB process, ~2-8 ms for a 110 MB one at load 7 (Dec 5, 2-core VM).
FORK = 2e-3
#: A worker only for this many worker starts of work each (no worker at all below it): a start costs a share no
#: more than a quarter, and a run of a tenth of a second stays in one process however many cores are idle.
FLOOR = 4
#: Never more processes than this (this one merges every result in file order, and prints the report).
MAX_WORKERS = 8
#: Files whose size is read to estimate the mean size (stat calls are cheap, not free).
SAMPLE = 256
#: Estimated CPU seconds to check a code or request file: one the prefilter decides (read, its kind and a byte test:
#: most files of a code tree: ~11 us measured), and one it passes (parsed, each launch checked, its findings explained,
#: its first-use imports shared out: ~2.7 ms).
CODE_QUIET = 11e-6
CODE_LAUNCH = 2.7e-3
#: Code files read and prefiltered to estimate the share that holds a launch (~10 us each).
CODE_SAMPLE = 256


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


def estimated_code_work(paths: Sequence[str], quiet: Callable[[str], bool]) -> tuple[float, list[int]]:
    """CPU seconds one process would take to check these code and request files, from the share of a sample that
    the prefilter does not decide (`quiet` False); and the positions of those sampled files (the first of each
    suffix is checked before the workers start, so that they inherit the code readers it loads)."""
    if not paths:
        return 0.0, []
    step = max(1, len(paths) // CODE_SAMPLE)
    sampled = range(0, len(paths), step)[:CODE_SAMPLE]
    passed = [n for n in sampled if not quiet(paths[n])]
    share = len(passed) / len(sampled)
    return len(paths) * (CODE_QUIET + share * CODE_LAUNCH), passed


def choose_workers(work: float, files: int, cores: float) -> int:
    """The number of processes (1: this one alone) that checks `files` files of `work` CPU seconds soonest on
    `cores` idle cores: this process checks its share too, and receives every other one's results."""
    best, best_time = 1, work * MARGIN
    most = min(math.ceil(cores), MAX_WORKERS, 1 + int(work / (FLOOR * WORKER_START)))
    # A core partly idle counts: the model divides the work by fractional cores (1.8 idle: a second process is
    # considered, and chosen when the work is long enough to pay for the part of a core it waits for).
    for processes in range(2, most + 1):
        forks = FORK * (processes - 1)  # this process starts its own share only after the last fork
        shared = work * CONTENTION / processes
        received = ROUND_TRIP * files * (processes - 1) / processes
        total = work * CONTENTION + received + (WORKER_START + FORK) * (processes - 1)
        elapsed = max(total / cores, forks + WORKER_START + shared + received)
        if elapsed < best_time:
            best, best_time = processes, elapsed
    return best


#: Files a process checks per batch it claims (a worker sends each batch back as one message).
BATCH = 64
#: Bytes of a batch number in the claims pipe (a read of so few bytes from a pipe is atomic: no two processes
#: claim the same batch).
_CLAIM = 4
#: Claims the claims pipe holds at once (its default 64 KiB): a longer run has bigger batches.
_MAX_CLAIMS = 16_384
#: Bytes of a message's length in front of it, on a worker's results pipe.
_LENGTH = 8


def forked(check: Callable[[str], T], remote: Callable[[str], R], paths: Sequence[str], processes: int,
           batch: int = BATCH, recheck: Callable[[str], T] | None = None) -> Iterator[T | R]:
    """The result of each path, in order, shared out by batches between this process (`check`) and `processes - 1`
    forked ones (`remote`: a result that pickles small, such as None for a clean file).

    Each process claims the next batch when it is done with its last: the batch numbers wait in a pipe that every
    process reads (no queue, no pool, no imports), so a process slowed down (this one also reports every file; a
    core busy with another program) checks fewer. A fork after the warm-up shares what this process loaded. A worker
    sends each batch back as one length-prefixed pickle; this one gives the results in order, checking batches
    itself while the one it needs next is still being checked elsewhere. A worker that dies (killed, out of memory)
    or fails on a file leaves its files to this process (`recheck`, else `check`: this process may have checked later
    files already): never a hang, never a lost file.
    """
    again = recheck or check
    batch = max(batch, -(-len(paths) // _MAX_CLAIMS))  # every claim fits in the claims pipe at once
    batches = -(-len(paths) // batch)
    claims_read, claims_write = os.pipe()
    children: dict[int, int] = {}  # a results pipe's read end -> its worker's pid
    try:
        try:
            os.set_blocking(claims_write, False)  # never waits: too little room is seen, not a hang
            _write_all(claims_write, b"".join(n.to_bytes(_CLAIM, "little") for n in range(batches)))
        except OSError:  # no room for every claim: this process checks every file
            yield from map(check, paths)
            return
        finally:
            os.close(claims_write)
        for _ in range(1, processes):
            read, pid = _fork_worker(remote, paths, batch, claims_read, children)
            children[read] = pid
        mine: dict[int, list[T]] = {}  # batches this process checked, not given yet
        received: dict[int, tuple[list[R], frozenset[int]]] = {}  # batches the workers sent, not given yet
        last_claim = -1  # claims come in order: a batch up to this one that is not in `mine` is a worker's
        exhausted = False
        for number in range(batches):
            chunk = paths[number * batch:(number + 1) * batch]
            while number not in mine and number not in received:
                if not exhausted and (number > last_claim or not _ready(children, 0)):
                    # The batch is nobody's yet, or a worker has it and sent nothing since: check the next one here.
                    claim = _claim(claims_read)
                    if claim is None:
                        exhausted = True
                    else:
                        last_claim = claim
                        mine[claim] = list(map(check, paths[claim * batch:(claim + 1) * batch]))
                elif not children:  # claimed by a worker that died before it sent it
                    mine[number] = list(map(again, chunk))
                else:
                    _receive(children, received)
            if number in mine:
                yield from mine.pop(number)
                continue
            results, failed = received.pop(number)
            if len(results) != len(chunk):
                yield from map(again, chunk)
                continue
            for n, (path, result) in enumerate(zip(chunk, results, strict=True)):
                yield again(path) if n in failed else result
    finally:
        with contextlib.suppress(OSError):
            os.close(claims_read)
        for read, pid in children.items():
            with contextlib.suppress(OSError):
                os.close(read)  # a worker still writing gets EPIPE and exits
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGTERM)
            _reap(pid)


def _fork_worker(remote: Callable[[str], Any], paths: Sequence[str], batch: int, claims: int,
                 children: dict[int, int]) -> tuple[int, int]:
    """A worker forked (its results pipe's read end, and its pid): it checks the batches it claims, then is gone without
    running this process's exit handlers."""
    read, write = os.pipe()
    with contextlib.suppress(Exception):  # Linux: 1 MiB instead of 64 KiB (a worker then seldom waits)
        import fcntl

        fcntl.fcntl(write, getattr(fcntl, "F_SETPIPE_SZ", 1031), 1 << 20)
    pid = os.fork()
    if pid == 0:
        code = 1
        try:
            os.close(read)
            for other in children:  # the other workers' pipes are theirs
                os.close(other)
            _serve(remote, paths, batch, claims, write)
            code = 0
        finally:
            os._exit(code)
    os.close(write)
    return read, pid


def _serve(remote: Callable[[str], Any], paths: Sequence[str], batch: int, claims: int, results: int) -> None:
    """A worker's loop: each batch claimed, checked, and sent back as one length-prefixed pickle, while there are some."""
    import pickle

    while (number := _claim(claims)) is not None:
        start = number * batch
        message = pickle.dumps((number, *_batch(remote, paths[start:start + batch])), pickle.HIGHEST_PROTOCOL)
        _write_all(results, len(message).to_bytes(_LENGTH, "little") + message)


def _receive(children: dict[int, int], received: dict[int, tuple[list[Any], frozenset[int]]]) -> None:
    """What the workers send, once something is there: a batch's results, or a worker's end (done, or dead: a batch it
    claimed and never sent is then checked by this process)."""
    for read in _ready(children, None):
        sent = _message(read)
        if sent is None:
            os.close(read)
            _reap(children.pop(read))
        else:
            received[sent[0]] = (sent[1], sent[2])


def _ready(children: dict[int, int], timeout: float | None) -> list[int]:
    """The results pipes with something to read (a message, or the end): at once, or waiting up to `timeout`."""
    import select

    return select.select(list(children), [], [], timeout)[0] if children else []


def _claim(claims: int) -> int | None:
    """The next batch no process claimed yet, or None when every batch is claimed."""
    data = os.read(claims, _CLAIM)
    return int.from_bytes(data, "little") if len(data) == _CLAIM else None


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def _read_exactly(fd: int, size: int) -> bytes | None:
    parts = []
    while size:
        part = os.read(fd, min(size, 1 << 20))
        if not part:
            return None
        parts.append(part)
        size -= len(part)
    return b"".join(parts)


def _message(fd: int) -> tuple[int, Any, frozenset[int]] | None:
    """A worker's next message (batch number, results, failed positions); None at its end or when it died mid-way."""
    import pickle

    head = _read_exactly(fd, _LENGTH)
    body = _read_exactly(fd, int.from_bytes(head, "little")) if head is not None else None
    if body is None:
        return None
    try:
        message = pickle.loads(body)
    except Exception:
        return None
    return message if isinstance(message, tuple) and len(message) == 3 and isinstance(message[0], int) else None


def _reap(pid: int) -> None:
    with contextlib.suppress(OSError):
        os.waitpid(pid, 0)


def _batch(remote: Callable[[str], R], paths: Sequence[str]) -> tuple[list[R | None], frozenset[int]]:
    """What a worker sends back for a batch: each file's result, and the positions of the files it failed on (a bug:
    the parent checks them again, and reports what failed as a run in one process does)."""
    results: list[R | None] = []
    failed = set()
    for n, path in enumerate(paths):
        try:
            results.append(remote(path))
        except Exception:
            results.append(None)
            failed.add(n)
    return results, frozenset(failed)
