"""A flow ID a script gives through a variable it writes literally (`FLOW=<uuid>`, then `"$FLOW"` inside the JSON; a
GitHub Actions `env:`) is read into the body where it is spliced, so the launch's inputs are checked against the flow's
contract (review R3). Before, any `$VAR` inside a body's JSON was an unknown value: the flow's contract was never
found, every input went unchecked, and nothing said so, even with -v. A variable whose value is not certain (set
twice, in a branch, from outside the file, or only as a default a CI run may override: GitLab's `variables:`) stays
unknown, and -v says the flow is not known so its inputs were not checked."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import UUID, check_file, codes

URL = "https://api.mypurecloud.com/api/v2/flows/executions"
#: The repo's contract for UUID: Flow.customerName (a required string), Flow.orderCount (an Integer).
INPUTS = '"inputData": {"Flow.customerName": "Ann", "Flow.orderCount": "3"}'
CURL = f'curl -sf -X POST "{URL}" -H "Content-Type: application/json" '


def _escaped(json_text: str) -> str:
    return json_text.replace('"', '\\"')


#: The spellings a script splices a variable into a JSON body with, each with its flow ID certain.
SCRIPTS = {
    "double-quoted": f'#!/bin/sh\nFLOW="{UUID}"\n{CURL}\\\n  -d "{{\\"flowId\\": \\"$FLOW\\", {_escaped(INPUTS)}}}"\n',
    "closed quotes": f"#!/bin/sh\nFLOW={UUID}\n{CURL}-d '{{\"flowId\": \"'$FLOW'\", {INPUTS}}}'\n",
    "quoted splice": f"#!/bin/bash\nexport FLOW='{UUID}'\n{CURL}--data-raw '{{\"flowId\": \"'\"${{FLOW}}\"'\", {INPUTS}}}'\n",
    "readonly, set twice": (f"#!/bin/bash\nFLOW=placeholder\nreadonly FLOW={UUID}\nNAME=nightly\n"
                            f"{CURL}-d \"{{\\\"flowId\\\": \\\"$FLOW\\\", \\\"name\\\": \\\"$NAME\\\", {_escaped(INPUTS)}}}\"\n"),
}


def _at(text: str, found: dict[str, Any]) -> str:
    line: int = found["line"]
    column: int = found["column"]
    return text.splitlines()[line - 1][column - 1:]


@pytest.mark.parametrize("spelling", sorted(SCRIPTS))
def test_a_flow_id_the_script_writes_is_spliced_and_its_inputs_checked(tmp_path: Path, spelling: str) -> None:
    text = SCRIPTS[spelling]
    found = check_file(tmp_path, "launch.sh", text)
    assert codes(found) == ["FL204"], found
    assert _at(text, found[0]).startswith('"3')  # at its place in the body (a `\"`: at its quote)


def test_a_workflows_env_flow_id_is_spliced(tmp_path: Path) -> None:
    """The reviewer's nightly job: the flow ID in the job's `env:`, spliced as `${CLAIMS_FLOW}`; GitHub sets it, no
    run may change it."""
    text = ("on:\n  schedule: [{cron: \"0 2 * * *\"}]\njobs:\n  launch:\n    runs-on: ubuntu-latest\n    env:\n"
            f"      ORDERS_FLOW: {UUID}\n    steps:\n      - run: |\n          {CURL}\\\n"
            f"            -d \"{{\\\"flowId\\\": \\\"${{ORDERS_FLOW}}\\\", {_escaped(INPUTS)}, "
            "\\\"flowVersion\\\": ${{ github.event.inputs.v }}}\"\n")
    (tmp_path / ".github" / "workflows").mkdir(parents=True)
    found = check_file(tmp_path, ".github/workflows/nightly.yml", text)
    assert codes(found) == ["FL204"], found
    assert _at(text, found[0]).startswith('"3')


def test_a_spliced_flow_id_is_judged_where_it_is_written(tmp_path: Path) -> None:
    text = f"#!/bin/sh\nFLOW=order-follow-up\n{CURL}-d '{{\"flowId\": \"'\"$FLOW\"'\", {INPUTS}}}'\n"
    found = check_file(tmp_path, "launch.sh", text)
    assert codes(found) == ["FL104"], found  # the script certainly sends a flow's name as its ID
    assert "order-follow-up" in found[0]["message"] and _at(text, found[0]).startswith("\"'\"$FLOW\"'\"")


#: A flow ID that is not certain where the launch runs: the inputs are not checked, and -v says why.
UNCERTAIN = {
    "set in a branch": (f'#!/bin/sh\nFLOW="{UUID}"\nif [ "$1" = retry ]; then FLOW="$RETRY_FLOW"; fi\n', "`$FLOW`"),
    "from outside": ("#!/bin/sh\nset -eu\n", "`$FLOW`"),
    "a command's output": ("#!/bin/sh\nFLOW=$(jq -r .flowId flows.json)\n", "`$FLOW`"),
}


@pytest.mark.parametrize("case", sorted(UNCERTAIN))
def test_an_uncertain_flow_id_leaves_the_inputs_unchecked_and_says_so(tmp_path: Path, case: str) -> None:
    head, named = UNCERTAIN[case]
    text = f"{head}{CURL}-d '{{\"flowId\": \"'\"$FLOW\"'\", {INPUTS}}}'\n"
    assert check_file(tmp_path, "launch.sh", text) == []
    noted = check_file(tmp_path, "launch.sh", text, "-v")
    assert [(d["code"], d["severity"]) for d in noted] == [("FL011", "info")], noted
    assert "the flow this launch starts is not known here" in noted[0]["message"] and named in noted[0]["message"]
    assert "inputs were not checked" in noted[0]["message"]


def test_a_gitlab_variable_is_a_default_said_so(tmp_path: Path) -> None:
    """A project's, group's or pipeline's variable of the name wins over the file's `variables:`: the file's value is
    only a default, so the flow is not certain and its inputs are not judged against the default's contract."""
    text = (f"variables:\n  ORDERS_FLOW: \"{UUID}\"\nnotify:\n  script:\n    - |\n      {CURL}\\\n"
            f"        --data-raw '{{\"flowId\": \"'\"$ORDERS_FLOW\"'\", {INPUTS}}}'\n")
    assert check_file(tmp_path, ".gitlab-ci.yml", text) == []
    noted = check_file(tmp_path, ".gitlab-ci.yml", text, "-v")
    assert codes(noted) == ["FL011"], noted
    assert "default" in noted[0]["message"] and "`$ORDERS_FLOW`" in noted[0]["message"]


@pytest.mark.parametrize(("name", "pipeline"), [
    (".buildkite/pipeline.yml", "steps:\n  - command: |\n      {script}\n"),  # `$FLOW` interpolated at upload
    (".woodpecker.yml", "steps:\n  - name: l\n    image: curl\n    commands:\n      - |\n        {script}\n"),
])
def test_a_services_own_interpolation_is_not_the_scripts_assignment(tmp_path: Path, name: str, pipeline: str) -> None:
    """Buildkite (`$FLOW`, `${FLOW}`) and Woodpecker (`${FLOW}`) fill these in before the shell runs, from their own
    environment: the value the script assigns is not what is sent."""
    script = f"FLOW={UUID}; {CURL}-d '{{\"flowId\": \"'\"${{FLOW}}\"'\", {INPUTS}}}'"
    (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
    assert check_file(tmp_path, name, pipeline.format(script=script)) == []
    # reached: the same step with `$$` (Woodpecker) or with the flow ID written in the body is judged
    written = script.replace("'\"${FLOW}\"'", UUID)
    assert codes(check_file(tmp_path, name, pipeline.format(script=written))) == ["FL204"]


def test_a_secret_named_variable_is_never_spliced(tmp_path: Path) -> None:
    """What a message quotes of a body (`is the string "…"`) must never be a secret: a variable named for one stays
    unknown in the body, though the script writes it."""
    text = (f"#!/bin/sh\nFLOW={UUID}\nAPI_KEY=k3y-abc-123\nCOUNT=three\n{CURL}-d '{{\"flowId\": \"'$FLOW'\", \"inputData\": "
            "{\"Flow.customerName\": \"Ann\", \"Flow.orderCount\": \"'$API_KEY'\", \"Flow.priority\": \"'$COUNT'\"}}'\n")
    found = check_file(tmp_path, "launch.sh", text)
    assert codes(found) == ["FL205"], found  # reached: $COUNT is spliced and judged ("three" is no enum value)
    assert "three" in found[0]["message"] and "k3y-abc-123" not in str(found)
