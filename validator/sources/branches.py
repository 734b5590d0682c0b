"""A body a conditional chooses (`json=a if c else b`, `body: JSON.stringify(c ? a : b)`): either branch may be sent, so
each is read as a launch of its own at the same call, checked as written; one not known is an unknown body, never a
reason to leave the other unchecked.

A code reader reads the first branch into the call's request and each other branch into a scratch request (`Branches.
add`); once the call's request is complete (its URL, headers and method as the reader leaves them), each scratch
becomes a copy of it with that branch's body (`Branches.spliced`, as the reader hands its launches out).
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from .model import LaunchRequest

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from tree_sitter import Node

    from ..core.diagnostics import Finding
    from .model import Offsets

#: What a request holds of its body: the rest (URL, method, headers, host) is the call's, the same in every branch.
_BODY_FIELDS = ("body", "body_span", "body_locator", "sends", "body_text", "fixed_text", "model", "plain_scalars",
                "body_file", "bodiless")


@dataclasses.dataclass
class _Branch:
    scratch: LaunchRequest  # the branch's body, read into a request of its own
    first: tuple[int, int]  # the call's findings before and after the first branch's body was read: those between are its


class Branches:
    """The other branches of the calls whose body a conditional chooses, by the call's request."""

    def __init__(self) -> None:
        self._by_request: dict[LaunchRequest, list[_Branch]] = {}

    def read(self, request: LaunchRequest, branches: list[Node], read: Callable[[LaunchRequest, Node], object]) -> None:
        """Each branch's body read by `read`: the first into the call's request, each other into a request of its own,
        made a launch of the call by `spliced`."""
        start = len(request.findings)
        read(request, branches[0])
        first = (start, len(request.findings))
        for other in branches[1:]:
            scratch = LaunchRequest(request.kind, request.site)
            read(scratch, other)
            self._by_request.setdefault(request, []).append(_Branch(scratch, first))

    def spliced(self, found: list[LaunchRequest]) -> list[LaunchRequest]:
        """The launches with each call's other branches after it, in the order they are written."""
        if not self._by_request:
            return found
        return [each for request in found for each in self._with_branches(request)]

    def _with_branches(self, request: LaunchRequest) -> Iterator[LaunchRequest]:
        yield request
        yield from self._twins(request, request, [])

    def _twins(self, call: LaunchRequest, read: LaunchRequest, outside: list[tuple[Finding, Offsets | None]]
               ) -> Iterator[LaunchRequest]:
        """The call's request again with each other body `read` was given (a branch of a branch: after it)."""
        for branch in self._by_request.pop(read, []):
            start, end = branch.first
            around = [*outside, *read.findings[:start], *read.findings[end:]]  # what was found outside the body
            twin = dataclasses.replace(call, **{name: getattr(branch.scratch, name) for name in _BODY_FIELDS})
            twin.findings = [*around, *branch.scratch.findings]
            twin.headers = list(call.headers) if call.headers is not None else None
            yield twin
            yield from self._twins(call, branch.scratch, around)
