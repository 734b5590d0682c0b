"""`flowlint serve`: a stand-in for the platform's launch endpoint that explains every refusal, and a guard proxy.

Mount it in your own test harness (it is a Starlette/ASGI app):

    from validator.serve import app
    application = app(contracts=".flowlint/flows", auth=False)

Needs the `serve` extra; without it `app()` raises MissingServeExtra naming the install command.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING

from ..contracts.store import DEFAULT_STORE
from ..core.about import DISTRIBUTION
from ..core.clock import Clock
from ..core.diagnostics import Severity

if TYPE_CHECKING:
    from starlette.applications import Starlette

    from ..contracts.resolution import ContractSource

INSTALL_COMMAND = f"pip install '{DISTRIBUTION}[serve]'"
_EXTRA_MODULES = frozenset({"starlette", "uvicorn", "anyio"})


class MissingServeExtra(ImportError):
    """Starlette or uvicorn is not installed."""

    def __init__(self, missing: str) -> None:
        super().__init__(f"flowlint serve needs {missing}, which is not installed: {INSTALL_COMMAND}")


def app(contracts: str | os.PathLike[str] | ContractSource = DEFAULT_STORE, *, auth: bool = True, forward: str | None = None,
        max_body_size: int = 1024 * 1024, timeout: float = 30.0, max_executions: int = 10_000,
        log_format: str = "text", severities: Mapping[str, Severity | None] | None = None,
        access_log: Callable[[str], None] | None = None, max_depth: int | None = None,
        max_file_size: int | None = None, clock: Clock | None = None, cors_origins: Iterable[str] | None = None) -> Starlette:
    """The ASGI app answering `POST /api/v2/flows/executions` like the platform, with flowlint's diagnostics.

    `contracts` is the contract store (snapshots re-read when they change), or a contract source such as
    `validator.project_contracts()` (the project's flow YAML mapping in front of its store); `auth=False` accepts requests
    without a bearer token; `forward` (a region such as `eu-west-1`, a domain, or an API base URL) turns it
    into the guard proxy: valid launches and every other request go there, invalid launches never do.
    `severities` overrides rules' severities as `[tool.flowlint] severity` does (None turns a rule off).
    `max_depth` and `max_file_size` limit a body as the config's `max-depth` and `max-file-size` limit a file.
    Requests are logged to the `flowlint.serve` logger at INFO, one line each (text or `log_format="json"`),
    or handed to `access_log(line)` when given. `clock` (core/clock.py) dates runs and log lines and times requests:
    a test's FakeClock instead of the system clock. `cors_origins` lists the origins a browser app may call from
    (`http://localhost:3000`; `*` any): None allows any; preflights are answered without a token, as the platform does.
    """
    try:
        from .application import create_app
    except ModuleNotFoundError as err:
        if (err.name or "").split(".")[0] not in _EXTRA_MODULES:
            raise
        raise MissingServeExtra(err.name or "starlette") from None
    return create_app(contracts, auth=auth, forward=forward, max_body_size=max_body_size, timeout=timeout,
                      max_executions=max_executions, log_format=log_format, severities=severities, access_log=access_log,
                      max_depth=max_depth, max_file_size=max_file_size, clock=clock, cors_origins=cors_origins)


__all__ = ["INSTALL_COMMAND", "MissingServeExtra", "app"]
