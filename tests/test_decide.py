"""The decide steps key on data (code, place, subject), never on a message's words (issue 18)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from validator.checker.keys import once_key, said_once_per_run, same_place_key
from validator.contracts.resolution import Resolved, broken_contract, no_contract, stale
from validator.contracts.store import BrokenContract
from validator.core.codes import BROKEN_CONTRACT, NO_CONTRACT, RULES
from validator.core.diagnostics import Diagnostic, Severity, Span

from conftest import flowlint

FLOW_A = "6b1e3c5a-7d9f-4b2e-8c4a-1e3f5a7b9c02"
FLOW_B = "7c2f4d6b-8e0a-4c3f-9d5b-2f4a6b8c0d13"


def _diagnostic(code: str, message: str, subject: str, pointer: str = "/flowId") -> Diagnostic:
    return Diagnostic(code, RULES[code].name, Severity.INFO, message, "help", pointer, "a.json", Span(1, 1, 1, 2), None, subject)


def test_the_keys_are_data_not_words() -> None:
    one = _diagnostic(NO_CONTRACT, "no input contract for flow x", FLOW_A)
    reworded = replace(one, message="the inputs of flow x are unknown")
    assert once_key(one) == once_key(reworded) and same_place_key(one) == same_place_key(reworded)
    other = replace(one, subject=FLOW_B)
    assert once_key(one) != once_key(other) and same_place_key(one) != same_place_key(other)


def test_every_note_said_once_per_run_has_a_subject() -> None:
    notes = [no_contract(Resolved(None, FLOW_A)), stale(FLOW_A, "the snapshot is 40 days old"),
             broken_contract(BrokenContract("not JSON", source="flows/x.json", origin="store"), FLOW_A),
             broken_contract(BrokenContract("not JSON", source="c.json", origin="flow-schema"), None)]
    for note in notes:
        assert said_once_per_run(note.code, "/flowId" if note.path else "")  # reached: each is a said-once note
        assert note.subject, note


def test_a_run_says_a_flow_note_once_per_flow(tmp_path: Path) -> None:
    for name, flow in (("a.json", FLOW_A), ("b.json", FLOW_A.upper()), ("c.json", FLOW_B)):
        (tmp_path / name).write_text(json.dumps({"flowId": flow, "inputData": {}}))
    result = flowlint("check", "--format", "json", "--contracts", str(tmp_path / "store"), str(tmp_path))
    found = [d for d in json.loads(result.stdout)["diagnostics"] if d["code"] == NO_CONTRACT]
    assert len(found) == 2, found  # FLOW_A once (whatever its letter case), FLOW_B once
    assert {BROKEN_CONTRACT} - {d["code"] for d in found}
