"""FL206 not-launchable: the contract says the flow is not a workflow, and this endpoint launches workflows only."""

from __future__ import annotations

from typing import Any

from ..contracts.store import Contract
from ..core.codes import NOT_LAUNCHABLE
from ..core.diagnostics import Finding


def not_launchable(body: Any, contract: Contract) -> list[Finding]:
    """FL206 when the flow checked against is of another type than a workflow (an inbound call flow, a bot...)."""
    if not contract.flow_type or contract.flow_type.upper() == "WORKFLOW":
        return []
    flow = contract.flow_name or (body.get("flowId") if isinstance(body, dict) else None)
    return [Finding(NOT_LAUNCHABLE, ("flowId",), f"flow {flow} is of type {contract.flow_type}; this endpoint launches workflows",
                    "launch a workflow, or start this flow through its own channel")]
