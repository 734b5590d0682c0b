"""A --fix/--diff pass does a file's shared work once, not once per fix: a YAML body's comments are found once per
text (a fix away from every comment is verified without scanning the edited text), a YAML mapping's members are
indexed once, a `.http` body's JSON is scanned by one editor, and the proof of a pass is the next pass's check.
Each is counted, never timed; the outputs themselves are compared with the slower paths'."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from validator.checker import engine
from validator.core.diagnostics import Applicability, Finding, Fix, ReplaceValue, Target
from validator.core.lines import LineIndex
from validator.edits import json_editor, render, yaml_editor
from validator.edits.yaml_editor import YamlEditor, comments
from validator.fixer import passes as fixer_passes
from validator.sources.yaml_source import YamlLocator, parse

from conftest import counted_calls, flowlint

MEMBERS = 40
UUID = "0c7a9e52-3d41-4b8f-9e21-7f5a6b3c2d10"  # a flow with no contract: each input lacking its `Flow.` prefix is fixed


def _commented_yaml(members: int) -> str:
    lines = "".join(f"  name{i}: x  # member {i}\n" for i in range(members))
    return f"# a launch\nflowId: {UUID}   # prod\ninputData:\n{lines}"


@pytest.fixture(autouse=True)
def _in_tmp_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def _diff(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = flowlint("check", "--diff", "--unsafe-fixes", str(path))
    assert result.exit_code == 1, result.output
    return result.stdout


def test_a_commented_yaml_bodys_comments_are_found_once_per_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    scans = counted_calls(monkeypatch, yaml_editor, "comment_spans")
    diff = _diff(tmp_path, "body.yaml", _commented_yaml(MEMBERS))
    assert diff.count("\n+  Flow.name") == MEMBERS and "# member 39" in diff  # every member fixed, its comment kept
    assert 0 < len(scans) < 5  # once per pass's text, not once per fix


@pytest.mark.parametrize(("old", "at", "content", "kept"), [
    ("a: 1  # one\nb: 2 # two\n", "1", '"1"', True),  # a value beside a comment: the comment stays
    ("a: 1  # one\nb: 2 # two\n", "b", "c", True),
    ("a: x #c\n", "x ", '"y"', False),  # the `#` would follow the new text: verified on the edited text
    ("a: 1  # one\n", "# one", "", False),  # the comment itself
    ("a: 1  # one\nb: 2\n", "1  # one\nb", "c", False),  # more than one line
    ("a: 1\n", "1", '"#1"', False),  # a `#` written: verified on the edited text
])
def test_a_yaml_splice_is_verified_without_the_edited_text_only_where_it_keeps_every_comment(
        old: str, at: str, content: str, kept: bool) -> None:
    start = old.index(at)
    splice = (start, start + len(at), content)
    assert YamlEditor().verified(old, splice) is kept
    if kept:  # what verify would say of the edited text
        edited = old[:splice[0]] + content + old[splice[1]:]
        assert comments(edited) == comments(old)


def test_a_commented_yaml_fix_has_the_edits_its_full_verification_gives() -> None:
    text = _commented_yaml(3)
    document = yaml.safe_load(text)
    fix = Fix(Applicability.SAFE, "quote it", (ReplaceValue(("inputData", "name1"), "y"),))
    quick = render(fix, text, "yaml", document, proven=False)
    full = render(fix, text, "yaml", document, proven=True)
    assert quick.edits is not None and quick.edits == full.edits


class _CountedMembers(list[Any]):
    """A mapping node's members, counting how often they are gone through."""

    walks = 0

    def __iter__(self) -> Any:
        _CountedMembers.walks += 1
        return super().__iter__()


def test_a_yaml_mapping_is_indexed_once_for_all_its_look_ups() -> None:
    text = "a: 1\nb: &base {c: 2}\nd:\n  <<: *base\n  e: 3\n  e: 4\n" + "".join(f"k{i}: {i}\n" for i in range(MEMBERS))
    parsed = parse(text, max_nodes=10_000, max_depth=64)
    assert not isinstance(parsed, Finding)
    parsed.root.value = _CountedMembers(parsed.root.value)
    locator = YamlLocator(parsed, LineIndex(text))
    _CountedMembers.walks = 0
    for i in range(MEMBERS):
        assert locator.span((f"k{i}",), Target.VALUE) is not None
    assert _CountedMembers.walks == 1
    assert locator.offsets(("d", "e"), Target.VALUE) == (text.index("4"), text.index("4") + 1)  # the last one wins
    assert locator.offsets(("d", "c"), Target.VALUE) == (text.index("2"), text.index("2") + 1)  # merged in by `<<`
    assert locator.node(("missing",), Target.VALUE) is None and locator.node((0,), Target.VALUE) is None


def test_an_http_bodys_json_is_scanned_by_one_editor(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    scanners = counted_calls(monkeypatch, json_editor._Scanner, "__init__")
    body = json.dumps({"flowId": UUID, "inputData": {f"name{i}": "x" for i in range(MEMBERS)}}, indent=2)
    diff = _diff(tmp_path, "launch.http", f"POST https://api.mypurecloud.com/api/v2/flows/executions\n"
                                          f"Content-Type: application/json\n\n{body}\n")
    assert diff.count('\n+    "Flow.name') == MEMBERS
    assert 0 < len(scanners) < 5  # one per pass's text, not one per fix


def test_a_pass_proof_is_the_next_passs_check(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    proofs = counted_calls(monkeypatch, engine.Proof, "together")
    checks = counted_calls(monkeypatch, engine, "check_findings")
    body = json.dumps({"flowId": UUID, "inputData": {f"name{i}": "x" for i in range(MEMBERS)}}, indent=2)
    diff = _diff(tmp_path, "body.json", body)
    assert diff.count('\n+    "Flow.name') == MEMBERS
    assert proofs  # the pass was proven together
    # The file checked once as it is, then once per pass's proof, whose check serves the next pass: never twice.
    assert len(checks) == 1 + len(proofs)


def test_a_commented_yaml_bodys_fixes_count_against_the_render_budget_only_where_they_write_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = _commented_yaml(MEMBERS)
    monkeypatch.setattr(engine, "RENDER_BUDGET", 4 * len(text))  # 4 renderings that write the file, per pass
    passes = counted_calls(monkeypatch, fixer_passes, "_pass")
    diff = _diff(tmp_path, "body.yaml", text)
    assert diff.count("\n+  Flow.name") == MEMBERS and "# member 39" in diff
    assert len(passes) <= 2  # every fix a splice of its own size: one pass, and the one that finds nothing left


@pytest.mark.parametrize(("value", "writes"), [
    ("y", False),
    ("#y", True),  # a `#` written: verified on the edited text, which is written
])
def test_render_says_when_it_wrote_the_edited_text(value: str, writes: bool) -> None:
    old = "a: x  # one\n"
    wrote: list[int] = []
    fix = Fix(Applicability.SAFE, "quote it", (ReplaceValue(("a",), value),))
    rendered = render(fix, old, "yaml", yaml.safe_load(old), proven=False, wrote=wrote)
    assert rendered.edits is not None and rendered.edits[0].content == f'"{value}"'
    assert wrote == ([len(old)] if writes else [])


def test_an_http_bodys_fixes_are_splices_no_render_budget_counts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    body = json.dumps({"flowId": UUID, "inputData": {f"name{i}": "x" for i in range(MEMBERS)}}, indent=2)
    text = f"POST https://api.mypurecloud.com/api/v2/flows/executions\nContent-Type: application/json\n\n{body}\n"
    monkeypatch.setattr(engine, "RENDER_BUDGET", 4 * len(text))  # 4 renderings that write the file, per pass
    passes = counted_calls(monkeypatch, fixer_passes, "_pass")
    diff = _diff(tmp_path, "launch.http", text)
    assert diff.count('\n+    "Flow.name') == MEMBERS
    assert len(passes) <= 2  # every fix a splice of its own size: one pass, and the one that finds nothing left
