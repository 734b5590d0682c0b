"""Checking one document: envelope, then inputs, then one finding per root cause, located."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from .contracts import BrokenContract, Contract
from .diagnostics import Diagnostic, Finding, RawText, Severity, Target, format_pointer
from .document import Document, value_at
from .envelope import check_envelope
from .ids import is_uuid
from .inputs import check_inputs
from .jsontext import safe
from .nulls import null_member_findings
from .rules import RULES, TOOL_FAILURES
from .schema import BrokenSchema
from .sdk import to_dict_finding

#: A rule's severity as configured; None turns the rule off.
SeverityMap = Mapping[str, "Severity | None"]


class ContractSource(Protocol):
    """Where contracts for flow IDs come from: a snapshot store, or live with --fetch."""

    def get(self, flow_id: str) -> Contract | BrokenContract | None: ...


@dataclass
class CheckOptions:
    """What to check a body against, beyond the bundled schema."""

    contract: Contract | None = None  # one contract for every body (--flow-schema, or the library's contract=)
    contracts: ContractSource | None = None  # a contract per flowId
    severities: SeverityMap = field(default_factory=dict)

    @property
    def forkable(self) -> bool:
        """Whether worker processes can share these options (a live Genesys Cloud client cannot be shared)."""
        return getattr(self.contracts, "forkable", True)


def check_findings(document: Document, options: CheckOptions) -> list[Finding]:
    """Every finding for a loaded document, merged so that one mistake gives one finding."""
    loading = list(document.findings)
    if not document.parsed:
        return loading
    body = document.value
    raw = document.raw_text
    sdk_dict = to_dict_finding(body)
    if sdk_dict is not None:  # every key would be an FL102: one finding says what happened
        return [*loading, sdk_dict]
    try:
        envelope = check_envelope(body, raw) + null_member_findings(body)
        inputs = _contract_findings(body, options, raw)
    except RecursionError:
        return [*loading, Finding("FL005", (), "the body nests too deep to check", "flatten the data, or lower its nesting")]
    return _merge(loading, envelope, inputs, document)


def to_diagnostics(document: Document, findings: Iterable[Finding], severities: SeverityMap) -> list[Diagnostic]:
    """Locate findings in the file and apply configured severities."""
    diagnostics = []
    for finding in findings:
        rule = RULES[finding.code]
        severity: Severity | None = rule.severity
        if finding.code in severities and finding.code not in TOOL_FAILURES:
            severity = severities[finding.code]
        if severity is None:
            continue
        span = finding.span if finding.span is not None else document.span(finding.path, finding.target)
        # Messages quote the user's text, which may hold lone surrogates: keep them printable anywhere.
        diagnostics.append(Diagnostic(finding.code, rule.name, severity, safe(finding.message), safe(finding.help),
                                      format_pointer(finding.path), document.name, span))
    diagnostics.sort(key=lambda d: (d.span.line, d.span.column) if d.span else (0, 0))
    return diagnostics


def check_document(document: Document, options: CheckOptions) -> list[Diagnostic]:
    """The diagnostics for one document; a failure inside flowlint becomes an FL900 diagnostic."""
    try:
        return to_diagnostics(document, check_findings(document, options), options.severities)
    except BrokenSchema:
        raise  # the bundled schema is broken: nothing can be checked (exit code 3)
    except Exception as err:  # never a traceback for the user: report the bug and go on
        rule = RULES["FL900"]
        return [Diagnostic("FL900", rule.name, Severity.ERROR, f"flowlint failed on this file: {type(err).__name__}: {err}",
                           "this is a bug in flowlint; please report it with the file", None, document.name, None)]


def _contract_findings(body: Any, options: CheckOptions, raw: RawText) -> list[Finding]:
    """FL2xx: the inputs against the flow's contract, or why they could not be checked."""
    contract = options.contract or _lookup(body, options.contracts)
    if isinstance(contract, BrokenContract):
        return [_broken_contract(contract)]
    if contract is None:
        if options.contracts is not None and isinstance(body, dict) and is_uuid(body.get("flowId")):
            return [Finding("FL200", ("flowId",), f"no input contract for flow {body['flowId']}: its inputs were not checked",
                            f"run `flowlint pull {body['flowId']}` and commit the snapshot, or check with --fetch")]
        return []
    try:
        findings = check_inputs(body, contract, raw)
    except BrokenContract as err:
        findings = [_broken_contract(err)]
    if contract.flow_type and contract.flow_type.upper() != "WORKFLOW":
        findings.append(Finding("FL206", ("flowId",), f"flow {contract.flow_name or body.get('flowId')} is a "
                                f"{contract.flow_type} flow; this endpoint launches workflows",
                                "launch a workflow, or start this flow through its own channel"))
    return findings


def _broken_contract(err: BrokenContract) -> Finding:
    return Finding("FL901", (), f"the input contract for this flow cannot be used: {err}",
                   "pull it again with `flowlint pull FLOW_ID`, or fix the --flow-schema file")


def _lookup(body: Any, contracts: ContractSource | None) -> Contract | BrokenContract | None:
    if contracts is None or not isinstance(body, dict) or not is_uuid(body.get("flowId")):
        return None
    return contracts.get(body["flowId"])


def _merge(loading: list[Finding], envelope: list[Finding], inputs: list[Finding], document: Document) -> list[Finding]:
    if not (loading or envelope or inputs):
        return []
    # The contract knows the flow: its finding on a key replaces the offline prefix guess; a wrapper
    # found by the envelope (FL101) is not also an undeclared input.
    input_paths = {f.path for f in inputs}
    wrappers = {f.path for f in envelope if f.code == "FL101"}
    findings = (loading + [f for f in envelope if not (f.code == "FL203" and f.path in input_paths)]
                + [f for f in inputs if f.path not in wrappers])
    # One finding per rule and place: a value breaking two constraints of one rule is one mistake.
    findings = list({(f.code, f.path): f for f in findings if f.code != "FL002"}.values()) + [
        f for f in findings if f.code == "FL002"]
    # A YAML typing note joins the finding about the same key or value instead of standing beside it.
    notes = {(f.path, f.target): f for f in findings if f.code == "FL006"}
    explained = {(f.path, f.target) for f in findings if f.code != "FL006"}
    return [_with_yaml_note(f, document, notes.get((f.path, f.target))) for f in findings
            if f.code != "FL006" or (f.path, f.target) not in explained]


def _with_yaml_note(finding: Finding, document: Document, note: Finding | None) -> Finding:
    """Say when YAML's implicit typing made the value what it is, and to quote it."""
    if finding.code in ("FL002", "FL006"):
        return finding
    if finding.target is Target.KEY:  # a key YAML typed (`yes:` sent as "true")
        return finding if note is None else Finding(
            finding.code, finding.path, f"{finding.message} ({note.message})", f"{note.help}; {finding.help}",
            finding.target, finding.span)
    source = document.plain_scalars.get(finding.path)
    if source is None:
        return finding
    why = note.message if note else f"YAML reads the unquoted {source} as {_kind(value_at(document.value, finding.path))}"
    return Finding(finding.code, finding.path, f"{finding.message} ({why})",
                   f"quote it in the YAML: \"{source}\"", finding.target, finding.span)


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    return "a boolean" if isinstance(value, bool) else "a number" if isinstance(value, (int, float)) else "text"
