"""`flowlint check`: options and project config to a run, and the run's outcome to an exit code."""

from __future__ import annotations

import contextlib
import io
import os
import shlex
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO, cast

from ..checker.options import CheckOptions, SeverityMap
from ..contracts.schema import BrokenSchema
from ..contracts.store import BrokenContract, ContractStore, load_contract_file
from ..core import exit_codes
from ..core.codes import BROKEN_CONFIG, RULES, TOOL_FAILURES, did_you_mean, find_rule
from ..core.diagnostics import Diagnostic, Severity
from ..core.printable import printable
from ..project.config import Config, ConfigError, display_path, find_config, load_config
from ..project.contracts import project_contracts
from ..project.files import PAYLOAD_SUFFIXES, STDIN, MissingPath, NothingToCheck, Unapplied, expand, is_walked, payload_name
from ..project.root import default_store, git_root, store_outside, store_roots
from ..project.tree import ProjectConfigs, broken_config
from ..report import EDIT_FORMATS, LineSource, Reporter, Summary, make_reporter, shows_info_lines, shows_lines
from ..run.runner import FileResult, FileSettings, Mode, Settings, run, run_files
from ..sources.document import Limits
from .output import GuardedStdout, discard, install_closed_stdout, unwritable, writing_stdout

if TYPE_CHECKING:
    from ..run.cache import ResultCache
    from ..run.live import LiveContracts  # imported for --fetch only: it brings in httpx


def run_check(paths: tuple[str, ...], options: dict[str, Any]) -> int:
    """Run a check as the command line and the project config ask; the exit code."""
    install_closed_stdout()
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    try:
        found = Path(options["config"]) if options["config"] else find_config()
        # A config found (not named) extends only configs of its git work tree, as a subproject's does from the top.
        config = load_config(found, inside=git_root(found.parent) if found is not None and not options["config"] else None)
        # Each file's config: the nearest at or above it in the project (--config: that one for every file).
        configs = ProjectConfigs(config, fixed=bool(options["config"]))
        files, candidates, walked = _files(paths, config, options, configs)  # matches the include and exclude globs
        config.compile_per_file_globs()
    except ConfigError as err:
        raise _usage_error(str(err)) from None
    files, unchecked = _under_broken_configs(files, configs)
    if options.get("show_files"):
        for name in files:
            _echo(printable(name))
        return exit_codes.OK
    output_format = options["output_format"] or ("github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text")
    output_file = options.get("output_file")
    report = _checked_as(output_file, files) if output_file else None
    if report is not None and report not in walked and not options["force_exclude"]:
        raise _bad_parameter(f"{printable(report)} is named to be checked: the report would overwrite it before "
                                 "it is read", param_hint="--output-file")
    if report is not None:  # found by the walk: the report of an earlier run, never checked (it is rewritten now)
        files = [name for name in files if name != report]
    color = options["color"] if options["color"] is not None else _color_wanted(sys.stdout if not output_file else None)
    overlay = selection(options.get("select") or (), options.get("extend_select") or (), options.get("ignore") or (), config)
    # A named path the expansion gave back as a file is none: one stat a named file, not three (10,000 names: 20,000 calls).
    listed = set(files)
    directories = [p for p in paths if (p not in listed or p == STDIN) and os.path.isdir(p)]
    del listed  # (not kept through the run: a set of every file's name)
    limits = _limits_under(config, options, Limits(
        # The checked tree: the project and every directory named; a symlink leading elsewhere is not followed.
        roots=(*config.reading_roots(), os.getcwd(), *directories),
        body_roots=_body_roots(paths, config.root, frozenset(directories)),
        flow_roots=_project_roots(config),
        verbose=bool(options.get("verbose")),
    ))
    if options["contracts_dir"]:
        store = ContractStore(options["contracts_dir"])
    else:
        refused = store_outside(config)
        if refused is not None:
            raise _usage_error(refused)
        store = ContractStore(default_store(config), roots=store_roots(config))
    limits = replace(limits, genesys_project=_genesys_project(config, store, options))
    check_options = CheckOptions(contracts=store, severities={**config.severity, **overlay},
                                 ignores_for=config.ignores_for if config.has_per_file_ignores else None)
    if options["flow_schema"]:
        try:
            check_options.contract = load_contract_file(options["flow_schema"])
            if check_options.contract.problem is not None:
                raise check_options.contract.problem
        except BrokenContract as err:  # an FL901 in the report (every format), not only a line on stderr
            check_options.contract = err.located(options["flow_schema"], "flow-schema")
    live = _live_contracts(store, config, options) if options["fetch"] else None
    if live is not None:
        check_options.contracts = live
        if check_options.contract is None:
            from ..run.live import flows_in

            live.prefetch(flows_in(files, limits), sys.stderr)
    # The repository's flow YAML in front of the snapshots (and --fetch), as serve, the editor and the library build it.
    given_contracts = check_options.contracts if options["contracts_dir"] or live is not None else None
    check_options.contracts = project_contracts(config, store=check_options.contracts, roots=limits.roots)
    settings = _file_settings(files, configs, check_options, given_contracts, limits, options, overlay, unchecked)
    _unread_config_warnings(configs)  # (each file's config known now)
    fixing = options.get("fix") or options.get("diff")
    if options.get("unsafe_fixes") and not fixing:
        raise _usage_error("--unsafe-fixes goes with --fix or --diff")
    # Fixes are rendered and proven where edits are shown or applied; a text or github report shows their message only.
    check_options.render_fixes = bool(fixing) or output_format in EDIT_FORMATS or bool(options.get("show_fixes"))
    # Fixing stdin prints the fixed body on stdout: the report then goes to stderr.
    report_stream: TextIO = sys.stderr if fixing and not options.get("diff") and STDIN in files else sys.stdout
    with contextlib.ExitStack() as closing:
        if output_file:
            try:
                report_stream = closing.enter_context(open(output_file, "w", encoding="utf-8", errors="backslashreplace"))
            except OSError as err:
                raise _bad_parameter(f"cannot write {output_file}: {err.strerror or err}", param_hint="--output-file") from None
        return _run(files, candidates, walked, config, options, check_options, live, limits, report_stream, output_format,
                    color, overlay, settings, configs, unchecked, frozenset(paths))


def _run(files: list[str], candidates: frozenset[str], walked: frozenset[str], config: Config, options: dict[str, Any],
         check_options: CheckOptions, live: LiveContracts | None, limits: Limits, report_stream: TextIO, output_format: str,
         color: bool, overlay: dict[str, Severity | None], settings: FileSettings | None, configs: ProjectConfigs,
         unchecked: dict[str, FileResult], named: frozenset[str] = frozenset()) -> int:
    fixing = options.get("fix") or options.get("diff")
    pipe = ClosedPipeSafe(report_stream)  # a reader that stops reading (`| head`) does not change the outcome
    reporter: Reporter
    if options.get("statistics"):
        from ..report.statistics import StatisticsReporter

        reporter = StatisticsReporter(cast(TextIO, pipe), as_json=output_format == "json")
    else:
        reporter = make_reporter(output_format, cast(TextIO, pipe), color=color, quiet=options["quiet"])
    shown_fixes = ShowFixes(reporter) if options.get("show_fixes") else None
    reporter = shown_fixes or reporter
    strict_warnings = StrictWarnings(reporter, configs) if settings is not None and not options["strict"] else None
    reporter = strict_warnings or reporter
    per_file = _per_file_severities(config, overlay)
    try:
        if fixing:
            out = GuardedStdout(sys.stdout)  # the diff, or the fixed body of stdin
            fixes = run_files(files, check_options, reporter, mode=Mode.DIFF if options.get("diff") else Mode.FIX,
                              unsafe=bool(options.get("unsafe_fixes")), limits=limits, severities_for=per_file,
                              stdin_name=options["stdin_filename"] or "<stdin>", candidates=candidates, walked=walked,
                              out=cast(TextIO, out), settings=settings, given=named)
            out.flush()  # here, where a full disk can still be said, not at exit
            if options.get("diff"):
                if fixes.summary.by_code.get(BROKEN_CONFIG):  # (no report beside a diff: said on stderr)
                    for result in unchecked.values():
                        for broken in result.diagnostics:
                            place = f":{broken.line}:{broken.column}" if broken.span is not None else ""
                            _echo(f"flowlint: {broken.file}{place}: {broken.code} {broken.message}", err=True)
                    return exit_codes.USAGE
                if fixes.summary.tool_failures:
                    return exit_codes.FAILURE
                return exit_codes.FINDINGS if fixes.changed_files and not options.get("exit_zero") else exit_codes.OK
            summary = fixes.summary
            if shown_fixes is not None:
                shown_fixes.applied = fixes.applied
        else:
            cache = None if options.get("no_cache") or live is not None else _result_cache(config, check_options, limits)
            summary = run(files, check_options, reporter, limits=limits, severities_for=per_file,
                          stdin_name=options["stdin_filename"] or "<stdin>", jobs=options["jobs"], candidates=candidates, walked=walked,
                          cache=cache, settings=settings, given=named)
        if shown_fixes is not None:
            shown_fixes.write(cast(TextIO, pipe))
        pipe.flush()
    except BrokenSchema as err:
        _echo(f"flowlint: error: {err}", err=True)
        return exit_codes.FAILURE
    except BrokenPipeError:
        return exit_codes.FINDINGS
    finally:
        if live is not None:
            live.close()
    if summary.by_code.get(BROKEN_CONFIG):  # a config that cannot be read, as the config in use: a usage error
        return exit_codes.USAGE
    if summary.tool_failures:
        return exit_codes.FAILURE
    if options.get("exit_zero"):
        return exit_codes.OK
    strict = (strict_warnings.warnings if strict_warnings is not None else summary.warnings if config.strict else 0) \
        if not options["strict"] else summary.warnings
    if summary.errors or strict:
        return exit_codes.FINDINGS
    return exit_codes.OK


def _usage_error(message: str) -> Exception:
    from click import UsageError  # click only to say what went wrong: a check that goes well never imports it (argv.py)

    return UsageError(message)


def _bad_parameter(message: str, param_hint: str) -> Exception:
    from click import BadParameter

    return BadParameter(message, param_hint=param_hint)


def _echo(message: str, *, err: bool = False) -> None:
    """Print a line (on stderr with `err`, always made printable: an error or warning quotes what a file wrote)."""
    if err:  # a warning of a check that goes on: written without click, which a check that goes well never imports
        if sys.stderr is not None:
            sys.stderr.write(printable(message) + "\n")
            sys.stderr.flush()
        return
    import click

    with writing_stdout():
        click.echo(message, err=err)


def _color_wanted(stream: TextIO | None) -> bool:
    """Color by default on a terminal; NO_COLOR turns it off, FORCE_COLOR on (CI logs render it)."""
    force = os.environ.get("FORCE_COLOR", "")
    if force and force != "0":
        return True
    return stream is not None and stream.isatty() and "NO_COLOR" not in os.environ


def selection(select: tuple[str, ...], extend: tuple[str, ...], ignore: tuple[str, ...], config: Config) -> dict[str, Severity | None]:
    """The rule severities `--select`, `--extend-select` and `--ignore` impose over the config's (ruff's semantics):
    a rule left out is off; a rule named exactly is on, at its default severity if the config turned it off."""
    if not (select or extend or ignore):
        return {}
    chosen = _matching(select, "--select") if select else set(RULES)
    chosen |= _matching(extend, "--extend-select")
    chosen -= _matching(ignore, "--ignore")
    named = {token for value in (*select, *extend) for token in _tokens(value)}
    overlay: dict[str, Severity | None] = {code: None for code in RULES if code not in chosen and code not in TOOL_FAILURES}
    for code in chosen:
        if code in named and config.severity.get(code, RULES[code].severity) is None:
            overlay[code] = RULES[code].severity
    return overlay


def _tokens(value: str) -> list[str]:
    return [token.strip().upper() for token in value.split(",") if token.strip()]


def _matching(values: tuple[str, ...], option: str) -> set[str]:
    """The codes that codes, prefixes (`FL3`), rule names or ALL name."""
    found: set[str] = set()
    for value in values:
        for token in _tokens(value):
            rule = find_rule(token)
            matches = set(RULES) if token == "ALL" else {rule.code} if rule else {c for c in RULES if c.startswith(token)}
            if not matches:
                raise _bad_parameter(f"{token!r} is no rule code, prefix or name{did_you_mean(token)} "
                                     "(`flowlint rules` lists them)",
                                         param_hint=option)
            found |= matches
    return found


class _Wrapping:
    """A reporter that sees each file's diagnostics on their way to the one it wraps, which shows them."""

    def __init__(self, inner: Reporter) -> None:
        self.inner = inner

    @property
    def shows_lines(self) -> bool:
        return shows_lines(self.inner)

    @property
    def shows_info_lines(self) -> bool:
        return shows_info_lines(self.inner)

    def file(self, diagnostics: list[Diagnostic], line_source: LineSource | None) -> None:
        self.inner.file(diagnostics, line_source)

    def finish(self, summary: Summary) -> None:
        self.inner.finish(summary)


class ShowFixes(_Wrapping):
    """`--show-fixes`: the fixes available (or, with --fix, applied), per file and rule, after the report."""

    def __init__(self, inner: Reporter) -> None:
        super().__init__(inner)
        self.available: list[Diagnostic] = []
        self.applied: list[Diagnostic] | None = None

    def file(self, diagnostics: list[Diagnostic], line_source: LineSource | None) -> None:
        self.available += [d for d in diagnostics if d.fix is not None and d.fix.offered and d.fix.applies()]
        super().file(diagnostics, line_source)

    def write(self, stream: TextIO) -> None:
        listed = self.applied if self.applied is not None else self.available
        if not listed:
            stream.write("no fixes applied\n" if self.applied is not None else "no fixes available\n")
            return
        heading = "Fixed" if self.applied is not None else "Fixable with `flowlint check --fix`:"
        stream.write(f"{heading} {len(listed)} finding{'s' if len(listed) != 1 else ''}:\n" if self.applied is not None
                     else f"{heading}\n")
        by_file: dict[str, Counter[str]] = {}
        for d in listed:
            by_file.setdefault(d.file or "<stdin>", Counter())[d.code] += 1
        for name, counts in by_file.items():
            stream.write(f"- {printable(name)}:\n")
            for code, count in sorted(counts.items()):
                stream.write(f"    {count} × {code} ({RULES[code].name})\n")


class StrictWarnings(_Wrapping):
    """The warnings that fail a run: those in files whose config is `strict` (each file's own, in a monorepo)."""

    def __init__(self, inner: Reporter, configs: ProjectConfigs) -> None:
        super().__init__(inner)
        self.configs = configs
        self.warnings = 0

    def file(self, diagnostics: list[Diagnostic], line_source: LineSource | None) -> None:
        for d in diagnostics:
            if d.severity is Severity.WARNING:
                config = self.configs.of(d.file) if d.file else self.configs.anchor
                self.warnings += isinstance(config, Config) and config.strict
        super().file(diagnostics, line_source)


class ClosedPipeSafe(io.TextIOBase):
    """A text stream that stops writing, silently, once its reader has gone (a closed pipe): the run goes on
    and its exit code still says what it found; nothing is printed about the pipe."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.gone = False

    def write(self, text: str) -> int:
        if not self.gone:
            try:
                self.stream.write(text)
            except BrokenPipeError:
                self._reader_gone()
            except OSError as err:  # a full disk...: the report cannot be written, and the run cannot do its job
                raise unwritable(err, self.stream) from None
        return len(text)

    def flush(self) -> None:
        if not self.gone:
            try:
                self.stream.flush()
            except BrokenPipeError:
                self._reader_gone()
            except OSError as err:
                raise unwritable(err, self.stream) from None

    def isatty(self) -> bool:
        return self.stream.isatty()

    def _reader_gone(self) -> None:
        self.gone = True
        discard(self.stream)  # what is still buffered would fail again at exit, with a traceback: sent nowhere instead


def _files(paths: tuple[str, ...], config: Config, options: dict[str, Any],
           configs: ProjectConfigs) -> tuple[list[str], frozenset[str], frozenset[str]]:
    """The files to check: the named paths, else the config's include globs; the payload candidates among them
    (candidates.py decides); and the files the user did not name (found by a walk, `include`, or pre-commit).

    A named directory with nothing to check is a usage error (a mistyped path must not pass CI),
    unless --allow-no-files; so is an `include` that finds nothing.
    """
    allow_empty = bool(options.get("allow_no_files"))
    if not paths and not config.declares_payloads:  # as ruff and eslint: the working directory, its files named as in it
        return _files((".",), config, options, configs)
    unapplied: Unapplied = {}
    if not paths:
        files, unmatched = config.included_files(unapplied, exclude=configs.excluder)
        _unapplied_warnings(unapplied)
        where = f" (in {config.source})" if config.source else ""
        for pattern in unmatched:
            _echo(f"flowlint: warning: include {pattern!r}{where} matches no file to check", err=True)
        if not files and not allow_empty:
            raise _usage_error(f"the include globs{where} match no file to check; "
                                   "fix them, or pass --allow-no-files if that is expected")
        return files, frozenset(), frozenset(files)  # what `include` names is a payload
    try:
        files = list(expand(paths, exclude=configs.excluder, allow_empty=allow_empty, unapplied=unapplied))
    except MissingPath as err:
        raise _bad_parameter(f"{err} does not exist", param_hint="PATHS") from None
    except NothingToCheck as err:
        raise _usage_error(f"nothing to check in {err}: no {_suffixes()} file, nor a code or request file, below it "
                               "(hidden, dependency, build and git-ignored directories are skipped); "
                               "pass --allow-no-files if that is expected") from None
    _unapplied_warnings(unapplied)
    force_exclude = bool(options["force_exclude"])
    if force_exclude:  # pre-commit names every changed file: keep the project's payloads only
        files = [f for f in files if f == STDIN or _included(configs.of(f), f)]
    files, named = _once(files, paths)
    # pre-commit's files are read as a walk would read them; one a walk never takes (`.env.example`, `notes.txt`) is
    # read as named: --force-exclude decides which files are skipped, never how a kept one is read.
    walked = frozenset(f for f in files if f not in named or is_walked(f)) if force_exclude else frozenset(files) - named
    found = files, _candidates(files, named, configs, force_exclude), walked
    return _named_below_here(found) if "." in paths else found


#: The files below a .gitignore that could not be applied named in its warning (the rest counted).
_NAMED_TAKEN = 10


def _unapplied_warnings(unapplied: Unapplied) -> None:
    """A warning for each .gitignore the walk could not apply, naming the files it took that it might have excluded."""
    for ignore, (why, taken) in unapplied.items():
        if not taken:
            continue
        shown = ", ".join(taken[:_NAMED_TAKEN]) + (f" and {len(taken) - _NAMED_TAKEN:,} more" if len(taken) > _NAMED_TAKEN else "")
        counted = f"the {len(taken):,} files below it were" if len(taken) != 1 else "the 1 file below it was"
        _echo(f"flowlint: warning: {ignore} was not applied ({why}): {counted} checked whether or not it ignores them: "
              f"{shown}", err=True)


def _included(config: Config | ConfigError, path: str) -> bool:
    """Whether --force-exclude keeps a file: its config's include and exclude globs take it (a file under a config
    that cannot be read is kept, to be said unchecked: FL902)."""
    return not isinstance(config, Config) or config.is_included(path)


def _under_broken_configs(files: list[str], configs: ProjectConfigs) -> tuple[list[str], dict[str, FileResult]]:
    """The files to check with those below a config that cannot be read taken out, each such config in the place of
    its first file (or last, when it covers none checked); and each such config's result, its FL902."""
    if not configs.broken:
        return files, {}
    covered: dict[Path, list[str]] = {path: [] for path in configs.broken}
    kept: list[str] = []
    for name in files:
        config = configs.of(name) if name != STDIN else None
        if isinstance(config, ConfigError) and config.path in covered:
            if not covered[config.path]:
                kept.append(display_path(config.path))
            covered[config.path].append(name)
        else:
            kept.append(name)
    kept += [display_path(path) for path, below in covered.items() if not below]
    results = {display_path(path): FileResult([broken_config(configs.broken[path], len(below))], {})
               for path, below in covered.items()}
    return kept, results


def _file_settings(files: list[str], configs: ProjectConfigs, options: CheckOptions, given: Any, limits: Limits,
                   command_line: dict[str, Any], overlay: dict[str, Severity | None],
                   unchecked: dict[str, FileResult]) -> FileSettings | None:
    """Each file's settings where its config is not the run's (a subproject's), or None when every file is checked
    under the config in use (most runs: nothing asked per file after this)."""
    anchor = configs.anchor
    # (every file asked: those out of the project counted; stdin as --stdin-filename names it)
    used = configs.of_files(files if STDIN not in files else
                            [name if name != STDIN else command_line["stdin_filename"] or "-" for name in files])
    if not unchecked and used <= {id(anchor)}:
        return None
    made: dict[int, Settings | None] = {}
    broken = {name: Settings(("broken", name), options, limits, None, result=result) for name, result in unchecked.items()}

    def settings_of(config: Config) -> Settings:
        contracts = project_contracts(config, store=given if given is not None else
                                      ContractStore(default_store(config), roots=store_roots(config)),
                                      roots=(*config.reading_roots(), *limits.roots))
        severities = {**config.severity, **overlay}
        own = _limits_under(config, command_line, replace(limits, roots=(*config.reading_roots(), *limits.roots)))
        salt = repr((config.settings_key(), sorted(severities.items(), key=repr), repr(own))).encode("utf-8", "surrogatepass")
        return Settings(id(config), replace(options, contracts=contracts, severities=severities,
                                        ignores_for=config.ignores_for if config.has_per_file_ignores else None),
                        own, _per_file_severities(config, overlay), salt=salt)

    def file_settings(path: str) -> Settings | None:
        found = broken.get(path)
        if found is not None:
            return found
        config = configs.of(path)
        if isinstance(config, ConfigError):  # (stdin named below a config that cannot be read: its other files are out)
            return Settings(("broken", config.path), options, limits, None,
                            result=FileResult([broken_config(config, 1)], {}))
        if config is anchor:
            return None
        key = id(config)
        if key not in made:
            made[key] = settings_of(config)
        return made[key]

    return file_settings


def _limits_under(config: Config, command_line: dict[str, Any], limits: Limits) -> Limits:
    """`limits` with the bounds a file checked under this config gets: the command line's, else the config's, else the
    defaults."""
    return replace(limits, max_file_size=command_line["max_file_size"] or config.max_file_size or Limits.max_file_size,
                   max_depth=command_line["max_depth"] or config.max_depth or Limits.max_depth,
                   yaml_version=command_line.get("yaml_version") or config.yaml_version or Limits.yaml_version)


def _per_file_severities(config: Config, overlay: dict[str, Severity | None]) -> Callable[[str], SeverityMap] | None:
    """The severities a file gets under this config's per-file-severity (the command line's selection over them), or
    None when it sets none."""
    if not config.has_per_file_severity:
        return None
    return (lambda name: {**config.severities_for(name), **overlay}) if overlay else config.severities_for


#: Configs out of the project named in warnings (the rest counted).
_NAMED_CONFIGS = 5


def _unread_config_warnings(configs: ProjectConfigs) -> None:
    """A warning for each config nearer to a checked file than the one in use that is out of the project root, so not
    read (each file below the root is checked under its nearest config there): the files below it were checked
    without its settings, which would otherwise be a silent difference from a check run in its directory."""
    if not configs.unread:
        return
    using = f"it reads {display_path(configs.anchor.source)}" if configs.anchor.source is not None else "none is in it"
    for found, checked in list(configs.unread.items())[:_NAMED_CONFIGS]:
        counted = f"the {checked:,} files below it were" if checked != 1 else "the 1 file below it was"
        relative = os.path.relpath(found)  # (as the files below it were named: `../other/.flowlint.toml`)
        shown = Path(relative if len(relative) < len(str(found)) else found)
        _echo(f"flowlint: warning: {shown} is not read, so {counted} checked without its settings: it is out of the "
              f"project this run is anchored at ({configs.root}: no config out of it is read; {using}); "
              f"run flowlint in {shlex.quote(str(shown.parent))}, or pass --config {shlex.quote(str(shown))}", err=True)
    if len(configs.unread) > _NAMED_CONFIGS:
        more = len(configs.unread) - _NAMED_CONFIGS
        _echo(f"flowlint: warning: {more:,} more config{'s' if more != 1 else ''} out of the project "
              f"{'are' if more != 1 else 'is'} not read", err=True)


def _checked_as(output_file: str, files: list[str]) -> str | None:
    """The file to check that the report would be written over (named so, through a link or another name), if any."""
    try:
        report = os.stat(output_file)
    except OSError:
        return None  # not there yet: no file of the run is lost
    for name in files:
        try:
            if name != STDIN and os.path.samestat(report, os.stat(name)):
                return name
        except OSError:
            continue
    return None


def _once(files: list[str], paths: tuple[str, ...]) -> tuple[list[str], frozenset[str]]:
    """Each file once, however it was spelled or reached (`a.json ./a.json`, `. a.json`), and the files named on the
    command line among them: a file both walked and named is named (the user asked for it)."""
    cwd = os.getcwd()
    here = cwd.rstrip("/") + "/"

    def key(path: str) -> str:  # one spelling of a path (stdin stays itself); links are not resolved
        if path == STDIN:
            return path
        if path and path[0] != "." and path[-1] != "/" and "//" not in path and "/." not in path and os.sep == "/":
            return path if path[0] == "/" else here + path  # already normal (most named files): normpath would keep it
        return os.path.normpath(os.path.join(cwd, path))

    if len(files) == len(paths) and files == list(paths):  # files named (pre-commit, a long list): the common case
        if _spelt_alike(files):  # each file spelt one way: named twice only when written twice
            named = frozenset(files)
            if len(named) == len(files):
                return files, named
        elif len(set(map(key, files))) == len(files):
            return files, frozenset(files)  # each once: one pass
    if len(paths) == 1 and paths[0] != STDIN and os.path.isdir(paths[0]):
        return files, frozenset()  # one directory walked: the walk finds each file once (it enters no link), none named
    named_keys = {key(p) for p in paths}
    first: dict[str, str] = {}
    for name in files:
        first.setdefault(key(name), name)
    return list(first.values()), frozenset(name for k, name in first.items() if k in named_keys)


def _spelt_alike(files: list[str]) -> bool:
    """Whether every file is spelt as _once's key spells it, all absolute or all relative: then two spellings are one
    file only when they are the same string (each path tested in a few scans of their join, not a call each)."""
    if os.sep != "/" or not files or STDIN in files:
        return False
    joined = "\0" + "\0".join(files) + "\0"  # (no path holds a NUL: the command line cannot)
    absolute = joined.count("\0/")
    return (absolute == 0 or absolute == len(files)) and "\0\0" not in joined and "\0." not in joined \
        and "/\0" not in joined and "//" not in joined and "/." not in joined


def _named_below_here(found: tuple[list[str], frozenset[str], frozenset[str]]) -> tuple[list[str], frozenset[str], frozenset[str]]:
    """The files a walk of `.` found, named as ruff and eslint name them: `app.js`, not `./app.js`."""

    files, candidates, walked = found
    renamed = [f[2:] if f[:2] == "./" else f for f in files]  # (no call per file: ~5 ms for 10,000 files, now ~1.5)
    # Every file walked (the usual case: none named twice, none named at all) is the renamed list's set, not renamed again.
    walked = frozenset(renamed) if len(walked) == len(files) else frozenset(f[2:] if f[:2] == "./" else f for f in walked)
    return renamed, frozenset(f[2:] if f[:2] == "./" else f for f in candidates), walked


def _candidates(files: list[str], named: frozenset[str], configs: ProjectConfigs, force_exclude: bool) -> frozenset[str]:
    """The JSON/YAML files that are payloads only if their bytes name the launch request's vocabulary.

    A file named on the command line is a payload (the user asked), and so is one the `include` globs
    match; one found by walking a directory, or handed over by pre-commit (--force-exclude) with no
    `include` to say which files are payloads, is a candidate (candidates.py decides).
    """
    return frozenset(f for f in files if (force_exclude or f not in named) and f != STDIN
                     and payload_name(f) and not _declared(configs.of(f), f))


def _declared(config: Config | ConfigError, path: str) -> bool:
    """Whether a file is a payload by its config's declaration: its include globs match it."""
    return isinstance(config, Config) and config.declares_payloads and config.is_included(path)


def _body_roots(paths: tuple[str, ...], root: Path, directories: frozenset[str]) -> tuple[str, ...]:
    """The tree being checked, where a request file may read a body file: each named directory and each named file's
    directory; with no path named (`include`), the project."""
    named = [p for p in paths if p != STDIN]
    if not named:
        return (str(root),) if not paths else (os.getcwd(),)
    found: dict[str, None] = {}
    if os.sep == "/" and not directories:
        # Each directory part once, then made a root (10,000 named files in 100 directories: 100 of them, not 10,000:
        # ~4K instructions a file less); the same roots, in the same order, as below.
        for head in dict.fromkeys([p[:p.rfind("/") + 1] for p in named]):
            if head.strip("/"):
                head = head.rstrip("/")
            found[head or "."] = None
        return tuple(found)
    for p in named:  # os.path.dirname inline: 10,000 named files, 10,000 calls less
        if p in directories:
            found[p] = None
            continue
        head = p[:p.rfind("/") + 1] if os.sep == "/" else os.path.dirname(p)
        if head.strip("/"):
            head = head.rstrip("/")
        found[head or "."] = None
    return tuple(found)


def _project_roots(config: Config) -> tuple[str, ...]:
    """The project a flow YAML a Terraform file links may be read in whatever paths are named (Limits.flow_roots): the
    config's directory, else the git work tree of the working directory; none when neither is there."""
    if config.source is not None:
        return (str(config.source.parent),)
    top = git_root(Path.cwd())
    return (str(top),) if top is not None else ()


def _genesys_project(config: Config, store: ContractStore, options: dict[str, Any]) -> bool:
    """Whether this run checks a Genesys Cloud project, so a walked file shaped as a launch is judged on its keys alone
    (a confused body: a flow's name as its flowId, unprefixed inputs): a flowlint config in use, flows mapped to their
    YAML, a contract named (`--contracts`, `--flow-schema`) or fetched, or a contract store holding a snapshot. In any
    other repository `flowId` and `inputData` are every workflow engine's words: a walked file needs a sign of Genesys."""
    if config.source is not None or config.flows or options.get("contracts_dir") or options.get("flow_schema") \
            or options.get("fetch"):
        return True
    try:
        return any(entry.name.endswith(".json") for entry in os.scandir(store.directory))
    except OSError:
        return False


def _suffixes() -> str:
    return ", ".join(f"*{suffix}" for suffix in PAYLOAD_SUFFIXES)


def _result_cache(config: Config, options: CheckOptions, limits: Limits) -> ResultCache | None:
    """The result cache of this run's settings (`.flowlint_cache/` at the project root, or `cache-dir`), if usable."""
    if os.environ.get("FLOWLINT_NO_CACHE"):
        return None
    from ..run.cache import DIRECTORY, ResultCache, fingerprint, run_key, secret_key, user_cache_dir

    key = run_key({
        "cwd": os.getcwd(), "config": config.settings_key(), "severity": options.severities, "limits": repr(limits),
        "contract": fingerprint(options.contract) if options.contract is not None else None,
        "contracts": str(getattr(options.contracts, "directory", type(options.contracts).__name__)),
        "render-fixes": options.render_fixes,
    })
    root = config.cache_root or config.root  # (the directory of the config that set cache-dir)
    return ResultCache.open(root / (config.cache_dir or DIRECTORY), key, secret_key(user_cache_dir()), root=root)


def _live_contracts(store: ContractStore, config: Config, options: dict[str, Any]) -> LiveContracts:
    import datetime

    from ..genesys.client import Credentials, GenesysClient, MissingCredentials
    from ..genesys.regions import UnknownRegion
    from ..genesys.session import endpoints_from
    from ..run.live import LiveContracts

    try:
        endpoints = endpoints_from(options["region"] or config.region, options["base_url"], login_url=options["login_url"])
        credentials = Credentials.from_env(dict(os.environ))
    except (MissingCredentials, UnknownRegion) as err:
        raise _usage_error(f"--fetch: {err}") from None
    try:
        max_age = datetime.timedelta(hours=options["max_age"])
    except OverflowError:  # more hours than a timedelta holds (~2.7 billion years): a snapshot is never too old
        max_age = datetime.timedelta.max
    return LiveContracts(store, lambda: GenesysClient(endpoints, credentials, timeout=options["timeout"]), endpoints.region,
                         max_age=max_age)
