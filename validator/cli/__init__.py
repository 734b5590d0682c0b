"""The `flowlint` command: `run` is the console entry point; `main` is the click group (`validator.cli.app`)."""

from __future__ import annotations

import sys

TYPE_CHECKING = False  # not typing's: `flowlint --version` imports neither typing nor click
if TYPE_CHECKING:
    from .app import main as main


def run() -> None:
    """Console entry point; `flowlint --version` alone answers before click is imported."""
    if sys.argv[1:] == ["--version"]:
        from ..core.about import __version__

        sys.stdout.write(f"flowlint, version {__version__}\n")  # click's version_option says the same
        return
    from .app import main

    main()


def __getattr__(name: str) -> object:
    if name == "main":
        from .app import main

        return main
    raise AttributeError(f"module 'validator.cli' has no attribute {name!r}")
