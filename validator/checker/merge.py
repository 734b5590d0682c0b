"""The one merge step: raw findings in, one finding per root cause out.

Only here is it decided which finding explains which. Two findings are the same when their
rule, place (pointer and key/value) and subject agree; a finding explained by another is dropped
or folded into it. Checks never filter each other's findings.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from ..core.codes import (
    DUPLICATE_KEY,
    FLOW_ID_IN_PATH,
    INPUT_FORMAT,
    INPUT_TYPE_MISMATCH,
    MISSING_FLOW_ID,
    MISSING_FLOW_PREFIX,
    MISSING_INPUT,
    PARSE_ERROR,
    UNKNOWN_MEMBER,
    WRONG_ENVELOPE,
    YAML_IMPLICIT_TYPE,
)
from ..core.diagnostics import Finding, Fix, Path, RemoveMember, Target
from ..core.unknown import shown_number
from ..rules.envelope import flow_id_wrapper, inserts_flow_id, misspelt_flow_id
from ..rules.fixes import QUOTED_DIGITS, SAFE, UNSAFE
from ..rules.fixes import rename as rename_fix
from ..rules.fixes import replace as replace_fix
from ..rules.repair import repaired_body
from ..sources.yaml_versions import shown, unquoted

#: The schema the flow declares for a path inside inputData; None when no contract declares it.
DeclaredAt = Callable[[Path], "dict[str, Any] | None"]
#: Whether a finding will be shown at error (its rule's severity for the file, its per-file-ignores): only such a
#: finding explains another away. One turned down, off or ignored explains nothing, or turning FL101 off would also
#: hide the FL201 of the required input its wrapper leaves unsent, and the launch the platform refuses would pass.
ShownAtError = Callable[[Finding], bool]


def _always(finding: Finding) -> bool:
    return True


def merge(loading: list[Finding], envelope: list[Finding], inputs: list[Finding], *, value: Any,
          plain_scalars: dict[Path, str], declared: DeclaredAt, at_error: ShownAtError = _always) -> list[Finding]:
    """The findings of one document, one per root cause, in check order."""
    if not (loading or envelope or inputs):
        return []
    if not loading and not envelope and len(inputs) == 1 and inputs[0].code != YAML_IMPLICIT_TYPE:
        # A lone input finding (a valid body's FL200 note): nothing can explain it or join it but a YAML reading.
        return [_with_yaml_note(inputs[0], None, plain_scalars, value)]
    return merge_all(loading, envelope, inputs, value=value, plain_scalars=plain_scalars, declared=declared,
                     at_error=at_error)


def merge_all(loading: list[Finding], envelope: list[Finding], inputs: list[Finding], *, value: Any,
              plain_scalars: dict[Path, str], declared: DeclaredAt, at_error: ShownAtError = _always) -> list[Finding]:
    """`merge` without its shortcut for a lone input finding (what that shortcut is tested against). A finding is
    explained away only by one `at_error` (ShownAtError)."""
    # Each step below changes nothing when no finding has the codes it is about: those it is skipped for (asked of the
    # codes found before any step; a step only removes findings, so a code not there at first never is).
    envelope_codes = {f.code for f in envelope}
    input_codes = {f.code for f in inputs}
    # The contract knows the flow: its finding on a key replaces the offline prefix guess.
    if MISSING_FLOW_PREFIX in envelope_codes and inputs:
        input_places = prefix_guesses_replaced(inputs)
        envelope = [f for f in envelope if not (f.code == MISSING_FLOW_PREFIX and f.path in input_places)]
    # A wrapper found by the envelope (FL101) explains every input finding inside it.
    if WRONG_ENVELOPE in envelope_codes and inputs:
        wrappers = [f.path for f in envelope if f.code == WRONG_ENVELOPE and at_error(f)]
        inputs = [f for f in inputs if not any(f.path[:len(w)] == w for w in wrappers)]
    # A missing input written under another name (FL203 renames it) or in a wrapper (FL101/FL102 move it) is that finding.
    if MISSING_INPUT in input_codes:
        renamed = {f.subject for f in inputs if f.code == MISSING_FLOW_PREFIX and at_error(f)}
        moved = _misplaced_inputs(value) if any(f.code in (WRONG_ENVELOPE, UNKNOWN_MEMBER) and at_error(f)
                                                for f in envelope) else set()
        inputs = [f for f in inputs if not (f.code == MISSING_INPUT and (f.subject in renamed or f.subject in moved))]
    if MISSING_FLOW_ID in envelope_codes:
        # A misspelt flowId (FL102 renames it) is not also a missing one; a flowId buried in inputData is moved up by FL103.
        if misspelt_flow_id([f for f in envelope if at_error(f)]):
            envelope = [f for f in envelope if f.code != MISSING_FLOW_ID]
        if any(f.code == MISSING_FLOW_ID for f in envelope):
            envelope = [f for f in envelope if not (f.code == MISSING_FLOW_PREFIX and f.subject == "flowId")]
        envelope = _buried_flow_id(envelope, at_error)
        if any(f.code == FLOW_ID_IN_PATH for f in loading):  # one mistake, two findings: FL103 says where the ID went
            envelope = [replace(f, help="the flow ID is in the URL's path (FL106): " + f.help)
                        if f.code == MISSING_FLOW_ID and f.fix is None else f for f in envelope]
    # A value of the wrong type breaks its format or allowed values too: the type is the one mistake.
    if INPUT_FORMAT in input_codes and INPUT_TYPE_MISMATCH in input_codes:
        mistyped = {f.path for f in inputs if f.code == INPUT_TYPE_MISMATCH and at_error(f)}
        inputs = [f for f in inputs if not (f.code == INPUT_FORMAT and f.path in mistyped)]
    # One finding per rule, place and subject (a value breaking two constraints of one rule is one mistake).
    # Repeated keys and stray commas are each their own finding: they are told apart by their span.
    unique: dict[tuple[Any, ...], Finding] = {}
    for finding in loading + envelope + inputs:
        key: tuple[Any, ...] = finding.key if finding.code not in (DUPLICATE_KEY, PARSE_ERROR) else (*finding.key, finding.span)
        unique[key] = unique.get(key, finding) if finding.code == YAML_IMPLICIT_TYPE else finding
    findings = list(unique.values())
    # A YAML typing note joins the finding about the same key or value instead of standing beside it.
    notes = {(f.path, f.target): f for f in findings if f.code == YAML_IMPLICIT_TYPE}
    if not notes and not plain_scalars:
        return findings  # no YAML reading to say: every finding stands as it is
    explained = {(f.path, f.target) for f in findings if f.code != YAML_IMPLICIT_TYPE}
    merged = []
    for finding in findings:
        place = (finding.path, finding.target)
        if finding.code == YAML_IMPLICIT_TYPE:
            if place not in explained:
                merged.append(_standing_note(finding, value, plain_scalars, declared))
            continue
        merged.append(_with_yaml_note(finding, notes.get(place), plain_scalars, value))
    return merged


def prefix_guesses_replaced(inputs: list[Finding]) -> frozenset[Path]:
    """The places where the contract's findings replace the envelope's offline guess at an input's prefix (FL203):
    the envelope need not work that guess out there (check_envelope's `replaced`), as the merge drops it."""
    return frozenset(f.path for f in inputs)


def _buried_flow_id(envelope: list[Finding], at_error: ShownAtError = _always) -> list[Finding]:
    """A flowId buried in a wrapper is one mistake: the wrapper's FL101 explains the FL103 (and takes its move).

    A buried flowId in no wrapper finding (`{"flow": {"id": …}}`, `inputData.flowId`) stays FL103, and then
    explains the FL102 on the member its move removes whole (`flow`: it held only the flowId).
    """
    result = list(envelope)
    for missing in envelope:
        source = _moved_from(missing)
        if source is None:
            continue
        index = flow_id_wrapper(result, source)
        wrapper = result[index] if index is not None else None
        if wrapper is not None and not at_error(wrapper):
            continue  # a wrapper not shown at error explains nothing: the missing flowId stands, with its own move
        if wrapper is not None and index is not None and (wrapper.fix is None or inserts_flow_id(wrapper.fix)):
            result[index] = wrapper if wrapper.fix is not None else _with_move(wrapper, missing)
            result.remove(missing)
        elif len(source) == 1 and at_error(missing):
            result = [f for f in result if not (f.code == UNKNOWN_MEMBER and f.path == source and f.fix is None)]
    return result


def _moved_from(finding: Finding) -> Path | None:
    """The member an FL103's move takes the flowId out of (removed whole when it held nothing else)."""
    if finding.code != MISSING_FLOW_ID or finding.fix is None:
        return None
    removed = [op.path for op in finding.fix.operations if isinstance(op, RemoveMember) and op.path]
    return removed[0] if len(removed) == 1 and inserts_flow_id(finding.fix) else None


#: What a wrapper's fix that moves only its flowId up says: the finding stays, for the rest the author decides.
ONLY_THE_MOVE = "(the fix does only this)"


def _with_move(wrapper: Finding, missing: Finding) -> Finding:
    """The wrapper's finding carrying the flowId move when it had no fix of its own (the rest is the author's call)."""
    assert missing.fix is not None
    move = missing.fix.message.split(":", 1)[0]  # `move `x.flowId` to the top level as `flowId``, without the result
    rest = "; ".join(part for part in wrapper.help.split("; ") if "as `flowId`" not in part)
    message = f"{move} {ONLY_THE_MOVE}" + (f"; then {rest}" if rest else "")
    # With a rest, the wrapper keeps what no fix could write before the move: the move is partial.
    return replace(wrapper, message=f"{wrapper.message} (this is also why the body has no top-level `flowId`)",
                   fix=Fix(missing.fix.applicability, message, missing.fix.operations, partial=bool(rest)))


def _misplaced_inputs(value: Any) -> set[str]:
    """Inputs written outside `inputData` (in `inputs`, `data`, a second `inputData`...) that a move puts there."""
    if not isinstance(value, dict):
        return set()
    data = value.get("inputData")
    return set(repaired_body(value).get("inputData", {})) - set(data if isinstance(data, dict) else {})


def _with_yaml_note(finding: Finding, note: Finding | None, plain_scalars: dict[Path, str], value: Any) -> Finding:
    """Say in the message when YAML's implicit typing made the value (or key) what it is; the fix stays the finding's."""
    if finding.code == DUPLICATE_KEY:
        return finding
    if note is not None and note.target is Target.KEY and finding.fix is not None:
        # The finding's fix was made for the name YAML produced (`true`), not the one written (`yes`): the author decides.
        return replace(finding, message=f"{finding.message} ({note.message})", fix=None,
                       help=f"{finding.fix.message}, or quote the key ({json.dumps(note.subject)}) if you meant the text")
    if note is not None:
        return replace(finding, message=f"{finding.message} ({note.message})")
    source = plain_scalars.get(finding.path) if finding.target is Target.VALUE else None
    if source is None:
        return finding
    current = _value_at(value, finding.path)
    show = shown(source, current)  # a long number by its size, never its digits
    why = f"YAML reads {'the ' if show else ''}{unquoted(source, show)} as {_kind(current)}"
    return replace(finding, message=f"{finding.message} ({why})")


def _standing_note(note: Finding, value: Any, plain_scalars: dict[Path, str], declared: DeclaredAt) -> Finding:
    """FL006 alone on a value: the fix depends on what the flow declares there, never a blind "quote it"."""
    if note.target is Target.KEY:  # `yes:` is sent as "true": the text written is what the author meant, but it is a guess
        return replace(note, fix=rename_fix(note.path, note.subject, UNSAFE, "quoted, so YAML keeps it as text")) \
            if note.subject else note
    source = plain_scalars.get(note.path)
    if source is None:
        return note
    current = _value_at(value, note.path)
    spec = declared(note.path)
    kinds = _declared_kinds(spec)
    if not kinds or ("string" in kinds and isinstance(current, str)):
        # Quoting keeps the text as written. It changes nothing sent when the value already is that text (a date
        # kept as text); otherwise, with no declared type to say so, it is a guess: unsafe.
        safe = isinstance(current, str)
        return replace(note, fix=replace_fix(note.path, source, "quote it to keep the text", applicability=SAFE if safe else
                                             UNSAFE, shown=None if shown(source, current) else QUOTED_DIGITS))
    if isinstance(current, bool) and "boolean" in kinds:
        return replace(note,  # the note already says how YAML 1.1 and 1.2 each read it
                       fix=replace_fix(note.path, current, "write the boolean as every YAML version reads it", was=source))
    if isinstance(current, (int, float)) and not isinstance(current, bool) and kinds & {"integer", "number"}:
        show = shown(source, current)  # a long number by its size, never its digits (the edit keeps the file's text)
        if _is_octal(source) or ":" in source:
            return replace(note, help="write the number you mean in plain decimal digits (YAML 1.1 and 1.2 read "
                                      f"{source if show else unquoted(source, show)} differently)", fix=None)
        return replace(note, fix=replace_fix(note.path, current, "write the number as every YAML version reads it",
                                             was=shown_number(source, bare=True)))
    return note


def _is_octal(text: str) -> bool:
    digits = text.lstrip("+-")
    return len(digits) > 1 and digits[0] == "0" and digits[1:].isdigit()


def _declared_kinds(spec: dict[str, Any] | None) -> set[str]:
    if spec is None:
        return set()
    kind = spec.get("type")
    return {kind} if isinstance(kind, str) else {k for k in kind if isinstance(k, str)} if isinstance(kind, list) else set()


def _value_at(value: Any, path: Path) -> Any:
    for part in path:
        value = value[part]
    return value


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    return "a boolean" if isinstance(value, bool) else "a number" if isinstance(value, (int, float)) else "text"

