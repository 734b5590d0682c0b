"""The shell scripts of a Jenkinsfile's `sh` steps (declarative and scripted pipelines), as the shell runs them.

A step is `sh 'curl …'`, `sh "…"`, `sh '''…'''`, `sh \"\"\"…\"\"\"`, `sh('…')`, `sh(script: '…', returnStdout: true)` or
`sh label: 'x', script: '…'`; its script a Groovy string, or strings and values joined by `+`. Groovy decodes the
string's escapes (`\\'`, `\\"`, `\\\\`, `\\$`, `\\n`, a backslash ending a line of a triple-quoted one) and, in a
double-quoted one (a GString), fills in its `${…}` and `$name.x` before the shell runs: each is an unknown value, as a
joined value (`+ env.URL +`) is, written where the shell's own quotes leave it (inside single quotes too). `\\$` is the
shell's `$`. `.stripIndent()` after a string removes its lines' common indentation, as Groovy does.

`bat` (cmd.exe), `powershell` and `pwsh` steps run no POSIX shell: never read as one (FOREIGN_STEPS: a mention of the
endpoint there is said, and why). The Groovy around the steps (comments, strings, blocks) is only scanned, by one scanner
(_Scan); a file's steps and comments are found in one pass (_steps_and_comments), shared by all that reads them.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator, Mapping, Sequence
from typing import NamedTuple

from ..core.unknown import Unknown
from .curl import Environment, Word
from .embedded import embedded_body
from .host_text import ShellText
from .model import NO_BODY, Header, LaunchRequest, Offsets, Text

#: A script: the shell text and, for each of its characters and one past its end, the file offset it comes from.
Script = tuple[str, Sequence[int]]

#: The steps that run a POSIX shell, and those that run another (said, never read).
_SHELL_STEPS = frozenset({"sh"})
FOREIGN_STEPS = {"bat": "a bat step (cmd.exe)", "powershell": "a powershell step", "pwsh": "a pwsh step (PowerShell)"}
_IDENTIFIER = re.compile(r"[A-Za-z_$][\w$]*")
#: Groovy's one-character escapes (`\uXXXX` is read apart).
_ESCAPES = {"b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "s": " ", "\\": "\\", "'": "'", '"': '"', "$": "$"}
#: A GString's `$name` or `$name.x.y` (what follows a dot only when it is a name).
_DOTTED = re.compile(r"[A-Za-z_][\w]*(?:\.[A-Za-z_]\w*)*")
#: The variables a step starts with, at most (a bound for hostile input: the others unknown).
_MAX_NAMES = 256
#: How deep brackets are followed in a value joined to a script (`+ readFile('x') +`): a bound for hostile input.
_MAX_DEPTH = 64


class _Value:
    """A Groovy string's value as a word where it is written (an `environment {}` value): its characters, each Groovy
    fills in (`${BASE}`) an unknown part."""

    def __init__(self) -> None:
        self.word = Word()

    def add(self, char: str, at: int) -> None:
        self.word.add(char, at)
        self.word.end = at + 1

    def hole(self, expression: str, at: int) -> None:
        self.word.add("${" + expression + "}", at, known=False)
        self.word.end = at + 1


def scripts(text: str) -> Iterator[Script]:
    """Each `sh` step's script, in file order (a step whose script is not read whole, a value of another form joined
    to it, is none: a part of a command is never read as the command)."""
    for step, start, end in _steps_and_comments(text).steps:
        if step in _SHELL_STEPS:
            script = _script(text, start, end)
            if script is not None:
                yield script


def scripts_and_environments(text: str) -> tuple[list[Script], list[Environment]]:
    """Each sh step's script (scripts), and the variables it starts with as the file sets them: the `environment {}`
    of each block it is in (the pipeline's, its stage's: the innermost wins), a `withEnv([…])` around it, unknown for
    each `withCredentials` variable around it. A value is a word where it is written, each value Groovy fills in
    (`${BASE}`, `credentials('id')`, any other expression) unknown; a name the Groovy sets otherwise (`env.URL = …`) is
    left out."""
    found: list[Script] = []
    environments: list[Environment] = []
    for _, start, end, environment, bindings in _bound_steps(text, _SHELL_STEPS):
        script = _script(text, start, end, bindings)
        if script is not None:
            found.append(script)
            environments.append(environment)
    return found, environments


def _bound_steps(text: str, names: frozenset[str]) -> Iterator[tuple[str, int, int, dict[str, Word], _Bindings]]:
    """Each step of one of `names`, where its arguments are, the variables it starts with (scripts_and_environments)
    and what Groovy fills in its strings with (those, but a name the Groovy assigns otherwise, and the locals it sees)."""
    scopes = _scopes(text) if "environment" in text or "withEnv" in text or "withCredentials" in text else []
    groovy = _groovy_locals(text)
    assigned = _assigned_otherwise(text, scopes) if scopes else set()
    around: list[tuple[int, int, dict[str, Word]]] = []  # the scopes open at the step, outer first (blocks nest)
    opened = 0
    for step, start, end in _steps_and_comments(text).steps:
        if step not in names:
            continue
        while opened < len(scopes) and scopes[opened][0] <= start:
            while around and around[-1][1] <= scopes[opened][0]:
                around.pop()
            around.append(scopes[opened])
            opened += 1
        while around and around[-1][1] <= start:
            around.pop()
        environment: dict[str, Word] = {}
        for _, _, bound in reversed(around[-_MAX_DEPTH:]):  # (the innermost first; past a bound, the outer unknown)
            for name, value in bound.items():
                if len(environment) >= _MAX_NAMES:
                    break
                environment.setdefault(name, value)
        bindings = _Bindings({name: value for name, value in environment.items() if name not in assigned})
        bindings.groovy = {name: value for name, value, at, visible in groovy if at < start < visible}
        yield step, start, end, environment, bindings


class _Bindings(dict[str, Word]):
    """The environment variables a step has, and the Groovy locals it sees (`groovy`): `${body}` is a local's value
    when one is in scope, else the environment's; `${env.body}` the environment's only."""

    groovy: dict[str, Word] = {}  # noqa: RUF012 (set per step, never changed in place)


#: A local declared with a string literal for its value: `def body = '''…'''`, `String url = "…"`, `final x = '…'`.
_LOCAL = re.compile(r"""(?<![\w.$])(?:def|final|String|var)(?:[ \t]+(?:final|String))?[ \t]+([A-Za-z_]\w*)[ \t]*=[ \t]*(?=['"])""")
#: Any assignment to a name, compound ones too (`body = …`, `body += …`, `body++`): a local assigned once only is read.
_CHANGED = re.compile(r"(?<![\w.$])([A-Za-z_]\w*)[ \t]*(?:[-+*/%&|^]|<<|>>>?|\*\*|\?)?=(?![=~])|"
                      r"(?<![\w.$])([A-Za-z_]\w*)[ \t]*(?:\+\+|--)|(?:\+\+|--)[ \t]*([A-Za-z_]\w*)")
#: The Groovy locals read, at most (a bound for hostile input: the others unknown).
_MAX_LOCALS = 256


def _groovy_locals(text: str) -> list[tuple[str, Word, int, int]]:
    """The Groovy locals the file declares with a string literal and never assigns again (Groovy's strings do not
    change in place): each one's name, value (where it is written), where it is declared and where the block it is
    declared in ends (the steps after it there see it). A name declared twice, or assigned anywhere else, is none."""
    declared = [(match.group(1), match.end(), match.start()) for match in _LOCAL.finditer(text)][:_MAX_LOCALS]
    if not declared:
        return []
    names = {name for name, _, _ in declared}
    changed: dict[str, int] = {}
    for match in _CHANGED.finditer(text):
        name = match.group(1) or match.group(2) or match.group(3)
        if name in names:
            changed[name] = changed.get(name, 0) + 1
    ends = _block_ends(text, [at for _, _, at in declared])
    found = []
    for name, value_at, at in declared:
        if changed.get(name, 0) != 1:
            continue
        value = _string_value(text, value_at, _line_end(text, value_at))
        if value is not None:
            found.append((name, value, at, ends[at]))
    return found


def _block_ends(text: str, positions: list[int]) -> dict[int, int]:
    """Where the block (`{…}`) each position is in ends (the text's end for one at the top level), in one pass over
    the Groovy (_Scan: its strings and comments skipped)."""
    wanted = sorted(set(positions))
    found: dict[int, int] = {}
    open_at: list[int] = []  # the blocks open, by where each opens
    inside: dict[int, list[int]] = {}  # the positions in each open block, by where it opens
    next_wanted = 0
    for i in _Scan(text, 0):
        while next_wanted < len(wanted) and wanted[next_wanted] <= i:
            if open_at:
                inside.setdefault(open_at[-1], []).append(wanted[next_wanted])
            next_wanted += 1
        char = text[i]
        if char == "{":
            open_at.append(i)
        elif char == "}" and open_at:
            for position in inside.pop(open_at.pop(), []):
                found[position] = i + 1
    for position in wanted:
        found.setdefault(position, len(text))
    return found


#: A name given a value (`NAME = …`, `def NAME = …`, `NAME=…` in a string), not a property's nor a comparison.
_ASSIGNED = re.compile(r"(?<![\w.$])([A-Za-z_]\w*)[ \t]*=(?![=~])")


def _assigned_otherwise(text: str, scopes: list[tuple[int, int, dict[str, Word]]]) -> set[str]:
    """The names the file assigns more often than its `environment {}` blocks and `withEnv` lists do: a Groovy variable
    of that name may be what `${NAME}` fills in (the environment's value then not known to be the one)."""
    bound: dict[str, int] = {}
    for _, _, names in scopes:
        for name in names:
            bound[name] = bound.get(name, 0) + 1
    counted: dict[str, int] = {}
    for match in _ASSIGNED.finditer(text):
        if match.group(1) in bound:
            counted[match.group(1)] = counted.get(match.group(1), 0) + 1
    return {name for name, count in counted.items() if count > bound[name]}


#: The names of the variables a `withCredentials` binding sets (`variable: 'TOKEN'`, `usernameVariable: 'U'`).
_CREDENTIAL_VARIABLE = re.compile(r"""\b\w*[vV]ariable[ \t]*:[ \t]*(['"])([A-Za-z_]\w*)\1""")
#: An `environment {}` line: its name, then its value.
_ENVIRONMENT_LINE = re.compile(r"[ \t]*([A-Za-z_]\w*)[ \t]*=[ \t]*")
#: A name the Groovy sets in the environment of the steps after it (`env.URL = …`, `env['URL'] = …`).
_ENV_SET = re.compile(r"""\benv(?:\.([A-Za-z_]\w*)|\[[ \t]*['"]([A-Za-z_]\w*)['"][ \t]*\])[ \t]*=(?!=)""")


def _scopes(text: str) -> list[tuple[int, int, dict[str, Word]]]:
    """Each block whose steps start with variables the file sets (from its `{` to after its `}`), in the order the blocks
    open, and those variables."""
    reset = {match.group(1) or match.group(2) for match in _ENV_SET.finditer(text)}
    found: list[tuple[int, int, dict[str, Word]]] = []
    stack: list[tuple[int, dict[str, Word]]] = []  # the blocks open: where each opens, what it binds
    pending: dict[str, Word] | None = None  # a withEnv's or withCredentials' bindings, for the block after it
    n = len(text)
    scan = _Scan(text, 0)
    for i in scan:
        char = text[i]
        if char == "{":
            stack.append((i, pending or {}))
            pending = None
        elif char == "}":
            if stack:
                start, bound = stack.pop()
                if bound:
                    found.append((start, i + 1, bound))
        elif char.isalpha() or char == "_":
            word = _IDENTIFIER.match(text, i)
            end = word.end() if word is not None else i + 1
            name = text[i:end]
            scan.at = end
            j = _blank_end(text, end)
            if name == "environment" and text.startswith("{", j) and stack:
                block_end = _balanced_end(text, j, n)
                if block_end is None:
                    break
                stack[-1][1].update(_environment_block(text, j + 1, block_end - 1))
                scan.at = block_end
            elif name in ("withEnv", "withCredentials") and text.startswith("(", j):
                arguments_end = _balanced_end(text, j, n)
                if arguments_end is None:
                    break
                pending = _with_env(text, j + 1, arguments_end - 1) if name == "withEnv" else {
                    match.group(2): _unknown(match.group(2), match.start(2))
                    for match in _CREDENTIAL_VARIABLE.finditer(text, j, arguments_end)}
                scan.at = arguments_end
    found.sort(key=lambda scope: scope[0])
    return [(start, end, {name: value for name, value in bound.items() if name not in reset})
            for start, end, bound in found]


def _unknown(name: str, at: int) -> Word:
    """A variable's value that is not known (a credential's, a Groovy expression's)."""
    word = Word()
    word.add("${" + name + "}", at, known=False)
    word.end = at + 1
    return word


def _environment_block(text: str, start: int, end: int) -> dict[str, Word]:
    """The variables an `environment {}` block (text[start:end]) sets: a string's value where it is written, any other
    value (`credentials('id')`, an expression) unknown."""
    bound: dict[str, Word] = {}
    i = start
    while i < end:
        line_end = min(_line_end(text, i), end)
        line = _ENVIRONMENT_LINE.match(text, i, line_end)
        if line is not None:
            name, value_at = line.group(1), line.end()
            value = _string_value(text, value_at, line_end)
            bound[name] = value if value is not None else _unknown(name, value_at)
            if value_at < line_end and text[value_at] in "'\"" and _string_end(text, value_at) > line_end:
                line_end = min(_string_end(text, value_at), end)  # (a triple-quoted value over lines)
        i = line_end + 1
    return bound


def _string_value(text: str, at: int, line_end: int) -> Word | None:
    """The value of a Groovy string literal alone at text[at] (up to its line's end or a comment), or None."""
    if at >= line_end or text[at] not in "'\"":
        return None
    close = _string_end(text, at)
    rest = text[close:max(close, line_end)].strip()
    if rest and not rest.startswith(("//", "/*")):
        return None  # (joined to something, a method of it: not known)
    value = _Value()
    _decode(text, at, close, value)
    if value.word.start < 0:  # (an empty string)
        value.word.start = value.word.end = at + 1
    return value.word


def _with_env(text: str, start: int, end: int) -> dict[str, Word]:
    """The variables `withEnv(['A=x', "B=${y}"])` sets (text[start:end], inside its parentheses)."""
    bound: dict[str, Word] = {}
    i = start
    while i < end:
        if text[i] in "'\"":
            close = _string_end(text, i)
            value = _Value()
            _decode(text, i, close, value)
            word = value.word
            assignment = re.match(r"([A-Za-z_]\w*)=", word.text)
            if assignment is not None:
                bound[assignment.group(1)] = word.tail(assignment.end())
            i = close
        else:
            i += 1
    return bound


#: The Jenkins HTTP Request plugin's step, read as a request (http_requests).
_HTTP_STEPS = frozenset({"httpRequest"})
#: The request kind (LaunchRequest.kind) of an httpRequest step.
HTTP_REQUEST = "jenkins-http"
#: The plugin's `contentType` values (its MimeType enum) and the Content-Type each sends; NOT_SET sends the client's own.
_MIME_TYPES = {"TEXT_HTML": "text/html", "TEXT_PLAIN": "text/plain", "APPLICATION_FORM": "application/x-www-form-urlencoded",
               "APPLICATION_JSON": "application/json", "APPLICATION_JSON_UTF8": "application/json; charset=UTF-8",
               "APPLICATION_XML": "application/xml", "APPLICATION_TAR": "application/x-tar",
               "APPLICATION_ZIP": "application/zip", "APPLICATION_OCTETSTREAM": "application/octet-stream"}
#: The named arguments that make the step send a form or a file, not `requestBody`.
_FORM_ARGUMENTS = frozenset({"formData", "uploadFile", "multipartName", "wrapAsMultipart"})
#: One `[name: '…', value: '…']` of `customHeaders`.
_HEADER_MAP = re.compile(r"\[[ \t\r\n]*([^\[\]]*)\]")


def http_requests(text: str) -> list[LaunchRequest]:
    """The request each `httpRequest` step (the Jenkins HTTP Request plugin) sends: its `url` (or its one positional
    string), `httpMode` (GET when not given), `contentType` (a MimeType name; NOT_SET, or none given, leaves the type
    to the HTTP client: not judged), `customHeaders` (`[[name: …, value: …], …]`) and `requestBody`, each a string, a
    Groovy local declared with one or an environment variable the step has (as an sh step's values are), strings
    joined by `+`; what Groovy fills in otherwise is unknown. A step sending a form or a file (`formData`, `uploadFile`)
    is read with no JSON body."""
    if "httpRequest" not in text:
        return []
    found = []
    for _, start, end, _, bindings in _bound_steps(text, _HTTP_STEPS):
        request = _http_request(text, start, end, bindings)
        if request is not None:
            found.append(request)
    return found


def _http_url(text: str, start: int, end: int, values: _Bindings) -> tuple[dict[str, Offsets], Word] | None:
    """The named arguments of an httpRequest step whose arguments are text[start:end], and its URL (its `url`, or its
    one positional string); None when either is not read."""
    arguments = _named_arguments(text, start, end)
    url_at = (arguments.get("url") or arguments.get("")) if arguments is not None else None
    url = _groovy_value(text, *url_at, values) if url_at is not None else None
    return None if arguments is None or url is None else (arguments, url)


def _http_request(text: str, start: int, end: int, values: _Bindings) -> LaunchRequest | None:
    """The request of an httpRequest step whose arguments are text[start:end]; None when its URL is not read."""
    read = _http_url(text, start, end, values)
    if read is None:
        return None
    arguments, url = read
    site = (start - len("httpRequest"), end)
    mode_at = arguments.get("httpMode")
    mode = _groovy_value(text, *mode_at, values) if mode_at is not None else None
    method: str | Unknown = "GET"
    if mode_at is not None:
        written = mode.as_text().value if mode is not None else None
        method = written.upper() if written else Unknown(text[mode_at[0]:mode_at[1]])
    request = LaunchRequest(HTTP_REQUEST, site, url.as_text(), method, mode_at, sends="text")
    request.headers = _http_headers(text, arguments, values)
    if any(name in arguments for name in _FORM_ARGUMENTS):
        request.sends = "form"
        request.body = Unknown("a form")
        return request
    body_at = arguments.get("requestBody")
    if body_at is None:
        request.bodiless = True
        return request
    request.body_span = body_at
    body = _groovy_value(text, *body_at, values)
    if body is None or (len(body.parts) == 1 and isinstance(body.parts[0], Unknown)):
        request.body = Unknown(text[body_at[0]:body_at[1]])
        return request
    where = body.where[:]
    where.add(body.end)
    embedded_body(request, body.text, where, {})
    if request.body is NO_BODY and not request.findings:
        request.body = Unknown(body.text)
    return request


def _http_headers(text: str, arguments: dict[str, Offsets], values: _Bindings) -> list[Header] | None:
    """The headers an httpRequest step sends: its `contentType`'s, then its `customHeaders` (None when they are not
    written as a list of literal maps)."""
    headers: list[Header] = []
    type_at = arguments.get("contentType")
    written = _groovy_value(text, *type_at, values) if type_at is not None else None
    name = written.as_text().value if written is not None else None
    if type_at is None or name == "NOT_SET":
        headers.append(Header("Content-Type", Unknown("the HTTP client's default")))
    elif name in _MIME_TYPES:
        headers.append(Header("Content-Type", Text.known(_MIME_TYPES[name], type_at), type_at))
    else:
        headers.append(Header("Content-Type", Unknown(text[type_at[0]:type_at[1]])))
    custom_at = arguments.get("customHeaders")
    if custom_at is None:
        return headers
    custom = text[custom_at[0]:custom_at[1]].strip()
    if not (custom.startswith("[") and custom.endswith("]")):
        return None  # (a list made elsewhere: not known)
    base = custom_at[0] + text[custom_at[0]:custom_at[1]].index("[") + 1
    for entry in _HEADER_MAP.finditer(text, base, custom_at[1] - 1):
        fields = _named_arguments(text, entry.start(1), entry.end(1))
        if fields is None or "name" not in fields or "value" not in fields:
            return None
        header_name = _groovy_value(text, *fields["name"], values)
        header_value = _groovy_value(text, *fields["value"], values)
        named = header_name.as_text().value if header_name is not None else None
        if not named:
            return None
        value: Text | Unknown = header_value.as_text() if header_value is not None else \
            Unknown(text[fields["value"][0]:fields["value"][1]])
        headers.append(Header(named, value, (entry.start(), entry.end())))
    return headers


def _named_arguments(text: str, start: int, end: int) -> dict[str, Offsets] | None:
    """Where each named argument's value of a step or map (text[start:end], its parentheses too) is written, the one
    positional argument under "": None when they are not all written so (a map spread, a variable holding them)."""
    j = _blank_end(text, start, end)
    parenthesized = j < end and text[j] == "("
    if parenthesized:
        j = _blank_end(text, j + 1, end)
    stop = end - 1 if parenthesized and text[end - 1:end] == ")" else end
    found: dict[str, Offsets] = {}
    while j < stop:
        named = _NAMED.match(text, j, stop)
        value = _blank_end(text, named.end(), stop) if named is not None else j
        value_end = _value_end(text, value, stop)
        if value_end is None or (named is None and "" in found):
            return None
        found[named.group(1) if named is not None else ""] = (value, _trimmed_end(text, value, value_end))
        j = _blank_end(text, value_end, stop)
        if j < stop and text[j] == ",":
            j = _blank_end(text, j + 1, stop)
        elif j < stop:
            return None
    return found


def _trimmed_end(text: str, start: int, end: int) -> int:
    """`end` moved back over the blanks before it (not before `start`)."""
    while end > start and text[end - 1] in " \t\r\n":
        end -= 1
    return end


def _groovy_value(text: str, start: int, end: int, values: _Bindings) -> Word | None:
    """The string a Groovy expression (text[start:end]) makes, as a word where each character is written: a string
    literal, a name (a local's or the environment's value, else unknown), strings and names joined by `+`; None for
    any other expression."""
    value = _Value()
    j = start
    while True:
        j = _blank_end(text, j, end)
        if j >= end:
            return None
        if text[j] in "'\"":
            close = _string_end(text, j)
            _decode(text, j, close, value, values=values)
            j = close
        else:
            name = _DOTTED.match(text, j, end)
            if name is None:
                return None
            _fill(value, name.group(), j, values)
            j = name.end()
        j = _blank_end(text, j, end)
        if j >= end:
            break
        if text[j] != "+":
            return None
        j += 1
    if value.word.start < 0:
        value.word.start = value.word.end = start + 1
    return value.word


#: Why a mention of the endpoint outside the scripts read is not read, by where it is.
_UNREAD_SH = ("it is in an sh step whose script flowlint could not read whole (a value joined to it in a form it does "
              "not follow)")
_UNREAD_HTTP = ("it is in an httpRequest step whose arguments flowlint could not read (a map or a value it does not "
                "follow)")
_GROOVY = ("it is in the Jenkinsfile's Groovy, outside any sh or httpRequest step (a value no step reads by a name): "
           "flowlint reads the scripts sh steps run and httpRequest steps")


def unread_mentions(text: str, mention: re.Pattern[str]) -> Iterator[tuple[tuple[int, int], tuple[int, int], str]]:
    """Each mention of the endpoint (`mention`) outside the scripts of the sh steps read (theirs are their commands'), not
    in a comment: where it is, its unit (its step, or its line) and why it is not read."""
    for span, unit, why in _mentions(text, mention):
        if why is not None:
            yield span, unit, why


def first_mention(text: str, mention: re.Pattern[str]) -> tuple[tuple[int, int], str | None] | None:
    """The first mention of the endpoint that is in no comment, and why it is not read (unread_mentions; None: it is in
    a step read), or None when every mention is in a comment."""
    found = next(_mentions(text, mention), None)
    return (found[0], found[2]) if found is not None else None


def _mentions(text: str, mention: re.Pattern[str]) -> Iterator[tuple[tuple[int, int], tuple[int, int], str | None]]:
    """Each mention of the endpoint not in a comment, in order: where it is, its unit (its step, or its line) and why it
    is not read (None: in a step read, its command's mention). The steps are read once; each mention is placed by
    bisection (a file of many steps and many mentions is read in linear time, not their product)."""
    if mention.search(text) is None:
        return
    groovy = _steps_and_comments(text)
    comments = groovy.comments
    steps = []
    for step, start, end in groovy.steps:
        if step in _HTTP_STEPS:
            read = _http_url(text, start, end, _Bindings()) is not None  # (its request read: arguments and URL)
            steps.append((start, end, None if read else _UNREAD_HTTP))
            continue
        read = step in _SHELL_STEPS and _script(text, start, end) is not None
        steps.append((start, end, None if read else FOREIGN_STEPS.get(step, _UNREAD_SH)))
    starts = [start for start, _, _ in steps]
    comment_starts = [start for start, _ in comments]
    for found in mention.finditer(text):
        at = found.start()
        index = bisect.bisect_right(comment_starts, at) - 1
        if index >= 0 and at < comments[index][1]:
            continue
        index = bisect.bisect_right(starts, at) - 1
        if index >= 0 and at < steps[index][1]:
            start, end, where = steps[index]
            if where is None:
                yield found.span(), (start, end), None  # (in a step read: its command's mention, said by its command)
                continue
            why = where if where in (_UNREAD_SH, _UNREAD_HTTP) else \
                f"it is in {where}, which runs no POSIX shell: flowlint reads sh steps"
            yield found.span(), (start, end), why
        else:
            line_start = text.rfind("\n", 0, at) + 1
            line_end = text.find("\n", at)
            yield found.span(), (line_start, len(text) if line_end < 0 else line_end), _GROOVY


class _Groovy(NamedTuple):
    """What the one pass over a Jenkinsfile's Groovy finds (_steps_and_comments): each step's name and where its
    arguments are written (from after its name to their end), and each comment's [start, end) (`// …` without its line
    break, `/* … */`)."""

    steps: tuple[tuple[str, int, int], ...]
    comments: tuple[tuple[int, int], ...]


#: The steps the pass finds: those whose scripts are read, those said never read, the HTTP Request plugin's.
_STEPS = frozenset({*_SHELL_STEPS, *FOREIGN_STEPS, *_HTTP_STEPS})


@functools.lru_cache(maxsize=4)  # its scripts, environments, httpRequest steps, mentions and suppressions: one pass
def _steps_and_comments(text: str) -> _Groovy:
    """The steps and comments of a Jenkinsfile's Groovy, in one pass of _Scan (strings and comments skipped, a step's
    arguments scanned as they are read, their comments with them): a step's name is a word of its own (`sh`,
    `steps.sh`), not a map's key. After a step whose parenthesis never closes, no step is read (what its arguments are
    is not known), and the rest is still scanned for its comments."""
    comments: list[tuple[int, int]] = []
    steps: list[tuple[str, int, int]] = []
    reading = True
    scan = _Scan(text, 0, comments=comments)
    for i in scan:
        char = text[i]
        if not (char.isalpha() or char == "_"):
            continue
        word = _IDENTIFIER.match(text, i)
        end = word.end() if word is not None else i + 1
        scan.at = end
        name = text[i:end]
        if reading and name in _STEPS and not text[i - 1:i].isalnum() and not _key(text, end):
            said = len(comments)
            arguments_end = _arguments_end(text, end, comments)
            if arguments_end == _UNCLOSED:
                del comments[said:]  # (found again as the rest of the file is scanned)
                reading = False
            elif arguments_end is not None:
                steps.append((name, end, arguments_end))
                scan.at = arguments_end
    return _Groovy(tuple(steps), tuple(comments))


def comment_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The [start, end) of each Groovy comment, in file order (_steps_and_comments): a `//` in a string (`'https://…'`)
    is none."""
    return _steps_and_comments(text).comments


def _key(text: str, end: int) -> bool:
    """Whether the name ending at `end` is a map's key or a named argument (`sh: …`), not a call."""
    j = end
    while j < len(text) and text[j] in " \t":
        j += 1
    return text.startswith(":", j)


def _line_end(text: str, i: int) -> int:
    end = text.find("\n", i)
    return len(text) if end < 0 else end


def _string_end(text: str, i: int, depth: int = 0) -> int:
    """The index after the Groovy string literal starting at text[i] (a quote); its line's end when a one-line string
    is left open, the text's when a triple-quoted one is. A one-line GString's `${…}` may hold strings of its own
    (`"${params.X ?: "none"}"`): its quotes do not end the string."""
    quote = text[i]
    if text.startswith(quote * 3, i):
        j = i + 3
        while True:
            close = text.find(quote * 3, j)
            if close < 0:
                return len(text)
            backslashes = len(text[j:close]) - len(text[j:close].rstrip("\\"))
            if backslashes % 2 == 0:
                return close + 3
            j = close + 1
    j = i + 1
    n = len(text)
    while j < n:
        char = text[j]
        if char == "\\":
            j += 2
        elif char == quote:
            return j + 1
        elif char == "\n":
            return j
        elif quote == '"' and char == "$" and text.startswith("${", j) and depth < _MAX_DEPTH:
            j = _interpolation_end(text, j + 1, depth + 1)
        else:
            j += 1
    return n


def _interpolation_end(text: str, i: int, depth: int) -> int:
    """The index after the `}` closing the GString value whose `{` is text[i] (its strings skipped), or its line's end."""
    open_braces = 0
    j = i
    n = len(text)
    while j < n:
        char = text[j]
        if char in "'\"":
            j = _string_end(text, j, depth)
            continue
        if char == "\n":
            return j
        if char == "{":
            open_braces += 1
        elif char == "}":
            open_braces -= 1
            if open_braces == 0:
                return j + 1
        j += 1
    return n


#: A step's parenthesis that never closes.
_UNCLOSED = -1


def _arguments_end(text: str, i: int, comments: list[tuple[int, int]] | None = None) -> int | None:
    """Where a step's arguments written from text[i] end: its closing `)`, or the end of its line (a command
    expression: `sh 'x'`, `sh script: 'x', label: 'y'`, lines ending in `,` or `+` going on); None when no argument
    follows the name (`sh` as a variable), _UNCLOSED when its parenthesis never closes. The comments in them are put in
    `comments`, when given."""
    j = i
    n = len(text)
    while j < n and text[j] in " \t":
        j += 1
    if j >= n:
        return None
    if text[j] == "(":
        return _balanced_end(text, j, n, comments) or _UNCLOSED
    if text[j] not in "'\"" and _IDENTIFIER.match(text, j) is None:
        return None
    depth = 0
    last = ""  # the last character before this one that is no blank
    for at in _Scan(text, j, comments=comments):
        char = text[at]
        if char in "'\"":
            last = char
            continue
        if char in "([{":
            depth += 1
        elif char in ")]}":
            if depth == 0:
                return at
            depth -= 1
        elif char in "\n;" and depth == 0:
            if char == "\n" and last in (",", "+"):
                continue
            return at
        if char not in " \t\r":
            last = char
    return n


def _comment_end(text: str, i: int) -> int:
    """Where the comment at text[i] (`//` or `/*`) ends: its line's end (the newline not in it), or after its `*/`."""
    if text.startswith("//", i):
        return _line_end(text, i)
    close = text.find("*/", i + 2)
    return len(text) if close < 0 else close + 2


def _balanced_end(text: str, i: int, stop: int, comments: list[tuple[int, int]] | None = None) -> int | None:
    """The index after the bracket opened at text[i], strings and comments skipped (_Scan: the comments put in
    `comments`, when given); None when it does not close before `stop` (or brackets nest past _MAX_DEPTH)."""
    closing = {"(": ")", "[": "]", "{": "}"}
    stack = [closing[text[i]]]
    for j in _Scan(text, i + 1, stop, comments):
        char = text[j]
        if char in closing:
            if len(stack) >= _MAX_DEPTH:
                return None
            stack.append(closing[char])
        elif char in ")]}":
            if char != stack.pop():
                return None
            if not stack:
                return j + 1
    return None


class _Scan:
    """One pass over the Groovy from text[start] to `stop` (the text's end), the one way this module reads it: iterating
    gives the index of each character outside strings and comments, a string by its opening quote alone (skipped whole,
    its interpolations with it: _string_end; a dollar-slashy `$/…/$` by its `$`), a comment not at all (_comment_end: a
    comment's brackets are none, `// see OPS-12 (`), its [start, end) put in `comments` when given. `at` is where it
    goes on from: a caller moves it past a part read otherwise (a word, a value's bracketed part: _balanced_end)."""

    __slots__ = ("at", "comments", "stop", "text")

    def __init__(self, text: str, start: int, stop: int | None = None,
                 comments: list[tuple[int, int]] | None = None) -> None:
        self.text = text
        self.at = start
        self.stop = len(text) if stop is None else min(stop, len(text))
        self.comments = comments

    def __iter__(self) -> Iterator[int]:
        text = self.text
        while self.at < self.stop:
            j = self.at
            char = text[j]
            if char == "/" and text.startswith(("//", "/*"), j):
                self.at = _comment_end(text, j)
                if self.comments is not None:
                    self.comments.append((j, self.at))
                continue
            if char in "'\"":
                self.at = _string_end(text, j)
            elif char == "$" and text.startswith("$/", j) and not (j and (text[j - 1].isalnum() or text[j - 1] in "_$")):
                close = text.find("/$", j + 2)  # (a `$/` ending a name, `a$/2`, opens none)
                self.at = len(text) if close < 0 else close + 2
            else:
                self.at = j + 1
            yield j


_SPACE = re.compile(r"(?:[ \t\r\n]+|//[^\n]*|/\*.*?\*/)*", re.S)


def _blank_end(text: str, i: int, stop: int | None = None) -> int:
    """Where the blanks and comments from text[i] end (before `stop`)."""
    found = _SPACE.match(text, i, len(text) if stop is None else stop)
    return found.end() if found is not None else i
_NAMED = re.compile(r"([A-Za-z_]\w*)[ \t]*:")
_STRIP_INDENT = re.compile(r"\.stripIndent\(\)")
_TRIM = re.compile(r"\.trim\(\)")


def _script(text: str, start: int, end: int, values: Mapping[str, Word] | None = None) -> Script | None:
    """The script of a `sh` step whose arguments are text[start:end]: its one positional string, or its `script:`;
    `values`: the environment's variables Groovy fills in as they are (`${GC_URL}`, `env.GC_URL`)."""
    j = _blank_end(text, start, end)
    parenthesized = j < end and text[j] == "("
    if parenthesized:
        j = _blank_end(text, j + 1, end)
    stop = end - 1 if parenthesized else end  # (its closing parenthesis)
    while j < stop:
        named = _NAMED.match(text, j, stop)
        if named is None:
            found = _expression(text, j, stop, values)  # a positional script: `sh 'x'`
            return None if found is None else found[0]
        value = _blank_end(text, named.end(), stop)
        if named.group(1) == "script":
            found = _expression(text, value, stop, values)
            return None if found is None else found[0]
        skipped = _value_end(text, value, stop)  # another named argument (`label: 'x'`, `returnStdout: true`)
        if skipped is None:
            return None
        j = _blank_end(text, skipped, stop)
        if j < stop and text[j] == ",":
            j = _blank_end(text, j + 1, stop)
    return None


def _value_end(text: str, i: int, stop: int) -> int | None:
    """The end of a named argument's value at text[i] (up to a `,` or `stop` outside brackets, strings and comments)."""
    scan = _Scan(text, i, stop)
    for j in scan:
        char = text[j]
        if char in "([{":
            close = _balanced_end(text, j, stop)
            if close is None:
                return None
            scan.at = close
        elif char == ",":
            return j
    return stop


def _expression(text: str, i: int, stop: int, values: Mapping[str, Word] | None = None) -> tuple[Script, int] | None:
    """The shell text a Groovy string expression at text[i] makes (strings and values joined by `+`), and where it ends;
    None unless it ends where the step's script must (`stop`, or a `,` before another named argument)."""
    shell = ShellText("groovy")
    j = i
    while True:
        j = _blank_end(text, j, stop)
        if j >= stop:
            return None
        if text[j] in "'\"":
            close = _string_end(text, j)
            strip = _STRIP_INDENT.match(text, close, stop)
            _decode(text, j, close, shell, strip_indent=strip is not None, values=values)
            j = strip.end() if strip is not None else close
        else:  # a value joined to the script (`env.URL`, `readFile('body.json')`): unknown
            word = _DOTTED.match(text, j, stop)
            if word is None:
                return None
            k = word.end()
            while k < stop and text[k] in "([":
                close_at = _balanced_end(text, k, stop)
                if close_at is None:
                    return None
                k = close_at
                if text.startswith(".", k) and (more := _DOTTED.match(text, k + 1, stop)) is not None:
                    k = more.end()
            _fill(shell, text[j:k], j, values)
            j = k
        while (trimmed := _TRIM.match(text, j, stop)) is not None:
            j = trimmed.end()  # (blanks around a script change nothing a shell reads)
        j = _blank_end(text, j, stop)
        if j < stop and text[j] == "+":
            j += 1
            continue
        if j < stop and text[j] != ",":
            return None  # something else follows (a method of the string's, an operator): not read
        shell.where.append(j if not shell.where else shell.where[-1] + 1)
        return ("".join(shell.chars), shell.where), j


def _decode(text: str, start: int, end: int, shell: ShellText | _Value, *, strip_indent: bool = False,
            values: Mapping[str, Word] | None = None) -> None:
    """Add the Groovy string literal text[start:end] to `shell`, as Groovy makes it (its escapes decoded, a GString's
    values unknown but the environment's, `values`); `strip_indent`: its lines' common indentation removed
    (`.stripIndent()`)."""
    quote = text[start]
    width = 3 if text.startswith(quote * 3, start) else 1
    body_start = start + width
    body_end = end - width if end - width >= body_start and text.startswith(quote * width, end - width) else end
    interpolating = quote == '"'
    indent = _common_indent(text, body_start, body_end) if strip_indent else 0
    j = body_start
    line_start = True
    if strip_indent and text.startswith("\n", j):  # (Groovy's stripIndent drops a first line that is empty)
        j += 1
    while j < body_end:
        char = text[j]
        if line_start and indent:
            skip = 0
            while skip < indent and j + skip < body_end and text[j + skip] in " \t":
                skip += 1
            j += skip
            line_start = False
            continue
        line_start = False
        if char == "\\" and j + 1 < body_end:
            following = text[j + 1]
            if following == "\n" and width == 3:
                j += 2  # a line continuation
                line_start = True
                continue
            if following == "u" and re.fullmatch(r"[0-9A-Fa-f]{4}", text[j + 2:j + 6]):
                shell.add(chr(int(text[j + 2:j + 6], 16)), j)
                j += 6
                continue
            decoded = _ESCAPES.get(following)
            if decoded is not None:
                shell.add(decoded, j + 1)
                j += 2
                continue
            shell.add(char, j)
            j += 1
            continue
        if char == "$" and interpolating:
            if text.startswith("${", j):
                close = _balanced_end(text, j + 1, body_end)
                close = body_end if close is None else close
                _fill(shell, text[j + 2:close - 1], j, values)
                j = close
                continue
            dotted = _DOTTED.match(text, j + 1, body_end)
            if dotted is not None:
                _fill(shell, dotted.group(), j, values)
                j = dotted.end()
                continue
        shell.add(char, j)
        if char == "\n":
            line_start = True
        j += 1


#: A value Groovy fills in that is an environment variable's: `GC_URL`, `env.GC_URL`.
_ENVIRONMENT_NAME = re.compile(r"[ \t]*(?:env\.)?([A-Za-z_]\w*)[ \t]*")


def _fill(shell: ShellText | _Value, expression: str, at: int, values: Mapping[str, Word] | None) -> None:
    """A value Groovy fills in at `at`: an environment variable's the step has (`${GC_URL}`, `$env.GC_URL`) as its
    value, where that is written; any other unknown."""
    name = _ENVIRONMENT_NAME.fullmatch(expression) if values is not None else None
    groovy = values.groovy if isinstance(values, _Bindings) else {}
    word = groovy.get(name.group(1)) if name is not None and groovy and "env." not in expression else None
    if word is None and values and name is not None:
        word = values.get(name.group(1))
    if word is None:
        shell.hole(expression, at)
        return
    for piece, where in word.characters():
        if isinstance(piece, Unknown):
            shell.hole(piece.source, where)
        else:
            shell.add(piece, where)


def _common_indent(text: str, start: int, end: int) -> int:
    """The indentation (blanks) the non-blank lines of text[start:end] share, as Groovy's stripIndent counts it."""
    widths = [len(line) - len(line.lstrip(" \t")) for line in text[start:end].split("\n") if line.strip()]
    return min(widths, default=0)
