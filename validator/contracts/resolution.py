"""Which contract checks a body (its flow, and the version it pins), and the findings about that contract itself.

FL200 (no contract: what was and was not checked), FL207 (the pinned version's contract is not
available: checked against another version, as a warning), FL209 (a usable but doubtful
contract), FL901 (a contract that cannot be used, naming the flow and where it came from).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any, NamedTuple, Protocol

from ..core.codes import (
    BROKEN_CONTRACT,
    DOUBTFUL_CONTRACT,
    FLOW_PREFIX_CASE,
    FLOW_YAML_DIFFERS,
    INPUT_FORMAT,
    INPUT_NAME_CASE,
    INPUT_TYPE_MISMATCH,
    MISSING_FLOW_PREFIX,
    MISSING_INPUT,
    NO_CONTRACT,
    UNKNOWN_INPUT,
    UUID_EXAMPLE,
    VERSION_NOT_CHECKED,
    WHOLE_DECIMAL,
)
from ..core.diagnostics import Finding
from ..core.ids import is_uuid
from ..core.jsontext import code, show
from ..core.unknown import inputs_partly_unread
from .store import FLOW_YAML, BrokenContract, Contract, Unavailable, snapshot_name

Lookup = Contract | BrokenContract | Unavailable | None
NOT_CHECKED = ("the envelope and the `Flow.` prefix of each input were checked; "
               "input names, types and required inputs were not")
#: What FL200 says when the launch it is said of gives inputs flowlint could not read (inputs_partly_unread).
NOT_CHECKED_PARTLY = ("the envelope and the `Flow.` prefix of each input were checked, except inputs flowlint could not "
                      "read, as this launch gives (a spread or a computed key it cannot see, an HTTPie item it does not "
                      "read, an `inputData` given at run time, a placeholder a page leaves for the reader's own input; "
                      "-v says where it can); input names, types and required inputs were not")


class ContractSource(Protocol):
    """Where contracts for flow IDs come from: a snapshot store, or live with --fetch."""

    def get(self, flow_id: str, version: str | None = None) -> Lookup: ...


class Resolved(NamedTuple):
    """The contract a body is checked against, and whether it is the one for the version the body pins (one per body
    checked: a named tuple, made in a third of a frozen dataclass's time)."""

    contract: Lookup
    flow_id: str | None = None  # the body's flowId, lower case (flow IDs are UUIDs: case does not matter)
    pinned: str | None = None  # the body's flowVersion, when it pins one
    pinned_unavailable: str | None = None  # why the pinned version's own contract is not the one used ("" if unknown)

    @property
    def usable(self) -> Contract | None:
        return self.contract if isinstance(self.contract, Contract) else None


NOTHING = Resolved(None)


def pinned_version(body: Any) -> str | None:
    """The version a body pins: a non-empty flowVersion string (null or "" mean the published version)."""
    version = body.get("flowVersion") if isinstance(body, dict) else None
    return version.strip() if isinstance(version, str) and version.strip() else None


def resolve(body: Any, contract: Contract | BrokenContract | None, contracts: ContractSource | None) -> Resolved:
    """The contract for a body: the one given for every body, else its flow's (and pinned version's) from the source."""
    if contract is None and contracts is None:
        return NOTHING  # the library's check() without a contract: nothing to look up, nothing to say
    flow_id = body.get("flowId") if isinstance(body, dict) else None
    flow_id = flow_id.lower() if isinstance(flow_id, str) and is_uuid(flow_id) else None
    pinned = pinned_version(body)
    if contract is not None:
        if isinstance(contract, Contract) and pinned and contract.version and contract.version != pinned:
            return Resolved(contract, flow_id, pinned, "")
        return Resolved(contract, flow_id, pinned)
    if contracts is None or flow_id is None:
        return Resolved(None, flow_id, pinned)
    if pinned is None:
        return Resolved(contracts.get(flow_id), flow_id)
    exact = contracts.get(flow_id, pinned)
    if isinstance(exact, (Contract, BrokenContract)):
        return Resolved(exact, flow_id, pinned)
    fallback = contracts.get(flow_id)
    why = exact.reason if isinstance(exact, Unavailable) else ""
    if isinstance(fallback, Contract) and not fallback.version:
        return Resolved(fallback, flow_id, pinned)  # a contract that records no version applies to every version
    if isinstance(fallback, Contract):
        return Resolved(fallback, flow_id, pinned, why)
    return Resolved(fallback if fallback is not None else exact, flow_id, pinned)


def exactness(resolved: Resolved) -> int:
    """How exactly a body's inputs are checked: 2 against its own version's contract (or one that applies to every
    version, or a broken one, which is an error), 1 against another version's (FL207, a warning), 0 against none."""
    if isinstance(resolved.contract, BrokenContract):
        return 2
    if resolved.usable is None:
        return 0
    return 1 if resolved.pinned_unavailable is not None else 2


def version_text(number: float, raw: str | None, known: str | None = None) -> str:
    """A flowVersion written as a number, as the version ID it stands for: the known version it equals (the
    flow's contract's), else `N.0` for an integer (platform version IDs are "3.0", never "3"), else as written."""
    if known is not None:
        try:
            if float(known) == number:
                return known
        except ValueError:
            pass
    if float(number).is_integer() and (raw is None or not any(c in raw for c in ".eE")):
        return f"{int(number)}.0"
    return raw if raw is not None else repr(number)


def _version(version: str) -> str:
    """A pinned version as messages show it: as written when it names a version, else quoted and shortened."""
    return version if snapshot_name(UUID_EXAMPLE, version) is not None else show(version, 40)


def _pull(flow_id: str, version: str | None) -> str:
    """The pull command for a flow (and version), only when the version can be snapshotted."""
    if version is not None and snapshot_name(flow_id, version) is None:
        return ""
    return f"flowlint pull {flow_id}" + (f" --version {version}" if version else "")


#: A pinned flowVersion written as a bare number, maybe after a `v` (`"3"`, `"v3"`): platform version IDs are written
#: "3.0", never "3", so it names none; the version ID it likely means is asked about.
_BARE_VERSION = re.compile(r"[vV]?([0-9]{1,9})")


def _pinned_help(flow_id: str | None, pinned: str | None, then: str, checked: str | None = None) -> str | None:
    """The help for a pinned version that is no platform version ID, whose pull command could never work: a bare
    number (`"3"`, `"v3"`) is asked whether it means its ID ("3.0"), with the pull of that version `then` does (`then`:
    what the pull is for; none when `checked`, the version the inputs were checked against, is that one); `latest` is
    told to leave flowVersion out. None for any other version."""
    if pinned is None:
        return None
    if pinned.strip().lower() == "latest":
        return "leave flowVersion out (or null) to launch the latest published version, as the API documents it"
    bare = _BARE_VERSION.fullmatch(pinned.strip())
    if bare is None:
        return None
    version = f"{int(bare.group(1))}.0"
    asked = f'did you mean "{version}"? Platform version IDs are written so, never "{bare.group()}"'
    if checked == version:
        return f"{asked}; the inputs were checked against its contract"
    command = _pull(flow_id, version) if flow_id else ""
    return asked + (f"; with it, run `{command}` and commit the snapshot, {then}" if command else "")


def no_contract(resolved: Resolved, body: Any = None) -> Finding:
    """FL200, once per flow: the message uses the lower-case ID so letter case never repeats it. Said of a `body` whose
    inputs were partly unread, it says so, and is said once more per flow (Finding.partly_unread): the flow's plain note,
    said of an earlier launch, claims every input's prefix was checked."""
    flow = resolved.flow_id
    version = f" version {_version(resolved.pinned)}" if resolved.pinned else ""
    partly = inputs_partly_unread(body)
    checked = NOT_CHECKED_PARTLY if partly else NOT_CHECKED
    if isinstance(resolved.contract, Unavailable):
        message = f"the inputs of flow {flow}{version} are unknown: {resolved.contract.reason}; {checked}"
    else:
        message = f"no input contract for flow {flow}{version}: {checked}"
    command = _pull(flow or "", resolved.pinned)
    subject = f"{(flow or '').lower()} {resolved.pinned or ''}".rstrip()
    help_text = _pinned_help(flow, resolved.pinned, "or check with --fetch") or (
        f"run `{command}` and commit the snapshot, or check with --fetch" if command
        else "check with --fetch, or pass the flow's contract")
    return Finding(NO_CONTRACT, ("flowId",), message, help_text, subject=subject, partly_unread=partly)


def broken_contract(err: BrokenContract, flow_id: str | None) -> Finding:
    """FL901, naming the flow and where its contract came from; the help names what to fix, as it was named.

    A failed fetch is on every body launching the flow (at /flowId); a broken file is said once (at the root).
    """
    origin, source = err.origin, err.source
    flow = f"flow {flow_id}" if flow_id else "this flow"
    subject = f"{origin} {source}"  # which contract, from where (and below, for which flow when it is the flow's own)
    if origin == "flow-schema":
        return Finding(BROKEN_CONTRACT, (), f"the --flow-schema contract {source} cannot be used: {err}",
                       f"fix {source}, or pass a saved flow version or input schema with --flow-schema", subject=subject)
    if origin == "library":
        return Finding(BROKEN_CONTRACT, (), f"the contract ({source}) cannot be used: {err}",
                       "fix the contract passed as contract=, or build it with validator.load_contract() to see the error",
                       subject=subject)
    if origin == "fetch":
        return Finding(BROKEN_CONTRACT, ("flowId",), f"the input contract for {flow} could not be fetched from {source}: {err}",
                       f"fix what the message says and run again, or check offline after `flowlint pull {flow_id}`"
                       if flow_id else "fix what the message says and run again", subject=f"{subject} {flow_id}")
    where = f" ({source})" if source else ""
    if origin == "flow-yaml":  # the config maps the flow to its Architect YAML: a snapshot pulled would not be read
        return Finding(BROKEN_CONTRACT, (), f"the input contract for {flow}{where} cannot be used: {err}",
                       f"fix the flow's Architect YAML{where}, which the config's `flows` table makes its contract ahead of any "
                       "snapshot, or remove its entry there to use a pulled snapshot", subject=f"{subject} {(flow_id or '').lower()}")
    # About a file in the store, not about the body: said once per run (at the root), unlike a failed fetch.
    return Finding(BROKEN_CONTRACT, (), f"the input contract for {flow}{where} cannot be used: {err}",
                   f"pull it again with `flowlint pull {flow_id}`" + (f", which rewrites {source}" if source and origin == "store" else "")
                   if flow_id else f"fix {source or 'the contract'}", subject=f"{subject} {(flow_id or '').lower()}")


def pinned_unchecked(resolved: Resolved, contract: Contract, findings: list[Finding]) -> Finding:
    """FL207: the inputs were checked against another version; what that version would refuse, as one warning."""
    why = f" ({resolved.pinned_unavailable})" if resolved.pinned_unavailable else ""
    against = f"version {contract.version}" if contract.version else "the contract given"
    message = (f"flowVersion {_version(resolved.pinned or '')} has no input contract here{why}; the inputs were checked against "
               f"{against} of flow {contract.flow_name or resolved.flow_id or ''}".rstrip())
    if findings:
        listed = "; ".join(f.message for f in findings[:3]) + ("; …" if len(findings) > 3 else "")
        message += f", where: {listed}"
    else:
        message += ", which accepts them"
    command = _pull(resolved.flow_id, resolved.pinned) if resolved.flow_id else ""
    help_text = _pinned_help(resolved.flow_id, resolved.pinned, "to check the inputs exactly", contract.version) or (
        f"run `{command}` and commit the snapshot, to check the inputs exactly" if command else
        "check against the pinned version's own contract, to check the inputs exactly")
    return Finding(VERSION_NOT_CHECKED, ("flowVersion",), message, help_text)


def doubtful(contract: Contract, flow_id: str | None, found: Sequence[Finding] = ()) -> list[Finding]:
    """FL209 when the contract declares inputs without the Flow. prefix every workflow input carries; else `found`.

    What such a contract refuses (`found`, the input findings checked against it) is said in that warning, with no fix:
    no error and no fix rests on a contract that may not be the flow's."""
    bare = contract.unprefixed
    if not bare:
        return list(found)
    kept = [finding for finding in found if finding.code not in _ON_INPUTS]
    found = [finding for finding in found if finding.code in _ON_INPUTS]
    names = ", ".join(code(name) for name in bare[:5]) + (", …" if len(bare) > 5 else "")
    flow = contract.flow_name or flow_id or "the flow"
    message = (f"the contract of {flow} declares inputs without the `Flow.` prefix ({names}); every workflow input "
               "variable has it, so the contract may not be the flow's")
    subject = f"prefix {contract.source} {flow}"
    if found:  # (a run says FL209 once a subject: each body's refusals are their own)
        listed = "; ".join(f.message for f in found[:3]) + ("; …" if len(found) > 3 else "")
        message += f". Checked against it anyway: {listed}"
        subject += " refuses " + "; ".join(f"{'/'.join(map(str, f.path))} {f.message}" for f in found)
    if contract.origin == FLOW_YAML:
        help_text = (f"check that {contract.source} is the flow's Architect YAML, and name its inputs `Flow.<name>` "
                     "as Architect does")
    else:
        help_text = f"pull the flow again (`flowlint pull {flow_id}`)" if flow_id else "check where the contract came from"
    return [*kept, Finding(DOUBTFUL_CONTRACT, ("flowId",), message, help_text, subject=subject)]


#: The findings of the inputs checked against a contract (check_inputs), which a doubtful one cannot support.
_ON_INPUTS = frozenset({MISSING_INPUT, UNKNOWN_INPUT, MISSING_FLOW_PREFIX, INPUT_TYPE_MISMATCH, INPUT_FORMAT, WHOLE_DECIMAL,
                        FLOW_PREFIX_CASE, INPUT_NAME_CASE})


def disagreeing(contract: Contract, flow_id: str | None) -> list[Finding]:
    """FL210 when the repository's flow YAML and a pulled snapshot of the same flow declare different inputs."""
    if not contract.disagreement:
        return []
    flow = contract.flow_name or flow_id or "the flow"
    return [Finding(FLOW_YAML_DIFFERS, ("flowId",), f"the flow YAML of {flow} ({contract.source}) and its pulled snapshot disagree: "
                    f"{contract.disagreement}; the inputs were checked against the YAML",
                    f"deploy the YAML and pull again (`flowlint pull {flow_id}`), or fix the YAML if the org is right"
                    if flow_id else "deploy the YAML and pull the flow again, or fix the YAML", subject=f"{contract.source} {flow}")]


def stale(flow_id: str, note: str) -> Finding:
    """FL209 for a stale snapshot used because the refresh failed (with --fetch)."""
    return Finding(DOUBTFUL_CONTRACT, ("flowId",), f"flow {flow_id}: {note}",
                   f"check again when Genesys Cloud can be reached, or `flowlint pull {flow_id}`", subject=f"stale {flow_id} {note}")


#: How a live source tells the engine about a stale snapshot it fell back on: flow ID → note.
StaleNotes = Callable[[str], "str | None"]
