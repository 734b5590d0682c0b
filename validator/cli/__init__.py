"""The `flowlint` command: `run` is the console entry point; `main` is the click group (`validator.cli.app`)."""

from __future__ import annotations

import os
import sys

#: On Windows click's main() expands wildcards, ~ and variables in arguments (no shell does): click reads them there.
CLICK_EXPANDS_ARGUMENTS = os.name == "nt"

TYPE_CHECKING = False  # not typing's: `flowlint --version` imports neither typing nor click
if TYPE_CHECKING:
    from .app import main as main


def run() -> None:
    """Console entry point; `flowlint --version` alone, and a plain `flowlint check`, run without importing click."""
    if sys.argv[1:] == ["--version"]:
        from ..core.about import __version__

        sys.stdout.write(f"flowlint, version {__version__}\n")  # click's version_option says the same
        return
    import signal

    from ..core.exit_codes import INTERRUPTED

    interrupted = False

    def on_interrupt(signum: int, frame: object) -> None:
        nonlocal interrupted
        interrupted = True
        signal.default_int_handler(signum, frame)  # type: ignore[arg-type]

    # click answers Ctrl-C with "Aborted!" and exit 1, the code of a run with findings: CI could not tell them apart
    if signal.getsignal(signal.SIGINT) is signal.default_int_handler:
        signal.signal(signal.SIGINT, on_interrupt)
    try:
        args = sys.argv[1:]
        # The common command line, read without click when it is plain (cli/argv.py)
        if args[:1] == ["check"] and not CLICK_EXPANDS_ARGUMENTS:
            import gc

            from .argv import completing, parse_check, run_check_command

            # A run's names, cache entries and results live until its end: the collector's default pace (a young
            # collection every 700 objects, each older one scanning all of them) spent ~5% of a warm run (CPU) looking
            # for cycles there are few of (what is loaded is frozen out of its scans: run_check_command).
            gc.set_threshold(10_000, 10, 10)

            parsed = None if completing() else parse_check(args[1:])
            if parsed is not None:
                run_check_command(args, *parsed)
        from .app import main

        main()
    except KeyboardInterrupt:
        sys.exit(INTERRUPTED)
    except SystemExit as exit:
        if interrupted and exit.code == 1:  # click's "Aborted!"; a command that ends well on Ctrl-C (serve) keeps its code
            sys.exit(INTERRUPTED)
        raise


def __getattr__(name: str) -> object:
    if name == "main":
        from .app import main

        return main
    raise AttributeError(f"module 'validator.cli' has no attribute {name!r}")
