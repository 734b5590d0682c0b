"""Values flowlint cannot know statically (a parameter, a call, `${}`), and how checks treat them.

An `Unknown` sits in a body's value tree where such a value is; an `OpenObject` is an object
with members flowlint cannot see (a spread, `**kwargs`, a computed key). Checks still judge
the keys around them, but an unknown value never fails a type or format check, and an open
object never misses a member: no finding rests on a guess.
"""

from __future__ import annotations

from typing import Any


class Unknown:
    """A value that is only known at run time; `source` is how the code writes it (`FLOW_ID`)."""

    __slots__ = ("source",)

    def __init__(self, source: str = "…") -> None:
        self.source = source

    def __repr__(self) -> str:
        return f"Unknown({self.source!r})"


class NoJsonNumber(Unknown):
    """A number JSON has no form for (NaN, an infinity, 1e400 read as one), as code or a library caller gives it: what
    reaches the wire is the `language`'s encoder's doing (Python's refuse it or write `Infinity`, JavaScript's write
    null), so no check judges it as a number; FL014 says what is sent instead."""

    __slots__ = ("language", "number")

    def __init__(self, source: str, number: float, language: str) -> None:
        super().__init__(source)
        self.number = number
        self.language = language  # "python" or "javascript"

    def __repr__(self) -> str:
        return f"NoJsonNumber({self.source!r}, {self.language})"


class OpenObject(dict[str, Any]):
    """An object that may hold more members than the ones written out."""


class UnknownText(str):
    """A string whose content is only known at run time (`JSON.stringify(x)` of an unknown x): its type is known,
    so a type check judges it; nothing else does."""

    __slots__ = ()


#: The content of an UnknownText made at run time from a value not known (`str(n)`, `JSON.stringify(x)`): only its
#: type is known; the rules name it "text made at run time".
RUN_TIME_TEXT = "…"


def contains_unknown(value: Any, limit: int = 100_000) -> bool:
    """Whether a value is, or holds anywhere inside it, an unknown value or an open object."""
    stack = [value]
    seen = 0
    while stack and seen < limit:
        item = stack.pop()
        seen += 1
        if isinstance(item, (Unknown, OpenObject, UnknownText)):
            return True
        if type(item) is dict:
            stack.extend(item.values())
        elif type(item) is list:
            stack.extend(item)
    return bool(stack)  # too big to look through: treat it as unknown


#: Keywords judging whether members are present: an open object may hold them.
_PRESENCE = frozenset({"required", "minProperties", "dependentRequired", "dependencies"})
#: Keywords judging an object's known keys, which are known even when values are not.
_KEYS = frozenset({"additionalProperties", "propertyNames", "unevaluatedProperties"})


def decided(error: Any) -> bool:
    """Whether a jsonschema error holds whatever the unknown values turn out to be."""
    if error.context and not all(decided(sub) for sub in error.context):
        return False
    instance = error.instance
    keyword = error.validator
    if isinstance(instance, Unknown):
        return False
    if keyword in _PRESENCE:
        return not isinstance(instance, OpenObject)
    if keyword in _KEYS or keyword == "type":
        return True
    return not contains_unknown(instance)
