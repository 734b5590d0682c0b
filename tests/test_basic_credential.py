"""One reading of an `Authorization: Basic …` credential (RFC 7617: base64 of `id:secret` in UTF-8, else Latin-1) for
what a request sends at run time (api/sent.py: masked wherever said) and what a recording writes (sources/har.py: FL305
when the secret is a literal one); bounded work on a hostile one: its first 4096 characters are read."""

from __future__ import annotations

import base64

from validator.api.sent import sent_secrets
from validator.core.credentials import basic_pair

ID = "3f9a1c2e-7b4d-4e8f-9a1b-2c3d4e5f6a7b"


def _basic(pair: bytes) -> str:
    return base64.b64encode(pair).decode()


def test_a_basic_credential_is_read_as_rfc_7617_says() -> None:
    assert basic_pair(_basic(f"{ID}:Mn4Bv6Cx8Za1".encode())) == f"{ID}:Mn4Bv6Cx8Za1"
    assert basic_pair(_basic("anne:pässwörd".encode())) == "anne:pässwörd"  # UTF-8
    assert basic_pair(_basic("anne:pässwörd".encode("latin-1"))) == "anne:pässwörd"  # else Latin-1
    assert basic_pair(" " + _basic(b"anne:pw") + " ") is None  # (the caller strips it)
    for none in ("", "not base64!", "abc"):
        assert basic_pair(none) is None, none


def test_a_long_credentials_id_is_still_masked() -> None:
    """A password longer than any header's: the ID and the start of the secret it encodes are still read (the work
    bounded), never the whole credential refused unread."""
    secret = "Kx9" * 2000
    sent = sent_secrets([("Authorization", f"Basic {_basic(f'{ID}:{secret}'.encode())}")])
    assert ID in sent, [s[:60] for s in sent]
