"""--fix passes: members moved into one object are moved together (a pass each took 64 passes for 64, and the last 32
were left without a word); a run whose passes run out says so; a report's proof is not fooled by its own cap; and
two fixes of the flowId or flowVersion a body is checked by are judged one after the other."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import validator.fixer.passes as passes
from validator.checker.engine import CheckOptions
from validator.fixer.passes import fix_text

from conftest import UUID, UUID2, diagnostics, flowlint

ENVELOPE_MOVES = 64
#: A flow the repository's contract store does not hold: its inputs' names are not checked, so each is moved.
NO_CONTRACT = "5d0c8a3e-2b1f-4e6a-9c7d-8e1f2a3b4c5d"


def _top_level_inputs(count: int, inputs: str = '{"Flow.a": 1}') -> str:
    members = "".join(f'  "Flow.k{i}": {i},\n' for i in range(count))
    return f'{{\n  "flowId": "{NO_CONTRACT}",\n{members}  "inputData": {inputs}\n}}\n'


def test_members_moved_into_input_data_are_moved_together_not_one_a_pass() -> None:
    text = _top_level_inputs(ENVELOPE_MOVES)
    outcome = fix_text(text, "p.json", CheckOptions(), unsafe=True, passes=8)  # (a check explains 22 at most)
    moved = [d for d in outcome.applied if d.code == "FL102"]
    assert len(moved) == ENVELOPE_MOVES and outcome.stopped is None
    body = json.loads(outcome.fixed)
    assert list(body) == ["flowId", "inputData"]
    assert sorted(body["inputData"]) == sorted(["Flow.a", *(f"Flow.k{i}" for i in range(ENVELOPE_MOVES))])
    assert list(body["inputData"])[:4] == ["Flow.a", "Flow.k0", "Flow.k1", "Flow.k2"]  # a pass's in file order
    assert outcome.fixed.startswith(f'{{\n  "flowId": "{NO_CONTRACT}",\n  "inputData": {{"Flow.a": 1, "Flow.k0": 0, "Flow.k1": 1,')


def test_moves_into_an_empty_object_are_written_with_their_separators() -> None:
    # Insertions at one place in `{}`: the first member has no comma before it, and neither would the next; the pass
    # is made one insertion a place, and the rest follow with their commas.
    text = f'{{"flowId": "{UUID}", "Flow.a": 1, "Flow.b": "x", "Flow.c": true, "inputData": {{}}}}'
    outcome = fix_text(text, "p.json", CheckOptions(), unsafe=True)
    assert json.loads(outcome.fixed) == {"flowId": UUID, "inputData": {"Flow.a": 1, "Flow.b": "x", "Flow.c": True}}
    assert len(outcome.applied) == 3 and outcome.stopped is None


def test_moves_in_yaml_are_made_together() -> None:
    text = f"flowId: {UUID}\n" + "".join(f"Flow.k{i}: {i}\n" for i in range(10)) + "inputData:\n  Flow.a: 1\n"
    outcome = fix_text(text, "p.yaml", CheckOptions(), unsafe=True, passes=2)
    assert outcome.fixed == (f"flowId: {UUID}\ninputData:\n  Flow.a: 1\n"
                             + "".join(f"  Flow.k{i}: {i}\n" for i in range(10)))


def test_a_fix_run_whose_passes_run_out_says_so_and_exits_as_its_findings_say(tmp_path: Path,
                                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    # 60 members: the envelope explains 22 a check, so a pass moves 22 of them; one pass leaves 38.
    monkeypatch.setattr(passes, "MAX_PASSES", 1)
    path = tmp_path / "launch.json"
    path.write_text(_top_level_inputs(60))
    result = flowlint("check", "--fix", "--unsafe-fixes", str(path))
    assert result.exit_code == 1  # the members left at the top level are errors still
    assert "FL102" in result.stdout
    assert f"stopped after 1 fix passes in {path} with fixes left; run `flowlint check --fix` again" in result.stdout
    assert "did not hold" not in result.stdout  # not a fix that failed its proof: one not tried yet
    left = json.loads(path.read_text())
    assert 0 < len(left["inputData"]) - 1 < 60  # some moved, some left
    again = flowlint("check", "--fix", "--unsafe-fixes", str(path))
    assert "stopped after" in again.stdout  # 1 pass a run: still more to do
    monkeypatch.setattr(passes, "MAX_PASSES", 32)
    last = flowlint("check", "--fix", "--unsafe-fixes", str(path))
    assert last.exit_code == 0 and "stopped after" not in last.stdout, last.stdout
    assert len(json.loads(path.read_text())["inputData"]) == 61


def test_diff_says_its_passes_ran_out(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(passes, "MAX_PASSES", 1)
    path = tmp_path / "launch.json"
    path.write_text(_top_level_inputs(30))
    result = flowlint("check", "--diff", "--unsafe-fixes", str(path))
    assert result.stdout.startswith("---")
    assert "stopped after 1 fix passes in" in result.stderr


def test_a_file_fixed_in_its_passes_says_nothing_of_them(tmp_path: Path) -> None:
    path = tmp_path / "launch.json"
    path.write_text(_top_level_inputs(ENVELOPE_MOVES))
    result = flowlint("check", "--fix", "--unsafe-fixes", str(path))
    assert result.exit_code == 0 and f"fixed {ENVELOPE_MOVES} findings" in result.stdout
    assert "stopped after" not in result.stdout


def test_a_check_past_the_report_cap_offers_each_move_it_shows(tmp_path: Path) -> None:
    # A report shows the first 20 of a rule; the proof of each fix saw the 21st appear once one was moved, and called
    # it a new error: "not applied: afterwards FL102 unknown-member at `/Flow.k20`; decide that first".
    path = tmp_path / "launch.json"
    path.write_text(_top_level_inputs(30))
    found = [d for d in diagnostics(str(path)) if d["code"] == "FL102"]
    assert len(found) == 20
    assert all(d["fix"] is not None and d["fix"]["edits"] and "not applied" not in d["help"] for d in found), found[0]


@pytest.mark.parametrize("body", [
    f'{{"flow": {{"id": "{UUID2}"}}, "version": 3.10}}',
    f'{{"version": 3.10, "flow": {{"id": "{UUID2}"}}}}',
])
def test_two_fixes_of_the_contract_choosers_are_judged_one_after_the_other(tmp_path: Path, body: str) -> None:
    # The repository's store holds version 1.0 of the flow: once its flowId is moved up, `version: 3.10` renamed
    # `flowVersion` would check the inputs against another version's contract (a fix never weakens a check). Taken in
    # one pass, each was judged on the body without a flowId, and both were applied, whichever came first.
    path = tmp_path / "p.json"
    path.write_text(body)
    result = flowlint("check", "--fix", "--unsafe-fixes", str(path))
    assert json.loads(path.read_text()) == {"version": 3.10, "flowId": UUID2}
    assert result.exit_code == 1 and "another version's contract" in result.stdout


def test_members_moved_in_a_launch_in_code_are_moved_together() -> None:
    # A launch in code kept one edit a fix (its removal to its insertion), so 40 moves took 40 passes: 32, then stopped.
    from validator.fixer.passes import fix_code

    members = ", ".join(f'"Flow.k{i}": {i}' for i in range(40))
    text = (f'await fetch("https://api.mypurecloud.com/api/v2/flows/executions", {{method: "POST", '
            f'body: JSON.stringify({{flowId: "{NO_CONTRACT}", {members}, inputData: {{"Flow.a": 1}}}})}});\n')
    outcome = fix_code(text, "launch.js", "javascript", CheckOptions(), unsafe=True, passes=6)
    assert len([d for d in outcome.applied if d.code == "FL102"]) == 40 and outcome.stopped is None
    assert outcome.fixed.count('"Flow.k') == 40 and '{flowId: "' + NO_CONTRACT + '", inputData: {"Flow.a": 1, "Flow.k0": 0' \
        in outcome.fixed
