"""The contract store as a long-running server reads it: a snapshot written while it runs is seen, memory is bounded."""

from __future__ import annotations

import os
import stat
import threading
from collections import OrderedDict

from ..contracts import BrokenContract, Contract, ContractStore, load_contract_file, snapshot_name
from ..ids import is_uuid

Stamp = tuple[int, int]


class ReloadingStore:
    """Snapshots in a store directory (`<flowId>.json`), re-read when a file changes.

    Only contracts that exist are cached, at most `max_cached` of them: a client sending
    random flow IDs costs one stat each, never memory.
    """

    def __init__(self, directory: str | os.PathLike[str], max_cached: int = 1024) -> None:
        self._store = ContractStore(directory)  # one naming rule for snapshot files
        self.directory = self._store.directory
        self.max_cached = max(1, max_cached)
        self._cache: OrderedDict[str, tuple[Stamp, Contract | BrokenContract]] = OrderedDict()
        self._lock = threading.Lock()  # large bodies are checked in worker threads

    def get(self, flow_id: str, version: str | None = None) -> Contract | BrokenContract | None:
        """The contract for a flow (or the version it pins); None when there is no snapshot; the error when it is broken."""
        if snapshot_name(flow_id, version) is None:  # a flowId or version from a request never walks out of the store
            return None
        if version is not None:
            pinned = self._read(flow_id.lower(), version)
            published = self._read(flow_id.lower(), None) if pinned is None else None
            return pinned if pinned is not None or not (isinstance(published, Contract) and published.version == version) \
                else published
        return self._read(flow_id.lower(), None)

    def _read(self, flow_id: str, version: str | None) -> Contract | BrokenContract | None:
        key = flow_id if version is None else f"{flow_id}@{version}"
        path = self._store.path_for(flow_id, version)
        try:
            info = path.stat()
        except OSError:
            with self._lock:
                self._cache.pop(key, None)
            return None
        if not stat.S_ISREG(info.st_mode):
            return None
        stamp = (info.st_mtime_ns, info.st_size)
        with self._lock:
            cached = self._cache.get(key)
            if cached is not None and cached[0] == stamp:
                self._cache.move_to_end(key)
                return cached[1]
        try:
            found: Contract | BrokenContract = load_contract_file(path)
        except BrokenContract as err:
            found = err
        with self._lock:
            self._cache[key] = (stamp, found)
            while len(self._cache) > self.max_cached:
                self._cache.popitem(last=False)
        return found

    def count(self) -> int:
        """How many snapshots the directory holds now (for the start-up line)."""
        try:
            return sum(1 for name in os.listdir(self.directory) if name.endswith(".json") and is_uuid(name[:-5]))
        except OSError:
            return 0
