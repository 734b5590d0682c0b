"""The other CI services' directories are walked and read as the service they belong to (review R12): GitLab's split
configuration (`.gitlab/ci/*.yml`, the files `.gitlab-ci.yml` names in `include: local:`), Gitea's and Forgejo's
Actions (`.gitea/workflows`, `.forgejo/workflows`: GitHub's format), Buildkite's `.buildkite/pipeline.yml` (and the
pipelines a step uploads from there), Woodpecker's `.woodpecker/*.yml` and `.azure-pipelines/*.yml`. Before, a walk
skipped each of these hidden directories in silence (a wrong launch there was never said), and named, the GitLab,
Buildkite, Woodpecker and Azure files were judged as a launch body (FL011 at best: "flowlint reads a JSON or YAML file
as a launch body")."""

from __future__ import annotations

from pathlib import Path

import pytest

from validator.sources.kinds import ci_service, source_kind

from conftest import UUID, codes, diagnostics

pytestmark = pytest.mark.usefixtures("in_tmp")

CURL = (f"curl -X POST https://api.mypurecloud.com/api/v2/flows/executions -H \"Content-Type: application/json\" "
        f"-d '{{\"flowId\": \"{UUID}\", \"flowVersoin\": \"1.0\"}}'")

_WORKFLOW = f"on: push\njobs:\n  launch:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          {CURL}\n"

#: Each directory's pipeline as its service writes it, a step launching with a misspelt member, and the kind it is.
PIPELINES = {
    ".gitlab/ci/launch.yml": (f"launch:\n  stage: deploy\n  script:\n    - echo start\n    - |\n      {CURL}\n", "ci-config"),
    ".gitlab/ci/deploy.gitlab-ci.yml": (f"deploy:\n  script:\n    - {CURL}\n", "ci-config"),
    ".gitea/workflows/launch.yml": (_WORKFLOW, "github-actions"),
    ".forgejo/workflows/launch.yaml": (_WORKFLOW, "github-actions"),
    ".buildkite/pipeline.yml": (f"env:\n  LANG: C\nsteps:\n  - label: launch\n    command: |\n      {CURL}\n  - wait\n",
                                "ci-config"),
    ".buildkite/pipeline.deploy.yml": (f"steps:\n  - label: \":rocket: launch\"\n    commands:\n      - echo go\n"
                                       f"      - {CURL}\n", "ci-config"),
    "buildkite.yml": (f"steps:\n  - command: \"{CURL.replace(chr(34), chr(92) + chr(34))}\"\n", "ci-config"),
    ".woodpecker/launch.yml": (f"when:\n  event: push\nsteps:\n  - name: launch\n    image: curlimages/curl\n"
                               f"    commands:\n      - |\n        {CURL}\n", "ci-config"),
    ".azure-pipelines/release.yml": (f"trigger: [main]\nsteps:\n  - script: echo hi\n  - bash: |\n      {CURL}\n",
                                     "ci-config"),
}


def _write(tmp_path: Path, name: str, text: str) -> None:
    (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
    (tmp_path / name).write_text(text, encoding="utf-8")


@pytest.mark.parametrize("name", sorted(PIPELINES))
def test_a_ci_directorys_launch_is_checked_walked_and_named(tmp_path: Path, name: str) -> None:
    text, kind = PIPELINES[name]
    _write(tmp_path, name, text)
    assert source_kind(name, text.encode()) == kind
    for args in ((name,), (".",)):
        found = [d for d in diagnostics("--no-cache", *args) if d["code"] != "FL200"]
        assert codes(found) == ["FL102"], (args, found)  # the launch's misspelt member, nothing about the file itself
        assert found[0]["file"] == name
        line = text.splitlines()[found[0]["line"] - 1]
        assert line[found[0]["column"] - 1:].startswith(('"flowVersoin"', '\\"flowVersoin\\"'))  # (YAML's `\"`)


@pytest.mark.parametrize(("name", "service"), [
    (".gitlab/ci/launch.yml", "GitLab"), (".gitlab/ci/jobs/test.yaml", "GitLab"), ("sub/.gitlab/ci/a.yml", "GitLab"),
    (".buildkite/pipeline.yml", "Buildkite"), (".buildkite/pipeline.release.yaml", "Buildkite"),
    ("buildkite.yml", "Buildkite"), ("buildkite/pipeline.yml", "Buildkite"),
    (".woodpecker/build.yml", "Woodpecker"), (".woodpecker/deploy.yaml", "Woodpecker"),
    (".azure-pipelines/ci.yml", "Azure"), (".azure-pipelines/templates/steps.yaml", "Azure"),
])
def test_each_services_file_is_known_by_its_directory(name: str, service: str) -> None:
    described = ci_service(name)
    assert described is not None and service in described
    assert ci_service(name.upper()) is None or ci_service(name.lower()) == described  # (callers pass it in lower case)


@pytest.mark.parametrize("name", ["ci/launch.yml", "gitlab/ci.yml", "pipeline.yml", "app/buildkite/steps.yml",
                                  "woodpecker/build.yml", "azure-pipelines/x.yml", ".woodpecker/sub/x.yml",
                                  ".gitlab/ci/launch.json", ".buildkite/hooks/pre-command"])
def test_a_file_out_of_those_places_is_no_pipeline_by_its_name(name: str) -> None:
    assert ci_service(name) is None


#: Files those directories hold that are no launch, as the services' own docs show them (issue forms, templates, a
#: Kubernetes agent's configuration, a Buildkite hook, a pipeline with no launch): a walk reads each, and says nothing.
QUIET = {
    ".gitlab/issue_templates/Bug.md": "## Summary\n\nWhat happened, with `flowId` and the `inputData` sent.\n",
    ".gitlab/merge_request_templates/Default.md": "Closes #\n\n- [ ] tests\n",
    ".gitlab/agents/prod/config.yaml": "gitops:\n  manifest_projects:\n  - id: group/app\n    default_namespace: app\n",
    ".gitlab/CODEOWNERS": "* @team\n",
    ".gitlab/ci/lint.yml": "lint:\n  image: python:3.12\n  script:\n    - ruff check .\n",
    ".gitea/ISSUE_TEMPLATE/bug.yaml": ("name: Bug\nabout: report\nbody:\n  - type: input\n    id: flowId\n    attributes:\n"
                                       "      label: Flow ID\n"),
    ".gitea/workflows/test.yml": "on: [push]\njobs:\n  t:\n    runs-on: docker\n    steps:\n      - run: make test\n",
    ".forgejo/workflows/ci.yml": "on: [push]\njobs:\n  t:\n    runs-on: docker\n    steps:\n      - run: make\n",
    ".buildkite/pipeline.yml": "steps:\n  - label: test\n    command: make test\n  - wait\n  - block: release\n",
    ".buildkite/hooks/pre-command": "#!/bin/bash\nset -euo pipefail\nexport LANG=C\n",
    ".woodpecker/test.yml": "steps:\n  - name: test\n    image: golang\n    commands:\n      - go test ./...\n",
    ".azure-pipelines/ci.yml": "trigger: [main]\npool:\n  vmImage: ubuntu-latest\nsteps:\n  - script: make\n",
    ".azure-pipelines/vars.yml": "variables:\n  flowId: deploy\n  name: release\n  inputData: none\n",
}


def test_the_directories_other_files_are_walked_and_get_nothing(tmp_path: Path) -> None:
    for name, text in QUIET.items():
        _write(tmp_path, name, text)
    assert diagnostics("--no-cache", ".") == []
    # reached: the same walk reads a launch written in each directory (a wrong one: said, at its file)
    for name in (".gitlab/ci/launch.yml", ".gitea/workflows/launch.yml", ".buildkite/pipeline.deploy.yml",
                 ".woodpecker/launch.yml", ".azure-pipelines/release.yml"):
        _write(tmp_path, name, PIPELINES[name][0])
    found = diagnostics("--no-cache", ".")
    assert sorted((d["file"], d["code"]) for d in found if d["code"] != "FL200") == sorted(
        (name, "FL102") for name in (".gitlab/ci/launch.yml", ".gitea/workflows/launch.yml",
                                     ".buildkite/pipeline.deploy.yml", ".woodpecker/launch.yml",
                                     ".azure-pipelines/release.yml"))


def test_other_hidden_directories_stay_skipped(tmp_path: Path) -> None:
    """Only the CI services' homes are entered: a tool's cache or an editor's folder is still passed by."""
    _write(tmp_path, ".cache/launch.yml", PIPELINES[".gitlab/ci/launch.yml"][0])
    _write(tmp_path, ".idea/launch.json", f'{{"flowId": "{UUID}", "flowVersoin": "1.0"}}')
    _write(tmp_path, "app.yml", "name: app\n")
    assert diagnostics("--no-cache", ".") == []
    _write(tmp_path, ".gitlab/ci/launch.yml", PIPELINES[".gitlab/ci/launch.yml"][0])  # reached: the walk runs
    assert codes([d for d in diagnostics("--no-cache", ".") if d["code"] != "FL200"]) == ["FL102"]


#: Buildkite fills in `$NAME` and `${NAME}` when the pipeline is uploaded (from the environment the upload runs in;
#: `$$` keeps a `$` for the shell): what the step's shell sets is not what such an expansion sends.
def test_a_buildkite_interpolation_is_unknown_and_its_escape_the_shells(tmp_path: Path) -> None:
    script = (f"FLOW={UUID}; curl -X POST https://api.mypurecloud.com/api/v2/flows/executions "
              "-H \"Content-Type: application/json\" -d '{\"flowId\": \"'\"$FLOW\"'\", \"flowVersion\": 3}'")
    _write(tmp_path, ".buildkite/pipeline.yml", f"steps:\n  - command: |\n      {script}\n")
    found = [d for d in diagnostics("--no-cache", ".") if d["code"] != "FL200"]
    assert codes(found) == ["FL105"], found  # flowVersion is judged, the flow ID (filled in at upload) never guessed
