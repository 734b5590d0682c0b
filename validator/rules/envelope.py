"""Envelope rules (FL003, FL1xx, offline FL203): the launch request schema's errors, explained.

The schema decides what is valid. Only when it says no does this module ask jsonschema for
every error and turn each one into the finding that explains it in the user's words.
"""

from __future__ import annotations

import json
import re
from collections import Counter, deque
from collections.abc import Collection, Iterable, Iterator, Sequence
from typing import Any

from ..contracts import schema
from ..contracts.resolution import version_text
from ..core.caps import EXPLAINED_PER_KIND, Counted
from ..core.codes import (
    INVALID_FLOW_ID,
    MISSING_FLOW_ID,
    MISSING_FLOW_PREFIX,
    NOT_AN_OBJECT,
    SCHEMA_VIOLATION,
    UNKNOWN_MEMBER,
    WRONG_ENVELOPE,
    WRONG_TYPE,
)
from ..core.diagnostics import Finding, Fix, InsertMember, Operation, Path, RawText, RemoveMember, ReplaceValue, Target, format_pointer
from ..core.ids import PLACEHOLDER, TEMPLATE_PLACEHOLDER, find_uuid, is_uuid
from ..core.jsontext import code, decode_json, describe, show
from ..core.stop import checkpoint
from ..core.suggest import closest, normalize
from ..core.unknown import Unknown
from .fixes import SAFE, UNSAFE, apply_operations, fix, move_into, moved, remove, rename, replace
from .nulls import NULLABLE
from .repair import (
    ALIASES,
    CONTAINERS,
    DROPPED,
    INPUT_CONTAINERS,
    LAUNCH_ONLY,
    envelope_name,
    flow_input_name,
    is_wrapper,
    misplaced_version,
    prefix_case,
    repaired_body,
    wraps_launch,
)

#: Misspellings of real members; `id` only counts when it holds a UUID (see _Explainer.meant).
#: Extra members explained in full per rule, by every check (caps.py).
_EXPLAINED_PER_RULE = EXPLAINED_PER_KIND
_WRAPPER_NAMES = CONTAINERS | DROPPED
_MEMBER_ALIASES = {k: v for k, v in ALIASES.items() if k not in ("id", "name")}
_HEX32 = re.compile(r"^[0-9a-fA-F]{32}$")
#: FL104's help without a name to quote: for a value that is no name, and (checker/engine.py) in place of the help that
#: quotes one where that name is a secret no output shows (`flowlint pull --name "****"` could not be followed).
FLOW_ID_HELP = ("use the flow's ID, a UUID such as \"8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90\": "
                "copy it from the flow's Architect URL, or run `flowlint pull --name \"<flow name>\"`")
#: A variable's name as written after `Flow.`: a letter or underscore, then letters, digits and underscores.
_PLAIN_NAME = re.compile(r"[^\W\d]\w*")
#: An input's name held inside a mistyped key (`inputData.Flow.orderId`, `$Flow.vip`, ` Flow.x`, `Flow .x`): the last
#: `Flow.` and a plain name that ends the key, spaces around the dot and at the ends allowed.
_HELD_INPUT = re.compile(r"(?i:flow)\s*\.\s*([^\W\d]\w*)\s*\Z")

#: A JSONPath into a Step Functions state's input or context (`$.flowId`, `$$.Execution.Input.flowId`).
_JSONPATH = re.compile(r"\$\$?\.[^\s]+")


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _as_written(version: str, raw: str | None) -> bool:
    """Whether a version ID is the number quoted exactly as the author wrote it (`3.0`), not a guess at one (`3`)."""
    return raw is not None and raw.strip() == version and "." in version


#: The Python SDK model's attribute for each member it sends (FlowExecutionLaunchRequest).
_MODEL_ATTRIBUTES = {"flowId": "flow_id", "flowVersion": "flow_version", "inputData": "input_data", "name": "name"}


def check_envelope(body: Any, raw: RawText = lambda path: None, declared: Collection[str] | None = None,
                   known_version: str | None = None, model: str | None = None,
                   replaced: Collection[Path] = frozenset(), written: RawText | None = None, sent: bool = False,
                   explained: int | None = None) -> list[Finding]:
    """Findings about the body's shape; empty when the schema accepts it.

    `declared` are the flow's input names when a contract is known: only those are suggested.
    `known_version` is the version of that contract: a flowVersion written as a number that equals it is fixed to it.
    `model`: the body is a Python SDK model set attribute by attribute, named so in the code ("" made inline): help
    names its attributes (`body.flow_id = …`), not JSON members.
    `replaced`: the inputs whose missing `Flow.` prefix the contract's own findings explain (merge.prefix_guesses_replaced):
    the offline guess (FL203) is not worked out for them, as the merge would drop it.
    `written`: a value's text as its author wrote it where that is not what is sent (code's `3.10`), for a fix that
    quotes it; by default `raw`.
    `sent`: the body is a request's as code or a request file writes it, not a payload file (a placeholder there is
    sent as written, not a body a tool may fill in).
    `explained`: the findings of a rule worked out in full (a report's EXPLAINED_PER_KIND); the rest are `Counted`, of
    the same rule, place and subject. None: every one (what a --fix pass applies).
    """
    if schema.launch_is_valid()(body):
        return []
    return _Explainer(body, raw, declared, known_version, model, replaced, written, sent, explained).explain()


class _Explainer:
    def __init__(self, body: Any, raw: RawText, declared: Collection[str] | None, known_version: str | None = None,
                 model: str | None = None, replaced: Collection[Path] = frozenset(), written: RawText | None = None,
                 sent: bool = False, explained: int | None = None) -> None:
        self.body = body
        self.limit = explained
        self.explained: Counter[str] = Counter()  # the findings of each rule worked out in full
        self.sent = sent
        self.replaced = replaced
        self.raw = raw
        self.written = written or raw
        self.known_version = known_version
        self.model = model
        self.members = schema.envelope_members()
        self.declared = declared
        self._declared_by_case: dict[str, list[str]] | None = None

    def counted(self, rule: str) -> bool:
        """Whether a finding of `rule` is only counted now: as many as are worked out in full have been."""
        return self.limit is not None and self.explained[rule] >= self.limit

    def input_name(self, key: str) -> str | None:
        """The inputData key a variable goes under: `Flow.<key>`, or with a contract the declared name it means."""
        name = flow_input_name(key)
        if self.declared is None:
            return name
        return name if name in self.declared else closest(name, self.declared)

    def explain(self) -> list[Finding]:
        findings: list[Finding] = []
        required: list[tuple[int, Any]] = []  # the body's missing members: said last, each put back where it was listed
        for error in schema.iter_errors(schema.launch_validator(), self.body):
            checkpoint()  # (a big body has thousands of errors, each explained: an overtaken check stops between them)
            if error.validator == "required" and not error.absolute_path:
                required.append((len(findings), error))
                continue
            for finding in self.finding(error):
                if type(finding) is not Counted:
                    self.explained[finding.code] += 1
                findings.append(finding)
        # A missing flowId is not explained (nor the repaired body its help shows) when a member is taken for a
        # misspelt one: the merge drops that FL103 (misspelt_flow_id).
        flow_id = not misspelt_flow_id(findings)
        for index, error in reversed(required):
            findings[index:index] = self.missing(error, flow_id, findings)
        return findings

    def finding(self, error: Any) -> Iterator[Finding]:
        path: Path = tuple(error.absolute_path)
        keyword = error.validator
        if not path:
            if keyword == "type":
                yield self.not_an_object()
            elif keyword == "additionalProperties":
                yield from self.extra_members()
            elif keyword == "required":
                yield from self.missing(error)
            else:
                yield self.generic(path, error)
            return
        member = path[0]
        if "propertyNames" in error.schema_path:
            key = str(error.instance)
            if is_wrapper(key, self.body["inputData"].get(key)):
                written: dict[Path, Path] = {}
                inner = repaired_body({"inputData": self.body["inputData"][key]}, sources=written).get("inputData", {})
                operations = moved([("inputData", key)], move_into(self.body, "inputData", inner, {
                    name: ("inputData", key, *written[("inputData", name)][1:]) for name in inner
                    if ("inputData", name) in written}))
                yield Finding(WRONG_ENVELOPE, ("inputData", key), f"`inputData.{key}` wraps the inputs a second time",
                              target=Target.KEY, fix=fix(f"move its members up into `inputData`: \"inputData\": "
                                                         f"{show(repaired_body(self.body)['inputData'])}", operations))
                return
            if ("inputData", key) not in self.replaced:
                yield self.input_prefix(error.instance)
        elif member == "flowId" and len(path) == 1:
            yield self.invalid_flow_id(error.instance)
        elif keyword == "type" and len(path) == 1:
            yield self.wrong_type(str(member), error.instance, error.validator_value)
        else:
            yield self.generic(path, error)

    # FL003
    def not_an_object(self) -> Finding:
        body = self.body
        help_text = 'send one object: {"flowId": "<flow ID>", "inputData": {...}}'
        if isinstance(body, list):
            message = f"the body is {describe(body)}; the endpoint takes one object per launch"
            if body and all(isinstance(item, dict) for item in body):
                help_text = "send each element as its own request"
        elif isinstance(decode_json(body), dict):
            message = "the body is a string holding JSON: it was encoded twice"
            help_text = "send the object itself (serialize it once)"
        else:
            message = f"the body is {describe(body)}, not an object"
        decoded = decode_json(body)
        if isinstance(decoded, dict):
            return Finding(NOT_AN_OBJECT, (), message, fix=replace((), decoded, "send the object itself (serialize it once)",
                                                                   text=body.strip()))
        return Finding(NOT_AN_OBJECT, (), message, help_text)

    def meant(self, key: str) -> str | None:
        """The real member a misspelt top-level key stands for: `flow_id`, `FlowID`, or `id` holding the flow's ID (a
        UUID, a value named as one: _names_flow_id)."""
        if normalize(key) in ("id", "uuid"):
            return "flowId" if is_uuid(self.body[key]) or _names_flow_id(self.body[key]) else None
        if key[:5].lower() == "flow.":  # a flow input's name (`Flow.region`), misplaced: no envelope member it resembles
            return None
        return closest(key, self.members, _MEMBER_ALIASES)

    # FL101, FL102
    def extra_members(self) -> Iterator[Finding]:
        explained: Counter[str] = Counter()
        for key in self.body:
            if key in self.members:
                continue
            normal = normalize(key)
            counted_only = explained[UNKNOWN_MEMBER] >= _EXPLAINED_PER_RULE and normal not in _WRAPPER_NAMES
            # Past the cap only a misspelt flowId still matters (the merge step lets it explain FL103): no other suggestion.
            real = self.meant(key) if not counted_only or _may_mean_flow_id(normal) else None
            misspelt = None
            if real is not None and real not in self.body and self.renamed_value(real, self.body[key]) is None:
                # Renamed, its value would still be wrong (`flow: {id: …}` is no flowId): no rename is offered, but a
                # key that only differs by case or separators (`flow_id`) is still named for what it is.
                misspelt = real if normalize(key) == normalize(real) else None
                real = None
            wrapper = normal in CONTAINERS or normal in DROPPED or wraps_launch(key, self.body[key])
            rule = WRONG_ENVELOPE if real is None and wrapper else UNKNOWN_MEMBER
            explained[rule] += 1
            if explained[rule] > _EXPLAINED_PER_RULE:
                # Past the per-file cap this finding is only counted (caps.py): the rule and place are exact,
                # the suggestions and fixes (the costly part, per key) are not worked out. The subject stays,
                # for the merge step (a `flow_id` explains the missing flowId).
                yield Finding(rule, (key,), f"{code(key)} is not part of the launch request", target=Target.KEY,
                              subject=real or "" if rule == UNKNOWN_MEMBER else "")
            elif rule == WRONG_ENVELOPE:
                yield self.wrong_envelope(key)
            elif misspelt is not None:
                yield Finding(UNKNOWN_MEMBER, (key,), f"{code(key)} is not a member of the launch request; "
                              f"did you mean {code(misspelt)}?", f"rename it {code(misspelt)} (names are exact), "
                              f"and give it a valid value (it is {show(self.body[key])})", Target.KEY)
            else:
                yield self.unknown_member(key, real)

    def renamed_value(self, member: str, value: Any) -> tuple[Any] | None:
        """The value a key renamed to `member` must have to be valid (a number quoted for a string member), if any."""
        if isinstance(value, Unknown):
            return (value,)  # a value not known here is not judged, renamed or not
        candidates = [value]
        if _is_number(value):
            candidates.append(json.dumps(value))
        for candidate in candidates:
            body = {"flowId": "00000000-0000-4000-8000-000000000000", member: candidate}
            if schema.launch_is_valid()(body):
                return (candidate,)
        return None

    def wrong_envelope(self, key: str) -> Finding:
        value = self.body[key]
        if normalize(key) in DROPPED or not isinstance(value, (dict, list)):
            if key == "$schema":
                return Finding(WRONG_ENVELOPE, (key,), f"{code(key)} is not part of the launch request", target=Target.KEY,
                               fix=remove((key,), why="to get completion in an editor, map the schema in the editor's settings"))
            if normalize(key) in CONTAINERS:  # what it holds is not seen here: never removed, as that loses it
                return self.unseen_container(key, value)
            return Finding(
                WRONG_ENVELOPE, (key,), f"{code(key)} is not part of the launch request: the endpoint launches the flow named by `flowId`",
                target=Target.KEY, fix=remove((key,)))
        moves = list(self.moves(key, value))
        message = f"{code(key)} is not part of the launch request; its content belongs at the top level and in `inputData`"
        unwrap = self.unwrap(key, value)
        if normalize(key) not in CONTAINERS:  # a wrapper by its content only: unwrapped when it holds nothing but a body
            held = next(member for member in LAUNCH_ONLY if member in value)
            message = (f"{code(key)} is not part of the launch request: it wraps a launch request (it holds {code(held)}), "
                       "whose members belong at the top level")
            unwrap = self.unwrap_body(key, value)
        if not moves or unwrap is None:
            why = self.unmovable_inputs() if moves and self.moves_inputs(key, value) else None
            return Finding(WRONG_ENVELOPE, (key,), message, ("; ".join(moves) + (f" (not applied: {why})" if why else ""))
                           if moves else f"remove {code(key)}", Target.KEY, fix=None if moves else remove((key,)))
        return Finding(WRONG_ENVELOPE, (key,), message, target=Target.KEY, fix=fix("; ".join(moves), unwrap))

    def unseen_container(self, key: str, value: Any) -> Finding:
        """FL101 for a container of inputs or of a body (`inputs`, `parameters`, `data`) holding no object or array
        seen here (a variable, a template's "{{attrs}}"): what it holds was meant to be sent, so it is never removed;
        an input container holding a value not known here is renamed `inputData`, as a guess (unsafe)."""
        if normalize(key) in INPUT_CONTAINERS:
            # (an input the contract declares as the example; without one, no made-up name)
            example = min(self.declared) if self.declared else "Flow.<input>"
            message = (f"{code(key)} is not part of the launch request: the flow's inputs go in `inputData`, keyed by "
                       f"the names the flow declares ({code(example)})")
            if isinstance(value, Unknown) and "inputData" not in self.body:
                return Finding(WRONG_ENVELOPE, (key,), message, target=Target.KEY, fix=rename(
                    (key,), "inputData", UNSAFE, "check that its keys are the flow's input names, with the `Flow.` prefix"))
            return Finding(WRONG_ENVELOPE, (key,), message, f"send what {code(key)} holds as `inputData`, an object keyed "
                           "by the flow's input names", Target.KEY)
        return Finding(WRONG_ENVELOPE, (key,), f"{code(key)} is not part of the launch request: its content belongs at the "
                       "top level and in `inputData`", f"send the members {code(key)} holds at the top level (`flowId`, "
                       "`name`, `flowVersion`) and the flow's inputs in `inputData`", Target.KEY)

    def declared_input(self, key: str) -> str | None:
        """The inputData key a moved member goes under: `Flow.<key>`, or with a contract the declared input it
        names exactly or but for case; None when the flow declares none (a guess is no move)."""
        name = flow_input_name(key)
        if self.declared is None or name in self.declared:
            return name
        if self._declared_by_case is None:
            by_case: dict[str, list[str]] = {}
            for declared in self.declared:
                by_case.setdefault(declared.lower(), []).append(declared)
            self._declared_by_case = by_case
        matches = self._declared_by_case.get(name.lower(), [])
        return matches[0] if len(matches) == 1 else None

    def unmovable_inputs(self) -> str | None:
        """Why no fix adds inputs to the body's `inputData`: it is given, but not as an object seen here (a `${…}`, a
        variable: filled in where the launch runs), so what it holds, and whether an input is in it already, is not
        known; None when it is absent or an object."""
        if "inputData" not in self.body or isinstance(self.body["inputData"], dict):
            return None
        if isinstance(self.body["inputData"], Unknown):
            return "`inputData` is filled in where the launch runs, so flowlint cannot see what it holds or add to it"
        return "`inputData` is not an object to add to"

    def moves_inputs(self, key: str, value: Any) -> bool:
        """Whether unwrapping `key` would put something in `inputData`: an input it holds, or an `inputData` of its own."""
        return "inputData" in repaired_body({key: value})

    def existing_inputs(self) -> dict[str, Any]:
        inputs = self.body.get("inputData")
        return inputs if isinstance(inputs, dict) else {}

    def unwrap(self, key: str, value: Any) -> list[Operation] | None:
        """Remove the wrapper and add what it holds where it belongs.

        None (no mechanical fix) when a move would lose or overwrite a value, or land on an input the flow
        does not declare: which value wins, or what the input is called, is the author's decision.
        """
        clashes: list[str] = []
        written: dict[Path, Path] = {}
        repaired = repaired_body({key: value}, clashes, written)
        if clashes:
            return None
        operations: list[Operation] = []
        for member in ("flowId", "flowVersion", "name"):
            if member not in repaired:
                continue
            if member not in self.body:
                operations.append(InsertMember((), member, repaired[member], source=written.get((member,))))
            elif self.body[member] != repaired[member] or type(self.body[member]) is not type(repaired[member]):
                return None
        existing = self.existing_inputs()
        inputs: dict[str, Any] = {}
        sources: dict[str, Path] = {}
        for name, item in repaired.get("inputData", {}).items():
            real = self.declared_input(name[5:])
            if real is None or real in inputs or real in existing:
                return None
            inputs[real] = item
            if ("inputData", name) in written:
                sources[real] = written[("inputData", name)]
        if inputs:
            add = move_into(self.body, "inputData", inputs, sources)
            if len(add) != (1 if "inputData" not in self.body else len(inputs)):
                return None
            operations += add
        return moved([(key,)], operations)

    def unwrap_body(self, key: str, value: Any) -> list[Operation] | None:
        """A wrapped launch request's members moved up as they are written (their own mistakes are then said where
        they land); None unless it holds nothing but members, none given at the top level with another value."""
        if not isinstance(value, dict):
            return None
        operations: list[Operation] = []
        for member, item in value.items():
            if member not in self.members:
                return None
            if member not in self.body:
                operations.append(InsertMember((), member, item, source=(key, member)))
            elif self.body[member] != item or type(self.body[member]) is not type(item):
                return None
        return moved([(key,)], operations)

    def moves(self, prefix: str, value: Any, seen: set[str] | None = None) -> Iterator[str]:
        seen = set() if seen is None else seen
        if isinstance(value, list):
            yield (f"the inputs in {code(prefix)} go in `inputData` as an object keyed `Flow.<variable>`: "
                   f"{show(repaired_body({prefix: value}).get('inputData', {}))}")
            return
        inputs = []
        existing = self.existing_inputs()
        for key, item in value.items():
            real = envelope_name(key)
            where = f"{prefix}.{key}"
            if real == "inputData" or (normalize(key) in CONTAINERS and isinstance(item, (dict, list))):
                if (real == "inputData" and not (isinstance(item, dict) and isinstance(self.body.get("inputData"), dict))) \
                        or isinstance(item, list):
                    yield f"move {code(where)} to the top level as `inputData`"
                else:
                    yield from self.moves(where, item, seen)
            elif real is not None and not (key == "id" and not is_uuid(item)):
                if real in self.body and self.body[real] != item:
                    yield (f"{code(where)} and the top-level {code(real)} differ: keep the right one at the top level "
                           f"and remove {code(where)}")
                else:
                    yield f"move {code(where)} to the top level as {code(real)}"
            elif normalize(key) == "flow" and isinstance(item, dict) and "id" in item:  # as repaired_body reads it
                yield f"move {code(where + '.id')} to the top level as `flowId`"
            elif normalize(key) not in DROPPED:
                name = self.declared_input(key)
                if name is None:
                    inputs.append(f"{code(where)} (the flow declares no input by that name: rename it to an input "
                                  "the flow declares, or remove it)")
                elif name in existing or name in seen:
                    inputs.append(f"{code(where)} → {code(name)}, but {code(name)} is already given: "
                                  "keep one of the two values")
                else:
                    inputs.append(f"{code(where)} → {code(name)}")
                if name is not None:
                    seen.add(name)
        if inputs:
            yield "the inputs go in `inputData`, keyed `Flow.<variable>`: " + ", ".join(inputs[:4]) + (", …" if len(inputs) > 4 else "")

    def unknown_member(self, key: str, real: str | None) -> Finding:
        members = ", ".join(code(m) for m in self.members)
        if real is None and key.lower().startswith("flow.") and len(key) > 5:
            message = f"{code(key)} is a flow input, but it sits at the top level of the body"
            name = self.input_name(key)
            if name is None:
                return Finding(UNKNOWN_MEMBER, (key,), message, f"the flow declares no such input: remove {code(key)}, "
                               "or declare the input in Architect", Target.KEY)
            moves = move_into(self.body, "inputData", {name: self.body[key]}, {name: (key,)})
            why = None if moves else self.unmovable_inputs() or (
                f"`inputData` has {code(name)} already: keep one of the two values" if name in self.existing_inputs() else None)
            return Finding(UNKNOWN_MEMBER, (key,), message,
                           f"move it into `inputData`: \"inputData\": {{{json.dumps(name)}: …}}"
                           + (f" (not applied: {why})" if why else ""), Target.KEY,
                           fix=fix(f"move it into `inputData`: \"inputData\": {{{json.dumps(name)}: …}}", moved([(key,)], moves))
                           if moves else None)
        if real is None:
            name = self.input_name(key)
            where = (f"flow inputs go in `inputData` as {code(name)}" if name
                     else f"flow inputs go in `inputData`, and the flow declares no input like {code(key)}")
            if normalize(key) in ("id", "uuid"):  # it may be the flow's ID or an input: FL103 asks for a flowId
                where = f"if {code(key)} holds the flow's ID, name it `flowId`; if it is an input, {where}"
            # An input the flow's contract declares by this name (but for `Flow.` and case) is moved there; without a
            # contract, `Flow.<key>` would be a guess: help only.
            declared = self.declared_input(key) if self.declared is not None and normalize(key) not in ("id", "uuid") \
                else None
            moves = move_into(self.body, "inputData", {declared: self.body[key]}, {declared: (key,)}) \
                if declared is not None and declared not in self.existing_inputs() else []
            return Finding(UNKNOWN_MEMBER, (key,), f"{code(key)} is not a member of the launch request",
                           f"the members are {members}; {where}", Target.KEY,
                           fix=fix(f"move it into `inputData`, as the flow declares it: \"inputData\": "
                                   f"{{{json.dumps(declared)}: …}}", moved([(key,)], moves)) if moves else None)
        if real in self.body:
            message = f"{code(key)} is not a member of the launch request (it looks like {code(real)}, which is already there)"
            held = self.body[key]
            if isinstance(held, (dict, list)) and held:
                # What it still holds may be the launch's (`flow: {version: …}` left by moving `flow.id` up): removing
                # it would drop that silently; where it belongs is the author's to say.
                inner = ", ".join(code(f"{key}.{k}") for k in list(held)[:4]) if isinstance(held, dict) else "items"
                return Finding(UNKNOWN_MEMBER, (key,), message,
                               f"it still holds {inner}: move what the launch needs (a version as `flowVersion`, inputs "
                               f"into `inputData`), then remove {code(key)}", Target.KEY, subject=real)
            return Finding(UNKNOWN_MEMBER, (key,), message,
                           target=Target.KEY, fix=remove((key,), why=f"keeping {code(real)}"), subject=real)
        # Only a difference of case or separators is certain; an alias or a near spelling is a guess.
        certain = normalize(key) == normalize(real)
        message = f"{code(key)} is not a member of the launch request; did you mean {code(real)}?"
        value = self.body[key]
        (valid,) = self.renamed_value(real, value) or (value,)
        renamed = rename((key,), real, SAFE if certain else UNSAFE, "names are case-sensitive")
        if real == "flowVersion" and _is_number(value):  # `version: 3` is `flowVersion: "3.0"`, a guess: unsafe
            raw = self.raw((key,))
            valid = version_text(value, raw, self.known_version)
            written = _as_written(valid, raw)
            renamed = Fix(renamed.applicability if written else UNSAFE,
                          f"rename it {code(real)} and {'quote it' if written else 'write the version ID as a string'}: "
                          f"{json.dumps(real)}: {show(valid)}", (*renamed.operations, ReplaceValue((real,), valid)))
        elif valid != value or type(valid) is not type(value):
            raw = self.raw((key,))
            valid = raw if raw is not None and isinstance(valid, str) else valid
            renamed = Fix(renamed.applicability, f"rename it {code(real)} and quote it: {json.dumps(real)}: {show(valid)}",
                          (*renamed.operations, ReplaceValue((real,), valid)))
        return Finding(UNKNOWN_MEMBER, (key,), message, target=Target.KEY, fix=renamed, subject=real)

    # FL103
    def missing(self, error: Any, flow_id: bool = True, others: Sequence[Finding] = ()) -> Iterator[Finding]:
        """FL103 for a missing flowId (when `flow_id`), FL100 for another missing member; `others`: the body's other
        findings."""
        for name in error.validator_value:
            if name in self.body:
                continue
            if name != "flowId":
                yield Finding(SCHEMA_VIOLATION, (), f"the body has no {code(name)}", f"add {code(name)}")
            elif flow_id and (missing := self.missing_flow_id(others)) is not None:
                yield missing

    def missing_flow_id(self, others: Sequence[Finding] = ()) -> Finding | None:
        """FL103; None for a flowId buried in a wrapper whose finding among `others` moves it itself (its fix writes
        the top-level flowId): the merge drops that FL103 (flow_id_wrapper), so the body it would show is not made."""
        found = _find_flow_id(self.body)
        if found and isinstance(self.body, dict):
            emptied = found
            while len(emptied) > 1 and len(_value_at(self.body, emptied[:-1])) == 1:
                emptied = emptied[:-1]  # `flow: {id: …}` goes as a whole: an empty `flow` would be one more finding
            index = flow_id_wrapper(others, emptied)
            wrapper = others[index].fix if index is not None else None
            if wrapper is not None and inserts_flow_id(wrapper) \
                    and not any(f.code == MISSING_FLOW_PREFIX and f.subject == "flowId" for f in others):
                return None  # (an FL103 would also take an `inputData.flowId` guess with it: then it is made)
            where = format_pointer(found)
            dotted = ".".join(str(p) for p in found)
            operations: list[Operation] = moved([emptied], [InsertMember(
                (), "flowId", _value_at(self.body, found), source=found)]) if emptied == found \
                else [RemoveMember(emptied), InsertMember((), "flowId", _value_at(self.body, found))]
            # The message shows what the operations make of the body, not the fully repaired one: help and edit agree.
            moving = fix(f"move {code(dotted)} to the top level as `flowId`: {show(apply_operations(self.body, operations), 200)}",
                        operations)
            return Finding(MISSING_FLOW_ID, (), f"the body has no top-level `flowId`: it sits at {code(where)} and must move up",
                           fix=moving)
        if self.model is not None:  # attributes the SDK sends under their JSON names: no member to add
            named = f'{self.model}.flow_id = "<flow ID>"' if self.model.isidentifier() else \
                'body = FlowExecutionLaunchRequest(), then body.flow_id = "<flow ID>", and send body'
            return Finding(MISSING_FLOW_ID, (), "the body has no `flowId`, the ID of the flow to launch",
                           f'set the FlowExecutionLaunchRequest\'s flow_id before it is sent: {named}; '
                           'find the ID with `flowlint pull --name "<flow name>"` or in the flow\'s Architect URL')
        # A top-level `id` is taken for the flow ID only where FL102 renames it so (a UUID, a value named as the flow's
        # ID); one that may hold anything (`thing`, 42) is not: FL102 says what it may be.
        repaired = repaired_body({key: value for key, value in self.body.items()
                                  if normalize(key) not in ("id", "uuid")
                                  or (self.meant(key) == "flowId" and self.renamed_value("flowId", value) is not None)})
        inputs = repaired.get("inputData", {})
        # The whole repaired body is shown only when each input in it is one the flow declares (or no contract is known).
        fixed = show(repaired, 200) if all(self.declared_input(name[5:]) == name for name in inputs) else ""
        return Finding(MISSING_FLOW_ID, (), "the body has no `flowId`, the ID of the flow to launch",
                       f"add it at the top level (it never goes in the URL): {fixed}" if "flowId" in fixed
                       else 'add "flowId": "<flow ID>" at the top level (it never goes in the URL); '
                            'find the ID with `flowlint pull --name "<flow name>"` or in the flow\'s Architect URL')

    # FL104
    def invalid_flow_id(self, value: Any) -> Finding:
        path: Path = ("flowId",)
        name_help = FLOW_ID_HELP
        if not isinstance(value, str):
            return Finding(INVALID_FLOW_ID, path, f"`flowId` is {describe(value, self.raw(path))}; it must be the flow's ID as a string",
                           name_help)
        stripped = value.strip()
        if not stripped:
            return Finding(INVALID_FLOW_ID, path, "`flowId` is empty", name_help)
        inside = find_uuid(value)
        if inside and inside != value:
            return Finding(INVALID_FLOW_ID, path, f"`flowId` {show(value)} holds a UUID with something around it",
                           fix=replace(path, inside, "send just the ID"))
        if _HEX32.match(stripped):
            dashed = f"{stripped[:8]}-{stripped[8:12]}-{stripped[12:16]}-{stripped[16:20]}-{stripped[20:]}"
            return Finding(INVALID_FLOW_ID, path, f"`flowId` {show(value)} is missing the dashes of a UUID",
                           fix=replace(path, dashed.lower(), "write it with the dashes"))
        if PLACEHOLDER.fullmatch(stripped):  # not a name: `flowlint pull --name "{{flowId}}"` would be no help
            what = "a template's placeholder" if TEMPLATE_PLACEHOLDER.fullmatch(stripped) else "a placeholder"
            if self.sent:  # in code or a request file: the request sends it as written
                return Finding(INVALID_FLOW_ID, path, f"`flowId` {show(value)} is {what}, not a flow ID: the request "
                               "sends it as written, and the platform refuses it", name_help)
            return Finding(INVALID_FLOW_ID, path, f"`flowId` {show(value)} is {what}, not a flow ID: "
                           "this file is checked as the body it is, and sent as written the platform refuses it",
                           "if a tool fills it in before sending, check what it makes (or ignore FL104 for this file in "
                           "`per-file-ignores`); else " + name_help)
        if _JSONPATH.fullmatch(stripped):  # `"flowId": "$.flowId"`: a Step Functions member sent as written
            return Finding(INVALID_FLOW_ID, path, f"`flowId` {show(value)} is a JSONPath, not a flow ID: under a key "
                           "without `.$` it is sent as written, and the platform refuses it",
                           "to send the flow ID the path selects from a Step Functions state's input, name the key "
                           "`flowId.$`; else " + name_help)
        if any(ch.isspace() for ch in stripped) or re.search(r"[g-zG-Z]", stripped):
            return Finding(INVALID_FLOW_ID, path, f"`flowId` {show(value)} looks like a flow name, not a flow ID",
                           name_help.replace("<flow name>", stripped.replace('"', "")))
        return Finding(INVALID_FLOW_ID, path, f"`flowId` {show(value)} is not a flow ID (a UUID)", name_help)

    # FL105
    def wrong_type(self, member: str, value: Any, expected: Any) -> Finding:
        path: Path = (member,)
        if member in NULLABLE and isinstance(expected, list):  # null is accepted but discouraged (FL107): not advertised
            expected = [kind for kind in expected if kind != "null"]
        wanted = _type_words(expected)
        raw = self.raw(path)
        message = f"{code(member)} is {describe(value, raw)}; it must be {wanted}"
        if member == "inputData":
            return Finding(WRONG_TYPE, path, message, _input_data_help(value), fix=_input_data_fix(value))
        if member == "flowVersion" and isinstance(value, dict) and isinstance(value.get("id"), str):
            return Finding(WRONG_TYPE, path, message,
                           fix=replace(path, value["id"], "send the version's id as a string", applicability=UNSAFE))
        if member == "flowVersion" and _is_number(value):  # platform version IDs are "3.0": `3` is a guess at one
            written = self.written(path)
            version = version_text(value, written, self.known_version)
            if _as_written(version, written):
                return Finding(WRONG_TYPE, path, message, fix=self._quoted(path, member, version))
            return Finding(WRONG_TYPE, path, message, fix=replace(path, version, "write the version ID as a string",
                                                                  applicability=UNSAFE))
        if _is_number(value):
            text = raw if raw is not None else json.dumps(value)
            return Finding(WRONG_TYPE, path, message, fix=self._quoted(path, member, text))
        if isinstance(value, bool) and raw is not None:
            return Finding(WRONG_TYPE, path, message, fix=self._quoted(path, member, raw))
        return Finding(WRONG_TYPE, path, message, f"send {wanted}, or leave {code(member)} out")

    def _quoted(self, path: Path, member: str, text: str) -> Fix:
        """The fix that writes a value as a string, its message in the body's own form: `"flowVersion": "3.0"` for a
        member, `b2.flow_version = "3.0"` (`flow_version="3.0"` made inline) for the SDK model's attribute."""
        attribute = _MODEL_ATTRIBUTES.get(member) if self.model is not None else None
        if attribute is None or self.model is None:
            return replace(path, text, f"quote it: {json.dumps(member)}")
        written = f"{self.model}.{attribute} = {show(text)}" if self.model.isidentifier() else f"{attribute}={show(text)}"
        return Fix(SAFE, f"quote it: {written}", (ReplaceValue(path, text),))

    # FL203 without a contract
    def input_prefix(self, key: str) -> Finding:
        path: Path = ("inputData", key)
        fixed = flow_input_name(key)
        if (version := misplaced_version(self.body, key, self.declared, self.written)) is not None:
            return version
        if (case := prefix_case(self.body, key, self.declared)) is not None:
            return case
        if envelope_name(key) == "flowId" and self.holds_flow_id(key):
            return Finding(MISSING_FLOW_PREFIX, path, f"{code(key)} is not a flow input: the flow ID goes only at the top level",
                           target=Target.KEY, fix=remove(path), subject="flowId")
        if key.lower().startswith("flow.") and not key.startswith("Flow."):
            message = f"the input {code(key)} has the prefix in the wrong case: it is `Flow.` with a capital F"
        else:
            message = f"the input {code(key)} lacks the `Flow.` prefix every flow input variable carries"
        if self.counted(MISSING_FLOW_PREFIX):
            return Counted(MISSING_FLOW_PREFIX, path, message, target=Target.KEY)
        if fixed in self.body["inputData"]:
            return Finding(MISSING_FLOW_PREFIX, path, f"{message}, and {code(fixed)} is there too",
                           f"keep one of {code(key)} and {code(fixed)}", Target.KEY)
        if self.declared_input(key) != fixed:  # the flow's contract (found through a buried flowId) has no such input
            return Finding(MISSING_FLOW_PREFIX, path, message, f"the flow declares no input {code(fixed)}: rename "
                           f"{code(key)} to an input the flow declares, or remove it", Target.KEY)
        if not _PLAIN_NAME.fullmatch(fixed[len("Flow."):]):
            # Not a name with the prefix left off (` Flow.x`, `inputData.Flow.x`): `Flow.` put before it would be no
            # variable's name. A name held at its end is a guess at what was meant, so the author looks.
            held = _HELD_INPUT.search(key)
            meant = f"Flow.{held.group(1)}" if held is not None else None
            if held is not None:
                message = f"the input {code(key)} does not start with the `Flow.` prefix every flow input variable carries"
            if meant is None or meant in self.body["inputData"]:
                return Finding(MISSING_FLOW_PREFIX, path, message, "rename it to the input's name as the flow declares "
                               "it: `Flow.` and the variable's name", Target.KEY)
            return Finding(MISSING_FLOW_PREFIX, path, message, target=Target.KEY,
                           fix=rename(path, meant, UNSAFE, "the name it holds"))
        return Finding(MISSING_FLOW_PREFIX, path, message, target=Target.KEY, fix=rename(path, fixed))

    def holds_flow_id(self, key: str) -> bool:
        """Whether an input named as the flow ID is (`flow_id`, `FlowID`) holds it: so named, yes; a bare `id` or `uuid`
        only when its value is the launch's own flowId, or a UUID in a body that has no flowId, where no contract
        declares such an input (beside another flowId, a UUID is as often a record's ID: a conversation's, a contact's)."""
        if normalize(key) not in ("id", "uuid"):
            return True
        value = self.body["inputData"].get(key)
        if isinstance(value, str) and value == self.body.get("flowId"):
            return True
        return is_uuid(value) and "flowId" not in self.body and (self.declared is None or self.declared_input(key) is None)

    # FL100: a constraint no rule explains yet
    def generic(self, path: Path, error: Any) -> Finding:
        return Finding(SCHEMA_VIOLATION, path, f"the value breaks the schema: {error.message}",
                       "see the bundled schema for what this member accepts")


def _names_flow_id(value: Any) -> bool:
    """Whether a value not known here is written as the flow's ID: its expression names it (`flowId`, `this.flowId`,
    `FLOW_ID`, `os.environ["GENESYS_FLOW_ID"]`). A bare `id` holding it is the launch's flowId misnamed. (A placeholder
    written in its place, `{{flowId}}`, would be no valid flowId renamed: no rename is offered, FL103 asks for one.)"""
    return isinstance(value, Unknown) and normalize(value.source).endswith("flowid")


def flow_id_wrapper(findings: Sequence[Finding], source: Path) -> int | None:
    """Where in `findings` the wrapper finding (FL101) of a flowId buried at `source` is: the first on its top-level
    member."""
    return next((i for i, f in enumerate(findings) if f.code == WRONG_ENVELOPE and f.path == source[:1]), None)


def inserts_flow_id(fix: Fix) -> bool:
    """Whether a fix writes the top-level flowId (the move of a buried one, an unwrap)."""
    return any(isinstance(op, InsertMember) and not op.path and op.name == "flowId" for op in fix.operations)


def misspelt_flow_id(findings: Iterable[Finding]) -> bool:
    """Whether a member is taken for a misspelt flowId (an FL102 whose rename fixes it): that finding then explains
    the missing flowId, and the merge drops the FL103 that says it is missing."""
    return any(f.code == UNKNOWN_MEMBER and f.subject == "flowId" for f in findings)


def _may_mean_flow_id(normal: str) -> bool:
    """Whether `meant` could answer flowId for a normalized key: an alias, or a key difflib could match to `flowid`.

    The second is difflib's own upper bound on the ratio (characters in common), so no match is missed.
    """
    if normal in _MEMBER_ALIASES or normal in ("id", "uuid"):
        return True
    shared = sum(1 for char in "flowid" if char in normal)  # "flowid" holds each letter once
    return 2.0 * shared / (len(normal) + 6) >= 0.75


def _type_words(expected: Any) -> str:
    names = expected if isinstance(expected, list) else [expected]
    words = {"string": "a string", "object": "an object", "null": "null", "array": "an array",
             "number": "a number", "integer": "an integer", "boolean": "a boolean"}
    return " or ".join(words.get(str(n), str(n)) for n in names)


def _input_data_fix(value: Any) -> Fix | None:
    decoded = decode_json(value)
    if isinstance(decoded, dict):
        return replace(("inputData",), decoded, "`inputData` holds JSON encoded as a string; send the object itself",
                       text=value.strip())  # (19.999999999999999999 stays as written, not 20.0)
    if isinstance(value, list):
        fixed = repaired_body({"inputData": value}).get("inputData")
        if fixed:
            return replace(("inputData",), fixed, "turn the list into an object keyed by variable", applicability=UNSAFE)
    return None


def _value_at(body: Any, path: Path) -> Any:
    for part in path:
        body = body[part]
    return body


def _input_data_help(value: Any) -> str:
    shape = '"inputData": {"Flow.<variable>": <value>, ...}'
    if value is None:
        return f"leave `inputData` out when the flow takes no inputs, or send an object keyed by input variable: {shape}"
    decoded = decode_json(value)
    if isinstance(decoded, dict):
        return f"`inputData` holds JSON encoded as a string; send the object itself: \"inputData\": {show(decoded)}"
    if isinstance(value, list):
        fixed = repaired_body({"inputData": value}).get("inputData")
        if fixed:
            return f"turn the list into an object keyed by variable: \"inputData\": {show(fixed)}"
    return f"send an object keyed by input variable: {shape}"


def _find_flow_id(body: dict[str, Any], limit: int = 2000) -> Path | None:
    """The path of a flowId buried in the body (`configuration.flowId`, `flow.id`), breadth first."""
    queue: deque[tuple[Path, Any]] = deque([((), body)])
    seen = 0
    while queue and seen < limit:
        path, node = queue.popleft()
        seen += 1
        if not isinstance(node, dict):
            continue
        for key, value in node.items():
            here = (*path, key)
            if path and normalize(key) in ("flowid", "flowuuid") and isinstance(value, (str, Unknown)):
                return here
            if path and normalize(str(path[-1])) == "flow" and key == "id" and isinstance(value, (str, Unknown)):
                return here
            if isinstance(value, dict):
                queue.append((here, value))
    return None
