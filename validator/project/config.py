"""Project configuration: `[tool.flowlint]` in pyproject.toml, or a `.flowlint.toml`.

Unknown keys and bad values are usage errors naming the key; command-line options win.
"""

from __future__ import annotations

import functools
import os
import re
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from ..core.codes import TOOL_FAILURES, UUID_EXAMPLE, did_you_mean, find_rule
from ..core.diagnostics import Severity
from ..core.ids import is_uuid
from ..core.paths import within, written_inside
from .files import CONFIG_NAMES, Exclude, Unapplied, never_excluded, walk
from .globs import Globs, OutsideProject, UnreadableGlob, has_wildcard, literal_base, normalize

#: What a config nested past the parser's recursion (or our checks') is said to be: a usage error, never a traceback.
TOO_DEEP = "cannot read it: nested too deeply"
_SEVERITIES = {"error": Severity.ERROR, "warning": Severity.WARNING, "info": Severity.INFO, "off": None}


class ConfigError(Exception):
    """The configuration is wrong; the message names the file and key (a usage error, exit code 2). `path`: the config
    file, when known; `line` and `column`: where in it TOML could not be read."""

    def __init__(self, message: str, path: Path | None = None, line: int | None = None, column: int | None = None) -> None:
        super().__init__(message)
        self.path = path
        self.line = line
        self.column = column


@dataclass
class Config:
    """Settings for a project; paths in it are relative to `root`, the directory of the config file."""

    root: Path = field(default_factory=Path.cwd)
    source: Path | None = None
    include: list[str] = field(default_factory=list)
    exclude: list[str] = field(default_factory=list)
    contracts: str | None = None
    region: str | None = None
    strict: bool = False
    max_file_size: int | None = None
    max_depth: int | None = None
    yaml_version: str | None = None
    severity: dict[str, Severity | None] = field(default_factory=dict)
    per_file_severity: list[tuple[str, dict[str, Severity | None]]] = field(default_factory=list)
    #: `per-file-ignores`: (glob, JSON pointer or None, codes) - the findings a file (or a part of its body) accepts.
    per_file_ignores: list[tuple[str, str | None, frozenset[str]]] = field(default_factory=list)
    #: Flow ID (lower case) -> its Architect YAML, relative to `root`: the flow's contract, offline.
    flows: dict[str, str] = field(default_factory=dict)
    #: Where each glob is written (`.flowlint.toml: exclude`), to name it if no engine can compile it.
    glob_keys: dict[str, str] = field(default_factory=dict)
    #: The result cache's directory, relative to `root` (`.flowlint_cache` when unset).
    cache_dir: str | None = None
    #: The config this one extends (`extend = "../.flowlint.toml"`), itself with what it extends: what this file does
    #: not set is its, each path and glob relative to the directory of the file that wrote it.
    extends: Config | None = None
    #: The directories `contracts` and `cache-dir` are relative to, when an extended config set them (else `root`).
    contracts_root: Path | None = None
    cache_root: Path | None = None
    #: This file's own `severity` table (`severity` holds the extended config's under it).
    own_severity: dict[str, Severity | None] = field(default_factory=dict)
    #: Whose include and exclude globs apply, when this file sets none and extends a config (else its own).
    include_from: Config | None = None
    exclude_from: Config | None = None

    @property
    def has_per_file_severity(self) -> bool:
        """Whether any per-file-severity table applies (this file's or one it extends)."""
        return bool(self.per_file_severity) or (self.extends is not None and self.extends.has_per_file_severity)

    @property
    def has_per_file_ignores(self) -> bool:
        """Whether any per-file-ignores table applies (this file's or one it extends)."""
        return bool(self.per_file_ignores) or (self.extends is not None and self.extends.has_per_file_ignores)

    @property
    def declares_payloads(self) -> bool:
        """Whether include globs apply (this file's, or those of the config it extends when it sets none)."""
        return bool(self.include) if self.include_from is None else self.include_from.declares_payloads

    def reading_roots(self) -> tuple[str, ...]:
        """The directories this config's paths may name files in: its own and those of the configs it extends."""
        return (str(self.root), *(self.extends.reading_roots() if self.extends is not None else ()))

    def settings_key(self) -> str:
        """Everything a check under this config depends on, as text (a cache key's part): its own settings and those of
        the configs it extends."""
        ignores = [(glob, pointer, sorted(codes)) for glob, pointer, codes in self.per_file_ignores]  # (in any hash seed)
        own = (str(self.source), sorted(self.severity.items(), key=repr), self.per_file_severity, ignores,
               sorted(self.flows.items()), self.contracts, str(self.contracts_root), self.include, self.exclude,
               self.max_file_size, self.max_depth, self.yaml_version, self.strict)
        return repr((own, self.extends.settings_key() if self.extends is not None else None))

    def flow_paths(self) -> dict[str, str]:
        """The flows' YAML files as paths from the working directory (relative to it when inside it)."""
        return {flow_id: display_path(self.root / path) for flow_id, path in self.flows.items()}

    # The globs, compiled once on first use (the fields are set by the parser before any match).
    @functools.cached_property
    def _include(self) -> Globs:
        return self._globs(self.include)

    @functools.cached_property
    def _exclude(self) -> Globs:
        return self._globs(self.exclude)

    @functools.cached_property
    def _per_file(self) -> list[tuple[Globs, dict[str, Severity | None]]]:
        return [(self._globs([pattern]), table) for pattern, table in self.per_file_severity]

    @functools.cached_property
    def _ignores(self) -> list[tuple[Globs, str | None, frozenset[str]]]:
        return [(self._globs([pattern]), pointer, codes) for pattern, pointer, codes in self.per_file_ignores]

    def _globs(self, patterns: list[str]) -> Globs:
        """Globs compiled when first matched (a run that matches none never imports pathspec); one no engine can
        compile is a ConfigError naming where it is written."""
        try:
            return Globs(patterns)
        except UnreadableGlob as err:
            where = next((self.glob_keys[p] for p in patterns if p in self.glob_keys and repr(p) in str(err)),
                         str(self.source))
            raise ConfigError(f"{where}: {err}") from None

    def compile_globs(self) -> None:
        """Compile every glob now (the editor's check of a buffer asks them all): one no engine can read is a
        ConfigError naming where it is written."""
        _ = self._include, self._exclude, self._per_file, self._ignores
        if self.extends is not None:
            self.extends.compile_globs()

    def compile_per_file_globs(self) -> None:
        """Compile the per-file tables' globs now (the first file checked matches them all), so that one no engine can
        read stops the run as a config error before any file is checked."""
        _ = self._per_file, self._ignores
        if self.extends is not None:
            self.extends.compile_per_file_globs()

    def ignores_for(self, path: str) -> list[tuple[str | None, frozenset[str] | None]]:
        """The per-file-ignores that apply to one file: (JSON pointer or None for all of it, codes); those of the config
        it extends first, each glob relative to the directory of the file that wrote it."""
        inherited = self.extends.ignores_for(path) if self.extends is not None else []
        relative = self.relative(path) if self._ignores else None
        if relative is None:
            return inherited
        return [*inherited, *((pointer, codes) for globs, pointer, codes in self._ignores if globs.matches(relative))]

    def severities_for(self, path: str | None) -> dict[str, Severity | None]:
        """The rule severities for one file: the global ones, then every matching per-path table (those of the config
        it extends first, then this file's global and per-path ones: the nearer file wins)."""
        if self.extends is not None:
            result = self.extends.severities_for(path)
            result.update(self.own_severity)
        else:
            result = dict(self.severity)
        if path and self._per_file:
            relative = self.relative(path)
            for globs, table in self._per_file:
                if relative is not None and globs.matches(relative):
                    result.update(table)
        return result

    def relative(self, path: str) -> str | None:
        """The path relative to the config's directory, /-separated; None outside it. Never touches the disk."""
        relative = os.path.relpath(os.path.abspath(path), os.path.abspath(self.root))
        return None if relative == ".." or relative.startswith(".." + os.sep) else relative.replace(os.sep, "/")

    @property
    def excluder(self) -> Exclude:
        """What a walk asks of each path it finds: is_excluded, or never_excluded without exclude globs (the walk then
        asks nothing of its files: its fast path)."""
        if self.exclude_from is not None:
            return self.exclude_from.excluder
        return self.is_excluded if self.exclude else never_excluded

    def is_excluded(self, path: str, directory: bool = False) -> bool:
        if self.exclude_from is not None:
            return self.exclude_from.is_excluded(path, directory)
        if not self.exclude:
            return False
        relative = self.relative(path)
        return relative is not None and relative != "." and self._exclude.matches(relative, directory=directory)

    def is_included(self, path: str) -> bool:
        relative = self.relative(path)
        if relative is None:
            return False
        if self.include_from is not None:
            return self.include_from.includes(path) and not self.is_excluded(path)
        return (not self.include or self._include.matches(relative)) and not self.is_excluded(path)

    def includes(self, path: str) -> bool:
        """Whether the include globs that apply match a file (no include globs: any file below the config)."""
        if self.include_from is not None:
            return self.include_from.includes(path)
        relative = self.relative(path)
        return relative is not None and (not self.include or self._include.matches(relative))

    def included_files(self, unapplied: Unapplied | None = None,
                       exclude: Exclude | None = None) -> tuple[list[str], list[str]]:
        """Every file the include globs name (minus excludes), in a stable order; and the globs that matched nothing.
        A .gitignore the walks could not apply is noted in `unapplied` with the files it let through.

        A glob is searched for from its leading literal directories, with the walk's rules
        (suffixes, skipped directories, .gitignore); a glob without wildcards naming a file takes it as it is. `exclude`:
        what the walks leave out (default: this config's exclude globs; a run's, each directory's config's).
        """
        if self.include_from is not None:  # (the extended config's globs, from its directory: the files below this one's)
            files, unmatched = self.include_from.included_files(unapplied, exclude or self.excluder)
            return [name for name in files if self.relative(name) is not None], unmatched
        found: dict[str, None] = {}
        unmatched = []
        for pattern in self.include:
            matched = False
            globs = self._globs([pattern])
            for path in self._candidates(pattern, unapplied, exclude):
                relative = self.relative(path)
                if relative is not None and globs.matches(relative) and not self.is_excluded(path):
                    matched = True
                    found.setdefault(display_path(Path(path)), None)
            if not matched:
                unmatched.append(pattern)
        for _, taken in (unapplied or {}).values():  # a file the walk took that no glob kept was not checked
            taken[:] = [path for path in taken if display_path(Path(path)) in found]
        return list(found), unmatched

    def _candidates(self, pattern: str, unapplied: Unapplied | None, exclude: Exclude | None) -> Iterator[str]:
        base = self.root / literal_base(pattern) if literal_base(pattern) else self.root
        if not has_wildcard(pattern) and base.is_file():
            yield str(base)
        elif base.is_dir():
            yield from walk(str(base), exclude=exclude or self.excluder, unapplied=unapplied)


def display_path(path: Path) -> str:
    """A path as the user would write it from here: relative to the working directory when it is below it."""
    try:
        return path.relative_to(Path.cwd()).as_posix()
    except ValueError:
        return str(path)


def find_config(start: Path | None = None) -> Path | None:
    """The nearest .flowlint.toml, flowlint.toml, or pyproject.toml with a [tool.flowlint] table, from `start` upwards
    (in one directory, the first of CONFIG_NAMES there)."""
    directory = (start or Path.cwd()).resolve()
    for folder in (directory, *directory.parents):
        found = config_in(folder)
        if found is not None:
            return found
    return None


def config_in(folder: Path) -> Path | None:
    """The config file of one directory: the first of CONFIG_NAMES there (a pyproject.toml only with [tool.flowlint])."""
    for name in CONFIG_NAMES:
        candidate = folder / name
        try:
            found = candidate.is_file()
        except OSError:  # (a name the system refuses, too long: no config can be there; an editor's URI may name it)
            continue
        if found and (name != "pyproject.toml" or _has_tool_table(candidate)):
            return candidate
    return None


def _toml() -> ModuleType:
    """tomllib, imported when a config file is read: a run without one does not pay for it."""
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib
    module: ModuleType = tomllib  # tomli has no type stubs: mypy (Python 3.10) sees Any here
    return module


#: A config file longer than this is not read (a usage error naming it): configs are untrusted, and a real one is a
#: few hundred bytes.
MAX_CONFIG_BYTES = 1 << 20


def _config_text(path: Path) -> str:
    """A config file's text, at most MAX_CONFIG_BYTES (a FIFO or device is refused, never read: it could block)."""
    import stat

    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))  # (a FIFO's open does not wait for a writer)
    with open(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(f"{path.name} is not a regular file")
        data = handle.read(MAX_CONFIG_BYTES + 1)
    if len(data) > MAX_CONFIG_BYTES:
        raise OSError(f"it is larger than {MAX_CONFIG_BYTES >> 20} MiB")
    return data.decode("utf-8")


@functools.lru_cache(maxsize=32)
def _parsed(text: str) -> Mapping[str, Any]:
    """A config's TOML document, parsed once per text: a pyproject.toml asked whether it holds [tool.flowlint] and then
    loaded, or the same config read by the many in-process checks of one process, parses once. Never mutated."""
    document: Mapping[str, Any] = _toml().loads(text)
    return document


def _has_tool_table(path: Path) -> bool:
    try:
        text = _config_text(path)
    except (OSError, UnicodeDecodeError):
        return False
    if "flowlint" not in text:  # (most pyproject.toml files: no TOML parse for them, a monorepo has thousands)
        return False
    try:
        tool = _parsed(text).get("tool")
        return isinstance(tool, dict) and "flowlint" in tool  # (`tool = 1`: another tool's mistake, no config of ours)
    except (ValueError, RecursionError):  # broken (or too deep) TOML that seems to hold the table: loading it says
        return re.search(r"^[ \t]*\[[ \t]*tool[ \t]*\.[ \t]*flowlint\b", text, re.M) is not None


#: How many configs one `extend` chain may pass through.
MAX_EXTENDS = 8


def load_config(path: Path | None, *, inside: Path | None = None, _chain: tuple[Path, ...] = ()) -> Config:
    """Read a config file (None: the defaults), and the configs it extends; `inside`: the project root the configs it
    extends must be in (None: anywhere, as for the config in use, whose chain the project root takes in)."""
    if path is None:
        return Config()
    toml = _toml()
    try:
        document = _parsed(_config_text(path))
    except (OSError, UnicodeDecodeError) as err:
        raise ConfigError(f"{path}: cannot read it: {getattr(err, 'strerror', None) or err}", path) from None
    except toml.TOMLDecodeError as err:
        raise ConfigError(f"{path}: invalid TOML: {err}", path, *_toml_place(str(err))) from None
    except RecursionError:  # tomllib recurses once per `[` or `{`: `x = [[[…]]]` anywhere in the file
        raise ConfigError(f"{path}: {TOO_DEEP}", path) from None
    tool = document.get("tool", {}) if path.name == "pyproject.toml" else None
    table = (tool.get("flowlint", {}) if isinstance(tool, dict) else {}) if path.name == "pyproject.toml" else document
    prefix = "[tool.flowlint]" if path.name == "pyproject.toml" else ""
    try:
        extended = _extended(table, path, prefix, inside, _chain) if isinstance(table, Mapping) else None
        config = _parse(table, path, prefix)
        return config if extended is None else _inherit(config, extended, frozenset(table))
    except RecursionError:  # a value our checks walk or quote (a `severity` table's, a glob list's) nested as deep
        raise ConfigError(f"{path}: {TOO_DEEP}", path) from None
    except ConfigError as err:
        raise ConfigError(str(err), path) from None


def _toml_place(message: str) -> tuple[int, int] | tuple[()]:
    """The line and column tomllib's message names (`(at line 3, column 7)`), if it names them."""
    found = re.search(r"at line (\d+), column (\d+)\)$", message)
    return (int(found[1]), int(found[2])) if found else ()


_KEYS = {"include", "exclude", "contracts", "region", "strict", "max-file-size", "max-depth", "severity", "per-file-severity",
         "yaml-version", "per-file-ignores", "flows", "cache-dir", "extend"}


def _extended(table: Mapping[str, Any], path: Path, prefix: str, inside: Path | None,
              chain: tuple[Path, ...]) -> Config | None:
    """The config `extend` names, read (with what it extends), or None without the key."""
    value = table.get("extend")
    if value is None:
        return None
    where = f"{path}: {prefix + ' ' if prefix else ''}extend"
    if not isinstance(value, str) or not value.lower().endswith(".toml"):
        raise ConfigError(f"{where}: expected the path of a config file (\"../.flowlint.toml\"), got {value!r}")
    if os.path.isabs(value):
        raise ConfigError(f"{where}: {value!r} is absolute; name the config relative to this one's directory")
    target = Path(os.path.normpath(path.parent / value))
    if not target.is_file():
        raise ConfigError(f"{where}: {value!r} is no file; paths in the config are relative to its directory")
    if inside is not None and not within(str(target), (str(inside),)):
        raise ConfigError(f"{where}: {value!r} is out of the project ({inside}); flowlint reads no config out of it")
    real = target.resolve()
    if real in {link.resolve() for link in (*chain, path)}:
        raise ConfigError(f"{where}: {value!r} extends itself through " + " -> ".join(map(str, (*chain, path, target))))
    if len(chain) >= MAX_EXTENDS:
        raise ConfigError(f"{where}: more than {MAX_EXTENDS} configs extend one another")
    try:
        return load_config(target, inside=inside, _chain=(*chain, path))
    except ConfigError as err:  # said at this file, which cannot be read without it
        raise ConfigError(f"{where}: {err}") from None


def _inherit(config: Config, extended: Config, own: frozenset[str]) -> Config:
    """A config with what it does not set taken from the config it extends; each path and glob stays relative to the
    directory of the file that wrote it (a parent's `"tests/**"` never becomes `tests/tests/**` here)."""
    config.extends = extended
    config.own_severity = config.severity
    config.severity = {**extended.severity, **config.severity}
    for key, name in (("region", "region"), ("strict", "strict"), ("max-file-size", "max_file_size"),
                      ("max-depth", "max_depth"), ("yaml-version", "yaml_version")):
        if key not in own:
            setattr(config, name, getattr(extended, name))
    if "contracts" not in own:
        config.contracts, config.contracts_root = extended.contracts, extended.contracts_root or extended.root
    if "cache-dir" not in own:
        config.cache_dir, config.cache_root = extended.cache_dir, extended.cache_root or extended.root
    # (an extended flow's YAML by its absolute path: flow_paths joins it to nothing)
    config.flows = {**{flow: str(extended.root / yaml) for flow, yaml in extended.flows.items()}, **config.flows}
    if "include" not in own:
        config.include_from = extended.include_from or (extended if extended.include else None)
    if "exclude" not in own:
        config.exclude_from = extended.exclude_from or (extended if extended.exclude else None)
    config.glob_keys = {**extended.glob_keys, **config.glob_keys}
    return config


def _parse(table: Mapping[str, Any], path: Path, prefix: str) -> Config:
    def where(key: str) -> str:
        return f"{path}: {prefix + ' ' if prefix else ''}{key}"

    if not isinstance(table, Mapping):
        raise ConfigError(f"{path}: {prefix or 'the file'} must be a table")
    unknown = sorted(set(table) - _KEYS)
    if unknown:
        raise ConfigError(f"{where(unknown[0])}: unknown key (known keys: {', '.join(sorted(_KEYS))})")
    config = Config(root=path.parent, source=path)
    config.include = _globs(table.get("include", []), where("include"))
    config.exclude = _globs(table.get("exclude", []), where("exclude"))
    config.contracts = _inside(_string(table.get("contracts"), where("contracts")), where("contracts"),
                               "name a store elsewhere with --contracts")
    if config.contracts is not None and (path.parent / config.contracts).is_file():
        raise ConfigError(f"{where('contracts')}: {config.contracts!r} is a file; the contract store is a directory "
                          "of flow snapshots (`flowlint pull` writes them; a flow's YAML goes in [tool.flowlint.flows])")
    if config.contracts is not None and not _linked_inside(path.parent, config.contracts):
        raise ConfigError(f"{where('contracts')}: {config.contracts!r} leaves the project through a symlink; flowlint "
                          "reads no file out of the project (name a store elsewhere with --contracts)")
    config.region = _string(table.get("region"), where("region"))
    strict = table.get("strict", False)
    if not isinstance(strict, bool):
        raise ConfigError(f"{where('strict')}: expected true or false, got {strict!r}")
    config.strict = strict
    config.max_file_size = _positive(table.get("max-file-size"), where("max-file-size"))
    config.max_depth = _positive(table.get("max-depth"), where("max-depth"), maximum=900)
    config.yaml_version = _yaml_version(table.get("yaml-version"), where("yaml-version"))
    config.severity = _severity_table(table.get("severity", {}), where("severity"))
    per_file = table.get("per-file-severity", {})
    if not isinstance(per_file, Mapping):
        raise ConfigError(f"{where('per-file-severity')}: expected a table of glob = {{CODE = severity}}")
    config.per_file_severity = [(_globs([str(glob)], where(f"per-file-severity.{glob!r}"))[0],
                                 _severity_table(codes, where(f"per-file-severity.{glob!r}")))
                                for glob, codes in per_file.items()]
    config.per_file_ignores = _ignores_table(table.get("per-file-ignores", {}), where("per-file-ignores"))
    config.flows = _flows(table.get("flows", {}), where("flows"), path.parent)
    for key, patterns in (("include", config.include), ("exclude", config.exclude)):
        config.glob_keys.update((pattern, where(key)) for pattern in patterns)
    config.glob_keys.update((glob, where(f"per-file-severity.{glob!r}")) for glob, _ in config.per_file_severity)
    config.glob_keys.update((glob, where("per-file-ignores")) for glob, _, _ in config.per_file_ignores)
    config.cache_dir = _inside(_string(table.get("cache-dir"), where("cache-dir")), where("cache-dir"), _NO_CACHE)
    if config.cache_dir is not None and not _linked_inside(path.parent, config.cache_dir):
        raise ConfigError(f"{where('cache-dir')}: {config.cache_dir!r} leaves the project through a symlink; flowlint "
                          f"writes no file out of the project ({_NO_CACHE})")
    return config


_NO_CACHE = "the cache stays in the project; --no-cache or FLOWLINT_NO_CACHE=1 runs without one"


def _ignores_table(table: Any, where: str) -> list[tuple[str, str | None, frozenset[str]]]:
    """`"glob" = [codes]` or `"glob#/json/pointer" = [codes]`: the codes a file, or a part of its body, accepts."""
    if not isinstance(table, Mapping):
        raise ConfigError(f"{where}: expected a table of \"glob\" or \"glob#/pointer\" = [codes]")
    result = []
    for key, codes in table.items():
        glob, _, pointer = str(key).partition("#")
        here = f"{where}.{key!r}"
        if pointer and not pointer.startswith("/"):
            raise ConfigError(f"{here}: a JSON pointer starts with `/` (\"payloads/*.json#/inputData\"), got {pointer!r}")
        if not isinstance(codes, list) or not codes or not all(isinstance(code, str) for code in codes):
            raise ConfigError(f"{here}: expected a list of rule codes, got {codes!r}")
        found = set()
        for code in codes:
            rule = find_rule(code)
            if rule is None:
                raise ConfigError(f"{here}: {code}: no such rule{did_you_mean(str(code))} (`flowlint rules` lists them)")
            if rule.code in TOOL_FAILURES:
                raise ConfigError(f"{here}: {rule.code} reports that flowlint could not do its job; it cannot be ignored")
            found.add(rule.code)
        result.append((_globs([glob], here)[0], pointer or None, frozenset(found)))
    return result


def _flows(table: Any, where: str, root: Path) -> dict[str, str]:
    """`"<flow ID>" = "<path of the flow's Architect YAML>"`, each path inside the project (`root`), as written and
    through any symlink on it: a file out of the project is refused either way, before anything is read."""
    if not isinstance(table, Mapping):
        raise ConfigError(f"{where}: expected a table of \"<flow ID>\" = \"<path of the flow's YAML>\"")
    flows = {}
    for flow_id, path in table.items():
        if not is_uuid(flow_id):
            raise ConfigError(f"{where}.{flow_id}: a flow ID is a UUID such as \"{UUID_EXAMPLE}\"")
        if not isinstance(path, str) or not path.lower().endswith((".yaml", ".yml")):
            raise ConfigError(f"{where}.{flow_id}: expected the path of the flow's Architect YAML (*.yaml), got {path!r}")
        flows[flow_id.lower()] = _inside(path, f"{where}.{flow_id}", "copy the flow's YAML into the project") or path
        if not _linked_inside(root, path):
            raise ConfigError(f"{where}.{flow_id}: {path!r} leaves the project through a symlink; flowlint reads no "
                              "file out of the project (put the flow's YAML inside it, or check from a directory "
                              "whose config holds both)")
        if not os.path.isfile(os.path.join(root, path)):  # a wrong path, as `--flow-schema nope.json` is
            raise ConfigError(f"{where}.{flow_id}: {path!r} is no file; paths in the config are relative to its "
                              "directory")
    return flows


def _linked_inside(root: Path, path: str) -> bool:
    """Whether a path inside the project (as written) stays inside with every symlink on it followed."""
    return within(os.path.join(root, path), (str(root),))


def _yaml_version(value: Any, where: str) -> str | None:
    if value is None:
        return None
    from ..sources.yaml_versions import VERSIONS  # its readers' patterns: compiled only when a config names a version

    text = str(value) if isinstance(value, (str, float)) else None
    if text not in VERSIONS:
        raise ConfigError(f"{where}: expected \"1.1\" or \"1.2\" (the YAML version your YAML-to-JSON converter reads), got {value!r}")
    return text


def _globs(value: Any, where: str) -> list[str]:
    """Glob strings that stay inside the project (no absolute paths, no `..`)."""
    patterns = _strings(value, where)
    for pattern in patterns:
        try:
            normalize(pattern)
        except OutsideProject as err:
            raise ConfigError(f"{where}: {err}") from None
    return patterns


def _inside(value: str | None, where: str, elsewhere: str) -> str | None:
    """A path that stays inside the project; `elsewhere` says how to name one outside it."""
    if value is None:
        return None
    if not written_inside(value):
        raise ConfigError(f"{where}: {value!r} leaves the project; paths in the config are relative to its directory "
                          f"({elsewhere})")
    return value


def _strings(value: Any, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: expected a list of glob strings, got {value!r}")
    return list(value)


def _string(value: Any, where: str) -> str | None:
    if value is not None and not isinstance(value, str):
        raise ConfigError(f"{where}: expected a string, got {value!r}")
    return value


def _positive(value: Any, where: str, maximum: int | None = None) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 1 or (maximum and value > maximum):
        limit = f" up to {maximum}" if maximum else ""
        raise ConfigError(f"{where}: expected a whole number from 1{limit}, got {value!r}")
    return value


def _severity_table(table: Any, where: str) -> dict[str, Severity | None]:
    if not isinstance(table, Mapping):
        raise ConfigError(f"{where}: expected a table of CODE = \"error\" | \"warning\" | \"info\" | \"off\"")
    result: dict[str, Severity | None] = {}
    for key, value in table.items():
        rule = find_rule(str(key))
        if rule is None:
            raise ConfigError(f"{where}.{key}: no such rule{did_you_mean(str(key))} (`flowlint rules` lists them)")
        if rule.code in TOOL_FAILURES:
            raise ConfigError(f"{where}.{key}: {rule.code} reports that flowlint could not do its job; it cannot be changed")
        if value not in _SEVERITIES:
            raise ConfigError(f"{where}.{key}: expected \"error\", \"warning\", \"info\" or \"off\", got {value!r}")
        result[rule.code] = _SEVERITIES[value]
    return result
