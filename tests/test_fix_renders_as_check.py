"""What a check promises of a fix is what --fix makes of it: a move whose member, carried as the author wrote it, would
not read the same where it lands (a plain `red, green` moved into a flow `inputData: {…}` reads as two members there)
is written anew by the check, which says so and counts it fixable. A --fix pass renders its fixes unproven: it took the
carried text, saw the pass's proof fail and dropped the fix (the proven rendering differed from the one it had), or,
where the carried text did not parse at all (`x]` in a flow mapping), never wrote it anew; either way `--fix` changed
nothing and the check still said "1 fixable". --fix now applies the rendering the check shows."""

from __future__ import annotations

from pathlib import Path

import pytest

import validator

from conftest import flowlint

FLOW = "0b9a4c1e-2f3d-4e5a-8b6c-7d8e9f0a1b2c"  # (no contract of the project: the move alone)

CASES = [
    # a plain scalar with `, ` in it: two members in a flow mapping
    (f"flowId: {FLOW}  # the flow\ninputData: {{Flow.b: 1}}  # inputs\nFlow.a: red, green\n",
     f'flowId: {FLOW}  # the flow\ninputData: {{Flow.b: 1, Flow.a: "red, green"}}  # inputs\n'),
    # a plain scalar with a `]`: the end of a flow sequence there
    (f"flowId: {FLOW}\ninputData: {{Flow.b: [1]}}\nFlow.a: x]\n",
     f'flowId: {FLOW}\ninputData: {{Flow.b: [1], Flow.a: "x]"}}\n'),
]


@pytest.mark.parametrize(("before", "after"), CASES, ids=["comma", "bracket"])
def test_a_move_the_check_writes_anew_is_what_fix_makes(tmp_path: Path, before: str, after: str) -> None:
    path = tmp_path / "launch.yaml"
    path.write_text(before)
    checked = flowlint("check", "--no-cache", "--no-color", str(path)).stdout
    assert "the values written anew" in checked and "1 fixable" in checked, checked  # reached: the check's promise
    fixed = flowlint("check", "--no-cache", "--no-color", "--fix", "--unsafe-fixes", str(path)).stdout
    assert "fixed 1 finding" in fixed and "fixable" not in fixed, fixed
    assert path.read_text() == after
    again = flowlint("check", "--no-cache", "--no-color", str(path)).stdout
    assert "FL102" not in again and "fixable" not in again, again


@pytest.mark.parametrize(("before", "after"), CASES, ids=["comma", "bracket"])
def test_the_library_and_diff_make_it_too(tmp_path: Path, before: str, after: str) -> None:
    result = validator.fix(before, unsafe=True)
    assert result.body == after
    path = tmp_path / "launch.yaml"
    path.write_text(before)
    diff = flowlint("check", "--no-cache", "--no-color", "--diff", "--unsafe-fixes", str(path)).stdout
    assert f'+inputData: {after.split("inputData: ")[1]}' in diff, diff
    assert path.read_text() == before  # (a diff changes nothing)
