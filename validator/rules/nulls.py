"""FL107: optional members sent as null, which the platform reads as absent (a warning, with the fix).

The fix is unsafe: that null means "absent" is inferred, not documented, so --fix applies it only with --unsafe-fixes.
"""

from __future__ import annotations

from typing import Any

from ..core.codes import NULL_MEMBER
from ..core.diagnostics import Finding, Target
from .fixes import UNSAFE, remove

#: Optional members whose null the schema accepts but which are better left out.
NULLABLE = ("name", "inputData")


def null_member_findings(body: Any) -> list[Finding]:
    """A warning per optional member sent as null, with the fix that leaves it out."""
    if not isinstance(body, dict) or (body.get("name", 0) is not None and body.get("inputData", 0) is not None):
        return []  # the fast path: neither is null
    return [Finding(NULL_MEMBER, (member,), f"`{member}` is null; the platform reads it as if it were not sent",
                    target=Target.KEY, fix=remove((member,), UNSAFE, "null is read as absent"))
            for member in NULLABLE if member in body and body[member] is None]
