"""Reading a tree of files safely at the cost of reading it: links are judged, plain files are not resolved."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from validator.sources.document import Limits, ResolvedDirs, read_path

from conftest import UUID, flowlint

SECRET = "OUTSIDE-SECRET-VALUE"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "project"
    (root / "src").mkdir(parents=True)
    (tmp_path / "outside").mkdir()
    (tmp_path / "outside" / "launch.py").write_text(
        f"import requests\nrequests.post('https://api.mypurecloud.com/api/v2/flows/executions', json={{'x': '{SECRET}'}})\n")
    (tmp_path / "leak.json").write_text(json.dumps({"password": SECRET}))
    monkeypatch.chdir(root)
    return root


def test_files_reached_through_no_link_are_read_without_resolving_each_path(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for number in range(50):
        (project / "src" / f"m{number}.py").write_text("x = 1\n")
    calls: list[str] = []
    real = os.path.realpath

    def counted(path: str, **options: bool) -> str:
        calls.append(path)
        return real(path, **options)

    monkeypatch.setattr(os.path, "realpath", counted)
    dirs, limits = ResolvedDirs(), Limits(roots=(str(project),))
    assert all(read_path(f"src/m{n}.py", limits=limits, dirs=dirs) == b"x = 1\n" for n in range(50))
    assert len(calls) <= 2, calls  # the directory once (and the root), not every file


@pytest.mark.parametrize("name", ["src/out.py", "src/linked/launch.py", "src/back/../leak.json"])
def test_links_out_of_the_tree_are_fl007_in_every_spelling(project: Path, name: str) -> None:
    (project / "src" / "out.py").symlink_to(project.parent / "outside" / "launch.py")
    (project / "src" / "linked").symlink_to(project.parent / "outside", target_is_directory=True)
    (project / "src" / "back").symlink_to(project.parent / "outside", target_is_directory=True)
    result = flowlint("check", "--no-color", name)
    assert result.exit_code == 1 and "FL007" in result.stdout, result.stdout
    assert SECRET not in result.stdout + result.stderr


def test_links_inside_the_tree_are_followed(project: Path) -> None:
    (project / "real").mkdir()
    (project / "real" / "body.json").write_text(json.dumps({"flowId": UUID}))
    (project / "src" / "alias").symlink_to(project / "real", target_is_directory=True)
    (project / "src" / "body.json").symlink_to(project / "real" / "body.json")
    for name in ("src/alias/body.json", "src/body.json", "src/alias/../src/body.json"):
        result = flowlint("check", "--no-color", name)
        assert result.exit_code == 0, (name, result.stdout)


def test_a_directory_of_the_kernel_is_refused_without_reading(project: Path) -> None:
    if not os.path.exists("/proc/self/status"):
        pytest.skip("no /proc here")
    found = read_path("/proc/self/status", limits=Limits(roots=(str(project),)), dirs=ResolvedDirs())
    assert not isinstance(found, bytes) and found.findings[0].code == "FL007"
