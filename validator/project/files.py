"""Which files a check covers: named files, payload files under directories, or stdin (`-`).

Directory walks take the files whose suffix is in WALKED_SUFFIXES (the one place to extend
it), JSON bodies kept under a copy's name (`launch.json.example`), and scripts without a suffix by their `#!` line, skip
directories that never hold payloads (hidden ones but WALKED_HIDDEN, node_modules, virtualenvs,
caches, build output) and honour .gitignore files, nested ones included.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import os
import stat
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING

from ..core.paths import real_inside
from ..core.stop import checkpoint
from ..sources.jsonc import COPY_SUFFIXES, commented_json_name
from ..sources.kinds import SOURCE_SUFFIXES, WALKED_TEXT, only_searched, shebang_kind, walked_by_name
from .globs import gitignore, matchable, plain_names

if TYPE_CHECKING:
    from pathspec import GitIgnoreSpec

#: Payload file suffixes (lower case).
PAYLOAD_SUFFIXES = (".json", ".yaml", ".yml")
#: JSON with comments: a payload as a `.json` file is (sources/jsonc.py), as a JSON body kept under a copy's name is
#: (`launch.json.example`: COPY_SUFFIXES after `.json`, walked by payload_name).
_COMMENTED_JSON = ".jsonc"
#: What a directory walk picks up (lower case), the one place to extend it: payloads, and code and
#: request files that may hold launches. Named files are checked whatever their suffix.
WALKED_SUFFIXES: tuple[str, ...] = (*PAYLOAD_SUFFIXES, _COMMENTED_JSON, *SOURCE_SUFFIXES, *WALKED_TEXT)
_COPIES = frozenset(COPY_SUFFIXES)
STDIN = "-"
#: Directories that never hold payloads: dependencies, virtualenvs, caches, build output.
SKIPPED_DIRS = frozenset({"node_modules", "__pycache__", "venv", "build", "dist", "site-packages"})
#: Code in a language flowlint does not read below a directory of this name, under the walked one, is someone else's
#: (Go modules, PHP's Composer): not walked (a named file, or a walk of a directory inside one, is the user's to check).
_VENDOR = "vendor"
#: A directory holding this file is a virtualenv, whatever its name.
_VIRTUALENV_MARKER = "pyvenv.cfg"

#: Takes a path and whether it is a directory; True leaves it out of the walk.
Exclude = Callable[[str, bool], bool]


class MissingPath(Exception):
    """A path named on the command line does not exist (a usage error, exit code 2)."""


class NothingToCheck(Exception):
    """A directory named on the command line holds no file to check (a usage error, exit code 2)."""


def never_excluded(path: str, directory: bool) -> bool:
    """The exclusion of a walk with no exclude globs: nothing."""
    return False


def is_walked(name: str) -> bool:
    """Whether a directory walk checks a file of this name."""
    lowered = name.lower()
    return lowered.endswith(WALKED_SUFFIXES) or walked_by_name(name) or commented_json_name(lowered)


def payload_name(path: str) -> bool:
    """Whether a file is a payload by its name: JSON or YAML, JSON with comments (`.jsonc`, `launch.json.example`). A
    walk takes it as a candidate, judged when its bytes name the launch request's vocabulary."""
    lowered = path.lower()
    return lowered.endswith(PAYLOAD_SUFFIXES) or commented_json_name(lowered)


@functools.lru_cache(maxsize=2)
def _suffix_table(suffixes: tuple[str, ...]) -> frozenset[str] | None:
    """The walked suffixes, for a look-up of each file's last suffix (~5x faster than `endswith` over them all); None if
    a suffix has more than one dot."""
    if not all(suffix.count(".") == 1 and suffix.startswith(".") for suffix in suffixes):
        return None
    return frozenset(suffixes)


def _taken(table: frozenset[str] | None, name: str, vendored: bool) -> bool:
    """Whether a walk takes a file of this name: a walked suffix, and (`vendored`: in a vendor directory) no code in a
    language flowlint does not read (`only_searched`, which reads `.tf.json` as one suffix)."""
    if table is None or vendored:
        return is_walked(name) and not (vendored and only_searched(name))
    dot = name.rfind(".")
    if dot >= 0 and (suffix := name[dot:].lower()) in table:
        return True
    # Makefile, Dockerfile: by name; a JSON body kept under a copy's name (`launch.json.example`)
    return walked_by_name(name) or (dot >= 0 and suffix in _COPIES and commented_json_name(name.lower()))


def expand(paths: Sequence[str], *, exclude: Exclude = never_excluded, allow_empty: bool = False,
           unapplied: Unapplied | None = None) -> Iterator[str]:
    """Every file to check, in a stable order. Symlinked directories are not followed, so loops cannot hang.

    A named directory yielding no file raises NothingToCheck unless `allow_empty`. An `exclude` with an `in_directory`
    method (each directory's config's: ProjectConfigs) gives each walked directory's own.
    """
    known = _listed_kinds(paths) if len(paths) >= _LISTED else {}
    for path in paths:
        if path == STDIN:
            yield path
            continue
        is_directory = known.get(path)  # settled by its directory's listing, else a stat
        if is_directory is None:
            try:
                is_directory = stat.S_ISDIR(os.stat(path).st_mode)  # one system call per named file
            except OSError:
                if not os.path.lexists(path):
                    raise MissingPath(path) from None
                is_directory = False  # a broken link or a symlink loop: loading reports it
        if not is_directory:
            yield path  # a file, a FIFO or a device: loading reports what it is
            continue
        found = False
        for file in walk(path, exclude=exclude, unapplied=unapplied):
            found = True
            yield file
        if not found and not allow_empty:
            raise NothingToCheck(path)


#: Named paths in one directory from which listing it pays: fewer are a stat each.
_LISTED = 16


def _listed_kinds(paths: Sequence[str]) -> dict[str, bool]:
    """Whether each of many named paths is a directory, read from one listing of its directory (the entry's type,
    a stat only for a link, as os.stat follows it) instead of a stat each; a path not settled so is left out.
    A listing is read at most a few times as far as the names wanted from it: a big directory costs no more."""
    if os.sep != "/":
        return {}
    wanted: dict[str, dict[str, str]] = {}
    for path in paths:
        directory, _, name = path.rpartition("/")
        if name and name not in (".", "..") and path != STDIN:
            wanted.setdefault(directory or ("/" if path.startswith("/") else "."), {})[name] = path
    known: dict[str, bool] = {}
    for directory, names in wanted.items():
        if len(names) < _LISTED:
            continue
        budget = 4 * len(names) + 64
        try:
            with os.scandir(directory) as entries:
                for entry in entries:
                    budget -= 1
                    if not budget:
                        break
                    named = names.get(entry.name)
                    if named is None:
                        continue
                    try:
                        known[named] = entry.is_dir()
                    except OSError:
                        continue  # stat it
        except OSError:
            continue
    return known


#: Lines of one .gitignore matched through pathspec (those with a wildcard or a slash, and any before a negation: its
#: plain names after the last one are a set, globs.plain_names): past this (RE2 refuses a set of ~1,600-2,000 of them)
#: the file is not applied, and the files it might have excluded are named (`unapplied`).
MAX_IGNORE_PATTERNS = 1_000
#: A .gitignore bigger than this is not applied (and said so).
MAX_IGNORE_BYTES = 1 << 20


class _Rules:
    """One .gitignore's patterns: its plain names (a set) and pathspec's spec of the rest; or, when it could not be
    applied, why (`unread`), and no pattern."""

    __slots__ = ("names", "spec", "unread")

    def __init__(self, names: frozenset[str], spec: GitIgnoreSpec | None, unread: str | None = None) -> None:
        self.names = names
        self.spec = spec
        self.unread = unread

    def include(self, relative: str) -> bool | None:
        """pathspec's verdict on a /-separated relative path (a directory's ending in /): True ignored, False
        re-included by a negation, None no pattern matches."""
        relative = matchable(relative)
        if self.names and not self.names.isdisjoint(relative.split("/")):
            return True
        return self.spec.check_file(relative).include if self.spec is not None else None


class _Ignore:
    """One .gitignore: the directory (as the walk spells it) its patterns are relative to. (A plain class: a dataclass
    costs every start-up ~0.5 ms to make.)"""

    __slots__ = ("base", "path", "prefix", "rules")

    def __init__(self, base: str, prefix: str, rules: _Rules, path: str) -> None:
        self.base = base
        self.prefix = prefix  # the walk's top relative to the .gitignore's directory, for ignore files above the top
        self.rules = rules
        self.path = path  # the .gitignore itself, to name it when it could not be applied

    def decides(self, path: str, directory: bool) -> bool | None:
        relative = self.prefix + path[len(self.base) + 1:].replace(os.sep, "/")
        return self.rules.include(relative + "/" if directory else relative)


#: The config files, in the order one directory's are taken (ruff's: `.ruff.toml`, `ruff.toml`, then pyproject.toml,
#: which counts only with a [tool.flowlint] table); the nearest directory holding one wins (project/config.py).
CONFIG_NAMES = (".flowlint.toml", "flowlint.toml", "pyproject.toml")

#: The .gitignore files a walk could not apply: each one's path -> (why, the files below it the walk took regardless).
Unapplied = dict[str, tuple[str, list[str]]]


def walk(top: str, *, exclude: Exclude = never_excluded, unapplied: Unapplied | None = None) -> Iterator[str]:
    """The walked files below a directory, sorted, skipping what never holds payloads and what git ignores.

    A .gitignore that cannot be applied (too many patterns to match, too big, unreadable by pathspec) excludes nothing:
    it is noted in `unapplied` with every file below it the walk yields. An `exclude` with an `in_directory` method is
    asked for each directory's own exclusion, given its listing (each directory's config's: ProjectConfigs)."""
    top = top.rstrip("/" + os.sep) or top
    chains: dict[str, tuple[_Ignore, ...]] = {top: _ignores_above(top)}
    table = _suffix_table(WALKED_SUFFIXES)
    real_top = os.path.realpath(top)
    in_directory: Callable[[str, list[str]], Exclude] | None = getattr(exclude, "in_directory", None)
    for root, dirs, files, links in _tree(top):
        if in_directory is not None:  # (each directory's config excludes: ProjectConfigs)
            exclude = in_directory(root, files)
        chain = chains.pop(root, ())
        own = _read_gitignore(root)
        if own is not None:
            chain = (*chain, _Ignore(root, "", own, os.path.join(root, ".gitignore")))
        kept = []
        links_out: list[str] = []
        for name in sorted(dirs):
            path = os.path.join(root, name)
            if _skipped_dir(root, name) or _ignored(chain, path, True) or exclude(path, True):
                continue
            if name in links and not real_inside(os.path.realpath(path), (real_top,)):
                links_out.append(name)  # a link to a directory out of the tree: not entered, and said (FL010)
                continue
            kept.append(name)
            chains[path] = chain
        dirs[:] = kept
        vendored = _VENDOR in root[len(top):].lower().replace("\\", "/").split("/")  # below the walked directory
        prefix = os.path.join(root, "")  # + name: os.path.join(root, name) for a name from a listing, ~5x faster
        names = [name for name in sorted(files) if _taken(table, name, vendored)
                 or ("." not in name and not vendored and _script(prefix + name))]
        only = _ONLY_FILES.get(os.path.basename(root))
        if only is not None:
            names = [name for name in names if name.lower() in only]
        elif links_out:
            names = sorted([*names, *links_out])
        if not chain and exclude is never_excluded:  # nothing to ask of each file (most walks)
            yield from [prefix + name for name in names]
            continue
        unread = [ignore for ignore in chain if ignore.rules.unread is not None]
        for name in names:
            path = prefix + name
            if not (chain and _ignored(chain, path, False)) and not exclude(path, False):
                if unread and unapplied is not None:
                    for ignore in unread:
                        unapplied.setdefault(ignore.path, (ignore.rules.unread or "", []))[1].append(path)
                yield path


def _script(path: str) -> bool:
    """Whether a file without a suffix (bin/launch) is a script a walk takes, by its `#!` line (kinds.shebang_kind): one
    read of its first bytes, only when it is a regular file of its own (a link, which may lead out of the tree, or a
    FIFO, which would block, is not opened)."""
    try:
        if not stat.S_ISREG(os.lstat(path).st_mode):
            return False
        with open(path, "rb") as handle:
            head = handle.read(256)
    except OSError:
        return False
    return head[:2] == b"#!" and shebang_kind(head) is not None


def _tree(top: str) -> Iterator[tuple[str, list[str], list[str], set[str]]]:
    """`os.walk(top)` top-down, links to directories listed (in `dirs`, and by name in the set of links) but not
    entered, without recursion: Python 3.11's os.walk recurses once per level, so a tree a thousand directories deep
    would end the run with a traceback. The caller may prune `dirs` in place, as with os.walk."""
    stack = [top]
    while stack:
        checkpoint()  # (an editor's check walking a project for a module's importers stops at its next directory)
        root = stack.pop()
        dirs: list[str] = []
        files: list[str] = []
        links: set[str] = set()
        try:
            with _listing(root) as entries:
                for entry in entries:
                    try:
                        is_dir = entry.is_dir()
                        if is_dir and entry.is_symlink():
                            links.add(entry.name)
                    except OSError:
                        is_dir = False
                    (dirs if is_dir else files).append(entry.name)
        except OSError:
            continue  # unreadable, or gone meanwhile: as os.walk, passed by
        yield root, dirs, files, links
        stack.extend(os.path.join(root, name) for name in reversed(dirs) if name not in links)


@contextlib.contextmanager
def _listing(directory: str) -> Iterator[Iterator[os.DirEntry[str]]]:
    """`os.scandir(directory)`, also of a directory whose path is longer than the system takes (ENAMETOOLONG: a tree
    thousands of directories deep): opened a part of its path at a time, each relative to the last, so the files in it
    are found and each is said unreadable when it is loaded (FL007), never passed by in silence."""
    try:
        listing = os.scandir(directory)
    except OSError as err:
        if err.errno != errno.ENAMETOOLONG:
            raise
    else:  # (only the opening is retried: an error of the caller's, raised at the yield, is never taken for it)
        with listing as entries:
            yield entries
        return
    fd = _open_long(directory)
    try:
        with os.scandir(fd) as entries:
            yield (entry for entry in entries)  # (the entries of an fd's listing are named, never pathed)
    finally:
        os.close(fd)


#: The longest part of a path opened at once (well under any system's PATH_MAX).
_PART = 2048


def _open_long(path: str) -> int:
    """A descriptor of the directory at `path`, opened `_PART` characters of its path at a time."""
    parts: list[str] = []
    for name in path.split(os.sep):
        if not parts:
            parts.append(name or os.sep)  # (an absolute path's root)
        elif len(parts[-1]) + len(name) < _PART:
            parts[-1] = os.path.join(parts[-1], name)
        else:
            parts.append(name or os.curdir)
    fd: int | None = None
    try:
        for part in parts:
            opened = os.open(part, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0), dir_fd=fd)
            if fd is not None:
                os.close(fd)
            fd = opened
    except BaseException:
        if fd is not None:
            os.close(fd)
        raise
    assert fd is not None
    return fd


#: The hidden directories walked: the CI services' homes, whose pipelines run curl launches in their steps (GitHub
#: Actions, CircleCI, GitLab's split configuration `.gitlab/ci/`, Gitea's and Forgejo's Actions, Buildkite, Woodpecker,
#: Azure Pipelines: kinds.ci_service reads each as its service), and VS Code's tasks (of `.vscode`, only its tasks file
#: is walked: _ONLY_FILES).
WALKED_HIDDEN = frozenset({".github", ".circleci", ".gitlab", ".gitea", ".forgejo", ".buildkite", ".woodpecker",
                           ".azure-pipelines", ".vscode"})
#: The files walked in a directory of this name, by their names in lower case (none of its others: VS Code's
#: launch.json and settings.json are no launch bodies).
_ONLY_FILES = {".vscode": frozenset({"tasks.json"})}


def _skipped_dir(root: str, name: str) -> bool:
    hidden = name.startswith(".") and name not in WALKED_HIDDEN
    return hidden or name in SKIPPED_DIRS or os.path.isfile(os.path.join(root, name, _VIRTUALENV_MARKER))


def _ignored(chain: tuple[_Ignore, ...], path: str, directory: bool) -> bool:
    decision = None
    for ignore in chain:  # outermost first: a deeper .gitignore overrides, as in git
        verdict = ignore.decides(path, directory)
        if verdict is not None:
            decision = verdict
    return bool(decision)


def _read_gitignore(directory: str) -> _Rules | None:
    """The patterns of the directory's .gitignore (None: there is none); one that cannot be applied has none, and
    says why."""
    path = os.path.join(directory, ".gitignore")
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return None  # a FIFO or device named .gitignore must not block the walk
        with open(path, encoding="utf-8", errors="replace") as handle:
            text = handle.read(MAX_IGNORE_BYTES + 1)
    except OSError:
        return None
    if len(text) > MAX_IGNORE_BYTES:
        return _Rules(frozenset(), None, f"it is larger than {MAX_IGNORE_BYTES >> 20} MiB")
    names, left = plain_names(text.splitlines())
    if len(left) > MAX_IGNORE_PATTERNS:
        return _Rules(frozenset(), None, f"it has {len(left):,} patterns with a wildcard or a slash, or before a "
                                         f"negation; flowlint matches at most {MAX_IGNORE_PATTERNS:,} such in one file")
    try:
        return _Rules(names, gitignore(left) if left else None)
    except Exception:  # a pattern pathspec cannot read, or a set RE2 refuses: excluding nothing, said so
        return _Rules(frozenset(), None, "its patterns cannot be read (pathspec, RE2)")


def _ignores_above(top: str) -> tuple[_Ignore, ...]:
    """The .gitignore files between the git work tree's root and `top`, outermost first.

    One that ignores `top` itself is left out: a directory you name is checked even so.
    """
    absolute = os.path.abspath(top)
    ancestors = []
    directory = os.path.dirname(absolute)
    while True:
        ancestors.append(directory)
        if os.path.exists(os.path.join(directory, ".git")):
            break
        parent = os.path.dirname(directory)
        if parent == directory:
            return ()  # not in a git work tree: only the .gitignore files below `top` apply
        directory = parent
    if os.path.exists(os.path.join(absolute, ".git")):
        return ()
    chain = []
    for directory in reversed(ancestors):
        rules = _read_gitignore(directory)
        if rules is None:
            continue
        prefix = os.path.relpath(absolute, directory).replace(os.sep, "/") + "/"
        if rules.include(prefix):
            continue
        chain.append(_Ignore(top, prefix, rules, os.path.join(directory, ".gitignore")))
    return tuple(chain)
