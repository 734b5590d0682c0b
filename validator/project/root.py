"""Where the project is: the config file's directory, else the git work tree, else the current directory.

The contract store is found from there, so running from a subdirectory checks the same as from the root.
"""

from __future__ import annotations

from pathlib import Path

from ..contracts.store import DEFAULT_STORE
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
    """The contract store of the project: `contracts` from the config, else `.flowlint/flows`, at the project root."""
    return project_root(config, start) / (config.contracts or DEFAULT_STORE)
