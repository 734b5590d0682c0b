"""`validator.guard()`: the right launch guard for an httpx client or a Genesys Cloud SDK client."""

from __future__ import annotations

from typing import Any

from .sdk_guard import guard_sdk, is_sdk_client


def guard(client: Any, **options: Any) -> Any:
    """Refuse bad launch requests before they are sent; returns `client`.

    `client` is an `httpx.Client` / `httpx.AsyncClient`, or the Python SDK's `ApiClient` or an API
    object such as `ArchitectApi`. Options: `contract=` one flow's contract, `contracts=` a store.
    """
    if is_sdk_client(client):
        return guard_sdk(client, **options)
    if not hasattr(client, "event_hooks"):
        raise TypeError(f"validator.guard() takes an httpx.Client or AsyncClient, or the Genesys Cloud SDK's ApiClient "
                        f"or an API object such as ArchitectApi(); not {type(client).__name__}")
    from .httpx_guard import guard as guard_httpx

    return guard_httpx(client, **options)
