"""`check --fetch`: contracts from the store when fresh, else fetched live and cached outside the repo.

Distinct flows (and pinned versions) are fetched concurrently, a few at a time, before the run;
each failure is kept per flow so every body launching it gets its own finding.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import datetime
import re
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TextIO

from ..contracts import snapshots
from ..contracts.resolution import Lookup, pinned_version
from ..contracts.store import BrokenContract, Contract, ContractStore, Unavailable, contract_from_document, snapshot_name
from ..core.clock import Clock, default
from ..genesys.client import GenesysClient, GenesysError
from ..genesys.flows import InputsUnknown, fetch_inputs
from ..project.files import STDIN
from ..sources.document import DEFAULT_LIMITS, Limits
from .cache import user_cache_dir

DEFAULT_MAX_AGE = datetime.timedelta(days=1)
MAX_CONCURRENT_FETCHES = 4
PROGRESS_AFTER = 1.0  # seconds: a quick fetch prints nothing

Key = tuple[str, "str | None"]  # (flow ID in lower case, pinned version or None for the published one)


def flows_in(paths: Iterable[str], limits: Limits = DEFAULT_LIMITS) -> list[Key]:
    """The distinct (flowId, pinned flowVersion) pairs the files launch (payloads, code, request files), in order."""
    from .runner import documents_of

    found: dict[Key, None] = {}
    for path in paths:
        if path == STDIN:
            continue
        try:
            bodies = [document.value for document in documents_of(path, limits)]
        except Exception:  # the run itself reports the file; this is only a prefetch
            continue
        for body in bodies:
            flow_id = body.get("flowId") if isinstance(body, dict) else None
            if isinstance(flow_id, str) and snapshot_name(flow_id) is not None:
                found[(flow_id.lower(), None)] = None
                version = pinned_version(body)
                if version is not None:
                    found[(flow_id.lower(), version)] = None
    return list(found)


class LiveContracts:
    """A ContractSource that fetches what the store lacks or has stale; one client, opened on first need."""

    forkable = False  # one client per run: fetches happen in the main process

    def __init__(self, store: ContractStore, connect: Callable[[], GenesysClient], region: str, *,
                 cache_dir: Path | None = None, max_age: datetime.timedelta = DEFAULT_MAX_AGE,
                 clock: Clock | None = None) -> None:
        self.store = store
        self.clock = clock or default()  # when progress is due
        self.connect = connect
        self.region = region
        self.max_age = max_age
        self.cache = ContractStore((cache_dir or user_cache_dir()) / re.sub(r"[^A-Za-z0-9.-]", "_", region))
        self.client: GenesysClient | None = None
        self.fetched: dict[Key, Lookup] = {}
        #: Flows checked against a stale snapshot because the refresh failed: flow ID → why (FL209).
        self.stale: dict[str, str] = {}
        self._connect_lock = threading.Lock()

    def fresh(self, contract: Contract | BrokenContract | None) -> bool:
        return isinstance(contract, Contract) and snapshots.is_fresh(contract.fetched_at, self.max_age, clock=self.clock)

    def stale_note(self, flow_id: str) -> str | None:
        """Why this flow was checked against a stale snapshot, if it was."""
        return self.stale.get(flow_id.lower())

    def _known(self, key: Key) -> list[Contract]:
        return [found for found in (self.store.get(*key), self.cache.get(*key)) if isinstance(found, Contract)]

    def needs_fetch(self, key: Key) -> bool:
        return key not in self.fetched and not any(self.fresh(found) for found in self._known(key))

    def get(self, flow_id: str, version: str | None = None) -> Lookup:
        key = (flow_id.lower(), version)
        known = self._known(key)
        fresh = [found for found in known if self.fresh(found)]
        if fresh:
            return fresh[0]
        if key not in self.fetched:
            self.fetched[key] = self._settle(key, self._fetch(key))
        return self.fetched[key]

    def prefetch(self, keys: Iterable[Key], progress: TextIO | None = None) -> None:
        """Fetch every key that needs it, a few at a time; progress on `progress` once it takes over a second."""
        todo = [key for key in dict.fromkeys(keys) if self.needs_fetch(key)]
        if not todo:
            return
        started = self.clock.monotonic()
        with concurrent.futures.ThreadPoolExecutor(min(MAX_CONCURRENT_FETCHES, len(todo))) as pool:
            pending = {pool.submit(self._fetch, key): key for key in todo}
            done_count = 0
            while pending:
                done, _ = concurrent.futures.wait(pending, timeout=PROGRESS_AFTER,
                                                  return_when=concurrent.futures.FIRST_COMPLETED)
                for future in done:
                    key = pending.pop(future)
                    self.fetched[key] = self._settle(key, future.result())
                    done_count += 1
                if progress is not None and self.clock.monotonic() - started > PROGRESS_AFTER:
                    progress.write(f"flowlint: fetching flow contracts from Genesys Cloud: {done_count}/{len(todo)}\n")
                    progress.flush()

    def _settle(self, key: Key, fetched: Lookup) -> Lookup:
        """A failed refresh falls back to a stale snapshot (and notes it for FL209); else the failure stands."""
        known = self._known(key)
        if isinstance(fetched, BrokenContract) and known:
            self.stale[key[0]] = (f"using the snapshot fetched at {known[0].fetched_at or 'an unknown time'} "
                                  f"({known[0].source}) because it could not be refreshed: {fetched}")
            return known[0]
        return fetched

    def _client(self) -> GenesysClient:
        with self._connect_lock:  # threads share one client (one sign-in, one connection pool)
            if self.client is None:
                self.client = self.connect()
            return self.client

    def _fetch(self, key: Key) -> Lookup:
        flow_id, version = key
        source = f"Genesys Cloud ({self.region})"
        try:
            inputs = fetch_inputs(self._client(), flow_id, version)
        except InputsUnknown as err:
            return Unavailable(str(err))
        except GenesysError as err:
            if version is not None and "(404)" in str(err):
                return Unavailable(f"version {version} was not found in {self.region}")
            return BrokenContract(str(err), source=source, origin="fetch")
        except Exception as err:  # a fetch must never take the run down: the bodies say what happened
            return BrokenContract(f"{type(err).__name__}: {err}", source=source, origin="fetch")
        document = snapshots.snapshot(inputs.flow_id, inputs.name, inputs.type, inputs.version_id, self.region,
                                      inputs.input_schema)
        path = self.cache.path_for(flow_id, version)
        with contextlib.suppress(OSError):  # the cache is an optimisation: a read-only home still checks
            snapshots.write(path, document)
        try:
            return contract_from_document(document, str(path))
        except BrokenContract as err:
            return err.located(source, "fetch")

    def close(self) -> None:
        if self.client is not None:
            self.client.close()
