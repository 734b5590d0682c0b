"""The library's `fix()`: a body with its fixes applied, and what is left to do by hand."""

from __future__ import annotations

import codecs
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ..checker.engine import CheckOptions
from ..contracts.schema import BrokenSchema
from ..contracts.store import BrokenContract, ContractStore
from ..core.diagnostics import Diagnostic, Finding, Report
from ..fixer.passes import fix_text, fix_value
from .check import Body, ContractLike, NotSent, _store, as_sent, load_contract


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
    try:
        options = CheckOptions(contract=load_contract(contract) if contract is not None else None)
    except BrokenContract:  # as check reports it: FL901 on the body, nothing fixed
        from .check import check

        return FixResult(body, [], check(body, contract=contract, contracts=contracts))
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
    if _not_sent_as_given(body):  # fixes are proven on JSON: what json.dumps would refuse or change is fixed by hand first
        from .check import check

        return FixResult(body, [], check(body, contract=options.contract, contracts=contracts))
    value = dict(body) if isinstance(body, Mapping) and not isinstance(body, dict) else body
    outcome = fix_value(value, options, unsafe=unsafe)
    return FixResult(outcome.fixed, outcome.applied, Report(outcome.remaining))


def _not_sent_as_given(body: Any) -> bool:
    """Whether json.dumps would not send a body given as an object as it is: a key or value it changes or refuses (each
    a finding of `check`), a cycle, or past flowlint's limits."""
    findings: list[Finding] = []
    try:
        as_sent(body, findings)
    except NotSent:
        return True
    return bool(findings)
