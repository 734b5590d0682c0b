"""A move of inputs shown as help only says why it is no fix, as a fix withheld says it (`(not applied: …)`): a YAML
anchor or alias in what it edits (the node is read in two places: no rendering of the move reads as it says, the values
written anew neither), an `inputData` filled in where the launch runs (a JS template's `${…}`: what it holds is not
seen, so nothing is added to it), or one holding the input already. Before, each was a bare `help: move it into
`inputData`…`, which reads as a fix that --fix then silently did not make."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import flowlint

FLOW = "0b9a4c1e-2f3d-4e5a-8b6c-7d8e9f0a1b2c"  # (no contract of the project: the move alone)

YAML = [
    # an anchor in the moved map that a member outside it reads
    (f"flowId: {FLOW}\ninputs:\n  Flow.a: &v 1\nFlow.b: *v\n", ["the YAML anchor `&v`", "the YAML alias `*v`"]),
    # the wrapper is an alias of a map written elsewhere
    (f"defaults: &d\n  Flow.a: 1\nflowId: {FLOW}\ndata: *d\n", ["the YAML alias `*d`"]),
    # the wrapper is anchored, and read again by another member
    (f"flowId: {FLOW}\nconfiguration: &c\n  inputData:\n    Flow.a: 1\nother: *c\n",
     ["the YAML anchor `&c`", "the YAML alias `*c`"]),
    # a member moved into `inputData` is anchored, and `inputData` reads it
    (f"flowId: {FLOW}\nFlow.a: &z 1\ninputData:\n  Flow.b: *z\n", ["the YAML anchor `&z`"]),
]


@pytest.mark.parametrize(("text", "reasons"), YAML, ids=["anchor-in-moved", "alias-wrapper", "anchored-wrapper", "anchored-input"])
def test_a_move_yaml_anchors_hold_says_why(tmp_path: Path, text: str, reasons: list[str]) -> None:
    path = tmp_path / "launch.yaml"
    path.write_text(text)
    report = flowlint("check", "--no-cache", "--no-color", str(path)).stdout
    helps = [line for line in report.splitlines() if line.startswith(("  help: move", "  help: the inputs go"))]
    assert len(helps) == len(reasons), report  # reached: each move is shown, as help
    for help_line, reason in zip(helps, reasons, strict=True):
        assert f"(not applied: {reason} is in what it edits" in help_line, help_line
    assert "fixable" not in report
    fixed = flowlint("check", "--no-cache", "--no-color", "--fix", "--unsafe-fixes", str(path)).stdout
    assert path.read_text() == text and "offered not applied" not in fixed, fixed  # nothing promised, nothing made


def _fetching(body: str) -> str:
    return ("async function launch(name, extra) {\n  const body = `" + body + "`;\n"
            '  return fetch("https://api.mypurecloud.com/api/v2/flows/executions", '
            '{method: "POST", headers: {"Content-Type": "application/json"}, body});\n}\n')


FILLED_IN = "(not applied: `inputData` is filled in where the launch runs, so flowlint cannot see what it holds or add to it)"

CODE = [
    ("launch.js", _fetching(f'{{"flowId": "{FLOW}", "Flow.y": 2, "inputData": ${{extra}}}}'),
     f'move it into `inputData`: "inputData": {{"Flow.y": …}} {FILLED_IN}'),
    ("launch.js", _fetching(f'{{"flowId": "{FLOW}", "data": {{"Flow.y": "${{name}}"}}, "inputData": ${{extra}}}}'),
     f"the inputs go in `inputData`, keyed `Flow.<variable>`: `data.Flow.y` → `Flow.y` {FILLED_IN}"),
    ("launch.json", f'{{"flowId": "{FLOW}", "Flow.y": 1, "inputData": "x"}}',
     'move it into `inputData`: "inputData": {"Flow.y": …} (not applied: `inputData` is not an object to add to)'),
    ("launch.json", f'{{"flowId": "{FLOW}", "Flow.y": 1, "inputData": {{"Flow.y": 2}}}}',
     'move it into `inputData`: "inputData": {"Flow.y": …} (not applied: `inputData` has `Flow.y` already: keep one of '
     "the two values)"),
]


@pytest.mark.parametrize(("name", "text", "help_text"), CODE, ids=["js-move", "js-unwrap", "json-string", "json-given"])
def test_a_move_into_an_inputdata_not_seen_says_why(tmp_path: Path, name: str, text: str, help_text: str) -> None:
    path = tmp_path / name
    path.write_text(text)
    report = flowlint("check", "--no-cache", "--no-color", str(path)).stdout
    assert f"  help: {help_text}\n" in report, report


def test_a_wrapper_s_inputdata_beside_the_top_level_one_is_said_input_by_input() -> None:
    """`configuration.inputData` beside a top-level `inputData`: its inputs are merged into that one (the fix did so,
    though its help said `move configuration.inputData to the top level`); one given in both is the author's to pick."""
    body = (f'{{"flowId": "{FLOW}", "inputData": {{"Flow.a": 2}}, '
            f'"configuration": {{"flowId": "{FLOW}", "inputData": {{"Flow.a": 1, "Flow.b": 3}}}}}}')
    report = flowlint("check", "--no-cache", "--no-color", "-", input=body).stdout
    assert ("`configuration.inputData.Flow.a` → `Flow.a`, but `Flow.a` is already given: keep one of the two values, "
            "`configuration.inputData.Flow.b` → `Flow.b`") in report, report
    merged = body.replace('"Flow.a": 1, ', "")
    fixed = flowlint("check", "--no-cache", "--no-color", "--diff", "--unsafe-fixes", "-", input=merged).stdout
    assert "move `configuration.inputData` to the top level" not in fixed
    assert '"Flow.b": 3' in fixed and "+" in fixed, fixed  # reached: the merge is made, said input by input
