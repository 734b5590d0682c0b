"""What a --fix or --diff run does to a file: read it as `check` reads it, or write it back (the diff: diff.py).

A file is written only when a fix changed it, atomically (a temporary file in the same directory,
then a rename; its permissions kept), and never when it changed on disk since it was read. A file with
more than one name (a hard link) is written in place, so that every name sees the fix, after a backup. Bytes
outside the edits, the byte order mark and the line endings stay as they were.
"""

from __future__ import annotations

import codecs
import contextlib
import errno
import os
import secrets
import shutil
import stat
from collections.abc import Callable
from typing import BinaryIO, TextIO

from ..core.paths import within
from ..sources.document import Document, Limits, ResolvedDirs, read_path


class NotFixable(Exception):
    """A file flowlint checks but does not rewrite (not UTF-8, a symlink, not a regular file...).

    `always`: say so even when the file has nothing to fix (a failure, not a kind of file).
    """

    def __init__(self, why: str, *, always: bool = False) -> None:
        super().__init__(why)
        self.always = always


def write_bytes(out: TextIO, data: bytes, rest: BinaryIO | None = None) -> None:
    buffer = getattr(out, "buffer", None)
    if buffer is None:
        out.write(data.decode("utf-8", "replace"))
        return
    out.flush()
    buffer.write(data)
    if rest is not None:
        shutil.copyfileobj(rest, buffer)
    buffer.flush()


def read_fixable(path: str, limits: Limits, dirs: ResolvedDirs) -> bytes:
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


def text_of(data: bytes, *, python: bool = False) -> tuple[bytes, str, str]:
    """The byte order mark (kept as it was), the text after it, and the encoding it is written back in: UTF-8, or for
    a `python` file that is not UTF-8 the encoding its coding line declares (the one check reads it in)."""
    prefix = codecs.BOM_UTF8 if data.startswith(codecs.BOM_UTF8) else b""
    try:
        text = data[len(prefix):].decode("utf-8")
    except UnicodeDecodeError:
        from ..sources.decode import declared_encoding

        codec = declared_encoding(data) if python else None
        if codec is None:
            raise NotFixable("not UTF-8 text") from None
        return b"", data.decode(codec), codec
    if text.startswith("\ufeff") or "\x00" in text:
        raise NotFixable("not plain UTF-8 text")
    return prefix, text, "utf-8"


def encoded(text: str, codec: str) -> bytes:
    """A fixed text in the file's encoding; NotFixable where a fix wrote a character that encoding cannot hold."""
    try:
        return text.encode(codec)
    except UnicodeEncodeError:
        raise NotFixable(f"a fix writes a character its encoding ({codec}) cannot hold") from None


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
    """Compare and replace `base` in the directory open as `where` (or named `directory`, where there are no dir fds):
    the file is opened once, for writing too when it can be (a file with more than one name is written through it)."""

    def at(name: str) -> str:
        return name if directory is None else os.path.join(directory, name)

    fd, unwritable = _opened(at(base), where)
    try:
        try:
            info = os.fstat(fd)
        except OSError as error:
            raise NotFixable(f"cannot read it again: {error.strerror or error}", always=True) from None
        if not stat.S_ISREG(info.st_mode):
            raise _changed()
        if info.st_nlink > 1:
            _write_in_place(fd, unwritable, at, where, base, original, content)
            return
        _compare(fd, original)
    finally:
        os.close(fd)
    temporary = f".{base}.{secrets.token_hex(6)}.flowlint"
    handle_fd = _created_beside(at, where, temporary)
    try:
        with os.fdopen(handle_fd, "wb") as handle:
            _write_synced(handle, content)
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


def _opened(path: str, where: int | None) -> tuple[int, OSError | None]:
    """The file open for reading, and for writing when it can be, never through a link (nor blocking on a FIFO); with
    why it cannot be written, when it cannot (a file of one name is then still replaced by a rename)."""
    flags = getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        return os.open(path, os.O_RDWR | flags, dir_fd=where), None
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise _became_a_link() from None
        unwritable = error
    try:
        return os.open(path, os.O_RDONLY | flags, dir_fd=where), unwritable
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise _became_a_link() from None
        raise NotFixable(f"cannot read it again: {error.strerror or error}", always=True) from None


def _became_a_link() -> NotFixable:
    return NotFixable("it became a symbolic link while flowlint was fixing it; run again", always=True)


def _compare(fd: int, original: bytes) -> None:
    """NotFixable unless the open file still holds what was read."""
    try:
        current = _read_all(fd, len(original) + 1)
    except OSError as error:
        raise NotFixable(f"cannot read it again: {error.strerror or error}", always=True) from None
    if current != original:
        raise _changed()


def _changed() -> NotFixable:
    return NotFixable("it changed on disk while flowlint was fixing it; run again", always=True)


def _write_in_place(fd: int, unwritable: OSError | None, at: Callable[[str], str], where: int | None, base: str,
                    original: bytes, content: bytes) -> None:
    """Write the content into the file itself (open as `fd`), not a new file renamed over it: a file with more than one
    name (a hard link) is one file, and a rename would leave the fix under this name only. Not one step, so the content
    read is first copied beside it (a backup, removed once the write is done), and the file compared with it only then,
    just before the write: a write that fails is undone from what was read, and when even that fails, the backup stays
    and the message names it."""
    backup = f".{base}.{secrets.token_hex(6)}.flowlint-backup"
    why_not = _written_after_backup(fd, unwritable, _created_beside(at, where, backup), backup, original, content)
    with contextlib.suppress(OSError):
        os.unlink(at(backup), dir_fd=where)
    if why_not is not None:
        raise NotFixable(why_not, always=True)


def _written_after_backup(fd: int, unwritable: OSError | None, backup_fd: int, backup: str, original: bytes,
                          content: bytes) -> str | None:
    """_write_in_place's steps once its backup file is open as `backup_fd`: None when the content is written, else why
    not, the file left as it was read (the backup is then no longer needed). Raises instead, the backup to be kept,
    when a failed write could not be undone."""
    try:
        with os.fdopen(backup_fd, "wb") as handle:
            _write_synced(handle, original)
    except OSError as error:
        return f"cannot write it: {error.strerror or error}"
    try:
        _compare(fd, original)
    except NotFixable as changed:
        return str(changed)
    if unwritable is not None:
        return f"cannot write it: {unwritable.strerror or unwritable}"
    try:
        _overwrite(fd, content)
    except OSError as error:
        try:
            _overwrite(fd, original)
        except OSError:
            raise NotFixable(f"cannot write it: {error.strerror or error}; what it held before is in {backup}, "
                             "beside it", always=True) from None
        return f"cannot write it: {error.strerror or error}; it was left as it was"
    return None


def _created_beside(at: Callable[[str], str], where: int | None, name: str) -> int:
    """A new file of ours beside the fixed one, open for writing: never one already there, never through a link."""
    try:
        return os.open(at(name), os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600, dir_fd=where)
    except OSError as error:
        raise NotFixable(f"cannot write in its directory: {error.strerror or error}", always=True) from None


def _write_synced(handle: BinaryIO, data: bytes) -> None:
    """`data` written to a file, and on disk before it is renamed or relied on."""
    handle.write(data)
    handle.flush()
    os.fsync(handle.fileno())


def _read_all(fd: int, limit: int) -> bytes:
    """Up to `limit` bytes of an open file from its start."""
    os.lseek(fd, 0, os.SEEK_SET)
    chunks = []
    left = limit
    while left > 0:
        chunk = os.read(fd, left)
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def _overwrite(fd: int, content: bytes) -> None:
    """The open file's content made `content`, on disk."""
    os.lseek(fd, 0, os.SEEK_SET)
    view = memoryview(content)
    while view:
        view = view[os.write(fd, view):]
    os.ftruncate(fd, len(content))
    os.fsync(fd)


def _kept_mode(original: os.stat_result, written: os.stat_result) -> int:
    """The mode the rewritten file gets: the original's, but never a setuid or setgid bit on a file whose owner or
    group changed (the rewrite belongs to whoever runs flowlint: the bit would run as them)."""
    mode = stat.S_IMODE(original.st_mode)
    if (original.st_uid, original.st_gid) != (written.st_uid, written.st_gid):
        mode &= ~(stat.S_ISUID | stat.S_ISGID)
    return mode
