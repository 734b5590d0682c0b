"""The commands of a VS Code tasks file (`.vscode/tasks.json`, JSON with comments), as the shell runs them.

A `"type": "shell"` task's `command` is a command line its shell runs; with `args`, VS Code joins the command and each
argument with blanks, one holding a blank outside quotes wrapped in `'…'` as it is, and the shell runs that line (an
argument given as `{value, quoting}` is not read; one holding a variable is unknown, its quoting its value's). A
`"type": "process"` task runs its `command` with its `args` as its words, no shell between. VS Code fills in its
variables first (`${workspaceFolder}`, `${env:TOKEN}`, `${input:flowId}`, `${config:x}`): each is an unknown value.
The `linux` and `osx` forms of a task are read too; its `windows` form, and a task whose `options.shell.executable` is
PowerShell, cmd.exe or no POSIX shell, are not read (foreign: where a mention of the endpoint there is, and why).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Any

from .curl import Environment, Word
from .embedded import json_string_at
from .host_text import Script, ShellText, filled_in, host_word
from .jsonc import commented_json_value

#: VS Code's variables, filled in before a task runs (a shell's own `${HOME}` is left to the shell).
_VARIABLES = re.compile(r"\$\{(?:(?:env|config|input|command|workspaceFolder):[^}\n]*|workspaceFolder|workspaceRoot|"
                        r"workspaceFolderBasename|file|fileWorkspaceFolder|relativeFile|relativeFileDirname|fileBasename|"
                        r"fileBasenameNoExtension|fileExtname|fileDirname|fileDirnameBasename|cwd|lineNumber|selectedText|"
                        r"execPath|pathSeparator|/|defaultBuildTask|userHome|columnNumber)\}")
_HOST = "vscode"
#: The shells a task's `options.shell.executable` may name that are POSIX shells (by base name, `.exe` dropped).
_POSIX_SHELLS = frozenset({"sh", "bash", "zsh", "dash", "ksh", "ash", "mksh"})
#: The forms of a task for other systems than Windows: read as its own.
_POSIX_FORMS = ("linux", "osx")


def scripts(text: str) -> Iterator[Script]:
    """The script each task read runs (its command line; a process task's words, quoted), in file order."""
    for script, _, _ in _read(text):
        if script is not None:
            yield script


def scripts_and_environments(text: str) -> tuple[list[Script], list[Environment]]:
    """Each task's script (scripts), and the variables it starts with: its form's `options.env` over its task's over
    the file's, each value where it is written (VS Code's variables in it unknown)."""
    found = [(script, environment) for script, _, environment in _read(text) if script is not None]
    return [script for script, _ in found], [environment for _, environment in found]


def foreign(text: str) -> list[tuple[int, int, str]]:
    """Each command not read (a Windows form's, one run by PowerShell or cmd.exe): where it is, and why."""
    return [(span[0], span[1], why) for script, (span, why), _ in _read(text) if script is None and why]


def _read(text: str) -> Iterator[tuple[Script | None, tuple[tuple[int, int], str], Environment]]:
    """Each task's command (and its POSIX forms'), read, or None with where it is and why it is not read; and the
    variables it starts with."""
    read = commented_json_value(text)  # (VS Code reads, and writes, trailing commas)
    if read is None:
        return
    value, blanked = read
    if not isinstance(value, dict) or not isinstance(value.get("tasks"), list):
        return
    from ..core.diagnostics import Target
    from .json_source import JsonLocator

    locator = JsonLocator(blanked)
    top_shell = _shell(value)
    top_environment = _environment(text, locator, (), value)
    for index, task in enumerate(value["tasks"]):
        if not isinstance(task, dict):
            continue
        forms: list[tuple[tuple[str | int, ...], dict[str, Any]]] = [(("tasks", index), task)]
        forms += [(("tasks", index, form), task[form]) for form in (*_POSIX_FORMS, "windows") if isinstance(task.get(form), dict)]
        for path, form in forms:
            if "command" not in form:
                continue
            found = locator.offsets((*path, "command"), Target.VALUE)
            where = (found[0], found[1]) if found is not None else (0, 0)
            kind = form.get("type", task.get("type"))
            shell = _shell(form) or _shell(task) or top_shell
            if path[-1] == "windows":
                yield None, (where, "it is in the task's windows form, run by PowerShell or cmd.exe, which flowlint does not read"), {}
            elif kind == "shell" and shell is not None and shell not in _POSIX_SHELLS:
                yield None, (where, f"it is in a task its options run in {shell}, which flowlint does not read as a POSIX shell"), {}
            elif kind in ("shell", "process"):
                arguments = form["args"] if "args" in form else task.get("args", [])
                args_path = (*path, "args") if "args" in form else ("tasks", index, "args")
                environment = {**top_environment, **_environment(text, locator, ("tasks", index), task)}
                if path[-1] in _POSIX_FORMS:
                    environment.update(_environment(text, locator, path, form))
                yield (_script(text, locator, path, args_path, arguments, process=kind == "process"), (where, ""),
                       environment)


def _environment(text: str, locator: Any, path: tuple[str | int, ...], form: dict[str, Any]) -> dict[str, Word]:
    """The variables a task's (or the file's) `options.env` sets, each where its string is written."""
    from ..core.diagnostics import Target

    options = form.get("options")
    variables = options.get("env") if isinstance(options, dict) else None
    found: dict[str, Word] = {}
    for name in variables if isinstance(variables, dict) else {}:
        at = locator.offsets((*path, "options", "env", name), Target.VALUE)
        written = json_string_at(text, at[0]) if at is not None else None
        if written is not None and re.fullmatch(r"[A-Za-z_]\w*", name):
            found[name] = host_word(written[0], written[1], _VARIABLES)
    return found


def _shell(form: dict[str, Any]) -> str | None:
    """The base name of the shell a task's (or the file's) `options.shell.executable` names, lower case, or None."""
    options = form.get("options")
    shell = options.get("shell") if isinstance(options, dict) else None
    executable = shell.get("executable") if isinstance(shell, dict) else None
    if not isinstance(executable, str):
        return None
    return executable.replace("\\", "/").rsplit("/", 1)[-1].lower().removesuffix(".exe")


def _script(text: str, locator: Any, path: tuple[str | int, ...], args_path: tuple[str | int, ...], arguments: Any, *,
            process: bool) -> Script | None:
    """The script of one command and its arguments, or None when one is no string written in the file."""
    from ..core.diagnostics import Target

    def written(at: tuple[str | int, ...]) -> tuple[str, Sequence[int]] | None:
        found = locator.offsets(at, Target.VALUE)
        return json_string_at(text, found[0]) if found is not None else None

    command = written((*path, "command"))
    if command is None or not isinstance(arguments, list):
        return None
    words: list[tuple[str, Sequence[int]]] = []
    for number in range(len(arguments)):
        argument = written((*args_path, number))
        if argument is None:
            return None  # (`{"value": …, "quoting": …}`, a number: not read)
        words.append(argument)
    shell = ShellText(_HOST)
    if process:  # (no shell: each word as it is, VS Code's variables filled in)
        for value, where in [command, *words]:
            shell.word(value, where, _VARIABLES)
        return shell.script()
    if not words:  # (the command line as written, run by the shell)
        return filled_in(_HOST, command[0], command[1], _VARIABLES)
    for value, where in [command, *words]:  # each quoted as VS Code quotes it (_needs_quotes), then run by the shell
        if shell.chars:
            shell.add(" ", where[0] if where else 0)
        if _VARIABLES.search(value) is not None:
            shell.hole(value, where[0] if where else 0)  # (quoted or not as its value, unknown, decides)
            continue
        quoted = _needs_quotes(value)
        if quoted:
            shell.add("'", where[0] if where else 0)
        for char, at in zip(value, where, strict=False):
            shell.add(char, at)
        if quoted:
            shell.add("'", where[-1] if where else 0)
    return shell.script()


def _needs_quotes(value: str) -> bool:
    """Whether VS Code quotes a shell task's argument (strongly, `'…'`, as it is): it holds a blank outside the quotes
    and escapes it writes itself, and is not already in quotes (VS Code's terminalTaskSystem, for a POSIX shell)."""
    if len(value) >= 2 and value[0] in "'\"" and value[-1] == value[0]:
        return False
    quote = ""
    skip = False
    for char in value:
        if skip:
            skip = False
        elif quote:
            quote = "" if char == quote else quote
        elif char == "\\":
            skip = True
        elif char in "'\"":
            quote = char
        elif char == " ":
            return True
    return False
