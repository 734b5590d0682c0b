"""At most 20 findings of one rule are listed per file, the rest counted in one FL008 note a rule (docs/limits.md), for
every file: a code or request file's launches too, not only a payload's (review R25: a 1 MB generated shell script gave
64,000 findings, 70 MB of SARIF, a 660 MB peak). The cap is on what is reported, after the file's suppressions are
decided (a suppression of a finding past the cap is still used); --fix still fixes every launch."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from conftest import flowlint

LINE = ("curl -X POST https://myorg.mypurecloud.ie/api/v2/flows/executions -d '{\"flowID\": 1, \"inputs\": 2, "
        "\"type\": 3, \"data\": 4, \"payload\": 5}'\n")
FLOW = "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90"
UNKNOWN_FLOW = "c0ffee00-1234-4abc-8def-0123456789ab"  # (no contract in any store)
PY_LINE = ("requests.post('https://api.mypurecloud.com/api/v2/flows/executions', json={{'flowId': '" + FLOW + "', "
           "'inputs': {{'Flow.priority': '{n}'}}}})\n")
_MORE = re.compile(r"([\d,]+) more (FL\d{3}) ")


def _check(path: Path, *args: str) -> tuple[int, dict[str, Any]]:
    result = flowlint("check", "--no-cache", "--format", "json", *args, str(path))
    assert result.exit_code in (0, 1), result.output
    return result.exit_code, json.loads(result.stdout)


def _stands_for(diagnostics: list[dict[str, Any]]) -> Counter[str]:
    """Each rule's findings a capped report stands for: those listed and those its FL008 notes count."""
    counts: Counter[str] = Counter(d["code"] for d in diagnostics if d["code"] != "FL008")
    for note in (d for d in diagnostics if d["code"] == "FL008"):
        more = _MORE.match(note["message"])
        assert more is not None, note
        counts[more.group(2)] += int(more.group(1).replace(",", ""))
    return counts


@pytest.mark.parametrize(("name", "text", "launches"), [
    ("dense.sh", LINE * 60, 240),  # (four FL101 a line: inputs, type, data, payload)
    ("many.py", "import requests\n" + "".join(PY_LINE.format(n=n) for n in range(60)), 60),
    ("many.http", "".join(f"### {n}\nPOST https://api.mypurecloud.com/api/v2/flows/executions\nContent-Type: "
                          f"application/json\n\n{{\"flowID\": \"{FLOW}\", \"inputs\": {{}}}}\n\n" for n in range(60)), 60),
])
def test_a_file_of_many_launches_lists_20_findings_of_a_rule(tmp_path: Path, name: str, text: str, launches: int) -> None:
    """`launches`: the FL101 findings the file holds (an `inputs` member in each launch's body)."""
    path = tmp_path / name
    path.write_text(text)
    _, report = _check(path)
    found = report["diagnostics"]
    listed = Counter(d["code"] for d in found)
    assert listed["FL101"] == 20 and all(n <= 20 for code, n in listed.items() if code != "FL008"), listed
    assert _stands_for(found)["FL101"] == launches  # reached: every launch read, each one listed or counted
    assert listed["FL008"] == sum(1 for n in _stands_for(found).values() if n > 20)  # one note a capped rule
    summary = report["summary"]
    assert summary["errors"] + summary["warnings"] + summary["infos"] == len(found)  # (what is listed is counted)


def test_the_cap_bounds_the_sarif_of_a_generated_script(tmp_path: Path) -> None:
    path = tmp_path / "dense.sh"
    path.write_text(LINE * 400)
    result = flowlint("check", "--no-cache", "--format", "sarif", str(path))
    results = json.loads(result.stdout)["runs"][0]["results"]
    assert 20 < len(results) <= 8 * 21, len(results)  # (3,200 before: eight mistakes a line)


def test_a_suppression_past_the_cap_is_still_used(tmp_path: Path) -> None:
    path = tmp_path / "dense.sh"
    path.write_text(LINE * 50 + "# flowlint: ignore[FL302]\n" + LINE)
    _, report = _check(path)
    codes = Counter(d["code"] for d in report["diagnostics"])
    assert codes["FL302"] == 20 and codes["FL008"]  # reached: capped
    assert not codes["FL009"]  # (its FL302 found, then suppressed, though past the cap)
    assert _stands_for(report["diagnostics"])["FL302"] == 50


def test_fix_still_fixes_every_launch_past_the_cap(tmp_path: Path) -> None:
    path = tmp_path / "dense.sh"
    line = (f"curl -X POST https://api.mypurecloud.com/api/v2/flows/executions -H 'Content-Type: application/json' -d "
            f"'{{\"flowID\": \"{FLOW}\", \"inputs\": {{\"Flow.customerName\": \"x\"}}}}'\n")
    path.write_text(line * 40)
    _, before = _check(path)
    assert Counter(d["code"] for d in before["diagnostics"])["FL102"] == 20  # reached: capped, its safe fix each
    result = flowlint("check", "--no-cache", "--format", "json", "--fix", str(path))
    assert result.exit_code == 1, result.output
    fixed = path.read_text()
    assert fixed.count('"flowId"') == 40 and '"flowID"' not in fixed, fixed[:300]  # (FL102's rename, every line)
    left = Counter(d["code"] for d in json.loads(result.stdout)["diagnostics"])
    assert left["FL101"] == 20 and left["FL102"] == 0 and left["FL008"] == 1, left  # (FL101's fix: unsafe, left)


def test_a_note_about_a_flow_said_once_a_run_is_not_capped(tmp_path: Path) -> None:
    """FL200 (no contract for the flow) is given by each launch of the flow and said once a run: it is not the file's
    to count (capped first, the note counted 20 more FL200 the run then never listed, nor would have)."""
    path = tmp_path / "many.sh"
    path.write_text("".join(f"curl -X POST https://api.mypurecloud.com/api/v2/flows/executions -H 'Content-Type: "
                            f"application/json' -d '{{\"flowId\": \"{UNKNOWN_FLOW}\", \"inputData\": {{\"Flow.n\": \"{n}\"}}}}'\n"
                            for n in range(40)))
    _, report = _check(path)
    assert [d["code"] for d in report["diagnostics"]] == ["FL200"], report["diagnostics"]  # reached: the launches read
