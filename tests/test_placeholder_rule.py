"""One placeholder rule (core.credentials): the words that say a written secret stands for one are one table, which
FL305's token judgement (sources.model.literal_secret), a password's (placeholder_password, written_password) and a
test file's made-up credential (placeholder_password's in_tests) read; the masking's template holes are asked first by
each (a placeholder is never a reason to show a secret's text: the masking waits for no judgement)."""

from __future__ import annotations

import pytest

from validator.core.credentials import PLACEHOLDER_WORDS, only_holes, placeholder_password
from validator.sources.model import literal_secret, written_password


@pytest.mark.parametrize("word", sorted(PLACEHOLDER_WORDS))
def test_each_placeholder_word_makes_a_token_and_a_password_a_placeholder(word: str) -> None:
    assert literal_secret("Xq8vK2mW7xR4pLs9Tn3B")  # (reached: a real-looking token is one)
    assert not literal_secret(f"{word.upper()}_Xq8vK2mW7xR4pLs9Tn3B")
    assert placeholder_password(f"{word}_secret") and not written_password(f"{word}-client-secret")


@pytest.mark.parametrize(("value", "anywhere", "in_tests"), [
    ("test-secret", False, True), ("fakeSecret", False, True), ("dummy_secret1", False, True), ("bar", False, True),
    ("client_secret", True, True), ("<secret>", True, True), ("xxxx", True, True),
    ("s3cret", False, False), ("Pa55w0rd", False, False), ("Xq8vK2mW7xR4", False, False), ("pw", False, False),
])
def test_a_test_files_made_up_password_is_a_placeholder_there_only(value: str, anywhere: bool, in_tests: bool) -> None:
    assert placeholder_password(value) is anywhere
    assert placeholder_password(value, in_tests=True) is in_tests
    assert not only_holes(value) or value == "<secret>"  # (the masking's question: template holes only)


@pytest.mark.parametrize("value", ["#{ClientSecret}#", "@@CLIENT_SECRET@@", "%(client_secret)s", "{{{clientSecret}}}",
                                   "$[variables.clientSecret]", "@{parameters('secret')}"])
def test_a_password_written_in_any_templates_syntax_is_a_hole(value: str) -> None:
    # (one recogniser, core.placeholders: the flow ID's placeholder shapes are a credential's holes too)
    assert only_holes(value) and placeholder_password(value)
    assert not only_holes(f"Xq8vK2mW7xR4{value}")  # reached: known text beside it is no hole
