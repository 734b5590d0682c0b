"""What a check is asked to do (CheckOptions), apart from the checking itself: a run builds its options without
importing the engine, the rules or the contract resolution (a warm run takes every file from the cache)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..core.codes import RULES, TOOL_FAILURES

if TYPE_CHECKING:
    from ..contracts.resolution import ContractSource
    from ..contracts.store import BrokenContract, Contract
    from ..core.diagnostics import Severity
    from .keys import OnceKey

#: A rule's severity as configured; None turns the rule off.
SeverityMap = Mapping[str, "Severity | None"]


@dataclass
class CheckOptions:
    """What to check a body against, beyond the bundled schema."""

    contract: Contract | BrokenContract | None = None  # one contract for every body (--flow-schema, or the library's contract=)
    contracts: ContractSource | None = None  # a contract per flowId
    severities: SeverityMap = field(default_factory=dict)
    #: Render each fix as edits and prove it: only where the output shows edits (json, sarif, --fix, --diff, fix()).
    #: A text report shows the message only: its fixes stay pending (--fix renders and proves them).
    render_fixes: bool = True
    #: The notes said once per run already given in this process (a run's): one is then not located again.
    said_once: set[OnceKey] | None = None
    #: The config's per-file-ignores: for a file name, (JSON pointer or None, codes or None) pairs it ignores.
    ignores_for: Callable[[str], Sequence[tuple[str | None, frozenset[str] | None]]] | None = None

    @classmethod
    def for_rule(cls, *codes: str, **options: Any) -> CheckOptions:
        """Options with every rule but `codes` turned off (ruff's `for_rule`): a test sees only what it is about.
        Tool failures (FL900, FL901) cannot be turned off."""
        severities = {code: None for code in RULES if code not in codes and code not in TOOL_FAILURES}
        return cls(severities=severities, **options)

    @property
    def forkable(self) -> bool:
        """Whether worker processes can share these options (a live Genesys Cloud client cannot be shared)."""
        return getattr(self.contracts, "forkable", True)
