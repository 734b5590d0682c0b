"""Rendering the fixes of a file with many launches traces where its launches are sent from once per file, and a
binding many launches' literals reach (a helper's parameter) once per text, not once per fix: counted, never timed.
The answers themselves are the per-fix tracing's (a helper whose parameter other code reads withholds every fix)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from validator.checker import engine
from validator.edits import code_editor

from conftest import counted_calls, flowlint

API = "https://api.mypurecloud.com/api/v2/flows/executions"
AUDIT = "https://audit.example.com/events"
LAUNCHES = 40
UUID = "0c7a9e52-3d41-4b8f-9e21-7f5a6b3c2d10"  # a flow with no contract: only the envelope's fixes


@pytest.fixture(autouse=True)
def _every_finding_listed(monkeypatch: pytest.MonkeyPatch) -> None:
    """The listing cap (at most 20 findings of a rule a file, the rest in an FL008 note: test_file_finding_cap.py)
    lifted: what this file pins is each launch's fix rendered and offered, seen in the report of every launch."""
    monkeypatch.setattr(engine, "MAX_PER_KIND", 1_000_000)


def _inline(count: int) -> str:
    """Launches each sending its own literal at the call, half with one operation to fix, half with two."""
    bodies = ("flowID: '{uuid}', inputData: {{}}", "flowId: '{uuid}', 'Flow.note': 'n', inputData: {{}}")
    return "".join(f"export const launch{n} = () => fetch('{API}', {{ method: 'POST', headers: "
                   f"{{ 'Content-Type': 'application/json' }}, body: JSON.stringify({{ "
                   f"{bodies[n % 2].format(uuid=UUID)} }}) }});\n" for n in range(count))


def _through(count: int, audited: bool) -> str:
    """Launches each handing its literal to one helper that sends it (its parameter also audited, or not)."""
    audit = f"  await fetch('{AUDIT}', {{ method: 'POST', body: JSON.stringify(payload) }});\n" if audited else ""
    helper = (f"async function send(payload) {{\n{audit}  return fetch('{API}', {{ method: 'POST', headers: "
              f"{{ 'Content-Type': 'application/json' }}, body: JSON.stringify(payload) }});\n}}\n")
    return helper + "".join(f"export const launch{n} = () => send({{ flowID: '{UUID}', inputData: {{}} }});\n"
                            for n in range(count))


@pytest.fixture(autouse=True)
def _in_tmp_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # no contract store


def _report(tmp_path: Path, text: str, name: str = "many.js") -> dict[str, Any]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = flowlint("check", "--no-cache", "--format", "json", str(path))
    assert result.exit_code == 1, result.output
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def _fixed(report: dict[str, Any]) -> list[dict[str, Any]]:
    return [d for d in report["diagnostics"] if d["code"] == "FL102" and (d.get("fix") or {}).get("edits")]


def test_where_a_files_launches_are_sent_from_is_found_once_per_file(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    sent_at = counted_calls(monkeypatch, code_editor, "_sent_at")
    report = _report(tmp_path, _inline(LAUNCHES))
    assert len(_fixed(report)) == LAUNCHES  # reached: every launch's fix rendered (one or two operations)
    # This launch's own places, per operation, and every launch's once for the file: not every launch's per fix.
    assert len(sent_at) <= 3 * LAUNCHES


def test_a_helpers_parameter_every_launch_reaches_is_traced_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    traced = counted_calls(monkeypatch, code_editor, "_identifiers")
    report = _report(tmp_path, _through(LAUNCHES, audited=False))
    assert len(_fixed(report)) == LAUNCHES  # reached: the parameter is read by the launch only, every fix is written
    assert 0 < len(traced) <= 4  # the helper's `payload` traced for the file's text, not for each launch's fix


def test_a_helpers_parameter_read_elsewhere_withholds_every_fix_however_often_it_is_asked(tmp_path: Path) -> None:
    report = _report(tmp_path, _through(LAUNCHES, audited=True))
    renamed = [d for d in report["diagnostics"] if d["code"] == "FL102"]
    assert len(renamed) == LAUNCHES and not _fixed(report)  # each launch's answer the first one's: withheld
    assert all("`payload` is also read on line 2" in json.dumps(d) for d in renamed)


def _python_moves(count: int) -> str:
    """Python launches each with a top-level input to move into `inputData`: two operations, keys quoted."""
    return "import requests\n" + "".join(
        f"\n\ndef launch{n}(contact_id):\n    body{n} = {{\"flowId\": \"{UUID}\", \"Flow.note\": \"n{n}\", "
        f"\"inputData\": {{\"Flow.a\": contact_id}}}}\n    return requests.post(\"{API}\", json=body{n})\n"
        for n in range(count))


def test_a_fixs_second_operation_is_written_where_the_first_left_the_body_not_after_reading_the_file_again(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from validator.sources import extract

    reads = counted_calls(monkeypatch, extract, "_read")
    report = _report(tmp_path, _python_moves(LAUNCHES), name="many.py")
    moved = [d for d in _fixed(report) if "move it into `inputData`" in d["fix"]["message"]]
    assert len(moved) == LAUNCHES  # reached: each launch's move (a removal, then an insertion) rendered
    # Removing `"Flow.note": "n0", ` before `"inputData"` is found from its second quote on (the texts agree either
    # way): the key after it is still where the removal left it, so the insertion needs no extraction of its own.
    assert len(reads) <= 3  # the file read, the fixes proven together: not once or twice per fix
