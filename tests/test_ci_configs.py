"""Other CI services' pipelines (GitLab CI, CircleCI, Azure Pipelines, Bitbucket Pipelines, Travis CI) are read as a
GitHub workflow is: the curl commands of their steps' scripts are launches, checked at their lines; the file itself is
never judged as a launch body. Before, named, each was judged as one (`.gitlab-ci.yml:1:1: FL103`, `version` → "did
you mean flowVersion?"), and walked, each was passed in silence (`.circleci/` was not even entered)."""

from __future__ import annotations

from pathlib import Path
from unittest import mock

import pytest

from validator.core.unknown import Unknown
from validator.sources import github_actions
from validator.sources.kinds import source_kind

from conftest import UUID, codes, diagnostics, flowlint

pytestmark = pytest.mark.usefixtures("in_tmp")

CURL = (f"curl -X POST https://api.mypurecloud.com/api/v2/flows/executions -H \"Content-Type: application/json\" "
        f"-d '{{\"flowId\": \"{UUID}\", \"flowVersoin\": \"1.0\"}}'")

#: Each service's file, a step whose script launches (with a misspelt member), and one step that does not.
PIPELINES = {
    ".gitlab-ci.yml": f"stages: [deploy]\nversion: 2\nlaunch:\n  stage: deploy\n  before_script:\n  - echo hi\n  script:\n"
                      f"    - echo start\n    - |\n      {CURL}\n",
    ".circleci/config.yml": f"version: 2.1\njobs:\n  launch:\n    steps:\n      - checkout\n      - run:\n          name: launch\n"
                            f"          command: |\n            {CURL}\n      - run: echo done\n",
    "azure-pipelines.yml": f"trigger: [main]\nsteps:\n  - script: echo hi\n  - bash: >\n      {CURL}\n",
    "bitbucket-pipelines.yml": f"pipelines:\n  default:\n    - step:\n        script:\n          - echo hi\n          - {CURL}\n",
    ".travis.yml": f"language: minimal\nscript:\n  - {CURL}\n",
}


def _write(tmp_path: Path, name: str, text: str) -> None:
    (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
    (tmp_path / name).write_text(text, encoding="utf-8")


@pytest.mark.parametrize("name", sorted(PIPELINES))
def test_a_pipelines_curl_launch_is_checked_at_its_line_named_or_walked(tmp_path: Path, name: str) -> None:
    text = PIPELINES[name]
    _write(tmp_path, name, text)
    assert source_kind(name, text.encode()) == "ci-config"
    for args in ((name,), (".",)):
        found = [d for d in diagnostics("--no-cache", *args) if d["code"] != "FL200"]
        assert codes(found) == ["FL102"], (args, found)  # the launch's misspelt member, nothing about the file itself
        assert found[0]["file"] == name
        line = text.splitlines()[found[0]["line"] - 1]
        assert line[found[0]["column"] - 1:].startswith('"flowVersoin"')


@pytest.mark.parametrize("name", sorted(PIPELINES))
def test_a_pipeline_without_a_launch_is_noted_named_and_silent_walked(tmp_path: Path, name: str) -> None:
    _write(tmp_path, name, PIPELINES[name].replace(CURL, "make deploy"))
    found = diagnostics("--no-cache", name)
    assert [(d["code"], d["severity"]) for d in found] == [("FL012", "info")]
    assert "no launch body" in found[0]["message"]
    assert diagnostics("--no-cache", ".") == []


def test_list_items_are_read_where_they_are_written() -> None:
    text = ("job:\n  script:\n  - echo one\n  - curl -X POST\n    https://x.example/a\n  - >\n    curl -d\n    '{}'\n"
            "  - 'quoted'\n  after_script: echo two\nother: 1\n")
    found = github_actions.scripts(text, ci=True)
    assert [script for _, script in found] == ["echo one", "curl -X POST     https://x.example/a", "    curl -d     '{}'",
                                               "quoted", "echo two"]
    for start, script in found:  # the same length as in the file, at its place: a finding's column is the file's
        if isinstance(start, int):
            assert text[start:start + len(script)].replace("\n", " ") == script
        else:  # a quoted item: each character's place (and its closing quote's)
            assert "".join(text[at] for at in start[:-1]) == script and text[start[-1]] == "'"
    assert github_actions.scripts(text) == []  # a GitHub workflow's steps are `run:` only


def _launch(body: str) -> str:
    return ("curl -X POST https://api.mypurecloud.com/api/v2/flows/executions -H \"Content-Type: application/json\" "
            f"-d '{body}'")


#: Each service's own template syntax in a launch's body (filled in before its shell runs: an unknown value, as GitHub's
#: `${{ … }}` is), as a flow ID and as a bare (unquoted) input value. Before, each was read literally: FL104 ("looks
#: like a flow name") for a flow ID, FL001 for a bare value.
HOLES = [
    ("azure-pipelines.yml", '"$(flowId)"'), ("azure-pipelines.yml", '"$[variables.flowId]"'),
    ("azure-pipelines.yml", '"$[variables[\'flowId\']]"'), ("azure-pipelines.yml", '"${{ parameters.flowId }}"'),
    ("azure-pipelines.yml", '"$(f)"'), (".circleci/config.yml", '"<< pipeline.parameters.flow_id >>"'),
    (".circleci/config.yml", '"<<parameters.flow_id>>"'), (".gitlab-ci.yml", '"$[[ inputs.flow_id ]]"'),
]
BARE = [("azure-pipelines.yml", "$(attempt)"), ("azure-pipelines.yml", "$[variables.attempt]"),
        ("azure-pipelines.yml", "$(a)"), (".circleci/config.yml", "<< pipeline.parameters.attempt >>"),
        (".gitlab-ci.yml", "$[[ inputs.attempt ]]")]


def _pipeline(name: str, script: str) -> str:
    if name == ".circleci/config.yml":
        return f"version: 2.1\njobs:\n  launch:\n    steps:\n      - run:\n          command: |\n            {script}\n"
    if name == ".gitlab-ci.yml":
        return f"launch:\n  script:\n    - |\n      {script}\n"
    return f"steps:\n  - bash: |\n      {script}\n"


@pytest.mark.parametrize(("name", "hole"), HOLES + [(name, f'"{UUID}", "inputData": {{"Flow.attempt": {bare}}}')
                                                   for name, bare in BARE])
def test_a_services_template_syntax_is_an_unknown_value(tmp_path: Path, name: str, hole: str) -> None:
    _write(tmp_path, name, _pipeline(name, _launch(f'{{"flowId": {hole}}}')))
    for args in ((name,), (".",)):
        assert [d for d in diagnostics("--no-cache", *args) if d["code"] != "FL200"] == [], args
    # reached: a wrong launch beside the hole still gets its real finding, and only it
    _write(tmp_path, name, _pipeline(name, _launch(f'{{"flowId": {hole}, "flowVersoin": "1.0"}}')))
    found = [d for d in diagnostics("--no-cache", name) if d["code"] != "FL200"]
    assert codes(found) == ["FL102"], found


def test_a_template_like_text_of_another_service_stays_literal() -> None:
    """Azure's `$(x)` is shell text to GitLab's shell: in single quotes, literal (read, and judged, as written)."""
    request, = github_actions.extract_with_python(
        _pipeline(".gitlab-ci.yml", _launch('{"flowId": "$(flowId)"}')), ci=True, service="a GitLab CI configuration")[0]
    assert isinstance(request.body, dict) and request.body["flowId"] == "$(flowId)"


WINDOWS_SCRIPT = ("  - script: |\n      curl -X POST https://api.mypurecloud.com/api/v2/flows/executions ^\n"
                  "        -H \"Content-Type: application/json\" ^\n"
                  f"        -d \"{{\\\"flowId\\\": \\\"{UUID}\\\"}}\"\n")


@pytest.mark.parametrize("pipeline", [
    f"pool:\n  vmImage: windows-latest\nsteps:\n{WINDOWS_SCRIPT}",  # cmd.exe runs a Windows pool's script
    f"pool: windows-2022\nsteps:\n{WINDOWS_SCRIPT}",
    f"steps:\n{WINDOWS_SCRIPT}",  # `^` continuations: cmd's, whatever the pool
])
def test_a_cmd_script_is_not_read_as_a_shells(tmp_path: Path, pipeline: str) -> None:
    """Read as bash, each `^` line was a command of its own: FL103 (the launch sends no body). Now: one FL011 note."""
    bash = _launch(f'{{"flowId": "{UUID}", "flowVersoin": "1.0"}}')
    _write(tmp_path, "azure-pipelines.yml", pipeline + f"  - bash: |\n      {bash}\n")
    found = [d for d in diagnostics("--no-cache", "azure-pipelines.yml") if d["code"] != "FL200"]
    # reached: the bash step beside it is read (its misspelt member)
    assert sorted(codes(found)) == ["FL011", "FL102"], found
    assert [d["line"] for d in found if d["code"] == "FL011"] == [pipeline.count("\n", 0, pipeline.index("curl")) + 1]
    assert all(d["line"] == pipeline.count("\n") + 2 for d in found if d["code"] != "FL011"), found


#: GitLab's docs tell a script holding `: ` (a `Content-Type: application/json` header) to be quoted whole, as YAML
#: reads it as a mapping otherwise (docs.gitlab.com/ee/ci/yaml/script.html): each service's step, quoted either way.
QUOTED_BODY = f'{{"flowId": "{UUID}", "flowVersoin": "1.0"}}'
_DOUBLE = ("\"curl -X POST https://api.mypurecloud.com/api/v2/flows/executions -H 'Content-Type: application/json' "
           "-d '" + QUOTED_BODY.replace('"', '\\"') + "'\"")
_SINGLE = ("'curl -X POST https://api.mypurecloud.com/api/v2/flows/executions -H \"Content-Type: application/json\" "
           "-d ''" + QUOTED_BODY + "'''")
QUOTED = {
    ".gitlab-ci.yml": "launch:\n  script:\n    - echo start\n    - {}\n",
    ".github/workflows/launch.yml": "on: push\njobs:\n  launch:\n    runs-on: ubuntu-latest\n    steps:\n      - run: {}\n",
    ".circleci/config.yml": "version: 2.1\njobs:\n  launch:\n    steps:\n      - run:\n          command: {}\n",
    "azure-pipelines.yml": "steps:\n  - script: {}\n",
    "bitbucket-pipelines.yml": "pipelines:\n  default:\n    - step:\n        script:\n          - {}\n",
}


@pytest.mark.parametrize("quoted", [_DOUBLE, _SINGLE], ids=["double", "single"])
@pytest.mark.parametrize("name", sorted(QUOTED))
def test_a_quoted_steps_launch_is_read_at_its_place(tmp_path: Path, name: str, quoted: str) -> None:
    """A step's script written as a quoted YAML scalar was passed over (no finding, or a bare FL011 note): now read as
    YAML reads it (`\\"`, `''` unescaped), its findings at the escaped text's place in the file."""
    text = QUOTED[name].format(quoted)
    _write(tmp_path, name, text)
    found = [d for d in diagnostics("--no-cache", name) if d["code"] != "FL200"]
    assert codes(found) == ["FL102"], found
    assert "flowVersoin" in found[0]["message"]
    line = text.splitlines()[found[0]["line"] - 1]
    assert line[found[0]["column"] - 1:].startswith('\\"flowVersoin\\"' if quoted == _DOUBLE else '"flowVersoin"')


@pytest.mark.parametrize("written", ['"a\\"b\\\\c\\td \\u00e9\\x41"', "'it''s'", '"one\n   two\n\n   three  \\\n   four"',
                                     "'x  \n   y'", "'a' # a comment"])
def test_a_quoted_scalar_is_read_as_yaml_reads_it(written: str) -> None:
    import yaml

    text = f"k: {written}\n"
    found = github_actions.quoted_scalar(text, 3, len(text))
    assert found is not None
    where, value = found
    assert value == yaml.safe_load(text)["k"]
    assert len(where) == len(value) + 1 and text[where[-1]] == written[0]  # each character's place, then the quote's


@pytest.mark.parametrize("written", ['"unclosed\n', '"a \\q escape"\n', '"a" trailing\n', "'a'b'\n"])
def test_a_quoted_scalar_yaml_would_not_read_so_is_none(written: str) -> None:
    text = f"k: {written}"
    assert github_actions.quoted_scalar(text, 3, len(text)) is None


#: A launch in each shape a step writes it: a block (`|`), a folded block (`>`), a plain item continued on the next
#: line, a quoted item continued on the next line.
_SHAPES = ("launch:\n  script:\n    - |\n      {curl} \\\n        -d '{body}'\n"
           "    - >\n      {curl}\n      -d '{body}'\n"
           "    - {curl}\n      -d '{body}'\n"
           "    - \"{curl}\n      -d '{quoted}'\"\n")


def test_a_crlf_pipeline_is_read_as_its_lf_copy_at_the_same_places(tmp_path: Path) -> None:
    """A Windows checkout writes CRLF: each `\\r` was a value's (`script:\\r`, `- |\\r`: no list, no block), so a
    pipeline's launches were passed over. Now the same findings as the LF copy's, at the same lines and columns, and
    --fix keeps the file's CRLF."""
    curl = "curl -X POST https://api.mypurecloud.com/api/v2/flows/executions -H 'Content-Type: application/json'"
    body = f'{{"flowId": "{UUID}", "flowVersoin": "1.0"}}'
    lf = _SHAPES.format(curl=curl, body=body, quoted=body.replace('"', '\\"'))
    github = f"on: push\njobs:\n  launch:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          {CURL}\n"
    files = {**PIPELINES, ".github/workflows/launch.yml": github, "shapes.gitlab-ci.yml": lf}
    for name, text in files.items():
        _write(tmp_path, name, text)
        expected = [(d["code"], d["line"], d["column"]) for d in diagnostics("--no-cache", name)]
        assert ("FL102", text.count("\n", 0, text.index("flowVersoin")) + 1, mock.ANY) in expected, (name, expected)
        (tmp_path / name).write_bytes(text.replace("\n", "\r\n").encode())
        assert [(d["code"], d["line"], d["column"]) for d in diagnostics("--no-cache", name)] == expected, name
    assert codes(diagnostics("--no-cache", "shapes.gitlab-ci.yml")).count("FL102") == 4  # reached: each shape's launch
    assert flowlint("check", "--no-cache", "--fix", "--unsafe-fixes", "shapes.gitlab-ci.yml").exit_code == 0
    fixed = (tmp_path / "shapes.gitlab-ci.yml").read_bytes()
    assert b"flowVersoin" not in fixed and fixed.count(b"\r\n") == fixed.count(b"\n") == lf.count("\n")


#: A launch as PowerShell writes it (its quotes escaped for a native command: `'{\"flowId\": …}'`), and one as bash does.
_PWSH_CURL = ("curl -X POST https://api.mypurecloud.com/api/v2/flows/executions -H \"Content-Type: application/json\" "
              f"-d '{{\\\"flowId\\\": \\\"{UUID}\\\"}}'")
_BASH_CURL = _launch(f'{{"flowId": "{UUID}", "flowVersoin": "1.0"}}')
_WORKFLOW = ".github/workflows/launch.yml"
#: (file, its text, what the FL011 note says): a step running in another shell than a POSIX one, beside a bash step.
OTHER_SHELLS = [
    (_WORKFLOW, f"on: push\njobs:\n  l:\n    runs-on: windows-latest\n    steps:\n      - run: |\n          {_PWSH_CURL}\n"
                f"      - shell: bash\n        run: |\n          {_BASH_CURL}\n", "runs on Windows (`runs-on`)"),
    (_WORKFLOW, f"on: push\njobs:\n  l:\n    runs-on: ubuntu-latest\n    steps:\n      - shell: pwsh\n        run: |\n"
                f"          {_PWSH_CURL}\n      - run: |\n          {_BASH_CURL}\n", "runs in `pwsh`"),
    (_WORKFLOW, f"on: push\ndefaults:\n  run:\n    shell: powershell\njobs:\n  l:\n    runs-on: ubuntu-latest\n    steps:\n"
                f"      - run: |\n          {_PWSH_CURL}\n      - shell: bash -e {{0}}\n        run: |\n          {_BASH_CURL}\n",
     "runs in `powershell`"),
    ("azure-pipelines.yml", f"pool: {{ vmImage: 'windows-latest' }}\nsteps:\n  - script: |\n      {_PWSH_CURL}\n"
                            f"  - bash: |\n      {_BASH_CURL}\n", "runs on Windows (`pool`)"),
    ("azure-pipelines.yml", f"steps:\n  - task: PowerShell@2\n    inputs:\n      targetType: inline\n      script: |\n"
                            f"        {_PWSH_CURL}\n  - bash: |\n      {_BASH_CURL}\n", "`PowerShell@2` task"),
    (".gitlab-ci.yml", f"win:\n  tags: [saas-windows-medium-amd64]\n  script:\n    - |\n      {_PWSH_CURL}\n"
                       f"linux:\n  script:\n    - |\n      {_BASH_CURL}\n", "runs on Windows (`tags`)"),
    (".circleci/config.yml", f"version: 2.1\njobs:\n  l:\n    docker: [{{image: cimg/base:current}}]\n    steps:\n      - run:\n"
                             f"          shell: powershell.exe\n          command: |\n            {_PWSH_CURL}\n      - run: |\n"
                             f"          {_BASH_CURL}\n", "runs in `powershell.exe`"),
    # Before, each of these was read as bash (the PowerShell launch's escaped body a false FL001):
    (".gitlab-ci.yml", f"default:\n  tags: [saas-windows-medium-amd64]\nwin:\n  script:\n    - |\n      {_PWSH_CURL}\n"
                       f"linux:\n  tags: [saas-linux-small-amd64]\n  script:\n    - |\n      {_BASH_CURL}\n",
     "runs on Windows (`tags`)"),
    (".circleci/config.yml", f"version: 2.1\norbs:\n  win: circleci/windows@5.0\njobs:\n  l:\n    executor: win/default\n"
                             f"    steps:\n      - run: |\n          {_PWSH_CURL}\n      - run:\n          shell: bash.exe\n"
                             f"          command: |\n            {_BASH_CURL}\n", "executor (`executor`) runs on Windows"),
    (".circleci/config.yml", f"version: 2.1\nexecutors:\n  build-box:\n    machine:\n      image: windows-server-2022-gui:current"
                             f"\njobs:\n  l:\n    executor:\n      name: build-box\n    steps:\n      - run: |\n"
                             f"          {_PWSH_CURL}\n  b:\n    docker: [{{image: cimg/base:current}}]\n    steps:\n"
                             f"      - run: |\n          {_BASH_CURL}\n", "executor (`executor`) runs on Windows"),
    (".circleci/config.yml", f"version: 2.1\njobs:\n  l:\n    machine: true\n    resource_class: windows.medium\n"
                             f"    steps:\n      - run: |\n          {_PWSH_CURL}\n  b:\n    docker: [{{image: cimg/base:current}}]"
                             f"\n    steps:\n      - run: |\n          {_BASH_CURL}\n", "runs on Windows (`resource_class`)"),
]


@pytest.mark.parametrize(("name", "text", "why"), OTHER_SHELLS)
def test_a_step_in_another_shell_is_not_read_as_bash(tmp_path: Path, name: str, text: str, why: str) -> None:
    """Read as bash, a PowerShell launch's escaped body was a false FL001 (or a cmd.exe one's quotes a guess): now an
    FL011 note saying which shell, never an error; a bash step beside it is still read (its misspelt member)."""
    _write(tmp_path, name, text)
    found = [d for d in diagnostics("--no-cache", name) if d["code"] != "FL200"]
    assert sorted(codes(found)) == ["FL011", "FL102"], found
    note, = (d for d in found if d["code"] == "FL011")
    assert why in note["message"] and note["line"] == text.count("\n", 0, text.index(_PWSH_CURL)) + 1


def test_a_flow_sequences_items_are_read_at_their_places(tmp_path: Path) -> None:
    """`script: ["…", '…', plain]` (on one line, or its items on lines of their own): each item a script, a quoted one
    read as YAML reads it. Before, none was read (an FL011 note only)."""
    body = f'{{"flowId": "{UUID}", "flowVersoin": "1.0"}}'
    curl = "curl -X POST https://api.mypurecloud.com/api/v2/flows/executions -H "
    text = (f"launch:\n  script: [\"echo start\", '{curl}\"Content-Type: application/json\" -d ''{body}''', echo done]\n"
            f"other:\n  script: [\n    \"{curl}'Content-Type: application/json' -d '{body.replace(chr(34), chr(92) + chr(34))}'\"\n"
            "  ]\n")
    _write(tmp_path, ".gitlab-ci.yml", text)
    found = [d for d in diagnostics("--no-cache", ".gitlab-ci.yml") if d["code"] != "FL200"]
    assert [(d["code"], d["line"]) for d in found] == [("FL102", 2), ("FL102", 5)], found
    lines = text.splitlines()
    assert lines[1][found[0]["column"] - 1:].startswith('"flowVersoin"')
    assert lines[4][found[1]["column"] - 1:].startswith('\\"flowVersoin\\"')
    assert [script for _, script in github_actions.scripts(text, ci=True)][::2] == ["echo start", "echo done"]


def test_a_windows_job_leaves_the_other_jobs_scripts_read(tmp_path: Path) -> None:
    """ab80c8e looked for a Windows pool anywhere in the file and then read no `script:` of it: a Linux job's wrong launch
    beside a Windows build job passed with one FL011 note (review B). The pool is a job's: its scripts alone are cmd's."""
    linux = _launch(f'{{"flowId": "{UUID}", "flowVersoin": "1.0"}}')
    _write(tmp_path, "azure-pipelines.yml",
           "jobs:\n  - job: build\n    pool:\n      vmImage: windows-latest\n    steps:\n      - script: dotnet build\n"
           "  - job: launch\n    pool:\n      vmImage: ubuntu-latest\n    steps:\n      - script: |\n"
           f"          {linux}\n")
    assert "FL102" in codes(diagnostics("--no-cache", "azure-pipelines.yml"))


def test_a_windows_pool_in_a_file_that_is_no_yaml_keeps_its_scripts_unread(tmp_path: Path) -> None:
    """Which job runs where cannot be told when the file does not parse: its `script:` steps stay cmd.exe's (the note),
    as before 986cab4 (a plain scalar holding `: ` is no YAML; Azure refuses it too)."""
    _write(tmp_path, "azure-pipelines.yml",
           "pool:\n  vmImage: windows-latest\nsteps:\n  - script: curl -X POST https://api.mypurecloud.com/api/v2/flows/"
           "executions -H \"Content-Type: application/json\" -d \"{\\\"flowId\\\": \\\"x\\\", \\\"type\\\": \\\"w\\\"}\"\n")
    found = diagnostics("--no-cache", "azure-pipelines.yml")
    assert codes(found) == ["FL011"], found


#: A launch as cmd.exe writes it (its quotes escaped for curl.exe), on one line; one as PowerShell's Invoke-RestMethod
#: sends it; and a bash one with a misspelt member (reached: FL102). Each as people write a step on one line: a plain
#: scalar holding `: ` (no YAML, which the CI service refuses too) or not (YAML).
_CMD_LINE = ("curl -X POST https://api.mypurecloud.com/api/v2/flows/executions -H \"Content-Type: application/json\" "
             "-d \"{\\\"flowId\\\": \\\"$(FlowId)\\\", \\\"type\\\": \\\"workflow\\\"}\"")
_PWSH_LINE = ("Invoke-RestMethod -Method Post -Uri https://api.mypurecloud.com/api/v2/flows/executions "
              "-ContentType application/json -Body '{\"flowId\": \"$(FlowId)\", \"type\": \"workflow\"}'")
_BASH_LINE = _launch(f'{{"flowId": "{UUID}", "flowVersoin": "1.0"}}')
ONE_LINE_STEPS = [
    ("azure-pipelines.yml", f"pool:\n  vmImage: windows-latest\nsteps:\n  - script: {_CMD_LINE}\n    displayName: cmd\n"
                            f"  - bash: {_BASH_LINE}\n  - pwsh: {_PWSH_LINE}\n    displayName: pwsh\n",
     ["runs on Windows (`pool`)", "`pwsh:` step"]),
    ("azure-pipelines.yml", "pool:\n  vmImage: windows-latest\nsteps:\n  - script: curl -X POST https://api.mypurecloud.com"
                            f"/api/v2/flows/executions -d @body.json\n  - bash: |\n      {_BASH_LINE}\n"
                            "  - pwsh: Invoke-RestMethod -Method Post -Uri https://api.mypurecloud.com/api/v2/flows/"
                            "executions -InFile body.json\n", ["runs on Windows (`pool`)", "`pwsh:` step"]),
    (_WORKFLOW, f"on: push\njobs:\n  win:\n    runs-on: windows-latest\n    steps:\n      - shell: pwsh\n"
                f"        run: {_PWSH_LINE}\n      - shell: cmd\n        run: {_CMD_LINE}\n      - shell: bash\n"
                f"        run: {_BASH_LINE}\n", ["runs in `pwsh`", "runs in `cmd`"]),
]


@pytest.mark.parametrize(("name", "text", "whys"), ONE_LINE_STEPS, ids=["azure-no-yaml", "azure-yaml", "github-no-yaml"])
def test_each_unread_step_beside_a_read_one_gets_its_own_note(tmp_path: Path, name: str, text: str,
                                                              whys: list[str]) -> None:
    """Review A: a cmd.exe `script:` and a `pwsh:` step beside a `bash:` step that is read got no note (a mention on a
    step's `- ` line was taken for the whole step list's, which held the launch read), and in a file that is no YAML a
    `shell: cmd` step was read as bash (FL101 on a guess at its quoting). Now each unread step is noted at its line,
    saying why, and the bash step is still checked."""
    _write(tmp_path, name, text)
    found = [d for d in diagnostics("--no-cache", name) if d["code"] != "FL200"]
    assert sorted(codes(found)) == ["FL011", "FL011", "FL102"], found
    lines = text.splitlines()
    notes = [d for d in found if d["code"] == "FL011"]
    assert [lines[d["line"] - 1].lstrip(" -").split(":")[0] for d in notes] == (
        ["script", "pwsh"] if name == "azure-pipelines.yml" else ["run", "run"])
    assert [why in d["message"] for d, why in zip(notes, whys, strict=True)] == [True, True], notes


def _job(runs_on: str, shell: str = "", matrix: str = "") -> str:
    return (f"on: push\njobs:\n  l:\n{matrix}    runs-on: {runs_on}\n    steps:\n      - {shell}run: |\n"
            f"          {_BASH_CURL}\n")


@pytest.mark.parametrize(("text", "read"), [
    (_job("ubuntu-latest"), True),
    (_job("[self-hosted, linux, x64]"), True),
    (_job("${{ matrix.os }}", matrix="    strategy:\n      matrix:\n        os: [ubuntu-latest, macos-14]\n"), True),
    (_job("self-hosted", shell="shell: bash\n        "), True),  # the step's shell decides
    (_job("${{ inputs.runner }}"), False),
    (_job("[self-hosted]"), False),
    (_job("build-box-2"), False),
    (_job("${{ matrix.os }}", matrix="    strategy:\n      matrix:\n        os: ${{ fromJSON(inputs.systems) }}\n"), False),
])
def test_a_runner_whose_system_is_unknown_leaves_its_default_shell_unknown(tmp_path: Path, text: str, read: bool) -> None:
    """A step with no `shell:` runs in bash on a Linux or macOS runner and in pwsh on a Windows one (GitHub's defaults):
    on a runner whose system the workflow does not say (a self-hosted label, an expression no matrix names a system
    for) reading it as bash is a guess, so it gets the FL011 note saying so, never a finding on bash's quoting."""
    _write(tmp_path, _WORKFLOW, text)
    found = [d for d in diagnostics("--no-cache", _WORKFLOW) if d["code"] != "FL200"]
    if read:
        assert codes(found) == ["FL102"], found
    else:
        assert codes(found) == ["FL011"] and "runner (`runs-on`) names no system" in found[0]["message"], found


def _azure(pool: str, matrix: str = "") -> str:
    return f"jobs:\n  - job: launch\n{matrix}{pool}    steps:\n      - script: |\n          {_BASH_CURL}\n"


@pytest.mark.parametrize(("text", "read"), [
    (_azure(""), True),  # no pool: Microsoft's hosted ubuntu agent
    (_azure("    pool:\n      vmImage: ubuntu-22.04\n"), True),
    (_azure("    pool:\n      name: Default\n      demands: [Agent.OS -equals Linux]\n"), True),
    ("pool:\n  vmImage: windows-latest\n" + _azure("    pool:\n      vmImage: ubuntu-latest\n"), True),  # the job's own
    (_azure("    pool:\n      vmImage: $(image)\n",
            "    strategy:\n      matrix:\n        linux:\n          image: ubuntu-latest\n"), True),
    (_azure("    pool: Default\n"), False),  # a self-hosted pool: Windows or not, unknown
    (_azure("    pool:\n      name: build-agents\n"), False),
    (_azure("    pool:\n      vmImage: $(image)\n"), False),
])
def test_an_azure_pool_whose_system_is_unknown_leaves_its_script_steps_unread(tmp_path: Path, text: str,
                                                                                read: bool) -> None:
    """An Azure `script:` step runs in cmd.exe on a Windows agent and in bash elsewhere: on a pool whose system the
    pipeline does not say (a self-hosted pool's name, `$(image)` no matrix names a system for) reading it as bash is a
    guess, so it gets the FL011 note saying so; a job's own pool decides over the pipeline's."""
    _write(tmp_path, "azure-pipelines.yml", text)
    found = [d for d in diagnostics("--no-cache", "azure-pipelines.yml") if d["code"] != "FL200"]
    if read:
        assert codes(found) == ["FL102"], found
    else:
        assert codes(found) == ["FL011"] and "pool (`pool`) names no system" in found[0]["message"], found


def _container_job(container: str) -> str:
    return (f"on: push\njobs:\n  l:\n    runs-on: self-hosted\n    container: {container}\n    steps:\n      - run: |\n"
            f"          {_BASH_CURL}\n")


@pytest.mark.parametrize(("text", "read"), [
    (_container_job("node:20"), True),
    (_container_job("\n      image: node:20\n      options: --cpus 1"), True),
    (_container_job("{image: 'ghcr.io/acme/ci:1'}"), True),
    (_container_job("${{ matrix.image }}"), False),  # (an expression: an empty one runs no container)
    (_container_job("\n      image: ${{ inputs.image }}"), False),
    (_container_job("\n      options: --cpus 1"), False),  # (no image: none said)
])
def test_a_jobs_container_runs_its_steps_in_a_posix_shell(tmp_path: Path, text: str, read: bool) -> None:
    """A job's `container:` runs only on a Linux runner, its `run:` steps in the container's sh or bash: a
    self-hosted label naming no system does not leave their shell unknown when the job names an image."""
    _write(tmp_path, _WORKFLOW, text)
    found = [d for d in diagnostics("--no-cache", _WORKFLOW) if d["code"] != "FL200"]
    if read:
        assert codes(found) == ["FL102"], found
    else:
        assert codes(found) == ["FL011"] and "runner (`runs-on`) names no system" in found[0]["message"], found


@pytest.mark.parametrize("opening", ["<<'JSON'", '<<"JSON"', "<<\\JSON", "<<JSON", "<< 'JSON'"])
def test_an_expression_in_a_here_document_is_unknown_quoted_or_not(tmp_path: Path, opening: str) -> None:
    """GitHub fills in `${{ … }}` before bash runs, so in a here-document (its delimiter quoted or not) it is an
    unknown value shown as written: never a placeholder's literal text (FL104) nor the reader's stand-in."""
    step = ("on: push\njobs:\n  l:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n"
            "          curl -X POST https://api.mypurecloud.com/api/v2/flows/executions \\\n"
            "            -H 'Content-Type: application/json' --data-binary @- " + opening + "\n"
            "          {\"flowId\": \"${{ vars.FLOW_ID }}\", \"inputdata\": {\"Flow.s\": \"it's\", \"Flow.n\": \"${{ github.run_id }}\"}}\n"
            "          JSON\n"
            "          echo '${{ vars.X }}'\n")
    (request,) = github_actions.extract(step)
    assert isinstance(request.body, dict) and isinstance(request.body["flowId"], Unknown), request.body
    assert request.body["flowId"].source == "${{ vars.FLOW_ID }}"
    _write(tmp_path, _WORKFLOW, step)
    found = [d for d in diagnostics("--no-cache", _WORKFLOW) if d["code"] != "FL200"]
    assert codes(found) == ["FL102"] and "inputdata" in found[0]["message"], found


@pytest.mark.parametrize(("name", "hole"), HOLES)
def test_a_services_template_syntax_in_a_quoted_here_document_is_an_unknown_value(tmp_path: Path, name: str,
                                                                                    hole: str) -> None:
    """The service fills its template in before the shell runs, quoted here-document or not (`$(f)`: too narrow for
    the reader's `{{$…}}` hole, a `{{}}` variable): never its stand-in's literal text read as a flow ID."""
    indent = " " * (12 if name == ".circleci/config.yml" else 6)
    for body, found_codes in ((f'{{"flowId": {hole}}}', []), (f'{{"flowId": {hole}, "flowVersoin": "1.0"}}', ["FL102"])):
        script = (_launch("").replace("-d ''", "-d @- <<'JSON'") + f"\n{indent}{body}\n{indent}JSON")
        _write(tmp_path, name, _pipeline(name, script))
        found = [d for d in diagnostics("--no-cache", name) if d["code"] != "FL200"]
        assert codes(found) == found_codes, found


def test_an_arithmetic_shift_opens_no_here_document() -> None:
    """`$((1<<2))` shifts a number: the single-quoted body after it keeps its expression an unknown value."""
    step = ("on: push\njobs:\n  l:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n"
            "          N=$((1<<2))\n          " + _launch('{"flowId": "${{ vars.FLOW_ID }}"}') + "\n")
    (request,) = github_actions.extract(step)
    assert isinstance(request.body, dict) and isinstance(request.body["flowId"], Unknown), request.body


def test_a_circleci_windows_executor_given_bash_runs_its_steps_in_bash(tmp_path: Path) -> None:
    """`executor: {name: win/default, shell: bash.exe}`: Git Bash runs its steps, read as bash (before, each was taken
    for PowerShell's and left unread: an FL011 note, its launch unchecked)."""
    text = (f"version: 2.1\norbs:\n  win: circleci/windows@5.0\njobs:\n  l:\n    executor:\n      name: win/default\n"
            f"      shell: bash.exe\n    steps:\n      - run: |\n          {_BASH_CURL}\n")
    _write(tmp_path, ".circleci/config.yml", text)
    found = [d for d in diagnostics("--no-cache", ".circleci/config.yml") if d["code"] != "FL200"]
    assert codes(found) == ["FL102"], found


def test_a_circleci_executors_definition_is_searched_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Many jobs naming one long executor definition: whether it is Windows's is looked for once, not once per job
    (counted, not timed)."""
    searched: list[int] = []
    pattern = github_actions._WINDOWS_RUNNER

    class Counted:
        def search(self, text: str, pos: int = 0, endpos: int | None = None) -> object:
            searched.append((len(text) if endpos is None else endpos) - pos)
            return pattern.search(text, pos, len(text) if endpos is None else endpos)

    monkeypatch.setattr(github_actions, "_WINDOWS_RUNNER", Counted())
    definition = "    machine:\n      image: windows-server-2022-gui:current\n" + "    # padding\n" * 2000
    jobs = "".join(f"  j{i}:\n    executor: win\n    steps:\n      - run: echo {i}\n" for i in range(300))
    text = f"version: 2.1\nexecutors:\n  win:\n{definition}jobs:\n{jobs}"
    foreign = github_actions.foreign_scripts(text, ci=True)
    assert len(foreign) == 300 and "executor" in foreign[0][2]  # reached: each job's step is PowerShell's
    assert sum(searched) <= 3 * len(text)
