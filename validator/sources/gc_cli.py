"""Genesys Cloud's own CLI launching a flow: `gc [global flags] flows executions create` (MyPureCloud/platform-client-sdk-cli).

The CLI POSTs to /api/v2/flows/executions of its profile's environment, as JSON (it sets the Content-Type), the body
as written: from the file `--file`/`-f` names, else one body from each file of the directory `--directory`/`-d`
names (in name order, at most MAX_DIRECTORY_FILES), else from its stdin (utils.ResolveInputData). Its stdin: a
here-document or here-string, `< FILE`, `cat FILE |`, `echo '…' |`. `--printrequestbody`/`-b` prints the body's shape
and sends nothing; with `--inputformat yaml` a body file is YAML, read as a YAML payload is (YAML 1.1, as the CLI's
go-yaml reads it). A body file is read by the loader (extract.py), as a `.http` file's `< body.json` is: inside the
checked tree only (boundary.py), at its own positions; the CLI reads it from the directory it runs in, so a relative
name is looked for beside the file that runs it, in the directories checked and in the working directory, and read
only when one file answers. What cannot be read so is an unknown body, with an FL011 note saying why (never silence:
the command is a launch).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from ..core.codes import UNREAD_LAUNCH
from ..core.diagnostics import Finding
from ..core.printable import clipped
from ..core.unknown import Unknown
from .embedded import embedded_body
from .fences import Runs
from .kinds import CLI_LAUNCH_WORDS, CLI_NAMES, prints_body_shape_flag
from .model import LaunchRequest, Text


class Word(Protocol):
    """A shell word as the curl reader reads it (curl.Word, which imports this module): its text, where each of its
    characters is written, its parts (an expansion an Unknown) and its span."""

    start: int
    end: int
    where: Runs
    parts: list[str | Unknown]

    @property
    def text(self) -> str: ...

    def as_text(self) -> Text: ...

    def tail(self, start: int) -> Word: ...

#: The request's kind (LaunchRequest.kind): what the CLI sends, with no URL of its own (its profile picks the host).
KIND = "gc-cli"
#: The CLI's flags that take a value (root.go's persistent flags, and create's `--file` and `--directory`).
_WITH_VALUE = frozenset({"--profile", "-p", "--environment", "--clientid", "--clientsecret", "--accesstoken", "--transform",
                         "--transformstr", "--inputformat", "--outputformat", "--file", "-f", "--directory", "-d"})
#: Help for a body flowlint cannot read here.
_CHECK_IT = "check the body it sends as a payload file (`flowlint check body.json`)"


def is_cli(words: Sequence[Word]) -> bool:
    """Whether a command's first word runs the Genesys Cloud CLI."""
    return bool(words) and words[0].text.rsplit("/", 1)[-1] in CLI_NAMES


def launch(words: Sequence[Word], stdin: Word | None, piped: Sequence[Word] | None) -> LaunchRequest | None:
    """The launch a `gc … flows executions create …` command sends, or None for any other command (or one that only
    prints the body's shape). `stdin`: the here-document or here-string it reads; `piped`: the words of the command
    piping into it (`cat body.json |`)."""
    if not is_cli(words):
        return None
    options = _options(words)
    if options is None:
        return None
    site = (words[0].start, words[-1].end)
    request = LaunchRequest(KIND, site, None, "POST", sends="json")
    file, directory, yaml, redirected = options
    if file is not None:
        return _from_file(request, file, yaml=yaml)
    if directory is not None:
        return _from_file(request, directory, directory=True, yaml=yaml)
    if redirected is not None:
        return _from_file(request, redirected, yaml=yaml)
    if yaml:
        return _unread(request, "it reads the body as YAML (`--inputformat yaml`) from its stdin", site)
    if stdin is not None:
        return _written(request, stdin)
    if piped:
        name = piped[0].text.rsplit("/", 1)[-1]
        if name == "cat" and len(piped) == 2 and not piped[1].text.startswith("-"):
            return _from_file(request, piped[1])
        if name == "echo" and len(piped) == 2 and not piped[1].text.startswith("-") and _known(piped[1]):
            return _written(request, piped[1])
        return _unread(request, f"its body is what {_shown(piped[0])} writes to it", site)
    return _unread(request, "its body is what its stdin gives (the script's own, here)", site)


def _written(request: LaunchRequest, body: Word) -> LaunchRequest:
    """The launch with its body read from the script's own words (a here-document, or what `echo` pipes)."""
    request.body_span = (body.start, body.end)
    where = body.where[:]
    where.add(body.end)
    embedded_body(request, body.text, where, {})
    return request


def _options(words: Sequence[Word]) -> tuple[Word | None, Word | None, bool, Word | None] | None:
    """The body file, the body directory, whether the body is YAML and the file its stdin is redirected from; None
    when the command is no launch (another command, or `--printrequestbody`)."""
    texts = [word.text for word in words]
    at = 1
    while at < len(texts) and tuple(texts[at:at + 3]) != CLI_LAUNCH_WORDS:
        if not texts[at].startswith("-"):
            return None  # another command's word
        at += 2 if texts[at] in _WITH_VALUE else 1
    if at >= len(texts):
        return None
    values: dict[str, Word] = {}
    redirected: Word | None = None
    yaml = False
    i = 1
    while i < len(words):
        if at <= i < at + 3:
            i += 1
            continue
        text = texts[i]
        if prints_body_shape_flag(text):
            return None  # it prints the body's shape: nothing is sent
        value: Word | None = None
        flag = text
        if text in _WITH_VALUE:
            value = words[i + 1] if i + 1 < len(words) else None
            i += 1
        elif text.startswith("--") and "=" in text:
            flag, _, _ = text.partition("=")
            value = words[i].tail(len(flag) + 1)
        elif text[:2] in ("-f", "-d", "-p") and len(text) > 2:  # `-fbody.json`, `-f=body.json`
            flag = text[:2]
            value = words[i].tail(3 if text[2] == "=" else 2)
        elif text == "<" and i + 1 < len(words):
            redirected = words[i + 1]
            i += 1
        elif text.startswith("<") and not text.startswith(("<<", "<(", "<&")) and len(text) > 1:
            redirected = words[i].tail(1)
        if value is not None:
            values[{"-f": "--file", "-d": "--directory"}.get(flag, flag)] = value
            if flag == "--inputformat":
                yaml = value.text.lower() == "yaml"
        i += 1
    return values.get("--file"), values.get("--directory"), yaml, redirected


#: Marks a body_file that is a directory (`--directory`: each of its files is a body), and one written in YAML
#: (`--inputformat yaml`: the CLI converts it to JSON, as go-yaml reads YAML 1.1).
DIRECTORY = "\x00directory"
YAML = "\x00yaml"
#: The files of a `--directory` read, in name order: past this, the rest are not.
MAX_DIRECTORY_FILES = 100


def _from_file(request: LaunchRequest, file: Word, *, directory: bool = False, yaml: bool = False) -> LaunchRequest:
    """The body the CLI reads from a file (or each file of a directory): read by the loader when its name is known,
    else unknown, said."""
    request.body = Unknown(clipped(file.as_text().shown(), 80))
    if not _known(file) or not file.text:
        what = "each file of the directory" if directory else "the file"
        return _unread(request, f"its body is {what} {_shown(file)}, whose name is not known here", (file.start, file.end))
    request.body_span = (file.start, file.end)
    request.body_file = (file.text, {**({DIRECTORY: "1"} if directory else {}), **({YAML: "1"} if yaml else {})})
    return request


def _unread(request: LaunchRequest, why: str, where: tuple[int, int]) -> LaunchRequest:
    if not isinstance(request.body, Unknown):
        request.body = Unknown("the CLI's body")
    request.findings.append((Finding(
        UNREAD_LAUNCH, (), f"the Genesys Cloud CLI's launch was read, but not its body: {why}; nothing in it was checked",
        _CHECK_IT), where))
    return request


def body_file_unread(reference: str, why: str, *, directory: bool = False) -> Finding:
    """The note for a body file (or directory) the loader could not read (not found, or more than one it may be)."""
    what = "the directory of its bodies" if directory else "its body file"
    return Finding(UNREAD_LAUNCH, (), f"the Genesys Cloud CLI's launch was read, but not its body: {what} "
                   f"`{clipped(reference, 80)}` {why}; nothing in it was checked", _CHECK_IT)


def _known(word: Word) -> bool:
    return all(isinstance(part, str) for part in word.parts)


def _shown(word: Word) -> str:
    """A word as the script writes it (an expansion by its source, `$BODY`), clipped."""
    return f"`{clipped(word.as_text().shown(), 80)}`"
