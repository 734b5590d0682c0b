"""A cache that cannot be read or written (a file in its place, no permission, a full or read-only disk): the run
checks and exits exactly as with --no-cache, and says nothing about the cache."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from validator.run.cache import DIRECTORY

from conftest import ROOT, UUID, flowlint


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cache_on: Path) -> Path:
    root = tmp_path / "project"
    shutil.copytree(ROOT / ".flowlint" / "flows", root / ".flowlint" / "flows")
    (root / ".flowlint.toml").write_text("")
    for n in range(3):
        body = {"flowId": UUID, "inputData": {"Flow.customerName": "Ana", "Flow.orderCount": "2" if n == 1 else 2}}
        (root / f"b{n}.json").write_text(json.dumps(body, indent=2))
    monkeypatch.chdir(root)
    return root


def _same_as_without_a_cache(*args: str) -> None:
    expected = flowlint("check", "--no-cache", "--no-color", *args)
    assert expected.exit_code == 1 and "FL204" in expected.stdout  # the check was reached
    for _ in range(2):  # a first run, and a second that would read what the first wrote
        got = flowlint("check", "--no-color", *args)
        assert (got.exit_code, got.stdout, got.stderr) == (expected.exit_code, expected.stdout, expected.stderr)


def _refusing(monkeypatch: pytest.MonkeyPatch, under: Path, error: type[OSError] = PermissionError) -> None:
    """os calls that create, open, rename or link a path under `under` raise `error`, as on a read-only place."""
    def wrap(real: Callable[..., Any]) -> Callable[..., Any]:
        def refused(*args: Any, **kwargs: Any) -> Any:
            if any(isinstance(a, (str, os.PathLike)) and str(os.fspath(a)).startswith(str(under)) for a in args[:2]):
                raise error(13 if error is PermissionError else 30, "refused", str(args[0]))
            return real(*args, **kwargs)
        return refused

    for name in ("open", "mkdir", "replace", "link", "unlink", "makedirs"):
        monkeypatch.setattr(os, name, wrap(getattr(os, name)))


def test_a_file_where_the_cache_directory_should_be(project: Path) -> None:
    (project / DIRECTORY).write_text("not a directory")
    _same_as_without_a_cache(".")
    assert (project / DIRECTORY).read_text() == "not a directory"


def test_a_cache_dir_setting_under_a_file(project: Path) -> None:
    (project / ".flowlint.toml").write_text('cache-dir = "b0.json/cache"\n')
    _same_as_without_a_cache(".")


def test_a_user_cache_directory_that_is_a_file(project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "user-file").write_text("")
    monkeypatch.setenv("FLOWLINT_CACHE_DIR", str(tmp_path / "user-file"))
    _same_as_without_a_cache(".")


@pytest.mark.parametrize("error", [PermissionError, OSError])
def test_a_project_cache_nobody_may_write(project: Path, monkeypatch: pytest.MonkeyPatch, error: type[OSError]) -> None:
    _refusing(monkeypatch, project / DIRECTORY, error)
    _same_as_without_a_cache(".")
    assert not (project / DIRECTORY).exists()


def test_an_existing_cache_directory_that_became_read_only(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert flowlint("check", ".").exit_code == 1 and list((project / DIRECTORY).glob("*.cache"))
    for stored in (project / DIRECTORY).glob("*.cache"):
        stored.write_text("garbage")  # what a warm run would have read is unusable too
    _refusing(monkeypatch, project / DIRECTORY)
    _same_as_without_a_cache(".")


def test_a_user_cache_nobody_may_write(project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _refusing(monkeypatch, tmp_path / "user-cache")
    _same_as_without_a_cache(".")
    assert not (tmp_path / "user-cache").exists()
