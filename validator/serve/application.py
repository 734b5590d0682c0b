"""The stand-in launch endpoint, and with `forward` the guard proxy, as a Starlette application."""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import AsyncIterator, Callable, Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

import anyio.to_thread
import httpx
from starlette.applications import Starlette
from starlette.background import BackgroundTask
from starlette.middleware import Middleware
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Route

from ..api.routes import launch_target
from ..api.sent import sent_secrets
from ..checker.engine import SeverityMap, without_secrets
from ..contracts.resolution import ContractSource
from ..contracts.store import DEFAULT_STORE, Contract
from ..core.clock import Clock, default
from ..core.codes import CONTENT_TYPE, FLOW_ID_IN_PATH, WRONG_METHOD
from ..core.diagnostics import Diagnostic, Severity
from ..sources.document import Limits
from .access_log import AccessLog, escape, notes
from .checks import LaunchCheck, bearer_problem, check_launch, configured, request_findings
from .contracts import ReloadingStore
from .cors import RELAYED, Cors, is_preflight
from .limits import BodyTimeout, BodyTooLarge, announced_too_large, limited, read_body
from .platform import LAUNCH_PATH, Execution, Executions, diagnostic_dict, error_body, new_context_id, render, summary
from .proxy import Upstream, end_to_end, upstream_url

ALL_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]
#: Bodies up to this size are checked on the event loop; bigger ones in a worker thread, so they never stall it.
INLINE_CHECK_BYTES = 64 * 1024
WARNING_HEADER = "Flowlint-Warning"


@dataclass(frozen=True)
class Settings:
    """How the server answers; the command line's options."""

    contracts: str | os.PathLike[str] | ContractSource = DEFAULT_STORE  # a store directory, or a built source
    auth: bool = True
    forward: str | None = None  # the platform's API base URL
    max_body_size: int = 1024 * 1024
    timeout: float = 30.0
    max_executions: int = 10_000
    log_format: str = "text"
    access_log: Callable[[str], None] | None = None  # where request lines go instead of the flowlint.serve logger
    severities: SeverityMap = field(default_factory=dict)  # the project's [tool.flowlint] severity table
    #: The project's `max-depth` and `max-file-size` (None: check's defaults): a body is loaded as check loads a file.
    max_depth: int | None = None
    max_file_size: int | None = None
    #: The origins a browser app may call from (`--cors-origin`); None: any origin (cors.py says why).
    cors_origins: tuple[str, ...] | None = None


def json_response(status: int, body: Any, headers: dict[str, str] | None = None) -> Response:
    return Response(render(body), status_code=status, media_type="application/json", headers=headers)


def warning_header(diagnostics: list[Diagnostic]) -> dict[str, str]:
    """The accepted launch's warnings in one header, for clients that never read the body."""
    if not diagnostics:
        return {}
    text = "; ".join(f"{d.code} {d.message}" for d in diagnostics)
    return {WARNING_HEADER: escape(text, 1000)}


def route_raw_path(request: Request) -> bytes:
    """The path as the client sent it (still percent-encoded), minus the prefix the app is mounted under."""
    raw: bytes = request.scope.get("raw_path") or request.url.path.encode()
    prefix = request.scope.get("root_path", "").encode("utf-8", "surrogateescape")
    return raw[len(prefix):] if prefix and raw.startswith(prefix) else raw


async def relay(reply: httpx.Response) -> AsyncIterator[bytes]:
    """The platform's reply body as it arrives, bytes unchanged (still compressed if it was); the upstream
    connection is released even when the client goes away mid-stream."""
    try:
        async for chunk in reply.aiter_raw():
            yield chunk
    finally:
        await reply.aclose()


class Service:
    """The state behind the routes: contracts, remembered runs, the upstream; and the handlers."""

    def __init__(self, settings: Settings, clock: Clock | None = None) -> None:
        self.settings = settings
        self.clock = clock or default()  # runs' dates, the access log's times and durations, when a snapshot is re-read
        contracts = settings.contracts
        self.contracts: ContractSource = (ReloadingStore(contracts, clock=self.clock) if isinstance(contracts, (str, os.PathLike))
                                          else contracts)
        self.executions = Executions(settings.max_executions)
        self.upstream = Upstream(settings.forward, timeout=settings.timeout) if settings.forward else None
        # Read whole up to --max-body-size (413 beyond); loaded within the project's limits, as check loads a file.
        self.limits = Limits(max_file_size=min(settings.max_body_size, settings.max_file_size or settings.max_body_size),
                             max_depth=settings.max_depth or Limits.max_depth)

    # ---- answers

    def refuse(self, request: Request, status: int, code: str, message: str, diagnostics: list[Diagnostic] | None = None,
               headers: dict[str, str] | None = None) -> Response:
        """An ErrorBody answer; its contextId and codes go to the log line too."""
        context = new_context_id()
        note = notes(request.scope)
        note["contextId"] = context
        if diagnostics:
            note["codes"] = [d.code for d in diagnostics]
        return json_response(status, error_body(status, code, message, context, diagnostics=diagnostics or ()), headers)

    def unauthorized(self, request: Request) -> Response | None:
        """401 like the platform when the Authorization header is missing or malformed (unless auth is off)."""
        if not self.settings.auth:
            return None
        problem = bearer_problem(request.headers.get("authorization"))
        return None if problem is None else self.refuse(request, 401, "bad.credentials", f"Invalid login credentials: {problem}")

    # ---- routes

    async def healthz(self, request: Request) -> Response:
        return json_response(200, {"status": "ok"})

    async def launch(self, request: Request) -> Response:
        """POST /api/v2/flows/executions: check the body; answer 400 with why, or launch (or forward) it."""
        refused = self.unauthorized(request)
        if refused is not None:
            return refused
        # Before the body is read: the platform refuses a media type not JSON first (415), whatever the project's
        # [severity] says of FL303: that table sets what is said (FL303 a warning, or not said when off), never what
        # the platform answers. Any other finding of the request (a credential in its URL, FL305, advice the platform
        # does not enforce) is said with the body's, once it is read, and refuses only when the project makes it an error.
        everything = self.request_findings(request, None, as_configured=False)
        found = configured(everything, self.settings.severities) if self.settings.severities else everything
        media = next((d for d in everything if d.code == CONTENT_TYPE), None)
        if media is not None:
            named = f"{media.code} " if any(d.code == CONTENT_TYPE for d in found) else ""
            return self.refuse(request, 415, "unsupported.media.type",
                               f"Unsupported Media Type: {named}{media.message}: {media.help}", found)
        try:
            too_large = announced_too_large(request.headers.get("content-length"), self.settings.max_body_size)
            if too_large is not None:
                raise too_large
            data = await read_body(request.stream(), self.settings.max_body_size, self.settings.timeout)
        except (BodyTooLarge, BodyTimeout, ClientDisconnect) as err:
            return self.body_refused(request, err)
        # What the body is sent as (an object never serialized, FL304: its text is no body to check), and the request's
        # warnings, said beside the body's findings: a warning never refuses the launch, nor hides why the body is wrong.
        found = self.request_findings(request, data)
        if any(d.severity is Severity.ERROR for d in found):
            result = LaunchCheck(found)
        else:
            checked = await self.check(data)
            result = LaunchCheck([*found, *checked.diagnostics], checked.body) if found else checked
        sent = sent_secrets(request.headers.items())
        if sent and result.diagnostics:  # a body reusing the request's token: the answer (a client may log it) never quotes it
            result = LaunchCheck(without_secrets(result.diagnostics, sent), result.body)
        notes(request.scope)["codes"] = result.codes
        if result.tool_failed:
            return self.refuse(request, 500, "internal.server.error",
                               f"flowlint could not check the body: {result.errors[0].message}", result.diagnostics)
        if not result.ok:
            return self.refuse(request, 400, "bad.request", summary(result.errors), result.diagnostics)
        if self.upstream is not None:
            return await self.forward(request, data)
        return self.launched(result)

    def request_findings(self, request: Request, body: bytes | None, *, as_configured: bool = True) -> list[Diagnostic]:
        """The request rules' findings for the request as received (rules/request.py), as every source's launches get,
        at the severities the project's config gives them (`as_configured`), else at their rules' own: what the
        platform itself refuses (a media type not JSON) whatever the project's config says."""
        own = tuple(host for host in (request.url.hostname, (request.scope.get("server") or (None,))[0]) if host)
        return request_findings(request.method, str(request.url), list(request.headers.items()), body, own,
                                self.settings.severities if as_configured else None)

    async def check(self, data: bytes) -> LaunchCheck:
        if len(data) <= INLINE_CHECK_BYTES:
            return check_launch(data, self.contracts, self.limits, self.settings.severities)
        return await anyio.to_thread.run_sync(check_launch, data, self.contracts, self.limits, self.settings.severities)

    def launched(self, result: LaunchCheck) -> Response:
        # Accepted bodies are objects with a flowId, unless the project's config turned those rules off.
        body = result.body if isinstance(result.body, dict) else {}
        flow_id: str = body["flowId"] if isinstance(body.get("flowId"), str) else ""
        contract = self.contracts.get(flow_id)
        known = contract if isinstance(contract, Contract) else None
        version = body.get("flowVersion") if isinstance(body.get("flowVersion"), str) and body.get("flowVersion") else None
        name = body.get("name") if isinstance(body.get("name"), str) and body.get("name") else None
        execution = Execution.launch(flow_id, name, version or (known.version if known else None),
                                     known.flow_name if known else None, self.clock)
        self.executions.remember(execution)
        answer = execution.launch_response()
        if result.notes:
            answer["diagnostics"] = [diagnostic_dict(d) for d in result.notes]
        return json_response(200, answer, warning_header(result.notes))

    async def execution(self, request: Request) -> Response:
        """/api/v2/flows/executions/{id}: a POST puts a flow ID where the platform has no route (FL106); GET reads a run."""
        if request.method == "POST":
            refused = self.unauthorized(request)
            return refused or self.no_such_route(request, self.request_findings(request, b""))
        if self.upstream is not None:
            return await self.forward(request, None)
        refused = self.unauthorized(request)
        if refused is not None:
            return refused
        if request.method not in ("GET", "HEAD"):
            return self.not_allowed(request, "GET")
        run = self.executions.get(request.path_params["execution_id"])
        if run is None:
            return self.refuse(request, 404, "not.found", "Unable to find a flow execution with that ID (this stand-in "
                               "remembers the runs it launched since it started)")
        return json_response(200, run.status())

    async def token(self, request: Request) -> Response:
        """POST /oauth/token: a client-credentials sign-in answered as the platform's login host answers it, so the
        SDKs sign in unchanged (their login URL is the API URL when that is not an `api.` host). Any client ID and
        secret are taken: this stand-in checks launches, not who you are. When forwarding, the platform signs in."""
        if self.upstream is not None:
            return self.refuse(request, 400, "bad.request", "with --forward, sign in at the platform's login host: "
                               "a token this stand-in made would be refused by Genesys Cloud")
        try:
            form = await read_body(request.stream(), 64 * 1024, self.settings.timeout)
        except (BodyTooLarge, BodyTimeout, ClientDisconnect) as err:
            return self.body_refused(request, err)
        fields = dict(parse_qsl(form.decode("utf-8", "replace")))
        if fields.get("grant_type") != "client_credentials":
            return json_response(400, {"error": "unsupported_grant_type",
                                       "description": "this stand-in grants client_credentials only",
                                       "error_description": "this stand-in grants client_credentials only"})
        if not request.headers.get("authorization", "").lower().startswith("basic "):
            return json_response(401, {"error": "invalid_client", "description": "send the client ID and secret as "
                                       "`Authorization: Basic base64(id:secret)`",
                                       "error_description": "send the client ID and secret as Basic authorization"})
        return json_response(200, {"access_token": f"flowlint-serve-{secrets.token_urlsafe(24)}", "token_type": "bearer",
                                   "expires_in": 86399})

    def no_such_route(self, request: Request, found: list[Diagnostic]) -> Response:
        """404 as the platform answers a launch sent to a path with the flow ID in it, with why (FL106)."""
        said = next((d for d in found if d.code == FLOW_ID_IN_PATH), found[0] if found else None)
        why = f": {said.code} {said.message}" if said is not None else ""
        return self.refuse(request, 404, "not.found", f"No such route{why}", found)

    def flow_id_in_path(self, request: Request) -> Response | None:
        """The platform's 404 with why (FL106) for a launch POSTed with the flow ID in its path; else None."""
        if request.method != "POST" or "/executions" not in request.url.path.lower() \
                or launch_target(route_raw_path(request).decode("latin-1"))[0]:  # the launch path, spelled another way
            return None
        found = self.request_findings(request, b"")
        if not any(d.code == FLOW_ID_IN_PATH for d in found):
            return None
        return self.unauthorized(request) or self.no_such_route(request, found)

    async def other(self, request: Request) -> Response:
        """Every other route: proxied untouched when forwarding, else 404 (405 for the launch path's other methods).

        A path the platform would route to the launch endpoint once normalised (`/api/v2/flows/./executions`, `//`,
        upper case, `;params`, a final `/`) is never forwarded: refused with 400, so no launch passes unchecked.
        A launch POSTed with the flow ID in its path (`/api/v2/flows/{id}/executions`) gets the platform's 404, with
        why (FL106), as one to `/api/v2/flows/executions/{id}` does (execution)."""
        if self.upstream is not None:
            raw = route_raw_path(request).decode("latin-1")
            if launch_target(raw)[0] and not is_preflight(request.scope):  # a preflight has no body: it launches nothing
                return self.refuse(request, 400, "bad.request", f"{escape(raw, 120)} is routed as {LAUNCH_PATH}: send "
                                   f"launches to {LAUNCH_PATH} exactly, so flowlint checks them before they go on")
            misrouted = self.flow_id_in_path(request)
            return misrouted if misrouted is not None else await self.forward(request, None)
        refused = self.unauthorized(request)
        if refused is not None:
            return refused
        misrouted = self.flow_id_in_path(request)
        if misrouted is not None:
            return misrouted
        path = "/" + request.path_params.get("path", "")  # relative to where the app is mounted
        if path.rstrip("/") == LAUNCH_PATH:
            found = self.request_findings(request, None)
            method = next((d for d in found if d.code == WRONG_METHOD), None)
            if method is None:  # a POST to a spelling of the path no route takes (`…/executions//`), or FL301 turned off
                return self.not_allowed(request, "POST")
            return self.refuse(request, 405, "method.not.allowed", f"Method not allowed: {method.code} {method.message}",
                               found, headers={"Allow": "POST"})
        hint = (f"; flows are launched with POST {LAUNCH_PATH} and read with GET {LAUNCH_PATH}/{{executionId}}"
                if "flows/execution" in path.lower() else "")
        return self.refuse(request, 404, "not.found", f"The requested resource was not found{hint}")

    def not_allowed(self, request: Request, allowed: str) -> Response:
        return self.refuse(request, 405, "method.not.allowed", f"{escape(request.method, 20)} is not allowed here; use {allowed}",
                           headers={"Allow": allowed})

    def body_refused(self, request: Request, err: Exception) -> Response:
        if isinstance(err, BodyTooLarge):
            return self.refuse(request, 413, "request.entity.too.large", f"Request entity too large: {err}")
        if isinstance(err, BodyTimeout):
            return self.refuse(request, 408, "request.timeout", f"Request timeout: {err}")
        return self.refuse(request, 400, "bad.request", "The client closed the connection before sending the whole body")

    # ---- the guard proxy

    async def forward(self, request: Request, data: bytes | None) -> Response:
        """Send the request upstream as the client sent it (minus hop-by-hop headers) and stream the reply back unchanged."""
        assert self.upstream is not None
        notes(request.scope)["upstream"] = self.upstream.base_url
        content: bytes | AsyncIterator[bytes] | None
        if data is not None:
            content = data
        elif "content-length" in request.headers or "transfer-encoding" in request.headers:
            too_large = announced_too_large(request.headers.get("content-length"), self.settings.max_body_size)
            if too_large is not None:
                return self.body_refused(request, too_large)
            content = limited(request.stream(), self.settings.max_body_size, self.settings.timeout)
        else:  # no body (RFC 9112 §6.3): none goes on, not an empty chunked one a GET or DELETE was never sent with
            content = None
        try:
            reply = await self.upstream.send(request.method, route_raw_path(request), request.scope.get("query_string", b""),
                                             request.headers.raw, content)
        except (BodyTooLarge, BodyTimeout, ClientDisconnect) as err:
            return self.body_refused(request, err)
        except httpx.TimeoutException:
            return self.refuse(request, 504, "gateway.timeout",
                               f"The platform did not answer within {self.settings.timeout:g} s (flowlint serve --timeout)")
        except httpx.HTTPError as err:
            return self.refuse(request, 502, "bad.gateway", f"The platform could not be reached: {type(err).__name__}")
        response = StreamingResponse(relay(reply), status_code=reply.status_code, background=BackgroundTask(reply.aclose))
        response.raw_headers = end_to_end(reply.headers.raw)
        request.scope[RELAYED] = True  # its CORS headers are the platform's
        return response

    async def internal_error(self, request: Request, exc: Exception) -> Response:
        return self.refuse(request, 500, "internal.server.error", "flowlint serve failed on this request; this is a bug in flowlint")

    # ---- assembly

    @contextlib.asynccontextmanager
    async def lifespan(self, _: Starlette) -> AsyncIterator[None]:
        try:
            yield
        finally:
            if self.upstream is not None:
                await self.upstream.aclose()

    def application(self) -> Starlette:
        routes = [
            Route("/healthz", self.healthz, methods=["GET", "HEAD"]),
            Route("/oauth/token", self.token, methods=["POST"]),
            Route(LAUNCH_PATH, self.launch, methods=["POST"]),
            Route(LAUNCH_PATH + "/", self.launch, methods=["POST"]),
            Route(LAUNCH_PATH + "/{execution_id}", self.execution, methods=ALL_METHODS),
            Route("/{path:path}", self.other, methods=ALL_METHODS),
        ]
        app = Starlette(routes=routes, middleware=[Middleware(AccessLog, log_format=self.settings.log_format,
                                                              write=self.settings.access_log, clock=self.clock),
                                                   Middleware(Cors, origins=self.settings.cors_origins,
                                                              forwarding=self.upstream is not None)],
                        exception_handlers={Exception: self.internal_error}, lifespan=self.lifespan)
        app.router.redirect_slashes = False
        app.state.service = self
        return app


def create_app(contracts: str | os.PathLike[str] | ContractSource = DEFAULT_STORE, *, auth: bool = True, forward: str | None = None,
               max_body_size: int = Settings.max_body_size, timeout: float = Settings.timeout,
               max_executions: int = Settings.max_executions, log_format: str = "text",
               severities: SeverityMap | None = None, access_log: Callable[[str], None] | None = None,
               max_depth: int | None = None, max_file_size: int | None = None, clock: Clock | None = None,
               cors_origins: Iterable[str] | None = None) -> Starlette:
    """The ASGI app (see `validator.serve.app`)."""
    base = upstream_url(forward) if forward else None
    return Service(Settings(contracts, auth, base, max_body_size, timeout, max_executions, log_format, access_log,
                            dict(severities or {}), max_depth, max_file_size,
                            None if cors_origins is None else tuple(cors_origins)), clock).application()
