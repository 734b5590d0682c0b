"""A report flowlint cannot write (stdout on a full disk or closed, `-o` on a full device): one plain line on stderr and
exit code 3, never a traceback. A reader that goes away (`| head`, EPIPE) is not this: that stays quiet (check.py)."""

from __future__ import annotations

import contextlib
import errno
import io
import os
import sys

TYPE_CHECKING = False  # not typing's: this module is read on every run
if TYPE_CHECKING:
    from collections.abc import Iterator
    from typing import IO, NoReturn


class ReportUnwritable(Exception):
    """The report could not be written; `reason` says why, in the system's words (no report text in it)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class ClosedStdout(io.TextIOBase):
    """sys.stdout when the process has none (started with `>&-`): writing to it says so, as a full disk does; a run
    that writes nothing there (`-q`, `-o FILE`) is not troubled."""

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        raise ReportUnwritable("standard output is closed")

    def isatty(self) -> bool:
        return False


def install_closed_stdout() -> None:
    """Stand ClosedStdout in for a missing sys.stdout."""
    if sys.stdout is None:
        sys.stdout = ClosedStdout()


def unwritable(err: OSError, stream: IO[str] | None) -> ReportUnwritable:
    """The ReportUnwritable of a failed write to `stream`; what it still buffers is sent nowhere (it would fail again
    when flushed at close or exit, with a traceback)."""
    discard(stream)
    return ReportUnwritable(err.strerror or os.strerror(err.errno or errno.EIO))


def discard(stream: IO[str] | None) -> None:
    """Point `stream`'s file descriptor at the null device: its buffered text and later writes go nowhere."""
    if stream is None:
        return
    with contextlib.suppress(OSError, ValueError, io.UnsupportedOperation):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stream.fileno())
        os.close(devnull)


@contextlib.contextmanager
def writing_stdout() -> Iterator[None]:
    """Around the writes of a command whose output is its point (a report, a rule's page): a write that fails for
    another reason than a closed pipe (which click answers itself), or a missing stdout, is a ReportUnwritable.
    (Not around `serve`'s: its "listening on" line is no reason to stop serving.)"""
    install_closed_stdout()
    try:
        yield
    except OSError as err:
        if err.errno == errno.EPIPE:
            raise
        raise unwritable(err, sys.stdout) from None


def refuse(err: ReportUnwritable) -> NoReturn:
    """Say that the report could not be written, on stderr, and exit 3 (flowlint could not do its job)."""
    from ..core.exit_codes import FAILURE

    with contextlib.suppress(OSError, ValueError, AttributeError):
        sys.stderr.write(f"flowlint: cannot write the report: {err.reason}\n")
        sys.stderr.flush()
    sys.exit(FAILURE)
