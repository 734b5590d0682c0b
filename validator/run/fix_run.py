"""`flowlint check --fix / --unsafe-fixes / --diff`: fixes applied to files, or shown as a diff.

A file is written only when a fix changed it, atomically (a temporary file in the same directory,
then a rename; its permissions kept), and never when it changed on disk since it was read. Bytes
outside the edits, the byte order mark and the line endings stay as they were.
"""

from __future__ import annotations

import codecs
import contextlib
import difflib
import errno
import os
import secrets
import shutil
import stat
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import BinaryIO, TextIO

from ..checker.engine import CheckOptions, SeverityMap
from ..checker.launches import load_source, source_kind
from ..contracts.schema import BrokenSchema
from ..core.diagnostics import Diagnostic
from ..core.lines import LineIndex
from ..core.printable import printable
from ..fixer.passes import FixOutcome, fix_code, fix_text
from ..project.files import STDIN
from ..report import Reporter, Summary, unapplied_fixes
from ..sources.document import Document, Limits, ResolvedDirs, read_path, within
from .masking import Mask, mask_of, masked_lines
from .runner import BodyFilesSaidOnce, FileResult, _Checker, _excerpt_lines
from .runner import _once_per_run as once_per_run


class NotFixable(Exception):
    """A file flowlint checks but does not rewrite (not UTF-8, a symlink, not a regular file...).

    `always`: say so even when the file has nothing to fix (a failure, not a kind of file).
    """

    def __init__(self, why: str, *, always: bool = False) -> None:
        super().__init__(why)
        self.always = always


@dataclass
class FixRun:
    """Counts over a --fix or --diff run."""

    summary: Summary
    changed_files: int = 0
    fixed: int = 0
    skipped: list[str] = field(default_factory=list)  # "name: why" of files checked but not rewritten
    applied: list[Diagnostic] = field(default_factory=list)  # the findings fixed (--show-fixes lists them)


def run_fixes(paths: Sequence[str], options: CheckOptions, reporter: Reporter, *, limits: Limits, unsafe: bool, diff: bool,
              severities_for: Callable[[str], SeverityMap] | None = None, stdin_name: str = "<stdin>",
              out: TextIO | None = None, err: TextIO | None = None, candidates: frozenset[str] = frozenset(),
              walked: frozenset[str] = frozenset()) -> FixRun:
    """Fix every file (or print the diff), then report what remains in each.

    `candidates`: walked JSON/YAML files, left alone (never fixed, no finding) unless they may hold a launch body.
    """
    out = out or sys.stdout
    err = err or sys.stderr
    run = FixRun(Summary())
    said_once: set[tuple[str, str]] = set()
    checker = _Checker(options, limits, severities_for, stdin_name, candidates, walked)
    body_files = BodyFilesSaidOnce()  # a body file a request file reads (`< ./body.json`): its findings said once
    for path in paths:
        file_options = replace(options, severities=severities_for(path)) if severities_for else options
        name = stdin_name if path == STDIN else path
        data = b""
        try:
            data = sys.stdin.buffer.read(limits.max_file_size + 1) if path == STDIN else _read(path, limits, checker.dirs)
            if len(data) > limits.max_file_size:
                raise NotFixable("larger than max-file-size", always=True)
            code_kind = source_kind(name, data)
            if code_kind is None and not checker.is_payload(path, data):
                # Not a payload, never rewritten; a named one gets the note a check gives it (FL012: a config file).
                result = checker.result(path, checker.load_data(path, data))
                notes = once_per_run(result.diagnostics, said_once)
                run.summary.add(notes, result.suppressed)
                if not diff:
                    reporter.file(notes, result.line if notes else None)
                continue
            prefix, text = _text_of(data)
            try:
                if code_kind is not None:  # the launches in code and request files take the same fixes
                    outcome = fix_code(text, name, code_kind, file_options, unsafe=unsafe, limits=limits,
                                       named=path not in walked)
                else:
                    outcome = fix_text(text, name, file_options, unsafe=unsafe and not checker.guessed(path), limits=limits)
            except BrokenSchema:
                raise
            except Exception as error:  # a bug in flowlint: report it (FL900), never a traceback, never a write
                raise NotFixable(f"flowlint failed while fixing it ({type(error).__name__}); nothing was changed", always=True) from None
        except NotFixable as why:
            if path == STDIN:  # already read: check what was read, and give it back unchanged
                result = _check_bytes(data, name, file_options, limits)
                if not diff:  # all of it: what was beyond the size limit is passed through, never lost
                    _write_bytes(out, data, sys.stdin.buffer if len(data) > limits.max_file_size else None)
            else:
                result = checker(path)
            result = body_files.result(result)
            diagnostics = once_per_run(result.diagnostics, said_once)
            # Said for a failure, or a file with fixes it cannot take.
            if why.always or any(d.fix is not None and d.fix.applies(unsafe) for d in diagnostics):
                run.skipped.append(f"{name}: {why}")
            run.summary.add(diagnostics, result.suppressed)
            if not diff:
                for group, line_source in replace(result, diagnostics=diagnostics).by_file():  # each file with its lines
                    reporter.file(group, line_source if group else None)
            continue
        fixed_bytes = prefix + outcome.fixed.encode("utf-8")
        changed = fixed_bytes != data
        if changed:
            run.changed_files += 1
            run.fixed += len(outcome.applied)
        if diff:
            if changed:  # masked as every output is: a masked line is shown, and no longer applies
                out.write(_unified_diff(name, _file_mask(code_kind, text, name, limits).text(text),
                                        _file_mask(code_kind, outcome.fixed, name, limits).text(outcome.fixed)))
        elif path == STDIN:
            out.write(outcome.fixed if prefix == b"" else "\ufeff" + outcome.fixed)
        elif changed:
            try:
                write_atomically(path, data, fixed_bytes, roots=limits.roots or (os.getcwd(),))
            except NotFixable as why:  # the file is left as it was: report it as it is
                run.skipped.append(f"{name}: {why}")
                run.changed_files -= 1
                run.fixed -= len(outcome.applied)
                outcome = FixOutcome(text, text, [], _check_bytes(data, name, file_options, limits).diagnostics)
        if changed:
            run.applied += outcome.applied
        remaining = once_per_run(body_files.checked(outcome.remaining), said_once)
        # A fix a report offered whose edits did not hold once rendered and proven: counted, never silently dropped.
        run.summary.unapplied += sum(1 for d in remaining if d.fix is not None and d.fix.applies(unsafe) and d.fix.edits is None)
        run.summary.add(remaining, [d.code for d in outcome.suppressed])
        if not diff:
            index = LineIndex(outcome.fixed)
            line_source = index.line_text
            if remaining and code_kind is not None:  # the fixed file's tokens are masked as a check's are
                lines = masked_lines(_file_mask(code_kind, outcome.fixed, name, limits), index,
                                     sorted({d.span.line for d in remaining if d.span}))
                line_source = FileResult(remaining, lines).line
            reporter.file(remaining, line_source if remaining else None)
    run.summary.fixed = run.fixed
    if not diff:
        reporter.finish(run.summary)
    for skipped in run.skipped:
        err.write(f"flowlint: not fixed: {printable(skipped)}\n")
    if diff:
        counts = f"would fix {_count(run.fixed, 'finding')} in {_count(run.changed_files, 'file')}"
        err.write(f"flowlint: {counts if run.fixed else 'nothing to fix'}{_unapplied(run.summary.unapplied)}\n")
    return run


def _check_bytes(data: bytes, name: str, options: CheckOptions, limits: Limits) -> FileResult:
    from ..checker.engine import check_document
    from ..checker.launches import load_source
    from ..sources.document import load_bytes

    kind = source_kind(name, data)
    documents = load_source(kind, data, name, limits) if kind is not None else [load_bytes(data, name, limits=limits)]
    from ..checker.suppress import decide_documents

    decided = decide_documents([d for document in documents for d in check_document(document, options)], documents,
                               options.severities, options.ignores_for)
    return FileResult(decided.kept, _excerpt_lines(documents, decided.kept), suppressed=tuple(d.code for d in decided.suppressed))


def _write_bytes(out: TextIO, data: bytes, rest: BinaryIO | None = None) -> None:
    buffer = getattr(out, "buffer", None)
    if buffer is None:
        out.write(data.decode("utf-8", "replace"))
        return
    out.flush()
    buffer.write(data)
    if rest is not None:
        shutil.copyfileobj(rest, buffer)
    buffer.flush()


def _unapplied(n: int) -> str:
    return f"; {unapplied_fixes(n)}" if n else ""


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _read(path: str, limits: Limits, dirs: ResolvedDirs) -> bytes:
    """A file's bytes as `check` reads them (the one reader: never out of the tree, never a special file), or
    NotFixable: a file the reader refuses is then reported as `check` reports it."""
    try:
        if stat.S_ISLNK(os.lstat(path).st_mode):
            raise NotFixable("a symbolic link (fix the file it points to)")
    except OSError as error:
        raise NotFixable(f"cannot read it: {error.strerror or error}") from None
    data = read_path(path, limits=limits, dirs=dirs)
    if isinstance(data, Document):
        raise NotFixable("flowlint does not read it")
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


def write_atomically(path: str, original: bytes, content: bytes, *, roots: tuple[str, ...] | None = None) -> None:
    """Replace a file's content in one step, unless it changed since `original` was read (or became a link, or
    its directory now leads out of the `roots` tree); the file keeps its mode.

    The directory is opened once and everything is done relative to it, so a path swapped meanwhile cannot
    redirect the write."""
    given = os.path.dirname(os.path.abspath(path))
    directory = os.path.realpath(given)
    base = os.path.basename(path)
    if roots is not None and directory != given and not within(directory, roots):  # a link on the way, leading out
        raise NotFixable("its directory now leads out of the checked tree", always=True)
    relative = os.open in os.supports_dir_fd and os.rename in os.supports_dir_fd and hasattr(os, "O_DIRECTORY")
    try:
        where = os.open(directory, os.O_RDONLY | os.O_DIRECTORY) if relative else None
    except OSError as error:
        raise NotFixable(f"cannot open its directory: {error.strerror or error}", always=True) from None
    try:
        _replace_in(where, directory if where is None else None, base, original, content)
    finally:
        if where is not None:
            os.close(where)


def _replace_in(where: int | None, directory: str | None, base: str, original: bytes, content: bytes) -> None:
    """Compare and replace `base` in the directory open as `where` (or named `directory`, where there are no dir fds)."""

    def at(name: str) -> str:
        return name if directory is None else os.path.join(directory, name)

    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(at(base), flags, dir_fd=where)
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise NotFixable("it became a symbolic link while flowlint was fixing it; run again", always=True) from None
        raise NotFixable(f"cannot read it again: {error.strerror or error}", always=True) from None
    try:
        info = os.fstat(fd)
        current = os.read(fd, len(original) + 1) if stat.S_ISREG(info.st_mode) else None
    except OSError as error:
        raise NotFixable(f"cannot read it again: {error.strerror or error}", always=True) from None
    finally:
        os.close(fd)
    if current != original:
        raise NotFixable("it changed on disk while flowlint was fixing it; run again", always=True)
    temporary = f".{base}.{secrets.token_hex(6)}.flowlint"
    try:
        handle_fd = os.open(at(temporary), os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600,
                            dir_fd=where)
    except OSError as error:
        raise NotFixable(f"cannot write in its directory: {error.strerror or error}", always=True) from None
    try:
        with os.fdopen(handle_fd, "wb") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
            mode = _kept_mode(info, os.fstat(handle.fileno()))
            if hasattr(os, "fchmod"):
                os.fchmod(handle.fileno(), mode)
        if not hasattr(os, "fchmod"):
            os.chmod(at(temporary), mode)
        if where is None:
            os.replace(at(temporary), at(base))
        else:
            os.rename(temporary, base, src_dir_fd=where, dst_dir_fd=where)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(at(temporary), dir_fd=where)
        raise NotFixable(f"cannot write it: {error.strerror or error}", always=True) from None


def _kept_mode(original: os.stat_result, written: os.stat_result) -> int:
    """The mode the rewritten file gets: the original's, but never a setuid or setgid bit on a file whose owner or
    group changed (the rewrite belongs to whoever runs flowlint: the bit would run as them)."""
    mode = stat.S_IMODE(original.st_mode)
    if (original.st_uid, original.st_gid) != (written.st_uid, written.st_gid):
        mode &= ~(stat.S_ISUID | stat.S_ISGID)
    return mode


def _file_mask(kind: str | None, text: str, name: str, limits: Limits) -> Mask:
    """What outputs never show of a code or request file's text (a payload file holds no token FL305 finds)."""
    if kind is None:
        return Mask()
    return mask_of(load_source(kind, text.encode("utf-8", "surrogatepass"), name, limits))


def _diff_lines(text: str) -> list[str]:
    """Lines ended by \n only (with their ending): U+2028, U+2029, \r alone and the other breaks `splitlines`
    knows stay inside a line, escaped when shown, so the diff stays one well-formed unified diff."""
    parts = text.split("\n")
    return [part + "\n" for part in parts[:-1]] + ([parts[-1]] if parts[-1] else [])


def _unified_diff(name: str, before: str, after: str) -> str:
    """The fixes as a unified diff; each line's text is escaped as every output from input is (line breaks kept)."""
    lines = difflib.unified_diff(_diff_lines(before), _diff_lines(after), fromfile=printable(name), tofile=printable(name))
    text = ""
    for line in lines:
        content = line.rstrip("\r\n")
        ending = line[len(content):]
        text += printable(content) + (ending or "\n\\ No newline at end of file\n")
    return text
