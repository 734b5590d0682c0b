"""The Genesys Cloud Python SDK (`PureCloudPlatformClientV2`), duck-typed: nothing is imported from it.

A model instance carries `swagger_types` (attribute → type) and `attribute_map` (attribute →
JSON key). The SDK sends `ApiClient().sanitize_for_serialization(model)`: camelCase keys,
`None` attributes left out, an attribute set to `ApiNullValue()` sent as null, dates as ISO text.
`model.to_dict()` is not the wire form: snake_case keys, `None` kept.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from typing import Any, Protocol

from ..core.codes import SDK_TO_DICT
from ..core.diagnostics import Finding

#: The launch request's attributes in the SDK (FlowExecutionLaunchRequest.attribute_map).
LAUNCH_ATTRIBUTES = {"flow_id": "flowId", "flow_version": "flowVersion", "input_data": "inputData", "name": "name"}
#: Snake-case keys of the SDK's contract models (Flow, FlowVersion, JsonSchemaDocument) and their JSON keys.
CONTRACT_ATTRIBUTES = {
    "input_schema": "inputSchema", "output_schema": "outputSchema", "published_version": "publishedVersion",
    "saved_version": "savedVersion", "checked_in_version": "checkedInVersion", "debug_version": "debugVersion",
    "additional_properties": "additionalProperties", "schema": "$schema", "self_uri": "selfUri",
}
TO_DICT_ADVICE = ("this is the SDK's `to_dict()`; send `ApiClient().sanitize_for_serialization(body)` "
                  "(the SDK does it for you in `post_flows_executions`)")
MAX_DEPTH = 200


class SdkModel(Protocol):
    """What flowlint needs of an SDK model: the generated attribute → type and attribute → JSON key maps."""

    swagger_types: dict[str, str]
    attribute_map: dict[str, str]


class NotSerializable(ValueError):
    """A model that cannot be serialized the SDK's way (a cycle, or nesting deeper than flowlint's limit)."""


def is_model(value: Any) -> bool:
    """Whether a value is an SDK model instance (it has the generated `swagger_types` and `attribute_map`)."""
    if type(value) is dict or isinstance(value, (Mapping, type, str, bytes)):
        return False  # the fast path: a plain dict body is never a model
    return isinstance(getattr(value, "swagger_types", None), dict) and isinstance(getattr(value, "attribute_map", None), dict)


def _is_null_value(value: Any) -> bool:
    return type(value).__name__ == "ApiNullValue"


def _is_date(value: Any) -> bool:
    """Whether the value is a date or datetime, without importing datetime (~1.5 ms a check of a body through the API):
    no instance exists before its module is loaded, by `datetime` or by its C half `_datetime` alone."""
    for name in ("datetime", "_datetime"):
        module = sys.modules.get(name)
        if module is not None and isinstance(value, (module.datetime, module.date)):
            return True
    return False


def serialize(value: Any, depth: int = 0) -> Any:
    """The JSON value the SDK sends for `value`, as `ApiClient.sanitize_for_serialization` builds it."""
    if depth > MAX_DEPTH:
        raise NotSerializable(f"the model nests deeper than {MAX_DEPTH} levels (or refers to itself)")
    if value is None or _is_null_value(value):
        return None
    if isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, (list, tuple)):
        return [serialize(item, depth + 1) for item in value]
    if _is_date(value):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {key: serialize(item, depth + 1) for key, item in value.items()}
    if is_model(value):
        members = {}
        for attribute in value.swagger_types:
            item = getattr(value, attribute, None)
            if item is not None or _is_null_value(item):
                members[value.attribute_map.get(attribute, attribute)] = serialize(item, depth + 1)
        return members
    year, month = getattr(value, "year", None), getattr(value, "month", None)
    if type(value).__name__ == "YearMonth" and isinstance(year, int) and isinstance(month, int):
        return f"{year:04d}-{month:02d}"
    return value  # anything else reaches the checks as it is, and is reported as the wrong type


def looks_like_launch_to_dict(body: Any) -> bool:
    """Whether a dict is a FlowExecutionLaunchRequest's `to_dict()`: every attribute, by its snake_case name.

    `to_dict()` writes all four attributes (None when unset); a hand-written `flow_id` alone is a typo (FL102).
    """
    if type(body) is not dict and not isinstance(body, Mapping):
        return False
    return len(body) == len(LAUNCH_ATTRIBUTES) and "flow_id" in body and set(body) == set(LAUNCH_ATTRIBUTES)


def to_dict_finding(body: Any) -> Finding | None:
    """FL108 when the body is a launch request's `to_dict()`: one finding, not one per snake_case key."""
    if not looks_like_launch_to_dict(body):
        return None
    keys = ", ".join(f"`{key}`" for key in body)
    return Finding(SDK_TO_DICT, (), f"the body has the SDK's attribute names ({keys}), not the launch request's JSON members",
                   TO_DICT_ADVICE)


def contract_document(value: Any) -> Any:
    """A contract source in the platform's JSON form: SDK models serialized, `to_dict()` output renamed.

    `to_dict()` keeps `None` for every unset attribute and names members in snake_case
    (`additional_properties`, `input_schema`): those are renamed and the nulls dropped, except
    inside `properties`, whose keys are the flow's variable names and are kept verbatim.
    """
    if is_model(value):
        return serialize(value)
    return _from_to_dict(value, 0)


def _from_to_dict(value: Any, depth: int) -> Any:
    if depth > MAX_DEPTH or not isinstance(value, Mapping):
        return value
    if not any(key in CONTRACT_ATTRIBUTES for key in value):
        return dict(value)
    renamed: dict[str, Any] = {}
    for key, item in value.items():
        if item is None:
            continue  # to_dict() keeps unset attributes as None; the platform's JSON leaves them out
        name = CONTRACT_ATTRIBUTES.get(key, key) if isinstance(key, str) else key
        if name == "$schema" and not isinstance(item, str):
            name = key  # `schema` only means `$schema` as the SDK's JsonSchemaDocument text
        renamed[name] = item if name == "properties" else _from_to_dict(item, depth + 1)
    return renamed
