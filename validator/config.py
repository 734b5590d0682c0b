"""Project configuration: `[tool.flowlint]` in pyproject.toml, or a `.flowlint.toml`.

Unknown keys and bad values are usage errors naming the key; command-line options win.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .diagnostics import Severity
from .rules import TOOL_FAILURES, find_rule

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

CONFIG_FILES = (".flowlint.toml", "pyproject.toml")
_SEVERITIES = {"error": Severity.ERROR, "warning": Severity.WARNING, "info": Severity.INFO, "off": None}


class ConfigError(Exception):
    """The configuration is wrong; the message names the file and key (a usage error, exit code 2)."""


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
    severity: dict[str, Severity | None] = field(default_factory=dict)
    per_file_severity: list[tuple[str, dict[str, Severity | None]]] = field(default_factory=list)

    def severities_for(self, path: str | None) -> dict[str, Severity | None]:
        """The rule severities for one file: the global ones, then every matching per-path table."""
        result = dict(self.severity)
        if path and self.per_file_severity:
            relative = self.relative(path)
            for pattern, table in self.per_file_severity:
                if relative is not None and glob_match(relative, pattern):
                    result.update(table)
        return result

    def relative(self, path: str) -> str | None:
        """The path relative to the config's directory, /-separated; None outside it. Never touches the disk."""
        relative = os.path.relpath(os.path.abspath(path), os.path.abspath(self.root))
        return None if relative == ".." or relative.startswith(".." + os.sep) else relative.replace(os.sep, "/")

    def is_excluded(self, path: str) -> bool:
        if not self.exclude:
            return False
        relative = self.relative(path)
        return relative is not None and any(glob_match(relative, p) for p in self.exclude)

    def is_included(self, path: str) -> bool:
        relative = self.relative(path)
        if relative is None:
            return False
        return (not self.include or any(glob_match(relative, p) for p in self.include)) and not self.is_excluded(path)

    def included_files(self) -> list[str]:
        """Every file the include globs name (minus excludes), in a stable order."""
        found: dict[str, None] = {}
        for pattern in self.include:
            for match in sorted(self.root.glob(pattern)):
                if match.is_file() and not self.is_excluded(str(match)):
                    found[_display(match)] = None
        return list(found)


def _display(path: Path) -> str:
    try:
        return path.relative_to(Path.cwd()).as_posix()
    except ValueError:
        return str(path)


def glob_match(path: str, pattern: str) -> bool:
    """Whether a /-separated relative path matches a glob where `**` spans directories."""
    return _compile(pattern).fullmatch(path) is not None


def _compile(pattern: str) -> re.Pattern[str]:
    pattern = pattern.strip("/")
    out, i = [], 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif pattern.startswith("**", i):
            out.append(".*")
            i += 2
        elif pattern[i] == "*":
            out.append("[^/]*")
            i += 1
        elif pattern[i] == "?":
            out.append("[^/]")
            i += 1
        else:
            out.append(re.escape(pattern[i]))
            i += 1
    # A directory pattern matches everything below it, as in .gitignore.
    return re.compile("".join(out) + "(?:/.*)?")


def find_config(start: Path | None = None) -> Path | None:
    """The nearest .flowlint.toml, or pyproject.toml with a [tool.flowlint] table, from `start` upwards."""
    directory = (start or Path.cwd()).resolve()
    for folder in (directory, *directory.parents):
        for name in CONFIG_FILES:
            candidate = folder / name
            if candidate.is_file() and (name != "pyproject.toml" or _has_tool_table(candidate)):
                return candidate
    return None


def _has_tool_table(path: Path) -> bool:
    try:
        return "flowlint" in tomllib.loads(path.read_text(encoding="utf-8")).get("tool", {})
    except (OSError, ValueError, UnicodeDecodeError):
        return False


def load_config(path: Path | None) -> Config:
    """Read a config file (None: the defaults)."""
    if path is None:
        return Config()
    try:
        document = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as err:
        raise ConfigError(f"{path}: cannot read it: {err}") from None
    except tomllib.TOMLDecodeError as err:
        raise ConfigError(f"{path}: invalid TOML: {err}") from None
    table = document.get("tool", {}).get("flowlint", {}) if path.name == "pyproject.toml" else document
    prefix = "[tool.flowlint]" if path.name == "pyproject.toml" else ""
    return _parse(table, path, prefix)


_KEYS = {"include", "exclude", "contracts", "region", "strict", "max-file-size", "max-depth", "severity", "per-file-severity"}


def _parse(table: Mapping[str, Any], path: Path, prefix: str) -> Config:
    def where(key: str) -> str:
        return f"{path}: {prefix + ' ' if prefix else ''}{key}"

    if not isinstance(table, Mapping):
        raise ConfigError(f"{path}: {prefix or 'the file'} must be a table")
    unknown = sorted(set(table) - _KEYS)
    if unknown:
        raise ConfigError(f"{where(unknown[0])}: unknown key (known keys: {', '.join(sorted(_KEYS))})")
    config = Config(root=path.parent, source=path)
    config.include = _strings(table.get("include", []), where("include"))
    config.exclude = _strings(table.get("exclude", []), where("exclude"))
    config.contracts = _string(table.get("contracts"), where("contracts"))
    config.region = _string(table.get("region"), where("region"))
    strict = table.get("strict", False)
    if not isinstance(strict, bool):
        raise ConfigError(f"{where('strict')}: expected true or false, got {strict!r}")
    config.strict = strict
    config.max_file_size = _positive(table.get("max-file-size"), where("max-file-size"))
    config.max_depth = _positive(table.get("max-depth"), where("max-depth"), maximum=900)
    config.severity = _severity_table(table.get("severity", {}), where("severity"))
    per_file = table.get("per-file-severity", {})
    if not isinstance(per_file, Mapping):
        raise ConfigError(f"{where('per-file-severity')}: expected a table of glob = {{CODE = severity}}")
    config.per_file_severity = [(str(glob), _severity_table(codes, where(f"per-file-severity.{glob!r}")))
                                for glob, codes in per_file.items()]
    return config


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
            raise ConfigError(f"{where}.{key}: no such rule (`flowlint rules` lists them)")
        if rule.code in TOOL_FAILURES:
            raise ConfigError(f"{where}.{key}: {rule.code} reports that flowlint could not do its job; it cannot be changed")
        if value not in _SEVERITIES:
            raise ConfigError(f"{where}.{key}: expected \"error\", \"warning\", \"info\" or \"off\", got {value!r}")
        result[rule.code] = _SEVERITIES[value]
    return result
