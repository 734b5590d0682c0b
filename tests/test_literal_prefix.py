"""A pattern that only asks a string to start with some letters (`^Flow\\.`) is checked as `startswith`
(ecma_regex.literal_prefix): it must say what the ECMA engine says, for every text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from validator.contracts.ecma_regex import EcmaPattern, literal_prefix
from validator.contracts.subset import SubsetValidator

_SOURCES = st.lists(st.sampled_from(["a", "Z", "0", "_", "\\.", ".", "$", "|", "\\\\", "*", "-", "é", "\\d", "F", "low"]),
                    max_size=5).map(lambda parts: "^" + "".join(parts))
_TEXTS = st.text(st.sampled_from(["a", "Z", "0", "_", ".", "\\", "F", "l", "o", "w", "\n", "é", "\ud800", "-"]), max_size=8)


@settings(max_examples=300, deadline=None)
@given(_SOURCES, st.lists(_TEXTS, min_size=1, max_size=5))
def test_a_literal_prefix_is_matched_as_the_pattern_matches(source: str, texts: list[str]) -> None:
    prefix = literal_prefix(source)
    if prefix is None:
        return
    pattern = EcmaPattern(source)
    assert pattern.known  # reached: the engine reads it
    for text in [*texts, prefix, prefix + texts[0], texts[0] + prefix]:
        assert text.startswith(prefix) is pattern.search(text), (source, text)


def test_the_inputs_prefix_is_a_literal_one_and_checks_names_so() -> None:
    assert literal_prefix(r"^Flow\.") == "Flow."
    assert literal_prefix(r"^Flow.") is None and literal_prefix(r"^Flow\.$") is None and literal_prefix("Flow") is None
    names = SubsetValidator({"propertyNames": {"pattern": r"^Flow\."}})
    assert names.is_valid({"Flow.a": 1}) and not names.is_valid({"Flowa": 1}) and not names.is_valid({"flow.a": 1})
    assert [error.instance for error in names.iter_errors({"Flow.a": 1, "x": 2})] == ["x"]
