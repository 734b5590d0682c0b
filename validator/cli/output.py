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
    from typing import IO, Any, NoReturn


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


class GuardedStdout(io.TextIOBase):
    """stdout for what `check --fix -` and `--diff` print (the fixed body, the diff), as text or bytes (`buffer`): a
    failed write is a ReportUnwritable; a closed pipe's BrokenPipeError goes on as it always has. Each write (a file's
    diff, the fixed body) is flushed at once, so a full disk is said where it happens, before the run's summary line
    (`would fix …`), which it makes untrue."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        with _guarded(self.stream):
            written = self.stream.write(text)
            self.stream.flush()
            return written

    def flush(self) -> None:
        with _guarded(self.stream):
            self.stream.flush()

    def isatty(self) -> bool:
        return self.stream.isatty()

    @property
    def buffer(self) -> GuardedBytes | None:
        binary = getattr(self.stream, "buffer", None)
        return None if binary is None else GuardedBytes(binary, self.stream)


class GuardedBytes(io.RawIOBase):
    """The bytes under a GuardedStdout, guarded alike."""

    def __init__(self, binary: IO[bytes], text: IO[str]) -> None:
        self.binary, self.text = binary, text

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        with _guarded(self.text):
            written = self.binary.write(data)
            self.binary.flush()
            return written

    def flush(self) -> None:
        with _guarded(self.text):
            self.binary.flush()


@contextlib.contextmanager
def _guarded(stream: IO[str]) -> Iterator[None]:
    try:
        yield
    except BrokenPipeError:
        raise
    except OSError as err:
        raise unwritable(err, stream) from None


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


def printable_error(err: BaseException) -> None:
    """Make a usage error's message one safe line before it is shown (click shows it raw): a config key, a rule code or
    a path in it comes from files a stranger's pull request may change, and a newline there would start a CI command
    line (`::error …`), an ESC a terminal escape."""
    from ..core.printable import printable

    message = getattr(err, "message", None)
    if isinstance(message, str):
        err.message = printable(message)  # type: ignore[attr-defined]


@contextlib.contextmanager
def printable_errors() -> Iterator[None]:
    """Usage errors raised inside, made printable (printable_error) on their way to click, which shows them."""
    try:
        yield
    except Exception as err:
        printable_error(err)
        raise


def refuse(err: ReportUnwritable) -> NoReturn:
    """Say that the report could not be written, on stderr, and exit 3 (flowlint could not do its job)."""
    from ..core.exit_codes import FAILURE

    with contextlib.suppress(OSError, ValueError, AttributeError):
        sys.stderr.write(f"flowlint: cannot write the report: {err.reason}\n")
        sys.stderr.flush()
    sys.exit(FAILURE)
