"""Shell commands written inside other files (kinds.SHELL_HOST_KINDS): a Makefile's recipes, a justfile's, a
Dockerfile's RUN (CMD, ENTRYPOINT), the `scripts` of a package.json, the `tasks` of a deno.json(c).

Each command is turned into the shell text its host runs, with the file offset of each of its characters, and read by
the curl reader (curl.py); what it finds is moved back to the file (blocks.relocated), so a body, a header or a URL is
located where it is written. What the host expands before the shell runs is an unknown value: a Makefile's `$(VAR)`,
`${VAR}` and `$X`, a justfile's `{{…}}`, inside single quotes too (`$$` and `{{{{` are escapes), but for a variable
the file itself sets once to plain text (`URL = …`, `url := "…"`), which is that text, located where it is written;
npm passes its strings to the shell as they are (JSON escapes read), and so does `deno task` (to its own shell, which
reads a command line as sh does); Docker joins continued lines and leaves
expansions to the shell.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence

from . import curl
from .blocks import moved_to_file, relevant
from .embedded import json_string_at
from .fences import cut_lines, joined, numbered_lines
from .host_text import Script
from .model import LaunchRequest, Offsets


def extract(kind: str, text: str) -> list[LaunchRequest]:
    """The curl requests of a file of one of KINDS, in file order, at their places in the file; the credentials written
    in any of its commands go with the first, as in a shell script."""
    if kind in ("jenkinsfile", "cloudbuild", "vscode-tasks"):  # (its steps start with the variables the file sets)
        if kind == "jenkinsfile":
            from .jenkinsfile import scripts_and_environments
        elif kind == "cloudbuild":
            from .cloudbuild import scripts_and_environments
        else:
            from .vscode_tasks import scripts_and_environments
        read, environments = scripts_and_environments(text)
        kept = [index for index, (script, _) in enumerate(read)
                if relevant(script) or any(relevant(value.text) for value in environments[index].values())]
        launches = curl.extract_scripts([(read[index][1], read[index][0]) for index in kept],
                                        [environments[index] for index in kept])
        if kind == "jenkinsfile":  # (and its httpRequest steps: the HTTP Request plugin's)
            from .jenkinsfile import http_requests

            sent = http_requests(text)
            if sent:
                written = launches[0].credentials if launches else []
                launches = sorted([*launches, *sent], key=lambda request: request.site)
                for request in launches:
                    request.credentials = []
                launches[0].credentials = written
        return launches
    found: list[LaunchRequest] = []
    credentials: list[tuple[Offsets, str]] = []
    for script, where in scripts(kind, text):
        if not relevant(script):
            continue
        commands = curl.commands(script)
        requests = curl.requests_of(commands)
        found.extend(moved_to_file(request, where) for request in requests)
        credentials.extend(_moved(span, where) for span in curl.credentials_of(commands))
    if found:
        found[0].credentials = credentials
    return found


def units(kind: str, text: str) -> Iterator[tuple[Offsets, list[curl.Word], list[Offsets]]]:
    """Each command's span in the file (a mention's unit, mentions.py), its words and the file spans of its parts, in
    file order: with the here-documents it is given (curl.units)."""
    for script, where in scripts(kind, text):
        for unit, words, parts in curl.units(curl.commands(script)):
            yield _in_file(unit, where), words, [_in_file(part, where) for part in parts]


def _in_file(span: Offsets, where: Sequence[int]) -> Offsets:
    """A span of a script, in the file (from where its first character is written to after its last)."""
    last = len(where) - 1
    return where[min(span[0], last)], where[min(max(span[1] - 1, 0), last)] + 1


def _moved(found: tuple[Offsets, str], where: Sequence[int]) -> tuple[Offsets, str]:
    (start, end), what = found
    last = len(where) - 1
    first = where[min(start, last)]
    return (first, max(first + 1, where[min(max(end - 1, start), last)] + 1)), what


def scripts(kind: str, text: str) -> Iterator[Script]:
    """The shell scripts a file of one of KINDS runs."""
    if kind == "makefile":
        yield from makefile_scripts(text)
    elif kind == "justfile":
        yield from justfile_scripts(text)
    elif kind == "dockerfile":
        yield from dockerfile_scripts(text)
    elif kind == "npm-scripts":
        yield from npm_scripts(text)
    elif kind == "deno-tasks":
        yield from deno_tasks(text)
    elif kind == "jenkinsfile":
        from . import jenkinsfile

        yield from jenkinsfile.scripts(text)
    elif kind == "vscode-tasks":
        from . import vscode_tasks

        yield from vscode_tasks.scripts(text)
    elif kind == "cloudbuild":
        from . import cloudbuild

        yield from cloudbuild.scripts(text)


def foreign_commands(kind: str, text: str) -> list[tuple[int, int, str]]:
    """The commands a file of one of KINDS runs in no POSIX shell (a VS Code task's Windows form): where each is, and
    why it is not read."""
    if kind == "vscode-tasks":
        from . import vscode_tasks

        return vscode_tasks.foreign(text)
    return []


# --- Makefile -------------------------------------------------------------------------------------------------------

#: A make expansion's opening: `$(`, `${`, or `$` and one character (`$@`, `$X`); `$$` is a dollar sign.
_MAKE_OPEN = {"(": ")", "{": "}"}


def makefile_scripts(text: str) -> Iterator[Script]:
    """Each recipe line of a Makefile (a line starting with a tab, or what follows a rule's `;` on its own line, with
    its `\\` continuations) as the shell runs it: its tab and its `@`, `-`, `+` prefixes dropped, `$$` a `$`, a
    variable the file sets once to plain text (make_values) that text, make's other expansions unknown values."""
    lines = numbered_lines(text)
    values = make_values(lines)
    index = 0
    continued = False  # the previous line, no recipe's, goes on to this one (a variable's value, a rule's prerequisites)
    while index < len(lines):
        start, line = lines[index]
        if continued or not line.startswith("\t"):
            recipe = None if continued else _rule_recipe(line)
            continued = _continues(line)
            index += 1
            if recipe is None:
                continue
            pieces = [(start + recipe, line[recipe:])]
        else:
            pieces = [(start + 1, line[1:])]
            index += 1
        # The recipe line and its continuations: make removes each continuation's leading tab, the shell the rest.
        while _continues(pieces[-1][1]) and index < len(lines):
            next_start, next_line = lines[index]
            index += 1
            skip = 1 if next_line.startswith("\t") else 0
            pieces.append((next_start + skip, next_line[skip:]))
        continued = False
        yield _recipe(pieces, values=values)


#: A Makefile line that sets a variable: its name, and how (`=`, `:=`, `::=`, `:::=`, `?=`, `+=`, `!=`).
_MAKE_ASSIGNMENT = re.compile(r"[ \t]*(?:(?:export|override|private)[ \t]+)*([^\s:#=$(){}]+)[ \t]*(:{1,3}=|[?+!]?=)[ \t]*")
_MAKE_CONDITIONAL = re.compile(r"[ \t]*(ifeq|ifneq|ifdef|ifndef)\b")
_MAKE_INCLUDE = re.compile(r"[ \t]*-?s?include[ \t]")
_MAKE_END = re.compile(r"[ \t]*endif\b")
_MAKE_DEFINE = re.compile(r"[ \t]*(?:(?:export|override|private)[ \t]+)*define[ \t]+([^\s:#=]+)")
_MAKE_UNSETTLED = object()


def make_values(lines: list[tuple[int, str]]) -> dict[str, tuple[int, str]]:
    """The variables a Makefile sets once, outside any condition, to plain text (no expansion, escape or continuation):
    name -> (the value's offset in the file, the value as make keeps it: up to a comment, trailing blanks included).
    Any other (set twice, appended to, a default for the caller to set, `?=`, in `define`, under `ifeq`/`ifdef`, for a
    target only, its value built of expansions) is left out: unknown; and all of them in a Makefile that includes
    another."""
    found: dict[str, object] = {}
    depth = 0  # conditionals open around this line
    defining = False
    continued = False
    for start, line in lines:
        if line.startswith("\t") or continued:
            continued = _continues(line)
            continue
        continued = _continues(line)
        if defining:
            defining = not line.lstrip(" \t").startswith("endef")
            continue
        if _MAKE_INCLUDE.match(line):
            return {}  # another file may set any of them again
        if _MAKE_CONDITIONAL.match(line):
            depth += 1
            continue
        if _MAKE_END.match(line):
            depth = max(0, depth - 1)
            continue
        if (define := _MAKE_DEFINE.match(line)) is not None:
            found[define.group(1)] = _MAKE_UNSETTLED
            defining = True
            continue
        assignment = _MAKE_ASSIGNMENT.match(line)
        if assignment is None:
            target_specific = _MAKE_ASSIGNMENT.match(line, (_rule_colon(line) or -1) + 1) if ":" in line else None
            if target_specific is not None:
                found[target_specific.group(1)] = _MAKE_UNSETTLED
            continue
        name, how = assignment.group(1), assignment.group(2)
        value = line[assignment.end():].rstrip("\r\n").split("#", 1)[0]
        plain = how in ("=", ":=", "::=", ":::=") and not any(mark in value for mark in "$\\") and value.strip()
        found[name] = (start + assignment.end(), value) if plain and depth == 0 and name not in found else _MAKE_UNSETTLED
    return {name: value for name, value in found.items() if isinstance(value, tuple)}


def _rule_colon(line: str, closings: dict[int, int] | None = None) -> int | None:
    """Where a rule line's colon is (outside make's expansions), or None when the line is no rule (an assignment, a
    directive, a comment). `closings`: the line's _closings, found already."""
    if closings is None:
        closings = _closings(line) if "$" in line else {}
    at = _first_outside(line, 0, "=#\r\n:", closings)
    if at is None or line[at] != ":":
        return None
    return None if line.startswith("=", at + 1) else at


def _rule_recipe(line: str) -> int | None:
    """Where the recipe written on a rule's own line starts (after its `;`: `launch: deps ; curl …`), or None."""
    if ":" not in line or ";" not in line or line[:1] in " \t#":
        return None
    closings = _closings(line) if "$" in line else {}
    colon = _rule_colon(line, closings)
    if colon is None:
        return None
    # (`=` a target's own variable, `t: X = a;b`; `#` a comment)
    at = _first_outside(line, colon + 1, "=#;", closings)
    return at + 1 if at is not None and line[at] == ";" else None


def _first_outside(line: str, start: int, stops: str, closings: dict[int, int]) -> int | None:
    """Where the first of `stops` is in `line` from `start`, outside make's expansions (`closings`: where each of the
    line's brackets closes); None when there is none, or an expansion before it is not closed."""
    i = start
    while i < len(line):
        char = line[i]
        if char == "$" and i + 1 < len(line) and line[i + 1] in _MAKE_OPEN:
            close = closings.get(i + 1)
            if close is None:
                return None
            i = close + 1
            continue
        if char in stops:
            return i
        i += 1
    return None


#: A justfile recipe's header at the start of a line: its name, its parameters, its colon (never `:=`, an assignment).
_JUST_RECIPE = re.compile(r"@?[A-Za-z_][\w-]*((?:[ \t]+[^:\n]*)?):(?!=)")
_JUST_NOT_RECIPE = ("set ", "export ", "alias ", "import ", "mod ", "#", "[")


def justfile_scripts(text: str) -> Iterator[Script]:
    """Each recipe line of a justfile (its body: the indented lines under a recipe's header, with `\\` continuations)
    as the shell runs it, or a shebang recipe's whole body as one script: just's `{{…}}` unknown values, but a variable
    the file sets once to a string (just_values, no parameter of the recipe by its name) that string."""
    lines = numbered_lines(text)
    variables = just_values(lines)
    index = 0
    while index < len(lines):
        line = lines[index][1]
        index += 1
        header = None if line.startswith(_JUST_NOT_RECIPE) else _JUST_RECIPE.match(line)
        if header is None:
            continue
        parameters = set(_JUST_PARAMETER.findall(header.group(1) or ""))
        values = {name: value for name, value in variables.items() if name not in parameters}
        body = []
        while index < len(lines) and (not lines[index][1].strip() or lines[index][1][:1] in " \t"):
            body.append(lines[index])
            index += 1
        written = [(start, line_text) for start, line_text in body if line_text.strip()]
        if not written:
            continue
        pieces = cut_lines(written, len(written[0][1]) - len(written[0][1].lstrip(" \t")))
        if pieces[0][1].startswith("#!"):
            yield _recipe(pieces, "just", values)  # a shebang recipe: one script
            continue
        at = 0
        while at < len(pieces):
            group = [pieces[at]]
            while _continues(group[-1][1]) and at + 1 < len(pieces):
                at += 1
                group.append(pieces[at])
            at += 1
            yield _recipe(group, "just", values)


#: A justfile variable set to a string: `name := "…"` (no escape in it) or `name := '…'`, and nothing after it.
_JUST_STRING = re.compile(r"""(?:export[ \t]+)?([A-Za-z_][\w-]*)[ \t]*:=[ \t]*(?:"([^"\\\n]*)"|'([^'\n]*)')[ \t]*(?:#[^\n]*)?\r?\n?""")
_JUST_ASSIGNMENT = re.compile(r"(?:export[ \t]+)?([A-Za-z_][\w-]*)[ \t]*:=")
#: A recipe parameter's name in its header (`name`, `name="default"`, `+names`, `*names`, `$name`).
_JUST_PARAMETER = re.compile(r"(?:^|(?<=[ \t]))[+*]?\$?([A-Za-z_][\w-]*)(?=[ \t=]|$)")


def just_values(lines: list[tuple[int, str]]) -> dict[str, tuple[int, str]]:
    """The variables a justfile sets once, at its top level, to a plain string: name -> (the string's offset in the file,
    its text). One set to an expression (a concatenation, a call, a backtick, a string with escapes or on several
    lines) or set twice is left out: unknown."""
    found: dict[str, tuple[int, str] | None] = {}
    for start, line in lines:
        assignment = _JUST_ASSIGNMENT.match(line)
        if assignment is None:
            continue
        name = assignment.group(1)
        string = _JUST_STRING.fullmatch(line)
        if string is None or name in found:
            found[name] = None
            continue
        group = 2 if string.group(2) is not None else 3
        found[name] = (start + string.start(group), string.group(group))
    return {name: value for name, value in found.items() if value is not None}


def _continues(line: str) -> bool:
    """Whether a line ends with a backslash that continues it (an odd run of them before its newline)."""
    stripped = line.rstrip("\r\n")
    return (len(stripped) - len(stripped.rstrip("\\"))) % 2 == 1


def _recipe(pieces: list[tuple[int, str]], host: str = "make", values: dict[str, tuple[int, str]] | None = None) -> Script:
    """A recipe line and its continuations as the shell runs it: the first line's prefixes (`@`, `-`, `+`) dropped, the
    host's expansions (make's `$(…)`, just's `{{…}}`) unknown values even inside single quotes, but those of `values`
    (name -> where its text is written, that text) the text, located there; the escapes (`$$`, `{{{{`) what they
    stand for."""
    chars: list[str] = []
    where: list[int] = []
    first_start, first = pieces[0]
    skip = len(first) - len(first.lstrip("@-+ \t"))  # the prefixes: silent, ignore errors, always run
    quote = ""  # the shell quote open at this point ("'" or '"'), so an expansion inside single quotes is still the host's
    last_start, last = pieces[-1]
    for piece_start, piece in pieces:
        i = skip if piece_start == first_start else 0
        n = len(piece.rstrip("\r\n")) if piece_start == last_start else len(piece)
        expansions = _MakeExpansions(piece) if host == "make" else _JustExpansions(piece)
        while i < n:
            char = piece[i]
            at = piece_start + i
            found = expansions.at(i) if char in "${" else None
            if found is not None:
                end, name = found
                if name is None:  # an escape: `$$` is `$`, `{{{{` is `{{`
                    literal = "$" if host == "make" else "{{"
                    chars.extend(literal)
                    where.extend(range(at, at + len(literal)))
                elif values and (value := values.get(name.strip() if host == "just" else name)) is not None:
                    value_start, value_text = value  # the host writes its text here, before the shell reads it
                    for value_char in value_text:
                        if value_char in "'\"" and (not quote or quote == value_char):
                            quote = "" if quote else value_char
                    chars.extend(value_text)
                    where.extend(range(value_start, value_start + len(value_text)))
                else:
                    hole = "${" + (re.sub(r"\W", "_", name.strip())[:40] or "_") + "}"
                    # Closed and opened again around the hole: the host has put its value there, quotes or not.
                    written = f"'{hole}'" if quote == "'" else hole
                    chars.extend(written)
                    where.extend([at] * len(written))
                i = end
                continue
            if char == "\\" and quote != "'" and i + 1 < n:
                chars.extend(piece[i:i + 2])
                where.extend((at, at + 1))
                i += 2
                continue
            if char in "'\"" and (not quote or quote == char):
                quote = "" if quote else char
            chars.append(char)
            where.append(at)
            i += 1
    where.append(last_start + len(last.rstrip("\r\n")))
    return "".join(chars), where


class _MakeExpansions:
    """make's expansions in a line: `$(…)`, `${…}` (nested ones counted), `$X`; `$$` an escape."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.closings = _closings(text)

    def at(self, i: int) -> tuple[int, str | None] | None:
        """(end, the expansion's name, None for an escape) of what starts at text[i], or None."""
        text = self.text
        if text[i] != "$" or i + 1 >= len(text):
            return None
        if text[i + 1] == "$":
            return i + 2, None
        end = _make_expansion_end(text, i, self.closings)
        if end is None:
            return None
        return end, text[i + 2:end - 1] if text[i + 1] in _MAKE_OPEN else text[i + 1]


class _JustExpansions:
    """just's interpolations in a line: `{{…}}`; `{{{{` an escape."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.close: int | None = -1  # the last `}}` found, None: none left (looked for again only once passed)

    def at(self, i: int) -> tuple[int, str | None] | None:
        text = self.text
        if not text.startswith("{{", i):
            return None
        if text.startswith("{{{{", i):
            return i + 4, None
        if self.close is not None and self.close < i + 2:
            found = text.find("}}", i + 2)
            self.close = None if found < 0 else found
        if self.close is None:
            return None
        return self.close + 2, text[i + 2:self.close]


def _make_expansion_end(text: str, i: int, closings: dict[int, int]) -> int | None:
    """The end of the make expansion starting at text[i] (`$`): `$(…)`, `${…}` (`closings`: each bracket's match), `$X`."""
    following = text[i + 1]
    if following in _MAKE_OPEN:
        close = closings.get(i + 1)
        return None if close is None else close + 1
    return i + 2 if not following.isspace() else None


def _closings(text: str) -> dict[int, int]:
    """Where each `(` and `{` of a line closes, counting only brackets of its own type (as make does): one pass."""
    found: dict[int, int] = {}
    if "$(" not in text and "${" not in text:
        return found
    open_at: dict[str, list[int]] = {"(": [], "{": []}
    for index, char in enumerate(text):
        if char in open_at:
            open_at[char].append(index)
        elif char == ")" and open_at["("]:
            found[open_at["("].pop()] = index
        elif char == "}" and open_at["{"]:
            found[open_at["{"].pop()] = index
    return found


# --- Dockerfile -----------------------------------------------------------------------------------------------------

_INSTRUCTION = re.compile(r"[ \t]*(RUN|CMD|ENTRYPOINT)(?=[ \t])[ \t]*", re.I)
_ANY_INSTRUCTION = re.compile(r"[ \t]*[A-Za-z]+(?=[ \t\r\n])")
_ESCAPE_DIRECTIVE = re.compile(r"#[ \t]*escape[ \t]*=[ \t]*([\\`])[ \t]*\r?$", re.I)
#: A RUN flag before its command (`--mount=type=secret,id=token`): each character read once (no nested repeat).
_FLAG = re.compile(r"--[\w-]+(?:=(?:\"[^\"\n]*\"|'[^'\n]*'|[^\s\"'])*)?[ \t]+")


def dockerfile_scripts(text: str) -> Iterator[Script]:
    """The command of each RUN, CMD and ENTRYPOINT: the shell form's text with its continued lines joined (comment
    lines inside dropped), or the exec form's JSON array (`sh -c "…"`: its script; else its words, quoted)."""
    lines = numbered_lines(text)
    escape = "\\"
    for _, line in lines[:8]:  # parser directives come first
        directive = _ESCAPE_DIRECTIVE.match(line.rstrip("\n"))
        if directive:
            escape = directive.group(1)
            break
        if not line.startswith("#"):
            break
    index = 0
    while index < len(lines):
        start, line = lines[index]
        instruction = _INSTRUCTION.match(line)
        index += 1
        pieces = [(start + (instruction.end() if instruction else 0), line[instruction.end():] if instruction else line)]
        while _docker_continues(pieces[-1][1], escape) and index < len(lines):
            next_start, next_line = lines[index]
            index += 1
            if next_line.lstrip(" \t").startswith("#") or not next_line.strip():
                continue  # a comment line (or an empty one) inside a continued instruction is dropped
            pieces.append((next_start, next_line))
        if instruction is None:
            continue
        chars: list[str] = []
        where: list[int] = []
        for piece_start, piece in pieces:
            body = piece.rstrip("\r\n")
            if _docker_continues(piece, escape):
                body = body.rstrip(" \t")[:-1]  # Docker drops the escape and the line's end before the shell runs it
            chars.extend(body)
            where.extend(range(piece_start, piece_start + len(body)))
        command = "".join(chars)
        where.append(where[-1] + 1 if where else start)
        flags = 0
        while (flag := _FLAG.match(command, flags)) is not None and instruction.group(1).upper() == "RUN":
            flags = flag.end()
        script = _exec_form(text, command[flags:], where[flags:]) if command[flags:].lstrip().startswith("[") else None
        if script is not None or "<<" not in command:
            yield script if script is not None else (command[flags:], where[flags:])
            continue
        # Here-documents (BuildKit): their lines follow the instruction up to each delimiter line. `RUN <<EOF` alone runs
        # the here-document as the script; otherwise it is a command's stdin, as the shell reads it (a shell given it,
        # `bash <<EOF`, runs it as its script after the outer shell's expansions: curl.commands).
        delimiters = [match.group(2) for match in _DOCKER_HEREDOC.finditer(command, flags)]
        body_start = index
        for delimiter in delimiters:
            while index < len(lines) and lines[index][1].rstrip("\r\n").lstrip("\t") != delimiter:
                index += 1
            index = min(index + 1, len(lines))
        following = lines[body_start:index]
        alone = _HEREDOC_SCRIPT.fullmatch(command[flags:].strip())
        if alone is not None and len(delimiters) == 1:
            if len(following) > 1:
                yield joined(cut_lines(following[:-1], len(text) if alone.group(1) == "-" else 0, "\t"))  # (`<<-`: tabs)
            continue
        end = where.pop()  # (one past the instruction's end)
        for line_start, line_text in following:
            content = line_text.rstrip("\r\n")
            chars.append("\n")
            where.append(line_start - 1)  # the line end before it
            chars.extend(content)
            where.extend(range(line_start, line_start + len(content)))
            end = line_start + len(content)
        yield "".join(chars)[flags:], [*where, end][flags:]


#: A here-document's start in a RUN (`<<EOF`, `<<-'EOF'`): whether it strips tabs, and its delimiter.
_DOCKER_HEREDOC = re.compile(r"<<(-?)[ \t]*[\"']?([A-Za-z_][\w-]*)[\"']?")
#: A RUN whose one here-document is its script: `<<EOF` alone.
_HEREDOC_SCRIPT = re.compile(r"<<(-?)[ \t]*[\"']?[A-Za-z_][\w-]*[\"']?")


def _docker_continues(line: str, escape: str) -> bool:
    return line.rstrip("\r\n").rstrip(" \t").endswith(escape)


def _exec_form(text: str, command: str, where: list[int]) -> Script | None:
    """The exec form's array of strings as a script: `["sh", "-c", "…"]` gives its script, read in the file through its
    JSON escapes; other words are written single-quoted, each character at its place. None when it is no such array."""
    try:
        words = json.loads(command)
    except ValueError:
        return None
    if not isinstance(words, list) or not words or not all(isinstance(word, str) for word in words):
        return None
    strings: list[tuple[str, list[int]]] = []
    at = where[command.index("[")] + 1
    for _ in words:
        opening = text.find('"', at)
        found = json_string_at(text, opening) if opening >= 0 else None
        if found is None:
            return None
        strings.append(found)
        at = found[1][-1] + 1
    if words[0].rsplit("/", 1)[-1] in curl.SHELLS and "-c" in words[1:-1]:
        script, offsets = strings[words.index("-c", 1) + 1]
        return script, offsets
    chars: list[str] = []
    offsets_out: list[int] = []
    for word, offsets in strings:
        chars.append("'")
        offsets_out.append(offsets[0] - 1)
        for char, offset in zip(word, offsets[:-1], strict=True):
            written = "'\\''" if char == "'" else char
            chars.extend(written)
            offsets_out.extend([offset] * len(written))
        chars.extend("' ")
        offsets_out.extend((offsets[-1], offsets[-1]))
    offsets_out.append(offsets_out[-1] + 1)
    return "".join(chars), offsets_out


# --- package.json ---------------------------------------------------------------------------------------------------


def npm_scripts(text: str) -> Iterator[Script]:
    """Each string of a package.json's `scripts` object, read through its JSON escapes (npm runs it with sh)."""
    try:
        value = json.loads(text)
    except (ValueError, RecursionError):
        return
    scripts_of = value.get("scripts") if isinstance(value, dict) else None
    if not isinstance(scripts_of, dict):
        return
    yield from _json_commands(text, text, ((("scripts", name), script) for name, script in scripts_of.items()))


# --- deno.json ------------------------------------------------------------------------------------------------------


def deno_tasks(text: str) -> Iterator[Script]:
    """Each command of a Deno configuration's `tasks` (deno.json, or deno.jsonc: comments and trailing commas), read
    through its JSON escapes: a task's string, or its `command` (`{"command": …, "description": …}`), as `deno task`
    gives it to its shell."""
    from .jsonc import commented_json_value

    read = commented_json_value(text)
    tasks = read[0].get("tasks") if read is not None and isinstance(read[0], dict) else None
    if read is None or not isinstance(tasks, dict):
        return
    yield from _json_commands(text, read[1], (
        (("tasks", name), task) if isinstance(task, str) else
        (("tasks", name, "command"), task.get("command") if isinstance(task, dict) else None)
        for name, task in tasks.items()))


def _json_commands(text: str, parsed: str, commands: Iterator[tuple[tuple[str, ...], object]]) -> Iterator[Script]:
    """Each command string of a JSON file (by its path in the value, and the value read there) that may launch, read
    where it is written through its JSON escapes; `parsed`: the text the value was parsed from (its comments blanked,
    every offset the file's)."""
    from ..core.diagnostics import Target
    from .json_source import JsonLocator

    locator = JsonLocator(parsed)
    for path, command in commands:
        if not isinstance(command, str) or not relevant(command):
            continue
        found = locator.offsets(path, Target.VALUE)
        string = json_string_at(text, found[0]) if found is not None else None
        if string is not None and string[0] == command:
            yield string
