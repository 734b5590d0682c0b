"""What a report offers for a body file read through another file (a Terraform `templatefile(...)`, an `.http`
file's `< ./body.json`): --fix edits only the files a run checks, so a fix in a file checked only through another
is help, never counted fixable."""

from __future__ import annotations

from collections.abc import Collection, Container
from dataclasses import replace

from ..core.diagnostics import Diagnostic

#: Why a fix in a file read through another is shown but not applied.
READ_THROUGH_HELP = "left to you: --fix edits only the files it checks, not one read through another"


def offered_read_through(diagnostics: list[Diagnostic], read: Collection[str], checked: Container[str]) -> list[Diagnostic]:
    """The diagnostics with each fix in a file of `read` (files the checked file read its bodies from) that is not
    itself `checked` by the run as help only, saying why; a finding is never dropped or weakened, only its promise."""
    if not read or all(d.fix is None or d.file not in read or d.file in checked for d in diagnostics):
        return diagnostics
    return [replace(d, fix=None, help=f"{d.help}; {READ_THROUGH_HELP}" if d.help else READ_THROUGH_HELP)
            if d.fix is not None and d.file in read and d.file not in checked else d for d in diagnostics]


__all__ = ["READ_THROUGH_HELP", "offered_read_through"]
