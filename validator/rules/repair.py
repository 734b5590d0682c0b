"""What a wrongly shaped body should have been: members moved where the launch request expects them.

Used for help texts and for the unsafe unwrap fixes (envelope.py), which refuse any move that loses a member.
"""

from __future__ import annotations

from typing import Any

from ..core.ids import is_uuid
from ..core.suggest import normalize

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
    normal = normalize(key)
    return isinstance(value, dict) and (normal == "inputdata" or normal in CONTAINERS)


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


def repaired_body(body: dict[str, Any], clashes: list[str] | None = None) -> dict[str, Any]:
    """The body with every member moved where the launch request expects it.

    Two members that land on the same name keep the first; `clashes` (when given) collects those names.
    """
    top: dict[str, Any] = {}
    inputs: dict[str, Any] = {}

    def put(target: dict[str, Any], name: str, value: Any) -> None:
        if name in target:
            if clashes is not None:
                clashes.append(name)
            return
        target[name] = value

    def add_inputs(values: Any) -> None:
        if isinstance(values, dict):
            for key, value in values.items():
                if is_wrapper(str(key), value):  # inputs wrapped twice: {"inputData": {"inputData": {...}}}
                    add_inputs(value)
                else:
                    put(inputs, flow_input_name(str(key)), value)
        elif isinstance(values, list):  # [{"name": "x", "value": 1}, ...]
            for item in values:
                if isinstance(item, dict) and isinstance(item.get("name"), str) and "value" in item:
                    put(inputs, flow_input_name(item["name"]), item["value"])

    def absorb(obj: dict[str, Any], nested: bool) -> None:
        for key, value in obj.items():
            real = envelope_name(key)
            normal = normalize(key)
            if real == "inputData":
                add_inputs(value)
            elif real == "flowId" and key == "id" and nested and not is_uuid(value):
                put(inputs, flow_input_name(key), value)
            elif real is not None:
                if real == "flowVersion" and isinstance(value, (int, float)) and not isinstance(value, bool):
                    value = str(value)
                put(top, real, value)
            elif (normal in CONTAINERS and isinstance(value, (dict, list))) or (not nested and wraps_launch(key, value)):
                if isinstance(value, dict):
                    absorb(value, nested=True)
                else:
                    add_inputs(value)
            elif normal == "flow" and isinstance(value, dict) and "id" in value:
                put(top, "flowId", value["id"])
            elif normal in DROPPED or not nested:
                continue
            else:
                put(inputs, flow_input_name(key), value)

    absorb(body, nested=False)
    result: dict[str, Any] = {key: top[key] for key in ("flowId", "flowVersion", "name") if key in top}
    if inputs:
        result["inputData"] = inputs
    return result
