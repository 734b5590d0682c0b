"""What a report offers for a body file read through another file (a Terraform `templatefile(...)`, an `.http`
file's `< ./body.json`): --fix edits only the files a run checks, each by that file's own check (its own step), never
through the file that reads it. So a fix in a file checked only through another is help, never counted fixable; and a
fix the reading file finds in a file the run checks itself is the one that file's own check gives at that place (what
--fix applies, shown with its edits where a report shows them), or help where that check gives none (only the reading
finds it: the flow's declared inputs are known there), so that every report counts and shows what --fix does."""

from __future__ import annotations

from collections.abc import Callable, Collection, Container, Sequence
from dataclasses import replace

from ..core.diagnostics import Diagnostic
from .keys import read_place_key

#: Why a fix in a file read through another is shown but not applied.
READ_THROUGH_HELP = "left to you: --fix edits only the files it checks, not one read through another"
#: Why a fix only the reading file finds in a file the run checks itself is shown but not applied.
READ_ONLY_HELP = ("left to you: --fix fixes this file as its own check reads it, and only the file reading it finds "
                  "this")


def offered_read_through(diagnostics: list[Diagnostic], read: Collection[str], checked: Container[str],
                         own: Callable[[str], Sequence[Diagnostic]] | None = None) -> list[Diagnostic]:
    """The diagnostics with each fix in a file of `read` (files the checked file read its bodies from) that is not
    itself `checked` by the run as help only, saying why; and, given `own` (a checked file's diagnostics as its own
    check gives them), each fix in a read file that is checked as that check's fix at the same place (help only where
    it has none). A finding is never dropped or weakened, only its promise."""
    def judged(d: Diagnostic) -> bool:  # (a fix shown as help only promises nothing: left as it is)
        return d.fix is not None and d.file in read and (
            d.file not in checked or (own is not None and d.fix.applies(unsafe=True)))

    if not read or not any(map(judged, diagnostics)):
        return diagnostics
    places: dict[str, dict[tuple[object, ...], Diagnostic]] = {}
    kept = []
    for d in diagnostics:
        if not judged(d):
            kept.append(d)
        elif d.file not in checked or d.file is None or own is None:
            kept.append(replace(d, fix=None, help=_with(d.help, READ_THROUGH_HELP)))
        else:
            if d.file not in places:
                places[d.file] = {read_place_key(mine): mine for mine in own(d.file)}
            mine = places[d.file].get(read_place_key(d))
            if mine is None:
                kept.append(replace(d, fix=None, help=_with(d.help, READ_ONLY_HELP)))
            else:  # (its words stay the reading's, which may know more: `the flow declares Flow.vip`)
                kept.append(replace(d, fix=mine.fix, help=mine.help))
    return kept


def _with(help_text: str, why: str) -> str:
    return f"{help_text}; {why}" if help_text else why


__all__ = ["READ_ONLY_HELP", "READ_THROUGH_HELP", "offered_read_through"]
