"""Contract snapshots: one committed file per flow, byte-stable when the flow has not changed.

"Now" (a snapshot's fetchedAt, its age, a temporary file's) is the injected clock's wall time (core/clock.py): the
`clock` given, else the default one, which a test replaces; never the system's date read here.
"""

from __future__ import annotations

import contextlib
import datetime
import json
import os
import stat
import tempfile
from pathlib import Path
from typing import Any

from ..core.clock import Clock, default
from ..core.paths import within
from ..genesys.redact import without_known_secrets

#: Provenance that changes on every pull without the flow changing.
VOLATILE = ("fetchedAt",)


def now(clock: Clock | None = None) -> datetime.datetime:
    """The clock's wall time (the default clock's when none is given), in UTC."""
    return datetime.datetime.fromtimestamp((clock or default()).wall(), datetime.timezone.utc)


def snapshot(flow_id: str, name: str, flow_type: str, version_id: str, region: str, input_schema: dict[str, Any],
             fetched_at: datetime.datetime | None = None, clock: Clock | None = None) -> dict[str, Any]:
    """A snapshot document: the flow's input schema plus where and when (`fetched_at`, else the clock's now) it came from."""
    when = fetched_at or now(clock)
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


def write(path: Path, document: dict[str, Any], *, roots: tuple[str, ...] | None = None) -> bool:
    """Write a snapshot unless only its volatile provenance changed; whether the file changed.

    A snapshot that is a link out of `roots` (the store's tree) is replaced by the new file: what it leads to is
    neither read nor written (nor its mode taken)."""
    linked_out = roots is not None and not within(str(path), roots)
    current = None
    if not linked_out:
        with contextlib.suppress(OSError, ValueError):
            current = json.loads(path.read_text(encoding="utf-8"))
    if isinstance(current, dict) and _stable(current) == _stable(document):
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    remove_abandoned_temporaries(path.parent)  # by the default clock: write() is given none
    mode = _mode_for(path, follow=not linked_out)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f"{_TEMP_PREFIX}{os.getpid()}-", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
            out.write(without_known_secrets(render(document)))  # a server echoing the token never gets it committed
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    return True


_TEMP_PREFIX = ".flowlint-"
#: A temporary file older than this is abandoned whatever its writer: a write takes milliseconds.
_ABANDONED_AFTER = 3600.0


def _mode_for(path: Path, *, follow: bool = True) -> int:
    """The mode a snapshot gets: an existing file keeps its own (never narrowed); a new one follows the umask."""
    try:
        if not follow:
            raise FileNotFoundError(path)  # (a link out of the store: its target's mode is not the snapshot's)
        return stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        umask = os.umask(0o022)
        os.umask(umask)
        return 0o666 & ~umask


def remove_abandoned_temporaries(directory: Path, clock: Clock | None = None) -> None:
    """Delete temporary files a killed pull left behind: their writer is gone, or they are an hour old by `clock`."""
    try:
        entries = list(os.scandir(directory))
    except OSError:
        return
    wall = (clock or default()).wall()
    for entry in entries:
        if not (entry.name.startswith(_TEMP_PREFIX) and entry.name.endswith(".tmp")) or not entry.is_file(follow_symlinks=False):
            continue
        writer = entry.name[len(_TEMP_PREFIX):].partition("-")[0]
        with contextlib.suppress(OSError):
            if not _alive(writer) or wall - entry.stat(follow_symlinks=False).st_mtime > _ABANDONED_AFTER:
                os.unlink(entry.path)


def _alive(pid_text: str) -> bool:
    if not pid_text.isdigit():
        return False  # written by an older flowlint: no writer to ask about
    if int(pid_text) == os.getpid():
        return True
    try:
        os.kill(int(pid_text), 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # someone else's process: alive
    return True


def age(fetched_at: str, at: datetime.datetime | None = None, clock: Clock | None = None) -> datetime.timedelta | None:
    """How old a snapshot is at `at` (else the clock's now), from its fetchedAt; None when unreadable."""
    try:
        fetched = datetime.datetime.strptime(fetched_at, "%Y-%m-%dT%H:%M:%SZ")
    except (ValueError, TypeError):
        return None
    when = at or now(clock)
    return when.replace(tzinfo=None) - fetched  # negative for a date in the future: never fresh (see is_fresh)


def is_fresh(fetched_at: str | None, max_age: datetime.timedelta, at: datetime.datetime | None = None,
             clock: Clock | None = None) -> bool:
    """Whether a snapshot fetched at `fetched_at` is young enough at `at` (else the clock's now); a date in the future is
    never fresh."""
    found = age(fetched_at, at, clock) if fetched_at else None
    return found is not None and datetime.timedelta(0) <= found <= max_age


def _stable(document: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in document.items() if k not in VOLATILE}
