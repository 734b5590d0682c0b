"""A guard for httpx users: refuse a bad launch request before anything is sent.

    client = httpx.Client(event_hooks={"request": [LaunchGuard(contracts=".flowlint/flows")]})

Every request to `…/api/v2/flows/executions` is checked as a `LaunchRequest` by the request rules
(rules/request.py: a flow ID in the path, a method other than POST, a host that is not a Genesys
Cloud API host, a Content-Type other than JSON), and a POST's body by the body rules; a request
with an error is refused before anything is sent. A request to a loopback host is a test stand-in:
its host is never judged. Other requests (a run's status, other endpoints) pass untouched.
"""

from __future__ import annotations

import codecs
import os
import zlib
from typing import Any

import httpx

from ..contracts.store import ContractStore
from ..sources.document import DEFAULT_LIMITS
from ..sources.live import live_request
from ..sources.model import LaunchRequest
from .check import ContractLike, refuse_bad_launch, usable_contracts
from .routes import launch_target, routed_path
from .sent import sent_secrets

#: The Content-Type httpx sends a dict given as `data=` under.
_FORM = "application/x-www-form-urlencoded"
#: Largest body decompressed for a check, as for files.
_MAX_BODY = DEFAULT_LIMITS.max_file_size


class LaunchGuard:
    """An httpx request event hook (sync clients) that raises InvalidLaunchRequest for bad launches."""

    def __init__(self, *, contract: ContractLike | None = None,
                 contracts: str | os.PathLike[str] | ContractStore | None = None) -> None:
        usable_contracts(contracts)  # a wrong one raises here, not at every launch
        self.contract = contract
        self.contracts = contracts

    def applies(self, request: httpx.Request) -> bool:
        """A launch: a POST to the launch path (a flow ID after it too), or any other method to the path itself
        (a GET of `…/executions/{id}` reads a run's status)."""
        launch, flow_id = launch_target(_raw_path(request))
        return launch and (request.method.upper() == "POST" or flow_id is None)

    def inspect(self, request: httpx.Request, content: bytes) -> None:
        refuse_bad_launch(as_launch_request(request, content), lambda: _as_the_server_reads_it(request, content),
                          contract=self.contract, contracts=self.contracts, sent=sent_secrets(request.headers.multi_items()))

    def __call__(self, request: httpx.Request) -> None:
        if self.applies(request):
            self.inspect(request, request.read())


class AsyncLaunchGuard(LaunchGuard):
    """The same guard for `httpx.AsyncClient`."""

    async def __call__(self, request: httpx.Request) -> None:  # type: ignore[override]
        if self.applies(request):
            self.inspect(request, await request.aread())


def _as_the_server_reads_it(request: httpx.Request, content: bytes) -> tuple[bytes | str, str | None]:
    """The body as the server decodes it (Content-Encoding, charset), and how it parses it (JSON when so declared)."""
    encoding = request.headers.get("Content-Encoding", "").strip().lower()
    if encoding in ("gzip", "x-gzip", "deflate"):
        try:
            inflate = zlib.decompressobj(47 if encoding != "deflate" else 15)
            content = inflate.decompress(content, _MAX_BODY + 1)
        except zlib.error:
            content = b""  # unreadable for the server too: checked as an empty body
    media, _, params = request.headers.get("Content-Type", "").partition(";")
    kind = "json" if media.strip().lower().endswith(("/json", "+json")) else None
    charset = next((value.strip().strip('"') for name, _, value in (p.partition("=") for p in params.split(";"))
                    if name.strip().lower() == "charset"), None)
    wide = content[:4] in (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE) or content[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
    if (charset and charset.lower().replace("_", "-") not in ("utf-8", "utf8")) or wide:
        try:  # a server that honours the charset (or the byte order mark) reads this text
            return content.decode(charset or ("utf-32" if content[:4] in (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)
                                              else "utf-16")).removeprefix("\ufeff"), kind
        except (LookupError, UnicodeDecodeError):
            return content, kind  # FL004 explains it
    return content, kind


def _raw_path(request: httpx.Request) -> str:
    """The request's path as sent (percent-encoded, no query)."""
    return request.url.raw_path.decode("ascii", "replace").partition("?")[0]


def as_launch_request(request: httpx.Request, content: bytes | None) -> LaunchRequest:
    """An httpx request as the one `LaunchRequest` shape, its path as the server routes it."""
    path = routed_path(_raw_path(request))
    netloc = request.url.netloc.decode("ascii", "replace")
    launch = live_request(request.method, f"{request.url.scheme}://{netloc}{path}", request.headers.multi_items(),
                          content if content or request.method.upper() == "POST" else None)
    if _media_type(request) == _FORM and not _json_text(request, content):
        # httpx form-encodes a dict given as data= (and says so in the Content-Type): FL304 says to pass it as json=;
        # a Content-Type finding would have the header changed while a form is still sent. JSON text under that type
        # (content=json.dumps(…) with the header) is no form: its Content-Type is what is wrong (FL303), and it is checked.
        launch.sends = "form"
    return launch


def _json_text(request: httpx.Request, content: bytes | None) -> bool:
    """Whether a body is JSON text (an object or an array, as the server decodes it), whatever its Content-Type says."""
    if not content:
        return False
    text, _ = _as_the_server_reads_it(request, content)
    start = text.lstrip("\ufeff \t\r\n")[:1] if isinstance(text, str) else text.removeprefix(codecs.BOM_UTF8).lstrip()[:1]
    return start in ("{", "[", b"{", b"[")


def _media_type(request: httpx.Request) -> str:
    return str(request.headers.get("Content-Type", "")).partition(";")[0].strip().lower()


def guard(client: Any, **options: Any) -> Any:
    """Add the right guard to an httpx.Client or httpx.AsyncClient; returns the client."""
    hook = AsyncLaunchGuard(**options) if isinstance(client, httpx.AsyncClient) else LaunchGuard(**options)
    client.event_hooks["request"] = [*client.event_hooks.get("request", []), hook]
    return client
