"""The formats flowlint checks (`date`, `date-time`, `uuid`), the same for every validator: any other passes."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from ..core.ids import is_uuid


def _is_date(value: Any) -> bool:
    import datetime

    if not isinstance(value, str):
        return True
    if len(value) != 10 or value[4] != "-" or value[7] != "-":
        return False
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        return False
    return True


#: RFC 3339's date-time (what JSON Schema's `date-time` format is): seconds required, an offset required, `T`/`Z` in
#: either case. Python's fromisoformat accepts more (no seconds, the basic form, a comma) and refuses a leap second.
_DATE_TIME = re.compile(r"([0-9]{4}-[0-9]{2}-[0-9]{2})[Tt]([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\.[0-9]+)?"
                        r"(?:[Zz]|[+-]([0-9]{2}):([0-9]{2}))")


def _is_date_time(value: Any) -> bool:
    if not isinstance(value, str):
        return True
    match = _DATE_TIME.fullmatch(value)
    if match is None or not _is_date(match[1]):
        return False
    hour, minute, second = int(match[2]), int(match[3]), int(match[4])
    offset_hour, offset_minute = int(match[5] or 0), int(match[6] or 0)
    return hour <= 23 and minute <= 59 and second <= 60 and offset_hour <= 23 and offset_minute <= 59


def _is_uuid(value: Any) -> bool:
    return not isinstance(value, str) or is_uuid(value)


FORMATS: dict[str, Callable[[Any], bool]] = {"date": _is_date, "date-time": _is_date_time, "uuid": _is_uuid}
