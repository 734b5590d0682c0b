"""Many fixes' operations applied to one body, each in constant time: what `rules.fixes.apply_operations` gives
when applied fix after fix, without copying a container for every operation on it.

`apply_operations` copies every container on an operation's path (the body it is given never changes), so a pass
of n fixes inside one object of n members, applied one fix at a time, copies that object n times. Here a container
is copied once, when an operation first reaches it, and then changed in place; a fix whose operations do not all
apply is undone, as `apply_operations` raising CannotApply leaves the body it was given.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable
from typing import Any

from ..core.diagnostics import InsertMember, Operation, Path, RemoveMember, RenameKey, ReplaceValue, SetUrl
from ..core.unknown import OpenObject
from ..rules.fixes import CannotApply

#: A key of an object removed: its place in the order stays, empty.
_GONE = object()


class _Object:
    """An object being changed: its keys in order (a removed one's place holds _GONE), where each is, and its values."""

    __slots__ = ("keys", "open", "places", "values")

    def __init__(self, original: dict[str, Any]) -> None:
        self.keys: list[Any] = list(original)
        self.places = {key: place for place, key in enumerate(self.keys)}
        self.values = dict(original)
        self.open = isinstance(original, OpenObject)  # an open object stays open (`rules.fixes._like`)


class _Array:
    __slots__ = ("items",)

    def __init__(self, original: list[Any]) -> None:
        self.items = list(original)


class Changes:
    """A body and the fixes applied to it so far; `value()` is the body as `apply_operations` makes it of them."""

    def __init__(self, body: Any) -> None:
        self._root: Any = body
        self._undo: list[Callable[[], None]] = []

    def apply(self, operations: Iterable[Operation]) -> None:
        """Apply one fix's operations, in order; CannotApply (and the body as it was) when one does not fit."""
        self._undo = []
        try:
            for operation in operations:
                self._apply(operation)
        except CannotApply:
            for undo in reversed(self._undo):
                undo()
            raise
        finally:
            self._undo = []

    def value(self) -> Any:
        """The body with every fix applied: the containers changed are new, the rest shared with the body given."""
        return _built(self._root)

    def _apply(self, operation: Operation) -> None:
        if isinstance(operation, SetUrl):
            return  # the request's URL: the body is as it was
        if isinstance(operation, InsertMember):
            container = self._reach(operation.path)
            if not isinstance(container, _Object) or operation.name in container.values:
                raise CannotApply(operation)
            self._insert(container, operation.name, copy.deepcopy(operation.value))
            return
        if not operation.path:
            if isinstance(operation, ReplaceValue):
                self._set_root(copy.deepcopy(operation.value))
                return
            raise CannotApply(operation)
        parent = self._reach(operation.path[:-1])
        last = operation.path[-1]
        if isinstance(parent, _Object) and isinstance(last, str) and last in parent.values:
            if isinstance(operation, ReplaceValue):
                self._replace(parent.values, last, copy.deepcopy(operation.value))
                return
            if isinstance(operation, RemoveMember):
                self._remove(parent, last)
                return
            if isinstance(operation, RenameKey):
                if operation.name in parent.values and operation.name != last:
                    raise CannotApply(operation)
                if operation.name != last:
                    self._rename(parent, last, operation.name)
                return
        if isinstance(parent, _Array) and isinstance(last, int) and 0 <= last < len(parent.items):
            if isinstance(operation, ReplaceValue):
                self._replace(parent.items, last, copy.deepcopy(operation.value))
                return
            if isinstance(operation, RemoveMember):
                removed = parent.items.pop(last)
                self._undo.append(lambda: parent.items.insert(last, removed))
                return
        raise CannotApply(operation)

    def _reach(self, path: Path) -> Any:
        """The container at `path`, copied (once) for changing, with every container on the way to it; CannotApply when
        a member on the way is missing (`rules.fixes._update`). What is there when it is no container is returned as is."""
        node = self._root = _own(self._root)
        for part in path:
            if isinstance(node, _Object) and isinstance(part, str) and part in node.values:
                node.values[part] = child = _own(node.values[part])
            elif isinstance(node, _Array) and isinstance(part, int) and 0 <= part < len(node.items):
                node.items[part] = child = _own(node.items[part])
            else:
                raise CannotApply(path)
            node = child
        return node

    def _set_root(self, value: Any) -> None:
        before = self._root

        def undo() -> None:
            self._root = before

        self._undo.append(undo)
        self._root = value

    def _replace(self, container: Any, at: Any, value: Any) -> None:
        before = container[at]

        def undo() -> None:
            container[at] = before

        self._undo.append(undo)
        container[at] = value

    def _insert(self, target: _Object, name: str, value: Any) -> None:
        target.places[name] = len(target.keys)
        target.keys.append(name)
        target.values[name] = value

        def undo() -> None:
            target.keys.pop()
            del target.places[name], target.values[name]

        self._undo.append(undo)

    def _remove(self, target: _Object, name: str) -> None:
        place = target.places.pop(name)
        value = target.values.pop(name)
        target.keys[place] = _GONE

        def undo() -> None:
            target.keys[place] = name
            target.places[name] = place
            target.values[name] = value  # (its order among the values is not used: `keys` holds the order)

        self._undo.append(undo)

    def _rename(self, target: _Object, old: str, new: str) -> None:
        place = target.places.pop(old)
        target.keys[place] = new
        target.places[new] = place
        target.values[new] = target.values.pop(old)

        def undo() -> None:
            del target.places[new]
            target.keys[place] = old
            target.places[old] = place
            target.values[old] = target.values.pop(new)

        self._undo.append(undo)


def _own(value: Any) -> Any:
    """A container as a copy to change (once: one already copied is itself); anything else as it is."""
    if isinstance(value, dict):
        return _Object(value)
    if isinstance(value, list):
        return _Array(value)
    return value


def _built(node: Any) -> Any:
    if isinstance(node, _Object):
        built = {key: _built(node.values[key]) for key in node.keys if key is not _GONE}
        return OpenObject(built) if node.open else built
    if isinstance(node, _Array):
        return [_built(item) for item in node.items]
    return node


def apply_all(body: Any, operations: Iterable[Operation]) -> Any:
    """`rules.fixes.apply_operations` of many operations, each in constant time (the body itself is not changed)."""
    changes = Changes(body)
    changes.apply(operations)
    return changes.value()
