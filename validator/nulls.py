"""FL107: optional members sent as null, which the platform reads as absent (a warning, with the fix)."""

from __future__ import annotations

from typing import Any

from .diagnostics import Finding, Target

#: Optional members whose null the schema accepts but which are better left out.
NULLABLE = ("name", "inputData")


def null_member_findings(body: Any) -> list[Finding]:
    """A warning per optional member sent as null."""
    if not isinstance(body, dict):
        return []
    return [Finding("FL107", (member,), f"`{member}` is null; the platform reads it as if it were not sent",
                    f"leave `{member}` out", Target.KEY)
            for member in NULLABLE if member in body and body[member] is None]
