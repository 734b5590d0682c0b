"""A file of N launches sent to a near miss of the launch path (FL308) costs work linear in them (review F10): each
fix setting the URL read every launch of the file again to prove it sends to the new URL, so N fixes read the file N
times (200 fetches: 13.5 s, against 0.6 s for 200 launches with a body fix each). The fixes of a file's launches are
proven together (LaunchProofs: one reading of the file with every fix made), which now checks the URL each fix sets
too. Counted in the Python lines the JavaScript reader runs (a trace hook), never timed."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from validator.checker import engine
from validator.core.diagnostics import Fix, SetUrl
from validator.rules import request as request_rules

from conftest import flowlint, lines_run

FLOW = "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90"
NEAR_MISS = "https://api.mypurecloud.com/api/v2/flow/executions"
READER_MODULE = str(Path("validator", "sources", "javascript.py"))


@pytest.fixture(autouse=True)
def _every_finding_listed(monkeypatch: pytest.MonkeyPatch) -> None:
    """The listing cap (at most 20 findings of a rule a file, the rest in an FL008 note: test_file_finding_cap.py)
    lifted: what this file pins is each launch's fix rendered and offered, seen in the report of every launch."""
    monkeypatch.setattr(engine, "MAX_PER_KIND", 1_000_000)


def _launches(n: int) -> str:
    return "".join(f"await fetch('{NEAR_MISS}', {{method: 'POST', headers: {{'Content-Type': 'application/json'}}, "
                   f"body: JSON.stringify({{flowId: '{FLOW}', name: 'n{i}'}})}});\n" for i in range(n))


def _url_fixes(path: Path) -> list[Any]:
    """The fix of each FL308 a check of the file shows (None: help only)."""
    shown = json.loads(flowlint("check", "--no-cache", "--format", "json", str(path)).stdout)["diagnostics"]
    return [d["fix"] for d in shown if d["code"] == "FL308"]


def _reader_lines(path: Path) -> int:
    """The Python lines the JavaScript reader runs in a check of the file."""
    return lines_run("check", "--no-cache", "--format", "json", str(path), module=READER_MODULE)[0]

def test_the_url_fixes_of_many_launches_cost_work_linear_in_them(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    counts: list[int] = []
    for size in (20, 20, 40, 80):  # (the first run: its first-use imports)
        path = tmp_path / f"{size}-{len(counts)}.js"
        path.write_text(_launches(size))
        fixes = _url_fixes(path)
        # reached: each launch's URL fix rendered, proven and offered
        assert len(fixes) == size and all(fix is not None and fix["edits"] for fix in fixes), fixes[:2]
        assert all([edit["content"] for edit in fix["edits"]] == ["s"] for fix in fixes), fixes[:2]  # (flow -> flows)
        counts.append(_reader_lines(path))
    _, one, two, four = counts
    assert two > one
    # linear: twice the launches, twice the lines (each fix read every launch again: ~4×)
    assert four - two <= 2.3 * (two - one), counts


@pytest.mark.parametrize("launches", [1, 3])
def test_a_url_fix_whose_edit_does_not_send_to_its_url_is_not_offered(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                      launches: int) -> None:
    """Proven alone (one launch) or with the file's other launches' fixes (LaunchProofs): a fix that says it sends to a
    URL its edit does not write as sent (`execu\\x74ions`, read as `executions`) is help only, never an edit."""
    made = request_rules._path_fix
    calls: list[int] = []

    def escaped(*args: Any) -> Fix | None:
        calls.append(1)
        fix = made(*args)
        assert fix is not None and isinstance(fix.operations[0], SetUrl)  # reached: a URL fix made
        operation = fix.operations[0]
        return Fix(fix.applicability, fix.message,
                   (SetUrl(operation.written, operation.url.replace("executions", "execu\\x74ions")),))

    monkeypatch.setattr(request_rules, "_path_fix", escaped)
    path = tmp_path / "launch.js"
    path.write_text(_launches(launches))
    fixes = _url_fixes(path)
    assert len(fixes) == launches and calls  # reached: each launch's FL308, its fix made
    assert all(fix is None or not fix["edits"] for fix in fixes), fixes
