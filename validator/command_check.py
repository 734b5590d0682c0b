"""`flowlint check`: options to a run, and the run's outcome to an exit code."""

from __future__ import annotations

import datetime
import os
import sys
from typing import Any

import click

from .contracts import DEFAULT_STORE, BrokenContract, ContractStore, load_contract_file
from .document import Limits
from .engine import CheckOptions
from .files import MissingPath, expand
from .live import LiveContracts
from .report import make_reporter
from .runner import run
from .schema import BrokenSchema

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_FAILURE = 0, 1, 2, 3


def _live_contracts(store: ContractStore, options: dict[str, Any]) -> LiveContracts:
    from .genesys.client import Credentials, GenesysClient, MissingCredentials
    from .genesys.regions import UnknownRegion
    from .genesys.session import endpoints_from

    try:
        endpoints = endpoints_from(options["region"], options["base_url"])
        credentials = Credentials.from_env(dict(os.environ))
    except (MissingCredentials, UnknownRegion) as err:
        raise click.UsageError(f"--fetch: {err}") from None
    return LiveContracts(store, lambda: GenesysClient(endpoints, credentials), endpoints.region,
                         max_age=datetime.timedelta(hours=options["max_age"]))


def run_check(paths: tuple[str, ...], options: dict[str, Any]) -> int:
    """Run a check as the command line asked; the exit code."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    if not paths:
        raise click.UsageError("no paths to check: name files or directories, or `-` for stdin")
    output_format = options["output_format"] or ("github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text")
    color = options["color"] if options["color"] is not None else sys.stdout.isatty() and "NO_COLOR" not in os.environ
    limits = Limits(
        max_file_size=options["max_file_size"] or Limits.max_file_size,
        max_depth=options["max_depth"] or Limits.max_depth,
    )
    store = ContractStore(options["contracts_dir"] or DEFAULT_STORE)
    check_options = CheckOptions(contracts=store)
    live = None
    if options["fetch"]:
        live = _live_contracts(store, options)
        check_options.contracts = live
    if options["flow_schema"]:
        try:
            check_options.contract = load_contract_file(options["flow_schema"])
        except BrokenContract as err:
            click.echo(f"flowlint: error: --flow-schema: {err}", err=True)
            return EXIT_FAILURE
    reporter = make_reporter(output_format, sys.stdout, color=color, quiet=options["quiet"])
    try:
        files = list(expand(paths))
        summary = run(files, check_options, reporter, limits=limits,
                      stdin_name=options["stdin_filename"] or "<stdin>")
    except MissingPath as err:
        raise click.BadParameter(f"{err} does not exist", param_hint="PATHS") from None
    except BrokenSchema as err:
        click.echo(f"flowlint: error: {err}", err=True)
        return EXIT_FAILURE
    except BrokenPipeError:
        return EXIT_FINDINGS
    finally:
        if live is not None:
            live.close()
    if summary.tool_failures:
        return EXIT_FAILURE
    if summary.errors or (options["strict"] and summary.warnings):
        return EXIT_FINDINGS
    return EXIT_OK
