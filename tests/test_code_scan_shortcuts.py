"""The shortcuts of a code-tree scan decide what the full work would: answers remembered for the last text asked
about are that text's answers, and the byte prefilters let through every file the readers would read."""

from __future__ import annotations

from validator.checker.suppress import may_suppress
from validator.edits.code_editor import _Literal


def test_may_suppress_answers_for_the_text_asked_not_the_last_one() -> None:
    quiet = "const a = 1; // a comment\n" * 3
    loud = "const a = 1; // FlowLint: ignore[FL302]\n"
    assert may_suppress(quiet) is False
    assert may_suppress(quiet) is False  # asked again: the remembered answer
    assert may_suppress(loud) is True
    assert may_suppress("".join(["const a = 1; // a comment\n"] * 3)) is False  # equal text, another object
    assert may_suppress(loud[:-3] + "]\n") is True
    assert may_suppress(None) is False


def test_a_written_key_takes_the_quote_style_of_its_own_file() -> None:
    single = "f({ 'a': 'b', 'c': \"d\" })\n"
    double = "f({ \"a\": \"b\", 'c': \"d\" })\n"
    assert _Literal(single, "javascript", None, {}).quote() == "'"  # type: ignore[arg-type]
    assert _Literal(double, "javascript", None, {}).quote() == '"'  # type: ignore[arg-type]
    assert _Literal(single, "javascript", None, {}).quote() == "'"  # type: ignore[arg-type]
    assert _Literal(single, "javascript", None, {}).key_text("a-b") == "'a-b'"  # type: ignore[arg-type]
