"""The JSON prefilter's word test (kinds._mentions_rare_json) answers as the one regex it replaced did, on small files
(one regex scan) and big ones (a byte test, then a substring search per word)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from validator.sources import kinds

#: The prefilter's regex before it was split into words (commit 235a817), with `"endpoint"` since (a Hoppscotch
#: export's request URL), `"supercommand"` (the Genesys Cloud CLI's command definitions) and the members a test case sends its
#: launch body under (`"request"`, `"body"`, `"payload"`, `"launch"`, `"launchRequest"`): the answer every input must keep.
OLD_RARE_JSON = re.compile(rb'getpostman|requestUrlTemplate|_postman_variable_scope|\$schema|openapi|swagger|AWS|Statement'
                           rb'|requestContext|"(?:selfUri"|apiVersion"|status|detail-type"|url"|uri"|topicName"|endpoint"|supercommand"'
                           rb'|request"|body"|payload"|launch"|launchRequest")')
WORDS = [word.decode() for word in (b"getpostman", b"requestUrlTemplate", b"_postman_variable_scope", b"$schema", b"openapi",
                                      b"swagger", b"AWS", b"Statement", b"requestContext", b'"selfUri"', b'"apiVersion"',
                                      b'"status', b'"detail-type"', b'"url"', b'"uri"', b'"topicName"',
                                      b'"endpoint"', b'"supercommand"', b'"request"', b'"body"', b'"payload"',
                                      b'"launch"', b'"launchRequest"')]


def _variants(word: str) -> list[str]:
    """The word, its parts (a word cut anywhere), and its other cases."""
    parts = [word[:cut] for cut in range(1, len(word))] + [word[cut:] for cut in range(1, len(word))]
    return [word, word.upper(), word.lower(), word.swapcase(), *parts]


FRAGMENTS = st.sampled_from(sorted({variant for word in WORDS for variant in _variants(word)}
                                   | {'"', "{", "}", ":", ",", " ", "\n", "x", "S", "é"}))
TEXTS = st.lists(st.one_of(FRAGMENTS, st.text(max_size=6)), max_size=12).map(lambda parts: "".join(parts).encode())
#: Filler of no byte any word holds, and filler of bytes some words hold (so the byte test passes and words are searched).
FILLERS = st.sampled_from([b" ", b"0123456789", b'{"a": [1, 2], "b": null}', b'"statu"url"uriAWapenapi'])


@settings(max_examples=400)
@given(TEXTS)
def test_small_texts_answer_as_the_old_regex(text: bytes) -> None:
    assert len(text) < kinds.RARE_JSON_SCAN_LIMIT  # the one-scan path
    assert kinds._mentions_rare_json(text) == (OLD_RARE_JSON.search(text) is not None)


@settings(max_examples=400)
@given(TEXTS, TEXTS, FILLERS, st.booleans())
def test_big_texts_answer_as_the_old_regex(head: bytes, tail: bytes, filler: bytes, filler_first: bool) -> None:
    padding = filler * (kinds.RARE_JSON_SCAN_LIMIT // len(filler) + 1)
    text = padding + head + tail if filler_first else head + padding + tail
    assert len(text) >= kinds.RARE_JSON_SCAN_LIMIT  # the word-by-word path
    assert kinds._mentions_rare_json(text) == (OLD_RARE_JSON.search(text) is not None)


def test_the_quoted_words_scan_and_the_words_agree() -> None:
    assert [word for word in WORDS if kinds._RARE_QUOTED.fullmatch(word.encode())] == [word for word in WORDS if word[0] == '"']
    assert len(WORDS) == len(kinds._RARE_JSON_WORDS) and {word.encode() for word in WORDS} == set(kinds._RARE_JSON_WORDS)


def test_a_small_file_is_scanned_from_its_quotes_only_when_no_other_word_is_in_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """The quoted words by one scan from each quote; the others by substring search, never by an alternation of every
    word (tried at most places of a body: its branches start with letters)."""
    scanned: list[bytes] = []
    real = kinds._RARE_QUOTED

    class Spy:
        def search(self, data: bytes) -> re.Match[bytes] | None:
            scanned.append(data)
            return real.search(data)

    monkeypatch.setattr(kinds, "_RARE_QUOTED", Spy())
    body = b'{"flowId": "x", "inputData": {"Flow.name": "Ana"}}'
    assert not kinds._mentions_rare_json(body) and scanned == [body]  # reached
    assert kinds._mentions_rare_json(body + b'{"openapi": "3.0"}') and scanned == [body]  # found without it
    assert kinds._mentions_rare_json(body + b'{"status": 200}') and len(scanned) == 2


def test_each_word_is_found_at_the_end_of_a_big_file_and_none_without_it() -> None:
    padding = b" " * kinds.RARE_JSON_SCAN_LIMIT
    assert not kinds._mentions_rare_json(padding)
    for word in WORDS:
        assert kinds._mentions_rare_json(padding + word.encode()), word
        assert kinds._mentions_rare_json(word.encode()), word
        assert not kinds._mentions_rare_json(padding + word.encode()[:-1]), word
