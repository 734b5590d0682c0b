"""The contract store as a long-running server reads it: a snapshot written while it runs is seen, memory is bounded."""

from __future__ import annotations

import os
import threading
from collections import OrderedDict

from ..contracts.store import BrokenContract, Contract, ContractStore, load_contract_file, snapshot_name
from ..core.clock import Clock, default
from ..core.filestamp import Stamp, file_stamp, settled
from ..core.ids import is_uuid

Found = Contract | BrokenContract | None
#: (when the file was last looked at, its stamp (None: absent, or modified too recently to trust), what it holds)
_Entry = tuple[float, "Stamp | None", Found]


class ReloadingStore:
    """Snapshots in a store directory (`<flowId>.json`), re-read when a file changes.

    A flow's file is looked at (one stat) at most once per `recheck` seconds, and re-read only
    when its stamp changed (mtime, size, inode, device) or while it was modified too recently to tell
    (core/filestamp.py). At most `max_cached` flows are remembered, least recently used first out: a
    client sending random flow IDs cannot grow memory.
    """

    def __init__(self, directory: str | os.PathLike[str], max_cached: int = 1024, recheck: float = 1.0,
                 clock: Clock | None = None, *, roots: tuple[str, ...] | None = None) -> None:
        self.clock = clock or default()  # when a file is due another look
        self._store = ContractStore(directory, roots=roots)  # one naming rule for snapshot files, one tree to read in
        self.directory = self._store.directory
        self.max_cached = max(1, max_cached)
        self.recheck = recheck
        self._cache: OrderedDict[str, _Entry] = OrderedDict()
        self._lock = threading.Lock()  # large bodies are checked in worker threads

    def get(self, flow_id: str, version: str | None = None) -> Found:
        """The contract for a flow (or for the version a body pins: `<flowId>@<version>.json`, else the
        published snapshot when it is that version); None when there is no snapshot; the error when it is broken."""
        if snapshot_name(flow_id, version) is None:  # a flowId or version from a request never walks out of the store
            return None
        if version is None:
            return self._get(flow_id.lower(), None)
        pinned = self._get(flow_id.lower(), version)
        if pinned is not None:
            return pinned
        published = self._get(flow_id.lower(), None)
        return published if isinstance(published, Contract) and published.version == version else None

    def _get(self, flow_id: str, version: str | None) -> Found:
        key = flow_id if version is None else f"{flow_id}@{version}"
        now = self.clock.monotonic()
        with self._lock:
            cached = self._cache.get(key)
            if cached is not None and now - cached[0] < self.recheck:
                self._cache.move_to_end(key)
                return cached[2]
        stamp = self._stamp(flow_id, version)
        if cached is not None and stamp is not None and cached[1] == stamp:
            found = cached[2]
        elif stamp is None:
            found = None
        else:
            try:
                found = load_contract_file(self._store.path_for(flow_id, version), roots=self._store.roots)
            except BrokenContract as err:
                found = err
        if stamp is not None and not settled(stamp, self.clock):
            stamp = None  # modified too recently: what was read may already be stale, so it is read again next time
        with self._lock:
            self._cache[key] = (now, stamp, found)
            self._cache.move_to_end(key)
            while len(self._cache) > self.max_cached:
                self._cache.popitem(last=False)
        return found

    def _stamp(self, flow_id: str, version: str | None) -> Stamp | None:
        return file_stamp(self._store.path_for(flow_id, version), regular_only=True)

    def count(self) -> int:
        """How many snapshots the directory holds now (for the start-up line)."""
        try:
            return sum(1 for name in os.listdir(self.directory) if name.endswith(".json") and is_uuid(name[:-5]))
        except OSError:
            return 0
