"""Shell text a host writes for its shell (a Jenkinsfile's Groovy string, a VS Code task's command, a Cloud Build
step's args): the characters as the shell gets them, each with the file offset it is written at, and each value the
host fills in before the shell runs (a Groovy `${…}`, VS Code's `${input:x}`, Cloud Build's `$_X`) an unknown value,
named apart from the script's own variables and placed where the shell's quotes leave it. Used by the readers of
those hosts (jenkinsfile.py, vscode_tasks.py, cloudbuild.py) and by embedded_shell.py, which dispatches to them."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence

from .curl import Word

#: A script: the shell text and, for each of its characters and one past its end, the file offset it comes from.
Script = tuple[str, Sequence[int]]


class ShellText:
    """A script being built from what a host writes (a Groovy string, a tool's command): its characters, each one's
    offset in the file, and the shell quote open at its end, so that a value the host fills in before the shell runs
    lands inside it as the shell reads it."""

    def __init__(self, host: str) -> None:
        self.host = host  # (the hole's name starts with it: never a name the script itself sets, `BODY=…`)
        self.chars: list[str] = []
        self.where: list[int] = []
        self.quote = ""
        self.escaped = False  # the last character is a backslash escaping the next, for the shell

    def add(self, char: str, at: int) -> None:
        if self.escaped:
            self.escaped = False
        elif char == "\\" and self.quote != "'":
            self.escaped = True
        elif char in "'\"" and (not self.quote or self.quote == char):
            self.quote = "" if self.quote else char
        self.chars.append(char)
        self.where.append(at)

    def hole(self, expression: str, at: int) -> None:
        """A value the host fills in (`${params.BODY}`): unknown, named after it, where the shell's quotes leave it (in
        single quotes it is their text: one word, never split)."""
        written = "${" + hole_name(self.host, expression) + "}"
        if self.quote == "'":  # (closed and opened again around it: the host has put its value inside the quotes)
            written = f"'\"{written}\"'"
        self.escaped = False
        self.chars.extend(written)
        self.where.extend([at] * len(written))


    def word(self, value: str, where: Sequence[int], holes: re.Pattern[str] | None = None,
             escapes: Mapping[str, str] | None = None) -> None:
        """`value` (each character written at `where`) as one word of its own, single-quoted (a `'` in it as `'\\''`),
        each match of `holes` in it a value the host fills in (but those `escapes` maps to what they stand for: Cloud
        Build's `$$`); a blank before it unless it is the first."""
        if self.chars:
            self.add(" ", where[0] if where else 0)
        self.add("'", where[0] if where else 0)
        for index, char, hole in _pieces(value, holes):
            at = where[min(index, len(where) - 1)] if where else 0
            if hole and escapes and char in escapes:  # (no quote among them: `$$` is `$`)
                for escaped in escapes[char]:
                    self.add(escaped, at)
            elif hole:
                self.hole(char, at)
            elif char == "'":
                for quoting in "'\\''":
                    self.add(quoting, at)
            else:
                self.add(char, at)
        self.add("'", where[-1] if where else 0)

    def script(self) -> Script:
        """The script, and each character's offset and one past its end."""
        return "".join(self.chars), [*self.where, self.where[-1] + 1 if self.where else 0]


def hole_name(host: str, expression: str) -> str:
    """The shell variable a value `host` fills in (`expression`, as it writes it: `${_BASE}`) stands as in a script
    (ShellText.hole): named after both, never a name the script itself sets."""
    return host + "_" + (re.sub(r"\W", "_", expression.strip())[:40].strip("_") or "value")


def host_word(value: str, where: Sequence[int], holes: re.Pattern[str], escapes: Mapping[str, str] | None = None
              ) -> Word:
    """A value a host writes (an environment variable's: `URL=${_BASE}/x`), as a word where it is written: each match of
    `holes` unknown, but those `escapes` maps to what they stand for."""
    word = Word()
    for index, char, hole in _pieces(value, holes):
        at = where[min(index, len(where) - 1)] if where else 0
        if hole and escapes and char in escapes:
            word.add(escapes[char], at)
        else:
            word.add(char, at, known=not hole)
        word.end = at + 1
    if word.start < 0:  # (empty)
        word.start = word.end = where[0] if where else 0
    return word


def filled_in(host: str, value: str, where: Sequence[int], holes: re.Pattern[str],
              escapes: Mapping[str, str] | None = None) -> Script:
    """A command line a host writes (`value`, each character at `where`) as the shell runs it: each match of `holes` a
    value the host fills in first (unknown, where the shell's quotes leave it, named after `host` and itself), but
    those `escapes` maps to what they stand for."""
    shell = ShellText(host)
    for index, char, hole in _pieces(value, holes):
        at = where[min(index, len(where) - 1)] if where else 0
        if hole and escapes and char in escapes:
            for escaped in escapes[char]:
                shell.add(escaped, at)
        elif hole:
            shell.hole(char, at)
        else:
            shell.add(char, at)
    return shell.script()


def _pieces(value: str, holes: re.Pattern[str] | None) -> Iterator[tuple[int, str, bool]]:
    """Each character of `value` with its index, and each match of `holes` whole (True)."""
    at = 0
    for match in holes.finditer(value) if holes is not None else ():
        for index in range(at, match.start()):
            yield index, value[index], False
        yield match.start(), match.group(), True
        at = match.end()
    for index in range(at, len(value)):
        yield index, value[index], False
