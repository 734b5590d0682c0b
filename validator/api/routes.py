"""Which request paths reach the launch endpoint, as a server routes them (no HTTP client needed: the SDK guard and
`flowlint serve` use it too, and the SDK guard never imports httpx)."""

from __future__ import annotations

from urllib.parse import unquote

_LAUNCH = "/api/v2/flows/executions"


def routed_path(raw: str) -> str:
    """The path as a server routes it: percent-decoded, case-folded, `;params` dropped, `//` and a final `/` collapsed,
    `.` and `..` segments resolved (RFC 3986 §5.2.4)."""
    decoded = "/".join(unquote(segment.partition(";")[0]) for segment in raw.split("/"))
    kept: list[str] = []
    for segment in decoded.split("/"):
        if segment == "..":
            if kept:
                kept.pop()
        elif segment and segment != ".":
            kept.append(segment.lower())
    return "/" + "/".join(kept)


def launch_target(raw: str) -> tuple[bool, str | None]:
    """Whether a raw path routes to the launch endpoint (once normalised), and the flow ID when one is put after it."""
    path = routed_path(raw)
    if path.endswith(_LAUNCH):
        return True, None
    head, _, last = path.rpartition("/")
    return (True, last) if head.endswith(_LAUNCH) else (False, None)
