"""Which files a check covers: named files, payload files under directories, or stdin (`-`)."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterator, Sequence

from .sources.kinds import SOURCE_SUFFIXES

PAYLOAD_SUFFIXES = (".json", ".yaml", ".yml")
#: What a directory walk picks up: payloads, and code and request files that may hold launches.
WALKED_SUFFIXES = PAYLOAD_SUFFIXES + SOURCE_SUFFIXES
STDIN = "-"
# Never payloads: version control, virtualenvs, caches, and flowlint's own contract store.
_SKIPPED_DIRS = frozenset({"node_modules", "__pycache__", "venv"})


class MissingPath(Exception):
    """A path named on the command line does not exist (a usage error, exit code 2)."""


def _never(path: str) -> bool:
    return False


def expand(paths: Sequence[str], *, exclude: Callable[[str], bool] = _never) -> Iterator[str]:
    """Every file to check, in a stable order. Symlinked directories are not followed, so loops cannot hang."""
    for path in paths:
        if path == STDIN:
            yield path
            continue
        try:
            is_directory = stat.S_ISDIR(os.stat(path).st_mode)  # one system call per named file
        except OSError:
            if not os.path.lexists(path):
                raise MissingPath(path) from None
            is_directory = False  # a broken link or a symlink loop: loading reports it
        if is_directory:
            yield from _walk(path, exclude)
        else:
            yield path  # a file, a FIFO or a device: loading reports what it is


def _walk(top: str, exclude: Callable[[str], bool]) -> Iterator[str]:
    for root, dirs, files in os.walk(top, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not _skipped_dir(d) and not exclude(os.path.join(root, d)))
        for name in sorted(files):
            path = os.path.join(root, name)
            if name.lower().endswith(WALKED_SUFFIXES) and not exclude(path):
                yield path


def _skipped_dir(name: str) -> bool:
    return name.startswith(".") or name in _SKIPPED_DIRS
