"""Where a request file names the launch endpoint outside every request read in it: each such mention is a launch
that may pass unchecked, said at its place (FL011) rather than hidden by the launches read beside it.

A mention is judged by its unit, the piece a request is written in: a Markdown code block, a shell command, a GitHub
workflow step (or a command of its `run:` script), a Terraform block. A unit that holds a request read says nothing
more; a unit that holds none is said once, at its first mention. A mention in a comment, in prose (Markdown outside
code), in a status read's path (`…/flows/executions/$ID`), or bound to a name the file uses elsewhere (`URL=…` then
`$URL`, a workflow's `env:`, Terraform's `locals`: it may feed a request read) is not said.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from .kinds import CLI_LAUNCH_WORDS, CLI_NAMES, COMMAND_KINDS, COMMAND_MENTION_TEXT, SHELL_HOST_KINDS, prints_body_shape_flag
from .kinds import LAUNCH_MENTION_TEXT as _MENTION
from .model import Offsets

if TYPE_CHECKING:
    from .blocks import DocumentCode
    from .curl import Word

#: The kinds whose mentions are judged here (code is judged by its reader's own `unread_beside`).
KINDS = frozenset({"markdown", "shell", "github-actions", "ci-config", "terraform", "aws", *SHELL_HOST_KINDS})

#: A fence's opening or closing line, at any indentation (a list item's fences are indented as its text is).
_COMMENT = re.compile(r"[ \t]*(?:#|//|--|REM\b|::|<!--)")
#: A name bound on a mention's line: `URL=…`, `export URL=…`, `url: …` (YAML), `url = "…"` (HCL), `def url = "…"` (Groovy).
_BOUND = re.compile(r"[ \t]*(?:-[ \t]+)?(?:(?:export|local|readonly|def)[ \t]+)?[\"']?([A-Za-z_][\w-]*)[\"']?[ \t]*(?:=|:[ \t])")
_STATUS_PATH = re.compile(r"/[\w${(<:{-]")
#: A Python interpreter's command name (curl.python_code reads the code it is given).
_PYTHON_NAME = re.compile(r"python(?:[23](?:\.[0-9]+)?)?")
#: A command's name that a note may show: a plain word (never an argument, which may carry a secret).
_COMMAND_NAME = re.compile(r"[\w.+-]{1,30}")


def markdown_mentions(text: str, code_blocks: Sequence[DocumentCode] | None = None
                      ) -> Iterator[tuple[Offsets, Offsets, str]]:
    """(mention, its code block, why not read) of each mention inside a documentation code block (prose is not a
    request; a block holding a JSON flowId and no endpoint, in a document that names the endpoint, is one too), in file order:
    the blocks blocks.markdown_code finds (as the readers do: Markdown's fenced, also on a list item's marker line or
    in a blockquote, and indented, also in a list item; reStructuredText's and AsciiDoc's). A block that only sketches
    the endpoint (blocks.request_sketch) says so. `code_blocks`: markdown_code(text), when the caller has found them
    already."""
    from .blocks import fence_kind, markdown_code, offsets, request_sketch

    found: list[tuple[Offsets, Offsets, str]] = []
    bodies: list[tuple[Offsets, Offsets, str]] = []  # blocks with a JSON flowId and no endpoint
    for info, code, at, shape in markdown_code(text) if code_blocks is None else code_blocks:
        if not code:
            continue
        if COMMAND_MENTION_TEXT.search(code) is None:
            key = _FLOW_ID_KEY.search(code)
            if key is not None and fence_kind(info, code) not in _CODE_READERS:  # (code's own reader says its misses)
                where = offsets(code, at)
                bodies.append(((where[key.start()], where[key.end() - 1] + 1), (where[0], where[-1]), BODY_ONLY))
            continue
        where = offsets(code, at)
        unit = (where[0], where[-1])
        reader = fence_kind(info, code) if shape != "nested" else None
        why = _SKETCH if request_sketch(code) else _read_why(reader) if reader in _CODE_READERS else _WHY[shape]
        # (a mention does not cross a line, and a block's lines are each written in one piece in the file)
        found.extend(((where[m.start()], where[m.end() - 1] + 1), unit,
                      cli_launch_why(info, code) if cli_launch(m.group()) else why)
                     for m in COMMAND_MENTION_TEXT.finditer(code))
    found.sort(key=lambda mention: mention[0])
    yield from found  # (first: where no launch is read, the file's note is at a block naming the endpoint, if any)
    if bodies and _MENTION.search(text) is not None:
        # The endpoint named in the document: each body is a launch it describes that nothing reads, said block by block
        # (a launch read in another block, a curl's `-d @body.json`, checks nothing of it).
        yield from bodies


def _read_why(reader: str | None) -> str:
    """Why a mention in a block of code flowlint reads (a README's Python, JavaScript or TypeScript) is no launch read:
    the block is read, as a file of its own (a README's blocks are no program), but no call there sends it."""
    language = {"python": "Python", "tsx": "TSX"}.get(reader or "", "TypeScript" if reader == "typescript" else "JavaScript")
    return (f"in a {language} block flowlint reads, each block alone, where no launch it can follow sends it (a name "
            "bound to it that no call in the block sends, or a call it cannot follow; a name another block binds is not "
            "known in this one)")


_SKETCH = ("a request line without a body in documentation is read as a sketch of the endpoint, not a launch (docs often "
           "write the body in the next block: flowlint does not join the two)")
#: The blocks read as code: a flowId in one is a value of the program, not a body written apart from its request.
_CODE_READERS = frozenset({"javascript", "typescript", "tsx", "python"})
#: A launch body's flowId as JSON writes it, in a block that names no endpoint.
_FLOW_ID_KEY = re.compile(r'"flowId"[ \t]*:')
BODY_ONLY = ("a block holds a body with a flowId but no request line, and the endpoint is named only outside it: flowlint "
             "reads a documented launch from a block that writes its request (an http request line with its body, a "
             "curl command), not a body written apart from its request")
_WHY = {"fence": "in a fenced block flowlint does not read as a request",
        "indented": "in an indented code block flowlint does not read as a request",
        "markup": "in a code block flowlint does not read as a request",
        "nested": "nested more than 100 blockquotes or list items deep, which flowlint does not read"}


def beside(kind: str, text: str, sites: Sequence[Offsets], code_blocks: Sequence[DocumentCode] | None = None
           ) -> list[tuple[Offsets, str]]:
    """The mentions of a file of `kind` (KINDS) in no unit that holds one of `sites` (the requests read in it): one
    (where, why) per unit, at its first mention."""
    if kind not in KINDS or (COMMAND_MENTION_TEXT if kind in COMMAND_KINDS else _MENTION).search(text) is None:
        return []
    from .blocks import overlaps

    ordered = sorted(sites)
    firsts = [first for first, _ in ordered]
    reach = list(itertools.accumulate((last for _, last in ordered), max))

    def holds_site(unit: Offsets) -> bool:  # a site starting before the unit ends and ending after it starts
        return overlaps(firsts, reach, *unit)

    found: list[tuple[Offsets, str]] = []
    said: set[Offsets] = set()
    used: list[_UsedNames] = []  # built once, at the first bound mention

    def used_names() -> _UsedNames:
        if not used:
            used.append(_UsedNames(text))
        return used[0]

    for mention, unit, why in _mentions(kind, text, code_blocks):
        if (unit in said or holds_site(unit) or _status_read(text, mention)
                or (text[mention[0]] != "$" and _bound_and_used(text, mention, used_names))):  # (`$U`: a name's use)
            continue
        said.add(unit)
        found.append((mention, why))
    return found


def _mentions(kind: str, text: str, code_blocks: Sequence[DocumentCode] | None
              ) -> Iterator[tuple[Offsets, Offsets, str]]:
    if kind == "markdown":
        yield from markdown_mentions(text, code_blocks)
    elif kind == "shell":
        yield from _command_mentions(text, [(0, text)])
    elif kind in ("github-actions", "ci-config"):
        yield from _workflow_mentions(text, ci=kind == "ci-config")
    elif kind in SHELL_HOST_KINDS:
        yield from _hosted_command_mentions(kind, text)
    elif kind == "aws":
        yield from _aws_mentions(text)
    else:
        yield from _terraform_mentions(text)


def _command_mentions(text: str, scripts: Sequence[tuple[int | Sequence[int], str]]
                      ) -> Iterator[tuple[Offsets, Offsets, str]]:
    """Each mention in a shell command's words or the here-documents it is given (never in a comment), with the command
    as its unit (curl.units); each script given with its place in the file (curl.commands_at)."""
    from .curl import commands_at, units

    names = _launch_names(text)
    for where, script in scripts:
        yield from _parts_mentions(text, units(commands_at(script, where)), names)


def _launch_names(text: str) -> frozenset[str]:
    """The names the file binds the launch endpoint to (`U=https://…/flows/executions`, a workflow's `env:` `URL: …`;
    not in a comment, not a status read's path). One pass: each line's start and binding looked for once."""
    names: set[str] = set()
    line_start = searched = 0
    bound_line = -1
    for match in _MENTION.finditer(text):
        start = text.rfind("\n", searched, match.start())  # (from the last mention on: each character looked at once)
        line_start = start + 1 if start >= 0 else line_start
        searched = match.end()
        if line_start == bound_line or _status_read(text, match.span()):
            continue
        bound_line = line_start
        bound = _BOUND.match(text, line_start)
        if bound is not None and bound.end() <= match.start() and _COMMENT.match(text, line_start) is None:
            names.add(bound.group(1))
    return frozenset(names)


#: An expansion naming a variable (`$U`, `${U}`, `${U:-…}`), its name group 1.
_NAME_USE = re.compile(r"\$\{?([A-Za-z_]\w*)")
#: Commands that send no request, whatever they are given (`echo "launching $URL"`, `[ -n "$URL" ]`).
_SENDS_NOTHING = frozenset({"echo", "printf", "test", "[", "[[", ":", "export", "local", "readonly", "declare",
                            "typeset", "unset", "read", "set", "shift", "return", "exit", "true", "false"})


def _uses(words: Sequence[Word], names: frozenset[str]) -> list[tuple[Offsets, str]]:
    """Where a command's words use one of the names the launch endpoint is bound to (`wget … "$U"`), and the name: a
    mention of it as much as the endpoint written out, in a command that may send a request."""
    from .curl import command_words

    words = command_words(list(words))
    if not words or words[0].text in _SENDS_NOTHING:
        return []
    found = []
    for word in words:
        if "{{$" not in word.text:
            continue
        for at, expansion in word.expansions():
            use = _NAME_USE.match(expansion.source)
            if use is not None and use.group(1) in names:
                found.append(((at, at + len(expansion.source)), use.group(1)))
    return found


def _parts_mentions(text: str, found: Iterable[tuple[Offsets, list[Word], list[Offsets]]],
                    names: frozenset[str] = frozenset()) -> Iterator[tuple[Offsets, Offsets, str]]:
    """Each mention in a command's parts, in order, with the command as its unit; and each use of a name the endpoint is
    bound to (`names`: `"$U"`). The parts, not the unit's span: units nest (`cat <<A | cat <<B | curl …`: each cat's
    words on the first line, its document far below) and scanning each span would scan the text once per command around
    it."""
    for unit, words, parts in found:
        mentioned = [match.span() for first, end in parts for match in _MENTION.finditer(text, first, end)]
        uses = _uses(words, names) if names else []
        mentioned += [span for span, _ in uses]
        cli = _cli_launch(words)
        why = _command_why(words) if mentioned or cli is not None else ""  # (the command's, whichever mention it is)
        if uses and why.endswith(_UNREAD_COMMAND):
            client = why[len("it is in "):-len(_UNREAD_COMMAND)]  # (`a curl`, `a wget`, `an HTTPie`)
            why = (f"it is in {client} command sending to `${uses[0][1]}`, which the file binds to the endpoint where "
                   "flowlint does not follow it (a CI service's variables, another step or script)")
        for span in sorted(mentioned + ([cli] if cli is not None else [])):
            yield span, unit, why




def _cli_launch(words: Sequence[Word]) -> Offsets | None:
    """Where a command is the Genesys Cloud CLI's launch (`gc [flags] flows executions create …`: its words are written
    apart, so no word holds the mention), from `flows` to `create`; None for any other command."""
    from .curl import Word

    texts = [word.text if isinstance(word, Word) else "" for word in words]
    name = next((index for index, text in enumerate(texts) if text.rsplit("/", 1)[-1] in CLI_NAMES), None)
    if name is None:
        return None
    for index in range(name + 1, len(texts) - 2):
        if tuple(texts[index:index + 3]) == CLI_LAUNCH_WORDS:
            if any(prints_body_shape_flag(text) for text in texts):
                return None  # it prints the body's shape, and sends nothing
            return words[index].start, words[index + 2].end
        if not texts[index].startswith("-") and texts[index - 1][:1] != "-":
            return None  # another command's word (a flag's value follows its flag)
    return None


def _hosted_command_mentions(kind: str, text: str) -> Iterator[tuple[Offsets, Offsets, str]]:
    """Each mention in a command a Makefile, a justfile, a Dockerfile or a package.json runs, with the command as its unit."""
    from .embedded_shell import units

    yield from _parts_mentions(text, units(kind, text))
    if kind == "jenkinsfile":  # (its bat and powershell steps, its Groovy: none read, each mention said, and why)
        from .jenkinsfile import unread_mentions

        yield from unread_mentions(text, _MENTION)
    from .embedded_shell import foreign_commands

    for start, end, why in foreign_commands(kind, text):
        for found in _MENTION.finditer(text, start, end):
            yield found.span(), (start, end), why


#: Why the Genesys Cloud CLI's launch is not read where it is written: flowlint reads it only as a shell runs it.
CLI_LAUNCH_WHY = ("it is the Genesys Cloud CLI's launch (`gc flows executions create`), which flowlint reads only in a shell "
                  "script or an sh, bash or console block, not here: check the body it sends (its --file, or what is piped "
                  "to it) as a payload file")


def cli_launch_why(info: str, code: str) -> str:
    """Why the CLI's launch in a documentation block of this info string was not read: the block is no shell session
    flowlint reads (a `powershell` block, an untagged one running no curl), named by its language word when it is a
    plain one; else CLI_LAUNCH_WHY."""
    from .blocks import fence_kind

    if fence_kind(info, code) == "shell":
        return CLI_LAUNCH_WHY
    word = _INFO_WORD.match(info.strip().lower())
    language = word.group() if word is not None and _COMMAND_NAME.fullmatch(word.group()) else ""
    block = f"a `{language}` block" if language else "a block that names no shell"
    return (f"it is the Genesys Cloud CLI's launch (`gc flows executions create`) in {block}, which flowlint does not "
            "read as a shell (it reads the CLI's launches in shell scripts and in sh, bash or console blocks): check "
            "the body it sends (its --file, or what is piped to it) as a payload file")


_INFO_WORD = re.compile(r"[\w+-]*")


#: The CLI's flag that prints the body's shape instead of sending one (`-b`, `--printrequestbody`).
_PRINTS_BODY_SHAPE = re.compile(r"[ \t](?:-b|--printrequestbody(?:=true)?)(?=[ \t]|$)", re.M)


def prints_body_shape(text: str, end: int) -> bool:
    """Whether the CLI's launch command ending its words at `end` prints the body's shape and sends nothing (its flag
    later on the command's line)."""
    line_end = text.find("\n", end)
    return _PRINTS_BODY_SHAPE.search(text, end, len(text) if line_end == -1 else line_end) is not None


def cli_launch(mention: str) -> bool:
    """Whether a mention (kinds.COMMAND_MENTION_TEXT's match) is the Genesys Cloud CLI's launch command."""
    return mention.endswith("create")


#: Why a mention in a command of a client the shell reader reads (curl, wget, HTTPie, xh) is not read: `it is in a curl
#: command flowlint could not read as a request`.
_UNREAD_COMMAND = " command flowlint could not read as a request"
_CURL_WHY = f"it is in a curl{_UNREAD_COMMAND}"
#: An expansion that may be several of a command's words, shown by its name: `$CURL_OPTS`, `${OPTS}`, `${opts[@]}`, `$@`.
_OPTIONS_NAMED = re.compile(r"\$(?:[A-Za-z_]\w*|@|\{[A-Za-z_]\w*(?:\[[@*]\])?\})")


def _command_why(words: Sequence[object]) -> str:
    from .curl import Word, command_words

    names = [word.text for word in command_words([word for word in words if isinstance(word, Word)])]
    name = next((n for n in names if n not in ("sudo", "time", "exec", "$", "%", ">", "env", "command")), "")
    name = name.rsplit("/", 1)[-1]
    if name in CLI_NAMES and _cli_launch([word for word in words if isinstance(word, Word)]) is not None:
        return CLI_LAUNCH_WHY
    if name == "curl":
        hidden = next((word.parts[0].source for word in words if isinstance(word, Word) and word.spread
                       and len(word.parts) == 1 and not isinstance(word.parts[0], str)), None)
        if hidden is not None and _OPTIONS_NAMED.fullmatch(hidden):
            return (f"it is in a curl command given options flowlint cannot see (`{hidden}`): its method and body may "
                    "be among them")
        return _CURL_WHY
    if name in _CLIENT_NAMES:
        return f"it is in {_CLIENT_NAMES[name]}{_UNREAD_COMMAND}"
    if _PYTHON_NAME.fullmatch(name):
        return (f"it is in Python run by `{name}`, where flowlint read no launch (it reads the Python a shell runs when "
                "written exactly: a quoted here-document or a `-c` word, without the shell's expansions)")
    shown = f"`{name}`" if _COMMAND_NAME.fullmatch(name) else "a command"
    return f"it is in {shown}, which flowlint does not read as a request (it reads curl, wget, HTTPie and xh commands)"


#: The other HTTP clients' commands the shell reader reads (shell_clients.py), as a why names them.
_CLIENT_NAMES = {"wget": "a wget", "wget2": "a wget", "http": "an HTTPie", "https": "an HTTPie", "xh": "an xh",
                 "xhs": "an xh"}


def _workflow_mentions(text: str, *, ci: bool = False) -> Iterator[tuple[Offsets, Offsets, str]]:
    """Mentions in a workflow's `run:` scripts (`ci`: another CI service's steps' scripts) by command, and in its other
    steps (by step)."""
    from .github_actions import foreign_scripts, in_foreign, scripts, span_of

    runs = scripts(text, ci=ci)
    foreign = foreign_scripts(text, ci=ci)
    foreign_starts = [start for start, _, _ in foreign]
    script_spans = sorted(span_of(script) for script in runs)
    script_starts = [start for start, _ in script_spans]
    script_reach = list(itertools.accumulate((end for _, end in script_spans), max))
    yield from _command_mentions(text, runs)
    steps: _Steps | None = None
    for match in _MENTION.finditer(text):
        before = bisect.bisect_right(script_starts, match.start())
        if (before and script_reach[before - 1] > match.start()) or _commented(text, match.start()):
            continue
        steps = steps or _Steps(text)
        other_shell = in_foreign(foreign, foreign_starts, match.start()) if foreign else None
        yield match.span(), steps.around(match.start()), f"{other_shell}, which flowlint does not read" if other_shell else (
            "it is in a pipeline step flowlint does not read as a request (it reads curl commands in its steps' scripts)"
            if ci else "it is in a workflow step flowlint does not read as a request (it reads curl commands in `run:` steps)")


class _Steps:
    """The step (its `- ` line to the next
    line indented no deeper) around any offset of a workflow, from one pass over its lines: each line's step
    start by a stack of the lines a later line's upward walk may stop at, its end by jumps over deeper lines."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._line_starts = [0, *(match.end() for match in re.finditer("\n", text))]
        count = len(self._line_starts)
        blank = [not text[start:self._end_of(index)].strip() for index, start in enumerate(self._line_starts)]
        self._indents = [_indent(text, start) for start in self._line_starts]
        dash = [text[start:self._end_of(index)].lstrip().startswith("- ") for index, start in enumerate(self._line_starts)]
        # The upward walk from a line stops first at the nearest non-blank line above it that is shallower, or as deep
        # and a list item; from there it goes on as if walking from that line, unless that line is a list item.
        self._start_line = list(range(count))
        stack: list[int] = []
        for index in range(count):
            if blank[index]:
                continue
            depth = self._indents[index]
            while stack and not (self._indents[stack[-1]] < depth or (self._indents[stack[-1]] == depth and dash[stack[-1]])):
                stack.pop()
            if dash[index]:
                pass  # a step's own `- ` line is where it starts (`- pwsh: Invoke-RestMethod …`: its mention is its own)
            elif stack:
                above = stack[-1]
                self._start_line[index] = above if dash[above] else self._start_line[above]
            while stack and self._indents[stack[-1]] == depth and dash[stack[-1]] and dash[index]:
                stack.pop()
            stack.append(index)
        # The next non-blank line after each line, and the next one after it no deeper than it (to jump over deeper ones).
        self._next_line = [count] * (count + 1)
        self._next_shallower = [count] * count
        following = count
        below: list[int] = []
        for index in range(count - 1, -1, -1):
            self._next_line[index] = following
            if blank[index]:
                continue
            while below and self._indents[below[-1]] > self._indents[index]:
                below.pop()
            self._next_shallower[index] = below[-1] if below else count
            below.append(index)
            following = index
        self._blank = blank

    def _end_of(self, index: int) -> int:
        return self._line_starts[index + 1] if index + 1 < len(self._line_starts) else len(self._text)

    def around(self, at: int) -> Offsets:
        """The step holding `at`: from its `- ` line to the next line indented no deeper."""
        line = bisect.bisect_right(self._line_starts, at) - 1
        start_line = self._start_line[line]
        depth = self._indents[start_line]
        stop = self._next_line[line]
        while stop < len(self._line_starts) and self._indents[stop] > depth:
            stop = self._next_shallower[stop]
        end = self._line_starts[stop] - 1 if stop < len(self._line_starts) else len(self._text)
        return self._line_starts[start_line], end


def _indent(text: str, line_start: int) -> int:
    position = line_start
    while position < len(text) and text[position] in " \t":
        position += 1
    return position - line_start


def _terraform_mentions(text: str) -> Iterator[tuple[Offsets, Offsets, str]]:
    """Mentions in a Terraform file, each with its top-level block (from its unindented opening line to the next)."""
    starts = [match.start() for match in re.finditer(r"(?m)^[A-Za-z_]", text)]
    for match in _MENTION.finditer(text):
        if _commented(text, match.start()):
            continue
        index = bisect.bisect_right(starts, match.start())
        unit = (starts[index - 1] if index else 0, starts[index] if index < len(starts) else len(text))
        yield match.span(), unit, terraform_aws_why(text, match.start(), unit[0]) or (
            "it is outside the `config_request` of a `genesyscloud_integration_action`, where flowlint reads launches in "
            "Terraform")


#: A line opening a top-level Terraform block (unindented).
_BLOCK_START = re.compile(r"^[A-Za-z_]", re.M)
#: A Terraform block's opening line naming an AWS resource type (`resource "aws_sfn_state_machine" "x" {`).
_AWS_RESOURCE = re.compile(r"""resource[ \t]+"(aws_[a-z0-9_]{1,60})"|[ \t]*"(aws_[a-z0-9_]{1,60})"[ \t]*:""")
#: Why an EventBridge API destination's endpoint is not read as a launch: its body is sent by a rule's target.
API_DESTINATION_WHY = ("it configures an EventBridge API destination to call it, whose body is what a rule's target sends "
                       "(the matched event, or the target's {input} or {transformer}), which flowlint does not read as a "
                       "launch: configured here, not checked (check that body as a payload file)")
_STATE_MACHINE_WHY = ("it is in a Step Functions definition that flowlint does not read here ({where}): configured here, not "
                      "checked (save the definition as its own .asl.json file, where an HTTP task's `RequestBody` is checked)")


#: Why a `DefinitionString` was not read (one that is JSON text as written is: sources/aws.py).
_DEFINITION_STRING = ("a `DefinitionString` that is no JSON text as written: an `Fn::Join` of parts, a `${…}` where a "
                      "value goes")


def terraform_aws_why(text: str, at: int, block: int | None = None) -> str | None:
    """Why a mention at `at` in a Terraform file's AWS resource (its top-level block, opening at `block`, else the last
    unindented line at or before `at`) was not read as a launch; None when the block is no AWS resource."""
    if block is None:
        block = 0
        for opening in _BLOCK_START.finditer(text, 0, at + 1):
            block = opening.start()
    line_end = text.find("\n", block)
    found = _AWS_RESOURCE.match(text, block, len(text) if line_end < 0 else line_end)
    resource = (found.group(1) or found.group(2)) if found is not None else None
    if resource in ("aws_cloudwatch_event_api_destination", "aws_cloudwatch_event_target"):
        return API_DESTINATION_WHY.format(input="`input`", transformer="`input_transformer`") + (
            "; a target's `input` or `input_transformer` template written in this file is read and checked")
    if resource == "aws_sfn_state_machine":
        return _STATE_MACHINE_WHY.format(where="a Terraform `definition` that is neither a jsonencode() of an object nor "
                                               "JSON text written here: a templatefile(), a file(), a reference")
    if resource is not None:
        return (f"it is in an AWS resource (`{resource}`) that calls it: configured here, not checked (flowlint reads "
                "launches in Terraform in the `config_request` of a `genesyscloud_integration_action`)")
    return None


def _aws_mentions(text: str) -> Iterator[tuple[Offsets, Offsets, str]]:
    """Mentions in an AWS template or Step Functions definition, each with its line (a read HTTP task's holds its site)."""
    strings = _written_as_string(text)  # (searched once: not again at each mention)
    for match in _MENTION.finditer(text):
        if _commented(text, match.start()):
            continue
        start = text.rfind("\n", 0, match.start()) + 1
        end = text.find("\n", match.end())
        end = len(text) if end < 0 else end
        yield match.span(), (start, end), aws_why(text, match.start(), strings)


#: Where an AWS template writes a request's sender: a command (curl, a client's post) on the mention's line.
_COMMAND_ON_LINE = re.compile(r"(?i)\b(?:curl|wget|invoke-restmethod|invoke-webrequest)\b|\bfetch\(|\.post\(")


def _written_as_string(text: str) -> bool:
    """Whether an AWS template writes a state machine's definition as a string (`DefinitionString`)."""
    return "DefinitionString" in text or "definitionString" in text


#: A JSON template's start (a YAML one's keys are written unquoted, so a quoted `"ApiEndpoint"` there is JSON text).
_JSON_START = re.compile(r"\s*\{")


def _in_definition_string(text: str, line: str, strings: bool | None) -> bool:
    """Whether an `ApiEndpoint` line of a template writing a `DefinitionString` is JSON text in that string: its key
    quoted in a YAML template (`"ApiEndpoint": …` in a `!Sub |` block), or escaped in a JSON one (`\\"ApiEndpoint\\"`)."""
    if not (_written_as_string(text) if strings is None else strings):
        return False
    return '\\"ApiEndpoint\\"' in line or ('"ApiEndpoint"' in line and _JSON_START.match(text) is None)


def aws_why(text: str, at: int, strings: bool | None = None) -> str:
    """Why a mention in an AWS template or Step Functions definition (sources/aws.py) was not read as a launch
    (`strings`: _written_as_string(text), when the caller knows it)."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start:len(text) if end < 0 else end]
    if "InvocationEndpoint" in line or "invocation_endpoint" in line:
        return API_DESTINATION_WHY.format(input="`Input`", transformer="`InputTransformer`") + (
            "; a target's `Input` or `InputTransformer` template written in this file is read and checked")
    if "ApiEndpoint" in line and _in_definition_string(text, line, strings):
        return _STATE_MACHINE_WHY.format(where=_DEFINITION_STRING)
    if "ApiEndpoint" in line:
        return ("it is a Step Functions HTTP task whose request flowlint could not read as data (its `Parameters` are "
                "not a mapping, or the file does not parse): configured here, not checked")
    if _written_as_string(text) if strings is None else strings:
        return _STATE_MACHINE_WHY.format(where=_DEFINITION_STRING)
    if _COMMAND_ON_LINE.search(line):
        return "it is in a command in an AWS template, which flowlint does not read as a request"
    return ("it is in AWS configuration that calls it, where flowlint reads only a Step Functions HTTP task's "
            "`RequestBody` written as data: configured here, not checked")


def _commented(text: str, at: int) -> bool:
    """Whether `at` is on a line that is a comment (`#`, `//`)."""
    line_start = text.rfind("\n", 0, at) + 1
    return _COMMENT.match(text, line_start) is not None and text[line_start:at].lstrip()[:1] in ("#", "/")


def _status_read(text: str, mention: Offsets) -> bool:
    """Whether the path goes on after the endpoint (`…/flows/executions/{id}`: a run's status read, no launch)."""
    return text[mention[0]:mention[1]].endswith("flows/executions") and _STATUS_PATH.match(text, mention[1]) is not None


#: Where a used name starts (`$`, `${`, `env.`, `local.`, …) and the run of name characters from there.
_USE = re.compile(r"(?=(?:\$\{?|\b(?:env|local|var|vars|locals)\.)([A-Za-z_][\w-]*))")


class _UsedNames:
    """The names a file uses, as `\\$\\{?NAME\\b|\\b(?:env|local|var|vars|locals)\\.NAME\\b` would find them, from one pass:
    a name is used where it is a prefix of a run of name characters after a use's start, ending at a word boundary."""

    def __init__(self, text: str) -> None:
        self._all = {match.group(1) for match in _USE.finditer(text)}
        self._runs = sorted(self._all)

    def _prefixed(self, prefix: str) -> int:
        """How many runs start with `prefix` (runs hold no U+10FFFF, which sorts after every name character)."""
        return bisect.bisect_left(self._runs, prefix + "\U0010ffff") - bisect.bisect_left(self._runs, prefix)

    def __contains__(self, name: str) -> bool:
        # Runs hold word characters and `-` only, so a boundary after `name` in a run is a change between the two,
        # or the run's end after a word character.
        if not name.endswith("-"):
            return (name in self._all) or self._prefixed(name + "-") > 0
        return self._prefixed(name) - (name in self._all) - self._prefixed(name + "-") > 0


def _bound_and_used(text: str, mention: Offsets, used: Callable[[], _UsedNames]) -> bool:
    """Whether the mention is bound to a name on its line that the file uses elsewhere (`$URL`, `${URL}`, `env.URL`,
    `local.url`, `var.url`): it may feed a request read. `used` gives the file's used names (built once per file)."""
    line_start = text.rfind("\n", 0, mention[0]) + 1
    bound = _BOUND.match(text, line_start)
    if bound is None or bound.end() > mention[0]:
        return False
    return bound.group(1) in used()
