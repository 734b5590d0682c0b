"""Suppressions, decided right after the one decide step: which located diagnostics the user accepted.

A finding is suppressed by a `flowlint: ignore[CODE]` comment on its line or alone on the line
before (comments.py finds them with the file's own tokenizer); one inside a body written over several lines of text
no comment can go in (a multi-line string, a heredoc, a block scalar, a .http body) by one covering its launch
(WrittenBody); or by the config's per-file-ignores
(a glob, and optionally a JSON pointer after a `#`: `legacy/*.json#/inputData`). A suppression
that suppresses nothing is an FL009 finding whose fix removes it. flowlint's own failures (FL900,
FL901) are never suppressed: the run could not do its job.

A wrong host written once (FL302 at a URL constant's literal, or an instance's base URL) is said there, but until
1ecd650 a URL constant's was said at each call using it, so a suppression may be at the literal or at the uses: the
finding is suppressed by one at the literal, or by one at every use; one at a use is used (never FL009, never removed
by --fix) whenever it is at one of the finding's uses, even when other uses leave the finding shown.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from ..core.codes import NO_CONTRACT, RULES, TOOL_FAILURES, UNAPPLIED_CONTRACT, UNUSED_SUPPRESSION, WRONG_HOST, WRONG_PATH, did_you_mean
from ..core.diagnostics import Applicability, Diagnostic, Edit, Fix, Severity
from ..core.lines import LineIndex
from ..sources.comments import NEEDLE, Suppression, embedded_code, suppressions, uncommented_blocks, yaml_scalars
from ..sources.document import Document
from ..sources.jsonc import commented_json_name
from ..sources.kinds import comment_syntax, source_kind

#: Per-file ignores of one file: (JSON pointer or None for the whole file, codes or None for every rule).
Ignores = Sequence[tuple["str | None", "frozenset[str] | None"]]
IgnoresFor = Callable[[str], Ignores]
#: Where a host written once is said (line, column) -> the lines of the launches using it (0: a use not located).
HostUses = Mapping[tuple[int, int], Sequence[int]]


@dataclass
class Decided:
    """A file's diagnostics after its suppressions: those shown, and those the user accepted (counted, never shown)."""

    kept: list[Diagnostic]
    suppressed: list[Diagnostic] = field(default_factory=list)


def may_suppress(text: str | None) -> bool:
    """The cheap test: a file without the directive's words needs no tokenizer."""
    return text is not None and _names_directive(text)


@functools.lru_cache(maxsize=1)  # every launch of a file shares its text: scanned once, not once per launch
def _names_directive(text: str) -> bool:
    return NEEDLE in text.lower()


def decide(diagnostics: list[Diagnostic], *, text: str | None, kind: str, name: str | None,
           severities: Mapping[str, Severity | None], ignores_for: IgnoresFor | None = None,
           host_uses: HostUses | None = None, unjudged: frozenset[str] = frozenset(),
           bodies: Sequence[WrittenBody] = ()) -> Decided:
    """Drop the suppressed diagnostics of the file `name` (of this kind and text); add an FL009 per unused suppression.
    `host_uses`: the launches using each host written once, whose lines may suppress its FL302 (see the module).
    `unjudged`: rules that could not run in this file (INPUT_RULES when a launch's contract was missing): a suppression
    of one is not unused (a checkout without the store would otherwise have --fix delete it).
    `bodies`: the launches' bodies written where no comment can be (WrittenBody), whose comments cover their lines."""
    comments = suppressions(kind, text) if text is not None and may_suppress(text) else []
    if not comments and ignores_for is None:
        return Decided(diagnostics)
    used: dict[int, set[str]] = {index: set() for index in range(len(comments))}
    by_line: dict[int, list[int]] = {}
    for index, comment in enumerate(comments):
        by_line.setdefault(comment.line, []).append(index)
        if comment.alone:
            by_line.setdefault(comment.line + 1, []).append(index)
    ignores_of: dict[str | None, Ignores] = {}
    kept: list[Diagnostic] = []
    suppressed: list[Diagnostic] = []
    covering = _covering(bodies, [d.span.line for d in diagnostics if d.file == name and d.span is not None]) if bodies \
        else {}
    for diagnostic in diagnostics:
        if diagnostic.code in TOOL_FAILURES:
            kept.append(diagnostic)
            continue
        hit = False
        if diagnostic.file == name and diagnostic.span is not None:
            hit = _suppressed_at(diagnostic, diagnostic.span.line, comments, by_line, used)
            if diagnostic.code in (WRONG_HOST, WRONG_PATH) and host_uses:
                lines = host_uses.get((diagnostic.span.line, diagnostic.span.column), ())
                at_every_use = [_suppressed_at(diagnostic, line, comments, by_line, used) for line in lines]
                hit = hit or (bool(at_every_use) and all(at_every_use))
            hit = hit or any(_suppressed_in_body(diagnostic, body, comments, by_line, used)
                             for body in covering.get(diagnostic.span.line, ()))
        if not hit and ignores_for is not None and diagnostic.file is not None:
            if diagnostic.file not in ignores_of:
                ignores_of[diagnostic.file] = ignores_for(diagnostic.file)
            hit = any(ignored(diagnostic.code, diagnostic.pointer, pointer, codes) for pointer, codes in ignores_of[diagnostic.file])
        (suppressed if hit else kept).append(diagnostic)
    if comments and _enabled(UNUSED_SUPPRESSION, severities):
        _exported_hosts_used(comments, used, kind, text or "", name)
        index_of_text = LineIndex(text or "")
        imported: re.Pattern[str] | None = None
        for index, comment in enumerate(comments):
            unused = _unused(comment, used[index] | unjudged, severities)
            if unused is not None:
                diagnostic = _unused_diagnostic(comment, unused, used[index], name, index_of_text, severities)
                imported = imported or _imported_names(kind, text or "")
                if _covers_imported(comment, imported, index_of_text):
                    diagnostic = replace(diagnostic, fix=None, help=f"{diagnostic.help}; {MAY_BE_USED}")
                kept.append(diagnostic)
        kept.sort(key=lambda d: (d.file != name, (d.span.line, d.span.column) if d.span else (0, 0)))
    return Decided(kept, suppressed)


#: The rules that judge inputs against the flow's contract (FL203 too: its offline guess is replaced by the contract's
#: word): with no contract at a launch they could not run, so a suppression of one cannot be judged unused.
INPUT_RULES = frozenset(code for code in RULES if code.startswith("FL2") and code not in (NO_CONTRACT, UNAPPLIED_CONTRACT))


#: Why an unused suppression at a line using an imported name is not removed by --fix.
MAY_BE_USED = ("not applied by --fix: the line uses a name imported from another module, whose value a check's second "
               "pass reads (a launch URL): the suppression may serve there")
#: A Python `from m import a, b as c` (its names), a JavaScript/TypeScript `import a, { b as c } from`, a `require`.
_PY_NAMES = re.compile(r"^[ \t]*from[ \t]+[\w.]+[ \t]+import[ \t]+(\([^)]{0,4000}\)|[^\n#;]*)", re.MULTILINE)
_JS_NAMES = re.compile(r"""\bimport\s+([^;'"`]{0,4000}?)\s*from\s*['"`]"""
                       r"""|\b(?:const|let|var)\s+(\{[^}]{0,4000}\}|[\w$]+)\s*=\s*require\s*\(""")
_BOUND = re.compile(r"(?:[\w$]+\s*(?:\bas\b|:)\s*)?([\w$]+)")
_NOT_NAMES = frozenset({"as", "type", "typeof", "import"})
_NEVER = re.compile(r"(?!)")


def _imported_names(kind: str, text: str) -> re.Pattern[str]:
    """A search for a name the file imports from another module, used as a value (not called, not a module whose
    method is called): a launch URL a check's second pass may read (run/imported.py). Matches nothing if none."""
    if kind == "python":
        clauses = [match.group(1) for match in _PY_NAMES.finditer(text)]
    elif kind in ("javascript", "typescript", "tsx"):
        clauses = [(match.group(1) or match.group(2) or "").replace("*", " ") for match in _JS_NAMES.finditer(text)]
    else:
        return _NEVER
    names = {match.group(1) for clause in clauses for match in _BOUND.finditer(clause)} - _NOT_NAMES
    if not names:
        return _NEVER
    alternatives = "|".join(re.escape(name) for name in sorted(names, key=lambda name: (-len(name), name)))
    return re.compile(rf"(?<![\w$.])(?:{alternatives})(?![\w$])(?!\s*\()(?!\.[\w$]+\s*\()")


def _covers_imported(comment: Suppression, imported: re.Pattern[str], lines: LineIndex) -> bool:
    """Whether a line the comment covers (its own, and the next when it stands alone) uses an imported name."""
    covered = (comment.line, comment.line + 1) if comment.alone else (comment.line,)
    return any(imported.search(lines.line_text(line)) is not None for line in covered)


def _exported_hosts_used(comments: Sequence[Suppression], used: dict[int, set[str]], kind: str, text: str,
                         name: str | None) -> None:
    """Mark FL302 used for each comment covering a module-level launch URL other modules may import whose value writes
    its host: the wrong host it brings to an importer is suppressed there (run/imported.py), so the comment covers, or
    may cover, a finding of another file: never unused, never removed by --fix."""
    waiting = [index for index, comment in enumerate(comments)
               if WRONG_HOST not in used[index] and (comment.codes is None or WRONG_HOST in comment.codes)]
    if not waiting:
        return
    from ..sources import imports

    if kind == "markdown":  # a page's code block shows a module: its launch URL is the one importers would take
        hosts = _documented_host_lines(text, name)
    elif imports.family(kind) is None:
        return
    else:
        hosts = _host_lines(kind, text, name)
    for index in waiting:
        comment = comments[index]
        if comment.line in hosts or (comment.alone and comment.line + 1 in hosts):
            used[index].add(WRONG_HOST)


def _host_lines(kind: str, text: str, name: str | None) -> set[int]:
    """The lines of a module's exported launch URLs whose value writes its host (the lines imported.py's second pass
    reads them at); none when its exports cannot be read."""
    from ..sources import imports
    from ..sources.code import parsed
    from ..sources.document import Limits
    from ..sources.extract import reader_for

    try:
        source, tree = parsed(kind, text)
        found = imports.definitions(reader_for(kind, source, tree, Limits().max_depth, name), kind)
    except Exception:  # never a traceback: a file whose exports cannot be read exports nothing
        return set()
    return set(imports.host_lines(found, text).values())


def _documented_host_lines(text: str, name: str | None) -> set[int]:
    """_host_lines of each code block of a page in a language whose modules import each other, as lines of the page
    (a block's line is one of the page's, its quote or list markers taken off)."""
    from ..sources import imports
    from ..sources.blocks import fence_kind, markdown_code, offsets

    page = LineIndex(text)
    found: set[int] = set()
    for info, code, at, shape in markdown_code(text):
        kind = fence_kind(info, code)
        if shape == "nested" or imports.family(kind) is None or "flowlint" not in code.lower():
            continue
        assert kind is not None
        where = offsets(code, at)
        starts = [0, *(index + 1 for index, character in enumerate(code) if character == "\n")]
        for line in _host_lines(kind, code, name):
            if line - 1 < len(starts) and starts[line - 1] < len(where):
                found.add(page.span(where[starts[line - 1]], where[starts[line - 1]] + 1).line)
    return found


@dataclass(frozen=True)
class WrittenBody:
    """A launch's body written in text no comment can be written in (a multi-line string, a heredoc, a YAML block
    scalar, a .http request's body, a Markdown block of a language without comments): its lines [first, last], and the
    lines whose comments cover them, as a comment covers its line: `own`, the text's first line (a comment alone before
    it), the YAML block scalar or the Markdown block holding it; `uses`, the first line of each launch's statement
    sending it (a body kept in a constant may be sent by several: a comment there covers it when one at every one does,
    as for a host written once). A comment ending the text's last line (`}'  # flowlint: ignore[…]`, ruff's place for
    a multi-line string's `# noqa`) covers it too."""

    first: int
    last: int
    own: tuple[int, ...]
    uses: tuple[int, ...]


def _covering(bodies: Sequence[WrittenBody], lines: list[int]) -> dict[int, list[WrittenBody]]:
    """The bodies covering each of `lines` (the diagnostics'), in the bodies' order: each body's lines found among them
    by a search, not every body looked at for each diagnostic (a page of N launches, each with a finding, was N²)."""
    wanted = sorted(set(lines))
    found: dict[int, list[WrittenBody]] = {}
    for body in bodies:
        for line in wanted[bisect.bisect_left(wanted, body.first):bisect.bisect_right(wanted, body.last)]:
            found.setdefault(line, []).append(body)
    return found


def _suppressed_in_body(diagnostic: Diagnostic, body: WrittenBody, comments: Sequence[Suppression],
                        by_line: Mapping[int, list[int]], used: dict[int, set[str]]) -> bool:
    """Whether a comment covering the body (WrittenBody) suppresses the diagnostic, found on one of its lines; each that
    does is marked used."""
    hit = False
    for line in body.own:
        hit = _suppressed_at(diagnostic, line, comments, by_line, used) or hit
    ending = {body.last: [index for index in by_line.get(body.last, ())
                          if comments[index].line == body.last and not comments[index].alone]}
    hit = _suppressed_at(diagnostic, body.last, comments, ending, used) or hit
    at_every_use = [_suppressed_at(diagnostic, line, comments, by_line, used) for line in body.uses]
    return hit or (bool(at_every_use) and all(at_every_use))


def _suppressed_at(diagnostic: Diagnostic, line: int, comments: Sequence[Suppression], by_line: Mapping[int, list[int]],
                   used: dict[int, set[str]]) -> bool:
    """Whether a comment for `line` suppresses the diagnostic's code; each that does is marked used."""
    hit = False
    for index in by_line.get(line, ()):
        codes = comments[index].codes
        if codes is None or diagnostic.code in codes:
            used[index].add(diagnostic.code)
            hit = True
    return hit


def ignored(code: str, here: str | None, pointer: str | None, codes: frozenset[str] | None) -> bool:
    """Whether a per-file-ignores entry (`pointer`, `codes`) ignores a finding of `code` at the pointer `here`."""
    if codes is not None and code not in codes:
        return False
    if pointer is None:
        return True
    return here is not None and (here == pointer or here.startswith(pointer.rstrip("/") + "/") or pointer in ("", "/"))


def _enabled(code: str, severities: Mapping[str, Severity | None]) -> bool:
    return (severities[code] if code in severities else RULES[code].severity) is not None


def _unused(comment: Suppression, used: set[str], severities: Mapping[str, Severity | None]) -> list[str] | None:
    """The codes of a comment that suppress nothing (every code: [] for a bare comment); None when all serve."""
    if comment.codes is None:
        return None if used else []
    unused = [code for code in comment.codes if code not in used and (code not in RULES or _enabled(code, severities))]
    return unused or None


def _unused_diagnostic(comment: Suppression, unused: list[str], used: set[str], name: str | None, lines: LineIndex,
                       severities: Mapping[str, Severity | None]) -> Diagnostic:
    rule = RULES[UNUSED_SUPPRESSION]
    severity = severities.get(UNUSED_SUPPRESSION, rule.severity) or rule.severity
    unknown = [code for code in unused if code not in RULES]
    if comment.codes is None:
        message = "`flowlint: ignore` suppresses nothing: no finding on this line" + (" or the next" if comment.alone else "")
    else:
        written = dict(zip(comment.codes or (), comment.written, strict=False))  # each code as the comment spells it
        listed = ", ".join(written.get(code, code) for code in unused)
        message = f"unused suppression of {listed}: no such finding on this line" + (" or the next" if comment.alone else "")
        if unknown:
            message += " (" + "; ".join(f"{written.get(code, code)}: no such rule{did_you_mean(written.get(code, code))}"
                                        for code in unknown) + ")"
    codes = comment.codes or ()
    spelled = comment.written if len(comment.written) == len(codes) else codes
    kept = [word for code, word in zip(codes, spelled, strict=True)
            if code in used or (code in RULES and not _enabled(code, severities))]
    if kept:
        fix = Fix(Applicability.SAFE, f"remove {', '.join(unused)} from the suppression", (),
                  (Edit(comment.codes_start, comment.codes_end, ", ".join(kept), lines.span(comment.codes_start, comment.codes_end)),))
    else:
        fix = Fix(Applicability.SAFE, "remove the suppression comment", (),
                  (Edit(comment.start, comment.end, "", lines.span(comment.start, comment.end)),))
    span = lines.span(comment.directive_start, comment.directive_end)
    return Diagnostic(UNUSED_SUPPRESSION, rule.name, severity, message, fix.message, None, name, span, fix)


def decide_documents(diagnostics: list[Diagnostic], documents: Sequence[Document], severities: Mapping[str, Severity | None],
                     ignores_for: IgnoresFor | None) -> Decided:
    """`decide` for the documents one file gave (the first is the file itself; the others, bodies it reads)."""
    if not documents:
        return Decided(diagnostics)
    first = documents[0]
    if not diagnostics and ignores_for is None and not may_suppress(first.text):
        return Decided(diagnostics)
    unjudged = INPUT_RULES if any(document.inputs_unjudged for document in documents) else frozenset()
    commented = may_suppress(first.text)
    kind = file_kind(first) if commented else first.kind  # (the kind serves only a file with comments to read)
    return decide(diagnostics, text=first.text, kind=kind, name=first.name, severities=severities,
                  ignores_for=ignores_for, host_uses=_host_uses(documents, first.name) if commented else None,
                  unjudged=unjudged, bodies=written_bodies(documents, kind) if commented and diagnostics else ())


def _host_uses(documents: Sequence[Document], name: str | None) -> dict[tuple[int, int], list[int]]:
    """Where each host written once in the file is said (its literal's line and column) -> the lines of the URLs at
    the calls of the launches using it (0 for one whose URL is not located: no comment suppresses the finding there)."""
    if not any(document.kind == "code" for document in documents):
        return {}
    from ..sources.extract import LaunchDocument  # loaded already: it made the file's code documents

    found: dict[tuple[int, int], list[int]] = {}
    for document in documents:
        if not isinstance(document, LaunchDocument) or document.name != name:
            continue
        request, lines = document.request, document.line_index
        if request.host_span is None:
            continue
        place = lines.span(*request.host_span)
        url = request.url.span if request.url is not None else None
        use = lines.span(*url).line if url is not None else 0
        found.setdefault((place.line, place.column), []).append(use)
    return found


def written_bodies(documents: Sequence[Document], kind: str) -> list[WrittenBody]:
    """The bodies of a file's launches written over several lines of text no comment can be written in (WrittenBody):
    a string holding JSON (a body the reader read from text: curl's `-d '…'`, a Python triple-quoted string, a template
    literal, a heredoc, a YAML block scalar), a .http request's body; in Markdown, a block of a language without comments
    (a `json` block) whole. A command continued over several lines (`curl … \\`: no line but its last takes a comment,
    and a line before one of its lines breaks it) is one too, whole, as ruff takes a `# noqa` ending a continuation."""
    from ..sources.extract import LaunchDocument  # loaded already: it made the file's launch documents
    from ..sources.model import EmbeddedJson

    first = documents[0]
    text = first.text
    if text is None:
        return []
    lines = LineIndex(text)
    found: dict[tuple[int, int], tuple[set[int], list[int]]] = {}
    holders = _holders(kind, text, lines)

    firsts = [holder.first for holder in holders]  # (in text order, and apart: blocks and block scalars do not nest)

    def add(start: int, end: int, own: set[int], use: int) -> None:
        at = bisect.bisect_right(firsts, start) - 1  # the one holder that may hold the line, found, not searched for
        if at >= 0 and start <= holders[at].last:
            holder = holders[at]
            own.add(holder.opened)
            if holder.whole:
                start, end = holder.first, holder.last
        if end > start or len(own) > 1:  # (on one line of its own, a comment on it or alone before it covers it)
            held = found.setdefault((start, end), (set(), []))
            held[0].update(own)
            held[1].append(use)

    for document in documents:
        if not isinstance(document, LaunchDocument) or document.name != first.name or document.text is not text:
            continue
        request = document.request
        use = lines.position(request.site[0])[0]
        if request.kind in _COMMANDS and _CONTINUED.search(text, *request.site) is not None:
            add(use, lines.position(max(request.site[0], request.site[1] - 1))[0], set(), use)
        span = request.body_span
        if span is None or span[1] <= span[0] or (request.body_text is None and not isinstance(request.body_locator, EmbeddedJson)):
            continue
        start = lines.position(span[0])[0]
        add(start, lines.position(span[1] - 1)[0], {start}, use)
    return [WrittenBody(first_line, last_line, tuple(sorted(own)), tuple(uses))
            for (first_line, last_line), (own, uses) in sorted(found.items())]


def comment_lines(bodies: Sequence[WrittenBody], line: int) -> list[int]:
    """The lines a comment standing alone before may suppress a finding on `line` of a file from, the likeliest first:
    inside one of the file's bodies written over several lines (written_bodies), the first line of the launch's
    statement (of each launch sending it: one alone when it is sent once), then the line its text starts on and what
    holds it; else the finding's own line."""
    for body in bodies:
        if body.first <= line <= body.last:
            uses = list(dict.fromkeys(body.uses)) if len(body.uses) == 1 else []
            return list(dict.fromkeys([*uses, *body.own]))
    return [line]


#: The requests a shell command sends (curl, wget, HTTPie, the gc CLI), whose lines a `\\` continues.
_COMMANDS = frozenset({"curl", "wget", "httpie", "gc-cli"})
_CONTINUED = re.compile(r"\\\r?\n")


@dataclass(frozen=True)
class _Holder:
    """Text holding a launch whose lines take no comment: a YAML block scalar (a CI step's script) or a Markdown block
    of a language without comments (`whole`: all of it is the launch's, a `json` block). `opened`: the line it opens on
    (`run: |`, the fence), whose comment, or one alone before it, covers what it holds."""

    opened: int
    first: int
    last: int
    whole: bool


def _holders(kind: str, text: str, lines: LineIndex) -> list[_Holder]:
    """The block scalars of a CI file, the blocks of a Markdown page in a language without comments, the scripts over
    several lines of a file running scripts (_Holder)."""
    if kind == "markdown":
        return [_Holder(lines.position(fence)[0], lines.position(start)[0], lines.position(max(start, end - 1))[0], True)
                for fence, start, end in uncommented_blocks(text)]
    syntax = comment_syntax(kind)
    if not syntax.scripts:
        return []
    if syntax.grammar == "yaml":  # a YAML file's scripts are its block scalars (`run: |`), found as its comments are
        return [_Holder(scalar.line, scalar.line + 1, lines.position(max(scalar.start, scalar.end - 1))[0], False)
                for scalar in yaml_scalars(text) if scalar.style in ("|", ">")]
    found = []
    for _, code, where in embedded_code(kind, text):
        first, last = lines.position(where[0])[0], lines.position(where[max(0, len(code) - 1)])[0]
        if last > first:  # a script over several lines (a Jenkinsfile's `sh '''…`, a continued RUN): its step's line
            found.append(_Holder(first, first, last, False))
    return found


def file_kind(document: Document) -> str:
    """The kind whose comments a document's file has: json, jsonc (JSON with comments, by its name), yaml, or a source
    kind (javascript, http…)."""
    if document.kind == "json" and document.name is not None and commented_json_name(document.name.lower()):
        return "jsonc"
    if document.kind != "code":
        return document.kind
    by_name = source_kind(document.name, b"")
    if by_name is None and document.text is not None:
        # A kind told by its content (an Artillery script, a GitHub workflow): its comments were found in none.
        by_name = source_kind(document.name, document.text.encode("utf-8", "surrogatepass"))
    return by_name or ""
