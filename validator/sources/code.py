"""What JavaScript, TypeScript and Python share: a tree-sitter parse, offsets, scopes and bindings.

tree-sitter, not Python's `ast`: it is error-tolerant, so a half-written file (the one in the
editor, a merge in progress) still yields its launches, and one parser library serves every
language with the same node and offset model.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol, TypeVar

from ..core.codes import LIMIT_EXCEEDED
from ..core.credentials import basic_pair, placeholder_password
from ..core.diagnostics import Finding, Path
from ..core.stop import NODES, checkpoint, wanted
from ..core.unknown import RUN_TIME_TEXT, WRITTEN, Assigned, Computed, OpenObject, Outside, Unknown, UnseenBase
from .doubles import DOUBLE_WORDS, MATCHED_HEADERS
from .kinds import executions_pieces, launch_mention, launch_mentions, names_near_miss, pieced_path
from .model import Header, LaunchRequest, Offsets, Text, TreeSpans, literal_secret, run_time_text, said_twice, written_password
from .urls import launch_url, other_vendor, platform_near_misses, to_endpoint

if TYPE_CHECKING:
    from tree_sitter import Language, Node, Parser, Tree

    from .branches import Branches

_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_T = TypeVar("_T")
#: The most parts and characters a text built of others (`A + B`, an f-string, a template, `.format`, a join) holds
#: before it is unknown: past any URL or header, reached only by repeating one (`A2 = A1 + A1`, over and over).
BUILT_PARTS = 4096
BUILT_CHARS = 65_536
#: The values one launch's reading may read besides one a byte of its file: a body written out never holds more, one built
#: by naming the same object again and again (`b2 = {"a": b1, "b": b1}`, over and over) may hold 4**n; past it, FL005.
VALUES_READ = 16_384
_NESTING = frozenset({"dictionary", "list", "tuple", "object", "array"})  # a level of a body (Python's, JavaScript's)
_TEXT_DEPTH = 20  # the deepest a text is read (names, joins, calls followed): past it, unknown
#: The most levels of the syntax tree a climb from a node to the statement, sequence or function holding it takes: a
#: name mentioned in a body nested as deep as max-depth lets one be by default (200 levels, two nodes each for an
#: object: the object and its member) is still reached; a hostile file nesting deeper costs no more, and a climb cut
#: short finds nothing (the value read through it stays unknown).
_CLIMB = 400
#: A value read from the environment alone, no default (JavaScript's `process.env.X`, `process.env['X']`,
#: `import.meta.env.X`, `Deno.env.get('X')`; Python's `os.environ["X"]`, `os.environ.get("X")`, `os.getenv("X")`,
#: `environ["X"]`): what the deployment sets, nothing the file builds.
_ENVIRONMENT_READ = re.compile(
    r"""(?:process\.env|import\.meta\.env)(?:\.[A-Za-z_$][\w$]*|\[\s*(['"`])[\w.-]+\1\s*\])"""
    r"""|Deno\.env\.get\(\s*(['"])[\w.-]+\2\s*\)"""
    r"""|(?:os\.)?(?:environ\[\s*(['"])[\w.-]+\3\s*\]|environ\.get\(\s*(['"])[\w.-]+\4\s*\)|getenv\(\s*(['"])[\w.-]+\5\s*\))""")
_ENVIRONMENT_READ_LENGTH = 200
#: How many levels above a URL's `executions` piece the URL it builds is looked for (a string, an argument list, a
#: join's call, `.toString()`), and the nodes that end the climb (a statement is no URL).
_PIECE_LEVELS = 5
_STATEMENTS = frozenset({"expression_statement", "assignment", "augmented_assignment", "variable_declarator",
                         "assignment_expression", "return_statement", "keyword_argument", "pair", "block",
                         "statement_block", "module", "program", "lexical_declaration", "variable_declaration"})
#: The followed calls a text is read within: each function's id, and the argument node (id) each parameter is given.
_Frames = tuple[tuple[int, tuple[tuple[str, int | None], ...]], ...]
#: A call of an HTTP client itself (`session.post`, `fetch`, `urllib.request.Request`): when its URL names the endpoint,
#: its launch is read where it is reached (a same-file wrapper's call site), not at the call. `urljoin` builds a URL
#: the readers read where it is sent, as they read a concatenation.
_CLIENT_CALL = re.compile(r"(?:^|\.)(?:post|put|patch|get|delete|head|options|all|use|route|request|fetch|ajax|Request|"
                          r"urlopen|open|\$fetch|ofetch|got|ky|axios|post_flows_executions|postFlowsExecutions|urljoin)$",
                          re.IGNORECASE)
#: The methods that read, never launch, written at a client's call (`method="GET"`): no launch not read to say.
_READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
#: The options of a client's call that send something or choose the method (the body in any of its spellings): a status
#: path's call given one may launch (`fetch(f"…/executions/{id}", method="POST", body=…)`, a flow ID in the path).
_SENT_OPTIONS = frozenset({"method", "body", "json", "data", "content", "files", "form", "payload", "stream"})
#: A test's patch of what it names (`patch.object(ArchitectApi, "post_flows_executions")`, `monkeypatch.setattr(…)`): the
#: SDK's launch method named there is what the test stands in for, no launch.
_PATCHING = re.compile(r"(?:^|\.)(?:patch\.object|patch\.multiple|setattr|create_autospec)$")
#: The same patches as a file holding no launch writes them, `patch(…)` too (`mock.patch`, `mocker.patch`): there no
#: launch is read whose call it could be.
_ANY_PATCHING = re.compile(r"(?:^|\.)(?:patch|patch\.object|patch\.multiple|setattr|create_autospec)$")
#: A call that only says or checks what it is given (a log line, a print, a format, an assertion), never sends it; or
#: one that hands it on to a function it is given (functools.partial, asyncio.to_thread, executor.submit, fn.bind), which
#: the readers follow where the function is called.
_SAYS = re.compile(r"(?:^|\.)(?:log|info|debug|warn|warning|error|exception|critical|trace|print|format|assert\w*|expect|"
                   r"equal|strictEqual|deepEqual|ok|is|write|dump|dumps|stringify|partial|to_thread|run_in_executor|"
                   r"submit|bind|call|apply)$", re.IGNORECASE)
_WORDS = re.compile(rb"\S\s+\S")
_NEWLINE = re.compile(rb"\n")
_INDEXED_SIZE = 16_384  # bytes of a file whose line breaks are found once, for all its fixes' edits
#: What a value is read through unchanged (`(x)`, TypeScript's `x!`, `x as string`).
_READ_AS_IS = frozenset({"parenthesized_expression", "non_null_expression", "as_expression", "satisfies_expression"})
#: Calls that keep or register what they are given, never send it (a cache, a route table, a dict, a list).
_NOT_SENDING = frozenset({"add_url_rule", "add_route", "add_api_route", "route", "set", "setdefault", "dict", "append",
                          "add", "register", "push", "update", "memoize", "put_nowait", "Map", "Set"})
#: Member names common to any HTTP code (`url`, `path`, `endpoint`…, lower-case, no `_`): one bound to the endpoint is
#: read only on what the file binds it on.
_GENERIC_MEMBER = re.compile(r"(?i)url|uri|href|path|endpoint|link|target|address|location|base|baseurl|api|host|route|dest"
                             r"|destination|webhook|hook|callback|next|redirect|redirecturl|u|src")
#: A member's name a note may show (no secret: a name, short).
_MEMBER_NAME = re.compile(r"[A-Za-z_$][\w$]{0,60}")
#: The nodes a mention of the endpoint sits in, up to the argument list of a call it is passed to.
_MENTION_PIECES = frozenset({"string", "string_fragment", "string_content", "string_start", "string_end", "template_string",
                             "template_substitution", "interpolation", "concatenated_string", "binary_expression"})
#: A definition (its name) of the SDK's launch method: an API client, not a launch site.
_DEFINED = re.compile(rb"postFlowsExecutions|post_flows_executions")
_DEFINITIONS = frozenset({"function_declaration", "generator_function_declaration", "method_definition", "method_signature",
                          "abstract_method_signature", "function_signature", "function_definition"})
_FUNCTIONS = frozenset({"function_expression", "function", "arrow_function", "generator_function"})
#: TypeScript's declarations of a type: they declare, never send.
_TYPE_DECLARATIONS = frozenset({"interface_declaration", "type_alias_declaration"})
#: A test's assertion about a call a double received (jest/vitest, sinon, chai-sinon, unittest.mock): it names the
#: endpoint and the body the code under test sends, and sends nothing itself.
_ASSERTIONS = frozenset({
    "toHaveBeenCalledWith", "toBeCalledWith", "toHaveBeenLastCalledWith", "lastCalledWith", "toHaveBeenNthCalledWith",
    "nthCalledWith", "toHaveBeenCalledOnceWith", "calledWith", "calledWithExactly", "calledOnceWith",
    "calledOnceWithExactly", "calledWithMatch", "alwaysCalledWith", "assert_called_with", "assert_called_once_with",
    "assert_any_call", "assert_has_calls", "assert_awaited_with", "assert_awaited_once_with", "assert_any_await",
    "assert_has_awaits"})


@functools.cache
def language(kind: str) -> Language:
    """The grammar for javascript, typescript, tsx, python or hcl (Terraform), loaded once per process."""
    from tree_sitter import Language

    if kind == "hcl":
        import tree_sitter_hcl

        return Language(tree_sitter_hcl.language())
    if kind == "python":
        return Language(_binding("tree_sitter_python").language())
    if kind in ("typescript", "tsx"):
        ts = _binding("tree_sitter_typescript")
        return Language(ts.language_tsx() if kind == "tsx" else ts.language_typescript())
    return Language(_binding("tree_sitter_javascript").language())


def _binding(package: str) -> Any:
    """A grammar package's compiled `_binding` module, loaded without running the package's `__init__`: that imports
    importlib.resources (and with it tempfile, shutil, random, lzma: ~3.4 ms at a run's first launch file) for query
    files flowlint never reads. Registered under its own name, so a later import of the package finds it; where the
    package is not laid out so, it is imported as usual."""
    import importlib
    import sys

    name = f"{package}._binding"
    if name in sys.modules:
        return sys.modules[name]
    try:
        import importlib.machinery
        import importlib.util
        import os

        spec = importlib.machinery.PathFinder.find_spec(package)
        folders = spec.submodule_search_locations if spec is not None else None
        for folder in folders or ():
            for suffix in importlib.machinery.EXTENSION_SUFFIXES:
                path = os.path.join(folder, "_binding" + suffix)
                if os.path.isfile(path):
                    loader = importlib.machinery.ExtensionFileLoader(name, path)
                    module = importlib.util.module_from_spec(importlib.util.spec_from_file_location(name, path, loader=loader)
                                                             or importlib.machinery.ModuleSpec(name, loader, origin=path))
                    loader.exec_module(module)
                    sys.modules[name] = module
                    return module
    except (ImportError, OSError):
        pass
    return importlib.import_module(name)


class Fields:
    """A grammar's field ids by name, found once: `child_by_field_id` with an id is about twice as cheap as
    `child_by_field_name`. A field the grammar lacks is 0, the id no child has (its child is None, as by name)."""

    __slots__ = ("alias", "alternative", "argument", "arguments", "attribute", "body", "condition", "consequence",
                 "constructor", "definition", "finalizer", "function", "index", "key", "left", "module_name", "name", "object",
                 "operator", "optional_chain", "parameter", "parameters", "pattern", "property", "right", "source",
                 "subject", "subscript", "superclasses", "type", "value")
    alias: int
    alternative: int
    argument: int
    arguments: int
    attribute: int
    body: int
    condition: int
    consequence: int
    constructor: int
    definition: int
    finalizer: int
    function: int
    index: int
    key: int
    left: int
    module_name: int
    name: int
    object: int
    operator: int
    optional_chain: int
    parameter: int
    parameters: int
    pattern: int
    property: int
    right: int
    source: int
    subject: int
    subscript: int
    superclasses: int
    type: int
    value: int

    def __init__(self, grammar: Language) -> None:
        for name in self.__slots__:
            setattr(self, name, grammar.field_id_for_name(name) or 0)


@functools.cache
def fields(kind: str) -> Fields:
    """The field ids of the grammar for javascript, typescript, tsx or python."""
    return Fields(language(kind))


#: Each thread's parsers, by kind: a tree-sitter parser is no object two threads may use at once (a parse runs Python
#: callbacks, between which another thread's parse with the same parser crashes the process), and the language
#: server checks documents in several threads.
_THREAD = threading.local()


def parser(kind: str) -> Parser:
    """This thread's parser for javascript, typescript, tsx, python or hcl (one a thread and kind, made on first use).
    Parse with it through budgeted_parse."""
    return _thread_parser(kind, kind)


def _thread_parser(key: str, kind: str) -> Parser:
    made: dict[str, Parser] | None = getattr(_THREAD, "parsers", None)
    if made is None:
        made = _THREAD.parsers = {}
    found = made.get(key)
    if found is None:
        from tree_sitter import Parser

        found = made[key] = Parser(language(kind))
    return found


class ParseBudget(NamedTuple):
    """What tree-sitter may spend on one parse of a text before flowlint stops it (TooCostly): a bound linear in the
    text's size. tree-sitter's own work is superlinear on some hostile texts (a Python line of 3,000 `<!--` takes it
    seconds, a run of backslash-newlines or an HCL line of tabs has its lexer rescan what it read, again and again).

    Two counts bound it: its progress callback's calls (about one each 100 parse operations) and its reads of `chunk`
    bytes (a rescan of text read before is a read again). Normal code takes at most 0.03 steps a byte and 34 reads a
    chunk (6,800 files measured: libraries' Python and JavaScript, minified bundles, HCL, and each of them parsed with
    another language's grammar, all errors); the hostile texts took 15-31 steps a byte or 4,500-11,000 reads a chunk."""

    steps_per_byte: float = 0.125
    steps: int = 2_000  # and this many more, whatever the size
    reads_per_chunk: int = 256
    chunk: int = 4096

    def most_steps(self, size: int) -> int:
        return self.steps + int(size * self.steps_per_byte)

    def most_reads(self, size: int) -> int:
        return self.reads_per_chunk * (size // self.chunk + 2)


#: The budget of every parse (tests give a smaller one).
BUDGET = ParseBudget()


class TooCostly(ValueError):
    """A text whose parse passed its budget (ParseBudget): it was stopped, and nothing of it is read. A ValueError, as
    tree-sitter's own failed parse is: a reader that takes a text it cannot parse for one holding nothing known does so
    with this one too."""

    def __init__(self, size: int, limit: int, what: str, line: int) -> None:
        super().__init__(f"tree-sitter took over {limit:,} {what} {size:,} bytes, stopped near line {line}")
        self.line = line

    @property
    def why(self) -> str:
        """Why a file was not read, as an FL011 note says it."""
        return (f"it is too costly to parse ({self}: hostile or machine-made text can make its work grow faster than "
                "the text), so none of it was read")


class TooLarge(TooCostly):
    """A text too large to parse at all in a language whose syntax tree costs many times the text (tree-sitter's HCL
    grammar keeps ~180 bytes a byte of a long string), or one whose parse ran out of memory: nothing of it is read."""

    def __init__(self, size: int, limit: int, language: str) -> None:
        ValueError.__init__(self, f"{size:,} bytes of {language}, past the {limit:,} flowlint parses")
        self.line = 1
        self.size, self.limit, self.language = size, limit, language

    @property
    def why(self) -> str:
        if self.size <= self.limit:
            return f"its {self.language} parse ran out of memory, so none of it was read"
        return (f"it is {self.size:,} bytes, and flowlint parses {self.language} up to {self.limit:,} bytes (its syntax "
                "tree costs about 200 times the text in memory), so none of it was read")


def _read_buffer() -> bytearray:
    """This thread's one buffer a parse's text is handed to tree-sitter in. tree-sitter's Python binding (0.25, 0.26)
    keeps a reference to each object a read callback returns, forever: a new slice a read leaked every byte parsed
    (4 MB for 200 parses of a 12 KB text); one buffer refilled leaks nothing but its count."""
    found: bytearray | None = getattr(_THREAD, "buffer", None)
    if found is None:
        found = _THREAD.buffer = bytearray()
    return found


def budgeted_parse(parser: Parser, data: bytes, old_tree: Tree | None = None, *, size: int | None = None) -> Tree:
    """The syntax tree of `data` (the bytes, or `size` of them: a parser's included range), or TooCostly when its
    parse passes BUDGET: every tree-sitter parse in flowlint goes through here. The text is given a chunk at a time
    through a read callback (tree-sitter calls back only when given one), so that its reads and progress are counted;
    a stopped parse resets the parser, which is used again. In a check that may be stopped (core/stop.py), the parse
    stops within a few hundred of its operations of the stop (Overtaken)."""
    budget = BUDGET
    size = len(data) if size is None else size
    most_steps, most_reads, chunk = budget.most_steps(size), budget.most_reads(size), budget.chunk
    stop = wanted()
    steps = reads = 0
    at = 0
    parsing = True
    view = memoryview(data)
    buffer = _read_buffer()

    def read(offset: int, _point: tuple[int, int]) -> bytes | bytearray:
        # (an exception raised here ends tree-sitter's parse in a SystemError, and a progress callback is not called
        # while a token is lexed: past the budget, the text ends here, and its tree is never used)
        nonlocal reads, at
        if not parsing:  # (a node's text, read after the parse: the tree keeps this function as its text)
            return data[offset:offset + chunk]
        reads += 1
        if reads > most_reads or (stop is not None and stop.is_set()):
            at = offset
            return b""
        buffer[:] = view[offset:offset + chunk]  # (tree-sitter reads it until its next read: then it is refilled)
        return buffer

    def progress(offset: int, _has_error: bool) -> bool:
        nonlocal steps, at
        steps += 1
        if steps > most_steps or reads > most_reads or (stop is not None and stop.is_set()):
            at = offset
            return True
        return False

    try:
        tree = parser.parse(read, progress_callback=progress) if old_tree is None \
            else parser.parse(read, old_tree, progress_callback=progress)
    except ValueError:  # (tree-sitter's "Parsing failed": the callback cancelled it, or it failed on its own)
        parser.reset()  # (else its next parse, of any text, resumes this one)
        if steps <= most_steps and reads <= most_reads and (stop is None or not stop.is_set()):
            raise
        tree = None
    finally:
        parsing = False
    checkpoint()
    if tree is None or reads > most_reads:
        line = data.count(b"\n", 0, at) + 1
        raise TooCostly(size, most_steps if steps > most_steps else most_reads,
                        "steps on its" if steps > most_steps else "reads of its", line)
    return tree


#: The last few texts parsed, by kind and text: a launch's fixes are written against the tree its extraction read,
#: and an edited text's tree is the one its proof reads; a text too costly to parse, its TooCostly (each reader of it
#: is told so at once). Bounded: a scan of many files keeps only the latest used.
_PARSED: dict[tuple[str, str], tuple[SourceText, Tree] | TooCostly] = {}
_KEPT = 4
#: An edit of a parsed text: that text, and the one edit turning it into this one ([start, end) of it replaced by content).
Edited = tuple[str, int, int, str]


def parsed(kind: str, text: str, edited: Edited | None = None) -> tuple[SourceText, Tree]:
    """A text's byte map and syntax tree, parsed once while it is among the last few parsed; TooCostly when its parse
    passes its budget (budgeted_parse).

    `edited`: the text this one was made from by one edit; when that text's tree is at hand and without syntax
    errors, the new text is parsed incrementally from it, and kept only if it has none either (error recovery may
    differ from a fresh parse's: such a text is parsed afresh, as any reader of the file would).
    """
    key = (kind, text)
    found = _PARSED.pop(key, None)
    if found is not None:
        _PARSED[key] = found  # the most recently used is the last let go
        if isinstance(found, TooCostly):
            raise found.with_traceback(None)
        return found
    source = SourceText(text)
    tree: Tree | None = None
    base = _PARSED.get((kind, edited[0])) if edited is not None else None
    if edited is not None and isinstance(base, tuple) and not base[1].root_node.has_error:
        start_byte, old_end, new_end = edit_bytes(edited, base[0].data)
        old = edited_tree(base[0], base[1], start_byte, old_end, new_end, source.data[start_byte:new_end])
        try:
            tree = parse(kind, source.data, old)
        except TooCostly:
            tree = None  # (parsed afresh: that parse says)
        if tree is not None and tree.root_node.has_error:
            tree = None
    kept: tuple[SourceText, Tree] | TooCostly
    try:
        kept = source, tree if tree is not None else parse(kind, source.data)
    except TooCostly as err:
        kept = err
    keep(_PARSED, key, kept)
    if isinstance(kept, TooCostly):
        raise kept
    return kept


_K = TypeVar("_K")
_V = TypeVar("_V")


def keep(kept: dict[_K, _V], key: _K, value: _V, most: int = _KEPT) -> None:
    """Put a parse in a cache of the last `most` (the oldest let go first; the language server's threads share one)."""
    for gone in list(kept)[:max(len(kept) - most + 1, 0)]:
        kept.pop(gone, None)  # (another thread's check may have let it go first)
    kept[key] = value


def parsed_on(kind: str, source: SourceText, start_byte: int, end_byte: int, start_point: tuple[int, int]) -> Tree:
    """[start_byte, end_byte) of a text parsed alone, as if nothing else were written (tree-sitter's included range):
    its nodes at their offsets in the whole text, in a time of the range's size, not the text's (`start_point`: the
    range's start as tree-sitter counts it, from a parse of the text it was made from). A parser of its own (this
    thread's), so the shared one always reads whole texts."""
    from tree_sitter import Range

    ranged = _thread_parser(f"{kind} ranged", kind)
    ranged.included_ranges = [Range(start_point, end_point(start_point, source.data[start_byte:end_byte]),
                                    start_byte, end_byte)]
    return budgeted_parse(ranged, source.data, size=end_byte - start_byte)


def same_nodes(first: Node, second: Node) -> bool:
    """Whether two subtrees are made of the same nodes, in the same order: each of the same type, at the same place,
    named or not, missing (an error's stand-in) or not."""
    for one, other in itertools.zip_longest(walk(first), walk(second)):
        if one is None or other is None or one.kind_id != other.kind_id or one.start_byte != other.start_byte \
                or one.end_byte != other.end_byte or one.is_named != other.is_named or one.is_missing != other.is_missing:
            return False
    return True


def parse(kind: str, data: bytes, old: Tree | None = None) -> Tree:
    """A text's syntax tree (budgeted_parse: TooCostly past its budget; in a check that may be stopped, Overtaken
    within a few hundred parse operations of the stop)."""
    return budgeted_parse(parser(kind), data, old)


def edited_tree(source: SourceText, tree: Tree, start_byte: int, old_end: int, new_end: int, added: bytes) -> Tree:
    """A copy of a text's tree told of one edit of it ([start_byte, old_end) of `source` replaced by the bytes `added`,
    which end at new_end): what an incremental parse of the edited text starts from, and what tree-sitter's changed
    ranges compare with the edited text's own tree."""
    edited = tree.copy()
    start_point = source.point(start_byte)
    edited.edit(start_byte, old_end, new_end, start_point, source.point(old_end), end_point(start_point, added))
    return edited


def edit_bytes(edited: Edited, old_data: bytes) -> tuple[int, int, int]:
    """An edit's start, old end and new end as byte offsets (what tree-sitter is told), given the old text's bytes."""
    old_text, start, end, content = edited
    if len(old_data) == len(old_text):  # ASCII: a character is a byte (no copy of the text to measure it)
        start_byte, old_end = start, end
    else:
        start_byte = len(old_text[:start].encode("utf-8", "surrogatepass"))
        old_end = start_byte + len(old_text[start:end].encode("utf-8", "surrogatepass"))
    return start_byte, old_end, start_byte + len(content.encode("utf-8", "surrogatepass"))


def end_point(start: tuple[int, int], added: bytes) -> tuple[int, int]:
    """tree-sitter's (row, byte column) where the bytes `added` at `start` end: found from them, not by counting the
    new text's lines again."""
    rows = added.count(b"\n")
    return (start[0] + rows, len(added) - added.rfind(b"\n") - 1) if rows else (start[0], start[1] + len(added))


@functools.cache
def _kind_ids(kind: str, types: frozenset[str]) -> frozenset[int]:
    """The grammar's ids of these named node types (a type it lacks, as `enum` in JavaScript, has none)."""
    grammar = language(kind)
    return frozenset(found for found in (grammar.id_for_node_kind(t, True) for t in types) if found)


def _not_in_launch_headers(credentials: list[tuple[Offsets, str]], launches: list[LaunchRequest]) -> list[tuple[Offsets, str]]:
    """The credentials but a Basic credential written in a launch's own Authorization header that holds a literal
    token: the request rules say that header (FL305 at it), once."""
    from .sign_in import BASIC_BESIDE_SAID

    if not any(said == BASIC_BESIDE_SAID for _, said in credentials):
        return credentials
    said = [header.span for request in launches for header in request.headers or ()
            if header.span is not None and header.name.lower() == "authorization" and isinstance(header.value, Text)
            and literal_secret(header.value.value.strip().partition(" ")[2].strip() if header.value.value else None)]
    return [(where, kind) for where, kind in credentials
            if kind != BASIC_BESIDE_SAID or not any(start <= where[0] and where[1] <= end for start, end in said)]


#: The word a Basic credential's scheme is written with, in any case, or what writes its pair apart: a client's basic
#: auth (`auth=(…)`, `HTTPBasicAuth(…)`, `{username, password}`), its encoding (`b64encode(…)`, `Buffer.from(…)`,
#: `btoa(…)`) (a file's bytes searched before its strings are).
_BASIC_WORD = re.compile(rb"(?i)basic|auth[ \t]*=|Auth\(|b64encode|encodebytes|Buffer\.from|btoa|username")
#: A string that is base64 alone; _PAIR: what it must decode to, to be a Basic credential's `client_id:client_secret`.
_BASE64_ALONE = re.compile(r"(?:[A-Za-z0-9+/]{4}){4,}(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?")
_PAIR = re.compile(r"[\w.@-]{3,}:[!-~]+")


def _encoded_pair(text: str) -> str | None:
    """The password of the `id:secret` pair a string written as base64 alone encodes (a Basic credential kept apart
    from its scheme, `"Basic " + CREDS`), or None when it is no such pair (printable ASCII, an ID-like user)."""
    if len(text) > 4096 or _BASE64_ALONE.fullmatch(text) is None:
        return None
    decoded = basic_pair(text)
    if decoded is None or not decoded.isascii() or _PAIR.fullmatch(decoded) is None:
        return None
    return decoded.partition(":")[2]
#: The calls given a user name and password as two arguments (requests' HTTPBasicAuth, httpx's and aiohttp's
#: BasicAuth, a DigestAuth or ProxyAuth: what core.credentials masks), and those that encode `user:password` to base64.
_AUTH_PAIR_CALLS = re.compile(r"(?:HTTP)?(?:Basic|Digest|Proxy)Auth")
_ENCODING_CALLS = frozenset({"btoa", "b64encode", "standard_b64encode", "urlsafe_b64encode", "encodebytes"})


def parent_of(node: Node) -> Node | None:
    """A node's parent. Costly: tree-sitter finds it by walking down from the root (time grows with the node's
    depth), so a reader asks it of a few nodes, never of every node of a nest (tests count the calls)."""
    return node.parent


#: The calls whose arguments describe a request a test double matches or expects, by a name of the callee: the last
#: (`matchHeader`, `header_matcher`, jest's matchers) or the chain's first (`nock`, `respx`, `expect`, a mock): a name
#: of sources.doubles' table, or one holding a mock's, a stub's or a matcher's word, in any case.
_DOUBLE_CALLS = re.compile(r"(?i:mock|sinon|stub|matcher|matchheader|%s)" % "|".join(DOUBLE_WORDS)
                           + r"|^expect$|^objectContaining$|^to[A-Z]\w*$|^assert_\w*called\w*$|^assert_any_call$")


def chain_root(node: Node, links: frozenset[str], fields: Fields, known: dict[int, Node]) -> Node:
    """The node a chain of calls and members (`links`: their node types) starts from (`nock` in nock(base).post(…)),
    each node walked kept in `known`: the calls of one chain, each asked, walk it once in all (linear, not quadratic,
    in its length)."""
    walked: list[int] = []
    while node.id not in known and node.type in links and node.named_children:
        walked.append(node.id)
        node = node.child_by_field_id(fields.object) or node.child_by_field_id(fields.function) or node.named_children[0]
    root = known.get(node.id, node)
    for each in walked:
        known[each] = root
    return root


def nodes_of(kind: str, root: Node, types: frozenset[str]) -> list[Node]:
    """Every node of these types at or below root, in document order (a node before those inside it).

    A cursor walk, not a tree-sitter query: a query costs as much to run, and compiling one costs 6-8 ms per
    grammar in every process (more than reading a hundred small launch files)."""
    ids = _kind_ids(kind, types)
    found: list[Node] = []
    if not ids:
        return found
    cursor = root.walk()
    first_child, next_sibling, parent = cursor.goto_first_child, cursor.goto_next_sibling, cursor.goto_parent
    leaves = NODES  # (a check's stop looked at every NODES leaves: a 20 MB file has millions of nodes)
    while True:
        node = cursor.node
        if node is not None and node.kind_id in ids and node.is_named:
            found.append(node)
        if first_child():
            continue
        leaves -= 1
        if not leaves:
            leaves = NODES
            checkpoint()
        while not next_sibling():
            if not parent():
                return found


class NotIndexed(Exception):
    """A reader made without its index (`indexed=False`) was asked what only the index knows (a name's binding)."""


class Unindexed:
    """The bindings of a reader made without its index: any question raises NotIndexed, so a reading that needs them
    is given up (and done by a full reader), never answered as if the file bound nothing."""

    def __getattr__(self, name: str) -> Any:
        raise NotIndexed(name)


class SourceText:
    """A file's text and its UTF-8 bytes (what tree-sitter reads), with byte offsets mapped to characters."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.data = text.encode("utf-8", "surrogatepass")
        self.ascii = len(self.data) == len(text)  # a byte offset is a character offset: a node's text is a slice of text
        self._byte_ends: list[int] = []  # byte offset just past each non-ASCII character
        self._extra: list[int] = []  # bytes beyond one per character, up to and including it
        self._line_ends: list[int] | None = None  # byte offset of each line break, once asked for
        if len(self.data) != len(text):
            extra = 0
            for match in _NON_ASCII.finditer(text):
                width = len(match.group().encode("utf-8", "surrogatepass"))
                extra += width - 1
                self._byte_ends.append(match.start() + extra + 1)
                self._extra.append(extra)

    def point(self, byte: int) -> tuple[int, int]:
        """tree-sitter's (row, byte column) of a byte offset: the file's line starts found once, for all its fixes' edits."""
        if self._line_ends is None:
            if len(self.data) < _INDEXED_SIZE:  # a small file: counted where asked, cheaper than finding every line
                return self.data.count(b"\n", 0, byte), byte - (self.data.rfind(b"\n", 0, byte) + 1)
            self._line_ends = [match.start() for match in _NEWLINE.finditer(self.data)]
        row = bisect.bisect_left(self._line_ends, byte)
        return row, byte - (self._line_ends[row - 1] + 1 if row else 0)

    def byte_offsets(self, chars: list[int]) -> dict[int, int]:
        """The byte offset of each character offset (ascending), encoding the text between them once: linear in the
        file however many offsets are asked."""
        if self.ascii:
            return {char: char for char in chars}
        found: dict[int, int] = {}
        at = byte = 0
        for char in chars:
            byte += len(self.text[at:char].encode("utf-8", "surrogatepass"))
            at = char
            found[char] = byte
        return found

    def char(self, byte: int) -> int:
        """The character offset of a byte offset."""
        if not self._byte_ends:
            return byte
        k = bisect.bisect_right(self._byte_ends, byte)
        return byte - (self._extra[k - 1] if k else 0)

    def offsets(self, node: Node) -> Offsets:
        return self.char(node.start_byte), self.char(node.end_byte)

    def source(self, node: Node, limit: int = 60) -> str:
        """The node's text as written, shortened for messages."""
        text = self.data[node.start_byte:node.end_byte].decode("utf-8", "replace")
        text = " ".join(text.split())
        return text if len(text) <= limit else text[: limit - 1] + "…"

    def raw(self, node: Node) -> str:
        if self.ascii:  # the readers' most frequent call: a slice of the text, no bytes decoded
            return self.text[node.start_byte:node.end_byte]
        return self.data[node.start_byte:node.end_byte].decode("utf-8", "surrogatepass")


def ancestors(node: Node) -> Iterator[Node]:
    """The nodes above a node, nearest first."""
    above = node.parent
    while above is not None:
        yield above
        above = above.parent


def walk(root: Node) -> Iterator[Node]:
    """Every node below root, in document order, without recursion (files can nest deeply)."""
    cursor = root.walk()
    while True:
        node = cursor.node
        if node is not None:
            yield node
        if cursor.goto_first_child():
            continue
        while not cursor.goto_next_sibling():
            if not cursor.goto_parent():
                return


class Change(NamedTuple):
    """A member given (`value`, written at `key`; None: a value not known) or removed (`removed`) by the node `at`,
    after the object was bound."""

    path: tuple[str, ...]
    removed: bool
    at: Node
    value: Node | None = None
    key: Node | None = None


class Bindings:
    """Names bound in a file, by the scope that binds them, for `nearest binding in scope` look-ups.

    A name is known only when its nearest scope binds it exactly once, to a value, and nothing
    assigns to it (or to a member of it) anywhere in the file. A body only given members later
    (`body.flowVersion = v`, `body.update({...})`) is still known as a value: written part known,
    each change (`added`) read by the reader where the body is sent (CodeReader.bound_value).
    """

    def __init__(self, scope_types: frozenset[str], hidden: frozenset[str] = frozenset()) -> None:
        self.scope_types = scope_types
        self.hidden = hidden  # scopes seen only from their own body (Python's class body: not from its methods)
        self.bound: dict[tuple[int, str], list[Node | None]] = {}
        self._names: set[str] = set()  # every name bound in some scope: any other is looked up without a walk
        #: Changes, by the binding they change (its scope's id and the name): settled once every binding is known.
        self._changes: list[tuple[str, Node, Change | None]] = []
        self._mutated: set[tuple[int, str]] = set()  # any change: not known as options, headers or a URL
        self._changed: set[tuple[int, str]] = set()  # a change other than a member added: not known as a value either
        #: The members given or removed later, in the order written.
        self._added: dict[tuple[int, str], list[Change]] = {}
        #: Where each binding is written after it is made (any change: a member given or removed, a reassignment…).
        self._written: dict[tuple[int, str], list[Node]] = {}
        #: A node's id -> the nearest scope strictly above it (None: none), for every node climbed through once: a
        #: tree-sitter `.parent` searches down from the root, and every binding and look-up climbs to its scope.
        self._above: dict[int, Node | None] = {}

    def mutate(self, name: str, at: Node) -> None:
        """The binding of `name` seen at `at` is changed (reassigned, a member changed or removed…)."""
        self._changes.append((name, at, None))

    def add_member(self, name: str, path: tuple[str, ...], at: Node, value: Node | None = None,
                   key: Node | None = None) -> None:
        """`name.<path> = value` (`key`: where the last key is written): the member at `path` is given a value (None:
        one not known here, as `setdefault` may give or not)."""
        self._changes.append((name, at, Change(path, False, at, value, key)))

    def remove_member(self, name: str, path: tuple[str, ...], at: Node) -> None:
        """`delete name.<path>`, `del name[…]`, `name.pop(…)`: the member at `path` is taken out."""
        self._changes.append((name, at, Change(path, True, at)))

    def _settle(self) -> None:
        for name, at, change in self._changes:
            key = self.key(name, at)
            self._mutated.add(key)
            self._written.setdefault(key, []).append(at)
            if change is None:
                self._changed.add(key)
            else:
                self._added.setdefault(key, []).append(change)
        self._changes.clear()

    def bind(self, scope: Node, name: str, value: Node | None) -> None:
        self.bound.setdefault((scope.id, name), []).append(value)
        self._names.add(name)

    def scope_of(self, node: Node) -> Node:
        scope = self._scope_above(node)
        return scope if scope is not None else node

    def _scope_above(self, node: Node) -> Node | None:
        """The nearest scope strictly above a node (None: none), remembered for each node the climb passes."""
        above = self._above
        if node.id in above:
            return above[node.id]
        climbed = [node.id]
        scope = node.parent
        while scope is not None and scope.type not in self.scope_types:
            if scope.id in above:  # a node climbed through before: the same scope is above both
                scope = above[scope.id]
                break
            climbed.append(scope.id)
            scope = scope.parent
        for passed in climbed:
            above[passed] = scope
        return scope

    def key(self, name: str, at: Node) -> tuple[int, str]:
        """The binding a name means at a place: its scope's id (-1: none in the file) and the name."""
        scope = self.binder(name, at)
        return (scope.id if scope is not None else -1), name

    def is_changed(self, name: str, at: Node, *, as_value: bool = False) -> bool:
        """Whether the binding seen here changes after it is written (`as_value`: other than by members added)."""
        if self._changes:
            self._settle()
        return self.key(name, at) in (self._changed if as_value else self._mutated)

    def written_at(self, name: str, at: Node) -> list[Node]:
        """Where the binding a name means here is written after it is made (its members, a mutating call…)."""
        if self._changes:
            self._settle()
        return self._written.get(self.key(name, at), [])

    def added(self, name: str, at: Node) -> list[Change]:
        if self._changes:
            self._settle()
        return self._added.get(self.key(name, at), [])

    def binder(self, name: str, at: Node) -> Node | None:
        """The scope whose binding of the name is seen at a place."""
        if name not in self._names:
            return None  # bound nowhere in the file (`fetch`, `JSON`, a global): no scope to walk up to
        scope = at if at.type in self.scope_types else self._scope_above(at)
        innermost = True
        while scope is not None:  # the scopes around `at`, innermost first
            if (scope.id, name) in self.bound and (innermost or scope.type not in self.hidden):
                return scope
            innermost = False
            scope = self._scope_above(scope)
        return None

    def resolve(self, name: str, at: Node, *, as_value: bool = False, as_made: bool = False) -> Node | None:
        """The value node a name is bound to at a place, when it is known (`as_value`: members added later allowed;
        `as_made`: whatever is done to it later, for what made it)."""
        scope = self.binder(name, at)  # one walk up the scopes, for the binding and whether it changes
        if scope is None:
            return None
        if not as_made:
            if self._changes:
                self._settle()
            if (scope.id, name) in (self._changed if as_value else self._mutated):
                return None
        values = self.bound[(scope.id, name)]
        return values[0] if len(values) == 1 else None


#: What a part of an object is written as (`body["x"]`, `body.x`, `body.get("x")`), in Python and JavaScript.
_PARTS = frozenset({"subscript", "attribute", "call", "member_expression", "subscript_expression"})

#: A value read from the environment, as a fallback's left side is written (`process.env.X || …`, `os.environ.get("X",
#: …)`, `os.getenv("X") or …`, `import.meta.env.X ?? …`, Deno's `Deno.env.get("X") ?? …`).
_ENVIRONMENT_FALLBACK = re.compile(r"\s*(?:process\s*\.\s*env\b|import\s*\.\s*meta\s*\.\s*env\b|Deno\s*\.\s*env\s*\.\s*get\s*\("
                                   r"|(?:os\s*\.\s*)?(?:environ\s*(?:\.\s*get\s*\(|\[)|getenv\s*\())")

#: The most items of a list literal a loop is read for, each a launch of the call in it (more: the body is not known).
MAX_LOOP_ITEMS = 32
#: The most nodes of a loop's body looked through for a jump (a bigger body: its items are not read).
_LOOP_BODY_NODES = 2_000
#: Items that spread another list into a list literal (Python's `*rest`, JavaScript's `...rest`).
_SPREAD_ITEMS = frozenset({"list_splat", "parenthesized_list_splat", "spread_element"})
#: What may leave a use out of a turn of its loop: a condition (Python's and JavaScript's forms).
_CHOOSING = frozenset({"if_statement", "elif_clause", "else_clause", "conditional_expression", "ternary_expression",
                       "boolean_operator", "binary_expression", "match_statement", "case_clause", "switch_statement",
                       "while_statement", "try_statement", "except_clause", "catch_clause"})

#: The statements and clauses of an `if` or a `match` a branch's statements are nested in (Python's and JavaScript's).
_BRANCHES = frozenset({"if_statement", "else_clause", "elif_clause", "match_statement", "case_clause"})
#: How deep in such branches a change may be written and still be read as one of them.
_BRANCH_DEPTH = 24

#: Statements that leave a branch (besides a language's jump_types: `break`, `continue`, `return`).
_LEAVING = frozenset({"throw_statement", "raise_statement"})


def _empty(value: Any) -> bool:
    """Whether a value read is empty, as a guard testing it may rule out: None (null), "", false, 0, [], {}."""
    return value is None or value is False or (isinstance(value, (str, list, dict)) and not value) \
        or (type(value) in (int, float) and value == 0)


#: A member straight-line code removes (or, in JavaScript, sets to undefined: JSON.stringify leaves it out).
_REMOVED: Any = object()


class ChangedObject:
    """An object as a run of changes leaves it (`assign`, `open`, in the order the code makes them), the value it
    started from never changed. Each object on a change's path is copied the first time a change reaches it and changed
    in place after that: a body given N members one statement at a time costs work in proportion to the changes' paths,
    not a copy of every object on the path for each change (N copies of a growing `inputData`)."""

    def __init__(self, value: Any) -> None:
        self.value = value
        self._copies: dict[int, dict[str, Any]] = {}  # by id; held here, so no other object can take a copy's id

    def maybe(self, path: tuple[str, ...], member: Any) -> bool:
        """The member at `path` given `member` on some paths only: its object open, the member there with that value
        when the object is known and holds no member of that key yet (True); False otherwise (left as it was)."""
        holder = self._holder(path, opened=True)
        if holder is None or path[-1] in holder:
            return False
        holder[path[-1]] = member
        return True

    def assign(self, path: tuple[str, ...], member: Any) -> None:
        """The member at `path` set to `member` (or taken out: `_REMOVED`), as a statement certainly run before the send
        does; nothing changed when what holds that member is not known to be there."""
        holder = self._holder(path, opened=False)
        if holder is None:
            return
        if member is _REMOVED:
            holder.pop(path[-1], None)
        else:
            holder[path[-1]] = member

    def open(self, path: tuple[str, ...], removed: bool = False) -> None:
        """The member at `path` possible: its object open, its written value (if any) unknown; or (`removed`) left out
        of what is known, since it may be absent."""
        holder = self._holder(path, opened=True)
        if holder is None:
            return
        if removed:
            holder.pop(path[-1], None)
        elif path[-1] in holder:
            holder[path[-1]] = Unknown(path[-1])

    def _holder(self, path: tuple[str, ...], *, opened: bool) -> dict[str, Any] | None:
        """The object holding the member at `path`, as a copy of this run's (an OpenObject when `opened`), with every
        object above it; None (above it copied all the same) when one of them is not known to be an object there."""
        if not isinstance(self.value, dict) or not path:
            return None
        holder = self.value = self._own(self.value, opened and len(path) == 1)
        for depth, key in enumerate(path[:-1], 2):
            below = holder.get(key)
            if not isinstance(below, dict):
                return None
            below = holder[key] = self._own(below, opened and depth == len(path))
            holder = below
        return holder

    def _own(self, value: dict[str, Any], opened: bool) -> dict[str, Any]:
        """`value` itself when it is a copy of this run's (of the kind wanted), else a copy of it (an OpenObject when
        `opened`, else of its own kind)."""
        kind = OpenObject if opened else type(value)
        if id(value) in self._copies and type(value) is kind:
            return value
        copy = kind(value)
        self._copies[id(copy)] = copy
        return copy


def serialized_unknown(path: Path, source: str) -> Any:
    """`JSON.stringify(x)` / `json.dumps(x)` of a value not known: under `inputData` a string of unknown content (a
    type check judges it: FL105, FL204); in the envelope simply unknown (model.run_time_text)."""
    return run_time_text(path, RUN_TIME_TEXT, source)


def _moved(request: LaunchRequest, inside: Offsets, to: Offsets, own: LaunchRequest | None = None,
           text: str = "") -> LaunchRequest:
    """A launch found inside a followed function, its request places there moved to the call (its body's members
    stay where they are written: in the caller when passed in). A URL, method or header the function writes whatever
    it is given (the same when read without the call: `own`; a method spelt where it is, `requests.get`, `method:
    'PUT'`) stays where it is written: said once there, where a suppression of it is written, not at every call."""

    def moved(span: Offsets | None) -> Offsets | None:
        return to if span is not None and inside[0] <= span[0] and span[1] <= inside[1] else span

    request.sent_through, request.site = (*request.sent_through, request.site), to
    body = request.body_span
    if request.headers is not None and body is not None and inside[0] <= body[0] and body[1] <= inside[1] \
            and all(h.span is not None and inside[0] <= h.span[0] and h.span[1] <= inside[1] for h in request.headers):
        # The function writes its headers' names itself (none passed in): a Content-Type it lacks, it lacks at every
        # call; said where it sends the body, once
        request.headers_at = request.headers_at or body
    if not (_spelt_at(text, request.method_span, request.method)
            or (own is not None and own.method == request.method and own.method_span == request.method_span)):
        request.method_span = moved(request.method_span)
    request.body_span = moved(request.body_span)
    if request.url is not None and not (own is not None and _written_alike(own.url, request.url)):
        request.url = Text(request.url.parts, moved(request.url.span))
    if request.headers:
        written = {(h.name, h.span): h.value for h in own.headers or ()} if own is not None else {}
        request.headers = [h if _written_alike(written.get((h.name, h.span)), h.value) else
                           Header(h.name, h.value, moved(h.span)) for h in request.headers]
    return request


def _spelt_at(text: str, span: Offsets | None, method: str | Unknown) -> bool:
    """Whether the text at `span` is the method's own name, as written (`get`, `'PUT'`): it is the same at every call."""
    return span is not None and isinstance(method, str) and bool(method) \
        and text[span[0]:span[1]].strip("'\"`").lower() == method.lower()


def _written_alike(own: Text | Unknown | None, given: Text | Unknown | None) -> bool:
    """Whether a text the function writes is known, and the same, without the call's arguments: it does not depend
    on them."""
    return (isinstance(own, Text) and isinstance(given, Text) and own.value is not None and own.parts == given.parts
            and own.span == given.span)


def url_joined(base: Text | Unknown, ref: Text | Unknown, span: Offsets) -> Text | Unknown:
    """`new URL(ref, base)`, `urljoin(base, ref)`: an absolute ref as is; `//host/path` on the base's scheme; `/path` on
    the base's origin; else the ref after the base's last `/` (an unknown base stays an unknown part before the ref)."""
    if not isinstance(ref, Text):
        return ref
    prefix = ref.known_prefix()
    if "://" in prefix:
        return Text(ref.parts, span)
    known = base.value if isinstance(base, Text) else None
    if prefix.startswith("//"):  # a network-path reference: another host, on the base's scheme
        scheme = re.match(r"[A-Za-z][A-Za-z0-9+.-]*:", known or "")
        return Text((scheme.group() if scheme else Unknown("scheme"), *ref.parts), span)
    if known is None:
        return Text((base if isinstance(base, Unknown) else UnseenBase("base"), *(() if prefix.startswith("/") else ("/",)),
                     *ref.parts), span)
    origin = re.match(r"[A-Za-z][A-Za-z0-9+.-]*://[^/?#]*", known)
    if prefix.startswith("/"):
        return Text((origin.group() if origin else known, *ref.parts), span)
    head = known[:known.rfind("/") + 1] if origin and len(known) > origin.end() else known.rstrip("/") + "/"
    return Text((head, *ref.parts), span)


def json_number(text: str) -> Any:
    """A numeric literal as JSON would carry it, or None when it is not a plain number."""
    cleaned = text.replace("_", "")
    try:
        return int(cleaned, 0)
    except ValueError:
        pass
    try:
        number = float(cleaned)
    except ValueError:
        return None
    return number if number == number and abs(number) != float("inf") else None



def maybe_changed(value: Any) -> Any:
    """An object handed to code that may change it in place (`normalize(body)`): its members as written, each value
    not known (nested objects opened the same way), and open to more members."""
    if isinstance(value, dict):
        return OpenObject({name: maybe_changed(member) for name, member in value.items()})
    return Unknown()


def another_apis_path(data: bytes, start: int) -> bool:
    """Whether the `flows/executions` written at `start` is a path of another API whatever its base: a segment other
    than Genesys Cloud's `v2` written just before it (`${API}/api/flows/executions`, `'/v1/flows/executions'`) in a URL
    whose host is not written (one written names it: `https://host/…` is said by its host) and not after a hole
    (`${base}/flows/executions` may be the endpoint)."""
    if not data.startswith(b"flows/", start) or data[start - 1:start] != b"/":
        return False
    first = start - 1
    while first > max(0, start - 80) and (data[first - 1:first].isalnum() or data[first - 1:first] in (b"_", b".", b"~", b"-")):
        first -= 1
    segment, before = data[first:start - 1], data[first - 1:first] if first > 0 else b""
    if not segment or segment.lower() == b"v2":
        return False
    token = re.split(rb"[\s'\"`]", data[max(0, first - 400):first])[-1]
    if b"//" in token:
        return False  # a URL with its host written: named by its host (another product's) or judged as Genesys Cloud's
    return before == b"/" or before in (b"'", b'"', b"`")


def _definition_name(node: Node, fields: Fields) -> Node | None:
    """The name a definition gives a function (a declaration's or method's, `x.name = function…`, `name: () => …`), or
    a TypeScript type (`interface postFlowsExecutionsOptions`, as SDK typings declare the launch method's options)."""
    if node.type in _DEFINITIONS or node.type in _TYPE_DECLARATIONS:
        return node.child_by_field_id(fields.name)
    if node.type == "assignment_expression" and (node.child_by_field_id(fields.right) or node).type in _FUNCTIONS:
        return node.child_by_field_id(fields.left)
    if node.type == "pair" and (node.child_by_field_id(fields.value) or node).type in _FUNCTIONS:
        return node.child_by_field_id(fields.key)
    return None

#: Among the keys a helper handed a body may write (HandOffsLike.keys_written): one not written literally (`body.pop(
#: name)`, `.clear()`), so any of them. (No JSON key a launch body holds is written so.)
EVERY_KEY = "\ufffe(any key)"

#: How much of what the calls a body is handed to may do to its keys was read (HandOffsLike.keys_written; the worst of
#: several wins): every change (the keys written are known); all but a hand-off to code flowlint does not follow at all
#: (an import, a library function: the body keeps its own members' names, by a documented decision); or not (a followed
#: function changes it in a way not understood, `b.clear()`, `b.rename(…)`: any key may be rewritten, none is judged).
KEYS_ALL_READ, KEYS_HANDED_AWAY, KEYS_NOT_READ = 0, 1, 2


class KeysNotRead(OpenObject):
    """A body none of whose keys is known: a followed function it is handed to may rename or remove any (its FL011 note
    says where, as for values given up, not the note of a body built where flowlint cannot follow it)."""


class HandOffsLike(Protocol):
    """What the readers ask of handoff.HandOffs (it imports this module: a protocol here, not an import)."""

    def changes(self, call: Node, argument: Node, whole: bool) -> str | None: ...

    def keys_written(self, call: Node, argument: Node, whole: bool) -> tuple[frozenset[str], int]: ...

    def own(self, callee: Node) -> bool: ...


#: A reading that answers for a node before the reader reads it (CodeReader.answers): the node's value, READ_ON for the
#: reader's own reading of it, or NotIndexed raised to give the whole reading up.
Answers = Callable[["Node", Path, TreeSpans, "Offsets | None", int], Any]
READ_ON = object()


class CodeReader:
    """What reading launches from code is, whatever the language: every call is asked whether it is a launch,
    and a value (URL, method, header) is walked into known and unknown parts.

    A reader names its language's pieces: its call nodes (`call_types`), how a call is a launch, how a node
    unwraps, what a name is bound to, its string forms (`literal_text`) and its `+` (`is_plus`).
    """

    source: SourceText
    root: Node
    bindings: Bindings
    #: Asked first of every value read (None: nothing is): an edit's local proof answers for the members its edit left
    #: (code_editor.local_body) on a reader made without its index.
    answers: Answers | None = None
    nodes: list[Node]
    call_types: frozenset[str]
    fields: Fields  # the grammar's field ids
    name_types: frozenset[str] = frozenset({"identifier"})  # nodes that are a bound name (JS: `{ body }` too)
    held_types: frozenset[str] = frozenset()  # literals whose items a loop takes in turn (JS: an array)
    object_types: frozenset[str] = frozenset({"dictionary"})  # an object literal (JS: `object`)
    nothing_types: frozenset[str] = frozenset()  # literals a spread adds nothing from (JS: `null`, `undefined`)
    #: Names handed to functions not known to only read them (`fill(body)`, `validate(body["inputData"])`), each with
    #: where, the argument holding it (as written) and the call: the binding it means there is looked up once every
    #: binding is known, so that a name passed in one function leaves another's alone; whether the call may change it,
    #: only when its value is read (`hand_offs`).
    escapes: list[tuple[str, Node, Node, Node]]
    #: Names stored where other code may reach them (placed in a literal, assigned to an attribute or a subscript, a
    #: default argument): each with where. Open from there, except at that very place (the literal being read).
    stored: list[tuple[str, Node]]
    #: The keys writes anywhere in the file may take out of what they write (`delete v.x`, `v.x = undefined`, `del
    #: d["x"]`, `d.pop("x")`: True) or give a new value (`v.inputData = {}`: False), whatever they write through: a
    #: stored body may be what they reach (`for (const v of Object.values({ a: body })) delete v.x`). Each key as
    #: written (read once every binding is known: `loose_keys`), or None: any key; and the node written at.
    key_writes: list[tuple[Node | str | None, bool, Node]]
    #: Local names bound to a name's object or a part of it (`inputs = body["inputData"]`, `const { inputData } =
    #: body`): each alias's name node, the name it is a part of (its node there), and the keys down to the part (None:
    #: not known, a pattern's or one not written literally). Written through, they change it.
    aliases: list[tuple[Node, Node, tuple[str, ...] | None]]
    #: The aliases that are a loop's item or a callback's parameter over what holds names (`for (const r of [body])`,
    #: `[body].forEach(r => …)`, `for r in (body,)`): their node ids. The item may be any name held, in any turn of the
    #: loop: nothing written through it is certain, but a key given in every turn (`turns`).
    iterated: set[int]
    #: Of those, the names that may reach a name the loop's literal holds at a path not known (iterated_parts).
    reaching: set[int]
    #: The iterated aliases whose loop certainly takes each name held in turn (a literal written in the loop, iterated
    #: whole: `for … of`, `for … in`, forEach, map, filter, flatMap): item node id -> (the statement that runs the loop,
    #: the body each turn runs). A key given in every turn, before the read, is given to each name held.
    turns: dict[int, tuple[Node, Node]]
    #: The statements that leave a turn of a loop or a callback early (what comes after them may not run).
    jump_types: frozenset[str] = frozenset({"break_statement", "continue_statement", "return_statement"})
    _resolving: set[int]  # bindings being evaluated: a cycle is unknown, never a recursion
    #: Same-file functions being followed from one call: function node id -> its parameters bound to that call's
    #: arguments (None: not given). Outside a followed call a parameter is unknown: it may take several values.
    frames: dict[int, dict[str, Node | None]]
    branches: Branches  # the other bodies a conditional may give a call (`json=a if c else b`): handed out as launches
    _budget: int  # calls still to follow in this file: a bound on the work, whatever the file
    #: The nodes that hold statements run one after another (a block, the file), and those of a function's body.
    sequence_types: frozenset[str]
    function_types: frozenset[str]
    omitted: Any = object()  # the value of a member the language's encoder leaves out (JavaScript's undefined), if any
    in_tests: bool = False  # a test file's (test_x.py, x.test.ts, under tests/): a made-up credential is not a secret
    #: The value nodes the encoder certainly sends as a member (None: any value is sent, as Python's json does).
    sent_types: frozenset[str] | None = None
    #: The functions (and classes) a write's reach is read by (write_reach): those a name may call; none: every write
    #: of the file may reach every stored body.
    named_function_types: frozenset[str] = frozenset()
    #: Callees that are no name (`handlers[k](v)`, `make()(v)`): such a call may call any function.
    dynamic_callee_types: frozenset[str] = frozenset()

    #: A name as the language writes it, to find its mentions (`_mentions`); the file's words by text, once asked for.
    word_pattern: re.Pattern[bytes]
    #: Whether the language mangles private names (Python's `__body` in class Launcher is `_Launcher__body`): the
    #: file's words then hold each name written inside a mangled one too.
    mangles = False
    _words: dict[bytes, list[int]] | None = None
    #: Where each name asked for is written as a name (_name_mentions).
    _names_written: dict[str, list[int]]
    #: Where each followed function may leave, by its node's id (_leaving_guards).
    _leaving_found: dict[int, list[tuple[Offsets, Node, bool]]]

    #: What the file's imports bring from other modules of the tree (imports.Imported), in a run's second pass only.
    imported: Any = None
    #: The values a launch's body takes from the run's other modules (imported_values.Resolver), in a run only.
    values_from: Any = None
    explained = False  # a call naming the endpoint is known not to be a launch (a route, a test double)
    #: Where calls found not to send are (char spans): a mention inside one is explained, never "passed to a call".
    not_sent: list[Offsets]
    #: Where the calls read as requests are (char spans), by `launches`: their mentions are read (_read_at_wrapper_calls).
    read_calls: set[Offsets]
    #: What `text` read of each node within followed calls' arguments (None: nothing yet), with how much deeper it read:
    #: `_texts` those never cut short by the depth bound, `_texts_cut` the others, by the depth they were read at; the
    #: imports' values they were read with; how many were read; the deepest depth the reading in progress reached.
    _texts: dict[tuple[int, _Frames], tuple[Text | Unknown, int]] | None = None
    _texts_cut: dict[tuple[int, int, _Frames], tuple[Text | Unknown, int]]
    _texts_imported: Any = None
    texts_read = 0
    _deepest = 0
    #: The values read for the launch being read (None: no launch is, nothing counted), and where and why its reading was
    #: first cut short (past max_depth; past VALUES_READ values more than the file has bytes): the launch's FL005 (`cut_short`).
    _values_read: int | None = None
    _cut: tuple[Offsets, str, bool] | None = None  # (where, the message, whether for its depth)
    max_depth: int  # how deep a body may nest (the limits' max-depth)

    def not_a_launch(self, call: Node, url: Node | None = None) -> None:
        """A call found to define a route or a reply, not to send: when it names the endpoint, that explains it."""
        self.not_sent.append((self.source.char(call.start_byte), self.source.char(call.end_byte)))
        if self.explained or launch_mention(self.source.data, call.start_byte, call.end_byte):
            self.explained = True
            return
        found = self.text(url) if url is not None else None
        self.explained = isinstance(found, Text) and launch_url(found) is not None

    def unread(self) -> tuple[Offsets, str | None] | None:
        """Where the file names the launch endpoint though no launch was read in it, and why when known; None
        when what names it is known not to be a launch."""
        match = None if self.explained else next(
            (found for found in launch_mentions(self.source.data)
             if not self._in_definition(found.start(), found.end()) and not another_apis_path(self.source.data, found.start())),
            None)
        node: Node | None = self.root.descendant_for_byte_range(match.start(), match.end()) if match is not None \
            else None if self.explained else self._pieced_mention()
        near = self._near_miss_written() if node is None and not self.explained else None
        if near is not None:
            node = self.root.descendant_for_byte_range(*near)
        if node is None:
            return None
        start, end = (match.start(), match.end()) if match is not None else near if near is not None \
            else (node.start_byte, node.end_byte)
        where = (self.source.char(start), self.source.char(end))
        child: Node | None = None
        while node is not None:
            if node.type == "comment":
                return where, "it is only named in a comment"
            if node.type == "expression_statement" and child is not None and child.type in ("string", "template_string"):
                return where, "it is only named in a string nothing uses (a docstring)"
            if node.type in self.call_types and child is not None and child != node.child_by_field_id(self.fields.function) \
                    and not self._reads_as_launch_url(node):  # (a call building the URL, `urljoin(…)`, is climbed past)
                callee = node.child_by_field_id(self.fields.function)
                if match is not None and match.group() in (b"postFlowsExecutions", b"post_flows_executions") and callee is not None \
                        and _ANY_PATCHING.search(self.source.source(callee, 200)):
                    return None  # a test's patch of the SDK's launch method (a conftest.py fixture's): it stands in
                return where, (f"it is passed to `{self.source.source(callee, 40) if callee else '…'}(…)`, which flowlint "
                               "does not read as a launch (a client it does not know, or a call it cannot follow)")
            if node.type in ("variable_declarator", "assignment", "assignment_expression") and child is not None \
                    and child == (node.child_by_field_id(self.fields.value) or node.child_by_field_id(self.fields.right)):
                target = node.child_by_field_id(self.fields.name) or node.child_by_field_id(self.fields.left)
                name = self.source.source(target, 40) if target else "…"
                use = self.passed_to(name)
                return where, (f"it is bound to `{name}`, passed to `{use}(…)`, which flowlint does not read as a launch "
                               "(a client it does not know, or a call it cannot follow)" if use else
                               f"it is bound to `{name}`, and no launch flowlint can read uses it")
            child, node = node, node.parent
        return where, None

    def _near_miss_written(self) -> tuple[int, int] | None:
        """The bytes of the first URL the file writes to a Genesys Cloud host at a near miss of the launch path
        (`const URL = "https://api.mypurecloud.com/api/v2/flows/execution"`) outside a type's or a function's
        definition, in a file where no request was read: said as the endpoint is (FL011), never judged, since nothing
        read shows what is sent there. None where the file writes none (its bytes' scan first: kinds.names_near_miss)."""
        if not names_near_miss(self.source.data):
            return None
        for found in platform_near_misses(self.source.text):
            offsets = self.source.byte_offsets([found.start(), found.end()])
            start, end = offsets[found.start()], offsets[found.end()]
            if not self._in_definition(start, end):
                return start, end
        return None

    def _pieced_mention(self) -> Node | None:
        """The first URL built from pieces no literal mention holds (`f"{FLOWS}/executions"` on `FLOWS = f"{API}/flows"`,
        `urljoin(FLOWS, "executions")`, `new URL('executions', base)`) that reads as the launch's URL: the innermost
        expression, a few levels above its `executions` piece, whose text is it. None without one (kinds.pieced_path),
        or where the first one built is not Genesys Cloud's /api/v2/ path or is on another product's host (not said)."""
        if not pieced_path(self.source.data):
            return None
        for piece in executions_pieces(self.source.data):
            node: Node | None = self.root.descendant_for_byte_range(piece.start() + 1, piece.end())
            for _ in range(_PIECE_LEVELS):
                if node is None or node.type in _STATEMENTS:
                    break
                found = self.text(node)
                url = launch_url(found) if isinstance(found, Text) else None
                if url is not None:  # (what is then put after it, a status read's `/` + id, is as a literal's: said)
                    if self._in_definition(node.start_byte, node.end_byte):
                        break
                    # (only Genesys Cloud's path, on no other product's host: the note names it as the launch endpoint)
                    return node if not url.unseen_base and not (url.host and other_vendor(url.host)) else None
                node = node.parent
        return None

    def unread_beside(self, sites: Sequence[Offsets]) -> list[tuple[Offsets, str]]:
        """Where the endpoint is passed straight to a call that is no launch read (`send('/flows/executions', body)`)
        in a file where other launches were read: each is a launch not read, said at its place rather than hidden by
        the launches beside it. A mention bound to a name or built into a URL may feed a launch read: not said."""
        found: list[tuple[Offsets, str]] = []
        ordered = sorted(sites)
        firsts = [first for first, _ in ordered]
        reach = list(itertools.accumulate((last for _, last in ordered), max))  # the furthest end of the sites so far
        words: dict[tuple[int, int], bool] = {}  # a string literal's _prose, found once however many mentions it holds
        quiet = sorted(self.not_sent)
        quiet_firsts = [first for first, _ in quiet]
        quiet_reach = list(itertools.accumulate((last for _, last in quiet), max))

        def quiet_before(span: Offsets) -> bool:  # inside a call found not to send: one starts before it, ends after
            before = bisect.bisect_right(quiet_firsts, span[0])
            return before > 0 and quiet_reach[before - 1] >= span[1]

        # Where the climb from a piece of text ends (its first ancestor that is no piece), and whether a string of words
        # is above it: found once for the pieces of a concatenation, whose every mention would climb it again (each
        # `.parent` searches down from the root: the cube of its length).
        ends: dict[int, tuple[Node | None, bool, Node | None]] = {}  # (… and the last piece climbed through)
        # The launch URL bound to a name (`const URL = '…/flows/executions'`): by name, where each value is written.
        bound: dict[str, set[tuple[int, int]]] = {}
        bound_seen: set[int] = set()
        built: dict[tuple[int, bool], Node | None] = {}  # where the climb past what builds a URL ends, by its start
        # The launch URL bound to an object's member (a class attribute, a dataclass or settings field, an object
        # literal's property, `this.url = …`): by the member's name, sent wherever that member is read on any object.
        members: dict[str, set[str]] = {}  # each member's name -> what holds it (a name, `self`, a class; "" not known)
        for match in self._mentions_and_pieces():
            checkpoint()  # (a big file mentions the endpoint thousands of times)
            if self._in_definition(match.start(), match.end()) or another_apis_path(self.source.data, match.start()):
                continue
            node: Node | None = self.root.descendant_for_byte_range(match.start(), match.end())
            # Only the SDK method's name can be words: the URL path in a sentence is a command or a request
            # (`os.system(f"curl -X POST …/flows/executions …")`, `sock.sendall(b"POST /api/v2/flows/executions …")`).
            method = match.group() in (b"postFlowsExecutions", b"post_flows_executions")
            above = False  # a string of words above where this climb joins one made before
            climbed: list[tuple[int, bool]] = []
            top: Node | None = None  # the last piece climbed through
            while node is not None and node.type in _MENTION_PIECES:
                known = ends.get(node.id)
                if known is not None:
                    node, above, top = known
                    break
                is_words = False
                if node.type in ("string", "template_string"):
                    key = (node.start_byte, node.end_byte)
                    if key not in words:
                        words[key] = self._prose(node)
                    is_words = words[key]
                climbed.append((node.id, is_words))
                top = node
                node = node.parent
            for piece, is_words in reversed(climbed):
                above = above or is_words
                ends[piece] = (node, above, top)
            prose = method and above
            if top is not None and not method:
                start = (top.id, match.group() == b"executions")
                if start not in built:
                    built[start] = self._past_url_builders(top, start[1])
                node = built[start]
                if node is None:
                    continue  # an `executions` piece of no URL of the launch (a path of the app's own)
            elif match.group() == b"executions":
                continue
            call = node.parent if node is not None and node.type in ("arguments", "argument_list") else None
            if call is None and node is not None and (holder := self._options_handed(node)) is not None:
                call = holder.parent  # `send({url: '…/flows/executions', body})`: a member of the options it is given
            if prose:
                continue  # a message (`log.info("post_flows_executions failed")`), not a URL or a method's name
            if call is None and node is not None and node.id not in bound_seen:
                bound_seen.add(node.id)
                for name, value in self._bound_endpoint(node, match.start()):
                    bound.setdefault(name, set()).add((value.start_byte, value.end_byte))
                for member, owner in self._bound_member(node, match.start()):
                    members.setdefault(member, set()).add(owner)
            if call is None or call.type not in self.call_types:
                continue
            default = self.fallback_literal(call)
            if default is not None and default.start_byte <= match.start() < default.end_byte:
                continue  # what a value read when it runs falls back to (`os.getenv("X", "…")`): read where it is sent
            span = (self.source.char(call.start_byte), self.source.char(call.end_byte))
            if quiet_before(span):
                continue  # inside a route's or a test double's call (`responses.add(POST, url, json=…)`): it sends nothing
            before = bisect.bisect_left(firsts, span[1])  # the sites starting before the call ends
            if before and reach[before - 1] > span[0]:
                continue  # the call is a launch read, holds one, or writes the URL of one (a site overlaps it)
            callee = call.child_by_field_id(self.fields.function)
            if callee is None or self._read_at_wrapper_calls(call, self.source.source(callee, 200)):
                continue  # an HTTP client's own call, read where it is reached (a same-file wrapper's call site)
            if method and _PATCHING.search(self.source.source(callee, 200)):
                continue  # a test's patch of the SDK's launch method: it stands in for it
            found.append(((self.source.char(match.start()), self.source.char(match.end())),
                          f"it is passed to `{self.source.source(callee, 40) if callee else '…'}(…)`, which flowlint "
                          "does not read as a launch (a client it does not know, or a call it cannot follow)"))

        def unread_send(use: Node, call: Node, holds: str, why: str) -> None:
            """A call a name holding the endpoint is passed to, said unread, but for a call found to send nothing or a
            launch read (a same-file wrapper's call site)."""
            span = (self.source.char(call.start_byte), self.source.char(call.end_byte))
            before = bisect.bisect_left(firsts, span[1])
            if quiet_before(span) or (before and reach[before - 1] > span[0]):
                return
            callee = call.child_by_field_id(self.fields.function)
            found.append(((self.source.char(use.start_byte), self.source.char(use.end_byte)),
                          f"{holds} and is passed here to `{self.source.source(callee, 40) if callee else '…'}(…)`{why}"))

        for name, values in bound.items():
            for use, call in self._sends_of(name, values):
                unread_send(use, call, f"`{name}` holds it", ", which flowlint does not read as a launch (a client it "
                            "does not know, or a call it cannot follow)")
        kept_from: dict[str, str] = {}  # a member set from a parameter defaulting to the endpoint: why it holds it
        for name, values in bound.items():
            for parameter, function in self._defaults_of(name, values):
                given = self.source.raw(parameter)
                for member in self._members_set_from(function, given):
                    # `def __init__(self, url=LAUNCH_URL): self.url = url`: read wherever `self.url` is sent
                    members.setdefault(member, set()).update(("self", "this"))
                    kept_from.setdefault(member, f"`{given}` defaults to `{name}`, which holds it, and is kept as the member "
                                                 f"`{member}`")
                for use, call in self._sends_of(given, set(), function):
                    unread_send(use, call, f"`{given}` defaults to `{name}`, which holds it,", ": flowlint does not read "
                                "a parameter's default as what a call sends (a caller may give another), so this call was "
                                "not read as a launch")
        said = {span for span, _ in found}
        sending: set[Offsets] = set()  # (a call said once, whichever member it reads)
        for name in sorted(members):
            # (a common member name, `url`, `path`, is read only on what the file binds it on: `hook.url` is no
            # `genesys.url`)
            owners = members[name] if _GENERIC_MEMBER.fullmatch(name.replace("_", "")) else None
            for use, call in self._member_sends(name):
                if owners is not None and self._root_of(use) not in owners:
                    continue
                span = (self.source.char(call.start_byte), self.source.char(call.end_byte))
                before = bisect.bisect_left(firsts, span[1])
                where = (self.source.char(use.start_byte), self.source.char(use.end_byte))
                if span in sending or where in said or quiet_before(span) or (before and reach[before - 1] > span[0]):
                    continue  # said already, a call found to send nothing, or a launch read
                sending.add(span)
                callee = call.child_by_field_id(self.fields.function)
                shown, sent = self.source.source(use, 60), self.source.source(callee, 40) if callee else "…"
                found.append((where, f"{kept_from[name]}; `{shown}` is given here to `{sent}(…)`: flowlint does not read a "
                                     "parameter's default as what is sent (a caller may give another), so this call was not "
                                     "read as a launch" if name in kept_from else
                                     f"it is bound to `{name}`, and `{shown}`, given here to `{sent}(…)`, may hold it: "
                                     "flowlint does not follow an object's member to its value where the object is not "
                                     "known, so this call was not read as a launch"))
        return found

    def _mentions_and_pieces(self) -> Iterator[re.Match[bytes]]:
        """Each mention of the endpoint, then (where the file may build its path from pieces: kinds.pieced_path) each
        `executions` piece no mention holds (`"/".join([base, "api", "v2", "flows", "executions"])`): its match's
        group is `executions`, and it is a mention only where a URL built on it reads as the launch's."""
        spans: list[tuple[int, int]] = []
        for match in launch_mentions(self.source.data):
            spans.append(match.span())
            yield match
        if not pieced_path(self.source.data):
            return
        firsts = [first for first, _ in spans]
        for piece in executions_pieces(self.source.data):
            word = re.compile(rb"executions").search(self.source.data, piece.start(), piece.end())
            if word is None:
                continue
            before = bisect.bisect_right(firsts, word.start())
            if before and spans[before - 1][1] >= word.end():
                continue  # inside a mention: said as one
            yield word

    def _reads_as_launch_url(self, node: Node) -> bool:
        """Whether an expression's text reads as the launch's URL (one that builds it: `urljoin(base, '…')`)."""
        found = self.text(node)
        return isinstance(found, Text) and launch_url(found) is not None

    def _past_url_builders(self, top: Node, piece: bool) -> Node | None:
        """Where a mention's climb ends once past the expressions that build a URL from it (`urljoin(base, '…')`,
        `posixpath.join`, `"/".join([...])`, `new URL('…', base)`, `path.join`, `base + '…'`): the node above the
        outermost one, a few levels above `top` (where the climb through its string's pieces ended), whose text reads as
        the launch's URL; the node above `top` where none does. A URL built so and given by name (`url = urljoin(…)`,
        `send(url=urljoin(…), …)`) is then said where it is bound or given, as a mention written whole is. For an
        `executions` piece (`piece`), None where no URL built on it reads as the launch's: it is no mention."""
        node: Node | None = top
        for _ in range(4):  # (a URL built, then built on: `new URL(urljoin(…))`, `String(new URL(…))`)
            built: Node | None = None
            above = node
            for _ in range(_PIECE_LEVELS + 2):  # (a join's items, its call, the URL made of it: `new URL([…].join('/'), b)`)
                if above is None or above.type in _STATEMENTS or above.type in self.function_types:
                    break
                if above.type not in ("arguments", "argument_list", "list", "tuple", "array", "comment") \
                        and self._reads_as_launch_url(above):
                    built = above
                above = above.parent
            if built is None:
                break
            piece = False
            node = built.parent
            while node is not None and node.type in _MENTION_PIECES:
                node = node.parent
        if piece:
            return None
        if node is top:
            node = top.parent
        if node is not None and node.type == "keyword_argument" and node.parent is not None:
            node = node.parent  # `send(url=urljoin(…), …)`: given to the call as its named argument
        return node

    def _bound_endpoint(self, node: Node, at: int) -> list[tuple[str, Node]]:
        """The name a mention at byte `at` is bound to, with its value, when `node` (where its climb ended) binds a plain
        name to the launch endpoint (`URL = 'https://api…/api/v2/flows/executions'`, `url = f"{base}/api/v2/flows/executions"`):
        what an FL011 note may call the launch endpoint where the name is used."""
        if node.type not in ("variable_declarator", "assignment", "assignment_expression"):
            return []
        target = node.child_by_field_id(self.fields.name) or node.child_by_field_id(self.fields.left)
        value = node.child_by_field_id(self.fields.value) or node.child_by_field_id(self.fields.right)
        if target is None or value is None or target.type != "identifier" or not value.start_byte <= at < value.end_byte \
                or not self._endpoint_value(value):
            return []
        return [(self.source.raw(target), value)]

    def _body_like(self, argument: Node) -> bool:
        """Whether an argument given beside a URL may be what a call sends: an object, a list, a value built or not
        known here (a call, a parameter), a `json=`/`data=`/`body=` keyword; not a string, a number, a function (a
        route's handler), another keyword (`view_func=`, `methods=`) or a comment."""
        if argument.type == "keyword_argument":
            named = argument.child_by_field_id(self.fields.name)
            return named is not None and self.source.raw(named) in _SENT_OPTIONS | {"payload", "params"}
        if argument.type in ("string", "template_string", "number", "integer", "float", "true", "false", "none", "null",
                             "comment", "undefined"):
            return False
        if argument.type in self.name_types:
            bound = self.resolve(argument)
            return bound is None or bound.type not in (*self.function_types, "function_declaration", "decorated_definition")
        return True

    def _root_of(self, use: Node) -> str:
        """The name a member read starts from (`cfg` of `cfg.routes["launch"]`, `self` of `self.url`); "" for another."""
        node: Node | None = use
        for _ in range(64):
            if node is None or node.type not in ("attribute", "member_expression", "subscript", "subscript_expression"):
                break
            node = node.child_by_field_id(self.fields.object) or node.child_by_field_id(self.fields.value)
        return self.source.raw(node) if node is not None and node.type in (*self.name_types, "this") else ""

    def _bound_member(self, node: Node, at: int) -> list[tuple[str, str]]:
        """The member's name a mention at byte `at` is bound to when `node` (where its climb ended) makes the launch
        endpoint (as _bound_endpoint's) an object's member: a class attribute or a dataclass/settings field
        (`launch_url: str = "…"` in a class body), `self.url = "…"`, `this.url = '…'`, a class field (`static URL =
        '…'`), an object literal's or a dict's member (`{launchUrl: '…'}`, `{"launch": "…"}`)."""
        f = self.fields
        owner = ""  # (what holds it: the name an object literal is bound to, `self`/`this`, the class's name)
        if node.type in ("assignment", "assignment_expression"):
            target, value = node.child_by_field_id(f.left), node.child_by_field_id(f.right)
            if target is not None and target.type == "identifier" and not self._in_class_body(node):
                return []  # (a plain name: its uses are followed by name, _bound_endpoint)
            if target is not None and target.type in ("attribute", "member_expression"):
                owner = self._root_of(target)
                target = target.child_by_field_id(f.attribute) or target.child_by_field_id(f.property)
            else:
                owner = self._class_name_of(node)
        elif node.type in ("public_field_definition", "field_definition"):
            target = node.child_by_field_id(f.name) or node.child_by_field_id(f.property)
            value = node.child_by_field_id(f.value)
            owner = self._class_name_of(node)
        elif node.type == "pair":
            target, value = node.child_by_field_id(f.key), node.child_by_field_id(f.value)
            holder: Node | None = node.parent
            for _ in range(32):  # (out of the literals it is nested in, to the name the outermost is bound to)
                if holder is None or holder.type not in ("object", "dictionary", "pair"):
                    break
                holder = holder.parent
            bound = (holder.child_by_field_id(f.name) or holder.child_by_field_id(f.left)) \
                if holder is not None and holder.type in ("variable_declarator", "assignment", "assignment_expression") else None
            owner = self.source.raw(bound) if bound is not None and bound.type in self.name_types else ""
        else:
            return []
        if target is None or value is None or not value.start_byte <= at < value.end_byte:
            return []
        name = self.key(target) if node.type == "pair" else self.source.raw(target)
        return [(name, owner)] if name and _MEMBER_NAME.fullmatch(name) and self._endpoint_value(value) else []

    def _class_name_of(self, member: Node) -> str:
        """The name of the class a member is written in (a class attribute, a field); "" outside one."""
        node: Node | None = member.parent
        while node is not None and node.type not in ("class_definition", "class_declaration", "class"):
            node = node.parent
        named = node.child_by_field_id(self.fields.name) if node is not None else None
        return self.source.raw(named) if named is not None else ""

    def _in_class_body(self, assignment: Node) -> bool:
        """Whether an assignment to a plain name is a class's attribute (Python: written in its body)."""
        statement = assignment.parent
        body = statement.parent if statement is not None and statement.type == "expression_statement" else None
        return body is not None and body.type == "block" and body.parent is not None \
            and body.parent.type == "class_definition"

    def _endpoint_value(self, value: Node) -> bool:
        """Whether a value is the launch endpoint: its path written whole after a base written or not known
        (`f"{base}/api/v2/flows/executions"`), nothing after it, on no other product's host."""
        text = self.text(value)
        if not isinstance(text, Text):
            return False
        found = launch_url(text)
        runs = "".join(part if isinstance(part, str) else "\n" for part in text.parts)  # (the known runs, apart)
        return found is not None and not found.rest and not found.in_path and not other_vendor(found.host) \
            and "api/v2/flows/executions" in runs

    def _member_sends(self, name: str) -> Iterator[tuple[Node, Node]]:
        """Each call given a read of member `name` on some object (`cfg.name`, `cfg?.name`, `cfg["name"]`, `(cfg.name)`,
        `cfg.name!`) as an argument beside something else to send, as _sends_of's: the member's read, and the call.
        Not a call that only says, checks or reads (a log's, an assertion's, a GET's), nor a same-file wrapper's whose
        calls were read. Linear in the name's mentions."""
        f = self.fields
        size = len(name.encode())
        for start in self._mentions(name):
            node = self.root.descendant_for_byte_range(start, start + size)
            holder = node.parent if node is not None else None
            if node is None or holder is None:
                continue
            if node.type in ("string_fragment", "string_content"):  # `cfg["name"]`: the string is the whole index
                string = holder
                holder = string.parent
                if holder is None or holder.type not in ("subscript", "subscript_expression") \
                        or (holder.child_by_field_id(f.subscript) or holder.child_by_field_id(f.index)) != string \
                        or self.key(string) != name:
                    continue
            elif holder.type not in ("attribute", "member_expression") \
                    or (holder.child_by_field_id(f.attribute) or holder.child_by_field_id(f.property)) != node:
                continue
            use = holder  # (the member's read, as the note shows it; what is given is that, read as is)
            while use.parent is not None and use.parent.type in _READ_AS_IS:
                use = use.parent
            argument = use
            outer = use.parent
            if outer is not None and outer.type == "keyword_argument" and outer.child_by_field_id(f.value) == use:
                argument, outer = outer, outer.parent
            options = self._options_handed(outer) if outer is not None and outer.type == "pair" \
                and outer.child_by_field_id(f.value) == use else None  # `fetch({url: cfg.launchUrl, body})`
            if options is not None and outer is not None and outer.parent is not None:
                argument, outer = outer.parent, options
            call = outer.parent if outer is not None and outer.type in ("arguments", "argument_list") else None
            if outer is None or call is None or call.type not in self.call_types \
                    or call.child_by_field_id(f.arguments) != outer:
                continue
            callee = call.child_by_field_id(f.function)
            said = self.source.source(callee, 200) if callee is not None else ""
            others = any(child != argument and self._body_like(child) for child in outer.named_children)
            if not said or _SAYS.search(said) or said.rpartition(".")[2] in _ASSERTIONS \
                    or said.rpartition(".")[2] in _NOT_SENDING \
                    or said.rpartition(".")[2].upper() in _READ_METHODS | {"DELETE"} \
                    or not (others or options is not None or self._chained_send(call)) \
                    or self._in_wrapper(self.enclosing_function(call)) or self._only_reads(outer, None):
                continue
            yield holder, call

    def _sends_of(self, name: str, values: set[tuple[int, int]], function: Node | None = None
                  ) -> Iterator[tuple[Node, Node]]:
        """Each call given `name`, bound to one of `values` (where each is written) or a parameter of `function`,
        as an argument beside something else to send (`send(URL, body)`, `send(url=URL, body=…)`): the name where it is
        given, and the call. Not a call that only says or checks it (a log's, an assertion's: `_SAYS`), nor an HTTP
        client's own read where it is reached (a parameter's value is not known where it is sent: such a call read is
        no launch read). Linear in the name's mentions (each call's arguments counted once)."""
        size = len(name.encode())
        sends: dict[int, bool] = {}  # by a call's argument list: whether it is given something else than text
        for start in self._mentions(name):
            use = self.root.descendant_for_byte_range(start, start + size)
            shorthand = use is not None and use.type == "shorthand_property_identifier"  # `send({url, body})`
            holder = use.parent if use is not None and (use.type == "identifier" or shorthand) else None
            if holder is not None and holder.type == "keyword_argument" and holder.child_by_field_id(self.fields.value) == use:
                holder = holder.parent
            member = use if shorthand else holder if holder is not None and holder.child_by_field_id(self.fields.value) == use \
                else None
            in_options = member is not None and (holder := self._options_handed(member)) is not None  # `send({url: URL, body})`
            call = holder.parent if holder is not None and holder.type in ("arguments", "argument_list") else None
            if use is None or holder is None or call is None or call.type not in self.call_types \
                    or call.child_by_field_id(self.fields.arguments) != holder:
                continue
            if holder.id not in sends:  # the name itself, and something to send beside it; or a chain
                sends[holder.id] = in_options or self._chained_send(call) \
                    or any(argument != use and self._body_like(argument) for argument in holder.named_children)
            callee = call.child_by_field_id(self.fields.function)
            said = self.source.source(callee, 200) if callee is not None else ""
            if not sends[holder.id] or not said or _SAYS.search(said) or said.rpartition(".")[2] in _ASSERTIONS \
                    or said.rpartition(".")[2] in _NOT_SENDING:
                continue
            if function is not None:
                scope = self.bindings.binder(name, use)  # (the parameter, bound nowhere else in its function)
                if scope is not None and scope.id == function.id and len(self.bindings.bound.get((scope.id, name), ())) == 1 \
                        and not self._in_wrapper(self.enclosing_function(call)) \
                        and said.rpartition(".")[2].upper() not in _READ_METHODS | {"DELETE"} \
                        and not self._only_reads(holder, None):
                    yield use, call
                continue
            if self._read_at_wrapper_calls(call, said):
                continue
            resolved = self.resolve(use)
            if resolved is not None and (resolved.start_byte, resolved.end_byte) in values:
                yield use, call

    def _members_set_from(self, function: Node, given: str) -> list[str]:
        """The members a function sets to one of its parameters as it is (`self.url = url`, `this.url = url`)."""
        found = []
        for node in walk(function):
            if node.type not in ("assignment", "assignment_expression"):
                continue
            target, value = node.child_by_field_id(self.fields.left), node.child_by_field_id(self.fields.right)
            owner = target.child_by_field_id(self.fields.object) if target is not None \
                and target.type in ("attribute", "member_expression") else None
            member = (target.child_by_field_id(self.fields.attribute) or target.child_by_field_id(self.fields.property)) \
                if target is not None and owner is not None else None
            if member is not None and owner is not None and self.source.raw(owner) in ("self", "this") \
                    and value is not None and value.type in self.name_types and self.source.raw(value) == given \
                    and _MEMBER_NAME.fullmatch(self.source.raw(member)):
                found.append(self.source.raw(member))
        return found

    def _defaults_of(self, name: str, values: set[tuple[int, int]]) -> Iterator[tuple[Node, Node]]:
        """Each parameter whose default is `name`, bound to one of `values` (`def launch(body, url=LAUNCH_URL)`,
        `(body, { endpoint = LAUNCH_URL } = {})`): the parameter's name, and the function it is a parameter of."""
        f = self.fields
        size = len(name.encode())
        for start in self._mentions(name):
            use = self.root.descendant_for_byte_range(start, start + size)
            parameter = use.parent if use is not None and use.type == "identifier" else None
            if use is None or parameter is None:
                continue
            if parameter.type in ("default_parameter", "typed_default_parameter", "required_parameter",
                                  "optional_parameter") and parameter.child_by_field_id(f.value) == use:
                given = parameter.child_by_field_id(f.name) or parameter.child_by_field_id(f.pattern)
            elif parameter.type in ("assignment_pattern", "object_assignment_pattern") \
                    and parameter.child_by_field_id(f.right) == use:
                given = parameter.child_by_field_id(f.left)
            else:
                continue
            function = self.enclosing_function(parameter)
            # (a default is the value of the name where the function is written: Python binds every name of a
            # function's parameters in the function, defaults' too)
            resolved = self.bindings.resolve(name, function.parent) if function is not None and function.parent else None
            if given is None or given.type not in ("identifier", "shorthand_property_identifier_pattern") \
                    or function is None or resolved is None or (resolved.start_byte, resolved.end_byte) not in values:
                continue
            yield given, function

    def _read_at_wrapper_calls(self, call: Node, callee: str) -> bool:
        """Whether the endpoint written at a call (`callee` its function as written) is read, not missed: the call is an
        HTTP client's own (_CLIENT_CALL: `session.post`, `fetch`, `urljoin`) that the reader read as a request (its
        body, if unseen, said apart: extract's `_body_unseen`), or made in a same-file wrapper whose calls were read as
        launches (`postJson(path, body)` around fetch), or given as its URL a text that is no launch URL (the
        endpoint in a query, `/login?next=/api/v2/flows/executions`: sent elsewhere). The one rule for a mention
        written at a call (unread_beside) and a name bound to the endpoint given to one (_sends_of): any other client's
        call, one flowlint does not read (`AsyncHTTPClient().fetch(…)`), is a launch not read, and said, unless it is
        seen only to read (_only_reads: a status read, a GET)."""
        if _CLIENT_CALL.search(callee) is None:
            return False
        if self.source.offsets(call) in self.read_calls or self._in_wrapper(self.enclosing_function(call)):
            return True
        arguments = call.child_by_field_id(self.fields.arguments)
        first = next((child for child in arguments.named_children if child.type != "comment"), None) \
            if arguments is not None else None
        if arguments is not None and self._only_reads(arguments, first):
            return True
        return first is not None and first.type not in ("identifier", "keyword_argument", "object", "dictionary") \
            and not self._reads_as_launch_url(first)

    def _only_reads(self, arguments: Node, url: Node | None) -> bool:
        """Whether a client's call no reader read is seen only to read, never to launch (a read, no method and no body,
        stays unsaid, as a read through a client the readers know does): it writes GET, HEAD or OPTIONS as its method
        (`method="GET"`, `{method: 'GET'}`), or its URL (its first argument) is a status path, `…/executions/{id}`,
        and it is given nothing to send (no other argument but options naming no body or method)."""
        options: list[tuple[str | None, Node | None]] = []
        others = False
        for argument in arguments.named_children:
            if argument.type == "comment" or argument == url:
                continue
            if argument.type == "keyword_argument":
                name = argument.child_by_field_id(self.fields.name)
                options.append((self.source.raw(name) if name is not None else None,
                                argument.child_by_field_id(self.fields.value)))
            elif argument.type in ("object", "dictionary"):
                for member in argument.named_children:
                    key = member.child_by_field_id(self.fields.key) if member.type == "pair" else None
                    if member.type != "comment":
                        options.append((self.key(key) if key is not None else None,
                                        member.child_by_field_id(self.fields.value)))
            else:
                others = True  # (another argument, the body it may be: `send(url, body)`)
        method = next((value for name, value in options if name == "method"), None)
        written = self.text(method) if method is not None else None
        if isinstance(written, Text) and written.value is not None and written.value.upper() in _READ_METHODS:
            return True
        if others or any(name is None or name in _SENT_OPTIONS for name, _ in options):
            return False
        text = self.text(url) if url is not None and url.type != "keyword_argument" else None
        found = launch_url(text) if isinstance(text, Text) else None
        return found is not None and found.rest != "" and not found.in_path and not found.near_miss

    def _options_handed(self, member: Node) -> Node | None:
        """The argument list an object literal is given in when `member` is one of its members and the object holds
        something to send besides (`send({url: URL, body: payload})`, `send({"url": URL, "json": {…}})`): the options
        of a client flowlint does not read. None for any other member, or options of text alone (`log({url: URL,
        msg: "…"})`)."""
        options = member.parent if member.type in ("pair", "shorthand_property_identifier") else None
        holder = options.parent if options is not None and options.type in ("object", "dictionary") else None
        if options is None or holder is None or holder.type not in ("arguments", "argument_list"):
            return None
        for other in options.named_children:
            value = other.child_by_field_id(self.fields.value) if other.type == "pair" else other
            if other.id != member.id and other.type != "comment" and value is not None \
                    and value.type not in ("string", "template_string", "number", "integer", "float", "true", "false"):
                return holder
        return None

    def _chained_send(self, call: Node) -> bool:
        """Whether a call's result is called on, in a chain, with something to send (`superagent.post(URL).send(body)`,
        `request(app).post(URL).set('Accept', 'json').send(body)`): the body a call given only the URL sends, given to
        the chain's next calls. Bounded (a few links)."""
        node = call
        for _ in range(8):
            member = node.parent
            if member is None or member.type not in ("member_expression", "attribute") \
                    or member.child_by_field_id(self.fields.object) != node:
                return False
            chained = member.parent
            if chained is None or chained.type not in self.call_types \
                    or chained.child_by_field_id(self.fields.function) != member:
                return False
            node = chained
            arguments = node.child_by_field_id(self.fields.arguments)
            if arguments is not None and any(argument.type not in ("string", "comment")
                                             for argument in arguments.named_children):
                return True
        return False

    def _prose(self, string: Node) -> bool:
        """Whether a string literal is words, not a name: spaces in its text outside its holes (`${…}`, `{…}`)."""
        data, pieces, at = self.source.data, [], string.start_byte
        for hole in string.named_children:
            if hole.type in ("template_substitution", "interpolation"):
                pieces.append(data[at:hole.start_byte])
                at = hole.end_byte
        pieces.append(data[at:string.end_byte])
        return _WORDS.search(b"".join(pieces)) is not None

    @functools.cached_property
    def _definitions(self) -> list[tuple[int, int]]:
        """Where the file defines the launch method (with the doc comments just above): found once from each place
        its name is written, so that a mention elsewhere is not walked up to the root (every `.parent` of a tree-sitter
        node searches down from the root: a long concatenation of mentions cost the cube of its length)."""
        spans = []
        for match in _DEFINED.finditer(self.source.data):
            node: Node | None = self.root.descendant_for_byte_range(match.start(), match.end())
            for _ in range(6):  # a definition's name is a few levels above the word (a.b.postFlowsExecutions = …)
                if node is None:
                    break
                name = _definition_name(node, self.fields)
                if name is not None and name.start_byte <= match.start() and match.end() <= name.end_byte:
                    first, before = node.start_byte, node.prev_named_sibling
                    while before is not None and before.type == "comment":
                        first, before = before.start_byte, before.prev_named_sibling
                    spans.append((first, node.end_byte))
                    break
                node = node.parent
        return spans

    def _in_definition(self, start: int, end: int) -> bool:
        """Whether a mention is part of the API client's own definition of the launch (a vendored or copied SDK:
        `postFlowsExecutions(body) { … '/api/v2/flows/executions' … }`), not a call of it: no launch is sent there."""
        if not any(first <= start and end <= last for first, last in self._definitions):
            return False
        node: Node | None = self.root.descendant_for_byte_range(start, end)
        child: Node | None = None
        while node is not None:
            if node.type in self.call_types and child is not None and child == node.child_by_field_id(self.fields.function) \
                    and child.end_byte == end:
                return False  # `this.api.postFlowsExecutions(body)` inside a wrapper is a use
            if node.type == "comment":  # the doc comment just above the definition is part of it
                sibling = node.next_named_sibling
                while sibling is not None and sibling.type == "comment":
                    sibling = sibling.next_named_sibling
                if sibling is not None and sibling.type in _DEFINITIONS:
                    node = sibling
            name = _definition_name(node, self.fields)
            if name is not None and _DEFINED.search(self.source.data, name.start_byte, name.end_byte):
                return True
            child, node = node, node.parent
        return False

    def _mentions(self, name: str) -> list[int]:
        """Where a name's text stands in the file: one scan of the file's words the first time any name is asked."""
        if self._words is None:
            self._words = self.words()
        return self._words.get(name.encode(), [])

    def words(self) -> dict[bytes, list[int]]:
        """Every word of the file (`word_pattern`) with where it stands, and (`mangles`) the names inside a mangled one."""
        words: dict[bytes, list[int]] = {}
        if not self.mangles:
            for match in self.word_pattern.finditer(self.source.data):
                words.setdefault(match.group(), []).append(match.start())
            return words
        for match in self.word_pattern.finditer(self.source.data):
            word, start = match.group(), match.start()
            words.setdefault(word, []).append(start)
            if word.startswith(b"_") and not word.startswith(b"__"):  # `_Launcher__body` holds `__body`
                at = word.find(b"__", 1)
                while at > 0:
                    words.setdefault(word[at:], []).append(start + at)
                    at = word.find(b"__", at + 1)
        return words

    def mentions_of(self, name: str) -> Iterator[tuple[str, Node | None]]:
        """Each place the file writes a name's text: what it is there (`_mention`: "use", "none", "other") and the node
        it is part of (a member access `this.<name>` / `self.<name>` for a use; None where no node holds it)."""
        size = len(name.encode())
        for start in self._mentions(name):
            node = self.root.descendant_for_byte_range(start, start + size)
            yield (self._mention(node, name) if node is not None else "other"), (node.parent if node is not None else None)

    def _mention(self, node: Node, name: str) -> str:
        raise NotImplementedError

    @functools.cached_property
    def names_given(self) -> dict[str, int]:
        """How many calls of the file are given each name as an argument (`setBody(init, payload)`, `fetch(url, init)`)."""
        given: dict[str, int] = {}
        for call in self._calls:
            arguments = call.child_by_field_id(self.fields.arguments)
            for argument in arguments.named_children if arguments is not None else ():
                if argument.type in self.name_types:
                    name = self.source.raw(argument)
                    given[name] = given.get(name, 0) + 1
        return given

    def passed_to(self, name: str) -> str | None:
        """The callee of the first call given this name as an argument (as written), if any (after `launches()`)."""
        for call in self._calls:
            arguments = call.child_by_field_id(self.fields.arguments)
            callee = call.child_by_field_id(self.fields.function)
            for argument in arguments.named_children if arguments is not None and callee is not None else ():
                if self.source.raw(argument) == name or any(
                        self.source.raw(part) == name for part in argument.named_children if part.type in self.name_types):
                    return self.source.source(callee, 40)  # type: ignore[arg-type]
        return None

    def lookup(self, name: str, at: Node, *, as_value: bool = False) -> Node | None:
        """What a name is bound to at a place: a followed call's argument for a parameter, else its one binding."""
        if self.frames:
            scope = self.bindings.binder(name, at)
            frame = self.frames.get(scope.id) if scope is not None else None
            if frame is not None and name in frame:
                # Rebound in the function too (`b = {…}` in Python, which is no change of the binding): what the
                # name holds may be what the function builds there, never known here as the argument.
                rebound = scope is not None and len(self.bindings.bound.get((scope.id, name), ())) > 1
                return None if rebound or self.bindings.is_changed(name, at, as_value=as_value) else frame[name]
        return self.bindings.resolve(name, at, as_value=as_value)

    def unpassed(self, node: Node) -> Node | None:
        """The followed function whose call passes nothing for the parameter this name is (`call(path)` of
        `call(path, init)`), else None."""
        if not self.frames or node.type not in self.name_types:
            return None
        name = self.source.raw(node)
        scope = self.bindings.binder(name, node)
        frame = self.frames.get(scope.id) if scope is not None else None
        if frame is None or name not in frame or frame[name] is not None or self.bindings.is_changed(name, node):
            return None
        return scope

    def called(self, call: Node) -> tuple[Node, dict[str, Node | None]] | None:
        """The same-file function a call calls, with its parameters bound to the call's arguments; None otherwise."""
        return None

    def returned(self, function: Node) -> Node | None:
        """The one expression a function returns (an arrow's body, a single `return x`); None otherwise."""
        return None

    def follow(self, call: Node) -> tuple[Node, dict[str, Node | None]] | None:
        """The function to follow a call into, when it is in this file and not already being followed."""
        if len(self.frames) >= 3 or self._budget <= 0:
            return None
        found = self.called(call)
        if found is None or found[0].id in self.frames:
            return None
        self._budget -= 1
        return found

    def returned_value(self, call: Node, path: Path, spans: TreeSpans, key: Offsets | None, depth: int) -> Any:
        """The value a same-file function returns at this call (`buildLaunchRequest(order)`), or Unknown."""
        return self.in_callee(call, lambda returned: self.value(returned, path, spans, key, depth + 1))

    def in_callee(self, call: Node, evaluate: Callable[[Node], _T]) -> _T | Unknown:
        """`evaluate` applied to what a same-file function returns at this call, inside its frame; else Unknown."""
        found = self.follow(call)
        returned = self.returned(found[0]) if found is not None else None
        if found is None or returned is None:
            return Unknown(self.source.source(call))
        self.frames[found[0].id] = found[1]
        try:
            return evaluate(returned)
        finally:
            del self.frames[found[0].id]

    def wrapped_launch(self, call: Node) -> LaunchRequest | None:
        """A call of a same-file function that sends a launch with what it is given (`postJson(path, body)`
        around fetch): a launch at this call, with this call's arguments."""
        found = self.follow(call)
        if found is None:
            return None
        function, frame = found
        self.frames[function.id] = frame
        guards = self._leaving_guards(function)
        try:
            for inner in self.calls_in(function):
                kept = self._past_guards(guards, inner, frame)
                if kept is None:
                    return None  # the function leaves before this send for what the call gives it: nothing sent
                self.frames[function.id] = kept
                own_launch = self.launch(inner)
                request = own_launch or self.wrapped_launch(inner)
                if request is not None and to_endpoint(request) is not None:
                    self.wrappers.add(function.id)
                    own = self._unfollowed(function, inner) if own_launch is not None else None
                    return _moved(request, self.source.offsets(function), self.source.offsets(call), own,
                                  self.source.text)
        finally:
            del self.frames[function.id]
        return None

    def _leaving_guards(self, function: Node) -> list[tuple[Offsets, Node, bool]]:
        """_leaving_guards_of, found once a function (each call of a wrapper asks it)."""
        found = self._leaving_found.get(function.id)
        if found is None:
            found = self._leaving_found[function.id] = self._leaving_guards_of(function)
        return found

    def _leaving_guards_of(self, function: Node) -> list[tuple[Offsets, Node, bool]]:
        """Where a followed function may leave (`raise`, `throw`, `return`, a failing `assert`) under a condition: each
        leaving statement's start, with each condition deciding it and whether it leaves when that condition holds (an
        `if`'s consequence) or fails (an `else`, an `assert`). A leaving statement in a function nested in it is not
        its own."""
        found: list[tuple[Offsets, Node, bool]] = []
        for node in walk(function):
            if node.type not in self.jump_types | _LEAVING | {"assert_statement"} \
                    or node.type in ("break_statement", "continue_statement") \
                    or self.enclosing_function(node) != function:
                continue
            if node.type == "assert_statement":
                tested = next((child for child in node.named_children if child.type != "comment"), None)
                if tested is not None:
                    found.append(((node.start_byte, node.end_byte), tested, False))
                continue
            child, above = node, node.parent
            while above is not None and above.id != function.id:
                if above.type in ("if_statement", "elif_clause"):
                    tested = above.child_by_field_id(self.fields.condition)
                    if tested is not None and not (tested.start_byte <= child.start_byte < tested.end_byte):
                        # in its consequence: leaves when it holds; in an else (or an elif after it): when it fails
                        in_consequence = child.type not in ("else_clause", "elif_clause")
                        found.append(((node.start_byte, node.end_byte), tested, in_consequence))
                child, above = above, above.parent
        return found

    def _past_guards(self, guards: list[tuple[Offsets, Node, bool]], inner: Node, frame: dict[str, Node | None]
                     ) -> dict[str, Node | None] | None:
        """The frame a followed call's send at `inner` is read with, given the conditions under which the function may
        leave before it (_leaving_guards): a parameter such a condition tests is not known there (it may be just what
        makes the function leave: `if len(due) != 10: raise`), unless the condition only tests that it is empty
        (`if not body: raise`, `if (name == null) throw …`, `assert flow_id`, each side of an `or`): then what the call
        gives it, if not empty, reaches the send. None when the call gives such a parameter an empty literal: the
        function leaves, nothing is sent."""
        dropped: set[str] = set()
        emptied: set[str] = set()
        for (start, end), tested, holds in guards:
            if start >= inner.start_byte or end > inner.start_byte:
                continue  # after the send, or the send's own `return`
            for atom, leaves_if_true in self._atoms(tested, holds):
                tests = self._emptiness_test(atom)
                named = {self.source.raw(node) for node in walk(atom) if node.type in self.name_types} & set(frame)
                if tests is not None and tests[0] in frame and tests[1] == leaves_if_true:
                    emptied.add(tests[0])  # (leaves when it is empty: a value given that is not reaches the send)
                    named.discard(tests[0])
                dropped |= named
        if any(self._empty_literal(frame[name]) for name in emptied - dropped):
            return None
        return {name: given for name, given in frame.items() if name not in dropped}

    def _atoms(self, tested: Node, holds: bool) -> list[tuple[Node, bool]]:
        """The parts of a condition each of which alone decides the leaving (`a or b` leaving when it holds, `a and b`
        when it fails, through `not`/`!` and parentheses), each with whether it leaves when that part holds."""
        node = self.unwrap(tested)
        operator = node.child_by_field_id(self.fields.operator)
        written = self.source.raw(operator) if operator is not None else ""
        if node.type in ("not_operator", "unary_expression") and (node.type == "not_operator" or written == "!"):
            argument = node.child_by_field_id(self.fields.argument)
            return self._atoms(argument, not holds) if argument is not None else [(node, holds)]
        if node.type in ("boolean_operator", "binary_expression") and written in (("or", "||") if holds else ("and", "&&")):
            left, right = node.child_by_field_id(self.fields.left), node.child_by_field_id(self.fields.right)
            if left is not None and right is not None:
                return [*self._atoms(left, holds), *self._atoms(right, holds)]
        return [(node, holds)]

    def _emptiness_test(self, atom: Node) -> tuple[str, bool, str] | None:
        """The parameter a condition part tests for emptiness alone, whether the part holds when it is empty (`p is
        None`, `len(p) == 0`, `p === ''`, `p == null`, `typeof p === 'undefined'`) or when it is not (`p`, `len(p)`,
        `p.length`, `p is not None`, `p !== null`), and which empty values it tells apart: "falsy" (any), "none" (None,
        null, undefined), "blank" (""). None for any other test."""
        node = self.unwrap(atom)
        measured = self._measured(node)
        if measured is not None:
            return measured, False, "falsy"  # `p`, `len(p)`, `p.length`: true when present
        parts = [child for child in node.children if child.type != "comment"]
        if node.type not in ("comparison_operator", "binary_expression") or len(parts) != 3:
            return None
        left, operator, right = parts
        written = self.source.raw(operator)
        if self._measured(self.unwrap(left)) is None and not self._typeof(left) \
                and self._measured(self.unwrap(right)) is not None:
            left, right = right, left  # (`None is not p`, `null !== p`, `'' !== p`: the same test written the other way)
        if self._typeof(left):
            argument = left.child_by_field_id(self.fields.argument)
            name = self.source.raw(argument) if argument is not None and argument.type in self.name_types else None
            empty = self.source.raw(right).strip("'\"`") == "undefined"
        else:
            name = self._measured(self.unwrap(left))
            empty = right.type in ("none", "null", "undefined") or (right.type in ("string", "template_string")
                                                                    and self.source.raw(right).strip("'\"`fbru") == "") \
                or (right.type in ("integer", "number") and self.source.raw(right) == "0" and left.type != "identifier")
        if name is None or not empty or written not in ("is", "==", "===", "is not", "!=", "!=="):
            return None
        kind = "none" if right.type in ("none", "null", "undefined") or left.type == "unary_expression" \
            else "falsy" if right.type in ("integer", "number") else "blank"
        return name, written in ("is", "==", "==="), kind

    def _typeof(self, node: Node) -> bool:
        """Whether a node is JavaScript's `typeof x`."""
        return node.type == "unary_expression" and self.source.raw(node).startswith("typeof")

    def _measured(self, node: Node) -> str | None:
        """The parameter a value is of when it is the name itself, `len(name)` or `name.length`; None otherwise."""
        if node.type in self.name_types:
            return self.source.raw(node)
        if node.type == "call":
            callee = node.child_by_field_id(self.fields.function)
            arguments = node.child_by_field_id(self.fields.arguments)
            given = [child for child in arguments.named_children if child.type != "comment"] if arguments is not None else []
            if callee is not None and self.source.raw(callee) == "len" and len(given) == 1 and given[0].type in self.name_types:
                return self.source.raw(given[0])
        if node.type == "member_expression":
            owner, member = node.child_by_field_id(self.fields.object), node.child_by_field_id(self.fields.property)
            if owner is not None and member is not None and owner.type in self.name_types and self.source.raw(member) == "length":
                return self.source.raw(owner)
        return None

    def _empty_literal(self, given: Node | None) -> bool:
        """Whether what a call gives a parameter is written as an empty value (None, null, "", [], {})."""
        if given is None:
            return False
        node = self.unwrap(given)
        return node.type in ("none", "null", "undefined") or (node.type in ("list", "array", "dictionary", "object")
                                                              and not node.named_children) \
            or (node.type == "string" and self.source.raw(node).strip("'\"`fbru") == "")

    def _unfollowed(self, function: Node, inner: Node) -> LaunchRequest | None:
        """The launch a followed function's call makes, read as if the function were not called (its parameters
        unknown): what of it does not depend on the arguments. Read once per call site in the file."""
        cache = self._unfollowed_launches
        if inner.id not in cache:
            frame = self.frames.pop(function.id)
            try:
                cache[inner.id] = self.launch(inner)
            except RecursionError:
                cache[inner.id] = None
            finally:
                self.frames[function.id] = frame
        found: LaunchRequest | None = cache[inner.id]
        return found

    def calls_in(self, function: Node) -> list[Node]:
        starts = self._call_starts
        calls = self._calls
        first = bisect.bisect_left(starts, function.start_byte)
        last = bisect.bisect_left(starts, function.end_byte)
        return calls[first:last]

    def value(self, node: Node, path: Path, spans: TreeSpans, key: Offsets | None, depth: int = 0) -> Any:
        raise NotImplementedError

    def bound_value(self, node: Node, path: Path, spans: TreeSpans, key: Offsets | None, depth: int) -> Any:
        """The value a name is bound to (once, in scope): Unknown for anything else or a cycle; an object the
        name was handed away with is open (keys written are still checked; missing ones may be added there)."""
        name = self.source.raw(node)
        target = self.lookup(name, node, as_value=True)
        since: Node | None = None  # the statement that last binds the name before the use, when it is bound again
        if target is None and (rebound := self.rebound(name, node)) is not None:
            since, target = rebound
        if target is not None and self.unwrap(target).type in self.name_types:
            # Bound to another name (a followed wrapper's parameter given `payload`, `b = body`): that name's value,
            # with its own changes (members added, a call it is handed to), then this one's.
            target = self.unwrap(target)
        else:
            target = self.resolve(target) if target is not None else None
        if target is None and self.values_from is not None:  # `FLOW_ID` imported from another module of the run
            return self.imported_value(node, path, spans)
        if target is None or target.id in self._resolving:
            return Unknown(self.source.source(node))
        self._resolving.add(target.id)
        try:
            found = self.value(target, path, spans, key, depth + 1)
        finally:
            self._resolving.discard(target.id)
        changes = self.bindings.added(name, node)
        if since is not None:  # (the members given before it are the earlier object's)
            changes = [change for change in changes if change.at.start_byte >= since.end_byte]
        if changes:
            found = self.changed_value(found, changes, target, node, path, spans, depth)
        if isinstance(found, dict) and self.is_escaped(name, node):
            if spans.values_unknown is None:
                spans.values_unknown = self.given_up(name, node)
            written, read = self.keys_written(name, node)
            stored = self._stored_at(name, node) is not None
            loose = self.loose_keys(self.write_reach(target, node)) if stored else (frozenset(), frozenset())
            if EVERY_KEY in written or read == KEYS_NOT_READ or None in loose[0]:
                # stored where other code may reach it (`{ a: body }`, `[body]`, `this.last = body`), and some write of
                # the file may take any key out of what it reaches (`delete v[k]`): no key of it is known
                # `body.pop(name)`, `body.clear()`, a change not understood in a helper followed: any key may be
                # renamed or removed
                return KeysNotRead() if not path else OpenObject()
            # the keys the helpers are read to write may be added, renamed or removed: not known
            if read == KEYS_HANDED_AWAY:
                # the others may be rewritten by code not followed at all (an import): the body keeps its own members'
                # names (a documented decision), with nothing known below them; an object below the body, nothing known
                found = OpenObject({member: Unknown() for member in found if member not in written}) if not path \
                    else OpenObject()
            else:
                found = OpenObject({member: maybe_changed(value) for member, value in found.items() if member not in written})
            if stored:
                # what holds it may be iterated, indexed, spread or handed on, and a key taken out or replaced through
                # that (`for (const v of Object.values({ a: body })) delete v.inputData['Flow.x']`)
                found = self.loosened(found, loose)
            if not self.iterated or self.written_through(name, node) is None:
                return found
            # stored, and also written through a loop's item or a callback's parameter that may be it
            # (`const all = [body]; for (const r of all) delete r.extra`): what that write removes is not known sent
            return self.alias_keys(found, name, node, path, spans)
        if isinstance(found, dict) and self.aliases and (through := self.written_through(name, node)) is not None:
            spans.values_unknown = spans.values_unknown or through
            return self.alias_keys(maybe_changed(found), name, node, path, spans)
        return found

    def rebound(self, name: str, use: Node) -> tuple[Node, Node] | None:
        """Where a name bound more than once (`body = {…}`, then `body = {…}` again; `let body` reassigned) is last bound
        before a use, and the value it is bound to there, when that is certain: a statement of a sequence (a block, the
        file) that runs the use, before it, with no function between; no other binding or change of it but members
        given (read as changes after it) between the two, nor after the use where a loop may bring it back before the
        use (inside the use's own statement of that sequence), nor in a function (it may run whenever called). None
        otherwise, or for a name bound once."""
        scope = self.bindings.binder(name, use)
        if scope is None:
            return None
        values = self.bindings.bound.get((scope.id, name), [])
        if any(value is None for value in values):
            return None  # a binding of no value seen (a parameter, a loop's, an import): where it is bound is not known
        members = {change.at.id for change in self.bindings.added(name, use)}
        binds: list[tuple[Node, Node]] = []  # (the binding, its value)
        others: list[Node] = []
        for value in values:
            if value is not None and value.parent is not None:
                binds.append((value.parent, value))
        for written in self.bindings.written_at(name, use):
            if written.id in members:
                continue
            left = written.child_by_field_id(self.fields.left) if written.type == "assignment_expression" else None
            right = written.child_by_field_id(self.fields.right) if left is not None else None
            if left is not None and right is not None and left.type == "identifier" and self.source.raw(left) == name:
                binds.append((written, right))
            else:
                others.append(written)
        if len(binds) < 2:
            return None
        chosen: tuple[Node, Node, Node] | None = None  # (the binding, its value, the use's statement in its sequence)
        # A binding whose value holds the use (`body = { ...body, name }`) binds after the use is read: not the one
        # it reads, and no change between the two.
        reading = {bind.id for bind, value in binds if value.start_byte <= use.start_byte < value.end_byte}
        for bind, value in binds:
            if bind.type not in ("assignment", "assignment_expression", "variable_declarator") \
                    or not value.start_byte >= bind.start_byte or bind.id in reading:
                continue
            holding = self._statement_of(bind)
            reached = self._sequence_reach(holding, use) if holding is not None else None
            if reached is not None and (chosen is None or bind.start_byte > chosen[0].start_byte):
                chosen = (bind, value, reached)
        if chosen is None:
            return None
        bind, value, statement = chosen
        for written in [*(b for b, _ in binds if b != bind), *others]:
            if self._inside_function_of(written, scope):
                return None  # (called whenever)
            if written.start_byte < bind.start_byte:
                continue  # bound again by `bind` before the use
            if written.id in reading and self._statement_of(written) == statement:
                continue  # the statement the use is read in binds it, once the use is read (not in a loop of it)
            if written.start_byte < use.start_byte:
                return None  # between the two
            if statement.start_byte <= written.start_byte < statement.end_byte:
                return None  # after the use, where a loop of its statement may run it before the use again
        return bind, value

    def launch_text(self, node: Node | None) -> Text | Unknown:
        """A request's URL as text(), where a URL read when the code runs falls back to the launch endpoint written
        whole (`process.env.X || 'https://api.mypurecloud.com/api/v2/flows/executions'`, `os.environ.get("X", "…")`):
        that path on a base read when it runs whose default is the literal's origin, as `os.environ.get("BASE",
        "https://api.mypurecloud.com") + "/api/v2/flows/executions"` is read. The launch is then judged on its body;
        its host, which may be set otherwise, is the platform's unless it is (urls.default_host). A fallback that is
        not the launch endpoint itself (a near miss, a flow ID or a status read in its path, a base not seen) is
        left unknown: what the run may set instead is not known to be a launch."""
        url = self.text(node)
        if not isinstance(url, Assigned) or not url.fallback or self.frames \
                or _ENVIRONMENT_FALLBACK.match(url.source) is None:
            return url  # (only what the environment may set instead, never a wrapper's parameter or a config's key)
        written = url.written
        found = launch_url(Text((written,), url.span))
        origin = written.find("/", written.find("://") + 3) if "://" in written else -1
        if found is None or found.rest or found.in_path or found.near_miss or found.unseen_base or found.host is None \
                or origin < 0:
            return url
        base = Assigned(url.source, (url.span[0], url.span[0] + origin), written[:origin], fallback=True)
        return Text((base, written[origin:]), self.source.offsets(node) if node is not None else url.span)

    def branch_bound(self, use: Node) -> list[Node] | None:
        """The values a name is bound to by the `if`/`else` chain (Python's `match` with a `case _:`) that binds it
        last before a use, one a branch, when each is certainly what the use sees on its path: every branch that does
        not leave (`return`, `raise`, `throw`…) binds it once, as a plain statement of its own (`body = {…}`), and
        mentions it nowhere else; the chain is a statement of the use's sequence, no statement between them mentions
        it, nor the use's own statement before the use; it is never given a member, and never bound in a function
        (which may run between). None otherwise: one branch not known makes none of them known (`let body; if (c)
        body = {…}; else body = {…}`, judged as `c ? {…} : {…}` is)."""
        name = self.source.raw(use)
        scope = self.bindings.binder(name, use)
        mentions = self._name_mentions(name)
        if scope is None or self.bindings.added(name, use) or any(
                self._inside_function_of(written, scope) for written in self.bindings.written_at(name, use)):
            return None
        statement: Node | None = use
        while statement is not None and (statement.parent is None or statement.parent.type not in self.sequence_types):
            if statement.type in self.function_types:
                return None
            statement = statement.parent
        if statement is None or statement.parent is None \
                or self._mentioned(mentions, statement.start_byte, use.start_byte):
            return None
        # The statement of the sequence that last mentions it before: found from that mention, not by stepping back
        # through the statements between (each launch would step through the whole file's).
        before = bisect.bisect_left(mentions, statement.start_byte)
        chain = self.root.descendant_for_byte_range(mentions[before - 1], mentions[before - 1] + 1) if before else None
        for _ in range(_CLIMB):
            if chain is None or chain.parent == statement.parent:
                break
            chain = chain.parent
        found = self._paths(chain) if chain is not None and chain.parent == statement.parent else None
        if chain is None or found is None:
            return None
        paths, exhaustive = found
        values: list[Node] = []
        keeps = not exhaustive  # (a path that binds nothing keeps the value bound before the chain)
        for branch in paths:
            steps = [step for step in branch if step.type != "comment"]
            binding = [step for step in steps if self._mentioned(mentions, step.start_byte, step.end_byte)]
            if steps and steps[-1].type in self.jump_types | _LEAVING:
                continue  # (it leaves, whatever it binds: the use is not reached this way)
            if not binding:
                keeps = True
                continue
            value = self._plain_binding(binding[0], name, mentions) if len(binding) == 1 else None
            if value is None:
                return None
            values.append(value)
        if keeps:
            # `body = {…}` then `if (c) body = {…}` (no else): what is bound before is sent when no branch binds
            before_chain = bisect.bisect_left(mentions, chain.start_byte)
            earlier = self.root.descendant_for_byte_range(mentions[before_chain - 1], mentions[before_chain - 1] + 1) \
                if before_chain else None
            for _ in range(_CLIMB):
                if earlier is None or earlier.parent == chain.parent:
                    break
                earlier = earlier.parent
            value = self._plain_binding(earlier, name, mentions) if earlier is not None \
                and earlier.parent == chain.parent and self._only_mention(mentions, earlier) else None
            if value is None or not values:
                return None
            values.insert(0, value)
        return values or None

    def _plain_binding(self, step: Node, name: str, mentions: list[int]) -> Node | None:
        """The value a statement binds the name to when it is a plain binding of it (`body = {…}`, `let body = {…}`,
        `const body = {…}`) whose value does not mention it; None otherwise."""
        bound = step.named_children[0] if step.type in ("expression_statement", "lexical_declaration",
                                                        "variable_declaration") and step.named_children else None
        if bound is not None and bound.type == "variable_declarator" and len(step.named_children) != 1:
            return None  # (`let a = 1, body = {…}`: its own statement only)
        left = (bound.child_by_field_id(self.fields.left) or bound.child_by_field_id(self.fields.name)) \
            if bound is not None else None
        value = (bound.child_by_field_id(self.fields.right) or bound.child_by_field_id(self.fields.value)) \
            if bound is not None else None
        if bound is None or bound.type not in ("assignment", "assignment_expression", "variable_declarator") \
                or left is None or value is None or left.type != "identifier" or self.source.raw(left) != name \
                or self._mentioned(mentions, value.start_byte, value.end_byte):
            return None
        return value

    @staticmethod
    def _only_mention(mentions: list[int], statement: Node) -> bool:
        """Whether a statement mentions a name once (its binding's name)."""
        first = bisect.bisect_left(mentions, statement.start_byte)
        return first + 1 >= len(mentions) or mentions[first + 1] >= statement.end_byte

    def _paths(self, chain: Node) -> tuple[list[list[Node]], bool] | None:
        """The statements of each path a branching statement may run (_branches; a JavaScript `switch`, each case to
        its `break`; a `try` and each of its `except`/`catch` clauses, when it has no `else` or `finally`), and whether
        one of them always runs (an `else`, a `default`, a `case _`: else no path may run, and what is bound before
        it is sent). None for any other statement, or a case falling through into the next."""
        f = self.fields
        if chain.type == "try_statement":
            if any(child.type in ("else_clause", "finally_clause") for child in chain.named_children) \
                    or chain.child_by_field_id(f.finalizer) is not None:
                return None
            blocks = [chain.child_by_field_id(f.body) or next((c for c in chain.named_children if c.type == "block"), None)]
            for clause in chain.named_children:
                if clause.type in ("except_clause", "catch_clause"):
                    blocks.append(clause.child_by_field_id(f.body) or next(
                        (c for c in clause.named_children if c.type == "block"), None))
            if any(block is None for block in blocks) or len(blocks) < 2:
                return None
            return [list(block.named_children) for block in blocks if block is not None], True
        if chain.type == "switch_statement":
            body = chain.child_by_field_id(f.body)
            cases = [case for case in body.named_children if case.type in ("switch_case", "switch_default")] \
                if body is not None else []
            paths: list[list[Node]] = []
            for index, case in enumerate(cases):
                test = case.child_by_field_id(f.value)
                steps = [step for step in case.named_children if step != test and step.type != "comment"]
                if len(steps) == 1 and steps[0].type == "statement_block":
                    steps = [step for step in steps[0].named_children if step.type != "comment"]
                if not steps and index + 1 < len(cases):
                    continue  # (`case 'a': case 'b': …`: the next case's statements)
                if steps and steps[-1].type == "break_statement" and not steps[-1].named_children:
                    steps = steps[:-1]  # (leaves the switch, on to the use)
                elif index + 1 < len(cases) and not (steps and steps[-1].type in self.jump_types | _LEAVING):
                    return None  # (falls through into the next case)
                paths.append(steps)
            return (paths, any(case.type == "switch_default" for case in cases)) if paths else None
        branches = self._branches(chain, exhaustive=False)
        return (branches, self._branches(chain) is not None) if branches is not None else None

    def _name_mentions(self, name: str) -> list[int]:
        """Where a name is written as a name (its mentions but a member's or a keyword's own name, `{ body: … }`,
        `x.body`, `f(body=…)`, and a word in a string or a comment): fetch's `body: JSON.stringify(body)` mentions the
        name `body` once. Found once per name."""
        found = self._names_written.get(name)
        if found is None:
            found = self._names_written[name] = [at for at in self._mentions(name) if self._is_name_at(at, name)]
        return found

    def _is_name_at(self, at: int, name: str) -> bool:
        node = self.root.descendant_for_byte_range(at, at + len(name.encode()))
        if node is None or node.type not in self.name_types:
            return False
        holder, f = node.parent, self.fields
        return holder is None or not (
            (holder.type == "keyword_argument" and holder.child_by_field_id(f.name) == node)
            or (holder.type == "attribute" and holder.child_by_field_id(f.attribute) == node))

    def loop_items(self, use: Node) -> list[Node] | None:
        """The values a name takes, one a turn, when a loop over a list literal flowlint knows binds it (the list written
        there, or a name bound once to one and never changed): `for launch in LAUNCHES: requests.post(URL,
        json=launch)`, `for (const l of launches) …`, `launches.forEach((l) => …)`. Each item is a body the call sends
        in its turn, read as a launch of its own (branches.py). None when a turn may skip its send or the loop stop early
        (a condition between the loop and the use, a jump in the loop: `continue`, `break`, a `return`), when the name
        is bound or changed otherwise, or when the list holds a spread or more than MAX_LOOP_ITEMS items."""
        found = self.iterated_list(use)
        if found is None:
            return None
        iterable, body, callback = found
        name = self.source.raw(use)
        scope = self.bindings.binder(name, use)
        if scope is None or len(self.bindings.bound.get((scope.id, name), ())) != 1 or self.bindings.written_at(name, use):
            return None
        listed = self.resolve(iterable)
        if listed is None or listed.type not in self.held_types or listed.type in ("set", "expression_list"):
            return None
        items = [item for item in listed.named_children if item.type != "comment"]
        if not items or len(items) > MAX_LOOP_ITEMS or any(item.type in _SPREAD_ITEMS for item in items):
            return None
        above = use.parent
        while above is not None and above != body:
            if above.type in _CHOOSING:
                return None  # (`if ok(l): post(l)`, `ok && post(l)`: a turn may send nothing)
            above = above.parent
        pending, seen = [body], 0
        while pending:
            node = pending.pop()
            seen += 1
            if seen > _LOOP_BODY_NODES:
                return None
            if node.type in self.jump_types and not (callback and node.type == "return_statement" and (
                    node.start_byte <= use.start_byte < node.end_byte or node.start_byte > use.start_byte)):
                return None  # (a callback's `return post(l)` or a return after the send skips nothing; one before does)
            pending.extend(child for child in node.children if child.type not in self.function_types or child == body)
        return items

    def iterated_list(self, use: Node) -> tuple[Node, Node, bool] | None:
        """The list a loop around a use of a name takes that name's values from, the loop's body (or the callback),
        and whether it is a callback: the language's loop forms. None when no loop binds it."""
        return None

    @staticmethod
    def _mentioned(mentions: list[int], start: int, end: int) -> bool:
        """Whether a name (its mentions' starts) is written between two bytes."""
        first = bisect.bisect_left(mentions, start)
        return first < len(mentions) and mentions[first] < end

    def _branches(self, chain: Node, *, exhaustive: bool = True) -> list[list[Node]] | None:
        """The statements of each branch an `if`/`else if`/`else` chain (Python's `elif`, or a `match` ending in a
        bare `case _:`) may run, when one of them always runs (`exhaustive`; else also when none may); None for any
        other statement, or one that may run none."""
        f = self.fields
        branches: list[list[Node]] = []
        if chain.type == "match_statement":
            body = chain.child_by_field_id(f.body)
            cases = [case for case in body.named_children if case.type == "case_clause"] if body is not None else []
            patterns = [part for part in cases[-1].named_children if part.type == "case_pattern"] if cases else []
            if exhaustive and (len(patterns) != 1 or self.source.raw(patterns[0]) != "_"
                               or any(part.type == "if_clause" for part in cases[-1].named_children)):
                return None  # (no bare `case _:` last: it may run no case)
            for case in cases:
                block = case.child_by_field_id(f.consequence)
                if block is None:
                    return None
                branches.append(list(block.named_children))
            return branches
        node: Node | None = chain
        while node is not None and node.type == "if_statement":
            parts = [node.child_by_field_id(f.consequence)]
            following: Node | None = None  # `else if`: the chain goes on
            ended = False  # an `else`: one of its branches always runs
            for alternative in node.children_by_field_id(f.alternative):  # Python's `elif`s and `else`, JavaScript's `else`
                if alternative.type == "elif_clause":
                    parts.append(alternative.child_by_field_id(f.consequence))
                    continue
                held = alternative.child_by_field_id(f.body) or next(
                    (child for child in alternative.named_children if child.type != "comment"), None)
                if held is not None and held.type == "if_statement":
                    following = held
                else:
                    parts.append(held)
                    ended = True
            if following is None and not ended and exhaustive:
                return None
            for part in parts:
                if part is None:
                    return None
                branches.append(list(part.named_children) if part.type in ("block", "statement_block") else [part])
            node = following
        return branches or None

    def _statement_of(self, bind: Node) -> Node | None:
        """The statement a binding is, when it is a whole statement of a sequence (`body = {…}`, `let body = {…}`),
        not a part of one that may or may not run it (`c && (body = x)`, a `for` loop's head)."""
        statement = bind.parent
        if bind.type == "variable_declarator" and statement is not None \
                and statement.type not in ("lexical_declaration", "variable_declaration"):
            return None
        if bind.type != "variable_declarator" and (statement is None or statement.type != "expression_statement"):
            return None
        return statement if statement is not None and statement.parent is not None \
            and statement.parent.type in self.sequence_types else None

    def _sequence_reach(self, statement: Node, use: Node) -> Node | None:
        """The statement of `statement`'s sequence that holds the use, when it comes after `statement` and no function
        is between the use and the sequence; None otherwise."""
        sequence = statement.parent
        node: Node | None = use
        for _ in range(_CLIMB):
            if node is None or node.type in self.function_types or node.type in _DEFINITIONS:
                return None
            if node.parent == sequence:
                return node if node.start_byte >= statement.end_byte else None
            node = node.parent
        return None

    def _inside_function_of(self, node: Node, scope: Node) -> bool:
        """Whether a function (or class) is between a node and the scope binding its name."""
        above = node.parent
        for _ in range(_CLIMB):
            if above is None or above == scope:
                return False
            if above.type in self.function_types or above.type in _DEFINITIONS:
                return True
            above = above.parent
        return True

    def imported_value(self, node: Node, path: Path, spans: TreeSpans) -> Any:
        """The value a name or a member of one (`c.FLOW_ID`, `FLOWS["x"]`) brings from the module of the run a
        module-level import names (imported_values.py), shown at its use and never edited there; Unknown when it is
        no such name or its value is not known."""
        found, imported = self.values_from.value(node) if self.values_from is not None else (None, False)
        if not imported:
            return Unknown(self.source.source(node))
        spans.shown_only.add(path)  # (written in another module, which other code reads too)
        return found

    def alias_of(self, alias: Node, value: Node | None) -> None:
        """`alias = value`: remembered when the value is a name or a part of one (`body`, `body["inputData"]`,
        `body.inputData`, `body.get("inputData")`), whose object the alias may then change."""
        f = self.fields
        node = self.unwrap(value) if value is not None else None
        above = alias.parent
        named = above is not None and above.type in ("assignment", "variable_declarator") and alias in (
            above.child_by_field_id(f.left), above.child_by_field_id(f.name))  # `inputs = …`, not a pattern's name
        path: list[str] | None = [] if named else None
        while node is not None and node.type in _PARTS:
            if node.type == "call":  # body.get("inputData"), body.setdefault("inputData", {})
                callee = node.child_by_field_id(f.function)
                method = callee.child_by_field_id(f.attribute) if callee is not None and callee.type == "attribute" else None
                if method is None or self.source.raw(method) not in ("get", "setdefault"):
                    return
                arguments = node.child_by_field_id(f.arguments)
                key = arguments.named_children[0] if arguments is not None and arguments.named_children else None
                node = callee.child_by_field_id(f.object) if callee is not None else None
            else:
                key = node.child_by_field_id(f.subscript) or node.child_by_field_id(f.index) or (
                    node.child_by_field_id(f.property) if node.type == "member_expression" else None)
                node = node.child_by_field_id(f.object) or node.child_by_field_id(f.value)
            written = self.part_key(key) if key is not None and path is not None else None
            path = [written, *path] if written is not None and path is not None else None
            node = self.unwrap(node) if node is not None else None
        if node is not None and node.type == "identifier":
            self.aliases.append((alias, node, tuple(path) if path is not None else None))

    def iterated_alias(self, item: Node, iterable: Node | None, turn: tuple[Node, Node] | None = None) -> None:
        """`item` (a loop's variable, a callback's parameter) takes in turn each value `iterable` holds: an array, list,
        tuple or set literal written there, or a name bound to one when it is made (what is added to it later is no
        name of this file's bodies: unknown anyway). Each name it holds may be changed through `item`, as through an
        alias of the whole. `turn`: the statement running a loop that visits every item, and the body each turn runs;
        kept when the literal is written in the loop itself (a name's array may be emptied or changed before)."""
        node = self.unwrap(iterable) if iterable is not None else None
        if turn is not None and node is not None and node.type in self.held_types:
            self.turns[item.id] = turn
        if node is not None and node.type in self.name_types:
            node = self.bindings.resolve(self.source.raw(node), node, as_made=True)
            node = self.unwrap(node) if node is not None else None
        if node is None or node.type not in self.held_types:
            return
        for held in node.named_children:
            if held.type in self.name_types:
                self.aliases.append((item, held, ()))
                self.iterated.add(item.id)

    def iterated_parts(self, names: list[Node], iterable: Node | None, *, whole: bool) -> None:
        """The names a loop's item or a callback's first parameter declares, over a literal as iterated_alias reads
        it: a pattern taking parts of each item (`for (const { inputData } of [body])`, `for k, v in [(1, body)]`), or
        (`whole`: the item itself) over a literal holding names inside what it holds (`for r in [[body]]`). Each may
        reach each such name (be it, hold it, or be a part of it: not known which, nor at which path), so a write
        through it may change any key of it (alias_keys). (A plain item's own items are aliases of the whole:
        iterated_alias.)"""
        node = self.unwrap(iterable) if iterable is not None else None
        if node is not None and node.type in self.name_types:
            node = self.bindings.resolve(self.source.raw(node), node, as_made=True)
            node = self.unwrap(node) if node is not None else None
        if node is None or node.type not in self.held_types:
            return
        held: list[Node] = []
        pending = [(child, True) for child in node.named_children]
        while pending:
            child, direct = pending.pop()
            child = self.unwrap(child)
            if child.type in self.name_types:
                if not (whole and direct):
                    held.append(child)
            elif child.type in self.held_types:
                pending.extend((part, False) for part in child.named_children)
            elif child.type in self.object_types:  # its values: `{ b: body }`, `{ body }`, `{"b": body}`
                for member in child.named_children:
                    value = member.child_by_field_id(self.fields.value) if member.type == "pair" else member
                    if value is not None:
                        pending.append((value, False))
        for name in names if held else ():
            self.aliases.extend((name, source, None) for source in held)
            self.iterated.add(name.id)
            self.reaching.add(name.id)

    def part_key(self, key: Node) -> str | None:
        """The key a part of an object is read by, when written literally (`"inputData"`, `.inputData`)."""
        if key.type == "property_identifier":
            return self.source.raw(key)
        written = self.text(key) if key.type in ("string", "template_string") else None
        return written.value if isinstance(written, Text) else None

    @functools.cached_property
    def _aliases_of(self) -> dict[tuple[int, str], list[tuple[Node, tuple[str, ...] | None]]]:
        found: dict[tuple[int, str], list[tuple[Node, tuple[str, ...] | None]]] = {}
        for alias, source, path in self.aliases:
            found.setdefault(self.bindings.key(self.source.raw(source), source), []).append((alias, path))
        return found

    def alias_keys(self, found: dict[str, Any], name: str, at: Node, path: Path, spans: TreeSpans) -> dict[str, Any]:
        """The object a name means here (its values given up) with the keys its local aliases write before it is read
        here, as written_through finds them: a key an alias removes or may remove is left out (not known to be sent),
        one it certainly adds before (straight-line code of the read's block) is there, located where it is written,
        and a part written in a way not read (an alias of the alias, a pattern's part, a reassignment, a call that may
        change it in ways not followed) has nothing known below it."""
        here = self._function_of(at)
        changed = ChangedObject(found)
        for alias, part in self._aliases_of.get(self.bindings.key(name, at), ()):
            alias_name = self.source.raw(alias)
            writes = {w.id for w in self.bindings.written_at(alias_name, alias)
                      if self._function_of(w) != here or w.start_byte < at.start_byte}
            handed = self.changed_by(alias_name, alias) if self.escapes else None
            deeper = self._aliases_of.get(self.bindings.key(alias_name, alias))
            if not writes and handed is None and not deeper:
                continue
            if part is None and alias.id in self.reaching:  # it may be the name, hold it or be a part of it
                changed = ChangedObject(OpenObject())
                continue
            if part is None:  # which part: not known
                changed = ChangedObject(OpenObject({member: OpenObject() if isinstance(value, dict) else value
                                                    for member, value in changed.value.items()}))
                continue
            keys, read = self.keys_written(alias_name, alias) if handed is not None else (frozenset(), KEYS_ALL_READ)
            if deeper or read != KEYS_ALL_READ or EVERY_KEY in keys or (writes and self.bindings.is_changed(
                    alias_name, alias, as_value=True)):
                if part:
                    changed.assign(part, OpenObject())
                else:
                    changed = ChangedObject(OpenObject())
                continue
            for change in self.bindings.added(alias_name, alias):
                if change.at.id not in writes:
                    continue  # after the read, in its function
                full = (*part, *change.path)
                if not change.removed and change.key is not None and (
                        self.before(change.at, at, alias) if alias.id not in self.iterated
                        else self.every_turn(change.at, alias, at) and self.surely_sent(change, full, name, at, alias)):
                    changed.assign(full, Unknown())
                    spans.add((*path, *full), self.source.offsets(change.key),
                              self.source.offsets(change.value if change.value is not None else change.at))
                else:  # (a value the encoder may leave out, `= undefined`: the key may be gone)
                    changed.open(full, change.removed or self.may_omit(change))
            for key in keys:
                changed.open((*part, key), True)
        keys_written: dict[str, Any] = changed.value  # (an object still: every change above keeps it one)
        return keys_written

    def may_omit(self, change: Change) -> bool:
        """Whether the value a change gives may be one the encoder leaves out (JavaScript's `undefined`)."""
        if self.sent_types is None:
            return False
        value = self.unwrap(change.value) if change.value is not None else None
        return value is None or value.type not in self.sent_types

    def surely_sent(self, change: Change, full: tuple[str, ...], name: str, at: Node, alias: Node) -> bool:
        """Whether a key given through a loop's item in every turn is certainly sent, as one given directly would be:
        its value is one the encoder never leaves out (JavaScript's `undefined`, a function: see `sent_types`) and no
        other write (to the name itself, or through another alias) gives or removes that key, unless it is a statement
        certainly run before the loop (the loop's write then replaces what it did); a later `del`, `pop`, `delete`, or
        one whose order is not known, may take it out: such a key stays possible only."""
        if self.may_omit(change):
            return False
        turn = self.turns.get(alias.id)

        def touches(path: tuple[str, ...], other: Change) -> bool:
            return (path[:len(full)] == full or full[:len(path)] == path) \
                and not (turn is not None and self.before(other.at, turn[0], None))

        if any(touches(other.path, other) for other in self.bindings.added(name, at)):
            return False
        for other_alias, part in self._aliases_of.get(self.bindings.key(name, at), ()):
            if other_alias == alias:
                continue
            if part is None or any(touches((*part, *other.path), other) for other in self.bindings.added(
                    self.source.raw(other_alias), other_alias)):
                return False
        return True

    def written_through(self, name: str, at: Node) -> tuple[Offsets, str, str] | None:
        """Where the object a name means here may be changed through a local alias of it or of a part of it
        (`inputs = body["inputData"]; inputs["Flow.x"] = …`) before it is read here: the alias written (a member, a
        mutating call, del, a reassignment) in another function or earlier in this one, or handed to a call that may
        change it. Such writes are not followed: the object's values are given up (its keys still checked)."""
        here = self._function_of(at)
        seen: set[tuple[int, str]] = set()
        pending = [(name, at)]
        while pending:
            owner, place = pending.pop()
            key = self.bindings.key(owner, place)
            if key in seen:
                continue
            seen.add(key)
            for alias, part in self._aliases_of.get(key, ()):
                alias_name = self.source.raw(alias)
                write = next((w for w in self.bindings.written_at(alias_name, alias)
                              if self._function_of(w) != here or w.start_byte < at.start_byte), None)
                relation = "a part of" if alias.id not in self.iterated else "which may be" if part is not None else \
                    "which may reach"  # (a loop's pattern, `for (const { inputData } of [body])`, or an item holding it)
                shown = f"`{alias_name}` ({relation} `{name}`, line {alias.start_point[0] + 1})"
                if write is not None:
                    return self.source.offsets(write), f"{shown} is written (line {write.start_point[0] + 1})", (
                        f"write to `{name}` itself (its changes are followed), or build the value before it is put "
                        "in the body")
                changed = self.changed_by(alias_name, alias) if self.escapes else None
                if changed is not None:
                    call, why = changed
                    return self.source.offsets(call), (f"{shown} is handed to `{self.source.source(call, 40)}` (line "
                                                        f"{call.start_point[0] + 1}), {why}"), (
                        "have that call return a new value and put it in the body where the body is built")
                pending.append((alias_name, alias))
        return None

    def store_held(self, names: list[Node], literal: Node, nesting: tuple[str, ...], arguments: str,
                   reads_only: frozenset[str]) -> None:
        """The names a literal holds as values, stored where other code may reach them: unless the outermost literal
        holding them (through `nesting` kinds) is an argument (of the `arguments` kind) of a call that only reads it
        (a launch's body, a log line: its callee's last name in `reads_only`)."""
        if names and not self.only_read(literal, nesting, arguments, reads_only):
            self.stored.extend((self.source.raw(name), name) for name in names)

    def wrote_key(self, key: Node | str | None, *, removes: bool, at: Node) -> None:
        """A write at `at` takes out (`removes`) or gives a new value to the member `key` (its key's node, or its
        text; None: one not known) of whatever it writes: of a stored body too, if that is what it reaches
        (`loosened`), when the function it is written in may run while the body is held (`write_reach`)."""
        self.key_writes.append((key, removes, at))

    @functools.cached_property
    def _reach_index(self) -> tuple[dict[int, set[str]], dict[str, list[int]], set[int], list[tuple[int, ...]],
                                    list[tuple[int, int, int]]]:
        """What the file's functions may call, found in one sweep over their spans (they nest: sorted by start, a stack
        holds those around a place): each function's id with the names of the file's named functions written inside
        it (a call, `strip(v)`, `self.strip(v)`, or a callback handed on, `items.forEach(strip)`); those names with the
        functions they name; the functions making a call whose callee is no name (`handlers[k](v)`, `f()(v)`: any
        function may be called); each key write's functions around it (innermost last; none: the top level); and the
        functions' spans (start, end, id) by start."""
        functions = [node for node in self.nodes if node.type in self.named_function_types]
        spans = [(node.start_byte, node.end_byte, node.id) for node in functions]
        by_name: dict[str, list[int]] = {}
        for node in functions:
            name = self.function_name(node)
            if name is not None:
                by_name.setdefault(name, []).append(node.id)
        events: list[tuple[int, int, str | None]] = []  # (where, kind: 0 a mention, 1 a dynamic call, 2 a write, its name)
        for name in by_name:
            events.extend((at, 0, name) for at in self._mentions(name))
        dynamic_callees = self.dynamic_callee_types
        for call in self._calls:
            callee = call.child_by_field_id(self.fields.function)
            if callee is not None and self.unwrap(callee).type in dynamic_callees:
                events.append((call.start_byte, 1, None))
        events.extend((at.start_byte, 2, str(number)) for number, (_, _, at) in enumerate(self.key_writes))
        events.sort(key=lambda event: event[0])
        mentioned: dict[int, set[str]] = {}
        dynamic: set[int] = set()
        chains: list[tuple[int, ...]] = [()] * len(self.key_writes)
        stack: list[tuple[int, int]] = []  # (end, id) of the functions around the place reached
        next_function = 0
        for at, kind, name in events:
            while next_function < len(spans) and spans[next_function][0] <= at:
                start, end, number = spans[next_function]
                while stack and stack[-1][0] <= start:
                    stack.pop()
                stack.append((end, number))
                next_function += 1
            while stack and stack[-1][0] <= at:
                stack.pop()
            if kind == 0:
                for _, number in stack:
                    mentioned.setdefault(number, set()).add(name)  # type: ignore[arg-type]
            elif kind == 1:
                dynamic.update(number for _, number in stack)
            else:
                chains[int(name)] = tuple(number for _, number in stack)  # type: ignore[arg-type]
        return mentioned, by_name, dynamic, chains, spans

    def write_reach(self, made: Node, at: Node) -> frozenset[int] | None:
        """The functions whose writes may reach an object made at `made` and read at `at` while it is held: the
        function it is made in and the one it is read in (with the functions written inside them), and every named
        function of the file they may call, as far as calls go (by name: `strip(v)`, `self.strip(v)`, a callback handed
        on); None (any function's) when it is made or read at the top level, or a call whose callee is no name may call
        any function. A write in a function none of these may call runs before the object is made or after it is read
        (or not at all): it cannot change what is sent."""
        mentioned, by_name, dynamic, _, spans = self._reach_index
        made_in, read_in = self._innermost(spans, made.start_byte), self._innermost(spans, at.start_byte)
        if made_in is None or read_in is None:
            return None
        key = (made_in, read_in)
        cached = self._reaches.get(key, False)
        if cached is not False:
            return cached  # type: ignore[return-value]
        reach: set[int] = set()
        pending = [made_in, read_in]
        found: frozenset[int] | None = None
        while pending:
            number = pending.pop()
            if number in reach:
                continue
            if number in dynamic:
                break
            reach.add(number)
            for name in mentioned.get(number, ()):
                pending.extend(by_name[name])
        else:
            found = frozenset(reach)
        self._reaches[key] = found
        return found

    @functools.cached_property
    def _reaches(self) -> dict[tuple[int, int], frozenset[int] | None]:
        return {}

    def function_name(self, function: Node) -> str | None:
        """The name a function is called by: its own (`def strip`, `function strip`, a method's), or, written without
        one, the name it is bound to (`const strip = (v) => …`, `this.strip = function () {…}`, `{ strip: (v) => … }`)."""
        f = self.fields
        name = function.child_by_field_id(f.name)
        if name is None:
            above = function.parent
            if above is not None and above.type == "variable_declarator":
                name = above.child_by_field_id(f.name)
            elif above is not None and above.type in ("assignment_expression", "assignment"):
                name = above.child_by_field_id(f.left)
                if name is not None and name.type in ("member_expression", "attribute"):
                    name = name.child_by_field_id(f.property) or name.child_by_field_id(f.attribute)
            elif above is not None and above.type == "pair":
                key = above.child_by_field_id(f.key)
                return self.key(key) if key is not None else None
        return self.source.raw(name) if name is not None and name.type in (
            "identifier", "property_identifier", "private_property_identifier", "type_identifier") else None

    @functools.cached_property
    def _enclosing(self) -> list[int]:
        """For each named-function span (by start), the index of the span around it (-1: none): found with a stack."""
        spans = self._reach_index[4]
        found: list[int] = []
        stack: list[int] = []
        for index, (start, _, _) in enumerate(spans):
            while stack and spans[stack[-1]][1] <= start:
                stack.pop()
            found.append(stack[-1] if stack else -1)
            stack.append(index)
        return found

    def _innermost(self, spans: list[tuple[int, int, int]], at: int) -> int | None:
        """The id of the innermost named-function span holding byte `at` (None: the top level)."""
        index = bisect.bisect_right(spans, (at, sys.maxsize, sys.maxsize)) - 1
        enclosing = self._enclosing
        while index >= 0 and spans[index][1] <= at:
            index = enclosing[index]
        return spans[index][2] if index >= 0 else None

    def loose_keys(self, reach: frozenset[int] | None) -> tuple[frozenset[str | None], frozenset[str | None]]:
        """The keys the file's writes that may reach a stored body (written in one of the `reach` functions, or in
        none: at the top level; None: any write) may take out, and those they may give a new value (None: any key)."""
        cached = self._loose.get(reach)
        if cached is not None:
            return cached
        chains = self._reach_index[3] if reach is not None else []
        removed: set[str | None] = set()
        replaced: set[str | None] = set()
        for number, (key, removes, _) in enumerate(self.key_writes):
            if reach is not None and chains[number] and reach.isdisjoint(chains[number]):
                continue  # written in a function that cannot run while the body is held
            (removed if removes else replaced).add(key if key is None or isinstance(key, str) else self.key(key))
        found = frozenset(removed), frozenset(replaced)
        self._loose[reach] = found
        return found

    @functools.cached_property
    def _loose(self) -> dict[frozenset[int] | None, tuple[frozenset[str | None], frozenset[str | None]]]:
        return {}

    def loosened(self, found: dict[str, Any], loose: tuple[frozenset[str | None], frozenset[str | None]]) -> dict[str, Any]:
        """A stored body (its values given up) as the writes that may reach it (`loose`: loose_keys) may leave it: a
        member a write may take out is not known to be sent, one a write may give a new value has nothing known below
        it; a write to a key not known leaves only the body's own members' names (below them, anything may be
        replaced)."""
        removed, replaced = loose
        kept: dict[str, Any] = {}
        for member, value in found.items():
            if member in removed:
                continue
            if isinstance(value, dict):
                value = OpenObject() if member in replaced or None in replaced else self.loosened(value, loose)
            kept[member] = value
        return OpenObject(kept)

    def only_read(self, literal: Node, nesting: tuple[str, ...], arguments: str, reads_only: frozenset[str]) -> bool:
        """Whether the outermost literal holding `literal` (through `nesting` kinds) is an argument (of the `arguments`
        kind) of a call that only reads it (its callee's last name in `reads_only`)."""
        above = parent_of(literal)
        while above is not None and above.type in nesting:
            above = parent_of(above)
        if above is not None and above.type == arguments and (call := parent_of(above)) is not None:
            callee = call.child_by_field_id(self.fields.function)
            return callee is not None and self.source.raw(callee).rsplit(".", 1)[-1] in reads_only
        return False

    def spread_members(self, node: Node, path: Path, spans: TreeSpans, depth: int) -> dict[str, Any] | None:
        """The members a spread adds to an object literal (JS `...base`, Python `**base`), when base is an object
        flowlint knows (a name bound to one): located where base writes them, shown there but never edited (base may
        serve other calls). None otherwise."""
        if self.unwrap(node).type not in self.name_types:
            return None
        own = TreeSpans()
        found = self.value(node, path, own, None, depth + 1)
        if not isinstance(found, dict):
            return None
        for member, (key, value) in own.spans.items():
            if len(member) > len(path):
                spans.add(member, key, value)
                spans.shown_only.add(member[:len(path) + 1])
        spans.shown_only.update(p for p in own.shown_only if len(p) > len(path))
        spans.values_unknown = spans.values_unknown or own.values_unknown
        return found

    def maybe_members(self, branches: list[Node], path: Path, spans: TreeSpans, depth: int,
                      guards: Sequence[Sequence[tuple[Node, bool]]] = ()) -> OpenObject | None:
        """The members a conditional spread may add (JS `...(c && { … })`, `...(c ? { … } : {})`, Python `**({…} if c
        else {})`), given its branches: each an object literal written in place (or nothing, None): every member of
        each, each sent on some path (the object may lack any of them: open). None when a branch is anything else. A
        member whose value its branch's condition rules out (`guards`: for each branch, its conditions and whether it
        is taken when each holds; `...(name ? { name } : {})` with `name` null: ruled_out) is not known there."""
        members: dict[str, Any] = {}
        for index, branch in enumerate(branches):
            conditions = guards[index] if index < len(guards) else ()  # (what taking this branch tells)
            branch = self.unwrap(branch)
            if branch.type in self.nothing_types:
                continue
            if branch.type not in self.object_types:
                return None
            own = TreeSpans()
            found = self.value(branch, path, own, None, depth + 1)
            if not isinstance(found, dict):
                return None
            for child in branch.named_children if conditions else ():
                written = child if child.type == "shorthand_property_identifier" else \
                    child.child_by_field_id(self.fields.value) if child.type == "pair" else None
                written_key = child.child_by_field_id(self.fields.key) if child.type == "pair" else None
                name = self.source.raw(child) if child.type == "shorthand_property_identifier" \
                    else self.key(written_key) if written_key is not None and written is not None else None
                if name is not None and name in found and self.ruled_out(found[name], written, conditions):
                    found[name] = Unknown(self.source.source(written))  # type: ignore[arg-type]
                    own.drop((*path, name))
            for member, (key, value) in own.spans.items():
                if len(member) > len(path):
                    spans.add(member, key, value)
            spans.shown_only.update(p for p in own.shown_only if len(p) > len(path))
            spans.values_unknown = spans.values_unknown or own.values_unknown
            members.update(found)
        return OpenObject(members)

    def field_value(self, node: Node, found: tuple[list[Change], bool] | None, target: Node | None, path: Path,
                    spans: TreeSpans, key: Offsets | None, depth: int) -> Any:
        """A class field's value (`this.body`, `self.body`) read at `node`: the one value its class gives it
        (`target`), with the class's changes to it (`found`: the changes, and whether other code may add members);
        Unknown when either is not known, or in a cycle."""
        if found is None or target is None or target.id in self._resolving:
            return Unknown(self.source.source(node))
        changes, is_open = found
        self._resolving.add(target.id)
        try:
            value = self.value(target, path, spans, key, depth + 1)
        finally:
            self._resolving.discard(target.id)
        if changes:
            value = self.changed_value(value, changes, self.unwrap(target), node, path, spans, depth)
        return OpenObject(value) if is_open and isinstance(value, dict) else value

    @functools.cached_property
    def _escaped(self) -> dict[tuple[int, str], list[tuple[Node, Node, Node]]]:
        found: dict[tuple[int, str], list[tuple[Node, Node, Node]]] = {}
        for name, at, argument, call in self.escapes:
            found.setdefault(self.bindings.key(name, at), []).append((at, argument, call))
        return found

    @functools.cached_property
    def hand_offs(self) -> HandOffsLike:
        """Whether the calls a body is handed to may change it (the language's readers and same-file functions)."""
        raise NotImplementedError

    def key(self, node: Node) -> str | None:
        """The key a literal written as a member's name (`"x"`, `x`, `1`) sends as; None when it is not one."""
        raise NotImplementedError

    @functools.cached_property
    def _roots(self) -> dict[int, Node]:
        """The start of the chain each node walked is in (chain_root)."""
        return {}

    def last_name(self, node: Node | None) -> str:
        """The last name a callee or a receiver is written with (`post` of `requests.post`, `http.post`, `post`), read
        from its nodes, never its text: in a chain (`f(a).get(k).get(k)…`) a node's text is the whole chain before it,
        so reading it at each call reads characters quadratic in the chain. "" for anything else (a call, a
        subscript): what a dotted text's last part would be there names nothing."""
        if node is None:
            return ""
        if node.type in ("identifier", "property_identifier"):
            return self.source.raw(node)
        if node.type in ("attribute", "member_expression"):
            member = node.child_by_field_id(self.fields.attribute) or node.child_by_field_id(self.fields.property)
            return self.source.raw(member) if member is not None else ""
        return ""

    def may_be_own(self, callee: Node) -> str | None:
        """The name a callee calls when it may be a function of this file (`log(b)`, `self.info(b)`, `this.post(b)`);
        None for anything else (`requests.post`, `console.log`): a cheap test of its form, no look-up."""
        f = self.fields
        if callee.type == "identifier":
            return self.source.raw(callee)
        if callee.type in ("attribute", "member_expression"):
            owner = callee.child_by_field_id(f.object)
            member = callee.child_by_field_id(f.attribute) or callee.child_by_field_id(f.property)
            if owner is not None and member is not None and owner.type in ("identifier", "this") \
                    and self.source.raw(owner) in ("self", "cls", "this"):
                return self.source.raw(member)
        return None

    def _handed_to(self, name: str, at: Node) -> Iterator[tuple[Node, Node, bool]]:
        """The calls (in the file's order) the binding a name means here is handed to, each with the argument it is
        given as and whether that argument is the object itself (not one of its members)."""
        for written, argument, call in self._escaped.get(self.bindings.key(name, at), ()) if self.escapes else ():
            if any(argument in frame.values() for frame in self.frames.values()):
                continue  # read through this very call (a wrapper that sends it): its changes are read where they are
            yield call, argument, self.unwrap(argument) == written

    def changed_by(self, name: str, at: Node) -> tuple[Node, str] | None:
        """The first call (in the file's order) handed the binding a name means here that may change it in place, with
        why ("which changes it (line 2)"); None when every call it is handed to only reads it."""
        for call, argument, whole in self._handed_to(name, at):
            why = self.hand_offs.changes(call, argument, whole)
            if why is not None:
                return call, why
        return None

    def keys_written(self, name: str, at: Node) -> tuple[frozenset[str], int]:
        """The keys of the object a name means here that the calls it is handed to, which may change it, are read to
        add, rename or remove (see HandOffs.keys_written; none: they write only values below its members' keys), and
        how much of their changes was read (KEYS_ALL_READ, KEYS_HANDED_AWAY, KEYS_NOT_READ: the worst)."""
        found: set[str] = set()
        read = KEYS_ALL_READ
        for call, argument, whole in self._handed_to(name, at):
            keys, its_read = self.hand_offs.keys_written(call, argument, whole)
            found |= keys
            read = max(read, its_read)
        return frozenset(found), read

    def _stored_at(self, name: str, at: Node) -> Node | None:
        """Where the binding a name means here is stored where other code may reach it before it is read here
        (earlier in the same function, or in another one), if it is."""
        functions = self._stored.get(self.bindings.key(name, at)) if self.stored else None
        if not functions:
            return None
        here = self._function_of(at)
        if len(functions) > (here in functions) or functions[here] < at.start_byte:
            return self._first_stored[self.bindings.key(name, at)]
        return None

    def given_up(self, name: str, at: Node) -> tuple[Offsets, str, str] | None:
        """Why the values of the object a name means here are not known: where and why it may be changed (handed to
        a call that may change it, or stored where other code may), and how to make them checkable; None when they
        are known."""
        changed = self.changed_by(name, at)
        if changed is not None:
            call, why = changed
            callee = call.child_by_field_id(self.fields.function)
            shown = f"`{self.source.source(callee, 40)}()`" if callee is not None else f"`{self.source.source(call, 40)}`"
            return self.source.offsets(call), (f"`{name}` is handed to {shown} (line {call.start_point[0] + 1}), {why}"), (
                f"have {shown} return a new object and send that, or make its change where the body is built; a function "
                "of this file that only reads what it is given (no write, no hand-off to code that may write) keeps the "
                "values checked")
        stored = self._stored_at(name, at)
        if stored is not None:
            return self.source.offsets(stored), (f"`{name}` is stored where other code may change it (line "
                                                 f"{stored.start_point[0] + 1})"), (
                "send an object built where it is sent (or a copy made there), not one other code can reach")
        return None

    @functools.cached_property
    def _stored(self) -> dict[tuple[int, str], dict[int, int]]:
        """Each binding stored somewhere: the function ids it is stored in, each with its earliest place there."""
        found: dict[tuple[int, str], dict[int, int]] = {}
        for name, at in self.stored:
            functions = found.setdefault(self.bindings.key(name, at), {})
            function = self._function_of(at)
            functions[function] = min(functions.get(function, at.start_byte), at.start_byte)
        return found

    @functools.cached_property
    def _first_stored(self) -> dict[tuple[int, str], Node]:
        """Each binding stored somewhere: the first place it is stored at (the earliest in the file; of two at the
        same byte, the first recorded), found in one pass, not in a pass over every store for each body read."""
        found: dict[tuple[int, str], Node] = {}
        for name, at in self.stored:
            key = self.bindings.key(name, at)
            first = found.get(key)
            if first is None or at.start_byte < first.start_byte:
                found[key] = at
        return found

    def is_escaped(self, name: str, at: Node) -> bool:
        """Whether the binding a name means here was handed to a function that may change it, or stored
        where other code may reach it before it is read here (earlier in the same function, or in another one: the
        place it is read at itself, a literal holding it, is no store before that read)."""
        if self.escapes and self.changed_by(name, at) is not None:
            return True
        if not self.stored:
            return False
        functions = self._stored.get(self.bindings.key(name, at))
        if not functions:
            return False
        here = self._function_of(at)
        return len(functions) > (here in functions) or functions[here] < at.start_byte

    def _function_of(self, node: Node) -> int:
        """The id of the function (or class) a node is written in; -1 for the file's top level."""
        above = node.parent
        while above is not None and above.type not in self.function_types:
            above = above.parent
        return above.id if above is not None else -1

    def changed_value(self, found: Any, changes: list[Change], made: Node, use: Node, path: Path, spans: TreeSpans,
                      depth: int) -> Any:
        """The object bound at `made` as it is where `use` reads it, after the changes to it.

        A change written in straight-line code before the use (a statement of the same sequence, in the same
        function, after the binding) certainly happened there: the member it gives is there with its value, or the
        one it removes is gone. Any other (a conditional or a loop's, another function's, one after the use: a client
        may serialize the object later, as axios does) may or may not have happened, whenever it runs: applied after
        the certain ones, it leaves its member's value unknown and the object open, or its member not known present.
        """
        certain: list[Change] = []
        others: list[Change] = []
        for change in changes:
            (certain if (change.removed or change.value is not None) and self.before(change.at, use, made) else others).append(change)
        changed = ChangedObject(found)
        for change in certain:
            full = (*path, *change.path)
            member: Any = _REMOVED
            if not change.removed and change.value is not None:
                spans.drop(full)  # what the member held before is not where it is now
                member = self.value(change.value, full, spans,
                                    self.source.offsets(change.key) if change.key is not None else None, depth + 1)
                if member is self.omitted:
                    member = _REMOVED
            changed.assign(change.path, member)
        for change in others:
            branch = self._branch_before(change.at, use, made) if not change.removed and change.value is not None \
                and change.path[-1:] != (EVERY_KEY,) else None
            if branch is not None and branch[1]:
                continue  # made in a branch that then leaves (`return`, `raise`, `continue`…): never reaches the send
            if branch is not None and change.value is not None:
                # given only on some paths (`if vip: body["inputData"]["Flow.isVip"] = "yes"`): whenever it is given,
                # it is this key and this value, judged as a conditional spread's members are; only its presence is
                # not known (its object open)
                full = (*path, *change.path)
                member = self.value(change.value, full, spans,
                                    self.source.offsets(change.key) if change.key is not None else None, depth + 1)
                if member is not self.omitted and not self.ruled_out(member, change.value, branch[0]) \
                        and changed.maybe(change.path, member):
                    continue
                spans.drop(full)
            changed.open(change.path, change.removed)
        return changed.value

    def _branch_before(self, change: Node, use: Node, made: Node | None) -> tuple[list[tuple[Node, bool]], bool] | None:
        """When a change is a statement of a branch of an `if` (an `else`, Python's `elif`, a `match`'s case), of
        branches nested so, whose outermost statement runs before the use in its sequence (as `before` judges a
        change), made whenever that branch runs: the conditions of the `if`s around it, each with whether the branch is
        taken when it holds (its consequence) or when it fails (an `else`, or an `elif` after it), and whether a branch
        around it leaves after it (its last statement a `return`, `raise`, `throw`, `break` or `continue`: what it
        changes is not sent). None otherwise: not in a loop, a `try`, a function."""
        statement = change.parent
        if statement is None or statement.type != "expression_statement":
            return None
        node: Node = statement
        came: Node | None = None  # (the child of `node` the climb came from)
        conditions: list[tuple[Node, bool]] = []
        leaves = False
        for _ in range(_BRANCH_DEPTH):
            above = node.parent
            if above is None:
                return None
            if node.type in ("if_statement", "elif_clause") and came is not None:
                tested = node.child_by_field_id(self.fields.condition)
                if tested is not None:
                    conditions.append((tested, came.type not in ("else_clause", "elif_clause")))
            if above.type in self.sequence_types:
                if node.type in ("if_statement", "match_statement") and self.before(node, use, made, statement=node):
                    return conditions, leaves  # (the outermost branching statement, run before the use in its sequence)
                if above.parent is None or above.parent.type not in _BRANCHES:
                    return None  # (a block of anything else: a loop's, a `try`'s, a function's)
                last = next((step for step in reversed(above.named_children) if step.type != "comment"), None)
                leaves = leaves or (last is not None and last.type in self.jump_types | _LEAVING)
                came, node = above, above.parent
            elif above.type in _BRANCHES:
                came, node = node, above  # (`if (c) body.x = 1;`, `else if`, a case's or an `else`'s clause)
            else:
                return None
        return None

    def ruled_out(self, value: Any, written: Node | None, conditions: Sequence[tuple[Node, bool]]) -> bool:
        """Whether the value read for a member given under conditions (an `if`'s, a conditional spread's: each with
        whether the member's branch is taken when it holds or when it fails) is one the taken branch rules out: the
        value is empty and what is written for it (`name`, `{ name }`, `due`) is a parameter a condition part that must
        hold there tests as present (`if name:`, `if x is not None`, `due !== ''`, `len(x)`, `name ? { name } : {}`,
        `due && {…}`, an `and` of such; on an `else`, one that must fail tests it as empty). Such a value (a call's
        default, followed into the function) is never sent there: not judged. A guard that lets it through (`if name is
        None:`, `if not name:`, an `else` of `if name:`), or that only mentions it (`if phone != name:`), judges it."""
        if not conditions or written is None or not _empty(value):
            return False
        names = {self.source.raw(node) for node in walk(written) if node.type in self.name_types}
        for condition, taken_when_holds in conditions:
            for atom, must_hold in self._musts(condition, taken_when_holds):
                test = self._emptiness_test(atom)
                if test is None or test[0] not in names or must_hold == test[1]:
                    continue  # (no test of it, or the branch is taken with it empty)
                kind = test[2]
                if kind == "falsy" or (kind == "none" and value is None) or (kind == "blank" and value == ""):
                    return True
        return False

    def _musts(self, tested: Node, holds: bool) -> list[tuple[Node, bool]]:
        """The parts of a condition that each must hold (True) or fail (False) when the whole holds (`holds`) or fails:
        both sides of an `and` that holds, of an `or` that fails, through `not`/`!` and parentheses: the parts each of
        which alone would decide the opposite outcome (_atoms), each to be as it was not."""
        return [(node, not decides) for node, decides in self._atoms(tested, not holds)]

    def every_turn(self, change: Node, item: Node, use: Node) -> bool:
        """Whether a change through a loop's item (or a callback's parameter) is made to every name the loop holds
        before the use: the loop visits each (`turns`), the change is a statement of the body each turn runs (or an
        arrow's whole body) with no statement before it that may leave the turn (break, continue, return, throw), and
        the loop is a statement run before the use in the use's sequence (as `before` judges a change)."""
        turn = self.turns.get(item.id)
        if turn is None:
            return False
        loop, body = turn
        statement = change.parent
        if change != body:
            if statement is None or statement.type != "expression_statement":
                return False
            if statement != body:
                if statement.parent != body or body.type not in self.sequence_types:
                    return False
                for earlier in body.named_children:
                    if earlier == statement:
                        break
                    if any(part.type in self.jump_types for part in walk(earlier)):
                        return False
        return self.before(loop, use, None, statement=loop)

    def before(self, change: Node, use: Node, made: Node | None, *, statement: Node | None = None) -> bool:
        """Whether the change is an expression statement of the sequence of statements (a block, the file) that runs
        the use, before it, after the binding's value is made, with no function between the use and that sequence.
        `statement`: the statement making the change (a loop), whatever statement it is."""
        if statement is None:
            statement = change if change.type == "delete_statement" else change.parent  # Python's `del` is a statement
            if statement is not None and statement.type not in ("expression_statement", "delete_statement"):
                statement = None
        sequence = statement.parent if statement is not None else None
        if sequence is None or sequence.type not in self.sequence_types:
            return False
        if made is not None and sequence.start_byte <= made.start_byte < sequence.end_byte \
                and made.end_byte > statement.start_byte:  # type: ignore[union-attr]
            return False  # made in the same sequence, after the change (or by it)
        node: Node | None = use
        for _ in range(200):
            above = node.parent if node is not None else None
            if above is None or node is None or node.type in self.function_types:
                return False
            if above == sequence:
                return node.start_byte >= statement.end_byte  # type: ignore[union-attr]
            node = above
        return False

    def launch(self, call: Node) -> LaunchRequest | None:
        raise NotImplementedError

    def credentials(self) -> list[tuple[Offsets, str]]:
        raise NotImplementedError

    def string(self, node: Node) -> tuple[str, list[int]] | None:
        """A string literal's text and each character's offset in the file (None: one with holes)."""
        raise NotImplementedError

    def fallback_literal(self, value: Node) -> Node | None:
        """The string a value read at run time falls back to (`process.env.X ?? '…'`, `os.getenv("X", "…")`), or None."""
        return None

    def _fallback_written(self, value: Node) -> tuple[tuple[int, int], str] | None:
        """Where the literal a value read at run time falls back to is written, and the literal, when each of its
        characters is written as itself (no escape): what the rules judge as a token written in the file."""
        literal = self.fallback_literal(value)
        read = self.string(literal) if literal is not None else None
        if read is None or not read[0] or len(read[1]) < len(read[0]) \
                or read[1][len(read[0]) - 1] - read[1][0] != len(read[0]) - 1:
            return None
        return (read[1][0], read[1][len(read[0]) - 1] + 1), read[0]

    def basic_credentials(self, kind: str, string_types: frozenset[str]) -> list[tuple[Offsets, str]]:
        """The literal Basic credentials (`'Basic <base64 of client_id:client_secret>'`, a string alone) of a file that
        signs in to Genesys Cloud, each where its base64 is written: a literal URL to a Genesys login host's /oauth/token
        (a name bound once to one, a template of known parts), or the host and the /oauth/token path written apart
        (node's https.request, Python's http.client). Whichever client sends it: the text is a credential wherever it
        is held. One built at run time (`Buffer.from(`${id}:${secret}`)`, `b64encode(f"{cid}:{sec}".encode())`, `'Basic '
        + creds`) is no literal; nor is a placeholder or one that encodes no secret (sign_in.basic_secret)."""
        data = self.source.data
        if b"oauth/token" not in data or not _BASIC_WORD.search(data):
            return []  # (most files: no string looked at)
        from .sign_in import BASIC_BESIDE_SAID, PAIR_BESIDE_SAID, basic_secret, genesys_sign_in_host, to_genesys_token

        found: list[tuple[Offsets, str]] = []
        url = host = path = False
        for node in nodes_of(kind, self.root, string_types):
            if "oauth/token" in self.source.raw(node):
                written = self.text(node)
                value = written.value if isinstance(written, Text) else None
                url = url or (value is not None and to_genesys_token(value))
                path = path or (value is not None and value.startswith("/oauth/token"))
            read = self.string(node)
            if read is None:
                continue
            text, where = read
            host = host or genesys_sign_in_host(text)
            span = basic_secret(text, 0, len(text))
            said, secret = BASIC_BESIDE_SAID, ""
            if span is not None:
                secret = (basic_pair(text[span[0]:span[1]]) or "").partition(":")[2]
            elif (encoded := _encoded_pair(text)) is not None:  # `const CREDS = "…"`, sent as `"Basic " + CREDS`
                span, secret = (0, len(text)), encoded
                span = span if written_password(secret) else None
            elif (span := self._pair_password(node, text)) is not None:
                secret, said = text[span[0]:span[1]], PAIR_BESIDE_SAID
                span = span if written_password(secret) else None
            if span is None or span[1] > len(where) or span[1] <= span[0] or self._expected(node):
                continue  # (none; or what a test double matches or expects: it describes a request, it sends none)
            if self.in_tests and placeholder_password(secret, in_tests=True):
                continue  # (`test-id:test-secret` in a test file: made up)
            found.append(((where[span[0]], where[span[1] - 1] + 1), said))
        return found if url or (host and path) else []

    def _pair_password(self, node: Node, text: str) -> tuple[int, int] | None:
        """Where a string writes the password of a Basic credential's pair given apart (None: it writes none): the
        second of a client's basic auth (`auth=("id", "…")`, `HTTPBasicAuth("id", "…")`, `httpx.BasicAuth("id",
        password="…")`, axios's and got's `{username: 'id', password: '…'}`) or what follows the colon of `id:…` being
        encoded to base64 (`Buffer.from('id:…')`, `btoa('id:…')`, `base64.b64encode(b"id:…")`,
        `b64encode("id:…".encode())`)."""
        above, held = node.parent, node
        if above is not None and above.type == "pair" and above.parent is not None and above.parent.type == "object" \
                and above.child_by_field_id(self.fields.value) == node:  # axios's and got's `{username: 'id', password: '…'}`
            keys = [self.key(pair.child_by_field_id(self.fields.key) or pair)
                    for pair in above.parent.named_children if pair.type != "comment"]
            return (0, len(text)) if keys == ["username", "password"] else None
        if above is not None and above.type == "keyword_argument":  # `password="…"`
            held, above = above, above.parent
        if above is not None and above.type in ("tuple", "list", "array"):
            items = [item for item in above.named_children if item.type != "comment"]
            keyword = above.parent
            if len(items) == 2 and items[1] == node and items[0].type in ("string", "template_string") \
                    and keyword is not None and keyword.type == "keyword_argument" \
                    and self.source.raw(keyword.child_by_field_id(self.fields.name) or keyword) == "auth":
                return 0, len(text)
            return None
        if above is not None and above.type == "attribute" and held == node \
                and self.source.raw(above.child_by_field_id(self.fields.attribute) or above) == "encode" \
                and above.parent is not None and above.parent.type in self.call_types:
            held, above = above.parent, above.parent.parent  # `"id:…".encode()`, the argument
        if above is None or above.type not in ("arguments", "argument_list") or above.parent is None \
                or above.parent.type not in self.call_types:
            return None
        callee = above.parent.child_by_field_id(self.fields.function)
        words = self._callee_words(callee) if callee is not None else []
        arguments = [item for item in above.named_children if item.type != "comment"]
        if words and _AUTH_PAIR_CALLS.fullmatch(words[0]) and len(arguments) == 2 and arguments[1] == held \
                and (arguments[0].type in ("string", "template_string")
                     or (arguments[0].type == "keyword_argument"
                         and (arguments[0].child_by_field_id(self.fields.value) or node).type == "string")):
            return 0, len(text)
        if words and (words[0] in _ENCODING_CALLS or words[:2] == ["from", "Buffer"]) and arguments[:1] == [held] \
                and (colon := text.find(":")) >= 0:
            return colon + 1, len(text)
        return None

    def _expected(self, node: Node) -> bool:
        """Whether a string is an argument of a test double's matcher or expectation, in the same function: nock(…,
        { reqheaders }), .matchHeader(…), responses' header_matcher, respx, requests_mock's request_headers, pytest-httpx's
        match_headers, jest's expect(…).toBe(…) / toHaveBeenCalledWith / expect.objectContaining. Judged by the names of
        the calls (and keywords) it is written in, up to a bounded number of levels."""
        child = node
        above = node.parent
        for _ in range(40):
            if above is None or above.type in self.function_types:
                return False
            if above.type in ("keyword_argument", "pair"):
                key = above.child_by_field_id(self.fields.name) or above.child_by_field_id(self.fields.key)
                if key is not None and self.source.raw(key).strip("'\"") in MATCHED_HEADERS:
                    return True
            if above.type in self.call_types and child.type in ("arguments", "argument_list"):
                callee = above.child_by_field_id(self.fields.function)
                if callee is not None and any(_DOUBLE_CALLS.search(word) for word in self._callee_words(callee)):
                    return True
            child, above = above, above.parent
        return False

    def _callee_words(self, callee: Node) -> list[str]:
        """A callee's last name and its chain's first (`nock(…).post(…).matchHeader`: matchHeader, nock)."""
        words = []
        node: Node | None = callee
        for _ in range(40):
            if node is None:
                break
            if node.type in ("identifier", "property_identifier"):
                words.append(self.source.raw(node))
                break
            last = node.child_by_field_id(self.fields.property) or node.child_by_field_id(self.fields.attribute)
            if last is not None and not words:
                words.append(self.source.raw(last))
            node = node.child_by_field_id(self.fields.object) or node.child_by_field_id(self.fields.function)
        return words

    def launches(self, *, credentials: bool = True) -> list[LaunchRequest]:
        """Every launch in the file; the file's hard-coded credentials go with the first (`credentials` False: not
        searched, for a fix's proof, which compares the launches' bodies only).

        A launch inside a same-file function that a call of it sends (a wrapper) is that call's launch, not its own.
        """
        self._prepare_calls()
        found: list[tuple[LaunchRequest, Node | None]] = []
        for node in self._calls:
            checkpoint()  # (a check overtaken in an editor stops at its next call read: reading one is bounded)
            inside: Node | None = None
            if self._is_assertion(node):
                self.not_a_launch(node)
                continue
            self._values_read, self._cut = 0, None
            try:
                request = self.launch(node)
                if request is None:
                    request = self.wrapped_launch(node)
                else:
                    inside = self.enclosing_function(node)
            except RecursionError:
                request = None
            request = self.cut_short(request)
            if request is not None:
                found.append((request, inside))
                self.read_calls.add(self.source.offsets(node))
        return self.with_credentials([request for request, inside in found
                                      if not self._in_wrapper(inside)], credentials=credentials)

    def cut_short(self, request: LaunchRequest | None) -> LaunchRequest | None:
        """A launch read since `_values_read` was set to 0, with an FL005 where its reading was cut short (a body nesting
        past max_depth, or holding more values than VALUES_READ besides one a byte of the file, as naming one object
        again and again builds), its body then not checked."""
        cut, self._cut, self._values_read = self._cut, None, None
        if request is not None and cut is not None:
            span, why, deep = cut
            if not deep and request.body_span is not None:
                span = request.body_span  # (too many values: said at the body, not where the count ran out)
            request.body = Unknown("…")  # (not checked: past a limit)
            request.findings.append((Finding(LIMIT_EXCEEDED, (), why, "flatten the data, or raise max-depth if it is really "
                                             "meant to be this deep" if deep else "send less data in one launch"), span))
        return request

    def cut(self, node: Node, path: Path, depth: int) -> bool:
        """Whether a value at `path` in a body is past the bounds of a launch's reading (then unknown), counting it; the
        first such, where. Its level is a payload file's (the body's own object is the first): names followed between
        do not count, but a reading through more than max_depth of them is cut short too."""
        if self._values_read is not None:
            self._values_read += 1
        deep = (len(path) >= self.max_depth and node.type in _NESTING) or depth > self.max_depth
        if deep:
            why = f"the body nests more than {self.max_depth} levels deep; the limit is {self.max_depth}"
        elif self._values_read is not None and self._values_read > VALUES_READ + len(self.source.data):
            limit = VALUES_READ + len(self.source.data)
            why = f"the body holds more than {limit:,} values (an object it names twice counted twice, as it is sent " \
                  f"twice); the limit is {limit:,}, flowlint's ({VALUES_READ:,} and one a byte of the file): the body was " \
                  "not checked"
        else:
            return False
        if self._cut is None:  # (an object or array at its opening bracket, as in payload files)
            start, end = self.source.offsets(node)
            self._cut = ((start, start + 1) if node.named_child_count else (start, end), why, deep)
        return True

    def _prepare_calls(self) -> None:
        self._calls = [n for n in self.nodes if n.type in self.call_types]
        self._call_starts = [n.start_byte for n in self._calls]
        self.wrappers: set[int] = set()
        self._unfollowed_launches: dict[int, LaunchRequest | None] = {}

    def launch_at(self, call: Node) -> LaunchRequest | None:
        """The launch one call makes as `launches` reads each call (None for an assertion, or a call that launches only
        through a same-file function): a fix's proof reads again only the launch it edited."""
        if not hasattr(self, "_calls"):
            self._prepare_calls()
        if self._is_assertion(call):
            return None
        self._values_read, self._cut = 0, None
        try:
            request = self.cut_short(self.launch(call))
        except RecursionError:
            self._values_read = self._cut = None
            return None
        if request is not None:
            said_twice(request)
        return request

    def _is_assertion(self, call: Node) -> bool:
        """Whether a call is a test's assertion about a call a double received (`expect(post).toHaveBeenCalledWith(…)`)."""
        callee = call.child_by_field_id(self.fields.function)
        f = self.fields
        name = callee.child_by_field_id(f.property) or callee.child_by_field_id(f.attribute) if callee is not None else None
        return name is not None and self.source.raw(name) in _ASSERTIONS

    def _in_wrapper(self, function: Node | None) -> bool:
        while function is not None:
            if function.id in self.wrappers:
                return True
            function = self.enclosing_function(function)
        return False

    def enclosing_function(self, node: Node) -> Node | None:
        """The function a node is written in, if any."""
        return None

    def with_credentials(self, found: list[LaunchRequest], *, credentials: bool = True) -> list[LaunchRequest]:
        """The launches as the reader hands them out: each with the keys its body's literals write twice (FL002), a host
        written once (an instance's base URL, a URL constant's literal) judged once, the file's credentials with the
        first."""
        from .written_hosts import with_written_hosts  # a host written once in a URL constant: said there, once

        found = with_written_hosts(self, self.branches.spliced(found))
        for request in found:
            said_twice(request)
        if self.values_from is not None and self.values_from.asked:
            self.values_from.noted(found)  # (its result depends on other modules: not kept in the result cache)
        hosts: set[Offsets] = set()
        for request in found:
            if request.host_span is not None:
                request.judge_host = request.host_span not in hosts
                hosts.add(request.host_span)
        if found and credentials:
            found[0].credentials = _not_in_launch_headers(self.credentials(), found)
        return found

    def unwrap(self, node: Node) -> Node:
        raise NotImplementedError

    def resolve(self, node: Node) -> Node | None:
        """What an identifier is bound to (nearest scope, bound once, never reassigned), through chains of names."""
        node = self.unwrap(node)
        seen = 0
        while node.type in self.name_types and seen < 20:
            target = self.lookup(self.source.raw(node), node)
            if target is None:
                return None
            node = self.unwrap(target)
            seen += 1
        return node

    def literal_text(self, node: Node, span: Offsets, depth: int) -> Text | Unknown | None:
        """The value of a string form of this language; None for anything else."""
        raise NotImplementedError

    def is_plus(self, node: Node) -> bool:
        raise NotImplementedError

    def text(self, node: Node | None, depth: int = 0) -> Text | Unknown:
        """A URL, method or header value: known parts and unknown parts, with its span.

        Each node is read once per set of followed calls' arguments (all else its text depends on is where it is),
        however many names lead to it: a name used k times in each of n lines is read n times, not k**n (`A2 =
        f"{A1}{A1}"`); only a reading cut short by the depth bound is read again at another depth (at most 21 times).
        A text built past BUILT_PARTS parts or BUILT_CHARS characters is unknown: only repeating makes one."""
        if node is None:
            return Unknown()
        if self._texts is None or self._texts_imported is not self.imported:  # (the imports' values came: read anew)
            self._texts, self._texts_cut = {}, {}
            self._texts_imported = self.imported
        frames = tuple((function, tuple((name, None if given is None else given.id) for name, given in frame.items()))
                       for function, frame in self.frames.items()) if self.frames else ()
        read = self._texts.get((node.id, frames))
        if read is None or depth + read[1] >= _TEXT_DEPTH:  # (read deeper, it would be cut short: not the same text)
            read = self._texts_cut.get((node.id, depth, frames))
        if read is not None:
            self._deepest = max(self._deepest, depth + read[1])
            return read[0]
        self.texts_read += 1
        outer, self._deepest = self._deepest, depth
        try:
            found = self._text(node, depth)
            if isinstance(found, Text) and len(found.parts) > 1 and (len(found.parts) > BUILT_PARTS or sum(
                    len(part) if isinstance(part, str) else len(part.source) for part in found.parts) > BUILT_CHARS):
                found = Unknown(self.source.source(node))
            below = self._deepest - depth
            if self._deepest < _TEXT_DEPTH:  # never cut short: the same text at any depth that stays above the bound
                self._texts[(node.id, frames)] = (found, below)
            else:
                self._texts_cut[(node.id, depth, frames)] = (found, below)
        finally:
            self._deepest = max(outer, self._deepest)
        return found

    def _text(self, node: Node, depth: int) -> Text | Unknown:
        span = self.source.offsets(node)
        node = self.unwrap(node)
        if depth > _TEXT_DEPTH:
            return Unknown(self.source.source(node))
        if node.type in self.name_types:
            target = self.resolve(node)
            if target is None:
                imported = self.imported.value(self, node) if self.imported is not None else None
                if imported is None:
                    return self._imported_string(node, span)
                return Text(imported.parts, span) if isinstance(imported, Text) else imported
            found = self.text(target, depth + 1)
            if type(found) is Unknown and (fallback := self._fallback_written(target)) is not None:
                return Assigned(found.source, *fallback, fallback=True)  # (`t = process.env.T || '…'`: rules read it)
            if type(found) is Unknown and target.type in self.call_types:  # (where the call is written: rules read it)
                return Computed(found.source, self.source.offsets(target), self.source.raw(target)[:WRITTEN])
            return Text(found.parts, span) if isinstance(found, Text) else found
        literal = self.literal_text(node, span, depth)
        if literal is not None:
            return literal
        if (fallback := self._fallback_written(node)) is not None:
            # (`process.env.X ?? '…'`, `os.getenv("X", "…")` written where it is used: what it is when unset, known)
            return Assigned(self.source.source(node), *fallback, fallback=True)
        if node.end_byte - node.start_byte <= _ENVIRONMENT_READ_LENGTH \
                and _ENVIRONMENT_READ.fullmatch(written := self.source.raw(node)) is not None:
            return Outside(self.source.source(node), written)  # (`process.env.X`, `os.environ["X"]`: the deployment's)
        if self.is_plus(node):
            left_node, right_node = node.child_by_field_id(self.fields.left), node.child_by_field_id(self.fields.right)
            left, right = self.text(left_node, depth + 1), self.text(right_node, depth + 1)
            # a call's value joined (`'Bearer ' + atob('…')`, bound to a name sent elsewhere): where it is written kept
            left, right = self._called(left_node, left), self._called(right_node, right)
            return Text((*(left.parts if isinstance(left, Text) else (left,)),
                         *(right.parts if isinstance(right, Text) else (right,))), span)
        if node.type in self.call_types:
            found = self.returned_text(node, span, depth)
            callee = node.child_by_field_id(self.fields.function) if type(found) is Unknown and self.imported else None
            imported = self.imported.value(self, callee) if callee is not None else None  # `launch_url(region)`, imported
            return found if imported is None else Text(imported.parts, span) if isinstance(imported, Text) else imported
        if self.imported is not None and (imported := self.imported.value(self, node)) is not None:  # `cfg.LAUNCH_URL`
            return Text(imported.parts, span) if isinstance(imported, Text) else imported
        return self._imported_string(node, span)

    def _imported_string(self, node: Node, span: Offsets) -> Text | Unknown:
        """The text of a name (or a member of one) a module-level import brings from a module of the run, where that
        module binds it once to a string (`from config import sched` of `sched = "https://api.mypurecloud.com"`):
        a base so read is what it is, the platform's or another's, not a base of the project's own on the import
        alone. Unknown otherwise (imported_values: nothing guessed, a secret-like name never read)."""
        if self.values_from is None:
            return Unknown(self.source.source(node))
        found, imported = self.values_from.value(node)
        return Text((found,), span) if imported and type(found) is str and found else Unknown(self.source.source(node))

    def _called(self, node: Node | None, found: Text | Unknown) -> Text | Unknown:
        """A call's unknown value as Computed (where the call is written, so the rules read what it is given there);
        any other value as it is."""
        if type(found) is not Unknown or node is None or self.unwrap(node).type not in self.call_types:
            return found
        node = self.unwrap(node)
        return Computed(found.source, self.source.offsets(node), self.source.raw(node)[:WRITTEN])

    def returned_text(self, call: Node, span: Offsets, depth: int) -> Text | Unknown:
        """The URL a same-file function returns at this call (`self.url("flows/executions")`), or Unknown."""
        text = self.in_callee(call, lambda returned: self.text(returned, depth + 1))
        return Text(text.parts, span) if isinstance(text, Text) else text
