"""The contract store as a long-running server reads it: a snapshot written while it runs is seen, memory is bounded."""

from __future__ import annotations

import os
import stat
import threading
from collections import OrderedDict

from ..contracts import BrokenContract, Contract, ContractStore, load_contract_file
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

    def get(self, flow_id: str) -> Contract | BrokenContract | None:
        """The contract for a flow; None when there is no snapshot; the error when it is broken."""
        if not is_uuid(flow_id):  # a flowId from a request never walks out of the store
            return None
        key = flow_id.lower()
        path = self._store.path_for(key)
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
