"""What applying a contract to one body may cost: a budget of steps in force while a body is checked (`budget`), which
the validators spend (`charge`) and which ends their work with TooCostly. A contract is untrusted input, as the body is."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextvars import ContextVar
from typing import Any


class TooCostly(Exception):
    """Applying a contract to one body took more steps than its budget (`budget`): the rest of the body is unchecked."""

    def __init__(self, steps: int) -> None:
        super().__init__(f"more than {steps:,} steps")
        self.steps = steps


#: The steps one body may take of its checks (a step: one keyword applied to one value, plus one for each member or
#: item it goes through and each subschema or name it lists): BUDGET_FLOOR and BUDGET_PER_NODE for each node of the schema
#: and of the body. Without it work is the product of the two: 1,000 patternProperties each matching a body's 1,000
#: keys were a million subschemas applied and a million errors (100 s, 3.5 GB), and `$ref`s doubling through `anyOf`
#: are 2^n. A real contract's check takes a few steps a node (the test corpus: at most ~3.3).
BUDGET_FLOOR = 20_000
BUDGET_PER_NODE = 32
#: The steps an error costs (schema._charged): its making and keeping, beside the steps that found it. With them the
#: steps bound the errors kept, so memory as well as time; a value may break three keywords and stay within its share.
ERROR_STEPS = 8

_FUEL: ContextVar[list[int] | None] = ContextVar("flowlint_contract_fuel", default=None)


def budget(steps: int | None) -> contextlib.AbstractContextManager[None]:
    """Apply contracts within `steps` (TooCostly past them) inside the block; outside any block, or with None, steps are
    not counted."""
    if steps is None and _FUEL.get() is None:
        return _UNCHANGED  # none to set, none in force to lift (most bodies: a contract subset.py checks)
    return _budget(steps)


@contextlib.contextmanager
def _budget(steps: int | None) -> Iterator[None]:
    token = _FUEL.set(None if steps is None else [steps, steps])
    try:
        yield
    finally:
        _FUEL.reset(token)


#: budget() where it changes nothing: no generator made, entered and closed, no context variable set and reset (a body's
#: check asked it per body, ~1.6K instructions).
_UNCHANGED: contextlib.AbstractContextManager[None] = contextlib.nullcontext()


def charge(steps: int) -> None:
    """Spend steps of the budget in force, if any (TooCostly when it runs out)."""
    fuel = _FUEL.get()
    if fuel is not None:
        fuel[0] -= steps
        if fuel[0] < 0:
            raise TooCostly(fuel[1])


def steps_for(schema_nodes: int, body: Any) -> int:
    """The budget for applying a schema of `schema_nodes` nodes (`json_nodes`) to a body: BUDGET_FLOOR plus
    BUDGET_PER_NODE for each node of the two."""
    return BUDGET_FLOOR + BUDGET_PER_NODE * (schema_nodes + json_nodes(body))


def json_nodes(value: Any, limit: int | None = None) -> int:
    """How many values a JSON value is made of (objects, arrays and scalars; an object's keys not counted); past
    `limit`, counted no further (limit + 1)."""
    count, stack = 0, [value]
    while stack:
        item = stack.pop()
        count += 1
        if limit is not None and count > limit:
            break
        if isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return count
