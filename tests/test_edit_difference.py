"""The one edit between two texts (what a rendered fix writes, what an incremental parse is told), found by chunks."""

from __future__ import annotations

import random

import pytest

from validator.edits import text as text_module
from validator.edits.code_editor import Extractions
from validator.edits.text import difference


def _naive(old: str, new: str) -> tuple[int, int, str]:
    """The same edit, found a character at a time."""
    start = 0
    while start < min(len(old), len(new)) and old[start] == new[start]:
        start += 1
    common = 0
    while common < min(len(old), len(new)) - start and old[len(old) - 1 - common] == new[len(new) - 1 - common]:
        common += 1
    end_old, end_new = len(old) - common, len(new) - common
    if 0 < start < len(old) and old[start - 1] == "\r" and old[start] == "\n":
        start -= 1
    return start, end_old, new[start:end_new] if start <= end_new else ""


@pytest.mark.parametrize("chunk", [1, 2, 3, 7, 4096])
def test_the_edit_found_is_the_one_a_character_scan_finds(monkeypatch: pytest.MonkeyPatch, chunk: int) -> None:
    monkeypatch.setattr(text_module, "_CHUNK", chunk)
    rng = random.Random(19)
    for _ in range(400):
        old = "".join(rng.choice("ab\r\né") for _ in range(rng.randint(0, 40)))
        start = rng.randint(0, len(old))
        end = rng.randint(start, len(old))
        new = old[:start] + "".join(rng.choice("ab\r\né") for _ in range(rng.randint(0, 5))) + old[end:]
        assert difference(old, new) == _naive(old, new), (old, new)
        assert difference(old, old) == _naive(old, old)


def test_an_edit_deep_in_a_long_text() -> None:
    old = "x" * 100_000 + "flow_version" + "y" * 50_000
    new = old.replace("flow_version", "flowVersion")
    assert difference(old, new) == (100_004, 100_006, "V")  # "flow" kept, "_v" made "V"


def test_a_difference_is_remembered_for_the_very_texts_it_was_found_between() -> None:
    difference = Extractions("javascript", None).difference  # a file's editors' edits, kept with its extractions
    new = "".join(["a", "x" * 20, "b"])
    olds = ["".join(["a", "x" * 19, "b"]), "".join(["x" * 20, "b"]), "".join(["a", "x" * 20, "b", "c"])]
    for old in olds * 2:  # asked again: the same answers, each for its own pair of texts
        assert difference(old, new) == _naive(old, new)
    equal = "".join(["a", "x" * 19, "b"])  # another object, equal to the first
    assert difference(equal, new) == _naive(equal, new)
    assert difference(new, olds[0]) == _naive(new, olds[0])
