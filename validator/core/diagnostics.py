"""The data every check produces: findings (where, in document terms) and diagnostics (where, in file terms).

Each is a frozen record (records.Record): a dataclass whose methods are compiled with this module, not made by exec
at every start-up.

A finding may carry a Fix: operations on the body (rename a key, replace a value, remove or
insert a member) with an applicability, as ruff's `Fix`. Operations are source-agnostic; an
editor per source (JSON text, YAML text, a Python object) turns them into text edits.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from .records import Record, setters

PointerPart = str | int
Path = tuple[PointerPart, ...]
#: The source text of the scalar at a path, as written in the file (`3.10`, not 3.1); None without a file.
RawText = Callable[[Path], "str | None"]


class Severity(str, enum.Enum):
    """How much a finding matters: errors fail the check, warnings fail it only with --strict."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 2, "warning": 1, "info": 0}[self.value]


class Target(enum.Enum):
    """Which part of a member a finding points at."""

    KEY = "key"
    VALUE = "value"


def format_pointer(path: Iterable[PointerPart]) -> str:
    """The RFC 6901 JSON pointer of a path: `("a/b", 0)` -> `/a~1b/0`."""
    return "".join("/" + str(part).replace("~", "~0").replace("/", "~1") for part in path)


@dataclass(init=False, repr=False, eq=False, slots=True)
class Span(Record):
    """A region of a file: 1-based line and column in characters, end column exclusive."""

    line: int
    column: int
    end_line: int
    end_column: int

    def __init__(self, line: int, column: int, end_line: int, end_column: int) -> None:
        _Span_line(self, line)
        _Span_column(self, column)
        _Span_end_line(self, end_line)
        _Span_end_column(self, end_column)


_Span_line, _Span_column, _Span_end_line, _Span_end_column = setters(Span, 'line', 'column', 'end_line', 'end_column')


class Applicability(str, enum.Enum):
    """When a fix may be applied: safe with --fix, unsafe only with --unsafe-fixes, display-only never."""

    SAFE = "safe"  # the request then means what its author meant
    UNSAFE = "unsafe"  # the meaning may change: the author should read the result
    DISPLAY_ONLY = "display-only"  # shown as a suggestion, never applied


@dataclass(init=False, repr=False, eq=False, slots=True)
class RenameKey(Record):
    """Rename the key of the member at `path` (keeping its value and place)."""

    path: Path
    name: str

    def __init__(self, path: Path, name: str) -> None:
        _RenameKey_path(self, path)
        _RenameKey_name(self, name)


_RenameKey_path, _RenameKey_name = setters(RenameKey, 'path', 'name')


@dataclass(init=False, repr=False, eq=False, slots=True)
class ReplaceValue(Record):
    """Replace the value at `path` with a JSON value. `text`: that value as the author wrote it (the JSON text a string
    held, `"{\\"Flow.amount\\": 19.999999999999999999}"` sent as the object itself), which an editor writes as it is where
    its format reads it as `value` (else it writes `value`: the proof holds either way)."""

    path: Path
    value: Any
    text: str | None = None

    def __init__(self, path: Path, value: Any, text: str | None = None) -> None:
        _ReplaceValue_path(self, path)
        _ReplaceValue_value(self, value)
        _ReplaceValue_text(self, text)


_ReplaceValue_path, _ReplaceValue_value, _ReplaceValue_text = setters(ReplaceValue, 'path', 'value', 'text')


@dataclass(init=False, repr=False, eq=False, slots=True)
class RemoveMember(Record):
    """Remove the member (or array item) at `path`. `moved`: its text is carried elsewhere by an InsertMember of the
    same fix (its `source` or `sources`), comments and all: an editor may then cut the comments inside it."""

    path: Path
    moved: bool = False

    def __init__(self, path: Path, moved: bool = False) -> None:
        _RemoveMember_path(self, path)
        _RemoveMember_moved(self, moved)


_RemoveMember_path, _RemoveMember_moved = setters(RemoveMember, 'path', 'moved')


@dataclass(init=False, repr=False, eq=False, slots=True)
class InsertMember(Record):
    """Add the member `name: value` at the end of the object at `path`.

    A member moved from elsewhere in the body says where it was written, so an editor carries the author's text (`1e3`
    stays `1e3`, comments inside it stay) instead of writing the value anew: `source`, the path of the member whose
    value is `value`; `sources`, for a new object (`value` a dict), each of its members' name and the path of the member
    it is, in order. Those paths are read in the text the operation is applied to: a fix inserts before it removes. An
    editor that cannot carry the text writes `value` (both say the same body: the proof holds either way)."""

    path: Path
    name: str
    value: Any
    source: Path | None = None
    sources: tuple[tuple[str, Path], ...] = ()

    def __init__(self, path: Path, name: str, value: Any, source: Path | None = None,
                 sources: tuple[tuple[str, Path], ...] = ()) -> None:
        _InsertMember_path(self, path)
        _InsertMember_name(self, name)
        _InsertMember_value(self, value)
        _InsertMember_source(self, source)
        _InsertMember_sources(self, sources)


_InsertMember_path, _InsertMember_name, _InsertMember_value, _InsertMember_source, _InsertMember_sources = setters(
    InsertMember, 'path', 'name', 'value', 'source', 'sources')


@dataclass(init=False, repr=False, eq=False, slots=True)
class SetUrl(Record):
    """Send the launch to `url` instead of the URL it writes (`written`): an edit of the request, not of its body
    (which it leaves as it is). Only a launch's own editor renders it, where the file writes the URL verbatim."""

    written: str
    url: str
    path: Path = ()

    def __init__(self, written: str, url: str, path: Path = ()) -> None:
        _SetUrl_written(self, written)
        _SetUrl_url(self, url)
        _SetUrl_path(self, path)


_SetUrl_written, _SetUrl_url, _SetUrl_path = setters(SetUrl, 'written', 'url', 'path')


#: An operation on the body, in document terms (SetUrl: on the request around it).
Operation = RenameKey | ReplaceValue | RemoveMember | InsertMember | SetUrl


@dataclass(init=False, repr=False, eq=False, slots=True)
class Edit(Record):
    """A text edit: replace the characters [start, end) of the file's text with `content`."""

    start: int
    end: int
    content: str
    span: Span | None = None  # the same range in lines and columns, for reports
    shown: str | None = field(default=None, compare=False)  # what reports show of `content` (a secret masked), if not it

    def __init__(self, start: int, end: int, content: str, span: Span | None = None, shown: str | None = None) -> None:
        _Edit_start(self, start)
        _Edit_end(self, end)
        _Edit_content(self, content)
        _Edit_span(self, span)
        _Edit_shown(self, shown)

    @property
    def shown_content(self) -> str:
        """The content as a report shows it: a value no output shows is masked (--fix still writes `content`)."""
        return self.content if self.shown is None else self.shown

    @property
    def masked(self) -> bool:
        """Whether reports show its content masked (a secret as `*`): no output then publishes it as an edit."""
        return self.shown is not None

    def to_dict(self) -> dict[str, Any]:
        span = self.span
        return {"line": span.line if span else None, "column": span.column if span else None,
                "end_line": span.end_line if span else None, "end_column": span.end_column if span else None,
                "content": self.shown_content}


(
    _Edit_start, _Edit_end, _Edit_content, _Edit_span, _Edit_shown
) = setters(Edit, 'start', 'end', 'content', 'span', 'shown')


@dataclass(init=False, repr=False, eq=False, slots=True)
class Fix(Record):
    """How to put a finding right: a message, operations on the body, and when it may be applied.

    `edits` are the operations rendered for the file the finding was made in; None when there is
    no text (a body given as an object) or the source's editor cannot express them there.
    `pending`: not rendered, as the run's report shows only the message (a text report): --fix renders
    and proves it, and applies it only if it holds. `partial`: it leaves part of its finding that no fix
    writes (its help says so): its proof asks only that it bring no new error, the finding staying.
    """

    applicability: Applicability
    message: str
    operations: tuple[Operation, ...] = field(compare=False)  # values may be dicts: a Diagnostic stays hashable
    edits: tuple[Edit, ...] | None = None
    pending: bool = field(default=False, compare=False)
    partial: bool = field(default=False, compare=False)

    def __init__(self, applicability: Applicability, message: str, operations: tuple[Operation, ...],
                 edits: tuple[Edit, ...] | None = None, pending: bool = False, partial: bool = False) -> None:
        _Fix_applicability(self, applicability)
        _Fix_message(self, message)
        _Fix_operations(self, operations)
        _Fix_edits(self, edits)
        _Fix_pending(self, pending)
        _Fix_partial(self, partial)

    @property
    def offered(self) -> bool:
        """Whether a report offers it to --fix: rendered as edits, or pending (rendered and proven when applied)."""
        return self.edits is not None or self.pending

    def as_pending(self) -> Fix:
        """The fix as a report that shows only its message offers it: pending (rendered and proven by --fix).
        dataclasses.replace, without its per-call look at the fields."""
        return Fix(self.applicability, self.message, self.operations, self.edits, True, self.partial)

    @property
    def published(self) -> bool:
        """Whether outputs that carry edits (json, SARIF, serve's 400 body, an editor's code action) publish its edits:
        rendered, none of them masked. A masked edit's shown text would write `****` over the user's value (or break the
        file's syntax) in a tool that applies it: such a fix is `null` there, as help only (--fix still applies it)."""
        return self.edits is not None and not any(edit.masked for edit in self.edits)

    def applies(self, unsafe: bool = False) -> bool:
        """Whether --fix (or --fix --unsafe-fixes) applies it."""
        if self.applicability is Applicability.SAFE:
            return True
        return unsafe and self.applicability is Applicability.UNSAFE

    @property
    def withheld(self) -> bool:
        """Whether its edits are rendered but published nowhere: one writes a secret, shown masked (`published`)."""
        return self.edits is not None and not self.published

    def to_dict(self) -> dict[str, Any] | None:
        """The JSON form: the `fix` of `--format json`; None (`null`) when its edits are withheld, as they write a
        secret no output shows (its masked text would write `****` over the user's value in a tool that applies it)."""
        if self.withheld:
            return None
        return {"applicability": self.applicability.value, "message": self.message,
                "edits": [edit.to_dict() for edit in self.edits or ()]}


(
    _Fix_applicability, _Fix_message, _Fix_operations, _Fix_edits, _Fix_pending, _Fix_partial
) = setters(Fix, 'applicability', 'message', 'operations', 'edits', 'pending', 'partial')


#: Why a fix rendered with a secret in what it writes is published as `null` (json, serve's answer): said in its help.
WITHHELD_EDITS = ("its edits are not published: they write a secret the file holds, which no output shows; "
                  "`flowlint check --fix` applies it")
#: Why a payload's fix is not applied when the payload itself does not parse: no edit of it can be proven.
UNPARSED = "the file does not parse"


def withheld_as_unparsed(fix: Fix, where: str, then: str = "") -> Fix:
    """The fix as help only, saying that its file does not parse (`where`: the syntax error, `FL001 at 1:77, not
    selected`), so no edit of it can be proven, and what `then` to do."""
    return Fix(Applicability.DISPLAY_ONLY, f"{fix.message} (not applied: {UNPARSED} ({where}){then})", fix.operations,
               None, False, fix.partial)


def unparsed_reason(fix: Fix) -> str | None:
    """`the file does not parse (…)` when the fix is help only because its file does not parse, else None."""
    if fix.applicability is not Applicability.DISPLAY_ONLY or not fix.message.endswith(")"):
        return None
    at = fix.message.rfind(f" (not applied: {UNPARSED} (")
    return fix.message[at + len(" (not applied: "):-1] if at >= 0 else None


@dataclass(init=False, repr=False, eq=False, slots=True)
class Finding(Record):
    """A rule broken at a place in the document, before it is located in the file.

    `subject` tells apart findings of one rule at one place (the name of each missing input);
    `fix` is the mechanical fix, when there is one: the help line is then its message;
    `partly_unread`: an FL200 said of a launch whose inputs flowlint could not all read (inputs_partly_unread), a note
    said once per flow beside the flow's plain one (checker/keys.py's once_keys).
    """

    code: str
    path: Path
    message: str
    help: str = ""
    target: Target = Target.VALUE
    span: Span | None = None  # set by checks that already know where (parse errors)
    subject: str = ""
    fix: Fix | None = None
    partly_unread: bool = False

    def __init__(self, code: str, path: Path, message: str, help: str = "", target: Target = Target.VALUE,
                 span: Span | None = None, subject: str = "", fix: Fix | None = None, partly_unread: bool = False) -> None:
        _Finding_code(self, code)
        _Finding_path(self, path)
        _Finding_message(self, message)
        _Finding_help(self, help)
        _Finding_target(self, target)
        _Finding_span(self, span)
        _Finding_subject(self, subject)
        _Finding_fix(self, fix)
        _Finding_partly_unread(self, partly_unread)

    @property
    def key(self) -> tuple[str, Path, Target, str]:
        """What makes two findings the same finding: rule, place, part of the member and subject."""
        return self.code, self.path, self.target, self.subject

    @property
    def help_text(self) -> str:
        """The help line: the fix's message where there is a fix, so the two cannot disagree."""
        return self.fix.message if self.fix is not None else self.help


(
    _Finding_code, _Finding_path, _Finding_message, _Finding_help, _Finding_target, _Finding_span, _Finding_subject, _Finding_fix,
    _Finding_partly_unread
) = setters(Finding, 'code', 'path', 'message', 'help', 'target', 'span', 'subject', 'fix', 'partly_unread')


@dataclass(init=False, repr=False, eq=False, slots=True)
class Diagnostic(Record):
    """One finding as the user sees it: rule, place in the file, message and fix."""

    code: str
    name: str
    severity: Severity
    message: str
    help: str
    pointer: str | None
    file: str | None = None
    span: Span | None = None
    fix: Fix | None = None
    #: What tells apart findings of one rule at one place (the finding's subject): what the decide steps key on
    #: with the code and place, never the message. Not shown, not compared.
    subject: str = field(default="", compare=False)
    #: The finding's partly_unread (an FL200's): with the subject, what the said-once keys are made of. Not shown.
    partly_unread: bool = field(default=False, compare=False)

    def __init__(self, code: str, name: str, severity: Severity, message: str, help: str, pointer: str | None,
                 file: str | None = None, span: Span | None = None, fix: Fix | None = None, subject: str = "",
                 partly_unread: bool = False) -> None:
        _Diagnostic_code(self, code)
        _Diagnostic_name(self, name)
        _Diagnostic_severity(self, severity)
        _Diagnostic_message(self, message)
        _Diagnostic_help(self, help)
        _Diagnostic_pointer(self, pointer)
        _Diagnostic_file(self, file)
        _Diagnostic_span(self, span)
        _Diagnostic_fix(self, fix)
        _Diagnostic_subject(self, subject)
        _Diagnostic_partly_unread(self, partly_unread)

    @property
    def line(self) -> int | None:
        return self.span.line if self.span else None

    @property
    def column(self) -> int | None:
        return self.span.column if self.span else None

    def to_dict(self) -> dict[str, Any]:
        """The JSON form: the keys of `--format json`."""
        span = self.span
        return {
            "file": self.file,
            "line": span.line if span else None,
            "column": span.column if span else None,
            "end_line": span.end_line if span else None,
            "end_column": span.end_column if span else None,
            "code": self.code,
            "name": self.name,
            "severity": self.severity.value,
            "message": self.message,
            "pointer": self.pointer,
            "help": f"{self.help} ({WITHHELD_EDITS})" if self.fix is not None and self.fix.withheld else self.help,
            "fix": self.fix.to_dict() if self.fix is not None and self.fix.published else None,
        }

    def __str__(self) -> str:
        from .printable import printable  # input text never drives a terminal or forges a line

        where = printable(self.file or "<body>")
        if self.span:
            where += f":{self.span.line}:{self.span.column}"
        at = f" (at {printable(self.pointer)})" if self.pointer and not self.span else ""
        text = f"{where}: {self.code} {self.severity.value} {printable(self.message)}{at}"
        return f"{text}\n  help: {printable(self.help)}" if self.help else text


(_Diagnostic_code, _Diagnostic_name, _Diagnostic_severity, _Diagnostic_message, _Diagnostic_help, _Diagnostic_pointer,
 _Diagnostic_file, _Diagnostic_span, _Diagnostic_fix, _Diagnostic_subject, _Diagnostic_partly_unread) = setters(
    Diagnostic, 'code', 'name', 'severity', 'message', 'help', 'pointer', 'file', 'span', 'fix', 'subject', 'partly_unread')


@dataclass(slots=True)
class Report:
    """The outcome of checking one body: its diagnostics, worst first in file order."""

    diagnostics: list[Diagnostic] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when no error-severity diagnostic was found."""
        return not any(d.severity is Severity.ERROR for d in self.diagnostics)

    @property
    def errors(self) -> Sequence[Diagnostic]:
        return [d for d in self.diagnostics if d.severity is Severity.ERROR]

    @property
    def warnings(self) -> Sequence[Diagnostic]:
        return [d for d in self.diagnostics if d.severity is Severity.WARNING]

    def __str__(self) -> str:
        return "\n".join(str(d) for d in self.diagnostics) or "no findings"
