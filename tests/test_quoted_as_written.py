"""A note quotes the user's own text, never a reader's stand-in for it: a CI service's `${{ … }}` or `$(macro)`,
written as a blank of the same width while the shell reader reads the script (`${__0___}`, `{{$__1__}}`, `${_}`), is
quoted as the workflow writes it, whether it is the unknown value itself, inside a longer unknown body
(`$(jq --arg f "${{ vars.FLOW_ID }}" …)`), or in a note the reader wrote (the gc CLI's body file's name)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import check_file

_SEND = ("curl -sS -X POST https://api.mypurecloud.com/api/v2/flows/executions -H 'Content-Type: application/json' \\\n"
         "            ")


def _workflow(line: str) -> str:
    return ("name: launch\non: [workflow_dispatch]\njobs:\n  launch:\n    runs-on: ubuntu-latest\n    steps:\n"
            f"      - run: |\n          {line}\n")


@pytest.mark.parametrize(("name", "text", "written"), [
    (".github/workflows/launch.yml",
     _workflow("BODY=$(jq -n --arg f \"${{ vars.FLOW_ID }}\" --arg r \"${{ github.sha }}\" '{flowId: $f, inputData: "
               "{\"Flow.release\": $r}}')\n          " + _SEND + "--data \"$BODY\""),
     "$(jq -n --arg f \"${{ vars.FLOW_ID }}\" --arg r \"${{ github.sha }}\""),
    (".github/workflows/launch.yml", _workflow(_SEND + "--data \"$(jq -n '{flowId: \"${{x}}\"}')\""),
     "$(jq -n '{flowId: \"${{x}}\"}')"),
    ("azure-pipelines.yml",
     "trigger: none\nsteps:\n  - script: |\n      " + _SEND + "--data \"$(jq -n --arg f \"$(F)\" '{flowId: $f}')\"\n",
     "$(jq -n --arg f \"$(F)\" '{flowId: $f}')"),
    (".github/workflows/launch.yml", _workflow("gc flows executions create --file \"launch-${{ matrix.env }}.json\""),
     "launch-${{ matrix.env }}.json"),
])
def test_a_note_quotes_the_files_own_text_never_a_stand_in(tmp_path: Path, name: str, text: str, written: str) -> None:
    (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
    notes = [d for d in check_file(tmp_path, name, text, "-v") if d["code"] == "FL011"]
    assert len(notes) == 1 and written in notes[0]["message"]  # reached: the note quotes the expression
    assert "__0" not in notes[0]["message"] and "${_}" not in notes[0]["message"] and "{{$" not in notes[0]["message"]
