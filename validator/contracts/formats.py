"""The formats flowlint checks (`date`, `date-time`, `uuid`), the same for every validator: any other passes."""

from __future__ import annotations

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


def _is_date_time(value: Any) -> bool:
    import datetime

    if not isinstance(value, str):
        return True
    if len(value) < 20 or value[10] not in "Tt" or not (value[-1] in "Zz" or value[-6] in "+-"):
        return False
    try:
        datetime.datetime.fromisoformat(value[:-1] + "+00:00" if value[-1] in "Zz" else value)
    except ValueError:
        return False
    return True


def _is_uuid(value: Any) -> bool:
    return not isinstance(value, str) or is_uuid(value)


FORMATS: dict[str, Callable[[Any], bool]] = {"date": _is_date, "date-time": _is_date_time, "uuid": _is_uuid}
