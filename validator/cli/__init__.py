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
    import gc

    # The start-up's imports make no garbage, only objects that live as long as the process: no collection while they
    # load (each one scanned the young objects they made: ~2% of a warm one-file run's instructions). A plain check
    # turns the collector on once they are loaded and frozen out of its scans (run_check_command), click before its run.
    gc.disable()
    try:
        _run()
    finally:
        gc.enable()


def _run() -> None:
    from .output import ReportUnwritable, refuse

    if sys.argv[1:] == ["--version"]:
        from ..core.about import __version__
        from .output import writing_stdout

        try:
            with writing_stdout():
                sys.stdout.write(f"flowlint, version {__version__}\n")  # click's version_option says the same
                sys.stdout.flush()
        except ReportUnwritable as err:
            refuse(err)
        except BrokenPipeError:  # the reader has gone: said as click says it, quietly with exit code 1
            from .output import discard

            discard(sys.stdout)
            sys.exit(1)
        return
    import gc
    import signal

    from ..core.exit_codes import INTERRUPTED

    interrupted = False
    checked = False  # the run was a plain `flowlint check`: it may end without the interpreter's teardown

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
            from . import patterns

            patterns.install()  # before the modules that compile patterns as they are imported

            from .argv import completing, parse_check, run_check_command

            # A run's names, cache entries and results live until its end: the collector's default pace (a young
            # collection every 700 objects, each older one scanning all of them) spent ~5% of a warm run (CPU) looking
            # for cycles there are few of (what is loaded is frozen out of its scans: run_check_command).
            gc.set_threshold(10_000, 10, 10)

            parsed = None if completing() else parse_check(args[1:])
            if parsed is not None:
                checked = True
                run_check_command(args, *parsed)
        from .app import main

        gc.enable()  # (disabled while run() loaded)
        main()
    except KeyboardInterrupt:
        sys.exit(INTERRUPTED)
    except ReportUnwritable as err:
        refuse(err)
    except SystemExit as exit:
        if interrupted and exit.code == 1:  # click's "Aborted!"; a command that ends well on Ctrl-C (serve) keeps its code
            sys.exit(INTERRUPTED)
        if checked and not interrupted and (exit.code is None or isinstance(exit.code, int)):
            from . import patterns

            patterns.save()
            exit_now(exit.code or 0)
        raise


#: The names of the program when flowlint is it: the console script, or `python -m validator`.
_PROGRAM_FILES = frozenset({"flowlint", "flowlint-script.py"})


def exit_now(code: int) -> None:
    """End the process with `code` at once, when flowlint is the whole program and nothing may still want the
    interpreter: tearing it down (every module, the run's names, parsed trees and caches freed one by one) costs a
    run ~5-10 ms of wall time for nothing. Else return (the caller exits as usual): an atexit callback (coverage, a
    library's), a profiler or tracer, another thread, `python -i`, or a caller that may catch the SystemExit (flowlint
    run from another program's code)."""
    main = sys.modules.get("__main__")
    spec = getattr(main, "__spec__", None)
    ours = getattr(spec, "name", None) == "validator.__main__" or \
        os.path.basename(str(getattr(main, "__file__", ""))) in _PROGRAM_FILES
    import atexit

    callbacks = getattr(atexit, "_ncallbacks", None)  # CPython's count of registered callbacks
    threading = sys.modules.get("threading")
    if not ours or callbacks is None or callbacks() or sys.getprofile() is not None or sys.gettrace() is not None \
            or sys.flags.inspect or (threading is not None and threading.active_count() != 1):
        return
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
    except Exception:  # (a closed pipe...: the ordinary exit says it as it always has)
        return
    os._exit(code)


def __getattr__(name: str) -> object:
    if name == "main":
        from .app import main

        return main
    raise AttributeError(f"module 'validator.cli' has no attribute {name!r}")
