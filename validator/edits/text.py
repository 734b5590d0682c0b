"""What every editor shares: the error an edit that cannot be written raises, the editor protocol, text differences."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Protocol

from ..core.diagnostics import Operation

if TYPE_CHECKING:
    from ..sources.model import LaunchRequest


#: A replacement in a text: [start, end) of it replaced by the content.
Splice = tuple[int, int, str]


class CannotEdit(Exception):
    """The source's syntax cannot express an operation at that place (an alias, a block scalar...)."""


class NotCarried(CannotEdit):
    """A moved member whose text cannot be placed as the author wrote it where it lands (a YAML anchor, a block in a
    flow collection…): the fix is rendered again with the values written anew, and its message says why."""


class Withheld(CannotEdit):
    """An edit the editor could make but must not: it would change more than the launch (what other code reads).
    Its message says why, for the fix's help line."""


class FileLaunches(Protocol):
    """A code or request file's launches, extracted once and shared by the editors of its launches (code_editor.Extractions)."""

    def launches(self, text: str) -> list[LaunchRequest]:
        """The launches `text` holds, in file order."""

    def bodies_written(self, text: str) -> list[tuple[int, int] | None]:
        """Where each launch of `text` writes its body (the literal it is read from), in the order of `launches`."""


class TextEditor(Protocol):
    """Turns operations on the body into new text for one kind of source. An editor subclasses it: the members
    with a default are what only some editors need (YAML's `verify`, a launch in code's `extractions`)."""

    #: The file's launches, when the editor writes one of them (a launch in code): the checker proves the fixes of
    #: all of a file's launches together against them. None: the editor of a whole file.
    extractions: FileLaunches | None = None
    #: Which of the file's launches the editor writes (with `extractions`).
    index: int = 0
    #: Whether the editor carries a moved member's text (InsertMember's `source`/`sources`, read in the text before the
    #: removal that follows): else a move's operations are given to it in their old order, removals first (render).
    carries: bool = False

    def apply(self, text: str, operation: Operation) -> str:
        """The text with the operation applied; CannotEdit when it cannot be written there."""

    def parse(self, text: str) -> Any:
        """The body the text holds (to check a rendering); CannotEdit when it does not parse."""

    def verify(self, old: str, new: str) -> None:
        """CannotEdit when the edited text loses what the source keeps beside its body (YAML: its comments)."""
        return None

    def holds(self, text: str, operations: Sequence[Operation]) -> bool:
        """Whether the edited text holds what the operations make beside the body (a launch's URL a SetUrl sets): a
        rendering's proof, after `parse` read the body there. True for an editor of a body alone."""
        return True

    def difference(self, old: str, new: str) -> tuple[int, int, str]:
        """The one edit turning `old` into `new` (an editor may keep the ones it found)."""
        return difference(old, new)

    def splice(self, text: str, operation: Operation) -> Splice | None:
        """What `apply` writes, as one replacement in `text` (so a fix is rendered without writing the whole edited
        text); None when the editor cannot say it so (then `apply` writes the text). CannotEdit as `apply`."""
        return None

    def unmade(self, text: str, operations: Sequence[Operation]) -> str | None:
        """Why the operations could not be written in `text` (their rendering made no edit), when the editor can say:
        the reason a fix shown as help only gives (YAML: an anchor or alias in what it moves). None when it cannot."""
        return None

    def worded(self, text: str, operations: Sequence[Operation]) -> str | None:
        """What the edit rendering the operations in `text` writes beyond what its fix's message says (a Python keyword
        renamed by writing its `dict(…)` call as a literal), said in that message; None (nearly always): nothing."""
        return None

    def verified(self, old: str, splice: Splice) -> bool:
        """Whether `verify` certainly passes for `old` with `splice` made, told without the edited text."""
        return False

    def written_in_place(self, text: str, operations: Sequence[Operation]) -> tuple[int, int, list[str]] | None:
        """What `apply` writes for each operation in turn where the operations edit only [start, end) of `text` (a
        body written as JSON in a string): start, end, and that part of the text before the first operation and after
        each (so a fix of several operations is rendered without writing the whole edited text for each); None when
        the editor cannot say it so (then `apply` writes the texts). CannotEdit as `apply`. Only for an editor whose
        `verify` checks nothing (it is not asked)."""
        return None


#: The kinds of code file, read by a tree-sitter parse (sources.extract.CODE_KINDS): a launch editor of one proves
#: its edits by reading the launch again.
CODE_KINDS = frozenset({"javascript", "typescript", "tsx", "python"})

#: Characters compared at once while looking for where two texts part: one slice each, compared in C.
_CHUNK = 4096


def _common(same: Callable[[int, int], bool], limit: int) -> int:
    """The largest n <= limit for which same(0, n) holds, where same(i, j) says positions [i, j) agree: chunk by
    chunk from the start (an edit is found without copying the whole texts log n times), then the first chunk that
    differs halved."""
    return _growing(same, limit, first=_CHUNK)


def difference(old: str, new: str) -> tuple[int, int, str]:
    """The one edit turning `old` into `new`: [start, end) of old replaced by content."""
    start = _common(lambda i, j: old[i:j] == new[i:j], min(len(old), len(new)))
    old_end, new_end = len(old), len(new)
    common_end = _common(lambda i, j: old[old_end - j:old_end - i] == new[new_end - j:new_end - i],
                         min(len(old), len(new)) - start)
    end_old, end_new = len(old) - common_end, len(new) - common_end
    if start < len(old) and start > 0 and old[start - 1] == "\r" and old[start] == "\n":
        start -= 1  # never split a CRLF: an edit inside a line break would confuse line numbers
    return start, end_old, new[start:end_new] if start <= end_new else ""


def spliced(text: str, splice: Splice) -> str:
    """The text with the replacement made."""
    start, end, content = splice
    return text[:start] + content + text[end:]


def difference_at(old: str, splice: Splice) -> tuple[int, int, str]:
    """`difference(old, spliced(old, splice))` without writing the spliced text: the texts agree before the
    replacement and after it, so only around it are they compared (a fix costs its own size, not the file's)."""
    start, end, content = splice
    cut = end - start
    size_old, size_new = len(old), len(old) - cut + len(content)

    def new(i: int, j: int) -> str:
        """The spliced text's [i, j), from its three parts."""
        parts = []
        if i < start:
            parts.append(old[i:min(j, start)])
        if j > start and i < start + len(content):
            parts.append(content[max(i - start, 0):j - start])
        if j > start + len(content):
            parts.append(old[max(i, start + len(content)) - len(content) + cut:j - len(content) + cut])
        return "".join(parts)

    limit = min(size_old, size_new)
    first = start + _growing(lambda i, j: old[start + i:start + j] == new(start + i, start + j), limit - start)
    kept = min(size_old - end, limit - first)  # the text after the replacement: the same at the end of both
    common_end = kept + _growing(lambda i, j: old[size_old - kept - j:size_old - kept - i] ==
                                 new(size_new - kept - j, size_new - kept - i), limit - first - kept)
    end_old, end_new = size_old - common_end, size_new - common_end
    if first < size_old and first > 0 and old[first - 1] == "\r" and old[first] == "\n":
        first -= 1  # as `difference`: never split a CRLF
    return first, end_old, new(first, end_new) if first <= end_new else ""


def _growing(same: Callable[[int, int], bool], limit: int, first: int = 16) -> int:
    """`_common`'s answer (the largest n <= limit with same(0, n)), by chunks that start at `first` and double up to
    `_CHUNK`: where two texts agree only around an edit, that is a few characters compared."""
    low, size = 0, first
    while low < limit:
        high = min(low + size, limit)
        if not same(low, high):
            while high - low > 1:
                middle = (low + high) // 2
                if same(low, middle):
                    low = middle
                else:
                    high = middle
            return low
        low, size = high, min(size * 2, _CHUNK)
    return limit
