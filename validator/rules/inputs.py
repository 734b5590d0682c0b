"""Input rules (FL201-FL205): inputData checked against the flow's declared inputs.

The flow's input schema decides; its errors are explained in Architect's words.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import math
import re
from collections.abc import Iterator
from typing import Any

from ..contracts import cost
from ..contracts import schema as schemas
from ..contracts.store import FLOW_YAML, BrokenContract, Contract
from ..contracts.subset import SubsetValidator
from ..core.caps import Counted
from ..core.codes import (
    FLOW_PREFIX_CASE,
    INPUT_FORMAT,
    INPUT_NAME_CASE,
    INPUT_TYPE_MISMATCH,
    MISSING_FLOW_PREFIX,
    MISSING_INPUT,
    UNAPPLIED_CONTRACT,
    UNKNOWN_INPUT,
    WHOLE_DECIMAL,
)
from ..core.diagnostics import Finding, Fix, Path, RawText, Target
from ..core.jsontext import code, decode_json, describe, show
from ..core.printable import clipped
from ..core.suggest import closest
from ..core.unknown import RUN_TIME_TEXT, OpenObject, UnknownText, literal_size, shown_number
from .fixes import QUOTED_DIGITS, SAFE, UNSAFE, dotted, remove, rename, replace
from .nulls import null_input_findings
from .numbers import finite
from .repair import flow_input_name, is_misplaced_version, prefix_case_message, same_but_prefix_case

_FORMAT_NAMES = {"date": "Date", "date-time": "DateTime", "time": "Time", "duration": "Duration"}
_FORMAT_SHAPES = {"date": "YYYY-MM-DD", "date-time": "YYYY-MM-DDThh:mm:ssZ", "time": "hh:mm:ss", "uuid": "a UUID"}
#: A value written in the right shape (a date that does not exist is still YYYY-MM-DD).
_FORMAT_PATTERNS = {"date": re.compile(r"^\d{4}-\d{2}-\d{2}$", re.ASCII),  # (ASCII: never another script's digits)
                    "date-time": re.compile(r"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$", re.ASCII)}
_BOOLEAN_WORDS = {"true": True, "false": False, "yes": True, "no": False, "y": True, "n": False,
                  "on": True, "off": False, "1": True, "0": False}
#: JSON's number grammar (RFC 8259: ASCII digits, no sign but `-`, no leading zero): a text that is one is a number in
#: quotes, and unquoting it is certain; any other text Python reads as a number is a reading (_convert_text).
_JSON_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?")
#: A template's whole value written as one Velocity reference (`${input.vip}`, `$!{input.n}`, `$input.n`).
_REFERENCE = re.compile(r"\$!?(\{[A-Za-z_][\w.-]*\}|[A-Za-z_][\w.-]*)")
_RANGE_WORDS = {
    "minimum": "at least", "maximum": "at most", "exclusiveMinimum": "more than", "exclusiveMaximum": "less than",
    "minLength": "at least {} character{} long", "maxLength": "at most {} character{} long",
    "minItems": "at least {} item{}", "maxItems": "at most {} item{}",
}
#: The most digits a help line spells out when it writes a short literal out whole (1e20 → 100000000000000000000):
#: 1.5e300's 301 would bury the help. A long literal's own digits are never spelt out (`shown_number`).
_LONGEST_WRITTEN_OUT = 30
#: Keywords whose breaches at one place are said in one sentence: "requires it to be more than 1 and a multiple of 2".
_BOUNDS = frozenset({*_RANGE_WORDS, "multipleOf", "uniqueItems", "const"})


def architect_type(spec: dict[str, Any]) -> str:
    """A JSON Schema type in Architect's words: String, Integer, Decimal, Date collection, JSON."""
    kind = spec.get("type")
    if isinstance(kind, list):
        kinds = [k for k in kind if k != "null"]
        kind = kinds[0] if len(kinds) == 1 else None
    if kind == "array":
        items = spec.get("items")
        return (architect_type(items) if isinstance(items, dict) and items else "Any") + " collection"
    if kind == "string":
        return _FORMAT_NAMES.get(str(spec.get("format")), "String")
    return {"integer": "Integer", "number": "Decimal", "boolean": "Boolean", "object": "JSON"}.get(str(kind), "value")


class NotExplained(Exception):
    """`check_inputs(explain=False)` on inputs the contract refuses: their findings were not worked out."""


def check_inputs(body: Any, contract: Contract, raw: RawText = lambda path: None, *, explain: bool = True,
                 explained: int | None = None) -> list[Finding]:
    """Findings about inputData against the contract; empty when the flow's schema accepts it. `explain` False:
    NotExplained instead of the findings (the caller only asks whether there are any). `explained`: the undeclared
    inputs (FL202) worked out in full, a did-you-mean each (a report's EXPLAINED_PER_KIND); the rest are `Counted`.
    None: every one."""
    if not isinstance(body, dict) or ("inputData" not in body and isinstance(body, OpenObject)):
        return []  # an open object (a spread in code) may hold the inputs
    data = body.get("inputData")
    data = {} if data is None else data  # null is read as absent (FL107)
    if not isinstance(data, dict):
        return []  # FL105 explains it
    nulls = null_input_findings(data, contract.declared_names)
    if nulls:  # a declared input sent as null is unset, as one left out is (FL107): checked as left out
        data = {name: value for name, value in data.items() if not (value is None and name in contract.declared_names)}
    steps = contract.steps(data) if contract.counts_steps else None  # within its budget: a contract is untrusted input
    try:
        with cost.budget(steps):
            valid = contract.is_valid(data)
    except cost.TooCostly:
        valid = False  # not known: what the explaining check finds within the same budget is said, and that it stopped
    if valid:
        if nulls and not explain:
            raise NotExplained
        return nulls
    if not explain:
        raise NotExplained
    not_applied: list[tuple[tuple[str | int, ...], schemas.PatternNotApplied]] = []
    errors: list[Any] = []
    stopped: cost.TooCostly | None = None
    try:
        with cost.budget(contract.steps(data) if steps is None else steps):
            for error in schemas.iter_errors(contract.validator, data, not_applied):
                errors.append(error)
    except BrokenContract:
        raise
    except cost.TooCostly as err:
        stopped = err  # the errors found before it are the body's all the same
    except Exception as err:  # a schema that passed its metaschema but cannot be applied (a pathological regex...)
        raise BrokenContract(f"its input schema cannot be applied: {type(err).__name__}: {err}") from None
    explainer = _Explainer(body, data, contract, raw, explained)
    bounds: dict[Path, list[Any]] = {}  # every limit a value breaks, by its path: said in one finding
    found: list[Finding | Path] = []  # the findings, and where each path's limits are said (where the first is)
    for error in errors:
        if error.validator not in _BOUNDS:
            found.extend(explainer.finding(error))
            continue
        path: Path = ("inputData", *error.absolute_path)
        if path not in bounds:
            bounds[path] = []
            found.append(path)
        bounds[path].append(error)
    # A value off its pattern, format or allowed values and out of its limits too: one FL205 says both (the merge
    # keeps one FL205 a path), with no fix (one that only mends the pattern or value would still break the limits).
    formats = {f.path: f for f in found if isinstance(f, Finding) and f.code == INPUT_FORMAT}
    findings = []
    for item in found:
        if isinstance(item, Finding):
            group = bounds.get(item.path) if formats.get(item.path) is item else None
            findings.append(item if group is None else dataclasses.replace(
                item, message=f"{item.message}; the flow also requires it to be {_limits_said(group)}", fix=None,
                help=item.help if item.fix is None else "send a value the flow's input schema accepts"))
        elif item not in formats:
            findings.append(explainer.out_of_bounds(bounds[item]))
    required = {finding.subject for finding in findings if finding.code == MISSING_INPUT}  # a required null: FL201 says it
    if not_applied:
        findings.append(_patterns_not_applied(contract, not_applied))
    if stopped is not None:
        findings.append(_too_costly(contract, stopped))
    return [finding for finding in nulls if finding.path[1] not in required] + findings


def _contract_named(contract: Contract) -> str:
    flow = contract.flow_name or contract.flow_id
    return f"the input contract of flow {flow} ({contract.source})" if flow else f"the input contract ({contract.source})"


def _too_costly(contract: Contract, stopped: cost.TooCostly) -> Finding:
    """FL213: the contract's check of this body stopped at its budget; what it found before is said beside."""
    return Finding(UNAPPLIED_CONTRACT, ("inputData",),
                   f"{_contract_named(contract)} is too costly to apply to this body: its check stopped "
                   f"after {stopped.steps:,} steps (a bound linear in the sizes of the schema and the body), so the inputs it "
                   "had not reached were not checked against it",
                   "simplify the contract (patternProperties that each match many keys, anyOf or $ref that multiply the "
                   "work), or check a smaller body", subject=f"too costly {contract.source}")


def _patterns_not_applied(contract: Contract, not_applied: list[tuple[tuple[str | int, ...], schemas.PatternNotApplied]]) -> Finding:
    """FL213, once a body: what the contract's patterns that flowlint cannot match would decide was not checked."""
    patterns = list(dict.fromkeys(unknown.pattern for _, unknown in not_applied))
    places = list(dict.fromkeys(_named(("inputData", *path)) for path, _ in not_applied))
    said = ", ".join(code(clipped(pattern)) for pattern in patterns[:2]) + (", …" if len(patterns) > 2 else "")
    where = ", ".join(places[:3]) + (f" and {len(places) - 3} more" if len(places) > 3 else "")
    one = len(patterns) == 1
    return Finding(UNAPPLIED_CONTRACT, ("inputData",),
                   f"{_contract_named(contract)} has {'a pattern' if one else 'patterns'} flowlint cannot match ({said}: "
                   "lookaround, a backreference or the like, which its linear-time engine cannot run), so what "
                   f"{'it decides' if one else 'they decide'} of {where} is unknown and was not checked",
                   "write the pattern without lookaround or backreferences if the flow allows it; until then those inputs "
                   "are checked by the platform alone", subject="patterns " + " ".join(clipped(pattern, 200) for pattern in patterns))


def _named(path: Path) -> str:
    """A place inside inputData (`inputData/Flow.dates/0`) in words: `Flow.dates[0]`."""
    return code(dotted(path[1:])) if len(path) >= 2 else "inputData"


def declared_at(contract: Contract, path: Path) -> dict[str, Any] | None:
    """The schema the contract declares for a path inside the body (`inputData/Flow.dates/0`), if any."""
    if len(path) < 2 or path[0] != "inputData" or not isinstance(path[1], str) or path[1] not in contract.declared_names:
        return None
    spec: Any = contract.property_schema(path[1])
    for part in path[2:]:
        if isinstance(part, int) and isinstance(spec.get("items"), dict):
            spec = spec["items"]
        elif isinstance(part, str) and isinstance(spec.get("properties"), dict) and isinstance(spec["properties"].get(part), dict):
            spec = spec["properties"][part]
        else:
            return {}
    return spec if isinstance(spec, dict) else {}


def accepts(spec: dict[str, Any], value: Any, draft: str = "4") -> bool:
    """Whether a declared input schema, read as its contract's draft, accepts a value: a fix is only offered when it does."""
    try:
        with cost.budget(cost.steps_for(cost.json_nodes(spec), value)):  # TooCostly: accepts nothing, as below
            return not any(True for _ in _validator(json.dumps(spec, sort_keys=True), draft).iter_errors(value))
    except Exception:  # a schema that cannot be applied accepts nothing flowlint would write
        return False


@functools.lru_cache(maxsize=256)  # one per declared input, across a run's files
def _validator(spec: str, draft: str) -> Any:
    return schemas.validator_for({**json.loads(spec), "$schema": schemas.DRAFT_URIS[draft]}, default_draft=draft)


class _Explainer:
    def __init__(self, body: dict[str, Any], data: dict[str, Any], contract: Contract, raw: RawText,
                 explained: int | None = None) -> None:
        self.body = body
        self.limit = explained
        self.data = data
        self.contract = contract
        self.raw = raw
        declared = contract.declared_names
        by_lower = {name.lower(): name for name in contract.declared} if any(key not in declared for key in data) else {}
        self.renamed = {key: by_lower.get(key.lower()) or by_lower.get(flow_input_name(key).lower())
                        for key in data if key not in declared}  # the declared name a key means once its prefix or case is fixed
        self._texts: dict[int, tuple[list[Any], list[str]]] = {}  # each enum's strings, made once (not once a value)

    def finding(self, error: Any) -> Iterator[Finding]:
        path: Path = ("inputData", *error.absolute_path)
        keyword = error.validator
        if len(path) == 1 and keyword == "required":
            yield from self.missing(error)
        elif len(path) == 1 and keyword == "additionalProperties":
            yield from self.undeclared()
        elif keyword == "type":
            yield self.type_mismatch(path, error.instance, error.schema)
        elif keyword in ("format", "enum", "pattern"):  # (limits, _BOUNDS, are said by check_inputs, every breach at once)
            yield self.bad_format(path, error)
        elif keyword == "additionalProperties":
            yield Finding(INPUT_FORMAT, path, f"{self.name(path)} has members its declared shape does not allow: {error.message}",
                          "remove the undeclared members")
        else:
            yield Finding(INPUT_FORMAT, path, f"{self.name(path)} breaks the flow's input schema: {error.message}",
                          "send a value the flow's input schema accepts")

    def name(self, path: Path) -> str:
        return _named(path)

    # FL201
    def missing(self, error: Any) -> Iterator[Finding]:
        # The variables sent in another case (`flow.x`, `Flow.X`): FL211 or FL212 says so, and they are not missing.
        other_case = {key.lower() for key, match in self.renamed.items()
                      if match is not None and key.lower() == match.lower()}
        for name in error.validator_value:
            if name in self.data or name.lower() in other_case:
                continue
            kind = self.declared_type(("inputData", name), self.contract.property_schema(name))
            sent = self.body.get("inputData")
            if isinstance(sent, dict) and name in sent and sent[name] is None:  # null: unset, as if left out
                yield Finding(MISSING_INPUT, ("inputData", name), f"the flow requires the input {code(name)} ({kind}), "
                              "which is null: that leaves it unset, as omitting it does",
                              f"send {_with_article(kind)} value (only you know which)", subject=name)
                continue
            where: Path = ("inputData",) if "inputData" in self.body else ()
            container = "inputData" if where else "the body (it has no `inputData`)"
            yield Finding(MISSING_INPUT, where, f"the flow requires the input {code(name)} ({kind}), which is missing from {container}",
                          f"add {json.dumps(name)}: <{kind}> to `inputData` (only you know its value)",
                          Target.KEY if where else Target.VALUE, subject=name)

    # FL202, FL203
    def undeclared(self) -> Iterator[Finding]:
        declared = self.contract.declared
        said: tuple[str, str] | None = None  # the flow's name and the help of an unknown input: the same for every one
        guessed = 0  # the unknown inputs worked out in full (the closest declared name looked up: ~1 ms each)
        # One declared input sent in several other cases (`flow.priority` and `Flow.Priority`, no `Flow.priority`):
        # said once, at its first spelling; renaming either would send the declared name twice, so none is offered.
        spellings: dict[str, list[str]] = {}
        for key, match in self.renamed.items():
            if match is not None and key.lower() == match.lower() and match not in self.data:
                spellings.setdefault(match, []).append(key)
        for key, match in self.renamed.items():
            if self.contract.pattern_declares(key):
                continue  # the schema takes it, by a patternProperties pattern: what its value breaks is said apart
            path: Path = ("inputData", key)
            if match is not None and len(spellings.get(match, ())) > 1:
                if key == spellings[match][0]:
                    written = " and ".join(code(each) for each in spellings[match])
                    yield Finding(MISSING_FLOW_PREFIX, path, f"the input {code(match)} is sent in {len(spellings[match])} "
                                  f"spellings, {written}, none as the flow declares it",
                                  f"keep one of them, named {code(match)}", Target.KEY, subject=match)
                continue
            if match is None and is_misplaced_version(key, declared):
                continue  # the version pin among the inputs: FL203 (check_envelope) says where it goes
            if match is not None and same_but_prefix_case(key, match) and match not in self.data:
                yield Finding(FLOW_PREFIX_CASE, path, prefix_case_message(key, match), target=Target.KEY,
                              fix=rename(path, match), subject=match)
                continue
            if match is not None and key.lower() == match.lower() and match not in self.data:
                # As FL211's prefix: nothing shows whether the endpoint matches names by case, so a warning, not FL203.
                yield Finding(INPUT_NAME_CASE, path, f"the input {code(key)} differs only in case from the name the "
                              f"flow declares, {code(match)}", target=Target.KEY, fix=rename(path, match), subject=match)
                continue
            if match is not None:
                why = "lacks the `Flow.` prefix" if not key.lower().startswith("flow.") else "differs in case from the declared name"
                message = f"the input {code(key)} {why}: the flow declares {code(match)}"
                if match in self.data:
                    yield Finding(MISSING_FLOW_PREFIX, path, f"{message}, which is there too",
                                  f"keep one of {code(key)} and {code(match)}", Target.KEY, subject=match)
                else:
                    yield Finding(MISSING_FLOW_PREFIX, path, message, target=Target.KEY, fix=rename(path, match), subject=match)
                continue
            if said is None:
                said = self.unknown_said()
            flow, undeclared = said
            if self.limit is not None and guessed >= self.limit:
                yield Counted(UNKNOWN_INPUT, path, f"{code(key)} is not an input of {flow}", undeclared, Target.KEY)
                continue
            guessed += 1
            guess = closest(key, declared)
            if guess is None or guess in self.data:
                taken = f" (the closest declared input, {code(guess)}, is already set)" if guess else ""
                yield Finding(UNKNOWN_INPUT, path, f"{code(key)} is not an input of {flow}{taken}", undeclared, Target.KEY)
            else:  # the closest name is a guess: the author should look
                yield Finding(UNKNOWN_INPUT, path, f"{code(key)} is not an input of {flow}; did you mean {code(guess)}?",
                              target=Target.KEY, fix=rename(path, guess, UNSAFE))

    def unknown_said(self) -> tuple[str, str]:
        """The flow's name as an unknown input's finding says it, and that finding's help (worked out once a check: a
        body of 11,000 unknown keys wrote the declared names' listing 11,000 times)."""
        declared = self.contract.declared
        flow = self.contract.flow_name or self.contract.flow_id or "the flow"
        names = ", ".join(code(d) for d in declared[:8]) + (", …" if len(declared) > 8 else "")
        listing = f"it declares {names}" if declared else "it declares no inputs"
        changed = f"update {self.contract.source}" if self.contract.origin == FLOW_YAML else "run `flowlint pull`"
        return flow, f"remove it, or declare it as an input in Architect ({listing}); {changed} if the flow changed"

    # FL204
    def declared_type(self, path: Path, spec: dict[str, Any]) -> str:
        """The type of the value at `path` in Architect's words: as the flow's YAML names it where it does (a Date, a
        User collection), else as the schema's JSON type says it (architect_type)."""
        kind = architect_type(spec)
        name = path[1] if len(path) in (2, 3) and path[0] == "inputData" else None
        named = self.contract.architect_types.get(name) if isinstance(name, str) else None
        if named is None:
            return kind
        collection = kind.endswith(" collection")
        if len(path) == 2:
            return f"{named} collection" if collection else named
        return named if isinstance(path[2], int) and not collection else kind  # a collection's item

    def type_mismatch(self, path: Path, value: Any, spec: dict[str, Any]) -> Finding:
        kind = self.declared_type(path, spec)
        subject = self.name(path)
        whole = whole_decimal(path, value, spec, self.raw(path)) if isinstance(value, float) else None
        if whole is not None:  # 2.0 for an Integer: draft-04 says no, the platform most likely reads 2
            return whole
        text = show(value) if isinstance(value, str) else None  # a text value is shown twice (message and help): made once
        if isinstance(value, float) and math.isnan(value):  # a library caller's float('nan'): no JSON number holds it
            message = f"{subject} is NaN (not a number), which JSON cannot hold; the flow declares it as {_with_article(kind)}"
        elif isinstance(value, float) and math.isinf(value):  # 1e400: json.loads reads infinity, which shows as null
            written = self.raw(path)  # a long literal by its size, never its digits (it may be a secret)
            beyond = "past the largest" if value > 0 else "below the lowest"
            said = shown_number(written) if written is not None else "a number"  # not as written: never `Infinity`
            message = (f"{subject} is {said}, {beyond} double-precision number (about {'' if value > 0 else '-'}"
                       f"1.8e308), which JSON readers that use them read as infinity or refuse; the flow declares it as "
                       f"{_with_article(kind)}")
        else:
            what = f"the string {text}" if text is not None else \
                describe(value, self.raw(path) if isinstance(value, float) else None)  # 1e20 as written, not as 1e+20
            if isinstance(value, UnknownText) and value == RUN_TIME_TEXT:  # str(n), String(n), JSON.stringify(x)
                what = "text made at run time (a string, whatever it holds)"
            message = f"{subject} is {what}; the flow declares it as {_with_article(kind)}"
        found = self.type_fix(path, value, spec, kind, text)
        if isinstance(found, Fix):
            return Finding(INPUT_TYPE_MISMATCH, path, message, fix=found)
        return Finding(INPUT_TYPE_MISMATCH, path, message, found)

    def type_fix(self, path: Path, value: Any, spec: dict[str, Any], kind: str, text: str | None = None) -> Fix | str:
        """The fix for a mistyped value, or what the author must decide. A fix's value is always one the flow accepts.
        `text`: show(value) of a text value, when already made."""
        wanted = spec.get("type")
        wanted = [wanted] if isinstance(wanted, str) else list(wanted or [])
        raw = self.raw(path) if not isinstance(value, str) else None  # text is never shown as written: not looked up
        # the value as messages say it: a number as written, a long one by its size (shown_number; show() does so too)
        shown = shown_number(raw, bare=True) if raw is not None else text if text is not None else show(value)

        def offer(new: Any, lead: str, applicability: Any = SAFE, was: str | None = shown,
                  said: str | None = None) -> Fix | None:
            """`new` as a fix when the flow accepts it; `said`: how the message names it, when show(new) would not."""
            if not finite(new):  # [1e400] read as [inf]: a fix never writes what JSON cannot hold
                return None
            return replace(path, new, lead, was, applicability, said) if self.accepts(spec, new) else None

        def candidates() -> Iterator[Fix | None]:  # in order of preference: the first one the flow accepts is offered
            if "array" in wanted and not isinstance(value, list):
                decoded = decode_json(value)
                if isinstance(decoded, list):
                    yield offer(decoded, "send the array itself, not JSON in a string", was=None)
                elif isinstance(value, str) and "," in value:
                    items = [item.strip() for item in value.split(",")]
                    yield offer(items, "a collection takes an array, not comma-separated text", UNSAFE)
                elif value is not None:
                    yield offer([value], "a collection takes an array, even of one item")
            if isinstance(value, str):
                converted = _convert_text(value, wanted)
                if converted is not None:
                    yield offer(converted[0], f"send it as {_with_article(kind)}, not as text", SAFE if converted[1] else UNSAFE)
                if "object" in wanted:
                    decoded = decode_json(value)
                    if isinstance(decoded, dict):
                        yield offer(decoded, "send the object itself, not JSON in a string", was=None)
            if "string" in wanted and not isinstance(value, (dict, list, str)) and value is not None \
                    and (raw is not None or finite(value)) and kind not in _WRITTEN_SHAPES:  # 1e400: never "Infinity"
                quoted = raw if raw is not None else json.dumps(value)
                yield offer(quoted, "quote it", said=QUOTED_DIGITS if literal_size(quoted) else None)  # never its digits
            if "integer" in wanted and isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
                yield offer(int(value), "an Integer takes a whole number")
            if "boolean" in wanted and value in (0, 1) and not isinstance(value, bool):
                yield offer(bool(value), "a Boolean is true or false", UNSAFE)
            if isinstance(value, dict) and "value" in value and len(value) <= 3 and "object" not in wanted:
                yield offer(value["value"], "send the value itself, not an object around it", UNSAFE, was=show(value))

        found = next((candidate for candidate in candidates() if candidate is not None), None)
        if found is not None:
            return found
        if kind in _WRITTEN_SHAPES and "format" not in spec and not isinstance(value, (dict, list, str)) \
                and value is not None:  # 20250329 quoted is text, but no Date: what the author meant is theirs to write
            shape = _WRITTEN_SHAPES[kind]
            return f"send {_with_article(kind)} value" + (f", written as {shape}" if shape else "")
        if "integer" in wanted and isinstance(value, float) and not math.isfinite(value):
            return f"send {_with_article(kind)} value the flow can hold"
        if "integer" in wanted and isinstance(value, float) and value.is_integer():  # past 2**53 (FL208 has the others)
            digits = _digits(raw, value)
            # Spelt out only when the value is shown as written (1e20), and not too long to read (1.5e300)
            hidden = literal_size(raw if raw is not None else json.dumps(value)) is not None
            if hidden or len(digits.lstrip("-")) > _LONGEST_WRITTEN_OUT:
                said = "it" if raw is None or hidden else raw  # never a long literal's digits
                return (f"{said} is a whole number of {len(digits.lstrip('-')):,} digits, far past 2**53 (the largest "
                        f"integer every JSON reader holds exactly): send {_with_article(kind)} value the flow can hold")
            return (f"write the whole number without a decimal point or exponent: {digits} (past 2**53, "
                    "the largest integer every JSON reader holds exactly)")
        if "integer" in wanted and isinstance(value, float):
            return f"an Integer takes a whole number: round {shown} the way the flow needs it"
        if value is None and len(path) == 2:
            if path[1] in self.contract.required:
                return f"the flow requires this input: send {_with_article(kind)} value (only you know which)"
            return Fix(UNSAFE, f"send {_with_article(kind)} value, or remove the input (it is optional)",
                       remove(path).operations)
        if isinstance(value, UnknownText) and _REFERENCE.fullmatch(value):
            return (f"write {value} without the quotes around it: quoted, the template sends it as text "
                    "(in Terraform, jsonencode() quotes every string: write such a body as a template string)")
        return f"send {_with_article(kind)} value{_constraints(spec)}"

    def accepts(self, spec: dict[str, Any], value: Any) -> bool:
        """`accepts` for a node of the contract's schema: its own check where subset.py built one (the same verdict as a
        validator of the node alone, as `accepts` builds), without writing the node out as a key."""
        validator = self.contract.validator
        check = validator.checks.get(id(spec)) if isinstance(validator, SubsetValidator) else None
        if check is None:
            return accepts(spec, value, self.contract.draft)
        try:
            return check(value)
        except Exception:  # as `accepts`: a value the check cannot take is not one a fix writes
            return False

    def texts(self, allowed: list[Any]) -> list[str]:
        """An enum's strings, for a suggestion: made once per list (an enum may hold 100,000, and each of 2,000 values
        off it asked again)."""
        known = self._texts.get(id(allowed))
        if known is None:  # (held with its list: the id is its own)
            known = self._texts[id(allowed)] = (allowed, [str(v) for v in allowed if isinstance(v, str)])
        return known[1]

    def shown(self, path: Path, value: Any) -> str:
        """A value as short JSON text, its numbers as written (1e400, not null)."""
        return show(value, written=lambda at: self.raw((*path, *at)))

    # FL205
    def bad_format(self, path: Path, error: Any) -> Finding:
        keyword, value, limit = error.validator, error.instance, error.validator_value
        subject = self.name(path)
        value_text = self.shown(path, value)
        if keyword == "enum":
            allowed = ", ".join(show(v) for v in limit[:10])
            guess = closest(str(value), self.texts(limit)) if isinstance(value, str) else None
            message = f"{subject} is {value_text}, not one of the allowed values: {allowed}"
            if guess is None:
                return Finding(INPUT_FORMAT, path, message, "send one of the allowed values")
            certain = guess.lower() == str(value).strip().lower()
            return Finding(INPUT_FORMAT, path, message,
                           fix=replace(path, guess, "did you mean it", value_text, SAFE if certain else UNSAFE))
        if keyword == "format":
            shape = _FORMAT_SHAPES.get(limit, f"the {limit} format")
            kind = _FORMAT_NAMES.get(limit, limit)
            message = f"{subject} is {value_text}, which is not a valid {kind}"
            if isinstance(value, str) and limit in _FORMAT_PATTERNS and _FORMAT_PATTERNS[limit].match(value):
                return Finding(INPUT_FORMAT, path, f"{message}: it is written as {shape}, but no such {kind.lower()} exists",
                               f"send a {kind.lower()} that exists (only you know which)")
            return Finding(INPUT_FORMAT, path, message, f"write it as {shape}")
        # the pattern: finding() sends only format, enum and pattern breaches here
        return Finding(INPUT_FORMAT, path, f"{subject} is {value_text}, which does not match the pattern {limit}",
                       "send a value matching the pattern the flow declares")

    def out_of_bounds(self, errors: list[Any]) -> Finding:
        """One FL205 for every limit a value breaks at one place (a range, a multiple, repeated items, a constant)."""
        path: Path = ("inputData", *errors[0].absolute_path)
        return Finding(INPUT_FORMAT, path, f"{self.name(path)} is {self.shown(path, errors[0].instance)}; "
                       f"the flow requires it to be {_limits_said(errors)}", "send a value within the declared limits")


def _limits_said(errors: list[Any]) -> str:
    """The limits a value breaks, in words: "a multiple of 2 and more than 1"."""
    wanted: list[str] = []
    for error in errors:
        keyword, limit = error.validator, error.validator_value
        if keyword in ("minimum", "maximum") and error.schema.get("exclusive" + keyword.title()) is True:
            keyword = "exclusive" + keyword.title()  # draft-04: a true exclusiveMaximum makes `maximum` itself refused
        words = _RANGE_WORDS.get(keyword, "")
        if "{}" in words:
            said = words.format(limit, "" if limit == 1 else "s")
        elif words:
            said = f"{words} {limit}"
        elif keyword == "multipleOf":
            said = f"a multiple of {limit}"
        elif keyword == "uniqueItems":
            said = "without repeated items"
        else:  # const
            said = show(limit)
        if said not in wanted:
            wanted.append(said)
    return wanted[0] if len(wanted) == 1 else ", ".join(wanted[:-1]) + f" and {wanted[-1]}"


def _constraints(spec: dict[str, Any]) -> str:
    """What else the declared schema asks of a value, in words, for a help line that names every requirement."""
    if isinstance(spec.get("enum"), list):
        return ": one of " + ", ".join(show(v) for v in spec["enum"][:10])
    if spec.get("format") in _FORMAT_SHAPES:
        return f", written as {_FORMAT_SHAPES[spec['format']]}"
    return ""


def whole_decimal(path: Path, value: Any, spec: dict[str, Any], raw: str | None) -> Finding | None:
    """FL208 (a warning) for a whole number written with a decimal point where the flow declares an Integer."""
    wanted = spec.get("type")
    wanted = [wanted] if isinstance(wanted, str) else list(wanted or [])
    if not ("integer" in wanted and isinstance(value, float) and value.is_integer() and abs(value) < 2**53):
        return None
    shown = shown_number(raw, bare=True) if raw is not None else show(value)
    name = code(dotted(path[1:])) if len(path) > 1 else code(dotted(path))
    mark = "exponent" if raw is not None and "." not in raw and any(c in raw for c in "eE") else "decimal point"
    return Finding(WHOLE_DECIMAL, path, f"{name} is {shown}, a whole number written with {'an' if mark == 'exponent' else 'a'} "
                   f"{mark}; the flow declares it as an Integer",
                   fix=replace(path, int(value), f"write it without the {mark}", shown, SAFE))


def _digits(raw: str | None, value: float) -> str:
    """A whole number's digits as written (1e20 → 100000000000000000000), not as the nearest double has them."""
    from decimal import Decimal, InvalidOperation  # only for this rare help line: not at every run's start

    try:
        exact = Decimal(raw) if raw is not None else None
    except (InvalidOperation, ValueError):
        exact = None
    if exact is not None and exact.is_finite() and exact == exact.to_integral_value() and abs(exact.adjusted()) < 400:
        return str(int(exact))
    return str(int(value))


#: The Architect types sent as text of a shape (ISO 8601), where the flow's YAML names them: a number given to one is
#: not made one by quoting it.
_WRITTEN_SHAPES = {"Date": _FORMAT_SHAPES["date"], "DateTime": _FORMAT_SHAPES["date-time"], "Time": _FORMAT_SHAPES["time"],
                   "Duration": ""}


def _with_article(kind: str) -> str:
    if kind in ("JSON", "value"):
        return kind
    return f"{'an' if kind[:1].lower() in 'aeiou' and not kind.startswith('User') else 'a'} {kind}"


def _convert_text(text: str, wanted: list[str]) -> tuple[Any, bool] | None:
    """The typed value a quoted text stands for, when it stands for one of the wanted types, and whether that is certain.

    Certain (a safe fix): a number written as JSON writes one (`"42"`, `"-1.5e3"`: ASCII digits, nothing around it), or
    a word naming a truth value (true, no, off) where the flow declares a Boolean. Not certain: one character ("1" may be
    a count put in the wrong input, "N" an initial or a code), and what only Python's int() and float() read as a number
    (`" 42 "`, `"4_2"`, `"+5"`, `"007"`, other scripts' digits `"٤٢"`, full-width `"１２"`): a reading, not the text."""
    stripped = text.strip()
    if "boolean" in wanted and stripped.lower() in _BOOLEAN_WORDS:
        return _BOOLEAN_WORDS[stripped.lower()], len(stripped) > 1 and stripped == text
    plain = _JSON_NUMBER.fullmatch(text) is not None
    if "integer" in wanted:
        try:
            return int(stripped), plain
        except ValueError:
            pass
    if "number" in wanted:
        try:
            number = float(stripped)
        except ValueError:
            return None
        if number == number and abs(number) != float("inf"):
            return (int(number) if number.is_integer() and "." not in stripped else number), plain
    return None
