"""What a cache of a file's reading is keyed on, and when that key cannot be trusted yet.

A file rewritten within one tick of its file system's clock (a second on some, two on FAT) with content of the same
size keeps its mtime and size: a key of those alone would keep the old reading. The inode and device tell a file
replaced by rename (as editors and `flowlint pull` write) from the one read. A file modified within RACY_SECONDS of
now may still be rewritten inside that tick, so its reading is never reused: it is read again until it has aged
("racy git"; ruff's cache does the same).
"""

from __future__ import annotations

import os
import stat

from .clock import Clock, default

#: (st_mtime_ns, st_size, st_ino, st_dev): what changes when a file's content may have.
Stamp = tuple[int, int, int, int]

#: A reading of a file modified less than this long ago (by the clock's wall time) is not reused: the coarsest common
#: file system clock ticks every 2 s, and a write within the tick leaves mtime as it was.
RACY_SECONDS = 2.0


def stamp_of(info: os.stat_result) -> Stamp:
    """The stamp of a file from its stat."""
    return info.st_mtime_ns, info.st_size, info.st_ino, info.st_dev


def file_stamp(path: str | os.PathLike[str], *, regular_only: bool = False) -> Stamp | None:
    """The stamp of the file at `path` (links followed); None when it cannot be stat'ed (or is no regular file,
    with `regular_only`)."""
    try:
        info = os.stat(path)
    except (OSError, ValueError):  # ValueError: a NUL in the path
        return None
    if regular_only and not stat.S_ISREG(info.st_mode):
        return None
    return stamp_of(info)


def settled(stamp: Stamp, clock: Clock | None = None) -> bool:
    """Whether a reading keyed on `stamp` may be reused: the file was last modified at least RACY_SECONDS before now
    (a modification time in the future is never settled)."""
    now_ns = int((clock or default()).wall() * 1_000_000_000)
    return now_ns - stamp[0] >= int(RACY_SECONDS * 1_000_000_000)
