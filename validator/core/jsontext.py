"""Showing keys and values in messages the way the user wrote them: as JSON, short."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from .unknown import OpenObject, Unknown, shown_number

_MAX = 60
#: json.dumps(value, ensure_ascii=False), without building an encoder per call (json.dumps does for any option).
_DUMPS = json.JSONEncoder(ensure_ascii=False).encode

#: The source text of a number inside a shown value, by its path relative to that value (None: not known).
Written = Callable[[tuple[Any, ...]], "str | None"]


def show(value: Any, limit: int = _MAX, written: Written | None = None) -> str:
    """A value as short JSON text: `"x"`, `true`, `null`, `{"a": 1, …}`; a token in it shown as `*`, a long number by
    its size (`shown_number`).

    `written` gives numbers as the source has them (1e400, 1.50), not as Python reads them (inf, 1.5)."""
    # Imported with the first value shown (a finding's): its patterns cost every start-up ~3.5 ms, and a run of clean
    # files never shows one.
    from .credentials import without_credentials

    if isinstance(value, str):  # before it is cut short: a token cut in the middle no longer looks like one
        value = without_credentials(value)
    text = without_credentials(_shallow(value, limit, written))
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return safe(text)


def safe(text: str) -> str:
    """Text that any UTF-8 output can print: lone surrogates become \\udXXX escapes."""
    if text.isascii():
        return text  # no surrogate in it: nearly every message
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def describe(value: Any, written: str | None = None) -> str:
    """The JSON type of a value in words: "a string", "the number 3.0", "an array"; a number as `written` when known."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return f"the boolean {show(value)}"
    if isinstance(value, (int, float)):  # a long one by its size: an identifier or a key, maybe secret
        if written is None and type(value) is int and value.bit_length() >= 10_000:  # str() of it is refused
            return f"a number of about {int(value.bit_length() * 0.30103) + 1:,} digits"
        return shown_number(written or _DUMPS(value))
    if isinstance(value, str):
        return f"the string {show(value)}"
    if isinstance(value, list):
        return f"an array of {len(value)} item{'s' if len(value) != 1 else ''}"
    if isinstance(value, dict):
        return "an object"
    # No JSON type: a reader's mistake (JavaScript's undefined once reached here as "object": "the body is object, not
    # an object"), never said as a Python type's name.
    return "a value JSON has no form for"


def _shallow(value: Any, budget: int, written: Written | None = None, at: tuple[Any, ...] = ()) -> str:
    """JSON text, but never more than about `budget` characters of work for big or deep containers."""
    if budget <= 0 and isinstance(value, (dict, list)):
        return "{…}" if isinstance(value, dict) else "[…]"
    parts: list[str] = []
    if isinstance(value, Unknown):
        return value.source  # shown as the code writes it: FLOW_ID
    used = 0  # the characters of `parts` so far
    if isinstance(value, dict):
        for key, item in value.items():
            if used > budget:
                parts.append("…")
                break
            part = f"{_DUMPS(key)}: {_shallow(item, budget // 2, written, (*at, key))}"
            parts.append(part)
            used += len(part)
        if isinstance(value, OpenObject):
            parts.append("…")
        return "{" + ", ".join(parts) + "}"
    if isinstance(value, list):
        for index, item in enumerate(value):
            if used > budget:
                parts.append("…")
                break
            part = _shallow(item, budget // 2, written, (*at, index))
            parts.append(part)
            used += len(part)
        return "[" + ", ".join(parts) + "]"
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        text = written(at) if written is not None else None
        if text is None and type(value) is int and value.bit_length() >= 10_000:  # str() of it is refused
            return f"a number of about {int(value.bit_length() * 0.30103) + 1:,} digits"
        return shown_number(text if text is not None else _DUMPS(value), bare=True)
    try:
        return _DUMPS(value)
    except (TypeError, ValueError):
        return _DUMPS(str(value))


def decode_json(value: Any) -> Any:
    """The value a string holds as JSON (a body or input encoded twice), or None."""
    if not isinstance(value, str):
        return None
    try:
        return json.loads(value)
    except (ValueError, RecursionError):
        return None


def code(name: Any) -> str:
    """A key or path in backticks, as messages quote them."""
    return f"`{safe(str(name))}`"
