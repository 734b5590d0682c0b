"""A JSON body's text decides, once per file, that no finding can quote a value named for a secret
(engine._quotes_no_secret): then `secret_values` is not asked per finding. The decision must never be wrong."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from validator.checker.engine import _quotes_no_secret
from validator.core.credentials import secret_values
from validator.sources.document import load_text

from conftest import flowlint

FLOW = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
#: Names and strings that may spell a secret word, in any case, or only part of one.
_WORDS = st.sampled_from(["Flow.password", "Flow.PassWord", "pasw", "api_key", "apikey", "x-api-key", "token", "secret",
                          "privateKey", "private", "Flow.name", "note", "Flow.pwd", "ACCESS-TOKEN", "a", ""])
_VALUES = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False, allow_infinity=False), _WORDS,
              st.text(st.characters(max_codepoint=0x7F), max_size=12)),
    lambda children: st.one_of(st.lists(children, max_size=4), st.dictionaries(_WORDS, children, max_size=4)),
    max_leaves=12)


def _paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*path, index))
    return found


@settings(max_examples=300)
@given(_VALUES, st.booleans())
def test_a_text_said_to_quote_no_secret_has_no_secret_value_at_any_path(value: Any, ascii_only: bool) -> None:
    text = json.dumps(value, indent=2, ensure_ascii=ascii_only)
    document = load_text(text, "body.json")
    assert document.parsed  # reached: a body
    if _quotes_no_secret(document):
        for path in _paths(document.value):
            assert secret_values(document.value, path) == [], path


def test_a_secret_name_written_with_an_escape_is_still_masked_in_the_message(tmp_path: Path) -> None:
    contract = {"flowId": FLOW, "flowName": "Sec", "flowType": "WORKFLOW", "region": "mypurecloud.com", "versionId": "1.0",
                "fetchedAt": "2026-11-28T10:00:00Z",
                "inputSchema": {"type": "object", "properties": {"Flow.password": {"type": "boolean"}}}}
    (tmp_path / "store").mkdir()
    (tmp_path / "store" / f"{FLOW}.json").write_text(json.dumps(contract))
    body = '{\n  "flowId": "%s",\n  "inputData": {"Flow.p\\u0061ssword": "hunter2hunter2"}\n}\n' % FLOW
    (tmp_path / "body.json").write_text(body)
    document = load_text(body, "body.json")
    assert not _quotes_no_secret(document)  # the text does not write the name as the body holds it
    shown = flowlint("check", "--no-cache", "--no-color", "--contracts", str(tmp_path / "store"), str(tmp_path / "body.json")).stdout
    message = shown.splitlines()[0]
    assert "FL204" in message, shown  # reached: the finding about the value
    assert "hunter2" not in message, shown  # (the excerpt is the file mask's: run/masking.py)


def test_a_plain_body_without_secret_words_is_decided_by_its_text() -> None:
    body = json.dumps({"flowId": FLOW, "inputData": {"Flow.name": "Ada", "Flow.count": 3}}, indent=2)
    assert _quotes_no_secret(load_text(body, "body.json"))
    assert not _quotes_no_secret(load_text(body.replace("Flow.name", "Flow.apiKey"), "body.json"))
    assert not _quotes_no_secret(load_text(body.replace("Ada", "Ad\\u00e9"), "body.json"))
