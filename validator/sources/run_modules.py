"""The files of the run being checked, from which a code reader may take the values another module binds
(imported_values.py): set by the run loop, asked by each code reader made while it runs. Imports nothing: every run
sets it, most never ask."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import NamedTuple


class RunFiles(NamedTuple):
    """A run's files, how it reads one (bytes, or why not), how deep a file is parsed, and whether `-v` is on; the
    project's root and the files named on the command line (by imports.path_key), whose imports may name a module of
    the project that is not a file of the run (imported_values.py looks for it there: project_modules.py)."""

    paths: Sequence[str]
    read: Callable[[str], object]
    max_depth: int
    verbose: bool
    project: str | None = None
    named: frozenset[str] = frozenset()


#: The run now checking (None: none, as for the library, the editor's server or a single text). Process-wide, and safely
#: so: only runner.run sets it, the CLI's one run at a time, in its main thread (its forked workers inherit it); the
#: editor server's checks (run/buffer.py) and the library never set it, so its checking threads never read one.
current: RunFiles | None = None


def use(files: RunFiles | None) -> None:
    """Make the code readers of a run take imported values from its files (None: from no file, again)."""
    global current
    current = files
