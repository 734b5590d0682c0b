"""FL014: a number JSON has no form for (NaN, an infinity, 1e400 read as one) in a body built in code or given to the
library, said as what the language's encoder sends instead.

Python's encoders either refuse it (requests since 2.27 raises InvalidJSONError, httpx since 0.28 ValueError: nothing
is sent) or write `NaN`/`Infinity`, which is not JSON (json.dumps, the Genesys SDK's rest client, aiohttp).
JavaScript's JSON.stringify, which fetch, axios, got and the SDK send through, writes null in its place. A JSON or YAML
payload never gets here: its reader refuses NaN and Infinity (FL001), and `1e400` written in JSON is valid JSON text.
"""

from __future__ import annotations

import json
import math
from dataclasses import replace
from typing import Any

from ..core.codes import NO_JSON_NUMBER, ROUNDED_INTEGER, UNENCODABLE_VALUE, UNREAD_LAUNCH
from ..core.diagnostics import Finding, Path
from ..core.jsontext import code
from ..core.printable import clipped, printable
from ..core.unknown import NoJsonNumber, Unencodable, literal_size
from ..sources.model import RoundedInteger
from .fixes import dotted

_PYTHON_SENDS = ("requests and httpx refuse to send it (InvalidJSONError, ValueError), and json.dumps (the Genesys "
                 "SDK's too) writes {written}, which is not JSON")
_JAVASCRIPT_SENDS = "JSON.stringify (which fetch, axios and the SDK send through) writes null in its place"


def no_json_number(path: Path, number: NoJsonNumber) -> Finding:
    """FL014 for one such number, at its place."""
    value = number.number
    written = "NaN" if math.isnan(value) else "Infinity" if value > 0 else "-Infinity"
    source = number.source.strip()
    if not number.size and (math.isnan(value) or source.lstrip("+- ")[:1] not in "0123456789."):
        what = f"{code(source)} ({'NaN, not a number' if math.isnan(value) else written}), which JSON has no number for"
    else:  # 1e400: a literal past the largest double, which the language reads as an infinity; a long one by its size
        language = "Python" if number.language == "python" else "JavaScript"
        literal = number.size if number.size else f"the number {source}"
        what = (f"{literal}, {'past the largest' if value > 0 else 'below the lowest'} double-precision number "
                f"(about {'' if value > 0 else '-'}1.8e308): {language} reads it as {written}, which JSON has no number for")
    if number.language == "python":
        sends, help_ = _PYTHON_SENDS.format(written=written), "write a finite number, or leave the member out"
    else:
        sends, help_ = _JAVASCRIPT_SENDS, "write a finite number, or null if null is what the flow should get"
    return Finding(NO_JSON_NUMBER, path, f"{member_name(path)} is {what}: {sends}", help_)


def unwritable_integer(path: Path, value: int, limit: int) -> Finding:
    """FL014 for a Python int with more digits than Python converts to text (`sys.get_int_max_str_digits()`, `limit`):
    json.dumps raises ValueError on it, so requests, httpx and the SDK send nothing."""
    digits = int(abs(value).bit_length() * math.log10(2)) + 1  # within one of the count: the size is said as "about"
    return Finding(NO_JSON_NUMBER, path, f"{member_name(path)} is an integer of about {digits:,} digits, more than Python "
                   f"writes as text (at most {limit:,}, sys.get_int_max_str_digits()): json.dumps, and so requests, "
                   "httpx and the Genesys SDK, refuse to send it (ValueError)",
                   "send a smaller number, or the digits as a string if it is an identifier")


#: The longest literal FL015 shows as written (past it, its start and end): a long one may only have leading zeros.
_SHOWN_LITERAL = 40


def rounded_integer(path: Path, number: RoundedInteger) -> Finding:
    """FL015: an integer literal JavaScript rounds to the nearest double, at its place. A literal of more than
    SHOWN_DIGITS significant digits (an account number, a key written as one) is said by its size, as every number is,
    and so is the double sent for it (its leading digits are the literal's)."""
    size = literal_size(number.written)
    if size is not None:
        return Finding(ROUNDED_INTEGER, path, f"{member_name(path)} is written as {size}, an integer past 2**53 "
                       "(9007199254740992) in size that no double holds: JavaScript reads it as the nearest one, so "
                       "JSON.stringify sends that double's digits, not the ones written",
                       "send its digits as a string if it is an identifier, or a number JavaScript can hold exactly")
    if len(number.written) > _SHOWN_LITERAL:  # few digits, but written long (leading zeros, separators): cut short
        written = f"{number.written[:8]}…{number.written[-20:]} ({len(number.written):,} characters)"
        return Finding(ROUNDED_INTEGER, path, f"{member_name(path)} is written {written}, an integer past 2**53 "
                       f"(9007199254740992) in size that no double holds: JavaScript reads it as the nearest one, so "
                       f"JSON.stringify sends {int(number)}",
                       "send it as a string if it is an identifier, or a number JavaScript can hold exactly")
    return Finding(ROUNDED_INTEGER, path, f"{member_name(path)} is written {number.written}, an integer past 2**53 "
                   f"(9007199254740992) in size that no double holds: JavaScript reads it as the nearest one, so "
                   f"JSON.stringify sends {int(number)}",
                   f"send it as a string ({json.dumps(number.written)}) if it is an identifier, or a number JavaScript "
                   "can hold exactly")


def number_findings(body: Any, json_dumps_client: str | None = None, unjudged: str | None = None) -> list[Finding]:
    """FL014 and FL015 for the numbers of a body read from code that are not sent as written (the readers put a
    NoJsonNumber or a RoundedInteger there); with `json_dumps_client` (requests or httpx, which encode `json=` with
    json.dumps alone), FL016 too for each value json.dumps raises TypeError on (an Unencodable): the call raises
    before anything is sent (requests wraps only a ValueError, a NaN's, in InvalidJSONError). With `unjudged` instead
    (the call as written, of a client not known to be a library's, which may encode with `default=str`), an FL011 note
    for each such value: not judged. One walk of the body for all three."""
    found: list[Finding] = []
    stack: list[tuple[Path, Any]] = [((), body)]
    while stack:
        path, value = stack.pop()
        if isinstance(value, NoJsonNumber):
            found.append(no_json_number(path, value))
        elif isinstance(value, RoundedInteger):
            found.append(rounded_integer(path, value))
        elif isinstance(value, Unencodable):
            if json_dumps_client is not None:
                found.append(unencodable_value(path, value, json_dumps_client))
            elif unjudged is not None:
                found.append(encoding_unjudged(path, value, unjudged))
        elif isinstance(value, dict):
            stack.extend(((*path, key), item) for key, item in reversed(value.items()))
        elif isinstance(value, list):
            stack.extend(((*path, index), item) for index, item in reversed(list(enumerate(value))))
    return found


#: How to send each kind of value json.dumps refuses: what to write instead.
_ENCODABLE_AS = {"a set": "a list (`sorted(…)` or `list(…)`)", "a datetime": "its text (`.isoformat()`)",
                 "a date": "its text (`.isoformat()`)", "a time": "its text (`.isoformat()`)",
                 "a timedelta": "a number of seconds (`.total_seconds()`) or text", "a UUID": "its text (`str(…)`)"}


def unencodable_value(path: Path, value: Unencodable, client: str) -> Finding:
    """FL016 for one value json.dumps refuses, at its place."""
    return Finding(UNENCODABLE_VALUE, path,
                   f"{member_name(path)} is {value.what} ({code(value.source)}): {client} encodes `json=` with json.dumps, "
                   f"which raises a TypeError on it (\"Object of type … is not JSON serializable\"), so this launch sends "
                   "nothing", f"send {_ENCODABLE_AS.get(value.what, 'a value JSON has')} instead")


def encoding_unjudged(path: Path, value: Unencodable, call: str) -> Finding:
    """FL011 (-v) for a value json.dumps refuses, given to a client not known to be requests' or httpx's: its encoder
    is not known (the project's own may give json.dumps `default=str`), so whether it raises is not judged (FL016)."""
    return Finding(UNREAD_LAUNCH, path,
                   f"{member_name(path)} is {value.what} ({code(value.source)}), sent with `{clipped(printable(call))}`, "
                   "which is not known to be requests' or httpx's: how its encoder takes it was not judged (json.dumps "
                   "alone raises a TypeError on it)",
                   f"send {_ENCODABLE_AS.get(value.what, 'a value JSON has')} instead, which any JSON encoder sends as is")


def finite(value: Any) -> bool:
    """Whether a value a fix would write holds no float JSON has no form for (NaN, an infinity), at any depth."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, float) and not math.isfinite(item):
            return False
        if isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return True


def as_help(finding: Finding) -> Finding | None:
    """The finding with its fix shown as help instead when the fix would write a number JSON has no form for (a body's
    1e400 moved or wrapped: read as infinity), as a fix never writes what is itself invalid; None when it writes none."""
    fix = finding.fix
    if fix is None or all(finite(getattr(operation, "value", None)) for operation in fix.operations):
        return None
    return replace(finding, fix=None, help=f"{fix.message} (not a fix flowlint applies: a number there has no JSON form "
                                           "as read, so write the value yourself)")


def member_name(path: Path) -> str:
    """A member as messages name it: `Flow.amount`, `Flow.dates[1]`, `flowId`, `inputData[0]`, `[1].a`."""
    if not path:
        return "the body"
    return code(dotted(path[1:] if len(path) >= 2 and path[0] == "inputData" and isinstance(path[1], str) else path))
