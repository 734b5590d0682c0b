"""Code blocks of documentation that markdown-it does not find: reStructuredText's and AsciiDoc's, and fenced blocks
in a piece of text read line by line (`fences`: a fence written inside an indented Markdown block; which lines the
other markups' blocks must not take). No regex spans a block, so an unclosed fence costs one pass.

A fence opens with a line of three or more backticks or tildes (after spaces or tabs) and an optional info
word (`bash`), and closes at the next line that is the same indentation and the same fence alone. An
opening fence that never closes is not a block.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from typing import overload

_LINE = re.compile(r"[^\n]*\n?")
_OPENING = re.compile(r"([ \t]*)(`{3,}|~{3,})[ \t]*([\w+-]*)")
_CLOSING = re.compile(r"([ \t]*)(`{3,}|~{3,})[ \t\r]*")


def fences(text: str) -> Iterator[tuple[str, str, int]]:
    """(info word, body text, offset of the body) of every closed fenced block, in order."""
    starts: list[int] = []
    lines: list[str] = []
    for match in _LINE.finditer(text):
        if match.start() == len(text):
            break
        starts.append(match.start())
        lines.append(match.group().rstrip("\n"))
    closings: dict[tuple[str, str], list[int]] = {}
    for index, line in enumerate(lines):
        closing = _CLOSING.fullmatch(line)
        if closing:
            closings.setdefault((closing.group(1), closing.group(2)), []).append(index)
    index = 0
    while index < len(lines):
        opening = _OPENING.match(lines[index])
        candidates = closings.get((opening.group(1), opening.group(2)), []) if opening else []
        after = bisect_right(candidates, index)
        if opening is None or after == len(candidates):
            index += 1
            continue
        close = candidates[after]
        body_start = starts[index + 1] if index + 1 < len(starts) else len(text)
        yield opening.group(3), text[body_start:starts[close]], body_start
        index = close + 1


#: A block: its info word (the language, "" when none), its code, and the file offset of each of its characters and one
#: past its end.
Block = tuple[str, str, Sequence[int]]

class Runs(Sequence[int]):
    """The file offset of each character of a text made of runs of consecutive file characters (a block's lines with
    their indentation or markers taken off), and of one past its end: two numbers a run, not one a character (a list
    of ints costs 36 bytes a character). A run may also be characters all at one offset (a shell word's `{{$NAME}}`
    hole, each of its characters where its expansion starts): its offset is kept as -1 - offset."""

    __slots__ = ("_firsts", "_length", "_offsets")

    def __init__(self) -> None:
        self._firsts: list[int] = []  # each run's first index in the text
        self._offsets: list[int] = []  # the file offset of that character (-1 - offset: a run all at that offset)
        self._length = 0

    @classmethod
    def of(cls, offsets: Iterable[int]) -> Runs:
        """The runs of a sequence of offsets."""
        runs = cls()
        for offset in offsets:
            runs.add(offset)
        return runs

    def add(self, offset: int, count: int = 1) -> None:
        """`count` more characters, written in the file from `offset` on."""
        if count <= 0:
            return
        if not self._firsts or self._offsets[-1] < 0 or self._offsets[-1] + self._length - self._firsts[-1] != offset:
            self._firsts.append(self._length)  # (0 for the first run)
            self._offsets.append(offset)
        self._length += count

    def add_at(self, offset: int, count: int) -> None:
        """`count` more characters, each at `offset` in the file."""
        if count == 1:
            self.add(offset)
        elif count > 1:
            self._firsts.append(self._length)
            self._offsets.append(-1 - offset)
            self._length += count

    def __len__(self) -> int:
        return self._length

    @overload
    def __getitem__(self, index: int) -> int: ...

    @overload
    def __getitem__(self, index: slice) -> Runs: ...

    def __getitem__(self, index: int | slice) -> int | Runs:
        if isinstance(index, slice):
            start, stop, step = index.indices(self._length)
            part = Runs()
            if step != 1:
                for k in range(start, stop, step):
                    part.add(self[k])
                return part
            at = start
            while at < stop:
                run = bisect_right(self._firsts, at) - 1
                run_end = self._firsts[run + 1] if run + 1 < len(self._firsts) else self._length
                offset = self._offsets[run]
                if offset < 0:
                    part.add_at(-1 - offset, min(run_end, stop) - at)
                else:
                    part.add(offset + at - self._firsts[run], min(run_end, stop) - at)
                at = min(run_end, stop)
            return part
        if index < 0:
            index += self._length
        if not 0 <= index < self._length:
            raise IndexError(index)
        run = bisect_right(self._firsts, index) - 1
        offset = self._offsets[run]
        return offset + index - self._firsts[run] if offset >= 0 else -1 - offset

    def __iter__(self) -> Iterator[int]:
        for run, first in enumerate(self._firsts):
            end = self._firsts[run + 1] if run + 1 < len(self._firsts) else self._length
            offset = self._offsets[run]
            if offset < 0:
                yield from itertools.repeat(-1 - offset, end - first)
            else:
                yield from range(offset, offset + end - first)


_RST_DIRECTIVE = re.compile(r"([ \t]*)\.\.[ \t]+(?:code-block|code|sourcecode)::[ \t]*([\w+#.-]*)[ \t\r]*")
_RST_LITERAL = re.compile(r"([ \t]*)(?!\.\.[ \t])(?:\S.*)?::[ \t\r]*")
_RST_OPTION = re.compile(r"[ \t]+:[\w-]+:")


def rst_blocks(text: str) -> Iterator[Block]:
    """reStructuredText's code: `.. code-block:: bash` (`.. code::`, `.. sourcecode::`) and literal blocks (a paragraph
    ending in `::`), each its lines indented under the directive or paragraph after a blank line, that indentation taken
    off each line."""
    if "::" not in text:
        return
    lines = numbered_lines(text)
    index = 0
    while index < len(lines):
        line = lines[index][1].rstrip("\n")
        opened = _RST_DIRECTIVE.fullmatch(line) or _RST_LITERAL.fullmatch(line)
        index += 1
        if opened is None:
            continue
        indent = _indent(opened.group(1))
        if opened.re is _RST_DIRECTIVE:
            while index < len(lines) and _RST_OPTION.match(lines[index][1]) and _indent(lines[index][1]) > indent:
                index += 1  # the directive's options (`:linenos:`)
        if index >= len(lines) or lines[index][1].strip():
            continue  # the content comes after a blank line
        first = index
        while index < len(lines) and (not lines[index][1].strip() or _indent(lines[index][1]) > indent):
            index += 1
        last = index
        while last > first and not lines[last - 1][1].strip():
            last -= 1
        while first < last and not lines[first][1].strip():
            first += 1
        content = [line_text for _, line_text in lines[first:last] if line_text.strip()]
        if not content or any("\t" in line_text[:_indent(line_text)] for line_text in content):
            continue  # (tabs: their width would be a guess)
        language = opened.group(2) if opened.re is _RST_DIRECTIVE else ""
        yield (language, *_dedented(lines[first:last], min(_indent(line_text) for line_text in content)))


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def numbered_lines(text: str) -> list[tuple[int, str]]:
    """Each line of a text (with its line end) and its offset."""
    return [(match.start(), match.group()) for match in _LINE.finditer(text) if match.group()]


def cut_lines(lines: list[tuple[int, str]], width: int, blanks: str = " \t") -> list[tuple[int, str]]:
    """Lines with up to `width` of their leading `blanks` taken off, each with its new offset."""
    return [(start + cut, line[cut:]) for start, line in lines
            for cut in (min(width, len(line) - len(line.lstrip(blanks))),)]


def joined(lines: list[tuple[int, str]]) -> tuple[str, Runs]:
    """Lines (each with its offset) as one text, the last one's line end left off (no code), and the file offset of
    each of its characters and one past its end."""
    where = Runs()
    for start, line in lines:
        where.add(start, len(line))
    code = "".join(line for _, line in lines)
    end = lines[-1][0] + len(lines[-1][1]) if lines else 0
    if code.endswith("\n"):
        code = code[:-1]
        end -= 1
        where = where[:len(code)]
    where.add(end)
    return code, where


def _dedented(lines: list[tuple[int, str]], width: int) -> tuple[str, Runs]:
    """Lines with their first `width` characters taken off (a blank line: what it has), and each character's offset."""
    return joined(cut_lines(lines, width))


_ADOC_SOURCE = re.compile(r"\[(?:source)?(?:[%#.][^,\]]*)?,[ \t]*([\w+#.-]+)[^\]]*\][ \t\r]*|\[source\][ \t\r]*")
_ADOC_DELIMITER = re.compile(r"(-{4,}|\.{4,})[ \t\r]*")
_ADOC_DOCUMENT = re.compile(r"^(?:= \S|:[\w-]+:)", re.M)


def asciidoc_blocks(text: str) -> Iterator[Block]:
    """AsciiDoc's source blocks: `[source,bash]` (or `[,bash]`) over a `----` (or `....`) delimited block, or over the
    paragraph after it; in a document AsciiDoc's header marks (`= Title`, `:toc:`), a `----` block with no language too."""
    if "[" not in text and "----" not in text:
        return
    bare = _ADOC_DOCUMENT.search(text) is not None  # `----` is a thematic break in Markdown: only in AsciiDoc a listing
    lines = numbered_lines(text)
    index = 0
    while index < len(lines):
        line = lines[index][1].rstrip("\n")
        source = _ADOC_SOURCE.fullmatch(line)
        index += 1
        if source is None and not (bare and _ADOC_DELIMITER.fullmatch(line)):
            continue
        info = (source.group(1) or "") if source else ""
        if source is not None:
            while index < len(lines) and lines[index][1].startswith((".", "[")) and not _ADOC_DELIMITER.fullmatch(
                    lines[index][1].rstrip("\n")):
                index += 1  # a title (`.Launch`), more attributes
            if index >= len(lines):
                break
            delimiter = _ADOC_DELIMITER.fullmatch(lines[index][1].rstrip("\n"))
            if delimiter is None:  # the paragraph after the attributes
                first = index
                while index < len(lines) and lines[index][1].strip():
                    index += 1
                if index > first:
                    yield info, *callouts_taken_out(*_dedented(lines[first:index], 0))
                continue
            index += 1
        else:
            delimiter = _ADOC_DELIMITER.fullmatch(line)
        assert delimiter is not None
        first = index
        while index < len(lines) and lines[index][1].rstrip("\r\n").rstrip(" \t") != delimiter.group(1):
            index += 1
        if index >= len(lines):
            break  # never closed: no block
        if index > first:
            yield info, *callouts_taken_out(*_dedented(lines[first:index], 0))
        index += 1


#: One AsciiDoc callout, as Asciidoctor finds one at a verbatim line's end (`<1>`, `<.>`, `<!--1-->` for XML).
_CALLOUT = re.compile(r"<(?:!--)?(?:\d{1,9}|\.)(?:--)?>")
#: A run of callouts as callouts_taken_out takes it off a line's end: the blanks before it, the line comment's marker the
#: first is written after, the callouts one space apart at most.
CALLOUT_RUN = re.compile(r"[ \t]*(?:(?://|#|--|;;) ?)?" + _CALLOUT.pattern + r"(?: ?" + _CALLOUT.pattern + r")*")
CALLOUT = _CALLOUT
#: Where a callout may start before its `>`: its `<`, so many characters back at most.
_CALLOUT_WIDTH = 16


def callouts_taken_out(code: str, where: Runs) -> tuple[str, Runs]:
    """An AsciiDoc block's code as Asciidoctor renders it, and where each character of it is in the file: the callouts
    a line ends with (`"flowId": "…", <1>`, `<1> <2>`, `// <1>`, `# <1>`, `-- <1>`, `;; <1>`, `<!--1-->`) are taken
    out, with the blanks before them (a shell line's `\\ # <1>` still continues). Asciidoctor takes a run of them at
    the line's end, one space apart at most, the first after a line comment's marker or not; an escaped one (`\\<1>`)
    is text, and ends the run. Each line's run is walked back from its end once: linear."""
    if "<" not in code or ">" not in code:
        return code, where
    removed: list[tuple[int, int]] = []  # the [start, end) of each line's callouts, in the code
    position = 0
    for line in code.splitlines(keepends=True):
        body = line.rstrip()
        end = len(body)
        start = end
        while end and body[end - 1] == ">":
            at = body.rfind("<", max(0, end - _CALLOUT_WIDTH), end)
            if at < 0 or _CALLOUT.fullmatch(body, at, end) is None or (at and body[at - 1] == "\\"):
                break
            start = at
            end = at - 1 if at and body[at - 1] == " " else at
        if start < len(body):
            for marker in ("//", "#", "--", ";;"):  # the comment the first one is written in
                lead = start - 1 if start and body[start - 1] == " " else start
                if body.endswith(marker, 0, lead):
                    start = lead - len(marker)
                    break
            removed.append((position + len(body[:start].rstrip()), position + len(body)))
        position += len(line)
    if not removed:
        return code, where
    text: list[str] = []
    moved = Runs()
    cursor = 0
    for start, end in [*removed, (len(code), len(code))]:
        text.append(code[cursor:start])
        for offset in where[cursor:start]:  # (each kept character once: linear)
            moved.add(offset)
        cursor = end
    moved.add(where[len(code)])  # one past the end
    return "".join(text), moved


def other_markups(text: str) -> list[Block]:
    """reStructuredText's and AsciiDoc's code blocks, in file order, but for those inside a Markdown fence (a `::` or a
    `[source,…]` line in a fenced block is that block's code, read with it)."""
    found = sorted([*rst_blocks(text), *asciidoc_blocks(text)], key=lambda block: block[2][0])
    if not found:
        return found
    fenced = [(start, start + len(body)) for _, body, start in fences(text)]
    starts = [start for start, _ in fenced]
    kept = []
    for block in found:
        before = bisect_right(starts, block[2][0])
        if not (before and fenced[before - 1][1] > block[2][0]):
            kept.append(block)
    return kept
