"""flowlint: lint the request bodies that launch Genesys Cloud Architect flows.

    >>> import validator
    >>> report = validator.check({"flowId": "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90", "inputs": {}})
    >>> report.ok
    False
    >>> [d.code for d in report.diagnostics]
    ['FL101']
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .api.check import InvalidLaunchRequest, check, ensure_valid, load_contract
from .api.fix import FixResult, fix
from .contracts.store import BrokenContract, Contract, ContractStore
from .core.about import DISTRIBUTION as DISTRIBUTION
from .core.about import DOCS_URL as DOCS_URL
from .core.about import __version__ as __version__
from .core.diagnostics import Applicability, Diagnostic, Fix, Report, Severity, Span

if TYPE_CHECKING:
    from .api.guards import guard
    from .api.httpx_guard import AsyncLaunchGuard, LaunchGuard
    from .api.sdk_guard import SdkLaunchGuard


def __getattr__(name: str) -> Any:
    # The guards are imported on first use: checking bodies does not need httpx.
    if name in ("LaunchGuard", "AsyncLaunchGuard"):
        from .api import httpx_guard

        return getattr(httpx_guard, name)
    if name == "guard":
        from .api.guards import guard

        return guard
    if name == "SdkLaunchGuard":
        from .api.sdk_guard import SdkLaunchGuard

        return SdkLaunchGuard
    raise AttributeError(f"module 'validator' has no attribute {name!r}")


__all__ = [
    "Applicability", "AsyncLaunchGuard", "BrokenContract", "Contract", "ContractStore", "Diagnostic", "Fix", "FixResult",
    "InvalidLaunchRequest", "LaunchGuard",
    "Report", "SdkLaunchGuard", "Severity", "Span", "check", "ensure_valid", "fix", "guard", "load_contract",
]
