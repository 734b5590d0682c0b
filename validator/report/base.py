"""What every reporter shares: the run's counts, the line source for excerpts, the reporter protocol."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from ..core.codes import TOOL_FAILURES
from ..core.diagnostics import Applicability, Diagnostic, Severity, unparsed_reason
from ..core.printable import printable

#: The text of a 1-based line of the file being reported, for source excerpts.
LineSource = Callable[[int], str]


def shown_name(name: str | None) -> str | None:
    """A file name as reports give it: without a leading `./` (GitHub does not attach `./src/x.js` to the pull
    request's `src/x.js`), as the user's shell would name it."""
    while name is not None and len(name) > 2 and name.startswith(("./", ".\\")):
        name = name[2:].lstrip("/\\") or name
    return name


def workspace_name(name: str | None, workspace: str | None) -> str | None:
    """A file name relative to a CI job's checkout (`GITHUB_WORKSPACE`, `CI_PROJECT_DIR`), /-separated, as the job's
    annotations must give it to land on the merge request's files when flowlint runs in a subdirectory of the
    repository; a name outside the checkout, stdin, or no checkout: the name as reports give it."""
    shown = shown_name(name)
    if not workspace or shown is None or shown.startswith("<"):
        return shown
    for resolve in (os.path.abspath, os.path.realpath):  # as named, then through symbolic links (a linked checkout)
        try:
            relative = os.path.relpath(resolve(shown), resolve(workspace))
        except ValueError:  # another drive (Windows)
            return shown
        if relative != os.curdir and relative != os.pardir and not relative.startswith(os.pardir + os.sep):
            return relative.replace(os.sep, "/")
    return shown


@dataclass
class Summary:
    """Counts over a whole run."""

    files: int = 0
    #: Walked files in a language flowlint does not read: only searched for a mention of a launch (FL011), not checked.
    searched: int = 0
    errors: int = 0
    warnings: int = 0
    infos: int = 0
    tool_failures: int = 0
    fixable: int = 0  # findings `--fix` would fix
    unsafe_fixable: int = 0  # more that `--fix --unsafe-fixes` would fix
    fixed: int = 0  # findings fixed by this run (--fix)
    #: Fixes --fix applies that this run could not (--fix, --diff): their edits did not hold once rendered and proven;
    #: each as the summary names it (`c.yaml:3:3 FL203`).
    unapplied: list[str] = field(default_factory=list)
    #: Why each fix a run shows as help only because its file does not parse is not applied (`the file does not parse
    #: (FL001 at 1:77, not selected)`): said again by the summary, as nothing else explains a fix --fix leaves.
    unparsed: list[str] = field(default_factory=list)
    #: The files --fix left with a fix still to apply, its passes run out (fixer/passes.py MAX_PASSES), and how many.
    stopped: list[str] = field(default_factory=list)
    passes: int = 0
    suppressed: int = 0  # findings a `flowlint: ignore` comment or the per-file-ignores accepted
    #: Findings by code (shown ones), and suppressed ones by code: what --statistics prints.
    by_code: Counter[str] = field(default_factory=Counter)
    suppressed_by_code: Counter[str] = field(default_factory=Counter)
    #: Findings by code that --fix would fix (safe), for --statistics' fixable mark.
    fixable_by_code: Counter[str] = field(default_factory=Counter)

    def add(self, diagnostics: list[Diagnostic], suppressed: Sequence[str] = (), *, searched: bool = False,
            file: bool = True) -> None:
        """Count one file checked (or only searched), its diagnostics and the codes of the findings it suppressed;
        `file` False: only the diagnostics, of a file counted already (a second look at it)."""
        self.files += file and not searched
        self.searched += file and searched
        self._count(diagnostics, suppressed, 1)

    def withdraw(self, diagnostics: Sequence[Diagnostic], suppressed: Sequence[str] = ()) -> None:
        """Take back diagnostics (and suppressed codes) `add` counted, as if never added; their file stays counted (a
        second pass finding that a note had nothing to say). No code is left at 0 (no row of zero in --statistics)."""
        self._count(diagnostics, suppressed, -1)
        for counts in (self.by_code, self.suppressed_by_code, self.fixable_by_code):
            for code in [code for code, n in counts.items() if not n]:
                del counts[code]

    def _count(self, diagnostics: Sequence[Diagnostic], suppressed: Sequence[str], step: int) -> None:
        """How a run counts findings, one way or the other (`step` 1 adds them, -1 takes them back)."""
        if suppressed:
            self.suppressed += step * len(suppressed)
            if step > 0:
                self.suppressed_by_code.update(suppressed)
            else:
                self.suppressed_by_code.subtract(suppressed)
        for diagnostic in diagnostics:
            self.by_code[diagnostic.code] += step
            if diagnostic.code in TOOL_FAILURES:
                self.tool_failures += step
            fix = diagnostic.fix
            if fix is not None and fix.offered:
                if fix.applies(unsafe=False):
                    self.fixable += step
                    self.fixable_by_code[diagnostic.code] += step
                elif fix.applies(unsafe=True):
                    self.unsafe_fixable += step
            elif fix is not None and fix.applicability is Applicability.DISPLAY_ONLY:
                unparsed = unparsed_reason(fix)
                if unparsed is not None:
                    if step > 0:
                        self.unparsed.append(unparsed)
                    elif unparsed in self.unparsed:
                        self.unparsed.remove(unparsed)
            if diagnostic.severity is Severity.ERROR:
                self.errors += step
            elif diagnostic.severity is Severity.WARNING:
                self.warnings += step
            else:
                self.infos += step


#: The most unapplied fixes the summary names one by one.
_NAMED_UNAPPLIED = 5


def unapplied_place(d: Diagnostic) -> str:
    """A fix --fix could not apply, as the summary names it: its finding's place and code (`c.yaml:3:3 FL203`)."""
    name = printable(shown_name(d.file) or "<body>")
    return f"{name}:{d.span.line}:{d.span.column} {d.code}" if d.span is not None else f"{name} {d.code}"


def unapplied_fixes(places: Sequence[str]) -> str:
    """What the summary says of fixes offered that --fix could not apply (their edits did not hold): which they are,
    by place and code, as neither --diff nor the report's help lines say it."""
    n = len(places)
    named = ", ".join(places[:_NAMED_UNAPPLIED]) + (f" and {n - _NAMED_UNAPPLIED} more" if n > _NAMED_UNAPPLIED else "")
    return (f"{n} {'fix' if n == 1 else 'fixes'} offered not applied: {'its' if n == 1 else 'their'} edits did not hold "
            f"once proven ({named})")


def stopped_fixing(files: Sequence[str], passes: int, again: str = "flowlint check --fix") -> str:
    """What the summary says of the files --fix stopped fixing with fixes left (its passes ran out)."""
    named = printable(shown_name(files[0]) or files[0]) if len(files) == 1 else f"{len(files)} files"
    return f"stopped after {passes} fix passes in {named} with fixes left; run `{again}` again"


def unparsed_fixes(reasons: Sequence[str]) -> str:
    """What the summary says of fixes shown as help only because their files do not parse: the reason, when one."""
    n = len(reasons)
    if len(set(reasons)) == 1:
        return f"{n} {'fix' if n == 1 else 'fixes'} not applied: {reasons[0]}"
    return f"{n} fixes not applied: the files they edit do not parse (each help line says where)"


def shows_lines(reporter: object) -> bool:
    """Whether a reporter shows the source lines its diagnostics point at (its `shows_lines`; one that does not say is
    taken to): a run makes no excerpt for a report that shows none."""
    return bool(getattr(reporter, "shows_lines", True))


def shows_info_lines(reporter: object) -> bool:
    """Whether a reporter that shows source lines shows them for info diagnostics too (its `shows_info_lines`: a quiet
    text report shows no note, so a run makes no excerpt for one: a note on a 23 MB line cost a scan for secrets)."""
    return shows_lines(reporter) and bool(getattr(reporter, "shows_info_lines", True))


class Reporter(Protocol):
    def file(self, diagnostics: list[Diagnostic], line_source: LineSource | None) -> None:
        """Report one checked file's diagnostics (called for every file, clean ones too)."""

    def finish(self, summary: Summary) -> None:
        """Write what comes after the last file."""

