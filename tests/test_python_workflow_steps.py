"""A GitHub workflow's `run:` step given `shell: python` (or `python3 {0}`, on a job's `defaults: run: shell:`) runs its
script in Python: read by the Python reader, at its place in the workflow (review R20). Before, the step was only
said to run in no POSIX shell (FL011), its wrong launch never judged."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import UUID, check_file, codes

URL = "https://api.mypurecloud.com/api/v2/flows/executions"
SCRIPT = (f'import requests\nrequests.post("{URL}", json={{"flowId": "{UUID}", "inputData": '
          '{"Flow.customerName": "Ann", "Flow.orderCount": "1"}})\n')


def _indented(script: str, spaces: int) -> str:
    return "".join(" " * spaces + line for line in script.splitlines(keepends=True))


@pytest.mark.parametrize("shell", ["shell: python", "shell: python3 {0}", "defaults"])
def test_a_python_steps_launch_is_read_at_its_place(tmp_path: Path, shell: str) -> None:
    defaults = "    defaults:\n      run:\n        shell: python\n" if shell == "defaults" else ""
    own = "" if shell == "defaults" else f"        {shell}\n"
    text = (f"on: push\njobs:\n  l:\n    runs-on: ubuntu-latest\n{defaults}    steps:\n      - name: launch\n{own}"
            f"        run: |\n{_indented(SCRIPT, 10)}")
    (tmp_path / ".github" / "workflows").mkdir(parents=True)
    found = check_file(tmp_path, ".github/workflows/l.yml", text)
    assert codes(found) == ["FL204"], found
    line = text.splitlines()[found[0]["line"] - 1]
    assert line[found[0]["column"] - 1:].startswith('"1"')


def test_a_pwsh_step_is_still_not_read(tmp_path: Path) -> None:
    text = (f"on: push\njobs:\n  l:\n    runs-on: ubuntu-latest\n    steps:\n      - shell: pwsh\n        run: |\n"
            f"{_indented(SCRIPT, 10)}")
    (tmp_path / ".github" / "workflows").mkdir(parents=True)
    found = check_file(tmp_path, ".github/workflows/l.yml", text)
    assert codes(found) == ["FL011"] and "pwsh" in found[0]["message"], found
