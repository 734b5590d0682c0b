"""How YAML 1.1 and YAML 1.2 read an unquoted scalar, and the words for a reading.

PyYAML (and Go yaml.v2) read YAML 1.1: `yes`/`no`/`on`/`off` are booleans, `010` is 8, `12:30`
is 750, `2026-03-29` is a date, `1e3` is text. YAML 1.2's core schema (js-yaml 4, yq v4, Go
yaml.v3) reads `yes` as text, `010` as 10, `12:30` and dates as text, `1e3` as 1000.
"""

from __future__ import annotations

import json
import re
from typing import Any

from ..core.unknown import literal_size, shown_number

VERSIONS = ("1.1", "1.2")
DEFAULT_VERSION = "1.1"
READERS = {"1.1": "YAML 1.1 readers such as PyYAML and Go yaml.v2", "1.2": "YAML 1.2 readers such as js-yaml 4, yq v4 and Go yaml.v3"}

# The YAML 1.2.2 core schema (section 10.3.2), in its order.
_NULL = re.compile(r"null|Null|NULL|~|")
_TRUE = re.compile(r"true|True|TRUE")
_FALSE = re.compile(r"false|False|FALSE")
_DECIMAL = re.compile(r"[-+]?[0-9]+")
_OCTAL = re.compile(r"0o[0-7]+")
_HEX = re.compile(r"0x[0-9a-fA-F]+")
_FLOAT = re.compile(r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?")
_INFINITY = re.compile(r"[-+]?\.(?:inf|Inf|INF)")
_NAN = re.compile(r"\.(?:nan|NaN|NAN)")


class Timestamp(str):
    """A YAML 1.1 timestamp: sent as its text, but YAML 1.1 reads it as a date."""


def read_core(text: str) -> Any:
    """The value YAML 1.2's core schema gives an unquoted scalar (ValueError for a number too long to convert)."""
    if _NULL.fullmatch(text):
        return None
    if _TRUE.fullmatch(text):
        return True
    if _FALSE.fullmatch(text):
        return False
    if _DECIMAL.fullmatch(text):
        return int(text)
    if _OCTAL.fullmatch(text):
        return int(text[2:], 8)
    if _HEX.fullmatch(text):
        return int(text[2:], 16)
    if _FLOAT.fullmatch(text):
        return float(text)
    if _INFINITY.fullmatch(text):
        return float("-inf") if text.startswith("-") else float("inf")
    if _NAN.fullmatch(text):
        return float("nan")
    return text


def shown(text: str, *readings: Any) -> bool:
    """Whether a note may show an unquoted scalar and its readings: not when it is a number with more digits than a
    number shown anywhere has (`shown_number`); booleans, nulls and dates are words from a closed set."""
    return literal_size(text) is None or not any(_is_number(reading) for reading in readings)


def unquoted(text: str, show: bool) -> str:
    """How a note names an unquoted scalar (`show`: whether it may be shown): `unquoted 010`, or, when not, by its size
    (`this unquoted number of 40 digits (about 1e39)`)."""
    size = None if show else literal_size(text)
    return f"unquoted {text}" if size is None else f"this unquoted {size.removeprefix('a ')}"


def describe(value: Any, *, show: bool = True) -> str:
    """A reading in words: `the boolean true`, `the number 8`, `the text "yes"`, `a date`, `null`; without `show`, a
    number or a text is said by its kind alone (`a number`, `text`)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return f"the boolean {'true' if value else 'false'}"
    if isinstance(value, Timestamp):
        return "a date" if len(value) <= 10 else "a date and time"
    if isinstance(value, (int, float)):
        return shown_number(json.dumps(value)) if show else "a number"
    return f"the text {json.dumps(str(value), ensure_ascii=False)}" if show else "text"


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def differs(value_11: Any, value_12: Any) -> bool:
    """Whether the two versions read a scalar differently (in type or in value: two long numbers of one size too)."""
    return _exactly(value_11) != _exactly(value_12)


def _exactly(value: Any) -> str:
    return f"the number {json.dumps(value)}" if _is_number(value) else describe(value)


def version_note(text: str, value_11: Any, value_12: Any, chosen: str, *, key: bool = False,
                 because: str = "yaml-version") -> str:
    """FL006's message for a scalar the two YAML versions read differently (`because`: why it is checked as `chosen`)."""
    show = key or shown(text, value_11, value_12)  # a key is a name, never a secret: always shown
    what = f"the unquoted key {text}" if key else unquoted(text, show)
    reading_11 = describe(value_11, show=show)
    if isinstance(value_11, int) and not isinstance(value_11, bool):
        digits = text.lstrip("+-")
        number = f" {value_11}" if show else ""
        if ":" in text:
            reading_11 = f"the base-60 number{number}" if show else "a base-60 number"
        elif len(digits) > 1 and digits[0] == "0" and digits[1:].isdigit():
            reading_11 = f"the octal number{number}" if show else "an octal number"
    return (f"{what} is {reading_11} to {READERS['1.1']}, {describe(value_12, show=show)} to {READERS['1.2']}; "
            f"checked as YAML {chosen} ({because})")
