"""A cookie whose every value is a reference (`Cookie: sid=$SID`, `-b "sid=$(cat s)"`, `JSESSIONID=${{ secrets.J }}`)
writes no secret: it is shown, as an Authorization header given a reference is (test_masking_references). A cookie
with any literal value stays masked whole."""

from __future__ import annotations

import pytest

from validator.core.credentials import credential_literals


def _masked(text: str) -> list[str]:
    return [text[start:end] for start, end in credential_literals(text)]


@pytest.mark.parametrize("line", [
    'curl -H "Cookie: sid=$SID; lang=$LANG" x\n', 'curl -b "sid=$(cat /run/secrets/sid)" x\n',
    'curl --cookie "sid={{sid}}" x\n', "Cookie: JSESSIONID=${{ secrets.JSESSIONID }}\n",
    'fetch(u, {headers: {Cookie: `sid=${process.env.SID}`}})\n'])
def test_a_cookie_of_references_is_shown(line: str) -> None:
    assert _masked(line) == [], line


@pytest.mark.parametrize(("line", "secret"), [
    ('curl -H "Cookie: sid=$SID; token=abc123XYZ789" x\n', "abc123XYZ789"),
    ('curl -b "sid=abc123XYZ789" x\n', "abc123XYZ789"), ("Cookie: sid=abc123XYZ789; lang=$LANG\n", "abc123XYZ789"),
    ('curl -H "Cookie: $SID abc123XYZ789" x\n', "abc123XYZ789"), ('curl -H "Cookie: sid=" x\n', None)])
def test_a_cookie_with_a_literal_value_stays_masked(line: str, secret: str | None) -> None:
    masked = _masked(line)
    assert masked and (secret is None or any(secret in value for value in masked)), masked
