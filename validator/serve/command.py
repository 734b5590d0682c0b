"""`flowlint serve`: options to a running server, and the outcome to an exit code."""

from __future__ import annotations

import contextlib
import io
import os
import sys
from pathlib import Path

import click
import httpx

from ..core import exit_codes
from ..genesys.regions import UnknownRegion
from ..project.config import ConfigError, find_config, load_config
from ..project.contracts import mapped_flows, project_contracts
from ..project.root import default_store, store_outside, store_roots
from . import MissingServeExtra, app
from .access_log import LineWriter


def run_serve(host: str, port: int, contracts: Path | None, auth: bool, forward: str | None, log_format: str,
              max_body_size: int, timeout: float, max_connections: int, max_executions: int,
              cors_origins: tuple[str, ...] = ()) -> int:
    """Serve until stopped; 0 after a graceful stop, 3 when the server cannot run (no extra, address in use).

    Like `flowlint check`, the contract store, rule severities and limits (max-depth, max-file-size) come from the
    project's config (the nearest .flowlint.toml, flowlint.toml or pyproject.toml) unless --contracts names the store.
    """
    try:
        config = load_config(find_config())
    except ConfigError as err:
        raise click.UsageError(str(err)) from None
    roots: tuple[str, ...] | None = None  # (a store named with --contracts is its own tree, as for check)
    if contracts is None:
        refused = store_outside(config)
        if refused is not None:
            raise click.UsageError(refused)
        contracts, roots = default_store(config), store_roots(config)
    try:
        from .contracts import ReloadingStore

        # The same contracts `flowlint check` uses: the config's flow YAML mapping in front of the store.
        store = ReloadingStore(contracts, roots=roots)
        source = project_contracts(config, store=store)
        application = app(source, auth=auth, forward=forward, max_body_size=max_body_size, timeout=timeout,
                          max_executions=max_executions, log_format=log_format, severities=config.severity,
                          max_depth=config.max_depth, max_file_size=config.max_file_size,
                          cors_origins=cors_origins or None,
                          access_log=LineWriter(sys.stderr, stamp=log_format == "text"))
        from .server import ServerLimits, configure_logging, listen, run
    except MissingServeExtra as err:
        click.echo(f"flowlint: error: {err}", err=True)
        return exit_codes.FAILURE
    except UnknownRegion as err:
        raise click.BadParameter(str(err), param_hint="--forward") from None
    try:
        sock = listen(host, port)
    except (OSError, OverflowError) as err:
        click.echo(f"flowlint: error: cannot listen on {host}:{port}: {getattr(err, 'strerror', None) or err}", err=True)
        return exit_codes.FAILURE
    configure_logging(log_format)
    service = application.state.service
    if service.upstream is not None and not _private(service.upstream.base_url):
        click.echo(f"flowlint: warning: --forward {service.upstream.base_url} is plain HTTP: bearer tokens cross the "
                   "network unencrypted", err=True)
    count = store.count()
    mapped = mapped_flows(service.contracts)
    if count:
        where = f"{contracts} ({count} flow{'s' if count != 1 else ''})"
    else:
        where = f"{contracts} (no snapshots{'' if mapped else ': inputs are not checked'})"
    if mapped:
        where += f", and the YAML of {mapped} flow{'s' if mapped != 1 else ''} ([flows] in {config.source})"
    click.echo(f"flowlint serve: contracts from {where}; "
               f"{'bearer token required' if auth else 'no auth'}"
               f"{f'; valid launches forwarded to {service.upstream.base_url}' if service.upstream else ''}", err=True)

    def announce(url: str) -> None:
        line = f"flowlint serve: listening on {url} (Ctrl-C or SIGTERM to stop)"
        unwritten = _write_stdout(line)
        if unwritten is not None:  # no reason to stop serving: said where the store and the access log are
            click.echo(f"{line}; stdout cannot be written ({unwritten}): this line is on stderr", err=True)

    code = run(application, sock, ServerLimits(max_connections=max_connections, graceful_shutdown=timeout, head_timeout=timeout), announce)
    click.echo("flowlint serve: stopped", err=True)
    return code


def _write_stdout(line: str) -> str | None:
    """Write a line on stdout, flushed; None, or why it could not be written (stdout closed, a full device). What stays
    buffered after a failed write is sent to the null device, so no flush at exit fails again with a traceback."""
    stream = sys.stdout
    if stream is None:
        return "standard output is closed"
    try:
        stream.write(line + "\n")
        stream.flush()
    except (OSError, ValueError) as err:  # (ValueError: a stream closed by the process itself)
        with contextlib.suppress(OSError, ValueError, io.UnsupportedOperation):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, stream.fileno())
            os.close(devnull)
        return (err.strerror if isinstance(err, OSError) else None) or str(err) or type(err).__name__
    return None


def _private(url: str) -> bool:
    """Whether forwarding to `url` keeps tokens off the network: HTTPS, or plain HTTP to this machine."""
    host = httpx.URL(url).host
    return url.startswith("https://") or host in ("localhost", "127.0.0.1", "::1") or host.startswith("127.")
