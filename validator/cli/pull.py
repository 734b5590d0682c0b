"""`flowlint pull`: write one snapshot per flow into the contract store."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

import click

from ..contracts import snapshots
from ..contracts.store import ContractStore, snapshot_name
from ..core import exit_codes
from ..core.codes import UUID_EXAMPLE
from ..core.ids import is_uuid
from ..core.paths import within
from ..core.printable import printable
from ..genesys.client import GenesysClient, GenesysError, MissingCredentials
from ..genesys.flows import InputsUnknown, fetch_inputs, find_workflow
from ..genesys.redact import server_text
from ..genesys.regions import UnknownRegion
from ..genesys.session import open_client
from ..project.config import ConfigError, find_config, load_config
from ..project.root import default_store, store_outside, store_roots
from .output import writing_stdout


def run_pull(flow_ids: tuple[str, ...], names: tuple[str, ...], store: Path | None, region: str | None, base_url: str | None,
             timeout: float, verbose: bool, *, login_url: str | None = None, versions: tuple[str, ...] = ()) -> int:
    """Pull every named flow (its published version, or each of `versions`); the exit code (3 when any could not be pulled)."""
    if not flow_ids and not names:
        raise click.UsageError("name at least one FLOW_ID or --name")
    for flow_id in flow_ids:
        if not is_uuid(flow_id):
            raise click.UsageError(f"{flow_id!r} is not a flow ID (a UUID); use --name to pull a flow by its name")
    for version in versions:
        if snapshot_name(UUID_EXAMPLE, version) is None:
            raise click.UsageError(f"--version {version!r} is not a flow version such as 2.0")
    project = Path.cwd()
    try:
        config = load_config(find_config())
        project = config.root
    except ConfigError as err:
        if store is None:
            raise click.UsageError(str(err)) from None
    if store is None:
        refused = store_outside(config)
        if refused is not None:
            click.echo(f"flowlint: error: {refused}; nothing was written", err=True)
            return exit_codes.USAGE
        store, roots = default_store(config), store_roots(config)
    else:
        given, real = os.path.abspath(store), os.path.realpath(store)
        if real != given and not within(real, (str(project), os.getcwd())):  # a link on the way, leading out
            click.echo(f"flowlint: error: the contract store {printable(str(store))} is a link to {printable(real)}, "
                       "outside the project; nothing was written (name the directory it leads to with --contracts to "
                       "write there)", err=True)
            return exit_codes.USAGE
        roots = ContractStore(store).roots  # (the tree check reads a store named with --contracts in)
    log = logging.getLogger("flowlint")
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("flowlint: %(message)s"))
    if verbose:
        log.addHandler(handler)
        log.setLevel(logging.INFO)
    try:
        return _pull_all(flow_ids, names, store, roots, region, base_url, login_url, timeout, versions)
    finally:
        log.removeHandler(handler)


def _pull_all(flow_ids: tuple[str, ...], names: tuple[str, ...], store: Path, roots: tuple[str, ...], region: str | None,
              base_url: str | None, login_url: str | None, timeout: float, versions: tuple[str, ...]) -> int:
    try:
        client = open_client(region, base_url, timeout=timeout, login_url=login_url)
    except (MissingCredentials, UnknownRegion) as err:
        raise click.UsageError(str(err)) from None
    failures = 0
    with client:
        targets: list[str] = [flow_id.lower() for flow_id in flow_ids]
        for name in names:
            try:
                found = find_workflow(client, name)
            except GenesysError as err:
                click.echo(f"flowlint: error: {printable(str(err))}", err=True)
                failures += 1
                continue
            found_id = found.get("id")
            if not is_uuid(found_id):  # a reply never names a file: only a UUID becomes <store>/<id>.json
                click.echo(f"flowlint: error: the search for {printable(repr(name))} answered a flow whose id "
                           f"{server_text(repr(found_id), limit=80)} is not a flow ID (a UUID); nothing was written", err=True)
                failures += 1
                continue
            click.echo(f"{printable(repr(name))} is flow {found_id}", err=True)
            targets.append(str(found_id).lower())
        jobs = [(flow_id, version) for flow_id in dict.fromkeys(targets) for version in (dict.fromkeys(versions) or [None])]
        for number, (flow_id, version) in enumerate(jobs, start=1):
            progress = f"[{number}/{len(jobs)}] " if len(jobs) > 1 else ""
            failures += not _pull_one(client, flow_id, version, store, roots, progress)
    return exit_codes.FAILURE if failures else exit_codes.OK


def _pull_one(client: GenesysClient, flow_id: str, version: str | None, store: Path, roots: tuple[str, ...],
              progress: str) -> bool:
    try:
        inputs = fetch_inputs(client, flow_id, version)
    except InputsUnknown as err:
        click.echo(f"{progress}flowlint: error: {printable(str(err))}; nothing written (save or publish a version that declares its "
                   "inputs, then pull it again)", err=True)
        return False
    except GenesysError as err:
        click.echo(f"{progress}flowlint: error: {printable(str(err))}", err=True)
        return False
    if not is_uuid(flow_id):
        click.echo(f"{progress}flowlint: error: {server_text(repr(flow_id), limit=80)} is not a flow ID", err=True)
        return False
    name, kind, shown_version = (server_text(text, limit=120) for text in (inputs.name, inputs.type, inputs.version_id))
    if inputs.type.upper() != "WORKFLOW":
        click.echo(f"{progress}flowlint: warning: {name!r} is a {kind} flow; "
                   "only workflows can be launched with /api/v2/flows/executions", err=True)
    document = snapshots.snapshot(inputs.flow_id, inputs.name, inputs.type, inputs.version_id,
                                  client.endpoints.region, inputs.input_schema)
    path = store / str(snapshot_name(flow_id, version))
    try:
        changed = snapshots.write(path, document, roots=roots)  # (a snapshot linked out of them is replaced, unread)
    except OSError as err:
        click.echo(f"{progress}flowlint: error: cannot write {path}: {err.strerror or err}", err=True)
        return False
    count = len(inputs.input_schema.get("properties") or {})
    state = "wrote" if changed else "unchanged"
    which = f"version {shown_version}" if version is not None else f"published version {shown_version}"
    with writing_stdout():  # an unwritable stdout: one line on stderr, exit 3 (the snapshot is written)
        click.echo(f"{progress}{state} {printable(str(path))} ({name}, {which}, {count} input{'s' * (count != 1)})")
    return True
