"""A guard for httpx users: refuse a bad launch request before anything is sent.

    client = httpx.Client(event_hooks={"request": [LaunchGuard(contracts=".flowlint/flows")]})

Every `POST …/api/v2/flows/executions` body is checked; a POST that puts a flow ID in the
path (which the platform does not accept) is refused; other requests pass untouched.
"""

from __future__ import annotations

import os
import re
from typing import Any

import httpx

from .api import ContractLike, InvalidLaunchRequest, check
from .contracts import ContractStore
from .diagnostics import Diagnostic, Report, Severity
from .rules import FLOW_ID_IN_PATH

_LAUNCH = re.compile(r"/api/v2/flows/executions/?$")
_ID_IN_PATH = re.compile(r"/api/v2/flows/executions/([^/]+)/?$")


class LaunchGuard:
    """An httpx request event hook (sync clients) that raises InvalidLaunchRequest for bad launches."""

    def __init__(self, *, contract: ContractLike | None = None,
                 contracts: str | os.PathLike[str] | ContractStore | None = None) -> None:
        self.contract = contract
        self.contracts = contracts

    def applies(self, request: httpx.Request) -> bool:
        return request.method == "POST" and bool(_LAUNCH.search(request.url.path) or _ID_IN_PATH.search(request.url.path))

    def inspect(self, request: httpx.Request, content: bytes) -> None:
        path = request.url.path
        in_path = _ID_IN_PATH.search(path)
        if in_path:
            raise InvalidLaunchRequest(Report([_flow_id_in_path(in_path.group(1), path)]))
        report = check(content, contract=self.contract, contracts=self.contracts)
        if not report.ok:
            raise InvalidLaunchRequest(report)

    def __call__(self, request: httpx.Request) -> None:
        if self.applies(request):
            self.inspect(request, request.read())


class AsyncLaunchGuard(LaunchGuard):
    """The same guard for `httpx.AsyncClient`."""

    async def __call__(self, request: httpx.Request) -> None:  # type: ignore[override]
        if self.applies(request):
            self.inspect(request, await request.aread())


def _flow_id_in_path(flow_id: str, path: str) -> Diagnostic:
    from .rules import RULES

    rule = RULES[FLOW_ID_IN_PATH]
    return Diagnostic(FLOW_ID_IN_PATH, rule.name, Severity.ERROR,
                      f"the request puts the flow ID in the URL ({path}); the platform has no such endpoint",
                      f'POST to /api/v2/flows/executions with the ID in the body: {{"flowId": "{flow_id}", ...}}', "", None, None)


def guard(client: Any, **options: Any) -> Any:
    """Add the right guard to an httpx.Client or httpx.AsyncClient; returns the client."""
    hook = AsyncLaunchGuard(**options) if isinstance(client, httpx.AsyncClient) else LaunchGuard(**options)
    client.event_hooks["request"] = [*client.event_hooks.get("request", []), hook]
    return client
