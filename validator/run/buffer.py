"""One file's text as an editor holds it (unsaved edits too), checked as `flowlint check` checks that file.

The project is found from the file's directory: its config (severities, per-file-ignores, include) and
its contract store. A file outside any project is checked with the defaults and no contracts but the
ones beside it. A JSON or YAML file is a payload as a walk of the project decides (the include globs,
else the launch vocabulary in its text): opening package.json in an editor says nothing; nor does a
file no walk reads (a suffix flowlint does not read, unless the include globs name it).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from ..checker.engine import CheckOptions
from ..core.diagnostics import Diagnostic
from ..project.config import Config, ConfigError, find_config, load_config
from ..project.contracts import project_contracts
from ..project.files import is_walked, payload_name
from ..project.root import git_root, project_root
from ..sources import imports, module_texts
from ..sources.document import Document, Limits, load_bytes
from ..sources.kinds import named_kind, only_searched
from .runner import _Checker, _once_per_run


@dataclass
class BufferResult:
    """The diagnostics of one file's text, and what they were decided with."""

    diagnostics: list[Diagnostic]
    config: Config
    problem: str | None = None  # the project's config could not be read: checked with the defaults
    suppressed: list[str] = field(default_factory=list)


def project_of(path: str) -> tuple[Config, str | None]:
    """The config of the project a file belongs to (the nearest config above it), else the defaults there."""
    directory = Path(path).parent
    try:
        found = find_config(directory)
        if found is None:
            return Config(root=directory.resolve()), None
        config = load_config(found, inside=git_root(found.parent))  # (as flowlint check reads it)
        config.compile_globs()
        return config, None
    except ConfigError as err:
        return Config(root=directory.resolve()), str(err)


def limits_of(config: Config, path: str) -> Limits:
    """The limits the file `path` of the project `config` describes is read under, as `flowlint check` reads it: its
    config's, with the project's root and the file's directory as the roots a file it names may be in, and a flow YAML
    its Terraform launch links read anywhere in the project (the config's directory, else the git work tree)."""
    project = config.source.parent if config.source is not None else git_root(Path(path).parent)
    return Limits(max_file_size=config.max_file_size or Limits.max_file_size, max_depth=config.max_depth or Limits.max_depth,
                  roots=(*config.reading_roots(), str(Path(path).parent)), yaml_version=config.yaml_version or Limits.yaml_version,
                  flow_roots=(str(project),) if project is not None else ())


def outside_any_project(config: Config, path: str) -> bool:
    """Whether the file at `path` (its project's `config`) is outside any project: no config above it, no git work tree.
    Its directory may be a home directory, /tmp or the disk's root: never walked, and its other files looked at only
    as far as the buffer names them or they sit beside it."""
    return config.source is None and git_root(Path(path).parent) is None


def check_buffer(path: str, text: str) -> BufferResult:
    """The diagnostics `flowlint check` gives the file `path` if it held `text`, located in that file."""
    module_texts.new_run()  # (the editor server gives its open buffers' texts: module_texts.edited)
    config, problem = project_of(path)
    directory = str(Path(path).parent)
    limits = limits_of(config, path)
    included = config.declares_payloads and config.is_included(path)
    if not included and not is_walked(os.path.basename(path)):
        # (a walk of the project never reads it, and an editor opens any file: a JSON drawing is no body to check)
        return BufferResult([], config, problem)
    options = CheckOptions(contracts=project_contracts(config, start=directory, roots=limits.roots), severities=config.severity,
                           ignores_for=config.ignores_for if config.has_per_file_ignores else None)
    checker = _Checker(options, limits, config.severities_for if config.has_per_file_severity else None, path,
                       candidates=frozenset({path}) if payload_name(path) and not included else frozenset(),
                       walked=frozenset({path}),  # (a request or code file's kind is no guess: its unsafe fixes are offered)
                       fixes_picked=True)  # (a guessed payload's too, unsafe: the editor's user picks each on this file)
    data = text.encode("utf-8", "surrogatepass")
    read: bytes | Document = data
    if len(data) > limits.max_file_size:  # (the limit holds for an editor's text as for the file: read_path's refusal)
        read = b"" if only_searched(path) else load_bytes(data, path, limits=limits)
    documents = checker.load_data(path, read)
    result = checker.result(path, documents)
    # Only what is located in this file: a body it reads (`< ./body.txt`) has its own path, and its findings drawn at
    # their line and column in this buffer would point at the wrong text.
    own = [d for d in result.diagnostics if d.file is None or d.file == path]
    kind = named_kind(path)
    if imports.family(kind) is not None and isinstance(read, bytes) and read:
        from .buffer_imports import imported_launches

        # (the run's second pass; its modules looked for in the project: with no config, the git work tree's, as a run
        # from its root reads them, not only the file's own directory)
        own += imported_launches(checker, path, kind or "", read, str(project_root(config, Path(path).parent)), own)
    return BufferResult(_once_per_run(own, set()), config, problem, list(result.suppressed))
