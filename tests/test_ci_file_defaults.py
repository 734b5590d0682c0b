"""A default a CI file writes for a variable the run may set otherwise (Cloud Build's `substitutions:`, GitLab's
`variables:`, which a trigger's or the project's win over) is a launch base's fallback, as a shell's `${X:-…}` is: a
launch-shaped request whose base falls back to another product's host is not judged (said, FL011), one falling back
to Genesys Cloud's is, and a base another file may give a default (an `include:`, a job's `extends:`) stays given from
outside (reach, item 1; repros in /tmp/s39/reach/i1)."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import pytest

from conftest import check_file

check = functools.partial(check_file, contract_findings=False)

CURL = "curl -X POST \"BASE/api/v2/flows/executions\" -H 'Content-Type: application/json' -d 'BODY'"
#: A launch's own vocabulary with a member no launch has: judged where it goes to Genesys Cloud (FL102 `priority`).
LAUNCH_LIKE = '{"flowId": "nightly", "inputData": {"x": 1}, "priority": 5}'
WRONG_LAUNCH = '{"flowID": "nightly", "priority": 5}'

#: A file posting BODY to a base NAME whose default is DEFAULT, by where the file writes that default.
FILES = {
    "cloudbuild.yaml": ("steps:\n  - name: gcr.io/cloud-builders/curl\n    entrypoint: bash\n    args:\n      - -c\n"
                        "      - |\n        " + CURL.replace("BASE", "${_NAME}") + "\n"
                        "substitutions:\n  _NAME: DEFAULT\n"),
    "cloudbuild-script.yaml": ("options:\n  automapSubstitutions: true\nsteps:\n  - name: ubuntu\n    script: |\n"
                               "      " + CURL.replace("BASE", "${_NAME}") + "\nsubstitutions:\n  _NAME: 'DEFAULT'\n"),
    ".gitlab-ci.yml": "variables:\n  NAME: DEFAULT\nlaunch:\n  script:\n    - " + CURL.replace("BASE", "$NAME") + "\n",
    "job.gitlab-ci.yml": ("launch:\n  variables:\n    NAME:\n      value: \"DEFAULT\"\n      description: where\n"
                          "  script:\n    - " + CURL.replace("BASE", "${NAME}") + "\n"),
}


def written(tmp_path: Path, name: str, default: str, body: str, variable: str = "SCHEDULER_URL", *extra: str
            ) -> list[dict[str, Any]]:
    text = FILES[name].replace("NAME", variable).replace("DEFAULT", default).replace("BODY", body)
    file = "cloudbuild.yaml" if name.startswith("cloudbuild") else ".gitlab-ci.yml"
    found = check(tmp_path, file, text, *extra)
    return [d for d in found if d["code"] != "FL012"]


def codes(found: list[dict[str, Any]]) -> list[str]:
    return [d["code"] for d in found]


@pytest.mark.parametrize("name", sorted(FILES))
def test_a_base_defaulting_to_another_products_host_is_not_judged_and_said(tmp_path: Path, name: str) -> None:
    found = written(tmp_path, name, "https://sched.example.com", LAUNCH_LIKE)
    assert codes(found) == ["FL011"], found  # reached: read, and said not checked
    assert "falls back to sched.example.com" in found[0]["message"]


@pytest.mark.parametrize("name", sorted(FILES))
def test_a_base_defaulting_to_genesys_cloud_is_judged(tmp_path: Path, name: str) -> None:
    found = written(tmp_path, name, "https://api.mypurecloud.com", WRONG_LAUNCH, "GC_BASE")
    assert "FL102" in codes(found) and "FL103" in codes(found), found


@pytest.mark.parametrize("name", ["cloudbuild.yaml", ".gitlab-ci.yml"])
def test_a_default_named_for_genesys_is_a_gateway_and_judged(tmp_path: Path, name: str) -> None:
    found = written(tmp_path, name, "https://gateway.acme.com", WRONG_LAUNCH, "GENESYS_GATEWAY")
    assert "FL102" in codes(found), found


def test_a_jobs_own_default_wins_over_the_files(tmp_path: Path) -> None:
    text = ("variables:\n  SCHEDULER_URL: https://sched.example.com\nlaunch:\n  variables:\n"
            "    SCHEDULER_URL: https://api.mypurecloud.com\n  script:\n    - "
            + CURL.replace("BASE", "$SCHEDULER_URL").replace("BODY", WRONG_LAUNCH) + "\nother:\n  script:\n    - "
            + CURL.replace("BASE", "$SCHEDULER_URL").replace("BODY", LAUNCH_LIKE) + "\n")
    found = check(tmp_path, ".gitlab-ci.yml", text, "-v")
    assert sorted({(d["line"], d["code"]) for d in found if d["code"] in ("FL011", "FL102")}) == [
        (7, "FL102"), (10, "FL011")]


@pytest.mark.parametrize("text", [
    # (an included file, or the template a job extends, may write another default for the job)
    "include:\n  - local: defaults.yml\nvariables:\n  SCHEDULER_URL: https://sched.example.com\nlaunch:\n  script:\n"
    "    - CURL\n",
    ".base:\n  variables:\n    SCHEDULER_URL: https://api.mypurecloud.com\nvariables:\n"
    "  SCHEDULER_URL: https://sched.example.com\nlaunch:\n  extends: .base\n  script:\n    - CURL\n",
    # (GitLab expands a variable's `$`: its value is not what is written)
    "variables:\n  SCHEDULER_URL: https://$HOST_NAME\nlaunch:\n  script:\n    - CURL\n",
])
def test_a_default_another_file_may_replace_is_no_fallback(tmp_path: Path, text: str) -> None:
    curl = CURL.replace("BASE", "$SCHEDULER_URL").replace("BODY", LAUNCH_LIKE)
    found = check(tmp_path, ".gitlab-ci.yml", text.replace("CURL", curl))
    assert "FL102" in codes(found), found  # given from outside, with a launch's vocabulary: judged, as before


def test_a_substitution_in_a_script_without_automap_is_the_shells_own(tmp_path: Path) -> None:
    text = FILES["cloudbuild-script.yaml"].replace("automapSubstitutions: true", "logging: CLOUD_LOGGING_ONLY")
    text = text.replace("NAME", "SCHEDULER_URL").replace("DEFAULT", "https://sched.example.com")
    found = check(tmp_path, "cloudbuild.yaml", text.replace("BODY", LAUNCH_LIKE))
    assert "FL102" in codes(found), found
