"""A command line's named files: each once, and the directories a request file may read bodies from, whatever the
spelling of the paths (the fast paths for a long list of plainly spelt names give what the general ones give)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from validator.cli.check import _body_roots, _once
from validator.project.files import STDIN

_PARTS = st.sampled_from(["a", "b", "x.json", ".", "..", "", ".hidden", "c d"])
_PATHS = st.builds(lambda lead, parts, tail: lead + "/".join(parts) + tail,
                   st.sampled_from(["", "/", "./", "//", "../"]), st.lists(_PARTS, min_size=1, max_size=4),
                   st.sampled_from(["", "", "/"]))
_NAMED = st.lists(st.one_of(_PATHS, st.just(STDIN)), min_size=1, max_size=6)


def _general_once(files: list[str], cwd: str) -> tuple[list[str], frozenset[str]]:
    """_once as its general path decides it: every name made one spelling (normpath), the first of each kept."""
    def key(path: str) -> str:
        return path if path == STDIN else os.path.normpath(os.path.join(cwd, path))

    first: dict[str, str] = {}
    for name in files:
        first.setdefault(key(name), name)
    return list(first.values()), frozenset(first.values())


@given(_NAMED)
def test_named_files_are_each_once_however_spelt(files: list[str]) -> None:
    here = os.getcwd()
    try:
        os.chdir("/")  # (a directory that exists: _once reads the working directory's name, it never lists it)
        kept, named = _once(list(files), tuple(files))
        expected, expected_named = _general_once(list(files), "/")
    finally:
        os.chdir(here)
    assert kept == expected
    assert named == expected_named


@pytest.mark.parametrize("files", [
    [f"/tmp/bodies/{n // 100:04d}/body-{n:06d}.json" for n in range(300)],
    [f"bodies/{n // 100:04d}/body-{n:06d}.json" for n in range(300)],
])
def test_a_long_plain_list_is_named_whole(files: list[str]) -> None:
    kept, named = _once(files, tuple(files))
    assert kept == files and named == frozenset(files)


@pytest.mark.parametrize("files, kept", [
    (["/tmp/a.json", "/tmp/a.json"], ["/tmp/a.json"]),
    (["a.json", "./a.json"], ["a.json"]),
    (["a.json", "a.json/"], ["a.json"]),
    (["/tmp//a.json", "/tmp/a.json"], ["/tmp//a.json"]),
])
def test_one_file_named_twice_is_checked_once(files: list[str], kept: list[str]) -> None:
    assert _once(files, tuple(files))[0] == kept


@given(st.lists(_PATHS, min_size=1, max_size=8))
def test_body_roots_of_named_files_are_their_directories(paths: list[str]) -> None:
    # A named directory that none of these paths is makes the per-path loop run: both give the same roots, in order.
    fast = _body_roots(tuple(paths), Path("/"), frozenset())
    general = _body_roots(tuple(paths), Path("/"), frozenset({"/no/such/named-directory"}))
    assert fast == general
    assert len(fast) == len(set(fast)) >= 1


def test_body_roots_of_many_files_in_few_directories() -> None:
    paths = (*(f"/tmp/bodies/{n % 3}/body-{n}.json" for n in range(30)), "top.json", "/root.json", "a//b//c.json")
    assert _body_roots(paths, Path("/"), frozenset()) == ("/tmp/bodies/0", "/tmp/bodies/1", "/tmp/bodies/2", ".", "/",
                                                           "a//b")
