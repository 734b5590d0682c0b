"""Each file's config: the nearest at or above its directory, inside the project root the run is anchored at.

As ruff: a monorepo's subproject checked from the top is checked under its own `.flowlint.toml` (its [flows], severities,
ignores, contract store, excludes), as from its own directory or in the editor. `--config FILE` is one config for every
file, and nothing is discovered. A config is read once per run, a directory asked once (a walk tells which directories
hold a file of a config's name, so a tree of 10,000 files asks the disk about the few that do).

The project root is the outermost of the config in use's directory (the nearest config from the current directory
upwards, as before) and the git work tree holding the current directory; with neither, the current directory. No config
above it is read: a file named out of it is checked under the config in use, and a config nearer to it is said unread.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable
from itertools import repeat
from operator import itemgetter
from pathlib import Path

from ..core.codes import BROKEN_CONFIG, RULES
from ..core.diagnostics import Diagnostic, Span
from ..core.paths import real_inside
from .config import Config, ConfigError, config_in, display_path, find_config, load_config
from .files import CONFIG_NAMES, Exclude, never_excluded
from .root import git_root


class ProjectConfigs:
    """The configs of one run, found per directory and read once each; `of(path)` is a file's (a ConfigError when its
    nearest config cannot be read: its files are not checked under another's)."""

    def __init__(self, anchor: Config, *, fixed: bool = False, start: Path | None = None) -> None:
        here = Path(os.path.abspath(start or Path.cwd()))
        self.anchor = anchor
        self.fixed = fixed
        anchored = Path(os.path.abspath(anchor.root)) if anchor.source is not None else None
        top = git_root(here) if not fixed else None
        # (the configs the one in use extends are part of the project: it says so)
        candidates = [p for p in (anchored, top and Path(os.path.abspath(top)),
                                  *(Path(os.path.abspath(r)) for r in anchor.reading_roots()[1:])) if p is not None]
        self.root = min(candidates, key=lambda p: len(p.parts)) if candidates else here
        self._root = str(self.root)
        self._real_root = os.path.realpath(self.root)
        #: The config of a directory of the tree with none at or above it (inside the root): the defaults there.
        self.default = anchor if anchor.source is None else Config(root=self.root)
        self._memo: dict[str, Config | ConfigError] = {}  # a directory (absolute, normal) -> its config
        #: A directory as a path spelt it -> its config, and the config out of the root nearer to its files, if any.
        self._given: dict[str, tuple[Config | ConfigError, Path | None]] = {}
        self._without: set[str] = set()  # directories a walk listed with no file of a config's name
        #: Each config that could not be read, by its path, with why.
        self.broken: dict[Path, ConfigError] = {}
        #: Configs out of the root nearer to a checked file than the one in use: never read, said (by the caller).
        self.unread: dict[Path, int] = {}
        if anchor.source is not None and not fixed:
            self._memo[str(anchored)] = anchor

    def of(self, path: str) -> Config | ConfigError:
        """The config a file is checked under (its directory's)."""
        if self.fixed:
            return self.anchor
        return self._given_directory(os.path.dirname(path), 1)

    def of_files(self, names: Iterable[str]) -> set[int]:
        """The configs (by id) a run's files are checked under, each directory asked once (10,000 files in 100
        directories: 100 look-ups); the files below a config out of the project are counted for its warning."""
        if self.fixed:
            return {id(self.anchor)}
        if os.sep == "/":  # (each name's directory part, by C calls alone: 10,000 names run no line of Python each)
            heads = Counter(map(itemgetter(0), map(str.rpartition, names, repeat("/"))))
        else:
            heads = Counter(map(os.path.dirname, names))
        return {id(self._given_directory(head, count)) for head, count in heads.items()}

    def _given_directory(self, directory: str, files: int) -> Config | ConfigError:
        """The config of a directory as a path spells it (memoised so), its `files` counted when a config out of the
        project is nearer to them than the one in use."""
        given = self._given.get(directory)
        if given is None:
            absolute = os.path.abspath(directory or ".")
            if not self._inside(absolute):  # (named through a link to a directory of the project: its real place)
                real = os.path.realpath(absolute)
                absolute = real if self._inside(real) else absolute
            given = self._given[directory] = (self.of_directory(absolute),
                                              None if self._inside(absolute) else self._unread_near(absolute))
        if given[1] is not None:
            self.unread[given[1]] = self.unread.get(given[1], 0) + files
        return given[0]

    def of_directory(self, directory: str) -> Config | ConfigError:
        """The config of the files in a directory (absolute and normal): the nearest at or above it in the root."""
        if self.fixed:
            return self.anchor
        found = self._memo.get(directory)
        if found is not None:
            return found
        if not self._inside(directory):
            return self.anchor
        passed = []
        folder = directory
        while True:
            found = self._memo.get(folder)
            if found is not None:
                break
            passed.append(folder)
            if folder not in self._without:
                config = config_in(Path(folder))
                # A directory linked out of the project (a repository may plant `x -> /elsewhere`) is out of the checked
                # tree: its config is never read, nor its directory made a root files may be read (or written) in.
                if config is not None and real_inside(os.path.realpath(folder), (self._real_root,)):
                    found = self._read(config)
                    break
            parent = os.path.dirname(folder)
            if folder == self._root or parent == folder:
                found = self.default
                break
            folder = parent
        for folder in passed:
            self._memo[folder] = found
        return found

    def listed(self, directory: str, names: list[str] | set[str]) -> None:
        """A walk's listing of a directory (absolute and normal): one with no file of a config's name is not asked
        about again."""
        if not any(name in names for name in CONFIG_NAMES):
            self._without.add(directory)

    @property
    def excluder(self) -> Exclude:
        """What a walk asks of each path: excluded by the exclude globs of the config of its directory."""
        return _Excluder(self)

    def _inside(self, directory: str) -> bool:
        return directory == self._root or directory.startswith(self._root.rstrip(os.sep) + os.sep)

    def _read(self, path: Path) -> Config | ConfigError:
        try:
            config = load_config(path, inside=self.root)
            config.compile_per_file_globs()
            config.compile_globs()
        except ConfigError as err:
            self.broken[path] = err if err.path is not None else ConfigError(str(err), path)
            return self.broken[path]
        return config

    def _unread_near(self, directory: str) -> Path | None:
        """The config nearest to a directory out of the root, when it is not the one in use (never read)."""
        found = find_config(Path(directory))
        if found is None or (self.anchor.source is not None and found.resolve() == self.anchor.source.resolve()):
            return None
        return found


class _Excluder:
    """A walk's exclusion under each directory's config; `in_directory` gives a directory's own (never_excluded when
    its config excludes nothing: the walk's fast path asks nothing of its files)."""

    def __init__(self, configs: ProjectConfigs) -> None:
        self.configs = configs

    def __call__(self, path: str, directory: bool = False) -> bool:
        config = self.configs.of_directory(os.path.abspath(os.path.dirname(path) or "."))
        return isinstance(config, Config) and config.is_excluded(path, directory)

    def in_directory(self, directory: str, names: list[str]) -> Exclude:
        absolute = os.path.abspath(directory)
        self.configs.listed(absolute, names)
        config = self.configs.of_directory(absolute)
        return config.excluder if isinstance(config, Config) else never_excluded


def broken_config(err: ConfigError, unchecked: int) -> Diagnostic:
    """FL902 at a config that cannot be read: where TOML says it broke, and how many files below it went unchecked."""
    path = err.path
    shown = display_path(path) if path is not None else ""
    message = str(err)
    for prefix in (f"{path}: ", f"{shown}: "):
        if message.startswith(prefix):
            message = message[len(prefix):]
            break
    counted = f"the {unchecked:,} files below it were" if unchecked != 1 else "the 1 file below it was"
    span = Span(err.line, err.column, err.line, err.column + 1) if err.line is not None and err.column is not None else None
    rule = RULES[BROKEN_CONFIG]
    return Diagnostic(BROKEN_CONFIG, rule.name, rule.severity,
                      f"this config cannot be read ({message}), so {counted} not checked",
                      "fix the config: its files are never checked under another config instead", None, shown or None, span,
                      subject=shown)
