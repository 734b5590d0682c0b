"""A check's cooperative stop: a check that a caller no longer wants (an editor's text overtaken by a newer edit) ends
at its next checkpoint instead of running to its end in its thread.

The caller runs the check `stoppable(event)` in the check's own thread; the check's loops call `checkpoint()` between
launches, between rounds of fix proofs, and within a launch's check between the schema errors its body's envelope
explains and the findings it locates (one body of 100,000 inputs is one launch), which raises `Overtaken` once the event
is set. The reading of a file's
launches has its own, at bounded intervals: its parse a chunk of bytes at a time (`wanted`), its walks a batch of
nodes at a time (`checked`, `NODES`), its reading of calls one call at a time. Outside `stoppable` (the command line,
serve), a checkpoint does nothing, and the file is parsed and walked as before.
"""

from __future__ import annotations

import contextlib
import itertools
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextvars import ContextVar
from typing import TypeVar

T = TypeVar("T")
#: The most nodes of a syntax tree a walk visits (or a loop over nodes handles) between two checkpoints.
NODES = 4096
_STOP: ContextVar[threading.Event | None] = ContextVar("flowlint_stop", default=None)


class Overtaken(BaseException):
    """The check was stopped: its result is not wanted (nothing of it is reported). No Exception, as asyncio's
    CancelledError is none: the reading's own `except Exception` (a file it cannot read, a failing reader made an FL900)
    would take a stop inside it for a failure and go on to report it."""


def checkpoint() -> None:
    """Raise `Overtaken` if the check running in this context was asked to stop."""
    event = _STOP.get()
    if event is not None and event.is_set():
        raise Overtaken


def wanted() -> threading.Event | None:
    """The event that stops the check running in this context (None: none can stop it: the command line, serve), for a
    step that checks it its own way (a parse a chunk at a time)."""
    return _STOP.get()


def checked(items: Sequence[T], every: int = NODES) -> Iterable[T]:
    """`items`, in order, with a checkpoint before each `every` of them: a loop over a file's nodes stops within a batch
    of them, at no cost a node (the batches are chained in C); outside `stoppable`, `items` themselves."""
    if _STOP.get() is None:
        return items
    return itertools.chain.from_iterable(_batches(items, every))


def _batches(items: Sequence[T], every: int) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), every):
        checkpoint()
        yield items[start:start + every]


@contextlib.contextmanager
def stoppable(event: threading.Event) -> Iterator[None]:
    """Run the block's check so that setting `event` stops it at its next checkpoint."""
    token = _STOP.set(event)
    try:
        yield
    finally:
        _STOP.reset(token)
