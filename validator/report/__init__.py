"""Reporters: how diagnostics reach the user (text, json, sarif, github, gitlab, junit)."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from .base import LineSource as LineSource
    from .base import Reporter as Reporter
    from .base import Summary as Summary
    from .base import shows_info_lines as shows_info_lines
    from .base import shows_lines as shows_lines
    from .base import stopped_fixing as stopped_fixing
    from .base import unapplied_fixes as unapplied_fixes
    from .base import unapplied_place as unapplied_place

FORMATS = ("text", "json", "sarif", "github", "gitlab", "junit")
#: The formats that show a fix's edits (the others show its message only).
EDIT_FORMATS = ("json", "sarif")


def make_reporter(name: str, stream: TextIO, *, color: bool = False, quiet: bool = False, root: str | None = None) -> Reporter:
    """The reporter for an output format name."""
    if name == "json":
        from .json_report import JsonReporter
        return JsonReporter(stream)
    if name == "sarif":
        from .sarif import SarifReporter
        return SarifReporter(stream, root=root)
    if name == "gitlab":
        from .gitlab import GitlabReporter
        return GitlabReporter(stream, workspace=os.environ.get("CI_PROJECT_DIR"))
    if name == "junit":
        from .junit import JunitReporter
        return JunitReporter(stream)
    if name == "github":
        from .github import GithubReporter
        return GithubReporter(stream, workspace=os.environ.get("GITHUB_WORKSPACE"))
    from .text import TextReporter
    return TextReporter(stream, color=color, quiet=quiet)


def __getattr__(name: str) -> Any:
    # The shared parts are imported on first use: the command line needs only FORMATS to start (`flowlint --version`).
    if name in ("LineSource", "Reporter", "Summary", "shows_info_lines", "shows_lines", "stopped_fixing", "unapplied_fixes",
                "unapplied_place"):
        from . import base

        return getattr(base, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
