"""A flow's inputs from its Architect YAML (the Archy format): the offline contract of a CX-as-Code repository.

A `workflow:` file declares its inputs as `variables` entries flagged `isInput: true`:
`- stringVariable: {name: Flow.x, isInput: true}`. Each Architect type maps to the JSON Schema
the platform publishes in the flow's inputSchema where that mapping is certain (String, Integer,
Decimal, Boolean; the date and time types are strings; a collection is an array of its item's
type); any other type (JSON, Queue, User…) is unknown and accepts anything. Archy declares no
required inputs, so a YAML contract never misses one.

`{{placeholder}}` values (filled at deploy time by Terraform's `substitutions` or archy's options
file) are read as text, so a file that YAML cannot load before substitution still gives its inputs.
What a placeholder will say is not known: a variable it names leaves the contract's input names open
(any other input is accepted), and one whose `isInput` is not a plain boolean may be an input (it is
declared, so its type is still checked). Where the Terraform resource deploying the flow gives a placeholder a
literal value (`substitutions = {input_name = "Flow.x"}`), the text is first filled as the provider fills it
(`substituted`), so what that placeholder says is known.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from ..core.clock import Clock
from ..core.diagnostics import Finding
from ..core.filestamp import Stamp, file_stamp, settled
from ..core.jsontext import code
from ..sources.module_texts import edited_text
from .resolution import ContractSource, Lookup
from .store import FLOW_YAML, MAX_CONTRACT_NODES, MAX_CONTRACT_SIZE, BrokenContract, Contract, Unavailable, _read_contract_bytes

#: Architect's flow types as a YAML file's single top-level key, and the type the platform names them by.
FLOW_TYPES = {
    "workflow": "WORKFLOW", "inboundCall": "INBOUNDCALL", "inboundEmail": "INBOUNDEMAIL",
    "inboundShortMessage": "INBOUNDSHORTMESSAGE", "inboundChat": "INBOUNDCHAT", "inqueueCall": "INQUEUECALL",
    "outboundCall": "OUTBOUNDCALL", "commonModule": "COMMONMODULE", "botFlow": "BOT", "digitalBot": "DIGITALBOT",
    "secureCall": "SECURECALL", "surveyInvite": "SURVEYINVITE", "voicemail": "VOICEMAIL",
    "inqueueEmail": "INQUEUEEMAIL", "inqueueShortMessage": "INQUEUESHORTMESSAGE", "voiceSurvey": "VOICESURVEY",
    "workitem": "WORKITEM", "voice": "VOICE", "digitalInput": "DIGITALINPUT",
}
#: Types whose JSON form is certain: the basic JSON types, and text for dates, times and durations.
_SCALARS: dict[str, dict[str, Any]] = {
    "string": {"type": "string"}, "integer": {"type": "integer"}, "decimal": {"type": "number"},
    "boolean": {"type": "boolean"}, "date": {"type": "string"}, "dateTime": {"type": "string"},
    "time": {"type": "string"}, "duration": {"type": "string"},
}
_PLACEHOLDER = re.compile(r"\{\{\s*([^{}\n]*?)\s*\}\}")
#: What a placeholder is read as: a character no Architect name holds (a private-use one, which YAML reads as text).
_UNFILLED = "\ue000"
_VARIABLE = re.compile(r"([A-Za-z]+?)(Collection)?Variable")


#: A placeholder exactly as the Terraform provider fills it: `{{key}}`, no space inside the braces.
_EXACT_PLACEHOLDER = re.compile(r"\{\{([^{}]*)\}\}")


def substituted(text: str, fills: Mapping[str, str]) -> str:
    """The text as the Terraform provider deploys it: each `{{key}}` a `substitutions` entry names replaced by its value
    (one pass, as many keys as given). Nothing is filled when a key or value holds a brace: the provider fills the
    keys one after another in no fixed order, so such a value could make, or spoil, another key's placeholder."""
    if not fills or any("{" in part or "}" in part for item in fills.items() for part in item):
        return text
    return _EXACT_PLACEHOLDER.sub(lambda m: fills.get(m.group(1), m.group(0)), text)


def _filled(text: str) -> str:
    """The text with each {{placeholder}} written as plain text of the same length (it may stand as a key or a value)."""
    return _PLACEHOLDER.sub(lambda m: _UNFILLED * len(m.group(0)), text)


#: A line opening an Architect flow: its flow type as a top-level key (`workflow:`), in a file's first lines or after
#: comments, the way any flow YAML starts.
_FLOW_START = re.compile(r"^(?:%s)[ \t]*:" % "|".join(FLOW_TYPES), re.MULTILINE)


def may_be_flow(text: str) -> bool:
    """Whether a YAML text may be an Architect flow (a top-level key naming a flow type): a cheap test, no parse."""
    return _FLOW_START.search(text) is not None


def read_flow(text: str, source: str) -> tuple[str, dict[str, Any]]:
    """The flow type key and the flow's mapping; BrokenContract when the text is no Architect flow."""
    from ..sources.yaml_source import parse

    parsed = parse(_filled(text), max_nodes=MAX_CONTRACT_NODES, max_depth=64, version="1.2")
    if isinstance(parsed, Finding):
        raise BrokenContract(f"{source}: {parsed.message}")
    document = parsed.value
    if not isinstance(document, dict) or len(document) != 1:
        raise BrokenContract(f"{source} is not an Architect flow (one top-level key naming the flow type, e.g. workflow:)")
    (kind, flow), = document.items()
    if kind not in FLOW_TYPES or not isinstance(flow, dict):
        raise BrokenContract(f"{source}: `{kind}` is not an Architect flow type (e.g. workflow:)")
    return kind, flow


def declared_inputs(flow: Mapping[str, Any]) -> Iterator[tuple[str | None, str, bool]]:
    """Each variable that is (or, its `isInput` not a plain boolean, may be) an input: its name (None: a placeholder
    names it), its Architect type (`string`, `dateTime`, `queue`…) and whether it is a collection."""
    variables = flow.get("variables")
    for entry in variables if isinstance(variables, list) else ():
        if not isinstance(entry, dict) or len(entry) != 1:
            continue
        (key, spec), = entry.items()
        match = _VARIABLE.fullmatch(str(key))
        if not isinstance(spec, dict) or spec.get("isInput") in (False, None):
            continue
        if match is None and _UNFILLED not in str(key):
            continue
        name = spec.get("name")
        if isinstance(name, str) and name:  # (a type a placeholder names: any value)
            kind, collection = (match.group(1), bool(match.group(2))) if match is not None else ("", False)
            yield None if _UNFILLED in name else name, kind, collection


def input_schema(flow: Mapping[str, Any], title: str | None = None) -> dict[str, Any]:
    """The inputSchema the flow declares, as the platform publishes it (see the module docstring)."""
    properties: dict[str, Any] = {}
    named_later = False
    for name, kind, collection in declared_inputs(flow):
        if name is None:
            named_later = True
            continue
        item = dict(_SCALARS.get(kind, {}))
        properties[name] = {"type": "array", "items": item} if collection else item
    schema: dict[str, Any] = {"$schema": "http://json-schema.org/draft-04/schema#", "type": "object", "properties": properties}
    if named_later:  # an input whose name is filled in at deploy time: any name may be it
        schema["additionalProperties"] = True
    if title:
        schema["title"] = title
    return schema


def load_flow_yaml(path: str | os.PathLike[str], *, roots: tuple[str, ...] | None = None, shown: str | None = None,
                   fills: Mapping[str, str] | None = None, data: bytes | None = None) -> Contract:
    """The contract an Architect flow's YAML declares (the editor's text of it while one holds it open), named `shown`
    (default: `path`), its `{{placeholders}}` filled
    with `fills` (a Terraform resource's literal substitutions: `substituted`); BrokenContract when the file cannot be
    read as one. A filling that makes the text no flow is dropped: the placeholders are then unknown, as unfilled.
    `data`: the file's bytes, already read as this reads them (by a caller that keyed its reading on their digest)."""
    source = shown if shown is not None else os.fspath(path)
    if data is None:
        data = _read_contract_bytes(path, roots, source)  # (also with an editor's text: the same refusals of the file)
    text = edited_text(os.fspath(path))  # an editor's unsaved text of it (flowlint lsp) is what it is about to be
    if text is None:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as err:
            raise BrokenContract(f"{source} is not UTF-8 text: {err}") from None
    elif len(text) > MAX_CONTRACT_SIZE:
        raise BrokenContract(f"{source} is larger than {MAX_CONTRACT_SIZE // 1048576} MiB; an input schema is far smaller")
    filled = substituted(text, fills or {})
    try:
        kind, flow = read_flow(filled, source)
    except BrokenContract:
        if filled == text:
            raise
        kind, flow = read_flow(text, source)
    name = flow.get("name") if isinstance(flow.get("name"), str) else None
    if name is not None and _UNFILLED in name:
        name = None  # a {{placeholder}} filled at deploy time
    return Contract(input_schema(flow, name), source, flow_name=name, flow_type=FLOW_TYPES[kind], origin=FLOW_YAML,
                    architect_types=architect_types(flow))


#: Architect's own names of its variable types where the YAML key's spelling is not the name (`jsonVariable`: JSON).
_TYPE_NAMES = {"json": "JSON", "dateTime": "DateTime"}


def architect_types(flow: Mapping[str, Any]) -> dict[str, str]:
    """Each declared input's Architect type, as the flow's editor names it (`Date`, `DateTime`, `User`, `JSON`; a
    collection's item type): a name a placeholder fills in, or a type a placeholder names, is left out."""
    return {name: _TYPE_NAMES.get(kind, kind[:1].upper() + kind[1:])
            for name, kind, _ in declared_inputs(flow) if name is not None and kind}


def differences(ours: Contract, theirs: Contract) -> str | None:
    """What a repository's flow YAML and a pulled snapshot of the same flow disagree on, in words; None when they agree."""
    mine, other = ours.effective.get("properties", {}), theirs.effective.get("properties", {})
    said = []
    only_ours = [name for name in mine if name not in other]
    only_theirs = [name for name in other if name not in mine]
    if only_ours:
        said.append("only the YAML declares " + ", ".join(code(n) for n in only_ours[:5]))
    if only_theirs:
        said.append("only the snapshot declares " + ", ".join(code(n) for n in only_theirs[:5]))
    for name in mine:
        if name in other:
            a, b = _type_of(mine[name]), _type_of(other[name])
            if a and b and a != b:
                said.append(f"{code(name)} is {a} in the YAML, {b} in the snapshot")
    return "; ".join(said[:6]) or None


def _type_of(schema: Any) -> str | None:
    if not isinstance(schema, dict) or not isinstance(schema.get("type"), str):
        return None
    items = schema.get("items")
    if schema["type"] == "array" and isinstance(items, dict) and isinstance(items.get("type"), str):
        return f"array of {items['type']}"
    return str(schema["type"])


@dataclass
class FlowYamls:
    """Contracts from the project's flow YAML files (`[tool.flowlint.flows]`), in front of another source.

    The YAML wins over a pulled snapshot of the same flow: it is what the repository is about to
    deploy with the code that launches it. When both exist and disagree, the contract says how
    (`disagreement`), and the check warns once (FL210).
    """

    flows: Mapping[str, str]  # flow ID (lower case) → path of its YAML
    fallback: ContractSource | None = None
    roots: tuple[str, ...] | None = None
    #: Whose time says a YAML was modified too recently for its reading to be reused (None: core.clock's default).
    clock: Clock | None = None
    #: flow ID → the YAML's stamp when read, and what it gave: an edited file is read again (serve, the editor).
    _cache: dict[str, tuple[Stamp | str | None, Contract | BrokenContract]] = field(default_factory=dict)
    _files: dict[str, str] = field(init=False, default_factory=dict)  # flow ID → its YAML's absolute path

    def __post_init__(self) -> None:
        self.flows = {flow_id.lower(): path for flow_id, path in self.flows.items()}
        # Read where they were when named: a server or an app may change its working directory later.
        self._files.update((flow_id, os.path.abspath(path)) for flow_id, path in self.flows.items())

    def get(self, flow_id: str, version: str | None = None) -> Lookup:
        path = self.flows.get(flow_id.lower())
        if path is None:
            return self.fallback.get(flow_id, version) if self.fallback is not None else None
        key = flow_id.lower()
        if edited_text(self._files[key]) is not None:  # an editor's unsaved text: read anew, never kept
            self._cache.pop(key, None)
            return self._read(key, path)
        stamp = file_stamp(self._files[key])
        seen: Stamp | str | None = stamp
        data = None
        if stamp is not None:
            try:
                seen, data = reading_key(self._files[key], stamp, self.roots, path, self.clock)
            except BrokenContract:
                seen = None  # (read again, and refused as it was, below)
        cached = self._cache.get(key)
        if cached is None or cached[0] != seen or seen is None:
            cached = self._cache[key] = (seen, self._read(key, path, data))
        return cached[1]

    def _read(self, flow_id: str, path: str, data: bytes | None = None) -> Contract | BrokenContract:
        try:
            contract = load_flow_yaml(self._files[flow_id], roots=self.roots, shown=path, data=data)
        except BrokenContract as err:
            return err.located(path, "flow-yaml")
        contract.flow_id = flow_id
        snapshot = self.fallback.get(flow_id) if self.fallback is not None else None
        if isinstance(snapshot, Contract):
            contract.disagreement = differences(contract, snapshot)
        return contract

    def __getattr__(self, name: str) -> Any:  # forkable, stale_note, prefetch…: the source behind answers
        if name.startswith("_") or self.fallback is None:
            raise AttributeError(name)
        return getattr(self.fallback, name)


__all__ = ["FLOW_TYPES", "FlowYamls", "Unavailable", "content_digest", "differences", "input_schema", "load_flow_yaml", "may_be_flow",
           "read_flow", "reading_key", "substituted"]


def reading_key(path: str, stamp: Stamp, roots: tuple[str, ...] | None, shown: str,
                clock: Clock | None = None) -> tuple[Stamp | str, bytes | None]:
    """What a reading of the flow YAML at `path` is kept under, and the bytes read for it: its stamp while the stamp
    can tell a rewrite; a file modified too recently for that is keyed on its bytes' digest (the bytes returned, so
    they are parsed once per content, not read again). Raises BrokenContract when the bytes cannot be read."""
    if settled(stamp, clock):
        return stamp, None
    data = _read_contract_bytes(path, roots, shown)
    return content_digest(data), data


def content_digest(data: bytes) -> str:
    """The digest a reading of a file modified too recently for its stamp is keyed on (hashlib imported only then:
    a plain check's start-up loads no OpenSSL)."""
    import hashlib

    return hashlib.sha256(data).hexdigest()
