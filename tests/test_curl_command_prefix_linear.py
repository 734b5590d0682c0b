"""A command's name is found past its prefix words (sudo, time, `NAME=value`…) in work linear in their number: a line of
many assignments before `curl` is not copied once per word taken off."""

from __future__ import annotations

from typing import Any

from validator.sources import curl


class CountedWords(list):  # type: ignore[type-arg]
    """A command's words that count the words every slice of them copies."""

    copied = 0

    def __getitem__(self, index: Any) -> Any:
        found = super().__getitem__(index)
        if isinstance(index, slice):
            CountedWords.copied += len(found)
            return CountedWords(found)
        return found


def copies(prefix_words: int) -> int:
    [command] = curl.commands("A=1 " * prefix_words + "sudo time curl -X POST https://example.com/x\n")
    CountedWords.copied = 0
    words = curl._command(CountedWords(command))
    counted = CountedWords.copied
    assert [word.text for word in words[:2]] == ["curl", "-X"]  # reached: the prefix taken off
    return counted


def test_the_prefix_is_taken_off_in_linear_work() -> None:
    small, large = copies(1000), copies(2000)
    assert large <= 2.2 * small + 10, (small, large)
