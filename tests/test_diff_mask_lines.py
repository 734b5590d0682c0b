"""--diff's masked hunks are cut from the masked texts where the real texts' lines are (run/diff.py's _cut_as): a mask
writes each character in the place of one and keeps every line break, so each piece is that line as the mask shows
it. The fallback for masked texts of another line count (which said a hunk showed a masked secret even where none
did) is gone: it could never run, as these properties say of every mask --diff is given."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from validator.run.diff import masked_unified_diff
from validator.run.masking import Mask, masked_fixed

TEXTS = st.text(alphabet=st.sampled_from("ab1 \t\n\r\u2028\"'=:*"), max_size=60)


def _span(ends: tuple[int, int]) -> tuple[int, int]:
    return min(ends), max(ends)


def _spans(size: int) -> st.SearchStrategy[tuple[tuple[int, int], ...]]:
    return st.lists(st.tuples(st.integers(0, size), st.integers(0, size)).map(_span), max_size=4).map(tuple)


def _breaks(text: str) -> list[int]:
    return [i for i, char in enumerate(text) if char == "\n"]


@given(st.data(), TEXTS)
def test_a_mask_keeps_every_characters_place_and_line_break(data: st.DataObject, text: str) -> None:
    secrets = data.draw(_spans(len(text)))
    shown = data.draw(st.none() | _spans(len(text)))
    masked = Mask(secrets, shown).text(text)
    assert len(masked) == len(text) and _breaks(masked) == _breaks(text)


@given(st.data(), TEXTS, TEXTS)
def test_the_fixed_text_as_diff_shows_it_keeps_its_lines(data: st.DataObject, before: str, after: str) -> None:
    before_mask = Mask(data.draw(_spans(len(before))))
    after_mask = Mask(data.draw(_spans(len(after))))
    shown = masked_fixed(before, after, after_mask, before_mask)
    assert len(shown) == len(after) and _breaks(shown) == _breaks(after)


def test_a_hunk_is_left_out_only_where_a_line_is_shown_masked() -> None:
    before = "a\nkey=SECRET1\nb\nc\nd\ne\nf\ng\nh\ni\nx=1\n"
    after = before.replace("key=SECRET1", "key=SECRET2").replace("x=1", "x=2")
    at = before.index("SECRET1")
    shown_before = Mask(((at, at + 7),)).text(before)
    shown_after = Mask(((at, at + 7),)).text(after)
    assert "*******" in shown_before  # reached: the secret masked on both sides
    written, left_out = masked_unified_diff("f", before, after, shown_before, shown_after, [(0, 0), (2, 2)])
    assert left_out == 1  # the hunk of the masked line, and only it
    assert "# +key=*******\n" in written and "+x=2\n" in written and "SECRET" not in written
