"""Bodies shaped like the platform's: ErrorBody, FlowExecutionLaunchResponse and a run's status.

Pure data, no web framework: the app renders these, tests and other harnesses can reuse them.
"""

from __future__ import annotations

import datetime
import json
import uuid
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ..core.clock import Clock, default
from ..core.diagnostics import Diagnostic

LAUNCH_PATH = "/api/v2/flows/executions"
#: Used in a launch response when neither the request nor a contract names the version.
DEFAULT_VERSION = "1.0"


def new_context_id() -> str:
    """A correlation ID, as the platform puts in every error body's `contextId`."""
    return str(uuid.uuid4())


def render(body: Any) -> bytes:
    """JSON bytes; ASCII-only, so a lone surrogate from the request can never break the encoding."""
    return json.dumps(body, ensure_ascii=True, separators=(",", ":")).encode("ascii")


def error_body(status: int, code: str, message: str, context_id: str, *,
               diagnostics: Iterable[Diagnostic] = ()) -> dict[str, Any]:
    """An ErrorBody (`message`, `code`, `status`, `contextId`, `details`, `errors`), plus flowlint's
    diagnostics when a rule explains the refusal (each one also listed in `details` as the platform does)."""
    found = list(diagnostics)
    body: dict[str, Any] = {
        "message": message, "code": code, "status": status, "contextId": context_id,
        "details": [{"errorCode": d.code, "fieldName": d.pointer} for d in found], "errors": [],
    }
    if found:
        body["diagnostics"] = [diagnostic_dict(d) for d in found]
    return body


_FIRST = ("code", "name", "severity", "pointer", "message", "help")


def diagnostic_dict(diagnostic: Diagnostic) -> dict[str, Any]:
    """A diagnostic as `--format json` has it (code, pointer, message, help, fix when known, line…), minus the file name."""
    data = diagnostic.to_dict()
    data.pop("file", None)
    return {**{key: data.pop(key) for key in _FIRST if key in data}, **data}


def summary(diagnostics: list[Diagnostic]) -> str:
    """The refusal in one line, for clients that log only `message`: the first finding and how many more."""
    first = diagnostics[0]
    more = f" (and {len(diagnostics) - 1} more: see diagnostics)" if len(diagnostics) > 1 else ""
    return f"Invalid request body: {first.code} {first.message}{more}"


def _now(clock: Clock) -> str:
    stamp = datetime.datetime.fromtimestamp(clock.wall(), datetime.timezone.utc)
    return stamp.isoformat(timespec="milliseconds").replace("+00:00", "Z")


@dataclass(frozen=True)
class Execution:
    """One launched run, as the stand-in remembers it."""

    id: str
    name: str
    flow_id: str
    version: str
    launched: str

    @classmethod
    def launch(cls, flow_id: str, name: str | None, version: str | None, flow_name: str | None,
               clock: Clock | None = None) -> Execution:
        """A new run, launched now on `clock` (the default clock when none is given)."""
        return cls(str(uuid.uuid4()), name or flow_name or flow_id, flow_id, version or DEFAULT_VERSION,
                   _now(clock or default()))

    @property
    def self_uri(self) -> str:
        return f"{LAUNCH_PATH}/{self.id}"

    def flow_version(self) -> dict[str, str]:
        return {"id": self.version, "name": self.version, "selfUri": f"/api/v2/flows/{self.flow_id}/versions/{self.version}"}

    def launch_response(self) -> dict[str, Any]:
        """FlowExecutionLaunchResponse: `id`, `name`, `flowVersion` (an entity reference), `selfUri`."""
        return {"id": self.id, "name": self.name, "flowVersion": self.flow_version(), "selfUri": self.self_uri}

    def status(self) -> dict[str, Any]:
        """What `GET /api/v2/flows/executions/{id}` answers: the stand-in's runs complete at once, with no outputs."""
        return {"id": self.id, "name": self.name, "flowVersion": self.flow_version(), "status": "COMPLETED",
                "dateLaunched": self.launched, "dateCompleted": self.launched, "outputData": {}, "selfUri": self.self_uri}


class Executions:
    """The runs launched so far, newest last. The oldest are forgotten past `limit` runs, or past
    `max_bytes` of names and versions (a launch may carry a 1 MiB name): memory stays bounded."""

    def __init__(self, limit: int = 10_000, max_bytes: int = 64 * 1024 * 1024) -> None:
        self.limit = max(1, limit)
        self.max_bytes = max_bytes
        self._runs: OrderedDict[str, Execution] = OrderedDict()
        self._bytes = 0

    @staticmethod
    def _size(execution: Execution) -> int:
        # Bytes, not characters: a name of 4-byte characters costs four times its length (UTF-8, as it is answered);
        # 256: the IDs, the date and the record itself.
        return len(execution.name.encode("utf-8", "surrogatepass")) + len(execution.version.encode("utf-8", "surrogatepass")) + 256

    def remember(self, execution: Execution) -> None:
        self._runs[execution.id] = execution
        self._bytes += self._size(execution)
        while len(self._runs) > self.limit or (self._bytes > self.max_bytes and len(self._runs) > 1):
            _, forgotten = self._runs.popitem(last=False)
            self._bytes -= self._size(forgotten)

    def get(self, execution_id: str) -> Execution | None:
        return self._runs.get(execution_id.lower())

    def __len__(self) -> int:
        return len(self._runs)
