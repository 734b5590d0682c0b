"""A GitHub Actions step's `env:` (over its job's, over the workflow's) sets the variables its `run:` script starts
with: a launch's URL or body held in one (`-d "$BODY"`, `"$GC_API/api/v2/flows/executions"`) is read from the workflow,
checked where it is written there; a `${{ … }}` in it is an unknown part; a name whose value cannot be told (an earlier
step may change it, an `env:` that is an expression, a number) stays unknown, never guessed."""

from __future__ import annotations

from pathlib import Path

import pytest

from validator.core.unknown import Unknown
from validator.sources import github_actions

from conftest import UUID, UUID2, diagnostics

URL = "https://api.mypurecloud.com"
LAUNCH = 'curl -X POST "$GC_API/api/v2/flows/executions" -H "Content-Type: application/json" -d "$BODY"'


def workflow(*, top: str = "", job: str = "", step: str = "", before: str = "", script: str = LAUNCH) -> str:
    return (f"on: push\n{top}jobs:\n  go:\n    runs-on: ubuntu-latest\n{job}    steps:\n{before}"
            f"      - name: launch\n{step}        run: |\n          {script}\n")


def env(indent: int, **values: str) -> str:
    pad = " " * indent
    return f"{pad}env:\n" + "".join(f"{pad}  {name}: {value}\n" for name, value in values.items())


def test_the_url_and_body_of_the_workflows_and_jobs_env_are_read_where_they_are_written(tmp_path: Path) -> None:
    text = workflow(top=env(0, GC_API=URL), job=env(4, BODY=f"'{{\"flowId\": \"{UUID}\", \"inputData\": 5}}'"))
    (request,) = github_actions.extract(text)
    assert request.url is not None and request.url.value == f"{URL}/api/v2/flows/executions"
    assert request.body == {"flowId": UUID, "inputData": 5}
    path = tmp_path / ".github" / "workflows" / "l.yml"
    path.parent.mkdir(parents=True)
    path.write_text(text)
    found = [(d["code"], d["line"]) for d in diagnostics("--no-cache", str(path)) if d["code"] != "FL200"]
    assert found == [("FL105", text[:text.index('"inputData": 5')].count("\n") + 1)]  # on the job's env line


def test_the_steps_env_wins_over_its_jobs_and_an_expression_in_it_is_unknown() -> None:
    body = "'{\"flowId\": \"${{ vars.FLOW_ID }}\", \"inputData\": ${{ vars.INPUT }}}'"
    text = workflow(top=env(0, GC_API=URL), job=env(4, BODY=f"'{{\"flowId\": \"{UUID2}\"}}'"), step=env(8, BODY=body))
    (request,) = github_actions.extract(text)
    assert not request.findings, request.findings
    assert isinstance(request.body, dict) and isinstance(request.body["inputData"], Unknown)
    assert isinstance(request.body["flowId"], Unknown)
    assert request.body["flowId"].source == "${{ vars.FLOW_ID }}"  # shown as the workflow writes it


def test_a_block_scalar_body() -> None:
    text = workflow(top=env(0, GC_API=URL), step="        env:\n          BODY: |\n"
                    f"            {{\"flowId\": \"{UUID}\",\n             \"inputData\": []}}\n")
    (request,) = github_actions.extract(text)
    assert request.body == {"flowId": UUID, "inputData": []}


@pytest.mark.parametrize("before", [
    "      - uses: someone/load-dotenv@v1\n",
    "      - uses: actions/github-script@v7\n        with:\n          script: core.exportVariable('BODY', '{}')\n",
    "      - run: echo \"BODY={}\" >> \"$GITHUB_ENV\"\n",
])
def test_a_jobs_names_are_unknown_after_a_step_that_may_set_them(before: str) -> None:
    text = workflow(top=env(0, GC_API=URL), job=env(4, BODY=f"'{{\"flowId\": \"{UUID}\", \"inputData\": 5}}'"),
                    before=before)
    (request,) = github_actions.extract(text)
    assert request.url is not None and request.url.value is None and isinstance(request.body, Unknown)


def test_githubs_own_actions_set_none_of_them() -> None:
    text = workflow(job=env(4, BODY=f"'{{\"flowId\": \"{UUID}\", \"inputData\": 5}}'"),
                    before="      - uses: actions/checkout@v4\n",
                    script=f'curl -X POST "{URL}/api/v2/flows/executions" -d "$BODY"')
    (request,) = github_actions.extract(text)
    assert request.body == {"flowId": UUID, "inputData": 5}


@pytest.mark.parametrize("step", [
    "        env: ${{ fromJSON(vars.LAUNCH_ENV) }}\n",  # any name may be set
    "        env:\n          BODY: 5\n",  # a number: as GitHub writes it, not told here
])
def test_a_value_that_cannot_be_told_is_unknown(step: str) -> None:
    text = workflow(top=env(0, GC_API=URL, BODY=f"'{{\"flowId\": \"{UUID}\", \"inputData\": 5}}'"), step=step)
    (request,) = github_actions.extract(text)
    assert isinstance(request.body, Unknown)


def test_the_script_setting_the_name_wins() -> None:
    script = f"BODY='{{\"flowId\": \"{UUID2}\"}}'\n          {LAUNCH}"
    text = workflow(top=env(0, GC_API=URL, BODY=f"'{{\"flowId\": \"{UUID}\", \"inputData\": 5}}'"), script=script)
    (request,) = github_actions.extract(text)
    assert request.body == {"flowId": UUID2}


def test_a_flow_mapping_and_a_quoted_key() -> None:
    text = workflow(step=f"        env: {{GC_API: '{URL}', \"BODY\": '{{\"flowId\": \"{UUID}\"}}'}}\n")
    (request,) = github_actions.extract(text)
    assert request.body == {"flowId": UUID}


def test_a_name_no_script_uses_costs_no_second_read() -> None:
    """(The YAML is read again only when a curl script names a variable the file may set.)"""
    github_actions.yaml_root.cache_clear()
    text = workflow(top=env(0, OTHER="x"), script=f"curl -X POST {URL}/api/v2/flows/executions -d '{{}}'")
    (request,) = github_actions.extract(text)
    assert request.body == {} and github_actions.yaml_root.cache_info().misses == 0


def test_an_env_expression_is_filled_in_before_the_shell_runs(tmp_path: Path) -> None:
    """`${{ env.BODY }}` is GitHub's: the value is put into the script before bash reads it (a body in single quotes
    is then read where the `env:` writes it); one whose value holds an expression stays unknown."""
    script = ("curl -X POST \"${{ env.GC_API }}/api/v2/flows/executions\" -H 'Content-Type: application/json' "
              "-d '${{ env.BODY }}'")
    text = workflow(top=env(0, GC_API=URL), job=env(4, BODY=f"'{{\"flowId\": \"{UUID}\", \"inputData\": 5}}'"),
                    script=script)
    (request,) = github_actions.extract(text)
    assert request.url is not None and request.url.value == f"{URL}/api/v2/flows/executions"
    assert request.body == {"flowId": UUID, "inputData": 5}
    path = tmp_path / ".github" / "workflows" / "l.yml"
    path.parent.mkdir(parents=True)
    path.write_text(text)
    found = [(d["code"], d["line"]) for d in diagnostics("--no-cache", str(path)) if d["code"] != "FL200"]
    assert found == [("FL105", text[:text.index('"inputData": 5')].count("\n") + 1)]
    unknown = workflow(job=env(4, BODY="'{\"flowId\": \"${{ vars.F }}\"}'"), script=script.replace(
        '${{ env.GC_API }}', URL))
    (request,) = github_actions.extract(unknown)
    assert not isinstance(request.body, dict)


def test_a_steps_env_value_naming_the_jobs_is_read(tmp_path: Path) -> None:
    """A step's `env:` may use GitHub's `env` context (`URL: ${{ env.BASE }}/…`): the job's (or the workflow's) value
    is put in, where it is written; a job's `env:` cannot (GitHub has no `env` context there): unknown."""
    step = "        env:\n          GC_URL: ${{ env.BASE }}/api/v2/flows/executions\n"
    script = f"curl -X POST \"$GC_URL\" -H 'Content-Type: application/json' -d '{{\"flowId\": \"{UUID}\"}}'"
    (request,) = github_actions.extract(workflow(job=env(4, BASE=URL), step=step, script=script))
    assert request.url is not None and request.url.value == f"{URL}/api/v2/flows/executions"
    job = "    env:\n      BASE: " + URL + "\n      GC_URL: ${{ env.BASE }}/api/v2/flows/executions\n"
    (request,) = github_actions.extract(workflow(job=job, script=script))
    assert request.url is not None and request.url.value is None
