"""flowlint: lint the request bodies that launch Genesys Cloud Architect flows.

    >>> import validator
    >>> report = validator.check({"flowId": "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90", "inputs": {}})
    >>> report.ok
    False
    >>> [d.code for d in report.diagnostics]
    ['FL101']
"""

from __future__ import annotations

from .core.about import DISTRIBUTION as DISTRIBUTION
from .core.about import DOCS_URL as DOCS_URL
from .core.about import __version__ as __version__

TYPE_CHECKING = False  # not typing's: `flowlint --version` does not import typing
if TYPE_CHECKING:
    from typing import Any

    from .api.check import InvalidLaunchRequest as InvalidLaunchRequest
    from .api.check import check as check
    from .api.check import ensure_valid as ensure_valid
    from .api.check import load_contract as load_contract
    from .api.fix import FixResult as FixResult
    from .api.fix import fix as fix
    from .api.guards import guard
    from .api.httpx_guard import AsyncLaunchGuard, LaunchGuard
    from .api.sdk_guard import SdkLaunchGuard
    from .contracts.store import BrokenContract as BrokenContract
    from .contracts.store import Contract as Contract
    from .contracts.store import ContractStore as ContractStore
    from .core.diagnostics import Applicability as Applicability
    from .core.diagnostics import Diagnostic as Diagnostic
    from .core.diagnostics import Fix as Fix
    from .core.diagnostics import Report as Report
    from .core.diagnostics import Severity as Severity
    from .core.diagnostics import Span as Span
    from .project.contracts import project_contracts as project_contracts

#: Where each public name lives: imported on first use, so `flowlint --version` (and any `validator.x` submodule)
#: does not pay for the checker, the schemas or httpx.
_LAZY = {
    "InvalidLaunchRequest": "api.check", "check": "api.check", "ensure_valid": "api.check", "load_contract": "api.check",
    "FixResult": "api.fix", "fix": "api.fix", "guard": "api.guards", "LaunchGuard": "api.httpx_guard",
    "AsyncLaunchGuard": "api.httpx_guard", "SdkLaunchGuard": "api.sdk_guard", "BrokenContract": "contracts.store",
    "Contract": "contracts.store", "ContractStore": "contracts.store", "Applicability": "core.diagnostics",
    "Diagnostic": "core.diagnostics", "Fix": "core.diagnostics", "Report": "core.diagnostics", "Severity": "core.diagnostics",
    "Span": "core.diagnostics", "project_contracts": "project.contracts",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'validator' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value  # the next lookup is a plain one
    return value


__all__ = [
    "Applicability", "AsyncLaunchGuard", "BrokenContract", "Contract", "ContractStore", "Diagnostic", "Fix", "FixResult",
    "InvalidLaunchRequest", "LaunchGuard",
    "Report", "SdkLaunchGuard", "Severity", "Span", "check", "ensure_valid", "fix", "guard", "load_contract",
    "project_contracts",
]
