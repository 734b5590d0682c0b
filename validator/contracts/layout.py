"""Where a project keeps its contracts (a module of its own: the command line names it without loading the store)."""

from __future__ import annotations

#: The contract store's directory in a project, relative to its root.
DEFAULT_STORE = ".flowlint/flows"
