"""Every launch's fixes are offered however many launches come before it, and --fix of N launches sent to a near miss
of the launch path (FL308) costs work linear in them (review2 F10).

A fix setting a launch's URL was rendered by writing the whole edited file (and, in --fix, proven alone by reading
every launch of it again): each counted against the file's rendering budget (RENDER_BUDGET over the file's size), so
past it the last launches' FL308 *and FL203* fixes became help only with nothing said (376 of 400 curl lines), and
--fix read the file once per fix (100 lines 3.6 s, 200 13.7 s, 400 50 s). Such a fix is now one replacement at the
URL's known span, made without writing the file, and proven with the file's other fixes: by LaunchProofs in a check,
by the pass's one reading of the edited file in --fix (which checks each URL a fix sets). Counted in the Python lines
the file's reader runs (a trace hook), never timed."""

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
NEAR_MISS = "https://api.mypurecloud.com/api/v2/flows/exucutions"
CURL_MODULE = str(Path("validator", "sources", "curl.py"))
JS_MODULE = str(Path("validator", "sources", "javascript.py"))


@pytest.fixture(autouse=True)
def _every_finding_listed(monkeypatch: pytest.MonkeyPatch) -> None:
    """The listing cap (at most 20 findings of a rule a file, the rest in an FL008 note: test_file_finding_cap.py)
    lifted: what this file pins is each launch's fix rendered and offered, seen in the report of every launch."""
    monkeypatch.setattr(engine, "MAX_PER_KIND", 1_000_000)


def _shell(n: int) -> str:
    return "".join(f"curl -X POST {NEAR_MISS} -H 'Content-Type: application/json' -H \"Authorization: Bearer $T\" "
                   f"-d '{{\"flowId\": \"{FLOW}\", \"inputData\": {{\"customerName\": \"n{i}\"}}}}'\n" for i in range(n))


def _javascript(n: int) -> str:
    return "".join(f"await fetch('{NEAR_MISS}', {{method: 'POST', headers: {{'Content-Type': 'application/json'}}, "
                   f"body: JSON.stringify({{flowId: '{FLOW}', inputData: {{customerName: 'n{i}'}}}})}});\n" for i in range(n))


def _shown(path: Path) -> list[dict[str, Any]]:
    result = flowlint("check", "--no-cache", "--format", "json", str(path))
    assert result.exit_code == 1, result.output
    return json.loads(result.stdout)["diagnostics"]  # type: ignore[no-any-return]


def test_the_400th_launch_has_its_fixes(tmp_path: Path) -> None:
    path = tmp_path / "launch.sh"
    path.write_text(_shell(400))
    shown = _shown(path)
    by_code = {code: [d for d in shown if d["code"] == code] for code in ("FL308", "FL203")}
    assert [len(found) for found in by_code.values()] == [400, 400]  # reached: every launch read and judged
    for found in by_code.values():
        assert all(d["fix"] is not None and d["fix"]["edits"] for d in found), [d["line"] for d in found if not d["fix"]]
    assert by_code["FL308"][399]["fix"]["edits"][0]["content"] == "e"  # (exucutions -> executions: the one letter)


@pytest.mark.parametrize(("name", "make"), [("launch.sh", _shell), ("launch.js", _javascript)])
def test_a_files_fixes_are_offered_past_the_rendering_budget(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, make: Any) -> None:
    """A budget of ten renderings that write the file: a launch's fixes made as one replacement each are not that."""
    text = make(30)
    monkeypatch.setattr(engine, "RENDER_BUDGET", 10 * len(text))
    path = tmp_path / name
    path.write_text(text)
    shown = _shown(path)
    assert {"FL203", "FL308"} <= {d["code"] for d in shown}
    fixed = [d for d in shown if d["code"] in ("FL203", "FL308")]
    assert len(fixed) == 60 and all(d["fix"] is not None and d["fix"]["edits"] for d in fixed), \
        [(d["line"], d["code"]) for d in fixed if not (d["fix"] and d["fix"]["edits"])]


@pytest.mark.parametrize(("name", "make", "module"), [("launch.sh", _shell, CURL_MODULE),
                                                       ("launch.js", _javascript, JS_MODULE)])
def test_fixing_many_launches_reads_the_file_a_few_times(tmp_path: Path, name: str, make: Any, module: str) -> None:
    counts: list[int] = []
    for size in (6, 6, 12, 24):  # (the first run: its first-use imports)
        path = tmp_path / f"{size}-{len(counts)}" / name
        path.parent.mkdir()
        path.write_text(make(size))
        lines, result = lines_run("check", "--no-cache", "--fix", str(path), module=module)
        assert result.exit_code == 0, result.output
        fixed = path.read_text()
        # reached: every launch's URL and input fixed
        assert fixed.count("/api/v2/flows/executions") == size and fixed.count("Flow.customerName") == size, fixed
        counts.append(lines)
    _, one, two, four = counts
    assert two > one
    # linear: twice the launches, twice the reader's lines (each fix read every launch again: ~4x)
    assert four - two <= 2.3 * (two - one), counts


@pytest.mark.parametrize("launches", [1, 3])
def test_fix_never_applies_a_url_edit_that_does_not_send_to_its_url(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, launches: int) -> None:
    """The pass proves a URL a fix sets by its one reading of the edited file: an edit that does not read as the URL
    its fix says (`execu\\x74ions` written, `executions` read) is never applied, and FL308 is still said."""
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
    path.write_text(_javascript(launches))
    result = flowlint("check", "--no-cache", "--fix", str(path))
    assert calls and result.exit_code == 1, result.output
    assert path.read_text().count("exucutions") == launches  # no URL edited
    assert path.read_text().count("Flow.customerName") == launches  # reached: the body's fixes were applied
    assert result.output.count("FL308") == launches
