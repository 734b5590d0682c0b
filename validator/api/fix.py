"""The library's `fix()`: a body with its fixes applied, and what is left to do by hand."""

from __future__ import annotations

import codecs
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ..checker.engine import CheckOptions
from ..contracts.schema import BrokenSchema
from ..contracts.store import ContractStore
from ..core.diagnostics import Diagnostic, Report
from ..fixer.passes import fix_text, fix_value
from .check import Body, ContractLike, _store, load_contract


@dataclass
class FixResult:
    """The fixed body (of the type given: object, text or bytes), the fixes applied and the report of what remains."""

    body: Any
    applied: list[Diagnostic] = field(default_factory=list)
    remaining: Report = field(default_factory=Report)

    @property
    def changed(self) -> bool:
        """Whether any fix was applied."""
        return bool(self.applied)


def fix(body: Body, *, contract: ContractLike | None = None,
        contracts: str | os.PathLike[str] | ContractStore | None = None, unsafe: bool = False) -> FixResult:
    """Apply the safe fixes (and the unsafe ones with `unsafe=True`) to a body: an object, or JSON/YAML text or bytes.

    Text keeps every character outside the edits; an object is copied, never changed in place.
    `remaining` reports what still needs a decision.
    """
    options = CheckOptions(contract=load_contract(contract) if contract is not None else None)
    if contracts is not None:
        options.contracts = contracts if isinstance(contracts, ContractStore) else _store(os.fspath(contracts))
    try:
        return _fix(body, options, unsafe, contracts)
    except BrokenSchema:
        raise
    except Exception:  # a bug in flowlint must not break the caller: the body comes back as it was, with its report
        from .check import check

        return FixResult(body, [], check(body, contract=options.contract, contracts=contracts))


def _fix(body: Body, options: CheckOptions, unsafe: bool, contracts: str | os.PathLike[str] | ContractStore | None) -> FixResult:
    if isinstance(body, (bytes, bytearray)):
        data = bytes(body)
        prefix = codecs.BOM_UTF8 if data.startswith(codecs.BOM_UTF8) else b""
        try:
            text = data[len(prefix):].decode("utf-8")
        except UnicodeDecodeError:
            from .check import check

            return FixResult(data, [], check(data, contract=options.contract, contracts=contracts))
        outcome = fix_text(text, None, options, unsafe=unsafe)
        return FixResult(prefix + outcome.fixed.encode("utf-8"), outcome.applied, Report(outcome.remaining))
    if isinstance(body, str):
        bom = "\ufeff" if body.startswith("\ufeff") else ""
        outcome = fix_text(body[len(bom):], None, options, unsafe=unsafe)
        return FixResult(bom + outcome.fixed, outcome.applied, Report(outcome.remaining))
    value = dict(body) if isinstance(body, Mapping) and not isinstance(body, dict) else body
    outcome = fix_value(value, options, unsafe=unsafe)
    return FixResult(outcome.fixed, outcome.applied, Report(outcome.remaining))
