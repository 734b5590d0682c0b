"""A guard for users of the Genesys Cloud Python SDK: a bad launch request is refused before it is sent.

    architect = validator.guard(PureCloudPlatformClientV2.ArchitectApi(api_client), contracts=".flowlint/flows")
    architect.post_flows_executions(body)   # raises InvalidLaunchRequest, and sends nothing, when body is bad

The guard wraps the `ApiClient`'s `call_api` (every API object sharing that client is guarded): a call to
/api/v2/flows/executions is checked as a `LaunchRequest` by the request rules (rules/request.py), as the httpx
guard checks one (a loopback host is a test stand-in, never judged), and a POST's body exactly as the SDK will
serialize it. Nothing is imported from the SDK.
"""

from __future__ import annotations

import functools
import json
import os
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import quote

from ..contracts.store import ContractStore
from ..sources.live import live_request
from .check import ContractLike, refuse_bad_launch, usable_contracts
from .routes import launch_target
from .sent import sent_secrets

#: call_api(resource_path, method, path_params, query_params, header_params, body, ...): the positions after `method`.
_PATH_PARAMS, _HEADER_PARAMS, _BODY_POSITION = 0, 2, 3


def is_sdk_client(target: Any) -> bool:
    """Whether `target` is an SDK ApiClient, or an API object (ArchitectApi…) holding one."""
    return callable(getattr(getattr(target, "api_client", target), "call_api", None))


class SdkLaunchGuard:
    """Checks the launch bodies an SDK ApiClient is about to send; raises InvalidLaunchRequest for bad ones."""

    def __init__(self, *, contract: ContractLike | None = None,
                 contracts: str | os.PathLike[str] | ContractStore | None = None) -> None:
        usable_contracts(contracts)  # a wrong one raises here, not at every launch
        self.contract = contract
        self.contracts = contracts

    def inspect(self, resource_path: Any, method: Any, body: Any, *, api_client: Any = None, path_params: Any = None,
                header_params: Any = None) -> None:
        """Raise InvalidLaunchRequest when a call to the launch endpoint is bad (a POST's body, or how it is sent)."""
        method = str(method).upper()
        path = _filled(str(resource_path), path_params)
        launch, flow_id = launch_target(path.partition("?")[0])
        if not launch or (method != "POST" and flow_id is not None):  # a run's status, another endpoint: untouched
            return
        headers = {**_strings(header_params), **_strings(getattr(api_client, "default_headers", None))}
        # The body's content is the body rules' (below); the request rules only need to know one is sent.
        request = live_request(method, _base(api_client) + path, headers.items(), None if body is None else b"{}")
        if header_params is None:
            request.headers = None  # not given (inspect called directly): the Content-Type is not judged
        token = getattr(api_client, "access_token", None)  # the SDK adds its Authorization header after this call
        sent = sent_secrets([*headers.items(), *([("Authorization", f"Bearer {token}")] if isinstance(token, str) else [])])
        refuse_bad_launch(request, lambda: as_the_sdk_sends(body), contract=self.contract, contracts=self.contracts, sent=sent)

    def wrap(self, call_api: Callable[..., Any], api_client: Any = None) -> Callable[..., Any]:
        @functools.wraps(call_api)
        def guarded(resource_path: Any, method: Any, *args: Any, **kwargs: Any) -> Any:
            def given(name: str, position: int) -> Any:
                return kwargs[name] if name in kwargs else args[position] if len(args) > position else None

            self.inspect(resource_path, method, given("body", _BODY_POSITION), api_client=api_client,
                         path_params=given("path_params", _PATH_PARAMS), header_params=given("header_params", _HEADER_PARAMS))
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
    api_client.call_api = SdkLaunchGuard(contract=contract, contracts=contracts).wrap(call_api, api_client)
    return target


def as_the_sdk_sends(body: Any) -> tuple[Any, str | None]:
    """The body as the SDK sends it, and how to parse it: a str is serialized as one JSON string (json.dumps of the
    text), which the platform refuses, whatever object the text holds (FL003, as httpx's `json=` of a str); any other
    body (a model, a dict) is the SDK's to serialize, checked as it is."""
    if isinstance(body, str):
        return json.dumps(body), "json"
    return body, None


def _filled(resource_path: str, path_params: Any) -> str:
    """The path the SDK requests: each `{name}` replaced by its parameter, percent-encoded as the SDK does."""
    if isinstance(path_params, Mapping):
        for name, value in path_params.items():
            resource_path = resource_path.replace("{" + str(name) + "}", quote(str(value)))
    return resource_path


def _strings(headers: Any) -> dict[str, str]:
    return {str(name): str(value) for name, value in headers.items()} if isinstance(headers, Mapping) else {}


def _base(api_client: Any) -> str:
    """The API base URL the SDK sends to (its gateway's, when one is configured); "" without a client (no host judged)."""
    if api_client is None:
        return ""
    host = str(getattr(api_client, "host", "") or "")
    conf_url = getattr(api_client, "get_conf_url", None)
    if callable(conf_url):
        try:
            return str(conf_url("api", host))
        except Exception:  # an SDK whose gateway settings cannot be read: its host
            pass
    return host
