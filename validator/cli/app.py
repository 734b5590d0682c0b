"""The `flowlint` command's click group and its subcommands (imported by `validator.cli` when a command runs)."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import click

from ..contracts.layout import DEFAULT_STORE
from ..core.about import __version__
from ..report import FORMATS
from .output import printable_errors, writing_stdout


class _HelpWritten:
    """A help option's callback, its page written as every command's output is: an unwritable stdout is one line
    on stderr and exit 3 (output.py), not a traceback."""

    def __init__(self, callback: Any) -> None:
        self.callback = callback

    def __call__(self, ctx: click.Context, param: click.Parameter, value: Any) -> Any:
        if not value:  # called for every command line: a command that prints nothing (serve) is left as it was
            return self.callback(ctx, param, value)
        with writing_stdout():
            return self.callback(ctx, param, value)


class _Command(click.Command):
    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        return _guarded_help(super().get_help_option(ctx))


class _Group(click.Group):
    command_class = _Command

    def make_context(self, info_name: str | None, args: list[str], parent: click.Context | None = None,
                     **extra: Any) -> click.Context:
        with printable_errors():  # the group's own options refused
            return super().make_context(info_name, args, parent, **extra)

    def invoke(self, ctx: click.Context) -> Any:
        with printable_errors():  # a subcommand's options refused, and every usage error its run raises
            return super().invoke(ctx)

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        return _guarded_help(super().get_help_option(ctx))


def _guarded_help(option: click.Option | None) -> click.Option | None:
    if option is not None and option.callback is not None and not isinstance(option.callback, _HelpWritten):
        option.callback = _HelpWritten(option.callback)
    return option


def _print_version(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    """`--version` as click's version_option says it, but an unwritable stdout said as every command says it."""
    if not value or ctx.resilient_parsing:
        return
    with writing_stdout():
        click.echo(f"flowlint, version {__version__}", color=ctx.color)
    ctx.exit()


def _cors_origins(ctx: click.Context, param: click.Parameter, values: tuple[str, ...]) -> tuple[str, ...]:
    """`--cors-origin` values as origins (`http://localhost:3000`, or `*`); a value that is none is a usage error."""
    from ..serve.cors import cors_origin

    try:
        return tuple(cors_origin(value) for value in values)
    except ValueError as err:
        raise click.BadParameter(str(err)) from None


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--version", is_flag=True, expose_value=False, is_eager=True, callback=_print_version,
              help="Show the version and exit.")
def main() -> None:
    """Lint the request bodies that launch Genesys Cloud Architect flows (POST /api/v2/flows/executions)."""


@main.command()
@click.argument("paths", nargs=-1, type=click.UNPROCESSED)  # plain strings: 10,000 names must cost nothing
@click.option("--format", "output_format", type=click.Choice(FORMATS),
              help="Output format [default: text; github under GitHub Actions].")
@click.option("--strict", is_flag=True, help="Warnings fail the check too (exit code 1).")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing for clean files: no notes, no summary.")
@click.option("-v", "--verbose", is_flag=True, help="Also note each launch whose body flowlint cannot see at all (FL011).")
@click.option("--flow-schema", type=click.Path(exists=True, dir_okay=False), metavar="FILE",
              help="Check every body's inputData against this flow input schema (or a saved flow, flow version or division view).")
@click.option("--contracts", "contracts_dir", type=click.Path(file_okay=False), metavar="DIR",
              help="Contract store with one snapshot per flow [default: .flowlint/flows].")
@click.option("--fetch", is_flag=True, help="Fetch missing or stale contracts from Genesys Cloud (needs credentials).")
@click.option("--region", metavar="REGION", help="Genesys Cloud region or domain for --fetch (e.g. eu-west-1 or mypurecloud.ie).")
@click.option("--base-url", metavar="URL",
              help="API host for --fetch (private or test endpoints); signs in at its login. host, like the SDKs.")
@click.option("--login-url", metavar="URL", help="Sign-in host for --fetch when it does not follow the api./login. pattern "
              "[default: $FLOWLINT_LOGIN_URL].")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=10.0, show_default=True,
              help="With --fetch, seconds to wait for each reply.")
@click.option("--max-age", type=click.FloatRange(min=0), default=24.0, show_default=True, metavar="HOURS",
              help="With --fetch, snapshots older than this are fetched again.")
@click.option("--max-file-size", type=click.IntRange(min=1), metavar="BYTES", help="Largest file to read [default: 33554432].")
@click.option("--max-depth", type=click.IntRange(min=1, max=900), help="Deepest nesting to accept [default: 200].")
@click.option("--yaml-version", type=click.Choice(["1.1", "1.2"]),
              help="Read unquoted YAML values as YAML 1.1 (PyYAML) or 1.2 (js-yaml 4, yq v4, Go yaml.v3) [default: 1.1].")
@click.option("-j", "--jobs", type=click.IntRange(min=1), metavar="N",
              help="Worker processes for runs of many files [default: as many as pay for themselves, see docs/speed.md].")
@click.option("--no-cache", is_flag=True, help="Check every file again: neither read nor write the result cache "
              "(.flowlint_cache/ at the project root; also FLOWLINT_NO_CACHE=1).")
@click.option("--stdin-filename", metavar="NAME", help="Name to report for the body read from stdin (`-`).")
@click.option("--color/--no-color", default=None, help="Color the text output [default: when printing to a terminal].")
@click.option("--config", type=click.Path(exists=True, dir_okay=False), metavar="FILE",
              help="Config file [default: the nearest .flowlint.toml, flowlint.toml, or pyproject.toml with [tool.flowlint]].")
@click.option("--force-exclude", is_flag=True,
              help="Apply the config's include/exclude to named files too (for pre-commit, which names every changed file).")
@click.option("--allow-no-files", is_flag=True,
              help="A named directory, or the include globs, with no file to check is not an error (generated paths).")
@click.option("--fix", is_flag=True, help="Apply the safe fixes in place, then report what remains (stdin: print the fixed body).")
@click.option("--unsafe-fixes", is_flag=True, help="With --fix or --diff, apply the unsafe fixes too (read the result).")
@click.option("--diff", is_flag=True, help="Print the fixes as a unified diff instead of writing them (exit 1 when there is one).")
@click.option("--select", "select", multiple=True, metavar="CODES",
              help="Check only these rules: codes, prefixes (FL3, FL30) or ALL, comma-separated [default: every rule].")
@click.option("--extend-select", multiple=True, metavar="CODES", help="Check these rules too, beside the selected ones.")
@click.option("--ignore", "ignore", multiple=True, metavar="CODES", help="Do not check these rules (codes or prefixes).")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when errors are found (3 still says flowlint could not do its job).")
@click.option("--statistics", is_flag=True, help="Print how many findings each rule made (and how many were suppressed), not the findings.")
@click.option("--output-file", "-o", type=click.Path(dir_okay=False, writable=True), metavar="FILE",
              help="Write the report to FILE instead of stdout.")
@click.option("--show-files", is_flag=True, help="List the files that would be checked, and check nothing.")
@click.option("--show-fixes", is_flag=True, help="After the report, list the fixes applied (with --fix) or available, per file and rule.")
def check(paths: tuple[str, ...], **options: Any) -> None:
    """Check launch requests: bodies in JSON or YAML files, and launches written in code and request files.

    PATHS are files, directories or `-` for stdin [default: the include globs, else `.`]. A named file is always checked. In a directory,
    a *.json, *.yaml or *.yml file is a payload when the include globs match it or when it names a
    launch key (flowId in any spelling, flowVersion, inputData, a Flow. input): package.json or
    docker-compose.yml give nothing. The launches in its JavaScript/TypeScript, Python, .http/.rest,
    shell, Markdown, Postman and HAR files are checked too (a file without a launch gives nothing).
    Hidden, dependency, virtualenv, build and git-ignored directories are skipped.
    Exit codes: 0 no error (warnings too with --strict), 1 errors, 2 usage error, 3 flowlint could not do its job.
    """
    from .check import run_check

    sys.exit(run_check(paths, options))


@main.command()
@click.argument("flow_ids", nargs=-1, metavar="[FLOW_ID]...")
@click.option("--name", "names", multiple=True, metavar="NAME", help="A workflow's exact name (repeatable).")
@click.option("--contracts", "contracts_dir", type=click.Path(file_okay=False, path_type=Path), metavar="DIR",
              help=f"Contract store to write the snapshots into [default: {DEFAULT_STORE} in the project: the config "
                   "file's directory, else the git root].")
@click.option("--region", metavar="REGION", help="Region name or domain [default: $GENESYSCLOUD_REGION].")
@click.option("--base-url", metavar="URL",
              help="API host (private or test endpoints); signs in at its login. host, like the SDKs.")
@click.option("--login-url", metavar="URL", help="Sign-in host when it does not follow the api./login. pattern "
              "[default: $FLOWLINT_LOGIN_URL].")
@click.option("--version", "versions", multiple=True, metavar="VERSION",
              help="Snapshot this version (e.g. 2.0) instead of the published one, for bodies that pin flowVersion (repeatable).")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=10.0, show_default=True,
              help="Seconds one whole reply may take (connect, send, every byte); slower replies are retried, then fail.")
@click.option("-v", "--verbose", is_flag=True, help="Log each request (method, host, path, status; never credentials).")
def pull(flow_ids: tuple[str, ...], names: tuple[str, ...], contracts_dir: Path | None, region: str | None,
         base_url: str | None, login_url: str | None, versions: tuple[str, ...], timeout: float, verbose: bool) -> None:
    """Snapshot flows' declared inputs into the contract store, for offline checks.

    Signs in with GENESYSCLOUD_OAUTHCLIENT_ID and GENESYSCLOUD_OAUTHCLIENT_SECRET (or uses
    GENESYSCLOUD_ACCESS_TOKEN) in GENESYSCLOUD_REGION, reads each flow's published version, and
    writes `<store>/<flowId>.json` (with --version, `<store>/<flowId>@<version>.json`). Commit the
    snapshots; re-pulling an unchanged flow changes nothing.
    """
    from .pull import run_pull

    sys.exit(run_pull(flow_ids, names, contracts_dir, region, base_url, timeout, verbose, login_url=login_url,
                      versions=versions))


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=8787, show_default=True,
              help="Port to listen on; 0 picks a free one (the URL is printed on start).")
@click.option("--contracts", "contracts_dir", type=click.Path(file_okay=False, path_type=Path), metavar="DIR",
              help="Contract store to check inputData against, re-read when it changes [default: as `check` finds it].")
@click.option("--no-auth", is_flag=True, help="Accept requests without an `Authorization: Bearer` header.")
@click.option("--forward", metavar="REGION|URL",
              help="Guard proxy: forward valid launches and every other request to this region (eu-west-1) or API URL.")
@click.option("--log-format", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="One line per request on stderr, as text or JSON.")
@click.option("--max-body-size", type=click.IntRange(min=1), default=1024 * 1024, show_default=True, metavar="BYTES",
              help="Largest request body to accept (413 beyond).")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=30.0, show_default=True, metavar="SECONDS",
              help="Time limit for a client's body, for the platform's reply, and for in-flight requests at shutdown.")
@click.option("--max-connections", type=click.IntRange(min=1), default=256, show_default=True, metavar="N",
              help="Concurrent connections; more are answered 503.")
@click.option("--cors-origin", "cors_origins", multiple=True, metavar="ORIGIN", callback=_cors_origins,
              help="An origin a browser app may call from (http://localhost:3000); repeat for more [default: any origin].")
@click.option("--remember", "max_executions", type=click.IntRange(min=1), default=10_000, show_default=True, metavar="N",
              help="Launched runs kept for GET /api/v2/flows/executions/{id}; the oldest are forgotten.")
def serve(host: str, port: int, contracts_dir: Path | None, no_auth: bool, forward: str | None, log_format: str,
          max_body_size: int, timeout: float, max_connections: int, cors_origins: tuple[str, ...], max_executions: int) -> None:
    """Answer launch requests like the platform, explaining every refusal (needs the serve extra).

    POST /api/v2/flows/executions with a valid body gets the platform's launch response; an
    invalid one gets 400 with the platform's error shape plus flowlint's diagnostics. Point a
    test suite in any language at it (GENESYS_API_BASE=http://127.0.0.1:8787). With --forward,
    valid launches go on to Genesys Cloud and invalid ones never leave the machine.
    """
    from ..serve.command import run_serve

    sys.exit(run_serve(host, port, contracts_dir, not no_auth, forward, log_format, max_body_size, timeout,
                       max_connections, max_executions, cors_origins))


@main.command()
@click.option("--debounce", type=click.FloatRange(min=0), default=0.3, show_default=True, metavar="SECONDS",
              help="Quiet time after an edit before the file is checked again.")
def lsp(debounce: float) -> None:
    """Run the Language Server on stdin/stdout, for editors (needs the lsp extra).

    Publishes the diagnostics of `flowlint check` for every open file flowlint reads, from the
    editor's text (unsaved edits too), with fixes as code actions and rule docs on hover.
    """
    try:
        from ..lsp.server import serve as serve_lsp
    except ImportError as err:
        raise click.UsageError(f"`flowlint lsp` needs the lsp extra: pip install 'genesys-flowlint[lsp]' ({err})") from None
    serve_lsp(debounce)


@main.command("rules")
@click.option("--markdown", is_flag=True, help="As the Markdown index of the rule pages (docs/rules/README.md).")
@writing_stdout()
def list_rules(markdown: bool) -> None:
    """List every rule: code, name, severity and summary."""
    from ..core.codes import RULES

    if markdown:
        click.echo("# Rules\n\nEvery code flowlint reports; each page is `flowlint rule --markdown CODE`, "
                   "this index `flowlint rules --markdown`.\n\n| code | name | severity | what |\n| --- | --- | --- | --- |")
        for rule in RULES.values():
            summary = rule.summary.replace("|", "\\|")
            click.echo(f"| [{rule.code}]({rule.code}.md) | {rule.name} | {rule.severity.value} | {summary} |")
        return
    for rule in RULES.values():
        click.echo(f"{rule.code}  {rule.name:<22} {rule.severity.value:<8} {rule.summary}")


@main.command("rule")
@click.argument("code")
@click.option("--markdown", is_flag=True, help="As a Markdown page (the rule's page under docs/rules/).")
@writing_stdout()
def show_rule(code: str, markdown: bool) -> None:
    """Print the documentation of a rule, by code (FL101) or name (wrong-envelope)."""
    from ..core.codes import find_rule

    rule = find_rule(code)
    if rule is None:
        raise click.UsageError(f"no rule {code!r}; `flowlint rules` lists them")
    click.echo(rule.markdown() if markdown else rule.doc(), nl=not markdown)


@main.command("schema")
@writing_stdout()
def schema_path() -> None:
    """Print the path of the bundled JSON Schema (for editors and other validators)."""
    from ..contracts.schema import schema_path as path

    click.echo(os.fspath(path()))
