"""A YAML move (FL101's unwrap of `configuration`, FL103's buried flowId moved up, FL102's `Flow.x` into `inputData`)
keeps every comment, each where it belongs: the comment lines just above a member go with it; a comment after a
wrapper's last member, which no member owns, stays where it was. Before, a comment line between a wrapper's members
made the move fail its proof (`# the prod flow` would have been dropped), or a comment above one member went with the
member before it (`inputData`'s block ended at the next key), and --fix applied nothing. Each file is compared byte
for byte after `flowlint check --fix --unsafe-fixes`."""

from __future__ import annotations

from pathlib import Path

import pytest

from validator.edits.yaml_editor import comments

from conftest import flowlint

FLOW = "0b9a4c1e-2f3d-4e5a-8b6c-7d8e9f0a1b2c"  # (no contract of the project: the move alone)

CASES = [
    # the comments between a wrapper's members: each goes with the member below it; the wrapper's last note stays
    ("# launch the callback\n"
     "configuration:\n"
     "  # the prod flow\n"
     f"  flowId: {FLOW}   # prod\n"
     "  # inputs below\n"
     "  inputData:\n"
     "    # who\n"
     "    Flow.name: Ana   # as on the invoice\n"
     "  # trailing note\n",
     "# launch the callback\n"
     "  # trailing note\n"
     "# the prod flow\n"
     f"flowId: {FLOW}   # prod\n"
     "# inputs below\n"
     "inputData:\n"
     "  # who\n"
     "  Flow.name: Ana   # as on the invoice\n"),
    # a comment above flowId (after a blank line) is flowId's, not the end of the `inputData` block before it
    ("configuration:\n"
     "  inputData:\n"
     "    Flow.name: Ana\n"
     "  # the prod flow\n"
     "\n"
     "  # second note\n"
     f"  flowId: {FLOW}   # prod\n"
     "  # after flowId\n"
     'flowVersion: "3.0"\n',
     "  # after flowId\n"
     'flowVersion: "3.0"\n'
     "# the prod flow\n"
     "\n"
     "# second note\n"
     f"flowId: {FLOW}   # prod\n"
     "inputData:\n"
     "  Flow.name: Ana\n"),
    # a buried flowId moved up out of `inputData`, which stays: its comment line goes with it, the next one stays
    ("inputData:\n"
     "  Flow.name: Ana\n"
     "  # the flow to run\n"
     f"  flowId: {FLOW}   # prod\n"
     "  # age\n"
     "  Flow.age: 3\n",
     "inputData:\n"
     "  Flow.name: Ana\n"
     "  # age\n"
     "  Flow.age: 3\n"
     "# the flow to run\n"
     f"flowId: {FLOW}   # prod\n"),
    # `Flow.x` moved into `inputData`: the file's header stays, a member's own comment line goes with it
    ("# header\n"
     "Flow.x: 1e3  # big\n"
     f"flowId: {FLOW}\n"
     "# the name\n"
     "Flow.name: Ana\n"
     "inputData:\n"
     "  Flow.y: 1\n",
     "# header\n"
     f"flowId: {FLOW}\n"
     "inputData:\n"
     "  Flow.y: 1\n"
     "  Flow.x: 1e3  # big\n"
     "  # the name\n"
     "  Flow.name: Ana\n"),
]


@pytest.mark.parametrize(("before", "after"), CASES)
def test_a_yaml_move_keeps_each_comment_where_it_belongs(tmp_path: Path, before: str, after: str) -> None:
    path = tmp_path / "launch.yaml"
    path.write_bytes(before.encode())
    checked = flowlint("check", "--no-color", str(path))
    assert "fix (unsafe): move" in checked.output, checked.output  # reached: the move is offered
    result = flowlint("check", "--fix", "--unsafe-fixes", "--no-color", str(path))
    assert "not applied" not in result.output, result.output
    assert path.read_bytes() == after.encode()
    assert sorted(comments(after)) == sorted(comments(before))  # (the expectation itself loses none)
    again = flowlint("check", "--no-color", str(path))
    assert not any(code in again.output for code in ("FL101", "FL102", "FL103")), again.output


def test_a_wrapper_removed_after_its_members_keeps_a_comment_no_member_owns(tmp_path: Path) -> None:
    before = (f"configuration:\n  flowId: {FLOW}\n  inputData:\n    Flow.name: Ana\n  # Flow.age: 3 (not yet)\n")
    path = tmp_path / "w.yaml"
    path.write_text(before)
    flowlint("check", "--fix", "--unsafe-fixes", str(path))
    fixed = path.read_text()
    assert fixed.startswith(f"flowId: {FLOW}") or "configuration" not in fixed  # reached: the wrapper went
    assert "configuration" not in fixed and "# Flow.age: 3 (not yet)" in fixed
