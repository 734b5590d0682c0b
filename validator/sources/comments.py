"""In-line suppressions: `flowlint: ignore[FL302]` in a file's comments, found with the file's own tokenizer.

Only a comment counts: the same words inside a string literal, a YAML value or a JSON body are data.
Code uses tree-sitter's comment nodes; YAML, PyYAML's scanner (a `#` outside every scalar token);
.http files their comment lines; shell a quote-aware scan; Markdown each fenced block through its
language; JSON with comments (jsonc: `launch.jsonc`, `launch.json.example`) its `//` and `/* */` comments.
JSON has no comments: its suppressions live in the config (`per-file-ignores`).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from ..core.codes import find_rule
from .kinds import comment_syntax

if TYPE_CHECKING:
    from tree_sitter import Node

    from .urls import FileEvidence

#: The directive; the bracket holds codes separated by commas (none: every rule).
DIRECTIVE = re.compile(r"flowlint:[ \t]*ignore(?![\w-])(?:\[([^\]\n]*)\])?", re.I)
#: The cheap test every file takes first: no parser runs for a file without it.
NEEDLE = "flowlint:"
#: A Markdown fence's language (its info string's first word) to the kind its comments are read as.
_FENCE_KINDS = {"js": "javascript", "javascript": "javascript", "jsx": "javascript", "mjs": "javascript", "node": "javascript",
                "ts": "typescript", "typescript": "typescript", "tsx": "tsx", "py": "python", "python": "python",
                "python3": "python", "sh": "shell", "bash": "shell", "shell": "shell", "zsh": "shell", "console": "shell",
                "shell-session": "shell", "curl": "shell", "http": "http", "rest": "http", "yaml": "yaml", "yml": "yaml",
                "hcl": "terraform", "terraform": "terraform", "tf": "terraform"}
_FENCE = re.compile(r"^([ \t]*)(```+|~~~+)[ \t]*([\w+-]*)[^\n]*\n(.*?)^\1\2[ \t]*$", re.M | re.S)


@dataclass(frozen=True)
class Suppression:
    """One `flowlint: ignore` comment: the line it covers, its codes (None: every rule), and what removing it edits."""

    line: int  # 1-based line of the comment
    codes: tuple[str, ...] | None
    alone: bool  # nothing but the comment on its line: it covers the next line too
    start: int  # characters [start, end) to delete to remove it (the whole line when it stands alone)
    end: int
    codes_start: int  # characters [codes_start, codes_end): the text between the brackets
    codes_end: int
    directive_start: int  # characters [directive_start, directive_end): `flowlint: ignore[...]`
    directive_end: int
    #: Each code as the comment spells it (`wrong-envelope`, `fl101`): kept so in a fix of the comment.
    written: tuple[str, ...] = ()


def suppressions(kind: str, text: str) -> list[Suppression]:
    """Every suppression comment in a file of this kind (json, yaml, javascript, python, http, shell, markdown…)."""
    if NEEDLE not in text.lower():
        return []
    found = []
    counted, line = 0, 1  # the line breaks before `counted` are counted: in text order, each counted once
    for start, end, alone in _comments(kind, text, 0, len(text)):
        for match in DIRECTIVE.finditer(text, start, end):
            if match.start() < counted:  # (comments that overlap: counted again from the start)
                counted, line = 0, 1
            line += text.count("\n", counted, match.start())
            counted = match.start()
            found.append(_suppression(text, start, end, match, line, alone))
    if found and kind == "markdown":  # one in a block the page shows as a wrong example is the example's (its point)
        from .blocks import markdown_code, offsets
        from .examples import wrong_blocks

        wrong = wrong_blocks(text, sorted((where[0], where[-1], code) for _, code, at, shape in markdown_code(text)
                                          if shape != "nested" for where in (offsets(code, at),)))
        found = [found_one for found_one in found
                 if not any(start <= found_one.directive_start < end for start, end in wrong)]
    return found


def _suppression(text: str, start: int, end: int, match: re.Match[str], line: int,
                 alone_in_code: bool | None = None) -> Suppression:
    """The suppression of a directive in the comment text[start:end], on the file's line `line`; `alone_in_code`:
    whether the comment stands alone on its line of the code it is written in, when that is not the file (a notebook
    cell's line is a JSON string, its quotes around it), None to judge it in the file."""
    in_file = _line_of(text, start, end)
    alone = in_file.alone if alone_in_code is None else alone_in_code
    written = () if match.group(1) is None else tuple(c.strip() for c in match.group(1).split(",") if c.strip())
    # A rule by its code in any case or by its name, as --select, --ignore and [severity] take it (FL101, wrong-envelope).
    codes = None if match.group(1) is None else tuple(_rule_code(word) for word in written)
    # The comment's own words beside the directive (`# keep: flowlint: ignore`) stay; a comment that is only the directive goes.
    rest = (text[start:match.start()] + text[match.end():end]).strip(" \t#/*-<>!;")
    if rest:
        remove = _directive_alone(text, start, end, match)
    elif alone and in_file.alone:
        remove = (in_file.start, min(in_file.end + 1, len(text)))
    else:
        remove = (_blanks_before(text, in_file.start, start), end)
    codes_start = match.start(1) if match.group(1) is not None else match.end()
    codes_end = match.end(1) if match.group(1) is not None else match.end()
    return Suppression(line, codes, alone, *remove, codes_start, codes_end, match.start(), match.end(), written)


def _rule_code(word: str) -> str:
    rule = find_rule(word)
    return rule.code if rule is not None else word.upper()


#: A comment's opening marker with its blanks.
_MARKER = re.compile(r"[ \t]*(?:#+|//+)[ \t]*")


def _blanks_before(text: str, start: int, at: int) -> int:
    while at > start and text[at - 1] in " \t":
        at -= 1
    return at


def _marker_before(text: str, start: int, at: int) -> int:
    """Where a `#`/`//` marker ending text[start:at] begins (`at` when none, or when it is the comment's own)."""
    for mark, least in (("#", 1), ("/", 2)):
        begin = at
        while begin > start and text[begin - 1] == mark:
            begin -= 1
        if at - begin >= least:
            return begin if begin > start else at
    return at


def _directive_alone(text: str, start: int, end: int, match: re.Match[str]) -> tuple[int, int]:
    """What to cut to remove a directive from a comment that says more, leaving no debris (a bare `#`, a `//` and
    three blanks): the directive ending the comment goes with the marker and blanks before it (`# why  # flowlint:
    ignore` → `# why`); one the comment goes on after goes with its blanks (`// flowlint: ignore  (why)` → `// (why)`),
    and with the comment's marker when what follows is another comment (`# flowlint: ignore[A]  # …` → `# …`)."""
    after = match.end()
    while after < end and text[after] in " \t":
        after += 1
    if after == end:  # nothing follows: the blanks and a marker before it go too (not the comment's own marker)
        return _blanks_before(text, start, _marker_before(text, start, _blanks_before(text, start, match.start()))), end
    if _MARKER.fullmatch(text, start, match.start()) and text.startswith(("#", "//"), after):
        return start, after  # only a marker before, another comment after: that comment is what stays
    return match.start(), after


def _comments(kind: str, text: str, begin: int, stop: int) -> Iterator[tuple[int, int, bool | None]]:
    """The comments in text[begin:stop] that mention the directive, in order: [start, end) and, for one in code the file
    holds in another language, whether it stands alone on its line there (None: judged in the file). The file's own are
    found by the tokenizer its kind declares (kinds.COMMENTS); then those of the code it holds (embedded_code)."""
    syntax = comment_syntax(kind)
    found: dict[tuple[int, int], bool | None] = {}
    if syntax.grammar is not None:
        found.update(dict.fromkeys(_TOKENIZERS[syntax.grammar](kind, text, begin, stop)))
    if (syntax.scripts or syntax.blocks) and begin == 0 and stop == len(text):
        for language, code, where in embedded_code(kind, text):
            if NEEDLE in code.lower():
                for start, end, _ in _comments(language, code, 0, len(code)):
                    found.setdefault(_in_file((start, end), where), _line_of(code, start, end).alone)
    yield from ((start, end, alone) for (start, end), alone in sorted(found.items()))


class _Line(NamedTuple):
    """The line a comment is on: characters [start, end), without its line break, and whether the comment stands
    alone on it."""

    start: int
    end: int
    alone: bool


def _line_of(text: str, start: int, end: int) -> _Line:
    """The line text[start:end] is on."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return _Line(line_start, line_end, not text[line_start:start].strip() and not text[end:line_end].strip())


@functools.lru_cache(maxsize=1)  # a file's suppressions and the bodies written in its scripts both ask: found once
def embedded_code(kind: str, text: str) -> tuple[tuple[str, str, Sequence[int]], ...]:
    """The code a file holds in another language: (its language's kind, its text, the file offset of each of its
    characters and one past its end): the shell scripts it runs (COMMENTS' `scripts`), its code blocks (`blocks`: an
    HTML page's scripts, a notebook's code cells, a documentation page's blocks its fences do not tell: a
    reStructuredText `.. code-block::`, an AsciiDoc `----` block, a fence in a quote or a list, an untagged block
    running curl, as blocks.fence_kind reads them)."""
    return tuple(_embedded_code(kind, text))


def _embedded_code(kind: str, text: str) -> Iterator[tuple[str, str, Sequence[int]]]:
    syntax = comment_syntax(kind)
    if syntax.scripts:
        if kind in ("github-actions", "ci-config"):
            from .github_actions import scripts as step_scripts

            for where, code in step_scripts(text, ci=kind == "ci-config"):
                yield "shell", code, range(where, where + len(code) + 1) if isinstance(where, int) else where
        else:
            from .embedded_shell import scripts

            for code, where in scripts(kind, text):
                yield "shell", code, where
    if syntax.blocks and kind == "markdown":
        from .blocks import fence_kind, markdown_code, offsets

        fenced = [(fence.start(4), fence.end(4)) for fence in _FENCE.finditer(text)
                  if _FENCE_KINDS.get(fence.group(3).lower()) is not None]  # (read by the page's tokenizer)
        starts = [start for start, _ in fenced]
        for info, code, at, shape in markdown_code(text):
            where = offsets(code, at)
            index = bisect.bisect_right(starts, where[0]) - 1
            language = fence_kind(info, code) or _FENCE_KINDS.get(info.strip().split(" ", 1)[0].lower())
            if shape != "nested" and language is not None and (index < 0 or where[0] > fenced[index][1]):
                yield language, code, where
    elif syntax.blocks:
        from .blocks import code_blocks

        for language, code, where in code_blocks(text, kind):
            if comment_syntax(language).grammar is not None:  # (a notebook's `%%bash` cell is a shell's)
                yield language, code, where


def _in_file(span: tuple[int, int], where: Sequence[int]) -> tuple[int, int]:
    """A comment found in embedded code, in the file: from where its first character is written to after its last."""
    start, end = span
    return where[start], where[max(start, end - 1)] + 1


def _hash_lines(kind: str, text: str, begin: int, stop: int) -> Iterator[tuple[int, int]]:
    """A Dockerfile's comments: lines whose first character but blanks is `#` (one after an instruction's words is an
    argument; in a RUN command, a shell comment, found in its script), outside the heredocs an instruction opens
    (`RUN <<EOF`, `COPY <<EOF /app/x`: their lines are a script's or a file's)."""
    at = begin
    while at < stop:
        end = text.find("\n", at, stop)
        end = stop if end < 0 else end
        line = text[at:end]
        written = line.lstrip(" \t")
        if written.startswith("#"):
            if _mentions(written, 0, len(written)):
                yield end - len(written), end
            at = end + 1
            continue
        opened = [(bool(found.group(1)), next(word for word in found.groups()[1:] if word is not None))
                  for found in _HEREDOC.finditer(line) if found.start() == 0 or line[found.start() - 1] != "<"]
        at = _past_heredocs(text, end + 1, stop, opened) if opened else end + 1


def _make_comments(kind: str, text: str, begin: int, stop: int) -> Iterator[tuple[int, int]]:
    """A Makefile's or justfile's own comments, on its lines outside recipes (a recipe's line, indented, is its shell's,
    whose comments are found in its script): make's from a `#` not escaped (`\\#`) to the line's end; just's from a
    `#` outside its quoted strings."""
    for line in re.finditer(r"^[^ \t\n][^\n]*", text[begin:stop], re.M):
        at = begin + line.start()
        if kind == "makefile":
            hashed = re.search(r"(?<!\\)#", line.group())
            if hashed is not None and _mentions(text, at + hashed.start(), begin + line.end()):
                yield at + hashed.start(), begin + line.end()
        else:
            yield from _scanned(text, at, begin + line.end(), hash_comments=True, slash_comments=False, quotes="'\"")


#: A Hurl multiline string's fence (```, ```json…): the lines up to the next are its text.
_HURL_FENCE = re.compile(r"^[ \t]*```[^\n]*$", re.M)


def _hurl_comments(kind: str, text: str, begin: int, stop: int, mentions: Mentions | None = None) -> Iterator[tuple[int, int]]:
    """A Hurl file's comments: from a `#` at a line's start or after a blank to the line's end (Hurl escapes a `#` in a
    value: `\\#`), outside quoted strings (a JSON body's, a query's) and multiline strings (```)."""
    fences = [match.start() for match in _HURL_FENCE.finditer(text, begin, stop)]
    texts = [(fences[index], fences[index + 1]) for index in range(0, len(fences) - 1, 2)]
    at = begin
    for start, end in [*texts, (stop, stop)]:
        for found in _scanned(text, at, start, hash_comments=True, slash_comments=False, quotes="\"", mentions=mentions):
            if found[0] == at or text[found[0] - 1] in " \t\n":
                yield found
        at = min(stop, text.find("\n", end) + 1 or stop) if end < stop else stop


def hurl_comment_start(text: str, begin: int, stop: int) -> int | None:
    """Where a Hurl comment in text[begin:stop] (a line outside multiline strings: a header's, a JSON body's last)
    starts, the blanks before it with it; None when the line has none."""
    found = next(_hurl_comments("hurl", text, begin, stop, lambda *_: True), None)
    if found is None:
        return None
    start = found[0]
    while start > begin and text[start - 1] in " \t":
        start -= 1
    return start


def _bruno_comments(kind: str, text: str, begin: int, stop: int) -> Iterator[tuple[int, int]]:
    """A Bruno request's comments: `//` and `/* */` in its JSON body block, which Bruno sends with them stripped (its
    other blocks take none: its parser refuses a comment there)."""
    from .bruno import blocks
    from .jsonc import comment_spans

    spans = blocks(text)
    for name in ("body:json", "body"):
        span = spans.get(name)
        if span is not None:
            yield from ((start, end) for start, end in comment_spans(text, max(begin, span[0]), min(stop, span[1]))
                        if _mentions(text, start, end))


def _groovy_comments(kind: str, text: str, begin: int, stop: int) -> Iterator[tuple[int, int]]:
    from .jenkinsfile import comment_spans

    yield from ((start, end) for start, end in comment_spans(text[:stop]) if start >= begin and _mentions(text, start, end))


def _jsonc_comments(kind: str, text: str, begin: int, stop: int) -> Iterator[tuple[int, int]]:
    from .jsonc import comment_spans

    yield from ((start, end) for start, end in comment_spans(text, begin, stop) if _mentions(text, start, end))


def _markdown_comments(kind: str, text: str, begin: int, stop: int) -> Iterator[tuple[int, int]]:
    """A Markdown page's HTML comments between its fenced blocks, and each fenced block's in its language (the page's
    other blocks are embedded_code's)."""
    at = begin
    for fence in _FENCE.finditer(text, begin, stop):
        yield from _html_comments(text, at, fence.start())
        at = fence.end()
        language = _FENCE_KINDS.get(fence.group(3).lower())
        if language is not None:
            yield from ((start, end) for start, end, _ in _comments(language, text, fence.start(4), fence.end(4)))
    yield from _html_comments(text, at, stop)


Tokenizer = Callable[[str, str, int, int], Iterable[tuple[int, int]]]
#: Each grammar kinds.COMMENTS names, and how its comments are found in text[begin:stop] of a file of a kind.
_TOKENIZERS: dict[str, Tokenizer] = {
    "tree-sitter": lambda kind, text, begin, stop: _tree_sitter_comments(kind, text, begin, stop),
    "yaml": lambda kind, text, begin, stop: _yaml_comments(text, begin, stop),
    "http": lambda kind, text, begin, stop: _http_comments(text, begin, stop),
    "shell": lambda kind, text, begin, stop: _scanned(text, begin, stop, hash_comments=True, slash_comments=False,
                                                     quotes="'\"", heredocs=True),
    "hcl": lambda kind, text, begin, stop: _scanned(text, begin, stop, hash_comments=True, slash_comments=True, quotes="\""),
    "jsonc": _jsonc_comments,
    "markdown": _markdown_comments,
    "hurl": _hurl_comments,
    "bruno": _bruno_comments,
    "groovy": _groovy_comments,
    "dockerfile": _hash_lines,
    "make": _make_comments,
    "just": _make_comments,
}


#: How a comment alone on a line is written, by the marker that opens it (the directive put in the braces).
_FORMS = {"#": "# {}", "//": "// {}", "/*": "/* {} */", "<!--": "<!-- {} -->"}


def comment_form(kind: str, text: str, at: int) -> str | None:
    """How a comment standing alone before the file's line starting at offset `at` is written (`# {}`, `// {}`,
    `<!-- {} -->`: the directive goes in the braces), from the kind's declaration (kinds.COMMENTS): in a Markdown page's
    block, a script the file runs or an HTML page's script, that code's own; None where no comment read as a directive
    can be (a JSON file, a package.json; in a Markdown page, a block of a language whose comments are not read)."""
    if kind == "markdown":
        for fence in _FENCE.finditer(text):
            if fence.start() >= at:
                break
            if fence.start(4) <= at <= fence.end(4):
                language = _FENCE_KINDS.get(fence.group(3).lower())
                return _own_form(language) if language is not None else None
    syntax = comment_syntax(kind)
    if syntax.scripts or syntax.blocks:
        for language, _, where in embedded_code(kind, text):
            if not where:
                continue
            opened = text.rfind("\n", 0, where[0])  # (a line the code starts on after blanks only is the code's)
            begins = opened if not text[opened + 1:where[0]].strip() else where[0]
            if begins < at <= where[-1]:
                return _own_form(language)
    return _own_form(kind)


def _own_form(kind: str) -> str | None:
    """How a comment alone on a line of a file of this kind is written, by the first marker it declares."""
    markers = comment_syntax(kind).markers
    return _FORMS.get(markers[0]) if markers else None


#: An HTML comment alone on its line of a Markdown page (outside its blocks): a line the page does not show.
_HTML_COMMENT = re.compile(r"^[ \t]*(<!--(?:(?!-->)[^\n])*-->)[ \t]*$", re.M)


def _html_comments(text: str, begin: int, stop: int) -> Iterator[tuple[int, int]]:
    """A Markdown page's HTML comments standing alone on their lines between its blocks (`<!-- flowlint: ignore[…] -->`
    before a `json` block, which takes no comment of its own), as markdownlint's `<!-- markdownlint-disable-next-line -->`."""
    for match in _HTML_COMMENT.finditer(text, begin, stop):
        if _mentions(text, match.start(1), match.end(1)):
            yield match.start(1), match.end(1)


def uncommented_blocks(text: str) -> Iterator[tuple[int, int, int]]:
    """A Markdown page's fenced blocks in a language whose comments are not read (`json`, an untagged block): where
    each fence starts, and its content's [start, end)."""
    for fence in _FENCE.finditer(text):
        if _FENCE_KINDS.get(fence.group(3).lower()) is None:
            yield fence.start(), fence.start(4), fence.end(4)


#: Whether text[start:end] (a comment) holds what is searched for.
Mentions = Callable[[str, int, int], bool]


def _mentions(text: str, start: int, end: int) -> bool:
    return NEEDLE in text[start:end].lower()


def _tree_sitter_comments(kind: str, text: str, begin: int, stop: int) -> Iterator[tuple[int, int]]:
    """The comments in text[begin:stop] that mention the directive, found in its syntax tree (a whole file's: the one
    its reader parsed, which code.parsed keeps; a block of a page's, parsed here, leaving the kept ones be), each
    mention's node looked up by its byte offset, all of them found by one encoding of the text (a file of many mentions
    is read in linear time)."""
    from .code import SourceText, TooCostly, parse, parsed

    chunk = text[begin:stop]
    try:
        if begin == 0 and stop == len(text):
            source, tree = parsed(kind, text)
        else:
            source = SourceText(chunk)
            tree = parse(kind, source.data)
    except TooCostly:  # none of it was read (its FL011 says so): no comment in it is known to suppress a finding
        return
    mentions = [match.start() for match in re.finditer(re.escape(NEEDLE), chunk, re.I)]
    offsets = source.byte_offsets(mentions)
    seen: set[tuple[int, int]] = set()
    for at in mentions:
        node = tree.root_node.descendant_for_byte_range(offsets[at], offsets[at] + len(NEEDLE))
        while node is not None and node.type != "comment":
            node = node.parent
        if node is None or (node.start_byte, node.end_byte) in seen:
            continue  # in a string, or code: data, never a directive
        seen.add((node.start_byte, node.end_byte))
        start, end = source.offsets(node)
        yield begin + start, begin + end


class YamlScalar(NamedTuple):
    """A scalar PyYAML's scanner reads: its characters [start, end), its style (`|`, `>` for a block scalar) and the
    1-based line it starts on."""

    start: int
    end: int
    style: str | None
    line: int


@functools.lru_cache(maxsize=4)  # a CI file's comments and the block scalars holding its launches: one scan of it
def yaml_scalars(text: str) -> tuple[YamlScalar, ...]:
    """The scalars of a YAML text, in order: up to a syntax error, those before it."""
    import yaml

    found = []
    try:
        for token in yaml.scan(text, Loader=yaml.SafeLoader):
            if isinstance(token, yaml.ScalarToken):
                found.append(YamlScalar(token.start_mark.index, token.end_mark.index, token.style, token.start_mark.line + 1))
    except yaml.YAMLError:
        pass  # (past the error, a `#` that follows a space is still a comment, and a block scalar holds no launch read)
    return tuple(found)


def _yaml_comments(text: str, begin: int, stop: int, mentions: Mentions | None = None) -> Iterator[tuple[int, int]]:
    """`#` comments: a `#` after a space or at a line's start, outside every scalar PyYAML's scanner reads."""
    chunk = text[begin:stop]
    starts: list[int] = []  # the scalars' [start, end), in text order and apart (as the scanner reads them)
    ends: list[int] = []
    for scalar in yaml_scalars(chunk):
        start = scalar.start
        if scalar.style in ("|", ">"):  # its header line (`run: |  # why`) may end with a comment
            header_end = chunk.find("\n", start, scalar.end)
            start = scalar.end if header_end < 0 else header_end
        starts.append(start)
        ends.append(scalar.end)
    for match in re.finditer(r"(?:^|(?<=[ \t]))#[^\n]*", chunk, re.M):
        at = bisect.bisect_right(starts, match.start()) - 1  # the one scalar that may hold it, found, not searched for
        if at >= 0 and match.start() < ends[at]:
            continue
        if (mentions or _mentions)(chunk, match.start(), match.end()):
            yield begin + match.start(), begin + match.end()


def _line_comments(text: str, begin: int, stop: int, markers: tuple[str, ...],
                   mentions: Mentions | None = None) -> Iterator[tuple[int, int]]:
    for match in re.finditer(r"^[ \t]*(\S[^\n]*)", text[begin:stop], re.M):
        if match.group(1).startswith(markers) and (mentions or _mentions)(match.group(1), 0, len(match.group(1))):
            yield begin + match.start(1), begin + match.end(1)


def _http_comments(text: str, begin: int, stop: int, mentions: Mentions | None = None) -> Iterator[tuple[int, int]]:
    """A .http file's comment lines (`#`, `//`) outside its requests' bodies: a body's line is sent as written, so a
    `# flowlint: ignore` there is body text (its FL001 says so), never a directive that would suppress that FL001."""
    from .http_file import body_spans

    bodies = body_spans(text)
    starts = [start for start, _ in bodies]
    for start, end in _line_comments(text, begin, stop, ("#", "//"), mentions):
        at = bisect.bisect_right(starts, start) - 1
        if at < 0 or start >= bodies[at][1]:
            yield start, end


def _scanned(text: str, begin: int, stop: int, *, hash_comments: bool, slash_comments: bool, quotes: str,
             mentions: Mentions | None = None, heredocs: bool = False) -> Iterator[tuple[int, int]]:
    """Comments found by a scan that knows quoted strings: shell's `#` at a word's start (with `heredocs`, not in a
    heredoc's lines, which are data: `cat <<EOF`); HCL's `#`, `//` and `/* */`."""
    mentioned = mentions or _mentions
    i = begin
    quote = ""
    pending: list[tuple[bool, str]] = []  # the heredocs opened on this line: their lines follow its end
    while i < stop:
        char = text[i]
        if pending and char == "\n" and not quote:
            i = _past_heredocs(text, i + 1, stop, pending)
            pending = []
            continue
        if quote:
            if char == "\\" and quote == '"':
                i += 2
                continue
            if char == quote:
                quote = ""
            i += 1
            continue
        if char == "\\":
            i += 2
            continue
        if heredocs and char == "<" and (i == begin or text[i - 1] != "<") and (opened := _HEREDOC.match(text, i, stop)):
            pending.append((bool(opened.group(1)), next(word for word in opened.groups()[1:] if word is not None)))
            i = opened.end()
            continue
        if char in quotes:
            quote = char
        elif (hash_comments and char == "#" and (slash_comments or i == begin or text[i - 1] in " \t\n;|&(")) or (
                slash_comments and text.startswith("//", i)):
            end = text.find("\n", i, stop)
            end = stop if end < 0 else end
            if mentioned(text, i, end):
                yield i, end
            i = end
            continue
        elif slash_comments and text.startswith("/*", i):
            end = text.find("*/", i + 2, stop)
            end = stop if end < 0 else end + 2
            if mentioned(text, i, end):
                yield i, end
            i = end
            continue
        i += 1


#: A heredoc's opening (`<<EOF`, `<<-EOF`, `<<'EOF'`, `<< "EOF"`, `<<\\EOF`; not `<<<`, a here-string): its lines, up
#: to one that is its word alone (tab-indented with `-`), are data.
_HEREDOC = re.compile(r"<<(?!<)(-?)[ \t]*(?:'([^'\n]{1,100})'|\"([^\"\n]{1,100})\"|\\?([A-Za-z_][\w-]{0,99}))")


def _past_heredocs(text: str, at: int, stop: int, opened: list[tuple[bool, str]]) -> int:
    """Where the lines of the heredocs opened on the line before `at` end (each ends at a line that is its word)."""
    for tabs, word in opened:
        while at < stop:
            end = text.find("\n", at, stop)
            end = stop if end < 0 else end
            line = text[at:end].rstrip("\r")
            at = end + 1
            if (line.lstrip("\t") if tabs else line) == word:
                break
    return min(at, stop)


#: At most this many places of a word are looked up in a code file's syntax tree: past them, the word is taken as said
#: only in comments (no evidence), so a file of many comments costs a bounded number of look-ups.
_MOST_LOOKED_UP = 256


def outside_comments(kind: str, text: str, pattern: re.Pattern[str]) -> bool:
    """Whether a pattern matches a file's text outside its comments (and a code file's docstrings): what its code and
    data say, not what its prose says (`// our own engine (no Genesys here)`). A kind whose comments are not known
    (Markdown, JSON, a notebook) is searched whole."""
    if comment_syntax(kind).grammar == "tree-sitter":
        return _outside_code_comments(kind, text, pattern)
    def mentions(chunk: str, start: int, end: int) -> bool:
        return pattern.search(chunk, start, end) is not None
    if kind in ("yaml", "github-actions", "ci-config"):
        comments = list(_yaml_comments(text, 0, len(text), mentions))
    elif kind == "http":
        comments = list(_http_comments(text, 0, len(text), mentions))
    elif kind == "shell":
        comments = list(_scanned(text, 0, len(text), hash_comments=True, slash_comments=False, quotes="'\"",
                                 mentions=mentions))
    else:
        return pattern.search(text) is not None
    starts = [start for start, _ in comments]
    for match in pattern.finditer(text):
        at = bisect.bisect_right(starts, match.start()) - 1
        if at < 0 or match.start() >= comments[at][1]:
            return True
    return False


def _outside_code_comments(kind: str, text: str, pattern: re.Pattern[str]) -> bool:
    from .code import parsed

    source, tree = parsed(kind, text)  # the tree the file's reader read: kept, not parsed again
    matches = [match.start() for match in itertools.islice(pattern.finditer(text), _MOST_LOOKED_UP)]
    offsets = source.byte_offsets(matches)
    for start in matches:
        node = tree.root_node.descendant_for_byte_range(offsets[start], offsets[start])
        while node is not None and "comment" not in node.type and not _docstring(node):
            node = node.parent
        if node is None:
            return True
    return False


def _docstring(node: Node) -> bool:
    """A string that is a statement of its own (a Python docstring, a `'use strict'`): prose, no value any code uses."""
    parent = node.parent
    return node.type in ("string", "template_string") and parent is not None \
        and parent.type == "expression_statement" and parent.named_child_count == 1


#: What a document's prose may say of a request's host that a reader takes as it: a Genesys Cloud host written out
#: (`https://api.mypurecloud.com`, `usw2.pure.cloud`) or `flowlint serve`; not a product's name (`Our engine is not
#: Genesys Cloud`), which says what the document is about, not where its code sends.
_PROSE_HOSTS = re.compile(r"mypurecloud\.|pure\.cloud|inindca\.com|inintca\.com|flowlint[ _-]?serve", re.I)


def evidence(kind: str, text: str) -> FileEvidence:
    """A file's evidence of Genesys Cloud (urls.FileEvidence), searched in its code and data, not its comments; in a
    document (Markdown, HTML, a notebook), in its code (outside its comments) and, in its prose, only a host written
    out."""
    from .urls import FileEvidence

    if kind in ("markdown", "html", "notebook"):
        return FileEvidence(text, lambda pattern: _document_shows(kind, text, pattern))
    return FileEvidence(text, lambda pattern: outside_comments(kind, text, pattern))


def _document_shows(kind: str, text: str, pattern: re.Pattern[str]) -> bool:
    """Whether a document's code (a Markdown document's code blocks, an HTML page's scripts, a notebook's code cells)
    matches a pattern outside its comments, or the document writes a Genesys Cloud host (or `flowlint serve`) anywhere:
    its prose (Markdown text, HTML elements, a notebook's Markdown cells) says what it is about, not where its code
    sends."""
    from .blocks import code_blocks, doc_block_kind, markdown_code

    if _PROSE_HOSTS.search(text) is not None:
        return True
    blocks = ((doc_block_kind(info, code) or "", code) for info, code, _, shape in markdown_code(text) if shape != "nested") \
        if kind == "markdown" else ((language, code) for language, code, _ in code_blocks(text, kind))
    return any(pattern.search(code) is not None and outside_comments(language, code, pattern) for language, code in blocks)
