"""A CircleCI job's `environment:` and its run step's (the step's wins) set the variables the step's `command` starts
with, over the project's and contexts' (CircleCI's order): a launch's URL or body held there is read and checked where
the configuration writes it, a `<< parameters.x >>` in it an unknown part. After a step that may change them (one
writing `$BASH_ENV`, sourced at each later step's start; an orb's or a reusable command) none is known. GitLab's are
never read (its project variables win over the file's)."""

from __future__ import annotations

from pathlib import Path

import pytest

from validator.core.unknown import Unknown
from validator.sources import github_actions

from conftest import diagnostics

FLOW = "0b4a1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d"  # (no contract in the repo's store)
URL = "https://api.mypurecloud.com"
SERVICE = "a CircleCI configuration"
LAUNCH = 'curl -X POST "$GC_API/api/v2/flows/executions" -H "Content-Type: application/json" -d "$BODY"'


def config(*, job_env: str = "", step_env: str = "", before: str = "") -> str:
    return ("version: 2.1\njobs:\n  launch:\n    docker: [{image: cimg/base:current}]\n"
            f"{job_env}    steps:\n      - checkout\n{before}      - run:\n          name: launch\n{step_env}"
            f"          command: |\n            {LAUNCH}\n")


def test_the_jobs_and_steps_environment_are_read(tmp_path: Path) -> None:
    text = config(job_env=f"    environment:\n      GC_API: {URL}\n      BODY: '{{\"flowId\": \"{FLOW}\", \"x\": 1}}'\n",
                  step_env="          environment:\n            BODY: '{\"flowId\": \"<< parameters.flow >>\", \"inputData\": 5}'\n")
    (request,) = github_actions.extract_with_python(text, ci=True, service=SERVICE)[0]
    assert request.url is not None and request.url.value == f"{URL}/api/v2/flows/executions"
    assert isinstance(request.body, dict) and isinstance(request.body["flowId"], Unknown)  # the step's wins
    path = tmp_path / ".circleci" / "config.yml"
    path.parent.mkdir()
    path.write_text(text)
    found = [(d["code"], d["line"]) for d in diagnostics("--no-cache", str(path))]
    assert found == [("FL105", text.count("\n", 0, text.index('"inputData": 5')) + 1)]


@pytest.mark.parametrize("before", [
    "      - run: echo 'export BODY={}' >> \"$BASH_ENV\"\n",
    "      - node/install\n",
    "      - run:\n          command: echo hi\n      - aws-cli/setup:\n          profile: x\n",
])
def test_nothing_is_known_after_a_step_that_may_change_it(before: str) -> None:
    text = config(job_env=f"    environment:\n      GC_API: {URL}\n      BODY: '{{\"flowId\": \"{FLOW}\"}}'\n",
                  step_env=f"          environment:\n            BODY: '{{\"flowId\": \"{FLOW}\"}}'\n", before=before)
    (request,) = github_actions.extract_with_python(text, ci=True, service=SERVICE)[0]
    assert isinstance(request.body, Unknown) and request.url is not None and request.url.value is None


def test_gitlabs_variables_are_not_read() -> None:
    text = (f"variables:\n  GC_API: {URL}\n  BODY: '{{\"flowId\": \"{FLOW}\"}}'\nlaunch:\n  script:\n    - |\n"
            f"      {LAUNCH}\n")
    (request,) = github_actions.extract_with_python(text, ci=True, service="a GitLab CI configuration")[0]
    assert isinstance(request.body, Unknown)
