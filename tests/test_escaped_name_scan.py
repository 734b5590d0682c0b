"""The escaped-name scan (a secret-named member whose name is written with escapes, `"p\\u0061ssword": "…"`) passes
over what gives no value in one pattern: it finds what the scan it replaced, one escape at a time, found."""

from __future__ import annotations

import random
import re

from hypothesis import example, given
from hypothesis import strategies as st

from validator.core import credentials
from validator.core.credentials import (
    _ANY_ESCAPE,
    _ESCAPED_NAME_LENGTH,
    _NAME_COLON,
    _list_values,
    _quoted,
    _unescaped,
    _unquoted,
    secret_name,
)

_REFERENCE_ESCAPE = re.compile(r"\\(?:u00|x|U000000)[2-7][0-9A-Fa-f]")


def _reference(text: str) -> list[tuple[int, int]]:
    """_escaped_name_values as it was written first (5c078ca): one escape at a time, ~1.5 µs each."""
    found: list[tuple[int, int]] = []
    scanned, line_end = 0, -1
    for escape in _REFERENCE_ESCAPE.finditer(text):
        if escape.start() < scanned:
            continue
        if escape.start() > line_end:  # found from the last line's end on: a long line is passed over once
            line_end = text.find("\n", escape.end())
            line_end = len(text) if line_end < 0 else line_end
        # The name's opening quote is looked for at most _ESCAPED_NAME_LENGTH back (rfind's -1 would mean the whole
        # text before: every escape of a long line scanned it again, quadratic in the line).
        nearest = max(0, escape.start() - _ESCAPED_NAME_LENGTH)
        line_start = max(text.rfind("\n", nearest, escape.start()) + 1, nearest)
        opening = max(text.rfind('"', line_start, escape.start()), text.rfind("'", line_start, escape.start()))
        name = _quoted(text, opening, line_end) if opening >= 0 else None
        if name is None:  # no string closes on the rest of the line: none is looked for there again
            scanned = line_end if opening >= 0 else escape.end()
            continue
        scanned = escape.end() if name[1] < escape.end() else name[1] + 1
        if name[1] < escape.end() or (colon := _NAME_COLON.match(text, name[1] + 1, line_end)) is None:
            continue
        decoded = _ANY_ESCAPE.sub(_unescaped, text[name[0]:name[1]])
        if not secret_name(decoded):
            continue
        at = colon.end()
        if text[at:at + 1] in ('"', "'"):
            value = _quoted(text, at, line_end)
        elif text[at:at + 1] == "[":
            values, _ = _list_values(text, at, line_end)
            found += values
            continue
        else:
            value = _unquoted(text, at, line_end, False)
        if value is not None and value[1] > value[0]:
            found.append(value)
            scanned = max(scanned, value[1])
    return found


#: Pieces a hostile or odd file puts together: escapes of secret words' letters and others, quotes (escaped too),
#: colons, lists, comments, line breaks, non-ASCII letters a case-blind secret word matches (the long s, the Kelvin
#: sign), names longer than the pattern decides on, and a gap longer than the distance a name's quote is looked for.
_PIECES = ["\\x61", "\\u0070", "\\U00000073", "\\x73", "\\u0077", "\\x6F", "\\x72", "\\x64", "\\x65", "\\x63",
           "\\x74", "\\x6b", "\\x79", "\\x5f", "\\x41", "\\x53", "\\u017f", "\\u212a", "\\xe9", "\\p", "\\", "\\\\",
           '"', "'", '\\"', "\\'", ":", ": ", " ", "\t", "\n", "\r\n", ",", "[", "]", "{", "}", " #", "#", "|",
           "password", "pass", "word", "secret", "api", "key", "apiKey", "p", "s", "a", "x", "1", "ſ", "K", "é",
           "\\x61" * 70, "a" * 250, " " * 190, '"p\\x61ssword": ', "'s\\x65cret': ", '"Flow.p\\u0061ssword": "v"']


@given(st.lists(st.sampled_from(_PIECES), max_size=60).map("".join))
@example('"p\\x61ssword": hunter2 #\'\\x61\'')
@example('"p\\x61ssword": ab\'c #"p\\x61ssword": "x"')
@example('"\\x61"\\x62": 1')
@example('"p\\x61ssword": ["a", "p\\x61ssword": "b"]')
@example('"' + "\\x61" * 70 + 'password": "v"')
@example('"' + "a" * 300 + '\\x61password": "v"')
@example('"\\u017f\\x65cret": "v"')
@example('"p\\x61swd": "v"')  # (the shortest secret word: 5 characters)
@example('"p\\x61ssword" \t: "v"')
@example('"p\\x61\\u017fsword": "v"')
def test_the_escaped_name_scan_finds_what_the_scan_it_replaced_found(text: str) -> None:
    assert credentials._escaped_name_values(text) == _reference(text)


def test_random_texts_of_the_pieces_find_the_same_values_and_some_find_values() -> None:
    draw = random.Random(5)
    valued = 0
    for _ in range(3000):
        text = "".join(draw.choices(_PIECES, k=draw.randrange(1, 40)))
        found = credentials._escaped_name_values(text)
        assert found == _reference(text), text
        valued += bool(found)
    assert valued > 300  # (reached: the comparison is not of empty lists only)


def test_names_in_comments_after_unquoted_values_are_read_without_recursion() -> None:
    text = "".join(f"\"p\\x61ssword\": v{n}'x #\\x61'" for n in range(5000))  # (each name opens in the last's value)
    assert credentials._escaped_name_values(text) == _reference(text) != []


def test_a_long_line_of_escapes_gives_no_value() -> None:
    text = ("'\\x61" * 50_000) + '"' + "\\u0061" * 50_000 + "\n" + '"\\x61\\x62": 1, ' * 10_000
    assert credentials._escaped_name_values(text) == [] == _reference(text)


_NAME_PIECES = ["\\x41", "\\u0070", "\\U00000061", "\\U0010ffff", "\\U00110000", "\\ud800", "\\n", "\\\\", "\\x4",
                "\\u00", "\\'", '\\"', "\\0", "\\N{DASH}", "\\", "a", "é", "\\xe9", "\\u212a", "x"]


@given(st.lists(st.sampled_from(_NAME_PIECES), max_size=12).map("".join))
@example("p\\x61ssword")  # (the codec's way)
@example("p\\x61ss\\nword")  # (_unescaped's: `\\n` is `n`)
def test_a_name_is_decoded_as_unescaped_decodes_it(name: str) -> None:
    assert credentials._decoded_name(name) == _ANY_ESCAPE.sub(_unescaped, name)
