"""A shell script's words keep their text and each character's file offset in memory proportional to the text, with a
small factor: a huge word (a long argument, a here-document's body) costs a few bytes a character, not a list entry
and an int object each (~50 bytes a character). Measured by tracemalloc (allocations, not time), size-scaled."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from validator.sources import curl, embedded

LAUNCH = ("curl -X POST https://api.mypurecloud.com/api/v2/flows/executions -H 'Content-Type: application/json' "
          "--data-binary @- <<{quote}EOF{quote}\n{{\"flowId\": \"8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90\", "
          "\"inputData\": {{\"Flow.notes\": [{items}]}}}}\nEOF\n")


#: Measured in a child process: tracemalloc counts every thread's allocations, and a worker of the suite keeps earlier
#: tests' threads (loopback servers, watchers), whose allocations during the trace made this test fail under xdist;
#: the child has no thread but its own. A small launch is read first, so the patterns compiled on first use and the
#: like are paid before the trace (in a worker, earlier tests had paid them).
_PEAKS = """
import json, sys, tracemalloc
from validator.sources import curl
warm, scripts = json.load(sys.stdin)
assert curl.extract(warm)
for script in scripts:
    tracemalloc.start()
    found = curl.extract(script)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    print(json.dumps([peak, bool(found) and found[0].body is not None]))
"""


def peaks_per_character(scripts: list[str]) -> list[float]:
    """The tracemalloc peak of reading each script (curl.extract), per character of it, each read once."""
    warm = LAUNCH.format(quote="'", items='"x"')
    done = subprocess.run([sys.executable, "-c", _PEAKS], input=json.dumps([warm, scripts]), capture_output=True,
                          text=True, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    read = [json.loads(line) for line in done.stdout.splitlines()]
    assert [reached for _, reached in read] == [True] * len(scripts)  # reached: each launch was read, with its body
    return [peak / len(script) for (peak, _), script in zip(read, scripts, strict=True)]


HUGE_WORDS = [
    (LAUNCH.format(quote="'", items=",".join(['"a note, written out"'] * 5_000)), 8),
    # An expansion every ~45 characters: each is a hole of its own in the word and an unknown value in the body.
    (LAUNCH.format(quote="", items=",".join(['"a note for $NAME, written out at some length"'] * 2_500)), 24),
    ("echo " + "a" * 100_000 + "\n" + LAUNCH.format(quote="'", items='"x"'), 8),
    ('echo "' + "a b " * 25_000 + '"\n' + LAUNCH.format(quote="'", items='"x"'), 8),
]


def test_a_huge_word_costs_a_few_bytes_a_character() -> None:
    peaks = peaks_per_character([script for script, _ in HUGE_WORDS])
    for at, ((_, most), peak) in enumerate(zip(HUGE_WORDS, peaks, strict=True)):
        # (~50-70 bytes when each character was a list entry and an int; the peaks a character are the same at four
        # times these sizes: 4.9, 17.2, 1.0, 1.0 there, 5.0, 17.2, 1.1, 1.1 here)
        assert peak < most, (at, peak)


def _fill_holes_by_character(text: str) -> str:
    """embedded._fill_holes as it was written a character at a time: the oracle of the one by slices. A hole is a `{{`
    no third brace follows, up to its `}}`; where members go (in an object, not beside a colon) it is a member."""
    out = []
    i = 0
    in_string = False
    opened: list[str] = []
    while i < len(text):
        char = text[i]
        if in_string:
            if char == "\\":
                out.append(text[i:i + 2])
                i += 2
                continue
            in_string = char != '"'
        elif char == '"':
            in_string = True
        elif text.startswith("{{", i) and not text.startswith("{{{", i) and (close := text.find("}}", i + 2)) >= 0:
            width = close + 2 - i
            previous, following = text[:i].rstrip(" \t\r\n")[-1:], text[close + 2:].lstrip(" \t\r\n")[:1]
            lead = "" if previous in ("{", ",") else ","
            tail = "" if following in ("}", ",", "{", "") else ","
            member = opened[-1:] == ["{"] and ":" not in (previous, following) and width > 4 + len(lead + tail)
            filler = "\ue000" * (width - 4 - len(lead + tail))
            out.append(f'{lead}"{filler}":0{tail}' if member else '"' + "\ue000" * (width - 2) + '"')
            i = close + 2
            continue
        elif char in "{[":
            opened.append(char)
        elif char in "}]" and opened:
            opened.pop()
        out.append(char)
        i += 1
    return "".join(out)


#: The texts compared: JSON's characters, and the pieces of a hole (`{{`, `}}`, a run of braces, an expansion), so that
#: most texts hold one (drawn a character at a time, 1 text in 2,000 held a `{{` closed by a `}}`).
_HOLE_PIECES = st.lists(st.sampled_from(['"', "{", "}", "[", "]", ":", ",", "\\", "a", " ", "\n", "{{", "}}", "{{{", "$X",
                                         '\\"', "{{$X}}", '"a"', "1"]), max_size=24).map("".join)


@given(_HOLE_PIECES)
@settings(max_examples=1000, deadline=None)
def test_holes_are_filled_as_by_the_character_loop(text: str) -> None:
    assert embedded._fill_holes(text) == _fill_holes_by_character(text)


def test_filling_holes_is_linear_in_openings_without_a_close() -> None:
    text = '{"a": ' + "{{" * 50_000 + "x"
    assert embedded._fill_holes(text) == text  # (quadratic if each `{{` looked for its `}}` again)


def test_a_word_s_text_is_joined_a_bounded_number_of_times(monkeypatch: pytest.MonkeyPatch) -> None:
    """A word with many holes is joined once it is read, not at each hole (the square of its length in all)."""
    joined: list[int] = []
    text_property = vars(curl.Word)["text"]
    assert isinstance(text_property, property) and text_property.fget is not None
    text_of = text_property.fget

    def counted(word: curl.Word) -> str:
        text: str = text_of(word)
        joined.append(len(text))
        return text

    monkeypatch.setattr(curl.Word, "text", property(counted))
    for holes in (1_000, 4_000):
        joined.clear()
        script = LAUNCH.format(quote="", items=",".join(['"a note for $NAME, written out"'] * holes))
        assert curl.extract(script)[0].body is not None  # reached
        assert 0 < sum(joined) < 20 * len(script)
