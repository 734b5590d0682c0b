"""Flow IDs are UUIDs: one definition for every place that recognises one."""

from __future__ import annotations

import re
from typing import Any

UUID_TEXT = r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
_UUID = re.compile(UUID_TEXT)


def is_uuid(value: Any) -> bool:
    """Whether a value is a UUID string (either case), as flow IDs are."""
    return isinstance(value, str) and _UUID.fullmatch(value) is not None


def find_uuid(text: str) -> str | None:
    """The first UUID inside a text (`{…}`, `urn:uuid:…`, padded with spaces)."""
    match = _UUID.search(text)
    return match.group() if match else None


#: A template's placeholder filled in before a body is sent: {{flowId}}, ${FLOW_ID}, $FLOW_ID, <flow-id>, %FLOW_ID%...
PLACEHOLDER = re.compile(r"\{\{[^{}]*\}\}|\$\{[^{}]*\}|\$[A-Za-z_][\w.]*|<[^<>]*>|%\w+%|#\{[^{}]*\}|__\w+__")
