"""FL107: optional members sent as null, which the platform reads as absent, and a flow's declared inputs sent as null,
which leaves them unset as omitting them does (a warning, with the fix).

The fix is unsafe: that null means "absent" is inferred, not documented, so --fix applies it only with --unsafe-fixes.
"""

from __future__ import annotations

from collections.abc import Container
from typing import Any

from ..core.codes import NULL_MEMBER
from ..core.diagnostics import Finding, Target
from ..core.jsontext import code
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


def null_input_findings(data: dict[str, Any], declared: Container[str]) -> list[Finding]:
    """A warning per input the flow declares that is sent as null, whatever its type: nothing says the platform refuses
    it, and an Architect input it is not given is NOT_SET; with the fix that leaves it out (the same, and certain)."""
    return [Finding(NULL_MEMBER, ("inputData", name), f"{code(name)} is null; it leaves the input unset, as omitting it does",
                    target=Target.KEY, fix=remove(("inputData", name), UNSAFE, "null leaves the input unset"))
            for name, value in data.items() if value is None and name in declared]
