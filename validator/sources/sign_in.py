"""What a Genesys Cloud sign-in written in a request file sends in its form body: a token request (a POST to a login
host's /oauth/token) writes a client secret, the password grant's password or a refresh token as `name=value`. The
.http, Postman and HAR readers say each literal one (FL305) where it is written."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterator, Mapping
from urllib.parse import unquote

from ..core.credentials import basic_pair, sent_literal
from .embedded import VARIABLE
from .model import Offsets, literal_secret, written_password
from .urls import api_host_for, url_host

#: The form members of a token request that hold a secret: whether a value written there is a real one (a password by
#: its place, whatever its shape; a secret or a token by its shape), and what a finding calls the member.
FORM_SECRETS: dict[str, tuple[Callable[[str | None], bool], str]] = {
    "client_secret": (literal_secret, "client_secret"),
    "password": (written_password, "password, a user's password for the password grant"),
    "refresh_token": (literal_secret, "refresh_token"),
}
#: The form members whose value is a secret whatever the request sends it to (a password is one only in a sign-in).
SECRETS_ANYWHERE = frozenset({"client_secret", "refresh_token"})
#: A form member holding a secret, as written: its name group 1, its value group 2 (up to the next member, a quote, a
#: JSON string's escape or a space outside a `{{ variable }}`).
_FORM_MEMBER = re.compile(f"({'|'.join(map(re.escape, FORM_SECRETS))})" + r"=((?:\{\{[^{}\r\n]*\}\}|[^&\"\\\s])+)")
#: What may come just before a form member's name: the body's start (checked apart), `&`, a line break or a quote.
_BEFORE_NAME = frozenset('&"\r\n \t')


#: An Authorization header's value written as a literal Basic credential: the scheme, then base64 text alone (group 1),
#: so a `{{variable}}`, `$TOKEN`, `${…}` or `<base64>` is none.
_BASIC = re.compile(r"[Bb][Aa][Ss][Ii][Cc][ \t]+([A-Za-z0-9+/]+={0,2})[ \t]*")
#: What a finding calls a sign-in's literal Basic credential.
BASIC_SAID = "a Basic credential"
#: What a finding calls a literal Basic credential written in code that signs in to Genesys Cloud (code is not read
#: request by request for it: the file's sign-in is, as its bearer tokens are).
BASIC_BESIDE_SAID = "a Basic credential beside a sign-in"
#: What a finding calls a Basic credential's password written in code apart from its scheme (`auth=("id", "…")`,
#: `Buffer.from('id:…')`, `b64encode(b"id:…")`), in a file that signs in to Genesys Cloud.
PAIR_BESIDE_SAID = "a Basic password beside a sign-in"


def basic_secret(text: str, start: int, end: int) -> Offsets | None:
    """Where an Authorization header's value written at text[start:end] holds a literal Basic credential that encodes a
    written secret (base64 of `client_id:client_secret`, the secret judged as curl -u's password is): the credential's
    span; None for a placeholder, or a credential that encodes no secret. Bounded: basic_pair reads its first 4 KiB."""
    match = _BASIC.fullmatch(text, start, end)
    pair = basic_pair(match.group(1)) if match is not None else None
    if match is None or pair is None:
        return None
    _, colon, secret = pair.partition(":")
    return match.span(1) if colon and written_password(secret) else None


def to_genesys_token(url: str) -> bool:
    """Whether a URL is a Genesys Cloud token request's: /oauth/token on a host under Genesys Cloud's domains."""
    host = url_host(url) if "/oauth/token" in url else None
    return host is not None and api_host_for(host) != (False, None)


def genesys_sign_in_host(value: str) -> bool:
    """Whether a string written alone is a Genesys Cloud host (`login.mypurecloud.com`, as node's https.request or
    Python's http.client is given the host apart from the path)."""
    return 0 < len(value) <= 253 and "." in value and _HOST.fullmatch(value) is not None \
        and api_host_for(value.lower().rstrip(".")) != (False, None)


_HOST = re.compile(r"[A-Za-z0-9.-]+")


def form_members(text: str, start: int, end: int, members: Collection[str] = FORM_SECRETS) -> Iterator[tuple[str, Offsets]]:
    """The name and value span of each member of a form body written at text[start:end] that FORM_SECRETS names (and
    `members` does too). Linear in the body."""
    for member in _FORM_MEMBER.finditer(text, start, end):
        if member.start() > start and text[member.start() - 1] not in _BEFORE_NAME:
            continue  # (`new_password=`: another member's name ends so)
        if member.group(1) in members:
            yield member.group(1), member.span(2)


def form_secrets(text: str, start: int, end: int, variables: Mapping[str, Offsets] | None = None,
                 members: Collection[str] = FORM_SECRETS) -> list[tuple[Offsets, str]]:
    """The literal secrets a form body written at text[start:end] sends (percent-decoded to be judged), where each is
    written and what a finding calls its member; a value that is a `{{variable}}` alone is the value `variables` says
    the file writes for it (where it is written), if it does; one written as `${NAME:-…}` (a shell expansion's default
    or alternative) is its literal, where written. Only the members named in `members` (FORM_SECRETS' names).
    Linear in the body."""
    found: list[tuple[Offsets, str]] = []
    for name, where in form_members(text, start, end, members):
        judged, said = FORM_SECRETS[name]
        named = VARIABLE.fullmatch(text, *where)
        if named is not None and variables is not None and named.group(1).strip() in variables:
            where = variables[named.group(1).strip()]
        if judged(unquote(text[where[0]:where[1]])):
            found.append((where, said))
        elif (literal := sent_literal(text, *where)) is not None and judged(unquote(literal[1])):
            found.append((literal[0], said))  # `client_secret=${CLIENT_SECRET:-…}`: its literal, written in the file
    return found

