"""A check's cooperative stop: a check that a caller no longer wants (an editor's text overtaken by a newer edit) ends
at its next checkpoint instead of running to its end in its thread.

The caller runs the check `stoppable(event)` in the check's own thread; the check's loops call `checkpoint()` between
launches and between rounds of fix proofs, which raises `Overtaken` once the event is set. Outside `stoppable` (the
command line, serve), a checkpoint does nothing.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from contextvars import ContextVar

_STOP: ContextVar[threading.Event | None] = ContextVar("flowlint_stop", default=None)


class Overtaken(Exception):
    """The check was stopped: its result is not wanted (nothing of it is reported)."""


def checkpoint() -> None:
    """Raise `Overtaken` if the check running in this context was asked to stop."""
    event = _STOP.get()
    if event is not None and event.is_set():
        raise Overtaken


@contextlib.contextmanager
def stoppable(event: threading.Event) -> Iterator[None]:
    """Run the block's check so that setting `event` stops it at its next checkpoint."""
    token = _STOP.set(event)
    try:
        yield
    finally:
        _STOP.reset(token)
