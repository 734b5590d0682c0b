"""The bundled JSON Schema of the launch request: where it lives, and validators built from it once."""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..core.unknown import Unknown, decided
from . import ecma_regex
from .cost import ERROR_STEPS, charge, json_nodes
from .formats import FORMATS
from .subset import EnumSets, ExplainingValidator, SchemaError, SubsetValidator, enum_key, subset_validator

if TYPE_CHECKING:
    import jsonschema

#: Deepest nesting of subschemas a schema may have: real input schemas are a few levels deep.
MAX_SCHEMA_DEPTH = 64
_REFERENCES = ("$ref", "$dynamicRef", "$recursiveRef")
# Keywords whose value is a schema, a list of schemas, or a name -> schema map (never data like enum or const).
_SCHEMA_VALUED = ("items", "additionalItems", "additionalProperties", "contains", "propertyNames", "not", "if", "then",
                  "else", "unevaluatedItems", "unevaluatedProperties", "contentSchema")
_SCHEMA_LISTS = ("items", "allOf", "anyOf", "oneOf", "prefixItems")
_SCHEMA_MAPS = ("properties", "patternProperties", "definitions", "$defs", "dependencies", "dependentSchemas")

SCHEMA_NAME = "flow-execution-launch-request.schema.json"

#: The drafts a schema can be read as, and the `$schema` URI that names each.
DRAFT_URIS = {
    "3": "http://json-schema.org/draft-03/schema#", "4": "http://json-schema.org/draft-04/schema#",
    "6": "http://json-schema.org/draft-06/schema#", "7": "http://json-schema.org/draft-07/schema#",
    "2019-09": "https://json-schema.org/draft/2019-09/schema", "2020-12": "https://json-schema.org/draft/2020-12/schema",
}
_DRAFT_URI = re.compile(r"https?://json-schema\.org/(?:draft-0([3467])|draft/(2019-09|2020-12))/schema#?")
# Keywords of 2019-09 and later that fastjsonschema (draft-07 rules under any later name) would silently skip.
_LATER_KEYWORDS = frozenset({"prefixItems", "$dynamicRef", "$dynamicAnchor", "$recursiveRef", "$recursiveAnchor",
                             "unevaluatedProperties", "unevaluatedItems", "dependentRequired", "dependentSchemas",
                             "minContains", "maxContains"})


class BrokenSchema(Exception):
    """A schema flowlint needs cannot be loaded or compiled (exit code 3)."""


class PatternNotApplied(Unknown):
    """What a pattern flowlint cannot match (ecma_regex: not `known`) would decide: whether a value matches it (`pattern`),
    or whether a key does (patternProperties, and so additionalProperties), where the answer matters (the key's value
    breaks the pattern's subschema, or the key is declared nowhere else). An error holding it as its instance is no
    finding (`decided` says no); `iter_errors` hands it on so that a note can say what was not checked."""

    __slots__ = ("key", "pattern")

    def __init__(self, pattern: str, key: str | None = None) -> None:
        super().__init__(pattern)
        self.pattern = pattern
        self.key = key  # the key whose matching is not known (None: a value's `pattern`)


def schema_path() -> Path:
    """The bundled schema file: inside the installed package, or schemas/ of a source checkout."""
    packaged = Path(__file__).resolve().parents[1] / "schemas" / SCHEMA_NAME  # not importlib.resources: 10 ms of imports
    if packaged.is_file():
        return packaged
    return Path(__file__).resolve().parents[2] / "schemas" / SCHEMA_NAME


@functools.cache
def launch_schema() -> dict[str, Any]:
    """The launch request schema, read once per process."""
    path = schema_path()
    try:
        schema = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise BrokenSchema(f"cannot read the bundled schema {path}: {err}") from None
    if not isinstance(schema, dict) or not isinstance(schema.get("properties"), dict):
        raise BrokenSchema(f"the bundled schema {path} is not an object schema with properties")
    return schema


def subschemas(schema: Any) -> Iterator[tuple[dict[str, Any], int]]:
    """Every schema object inside a schema, with its depth (BrokenSchema past MAX_SCHEMA_DEPTH).

    Only schema positions are visited: a `$ref` or `pattern` inside `enum` or `default` is data.
    """
    stack: list[tuple[Any, int]] = [(schema, 1)]
    while stack:
        node, depth = stack.pop()
        if not isinstance(node, dict):
            continue
        if depth > MAX_SCHEMA_DEPTH:
            raise BrokenSchema(f"the schema nests subschemas more than {MAX_SCHEMA_DEPTH} levels deep")
        yield node, depth
        for keyword in _SCHEMA_VALUED:
            if isinstance(node.get(keyword), dict):
                stack.append((node[keyword], depth + 1))
        for keyword in _SCHEMA_LISTS:
            if isinstance(node.get(keyword), list):
                stack.extend((child, depth + 1) for child in node[keyword])
        for keyword in _SCHEMA_MAPS:
            if isinstance(node.get(keyword), dict):
                stack.extend((child, depth + 1) for child in node[keyword].values())


def check_untrusted(schema: dict[str, Any]) -> None:
    """Refuse what a schema from outside must not do: refer outside itself, nest without end, or
    hold a pattern that is not ECMA-262 (BrokenSchema naming the reference or pattern)."""
    for node, _ in subschemas(schema):
        for keyword in _REFERENCES:
            reference = node.get(keyword)
            if keyword in node and not (isinstance(reference, str) and reference.startswith("#")):
                raise BrokenSchema(f"it refers to {reference!r} ({keyword}), outside itself: flowlint follows only "
                                   "references inside the same document (#/…) and reads no other file or URL")
        for source in _patterns(node):
            try:
                ecma_regex.compile_pattern(source)
            except ecma_regex.InvalidPattern as err:
                raise BrokenSchema(f"invalid pattern: {err}") from None


def _patterns(node: dict[str, Any]) -> list[str]:
    found = [node["pattern"]] if isinstance(node.get("pattern"), str) else []
    if isinstance(node.get("patternProperties"), dict):
        found += [key for key in node["patternProperties"] if isinstance(key, str)]
    return found


def envelope_members() -> tuple[str, ...]:
    """The member names the launch request accepts, as the schema declares them."""
    return tuple(launch_schema()["properties"])


def draft_of(schema: Any, default_draft: str) -> str:
    """The draft a schema is read as: the one its `$schema` names (http or https, with or without the final #),
    else `default_draft`. The one decision both validators and the metaschema check follow."""
    uri = schema.get("$schema") if isinstance(schema, dict) else None
    found = _DRAFT_URI.fullmatch(uri.strip()) if isinstance(uri, str) else None
    if found is None:
        return default_draft
    return found.group(1) or found.group(2)


def fast_check(schema: dict[str, Any], default_draft: str = "2020-12",
               fallback: Callable[[Any], bool] | None = None) -> Callable[[Any], bool] | None:
    """A compiled yes/no validator: the fast path for bodies that are fine, for a schema beyond subset.py's.

    fastjsonschema compiles the schema to Python once; when it says no, jsonschema
    (the reference implementation) lists every error for the explanations. Both read it as the same draft.
    None when fastjsonschema cannot read the schema or vouch for its patterns: the explaining validator decides alone
    (and says BrokenSchema, in its own words, when it is not a schema at all). `fallback` decides a body the compiled
    code might spend more than MAX_COMPILED_WORK on (`compiled_weight` times its values): that code counts no steps.
    """
    import fastjsonschema

    check_untrusted(schema)
    draft = draft_of(schema, default_draft)
    if draft == "3" or (draft in ("2019-09", "2020-12") and _uses_later_keywords(schema)):
        return None  # fastjsonschema cannot read these
    weight = compiled_weight(schema)
    if weight is None:
        return None  # its code would cost more than jsonschema's checks, or guess: jsonschema decides alone
    most = MAX_COMPILED_WORK // max(1, weight)  # the values of a body it may be given
    # Python's re never sees a pattern: fastjsonschema compiles placeholders, which then match the ECMA way.
    placeholders: dict[str, str] = {}
    try:
        validate = fastjsonschema.compile({**_with_placeholders(schema, placeholders), "$schema": DRAFT_URIS[draft]},
                                          formats=_FORMATS, detailed_exceptions=False, handlers=_REFUSE_EVERY_SCHEME)
    except Exception:  # fastjsonschema raises several kinds on bad definitions
        # It also refuses some valid schemas (a `required` input its `properties` do not declare, with no other
        # properties allowed): valid by the meta-schema, the contract is used, and the explaining validator decides.
        return None
    compiled: Any = getattr(getattr(validate, "__wrapped__", validate), "__globals__", {}).get("REGEX_PATTERNS")
    if placeholders and not isinstance(compiled, dict):
        return None  # cannot vouch for the patterns
    for placeholder, source in placeholders.items():
        compiled[placeholder] = ecma_regex.compile_pattern(source)

    def is_valid(instance: Any) -> bool:
        if fallback is not None and json_nodes(instance, most) > most:
            return fallback(instance)
        try:
            validate(instance)
        except Exception:  # a failed check, or a schema value the compiled code chokes on: explain with jsonschema
            return False
        return True

    return is_valid


#: The most schema text fastjsonschema is asked to compile, as `compiled_weight` estimates it. Its generated code
#: copies each subschema into every error the subschema can raise, 4-11 times the estimate (an enum of 3,000 integers:
#: 33 KB, 325 KB of Python, 0.08 s and 32 MB to compile; of 50,000: 6.2 MB of Python, 525 MB). A real contract is a few
#: KB; past this jsonschema, whose cost is linear in the schema, decides alone.
MAX_COMPILED_SCHEMA = 32 * 1024


#: The most patternProperties patterns a schema compiled by fastjsonschema may hold: its code searches each key once per
#: pattern (twice a check), where jsonschema's keywords here ask one RE2 set per key (ecma_regex.PatternSet).
MAX_COMPILED_PATTERNS = 16


#: The most work compiled code may be given for one body: its `compiled_weight` times the body's values (the code
#: for one value can run all of it: 300 anyOf branches, each an enum, against 20,000 items of a body that passes were
#: 13 s, counted by nothing). Past it, the body is the fallback's (jsonschema, within the body's budget of steps).
MAX_COMPILED_WORK = 20_000_000


def compiled_weight(schema: dict[str, Any]) -> int | None:
    """The size of the code fastjsonschema would generate for a schema, as an estimate (the sum over its subschemas
    of each one's size as JSON, a nested subschema counted once in each it is in, as the code copies it); None when it
    must not compile the schema, found in the same walk (that stops at the first reason): that size is past
    MAX_COMPILED_SCHEMA; it holds more than MAX_COMPILED_PATTERNS patternProperties; it holds a `$ref` (the code follows
    each in full: anyOf [{$ref: b}, {$ref: b}] down n levels is 2^n calls, with no way to stop it, where jsonschema keeps
    to the body's budget); or a pattern flowlint cannot match (the code would guess what it says, where jsonschema says
    it is not known)."""
    size = patterns = 0
    for node, _ in subschemas(schema):
        size += len(json.dumps(node, default=repr))
        found = node.get("patternProperties")
        patterns += len(found) if isinstance(found, dict) else 0
        if size > MAX_COMPILED_SCHEMA or patterns > MAX_COMPILED_PATTERNS or "$ref" in node:
            return None
        if any(not ecma_regex.compile_pattern(source).known for source in _patterns(node)):
            return None
    return size


def _uses_later_keywords(schema: dict[str, Any]) -> bool:
    return any(not _LATER_KEYWORDS.isdisjoint(node) or ("$ref" in node and bool(node.keys() - _NOT_CHECKS - {"$ref"}))
               for node, _ in subschemas(schema))  # since 2019-09 a $ref's siblings apply too; draft-07 ignores them


_NOT_CHECKS = frozenset({"$schema", "$id", "$defs", "definitions", "$comment", "title", "description", "default", "examples"})


def validator_class(draft: str) -> Any:
    """The jsonschema validator class of a draft named by `draft_of`."""
    import jsonschema

    return {"3": jsonschema.Draft3Validator, "4": jsonschema.Draft4Validator, "6": jsonschema.Draft6Validator,
            "7": jsonschema.Draft7Validator, "2019-09": jsonschema.Draft201909Validator,
            "2020-12": jsonschema.Draft202012Validator}[draft]


def subset_of(schema: dict[str, Any], default_draft: str = "2020-12") -> SubsetValidator | None:
    """subset.py's validator of a schema read as its draft, when the schema keeps to the subset (None otherwise)."""
    return subset_validator(schema, draft_of(schema, default_draft))


def validator_for(schema: dict[str, Any], default_draft: str = "2020-12") -> ExplainingValidator:
    """The explaining validator of a schema: subset.py's while the schema keeps to it (no jsonschema to import or
    build), else jsonschema's."""
    return subset_of(schema, default_draft) or explaining_validator(schema, default_draft)


def explaining_validator(schema: dict[str, Any], default_draft: str = "2020-12") -> jsonschema.protocols.Validator:
    """A jsonschema validator that lists every error, for turning into findings (built once by its owner: a contract,
    the launch schema's cache).

    Patterns are ECMA-262 (as in the fast check), and `$ref` resolves only inside the schema.
    """
    import jsonschema
    from referencing import Registry

    check_untrusted(schema)
    cls = _ecma_validator(validator_class(draft_of(schema, default_draft)))
    try:
        for error in metaschema_validator(cls, _metaschema_format_checker(cls)).iter_errors(schema):
            raise jsonschema.SchemaError.create_from(error)  # (what cls.check_schema does, one pass a uniqueItems)
    except jsonschema.SchemaError as err:
        raise BrokenSchema(f"invalid schema: {err.message}") from None
    except RecursionError:
        raise BrokenSchema("the schema nests too deep to check") from None
    validator: jsonschema.protocols.Validator = cls(schema, format_checker=_format_checker(), registry=Registry(retrieve=_refuse))  # type: ignore[call-arg]
    return validator


def _metaschema_format_checker(cls: Any) -> jsonschema.FormatChecker:
    """The metaschema's format checks, with `regex` meaning ECMA-262 (Python's re would refuse valid patterns)."""
    import copy

    checker = copy.copy(cls.FORMAT_CHECKER)
    checker.checkers = dict(checker.checkers)
    checker.checks("regex", raises=ecma_regex.InvalidPattern)(
        lambda source: not isinstance(source, str) or bool(ecma_regex.compile_pattern(source)))
    return checker  # type: ignore[no-any-return]


def _refuse(uri: str) -> Any:
    raise BrokenSchema(f"it refers to {uri!r}, outside itself: flowlint reads no other file or URL")


class _RefuseEveryScheme(dict):  # type: ignore[type-arg]
    """fastjsonschema's handlers for remote references: every scheme refused (file:, http:, and the rest)."""

    def __contains__(self, scheme: object) -> bool:
        return True

    def __getitem__(self, scheme: str) -> Callable[[str], Any]:
        return _refuse


_REFUSE_EVERY_SCHEME = _RefuseEveryScheme()


def _with_placeholders(schema: Any, placeholders: dict[str, str]) -> Any:
    """A copy of the schema whose patterns are replaced by literal names, recorded in `placeholders`."""
    def name_for(source: str) -> str:
        name = f"flowlint-pattern-{len(placeholders)}"
        placeholders[name] = source
        return name

    def copy(node: Any) -> Any:
        if not isinstance(node, dict):
            return node
        out = dict(node)
        if isinstance(out.get("pattern"), str):
            out["pattern"] = name_for(out["pattern"])
        if isinstance(out.get("patternProperties"), dict):
            out["patternProperties"] = {name_for(k): copy(v) for k, v in out["patternProperties"].items()}
        for keyword in _SCHEMA_VALUED:
            if isinstance(out.get(keyword), dict):
                out[keyword] = copy(out[keyword])
        for keyword in _SCHEMA_LISTS:
            if isinstance(out.get(keyword), list):
                out[keyword] = [copy(child) for child in out[keyword]]
        for keyword in _SCHEMA_MAPS:
            if isinstance(out.get(keyword), dict) and keyword != "patternProperties":
                out[keyword] = {k: copy(v) for k, v in out[keyword].items()}
        return out

    return copy(schema)  # depth is bounded: check_untrusted ran first


def _ecma_validator(cls: Any, family: dict[Any, Any] | None = None) -> Any:
    """A jsonschema validator class whose `pattern` and `patternProperties` use ECMA-262 regexes, and whose every keyword
    counts its steps (`budget`): one for each schema (~1 ms to make), whose enum sets and pattern sets it keeps for as
    long as the schema's validator lives. `family`: the classes made for one schema, by the jsonschema class each extends
    (with its sets under None), which a subschema naming another draft by `$schema` is checked by."""
    import jsonschema

    family = {None: (ecma_regex.PatternSets(), EnumSets())} if family is None else family
    pattern_set, scalar_enum = family[None]

    def not_applied(source: str, key: str | None = None, path: Iterable[str] = ()) -> jsonschema.ValidationError:
        said = f"whether {key!r} matches" if key is not None else "whether the value matches"
        return jsonschema.ValidationError(f"{said} {source!r} is not known", instance=PatternNotApplied(source, key),
                                          path=path)

    def pattern(validator: Any, source: str, instance: Any, schema: dict[str, Any]) -> Iterator[jsonschema.ValidationError]:
        if not isinstance(instance, str):
            return
        compiled = ecma_regex.compile_pattern(source)
        if not compiled.known:
            yield not_applied(source)
        elif not compiled.search(instance):
            yield jsonschema.ValidationError(f"{instance!r} does not match {source!r}")

    def pattern_properties(validator: Any, patterns: dict[str, Any], instance: Any,
                           schema: dict[str, Any]) -> Iterator[jsonschema.ValidationError]:
        if not isinstance(instance, dict):
            return
        sources = list(patterns)
        found = pattern_set(patterns)
        keys: dict[int, list[str]] = {}  # each pattern's keys, each key's patterns found in one pass over it
        for key in instance:
            matching = found.matching(key)
            charge(len(matching))  # each (key, pattern) pair is a subschema applied: their number is the product
            for index in matching:
                keys.setdefault(index, []).append(key)
        for index in sorted(keys):  # jsonschema's order: pattern by pattern, key by key
            source = sources[index]
            for key in keys[index]:
                yield from validator.descend(instance[key], patterns[source], path=key, schema_path=source)
        for index in found.unknown:  # any key may match: what the subschema would say of its value is not known
            charge(len(instance))
            source = sources[index]
            for key in instance:
                broken = next(iter(validator.descend(instance[key], patterns[source], path=key, schema_path=source)), None)
                if broken is not None:
                    yield not_applied(source, key, [key])

    def additional_properties(validator: Any, allowed: Any, instance: Any,
                              schema: dict[str, Any]) -> Iterator[jsonschema.ValidationError]:
        if not isinstance(instance, dict):
            return
        declared = schema.get("properties", {})
        patterns = schema.get("patternProperties")
        found = pattern_set(patterns) if isinstance(patterns, dict) and patterns else None
        extras = [key for key in instance if key not in declared and not (found is not None and found.matching(key))]
        if found is not None and found.unknown and extras and allowed is not True:
            # Each may match a pattern flowlint cannot match: whether it is an additional property is not known.
            unknown = sources_of(list(patterns or ()), found.unknown)
            for extra in extras:
                if allowed is False or next(iter(validator.descend(instance[extra], allowed, path=extra)), None) is not None:
                    yield not_applied(unknown, extra, [extra])
            return
        if isinstance(allowed, dict):
            for extra in extras:
                yield from validator.descend(instance[extra], allowed, path=extra)
        elif allowed is False and extras:
            listed = ", ".join(repr(extra) for extra in sorted(extras))
            yield jsonschema.ValidationError(f"Additional properties are not allowed ({listed} "
                                             f"{'was' if len(extras) == 1 else 'were'} unexpected)")

    def sources_of(sources: list[str], indices: list[int]) -> str:
        return " or ".join(sources[index] for index in indices[:3]) + (" or …" if len(indices) > 3 else "")

    compared = cls.VALIDATORS["enum"]  # jsonschema's own: each allowed value in turn

    def enum(validator: Any, values: Any, instance: Any, schema: dict[str, Any]) -> Iterator[jsonschema.ValidationError]:
        allowed = scalar_enum(values)
        if allowed is None:
            charge(len(values) if isinstance(values, list) else 1)  # each allowed value in turn
            yield from compared(validator, values, instance, schema)
        elif enum_key(instance) not in allowed:  # one look-up, not 100,000 comparisons a value
            yield _not_one_of(instance, values)

    keywords = {"pattern": pattern, "patternProperties": pattern_properties, "additionalProperties": additional_properties,
                "enum": enum, "uniqueItems": _unique_items}
    every = {**cls.VALIDATORS, **keywords}
    made: Any = jsonschema.validators.extend(cls, {keyword: _charged(keyword, check) for keyword, check in every.items()})  # type: ignore[no-untyped-call]
    family[cls] = made
    # A subschema's `$schema` (a `$ref` to the root holds one) would take jsonschema's own class of that draft, whose
    # `pattern` is Python's backtracking re and whose steps are not counted (`^(a+)+$` then hung a check).
    return _evolving_within(made, cls, lambda named: family.get(named) or _ecma_validator(named, family))


def _evolving_within(made: Any, base: Any, target_for: Callable[[Any], Any]) -> Any:
    """`made`, a class extending jsonschema's `base`, whose evolve (each subschema's validator) takes target_for(the
    class jsonschema's own evolve would take: the draft a subschema's `$schema` names, else `base`) instead of that
    jsonschema class: the draft named still decides, with flowlint's keywords."""
    import attrs
    import jsonschema

    fields = [(field.name, field.alias) for field in attrs.fields(made) if field.init]

    def evolve(self: Any, **changes: Any) -> Any:
        schema = changes.setdefault("schema", self.schema)
        target = target_for(jsonschema.validators.validator_for(schema, default=base))
        for name, alias in fields:
            if alias not in changes:
                changes[alias] = getattr(self, name)
        return target(**changes)

    made.evolve = evolve
    return made


def metaschema_validator(cls: Any, format_checker: Any = None) -> Any:
    """A validator of schemas of `cls`'s draft against its metaschema, as jsonschema's (`cls.check_schema`) but for
    uniqueItems in one pass (`_unique_key`): the metaschema asks it of every `enum`, whose values a contract writes
    (8,000 numbers and strings mixed took 7.7 s to check, a contract's size squared)."""
    import jsonschema

    meta = _linear_metaschema_class(jsonschema.validators.validator_for(cls.META_SCHEMA, default=cls))
    return meta(cls.META_SCHEMA) if format_checker is None else meta(cls.META_SCHEMA, format_checker=format_checker)


@functools.cache
def _linear_metaschema_class(base: Any) -> Any:
    import jsonschema

    made = jsonschema.validators.extend(base, {"uniqueItems": _unique_items})  # type: ignore[no-untyped-call]
    return _evolving_within(made, base, _linear_metaschema_class)


def _unique_items(validator: Any, unique: Any, instance: Any, schema: dict[str, Any]) -> Iterator[Any]:
    """jsonschema's uniqueItems, in one pass: each item a key as its `equal` tells values apart, in one set."""
    if unique and validator.is_type(instance, "array") and len({_unique_key(item) for item in instance}) < len(instance):
        from jsonschema import ValidationError

        yield ValidationError(f"{instance!r} has non-unique elements")


def _unique_key(value: Any) -> Any:
    """A value as jsonschema's `equal` tells values apart, hashable (one set of them says whether an array's items are
    unique, where jsonschema's `uniq` compares each item with each one before it once they cannot be sorted: 8,000 items
    of numbers and strings took 10 s): a string by its text, true and false apart from the numbers, 1 and 1.0 alike,
    arrays item by item, objects member by member; anything else (NaN, an unknown) only itself."""
    if isinstance(value, str):
        return ("string", value)
    if value is True or value is False:
        return ("boolean", value)
    if isinstance(value, Mapping):
        return ("object", frozenset((name, _unique_key(member)) for name, member in value.items()))
    if isinstance(value, Sequence):
        return ("array", tuple(_unique_key(item) for item in value))
    if value is None or (isinstance(value, (int, float)) and value == value):
        return ("value", value)
    return ("itself", id(value))


#: The keywords whose check goes through each subschema or name of their value, each time they are applied.
_LISTING = frozenset({"allOf", "anyOf", "oneOf", "prefixItems", "items", "properties", "required", "dependencies",
                      "dependentRequired", "dependentSchemas", "const"})


def _charged(keyword: str, check: Callable[..., Any]) -> Callable[..., Any]:
    """A jsonschema keyword's check that first spends its steps of the budget in force: one, plus one for each member
    or item of the value it judges and, for a keyword that lists subschemas or names, one for each of them."""
    listing = keyword in _LISTING

    def charged(validator: Any, value: Any, instance: Any, schema: Any) -> Iterator[Any]:
        steps = 1 + len(instance) if isinstance(instance, (dict, list)) else 1
        if listing and isinstance(value, (dict, list)):
            steps += len(value)
        charge(steps)
        # Each error spends ERROR_STEPS the first time it passes (at the keyword that made it): jsonschema keeps those of
        # every branch of an anyOf or oneOf (2^n of them for n levels of anyOf), so the steps bound memory too.
        for error in check(validator, value, instance, schema) or ():
            said = vars(error)
            if "_flowlint_charged" not in said:
                said["_flowlint_charged"] = True
                charge(ERROR_STEPS)
            yield error

    return charged


def _not_one_of(instance: Any, values: list[Any]) -> jsonschema.ValidationError:
    """jsonschema's error for a value no `enum` allows, whose words (which quote every allowed value: 340 KB for 50,000
    integers) are made only when read, as subset.py's are."""
    error: Any = _not_one_of_class()("")
    error._said = (instance, values)
    return error  # type: ignore[no-any-return]


@functools.cache
def _not_one_of_class() -> type[jsonschema.ValidationError]:
    from jsonschema import ValidationError

    class NotOneOf(ValidationError):
        _said: tuple[Any, list[Any]] | None = None
        _message: str = ""

        @property
        def message(self) -> str:
            if self._said is not None:
                self._message, self._said = f"{self._said[0]!r} is not one of {self._said[1]!r}", None
            return self._message

        @message.setter
        def message(self, value: str) -> None:
            self._message, self._said = value, None

    return NotOneOf


def iter_errors(validator: ExplainingValidator, instance: Any,
                not_applied: list[tuple[tuple[str | int, ...], PatternNotApplied]] | None = None) -> Iterator[SchemaError]:
    """Every error, leaves first: combinators (anyOf, oneOf) are replaced by their best sub-error.

    Errors that unknown values (in code) could turn out not to make are left out; those that rest on a pattern flowlint
    cannot match are added to `not_applied` (where, and what was not known), when it is given.
    """
    errors: Iterable[SchemaError] = validator.iter_errors(instance)
    for error in errors:
        if not decided(error):
            if not_applied is not None:
                not_applied.extend(_not_applied(error))
            continue
        if error.context:
            from jsonschema.exceptions import best_match

            yield best_match(error.context)
        else:
            yield error


@functools.cache
def launch_is_valid() -> Callable[[Any], bool]:
    """Whether a body is a valid launch request: the subset's checks (no code compiled, no fastjsonschema to import)
    while the bundled schema keeps to what subset.py knows."""
    validator = launch_validator()
    if isinstance(validator, SubsetValidator):
        return validator.is_valid
    return fast_check(launch_schema()) or validator.is_valid


@functools.cache
def launch_validator() -> ExplainingValidator:
    """The launch schema's explaining validator: without jsonschema while the schema keeps to what subset.py knows."""
    found = launch_schema()
    subset = subset_of(found)
    if subset is None:
        return explaining_validator(found)
    check_untrusted(found)  # as fast_check and explaining_validator would
    return subset


_FORMATS = FORMATS  # both validators check these the same way; any other format passes, as JSON Schema prescribes


@functools.cache
def _format_checker() -> jsonschema.FormatChecker:
    import jsonschema

    checker = jsonschema.FormatChecker(formats=())
    for name, check in _FORMATS.items():
        checker.checks(name)(check)
    return checker


def _not_applied(error: Any) -> Iterator[tuple[tuple[str | int, ...], PatternNotApplied]]:
    """The undecided errors inside an error (itself, its combinators' sub-errors) that rest on a pattern not applied."""
    stack = [error]
    while stack:
        found = stack.pop()
        if isinstance(found.instance, PatternNotApplied):
            yield tuple(found.absolute_path), found.instance
        stack.extend(found.context or ())
