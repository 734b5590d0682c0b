"""Frozen record classes whose methods are compiled with their module, not made by exec at every start-up.

`dataclass(frozen=True, slots=True)` writes six methods a class as source text and compiles each with exec when the
class is made (~0.4 ms a class): the start-up of every run paid it for each record class it imports. A `Record` is a
dataclass too (dataclasses.replace and fields work on it), decorated `dataclass(init=False, repr=False, eq=False,
slots=True)`, with its `__init__` written out; comparison, hash, repr, the refusal of assignment and pickling are this
class's, as a frozen dataclass's behave: equal when of one class with equal compared fields (a field declared
`field(compare=False)` is neither compared nor hashed), `FrozenInstanceError` on assignment.
"""

from __future__ import annotations

import inspect
from dataclasses import Field, FrozenInstanceError
from operator import attrgetter
from typing import Any, ClassVar

#: How a record's `__init__` sets its fields (its own `__setattr__` refuses).
set_field = object.__setattr__


class Record:
    """The base of a frozen record class (see the module's docstring): its subclass declares its fields as a dataclass
    does, is decorated `@dataclass(init=False, repr=False, eq=False, slots=True)` and sets each field in its `__init__`
    with `set_field`, or the field's own setter (`setters`), in the order declared (pickling passes them so)."""

    __slots__: ClassVar[tuple[str, ...]] = ()  # a subclass's: its fields, in order (dataclass's slots=True)
    #: The compared fields' values, as a tuple (made from the class's declarations; inspect is dataclasses' import).
    _key: ClassVar[attrgetter[tuple[Any, ...]]]

    def __init_subclass__(cls) -> None:
        if "_key" not in cls.__dict__:  # not yet (dataclass's slots make the class again, with it)
            compared = [name for name in inspect.get_annotations(cls)
                        if not isinstance(declared := cls.__dict__.get(name), Field) or declared.compare]
            if not compared and "_key" in dir(cls):
                return  # a subclass declaring no field (caps.Counted): compared as its base is
            # One field is asked twice: a tuple still, as attrgetter gives of several names.
            cls._key = attrgetter(*compared * (2 if len(compared) == 1 else 1))

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._key(self) == self._key(other)

    def __hash__(self) -> int:
        return hash(self._key(self))

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"{self.__class__.__qualname__}({fields})"

    def __setattr__(self, name: str, value: Any) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def __reduce__(self) -> tuple[type[Record], tuple[Any, ...]]:
        return self.__class__, tuple(getattr(self, name) for name in self.__slots__)



def setters(cls: type, *names: str) -> tuple[Any, ...]:
    """Each named field's own setter on a record class as made (its slot's descriptor): what its `__init__` sets the
    field with, a C call without the name's look-up that `set_field` makes (a third fewer instructions a field)."""
    return tuple(cls.__dict__[name].__set__ for name in names)
