"""The data every check produces: findings (where, in document terms) and diagnostics (where, in file terms)."""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

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


@dataclass(frozen=True, slots=True)
class Span:
    """A region of a file: 1-based line and column in characters, end column exclusive."""

    line: int
    column: int
    end_line: int
    end_column: int


@dataclass(frozen=True, slots=True)
class Finding:
    """A rule broken at a place in the document, before it is located in the file."""

    code: str
    path: Path
    message: str
    help: str = ""
    target: Target = Target.VALUE
    span: Span | None = None  # set by checks that already know where (parse errors)


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """One finding as the user sees it: rule, place in the file, message and fix."""

    code: str
    name: str
    severity: Severity
    message: str
    help: str
    pointer: str | None
    file: str | None = None
    span: Span | None = None

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
            "help": self.help,
        }

    def __str__(self) -> str:
        where = self.file or "<body>"
        if self.span:
            where += f":{self.span.line}:{self.span.column}"
        at = f" (at {self.pointer})" if self.pointer and not self.span else ""
        text = f"{where}: {self.code} {self.severity.value} {self.message}{at}"
        text = f"{text}\n  help: {self.help}" if self.help else text
        return text.encode("utf-8", "backslashreplace").decode("utf-8")  # printable even with lone surrogates


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
