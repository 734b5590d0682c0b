"""A fix of one operation rendered as a splice (the edited text never written) gives the edit the edited text gives."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from validator.checker.engine import CheckOptions, check_findings
from validator.contracts.store import ContractStore
from validator.edits import editor_for, render
from validator.edits.text import difference, difference_at, spliced
from validator.sources.document import load_text

ROOT = Path(__file__).resolve().parent.parent
_TEXT = st.text(alphabet="ab\r\né", max_size=60)


@given(old=_TEXT, content=st.text(alphabet="ab\r\né", max_size=8), data=st.data())
def test_the_edit_around_a_splice_is_the_one_between_the_whole_texts(old: str, content: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(old)))
    end = data.draw(st.integers(start, len(old)))
    assert difference_at(old, (start, end, content)) == difference(old, spliced(old, (start, end, content)))


def test_a_long_agreement_around_the_splice_is_followed_to_its_end() -> None:
    old = "ab" * 5000
    for splice in [(0, 0, "ab"), (5000, 5000, "ba"), (10000, 10000, "ab"), (2, 6, "abab"), (1, 1, "\r\n")]:
        assert difference_at(old, splice) == difference(old, spliced(old, splice)), splice


def test_every_fix_of_the_bad_bodies_renders_as_its_written_text_does() -> None:
    options = CheckOptions(contracts=ContractStore(str(ROOT / ".flowlint" / "flows")))
    rendered = 0
    for path in sorted((ROOT / "fixtures" / "invalid").glob("*")):
        if path.suffix not in (".json", ".yaml", ".yml"):
            continue
        text = path.read_bytes().decode("utf-8", "replace").lstrip("\ufeff")
        document = load_text(text, path.name)
        if not document.parsed or document.text is None:
            continue
        editor = editor_for(document.kind, document.dialect)
        assert editor is not None
        for finding in check_findings(document, options, False):
            fix = finding.fix
            if fix is None or len(fix.operations) != 1:
                continue
            fast = render(fix, document.text, document.kind, document.value, document.lines(), document.dialect, proven=False)
            if fast.edits is None:
                continue
            rendered += 1
            written = editor.apply(document.text, fix.operations[0])
            start, end, content = difference(document.text, written)
            assert [(e.start, e.end, e.content) for e in fast.edits] == [(start, end, content)], (path.name, finding.code)
            assert fast.edits[0].span == document.lines().span(start, end)  # type: ignore[union-attr]
    assert rendered >= 10  # reached: the fixtures' fixes were rendered
