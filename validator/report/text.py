"""Human output: `path:line:col: CODE severity message`, the source line, a caret, and the fix."""

from __future__ import annotations

from typing import TextIO

from ..core.diagnostics import Diagnostic, Severity
from ..core.printable import printable
from ..core.words import counted
from .base import LineSource, Summary, shown_name, stopped_fixing, unapplied_fixes, unparsed_fixes

_COLORS = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
_MAX_EXCERPT = 200


class TextReporter:
    shows_lines = True  # its excerpts

    def __init__(self, stream: TextIO, *, color: bool = False, quiet: bool = False) -> None:
        self.stream = stream
        self.color = color
        self.quiet = quiet
        self.shows_info_lines = not quiet  # a quiet report shows no note
        self._shown: tuple[str | None, str] | None = None

    def style(self, text: str, **styles: object) -> str:
        if not self.color:
            return text
        import click  # with color only: a plain check never imports click (cli/argv.py)

        return click.style(text, **styles)  # type: ignore[arg-type]

    def file(self, diagnostics: list[Diagnostic], line_source: LineSource | None) -> None:
        if not diagnostics:
            return
        shown = "".join(self.render(diagnostic, line_source) for diagnostic in diagnostics
                        if not (self.quiet and diagnostic.severity is Severity.INFO))
        if shown:
            self.stream.write(shown)  # a file's findings in one write

    def _where(self, file: str | None) -> str:
        """A file's name as shown (the last one kept: a file's findings come together)."""
        if self._shown is None or self._shown[0] != file:
            self._shown = (file, printable(shown_name(file) or "<body>"))
        return self._shown[1]

    def render(self, d: Diagnostic, line_source: LineSource | None) -> str:
        # File names, messages and source lines hold text from input: escaped, so none can drive the terminal
        # or start a line of its own.
        where = self._where(d.file)
        if d.span:
            where += f":{d.span.line}:{d.span.column}"
        if self.color:
            head = (f"{self.style(where, bold=True)}: {self.style(d.code, bold=True)} "
                    f"{self.style(d.severity.value, fg=_COLORS[d.severity])} {printable(d.message)}")
        else:
            head = f"{where}: {d.code} {d.severity.value} {printable(d.message)}"
        if d.pointer and not d.span:
            head += f" (at {printable(d.pointer)})"
        lines = [head]
        if d.span and line_source:
            lines.extend(self.excerpt(d, line_source))
        if d.help:
            label = self.style(_label(d), fg="green", bold=True) if self.color else _label(d)
            lines.append(f"  {label} {printable(d.help)}")
        return "\n".join(lines) + "\n"

    def excerpt(self, d: Diagnostic, line_source: LineSource) -> list[str]:
        assert d.span is not None
        text = line_source(d.span.line)
        if not text.strip():
            return []
        start = d.span.column - 1
        end = d.span.end_column - 1 if d.span.end_line == d.span.line else len(text)
        end = max(end, start + 1)
        # Long lines are cut around the span so the caret stays on screen.
        offset = max(0, start - _MAX_EXCERPT // 2) if len(text) > _MAX_EXCERPT else 0
        shown = text[offset:offset + _MAX_EXCERPT]
        # Padded and underlined by display width (a CJK character or an emoji takes two terminal cells), of the
        # escaped text: input never reaches the terminal raw.
        lead = shown[: start - offset]
        pad = " " * len(lead) if lead.isascii() and lead.isprintable() else \
            "".join("\t" if ch == "\t" else " " * _width(ch) for ch in lead)
        caret = "^" * max(1, _width(shown[start - offset:min(end, offset + len(shown)) - offset]))
        shown = printable(shown)
        before = "…" if offset else ""  # the line was cut to keep the caret on screen
        after = "…" if offset + len(shown) < len(text) else ""
        number = str(d.span.line)
        gutter = " " * len(number)
        if self.color:
            caret = self.style(caret, fg=_COLORS[d.severity], bold=True)
        return [f"  {number} | {before}{shown}{after}", f"  {gutter} | {' ' * len(before)}{pad}{caret}"]

    def finish(self, summary: Summary) -> None:
        if self.quiet and not (summary.errors or summary.warnings):
            return
        parts = [counted(summary.errors, "error"), counted(summary.warnings, "warning")]
        if summary.infos and not self.quiet:
            parts.append(counted(summary.infos, "note"))
        verdict = "no problems" if not (summary.errors or summary.warnings) else ", ".join(parts)
        searched = (f" ({counted(summary.searched, 'file')} in other languages only searched for the launch endpoint)"
                    if summary.searched else "")
        self.stream.write(f"{verdict} in {counted(summary.files, 'file')} checked{searched}\n")
        if summary.fixed:
            self.stream.write(f"fixed {counted(summary.fixed, 'finding')}; the findings above remain\n" if summary.errors
                              or summary.warnings else f"fixed {counted(summary.fixed, 'finding')}\n")
        if summary.stopped:
            self.stream.write(stopped_fixing(summary.stopped, summary.passes) + "\n")
        if summary.unapplied:
            self.stream.write(unapplied_fixes(summary.unapplied) + "\n")
        if summary.unparsed:
            self.stream.write(unparsed_fixes(summary.unparsed) + "\n")
        if summary.fixable or summary.unsafe_fixable:
            more = f" ({summary.unsafe_fixable} more with --unsafe-fixes)" if summary.unsafe_fixable and summary.fixable else ""
            self.stream.write(f"{summary.fixable} fixable with `flowlint check --fix`{more}\n" if summary.fixable
                              else f"{summary.unsafe_fixable} fixable with `flowlint check --fix --unsafe-fixes`\n")


def _label(d: Diagnostic) -> str:
    """`fix:` where --fix applies the help (`fix (unsafe):` with --unsafe-fixes), else `help:`."""
    if d.fix is None or not d.fix.offered:
        return "help:"
    return "fix:" if d.fix.applies(unsafe=False) else "fix (unsafe):" if d.fix.applies(unsafe=True) else "help:"


def _width(text: str) -> int:
    """Terminal cells the text takes once escaped for printing."""
    if text.isascii() and text.isprintable():
        return len(text)  # printed as it is, a cell a character
    return sum(_cells(ch) for ch in printable(text))


def _cells(char: str) -> int:
    """Terminal cells a character takes (0 for combining marks and controls)."""
    if " " <= char <= "~":
        return 1
    from wcwidth import wcwidth  # imported only when an excerpt holds other text: it costs a clean run ~20 ms

    return max(0, wcwidth(char))
