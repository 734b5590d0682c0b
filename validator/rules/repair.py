"""What a wrongly shaped body should have been: members moved where the launch request expects them.

Used for help texts and for the unsafe unwrap fixes (envelope.py), which refuse any move that loses a member.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection
from typing import Any

from ..contracts.resolution import version_text
from ..core.codes import FLOW_PREFIX_CASE, MISSING_FLOW_PREFIX
from ..core.diagnostics import Finding, InsertMember, Path, RawText, RemoveMember, Target
from ..core.ids import is_uuid
from ..core.jsontext import code, show
from ..core.suggest import normalize
from .fixes import UNSAFE, fix, remove, rename

#: Members people wrap the request in: their content is the launch request (or its inputs).
CONTAINERS = frozenset(normalize(n) for n in (
    "configuration", "config", "data", "payload", "body", "request", "launchRequest", "execution",
    "parameters", "params", "inputs", "input", "variables", "vars", "attributes", "initialData",
    "customData", "arguments", "args", "flowInputs", "inputVariables", "inputParameters", "values",
    "fields", "properties", "context",
))
#: The containers that hold a flow's inputs (not a whole body): what they hold belongs in `inputData`.
INPUT_CONTAINERS = frozenset(normalize(n) for n in (
    "parameters", "params", "inputs", "input", "variables", "vars", "attributes", "initialData", "customData",
    "arguments", "args", "flowInputs", "inputVariables", "inputParameters", "values", "fields", "properties",
))
#: Members that only describe the launch and have no place in it.
DROPPED = frozenset(normalize(n) for n in ("type", "kind", "flowType", "launchType", "action", "method", "$schema"))
#: Misspellings and near-synonyms of the real members, by normalized name.
ALIASES = {
    "flowid": "flowId", "id": "flowId", "flowuuid": "flowId", "workflowid": "flowId", "architectflowid": "flowId",
    "flowversion": "flowVersion", "version": "flowVersion", "flowversionid": "flowVersion", "versionid": "flowVersion",
    "name": "name", "executionname": "name", "displayname": "name", "launchname": "name",
    "inputdata": "inputData",
}


def envelope_name(key: str) -> str | None:
    """The real member a key stands for (`flow_id` -> `flowId`), if any."""
    return ALIASES.get(normalize(key))


def is_wrapper(key: str, value: Any) -> bool:
    """Whether a member inside the inputs is one more envelope around them (`inputData`, `parameters`...)."""
    if not isinstance(value, dict):
        return False  # (asked of every input a body has: its name is only read for an object)
    normal = normalize(key)
    return normal == "inputdata" or normal in CONTAINERS


#: Members only a launch request has: an object holding one of them at its top level is (part of) a launch request.
LAUNCH_ONLY = ("flowId", "inputData", "flowVersion")


def wraps_launch(key: str, value: Any) -> bool:
    """Whether a top-level member no rule knows by name holds the launch request itself (`{"launch": {"flowId": …}}`):
    a wrapper by its content, whatever it is called."""
    return (isinstance(value, dict) and any(member in value for member in LAUNCH_ONLY) and envelope_name(key) is None
            and normalize(key) not in DROPPED)


def flow_input_name(key: str) -> str:
    """The inputData key for a variable: `customerName` and `flow.customerName` -> `Flow.customerName`."""
    if key.startswith("Flow."):
        return key
    lowered = key.lower()
    for prefix in ("flow.", "flow_", "flow:", "flow-"):
        if lowered.startswith(prefix) and len(key) > len(prefix):
            return "Flow." + key[len(prefix):]
    return "Flow." + key


def repaired_body(body: dict[str, Any], clashes: list[str] | None = None,
                  sources: dict[Path, Path] | None = None) -> dict[str, Any]:
    """The body with every member moved where the launch request expects it.

    Two members that land on the same name keep the first; `clashes` (when given) collects those names. `sources` (when
    given) gets, for each member of the result whose value is a member of the body as it is (`("inputData", "Flow.a")`),
    the path of that member in the body (`("inputs", "a")`): a fix carries its text there.
    """
    top: dict[str, Any] = {}
    inputs: dict[str, Any] = {}

    def put(target: dict[str, Any], name: str, value: Any, path: Path | None = None) -> None:
        if name in target:
            if clashes is not None:
                clashes.append(name)
            return
        target[name] = value
        if sources is not None and path is not None:
            sources[("inputData", name) if target is inputs else (name,)] = path

    def add_inputs(values: Any, at: Path) -> None:
        if isinstance(values, dict):
            for key, value in values.items():
                if is_wrapper(str(key), value):  # inputs wrapped twice: {"inputData": {"inputData": {...}}}
                    add_inputs(value, (*at, key))
                else:
                    put(inputs, flow_input_name(str(key)), value, (*at, key))
        elif isinstance(values, list):  # [{"name": "x", "value": 1}, ...]
            for index, item in enumerate(values):
                if isinstance(item, dict) and isinstance(item.get("name"), str) and "value" in item:
                    put(inputs, flow_input_name(item["name"]), item["value"], (*at, index, "value"))

    def absorb(obj: dict[str, Any], at: Path) -> None:
        nested = bool(at)
        for key, value in obj.items():
            real = envelope_name(key)
            normal = normalize(key)
            if real == "inputData":
                add_inputs(value, (*at, key))
            elif real == "flowId" and key == "id" and nested and not is_uuid(value):
                put(inputs, flow_input_name(key), value, (*at, key))
            elif real is not None:
                written: Path | None = (*at, key)
                if real == "flowVersion" and isinstance(value, (int, float)) and not isinstance(value, bool):
                    value, written = str(value), None  # (written anew: not the author's text)
                put(top, real, value, written)
            elif (normal in CONTAINERS and isinstance(value, (dict, list))) or (not nested and wraps_launch(key, value)):
                if isinstance(value, dict):
                    absorb(value, (*at, key))
                else:
                    add_inputs(value, (*at, key))
            elif normal == "flow" and isinstance(value, dict) and "id" in value:
                put(top, "flowId", value["id"], (*at, key, "id"))
            elif normal in DROPPED or not nested:
                continue
            else:
                put(inputs, flow_input_name(key), value, (*at, key))

    absorb(body, ())
    result: dict[str, Any] = {key: top[key] for key in ("flowId", "flowVersion", "name") if key in top}
    if inputs:
        result["inputData"] = inputs
    return result


def is_misplaced_version(key: str, declared: Collection[str] | None) -> bool:
    """Whether an inputData key is the launch's version pin (`flowVersion`, `flow_version`), not a declared input."""
    return normalize(key) == "flowversion" and (declared is None or flow_input_name(key) not in declared)


def misplaced_version(body: dict[str, Any], key: str, declared: Collection[str] | None,
                      written: RawText = lambda path: None) -> Finding | None:
    """FL203 for the launch's version pin written among the inputs (`inputData.flowVersion`), when the flow declares no
    input of that name: it belongs at the top level, never renamed `Flow.flowVersion` (the pin would be lost).

    The fix moves it up (unsafe: the launch then pins a version it did not pin before), or removes it beside the same
    pin; beside another pin, which one is meant is the author's call. `written`: a value's text as the author wrote it
    (3.10, not 3.1)."""
    if not is_misplaced_version(key, declared):
        return None
    path: Path = ("inputData", key)
    value = body["inputData"][key]
    message = f"{code(key)} is not a flow input: the flow version to launch goes only at the top level, as `flowVersion`"
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = version_text(value, written(path))
    if not isinstance(value, str):
        return Finding(MISSING_FLOW_PREFIX, path, message, "move it to the top level as `flowVersion`, a version ID "
                       "written as a string (\"3.0\")", Target.KEY, subject="flowVersion")
    pinned = body.get("flowVersion")
    if pinned is None:
        moved = fix(f"move it to the top level: \"flowVersion\": {json.dumps(value)}",
                    [RemoveMember(path), InsertMember((), "flowVersion", value)], UNSAFE)
        return Finding(MISSING_FLOW_PREFIX, path, message, target=Target.KEY, fix=moved, subject="flowVersion")
    if pinned == value:
        return Finding(MISSING_FLOW_PREFIX, path, f"{message}, where the same version is pinned", target=Target.KEY,
                       fix=remove(path, why="the top level pins it"), subject="flowVersion")
    return Finding(MISSING_FLOW_PREFIX, path, f"{message}, where the launch pins {show(pinned)}",
                   f"keep the version you mean at the top level and remove {code('inputData.' + key)}", Target.KEY,
                   subject="flowVersion")


#: A variable's name after the prefix: a letter or underscore, then letters, digits and underscores.
_VARIABLE = re.compile(r"[^\W\d]\w*")


def prefix_case(body: dict[str, Any], key: str, declared: Collection[str] | None) -> Finding | None:
    """FL211 (a warning) for an inputData key whose `Flow.` prefix alone is in another case (`flow.conversationId`),
    naming an input the flow declares (or, with no contract, any plain name), when the declared spelling is not also
    sent (FL203 then asks which to keep). Architect reads variable names without regard to case and nothing known says
    the platform refuses it: no error; the fix writes the declared spelling."""
    if key.startswith("Flow.") or key[:5].lower() != "flow." or not _VARIABLE.fullmatch(key[5:]):
        return None
    name = "Flow." + key[5:]
    if (declared is not None and name not in declared) or name in body["inputData"]:
        return None
    return Finding(FLOW_PREFIX_CASE, ("inputData", key), prefix_case_message(key, name, declared is not None),
                   target=Target.KEY, fix=rename(("inputData", key), name), subject=name)


def prefix_case_message(key: str, name: str, declared: bool = True) -> str:
    """FL211's message: the key as sent and the name as the flow spells it (`declared`: as its contract declares it;
    else as every input variable is spelt)."""
    spelt = "the flow spells it" if declared else "input variables are spelt `Flow.<name>`:"
    return f"the input {code(key)} writes the `Flow.` prefix in another case: {spelt} {code(name)}"


def same_but_prefix_case(key: str, name: str) -> bool:
    """Whether two input names differ only in the case of their `Flow.` prefix (`flow.x` and `Flow.x`)."""
    return key != name and key[5:] == name[5:] and key[:5].lower() == name[:5].lower() == "flow."
