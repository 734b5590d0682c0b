"""The library API: check a launch request body right before sending it."""

from __future__ import annotations

import functools
import json
import math
import os
from collections.abc import Callable, Mapping
from typing import Any

from ..checker.engine import CheckOptions, check_document
from ..contracts.architect import FlowYamls
from ..contracts.resolution import ContractSource
from ..contracts.store import BrokenContract, Contract, ContractStore, contract_from_document, load_contract_file
from ..core.codes import FLOW_ID_IN_PATH, LIMIT_EXCEEDED, WRONG_TYPE
from ..core.diagnostics import Diagnostic, Finding, Path, Report, Target
from ..core.jsontext import code, safe
from ..core.unknown import NoJsonNumber
from ..genesys.sdk import NotSerializable, SdkModel, contract_document, is_model, serialize
from ..rules.numbers import no_json_number
from ..rules.request import LOOPBACK, request_diagnostics
from ..sources.document import Document, failed_to_load, load_text
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
        return contract_from_document(document, f"<{type(source).__name__}>" if is_model(source) else "<contract>")
    if not isinstance(source, (str, os.PathLike)):
        raise BrokenContract(f"a contract is a file path, an input schema or a flow version, not {type(source).__name__}")
    return load_contract_file(source)


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
        elif is_model(body):
            findings: list[Finding] = []
            document = Document(None, as_sent(serialize(body), (), findings), findings=findings)  # the SDK's json.dumps
        else:
            findings = []
            document = Document(None, as_sent(body, (), findings), findings=findings)
    except NotSerializable as err:
        document = Document(None, findings=[Finding(LIMIT_EXCEEDED, (), str(err), "send a model without cycles")])
    except Exception as err:  # a bug in flowlint must not break the caller's request path with a traceback
        document = failed_to_load(None, err)
    return Report(check_document(document, options))


def as_sent(value: Any, path: Path, findings: list[Finding]) -> Any:
    """An object as `json.dumps` (httpx's `json=`) sends it: any Mapping an object, tuples arrays.

    json.dumps turns int, float, bool and None keys into strings; each such key is reported
    as what it is, and the body is checked as sent. A key json.dumps refuses is reported and left out.
    """
    if isinstance(value, Mapping):
        result: dict[str, Any] = {}
        for key, item in value.items():
            if isinstance(key, str):
                name = key
            elif key is None or isinstance(key, (bool, int, float)):
                name = json.dumps(key)
                findings.append(Finding(WRONG_TYPE, (*path, name),
                                        f"the key {_repr(key)} is {_kind(key)}, not a string; json.dumps sends it as the key {code(name)}",
                                        f"use the string key {json.dumps(name)}", Target.KEY))
            else:
                findings.append(Finding(WRONG_TYPE, path, f"the key {_repr(key)} is {_kind(key)}: JSON object keys are strings, and "
                                        "json.dumps refuses to send this one", "use a string key", Target.VALUE, subject=_repr(key)))
                continue
            result[name] = as_sent(item, (*path, name), findings)
        return result
    if isinstance(value, (list, tuple)):
        return [as_sent(item, (*path, index), findings) for index, item in enumerate(value)]
    if isinstance(value, float) and not math.isfinite(value):  # json.dumps writes NaN; requests and httpx refuse it
        number = NoJsonNumber(f"float({str(value)!r})", value, "python")
        findings.append(no_json_number(path, number))
        return number
    return value


def _kind(value: Any) -> str:
    if value is None:
        return "None"
    name = type(value).__name__
    return f"{'an' if name[0].lower() in 'aeiou' else 'a'} {name}"


def _repr(value: Any) -> str:
    text = repr(value)
    return safe(text if len(text) <= 60 else text[:59] + "…")


def refuse_bad_launch(request: LaunchRequest, body: Callable[[], tuple[Any, str | None]], *,
                      contract: ContractLike | None, contracts: str | os.PathLike[str] | ContractStore | None) -> None:
    """A guard's verdict on a launch it is about to send: InvalidLaunchRequest when the request rules find an error in
    how it is sent (a loopback host is a test stand-in, never judged) or, for a POST, the body rules in what `body()`
    gives (the body, and how it is parsed: "json", "yaml" or None to guess)."""
    diagnostics = request_diagnostics(request, allowed_hosts=LOOPBACK)
    # No route for a flow ID in the path: the platform never reads that body.
    if request.method == "POST" and not any(d.code == FLOW_ID_IN_PATH for d in diagnostics):
        content, kind = body()
        diagnostics += check(content, contract=contract, contracts=contracts, kind=kind).diagnostics
    report = Report(diagnostics)
    if not report.ok:
        raise InvalidLaunchRequest(report)


def ensure_valid(body: Body, *, contract: ContractLike | None = None,
                 contracts: str | os.PathLike[str] | ContractStore | None = None) -> None:
    """Raise InvalidLaunchRequest (a ValueError) when the body has an error-severity finding."""
    report = check(body, contract=contract, contracts=contracts)
    if not report.ok:
        raise InvalidLaunchRequest(report)


__all__ = ["BrokenContract", "InvalidLaunchRequest", "check", "ensure_valid", "load_contract"]
