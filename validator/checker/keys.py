"""What makes two diagnostics the same note or the same mistake: the run's said-once and said-once-per-place keys,
apart from the merge (a warm run applies them to cached results without importing the rules the merge needs)."""

from __future__ import annotations

from typing import Protocol

from ..core.codes import BROKEN_CONTRACT, DOUBTFUL_CONTRACT, FLOW_YAML_DIFFERS, NO_CONTRACT
from ..core.diagnostics import Diagnostic

#: Notes about a flow or a contract rather than a file: a run says each once (keyed on code and subject).
_ABOUT_A_FLOW = frozenset({NO_CONTRACT, DOUBTFUL_CONTRACT, FLOW_YAML_DIFFERS})


def said_once_per_run(code: str, pointer: str | None) -> bool:
    """FL200, FL209 and FL210 are about a flow, not a file: a run says each once (their subject names the flow).
    FL901 about a failed fetch stays on every body launching the flow (at /flowId); FL901 about a broken
    contract file (at the root) is said once."""
    return code in _ABOUT_A_FLOW or (code == BROKEN_CONTRACT and not pointer)


class SaidOnce(Protocol):
    """A note a run may say once (a Finding, or the Diagnostic located from it)."""

    @property
    def code(self) -> str: ...

    @property
    def subject(self) -> str: ...

    @property
    def partly_unread(self) -> bool: ...


#: What makes two said-once notes the same note: the rule, what it is about, and whether it is the FL200 of a launch
#: whose inputs were partly unread (partly_unread), a note of its own, said once per flow beside the plain one.
OnceKey = tuple[str, str, bool]


def once_key(note: SaidOnce) -> OnceKey:
    """What makes two said-once notes the same note: the rule and what it is about, never the words."""
    return note.code, note.subject, note.partly_unread


def once_keys(note: SaidOnce) -> tuple[OnceKey, ...]:
    """The said-once keys a note, once said, makes said: its own, and an FL200 said of a launch whose inputs were partly
    unread the flow's plain FL200's too (its words say all the plain note's do, and what they leave out)."""
    return (once_key(note), (note.code, note.subject, False)) if note.partly_unread else (once_key(note),)


def same_place_key(diagnostic: Diagnostic) -> tuple[object, ...]:
    """What makes two diagnostics of one file the same mistake (a body sent by two launches): rule, file, place, subject
    (an FL200's partly_unread with it: the two notes of a flow are two)."""
    return diagnostic.file, diagnostic.code, diagnostic.pointer, diagnostic.span, diagnostic.subject, diagnostic.partly_unread


def read_place_key(diagnostic: Diagnostic) -> tuple[object, ...]:
    """same_place_key but the subject: a body file read through a Terraform templatefile() (which knows the flow's
    inputs and the template's variables) and checked on its own (which does not) says one mistake at one place with
    different words (`the flow declares Flow.vip`): said once (review A, issue 5), and --fix applies the fix of the
    file's own check there (checker/read_through.py)."""
    return same_place_key(diagnostic)[:4]
