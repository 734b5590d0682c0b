"""The unified diff `--diff` shows: written from where the fixes' edits left the file as it was, in time linear in it.

The fixer knows which parts of the file its edits kept (FixOutcome.kept); a line inside such a part is the same
line in the fixed text, so only the lines between those (the changed ones, a few per edit) are compared, by
difflib, as `diff` would. Comparing whole files instead (difflib.unified_diff) costs time quadratic in the edits:
800 fixed requests of a Postman collection took 30 s. The hunks are grouped and written as difflib writes them
(three lines of context; hunks whose context touches merged), so `patch -p0` and `git apply` take them.

A patch is data for a tool: its lines are the file's, character for character (a form feed, U+0085, U+2028, a CR
that ends no line: a line escaped would match no line of the file, and `git apply` refuses the whole patch). Only a
terminal is no place for them: there (and anywhere for `##[`, which a CI runner obeys) a hunk with such a line is
shown escaped and commented out, left out of the patch under a line saying why, as one showing a masked secret is;
a context line alone that cannot be written is cut out of the patch, which needs no such line to apply.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable, Sequence

from ..core.printable import is_printable, printable
from ..edits import Kept

#: The lines of both sides between two kept lines compared by difflib when their product is at most this (a fix's
#: hunk is a few lines); a larger stretch (one edit rewriting a whole body) is shown replaced, but for the lines it
#: starts and ends with that are unchanged, so no stretch costs more than this per line of the file.
COMPARED = 10_000
CONTEXT = 3

#: A difflib opcode: tag ("equal", "replace", "delete", "insert"), then [i1, i2) of the before lines, [j1, j2) of after.
Opcode = tuple[str, int, int, int, int]


def diff_lines(text: str) -> list[str]:
    """Lines ended by \\n only (with their ending): U+2028, U+2029, \\r alone and the other breaks `splitlines`
    knows stay inside a line, escaped when shown, so the diff stays one well-formed unified diff."""
    parts = text.split("\n")
    return [part + "\n" for part in parts[:-1]] + ([parts[-1]] if parts[-1] else [])


def line_pairs(before: str, after: str, kept: Iterable[Kept]) -> list[tuple[int, int]]:
    """Each line of `before` inside a kept part, with the line of `after` that starts where the part put it (in
    order): the lines that may be shown unchanged. One walk over the lines of both."""
    starts_before = _starts(before)
    starts_after = _starts(after)
    pairs: list[tuple[int, int]] = []
    i = j = 0
    for start, end, at in kept:
        while i < len(starts_before) and starts_before[i] < start:
            i += 1
        while i < len(starts_before) and _end(starts_before, i, len(before)) <= end:
            place = at + starts_before[i] - start
            while j < len(starts_after) and starts_after[j] < place:
                j += 1
            if j < len(starts_after) and starts_after[j] == place:
                pairs.append((i, j))
            i += 1
    return pairs


def _starts(text: str) -> list[int]:
    """Where each of the text's `diff_lines` starts."""
    starts = [0] if text else []
    at = text.find("\n")
    while at != -1:
        if at + 1 < len(text):
            starts.append(at + 1)
        at = text.find("\n", at + 1)
    return starts


def _end(starts: list[int], line: int, length: int) -> int:
    return starts[line + 1] if line + 1 < len(starts) else length


def unified_diff(name: str, before: str, after: str, pairs: Sequence[tuple[int, int]], *, bom: bool = False) -> str:
    """The fixes as a unified diff, each line as the file has it (data for a tool: see the module; masked_unified_diff
    is what a run writes).
    `pairs` (line_pairs) say which lines may be the same: a pair whose lines differ here (a line masked on one side
    only) is a changed line, so the diff is right whatever they say, and as short as difflib's when they are right.
    `bom`: the file starts with a byte order mark, which the fix keeps: both sides' first line show it, as `diff`
    would, so the patch applies (without it `git apply` and `patch` find no such first line)."""
    a, b = diff_lines(before), diff_lines(after)
    if bom:
        a[:1] = ["\ufeff" + line for line in a[:1]]
        b[:1] = ["\ufeff" + line for line in b[:1]]
    out: list[str] = []
    shown = patch_name(name)
    for group in _grouped(_opcodes(a, b, pairs)):
        if not out:
            out += [f"--- {shown}\n", f"+++ {shown}\n"]
        first, last = group[0], group[-1]
        out.append(f"@@ -{_range(first[1], last[2])} +{_range(first[3], last[4])} @@\n")
        for tag, i1, i2, j1, j2 in group:
            if tag == "equal":
                out += [_line(" ", line) for line in a[i1:i2]]
                continue
            out += [_line("-", line) for line in a[i1:i2]]
            out += [_line("+", line) for line in b[j1:j2]]
    return "".join(out)


def masked_unified_diff(name: str, before: str, after: str, shown_before: str, shown_after: str,
                        pairs: Sequence[tuple[int, int]], *, bom: bool = False, terminal: bool = False,
                        unwritable: list[int] | None = None) -> tuple[str, int]:
    """The fixes as unified_diff writes them, but as masked as every output is (`shown_before`, `shown_after`: the two
    texts as their masks show them, each character where the text's is), and still a patch: a hunk no mask touches is
    written as it is. One whose only masked lines are context is written without them (_unmasked_pieces: a context
    line is the file's to match, not the patch's to carry), cut in two where one is between its changes, so it still
    applies. One that would show a masked line it changes (or one its changes touch) would not apply (its lines are no
    longer the file's), so it is shown commented out (`# `) ahead of the file's patch, under a line saying why, and
    left out of the patch, whose later hunks count their new lines without it. The hunks are the real texts' (those
    --fix makes). `terminal`: the diff is shown on one, where a line is written only if it is printable (writable):
    another is, like a masked one, cut out of the patch or its hunk left out. Returns the text and how many hunks
    were left out of the patch; of those, how many show no masked line (only one not writable) is appended to
    `unwritable` when given."""
    a, b = diff_lines(before), diff_lines(after)
    shown_a, shown_b = _cut_as(shown_before, a), _cut_as(shown_after, b)  # (line for line: a real line, as shown)
    if bom:
        for lines in (a, b, shown_a, shown_b):
            lines[:1] = ["\ufeff" + line for line in lines[:1]]
    patch: list[str] = []
    left_out: list[str] = []
    secret_hunks = 0  # of those left out, the hunks showing a masked line (the rest: a line that cannot be written)

    def written(line: str) -> bool:
        return writable(line, terminal)

    shift = 0  # how many more lines the hunks left out would have made (the later hunks' new side counts without them)
    for group in _grouped(_opcodes(a, b, pairs)):
        rows: list[_Row] = []
        for tag, i1, i2, j1, j2 in group:
            if tag == "equal":
                rows += [(" ", i, j, a[i], _merged(a[i], shown_a[i], shown_b[j]))
                         for i, j in zip(range(i1, i2), range(j1, j2), strict=True)]
                continue
            rows += [("-", i, j1, a[i], shown_a[i]) for i in range(i1, i2)]
            rows += [("+", i2, j, b[j], shown_b[j]) for j in range(j1, j2)]
        pieces = _unmasked_pieces(rows, len(a), len(b), written)
        if pieces is not None:
            for piece in pieces:
                patch.append(_header(piece, shift))
                patch += [_line(mark, real) for mark, _, _, real, _ in piece]
            continue
        left_out.append(_header(rows, 0))
        left_out += [_line(mark, masked, shown=True) for mark, _, _, _, masked in rows]
        secret_hunks += any(real != masked for _, _, _, real, masked in rows)
        shift += sum(row[0] == "+" for row in rows) - sum(row[0] == "-" for row in rows)
    if unwritable is not None:
        unwritable.append(sum(line.startswith("@@") for line in left_out) - secret_hunks)
    if not patch and not left_out:
        return "", 0
    shown = patch_name(name)
    header = [f"--- {shown}\n", f"+++ {shown}\n"]
    hunks = sum(line.startswith("@@") for line in left_out)
    commented = _commented(name, "".join([*header, *left_out]), hunks, secret_hunks) if left_out else ""
    return commented + ("".join([*header, *patch]) if patch else ""), hunks


#: C escapes of git's quoted names (quote_c_style), which `git apply` and GNU patch (2.7: parse_c_string) both read.
_C_ESCAPES = {'"': '\\"', "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r", "\a": "\\a", "\b": "\\b", "\f": "\\f",
              "\v": "\\v"}


def patch_name(name: str) -> str:
    """A file's name as a `---`/`+++` line writes it so that `git apply -p0` and `patch -p0` both read it back, and a
    terminal shows it safely: as it is when plain; followed by a tab when it holds a space (as git and `diff -u` write
    it: GNU patch otherwise ends the name at the space); quoted as git quotes a name (`"tab\\tx.json"`, each other
    unprintable character, and an undecodable byte, in octal escapes of its bytes) when it holds a quote, a backslash,
    a control or unprintable character, or starts or ends with a blank."""
    if name == printable(name) and not any(char in _C_ESCAPES for char in name) and name.strip(" ") == name:
        return name + "\t" if " " in name else name
    quoted: list[str] = []
    for char in name:
        if char in _C_ESCAPES:
            quoted.append(_C_ESCAPES[char])
        elif "\udc80" <= char <= "\udcff":  # a byte no UTF-8 decodes (surrogateescape): that byte
            quoted.append(f"\\{ord(char) - 0xDC00:03o}")
        elif not is_printable(char):
            quoted += [f"\\{byte:03o}" for byte in char.encode("utf-8", "surrogatepass")]
        else:
            quoted.append(char)
    return '"' + "".join(quoted).replace("##[", "#\\043[") + '"'  # (`##[` would be a CI runner's command)


def _cut_as(shown: str, lines: list[str]) -> list[str]:
    """A text as its mask shows it, cut where the real text's `lines` are: a mask writes each character in the place of
    one (masking.Mask: a secret starred, a part not shown blanked, line breaks kept), so each piece is that line as
    shown, and there are as many as the real lines, whatever the mask. (A mask that moved a character would show a
    line unlike the real one: its hunk is left out of the patch, never a wrong patch.)"""
    pieces: list[str] = []
    at = 0
    for line in lines:
        pieces.append(shown[at:at + len(line)])
        at += len(line)
    return pieces


#: A hunk's line: its mark (` `, `-`, `+`), where it is in the file before and after the fixes (a removed line's place
#: after them is where the next line goes, an added line's before them the next line's), its text, and as it is shown.
_Row = tuple[str, int, int, str, str]


def _unmasked_pieces(rows: list[_Row], before: int, after: int,
                     written: Callable[[str], bool] = lambda line: True) -> list[list[_Row]] | None:
    """A hunk's rows as hunks that show no masked line and still apply, or None when there are none such.

    A masked context line is left out of the patch: the hunk is cut there, and each piece holding a change keeps the
    context lines on each side of its changes up to the cut, as many on each side (the fewer of the two), so that
    `git apply` and `patch` alike take it where its line numbers say (a side with fewer lines than the other is read by
    both as the file's start or end). A side at the file's start or end needs none. Each other side keeps at least
    one: a hunk with no context line after its change must end the file, so a masked line right beside a change
    leaves the hunk out (None), as does a masked line it changes. A line that cannot be `written` as it is counts as
    a masked one."""
    if all(real == masked and written(real) for _, _, _, real, masked in rows):
        return [rows]
    pieces: list[list[_Row]] = [[]]
    for row in rows:
        mark, _, _, real, masked = row
        if real == masked and written(real):
            pieces[-1].append(row)
        elif mark == " ":
            pieces.append([])
        else:
            return None
    kept = []
    for piece in pieces:
        changes = [index for index, row in enumerate(piece) if row[0] != " "]
        if not changes:
            continue
        lead, trail = changes[0], len(piece) - 1 - changes[-1]
        first, last = piece[0], piece[-1]
        at_start = first[1] == 0 and first[2] == 0
        at_end = last[1] + (last[0] != "+") == before and last[2] + (last[0] != "-") == after
        sides = [count for count, edge in ((lead, at_start), (trail, at_end)) if not edge]
        context = min(sides, default=CONTEXT)
        if context == 0:
            return None
        kept.append(piece[lead - min(lead, context):len(piece) - (trail - min(trail, context))])
    return kept


def _header(rows: list[_Row], shift: int) -> str:
    """A hunk's `@@` line, its new side counted `shift` lines back (hunks left out before it)."""
    old = sum(row[0] != "+" for row in rows)
    new = sum(row[0] != "-" for row in rows)
    first = rows[0]
    return f"@@ -{_range(first[1], first[1] + old)} +{_range(first[2] - shift, first[2] - shift + new)} @@\n"


def _commented(name: str, diff: str, hunks: int, secret_hunks: int | None = None) -> str:
    """Hunks that show a masked line (`secret_hunks` of them, all by default) or a line that cannot be written as it
    is, commented out (`# `: neither `patch` nor `git apply` takes such a line), under a line saying why."""
    secret_hunks = hunks if secret_hunks is None else secret_hunks
    why = "a masked secret" if secret_hunks == hunks else "a line flowlint does not write as it is (escaped here)" \
        if not secret_hunks else "a masked secret or a line flowlint does not write as it is (escaped here)"
    said = (f"a hunk of its diff shows {why}, so it would not apply: it is", "it") if hunks == 1 else \
        (f"{hunks} hunks of its diff show {why}, so they would not apply: they are", "them")
    hint = "" if secret_hunks else "; `--diff` into a file or pipe writes a line only a terminal cannot show"
    return (f"# flowlint: {printable(name)}: {said[0]} shown here commented out and left out of the patch "
            f"(`flowlint check --fix` makes {said[1]}{hint})\n" + "".join(f"# {line}\n" for line in diff.splitlines()))


def _merged(real: str, before: str, after: str) -> str:
    """An unchanged line as both masks show it: each character masked by either is masked."""
    if before == after or len(before) != len(after) or len(before) != len(real):
        return before
    return "".join(shown if shown != kept else other for kept, shown, other in zip(real, before, after, strict=True))


def _parts(line: str) -> tuple[str, str]:
    """A diff line's content and ending: `\n` or `\r\n`; a last line without `\n` is all content (a CR it ends in
    too), followed by the marker saying so (`patch` and `git apply` then take its end as the file's)."""
    if not line.endswith("\n"):
        return line, "\n\\ No newline at end of file\n"
    return (line[:-2], "\r\n") if line.endswith("\r\n") else (line[:-1], "\n")


#: What a diff never writes raw, to a pipe either: a pipe is often a CI log a browser or terminal shows, where ESC starts
#: an escape sequence and a bidi control reorders the line (the rest of the C0 and C1 controls with them). A tab, form
#: feed, vertical tab, CR, U+0085 and the Unicode line and paragraph separators only break or space a line: those a
#: patch must carry as the file has them.
_NEVER_RAW = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
                        "\ud800-\udfff]")


def writable(line: str, terminal: bool) -> bool:
    """Whether a diff line can be written as the file has it: to a file or pipe, unless it holds `##[` (a CI runner's
    command, wherever in a line) or a terminal control or bidi character (_NEVER_RAW); to a terminal, only a
    printable one."""
    content = _parts(line)[0]
    return "##[" not in content and not _NEVER_RAW.search(content) and (not terminal or is_printable(content))


def _line(mark: str, line: str, *, shown: bool = False) -> str:
    """A diff line, as the file has it; `shown` (a commented-out hunk, for a reader only): escaped as every output is."""
    content, ending = _parts(line)
    return mark + (printable(content) if shown else content) + ending


def _range(start: int, stop: int) -> str:
    """A hunk's range as difflib writes it (`_format_range_unified`): `1` for one line, `0,0` for none before line 1."""
    length = stop - start
    if length == 1:
        return f"{start + 1}"
    return f"{start + 1 if length else start},{length}"


def _opcodes(a: list[str], b: list[str], pairs: Sequence[tuple[int, int]]) -> list[Opcode]:
    """difflib's opcodes for `a` → `b`: the pairs of equal lines kept (in order), difflib between them."""
    codes: list[Opcode] = []
    i = j = 0  # the first lines not yet described
    for pair_i, pair_j in pairs:
        if pair_i < i or pair_j < j or pair_i >= len(a) or pair_j >= len(b) or a[pair_i] != b[pair_j]:
            continue
        _changed(codes, a, b, i, pair_i, j, pair_j)
        _add(codes, ("equal", pair_i, pair_i + 1, pair_j, pair_j + 1))
        i, j = pair_i + 1, pair_j + 1
    _changed(codes, a, b, i, len(a), j, len(b))
    return codes


def _changed(codes: list[Opcode], a: list[str], b: list[str], i1: int, i2: int, j1: int, j2: int) -> None:
    """The opcodes of a stretch between kept lines: difflib's when it is small enough to compare, else its unchanged
    first and last lines and the rest replaced."""
    if i1 == i2 and j1 == j2:
        return
    if (i2 - i1) * (j2 - j1) <= COMPARED:
        if i1 == i2 or j1 == j2:
            _add(codes, ("insert" if i1 == i2 else "delete", i1, i2, j1, j2))
            return
        for tag, x1, x2, y1, y2 in difflib.SequenceMatcher(None, a[i1:i2], b[j1:j2], autojunk=False).get_opcodes():
            _add(codes, (tag, i1 + x1, i1 + x2, j1 + y1, j1 + y2))
        return
    head = 0
    while i1 + head < i2 and j1 + head < j2 and a[i1 + head] == b[j1 + head]:
        head += 1
    tail = 0
    while i1 + head < i2 - tail and j1 + head < j2 - tail and a[i2 - tail - 1] == b[j2 - tail - 1]:
        tail += 1
    if head:
        _add(codes, ("equal", i1, i1 + head, j1, j1 + head))
    _add(codes, ("replace", i1 + head, i2 - tail, j1 + head, j2 - tail))
    if tail:
        _add(codes, ("equal", i2 - tail, i2, j2 - tail, j2))


def _add(codes: list[Opcode], code: Opcode) -> None:
    """Append an opcode, joined to the last one when both are equal or both are changes (difflib never writes two
    in a row: a delete beside an insert is one replace), and tagged for what it then holds."""
    tag, i1, i2, j1, j2 = code
    if i1 == i2 and j1 == j2:
        return
    if codes and (codes[-1][0] == "equal") == (tag == "equal"):
        i1, j1 = codes[-1][1], codes[-1][3]
        codes.pop()
    if tag != "equal":
        tag = "replace" if i1 < i2 and j1 < j2 else "delete" if i1 < i2 else "insert"
    codes.append((tag, i1, i2, j1, j2))


def _grouped(codes: list[Opcode]) -> Iterable[list[Opcode]]:
    """The opcodes in hunks, as difflib.SequenceMatcher.get_grouped_opcodes groups them: CONTEXT lines around each
    change, an unchanged stretch longer than twice that ending a hunk."""
    if not any(code[0] != "equal" for code in codes):
        return
    if codes[0][0] == "equal":
        tag, i1, i2, j1, j2 = codes[0]
        codes[0] = tag, max(i1, i2 - CONTEXT), i2, max(j1, j2 - CONTEXT), j2
    if codes[-1][0] == "equal":
        tag, i1, i2, j1, j2 = codes[-1]
        codes[-1] = tag, i1, min(i2, i1 + CONTEXT), j1, min(j2, j1 + CONTEXT)
    group: list[Opcode] = []
    for tag, i1, i2, j1, j2 in codes:
        if tag == "equal" and i2 - i1 > 2 * CONTEXT:
            group.append((tag, i1, min(i2, i1 + CONTEXT), j1, min(j2, j1 + CONTEXT)))
            yield group
            group = []
            i1, j1 = max(i1, i2 - CONTEXT), max(j1, j2 - CONTEXT)
        group.append((tag, i1, i2, j1, j2))
    if group and not (len(group) == 1 and group[0][0] == "equal"):
        yield group
