"""The contracts a project's launches are checked against, built one way for every entry point.

`flowlint check`, `flowlint serve`, the editor server and the library all call `project_contracts`:
the snapshot store the config names (`contracts`, else `.flowlint/flows` at the project root), with
the flows `[tool.flowlint.flows]` maps to their Architect YAML in front of it.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..contracts.architect import FlowYamls
from ..contracts.resolution import ContractSource
from ..contracts.store import ContractStore
from .config import Config, find_config, load_config
from .root import default_store, store_roots


def project_contracts(config: Config | None = None, *, start: str | os.PathLike[str] | None = None,
                      store: ContractSource | str | os.PathLike[str] | None = None,
                      roots: tuple[str, ...] | None = None) -> ContractSource:
    """The project's contract source: its flow YAML mapping in front of its snapshot store.

    `config` defaults to the nearest config above `start` (the working directory); a bad config raises
    ConfigError. `store` replaces the snapshot store (a directory, or a source such as a live or
    reloading one). A mapped YAML is read only inside `roots` (default: the project's directory).
    """
    here = Path(start) if start is not None else None
    if config is None:
        found = find_config(here)
        config = load_config(found) if found else Config(root=(here or Path.cwd()).resolve())
    if store is None:
        # (read in the project only: a store linked out of it gives FL901 for each flow, never what it leads to)
        source: ContractSource = ContractStore(default_store(config, here), roots=store_roots(config, here))
    elif isinstance(store, (str, os.PathLike)):
        source = ContractStore(store)
    else:
        source = store
    if not config.flows:
        return source
    return FlowYamls(config.flow_paths(), source, roots=roots or config.reading_roots())


def mapped_flows(source: ContractSource) -> int:
    """How many flows a source reads from the project's flow YAML (for start-up lines)."""
    return len(source.flows) if isinstance(source, FlowYamls) else 0
