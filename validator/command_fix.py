"""`flowlint check --fix / --unsafe-fixes / --diff`: fixes applied to files, or shown as a diff.

A file is written only when a fix changed it, atomically (a temporary file in the same directory,
then a rename; its permissions kept), and never when it changed on disk since it was read. Bytes
outside the edits, the byte order mark and the line endings stay as they were.
"""

from __future__ import annotations

import codecs
import contextlib
import difflib
import os
import stat
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TextIO

from .diagnostics import Diagnostic
from .document import Limits
from .engine import CheckOptions, SeverityMap
from .files import STDIN
from .fixing import FixOutcome, fix_text
from .lines import LineIndex
from .report import Reporter, Summary
from .runner import FileResult, _Checker, _excerpt_lines
from .runner import _once_per_run as once_per_run
from .sources import source_kind


class NotFixable(Exception):
    """A file flowlint checks but does not rewrite (not UTF-8, a symlink, not a regular file...)."""


@dataclass
class FixRun:
    """Counts over a --fix or --diff run."""

    summary: Summary
    changed_files: int = 0
    fixed: int = 0
    skipped: list[str] | None = None


def run_fixes(paths: Sequence[str], options: CheckOptions, reporter: Reporter, *, limits: Limits, unsafe: bool, diff: bool,
              severities_for: Callable[[str], SeverityMap] | None = None, stdin_name: str = "<stdin>",
              out: TextIO | None = None, err: TextIO | None = None) -> FixRun:
    """Fix every file (or print the diff), then report what remains in each."""
    out = out or sys.stdout
    err = err or sys.stderr
    run = FixRun(Summary(), skipped=[])
    said_once: set[tuple[str, str]] = set()
    checker = _Checker(options, limits, severities_for, stdin_name)
    for path in paths:
        file_options = replace(options, severities=severities_for(path)) if severities_for else options
        name = stdin_name if path == STDIN else path
        data = b""
        in_code = False
        try:
            data = _read_stdin(limits) if path == STDIN else _read(path, limits)
            in_code = source_kind(name, data) is not None
            if in_code:
                raise NotFixable("a code or request file: its fixes are shown, not applied")
            prefix, text = _text_of(data)
        except NotFixable as why:
            assert run.skipped is not None
            skipped = f"{name}: {why}"
            if path == STDIN:  # already read: check what was read, and give it back unchanged
                result = _check_bytes(data, name, file_options, limits)
                if not diff:
                    _write_bytes(out, data)
            else:
                result = checker(path)
            diagnostics = once_per_run(result.diagnostics, said_once)
            if diagnostics or not in_code:  # a code file without a launch (most of them) is not worth a line
                run.skipped.append(skipped)
            run.summary.add(diagnostics)
            if not diff:
                reporter.file(diagnostics, result.line if diagnostics else None)
            continue
        outcome = fix_text(text, name, file_options, unsafe=unsafe, limits=limits)
        fixed_bytes = prefix + outcome.fixed.encode("utf-8")
        changed = fixed_bytes != data
        if changed:
            run.changed_files += 1
            run.fixed += len(outcome.applied)
        if diff:
            if changed:
                out.write(_unified_diff(name, text, outcome.fixed))
        elif path == STDIN:
            out.write(outcome.fixed if prefix == b"" else "\ufeff" + outcome.fixed)
        elif changed:
            try:
                write_atomically(path, data, fixed_bytes)
            except NotFixable as why:  # the file is left as it was: report it as it is
                assert run.skipped is not None
                run.skipped.append(f"{name}: {why}")
                run.changed_files -= 1
                run.fixed -= len(outcome.applied)
                outcome = FixOutcome(text, text, [], _unfixed(text, name, file_options, limits))
        remaining = once_per_run(outcome.remaining, said_once)
        run.summary.add(remaining)
        if not diff:
            index = LineIndex(outcome.fixed)
            reporter.file(remaining, index.line_text if remaining else None)
    run.summary.fixed = run.fixed
    if not diff:
        reporter.finish(run.summary)
    for skipped in run.skipped or ():
        err.write(f"flowlint: not fixed: {skipped}\n")
    if diff:
        counts = f"would fix {_count(run.fixed, 'finding')} in {_count(run.changed_files, 'file')}"
        err.write(f"flowlint: {counts if run.fixed else 'nothing to fix'}\n")
    return run


def _check_bytes(data: bytes, name: str, options: CheckOptions, limits: Limits) -> FileResult:
    from .document import load_bytes
    from .engine import check_document
    from .sources import load_source

    kind = source_kind(name, data)
    documents = load_source(kind, data, name, limits) if kind is not None else [load_bytes(data, name, limits=limits)]
    diagnostics = [d for document in documents for d in check_document(document, options)]
    return FileResult(diagnostics, _excerpt_lines(documents, diagnostics))


def _write_bytes(out: TextIO, data: bytes) -> None:
    buffer = getattr(out, "buffer", None)
    if buffer is not None:
        out.flush()
        buffer.write(data)
        buffer.flush()
    else:
        out.write(data.decode("utf-8", "replace"))


def _unfixed(text: str, name: str, options: CheckOptions, limits: Limits) -> list[Diagnostic]:
    from .document import load_text
    from .engine import check_document

    return check_document(load_text(text, name, limits=limits), options)


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _read(path: str, limits: Limits) -> bytes:
    try:
        info = os.lstat(path)
    except OSError as error:
        raise NotFixable(f"cannot read it: {error.strerror or error}") from None
    if stat.S_ISLNK(info.st_mode):
        raise NotFixable("a symbolic link (fix the file it points to)")
    if not stat.S_ISREG(info.st_mode):
        raise NotFixable("not a regular file")
    if info.st_size > limits.max_file_size:
        raise NotFixable("larger than max-file-size")
    try:
        with open(path, "rb") as handle:
            return handle.read(limits.max_file_size + 1)
    except OSError as error:
        raise NotFixable(f"cannot read it: {error.strerror or error}") from None


def _read_stdin(limits: Limits) -> bytes:
    data = sys.stdin.buffer.read(limits.max_file_size + 1)
    if len(data) > limits.max_file_size:
        raise NotFixable("larger than max-file-size")
    return data


def _text_of(data: bytes) -> tuple[bytes, str]:
    """The byte order mark (kept as it was) and the UTF-8 text after it."""
    prefix = codecs.BOM_UTF8 if data.startswith(codecs.BOM_UTF8) else b""
    try:
        text = data[len(prefix):].decode("utf-8")
    except UnicodeDecodeError:
        raise NotFixable("not UTF-8 text") from None
    if text.startswith("\ufeff") or "\x00" in text:
        raise NotFixable("not plain UTF-8 text")
    return prefix, text


def write_atomically(path: str, original: bytes, content: bytes) -> None:
    """Replace a file's content in one step, unless it changed since `original` was read."""
    try:
        with open(path, "rb") as handle:
            current = handle.read(len(original) + 1)
    except OSError as error:
        raise NotFixable(f"cannot read it again: {error.strerror or error}") from None
    if current != original:
        raise NotFixable("it changed on disk while flowlint was fixing it; run again")
    info = os.stat(path)
    directory = os.path.dirname(os.path.abspath(path))
    try:
        handle_fd, temporary = tempfile.mkstemp(dir=directory, prefix=f".{os.path.basename(path)}.", suffix=".flowlint")
    except OSError as error:
        raise NotFixable(f"cannot write in its directory: {error.strerror or error}") from None
    try:
        with os.fdopen(handle_fd, "wb") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, stat.S_IMODE(info.st_mode))
        os.replace(temporary, path)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise NotFixable(f"cannot write it: {error.strerror or error}") from None


def _unified_diff(name: str, before: str, after: str) -> str:
    lines = difflib.unified_diff(before.splitlines(keepends=True), after.splitlines(keepends=True),
                                 fromfile=name, tofile=name)
    text = ""
    for line in lines:
        text += line if line.endswith(("\n", "\r")) else line + "\n\\ No newline at end of file\n"
    return text

