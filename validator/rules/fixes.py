"""Building fixes: the message is made from the same data as the operations, so help and edit agree.

Rules call these; editors (validator/editors/) render the operations for each kind of source.
"""

from __future__ import annotations

import copy
from typing import Any

from ..core.diagnostics import (
    Applicability,
    Fix,
    InsertMember,
    Operation,
    Path,
    RemoveMember,
    RenameKey,
    ReplaceValue,
    SetUrl,
)
from ..core.jsontext import code, show
from ..core.unknown import OpenObject

SAFE = Applicability.SAFE
UNSAFE = Applicability.UNSAFE


def dotted(path: Path) -> str:
    """A path as messages name it: `inputData.Flow.dates[1]`."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def rename(path: Path, name: str, applicability: Applicability = SAFE, why: str = "") -> Fix:
    """Rename the key at `path` to `name`."""
    return Fix(applicability, f"rename it {code(name)}" + (f" ({why})" if why else ""), (RenameKey(path, name),))


def replace(path: Path, value: Any, lead: str, was: str | None = None, applicability: Applicability = SAFE,
            shown: str | None = None, text: str | None = None) -> Fix:
    """Replace the value at `path`; the message shows the new value (`shown`, when show(value) would not say it as
    messages do: a long number quoted is still said by its size) and the old one when given (`was`). `text`: the
    value as the author wrote it (ReplaceValue's), carried where the editor can."""
    new = show(value) if shown is None else shown
    change = f"{was} → {new}" if was is not None else new
    return Fix(applicability, f"{lead}: {change}", (ReplaceValue(path, value, text),))


#: How a fix's message names a long number's digits written as a string (`replace`'s `shown`): they are never shown.
QUOTED_DIGITS = "its digits as a string"


def remove(path: Path, applicability: Applicability = UNSAFE, why: str = "") -> Fix:
    """Remove the member at `path`."""
    return Fix(applicability, f"remove {code(dotted(path))}" + (f" ({why})" if why else ""), (RemoveMember(path),))


def fix(message: str, operations: list[Operation], applicability: Applicability = UNSAFE) -> Fix | None:
    """A fix of several operations (a move, an unwrap); None when there is nothing to do."""
    return Fix(applicability, message, tuple(operations)) if operations else None


def move_into(body: dict[str, Any], container: str, members: dict[str, Any],
              sources: dict[str, Path] | None = None) -> list[Operation]:
    """Operations adding `members` to the object `container` of the body (created when absent).

    Members the object already has are left as they are; None when the container is not an object. `sources`: where
    in the body each member is written now (a move), so an editor carries its text (InsertMember's `source`).
    """
    existing = body.get(container)
    found = sources or {}
    if container not in body:
        carried = tuple((name, found[name]) for name in members) if all(name in found for name in members) else ()
        return [InsertMember((), container, members, sources=carried)] if members else []
    if not isinstance(existing, dict):
        return []
    return [InsertMember((container,), name, value, source=found.get(name)) for name, value in members.items()
            if name not in existing]


def moved(removed: list[Path], inserted: list[Operation]) -> list[Operation]:
    """A move's operations: the insertions (carrying their members' text from where they are written now) before the
    removals of those members, each marked `moved`. When an insertion lands where a removal is (a key taken back), the
    removals come first and nothing is carried: the values are written anew, as `value` says."""
    lands = {(*operation.path, operation.name) for operation in inserted if isinstance(operation, InsertMember)}
    if any(path[:len(place)] == place or place[:len(path)] == path for path in removed for place in lands):
        plain = [InsertMember(o.path, o.name, o.value) if isinstance(o, InsertMember) else o for o in inserted]
        return [*(RemoveMember(path) for path in removed), *plain]
    return [*inserted, *(RemoveMember(path, moved=True) for path in removed)]


class CannotApply(Exception):
    """An operation that does not fit the body (its path is gone, its new key is taken)."""


def apply_operations(body: Any, operations: tuple[Operation, ...] | list[Operation]) -> Any:
    """The body with the operations applied: the editor for objects.

    The body itself is not changed: only the containers on an operation's path are copied.
    """
    for operation in operations:
        body = _apply(body, operation)
    return body


def _apply(body: Any, operation: Operation) -> Any:
    if isinstance(operation, SetUrl):
        return body  # the request's URL: the body is as it was
    if isinstance(operation, InsertMember):
        def insert(container: Any) -> Any:
            if not isinstance(container, dict) or operation.name in container:
                raise CannotApply(operation)
            return _like(container, {**container, operation.name: copy.deepcopy(operation.value)})

        return _update(body, operation.path, insert)
    if not operation.path:
        if isinstance(operation, ReplaceValue):
            return copy.deepcopy(operation.value)
        raise CannotApply(operation)
    last = operation.path[-1]

    def change(parent: Any) -> Any:
        if isinstance(parent, dict) and isinstance(last, str) and last in parent:
            if isinstance(operation, ReplaceValue):
                return _like(parent, {**parent, last: copy.deepcopy(operation.value)})
            if isinstance(operation, RemoveMember):
                return _like(parent, {key: value for key, value in parent.items() if key != last})
            if isinstance(operation, RenameKey):
                if operation.name in parent and operation.name != last:
                    raise CannotApply(operation)
                return _like(parent, {(operation.name if key == last else key): value for key, value in parent.items()})
        if isinstance(parent, list) and isinstance(last, int) and 0 <= last < len(parent):
            if isinstance(operation, ReplaceValue):
                return [*parent[:last], copy.deepcopy(operation.value), *parent[last + 1:]]
            if isinstance(operation, RemoveMember):
                return [*parent[:last], *parent[last + 1:]]
        raise CannotApply(operation)

    return _update(body, operation.path[:-1], change)


def _like(original: dict[str, Any], changed: dict[str, Any]) -> dict[str, Any]:
    """The changed copy of an object, still open when the original was (it may hold members no one can see)."""
    return OpenObject(changed) if isinstance(original, OpenObject) else changed


def _update(body: Any, path: Path, change: Any) -> Any:
    """A copy of the body with the container at `path` replaced by change(container); the rest is shared."""
    if not path:
        return change(body)
    part = path[0]
    inside_object = isinstance(body, dict) and isinstance(part, str) and part in body
    inside_array = isinstance(body, list) and isinstance(part, int) and 0 <= part < len(body)
    if inside_object:
        assert isinstance(part, str)
        return _like(body, {**body, part: _update(body[part], path[1:], change)})
    if inside_array:
        assert isinstance(part, int)
        return [*body[:part], _update(body[part], path[1:], change), *body[part + 1:]]
    raise CannotApply(path)
