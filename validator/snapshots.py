"""Contract snapshots: one committed file per flow, byte-stable when the flow has not changed."""

from __future__ import annotations

import datetime
import json
import os
import tempfile
from pathlib import Path
from typing import Any

#: Provenance that changes on every pull without the flow changing.
VOLATILE = ("fetchedAt",)


def snapshot(flow_id: str, name: str, flow_type: str, version_id: str, region: str, input_schema: dict[str, Any],
             fetched_at: datetime.datetime | None = None) -> dict[str, Any]:
    """A snapshot document: the flow's input schema plus where and when it came from."""
    when = fetched_at or datetime.datetime.now(datetime.timezone.utc)
    return {
        "flowId": flow_id.lower(),
        "flowName": name,
        "flowType": flow_type,
        "versionId": version_id,
        "region": region,
        "fetchedAt": when.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "inputSchema": input_schema,
    }


def render(document: dict[str, Any]) -> str:
    """Stable text: sorted keys, two-space indent, a final newline."""
    return json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def write(path: Path, document: dict[str, Any]) -> bool:
    """Write a snapshot unless only its volatile provenance changed; whether the file changed."""
    try:
        current = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        current = None
    if isinstance(current, dict) and _stable(current) == _stable(document):
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".flowlint-", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
            out.write(render(document))
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise
    return True


def age(fetched_at: str, now: datetime.datetime | None = None) -> datetime.timedelta | None:
    """How old a snapshot is, from its fetchedAt; None when unreadable."""
    try:
        fetched = datetime.datetime.strptime(fetched_at, "%Y-%m-%dT%H:%M:%SZ")
    except ValueError:
        return None
    now = now or datetime.datetime.now(datetime.timezone.utc)
    return now.replace(tzinfo=None) - fetched


def _stable(document: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in document.items() if k not in VOLATILE}
