"""CI annotations name files from the job's checkout, so that they land on the merge request's files when flowlint runs
in a subdirectory (the Action's `working-directory`, a monorepo's service)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import flowlint

LAUNCH = 'import requests\nrequests.post("https://api.mypurecloud.com/api/v2/flows/executions", json={"flowID": "x"})\n'


@pytest.fixture
def service(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A checkout whose service under services/launcher is where flowlint runs."""
    source = tmp_path / "services" / "launcher" / "src"
    source.mkdir(parents=True)
    (source / "l.py").write_text(LAUNCH)
    monkeypatch.chdir(tmp_path / "services" / "launcher")
    return tmp_path


def test_github_annotations_are_relative_to_the_workspace(service: Path) -> None:
    result = flowlint("check", "--no-cache", "--format", "github", ".", env={"GITHUB_WORKSPACE": str(service)})
    annotations = [line for line in result.stdout.splitlines() if line.startswith("::")]
    assert annotations and result.exit_code == 1  # reached: the launch's findings
    assert all(line.split(",", 1)[0].endswith("file=services/launcher/src/l.py") for line in annotations)


def test_without_a_workspace_github_annotations_name_the_file_as_given(service: Path) -> None:
    result = flowlint("check", "--no-cache", "--format", "github", "src/l.py", env={"GITHUB_WORKSPACE": ""})
    first = result.stdout.splitlines()[0]
    assert first.startswith("::error file=src/l.py,")


def test_a_file_outside_the_workspace_keeps_its_name(service: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    elsewhere = tmp_path_factory.mktemp("elsewhere")
    (elsewhere / "l.py").write_text(LAUNCH)
    result = flowlint("check", "--no-cache", "--format", "github", str(elsewhere / "l.py"),
                      env={"GITHUB_WORKSPACE": str(service)})
    assert result.stdout.startswith(f"::error file={elsewhere / 'l.py'},")  # (no ':' or ',' in a temporary path)
    assert "file=.." not in result.stdout


def test_gitlab_code_quality_paths_are_relative_to_the_project_dir(service: Path) -> None:
    result = flowlint("check", "--no-cache", "--format", "gitlab", ".", env={"CI_PROJECT_DIR": str(service)})
    issues = json.loads(result.stdout)
    assert issues and {issue["location"]["path"] for issue in issues} == {"services/launcher/src/l.py"}


def test_a_workspace_named_through_a_symbolic_link_still_places_annotations(service: Path) -> None:
    linked = service.parent / f"{service.name}-link"
    linked.symlink_to(service, target_is_directory=True)
    result = flowlint("check", "--no-cache", "--format", "github", ".", env={"GITHUB_WORKSPACE": str(linked)})
    annotations = [line for line in result.stdout.splitlines() if line.startswith("::")]
    assert annotations and all(line.split(",", 1)[0].endswith("file=services/launcher/src/l.py") for line in annotations)
