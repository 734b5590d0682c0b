"""The credentials a request sends at run time, which nothing said about it may quote (a guard's exception ends up in a
log; `flowlint serve` answers a client that may log it)."""

from __future__ import annotations

from collections.abc import Iterable

from ..core.credentials import basic_pair
from ..sources import live

#: The shortest decoded part of a Basic credential masked: a shorter one is as likely another word (as live's).
_SHORTEST_PART = 4


def sent_secrets(headers: Iterable[tuple[str, str]]) -> list[str]:
    """live.sent_secrets, and what an `Authorization: Basic …` (or Proxy-Authorization) header encodes: the pair
    `id:secret`, the secret and the ID, which the request may write again as they are (a body that repeats the
    client secret), longest first."""
    pairs = list(headers)
    found = set(live.sent_secrets(pairs))
    for name, value in pairs:
        scheme, _, credential = value.strip().partition(" ")
        if name.strip().lower() in ("authorization", "proxy-authorization") and scheme.lower() == "basic":
            pair = basic_pair(credential.strip())
            if pair is not None:
                user, _, password = pair.partition(":")
                found.update(part for part in (pair, user, password) if len(part) >= _SHORTEST_PART)
    return sorted(found, key=lambda secret: (-len(secret), secret))
