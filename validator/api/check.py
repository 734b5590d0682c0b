"""The library API: check a launch request body right before sending it."""

from __future__ import annotations

import functools
import json
import math
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from ..checker.engine import CheckOptions, check_document, without_secrets
from ..contracts.architect import FlowYamls
from ..contracts.resolution import ContractSource
from ..contracts.store import BrokenContract, Contract, ContractStore, contract_from_document, load_contract_file
from ..core.codes import FLOW_ID_IN_PATH, LIMIT_EXCEEDED, WRONG_TYPE
from ..core.diagnostics import Diagnostic, Finding, Path, Report, Target, format_pointer
from ..core.jsontext import code, safe
from ..core.unknown import NoJsonNumber, Unknown
from ..genesys.sdk import NotSerializable, SdkModel, contract_document, is_model, serialize
from ..rules.numbers import member_name, no_json_number, unwritable_integer
from ..rules.request import LOOPBACK, request_diagnostics
from ..sources.document import DEFAULT_LIMITS, Document, failed_to_load, load_text
from ..sources.model import LaunchRequest

#: A contract as the API takes it: a Contract, an input schema (or platform object holding one, as JSON,
#: as an SDK model such as FlowVersion or JsonSchemaDocument, or as its `to_dict()`), or a file path.
ContractLike = Contract | Mapping[str, Any] | str | os.PathLike[str] | SdkModel
#: A body: a dict (as you would pass to `json=`), an SDK FlowExecutionLaunchRequest, or JSON/YAML text or bytes.
Body = Mapping[str, Any] | str | bytes | bytearray | SdkModel
#: Contracts per flow: a store or its directory, a mapping of flow IDs to their Architect YAML, or a ContractSource.
ContractsLike = str | os.PathLike[str] | ContractStore | Mapping[str, str | os.PathLike[str]] | ContractSource


class InvalidLaunchRequest(ValueError):
    """A launch request body that would be refused; `diagnostics` holds the findings as data."""

    def __init__(self, report: Report) -> None:
        self.report = report
        self.diagnostics: list[Diagnostic] = list(report.errors)
        lines = "\n".join(f"  - {d}" for d in self.diagnostics)
        super().__init__(f"invalid flow launch request ({len(self.diagnostics)} error"
                         f"{'s' if len(self.diagnostics) != 1 else ''}):\n{lines}")


def load_contract(source: ContractLike) -> Contract:
    """A reusable Contract from a file path, an input schema, or a saved flow / flow version / division view.

    SDK models (`FlowVersion`, `Flow`, `JsonSchemaDocument`) and their `to_dict()` are accepted too.
    Build it once and pass it to every `check()`: that keeps each call in the microseconds.
    """
    if isinstance(source, Contract):
        return source
    if isinstance(source, Mapping) or is_model(source):
        try:
            document = contract_document(source)
        except NotSerializable as err:
            raise BrokenContract(str(err)) from None
        _refuse_what_is_not_json(document)
        return contract_from_document(document, f"<{type(source).__name__}>" if is_model(source) else "<contract>")
    if not isinstance(source, (str, os.PathLike)):
        raise BrokenContract(f"a contract is a file path, an input schema or a flow version, not {type(source).__name__}")
    return load_contract_file(source)


def _refuse_what_is_not_json(document: Any) -> None:
    """BrokenContract for a contract given as an object that no JSON text could hold (the platform's inputSchema is
    JSON): a cycle, a key that is no string, bytes, a set, NaN, an int too long to write; or one past flowlint's limits."""
    findings: list[Finding] = []
    try:
        as_sent(document, findings, "the contract")
    except NotSent as err:
        findings = [err.finding]
    if findings:
        first = findings[0]
        place = f" (at {format_pointer(first.path)})" if first.path else ""
        said = first.message if first.code == LIMIT_EXCEEDED else f"the contract is not JSON: {first.message}"
        raise BrokenContract(f"{said}{place}")


def _describe(contract: Any) -> str:
    return os.fspath(contract) if isinstance(contract, (str, os.PathLike)) else f"the {type(contract).__name__} passed as contract="


@functools.lru_cache(maxsize=16)
def _store(directory: str) -> ContractStore:
    return ContractStore(directory)


def _contracts(contracts: ContractsLike) -> ContractSource:
    """A contract source: a store (or its directory), a mapping of flow IDs to their Architect YAML, or any source."""
    if isinstance(contracts, (str, os.PathLike)):
        return _store(os.fspath(contracts))
    if isinstance(contracts, Mapping):
        return FlowYamls({str(k): os.fspath(v) for k, v in contracts.items()})
    return contracts


def usable_contracts(contracts: Any) -> None:
    """Raise now for a guard's `contracts=` that could never be read, rather than at every launch: a TypeError for one
    that is no path, mapping of flow IDs to Architect YAML or contract source (an int failed each launch as a flowlint
    bug, FL900), a ValueError for a path that is no directory (nothing was checked, and FL200, a note, refuses nothing)."""
    if contracts is None:
        return
    if isinstance(contracts, (str, os.PathLike)):
        path = os.fspath(contracts)
        if not os.path.isdir(path):
            raise ValueError(f"contracts={path!r} is no directory: a contract store is a directory such as .flowlint/flows "
                             "(`flowlint pull` makes it)")
        return
    if isinstance(contracts, Mapping):
        _contracts(contracts)  # (a flow's YAML given as no path: TypeError)
        return
    if not callable(getattr(contracts, "get", None)):
        raise TypeError(f"contracts= is a store's directory, a mapping of flow IDs to their Architect YAML, or a contract "
                        f"source; not {type(contracts).__name__}")


def check(body: Body, *, contract: ContractLike | BrokenContract | None = None,
          contracts: ContractsLike | None = None, kind: str | None = None) -> Report:
    """Check a launch request body: a dict or any Mapping (as you would pass to `json=`), an SDK
    `FlowExecutionLaunchRequest` (checked as the SDK sends it), or JSON/YAML text or bytes.

    `contract` checks `inputData` against one flow's inputs; `contracts` looks each body's
    flowId up in a contract store (a `.flowlint/flows` directory), or in a mapping of flow IDs
    to their Architect YAML (`{"<flow ID>": "flows/callback.yaml"}`). Text bodies get lines and
    columns in their diagnostics; every diagnostic has its JSON pointer. `kind` ("json" or "yaml")
    says how text is parsed, as a Content-Type would; by default it is guessed.
    """
    options = CheckOptions()
    if isinstance(contract, BrokenContract):  # already known to be broken: FL901 on the body
        options.contract = contract
    elif contract is not None:
        try:
            options.contract = load_contract(contract)
            if options.contract.problem is not None:
                raise options.contract.problem
        except BrokenContract as err:  # reported as FL901 on the body, like a broken snapshot
            options.contract = err.located(_describe(contract), "library")
    if contracts is not None:
        options.contracts = _contracts(contracts)
    document: Document
    try:
        if isinstance(body, (bytes, bytearray)):
            from ..checker.loader import load_documents  # the loader every check uses (its source kinds load only here)

            document = load_documents(bytes(body), None, kind=kind, source=None)[0]
        elif isinstance(body, str):
            document = load_text(body, None, kind=kind)
        else:
            findings: list[Finding] = []
            sent = as_sent(serialize(body) if is_model(body) else body, findings)  # as the SDK's json.dumps / json= send it
            document = Document(None, sent, findings=findings)
    except NotSent as err:
        document = Document(None, findings=[err.finding])
    except NotSerializable as err:
        document = Document(None, findings=[Finding(LIMIT_EXCEEDED, (), str(err), "send a model without cycles")])
    except Exception as err:  # a bug in flowlint must not break the caller's request path with a traceback
        document = failed_to_load(None, err)
    return Report(check_document(document, options))


class NotSent(Exception):
    """A body given as an object that is not checked at all: json.dumps cannot send it (it contains itself), or it is
    past one of flowlint's limits (deeper than max-depth, more values than MAX_SENT_VALUES). `finding` says which."""

    def __init__(self, finding: Finding) -> None:
        super().__init__(finding.message)
        self.finding = finding


#: Values a body given as an object may hold, each counted every time it is reached (json.dumps writes a value shared
#: by two members twice): a few nested lists shared this way would be sent as gigabytes, and take as long to check.
MAX_SENT_VALUES = DEFAULT_LIMITS.max_yaml_nodes
#: The fewest digits `sys.get_int_max_str_digits()` may be set to (CPython's floor, 640): an int of fewer bits than
#: this has fewer digits, so json.dumps writes it whatever the setting.
_ALWAYS_WRITTEN_BITS = 2000


def as_sent(value: Any, findings: list[Finding], whole: str = "the body") -> Any:
    """An object as `json.dumps` (httpx's `json=`) sends it: any Mapping an object, tuples arrays.

    json.dumps turns int, float, bool and None keys into strings; each such key is reported
    as what it is, and the body is checked as sent. A key json.dumps refuses is reported and left out.
    A value it refuses (bytes, a set, an object, an int too long to write as text, NaN when requests or httpx send it)
    is reported and checked as an unknown value: no other check judges it. Raises NotSent for a body not checked.
    """
    return _Sending(findings, whole).value(value, (), 1)


class _Sending:
    """One walk of a body as json.dumps would write it (depth first, in order), bounded by flowlint's limits."""

    def __init__(self, findings: list[Finding], whole: str) -> None:
        self.findings = findings
        self.whole = whole  # how messages name the value walked: the body, or a contract
        self.containing: list[tuple[Any, Path]] = []  # the objects and arrays the value being walked is inside
        self.values = 0

    def value(self, value: Any, path: Path, depth: int) -> Any:
        if value is None or isinstance(value, (str, bool)):
            return value
        if isinstance(value, int):
            return self.integer(value, path)
        if isinstance(value, float):
            if math.isfinite(value):
                return value
            number = NoJsonNumber(f"float({str(value)!r})", value, "python")  # json.dumps writes NaN; requests, httpx refuse it
            self.findings.append(no_json_number(path, number))
            return number
        if type(value) is dict or type(value) is list or isinstance(value, (Mapping, list, tuple)):
            return self.container(value, path, depth)
        self.findings.append(Finding(WRONG_TYPE, path, f"{self.where(path)} is of type {code(type(value).__name__)}, which JSON has "
                                     "no value for: json.dumps refuses to send it (TypeError), so nothing is sent",
                                     _unsendable_help(value), Target.VALUE, subject=type(value).__name__))
        return Unknown(type(value).__name__)

    def integer(self, value: int, path: Path) -> Any:
        limit = sys.get_int_max_str_digits()
        if limit and value.bit_length() > _ALWAYS_WRITTEN_BITS:
            try:
                str(value)  # refused at once (before converting) when it has too many digits
            except ValueError:
                self.findings.append(unwritable_integer(path, value, limit))
                return Unknown("…")
        return value

    def container(self, value: Mapping[Any, Any] | list[Any] | tuple[Any, ...], path: Path, depth: int) -> Any:
        if depth > DEFAULT_LIMITS.max_depth:  # a cycle too goes this deep: one is said as what it is
            raise NotSent(self.cycle(value, path) or self.too_deep(path))
        self.values += len(value)
        if self.values > MAX_SENT_VALUES:
            raise NotSent(self.cycle(value, path) or self.too_many(path))
        self.containing.append((value, path))
        if type(value) is dict or isinstance(value, Mapping):
            result: Any = self.members(value, path, depth)
        else:
            result = [item if _plain(item) else self.value(item, (*path, index), depth + 1) for index, item in enumerate(value)]
        self.containing.pop()  # not on an exception: that ends the walk
        return result

    def cycle(self, value: Any, path: Path) -> Finding | None:
        """The finding for the first object or array the walk reached inside itself, if any (None: the body is deep)."""
        seen: dict[int, Path] = {}
        for container, where in [*self.containing, (value, path)]:
            outer = seen.setdefault(id(container), where)
            if outer is not where:
                return Finding(WRONG_TYPE, where, f"{self.where(where)} is {self.where(outer)} itself, which holds it: a value that "
                               "contains itself (a cycle) has no JSON form, and json.dumps refuses to send it (ValueError: "
                               "Circular reference detected)", f"put a copy of the data there, not {self.where(outer)} itself",
                               Target.VALUE)
        return None

    def too_many(self, path: Path) -> Finding:
        return Finding(LIMIT_EXCEEDED, path[:2], f"{self.whole} holds more than {MAX_SENT_VALUES:,} values (a value two members "
                       "share counted twice, as json.dumps writes it twice); the limit is "
                       f"{MAX_SENT_VALUES:,}, flowlint's: {self.whole} was not checked", "send less data in one launch")

    def too_deep(self, path: Path) -> Finding:
        inside = f" (inside {self.where(path[:2])})" if path[:2] != path else ""  # its full pointer is hundreds of levels long
        return Finding(LIMIT_EXCEEDED, path[:2], f"{self.whole} nests more than {DEFAULT_LIMITS.max_depth} levels deep{inside}; "
                       f"the limit is {DEFAULT_LIMITS.max_depth}, flowlint's: {self.whole} was not checked", "flatten the data")

    def where(self, path: Path) -> str:
        """A place in the value as a message names it (a long path cut short: the diagnostic's pointer has all of it)."""
        if not path:
            return self.whole
        name = member_name(path)
        return name if len(name) <= 80 else name[:79] + "…`"

    def members(self, value: Mapping[Any, Any], path: Path, depth: int) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key, item in value.items():
            if isinstance(key, str):
                name = key
            else:
                written = _written_key(key)
                if written is None:
                    self.findings.append(Finding(WRONG_TYPE, path, f"the key {_repr(key)} is {_kind(key)}: JSON object keys "
                                                 "are strings, and json.dumps refuses to send this one", "use a string key",
                                                 Target.VALUE, subject=_repr(key)))
                    continue
                name = written
                self.findings.append(Finding(WRONG_TYPE, (*path, name), f"the key {_repr(key)} is {_kind(key)}, not a "
                                             f"string; json.dumps sends it as the key {code(name)}",
                                             f"use the string key {json.dumps(name)}", Target.KEY))
            result[name] = item if _plain(item) else self.value(item, (*path, name), depth + 1)
        return result


def _plain(value: Any) -> bool:
    """Whether json.dumps writes a value as it is, whatever the setting (the walk's fast path for nearly every value)."""
    kind = type(value)
    return (kind is str or value is None or kind is bool or (kind is int and value.bit_length() <= _ALWAYS_WRITTEN_BITS)
            or (kind is float and -math.inf < value < math.inf))


def _written_key(key: Any) -> str | None:
    """The string json.dumps writes for a key that is not a string, or None when it refuses the key."""
    if key is not None and not isinstance(key, (bool, int, float)):
        return None
    try:
        return json.dumps(key)
    except ValueError:  # an int with more digits than Python writes as text
        return None


def _unsendable_help(value: Any) -> str:
    if isinstance(value, (bytes, bytearray, memoryview)):
        return "send text: decode the bytes to a string"
    if isinstance(value, (set, frozenset)):
        return "send a list of its items"
    return "send a string, a number, true or false, null, an object or an array"


def _kind(value: Any) -> str:
    if value is None:
        return "None"
    name = type(value).__name__
    return f"{'an' if name[0].lower() in 'aeiou' else 'a'} {name}"


def _repr(value: Any) -> str:
    if isinstance(value, int) and value.bit_length() > _ALWAYS_WRITTEN_BITS:  # repr may be refused; its digits never shown
        return f"of about {int(abs(value).bit_length() * math.log10(2)) + 1:,} digits"
    text = repr(value)
    return safe(text if len(text) <= 60 else text[:59] + "…")


def refuse_bad_launch(request: LaunchRequest, body: Callable[[], tuple[Any, str | None]], *,
                      contract: ContractLike | None, contracts: str | os.PathLike[str] | ContractStore | None,
                      sent: Sequence[str] = ()) -> None:
    """A guard's verdict on a launch it is about to send: InvalidLaunchRequest when the request rules find an error in
    how it is sent (a loopback host is a test stand-in, never judged) or, for a POST, the body rules in what `body()`
    gives (the body, and how it is parsed: "json", "yaml" or None to guess). `sent`: the credentials the request sends
    (sources.live.sent_secrets), quoted by no finding (the exception is logged)."""
    diagnostics = request_diagnostics(request, allowed_hosts=LOOPBACK)
    # No route for a flow ID in the path: the platform never reads that body; a form (FL304) is no JSON body to judge.
    if request.method == "POST" and request.sends != "form" and not any(d.code == FLOW_ID_IN_PATH for d in diagnostics):
        content, kind = body()
        diagnostics += check(content, contract=contract, contracts=contracts, kind=kind).diagnostics
    report = Report(without_secrets(diagnostics, sent) if sent else diagnostics)
    if not report.ok:
        raise InvalidLaunchRequest(report)


def ensure_valid(body: Body, *, contract: ContractLike | None = None,
                 contracts: str | os.PathLike[str] | ContractStore | None = None) -> None:
    """Raise InvalidLaunchRequest (a ValueError) when the body has an error-severity finding."""
    report = check(body, contract=contract, contracts=contracts)
    if not report.ok:
        raise InvalidLaunchRequest(report)


__all__ = ["BrokenContract", "InvalidLaunchRequest", "check", "ensure_valid", "load_contract"]
