"""Code inside other files: Markdown fenced blocks, `<script>` in HTML, Vue and Svelte, Jupyter notebook cells.

Each block is read on its own by its own language's reader, and the offsets it records are moved to
the block's place in the file, so reading a file costs the sum of its blocks, not blocks × file.
Notebook cells live inside JSON strings: each cell's code is read on its own and its offsets mapped
back through the strings' escapes.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from itertools import accumulate
from typing import Any

from ..core.diagnostics import Edit
from ..core.unknown import Unknown
from .embedded import json_string_at
from .fences import Runs, fences, other_markups
from .kinds import names_near_miss, signs_in
from .model import EmbeddedJson, Header, LaunchRequest, Offsets, Text, TreeSpans

#: Fence info words and the reader each names (sh/bash/console blocks are the curl reader's).
_FENCE_KINDS = {"js": "javascript", "javascript": "javascript", "jsx": "javascript", "mjs": "javascript", "cjs": "javascript",
                "node": "javascript", "ts": "typescript", "typescript": "typescript", "tsx": "tsx", "py": "python",
                "python": "python", "python3": "python", "py3": "python", "http": "http", "rest": "http", "hcl": "terraform",
                "terraform": "terraform", "tf": "terraform"}
#: Blocks of JSON (a data action's among them, read by its reader).
_JSON_BLOCKS = frozenset({"json", "jsonc", "json5", "javascript-json", ""})
#: An untagged block that is an HTTP request: a request line first.
_REQUEST_LINE = re.compile(r"\s*(?:POST|GET|PUT|PATCH)\s+\S*/(?:(?:api/v2/)?flows|api/v2/flows/[^/\s]+)/executions")
#: Shell sessions (the curl reader's); a block naming no language (or plain text) is one when a line of it runs curl.
_SHELL_BLOCKS = frozenset({"sh", "bash", "shell", "console", "zsh", "shell-session", "shellsession"})
_PLAIN_BLOCKS = frozenset({"", "text", "txt", "plaintext", "terminal"})
#: Velocity, the template language of a data action's request: a block of it that writes the request line first is an
#: HTTP request with a Velocity body (read, holes unknown, as an untagged one is); a template alone is a body written
#: apart from its request (the action's URL is set elsewhere), noted as a JSON body block is.
_VELOCITY_BLOCKS = frozenset({"velocity", "vtl", "vm"})
_CURL_LINE = re.compile(r"(?m)^[ \t]*(?:[$%>#][ \t]+)?curl[ \t]")
#: A header line of an HTTP message (its name, then a colon).
_HEADER_LINE = re.compile(r"[ \t]*[!#$%&'*+.^_`|~0-9A-Za-z-]+[ \t]*:")
#: An info string's language word: `bash` of `bash title=x` or `bash{1,3}`.
_INFO_WORD = re.compile(r"[\w+-]*")
_SCRIPT = re.compile(r"<script\b([^>]*)>", re.I)
_SCRIPT_END = re.compile(r"</script\s*>", re.I)
_LANG = re.compile(r"""\blang\s*=\s*["']?(\w+)""", re.I)
_TYPE = re.compile(r"""\btype\s*=\s*["']?([\w/+.-]+)""", re.I)

Reader = Callable[[str, str], list[LaunchRequest]]


def relevant(text: str) -> bool:
    """Whether a block may hold a launch or a sign-in (the prefilter's substring scans, per block: `xecutions` is in
    the endpoint and in both SDK launch methods), or a launch to a near miss of its path (`…/flows/execution`)."""
    data = text.encode("utf-8", "surrogatepass")
    return b"xecutions" in data or signs_in(data) or names_near_miss(data)


#: Where each character of a piece of text is in the file, and one past its end.
Where = Sequence[int]

#: A code block as a reader takes it: its kind, its code, and where its characters are in the file: each one's offset
#: and one past its end, or (written in the file as it is) the offset of its first.
Block = tuple[str, str, Where | int]

#: A document's code block as markdown_code finds it: its info string, code, where, and "fence", "indented" or "markup".
DocumentCode = tuple[str, str, Where | int, str]


def markdown_blocks(text: str, code_blocks: Sequence[DocumentCode] | None = None) -> Iterator[Block]:
    """Each Markdown code block read as code, as an .http request or as a shell session, found as CommonMark finds
    them (markdown-it-py): fenced, also on a list item's marker line (`- ```bash`) or in a blockquote, and indented
    (four spaces, in a list item beyond its text's indentation), each line's indentation and `>` markers taken off
    (the code markdown-it reads there); a fence written inside an indented block (too deep in a list item) is read as
    the fence its author meant. Then reStructuredText's and AsciiDoc's code blocks (fences.other_markups), when the
    document writes any; an indented Markdown block that is one of those (`Example::` then its indented lines) is
    read once, as that. `code_blocks`: markdown_code(text), when the caller has found them already."""
    for info, code, at, shape in markdown_code(text) if code_blocks is None else code_blocks:
        if shape != "nested" and (kind := doc_block_kind(info, code)) is not None:
            yield kind, code, at


def markdown_code(text: str) -> Iterator[DocumentCode]:
    """(info string, code, where, "fence", "indented" or "markup") of every code block of a document (see
    markdown_blocks), read or not: a fence written inside an indented block is given instead of that block;
    reStructuredText's and AsciiDoc's ("markup") come last."""
    from markdown_it import MarkdownIt
    from markdown_it.rules_core import StateCore

    others = other_markups(text)
    other_starts = [where[0] for _, _, where in others]
    other_reach = list(accumulate((where[-1] for _, _, where in others), max))
    starts = [0, *(match.end() for match in _LINE_END.finditer(text))]  # (the lines markdown-it counts: \r\n, \r, \n)
    if starts[-1] != len(text):
        starts.append(len(text))
    parser = MarkdownIt("commonmark")
    parser.options["maxNesting"] = MAX_NESTING
    too_deep = _too_deep(parser, starts)
    parser.disable("inline")  # only the blocks are wanted: inline tokens of prose cost ~40 bytes per byte of it
    state = StateCore(text, parser, {})
    state.tokens = _CodeTokens()  # (set after: an empty list given to StateCore is replaced by its own)
    parser.core.process(state)
    for start, end in too_deep:  # (what markdown-it skips, unread: its mentions are said, not taken for prose)
        yield "", text[start:end], start, "nested"
    for token in state.tokens:
        if token.map is None or token.type not in ("fence", "code_block"):
            continue
        fenced = token.type == "fence"
        first, last = token.map[0] + fenced, token.map[1]
        if first >= len(starts) - 1:
            continue
        end = starts[min(last, len(starts) - 1)]
        if fenced and last - 1 > first and text[starts[last - 1]:end].strip().startswith(("```", "~~~")):
            end = starts[last - 1]  # the closing fence is not code
        if not fenced and overlaps(other_starts, other_reach, starts[first], end):
            continue
        code = text[starts[first]:end]
        mapped = _lines_mapped(text, starts, first, token.content) if code != token.content else None
        block: tuple[str, Where | int] = mapped if mapped is not None else (code, starts[first])
        if fenced:
            yield token.info, *block, "fence"
            continue
        inner = list(fences(block[0]))
        if not inner:
            yield "", *block, "indented"
            continue
        code, where = block[0], offsets(*block)
        after = 0  # where the last fence's closing line ends
        for info, body, at in inner:
            yield from _indented_between(code, where, after, code.rfind("\n", 0, max(at - 1, 0)) + 1)
            yield info, body, where[at:at + len(body) + 1], "fence"
            closing_end = code.find("\n", at + len(body))
            after = len(code) if closing_end < 0 else closing_end + 1
        yield from _indented_between(code, where, after, len(code))
    for info, code, where in others:
        yield info, code, where, "markup"


#: How many blockquotes and list items deep a Markdown document is read (markdown-it's own default is 20, CommonMark
#: sets none); what is deeper is skipped by the parser and given back as a "nested" block, read as nothing.
MAX_NESTING = 100


def _too_deep(parser: Any, starts: Sequence[int]) -> list[tuple[int, int]]:
    """The [start, end) offsets of each range of lines the parser will skip as nested too deep (filled as it parses):
    markdown-it drops them without a word (parser_block's `state.level >= maxNesting`)."""
    skipped: list[tuple[int, int]] = []
    tokenize = parser.block.tokenize

    def counted(state: Any, start: int, end: int, *rest: Any) -> None:
        if state.level >= MAX_NESTING and start < end:
            skipped.append((starts[min(start, len(starts) - 1)], starts[min(end, len(starts) - 1)]))  # (lines: the file's)
        tokenize(state, start, end, *rest)

    parser.block.tokenize = counted
    return skipped


def _indented_between(code: str, where: Where, start: int, end: int) -> Iterator[DocumentCode]:
    """The lines of an indented block holding fences from `start` to `end` (between two of them), when any is written:
    indented code as much as a block that holds no fence (a launch read, a mention said there)."""
    if code[start:end].strip():
        yield "", code[start:end], where[start:end + 1], "indented"


class _CodeTokens(list[Any]):
    """markdown-it's token list keeping only code blocks' tokens: a document's paragraphs, headings and HTML (a token
    each with a copy of its text, ~12 bytes per byte of prose) are dropped as they are made. The block rules read back
    only tokens of their own list's paragraphs (a tight list's), which then are none."""

    def append(self, token: Any) -> None:
        if token.type in ("fence", "code_block"):
            super().append(token)


_LINE_END = re.compile(r"\r\n?|\n")


def overlaps(starts: Sequence[int], reach: Sequence[int], start: int, end: int) -> bool:
    """Whether one of the spans (sorted by start; `reach`: the furthest end of each and those before it) overlaps
    [start, end)."""
    before = bisect_left(starts, end)
    return before > 0 and reach[before - 1] > start


def _lines_mapped(text: str, starts: list[int], first: int, content: str) -> tuple[str, Where] | None:
    """A block's code as markdown-it read it (`content`: the lines from line `first` with their list indentation and
    blockquote markers taken off) and each of its characters' file offsets; None where a line is not its file line's
    end (a tab widened, a line end changed): then the block is read as the file writes it."""
    where = Runs()
    line = first
    for piece in content.splitlines(keepends=True):
        if line + 1 >= len(starts):
            return None
        if not text.endswith(piece, starts[line], starts[line + 1]):
            return None
        where.add(starts[line + 1] - len(piece), len(piece))
        line += 1
    where.add(where[-1] + 1 if where else starts[first])
    return content, where


def doc_block_kind(info: str, content: str) -> str | None:
    """The reader of a documentation block (fence_kind), none for an HTTP request written without a body: docs write
    the request line in one block and the body in the next, so such a block sketches the endpoint (noted, FL011, by
    mentions.py) rather than launching with no body."""
    kind = fence_kind(info, content)
    return None if kind == "http" and request_sketch(content) else kind


def request_sketch(code: str) -> bool:
    """Whether a block is an HTTP request that writes no body: a request line to the launch endpoint first, then only
    header lines (a blank line ends the headers; nothing written after it)."""
    lines = [line for line in code.splitlines() if line.strip()]
    return bool(lines) and _REQUEST_LINE.match(lines[0]) is not None \
        and all(_HEADER_LINE.match(line) is not None for line in lines[1:])


def fence_kind(info: str, content: str) -> str | None:
    """The reader of a block by its info string (its first word: `bash title=x` is bash's), or for an untagged one by
    its first line (an HTTP request line) or a line running curl (a shell session, also in a plain-text block)."""
    info = info.strip()
    if info.startswith("{"):  # the SDK docs' ```{"language":"javascript"}
        try:
            said = json.loads(info)
        except ValueError:  # a Quarto or R Markdown chunk, ```{python}, ```{python echo=false}, ```{.python}
            said = info[1:].lstrip(" .") if not info.startswith('{"') else None
        info = str(said.get("language", "")) if isinstance(said, dict) else said if isinstance(said, str) else ""
    found = _INFO_WORD.match(info.lower())
    word = found.group() if found is not None else ""
    if word in _FENCE_KINDS:
        return _FENCE_KINDS[word]
    if word in _JSON_BLOCKS and '"requestUrlTemplate"' in content:  # a data action's export, or its `config.request`
        return "data-action"
    if word in _SHELL_BLOCKS or (word in _PLAIN_BLOCKS and _CURL_LINE.search(content) is not None):
        return "shell"
    if (not word or word in _VELOCITY_BLOCKS) and _REQUEST_LINE.match(content):
        return "http"
    return None


def script_blocks(text: str) -> Iterator[Block]:
    """Each `<script>` element's code in HTML, Vue or Svelte: TypeScript when `lang="ts"`."""
    position = 0
    while (opening := _SCRIPT.search(text, position)) is not None:
        closing = _SCRIPT_END.search(text, opening.end())
        end = closing.start() if closing else len(text)
        position = closing.end() if closing else len(text)
        attributes = opening.group(1)
        lang = _LANG.search(attributes)
        kind_of = _TYPE.search(attributes)
        script_type = kind_of.group(1).lower() if kind_of else "text/javascript"
        if script_type not in ("text/javascript", "module", "application/javascript", "text/babel", "text/typescript"):
            continue  # a template, JSON data, an import map: not code that runs
        language = lang.group(1).lower() if lang else ""
        yield ("typescript" if language in ("ts", "typescript") or script_type == "text/typescript" else
               "tsx" if language == "tsx" else "javascript"), text[opening.end():end], opening.end()


def read_blocks(text: str, blocks: Iterator[Block], read: Reader,
                empty: Callable[[str, str, Where], None] | None = None, *, scoped: str | None = None,
                used: Callable[[Where], None] | None = None) -> list[LaunchRequest]:
    """The requests of every relevant block, in file order, each read at its place in the file (`empty`: told of each
    block read that holds none, with its place). `scoped` ("markdown", "html"): the file's blocks that run in one
    namespace (block_scope) are read so where a block alone reads no launch, or one whose flow it does not know: after
    the blocks of its scope before it (after_earlier); `used` is told of each earlier block of such a reading that
    gave a launch (what it names is read there: a setup block's URL is no launch missed)."""
    found: list[LaunchRequest] = []
    earlier: dict[str, list[tuple[str, Where]]] = {}
    budget = EARLIER_READS
    if scoped == "html" and rebinds_globals(text):
        scoped = None  # (asked once for the page, not once a script: each script is then read alone)
    for kind, code, at in blocks:
        where = offsets(code, at)
        scope = block_scope(scoped, kind, text, where[0]) if scoped is not None else None
        before = earlier.setdefault(scope, []) if scope is not None else []
        if kind == "shell" or relevant(code) or after_relevant(before, code):
            # (a shell block's credentials are read even where it launches nothing)
            read_here = [moved_to_file(request, where) for request in read(kind, code)]
            if before and budget > 0 and needs_earlier(read_here) and (relevant(code) or after_relevant(before, code)):
                budget -= 1
                joined_code, joined_where = joined([*before, (code, where)])
                again = [moved_to_file(request, joined_where) for request in read(kind, joined_code)]
                taken = after_earlier(read_here, again, where)
                if not taken:
                    read(kind, code)  # (what `empty` is told of is this block's own reading)
                elif taken != read_here and used is not None:
                    for _, earlier_where in before:
                        used(earlier_where)
                read_here = taken
            if not read_here and empty is not None:
                empty(kind, code, where)
            found.extend(read_here)
        if scope is not None:
            before.append((code, where))
    return sorted(found, key=lambda request: request.site)


#: How many blocks (cells) of one file are read again after those before them: each such reading is of the file's
#: blocks up to it (bounded work on hostile input: a file's cost at most this many times its reading's).
EARLIER_READS = 16


def block_scope(scoped: str, kind: str, text: str, start: int) -> str | None:
    """The namespace a block runs in, among a file's: a page's classic `<script>`s share one global scope (a module's,
    `type="module"`, is its own: None); read_blocks asks first whether anything else may bind them (rebinds_globals). A
    README's blocks are no program: a reader may run the setup block then the call block, or only one of two
    alternatives, and a block shown as the wrong way binds names too; which, flowlint cannot know, so each block is
    read as a file of its own (None)."""
    if scoped != "html":
        return None
    opening = text.rfind("<script", 0, start)
    tag = _SCRIPT.match(text, opening) if opening >= 0 else None
    kind_of = _TYPE.search(tag.group(1)) if tag is not None else None
    return None if kind_of is not None and kind_of.group(1).lower() == "module" else "classic"


#: What may bind a page's globals besides its inline scripts' own declarations: an external script (`<script src>`),
#: a write through the global object, `eval`, `document.write`.
_GLOBALS_REBOUND = re.compile(r"(?i)<script\b[^>]*\ssrc\s*=|\b(?:window|globalThis|self|top|parent)\s*(?:\.|\[|\))|\beval\s*\("
                              r"|\bdocument\s*\.\s*write|\bnew\s+Function\s*\(")
#: What may bind a notebook's names besides its cells' Python: IPython's `x = !cmd`, `x = %magic`, `%store -r`, `%run`,
#: `get_ipython()`, `exec`, `globals()`/`vars()` writes, a star import, a `%%` cell magic running other code.
_NAMES_REBOUND = re.compile(r"\w\s*=\s*[!%]|%store\b|%run\b|%%|get_ipython\s*\(|\bexec\s*\(|\bglobals\s*\(|\bvars\s*\("
                            r"|\bimport\s+\*|\bbuiltins\b")


def rebinds_globals(page: str) -> bool:
    """Whether a page may bind its scripts' globals in a way flowlint does not read (_GLOBALS_REBOUND): its classic
    scripts are then read each as a file of its own, not as one program whose earlier binding is known."""
    return _GLOBALS_REBOUND.search(page) is not None


def rebinds_names(notebook: str) -> bool:
    """Whether a notebook may bind its cells' names in a way flowlint does not read (_NAMES_REBOUND: IPython's magics and
    shell captures, exec, globals): its cells are then read each as a file of its own."""
    return _NAMES_REBOUND.search(notebook) is not None


#: What a piece that names no endpoint writes when it may send a launch with names an earlier piece binds: a body's
#: members, a client's posting call, the SDK's launch method.
_SENDS = re.compile(r"(?i)flow_?id|input_?data|\.post\b|\bfetch\s*\(|\brequest\s*\(|post_?flows_?executions")


def after_relevant(before: Sequence[tuple[str, Where]], code: str) -> bool:
    """Whether a piece that names no endpoint may launch with what the pieces before it (of its namespace) name: one of
    them may hold a launch (relevant), and it writes what a launch sends with (_SENDS)."""
    return _SENDS.search(code) is not None and any(relevant(text) for text, _ in before)


def needs_earlier(read_alone: Sequence[LaunchRequest]) -> bool:
    """Whether a piece read alone may be read better after the pieces before it: it reads no launch, or one whose flow
    ID is a name it does not know."""
    return not read_alone or any(flow_not_known(request) for request in read_alone)


def flow_not_known(request: LaunchRequest) -> bool:
    body = request.body
    return isinstance(body, dict) and isinstance(body.get("flowId"), Unknown)


def joined(pieces: Sequence[tuple[str, Where]]) -> tuple[str, list[int]]:
    """Pieces of code that run one after another in one namespace as one text (each piece, then a line break, at the
    offset one past the piece's end), and where each of its characters is in the file (and one past its end)."""
    code: list[str] = []
    where: list[int] = []
    for text, at in pieces:
        code += (text, "\n")
        where.extend(at[:len(text)])
        where.append(at[len(text)])
    where.append(where[-1] if where else 0)
    return "".join(code), where


def after_earlier(alone: list[LaunchRequest], together: list[LaunchRequest], where: Where) -> list[LaunchRequest]:
    """A piece's launches (`where`: its place), read alone and (`together`) after the pieces before it: its own reading's,
    but where that reads none, those the other reads in it; and a launch whose flow it does not know, the other's of
    the same call when that knows it. Only earlier pieces are read before it: no name of a later one is taken, and a
    name two pieces bind (alternatives a README shows) is unknown to the reader, as in one file."""
    start, end = where[0], where[-1]
    here = [request for request in together if start <= request.site[0] < end]
    if not alone:
        return here
    by_site = {request.site: request for request in here}
    return [known if flow_not_known(request) and (known := by_site.get(request.site)) is not None
            and not flow_not_known(known) else request for request in alone]


def offsets(code: str, at: Where | int) -> Where:
    """A block's character offsets in the file (and one past its end), from a Block's third member (a range where it is
    written as it is read: no list of one number per character)."""
    return range(at, at + len(code) + 1) if isinstance(at, int) else at


def code_blocks(text: str, kind: str) -> Iterator[tuple[str, str, Where]]:
    """(language, code, the file offset of each of its characters and one past its end) of every code block of a
    Markdown, HTML or notebook file: where an edit of a launch read in it goes."""
    if kind == "notebook":
        for language, code, where, _ in notebook_pieces(text):
            yield language, code, where
        return
    for language, code, at in markdown_blocks(text) if kind == "markdown" else script_blocks(text):
        yield language, code, offsets(code, at)


def notebook_cells(text: str) -> Iterator[tuple[str, list[int]]]:
    """Each code cell of a Jupyter notebook: its code and the file offset of each of its characters."""
    try:
        notebook = json.loads(text)
    except (ValueError, RecursionError):
        return
    cells = notebook.get("cells") if isinstance(notebook, dict) else None
    if not isinstance(cells, list):
        return
    position = 0
    for cell in cells:
        source = cell.get("source") if isinstance(cell, dict) else None
        if source is None:
            continue
        lines = source if isinstance(source, list) else [source]
        key = text.find('"source"', position)
        if key < 0:
            return
        position = text.find(":", key + 8) + 1
        code: list[str] = []
        where: list[int] = []
        for line in lines:
            start = text.find('"', position)
            found = json_string_at(text, start) if start >= 0 else None
            if found is None or found[0] != line:
                return  # not where the JSON said: stop rather than read a cell at the wrong place
            code.append(found[0])
            where.extend(found[1][:-1])
            position = found[1][-1] + 1
        if cell.get("cell_type") == "code" and code:
            where.append(position - 1)
            yield "".join(code), where


#: A cell IPython runs in a shell: `%%bash`, `%%sh`, `%%script bash` (also zsh), its first line.
_SHELL_CELL = re.compile(r"[ \t]*%%(?:bash|sh|zsh|script[ \t]+(?:/\S*/)?(?:bash|sh|zsh))[ \t]*(?:\n|$)")
#: A cell magic whose cell is still Python (`%%time`, `%%capture out`): the rest of the cell is read as Python.
_PYTHON_CELL = re.compile(r"[ \t]*%%(?:time|timeit|capture|prun)\b[^\n]*(?:\n|$)")
#: Any other cell magic (`%%javascript`, `%%writefile x.py`, `%%html`): its cell is not Python, and not read.
_OTHER_CELL = re.compile(r"[ \t]*%%(\w+)")
#: A line IPython hands to a shell: `!curl …`, `!!curl …`, `out = !curl …`, `%sx curl …`, `%system curl …`.
_SHELL_ESCAPE = re.compile(r"[ \t]*(?:[A-Za-z_]\w*[ \t]*=[ \t]*)?(?:!!?|%(?:sx|system)[ \t]+)")
#: Any other line magic (`%pip install …`, `%env X=1`): not Python.
_LINE_MAGIC = re.compile(r"[ \t]*%")
#: Python that IPython fills into a shell escape before the shell runs it (`{flow_id}`, `{cfg["id"]}`): what the shell
#: is given is not written in the cell. (JSON's own braces open with a quote or a space, never a name.)
_FILLED_IN = re.compile(r"\{[A-Za-z_]")
_FILLED_IN_WHY = "in a notebook shell command whose text IPython fills in from Python values ({…}) before it runs"


def notebook_pieces(text: str) -> Iterator[tuple[str, str, list[int], str]]:
    """Each piece of a notebook's code cells as IPython runs it, in file order: (language, code, where each character
    is in the file and one past its end, why it is not read). A `%%bash` cell is a shell script; in a Python cell, a
    shell escape (`!curl …`) is a shell command and its line is blank in the Python (as other magics' lines are). A
    piece that is not read ("other": another cell magic's cell, a shell escape IPython fills in from Python) says why."""
    for code, where in notebook_cells(text):
        cell = _SHELL_CELL.match(code)
        if cell is not None:
            yield "shell", code[cell.end():], where[cell.end():], ""
            continue
        start = 0
        if (timed := _PYTHON_CELL.match(code)) is not None:
            start = timed.end()
        elif (other := _OTHER_CELL.match(code)) is not None:
            yield "other", code, where, f"in a notebook cell run as %%{other.group(1)}, which flowlint does not read"
            continue
        python = list(code)
        python[:start] = _blank(code[:start])
        shell: list[tuple[int, int]] = []
        lines = code.splitlines(keepends=True)
        position, index = 0, 0
        logical = _LogicalLines()
        while index < len(lines):
            line = lines[index]
            begin, index = position, index + 1
            position += len(line)
            if begin < start:
                continue
            escape = _SHELL_ESCAPE.match(line) if logical.starts() else None
            if escape is None:
                if logical.starts() and _LINE_MAGIC.match(line):
                    python[begin:position] = _blank(line)
                    logical.skip()
                else:
                    logical.scan(line)
                continue
            logical.skip()
            while line.rstrip("\r\n").endswith("\\") and index < len(lines):  # a command continued on the next line
                line = lines[index]
                index += 1
                position += len(line)
            python[begin:position] = _blank(code[begin:position])
            shell.append((begin + escape.end(), position))
        yield "python", "".join(python), where, ""
        for first, end in shell:
            command = code[first:end]
            filled = _FILLED_IN.search(command) is not None
            yield ("other" if filled else "shell", command, [*where[first:end], where[end]], _FILLED_IN_WHY if filled else "")


#: What in a line of Python carries over to the next: a quote opening a string, a comment's `#`, a bracket, a backslash
#: ending the line.
_PY_CARRIED = re.compile(r"'''|\"\"\"|['\"#(\[{)\]}]|\\\r?$")
#: To the end of a string opened by each quote: an escaped character, or the quote.
_STRING_END = {quote: re.compile(r"\\[\s\S]|" + re.escape(quote)) for quote in ("'''", '"""', "'", '"')}


class _LogicalLines:
    """Which lines of a Python cell start a logical line, read in order: IPython reads a shell escape or a line magic
    only there, not on a line inside a triple-quoted string or a bracket, or after a line ending with a backslash (its
    transformers read the cell's tokens by logical line). Each line is scanned once: linear in the cell's length."""

    def __init__(self) -> None:
        self.quote: str | None = None  # the triple quote of a string still open
        self.depth = 0  # brackets still open
        self.continued = False  # the line before ended with a backslash

    def starts(self) -> bool:
        """Whether the next line starts a logical line."""
        return self.quote is None and self.depth == 0 and not self.continued

    def skip(self) -> None:
        """A line taken whole (a shell escape's, a magic's): the next starts a logical line, as this one did."""
        self.continued = False

    def scan(self, line: str) -> None:
        """Read a line of Python."""
        self.continued = False
        at, end = 0, len(line)
        while at < end:
            if self.quote is not None:
                at = self._string_end(line, at, self.quote)
                if at < 0:
                    return  # (the string runs on past this line)
                self.quote = None
                continue
            found = _PY_CARRIED.search(line, at)
            if found is None:
                return
            token, at = found.group(), found.end()
            if token == "#":
                return
            if token.startswith("\\"):
                self.continued = True
                return
            if token in "([{":
                self.depth += 1
            elif token in ")]}":
                self.depth = max(0, self.depth - 1)
            elif len(token) == 3:
                self.quote = token
            else:  # a one-line string: to its closing quote (one not closed on its line: an error, or continued)
                at = self._string_end(line, at, token)
                if at < 0:
                    self.continued = line.rstrip("\r\n").endswith("\\")
                    return

    @staticmethod
    def _string_end(line: str, at: int, quote: str) -> int:
        """Where a string opened by `quote` ends in a line, from `at` (past its closing quote); -1: not on this line."""
        pattern = _STRING_END[quote]
        while (found := pattern.search(line, at)) is not None:
            at = found.end()
            if found.group() == quote:
                return at
        return -1


def _blank(line: str) -> str:
    """A line's characters as spaces, its line breaks kept (the Python around it keeps its lines and offsets)."""
    return "".join(c if c in "\r\n" else " " for c in line)


def moved_to_file(request: LaunchRequest, where: Where) -> LaunchRequest:
    """A request read from a piece of text written in the file character by character (`where`: each one's offset, and
    one past its end), its offsets and its syntax fixes' edits moved to the file."""
    return _edits_moved(relocated(request, where), where)


def _edits_moved(request: LaunchRequest, where: Where) -> LaunchRequest:
    """A relocated request whose syntax fixes' edits (made in the piece of text it was read from) are moved to the file:
    kept where each character they replace sits next to the one before it in the file (no escape, no line's markers or
    indentation between), else the fix is shown only."""
    if not any(finding.fix is not None and finding.fix.edits for finding, _ in request.findings):
        return request
    moved = []
    for finding, span in request.findings:
        fix = finding.fix
        if fix is not None and fix.edits:
            exact = all(0 <= edit.start <= edit.end < len(where)
                        and all(where[k + 1] == where[k] + 1 for k in range(edit.start, edit.end)) for edit in fix.edits)
            fix = replace(fix, edits=tuple(Edit(where[e.start], where[e.start] + e.end - e.start, e.content) for e in fix.edits)) \
                if exact else replace(fix, edits=None, message=f"{fix.message} (shown, not applied: the code is not "
                                                               "written in the file as it is read)")
            finding = replace(finding, fix=fix)
        moved.append((finding, span))
    return replace(request, findings=moved)


def relocated(request: LaunchRequest, where: Where) -> LaunchRequest:
    """A request read from a piece of text, its offsets moved to the file through `where` (one per character)."""
    last = len(where) - 1

    def at(offset: int) -> int:
        return where[max(0, min(offset, last))]

    def span(found: Offsets | None) -> Offsets | None:
        if found is None:
            return None
        start = at(found[0])
        return start, max(start + 1, at(found[1] - 1) + 1) if found[1] > found[0] else start

    def required(found: Offsets) -> Offsets:
        return span(found) or found

    locator: Any = request.body_locator
    if isinstance(locator, TreeSpans):
        locator = TreeSpans({path: (span(key), required(value)) for path, (key, value) in locator.spans.items()},
                            set(locator.shown_only))
    elif isinstance(locator, EmbeddedJson):
        outer = locator.outer
        offsets = [outer + i for i in range(len(locator.text) + 1)] if isinstance(outer, int) else outer
        moved = EmbeddedJson(locator.text, Runs.of(at(o) for o in offsets))  # (kept with the request: runs, not a list)
        moved.locator = locator.locator
        locator = moved
    return replace(
        request, site=required(request.site), method_span=span(request.method_span), body_span=span(request.body_span),
        host_span=span(request.host_span), body_locator=locator,
        url=Text(request.url.parts, span(request.url.span)) if request.url is not None else None,
        headers=[Header(h.name, h.value, span(h.span)) for h in request.headers] if request.headers is not None else None,
        secrets=[required(s) for s in request.secrets], credentials=[(required(s), k) for s, k in request.credentials],
        findings=[(f, span(s)) for f, s in request.findings])
