"""A YAML file of many launches (an Artillery script's steps) whose fixes are rendered costs time and memory linear
in its size: one parse of the file and one of each body, not parses of the whole file per fix (every launch's editor
shares the file's bodies, edits.yaml_editor.BodiesBelow, which edit a body on its own lines and give the very text the
whole file's editor gives); one edited text kept, not one per launch; a render budget that is the file's. Counted,
never timed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from validator.core.diagnostics import InsertMember, Operation, RemoveMember, RenameKey, ReplaceValue
from validator.edits import yaml_editor
from validator.edits.text import CannotEdit
from validator.edits.yaml_editor import BodiesBelow, apply_below
from validator.sources import yaml_source

from conftest import counted_calls, flowlint

FLOW = "5d0c8a3e-2b1f-4e6a-9c7d-8e1f2a3b4c5d"  # no contract in the repository's store: only the envelope is judged
STEPS = 12


def _script(steps: int) -> str:
    """An Artillery script of `steps` launches, each with `inputs` for `inputData` (a fix of two operations)."""
    flow = "".join(f"      - post:\n          url: /api/v2/flows/executions\n"
                   f"          json: {{flowId: '{FLOW}', inputs: {{a: {i}}}}}\n" for i in range(steps))
    return f"config:\n  target: https://api.mypurecloud.com\nscenarios:\n  - flow:\n{flow}"


@pytest.fixture(autouse=True)
def _in_tmp_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def test_the_fixes_of_a_files_launches_parse_the_file_a_fixed_number_of_times(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = _script(STEPS)
    path = tmp_path / "load.yml"
    path.write_text(text)
    whole: list[int] = []
    real = yaml_source.parse

    def counted(source: str, **kwargs: object) -> object:
        if len(source) >= len(text) - 100:  # the file, or a whole edit of it
            whole.append(1)
        return real(source, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(yaml_source, "parse", counted)
    monkeypatch.setattr(yaml_editor, "parse", counted)
    reads = counted_calls(monkeypatch, BodiesBelow, "apply")
    result = flowlint("check", "--no-cache", "--format", "json", str(path))
    fixed = [d for d in json.loads(result.stdout)["diagnostics"] if d["fix"] is not None and d["fix"]["edits"]]
    assert len(fixed) == STEPS and len(reads) == 2 * STEPS  # every launch's fix rendered, each operation on its body
    assert len(whole) <= 3  # read, and the proof of all the fixes together: not three parses per fix (38)


def test_a_files_launch_editors_keep_one_edited_text_not_one_each(tmp_path: Path) -> None:
    from validator.checker.engine import LaunchProofs, check_document
    from validator.checker.loader import load_documents
    from validator.checker.options import CheckOptions

    text = _script(STEPS)
    documents = load_documents(text.encode(), str(tmp_path / "load.yml"))
    launches = [d for d in documents if d.editor is not None]
    assert len(launches) == STEPS
    found = [d for document in launches for d in check_document(document, CheckOptions(), LaunchProofs())]
    assert sum(1 for d in found if d.fix is not None and d.fix.edits) == STEPS  # reached: each fix rendered
    kept = {id(value) for document in launches for holder in (vars(document.editor), vars(document.editor.extractions))
            for held in holder.values() for value in (held if isinstance(held, tuple) else (held,))
            if isinstance(value, str) and value != text and len(value) > len(text) // 2}
    assert len(kept) <= 1  # the last edit's text, for its fix's next operation: not the last edit of every launch


BLOCK = """\
steps:
  - post:
      url: /x
      json:
        flowId: x
        inputs:   # the inputs
          a: 1
        b: [1, 2]
      after: 1
  - post:
      json: {flowId: y, inputs: {a: 2}, c: "#1"}  # a flow body
"""


@pytest.mark.parametrize(("below", "operations"), [
    (("steps", 0, "post", "json"), [RemoveMember(("inputs",)), InsertMember((), "inputData", {"Flow.a": 1})]),  # a comment
    (("steps", 0, "post", "json"), [RemoveMember(("flowId",)), RenameKey(("b",), "c")]),  # the first member removed
    (("steps", 0, "post", "json"), [ReplaceValue(("b", 1), "two"), InsertMember(("inputs",), "z", None)]),
    (("steps", 1, "post", "json"), [RemoveMember(("inputs",)), InsertMember((), "inputData", {"Flow.a": 2})]),
    (("steps", 1, "post", "json"), [RemoveMember(("c",)), ReplaceValue(("flowId",), "z")]),
    (("steps", 1, "post", "json"), [RenameKey(("c",), "d")]),
])
def test_a_body_edited_on_its_own_lines_gives_the_text_the_whole_files_editor_gives(
        below: tuple[str | int, ...], operations: list[Operation]) -> None:
    bodies = BodiesBelow(BLOCK, "1.1")
    whole, alone = BLOCK, BLOCK
    for operation in operations:
        whole_edited = _outcome(whole, below, operation)
        alone_edited = _outcome(alone, below, operation, bodies)
        assert alone_edited == whole_edited
        if whole_edited is None or alone_edited is None:
            break
        whole, alone = whole_edited, alone_edited
    assert bodies.reads >= 1  # reached: an operation read the body alone


def _outcome(text: str, below: tuple[str | int, ...], operation: Operation, bodies: BodiesBelow | None = None) -> str | None:
    """What apply_below makes of `text` (with the file's bodies, or the whole file's editor), None for CannotEdit."""
    try:
        return apply_below(text, below, operation, "1.1", bodies)
    except CannotEdit:
        return None


@pytest.mark.parametrize("text", [
    "%YAML 1.1\n---\nsteps:\n  - post: {json: {flowId: x, inputs: 1}}\n",  # a directive
    "d: &d {a: 1}\nsteps:\n  - post: {json: {flowId: x, inputs: 1, d: *d}}\n",  # an alias of an anchor outside it
    "steps:\n  - post:\n      json: &j\n        flowId: x\n        inputs: 1\n",  # the body anchored
    "steps:\n  - post:\n      json:\n      - flowId: x\n        inputs: 1\n",  # a block body sharing a line with a dash
])
def test_a_body_that_might_read_otherwise_alone_is_edited_in_the_whole_file(text: str) -> None:
    json_at = ("steps", 0, "post", "json")
    body = json_at if "- flowId" not in text else (*json_at, 0)
    bodies = BodiesBelow(text, "1.1")
    operation = RemoveMember(("inputs",))
    assert bodies.apply(text, body, operation) is None  # not read alone
    assert _outcome(text, body, operation, bodies) == _outcome(text, body, operation)


class _CountedItems(dict):  # type: ignore[type-arg]
    """A parse's typed scalars, counting how often they are gone through."""

    walks = 0

    def items(self):  # type: ignore[no-untyped-def]
        _CountedItems.walks += 1
        return super().items()


def test_what_yaml_typed_is_gone_through_once_not_once_per_launch(monkeypatch: pytest.MonkeyPatch) -> None:
    from validator.sources import artillery

    real = yaml_source.parse

    def counted(source: str, **kwargs: object) -> object:
        parsed = real(source, **kwargs)  # type: ignore[arg-type]
        parsed.plain_scalars = _CountedItems(parsed.plain_scalars)  # type: ignore[union-attr]
        return parsed

    monkeypatch.setattr(yaml_source, "parse", counted)
    _CountedItems.walks = 0
    requests = artillery.extract(_script(STEPS))
    assert len(requests) == STEPS and all(request.plain_scalars == {("inputs", "a"): str(i)}
                                          for i, request in enumerate(requests))  # each body's own, as written
    assert _CountedItems.walks == 1  # once for the file's bodies (all below paths as deep), not once per body


def test_the_render_budget_is_the_files_not_each_launchs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from validator.checker import engine

    text = _script(STEPS)
    path = tmp_path / "load.yml"
    path.write_text(text)
    monkeypatch.setattr(engine, "RENDER_BUDGET", 3 * len(text))  # three renderings that write the file
    found = json.loads(flowlint("check", "--no-cache", "--format", "json", str(path)).stdout)["diagnostics"]
    moved = [d for d in found if d["code"] == "FL101"]
    assert len(moved) == STEPS
    assert [d["fix"] is not None for d in moved] == [True] * 3 + [False] * (STEPS - 3)  # the file's three, in file order
    # A fix past the budget is shown as help, never counted as fixable: --fix renders it in a later pass.
    printed = flowlint("check", "--no-cache", str(path)).stdout
    assert printed.count("fix (unsafe): the inputs go in `inputData`") == 3
    assert printed.count("help: the inputs go in `inputData`") == STEPS - 3 and "3 fixable" in printed
