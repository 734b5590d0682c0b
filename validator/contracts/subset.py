"""The errors of a schema written only in the keywords flow contracts and the bundled launch schema use, without jsonschema.

Explaining a wrong body needs its schema's errors, and importing jsonschema and building its validators cost more than
checking thousands of bodies (~80 ms once per run). A schema in this subset (drafts 4, 6, 7, 2019-09 and 2020-12: `type`,
`required`, `properties`, `additionalProperties`, `items`, `enum` of JSON scalars, `format`, `pattern`, `propertyNames`,
the length, size and range limits, and annotations; every value well-formed, so that the draft's metaschema accepts it)
gets the very errors flowlint's jsonschema validator gives (schema._ecma_validator: ECMA-262 `pattern`, one
`additionalProperties` error listing the extra members in the body's order), in its order, with the same attributes
the rules read; any other schema is left to jsonschema (`subset_validator` answers None). tests/test_schema_subset.py
compares both.
"""

from __future__ import annotations

import math
import numbers
import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Protocol

from . import ecma_regex
from .cost import ERROR_STEPS, charge
from .formats import FORMATS

#: The drafts the subset reads (draft 3's types and `required` differ: jsonschema alone reads it).
DRAFTS = frozenset({"4", "6", "7", "2019-09", "2020-12"})
#: Keywords checked in every draft read here, and the one draft 6 added.
_KEYWORDS = frozenset({"type", "required", "properties", "additionalProperties", "items", "enum", "format", "pattern",
                       "minLength", "maxLength", "minItems", "maxItems", "minimum", "maximum"})
_LATER_KEYWORDS = frozenset({"propertyNames"})
_COUNTS = frozenset({"minLength", "maxLength", "minItems", "maxItems"})
_SIMPLE_TYPES = frozenset({"object", "string", "null", "array", "boolean", "number", "integer"})
#: An absolute URI without a fragment but an empty one: valid for every draft's `$schema`, `$id` and `id`, whatever
#: format checks are installed, and one that URL joining (jsonschema's reference resolution) never refuses.
_PLAIN_URI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[A-Za-z0-9._~:/?@!$&'()*+,;=-]*#?")


def _is_number(value: Any) -> bool:
    return isinstance(value, numbers.Number) and not isinstance(value, bool)


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


#: JSON Schema's type names, as jsonschema's draft 4 type checker tells them; draft 6 made 1.0 an integer.
_TYPES_4: dict[str, Callable[[Any], bool]] = {
    "object": lambda value: isinstance(value, dict),
    "string": lambda value: isinstance(value, str),
    "null": lambda value: value is None,
    "array": lambda value: isinstance(value, list),
    "boolean": lambda value: isinstance(value, bool),
    "number": _is_number,
    "integer": _is_int,
}
_TYPES_6 = {**_TYPES_4, "integer": lambda value: _is_int(value) or (isinstance(value, float) and value.is_integer())}


class SchemaError(Protocol):
    """What the rules read of an error: jsonschema's ValidationError and SubsetError both have it."""

    @property
    def message(self) -> str: ...
    @property
    def validator(self) -> Any: ...
    @property
    def validator_value(self) -> Any: ...
    @property
    def instance(self) -> Any: ...
    @property
    def schema(self) -> Any: ...
    @property
    def absolute_path(self) -> Any: ...
    @property
    def schema_path(self) -> Any: ...
    @property
    def context(self) -> Any: ...


class ExplainingValidator(Protocol):
    """A validator that lists every error: jsonschema's, or a SubsetValidator."""

    def iter_errors(self, instance: Any) -> Iterable[Any]: ...
    def is_valid(self, instance: Any) -> bool: ...


class SubsetError:
    """One error, with what jsonschema's ValidationError says of it that the rules read."""

    __slots__ = ("_message", "absolute_path", "context", "instance", "schema", "schema_path", "validator",
                 "validator_value")

    def __init__(self, message: str | Callable[[], str], keyword: str, value: Any, instance: Any, schema: dict[str, Any],
                 path: tuple[str | int, ...] = (), schema_path: tuple[str | int, ...] = ()) -> None:
        self._message = message  # (a function for words that quote the schema: made only when read)
        self.validator = keyword
        self.validator_value = value
        self.instance = instance
        self.schema = schema
        self.absolute_path: deque[str | int] = deque(path)  # from the root, as jsonschema's
        self.schema_path: deque[str | int] = deque(schema_path)
        self.schema_path.append(keyword)
        self.context: list[Any] = []

    @property
    def message(self) -> str:
        """jsonschema's words for the error. Those of an `enum` quote every allowed value (an enum of 50,000 integers:
        340 KB a message): made when read, not for each of a body's errors (2,000 wrong items: 1.3 GB)."""
        if callable(self._message):
            self._message = self._message()
        return self._message


class SubsetValidator:
    """iter_errors of a schema in the subset, as jsonschema's validator of its draft (with flowlint's ECMA-262 `pattern`,
    its one-error `additionalProperties` and its format checks, schema._ecma_validator) lists them."""

    def __init__(self, schema: dict[str, Any], draft: str = "2020-12") -> None:
        self.schema = schema
        self.types = _TYPES_4 if draft == "4" else _TYPES_6
        self.checks: dict[int, Callable[[Any], bool]] = {}  # each node's yes/no check, by its id (the schema keeps it alive)
        #: Each node's keywords that can make an error, in its order, by its id (its annotations left out).
        self.keywords: dict[int, tuple[tuple[str, Any], ...]] = {}
        self._enums = EnumSets()
        self.is_valid = _valid(schema, self.types, self.checks, self.keywords)

    def iter_errors(self, instance: Any) -> Iterator[SubsetError]:
        for error in _errors(instance, self.schema, self):
            charge(ERROR_STEPS)  # (each reaches here: the subset has no combinator keeping errors of its own)
            yield error

    def allowed(self, values: list[Any]) -> frozenset[Any]:
        """An `enum`'s values as a set (`EnumSets`), made once per list: an enum may hold thousands."""
        return self._enums(values) or frozenset()  # (never None: the subset's enums hold scalars only)


def subset_validator(schema: Any, draft: str = "2020-12") -> SubsetValidator | None:
    """The validator of a schema read as `draft` (as schema.draft_of names it) written only in the subset, else None."""
    if draft not in DRAFTS:
        return None
    try:
        return SubsetValidator(schema, draft) if _in_subset(schema, draft, 0) else None
    except ecma_regex.InvalidPattern:
        return None  # jsonschema's check says so, in its words


def _in_subset(schema: Any, draft: str, depth: int) -> bool:
    """Whether every keyword is one the subset reads, with a value the draft's metaschema certainly accepts."""
    if not isinstance(schema, dict) or depth > 8:
        return False
    for keyword, value in schema.items():
        if keyword in ("title", "description", "$comment"):
            ok = isinstance(value, str)
        elif keyword == "default":
            ok = True
        elif keyword == "examples":
            ok = isinstance(value, list)
        elif keyword in ("$schema", "$id" if draft != "4" else "id"):
            ok = depth == 0 and isinstance(value, str) and _PLAIN_URI.fullmatch(value) is not None
        elif keyword == "type":
            ok = value in _SIMPLE_TYPES if isinstance(value, str) else (
                isinstance(value, list) and bool(value) and all(isinstance(name, str) and name in _SIMPLE_TYPES for name in value)
                and len(set(value)) == len(value))
        elif keyword == "required":
            ok = (isinstance(value, list) and all(isinstance(name, str) for name in value) and len(set(value)) == len(value)
                  and (bool(value) or draft != "4"))
        elif keyword == "enum":  # scalars, told apart as jsonschema's `equal` does (1 and 1.0 alike, True and 1 not)
            ok = (isinstance(value, list) and bool(value) and all(_is_scalar(item) for item in value)
                  and len(_enum_keys(value)) == len(value))
        elif keyword == "properties":
            ok = isinstance(value, dict) and all(_in_subset(sub, draft, depth + 1) for sub in value.values())
        elif keyword == "additionalProperties":
            ok = isinstance(value, bool) or _in_subset(value, draft, depth + 1)
        elif keyword == "items" or (keyword in _LATER_KEYWORDS and draft != "4"):
            ok = _in_subset(value, draft, depth + 1)
        elif keyword in ("format", "pattern"):
            ok = isinstance(value, str)
            if ok and keyword == "pattern":  # one flowlint cannot match is jsonschema's to say not known (PatternNotApplied)
                ok = ecma_regex.compile_pattern(value).known
        elif keyword in _COUNTS:
            ok = _is_int(value) and value >= 0
        elif keyword in ("minimum", "maximum"):
            ok = isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
        else:
            ok = False
        if not ok:
            return False
    return True


def _errors(instance: Any, schema: dict[str, Any], validator: SubsetValidator, path: tuple[str | int, ...] = (),
            at: tuple[str | int, ...] = ()) -> Iterator[SubsetError]:
    """The errors of one schema node, keyword by keyword in its order (jsonschema's); a member or item its node's check
    passes is not looked into (it has none). `path` is where the instance is in the root's, `at` the node's schema path:
    each error is made with both whole (not prefixed level by level on its way up)."""
    types, checks = validator.types, validator.checks
    is_object = isinstance(instance, dict)
    keywords = validator.keywords[id(schema)]
    # The steps of the budget in force (cost.budget), as jsonschema's keywords count them: the node's keywords, the
    # members or items it goes through, the names it lists (a `required` of 1,000 names against 1,000 objects without
    # them was a million errors: 2.1 GB).
    size = 1 + len(instance) if is_object or isinstance(instance, list) else 1
    charge(sum(size + len(value) if keyword in ("required", "properties") else size for keyword, value in keywords))
    for keyword, value in keywords:
        if keyword == "type":
            names = value if isinstance(value, list) else [value]
            if not any(types[name](instance) for name in names):
                yield SubsetError(f"{instance!r} is not of type {', '.join(repr(name) for name in names)}", keyword,
                                  value, instance, schema, path, at)
        elif keyword == "required" and is_object:
            for name in value:
                if name not in instance:
                    yield SubsetError(f"{name!r} is a required property", keyword, value, instance, schema, path, at)
        elif keyword == "additionalProperties" and is_object:
            declared = schema.get("properties", {})
            extras = [key for key in instance if key not in declared]
            if isinstance(value, dict):
                check = checks[id(value)]
                for extra in extras:
                    if not check(instance[extra]):
                        yield from _errors(instance[extra], value, validator, (*path, extra), (*at, keyword))
            elif value is False and extras:
                listed = ", ".join(repr(extra) for extra in sorted(extras))
                yield SubsetError(f"Additional properties are not allowed ({listed} "
                                  f"{'was' if len(extras) == 1 else 'were'} unexpected)", keyword, value, instance, schema,
                                  path, at)
        elif keyword == "properties" and is_object:
            for name, subschema in value.items():
                if name in instance and not checks[id(subschema)](instance[name]):
                    yield from _errors(instance[name], subschema, validator, (*path, name), (*at, keyword, name))
        elif keyword == "items" and isinstance(instance, list):
            check = checks[id(value)]
            for index, item in enumerate(instance):
                if not check(item):
                    yield from _errors(item, value, validator, (*path, index), (*at, keyword))
        elif keyword == "propertyNames" and is_object:
            check = checks[id(value)]
            for name in instance:
                if not check(name):
                    yield from _errors(name, value, validator, path, (*at, keyword))
        elif keyword == "enum":
            if _enum_key(instance) not in validator.allowed(value):
                yield SubsetError(_not_one_of(instance, value), keyword, value, instance, schema, path, at)
        elif keyword == "format":
            known = FORMATS.get(value)
            if known is not None and not known(instance):
                yield SubsetError(f"{instance!r} is not a {value!r}", keyword, value, instance, schema, path, at)
        elif keyword == "pattern" and isinstance(instance, str) and not ecma_regex.compile_pattern(value).search(instance):
            yield SubsetError(f"{instance!r} does not match {value!r}", keyword, value, instance, schema, path, at)
        elif keyword in _COUNTS and isinstance(instance, str if keyword.endswith("Length") else list):
            if (len(instance) < value) if keyword.startswith("min") else (len(instance) > value):
                if keyword.startswith("min"):
                    said = "should be non-empty" if value == 1 else "is too short"
                else:
                    said = "is expected to be empty" if value == 0 else "is too long"
                yield SubsetError(f"{instance!r} {said}", keyword, value, instance, schema, path, at)
        elif keyword == "minimum" and _is_number(instance) and instance < value:
            yield SubsetError(f"{instance!r} is less than the minimum of {value!r}", keyword, value, instance, schema, path, at)
        elif keyword == "maximum" and _is_number(instance) and instance > value:
            yield SubsetError(f"{instance!r} is greater than the maximum of {value!r}", keyword, value, instance, schema,
                              path, at)


def _not_one_of(instance: Any, values: list[Any]) -> Callable[[], str]:
    """jsonschema's words for a value no `enum` allows, to be made when read."""
    return lambda: f"{instance!r} is not one of {values!r}"


def _valid(schema: dict[str, Any], types: dict[str, Callable[[Any], bool]], built: dict[int, Callable[[Any], bool]],
           keywords: dict[int, tuple[tuple[str, Any], ...]]) -> Callable[[Any], bool]:
    """Whether an instance has no error (`_errors` lists none): the schema made into plain checks once, for the
    bodies that are fine (most), without compiling code as fastjsonschema does (~15 ms a run with its import).
    Each node's check is kept in `built`, and the keywords `_errors` reads in `keywords`, by the node's id."""
    check = _node_check(schema, types, built, keywords)
    built[id(schema)] = check
    keywords[id(schema)] = tuple((keyword, value) for keyword, value in schema.items() if keyword in _CHECKED)
    return check


#: The keywords `_errors` reads (the rest of a schema in the subset are annotations).
_CHECKED = _KEYWORDS | _LATER_KEYWORDS


def _node_check(schema: dict[str, Any], types: dict[str, Callable[[Any], bool]], built: dict[int, Callable[[Any], bool]],
                keywords: dict[int, tuple[tuple[str, Any], ...]]) -> Callable[[Any], bool]:
    if _OBJECT_KEYWORDS.issuperset(schema.keys() & _CHECKED) and schema.keys() & _OBJECT_ONLY:
        return _object_check(schema, types, built, keywords)
    checks: list[Callable[[Any], bool]] = []
    for keyword, value in schema.items():
        if keyword == "type":
            checks.append(_type_check(value if isinstance(value, list) else [value], types))
        elif keyword == "required":
            checks.append(_required_check(frozenset(value)))
        elif keyword == "additionalProperties" and value is not True:
            extra = None if value is False else _valid(value, types, built, keywords)
            checks.append(_declared_check(frozenset(schema.get("properties", {})), extra))
        elif keyword == "properties":
            checks.append(_members_check({name: _valid(subschema, types, built, keywords) for name, subschema in value.items()}))
        elif keyword == "items":
            checks.append(_items_check(_valid(value, types, built, keywords)))
        elif keyword == "propertyNames":
            checks.append(_names_check(_valid(value, types, built, keywords)))
        elif keyword == "enum":
            checks.append(_enum_check(value))
        elif keyword == "format" and value in FORMATS:
            checks.append(FORMATS[value])
        elif keyword == "pattern":
            search = ecma_regex.compile_pattern(value).search  # (compiled here: a pattern that is no ECMA one is refused)
            prefix = ecma_regex.literal_prefix(value)
            checks.append(_prefix_check(prefix) if prefix is not None else _pattern_check(search))
        elif keyword in _COUNTS or keyword in ("minimum", "maximum"):
            checks.append(_limit_check(keyword, value))
    if not checks:
        return lambda instance: True
    if len(checks) == 1:
        return checks[0]

    def valid(instance: Any) -> bool:
        for check in checks:  # noqa: SIM110 (all() of a generator costs a body a third more)
            if not check(instance):
                return False
        return True

    return valid


#: The keywords of an object's node (the contract's inputs, the launch schema's top): checked by one function.
_OBJECT_ONLY = frozenset({"required", "additionalProperties", "properties", "propertyNames"})
_OBJECT_KEYWORDS = _OBJECT_ONLY | {"type"}


def _object_check(schema: dict[str, Any], types: dict[str, Callable[[Any], bool]], built: dict[int, Callable[[Any], bool]],
                  keywords: dict[int, tuple[tuple[str, Any], ...]]) -> Callable[[Any], bool]:
    """The check of a node with only `type` and the object keywords, in one function (not one per keyword): its type,
    then, for an object, what those keywords ask of it (they say nothing of anything else)."""
    named = schema.get("type")
    names = None if named is None else named if isinstance(named, list) else [named]
    typed = None if names is None or names == ["object"] else _type_check(names, types)
    object_only = names == ["object"]
    required = frozenset(schema["required"]) if "required" in schema else None
    declared = frozenset(schema.get("properties", {}))
    additional = schema.get("additionalProperties", True)
    closed = additional is False
    extra = _valid(additional, types, built, keywords) if isinstance(additional, dict) else None
    members = {name: _valid(subschema, types, built, keywords) for name, subschema in schema.get("properties", {}).items()}
    names_check = _valid(schema["propertyNames"], types, built, keywords) if "propertyNames" in schema else None

    def valid(instance: Any) -> bool:
        if not isinstance(instance, dict):
            return not object_only and (typed is None or typed(instance))
        if typed is not None and not typed(instance):
            return False
        if required is not None and not required.issubset(instance):
            return False
        if closed and not declared.issuperset(instance):
            return False
        if extra is not None:
            for key, member in instance.items():
                if key not in declared and not extra(member):
                    return False
        if not _members_valid(members, instance):
            return False
        if names_check is not None:
            for name in instance:
                if not names_check(name):
                    return False
        return True

    return valid


def _required_check(names: frozenset[str]) -> Callable[[Any], bool]:
    return lambda instance: not isinstance(instance, dict) or names.issubset(instance)


def _declared_check(declared: frozenset[str], extra: Callable[[Any], bool] | None) -> Callable[[Any], bool]:
    if extra is None:
        return lambda instance: not isinstance(instance, dict) or declared.issuperset(instance)

    def valid(instance: Any) -> bool:
        if isinstance(instance, dict):
            for key, member in instance.items():
                if key not in declared and not extra(member):
                    return False
        return True

    return valid


def _pattern_check(search: Callable[[str], Any]) -> Callable[[Any], bool]:
    return lambda instance: not isinstance(instance, str) or bool(search(instance))


def _prefix_check(prefix: str) -> Callable[[Any], bool]:
    return lambda instance: not isinstance(instance, str) or instance.startswith(prefix)


def _enum_check(values: list[Any]) -> Callable[[Any], bool]:
    allowed = _enum_keys(values)
    if all(isinstance(value, str) for value in values):
        return lambda instance: isinstance(instance, str) and instance in allowed  # (most enums: names)
    return lambda instance: _enum_key(instance) in allowed


#: The `enum` keys of true and false: equal to no number (Python's True == 1 is not JSON Schema's).
_TRUE, _FALSE = ("boolean", True), ("boolean", False)
_NO_KEY = object()  # the key of a value no enum of the subset holds (an array, an object, an unknown): equal to none


def _is_scalar(value: Any) -> bool:
    """A JSON scalar an `enum` of the subset may hold: a string, a finite number, true, false or null."""
    return value is None or isinstance(value, (str, bool)) or (_is_number(value) and math.isfinite(value))


def _enum_key(value: Any) -> Any:
    """A value as `enum` compares it, hashable: a string, number or null itself (1 and 1.0 are one key, as in
    jsonschema's `equal`), a boolean apart from the numbers."""
    if value is True:
        return _TRUE
    if value is False:
        return _FALSE
    return value if value is None or isinstance(value, str) or _is_number(value) else _NO_KEY


def _enum_keys(values: list[Any]) -> frozenset[Any]:
    return frozenset(_enum_key(value) for value in values)


class EnumSets:
    """Each `enum` of JSON scalars of one schema as a set of `enum_key`s, made once per list; None for one that holds an
    array, an object or NaN (compared one by one, as jsonschema does). A validator keeps one beside the schema it owns,
    for as long as it lives: a list here is held here, so its id is no other's (a run-wide cache of 64 entries kept that
    true, but a schema of 65 enums rebuilt a set on every look-up: 70 enums of 5,000 values, 20 bodies, 8 s)."""

    __slots__ = ("_made",)

    def __init__(self) -> None:
        self._made: dict[int, tuple[Any, frozenset[Any] | None]] = {}

    def __call__(self, values: Any) -> frozenset[Any] | None:
        known = self._made.get(id(values))
        if known is None:
            found = _enum_keys(values) if isinstance(values, list) and all(_is_scalar(value) for value in values) else None
            known = self._made[id(values)] = (values, found)
        return known[1]


def enum_key(value: Any) -> Any:
    """A value as `enum` compares it (`EnumSets`' keys): equal keys for values jsonschema's `equal` calls equal."""
    return _enum_key(value)


def _limit_check(keyword: str, limit: Any) -> Callable[[Any], bool]:
    if keyword in ("minLength", "maxLength"):
        kind: Callable[[Any], bool] = lambda instance: isinstance(instance, str)  # noqa: E731
    elif keyword in ("minItems", "maxItems"):
        kind = lambda instance: isinstance(instance, list)  # noqa: E731
    else:
        kind = _is_number
    size: Callable[[Any], Any] = len if keyword in _COUNTS else (lambda instance: instance)
    if keyword.startswith("min"):  # not `>=`: NaN is refused by neither comparison, so jsonschema lets it pass
        return lambda instance: not kind(instance) or not size(instance) < limit
    return lambda instance: not kind(instance) or not size(instance) > limit


#: The types one isinstance test tells (None's class for null): tested at once, not one function each.
_CLASSES: dict[str, type] = {"object": dict, "string": str, "null": type(None), "array": list, "boolean": bool}


def _type_check(names: list[str], types: dict[str, Callable[[Any], bool]]) -> Callable[[Any], bool]:
    classes = tuple(_CLASSES[name] for name in names if name in _CLASSES)
    tests = tuple(types[name] for name in names if name not in _CLASSES)  # number, integer: bool is not one
    if not tests:
        return lambda instance: isinstance(instance, classes)
    if not classes and len(tests) == 1:
        return tests[0]

    def typed(instance: Any) -> bool:
        if isinstance(instance, classes):
            return True
        for test in tests:  # noqa: SIM110 (all() of a generator costs a body a third more)
            if test(instance):
                return True
        return False

    return typed


def _members_check(members: dict[str, Callable[[Any], bool]]) -> Callable[[Any], bool]:
    return lambda instance: not isinstance(instance, dict) or _members_valid(members, instance)


def _members_valid(members: dict[str, Callable[[Any], bool]], instance: dict[str, Any]) -> bool:
    """Whether each member of an object a `properties` declares passes its check, going through the smaller of the two:
    the declared names (a contract's 10,000) for each of a body's 10,000 objects was their product."""
    if len(instance) < len(members):
        for key, member in instance.items():
            check = members.get(key)
            if check is not None and not check(member):
                return False
        return True
    for name, check in members.items():  # noqa: SIM110 (all() of a generator costs a body a third more)
        if name in instance and not check(instance[name]):
            return False
    return True


def _items_check(check: Callable[[Any], bool]) -> Callable[[Any], bool]:
    def valid(instance: Any) -> bool:
        if isinstance(instance, list):
            for item in instance:
                if not check(item):
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
