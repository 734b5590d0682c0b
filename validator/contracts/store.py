"""Flow input contracts: a flow's declared inputs (its inputSchema), where they come from, read defensively."""

from __future__ import annotations

import copy
import functools
import json
import os
import re
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..core.diagnostics import Finding
from ..core.ids import is_uuid
from ..core.records import Record, setters
from . import cost, ecma_regex
from . import schema as schemas
from .layout import DEFAULT_STORE as DEFAULT_STORE
from .subset import ExplainingValidator, SubsetValidator

#: Largest contract file read: an input schema is a few KiB; anything this big is not one.
MAX_CONTRACT_SIZE = 8 * 1024 * 1024
#: Bounds on a YAML contract's alias expansion and nesting, as for YAML payloads.
MAX_CONTRACT_NODES = 100_000
JSON_TYPES = frozenset({"string", "integer", "number", "boolean", "object", "array", "null"})
FLOW_VERSION_TYPES = frozenset({"PUBLISH", "CHECKIN", "SAVE"})
#: A contract's origin when it is read from the repository's Architect YAML.
FLOW_YAML = "flow-yaml"


class BrokenContract(Exception):
    """A contract that cannot be used: not JSON, not an object schema, or invalid as a schema.

    `source` is where it came from (a file, Genesys Cloud) and `origin` how it was named:
    "store", "fetch", "flow-schema" or "library"; both feed the finding's help.
    """

    def __init__(self, message: str, *, source: str | None = None, origin: str | None = None) -> None:
        super().__init__(message)
        self.source = source
        self.origin = origin

    def located(self, source: str, origin: str) -> BrokenContract:
        """This error, saying where the contract came from (kept when already known)."""
        self.source = self.source or source
        self.origin = self.origin or origin
        return self


@dataclass(init=False, repr=False, eq=False, slots=True)
class Unavailable(Record):
    """No contract could be had for a flow (or one of its versions), and why: its inputs are unknown, not empty. (A record:
    a frozen dataclass's six methods were compiled by exec at every start-up.)"""

    reason: str

    def __init__(self, reason: str) -> None:
        _Unavailable_reason(self, reason)


(_Unavailable_reason,) = setters(Unavailable, "reason")


@dataclass
class Contract:
    """The inputs one flow declares, and validators built from them on first use."""

    input_schema: dict[str, Any]
    source: str
    flow_id: str | None = None
    flow_name: str | None = None
    version: str | None = None
    fetched_at: str | None = None
    flow_type: str | None = None  # WORKFLOW, INBOUNDCALL… as the platform names it
    #: How it was had, when a help line names where to mend it: FLOW_YAML (the repository's Architect YAML, `source`).
    origin: str | None = None
    #: Each input's Architect type as its flow's YAML declares it (`Date`, `User`; a collection's item type), for words
    #: and fixes only: the published schema a snapshot holds writes a Date as a string, a User as anything.
    architect_types: dict[str, str] = field(default_factory=dict)
    effective: dict[str, Any] = field(init=False)
    #: Why the schema cannot be applied (a $ref outside it, a bad pattern, endless nesting); checks then say FL901.
    problem: BrokenContract | None = field(init=False, default=None)
    #: How another source of the same flow's inputs disagrees (a pulled snapshot against the repository's flow YAML).
    disagreement: str | None = field(init=False, default=None)

    def __post_init__(self) -> None:
        if not isinstance(self.input_schema, dict):
            raise BrokenContract(f"the input schema is {type(self.input_schema).__name__}, not an object")
        try:  # before anything recursive touches it
            schemas.check_untrusted(self.input_schema)
        except schemas.BrokenSchema as err:
            self.problem = BrokenContract(str(err))
            self.effective = {"type": "object"}
            return
        self.effective = effective_schema(self.input_schema)

    @functools.cached_property
    def declared(self) -> tuple[str, ...]:
        """The declared input names, verbatim (`Flow.customerName`): asked of every body checked against the contract."""
        return tuple(self.effective.get("properties", {}))

    @functools.cached_property
    def nodes(self) -> int:
        """How many values the schema is made of: the part of a body's budget of steps (`steps`) it accounts for."""
        return cost.json_nodes(self.effective)

    def steps(self, body: Any) -> int:
        """The steps applying the contract to a body may take (cost.budget): linear in the two."""
        return cost.steps_for(self.nodes, body)

    @property
    def counts_steps(self) -> bool:
        """Whether its yes/no check counts steps (jsonschema's, or compiled code's that hands big bodies to it), or is
        subset.py's, linear in the body whatever the schema (its explanation counts them, as jsonschema's does)."""
        return self._subset is None

    @functools.cached_property
    def _key_patterns(self) -> ecma_regex.PatternSet | None:
        found = self.effective.get("patternProperties")
        return ecma_regex.PatternSet(list(found)) if isinstance(found, dict) and found else None

    def pattern_declares(self, key: str) -> bool:
        """Whether the schema's patternProperties take an inputData key as theirs (a pattern flowlint can match finds
        it): such a key is no undeclared input, though `declared` does not name it."""
        patterns = self._key_patterns
        return patterns is not None and bool(patterns.matching(key))

    @functools.cached_property
    def declared_names(self) -> frozenset[str]:
        """The declared input names as a set, for membership (a body may hold thousands of keys)."""
        return frozenset(self.declared)

    @functools.cached_property
    def unprefixed(self) -> tuple[str, ...]:
        """The declared input names without the `Flow.` prefix every workflow input carries (FL209)."""
        return tuple(name for name in self.declared if not name.startswith("Flow."))

    @property
    def required(self) -> tuple[str, ...]:
        return tuple(self.effective.get("required", ()))

    def property_schema(self, name: str) -> dict[str, Any]:
        found = self.effective.get("properties", {}).get(name)
        return found if isinstance(found, dict) else {}

    @property
    def draft(self) -> str:
        """The JSON Schema draft its inputs are read as: the one `$schema` names, else the platform's draft-04."""
        return schemas.draft_of(self.effective, "4")

    @functools.cached_property
    def _subset(self) -> SubsetValidator | None:
        """subset.py's validator, when the schema keeps to it (the usual contract): it both checks and explains."""
        return schemas.subset_of(self.effective, default_draft="4") if self.problem is None else None

    @functools.cached_property
    def is_valid(self) -> Callable[[Any], bool]:
        """The yes/no check (BrokenContract if the schema cannot be used)."""
        if self.problem is not None:
            raise self.problem
        if self._subset is not None:
            return self._subset.is_valid
        try:  # (a body its code might spend too long on is jsonschema's, within the body's budget)
            check = schemas.fast_check(self.effective, default_draft="4", fallback=lambda body: self._explained(body))
        except schemas.BrokenSchema as err:
            raise BrokenContract(str(err)) from None
        return check or self._explained  # fastjsonschema cannot read the schema: jsonschema decides alone

    @functools.cached_property
    def _explained(self) -> Callable[[Any], bool]:
        """The yes/no check of the explaining validator (jsonschema's)."""
        explaining = self.validator
        from referencing.exceptions import Unresolvable  # jsonschema's own dependency, loaded with it

        def is_valid(instance: Any) -> bool:
            try:
                return explaining.is_valid(instance)
            except (Unresolvable, RecursionError):  # a $ref to nowhere, or one that loops: the explanation says so (FL901)
                return False  # anything else is no verdict on the body: it reaches the report (FL900)

        return is_valid

    @functools.cached_property
    def validator(self) -> ExplainingValidator:
        """The explaining validator: subset.py's, else jsonschema's, built after checking the schema against its
        metaschema."""
        if self.problem is not None:
            raise self.problem
        if self._subset is not None:
            return self._subset
        try:
            return schemas.explaining_validator(self.effective, default_draft="4")
        except schemas.BrokenSchema as err:
            raise BrokenContract(str(err)) from None


def effective_schema(input_schema: Any) -> dict[str, Any]:
    """The schema inputData is checked against: the flow's, read defensively.

    Keys of `properties` are used verbatim; a missing `additionalProperties` means only the
    declared inputs are accepted (inputData's keys are defined by the flow); type names no
    JSON Schema knows are dropped, so such values pass through unchecked.
    """
    if not isinstance(input_schema, dict):
        raise BrokenContract(f"the input schema is {type(input_schema).__name__}, not an object")
    properties = input_schema.get("properties", {})
    if properties is None:
        properties = {}
    if not isinstance(properties, dict):
        raise BrokenContract("the input schema's `properties` is not an object")
    schema = copy.deepcopy(input_schema)
    schema["properties"] = {name: _sanitize(spec) for name, spec in properties.items()}
    schema.setdefault("type", "object")
    schema.setdefault("additionalProperties", False)
    required = schema.get("required")
    if required is not None and not (isinstance(required, list) and all(isinstance(r, str) for r in required)):
        del schema["required"]
    elif required == []:
        del schema["required"]  # draft-04 forbids an empty list
    schema.setdefault("$schema", "http://json-schema.org/draft-04/schema#")
    return schema  # checked against its metaschema only when a finding needs explaining


def _sanitize(spec: Any) -> Any:
    """Drop unknown type names, recursively; anything that is not a schema object accepts everything."""
    if not isinstance(spec, dict):
        return {}
    spec = dict(spec)
    kind = spec.get("type")
    if isinstance(kind, str) and kind not in JSON_TYPES:
        del spec["type"]
    elif isinstance(kind, list):
        known = [k for k in kind if k in JSON_TYPES]
        if known:
            spec["type"] = known
        else:
            del spec["type"]
    elif kind is not None and not isinstance(kind, str):
        del spec["type"]
    if isinstance(spec.get("items"), dict):
        spec["items"] = _sanitize(spec["items"])
    if isinstance(spec.get("properties"), dict):
        spec["properties"] = {k: _sanitize(v) for k, v in spec["properties"].items()}
    return spec


def input_schema_of(document: Any) -> dict[str, Any]:
    """The inputSchema inside whatever was saved: a snapshot, a flow version, a flow, a division
    view, a page of those with one entity, or the bare input schema itself."""
    if isinstance(document, dict) and isinstance(document.get("entities"), list):
        if len(document["entities"]) != 1:
            raise BrokenContract(f"the file is a page of {len(document['entities'])} flows; save one flow")
        document = document["entities"][0]
    if not isinstance(document, dict):
        raise BrokenContract(f"the file holds {type(document).__name__}, not an object")
    for holder in (document, document.get("publishedVersion"), document.get("checkedInVersion")):
        if isinstance(holder, dict) and isinstance(holder.get("inputSchema"), dict):
            found: dict[str, Any] = holder["inputSchema"]
            return found
    if "properties" in document or document.get("type") == "object":
        return document
    if _is_flow_version(document):
        raise BrokenContract(f"this flow version ({document.get('id')}) holds no inputSchema, so its inputs are unknown "
                             "(not empty): save the reply of a version that declares them, or run `flowlint pull`")
    if _is_saved_flow(document):
        flow_id = document["id"]
        raise BrokenContract(f"this is a saved flow (GET /api/v2/flows/{flow_id}), which holds no inputSchema: save a flow "
                             f"version instead (GET /api/v2/flows/{flow_id}/versions/<version>; in the Python SDK, "
                             f"ArchitectApi().get_flow_version(flow_id, version_id)), or run `flowlint pull {flow_id}`")
    raise BrokenContract("no inputSchema in the file (expected a flow, a flow version, a division view or an input schema)")


def _is_saved_flow(document: dict[str, Any]) -> bool:
    """A Flow as GET /api/v2/flows/{id} returns it: a UUID id and a flow type, or its versions."""
    return is_uuid(document.get("id")) and (isinstance(document.get("type"), str) or any(
        key in document for key in ("publishedVersion", "savedVersion", "checkedInVersion", "selfUri")))


_TEXT_KEYWORDS = frozenset({"title", "description", "format", "id", "$schema"})
_COUNT_KEYWORDS = frozenset({"minLength", "maxLength", "minItems", "maxItems", "minProperties", "maxProperties"})
_BOUND_KEYWORDS = frozenset({"minimum", "maximum"})


def plainly_valid_draft4(schema: Any, depth: int = 0) -> bool:
    """True only when the schema is certainly a valid draft-04 JSON Schema, judged on the few keywords flow
    contracts use; anything else (False) goes to the full metaschema check, which decides."""
    if not isinstance(schema, dict) or depth > 64:
        return False
    for key, value in schema.items():
        if key in _TEXT_KEYWORDS:
            ok = isinstance(value, str)
        elif key == "type":
            ok = value in JSON_TYPES if isinstance(value, str) else (
                isinstance(value, list) and bool(value) and all(isinstance(v, str) and v in JSON_TYPES for v in value)
                and len(set(value)) == len(value))
        elif key == "properties":
            ok = isinstance(value, dict) and all(plainly_valid_draft4(v, depth + 1) for v in value.values())
        elif key == "items":
            ok = plainly_valid_draft4(value, depth + 1)
        elif key == "additionalProperties":
            ok = isinstance(value, bool) or plainly_valid_draft4(value, depth + 1)
        elif key in ("required", "enum"):
            ok = (isinstance(value, list) and bool(value) and all(isinstance(v, str) for v in value)
                  and len(set(value)) == len(value))
        elif key in _COUNT_KEYWORDS:
            ok = type(value) is int and value >= 0
        elif key in _BOUND_KEYWORDS:
            ok = type(value) in (int, float)
        elif key == "default":
            ok = True
        else:
            ok = False
        if not ok:
            return False
    return True


def check_metaschema(input_schema: dict[str, Any]) -> None:
    """BrokenContract naming the key when the input schema is not a valid JSON Schema of its draft (the one
    its `$schema` names, else draft-04, the platform's).

    A typo such as {"type": "strin"} would otherwise make a contract that accepts everything.
    An empty `required` list (which draft-04 forbids, but generators write) is let through.
    """
    candidate = dict(input_schema)
    if candidate.get("required") in ([], None):
        candidate.pop("required", None)
    if candidate.get("properties") is None:
        candidate.pop("properties", None)
    draft = schemas.draft_of(candidate, "4")
    if draft != "3" and plainly_valid_draft4(candidate):  # what it accepts is valid in every later draft too
        return  # the usual contract: no need to import jsonschema (a fifth of a clean run's start) to say so
    from jsonschema.exceptions import best_match

    validator = schemas.metaschema_validator(schemas.validator_class(draft))
    try:
        error = best_match(validator.iter_errors(candidate))
    except RecursionError:
        raise BrokenContract("the input schema nests too deep to check") from None
    if error is None:
        return
    where = ".".join(str(part) for part in error.absolute_path)
    value = error.instance
    hint = ""
    if error.absolute_path and error.absolute_path[-1] == "type" and isinstance(value, str):
        from ..core.suggest import closest

        guess = closest(value, sorted(JSON_TYPES))
        hint = f" (did you mean {json.dumps(guess)}?)" if guess else f" (a type is one of {', '.join(sorted(JSON_TYPES))})"
    shown = json.dumps(value, ensure_ascii=False, default=str)
    shown = shown if len(shown) <= 80 else shown[:77] + "…"
    raise BrokenContract(f"the input schema's `{where or '(root)'}` is {shown}, which is not valid in a {_draft_name(draft)} JSON Schema"
                         f"{hint}: {error.message[:200]}")


def _draft_name(draft: str) -> str:
    return f"draft-0{draft}" if len(draft) == 1 else draft


def contract_from_document(document: Any, source: str) -> Contract:
    """A Contract from any saved document that holds an input schema, checked against its metaschema."""
    input_schema = input_schema_of(document)
    meta: dict[str, Any] = document if isinstance(document, dict) and document is not input_schema else {}
    published = meta.get("publishedVersion")
    version = meta.get("versionId") or (published.get("id") if isinstance(published, dict) else None)
    if version is None and _is_flow_version(meta):
        version = meta.get("id")  # a flow version's own id is its version ("2.0")
    flow_id = meta.get("flowId") or meta.get("id")
    contract = Contract(
        input_schema, source,
        flow_id=flow_id if is_uuid(flow_id) else None,
        flow_name=_text(meta.get("flowName") or meta.get("name")),
        version=_text(version),
        fetched_at=_text(meta.get("fetchedAt")),
        # A snapshot says flowType; a saved flow or division view says type (a flow version's type is PUBLISH…).
        flow_type=_text(meta.get("flowType") or (meta.get("type") if isinstance(published, dict) else None)),
    )
    if contract.problem is None:  # after the untrusted-schema checks: nothing recursive touched it before
        check_metaschema(input_schema)
    return contract


def _is_flow_version(document: dict[str, Any]) -> bool:
    """A FlowVersion as the API returns it: its `type` is PUBLISH, CHECKIN or SAVE, its id is not a flow's UUID."""
    kind = document.get("type")
    return isinstance(kind, str) and kind.upper() in FLOW_VERSION_TYPES and not is_uuid(document.get("id"))


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def load_contract_file(path: str | os.PathLike[str], *, roots: tuple[str, ...] | None = None) -> Contract:
    """Read a contract from a file (JSON or YAML): a snapshot, a saved platform object or a bare schema."""
    data = _read_contract_bytes(path, roots)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise BrokenContract(f"{path} is not UTF-8 text: {err}") from None
    if str(path).lower().endswith((".yaml", ".yml")):
        document = _yaml_document(text, str(path))
    else:
        try:
            document = json.loads(text)
        except (ValueError, RecursionError) as err:
            raise BrokenContract(f"{path} is not valid JSON: {type(err).__name__ if isinstance(err, RecursionError) else err}") from None
    return contract_from_document(document, str(path))


def _read_contract_bytes(path: str | os.PathLike[str], roots: tuple[str, ...] | None = None, shown: str | None = None) -> bytes:
    """A contract file's bytes: a regular file within MAX_CONTRACT_SIZE, never a FIFO, device or kernel file,
    and (with `roots`) never out of them, by a symlink or by `..`. Errors name it `shown` (default: `path`)."""
    from ..core.paths import within
    from ..sources.document import outside_or_special

    name = shown if shown is not None else os.fspath(path)
    refused = outside_or_special(os.fspath(path), roots)
    if refused:
        raise BrokenContract(f"{name}: {refused}")
    if roots is not None and not within(os.fspath(path), roots):  # (no link on the way: `..` led out)
        raise BrokenContract(f"{name}: outside the checked tree; flowlint reads no contract out of it (and shows "
                             "nothing of it)")
    try:
        with open(path, "rb", opener=_open_nonblocking) as handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise BrokenContract(f"{name} is not a regular file")
            # As big as stat says, plus one byte (a read of MAX_CONTRACT_SIZE takes that much memory first, for any file)
            data = handle.read(min(info.st_size, MAX_CONTRACT_SIZE) + 1)
            if len(data) > info.st_size:  # (it grew since)
                data += handle.read(MAX_CONTRACT_SIZE + 1 - len(data))
    except OSError as err:
        raise BrokenContract(f"cannot read {name}: {err.strerror or err}") from None
    if len(data) > MAX_CONTRACT_SIZE:
        raise BrokenContract(f"{name} is larger than {MAX_CONTRACT_SIZE // 1048576} MiB; an input schema is far smaller")
    return data


def _check_identity(contract: Contract, flow_id: str, version: str | None) -> None:
    """Refuse a snapshot that says it is another flow's, or another version's, than its file name (a copy made with
    `cp`, a hand edit): checked against it, a launch would get errors that rest on another flow's inputs."""
    if contract.flow_id is not None and contract.flow_id.lower() != flow_id.lower():
        named = f" ({contract.flow_name})" if contract.flow_name else ""
        raise BrokenContract(f"this snapshot is flow {contract.flow_id}{named}'s, not {flow_id.lower()}'s as its file "
                             "name says")
    if version is not None and contract.version is not None and contract.version != version:
        raise BrokenContract(f"this snapshot is version {contract.version} of the flow, not {version} as its file name says")


def _open_nonblocking(path: str, flags: int) -> int:
    return os.open(path, flags | getattr(os, "O_NONBLOCK", 0))  # a FIFO must not block the open


def _yaml_document(text: str, source: str) -> Any:
    """A YAML contract read like a YAML payload: plain data only, alias expansion and depth bounded."""
    from ..sources.document import YAML_COST
    from ..sources.yaml_source import parse

    if len(text) > MAX_CONTRACT_SIZE // YAML_COST:  # YAML's nodes cost hundreds of times the text
        raise BrokenContract(f"{source} is {len(text):,} characters of YAML; a YAML contract is read up to "
                             f"{MAX_CONTRACT_SIZE // YAML_COST:,} (save it as JSON)")
    parsed = parse(text, max_nodes=MAX_CONTRACT_NODES, max_depth=schemas.MAX_SCHEMA_DEPTH * 4)
    if isinstance(parsed, Finding):
        raise BrokenContract(f"{source}: {parsed.message}")
    return parsed.value


_VERSION = re.compile(r"[0-9A-Za-z][0-9A-Za-z._-]{0,63}")


def snapshot_name(flow_id: str, version: str | None = None) -> str | None:
    """The file name of a flow's snapshot: `<flowId>.json` for the published version (the layout since the
    first release), `<flowId>@<version>.json` for a pinned one; None for a name that could leave the store."""
    if not is_uuid(flow_id):
        return None
    if version is None:
        return f"{flow_id.lower()}.json"
    if not _VERSION.fullmatch(version) or ".." in version:
        return None
    return f"{flow_id.lower()}@{version}.json"


_UNASKED = object()
#: Distinct (flowId, version) pairs whose answers a store remembers as asked.
_MAX_ASKED = 4096


class ContractStore:
    """Snapshots in a directory, `<flowId>.json` (published) and `<flowId>@<version>.json`, read once per run."""

    def __init__(self, directory: str | os.PathLike[str], *, roots: tuple[str, ...] | None = None) -> None:
        self.directory = Path(directory)
        #: The tree a snapshot is read in, links followed. A store named by the user (`--contracts`) is its own tree
        #: (and the working directory's); the project's own store is the project's alone, so a store linked out of it
        #: is no tree of its own (root.store_roots).
        self.roots = roots if roots is not None else (str(self.directory), os.getcwd())
        self._cache: dict[tuple[str, str | None], Contract | BrokenContract | None] = {}
        #: Each answer by the arguments as asked (a body's flowId as written): a body's lookup is then one dict access,
        #: not a name check and a lower-casing per body.
        self._asked: dict[tuple[str, str | None], Contract | BrokenContract | None] = {}

    def path_for(self, flow_id: str, version: str | None = None) -> Path:
        name = snapshot_name(flow_id, version)
        if name is None:
            raise ValueError(f"no snapshot file name for flow {flow_id!r} version {version!r}")
        return self.directory / name

    def get(self, flow_id: str, version: str | None = None) -> Contract | BrokenContract | None:
        """The contract for a flow (for one version of it, when `version` is given); None when there is no
        snapshot; the error when it is broken. A published snapshot answers for its own version too."""
        asked = (flow_id, version)
        found = self._asked.get(asked, _UNASKED)
        if found is _UNASKED:
            found = self._get(flow_id, version)
            if len(self._asked) < _MAX_ASKED:  # flowIds and versions come from payloads: never a memo without end
                self._asked[asked] = found
        return found  # type: ignore[return-value]

    def _get(self, flow_id: str, version: str | None) -> Contract | BrokenContract | None:
        if snapshot_name(flow_id, version) is None:  # a flowId or version from a payload never walks out of the store,
            return None if version is None else self._published_as(flow_id, version)  # nor fills the cache
        key = (flow_id.lower(), version)
        if key not in self._cache:
            self._cache[key] = self._read(*key)
            if version is not None and self._cache[key] is None:
                self._cache[key] = self._published_as(flow_id, version)
        return self._cache[key]

    def _read(self, flow_id: str, version: str | None) -> Contract | BrokenContract | None:
        name = snapshot_name(flow_id, version)  # a flowId or version from a payload never walks out of the store
        if name is None or not (self.directory / name).is_file():
            return None
        path = self.directory / name
        try:  # a snapshot symlinked out of the store's tree is not read
            contract = load_contract_file(path, roots=self.roots)
            _check_identity(contract, flow_id, version)
            return contract
        except BrokenContract as err:
            return err.located(str(path), "store")

    def _published_as(self, flow_id: str, version: str) -> Contract | None:
        published = self.get(flow_id)
        return published if isinstance(published, Contract) and published.version == version else None
