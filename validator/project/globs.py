"""Glob patterns: one matcher for the config's globs and for .gitignore files.

Both are pathspec's gitignore patterns (`*`, `?`, `[ab]`, `**` spanning directories, a
directory matching everything below it), run on RE2, whose matching time is linear in the
path, so a pattern such as `*a*a*a…b` costs nothing against a long name.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported where first used: a run without globs or a walk does not pay for pathspec
    from pathspec import GitIgnoreSpec

_BACKEND = "re2"


class OutsideProject(ValueError):
    """A config glob that reaches outside the directory of its config file."""


class UnreadableGlob(ValueError):
    """A config glob that neither re nor RE2 can compile (`[z-a]`, `[[:alpha:]]`)."""


def normalize(pattern: str) -> str:
    """A config glob as a path relative to the project: `./` dropped; absolute or `..` paths refused."""
    text = pattern.strip()
    if not text:
        raise OutsideProject("an empty glob matches nothing")
    if text.startswith("\\"):
        raise OutsideProject(f"{pattern!r} starts with a backslash; globs are /-separated paths relative to the config "
                             "file's directory")
    if text.startswith("/") or os.path.isabs(text) or (len(text) > 1 and text[1] == ":"):
        raise OutsideProject(f"{pattern!r} is an absolute path; globs are relative to the config file's directory")
    while text.startswith("./"):
        text = text[2:].lstrip("/")
    if ".." in text.replace("\\", "/").split("/"):
        raise OutsideProject(f"{pattern!r} leaves the project: globs may not use `..`")
    return text


class Globs:
    """Globs anchored at one directory; `matches` takes a /-separated path relative to it."""

    def __init__(self, patterns: Sequence[str]) -> None:
        self.patterns = list(patterns)
        self._spec = _compiled(self.patterns) if patterns else None

    def matches(self, relative: str, *, directory: bool = False) -> bool:
        if self._spec is None:
            return False
        return self._spec.check_file(matchable(relative + "/" if directory else relative)).include is True


def _compiled(patterns: Sequence[str]) -> GitIgnoreSpec:
    import re
    import warnings

    from pathspec import GitIgnoreSpec

    # Anchored with a leading `/`, so `*.json` means the top directory's files, as the config's paths do.
    lines = [f"/{normalize(pattern)}" for pattern in patterns]
    try:
        with warnings.catch_warnings():  # re's FutureWarning about a nested set would be printed as if it were ours
            warnings.simplefilter("ignore")
            return GitIgnoreSpec.from_lines(lines, backend=_BACKEND)
    except re.error as err:
        reason = err.msg
    except Exception:  # RE2's own error type (a POSIX class `[[:alpha:]]`, a set it refuses)
        reason = "RE2 refuses its character class"
    if len(patterns) > 1:  # which one: each alone
        for pattern in patterns:
            _compiled([pattern])
    raise UnreadableGlob(f"{patterns[0]!r} is not a glob flowlint can read ({reason})")


def matchable(path: str) -> str:
    """A path RE2 can take: a file name that is not UTF-8 (held as surrogate escapes) gets U+FFFD for its odd bytes."""
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return path.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return path


def gitignore(lines: Iterable[str]) -> GitIgnoreSpec:
    """The patterns of one .gitignore file (negations, directory-only patterns and all)."""
    from pathspec import GitIgnoreSpec

    return GitIgnoreSpec.from_lines(list(lines), backend=_BACKEND)


#: What makes a .gitignore line more than a plain name: a wildcard, a path, an escape.
_NOT_PLAIN = frozenset("*?[\\/")


def plain_names(lines: list[str]) -> tuple[frozenset[str], list[str]]:
    """The plain names of a .gitignore that decide alone, and the lines left for pathspec (comments and blank lines
    dropped). A name with no wildcard, slash, escape or surrounding space, not a comment or a negation, matches the
    paths one of whose parts it is (pathspec's pattern for it, `^(?:.+/)?name(/|$)`); one after the file's last
    negation decides alone, as git does: the path is ignored, or a directory above it is, which git does not look
    into (every later line ignores too). (pathspec's GitIgnoreSpec lets an earlier negation matching the whole path,
    `!*.y`, re-include `a/x.y` below an ignored `a`; git does not, and a walk never asks: it does not enter `a/`.)
    pathspec compiles each line with Python's re and then into one RE2 set (~170 us a line, and a set of ~2,000 lines
    is past RE2's memory): the names are looked up in a set instead, in time linear in the file."""
    last_negation = max((i for i, line in enumerate(lines) if line.startswith("!")), default=-1)
    names: set[str] = set()
    left: list[str] = []
    for index, line in enumerate(lines):
        if not line or line.startswith("#"):
            continue
        if index > last_negation and line not in (".", "..") and line == line.strip() and _NOT_PLAIN.isdisjoint(line):
            names.add(line)
        else:
            left.append(line)
    return frozenset(names), left


def literal_base(pattern: str) -> str:
    """The leading directories of a glob that hold no wildcard: where a search for it can start."""
    parts = normalize(pattern).split("/")
    literal: list[str] = []
    for part in parts:
        if any(char in part for char in "*?[\\"):
            break
        literal.append(part)
    return "/".join(part for part in literal if part)


def has_wildcard(pattern: str) -> bool:
    return any(char in pattern for char in "*?[")
