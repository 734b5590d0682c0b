"""Shell reach: a curl a remote shell runs (`ssh host <<'EOF'`), Python a shell runs (`python3 - <<'EOF'`, `python -c
'…'`) are read as the launches they are when their text is exact (no expansion of the outer shell in it); else they
stay noted (FL011), never guessed. A `${NAME:-literal}` default of a secret's name is a written secret (FL305) and
otherwise unknown; a `-F` form part's value stops at its `;type=`/`;filename=`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from validator.sources import curl

from conftest import check_file, flowlint

FLOW = "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90"
WRONG = '{"flowId": "%s", "type": "flow"}' % FLOW  # FL101 at `type`
CURL = ("curl -X POST https://api.mypurecloud.com/api/v2/flows/executions -H 'Content-Type: application/json' "
        "-H \"Authorization: Bearer $TOKEN\" -d '%s'" % WRONG)
PYTHON = ("import requests\nrequests.post('https://api.mypurecloud.com/api/v2/flows/executions',\n"
          "              headers={'Authorization': 'Bearer ' + token}, json={'flowId': '%s', 'type': 'flow'})\n" % FLOW)
SECRET = "Zq8vLr2KpT9xWm4Nc7Yb1Hd6Fs3Ja5Ge0Ui"


def where(script: str, text: str) -> tuple[int, int]:
    """The line and column of the first `text` in the script."""
    before = script[:script.index(text)]
    return before.count("\n") + 1, len(before) - (before.rfind("\n") + 1) + 1


def found(tmp_path: Path, script: str, name: str = "run.sh") -> list[tuple[str, int, int]]:
    return [(d["code"], d["line"], d["column"]) for d in check_file(tmp_path, name, script, contract_findings=False)]


@pytest.mark.parametrize("opening", ["ssh deploy@bastion.example.com <<'EOF'", "ssh -i ~/.ssh/id -p 2222 ops@10.0.0.4 <<'EOF'",
                                     "ssh -o StrictHostKeyChecking=no host bash -s <<'EOF'", "ssh -T host <<-'EOF'"])
def test_a_curl_a_remote_shell_runs_is_read(tmp_path: Path, opening: str) -> None:
    script = f"#!/bin/sh\n{opening}\n\tset -e\n\t{CURL}\nEOF\n"
    assert found(tmp_path, script) == [("FL101", *where(script, '"type"'))]


@pytest.mark.parametrize("opening", ["ssh host cat > launch.sh <<'EOF'", "ssh host tee /tmp/x <<'EOF'", "ssh <<'EOF'"])
def test_a_document_ssh_does_not_run_stays_noted(tmp_path: Path, opening: str) -> None:
    script = f"{opening}\n{CURL}\nEOF\n"
    assert [code for code, _, _ in found(tmp_path, script)] == ["FL011"]


@pytest.mark.parametrize("opening", ["python3 - <<'EOF'", "python <<'PY'", "/usr/bin/env python3 - <<'EOF'",
                                     "python3 -u - <<\"EOF\"", "python3 <<EOF", "python3 - --flow x <<'EOF'",
                                     "python3 2>/dev/null - <<'EOF'", "python3 > out.log - <<'EOF'"])
def test_python_a_here_document_gives_the_interpreter_is_read(tmp_path: Path, opening: str) -> None:
    end = opening.rsplit("<<", 1)[1].strip("'\"")
    script = f"#!/bin/bash\ntoken=x\n{opening}\ntoken = 'abc'\n{PYTHON}{end}\n"
    assert found(tmp_path, script) == [("FL101", *where(script, "'type'"))]


def test_python_given_by_dash_c_is_read(tmp_path: Path) -> None:
    code = PYTHON.replace("\n", "; ", 1).replace("'", '"')
    script = f"#!/bin/bash\npython3 -c 'token = \"t\"; {code}'\n"
    assert found(tmp_path, script) == [("FL101", *where(script, '"type"'))]


@pytest.mark.parametrize("script", [
    f"python3 - <<EOF\ntoken = '$TOKEN'\n{PYTHON}EOF\n",  # the outer shell expands $TOKEN: not exact
    f"python3 -c \"token = '$TOKEN'; {PYTHON.replace(chr(10), ' ')}\"\n",
    f"python3 launch.py <<'EOF'\n{PYTHON}EOF\n",  # stdin is a script's data, not its code
])
def test_python_that_is_not_exact_stays_noted(tmp_path: Path, script: str) -> None:
    assert [code for code, _, _ in found(tmp_path, script)] == ["FL011"]


def test_python_in_a_markdown_shell_block_is_read_at_its_place(tmp_path: Path) -> None:
    doc = f"# Run\n\n```sh\npython3 - <<'EOF'\ntoken = 'abc'\n{PYTHON}EOF\n```\n"
    assert found(tmp_path, doc, "README.md") == [("FL101", *where(doc, "'type'"))]


@pytest.mark.parametrize("line", [
    f'CLIENT_SECRET="${{GENESYS_CLIENT_SECRET:-{SECRET}}}"',
    f"export GENESYSCLOUD_OAUTHCLIENT_SECRET=${{GENESYSCLOUD_OAUTHCLIENT_SECRET:-{SECRET}}}",
    f'curl -s -u "$CLIENT_ID:${{CLIENT_SECRET:-{SECRET}}}" https://login.mypurecloud.com/oauth/token -d grant_type=client_credentials',
])
def test_a_secret_s_default_is_a_written_secret(tmp_path: Path, line: str) -> None:
    script = f"{line}\n{CURL}\n"
    said = [d for d in check_file(tmp_path, "run.sh", script) if d["code"] == "FL305"]
    assert [(d["line"], d["column"], d["end_column"]) for d in said] == [
        (1, where(script, SECRET)[1], where(script, SECRET)[1] + len(SECRET))]
    result = flowlint("check", "--no-color", str(tmp_path / "run.sh"))
    assert "FL305" in result.output and SECRET not in result.output


@pytest.mark.parametrize("line", [
    f'REGION="${{GENESYS_REGION:-{SECRET}}}"',  # not a secret's name: its default is no secret
    'CLIENT_SECRET="${CLIENT_SECRET:-changeme}"',  # a placeholder
    'CLIENT_SECRET="${CLIENT_SECRET:-$OTHER}"',
    'CLIENT_SECRET="${CLIENT_SECRET:?set CLIENT_SECRET}"',  # an error message, no default
])
def test_other_defaults_are_no_secret(tmp_path: Path, line: str) -> None:
    script = f"{line}\n{CURL}\n"
    assert [code for code, _, _ in found(tmp_path, script)] == ["FL101"]  # reached: the launch is read


def test_a_default_leaves_the_value_unknown(tmp_path: Path) -> None:
    script = ("curl -X POST https://api.mypurecloud.com/api/v2/flows/executions -H 'Content-Type: application/json' "
              "-H \"Authorization: Bearer $TOKEN\" -d '{\"flowId\": \"'\"${FLOW_ID:-not-a-flow-id}\"'\"}'\n")
    assert found(tmp_path, script) == []


@pytest.mark.parametrize("attribute", [";type=text/plain", ";filename=secret.txt", ";headers=\"X-A: b\""])
def test_a_form_part_s_value_stops_at_its_attributes(tmp_path: Path, attribute: str) -> None:
    script = (f"curl -X POST https://login.mypurecloud.com/oauth/token -F grant_type=client_credentials "
              f"-F 'client_secret={SECRET}{attribute}'\n{CURL}\n")
    said = [d for d in check_file(tmp_path, "run.sh", script) if d["code"] == "FL305"]
    column = where(script, SECRET)[1]
    assert [(d["line"], d["column"], d["end_column"]) for d in said] == [(1, column, column + len(SECRET))]


def test_remote_and_python_scripts_are_read_in_linear_work(monkeypatch: pytest.MonkeyPatch) -> None:
    """Many here-documents for ssh and python, and `-c` words: the characters the shell reader and the Python parser
    are given grow as the script does (each document read once, never the script again per document)."""
    from validator.sources import code, extract

    given: list[int] = []
    real_commands, real_parsed = curl.commands, code.parsed

    def commands(text: str, *args: Any, **kwargs: Any) -> list[curl.Command]:
        given.append(len(text))
        return real_commands(text, *args, **kwargs)

    def parsed(kind: str, text: str) -> Any:
        given.append(len(text))
        return real_parsed(kind, text)

    monkeypatch.setattr(curl, "commands", commands)
    monkeypatch.setattr(code, "parsed", parsed)
    counts = []
    for copies in (50, 100):
        given.clear()
        script = f"ssh h <<'EOF'\n{CURL}\nEOF\npython3 - <<'EOF'\n{PYTHON}EOF\npython3 -c 'x = 1'\n" * copies
        requests = extract.extract("shell", script, "run.sh")
        assert len(requests) == 2 * copies  # reached: each curl and each Python launch read
        counts.append(sum(given))
    assert counts[1] <= 2.1 * counts[0], counts


WORKFLOW = """name: launch
on: push
jobs:
  go:
    runs-on: ubuntu-latest
    steps:
      - run: |
          python3 - <<'EOF'
          import requests
          token = "x"
          requests.post("https://api.mypurecloud.com/api/v2/flows/executions", headers={"Authorization": "Bearer " + token},
                        json={"flowId": "%s", "type": "flow"})
          EOF
""" % FLOW


def test_python_in_a_workflow_step_is_read_at_its_place(tmp_path: Path) -> None:
    (tmp_path / ".github" / "workflows").mkdir(parents=True)
    assert found(tmp_path, WORKFLOW, ".github/workflows/go.yml") == [("FL101", *where(WORKFLOW, '"type"'))]


def test_python_holding_a_github_expression_is_not_read(tmp_path: Path) -> None:
    (tmp_path / ".github" / "workflows").mkdir(parents=True)
    text = WORKFLOW.replace('token = "x"', 'token = "${{ secrets.TOKEN }}"')
    assert [code for code, _, _ in found(tmp_path, text, ".github/workflows/go.yml")] == ["FL011"]
