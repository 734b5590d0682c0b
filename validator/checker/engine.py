"""Checking one document: envelope, then inputs, then one finding per root cause, located."""

from __future__ import annotations

import bisect
import collections
import dataclasses
import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..contracts.resolution import ContractSource as ContractSource
from ..contracts.resolution import (
    Resolved,
    broken_contract,
    disagreeing,
    doubtful,
    exactness,
    no_contract,
    pinned_unchecked,
    resolve,
    stale,
)
from ..contracts.schema import BrokenSchema, launch_is_valid
from ..contracts.store import BrokenContract, Contract, Unavailable
from ..core.caps import EXPLAINED_PER_KIND, MAX_PER_KIND, Counted, cap_findings, more_finding, stands_for
from ..core.codes import (
    BROKEN_CONTRACT,
    DUPLICATE_KEY,
    INTERNAL_ERROR,
    INVALID_FLOW_ID,
    LIMIT_EXCEEDED,
    MISSING_FLOW_PREFIX,
    MISSING_INPUT,
    NO_CONTRACT,
    PARSE_ERROR,
    PLATFORM_ANSWER,
    RULES,
    TOO_MANY_FINDINGS,
    TOOL_FAILURES,
    UNKNOWN_INPUT,
    UNREAD_LAUNCH,
    VERSION_NOT_CHECKED,
    WRONG_TYPE,
    YAML_IMPLICIT_TYPE,
    judged_under,
)
from ..core.credentials import (
    SHORTEST_SECRET_AGAIN,
    Words,
    masked_edit,
    no_secret_word,
    secret_values,
    without_credentials,
    without_secret_texts,
    without_values,
    written_secrets,
)
from ..core.diagnostics import (
    Applicability,
    Diagnostic,
    Edit,
    Finding,
    Fix,
    InsertMember,
    Operation,
    Path,
    RawText,
    RemoveMember,
    RenameKey,
    ReplaceValue,
    SetUrl,
    Severity,
    Target,
    format_pointer,
    withheld_as_unparsed,
)
from ..core.ids import is_uuid
from ..core.jsontext import safe
from ..core.stop import checkpoint
from ..core.suggest import remembering
from ..core.unknown import Unknown
from ..edits import TextEditor, apply_edits, edited_where_written, not_editable, render
from ..edits.duplicates import with_duplicate_fixes
from ..genesys.sdk import to_dict_finding
from ..rules.envelope import FLOW_ID_HELP, check_envelope
from ..rules.fixes import CannotApply, apply_operations
from ..rules.inputs import check_inputs, declared_at
from ..rules.launchable import not_launchable
from ..rules.nulls import null_member_findings
from ..rules.numbers import as_help
from ..rules.repair import repaired_body
from ..sources.document import DEFAULT_LIMITS, Document, load_text
from ..sources.model import TreeSpans
from .keys import OnceKey, once_key, once_keys, said_once_per_run
from .merge import merge, prefix_guesses_replaced
from .options import CheckOptions as CheckOptions  # its own module: a run builds its options without this one's imports
from .options import SeverityMap as SeverityMap
from .suppress import ignored, may_suppress

#: Fixes rendered as edits per file (each is proven by parsing the edited text); the rest wait for a next --fix pass.
MAX_RENDERED_FIXES = 100
#: Characters re-read to prove renderings, per file: a huge file gets fewer fixes rendered per pass.
RENDER_BUDGET = 64 * 1024 * 1024
#: The rules that check inputs against the flow's contract: they can only speak once a contract applies.
CONTRACT_RULES = frozenset(code for code in RULES if code.startswith("FL2"))
#: Rules about an input's name: a name a fix wrote is the fix's own, never the author's.
NAME_RULES = frozenset({UNKNOWN_INPUT, MISSING_FLOW_PREFIX})
#: Characters re-checked to prove fixes, per file and pass (each proof checks the whole edited file once).
PROOF_BUDGET = 4 * 1024 * 1024
#: Findings re-made to prove a report's fixes, per document: a check's cost follows its findings (~60 µs each), not
#: its bytes, so 4 MiB of short keys allowed 20 proofs of a body of 8,000 findings, ~1 s apiece (review B).
PROOF_FINDINGS = 20_000


def check_findings(document: Document, options: CheckOptions, capped: bool = True) -> list[Finding]:
    """Every finding for a loaded document, merged so that one mistake gives one finding; `capped`: at most
    MAX_PER_KIND of a rule (a report's view), else all of them (what a --fix pass chooses from)."""
    return reported_findings(document, options)[0] if capped else _findings(document, options, None)


def reported_findings(document: Document, options: CheckOptions) -> tuple[list[Finding], list[Finding]]:
    """A report's findings (at most MAX_PER_KIND of a rule, and an FL008 note counting the rest), and every finding
    they were cut from: past EXPLAINED_PER_KIND of a rule those are only `Counted`, exact in rule and place (a fix's
    proof asks whether a finding was there before) but not worked out. Should the merge leave a counted one among
    those shown, every finding is worked out instead: a report never shows one."""
    every = _findings(document, options, EXPLAINED_PER_KIND)
    shown = cap_findings(every)
    if any(type(finding) is Counted for finding in shown):
        every = _findings(document, options, None)
        shown = cap_findings(every)
    return shown, every


def _findings(document: Document, options: CheckOptions, explained: int | None) -> list[Finding]:
    """Every finding of a document, uncapped; `explained`: as check_envelope's. A launch whose negative test asserts
    its refusal (LaunchRequest.asserted) keeps only the findings of the rules that judge it then (judged_under), the
    notes saying what was not read, and a tool's failures."""
    found = _every_finding(document, options, explained)
    asserted = document.request.asserted if document.request is not None else None
    if not asserted:
        return found
    return [finding for finding in found if finding.code in TOOL_FAILURES or finding.code == UNREAD_LAUNCH
            or judged_under(RULES[finding.code], asserted)]


def _every_finding(document: Document, options: CheckOptions, explained: int | None) -> list[Finding]:
    """_findings, before a negative test's asserted refusal is heard."""
    loading = with_duplicate_fixes(document, list(document.findings))
    if not document.parsed:
        return _answer_help(loading, options)
    body = document.value
    raw = document.raw_text
    sdk_dict = to_dict_finding(body)
    if sdk_dict is not None:  # every key would be an FL102: one finding says what happened
        return [*loading, sdk_dict]
    resolved = resolve(_as_chosen(document, body), _linked(document, options), options.contracts)
    known = resolved.usable if resolved.pinned_unavailable is None else None  # another version's names are no guide
    try:
        guide = known if known is not None or resolved.flow_id is not None else _buried_contract(body, options)
        inputs = _contract_findings(body, options, raw, resolved, explained=explained)
        envelope = check_envelope(body, raw, guide.declared if guide is not None else None,
                                  guide.version if guide is not None else None,
                                  document.request.model if document.request is not None else None,
                                  prefix_guesses_replaced(inputs), document.written_text,
                                  sent=document.request is not None, explained=explained) + null_member_findings(body)
    except RecursionError:
        return [*loading, Finding(LIMIT_EXCEEDED, (), "the body nests too deep to check", "flatten the data, or lower its nesting")]

    def declared(path: Path) -> dict[str, Any] | None:
        return declared_at(known, path) if known is not None else None

    if document.request is not None and document.request.to_stand_in:
        envelope = [finding for finding in envelope if not _test_data(finding)]
    if any(finding.code in UNJUDGED_INPUTS for finding in inputs):
        document.inputs_unjudged = True
    merged = merge(loading, envelope, inputs, value=body, plain_scalars=document.plain_scalars, declared=declared,
                   at_error=_shown_at_error(document, options))
    return _answer_help(_fixes_kept(merged, body, resolved, options), options)


#: The notes saying a launch's inputs were not judged against its flow's contract: its input rules could not run.
UNJUDGED_INPUTS = frozenset({NO_CONTRACT, VERSION_NOT_CHECKED, BROKEN_CONTRACT})


def _shown_at_error(document: Document, options: CheckOptions) -> Callable[[Finding], bool]:
    """Whether a finding of this document will be shown at error: its rule's severity for the file (--select/--ignore
    and [severity] included) and the file's per-file-ignores. Decided here, where the options are, for the merge: only
    such a finding explains another away (merge.ShownAtError). An inline suppression is not asked: it is decided on
    the located diagnostics, and one naming the explainer is the author's word about that finding only."""
    severities = options.severities
    entries = options.ignores_for(document.name) if options.ignores_for is not None and document.name else ()

    def at_error(finding: Finding) -> bool:
        code = finding.code
        severity = severities[code] if code in severities and code not in TOOL_FAILURES else RULES[code].severity
        if severity is not Severity.ERROR:
            return False
        if not entries:
            return True
        here = None if RULES[code].about_request else format_pointer(finding.path)
        return not any(ignored(code, here, pointer, codes) for pointer, codes in entries)
    return at_error


def _answer_help(findings: list[Finding], options: CheckOptions) -> list[Finding]:
    """A recorded reply's note (FL306) says the findings on the request explain it only when one does (an error or a
    warning beside it); else it says that none does."""
    if not any(finding.code == PLATFORM_ANSWER for finding in findings):
        return findings
    from ..sources.har import ANSWER_EXPLAINED, ANSWER_UNEXPLAINED

    def said(code: str) -> Severity | None:
        return options.severities.get(code, RULES[code].severity) if code in RULES else None

    if any(finding.code != PLATFORM_ANSWER and said(finding.code) in (Severity.ERROR, Severity.WARNING) for finding in findings):
        return findings
    return [Finding(f.code, f.path, f.message, ANSWER_UNEXPLAINED, f.target, f.span, f.subject, f.fix)
            if f.code == PLATFORM_ANSWER and f.help == ANSWER_EXPLAINED else f for f in findings]


#: The members whose values a launch sent to a stand-in (a test's nock, responses, a mocked SDK) holds as test data: it
#: never reaches Genesys Cloud, so a placeholder there (`flowId: 'flow-123'`) is no mistake; the envelope's shape and
#: the inputs are still judged (a test that claims a wrong body works is worth saying).
_TEST_DATA = frozenset({("flowId",), ("flowVersion",)})


def _test_data(finding: Finding) -> bool:
    """Whether a finding judges a value a launch to a stand-in holds as test data (FL104, FL105 at flowId, flowVersion)."""
    return finding.code in (INVALID_FLOW_ID, WRONG_TYPE) and tuple(finding.path) in _TEST_DATA


#: A string literal as code writes it (JavaScript, Python), with no escape, quote or substitution inside.
_PLAIN_STRING = re.compile(r"""[rRuU]?(["'`])([^"'`\\$\n]*)\1""")


def _as_chosen(document: Document, body: Any) -> Any:
    """The body as it chooses its contract. A launch in code whose values were given up (the body is handed to a helper
    that may change it: FL011 -v says "its keys were" checked) keeps the keys its literal writes, which are sent unless
    the helper removes them; so they are checked against the contract of the flow the literal names, `flowId` (and
    `flowVersion`, when written) as plain string literals there: a helper changing values in place does not launch
    another flow. Any other body as it is (an unwritten flow ID chooses no contract: the keys' form is still checked)."""
    request = document.request
    if request is None or not isinstance(body, dict) or not isinstance(body.get("flowId"), Unknown) \
            or request.values_unknown is None or document.text is None:
        return body
    locator = request.body_locator
    if not isinstance(locator, TreeSpans):
        return body
    chosen = dict(body)
    for name in _CHOOSERS:
        if not isinstance(body.get(name), Unknown):
            continue
        found = locator.spans.get((name,))
        written = _PLAIN_STRING.fullmatch(document.text[found[1][0]:found[1][1]]) if found is not None else None
        if written is None or (name == "flowId" and not is_uuid(written.group(2))):
            return body
        chosen[name] = written.group(2)
    return chosen


def _linked(document: Document, options: CheckOptions) -> Contract | BrokenContract | None:
    """The contract given for every body, else the one the launch's own source links it to (Terraform's flow YAML)."""
    linked = document.contract
    return options.contract or (linked if isinstance(linked, (Contract, BrokenContract)) else None)


def certainly_clean(body: Any, options: CheckOptions) -> bool:
    """Whether `check_findings` of a document loaded without a finding (no contract linked to it), whose value is
    `body`, is certainly empty: the same rules, asked in the order a valid body answers them cheapest, with nothing
    built to locate or merge. False for anything else (the full check then decides).

    A lone note said once per run that this process already said (FL200 about a flow without a contract, for
    every body launching it after the first) counts as nothing: the full check drops it before locating it,
    unless a suppression may take it (per-file-ignores here; a suppression comment's words: the caller's test).
    """
    if type(body) is not dict or "flowId" not in body:
        return False
    try:
        if not launch_is_valid()(body) or to_dict_finding(body) is not None or null_member_findings(body):
            return False
        resolved = resolve(body, options.contract, options.contracts)
        findings = _contract_findings(body, options, _no_raw_text, resolved, explain=False)
    except Exception:  # whatever it is (a body nesting too deep), the full check says it
        return False
    return not findings or (len(findings) == 1 and _said_already(findings[0], options))


def _said_already(finding: Finding, options: CheckOptions) -> bool:
    """Whether `_located` drops this note before locating it, whatever the file's severities (a note turned off is
    dropped too): said once per run, and already said in this process, with no per-file-ignores to decide on it."""
    if options.said_once is None or options.ignores_for is not None:
        return False
    pointer = None if RULES[finding.code].about_request else format_pointer(finding.path)
    return said_once_per_run(finding.code, pointer) and once_key(finding) in options.said_once


class _TextWanted(Exception):
    pass


def _no_raw_text(path: Path) -> str | None:
    raise _TextWanted  # a valid body's inputs are not explained: a rule that asks for their text is not certain


#: The top-level members that choose the contract a body is checked against.
_CHOOSERS = ("flowId", "flowVersion")


def _fixes_kept(findings: list[Finding], body: Any, resolved: Resolved, options: CheckOptions) -> list[Finding]:
    """The findings, each fix that may not be applied demoted: one that would write a number JSON has no form for is
    help (`as_help`); one that would make the contract checking the body less exact (another version's, or none) is
    display-only, saying why. Only a fix that writes flowId or flowVersion (or the whole body) can do that."""
    if all(finding.fix is None for finding in findings):
        return findings
    before = exactness(resolved)
    kept = []
    for finding in findings:
        fix = finding.fix
        helped = as_help(finding)
        if helped is not None:
            finding = helped
        elif fix is not None and before and fix.applicability is not Applicability.DISPLAY_ONLY \
                and any(map(_chooses, fix.operations)):
            try:
                after = resolve(apply_operations(body, fix.operations), options.contract, options.contracts)
            except CannotApply:
                after = None
            if after is not None and exactness(after) < before:
                why = "another version's contract; pull that version first" if exactness(after) == 1 else "no contract"
                finding = dataclasses.replace(finding, fix=dataclasses.replace(
                    fix, applicability=Applicability.DISPLAY_ONLY, edits=None,
                    message=f"{fix.message} (not applied: the inputs would then be checked against {why})"))
        kept.append(finding)
    return kept


def chooses_contract(fix: Fix) -> bool:
    """Whether a fix may change the flowId or flowVersion a body is checked by: it is judged (`_fixes_kept`) on the body
    as it is, so a --fix pass takes one such fix of a body, and the next pass judges the next one on the body it left."""
    return any(map(_chooses, fix.operations))


def _chooses(operation: Operation) -> bool:
    """Whether an operation may change the flowId or flowVersion a body is checked by."""
    path = operation.path
    if not path:
        return not isinstance(operation, InsertMember) or operation.name in _CHOOSERS
    return len(path) == 1 and (path[0] in _CHOOSERS or (isinstance(operation, RenameKey) and operation.name in _CHOOSERS))


def _buried_contract(body: Any, options: CheckOptions) -> Contract | None:
    """The contract of a flowId that is not at the top level yet (`configuration.flowId`): its names guide the repair.

    Only a body the schema rejects gets here (a launch request without a top-level flowId is never valid).
    """
    if not isinstance(body, dict) or options.contracts is None or "flowId" in body:
        return None
    repaired = repaired_body(body)
    if "flowId" not in repaired:
        return None
    guessed = resolve(repaired, None, options.contracts)
    return guessed.usable if guessed.pinned_unavailable is None else None


def to_diagnostics(document: Document, findings: Iterable[Finding], severities: SeverityMap,
                   prove: Callable[[Finding, Fix], Fix] | None = None, *, render_fixes: bool = True,
                   said_once: set[OnceKey] | None = None, proofs: LaunchProofs | None = None) -> list[Diagnostic]:
    """Locate findings in the file and apply configured severities; `prove` vets each rendered fix.

    `render_fixes` False leaves a payload's fixes pending (a report that shows only their message); `said_once`
    holds the notes said once per run already given: such a note is dropped before it is located.
    """
    renderable = min(MAX_RENDERED_FIXES, RENDER_BUDGET // max(1, len(document.text or "")))
    if prove is not None:  # each proof is a whole check of the edited file: fewer per pass in a big file, at least one
        findings = list(findings)
        renderable = max(1, min(renderable, PROOF_BUDGET // max(1, len(document.text or "")),
                                PROOF_FINDINGS // max(1, stands_for(findings))))
    located = _located(document, findings, severities, renderable, prove, render_fixes=render_fixes, said_once=said_once,
                       proofs=proofs)
    diagnostics = [diagnostic for _, diagnostic in located]
    diagnostics.sort(key=lambda d: (d.span.line, d.span.column) if d.span else (0, 0))
    return diagnostics


def _located(document: Document, findings: Iterable[Finding], severities: SeverityMap, renderable: int,
             prove: Callable[[Finding, Fix], Fix] | None = None,
             wanted: Callable[[Fix], bool] | None = None, proven: bool = True, render_fixes: bool = True,
             said_once: set[OnceKey] | None = None, proofs: LaunchProofs | None = None,
             hidden_by: dict[int, list[str]] | None = None) -> list[tuple[Finding, Diagnostic]]:
    """Each finding a rule's severity keeps, as a located diagnostic; the first `renderable` fixes (of those
    `wanted`) rendered as edits in the file. `hidden_by`: filled with what each diagnostic with a rendered fix must
    not show (by the diagnostic's id), for a fix rendered again (FixCandidates.as_checked)."""
    located = []
    rendered = 0
    later = proven and proofs is not None and proofs.takes(document)  # proven with the file's other launches' fixes
    quotes_no_secret = _quotes_no_secret(document)
    # A fix proven by its caller (a --fix pass, LaunchProofs) of one operation on a JSON or YAML body, on JSON in a
    # string or on a launch's URL is rendered as a splice of its own size, never writing the file (8,000 fixable
    # members took 28 passes, the most past 32 left; the 377th of 400 curl lines' fixes were help only): only one that
    # writes it after all (a YAML edit that may touch a comment, a literal in code: render's `wrote`) counts against
    # the budget.
    splices = (not proven or later) and document.text is not None
    # A secret the file writes (a header's token, a secret-named member's value) may be given to another member too:
    # the file's scan is made with its first finding, only where one may quote such a secret.
    written: list[str] | None = None
    asked: dict[tuple[object, ...], list[str]] = {}  # secret_values' answers for the body, by path (its findings')
    unparsed: list[str | None] = []  # the syntax error no edit of this payload can be proven past, found once
    for finding in findings:
        checkpoint()  # (a big body's findings are each located, rendered and proven: an overtaken check stops between them)
        if written is None:
            written = _named_secrets(document.value, asked) if not document.text else \
                written_secrets(document.text, document.words) if _may_quote_a_written_secret(document) else []
        rule = RULES[finding.code]
        severity: Severity | None = rule.severity
        if finding.code in severities and finding.code not in TOOL_FAILURES:
            severity = severities[finding.code]
        if severity is None:
            continue
        pointer = None if rule.about_request else format_pointer(finding.path)  # the URL, method or headers: no body member
        if said_once is not None and said_once_per_run(finding.code, pointer):
            if once_key(finding) in said_once:
                continue
            said_once.update(once_keys(finding))
        secrets = [] if quotes_no_secret else secret_values(document.value, finding.path, asked)
        written_help = finding.help
        if secrets:  # a value named for a secret: quoted by no output
            secrets += _as_written(document, finding.path)  # and as the file writes it (`0x1F2E`, `1_234`, 400 digits)
            finding = dataclasses.replace(finding, help=without_values(finding.help, secrets),
                                          fix=finding.fix and dataclasses.replace(finding.fix, message=without_values(
                                              finding.fix.message, secrets)))
        # Every string a finding carries out quotes the user's text: printable anywhere (lone surrogates escaped), never
        # a token, a secret the file writes (`hidden`: elsewhere too) or one a member's name says: message, help, the
        # fix's message and shown edits, the pointer and the subject (which the cache stores) alike.
        hidden = written + secrets if secrets else written
        message = _shown(finding.message, hidden)
        if pointer is not None:
            pointer = _shown_pointer(pointer, hidden)
        subject = _shown_subject(finding.subject, hidden)
        span = finding.span if finding.span is not None else document.span(finding.path, finding.target)
        fix = finding.fix
        held_back = False
        if fix is not None and fix.operations and fix.applicability is not Applicability.DISPLAY_ONLY:
            if not unparsed:
                unparsed.append(_unselected_syntax_error(document, severities))
            if unparsed[0] is not None:  # never applicable: a check does not offer it, and says why where it shows it
                fix = withheld_as_unparsed(fix, unparsed[0])
                finding = dataclasses.replace(finding, fix=fix)
                held_back = True
        if (not held_back and fix is not None and fix.operations and document.editor is None
                and not edited_where_written(document.kind, document.name, document.dialect)):
            fix = not_editable(fix)  # (every report says so: text, json and --fix agree)
            finding = dataclasses.replace(finding, fix=fix)
            held_back = True
        if held_back:
            unrendered = None  # help only: no edit of it can be proven
        elif fix is not None and not render_fixes and fix.operations and document.editor is None:
            # Shown as its message only: rendered and proven by --fix.
            fix = fix.as_pending()
        elif fix is not None and document.text is not None and (wanted is None or wanted(fix)) \
                and ((within := rendered < renderable and (proofs is None or proofs.renders(document.text) > 0))
                     or (len(fix.operations) == 1 and splices)):
            spliced = len(fix.operations) == 1 and splices
            wrote: list[int] = []
            unrendered = fix
            # (past the budget, a fix is still rendered where that is a splice of its own size, never writing the file)
            fix = _rendered(fix, document, proven=proven and not later, wrote=wrote if spliced else None,
                            spliced_only=not within)
            # Each rendering that writes the edited file (and a proof that re-reads it) is bounded per file.
            writes = 1 if not spliced else int(bool(wrote))
            rendered += writes
            if proofs is not None:
                proofs.renders_left[id(document.text)] -= writes
            if prove is not None and fix.edits is not None:
                fix = prove(finding, fix)
        else:
            unrendered = None
        help_text = fix.message if fix is not None else finding.help  # as rendering and proving left it (why not applied)
        shown_help = _shown(help_text, hidden)
        if finding.code == INVALID_FLOW_ID and fix is None and shown_help != safe(written_help):
            shown_help = _shown(FLOW_ID_HELP, hidden)  # the name it quotes is a secret: `pull --name "****"` is no help
        if fix is not None:
            # The help is the fix's message (Finding.help_text) unless rendering or proving changed it; ASCII: `safe`'s own
            fix = _shown_fix(fix, hidden, shown_help if fix.message is help_text and help_text.isascii() else None)
        diagnostic = Diagnostic(finding.code, rule.name, severity, message, shown_help, pointer, document.name, span, fix,
                                subject, finding.partly_unread)
        if later and proofs is not None and unrendered is not None and fix is not None and fix.edits:
            proofs.add(document, unrendered, diagnostic, hidden)
        if hidden_by is not None and hidden and fix is not None and fix.edits is not None:
            hidden_by[id(diagnostic)] = hidden
        located.append((finding, diagnostic))
    return located


def _unselected_syntax_error(document: Document, severities: SeverityMap) -> str | None:
    """`FL001 at 1:77, not selected`: the syntax error of a payload read past it (a trailing comma) that the run's
    rules leave out, so no fix of it comes first and no edit of the payload can be proven; None for any other."""
    if document.editor is not None or document.kind not in ("json", "yaml") or document.text is None \
            or not document.findings:
        return None
    for loading in document.findings:
        if loading.code == PARSE_ERROR and PARSE_ERROR in severities and severities[PARSE_ERROR] is None:
            where = f" at {loading.span.line}:{loading.span.column}" if loading.span is not None else ""
            return f"{PARSE_ERROR}{where}, not selected"
    return None


def without_secrets(diagnostics: Iterable[Diagnostic], secrets: Sequence[str]) -> list[Diagnostic]:
    """Diagnostics with none of `secrets` (what a request sends at run time: its Authorization header's token, which no
    file writes) in any string they carry out, masked as a file's written secrets are."""
    hidden = list(secrets)
    if not hidden:
        return list(diagnostics)
    shown = []
    for d in diagnostics:
        fix = d.fix and _shown_fix(d.fix, hidden)
        shown_help = _shown(d.help, hidden)
        if d.code == INVALID_FLOW_ID and fix is None and shown_help != d.help:  # a flow name sent as the token: not quoted
            shown_help = _shown(FLOW_ID_HELP, hidden)
        shown.append(dataclasses.replace(d, message=_shown(d.message, hidden), help=shown_help, fix=fix,
                                         pointer=d.pointer and _shown_pointer(d.pointer, hidden),
                                         subject=_shown_subject(d.subject, hidden)))
    return shown


def _shown(text: str, hidden: list[str]) -> str:
    """A string a finding carries out, as every output shows it: printable, no credential, none of `hidden` quoted."""
    shown = without_credentials(safe(text))
    if not hidden:
        return shown
    return without_secret_texts(shown, hidden)


def _shown_pointer(pointer: str, hidden: list[str]) -> str:
    """A JSON pointer as outputs show it: a member named by a credential (a token given as an input's name) masked."""
    shown = without_credentials(pointer)
    for value in hidden:
        if len(value) >= SHORTEST_SECRET_AGAIN or f"/{value}/" in f"{shown}/":  # a short one only as a whole part
            written = format_pointer((value,))[1:]
            shown = shown.replace(written, "*" * len(written))
    return shown


def _shown_subject(subject: str, hidden: list[str]) -> str:
    """A finding's subject (never shown, but stored by the cache) with no credential and none of `hidden`, in any case
    (a flow ID's subject is lowered)."""
    if not subject:
        return subject
    shown = without_credentials(subject)
    lowered = shown.lower()
    for value in hidden:
        if len(value) >= SHORTEST_SECRET_AGAIN and value.lower() in lowered:
            shown = re.sub(re.escape(value), "*" * len(value), shown, flags=re.IGNORECASE)
    return shown


def _shown_fix(fix: Fix, hidden: list[str], message: str | None = None) -> Fix:
    """A fix as reports show it: its message (`message` when already shown) and each edit's shown content with no
    credential and none of `hidden`; the edits' content stays the file's text (--fix writes it, an editor applies it)."""
    shown = message if message is not None else _shown(fix.message, hidden)
    edits = written = fix.edits
    if written:
        edits = tuple(_shown_edit(edit, hidden) for edit in written)
        if all(new is old for new, old in zip(edits, written, strict=True)):
            edits = written
    if shown == fix.message and edits is fix.edits:
        return fix
    return dataclasses.replace(fix, message=shown, edits=edits)


def _shown_edit(edit: Edit, hidden: list[str]) -> Edit:
    masked = masked_edit(edit, hidden) if hidden else edit
    shown = without_credentials(masked.shown_content)
    return masked if shown == masked.shown_content else dataclasses.replace(masked, shown=shown)


def _may_quote_a_written_secret(document: Document) -> bool:
    """Whether a finding (its message, help or fix) may quote a secret the text writes: a finding quotes the body's names
    and strings, so only one the text writes more than once, or outside the body (which then writes it otherwise: an
    escape), or under a name that says it is a secret (a finding about the object around it quotes it too), can be such
    a secret: the file's credential scan (~0.3 ms) is skipped for every other launch file. A payload is its body: asked
    when its text holds a secret's or a header's name."""
    text, request = document.text, document.request
    if not text:
        return False
    if request is None:  # a payload: the body is the text; a secret written under a secret's or a header's name in it
        # (a name written with an escape, `p\u0061ssword`, says its word only once parsed: the text's escape is enough)
        return "\\" in text or _names_a_secret(text, document.words)
    if request.body_span is None:
        return True
    body_start, body_end = request.body_span
    stack: list[Any] = [document.value]
    for _ in range(_QUOTED_LEAVES):
        if not stack:
            return False
        value = stack.pop()
        if isinstance(value, dict):
            if any(isinstance(name, str) and _names_a_secret(name) for name in value):
                return True  # a finding about a member around it (a fix moving the object) quotes its value
            stack.extend(value.values())
            stack.extend(value.keys())
        elif isinstance(value, list):
            stack.extend(value)
        elif isinstance(value, str) and len(value) >= SHORTEST_SECRET_AGAIN:
            at = text.find(value)
            if not body_start <= at < body_end or text.find(value, at + 1) >= 0:
                return True  # written again, or the body writes it otherwise (an escape) and another place as it is
            for word in _LONG_WORD.findall(value):  # a header's token inside a longer value (`"bad id <token>"`)
                if text.find(word, 0, body_start) >= 0 or text.find(word, body_end) >= 0:
                    return True
    return True  # too many to look at: scan


#: A run of a body's string long enough to be a token written elsewhere in the file too.
_LONG_WORD = re.compile(r"[^\s\"'<>(){}\[\],;]{16,}")


def _named_secrets(body: Any, asked: dict[tuple[object, ...], list[str]] | None = None) -> list[str]:
    """The values a body given as an object (the library's, no text to scan) holds under a secret's name, anywhere in
    it, longest first: what a finding about another member or the object around them (a fix moving it) must not quote.
    `asked`: secret_values' answers for the body, which its findings ask for again."""
    found: list[str] = []
    pending: list[tuple[Any, Path]] = [(body, ())]
    for _ in range(_NAMED_NODES):
        if not pending:
            break
        value, path = pending.pop()
        if isinstance(value, dict):
            for name, member in value.items():
                if isinstance(name, str) and not no_secret_word(name):
                    found += secret_values(body, (*path, name), asked)
                else:
                    pending.append((member, (*path, name)))
        elif isinstance(value, list):
            pending += [(item, (*path, index)) for index, item in enumerate(value)]
    return sorted(set(found), key=lambda secret: (-len(secret), secret))


#: How many of a body's nodes `_named_secrets` walks (a finding's strings quote few of them).
_NAMED_NODES = 1 << 14


def _names_a_secret(text: str, words: Words | None = None) -> bool:
    """Whether `text` may name a member that holds a secret (`password`, `apiKey`) or a header's (`Cookie`, `X-Auth`).
    `words`: the text's, when other scans of it share them (a file's)."""
    words = words or Words(text)
    return not no_secret_word(text, words) or words.holds_any_case("cookie", "key", "auth")


#: How many of a body's names and values `_may_quote_a_written_secret` looks at before it scans the file anyway.
_QUOTED_LEAVES = 256


def _quotes_no_secret(document: Document) -> bool:
    """Whether `secret_values` finds nothing at any path of the document, known from its text alone: a JSON file's body
    parsed from ASCII text with no backslash holds every string and name as the text writes it, so a text without a
    secret word (`no_secret_word`: every match of the secret-name pattern holds one) has none in any of them either."""
    text = document.text
    return (document.kind == "json" and document.request is None and document.editor is None and text is not None
            and "\\" not in text and no_secret_word(text, document.words))


def _as_written(document: Document, path: Path) -> list[str]:
    """The text a document writes at `path` (a scalar, unquoted), when it differs from how Python shows the value."""
    span = document.span(path) if document.text is not None else None
    if span is None or document.text is None:
        return []
    lines = document.lines()
    if lines is None:
        return []
    written = document.text[lines.offset(span.line, span.column):lines.offset(span.end_line, span.end_column)]
    written = written.strip().strip("\"'")
    return [written] if 0 < len(written) <= 100_000 and "\n" not in written else []


@dataclass
class FixCandidates:
    """What a --fix pass chooses from in one document: every finding (uncapped), and the fixes it may apply,
    rendered but not yet proven (a pass is proven as a whole: `Proof.together`)."""

    findings: list[Finding]
    fixes: list[tuple[Finding, Diagnostic]]
    proof: Proof | None
    diagnostics: list[Diagnostic] = field(default_factory=list)  # every finding located (what suppressions decide on)
    hidden: dict[int, list[str]] = field(default_factory=dict)  # what each fix's diagnostic must not show, by its id

    def as_checked(self, document: Document, finding: Finding, diagnostic: Diagnostic) -> Diagnostic | None:
        """The diagnostic with its finding's fix rendered as a check renders it (proven by parsing the edited text),
        shown as the pass's rendering was; None when that makes no edit, or one of another applicability. A pass
        renders its fixes unproven; when one fails the pass's proof, it is the check's rendering that --fix applies
        (a move whose member, carried as written, reads otherwise where it lands: the values written anew), so what a
        check counts fixable is what --fix makes."""
        if finding.fix is None or document.text is None or diagnostic.fix is None:
            return None
        fix = render(finding.fix, document.text, document.kind, document.value, document.lines(), document.dialect, document.editor)
        if fix.edits is None or fix.applicability is not diagnostic.fix.applicability:
            return None
        if fix.edits == diagnostic.fix.edits and fix.message == finding.fix.message:
            return diagnostic
        shown = _shown_fix(fix, self.hidden.get(id(diagnostic), []))
        # The help is the fix's message, as rendering left it (saying the values were written anew, when so).
        return dataclasses.replace(diagnostic, fix=shown, help=diagnostic.help if fix.message is finding.fix.message
                                   else shown.message)

    def report(self, document: Document, options: CheckOptions, proofs: LaunchProofs | None = None) -> list[Diagnostic]:
        """The diagnostics `check` gives for the document (capped, every rendered fix proven alone, or with the file's
        other launches' fixes by `proofs`, as check_documents proves them)."""
        return _diagnostics(document, cap_findings(self.findings), options, proofs, self.findings)


def fix_candidates(document: Document, options: CheckOptions, wanted: Callable[[Fix], bool]) -> FixCandidates:
    """Every finding of a document, and each fix `wanted` rendered in its text (within the render budget only)."""
    findings = _proven_findings(document, options)
    if findings is None:
        findings = check_findings(document, options, False)
    renderable = max(1, RENDER_BUDGET // max(1, len(document.text or "")))
    hidden: dict[int, list[str]] = {}
    located = _located(document, findings, options.severities, renderable, wanted=wanted, proven=False, hidden_by=hidden)
    fixes = [(finding, diagnostic) for finding, diagnostic in located
             if diagnostic.fix is not None and diagnostic.fix.edits is not None and wanted(diagnostic.fix)]
    return FixCandidates(findings, fixes, _proof(document, findings, options), [d for _, d in located], hidden)


def _rendered(fix: Fix, document: Document, *, proven: bool, wrote: list[int] | None, spliced_only: bool = False) -> Fix:
    """`render` of a fix in the document's text; `proven` False: its edits are proven by the caller (LaunchProofs,
    with the file's other launches' fixes, a URL a fix sets too; a --fix pass, with every fix it applies).
    `spliced_only`: rendered only where that is a splice (render's)."""
    assert document.text is not None
    return render(fix, document.text, document.kind, document.value, document.lines(), document.dialect,
                  document.editor, proven=proven, wrote=wrote, spliced_only=spliced_only)


def capped_file(diagnostics: list[Diagnostic], severities: SeverityMap) -> list[Diagnostic]:
    """A file's diagnostics, every document's, as a report lists them: at most MAX_PER_KIND of each rule, the rest
    counted in one FL008 note a rule, at the first one not listed, as one payload's findings are capped (cap_findings).
    A code or request file's launches are each a document, each capped alone: 8,000 launches of a generated script
    listed 64,000 findings (review R25). Asked once the file's suppressions are decided (one of a finding past the cap
    is used all the same); the documents' own FL008 notes of a rule capped here are counted in its one note. A rule's
    findings past the cap are only counted: --fix fixes them all the same (its passes take every document's fixes)."""
    if len(diagnostics) <= MAX_PER_KIND:
        return diagnostics  # (nearly every file: no rule can have more)
    # (a note about a flow, said once a run (said_once_per_run), is not the file's: each launch of the flow gives it and
    # the run keeps one, so it is not counted here)
    counts = collections.Counter(d.code for d in diagnostics
                                 if d.code != TOO_MANY_FINDINGS and not said_once_per_run(d.code, d.pointer))
    over = {code for code, count in counts.items() if count > MAX_PER_KIND}
    if not over:
        return diagnostics
    kept: list[Diagnostic] = []
    listed: collections.Counter[str] = collections.Counter()
    hidden: collections.Counter[str] = collections.Counter()  # each capped rule's findings not listed
    first: dict[str, tuple[int, Diagnostic]] = {}  # each capped rule's first one not listed, and where its note goes
    for diagnostic in diagnostics:
        code = diagnostic.code
        if code == TOO_MANY_FINDINGS:
            more = _counted_by(diagnostic)
            if more is not None and more[0] in over:  # (a document's own note of a rule capped here: counted in its one)
                hidden[more[0]] += more[1]
                continue
        elif code in over and not said_once_per_run(code, diagnostic.pointer):
            listed[code] += 1
            if listed[code] > MAX_PER_KIND:
                hidden[code] += 1
                first.setdefault(code, (len(kept), diagnostic))
                continue
        kept.append(diagnostic)
    severity = severities[TOO_MANY_FINDINGS] if TOO_MANY_FINDINGS in severities else RULES[TOO_MANY_FINDINGS].severity
    if severity is None:  # (FL008 not selected: the rest is still not listed)
        return kept
    for code, (at, diagnostic) in sorted(first.items(), key=lambda item: item[1][0], reverse=True):
        note = more_finding(code, hidden[code])
        kept.insert(at, Diagnostic(TOO_MANY_FINDINGS, RULES[TOO_MANY_FINDINGS].name, severity, note.message,
                                   note.help, diagnostic.pointer, diagnostic.file, diagnostic.span, subject=code))
    return kept


#: An FL008 note's words (core/caps.more_finding's): how many more findings of which rule.
_MORE = re.compile(r"([\d,]+) more (FL\d{3}) ")


def _counted_by(note: Diagnostic) -> tuple[str, int] | None:
    """The rule an FL008 note counts findings of, and how many (None: not words more_finding writes)."""
    found = _MORE.match(note.message)
    return None if found is None else (found.group(2), int(found.group(1).replace(",", "")))


def check_documents(documents: Sequence[Document], options: CheckOptions) -> list[Diagnostic]:
    """The diagnostics of a file's documents, in order: `check_document` for each, the rendered fixes of a code
    file's launches proven together (LaunchProofs), not by extracting every launch again for each fix."""
    if len(documents) < 2:
        return [d for document in documents for d in check_document(document, options)]
    proofs = LaunchProofs()
    diagnostics = []
    for document in documents:
        checkpoint()  # (between launches: an editor's check overtaken by a newer edit stops here)
        diagnostics += check_document(document, options, proofs)
    proven = proofs.prove()
    return [proven.get(id(d), d) for d in diagnostics] if proven else diagnostics


class LaunchProofs:
    """The rendered fixes of the launches of one code file, proven together: each round applies one fix per launch
    (their edits must not overlap), extracts the launches of the edited file once, and requires every fixed launch to
    hold what its fix makes of it and every other launch to be unchanged. A fix that fails (or cannot join a round)
    is rendered again and proven alone, as `render` proves a single fix. So a file with N launches costs a few
    extractions, not N (the proof of a fix is an extraction of the whole edited file)."""

    def __init__(self) -> None:
        self.pending: list[tuple[Document, Fix, Diagnostic]] = []
        self.hidden: dict[int, list[str]] = {}  # by the diagnostic's id: what its fix, rendered again, must not show
        #: The renderings that write a file's text left to its launches, by the text's id: RENDER_BUDGET is the file's,
        #: as a payload file's, not each launch's (each launch's document holds all of the file's text: per launch, a
        #: file of N launches was written N times the budget).
        self.renders_left: dict[int, int] = {}
        self.proofs_left: dict[int, int] = {}  # the readings of a file's edited text left to its proofs (_spent)

    def renders(self, text: str) -> int:
        """The renderings that write `text` left to the launches of the file it is."""
        return self.renders_left.setdefault(id(text), RENDER_BUDGET // max(1, len(text)))

    def _spent(self, text: str) -> bool:
        """One reading of the whole (edited) file taken from its proofs' budget (RENDER_BUDGET over its size, as its
        renderings'): a proof of a round, a fix rendered again alone. False when none is left: fixes made as one
        replacement each are rendered past the renderings' budget, so the proofs of a file are bounded on their own."""
        left = self.proofs_left.setdefault(id(text), RENDER_BUDGET // max(1, len(text)))
        if left <= 0:
            return False
        self.proofs_left[id(text)] = left - 1
        return True

    @staticmethod
    def takes(document: Document) -> bool:
        """A launch in a code or request file, whose editor shares the file's extractions."""
        editor: TextEditor | None = document.editor
        return editor is not None and editor.extractions is not None and document.text is not None

    def add(self, document: Document, unrendered: Fix, diagnostic: Diagnostic, hidden: list[str] | None = None) -> None:
        self.pending.append((document, unrendered, diagnostic))
        if hidden:
            self.hidden[id(diagnostic)] = hidden

    def prove(self) -> dict[int, Diagnostic]:
        """The diagnostics whose fix failed the proof, by id, with the fix as `render` proves it alone."""
        rounds: dict[int, list[tuple[Document, Fix, Diagnostic]]] = {}
        seen: dict[int, int] = {}
        for item in self.pending:
            editor: TextEditor = item[0].editor  # one that `takes` took
            launch = editor.index
            seen[launch] = number = seen.get(launch, -1) + 1
            rounds.setdefault(number, []).append(item)  # the n-th fix of each launch goes in round n
        failed: list[tuple[Document, Fix, Diagnostic]] = []
        for items in rounds.values():
            failed += self._failing(items)
        replaced = {}
        for document, unrendered, diagnostic in failed:
            checkpoint()
            if not self._spent(document.text or ""):  # (the file's budget spent: its fix shown, not rendered, as past it)
                replaced[id(diagnostic)] = dataclasses.replace(
                    diagnostic, fix=_shown_fix(unrendered, self.hidden.get(id(diagnostic), [])))
                continue
            fix = render(unrendered, document.text or "", document.kind, document.value, document.lines(), document.dialect,
                         document.editor)
            shown = _shown_fix(fix, self.hidden.get(id(diagnostic), []))
            # The help is the fix's message, as rendering alone left it (saying why it is not applied, when it says so).
            shown_help = diagnostic.help if fix.message is unrendered.message else shown.message
            replaced[id(diagnostic)] = dataclasses.replace(diagnostic, fix=shown, help=shown_help)
        return replaced

    def _failing(self, items: list[tuple[Document, Fix, Diagnostic]]) -> list[tuple[Document, Fix, Diagnostic]]:
        """The fixes of one round its proofs cannot vouch for: those a proof names leave the round and the rest are proven
        again without them; where a proof cannot tell which (a launch no fix is about changed: a body two launches send;
        edits that overlap), each half of the round is proven on its own, down to a fix alone. Every fix alone (each
        proof an extraction of the whole edited file) made one such launch cost the file's every fix an extraction."""
        failed: list[tuple[Document, Fix, Diagnostic]] = []
        reaching = self._reaching(items)
        if reaching:  # (none of them passes a proof of a round unless the launches it reaches make its very edits)
            alone = set(reaching) - self._covered(items, reaching)
            failed += [items[k] for k in sorted(alone)]
            items = [item for k, item in enumerate(items) if k not in alone]
        groups = [items] if items else []
        while groups:
            group = groups.pop()
            while group:
                checkpoint()  # (each proof extracts the whole file again)
                if not self._spent(group[0][0].text or ""):
                    failed += group
                    break
                wrong = self._wrong(group)
                if wrong is None and len(group) > 1:
                    half = len(group) // 2
                    groups += [group[half:], group[:half]]
                    break
                if not wrong:
                    if wrong is None:
                        failed += group
                    break
                failed += [group[k] for k in sorted(wrong)]
                group = [item for k, item in enumerate(group) if k not in wrong]
        return failed

    @staticmethod
    def _reaching(items: list[tuple[Document, Fix, Diagnostic]]) -> dict[int, set[int]]:
        """The positions in `items` of the fixes with an edit where another launch of the file writes its body (a body two
        launches send, bound to one name), each with the launches (their index in the file) it reaches: applied with or
        without the round's other fixes, such a fix changes a launch it is not about, so no proof of a round vouches for
        it unless those launches' own fixes make the very same edits (_covered). Found from the launches as the file's
        text writes them, with no extraction: each half of a round holding such a fix was proven again, down to it alone,
        so a file of N such fixes cost 2N extractions of the whole file before each was proven alone."""
        first: TextEditor = items[0][0].editor
        text, extractions = items[0][0].text, first.extractions
        if text is None or extractions is None:
            return {}
        try:
            written = sorted((where, index) for index, where in enumerate(extractions.bodies_written(text))
                             if where is not None)
        except Exception:  # (the proofs say why)
            return {}
        starts = [where[0] for where, _ in written]
        reach = list(itertools.accumulate((where[1] for where, _ in written), max))  # the furthest end so far
        reaching: dict[int, set[int]] = {}
        for k, (document, _, diagnostic) in enumerate(items):
            if document.text is not text or document.editor.extractions is not extractions or diagnostic.fix is None:
                continue
            own = document.editor.index
            for edit in diagnostic.fix.edits or ():
                # In another launch's body: a replacement that meets it, an insertion strictly inside it.
                at = bisect.bisect_left(starts, edit.end if edit.end > edit.start else edit.start) - 1
                while at >= 0 and reach[at] > edit.start:
                    (_, end), index = written[at]
                    if index != own and end > edit.start:
                        reaching.setdefault(k, set()).add(index)
                    at -= 1
        return reaching

    @staticmethod
    def _covered(items: list[tuple[Document, Fix, Diagnostic]], reaching: dict[int, set[int]]) -> set[int]:
        """The reaching fixes (`_reaching`) whose every launch reached has a fix in this round with the very same edits
        (the launches of one body bound to a name, each fixed alike): applied alone, any of them makes the text all of
        them make, so they join the round as one edit (_wrong reads the edits of such fixes once), and its one extraction
        proves each launch's body, as a round proves any fix of it, instead of one extraction of the whole file each."""
        by_launch = {item[0].editor.index: k for k, item in enumerate(items)}
        covered = set()
        for k, reached in reaching.items():
            edits = _edit_key(items[k][2])
            if edits and all((j := by_launch.get(index)) is not None and _edit_key(items[j][2]) == edits
                             for index in reached):
                covered.add(k)
        return covered

    @staticmethod
    def _wrong(items: list[tuple[Document, Fix, Diagnostic]]) -> set[int] | None:
        """The positions in `items` of the fixes this round cannot vouch for; None when it cannot tell which."""
        from ..edits import same
        from ..sources.model import NO_BODY

        everything = None
        first: TextEditor = items[0][0].editor
        text, extractions = items[0][0].text, first.extractions
        if text is None or extractions is None:
            return everything
        edits: list[tuple[Edit, int]] = []
        made: set[tuple[tuple[int, int, str], ...]] = set()  # the edits of each fix: made once where fixes make the same
        for k, (document, _, diagnostic) in enumerate(items):
            if document.text is not text or document.editor.extractions is not extractions \
                    or diagnostic.fix is None or not diagnostic.fix.edits:
                return everything  # not one file's launches, or a fix with no edit
            key = _edit_key(diagnostic)
            if key in made:
                continue  # (launches sending one body, fixed alike: the text each fix alone makes)
            made.add(key)
            edits.extend((edit, k) for edit in diagnostic.fix.edits)  # (a move's: its removal and its insertion)
        edits.sort(key=lambda pair: (pair[0].start, pair[0].end))
        if any(b[0].start < a[0].end for a, b in itertools.pairwise(edits)):
            return everything  # edits that overlap (a body two launches share) are proven one by one
        fixed: dict[int, tuple[int, Any]] = {}
        urls: dict[int, str] = {}  # the URL each fix that sets one makes its launch send to
        try:
            for k, (document, unrendered, _) in enumerate(items):
                fixed[document.editor.index] = k, apply_operations(document.value, unrendered.operations)
                for operation in unrendered.operations:
                    if isinstance(operation, SetUrl):
                        urls[document.editor.index] = operation.url
            before = extractions.launches(text)
            after = extractions.launches(apply_edits(text, [edit for edit, _ in edits]))
        except Exception:  # operations that do not apply, or an edited text the extractor cannot read: each fix alone says
            return everything
        if len(after) != len(before):
            return everything
        wrong = set()
        for index, (old, new) in enumerate(zip(before, after, strict=True)):
            if index in fixed:
                k, body = fixed[index]
                if new.body is NO_BODY or not same(new.body, body):
                    wrong.add(k)
                elif index in urls and (new.url is None or new.url.value != urls[index]):
                    wrong.add(k)  # (it must send to the URL its fix sets: `_set_url` left that to this reading)
            elif new.body is NO_BODY or not same(new.body, old.body):
                return everything  # a launch no fix is about changed: which edit did it cannot be told
        return wrong



def _edit_key(diagnostic: Diagnostic) -> tuple[tuple[int, int, str], ...]:
    """A rendered fix's edits, as the text they make from the file's (none: no fix or no edit)."""
    fix = diagnostic.fix
    return tuple((edit.start, edit.end, edit.content) for edit in fix.edits) if fix is not None and fix.edits else ()

def check_document(document: Document, options: CheckOptions, proofs: LaunchProofs | None = None, *,
                   capped: bool = True) -> list[Diagnostic]:
    """The diagnostics for one document; a failure inside flowlint becomes an FL900 diagnostic. `proofs` collects the
    rendered fixes of a code file's launches, proven together by `check_documents`. `capped`: at most MAX_PER_KIND of
    a rule (a report's view), else all of them (what a fix pass of a body given as an object applies)."""
    try:
        with remembering():  # its fixes' proofs check the edited body again: the same keys, the same suggestions
            if capped:
                shown, every = reported_findings(document, options)
                return _diagnostics(document, shown, options, proofs, every)
            every = _findings(document, options, None)
            return _diagnostics(document, every, options, proofs, every)
    except BrokenSchema:
        raise  # the bundled schema is broken: nothing can be checked (exit code 3)
    except Exception as err:  # never a traceback for the user: report the bug and go on
        rule = RULES[INTERNAL_ERROR]
        return [Diagnostic(INTERNAL_ERROR, rule.name, Severity.ERROR, _failure(document, err),
                           "this is a bug in flowlint; please report it with the file", None, document.name, None)]


def _failure(document: Document, err: Exception) -> str:
    """FL900's message: the error as it says itself (a KeyError quotes a body's name or value), shown as a finding's
    message is, with none of the file's secrets; only the error's kind if that cannot be made."""
    said = f"flowlint failed on this file: {type(err).__name__}"
    try:
        hidden = (written_secrets(document.text, document.words) if document.text else _named_secrets(document.value))
        return _shown(f"{said}: {err}", hidden)
    except Exception:  # (a failure about a failure: the kind alone says enough to report the bug)
        return said


#: The largest YAML payload text (characters) whose fixes a report showing no edits still renders and proves.
CHEAP_PROOF = 16 * 1024


def _diagnostics(document: Document, findings: list[Finding], options: CheckOptions,
                 proofs: LaunchProofs | None = None, every: list[Finding] | None = None) -> list[Diagnostic]:
    """A document's (capped) findings as the report shows them: located, each rendered fix proven alone. `every`: the
    findings they were cut from, when known (a proof then need not check the document again to know them)."""
    # A report that shows no edits still renders and proves a small YAML payload's fixes (a splice and one more read
    # of a few KiB): a YAML edit may not be made at all (an anchor another node refers to, a comment it would drop), so
    # unproven its "fix:" and "N fixable" would promise what --fix then does not make (issue 19). A larger one's, and
    # a JSON payload's (whose edits are always made), stay pending: --fix proves them and counts one that does not hold.
    render_fixes = options.render_fixes or (document.kind == "yaml" and document.editor is None and document.text is not None
                                            and len(document.text) <= CHEAP_PROOF and any(f.fix for f in findings))
    prove = _prover(document, findings, options, every) if render_fixes else None
    # A note a suppression may take is located every time: which one the run says is decided after suppressions.
    suppressible = options.ignores_for is not None or may_suppress(document.text)
    return to_diagnostics(document, findings, options.severities, prove, render_fixes=render_fixes,
                          said_once=None if suppressible else options.said_once, proofs=proofs)


def _prover(document: Document, findings: list[Finding], options: CheckOptions,
            every: list[Finding] | None = None) -> Callable[[Finding, Fix], Fix] | None:
    proof = _proof(document, findings, options, every)
    return proof.alone if proof is not None else None


def _proof(document: Document, findings: list[Finding], options: CheckOptions,
           every: list[Finding] | None = None) -> Proof | None:
    if document.editor is not None or document.kind not in ("json", "yaml") or document.text is None \
            or not any(finding.fix is not None for finding in findings):
        return None  # a launch inside code is re-read by its own source: its edits are proven by re-parsing only
    return Proof(document, findings, options, every)


class Proof:
    """Proof of rendered fixes: applied, they must not bring an error that was not there (by code and place).

    An error they may bring: one about a value a fix moved or renamed unchanged (that value was the author's, and
    was wrong before), or, once a fix lets the flow's contract apply, one about inputs it did not write (a missing
    required input, an undeclared one the author sent) - but never an input name it wrote itself. Any other new
    error makes a fix display-only, with the error named. A fix is proven alone (`alone`: one re-check of the file
    each, as `check` shows it), or a --fix pass's fixes together (`together`: one re-check for the pass).
    """

    def __init__(self, document: Document, findings: list[Finding], options: CheckOptions,
                 every: list[Finding] | None = None) -> None:
        self.document = document
        self.options = options
        self.before = {(f.code, f.path) for f in (findings if every is None else every)}
        #: The required inputs said missing before, by name: one a fix moves (`inputs` unwrapped into a new `inputData`)
        #: is the same finding said at its new place, never a new error of the fix.
        self.missing = {f.subject for f in (findings if every is None else every) if f.code == MISSING_INPUT}
        #: What the file's text says of its own values (a key written twice, a YAML scalar read as another type): a fix
        #: that carries such a value somewhere else writes it anew, so these must still be said after it.
        self.lexical = [f for f in findings if f.code in _LEXICAL]
        #: A report's findings hold only the first MAX_PER_KIND of a rule: the next one is no new error of a fix, so
        #: the rest are looked up (once) before one is called new.
        self.capped = every is None and any(f.code == TOO_MANY_FINDINGS for f in findings)
        self.contract_applied = resolve(document.value, _linked(document, options), options.contracts).usable is not None
        self.limits = dataclasses.replace(DEFAULT_LIMITS, yaml_version=document.dialect) if document.dialect else DEFAULT_LIMITS

    def _error(self, code: str) -> bool:
        severities = self.options.severities
        severity = severities[code] if code in severities and code not in TOOL_FAILURES else RULES[code].severity
        return severity is Severity.ERROR

    def _objection(self, found: list[Finding], fixed: list[Finding], fixes: list[Fix]) -> tuple[Finding, Finding | None] | None:
        """The first fixed finding still `found` (the findings of the fixed text) without a fix (with None), or (a fixed
        one, the new error): None if proven."""
        # The members the fixes write, looked up by each prefix of a finding's path (not compared with each: a pass of
        # n fixes leaving n findings would cost n^2).
        touched = {place for fix in fixes for operation in fix.operations for place in _written(operation)}
        # A partial fix (a wrapper's flowId moved up, the rest the author's) leaves its finding by design: what it does
        # do is proven as any fix's is, by no new error (the missing flowId it took over would be one).
        places = {(f.code, f.path): f for f, fix in zip(fixed, fixes, strict=True) if not fix.partial}
        vanished = self._vanished(found, fixed, fixes)
        if vanished is not None:
            return fixed[0], vanished
        # A key written twice, a YAML scalar read as another type, carried by a move as the author wrote it: said again
        # where it lands (as many as were said before: a fix never writes such a text itself).
        carried = collections.Counter(f.code for f in self.lexical)
        for finding in found:
            if (finding.code, finding.path) in places and finding.fix is None:
                return places[(finding.code, finding.path)], None
            if (finding.code, finding.path) in self.before or not self._error(finding.code) or self._hidden(finding) \
                    or (finding.code == MISSING_INPUT and finding.subject in self.missing):
                continue
            written = any(tuple(finding.path[:depth]) in touched for depth in range(len(finding.path) + 1))
            if written and carried[finding.code] > 0:
                carried[finding.code] -= 1
                continue
            if finding.target is Target.VALUE and written and finding.code not in NAME_RULES:
                continue  # a value carried over as it was: its error was there before, hidden by the one fixed
            if finding.code in CONTRACT_RULES and not self.contract_applied and (finding.code == MISSING_INPUT or not written):
                continue  # the contract applies only now: what it finds in the author's inputs was there before
            return fixed[0], finding
        return None

    def _vanished(self, found: list[Finding], fixed: list[Finding], fixes: list[Fix]) -> Finding | None:
        """A finding about the text of a value (FL002, FL006) that the fixes make disappear without fixing it: a move
        writes the value anew (`0x1F` as 31, the second of two `a` keys alone), deciding what the finding left to the
        author, and --fix never weakens a check. Only a member a fix removes outright (moving nothing) takes its own
        findings with it."""
        if not self.lexical:
            return None
        dropped = [operation.path for fix in fixes if not any(isinstance(o, InsertMember) for o in fix.operations)
                   for operation in fix.operations if isinstance(operation, RemoveMember)]
        fixed_places = {(f.code, f.path) for f in fixed}
        still = collections.Counter(f.code for f in found if f.code in _LEXICAL)
        for finding in self.lexical:
            if (finding.code, finding.path) in fixed_places \
                    or any(tuple(finding.path[:len(path)]) == tuple(path) for path in dropped):
                continue
            if still[finding.code] == 0:
                return finding
            still[finding.code] -= 1
        return None

    def _hidden(self, finding: Finding) -> bool:
        """Whether the finding was there before, past the cap of the report's findings."""
        if not self.capped:
            return False
        self.capped = False
        self.before |= {(f.code, f.path) for f in check_findings(self.document, self.options, False)}
        return (finding.code, finding.path) in self.before

    def alone(self, fixed: Finding, fix: Fix) -> Fix:
        """The fix, or the fix display-only when applied alone it leaves its finding or brings a new error."""
        document = self.document
        assert document.text is not None
        after = load_text(apply_edits(document.text, fix.edits or ()), document.name, limits=self.limits, kind=document.kind)
        objection = self._objection(check_findings(after, self.options, True), [fixed], [fix])
        if objection is None:
            return fix
        _, finding = objection
        if finding is not None and finding.code in _LEXICAL and (finding.code, finding.path) in self.before:
            return dataclasses.replace(fix, edits=None, message=f"{fix.message} (not applied: it would write anew "
                                       f"the value {finding.code} {RULES[finding.code].name} is about, at "
                                       f"`{format_pointer(finding.path) or '/'}`; decide that first)")
        if finding is None:
            return dataclasses.replace(fix, edits=None, message=f"{fix.message} (not applied: the rest is yours "
                                       "to decide, and no fix completes it)")
        return dataclasses.replace(fix, edits=None, message=f"{fix.message} (not applied: afterwards "
                                   f"{finding.code} {RULES[finding.code].name} at "
                                   f"`{format_pointer(finding.path) or '/'}`; decide that first)")

    def together(self, after: Document, fixed: list[tuple[Finding, Fix]]) -> bool:
        """Whether a pass's fixes, applied together (giving `after`), are proven: one re-check of the file, whose
        findings the next pass takes (fix_candidates of `after`) instead of checking it again."""
        found = check_findings(after, self.options, False)
        _PROVEN[:] = [(after, self.options, found)]
        return self._objection(found, [f for f, _ in fixed], [fix for _, fix in fixed]) is None


#: Findings about how a value is written, not what it is: a fix must leave each one said (Proof._vanished).
_LEXICAL = frozenset({DUPLICATE_KEY, YAML_IMPLICIT_TYPE})


#: The findings of the document a --fix pass's proof checked last (Proof.together), with the options it was checked
#: with: the next pass asks for that document's fix candidates, and takes them. One entry, taken once. Only fix passes reach
#: it (fixer/passes.py: a --fix run, the library's fix), never the editor server's checking threads; two threads fixing
#: at once never take another document's findings (document and options are asked by identity, and the entry holds
#: them alive): an entry another thread took is only lost, and proven again.
_PROVEN: list[tuple[Document, CheckOptions, list[Finding]]] = []


def _proven_findings(document: Document, options: CheckOptions) -> list[Finding] | None:
    """The findings Proof.together found in this very document with these very options, once; else None."""
    proven = _PROVEN[:1]
    _PROVEN.clear()
    if proven and proven[0][0] is document and proven[0][1] is options:
        return proven[0][2]
    return None


def _written(operation: Operation) -> list[Path]:
    """The members an operation writes, as paths in the edited body."""
    if isinstance(operation, RenameKey):
        return [(*operation.path[:-1], operation.name)]
    if isinstance(operation, InsertMember):
        return [(*operation.path, operation.name)]
    if isinstance(operation, ReplaceValue):
        return [operation.path]
    return []


def _contract_findings(body: Any, options: CheckOptions, raw: RawText, resolved: Resolved, *,
                       explain: bool = True, explained: int | None = None) -> list[Finding]:
    """FL2xx: the inputs against the flow's contract, or why they could not be checked. `explain` False: NotExplained
    for inputs the contract refuses (certainly_clean only asks whether there is any finding); `explained`: as
    check_inputs'."""
    contract = resolved.contract
    if isinstance(contract, BrokenContract):
        return [broken_contract(contract, resolved.flow_id)]
    if not isinstance(contract, Contract):
        if resolved.flow_id is not None and (options.contracts is not None or isinstance(contract, Unavailable)):
            return [no_contract(resolved, body)]
        return []
    try:
        findings = check_inputs(body, contract, raw, explain=explain, explained=explained)
    except BrokenContract as err:  # a schema that cannot be applied ($ref outside it, a bad pattern)
        return [broken_contract(err.located(contract.source, ""), resolved.flow_id)]
    if resolved.pinned_unavailable is not None:  # another version's verdict is a note, never an error
        findings = [pinned_unchecked(resolved, contract, findings)]
    findings = doubtful(contract, resolved.flow_id, findings) + disagreeing(contract, resolved.flow_id)
    stale_note = getattr(options.contracts, "stale_note", None)
    note = stale_note(resolved.flow_id) if callable(stale_note) and resolved.flow_id and options.contract is None else None
    if note:
        findings.append(stale(resolved.flow_id or "", note))
    return findings + not_launchable(body, contract)
