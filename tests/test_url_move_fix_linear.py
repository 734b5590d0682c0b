"""FL106's two-step fix (the launch URL set back to /api/v2/flows/executions, then the flow ID added to the body) costs
work linear in a file's launches, in `check` and in `--fix` (200 curl lines: 9.9 s; 100: 2.8 s): the URL's edit left
the launch to be read again from the whole edited file before the body's edit, so each fix read every launch. The
launch after the URL's edit is now known from the one edit (the body's place moved by its length change), and the
fix is proven as before. Counted in the Python lines the shell reader runs (a trace hook), never timed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from validator.checker import engine

from conftest import lines_run

FLOW = "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90"
READER_MODULE = str(Path("validator", "sources", "curl.py"))


@pytest.fixture(autouse=True)
def _every_finding_listed(monkeypatch: pytest.MonkeyPatch) -> None:
    """The listing cap (at most 20 findings of a rule a file, the rest in an FL008 note: test_file_finding_cap.py)
    lifted: what this file pins is each launch's fix rendered and offered, seen in the report of every launch."""
    monkeypatch.setattr(engine, "MAX_PER_KIND", 1_000_000)


def _launches(n: int) -> str:
    return "".join(f"curl -X POST https://api.mypurecloud.com/api/v2/flows/{FLOW}/executions -H 'Content-Type: "
                   f"application/json' -H \"Authorization: Bearer $T\" -d '{{\"inputData\": {{\"Flow.customerName\": "
                   f"\"n{i}\"}}}}'\n" for i in range(n))


@pytest.mark.parametrize("fixing", [False, True])
def test_the_flow_id_moves_of_many_launches_cost_work_linear_in_them(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                    fixing: bool) -> None:
    monkeypatch.chdir(tmp_path)
    counts: list[int] = []
    for size in (10, 10, 20, 40):  # (the first run: its first-use imports)
        path = tmp_path / f"{size}-{len(counts)}.sh"
        path.write_text(_launches(size))
        args = ("check", "--no-cache", "--format", "json", *(("--fix",) if fixing else ()), str(path))
        lines, result = lines_run(*args, module=READER_MODULE)
        found = json.loads(result.stdout)["diagnostics"]
        if fixing:  # reached: every launch fixed (only the note that no contract is known is left)
            fixed = path.read_text()
            assert [d["code"] for d in found] == ["FL200"], found
            assert fixed.count(f'"flowId": "{FLOW}"') == size and f"{FLOW}/executions" not in fixed, fixed[:400]
        else:  # reached: each launch's FL106 with its fix rendered and proven
            moves = [d for d in found if d["code"] == "FL106"]
            assert len(moves) == size and all(d["fix"] and d["fix"]["edits"] for d in moves), found[:1]
        counts.append(lines)
    _, one, two, four = counts
    assert two > one
    # linear: twice the launches, twice the lines (each fix read every launch again: ~4x)
    assert four - two <= 2.3 * (two - one), counts
