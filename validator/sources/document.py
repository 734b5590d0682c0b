"""Loading a body from bytes or text into a Document: its value, plus positions on demand."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from ..core.caps import MAX_PER_KIND, more_finding
from ..core.codes import DUPLICATE_KEY, INTERNAL_ERROR, LIMIT_EXCEEDED, SKIPPED_FILE, UNREADABLE_FILE, YAML_IMPLICIT_TYPE
from ..core.diagnostics import Finding, Path, Span, Target
from ..core.jsontext import code
from ..core.lines import LineIndex
from ..core.paths import real_inside
from ..core.printable import printable
from . import json_source
from .decode import decode
from .jsonc import blank_comments, commented_json_name
from .template_pages import (
    hole_value,
    page_body_kind,
    page_rendered,
    page_tags,
    page_value,
    template_tags,
    unknown_where,
    values_quoted,
)

if TYPE_CHECKING:
    from ..core.credentials import Words
    from .model import LaunchRequest

JSON_SUFFIXES = (".json",)
YAML_SUFFIXES = (".yaml", ".yml")
_NO_VALUE = object()


#: How many times smaller than max-file-size a YAML text must be.
YAML_COST = 32


@dataclass(frozen=True)
class Limits:
    """Bounds on what one file may cost; exceeding one is an FL005 finding."""

    max_file_size: int = 32 * 1024 * 1024
    max_depth: int = 200
    max_yaml_nodes: int = 1_000_000
    @property
    def max_yaml_size(self) -> int:
        """Largest YAML text read (1 MiB by default). Measured on PyYAML (load_text, 2 cores): a realistic body of 1 MiB
        (many inputs, or a long list) takes 2-2.6 s and 50-90 MB; 4 MiB 8-10 s and 200-350 MB; the worst shape, a
        repeated key, 1.5 MB took 19 s and 440 MB. Real launch bodies are kilobytes."""
        return max(self.max_file_size // YAML_COST, 1)

    #: The checked tree: a symlink may lead only inside these directories (none given: the working directory).
    roots: tuple[str, ...] = ()
    #: Where a request file may read a body file from (`< ./body.json`): the paths being checked (a named file's
    #: directory), never all the working directory; none given: `roots`.
    body_roots: tuple[str, ...] = ()
    #: The project a launch's linked flow YAML (a Terraform genesyscloud_flow's `filepath`) may be read in beyond the
    #: paths being checked: its config's directory, else its git work tree (none known: none), as `flowlint check .`
    #: from its root reads it. Only a contract is taken from it, never a line shown (boundary.py).
    flow_roots: tuple[str, ...] = ()
    #: How unquoted YAML scalars are read: "1.1" (PyYAML) or "1.2" (js-yaml 4, yq v4, Go yaml.v3).
    yaml_version: str = "1.1"
    #: `check --verbose`: a launch whose body flowlint cannot see at all gets a note (FL011) too.
    verbose: bool = False
    #: The run is a Genesys Cloud project's (a flowlint config in use, flows mapped, a contract store with snapshots, a
    #: contract or a live source asked for): a walked file shaped as a launch is judged on its keys alone; outside one,
    #: only with a sign of Genesys in it (candidates.walked_unjudged). True where nothing is walked (the editor, the API).
    genesys_project: bool = True


DEFAULT_LIMITS = Limits()


class _Locator(Protocol):
    lines: LineIndex

    def span(self, path: Path, target: Target) -> Span | None: ...


class Document:
    """A body as loaded from a file (or given as an object), with the findings made while loading it."""

    #: The request a launch in code or a request file was read from (extract.LaunchDocument's); None: a body file.
    request: LaunchRequest | None = None
    #: The contract the launch's own source links it to (a Terraform flow resource's Architect YAML), set by the
    #: checker: a contracts.store Contract or BrokenContract (a stage above this one), else None.
    contract: object = None
    #: Whether its inputs could not be judged (no contract, FL200; another version's, FL207; a broken one, FL901), set
    #: by the checker: a suppression of a rule about inputs is then not unused, whatever it suppressed (checker.suppress).
    inputs_unjudged: bool = False

    def __init__(self, name: str | None, value: Any = _NO_VALUE, *, text: str | None = None,
                 kind: str = "object", findings: list[Finding] | None = None,
                 plain_scalars: dict[Path, str] | None = None, locator: _Locator | None = None,
                 dialect: str | None = None, editor: Any = None) -> None:
        self.name = name
        self.dialect = dialect  # how the text was read, when a kind has variants (YAML 1.1 or 1.2)
        #: The editors.TextEditor for this document's fixes when its kind has no registered one (a launch in code).
        self.editor = editor
        self._value = value
        self.text = text
        self.kind = kind
        self.findings = findings or []
        self.plain_scalars = plain_scalars or {}
        self._locator = locator
        self._words: Words | None = None
        self._words_of: Document | None = None

    def shares_words_with(self, other: Document) -> None:
        """Take the words of `other`, a document of the same text (another launch of the same file), when they are
        asked for: each of a file's launches is a document of the whole file's text, and each made its own lower-cased
        copy of it for its secret scans (1,600 launches in a 225 KB file: 360 MB lowered)."""
        if other is not self and other.text is self.text:
            self._words_of = other

    @property
    def words(self) -> Words | None:
        """The words of the text (None without one), made once for every scan of it: the check's gates and the
        excerpts' mask ask a 23 MB body for the same words in turn (each miss a pass over it)."""
        if self._words is None and self._words_of is not None:
            self._words = self._words_of.words
        if self._words is None and self.text is not None:
            from ..core.credentials import Words  # (only when a text is scanned for secrets)

            self._words = Words(self.text)
        return self._words

    @property
    def parsed(self) -> bool:
        """Whether the file held a value to check (it parsed)."""
        return self._value is not _NO_VALUE

    @property
    def value(self) -> Any:
        return None if self._value is _NO_VALUE else self._value

    def span(self, path: Path, target: Target = Target.VALUE) -> Span | None:
        """Where a member sits in the file; None for bodies given as objects."""
        if self.text is None:
            return None
        return self._text_locator().span(path, target)

    def raw_text(self, path: Path) -> str | None:
        """The source text of a scalar value as written (`3.10`, not 3.1), when there is a file."""
        if path in self.plain_scalars:
            return self.plain_scalars[path]
        if self.kind != "json" or self.text is None:
            return None
        locator = self._text_locator()
        return locator.raw(path) if isinstance(locator, json_source.JsonLocator) else None

    def written_text(self, path: Path) -> str | None:
        """A value's source text as its author wrote it, for a fix that quotes it (a flowVersion `3.10` becomes
        "3.10"); where the text is also what is sent (JSON, YAML), as `raw_text`."""
        return self.raw_text(path)

    def locator(self) -> _Locator | None:
        """What finds members in the file (None for a body given as an object)."""
        return self._text_locator() if self.text is not None else None

    def _text_locator(self) -> _Locator:
        """The YAML locator given at load, else a JSON locator made on first need."""
        if self._locator is None:
            assert self.text is not None
            # Made here only for files the parser found no repeated key in (those get one at load).
            self._locator = json_source.JsonLocator(self.text, unique_keys=True)
        return self._locator

    def lines(self) -> LineIndex | None:
        """The file's line index (the locator's, so lines found while locating are not found again)."""
        return self._text_locator().lines if self.text is not None else None


def failed_to_load(name: str | None, err: Exception) -> Document:
    """The document for a file flowlint itself failed to read: an FL900 finding instead of a traceback."""
    return Document(name, findings=[Finding(INTERNAL_ERROR, (), f"flowlint failed reading this file: {type(err).__name__}: {err}",
                                            "this is a bug in flowlint; please report it with the file")])


def load_bytes(data: bytes, name: str | None, *, limits: Limits = DEFAULT_LIMITS, kind: str | None = None,
               parsed: json_source.ParsedJson | None = None) -> Document:
    """Load a body from raw bytes (a file's or stdin's); `parsed`: their JSON value, when already parsed (as a JSON
    file's kind was decided) by the parser load_text reads JSON with."""
    if len(data) > limits.max_file_size:
        return Document(name, findings=[_too_large(len(data), limits)])
    text, findings = decode(data)
    if text is None:
        return Document(name, findings=findings)
    document = load_text(text, name, limits=limits, kind=kind, parsed=parsed if not findings else None)
    document.findings[:0] = findings
    return document


def load_text(text: str, name: str | None, *, limits: Limits = DEFAULT_LIMITS, kind: str | None = None,
              parsed: json_source.ParsedJson | None = None) -> Document:
    """Load a body from text; `kind` is json or yaml, else guessed from the name and content; `parsed`: the text's
    value as json_source.parse gives it, when already parsed."""
    text = text.removeprefix("\ufeff")
    page = page_body_kind(name) if name is not None else None
    if page is not None:  # `launch.json.hbs`: a body kept as a template page, read with what its tags render unknown
        kind = kind or page
        read_as_page = _page(text, name, limits, kind)
        if read_as_page is not None:
            return read_as_page
    kind = kind or guess_kind(name, text)
    document = _load_as_written(text, name, limits, kind, parsed)
    if not document.parsed and page is None and document.kind in ("json", "yaml") and template_tags(text):
        # `"inputData": {{ inputs | to_json }}`, `flowId: {{ flow_id }}` (an Ansible/Jinja template named .json/.yaml):
        # a template, read as a template page is, what its tags render unknown; no FL001 resting on that guess
        read_as_page = _page(text, name, limits, document.kind)
        if read_as_page is not None:
            return read_as_page
    if not document.parsed and document.kind == "json" and name is not None and commented_json_name(name.lower()):
        # `launch.jsonc`, `launch.json.example` starting `// fill in the flow's ID`: JSON with comments, its body judged
        read_commented = _commented(text, name, limits)
        if read_commented is not None:
            return read_commented
    if not document.parsed and document.kind == "json" and ("${" in text or "%{" in text):
        # `"vip": ${vip}` (a Terraform templatefile() body, an envsubst template): each hole where a value goes unknown
        read_with_holes = _holes(text, name, limits)
        if read_with_holes is not None:
            return read_with_holes
    return document


def _load_as_written(text: str, name: str | None, limits: Limits, kind: str,
                     parsed: json_source.ParsedJson | None) -> Document:
    loaded: json_source.ParsedJson | Finding
    commas: list[Finding]
    if kind == "json" and parsed is not None:
        loaded, commas, read = parsed, [], text
    elif kind == "yaml":
        # A .yaml file holding JSON is read as JSON: exact positions, clearer messages.
        parsed_json = json_source.parse(text, max_depth=limits.max_depth) if text.lstrip()[:1] in ("{", "[") else None
        if parsed_json is None or isinstance(parsed_json, Finding):
            if len(text) > limits.max_yaml_size:
                return Document(name, text=text, kind="yaml", findings=[_yaml_too_large(len(text), limits)])
            return _load_yaml(text, name, limits)
        loaded, commas, read = parsed_json, [], text
    else:
        loaded, commas, read = json_source.parse_past_commas(text, max_depth=limits.max_depth)
    if isinstance(loaded, Finding):
        return Document(name, text=text, kind="json", findings=[loaded])
    if too_deep(loaded.value, text, limits.max_depth):
        return Document(name, text=text, kind="json", findings=[json_source.depth_finding(text, limits.max_depth)])
    if not loaded.has_duplicates and not commas:
        return Document(name, loaded.value, text=text, kind="json")
    # Kept: the findings it locates need it again. Stray commas are reported and the rest of the body checked,
    # located in the text as parsed (the commas blanked: the same offsets and lines; excerpts show the text as written).
    locator = json_source.JsonLocator(read, unique_keys=not loaded.has_duplicates)
    locator.lines = LineIndex(text)
    findings = list(commas)
    if loaded.has_duplicates:
        findings += [Finding(DUPLICATE_KEY, path, f"the key {code(path[-1])} is written twice in this object; "
                             "JSON parsers keep only the last", "keep one of them", Target.KEY, span=locator.lines.span(*key_span))
                     for path, key_span in locator.duplicates(limit=MAX_PER_KIND)]
        if locator.duplicate_count > MAX_PER_KIND:
            findings.append(more_finding(DUPLICATE_KEY, locator.duplicate_count - MAX_PER_KIND))
    return Document(name, loaded.value, text=text, kind="json", findings=findings, locator=locator)


class TemplateBody(Document):
    """A body whose template holes or tags were read as unknown values (judged as a body, not passed as a template).

    `stand_in`: the text as it was read (each hole or tag a stand-in of the same width; None when a text no longer
    reads so), and `held`: the value parsed from it with the holes unknown, for its fixes' editor (edits.template_editor).
    """

    stand_in: Callable[[str], str | None] = staticmethod(lambda text: text)
    held: Callable[[Any], Any] = staticmethod(lambda value: value)


def _page(text: str, name: str | None, limits: Limits, kind: str) -> TemplateBody | None:
    """A JSON/YAML body kept as a template page (template_pages), each value its tags render unknown and each object
    with a rendered key open; None when a tag is a control tag or unclosed (its shape is known only once rendered), when
    even so it does not parse, or when it holds no tag."""
    rendered = page_rendered(text, kind == "json") if page_tags(text) else None
    if rendered is None:
        return None
    loaded = load_text(rendered, None, limits=limits, kind=kind)
    if not loaded.parsed or any(finding.code != DUPLICATE_KEY for finding in loaded.findings):
        return None  # (a key written twice is written twice in the template too)
    held, _ = unknown_where(loaded.value, limits.max_depth, page_value)
    locator = loaded.locator()
    if locator is not None:
        locator.lines = LineIndex(text)  # (excerpts show the text as written, at the same offsets)
    body = TemplateBody(name, held, text=text, kind=loaded.kind, findings=loaded.findings,
                        plain_scalars=loaded.plain_scalars, locator=locator, dialect=loaded.dialect)
    body.stand_in = lambda edited: page_rendered(edited, kind == "json")
    body.held = lambda value: unknown_where(value, limits.max_depth, page_value)[0]
    return body


def _holes(text: str, name: str | None, limits: Limits) -> TemplateBody | None:
    """A JSON body that does not parse as written because a template's hole stands where a value goes, read with each
    value holding a hole unknown and each object with a holed key open (template_pages.values_quoted); None when it does
    not parse even so (a directive between members, a slip of its own: its FL001 stands)."""
    quoted = values_quoted(text)
    if quoted is None or quoted == text:
        return None
    loaded = load_text(quoted, None, limits=limits, kind="json")
    if not loaded.parsed or any(finding.code != DUPLICATE_KEY for finding in loaded.findings):
        return None
    held, changed = unknown_where(loaded.value, limits.max_depth, hole_value)
    if not changed:
        return None
    locator = loaded.locator()
    if locator is not None:
        locator.lines = LineIndex(text)  # (excerpts show the text as written, at the same offsets: not `"${_}"`)
    body = TemplateBody(name, held, text=text, kind="json", findings=loaded.findings, locator=locator)
    body.stand_in = values_quoted
    body.held = lambda value: unknown_where(value, limits.max_depth, hole_value)[0]
    return body


def _commented(text: str, name: str | None, limits: Limits) -> Document | None:
    """A body in JSON with comments (jsonc), read with its comments blanked (the same offsets: excerpts and fixes work
    on the text as written), its trailing commas said as in any JSON body; when it does not parse even so, a document
    saying why with the comments aside."""
    blanked = blank_comments(text)
    if blanked == text:
        return None
    loaded = load_text(blanked, None, limits=limits, kind="json")
    if not loaded.parsed:
        # its own mistake (a missing comma, a quote), said where it is: never "JSON has no comments" in a file that may
        # hold them, whose fix would delete them
        return Document(name, text=text, kind="json", findings=loaded.findings) if loaded.findings else None
    locator = loaded.locator()
    if locator is not None:
        locator.lines = LineIndex(text)  # (excerpts show the text as written, comments and all)
    body = TemplateBody(name, loaded.value, text=text, kind="json", findings=loaded.findings, locator=locator)
    body.stand_in = blank_comments
    return body


def load_path(path: str, *, limits: Limits = DEFAULT_LIMITS) -> Document:
    """Load a body from a file, never blocking on FIFOs or devices, never following a link out of the
    checked tree, and never writing."""
    data = read_path(path, limits=limits)
    return data if isinstance(data, Document) else load_bytes(data, path, limits=limits)


def read_path(path: str, *, limits: Limits = DEFAULT_LIMITS, dirs: ResolvedDirs | None = None,
              walked: bool = False, searched: Callable[[str], bool] | None = None) -> bytes | Document:
    """A file's bytes, or the document reporting why they cannot be read (never blocking, never writing,
    never through a link out of the checked tree, never a kernel or device file).

    `dirs` (one per run) remembers where each directory really is, so that a file reached through no
    link costs one `open` with O_NOFOLLOW instead of a resolution of every component of its path.
    `walked`: found by walking a directory, not named: a special file is then passed by with a note
    (FL010), as the walk passes by any file that is no payload; named, it is an error (FL007).
    `searched`: whether a file is only searched for a mention of a launch (the caller's kind rule), asked of a
    file past the size limit only: such a file then reads as empty, no error.
    """
    flags = _READ_FLAGS
    nofollow = _NOFOLLOW
    opened = path
    if dirs is not None and nofollow and os.sep == "/" and (".." not in path or ".." not in path.split("/")):
        directory, _, base = path.rpartition("/")
        real_directory, refused = dirs.verdict(directory or ("/" if path.startswith("/") else ""), base, limits.roots)
        # The resolved directory is what was checked, so it is what is opened; the file itself must be no link.
        opened, flags = real_directory + base, flags | nofollow
    else:
        real = os.path.realpath(path)
        refused = outside_or_special(path, limits.roots or (os.getcwd(),), real=real)
        opened, flags = real, flags | nofollow  # what was judged is what is opened, and it must not become a link
    if refused:
        return Document(path, findings=[_not_followed(refused, walked)])
    try:
        try:
            fd = os.open(opened, flags)
        except OSError as err:
            if not (flags & nofollow and err.errno == errno.ELOOP):
                raise
            # The file is a link: judge where it leads, and open that (a link swapped in meanwhile is not followed).
            real = os.path.realpath(path)
            refused = outside_or_special(path, limits.roots or (os.getcwd(),), real=real)
            if refused:
                return Document(path, findings=[_not_followed(refused, walked)])
            fd = os.open(real, flags)
    except OSError as err:
        message = f"cannot read the file: {err.strerror or err}"
        if err.errno in (errno.ENOENT, errno.ELOOP):  # listed by the walk, gone or a link to nowhere: nothing to read
            return Document(path, findings=[_not_followed(message, walked)])
        return Document(path, findings=[_unreadable(message)])
    try:
        info = os.fstat(fd)
        if walked and stat.S_ISDIR(info.st_mode):  # a walk lists a link to a directory out of its tree, not entered
            return Document(path, findings=[_directory_link(path)])
        if not stat.S_ISREG(info.st_mode):
            return Document(path, findings=[_special(walked)])
        if info.st_size > limits.max_file_size:
            if searched is not None and searched(path):
                return b""
            return Document(path, findings=[_too_large(info.st_size, limits)])
        # Read what stat promised (never a limit-sized buffer); a file that grew meanwhile is read up to the limit.
        # A read that returns less than asked has reached the end (POSIX): a file as big as stat said is one read.
        data = os.read(fd, info.st_size + 1) if info.st_size < _CHUNK else _read_up_to(fd, info.st_size + 1)
        if len(data) > info.st_size:
            data += _read_up_to(fd, limits.max_file_size + 1 - len(data))
    except BlockingIOError:
        return Document(path, findings=[_skipped_special() if walked else _unreadable(
            "reading the file would wait for data (a special file); flowlint reads only payload files")])
    except OSError as err:
        return Document(path, findings=[_unreadable(f"cannot read the file: {err.strerror or err}")])
    finally:
        os.close(fd)
    return data


#: How read_path opens a file. O_NONBLOCK: a FIFO swapped in after a check, or a /proc file that waits for data,
#: cannot hang the open or the read.
_READ_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
#: The most asked of one read.
_CHUNK = 1 << 30


def _read_up_to(fd: int, size: int) -> bytes:
    """Up to `size` bytes of a regular file: a read that returns less has reached its end (POSIX), so a file
    as big as stat said costs one read."""
    chunks: list[bytes] = []
    while size > 0:
        wanted = min(size, _CHUNK)
        chunk = os.read(fd, wanted)
        chunks.append(chunk)
        size -= len(chunk)
        if len(chunk) < wanted:
            break
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


class ResolvedDirs:
    """Directories resolved during one run: where each really is, and whether its files may be read.

    Made per run (never kept by a long-lived process), and bounded: a tree of many directories
    only costs their resolution again.
    """

    def __init__(self, limit: int = 4096) -> None:
        self.limit = limit
        self._known: dict[tuple[str, tuple[str, ...]], tuple[str, bool, bool]] = {}
        self._cwd: str | None = None

    def verdict(self, directory: str, base: str, roots: tuple[str, ...]) -> tuple[str, str | None]:
        """(the directory's real path ending in a separator, why `base` in it must not be read or None),
        for a `base` that is no link. `directory` as written ("" is the working directory); no roots: the working directory."""
        key = (directory, roots)
        known = self._known.get(key)
        if known is None:
            if self._cwd is None:
                self._cwd = os.getcwd()
            real = os.path.realpath(directory or ".")
            outside = real != os.path.abspath(directory or ".") and not real_inside(real, roots or (self._cwd,))
            special = any(real == tree or real.startswith(tree + "/") for tree in _SPECIAL_TREES)
            if len(self._known) >= self.limit:
                self._known.clear()
            known = self._known[key] = (real if real.endswith(os.sep) else real + os.sep, outside, special)
        real, outside, special = known
        if outside:
            return real, _outside_message(real + base)
        if special:
            return real, _special_message(real + base)
        return real, None


#: Kernel and device file systems: their "regular" files are generated on read, and some block for ever.
_SPECIAL_TREES = ("/proc", "/sys", "/dev")


def _outside_message(real: str) -> str:
    return (f"a symlink to {printable(real)}, outside the checked tree; flowlint does not follow links out of it "
            "(and shows nothing of the target)")


def _special_message(real: str) -> str:
    return f"{printable(real)} is a special file of the system, not a payload; flowlint does not read it"


def outside_or_special(path: str, roots: tuple[str, ...] | None, *, real: str | None = None) -> str | None:
    """Why a path must not be read (a link out of the `roots` tree, a kernel file), else None. No roots: any link.

    `real`: the path with every link followed, when the caller resolved it (and opens that)."""
    real = real if real is not None else os.path.realpath(path)
    if roots is not None and real != os.path.abspath(path) and not real_inside(real, roots):  # a symlink somewhere on the way
        return _outside_message(real)
    if any(real == tree or real.startswith(tree + "/") for tree in _SPECIAL_TREES):
        return _special_message(real)
    return None


def guess_kind(name: str | None, text: str) -> str:
    lowered = (name or "").lower()
    if lowered.endswith(YAML_SUFFIXES):
        return "yaml"
    if lowered.endswith(JSON_SUFFIXES) or commented_json_name(lowered):
        return "json"
    return "json" if text.lstrip()[:1] in ("{", "[", '"') else "yaml"


def _load_yaml(text: str, name: str | None, limits: Limits) -> Document:
    from . import yaml_source  # PyYAML is imported only when a YAML file is checked

    index = LineIndex(text)
    parsed = yaml_source.parse(text, max_nodes=limits.max_yaml_nodes, max_depth=limits.max_depth, version=limits.yaml_version)
    if isinstance(parsed, Finding):
        return Document(name, text=text, kind="yaml", findings=[parsed])
    findings = list(parsed.findings)
    for path, (note, source) in parsed.notes.items():
        findings.append(Finding(YAML_IMPLICIT_TYPE, path, note, keep_text_help(note, source)))
    return Document(name, parsed.value, text=text, kind="yaml", findings=findings,
                    plain_scalars=parsed.plain_scalars, locator=yaml_source.YamlLocator(parsed, index),
                    dialect=parsed.version)  # (the file's own %YAML, when it says 1.1 or 1.2)


def keep_text_help(note: str, source: str) -> str:
    """FL006's help to quote an unquoted scalar: it shows the scalar only where the note does (a long number may be a
    secret, an account number or a key in hex: said by its length, as the note says it)."""
    return f'quote it to keep the text: "{source}"' if source in note else f"quote it to keep its {len(source)} characters as text"


def value_at(value: Any, path: Path) -> Any:
    """The value at a path inside a parsed body."""
    for part in path:
        value = value[part]
    return value


def too_deep(value: Any, text: str, max_depth: int) -> bool:
    """Whether a parsed JSON body (`value`, parsed from `text`) nests deeper than `max_depth` (FL005)."""
    return _may_exceed_depth(text, max_depth) and _depth(value, max_depth) > max_depth


def _may_exceed_depth(text: str, max_depth: int) -> bool:
    return text.count("[") + text.count("{") > max_depth


def _depth(value: Any, limit: int) -> int:
    """Nesting depth of parsed JSON, level by level, stopping once past `limit` (JSON has only dicts and lists)."""
    level = [value] if type(value) is dict or type(value) is list else []
    depth = 0
    while level and depth <= limit:
        depth += 1
        # One comprehension per level (not one per container: a 23 MB body has 190,000 of them, ~30% faster).
        level = [child for item in level for child in (item.values() if type(item) is dict else item)
                 if type(child) is dict or type(child) is list]
    return depth


def _too_large(size: int, limits: Limits) -> Finding:
    shown, limit = f"{size / 1048576:.1f} MiB", f"{limits.max_file_size / 1048576:.1f} MiB"
    if shown == limit or limits.max_file_size < 1048576:  # rounded alike: say it in bytes
        shown, limit = f"{size:,} bytes", f"{limits.max_file_size:,} bytes"
    return Finding(LIMIT_EXCEEDED, (), f"the file is {shown}; the limit is {limit}",
                   "raise max-file-size if a body is really meant to be this big", span=Span(1, 1, 1, 1))


def _yaml_too_large(size: int, limits: Limits) -> Finding:
    """FL010, a note: a limit of flowlint's, not the author's mistake; the file is not checked, and the note says so."""
    enough = -(-size * YAML_COST // 1048576) * 1048576  # the max-file-size that reads it, in whole MiB
    return Finding(SKIPPED_FILE, (), f"not checked: the YAML text is {size:,} characters, and flowlint reads YAML up to "
                   f"{limits.max_yaml_size:,} (1/{YAML_COST} of max-file-size: a YAML parser's nodes cost many times the "
                   "text in memory)", f"to check it, raise max-file-size to {enough} (`--max-file-size {enough}`, or "
                   "`max-file-size` in the configuration), or convert the body to JSON, read up to max-file-size",
                   span=Span(1, 1, 1, 1))


def _unreadable(message: str) -> Finding:
    return Finding(UNREADABLE_FILE, (), message, "check the path and its permissions", span=None)


def _not_followed(message: str, walked: bool) -> Finding:
    """A link out of the tree, to nowhere, or to a system file: refused when named; passed by with a note when a walk
    found it (it holds nothing the user wrote in the tree, and a monorepo's shared-config link must not fail CI)."""
    if not walked:
        return _unreadable(message)
    return Finding(SKIPPED_FILE, (), f"not read: {message} (found in a walked directory)",
                   "nothing to do; to silence this note, exclude it (`exclude` in the configuration)", span=None)


def _directory_link(path: str) -> Finding:
    """FL010 for a link to a directory outside the walked one: a walk never follows such a link (it may lead to a
    tree of any size, or back up), so its files were not checked, and the note says which directory holds them."""
    target = printable(os.path.relpath(os.path.realpath(path)))
    return Finding(SKIPPED_FILE, (), f"not read: a link to the directory {target}, which a walk does not follow "
                   "(found in a walked directory); no file in it was checked",
                   f"to check its files, name that directory (`flowlint check {target}`); to silence this note, exclude "
                   "the link (`exclude` in the configuration)", span=None)


def _special(walked: bool) -> Finding:
    """A FIFO, socket or device: refused when named, passed by with a note when a walk found it."""
    if walked:
        return _skipped_special()
    return _unreadable("not a regular file (a FIFO, socket or device); flowlint reads only files")


def _skipped_special() -> Finding:
    return Finding(SKIPPED_FILE, (), "not read: a FIFO, socket or device found in a walked directory; flowlint reads only files",
                   "nothing to do; to silence this note, exclude it (`exclude` in the configuration)", span=None)
