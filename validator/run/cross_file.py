"""Run-end judgements: what one file's check cannot settle alone, decided once every file of the run is known.

A BigInt in a JavaScript launch body makes JSON.stringify throw (FL014, said by the JavaScript reader), unless
something gives BigInt a toJSON before the body is sent: a polyfill module of the app (`BigInt.prototype.toJSON =
function () { return this.toString() }`, the usual setup where 64-bit integers are read as BigInt). A file's own check
sees only that file (its cached result depends on nothing else), so from the first such finding on a run holds its
report (BigIntHeld, as run/imported.py's second pass holds it), and at its end reads the run's own JavaScript,
TypeScript and script-holding HTML files (walked, or named: never one beyond them) for one that writes both `BigInt`
and `toJSON` (a byte test). Then the findings are dropped (a body that may be sent is no error: an unknown never fails
a check); else each one's help says no polyfill was found. A run without such a finding reads nothing more. The editor
(`flowlint lsp`) judges a buffer's findings by the files open beside it (judged_by_open_files).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ..core.codes import NO_JSON_NUMBER
from ..core.diagnostics import Diagnostic, Severity
from ..project.files import STDIN
from ..sources.kinds import HTML, JAVASCRIPT, TSX, TYPESCRIPT

if TYPE_CHECKING:
    from ..report import Summary
    from ..report.base import LineSource, Reporter
    from ..sources.document import Document
    from .imported import SecondPass

#: What the JavaScript reader's FL014 says of a BigInt in a body (sources/javascript.py, JavaScriptReader.unsendable).
_BIG_INT_THROWS = " is a BigInt: JSON.stringify throws"
#: Files that may install a polyfill: JavaScript and TypeScript, and the HTML, Vue and Svelte files holding scripts.
POLYFILL_SUFFIXES = JAVASCRIPT + TYPESCRIPT + TSX + HTML
#: What a kept finding's help adds, by where the polyfill was looked for.
NOT_IN_RUN = ("no file flowlint checked in this run gives BigInt a toJSON (a `BigInt.prototype.toJSON` polyfill, which "
              "would make this body sendable)")
NOT_OPEN = ("no file open in the editor gives BigInt a toJSON (a `BigInt.prototype.toJSON` polyfill, which would make "
            "this body sendable)")


def throws_big_int(diagnostic: Diagnostic) -> bool:
    """Whether a diagnostic is FL014 on a BigInt JSON.stringify throws on."""
    return diagnostic.code == NO_JSON_NUMBER and _BIG_INT_THROWS in diagnostic.message


def gives_big_int_to_json(data: bytes) -> bool:
    """Whether a file's bytes may give BigInt a toJSON: they write both words (any way of installing one does)."""
    return b"toJSON" in data and b"BigInt" in data


def polyfilled(paths: Iterable[str], read: Callable[[str], bytes | Document]) -> bool:
    """Whether one of a run's files may give BigInt a toJSON; each read (by the run's own reader: no link out of the
    tree, within the size limit) at most once, up to the first that does."""
    for path in paths:
        if path == STDIN or not path.lower().endswith(POLYFILL_SUFFIXES):
            continue
        try:
            data = read(path)
        except Exception:  # unreadable: the run said so where it checked it; it installs nothing known
            continue
        if isinstance(data, bytes) and gives_big_int_to_json(data):
            return True
    return False


def judged(diagnostics: list[Diagnostic], polyfill: bool, not_found: str,
           summary: Summary | None = None) -> list[Diagnostic]:
    """The diagnostics with each BigInt FL014 dropped when a polyfill may be installed (and uncounted from `summary`),
    else with `not_found` added to its help."""
    if not any(map(throws_big_int, diagnostics)):
        return diagnostics
    kept = []
    for diagnostic in diagnostics:
        if not throws_big_int(diagnostic):
            kept.append(diagnostic)
        elif not polyfill:
            kept.append(replace(diagnostic, help=f"{diagnostic.help}; {not_found}" if diagnostic.help else not_found))
        elif summary is not None:
            _uncount(summary, diagnostic)
    return kept


def judged_by_open_files(diagnostics: list[Diagnostic], open_files: Callable[[], Iterable[tuple[str, str]]]) -> list[Diagnostic]:
    """A buffer's diagnostics judged by the files open in the editor (`open_files`: each one's name and text, asked
    only for a BigInt's finding)."""
    if not any(map(throws_big_int, diagnostics)):
        return diagnostics
    polyfill = any(name.lower().endswith(POLYFILL_SUFFIXES) and gives_big_int_to_json(text.encode("utf-8", "surrogatepass"))
                   for name, text in open_files())
    return judged(diagnostics, polyfill, NOT_OPEN)


class BigIntHeld:
    """A run's report held from its first BigInt FL014 on, released at the run's end with those findings judged."""

    def __init__(self, inner: Reporter) -> None:
        self.inner = inner
        self.held: list[tuple[list[Diagnostic], LineSource | None]] = []
        self.shows_lines = getattr(inner, "shows_lines", True)

    @classmethod
    def beneath(cls, reporter: Reporter, later: SecondPass | None, diagnostics: Sequence[Diagnostic]) -> BigIntHeld | None:
        """The holder for a run whose file's `diagnostics` hold a BigInt FL014 (None when they hold none): beneath the
        second pass's holder when there is one (which releases into it), else around the run's reporter."""
        if not any(map(throws_big_int, diagnostics)):
            return None
        if later is not None:
            held = cls(later.inner)
            later.inner = held
            return held
        return cls(reporter)

    def file(self, diagnostics: list[Diagnostic], line_source: LineSource | None) -> None:
        self.held.append((diagnostics, line_source))

    def finish(self, summary: Summary) -> None:  # (the runner releases before it finishes: never called)
        self.inner.finish(summary)

    def release(self, summary: Summary, polyfill: bool) -> Reporter:
        """Give the held files to the reporter, their BigInt findings judged (`polyfill`: whether a file of the run may
        install one); the reporter, to finish with."""
        for diagnostics, line_source in self.held:
            diagnostics = judged(diagnostics, polyfill, NOT_IN_RUN, summary)
            self.inner.file(diagnostics, line_source if diagnostics else None)
        return self.inner


def _uncount(summary: Summary, diagnostic: Diagnostic) -> None:
    """A finding the run counted and its end takes back (FL014: no fix)."""
    summary.by_code[diagnostic.code] -= 1
    if not summary.by_code[diagnostic.code]:  # no row of zero in --statistics
        del summary.by_code[diagnostic.code]
    if diagnostic.severity is Severity.ERROR:
        summary.errors -= 1
    elif diagnostic.severity is Severity.WARNING:
        summary.warnings -= 1
    else:
        summary.infos -= 1
