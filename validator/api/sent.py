"""The credentials a request sends at run time, which nothing said about it may quote (a guard's exception ends up in a
log; `flowlint serve` answers a client that may log it)."""

from __future__ import annotations

import binascii
from base64 import b64decode
from collections.abc import Iterable

from ..sources import live

#: The shortest decoded part of a Basic credential masked: a shorter one is as likely another word (as live's).
_SHORTEST_PART = 4
#: Longest Basic credential decoded (a header's value is no bigger in practice; bounds the work on hostile input).
_LONGEST_BASIC = 4096


def sent_secrets(headers: Iterable[tuple[str, str]]) -> list[str]:
    """live.sent_secrets, and what an `Authorization: Basic …` (or Proxy-Authorization) header encodes: the pair
    `id:secret`, the secret and the ID, which the request may write again as they are (a body that repeats the
    client secret), longest first."""
    pairs = list(headers)
    found = set(live.sent_secrets(pairs))
    for name, value in pairs:
        scheme, _, credential = value.strip().partition(" ")
        if name.strip().lower() in ("authorization", "proxy-authorization") and scheme.lower() == "basic":
            pair = _decoded(credential.strip())
            if pair is not None:
                user, _, password = pair.partition(":")
                found.update(part for part in (pair, user, password) if len(part) >= _SHORTEST_PART)
    return sorted(found, key=lambda secret: (-len(secret), secret))


def _decoded(credential: str) -> str | None:
    """A Basic credential's `user:password` (RFC 7617: base64 of UTF-8, else Latin-1), or None when it is none."""
    if not credential or len(credential) > _LONGEST_BASIC:
        return None
    try:
        raw = b64decode(credential, validate=True)
    except (binascii.Error, ValueError):
        return None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")
