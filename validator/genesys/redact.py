"""Text a server sent, made fit to show: credentials and tokens removed, length capped, controls escaped.

A server (any host --base-url names) may echo the request: the Basic credentials of a sign-in, the bearer
token of an API call. Every piece of server text goes through `server_text` before it reaches a message.
"""

from __future__ import annotations

import base64
import re

from ..core.printable import printable

#: Longest piece of server text in a message; a contextId is far shorter.
MAX_SERVER_TEXT = 200
_SECRETS: set[str] = set()
_SCHEMES = re.compile(r"(?i)\b(bearer|basic|digest|negotiate)(?:\s+|%20|\+)([A-Za-z0-9._~+/=%-]{8,})")
_FIELDS = re.compile(r"(?i)(\"?\b(?:access_token|refresh_token|id_token|client_secret|password|secret|authorization|"
                     r"api[_-]?key)\b\"?\s*[:=]\s*\"?)[^\s\",&;}]+")
_JWT = re.compile(r"\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*")


def remember(*secrets: str | None) -> None:
    """Secrets of this process (client secret, tokens): removed from any server text shown later."""
    for secret in secrets:
        if secret and len(secret) >= 4:
            _SECRETS.add(secret)


def remember_basic(client_id: str, secret: str) -> None:
    remember(secret, base64.b64encode(f"{client_id}:{secret}".encode()).decode())


def without_known_secrets(text: str) -> str:
    """The text with every secret of this process replaced by *** (for files: nothing else is touched)."""
    for secret in sorted(_SECRETS, key=len, reverse=True):
        text = text.replace(secret, "***")
    return text


def redact(text: str) -> str:
    """The text with every known secret and anything shaped like a credential replaced by ***."""
    text = without_known_secrets(text)
    text = _SCHEMES.sub(lambda m: f"{m.group(1)} ***" if _looks_secret(m.group(2)) else m.group(), text)
    text = _FIELDS.sub(lambda m: f"{m.group(1)}***", text)
    return _JWT.sub("***", text)


def _looks_secret(value: str) -> bool:
    """A credential, not a word: "Basic authentication failed" keeps its words, "Basic Zmxvd2xp…" does not."""
    return any(ch.isdigit() or ch in "=+/_-." for ch in value) or (value != value.lower() and value != value.upper()
                                                                  and not value.istitle())


def server_text(value: object, limit: int = MAX_SERVER_TEXT) -> str:
    """A piece of server text as a message may quote it: redacted, at most `limit` characters, one safe line."""
    text = redact(str(value)[: limit * 8])  # a secret cut here is cut again below
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return printable(text)
