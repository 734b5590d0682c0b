"""`--format github`: workflow commands that annotate the pull request under GitHub Actions."""

from __future__ import annotations

from typing import TextIO

from ..core.diagnostics import Diagnostic, Severity
from ..core.printable import printable
from ..core.words import counted
from .base import LineSource, Summary, workspace_name

_COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    # Line breaks as the runner decodes them; any other control or bidi character escaped, as the log renders ANSI.
    return printable(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


class GithubReporter:
    shows_lines = False  # no excerpt: a run makes none for it

    def __init__(self, stream: TextIO, *, workspace: str | None = None) -> None:
        self.stream = stream
        #: The job's checkout (GITHUB_WORKSPACE): GitHub attaches an annotation by a path relative to it.
        self.workspace = workspace

    def file(self, diagnostics: list[Diagnostic], line_source: LineSource | None) -> None:
        for d in diagnostics:
            props = [f"file={escape_property(workspace_name(d.file, self.workspace) or 'stdin')}"]
            if d.span:
                props += [f"line={d.span.line}", f"col={d.span.column}",
                          f"endLine={d.span.end_line}", f"endColumn={d.span.end_column}"]
            props.append(f"title={escape_property(f'{d.code} {d.name}')}")
            message = f"{d.message}\nhelp: {d.help}" if d.help else d.message
            self.stream.write(f"::{_COMMANDS[d.severity]} {','.join(props)}::{escape_data(message)}\n")

    def finish(self, summary: Summary) -> None:
        self.stream.write(f"flowlint: {counted(summary.errors, 'error')}, {counted(summary.warnings, 'warning')} "
                          f"in {counted(summary.files, 'file')}\n")
