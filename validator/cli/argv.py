"""A plain `flowlint check` command line read without click: importing click and having it parse 10,000 names cost
a one-file check ~15 ms of its ~90, and a warm run ~25 ms. Whatever this reader does not vouch for (help, a mistake,
an abbreviation, a value it would have to interpret) is left to click, which then says what it always says; the
run itself is the same function either way. tests/test_cli_argv.py holds this table to click's own (cli/app.py).
"""

from __future__ import annotations

import os
import stat
import sys

from ..report import FORMATS

TYPE_CHECKING = False  # not typing's: this module is read on every check, typing is not needed to run one
if TYPE_CHECKING:
    from typing import Any, NoReturn

#: What each option of `check` is, as click's decorators in cli/app.py say: its dest and its kind, with what that kind
#: needs (a flag's value, the choices, an int's bounds, a float's lower bound, a path's exists/file_okay/dir_okay/writable).
OPTIONS: dict[str, tuple[str, str, Any]] = {
    "--format": ("output_format", "choice", FORMATS),
    "--strict": ("strict", "flag", True),
    "-q": ("quiet", "flag", True),
    "--quiet": ("quiet", "flag", True),
    "-v": ("verbose", "flag", True),
    "--verbose": ("verbose", "flag", True),
    "--flow-schema": ("flow_schema", "path", (True, True, False, False)),
    "--contracts": ("contracts_dir", "path", (False, False, True, False)),
    "--fetch": ("fetch", "flag", True),
    "--region": ("region", "text", None),
    "--base-url": ("base_url", "text", None),
    "--login-url": ("login_url", "text", None),
    "--timeout": ("timeout", "float", 0.1),
    "--max-age": ("max_age", "float", 0.0),
    "--max-file-size": ("max_file_size", "int", (1, None)),
    "--max-depth": ("max_depth", "int", (1, 900)),
    "--yaml-version": ("yaml_version", "choice", ("1.1", "1.2")),
    "-j": ("jobs", "int", (1, None)),
    "--jobs": ("jobs", "int", (1, None)),
    "--no-cache": ("no_cache", "flag", True),
    "--stdin-filename": ("stdin_filename", "text", None),
    "--color": ("color", "flag", True),
    "--no-color": ("color", "flag", False),
    "--config": ("config", "path", (True, True, False, False)),
    "--force-exclude": ("force_exclude", "flag", True),
    "--allow-no-files": ("allow_no_files", "flag", True),
    "--fix": ("fix", "flag", True),
    "--unsafe-fixes": ("unsafe_fixes", "flag", True),
    "--diff": ("diff", "flag", True),
    "--select": ("select", "multiple", None),
    "--extend-select": ("extend_select", "multiple", None),
    "--ignore": ("ignore", "multiple", None),
    "--exit-zero": ("exit_zero", "flag", True),
    "--statistics": ("statistics", "flag", True),
    "--output-file": ("output_file", "path", (False, True, False, True)),
    "-o": ("output_file", "path", (False, True, False, True)),
    "--show-files": ("show_files", "flag", True),
    "--show-fixes": ("show_fixes", "flag", True),
}
#: The value of each option not given.
DEFAULTS: dict[str, Any] = {dest: False if kind == "flag" else () if kind == "multiple" else None
                            for dest, kind, _ in OPTIONS.values()}
DEFAULTS.update(timeout=10.0, max_age=24.0, color=None)


def parse_check(args: list[str]) -> tuple[tuple[str, ...], dict[str, Any]] | None:
    """The paths and options of `flowlint check ARGS` as click would give them, or None: let click read these."""
    options = dict(DEFAULTS)
    multiple: dict[str, list[str]] = {}
    paths: list[str] = []
    i, count = 0, len(args)
    while i < count:
        arg = args[i]
        i += 1
        if arg[:1] != "-" or arg == "-":
            paths.append(arg)
            continue
        if arg == "--":
            paths += args[i:]
            break
        name, equals, value = arg.partition("=") if arg[:2] == "--" else (arg, "", "")
        if len(name) > 2 and name[1] != "-":  # a short option with its value written on (`-j2`), as click reads it
            name, equals, value = name[:2], "=", name[2:]
        known = OPTIONS.get(name)
        if known is None:
            return None  # an unknown option, help: click's to read (short flags run together, -qv: a flag's `=`)
        dest, kind, spec = known
        if kind == "flag":
            if equals:
                return None
            options[dest] = spec
            continue
        if not equals:
            if i == count:
                return None
            value = args[i]
            i += 1
        if kind == "multiple":
            multiple.setdefault(dest, []).append(value)
            continue
        converted = _converted(value, kind, spec)
        if converted is None:
            return None
        options[dest] = converted
    for dest, values in multiple.items():
        options[dest] = tuple(values)
    return tuple(paths), options


def _converted(value: str, kind: str, spec: Any) -> Any:
    """An option's value as click converts it, or None where click might say otherwise (or refuse it)."""
    if kind == "text":
        return value
    if kind == "choice":
        return value if value in spec else None
    if kind == "int":
        if not (value.isascii() and value.isdigit()) or len(value) > 18:  # int() refuses 4,301 digits: click's words then
            return None
        number = int(value)
        low, high = spec
        return number if number >= low and (high is None or number <= high) else None
    if kind == "float":
        if not (value.isascii() and value.replace(".", "", 1).isdigit()):
            return None
        real = float(value)
        return real if real >= spec else None
    return value if _path_passes(value, *spec) else None


def _path_passes(value: str, exists: bool, file_okay: bool, dir_okay: bool, writable: bool) -> bool:
    """Whether click.Path(exists, file_okay, dir_okay, writable) takes `value` as it is (click's own checks, in order)."""
    try:
        info = os.stat(value)
    except (OSError, ValueError):
        return not exists
    if (not file_okay and stat.S_ISREG(info.st_mode)) or (not dir_okay and stat.S_ISDIR(info.st_mode)):
        return False
    return os.access(value, os.R_OK) and (not writable or os.access(value, os.W_OK))


def completing() -> bool:
    """Whether the shell asks for completions (click's `_FLOWLINT_COMPLETE=...`): click answers those."""
    return any(name[:1] == "_" and name.endswith("_COMPLETE") for name in os.environ)


def run_check_command(args: list[str], paths: tuple[str, ...], options: dict[str, Any]) -> NoReturn:
    """Run `flowlint check` as click's standalone mode would run it: its errors, Ctrl-C and a closed pipe said alike."""
    import gc

    try:
        from .check import run_check  # in the try: Ctrl-C while it loads is said "Aborted!" too, as click says it

        gc.freeze()  # what is loaded lives as long as the process: never scanned for cycles
        gc.enable()  # (off while it loaded: run)
        code = run_check(paths, options)
    except (EOFError, KeyboardInterrupt):
        import click

        click.echo(file=sys.stderr)
        click.echo("Aborted!", file=sys.stderr)
        sys.exit(1)
    except OSError as err:
        import errno

        if err.errno != errno.EPIPE:
            raise
        import click.utils

        pacified: Any = getattr(click.utils, "_PacifyFlushWrapper", None) or click.utils.PacifyFlushWrapper  # renamed in 8.2
        sys.stdout, sys.stderr = pacified(sys.stdout), pacified(sys.stderr)
        sys.exit(1)
    except Exception as err:
        click_module = sys.modules.get("click")
        if click_module is None or not isinstance(err, click_module.ClickException):
            raise
        _show(err, args)
    sys.exit(code)


def _show(err: Any, args: list[str]) -> NoReturn:
    """A usage error raised by the run, shown as click shows it: with the usage line of `check`, from click's context."""
    import click
    from click.utils import _detect_program_name

    from .app import check, main

    try:
        with main.make_context(_detect_program_name(), list(args)) as parent:
            context = check.make_context("check", list(args[1:]), parent=parent)
    except click.ClickException as other:  # the command line itself is refused now (a file named in it went away)
        err = other
    else:
        if err.ctx is None:
            err.ctx = context
    from .output import printable_error

    printable_error(err)
    err.show()
    sys.exit(err.exit_code)
