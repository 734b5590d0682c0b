"""A guard for users of the Genesys Cloud Python SDK: a bad launch request is refused before it is sent.

    architect = validator.guard(PureCloudPlatformClientV2.ArchitectApi(api_client), contracts=".flowlint/flows")
    architect.post_flows_executions(body)   # raises InvalidLaunchRequest, and sends nothing, when body is bad

The guard wraps the `ApiClient`'s `call_api` (every API object sharing that client is guarded):
a POST to /api/v2/flows/executions has its body checked exactly as the SDK will serialize it.
Nothing is imported from the SDK.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Callable
from typing import Any

from ..contracts.store import ContractStore
from .check import ContractLike, InvalidLaunchRequest, check

_LAUNCH = re.compile(r"/api/v2/flows/executions/?$")
_BODY_POSITION = 3  # call_api(resource_path, method, path_params, query_params, header_params, body, ...)


def is_sdk_client(target: Any) -> bool:
    """Whether `target` is an SDK ApiClient, or an API object (ArchitectApi…) holding one."""
    return callable(getattr(getattr(target, "api_client", target), "call_api", None))


class SdkLaunchGuard:
    """Checks the launch bodies an SDK ApiClient is about to send; raises InvalidLaunchRequest for bad ones."""

    def __init__(self, *, contract: ContractLike | None = None,
                 contracts: str | os.PathLike[str] | ContractStore | None = None) -> None:
        self.contract = contract
        self.contracts = contracts

    def inspect(self, resource_path: Any, method: Any, body: Any) -> None:
        if str(method).upper() != "POST" or not _LAUNCH.search(str(resource_path)):
            return
        report = check(body, contract=self.contract, contracts=self.contracts)
        if not report.ok:
            raise InvalidLaunchRequest(report)

    def wrap(self, call_api: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(call_api)
        def guarded(resource_path: Any, method: Any, *args: Any, **kwargs: Any) -> Any:
            body = kwargs["body"] if "body" in kwargs else args[_BODY_POSITION] if len(args) > _BODY_POSITION else None
            self.inspect(resource_path, method, body)
            return call_api(resource_path, method, *args, **kwargs)

        guarded.flowlint_guard = self  # type: ignore[attr-defined]
        guarded.flowlint_unguarded = call_api  # type: ignore[attr-defined]
        return guarded


def guard_sdk(target: Any, *, contract: ContractLike | None = None,
              contracts: str | os.PathLike[str] | ContractStore | None = None) -> Any:
    """Guard an SDK ApiClient, or the ApiClient of an API object such as ArchitectApi; returns `target`.

    Guarding twice replaces the first guard's options rather than checking each body twice.
    """
    api_client = getattr(target, "api_client", target)
    call_api = getattr(api_client, "call_api", None)
    if not callable(call_api):
        raise TypeError(f"{type(target).__name__} is not an SDK ApiClient or API object (it has no call_api)")
    call_api = getattr(call_api, "flowlint_unguarded", call_api)
    api_client.call_api = SdkLaunchGuard(contract=contract, contracts=contracts).wrap(call_api)
    return target
