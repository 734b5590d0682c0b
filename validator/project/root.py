"""Where the project is: the config file's directory, else the git work tree, else the current directory.

The contract store is found from there, so running from a subdirectory checks the same as from the root.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..contracts.store import DEFAULT_STORE
from ..core.paths import within
from ..core.printable import printable
from .config import Config


def git_root(start: Path) -> Path | None:
    """The nearest directory at or above `start` holding `.git` (a directory, or a worktree's file)."""
    directory = start.resolve()
    for folder in (directory, *directory.parents):
        try:
            if (folder / ".git").exists():
                return folder
        except OSError:  # (a name the system refuses, too long: no work tree is there; an editor's URI may name it)
            continue
    return None


def project_root(config: Config, start: Path | None = None) -> Path:
    """The config file's directory, else the git root above `start` (the current directory), else `start`."""
    here = start or Path.cwd()
    if config.source is not None:
        return config.source.parent
    return git_root(here) or here


def default_store(config: Config, start: Path | None = None) -> Path:
    """The contract store of the project: `contracts` from the config, else `.flowlint/flows`, at the project root (or
    from the directory of the config it extends that set `contracts`, or its root)."""
    return _store_root(config, start) / (config.contracts or DEFAULT_STORE)


def store_roots(config: Config, start: Path | None = None) -> tuple[str, ...]:
    """The tree the project's own store is read in: the project. A snapshot linked out of it is not read (FL901)."""
    return (str(_store_root(config, start)),)


def _store_root(config: Config, start: Path | None) -> Path:
    """The directory the store is found from: where `contracts` was written; for a config naming no store, the
    nearest directory from its own up to the git work tree's top that holds `.flowlint/flows` (a monorepo's
    subproject that only sets a severity keeps the repository's committed store), else its own."""
    root = config.contracts_root or project_root(config, start)
    if config.contracts is not None or config.source is None:
        return root
    top = git_root(root)
    if top is None:
        return root
    folder = root.resolve()
    while not (folder / DEFAULT_STORE).is_dir():
        if folder == top or folder.parent == folder or top not in folder.parents:
            return root
        folder = folder.parent
    return folder


def store_outside(config: Config, start: Path | None = None) -> str | None:
    """Why the project's store (`default_store`) must not be used, else None: a link on its way (`.flowlint`,
    `.flowlint/flows`) leads out of the project, whose files flowlint alone reads and writes. Said by every command
    before it reads or writes a snapshot; the message names the store and where it leads, escaped."""
    root = _store_root(config, start)
    store = root / (config.contracts or DEFAULT_STORE)
    if within(str(store), (str(root),)):
        return None
    return (f"the contract store {printable(str(store))} is a link to {printable(os.path.realpath(store))}, outside the "
            f"project {printable(str(root))}; flowlint reads and writes no file out of the project (name the directory "
            "it leads to with --contracts to use it there)")
