"""A move of inputs into `inputData` (FL101's unwrap, FL102's `Flow.x` at the top level) carries each member as the
author wrote it: its value's text (`1e3`, `"caf\\u00e9"`, `0x1F`, a block scalar), the comments in it, re-indented to
the object it lands in and laid out as that object is. Before: every value was written anew from the parsed value
(`1e3` as 1000.0, `"caf\\u00e9"` as "café", `010` as 8) and a pretty-printed block collapsed onto one line. A string
that spans lines (a triple-quoted string, a template literal) keeps its lines as written, as they are its value, and the member
around it is re-indented (a parenthesized string's parts too); before, a member holding one was not re-indented at all.

Each tests/data/moves/NAME.before.EXT is fixed by its move alone, and must give NAME.after.EXT."""

from __future__ import annotations

import collections
import json
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from validator.checker.engine import CheckOptions, check_document
from validator.checker.loader import load_documents
from validator.core.diagnostics import Diagnostic
from validator.edits import apply_edits
from validator.sources.document import Document, load_text

from conftest import flowlint

MOVES = Path(__file__).parent / "data" / "moves"
PAIRS = sorted(MOVES.glob("*.before.*"))
#: The rules whose fix is a move of inputs.
MOVE_RULES = frozenset({"FL101", "FL102"})


def _after(before: Path) -> Path:
    return before.with_name(before.name.replace(".before.", ".after."))


def _load(text: str, name: str) -> Document:
    """The document as --fix reads it (a JSONC body with its comments blanked, edited in the file's own text; a code
    file's launch, edited where its body literal is written)."""
    [document] = load_documents(text.encode("utf-8"), name)
    return document


def _move(text: str, name: str) -> Diagnostic:
    [move] = [d for d in check_document(_load(text, name), CheckOptions()) if d.code in MOVE_RULES]
    return move


def _leaves(value: Any) -> Iterator[str]:
    """Every scalar in a body, as JSON (so 1, 1.0 and true differ): a move changes keys, never these."""
    if isinstance(value, dict):
        for item in value.values():
            yield from _leaves(item)
    elif isinstance(value, list):
        for item in value:
            yield from _leaves(item)
    else:
        yield json.dumps(value, default=repr)  # (an expression code writes: the same text)


def test_every_kind_has_its_pair() -> None:
    assert {p.suffix for p in PAIRS} >= {".json", ".yaml", ".jsonc", ".py", ".js", ".ts"}
    assert all(_after(p).exists() for p in PAIRS)


@pytest.mark.parametrize("before", PAIRS, ids=lambda p: p.name)
def test_a_move_carries_each_member_as_written(before: Path) -> None:
    text = before.read_text(encoding="utf-8")
    move = _move(text, before.name)
    assert move.fix is not None and move.fix.edits, move  # reached: the move is offered with its edits
    fixed = apply_edits(text, move.fix.edits)
    assert fixed == _after(before).read_text(encoding="utf-8")
    # Round trip: the fixed file parses to the same values (keys renamed, nothing written anew), and the move is done.
    old, new = _load(text, before.name), _load(fixed, before.name)
    assert old.parsed and new.parsed
    assert collections.Counter(_leaves(new.value)) == collections.Counter(_leaves(old.value))
    assert "inputData" in new.value and new.value != old.value
    assert not MOVE_RULES & {d.code for d in check_document(new, CheckOptions())}


def test_the_moves_diff_applies_with_git(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if shutil.which("git") is None:
        pytest.skip("needs git")
    monkeypatch.chdir(tmp_path)
    names = []
    for before in PAIRS:
        name = before.name.replace(".before.", ".")
        Path(name).write_text(before.read_text(encoding="utf-8"), encoding="utf-8")
        names.append(name)
    diff = flowlint("check", "--no-cache", "--diff", "--select", "FL101,FL102", "--unsafe-fixes", *names).stdout
    assert sum(line.startswith("+++ ") for line in diff.splitlines()) == len(names), diff  # reached: each file's move
    Path("moves.patch").write_text(diff, encoding="utf-8")
    applied = subprocess.run(["git", "apply", "-p0", "--unsafe-paths", "moves.patch"], capture_output=True, text=True)
    assert applied.returncode == 0, applied.stderr
    for before, name in zip(PAIRS, names, strict=True):
        assert Path(name).read_text(encoding="utf-8") == _after(before).read_text(encoding="utf-8"), name


_KEPT = "flowId: 00000000-0000-4000-8000-000000000000\ninputs:\n  a: |+\n    keep\n\nname: n\n"


@pytest.mark.parametrize("guarded", [True, False])
def test_where_the_text_cannot_be_carried_the_value_is_written_anew(monkeypatch: pytest.MonkeyPatch, guarded: bool) -> None:
    # A `|+` block scalar keeps its trailing blank lines: carried up to its last line it would lose them. The editor
    # knows (guarded); and where it did not, the proof finds the value changed and the move is written anew instead.
    from validator.edits import yaml_editor

    if not guarded:
        monkeypatch.setattr(yaml_editor, "_KEPT_BLOCK", re.compile("(?!)"))
    move = _move(_KEPT, "k.yaml")
    assert move.fix is not None and move.fix.edits
    # The fix says so, and why.
    assert move.fix.message.endswith("(the values written anew: an anchor, an alias, a `|+` block scalar, or a block or "
                                     "comment a flow collection cannot hold)" if guarded else
                                     "(the values written anew: the text as written did not read the same there)"), \
        move.fix.message
    fixed = apply_edits(_KEPT, move.fix.edits)
    assert 'inputData: {"Flow.a": "keep\\n\\n"}' in fixed, fixed
    assert load_text(fixed, "k.yaml").value["inputData"] == {"Flow.a": "keep\n\n"}


@pytest.mark.parametrize(("text", "after"), [
    ('{\n  "flowId": "00000000-0000-4000-8000-000000000000",\n  "$schema": "s.json", // for the editor\n  "inputData": {}\n}\n',
     '{\n  "flowId": "00000000-0000-4000-8000-000000000000",\n  // for the editor\n  "inputData": {}\n}\n'),
    ('{\n  "flowId": "00000000-0000-4000-8000-000000000000",\n  "inputData": {},\n  // why\n  "$schema": "s.json"\n}\n',
     '{\n  "flowId": "00000000-0000-4000-8000-000000000000",\n  "inputData": {}\n  // why\n}\n'),
])
def test_a_jsonc_removal_beside_a_comment_leaves_the_comment(text: str, after: str) -> None:
    # Before: an edit that covered a comment was refused (the removal took the comment with the member). Now only the
    # member and its comma go; the comment stays where it was written.
    [removal] = [d for d in check_document(_load(text, "c.jsonc"), CheckOptions()) if d.code == "FL101"]
    assert removal.fix is not None and removal.fix.edits, removal
    assert apply_edits(text, removal.fix.edits) == after


def test_a_jsonc_removal_of_a_member_holding_a_comment_is_still_refused() -> None:
    # A comment inside the member removed (not moved) would be lost: never applied.
    text = '{\n  "flowId": "00000000-0000-4000-8000-000000000000",\n  "$schema": /* pinned */ "s.json",\n  "inputData": {}\n}\n'
    [removal] = [d for d in check_document(_load(text, "c.jsonc"), CheckOptions()) if d.code == "FL101"]
    assert removal.fix is not None and removal.fix.edits is None


@pytest.mark.parametrize(("text", "code", "after"), [
    ('{"flowId": "00000000-0000-4000-8000-000000000000", "inputData": "{\\"Flow.amount\\": 19.999999999999999999, '
     '\\"Flow.big\\": 1e3}"}\n', "FL105",
     '{"flowId": "00000000-0000-4000-8000-000000000000", "inputData": {"Flow.amount": 19.999999999999999999, '
     '"Flow.big": 1e3}}\n'),
    ('"{\\"flowId\\": \\"00000000-0000-4000-8000-000000000000\\", \\"inputData\\": {\\"Flow.a\\": -0}}"\n', "FL003",
     '{"flowId": "00000000-0000-4000-8000-000000000000", "inputData": {"Flow.a": -0}}\n'),
])
def test_json_sent_as_a_string_is_unwrapped_as_its_text(text: str, code: str, after: str) -> None:
    # Before: the object a string held was written anew from its parsed value (19.999999999999999999 as 20.0, 1e3 as
    # 1000.0, -0 as 0). Now the text the string holds is written as it is.
    [found] = [d for d in check_document(_load(text, "s.json"), CheckOptions()) if d.code == code]
    assert found.fix is not None and found.fix.edits, found
    fixed = apply_edits(text, found.fix.edits)
    assert fixed == after
    assert code not in {d.code for d in check_document(_load(fixed, "s.json"), CheckOptions())}
