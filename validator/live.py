"""`check --fetch`: contracts from the store when fresh, else fetched live and cached outside the repo."""

from __future__ import annotations

import contextlib
import datetime
import os
import re
from collections.abc import Callable
from pathlib import Path

from . import snapshots
from .contracts import BrokenContract, Contract, ContractStore, contract_from_document
from .genesys.client import GenesysClient, GenesysError
from .genesys.flows import fetch_inputs

DEFAULT_MAX_AGE = datetime.timedelta(days=1)


def default_cache_dir() -> Path:
    base = os.environ.get("FLOWLINT_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "flowlint")
    return Path(base)


class LiveContracts:
    """A ContractSource that fetches what the store lacks or has stale; one client, opened on first need."""

    forkable = False  # one client per run: fetches happen in the main process

    def __init__(self, store: ContractStore, connect: Callable[[], GenesysClient], region: str, *,
                 cache_dir: Path | None = None, max_age: datetime.timedelta = DEFAULT_MAX_AGE) -> None:
        self.store = store
        self.connect = connect
        self.region = region
        self.max_age = max_age
        self.cache = ContractStore((cache_dir or default_cache_dir()) / re.sub(r"[^A-Za-z0-9.-]", "_", region))
        self.client: GenesysClient | None = None
        self.fetched: dict[str, Contract | BrokenContract] = {}
        #: Fetches that failed where a stale snapshot was used instead, for the user to see once.
        self.warnings: list[str] = []

    def fresh(self, contract: Contract | BrokenContract | None) -> bool:
        return isinstance(contract, Contract) and snapshots.is_fresh(contract.fetched_at, self.max_age)

    def get(self, flow_id: str) -> Contract | BrokenContract | None:
        key = flow_id.lower()
        known = [found for found in (self.store.get(key), self.cache.get(key)) if isinstance(found, Contract)]
        fresh = [found for found in known if self.fresh(found)]
        if fresh:
            return fresh[0]
        if key not in self.fetched:
            fetched = self._fetch(key)
            if isinstance(fetched, BrokenContract) and known:  # offline or refused: a stale snapshot beats none
                self.warnings.append(f"flow {key}: using the snapshot fetched at {known[0].fetched_at or 'an unknown time'} "
                                     f"({known[0].source}); {fetched}")
                fetched = known[0]
            self.fetched[key] = fetched
        return self.fetched[key]

    def _fetch(self, flow_id: str) -> Contract | BrokenContract:
        try:
            if self.client is None:
                self.client = self.connect()
            inputs = fetch_inputs(self.client, flow_id)
        except GenesysError as err:
            return BrokenContract(f"could not refresh it: {err}")
        document = snapshots.snapshot(inputs.flow_id, inputs.name, inputs.type, inputs.version_id, self.region,
                                      inputs.input_schema)
        path = self.cache.path_for(flow_id)
        with contextlib.suppress(OSError):  # the cache is an optimisation: a read-only home still checks
            snapshots.write(path, document)
        try:
            return contract_from_document(document, str(path))
        except BrokenContract as err:
            return err

    def close(self) -> None:
        if self.client is not None:
            self.client.close()
