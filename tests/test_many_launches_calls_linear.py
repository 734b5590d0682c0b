"""A file's check costs work linear in its launches, in every source kind that holds many: the Python calls (functions
and built-ins) a `--format json` check makes, its fixes rendered and proven, grow by the same amount from N to 2N
launches as from 2N to 4N, less a margin (a per-launch step that read the file again, or every launch before it,
would make the second step about twice the first). Counted with a profile hook, never timed."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any

import pytest

from conftest import flowlint

FLOW = "5d0c8a3e-2b1f-4e6a-9c7d-8e1f2a3b4c5d"  # no contract in the repository's store: only the envelope is judged
STEPS = 6  # launches of the smallest file (then 2x and 4x)


def _artillery(n: int) -> str:
    steps = "".join(f"      - post:\n          url: /api/v2/flows/executions\n"
                    f"          json: {{flowId: '{FLOW}', inputs: {{a: {i}}}}}\n" for i in range(n))
    return f"config:\n  target: https://api.mypurecloud.com\nscenarios:\n  - flow:\n{steps}"


def _javascript(n: int) -> str:
    return "".join(f"""
export async function launch{i}(token) {{
  const response = await fetch('https://api.mypurecloud.com/api/v2/flows/executions', {{
    method: 'POST',
    headers: {{ Authorization: `Bearer ${{token}}`, 'Content-Type': 'application/json' }},
    body: JSON.stringify({{ flowId: '{FLOW}', inputs: {{ a: {i} }} }}),
  }});
  return response.json();
}}
""" for i in range(n))


def _python(n: int) -> str:
    return "import requests\n" + "".join(f"""

def launch_{i}(token):
    body = {{"flowId": "{FLOW}", "inputs": {{"a": {i}}}}}
    return requests.post("https://api.mypurecloud.com/api/v2/flows/executions", json=body,
                         headers={{"Authorization": f"Bearer {{token}}"}})
""" for i in range(n))


def _http(n: int) -> str:
    return "".join(f"""### launch {i}
POST https://api.mypurecloud.com/api/v2/flows/executions
Content-Type: application/json

{{"flowId": "{FLOW}", "inputs": {{"a": {i}}}}}

""" for i in range(n))


def _shell(n: int) -> str:
    return "#!/bin/sh\n" + "".join(
        f"curl -sS -X POST https://api.mypurecloud.com/api/v2/flows/executions -H 'Content-Type: application/json' "
        f"-d '{{\"flowId\": \"{FLOW}\", \"inputs\": {{\"a\": {i}}}}}'\n" for i in range(n))


SOURCES: list[tuple[str, Callable[[int], str]]] = [("load.yml", _artillery), ("launch.js", _javascript),
                                                    ("launch.py", _python), ("launch.http", _http), ("launch.sh", _shell)]


def _calls(path: Path) -> tuple[int, int]:
    """(the calls a `--format json` check of the file makes, the launches whose fix it rendered)."""
    count = 0

    def hook(_frame: FrameType, event: str, _arg: Any) -> None:
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    sys.setprofile(hook)
    try:
        result = flowlint("check", "--no-cache", "--format", "json", str(path))
    finally:
        sys.setprofile(None)
    fixed = [d for d in json.loads(result.stdout)["diagnostics"] if d["fix"] is not None and d["fix"]["edits"]]
    return count, len(fixed)


@pytest.mark.parametrize(("name", "make"), SOURCES, ids=[name for name, _ in SOURCES])
@pytest.mark.usefixtures("every_finding_listed")
def test_a_files_check_makes_calls_linear_in_its_launches(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, make: Callable[[int], str]) -> None:
    monkeypatch.chdir(tmp_path)
    counts: list[int] = []
    for size in (STEPS, STEPS, 2 * STEPS, 4 * STEPS):  # (the first run: its first-use imports and once-a-process notes)
        path = tmp_path / f"{size}-{len(counts)}" / name
        path.parent.mkdir()
        path.write_text(make(size))
        calls, fixed = _calls(path)
        assert fixed == size  # reached: every launch read, and its fix (`inputs` moved to `inputData`) rendered
        counts.append(calls)
    _, one, two, four = counts
    assert two > one  # (more launches: more calls)
    assert four - two <= 2.15 * (two - one), counts  # linear: twice the launches again, twice the calls (2.00-2.01)
