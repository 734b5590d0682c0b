"""The errors of a schema written only in the few keywords the bundled launch schema uses, listed without jsonschema.

Explaining a launch found in code (FL101 `type`, FL106) needs the launch schema's errors, and importing jsonschema
and building its validator cost more than a whole code file's check (~80 ms once per run). A schema in this subset
(draft 2020-12: `type`, `required`, `properties`, `additionalProperties: false`, `pattern`, `propertyNames`, and
annotations) gets the very errors jsonschema gives, in its order, with the same attributes the rules read; any other
schema is left to jsonschema (`subset_validator` answers None). tests/test_schema_subset.py compares both.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator
from typing import Any

from . import ecma_regex

#: Keywords that check nothing (what jsonschema's draft 2020-12 validator has no function for, of the ones known here).
_ANNOTATIONS = frozenset({"$schema", "$id", "$comment", "title", "description", "default", "examples", "deprecated",
                          "readOnly", "writeOnly"})
_KEYWORDS = frozenset({"type", "required", "properties", "additionalProperties", "pattern", "propertyNames"})
#: JSON Schema's type names, as jsonschema's draft 2020-12 type checker tells them.
_TYPES = {
    "object": lambda value: isinstance(value, dict),
    "string": lambda value: isinstance(value, str),
    "null": lambda value: value is None,
    "array": lambda value: isinstance(value, list),
    "boolean": lambda value: isinstance(value, bool),
    "number": lambda value: isinstance(value, (int, float)) and not isinstance(value, bool),
    "integer": lambda value: (isinstance(value, int) and not isinstance(value, bool))
    or (isinstance(value, float) and value.is_integer()),
}


class SubsetError:
    """One error, with what jsonschema's ValidationError says of it that the rules read."""

    __slots__ = ("absolute_path", "context", "instance", "message", "schema", "schema_path", "validator",
                 "validator_value")

    def __init__(self, message: str, keyword: str, value: Any, instance: Any, schema: dict[str, Any]) -> None:
        self.message = message
        self.validator = keyword
        self.validator_value = value
        self.instance = instance
        self.schema = schema
        self.absolute_path: deque[str | int] = deque()
        self.schema_path: deque[str | int] = deque([keyword])
        self.context: list[Any] = []


class SubsetValidator:
    """iter_errors of a schema in the subset, as jsonschema's draft 2020-12 validator (with flowlint's ECMA-262
    `pattern` and its one-error `additionalProperties`, schema._ecma_validator) lists them."""

    def __init__(self, schema: dict[str, Any]) -> None:
        self.schema = schema
        self.is_valid = _valid(schema)

    def iter_errors(self, instance: Any) -> Iterator[SubsetError]:
        return _errors(instance, self.schema)


def subset_validator(schema: Any) -> SubsetValidator | None:
    """The validator of a draft 2020-12 schema written only in the subset (its patterns compiled), else None."""
    try:
        return SubsetValidator(schema) if _in_subset(schema, 0) else None
    except ecma_regex.InvalidPattern:
        return None  # jsonschema's check says so, in its words


def _in_subset(schema: Any, depth: int) -> bool:
    if not isinstance(schema, dict) or depth > 8 or not schema.keys() <= _KEYWORDS | _ANNOTATIONS:
        return False
    types = schema.get("type", "object")
    if not all(isinstance(name, str) and name in _TYPES for name in (types if isinstance(types, list) else [types])):
        return False
    required = schema.get("required", [])
    if not isinstance(required, list) or not all(isinstance(name, str) for name in required):
        return False
    if schema.get("additionalProperties", False) is not False:
        return False
    properties = schema.get("properties", {})
    if not isinstance(properties, dict) or not all(_in_subset(sub, depth + 1) for sub in properties.values()):
        return False
    if "propertyNames" in schema and not _in_subset(schema["propertyNames"], depth + 1):
        return False
    pattern = schema.get("pattern", "")
    if not isinstance(pattern, str):
        return False
    if pattern:
        ecma_regex.compile_pattern(pattern)
    return True


def _errors(instance: Any, schema: dict[str, Any]) -> Iterator[SubsetError]:
    """The errors of one schema node, keyword by keyword in its order (jsonschema's)."""
    is_object = isinstance(instance, dict)
    for keyword, value in schema.items():
        if keyword == "type":
            types = value if isinstance(value, list) else [value]
            if not any(_TYPES[name](instance) for name in types):
                yield SubsetError(f"{instance!r} is not of type {', '.join(repr(name) for name in types)}", keyword,
                                  value, instance, schema)
        elif keyword == "required" and is_object:
            for name in value:
                if name not in instance:
                    yield SubsetError(f"{name!r} is a required property", keyword, value, instance, schema)
        elif keyword == "additionalProperties" and is_object:
            declared = schema.get("properties", {})
            extras = [key for key in instance if key not in declared]
            if extras:
                listed = ", ".join(repr(extra) for extra in sorted(extras))
                yield SubsetError(f"Additional properties are not allowed ({listed} "
                                  f"{'was' if len(extras) == 1 else 'were'} unexpected)", keyword, value, instance, schema)
        elif keyword == "properties" and is_object:
            for name, subschema in value.items():
                if name in instance:
                    for error in _errors(instance[name], subschema):
                        error.absolute_path.appendleft(name)
                        error.schema_path.appendleft(name)
                        error.schema_path.appendleft(keyword)
                        yield error
        elif keyword == "propertyNames" and is_object:
            for name in instance:
                for error in _errors(name, value):
                    error.schema_path.appendleft(keyword)
                    yield error
        elif keyword == "pattern" and isinstance(instance, str) and not ecma_regex.compile_pattern(value).search(instance):
            yield SubsetError(f"{instance!r} does not match {value!r}", keyword, value, instance, schema)


def _valid(schema: dict[str, Any]) -> Callable[[Any], bool]:
    """Whether an instance has no error (`_errors` lists none): the schema made into plain checks once, for the
    bodies that are fine (most), without compiling code as fastjsonschema does (~15 ms a run with its import)."""
    checks: list[Callable[[Any], bool]] = []
    for keyword, value in schema.items():
        if keyword == "type":
            checks.append(_type_check(tuple(_TYPES[name] for name in (value if isinstance(value, list) else [value]))))
        elif keyword == "required":
            checks.append(_required_check(frozenset(value)))
        elif keyword == "additionalProperties":
            checks.append(_declared_check(frozenset(schema.get("properties", {}))))
        elif keyword == "properties":
            checks.append(_members_check({name: _valid(subschema) for name, subschema in value.items()}))
        elif keyword == "propertyNames":
            checks.append(_names_check(_valid(value)))
        elif keyword == "pattern":
            checks.append(_pattern_check(ecma_regex.compile_pattern(value).search))
    if len(checks) == 1:
        return checks[0]

    def valid(instance: Any) -> bool:
        for check in checks:  # noqa: SIM110 (all() of a generator costs a body a third more)
            if not check(instance):
                return False
        return True

    return valid


def _required_check(names: frozenset[str]) -> Callable[[Any], bool]:
    return lambda instance: not isinstance(instance, dict) or names.issubset(instance)


def _declared_check(declared: frozenset[str]) -> Callable[[Any], bool]:
    return lambda instance: not isinstance(instance, dict) or declared.issuperset(instance)


def _pattern_check(search: Callable[[str], Any]) -> Callable[[Any], bool]:
    return lambda instance: not isinstance(instance, str) or bool(search(instance))


def _type_check(tests: tuple[Callable[[Any], bool], ...]) -> Callable[[Any], bool]:
    if len(tests) == 1:
        return tests[0]

    def typed(instance: Any) -> bool:
        for test in tests:  # noqa: SIM110 (as above)
            if test(instance):
                return True
        return False

    return typed


def _members_check(members: dict[str, Callable[[Any], bool]]) -> Callable[[Any], bool]:
    def valid(instance: Any) -> bool:
        if isinstance(instance, dict):
            for name, check in members.items():
                if name in instance and not check(instance[name]):
                    return False
        return True

    return valid


def _names_check(check: Callable[[Any], bool]) -> Callable[[Any], bool]:
    def valid(instance: Any) -> bool:
        if isinstance(instance, dict):
            for name in instance:
                if not check(name):
                    return False
        return True

    return valid
