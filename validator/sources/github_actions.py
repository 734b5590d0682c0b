"""Launches in GitHub Actions workflows: the curl commands of `run:` steps, at their lines in the workflow.

A workflow is YAML, but no launch body: its `run:` steps are shell scripts. Each step's script is
read where it is written (a block scalar `run: |`, a folded `run: >`, or a plain `run: curl …`),
so the curl reader's offsets are the workflow's own. A `${{ … }}` expression is filled in by
GitHub before the shell runs: inside a JSON body it is an unknown value, as a `{{variable}}` is. Other CI services
fill in their own template syntax so (TEMPLATES): Azure Pipelines' `$(macro)`, `$[runtime]` and `${{ template }}`,
CircleCI's `<< pipeline.parameters.x >>`, GitLab's `$[[ inputs.x ]]`; Bitbucket's and Travis's scripts hold shell
variables only.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..core.diagnostics import Finding
from ..core.unknown import Unknown
from . import curl
from .embedded import scalar_offsets
from .fences import Runs, cut_lines, joined, numbered_lines
from .model import Header, LaunchRequest, Text

if TYPE_CHECKING:
    import yaml

#: How far on a GitHub expression's `}}` is looked for (bounded work on hostile input).
_EXPRESSION_LENGTH = 2000
#: An expression's parts as it is shown: a string as written, a run of spaces (a folded line's indentation) as one.
_EXPRESSION_PART = re.compile(r"'(?:[^']|'')*'|\s+")
#: Each CI service's own template syntax (besides `${{ … }}`), filled in before its shell runs (by kinds.ci_service's
#: description): no opener (`$`, `<`) inside a class, so a failed match stops at the next opener (linear).
TEMPLATES = {
    "Azure": re.compile(r"\$\([A-Za-z_][\w.\-]*\)"  # a macro `$(var)`, a runtime expression `$[variables.x]`
                        r"|\$\[[^\n$\[\]]*(?:\[[^\n$\[\]]*\][^\n$\[\]]*)*\]"),
    "CircleCI": re.compile(r"<<[ \t]*\w+(?:\.[\w-]+)+[ \t]*>>"),  # `<< pipeline.parameters.x >>` (dotted: no `<<EOF >>`)
    "GitLab": re.compile(r"\$\[\[[^\n$\[\]]*\]\]"),  # `$[[ inputs.x ]]`
    # Buildkite interpolates `$NAME` and `${NAME…}` when the pipeline is uploaded, from the upload's environment (what
    # the step's shell assigns is not what it sends); `$$NAME` is the shell's `$NAME`, unknown too (its `$` not read)
    "Buildkite": re.compile(r"\$?\$(?:[A-Za-z_]\w*|\{[^\n${}]*\})"),
    # Woodpecker and Drone pre-process `${NAME…}` before the step runs (`$${NAME}` is the shell's, unknown too)
    "Woodpecker": re.compile(r"\$?\$\{[^\n${}]*\}"),
    "Drone": re.compile(r"\$?\$\{[^\n${}]*\}"),
}
#: `run:` as a mapping key (a step's, maybe after `- `), and what follows it on its line.
_RUN = re.compile(r"^([ \t]*(?:-[ \t]+)?)run[ \t]*:[ \t]*([^\r\n]*)\r?$", re.M)  # (a CRLF file's \r: no value's)
_BLOCK_HEADER = re.compile(r"([|>])([+-]?[1-9]?|[1-9][+-])[ \t]*(?:#.*)?")

#: The keys other CI services write a step's shell script under (sources.kinds.CI_CONFIGS names the files): GitLab CI's
#: `script`/`before_script`/`after_script`, CircleCI's `run` (a one-line string, or a mapping whose `command` is the
#: script), Azure Pipelines' `script`/`bash`, Bitbucket Pipelines' `script`/`after-script`, Travis CI's `script`,
#: `install`…, a Taskfile's `cmds`, a buildspec's, Drone's and Woodpecker's `commands`. Each value is a script, or a
#: list of them (one command each), as the service runs it in a shell.
CI_SCRIPT_KEYS = ("run", "command", "script", "before_script", "after_script", "after-script", "bash", "install",
                  "before_install", "after_success", "after_failure", "before_deploy", "cmds", "commands")
_CI_KEY = re.compile(r"^([ \t]*(?:-[ \t]+)?)(" + "|".join(re.escape(key) for key in CI_SCRIPT_KEYS)
                     + r")[ \t]*:[ \t]*([^\r\n]*)\r?$", re.M)
#: A cmd.exe line continuation: a line ending in `^`.
_CMD_CONTINUATION = re.compile(r"[ \t]\^[ \t]*\r?$", re.M)


#: A script of a step: where it is in the file (the offset of its first character, written as it is; or, for a quoted
#: YAML scalar, each character's offset and one past its end: curl.commands_at) and its text as the shell runs it.
Script = tuple[int | Sequence[int], str]


def span_of(script: Script) -> tuple[int, int]:
    """Where a step's script is written in the file, from its first character to after its last."""
    where, text = script
    return (where, where + len(text)) if isinstance(where, int) else (where[0], where[-1])


#: An Azure Pipelines pool on Windows (`pool: windows-latest`, `vmImage: windows-2022`): its `script:` steps run in
#: cmd.exe, not a POSIX shell.
_WINDOWS_POOL = re.compile(r"^[ \t]*(?:-[ \t]+)?(?:pool|vmImage)[ \t]*:[ \t]*[\"']?windows", re.M | re.I)


def scripts(text: str, *, ci: bool = False) -> list[Script]:
    """Each `run:` script (`ci`: each script of another CI service's step, CI_SCRIPT_KEYS, also as a list's items):
    where it is in the file and its text (Script). A script written for cmd.exe (`^` line continuations; a `script:` of
    a job on a Windows pool: foreign_scripts, job by job; any `script:` of a file with one that is no YAML) is none:
    read as a shell's, each `^` line would be a command of its own (a launch sending no body)."""
    found: list[Script] = []
    # A Windows pool in a file that is no YAML: which job runs where cannot be told, so no `script:` of it is a shell's.
    windows = ci and _WINDOWS_POOL.search(text) is not None and _foreign(text, ci) is None
    at = 3 if ci else 2  # the value's group (_CI_KEY's 2 is the key)
    for match in (_CI_KEY if ci else _RUN).finditer(text):
        value = match.group(at)
        key_indent = len(match.group(1).expandtabs())
        if windows and match.group(2) == "script":
            continue  # cmd.exe's, not a shell's: not read (a launch mentioned there gets the FL011 note)
        if ci and (not value or value.startswith("#")):
            found.extend(_items(text, match.end() + 1, key_indent))
            continue
        if ci and value.startswith("["):  # a flow sequence: `script: ["curl …", 'echo done']`
            end = max(match.end(), _deeper_lines(text, match.end() + 1, key_indent))
            closing = text.find("\n", end + 1)
            closing = len(text) if closing < 0 else closing
            if text[end + 1:closing].strip().startswith("]"):  # (its bracket may close at the key's indentation)
                end = closing
            found.extend(_flow_items(text, match.start(at), end))
            continue
        script = _scalar(text, value, match.start(at), match.end(), key_indent)
        if script is not None:
            found.append(script)
    other = foreign_scripts(text, ci=ci)
    starts = [start for start, _, _ in other]
    return [(start, script) for start, script in found if _CMD_CONTINUATION.search(script) is None
            and not (other and in_foreign(other, starts, span_of((start, script))[0]))]


#: What may say a step's script runs in no POSIX shell: a `shell:`, a Windows runner or pool, a PowerShell task.
_SHELL_HINT = re.compile(r"shell|windows|powershell|pwsh|cmdline", re.I)
#: The keys naming where a job runs (GitHub's and Bitbucket's `runs-on`, GitLab's `tags` and `image`, also under its
#: `default:`, Azure's `pool` and `vmImage`, CircleCI's `executor` (a reusable one's definition, an orb's reference:
#: `win/default` of `circleci/windows@5`), `machine` and its `image`, `resource_class`): one naming Windows runs its
#: scripts in PowerShell (cmd.exe: an Azure `script:`) unless a step says its shell.
_RUNNER_KEYS = ("runs-on", "tags", "image", "pool", "vmImage", "executor", "machine", "resource_class")
#: Azure tasks whose `inputs:` script is PowerShell's or cmd.exe's.
_FOREIGN_TASK = re.compile(r"(?:Azure)?(?:PowerShell|CmdLine)@", re.I)
#: Azure Pipelines' PowerShell steps (`- powershell: |`, `- pwsh: |`).
_POWERSHELL_STEPS = frozenset({"powershell", "pwsh"})
#: Shells that are POSIX shells (a custom `bash -e {0}` by its first word).
_POSIX_SHELLS = frozenset({"bash", "sh"})


def foreign_scripts(text: str, *, ci: bool = False) -> tuple[tuple[int, int, str], ...]:
    """Where the file writes a step's script for another shell than a POSIX one, and why: a step's (or a job's or the
    workflow's `defaults`) `shell:` naming another (`pwsh`, `powershell`, `cmd`, `python`), a job on a Windows runner
    or pool with no shell named (GitHub's default there is pwsh, GitLab's and CircleCI's PowerShell, Azure's `script:`
    cmd.exe), an Azure PowerShell or CmdLine task's `inputs`. Such a script is not read as a shell's (a mention of the
    launch in it gets the FL011 note, saying why). A GitHub job whose `runs-on` names no system (a self-hosted label,
    an expression no matrix of the job names a system for) runs a step with no `shell:` in a shell that cannot be told:
    such a step is one too. Nothing when the file says none of these words (and every `runs-on` a POSIX system), or is
    no YAML even with its plain scripts blanked (_plain_values_blanked)."""
    if _SHELL_HINT.search(text) is None and not any(
            _POSIX_RUNNER.search(runner.group(1)) is None for runner in (_POOL if ci else _RUNS_ON).finditer(text)):
        return ()
    return _foreign(text, ci) or ()


#: A GitHub job's `runs-on:` and what follows it on its line (one naming no POSIX system may leave a step's shell unknown).
_RUNS_ON = re.compile(r"^[ \t]*runs-on[ \t]*:([^\r\n]*)", re.M)
#: An Azure job's `pool:` and what follows it on its line (its `vmImage` or `name` may be on the next lines).
_POOL = re.compile(r"^[ \t]*(?:-[ \t]+)?pool[ \t]*:([^\r\n]*)", re.M)


@functools.lru_cache(maxsize=8)
def _foreign(text: str, ci: bool) -> tuple[tuple[int, int, str], ...] | None:
    """foreign_scripts' spans; None when the file is no YAML (which job runs where cannot be told)."""
    import yaml

    root = yaml_root(text)
    if root is None:  # (a plain script holding `: `, as people write one: its structure read with the scripts blanked)
        text = _plain_values_blanked(text)
        root = yaml_root(text)
    if root is None:
        return None
    keys = frozenset(CI_SCRIPT_KEYS if ci else ("run",))
    found: list[tuple[int, int, str]] = []
    executors = _executors(text, root) if ci else {}
    stack: list[tuple[yaml.Node | None, str | None, str | None]] = [(root, None, None)]  # a node, its shell, its Windows
    while stack:
        node, shell, windows = stack.pop()
        if isinstance(node, yaml.SequenceNode):
            stack.extend((item, shell, windows) for item in node.value)
            continue
        if not isinstance(node, yaml.MappingNode):
            continue
        pairs = [(key.value if isinstance(key, yaml.ScalarNode) else None, value) for key, value in node.value]
        named = dict(pairs)
        defaults = node_at(named.get("defaults"), "run", "shell")
        own = named.get("shell")
        if isinstance(own, yaml.ScalarNode):
            shell = str(own.value)
        elif isinstance(defaults, yaml.ScalarNode):
            shell = str(defaults.value)
        windows = _runner(text, node, named, ci, windows, executors)
        default = named.get("default") if ci and node is root else None
        if isinstance(default, yaml.MappingNode):  # (GitLab's `default:` tags and image: every job's, unless its own)
            default_named: dict[str | None, yaml.Node] = {
                key.value if isinstance(key, yaml.ScalarNode) else None: value for key, value in default.value}
            windows = _runner(text, default, default_named, ci, windows, executors)
        task = named.get("task")
        foreign_task = isinstance(task, yaml.ScalarNode) and _FOREIGN_TASK.match(str(task.value)) is not None
        for key, value in pairs:
            if foreign_task and key == "inputs":
                found.append((value.start_mark.index, value.end_mark.index, f"it is a `{task.value}` task's script"))  # type: ignore[union-attr]
            elif ci and key in _POWERSHELL_STEPS and not isinstance(value, yaml.MappingNode):
                found.append((value.start_mark.index, value.end_mark.index, f"it is a `{key}:` step's script (PowerShell)"))
            elif key in keys and not isinstance(value, yaml.MappingNode):
                why = _foreign_why(key, shell, windows)
                if why is not None:
                    found.append((value.start_mark.index, value.end_mark.index, why))
            else:
                stack.append((value, shell, windows))
    return tuple(sorted(found))


@functools.lru_cache(maxsize=2)
def yaml_root(text: str) -> yaml.Node | None:
    """The YAML's root node (None: it is no YAML); kept for the file's next look (its shells, then its steps' `env:`),
    never changed."""
    import yaml

    from .yaml_compose import compose

    try:
        return compose(text)[0]
    except (yaml.YAMLError, RecursionError):
        return None


#: A line of a block mapping or sequence: its indentation and dashes, a simple key (a CI configuration's keys are
#: words), and its value. A plain value holding `: ` (a `Content-Type: application/json` header) makes the file no YAML.
_LINE = re.compile(r"([ \t]*(?:-[ \t]+)*)([\w.$/-]+[ \t]*:(?:[ \t]+|(?=\r?$)))?([^\r\n]*)", re.M)
_MAPPING_VALUE = re.compile(r":(?:[ \t]|\r?$)")


def _plain_values_blanked(text: str) -> str:
    """The text with each plain value that holds a mapping's `: ` (as scripts are written: `run: curl -H "Accept:
    …"`, `- curl …`) and the lines it goes on to written as `x`s, spaces and line breaks kept: each offset stays where
    it was, and the file's structure (its jobs, steps, shells and runners) reads as YAML. One pass over the lines."""
    out: list[str] = []
    done = 0
    position = 0
    while position < len(text):
        match = _LINE.match(text, position)
        assert match is not None  # (every group may be empty)
        line_end = text.find("\n", position)
        line_end = len(text) if line_end < 0 else line_end
        value = match.group(3)
        if value and value[0] not in "\"'[{|>&*!#%@`" and _MAPPING_VALUE.search(value) is not None:
            # Its lines go on while deeper than its key (a list item's: than its dash).
            lead = match.group(1)
            indent = len(lead) if match.group(2) or "-" not in lead else lead.rindex("-")
            end = _deeper_lines(text, line_end + 1, indent)
            end = line_end if end <= line_end + 1 else end  # (its own line, when no deeper line follows it)
            out.append(text[done:match.start(3)])
            out.append(re.sub(r"\S", "x", text[match.start(3):end]))
            done = end
            line_end = end
        position = line_end + 1
    out.append(text[done:])
    return "".join(out)


def _runner(text: str, job: object, named: dict[str | None, yaml.Node], ci: bool, outer: str | None,
            executors: dict[str, bool] | None = None) -> str | None:
    """Why a job's (a mapping's) scripts with no shell named run in no POSIX shell, by the runner keys it writes (None:
    they run in one); `outer`: what the enclosing one said, kept when it names no runner. Windows named wins; then a
    runner that names no system where the shell depends on it (GitHub's `runs-on`, Azure's `pool`): unknown; then one
    naming a POSIX system (`ubuntu-latest`, `[self-hosted, linux]`) sets it back to a POSIX shell."""
    import yaml

    verdicts: list[str | None] = []
    for runner in _RUNNER_KEYS:
        where = named.get(runner)
        if where is None:
            continue
        if runner == "executor" and executors and _executor_on_windows(executors, where):
            shell = node_at(where, "shell")  # (`executor: {name: win/default, shell: bash.exe}`: Git Bash's)
            if isinstance(shell, yaml.ScalarNode) and _foreign_why(runner, str(shell.value), None) is None:
                verdicts.append(None)
                continue
            return "its job's executor (`executor`) runs on Windows, so it runs in PowerShell, not a POSIX shell"
        if _names_windows(text, job, where):
            return f"its job runs on Windows (`{runner}`), so it runs in PowerShell or cmd.exe, not a POSIX shell"
        if _names_system(text, job, where, _POSIX_RUNNER):
            verdicts.append(None)
        elif not ci and runner == "runs-on":
            verdicts.append(_UNKNOWN_RUNNER)
        elif ci and runner == "pool":
            verdicts.append(_UNKNOWN_POOL)
    if not ci and _runs_in_container(named.get("container")):
        return None  # (a job container runs only on a Linux runner: its steps in the container's sh or bash)
    if not verdicts:
        return outer
    return next((verdict for verdict in verdicts if verdict is not None), None)


def _executor_name(node: object) -> str:
    """The name a CircleCI job's `executor:` gives (`win/default`, `{name: win/default, shell: …}`); "" for none."""
    import yaml

    name = node_at(node, "name") if isinstance(node, yaml.MappingNode) else node
    return str(name.value).strip() if isinstance(name, yaml.ScalarNode) else ""


def _executor_on_windows(executors: dict[str, bool], node: object) -> bool:
    """Whether the executor a CircleCI job's `executor:` names runs on Windows (_executors: by its definition, its
    orb's reference); False when the file does not say."""
    name = _executor_name(node)
    orb, slash, _ = name.partition("/")
    return executors.get(name, False) or (slash != "" and executors.get(orb + "/", False))


def _executors(text: str, root: yaml.Node) -> dict[str, bool]:
    """Whether each executor a CircleCI configuration names runs on Windows, as written: a reusable one's definition
    (`executors: {win: {machine: {image: windows-server-2022-gui:current}}}`), and an orb's (`orbs: {win:
    circleci/windows@5}` makes `win/default` that orb's: its reference). By the name a job's `executor:` writes; each
    definition searched once."""
    import yaml

    if not isinstance(root, yaml.MappingNode):
        return {}
    named = _pairs(root)
    found: dict[str, bool] = {}
    for key, suffix in (("executors", ""), ("orbs", "/")):
        given = named.get(key)
        if isinstance(given, yaml.MappingNode):
            for name, value in given.value:
                if isinstance(name, yaml.ScalarNode):
                    found[str(name.value) + suffix] = _WINDOWS_RUNNER.search(
                        text, value.start_mark.index, value.end_mark.index) is not None
    return found


def node_at(node: object, *path: str) -> yaml.Node | None:
    """The node at a path of keys under a mapping node (None: none)."""
    import yaml

    for key in path:
        if not isinstance(node, yaml.MappingNode):
            return None
        node = next((value for name, value in node.value if isinstance(name, yaml.ScalarNode) and name.value == key), None)
    return node if isinstance(node, yaml.Node) else None


def _runs_in_container(container: object) -> bool:
    """Whether a GitHub job's `container:` (its image, or a mapping with an `image`) names an image as written: an
    expression may be empty (no container), so it says nothing."""
    import yaml

    image = node_at(container, "image") if isinstance(container, yaml.MappingNode) else container
    return isinstance(image, yaml.ScalarNode) and bool(str(image.value).strip()) and "${{" not in str(image.value)


def _names_windows(text: str, job: object, where: object) -> bool:
    """Whether a runner key's value names Windows (`windows-latest`, `[self-hosted, windows]`), or is an expression
    (`${{ matrix.os }}`) in a job that names Windows anywhere (its matrix)."""
    return _names_system(text, job, where, _WINDOWS_RUNNER)


#: A runner's system as GitHub's labels name it: Windows; a POSIX one (its hosted `ubuntu-*`, `macos-*`, a self-hosted
#: runner's `linux` or `macOS` label).
_WINDOWS_RUNNER = re.compile("windows", re.I)
_POSIX_RUNNER = re.compile("ubuntu|macos|linux", re.I)
#: Why a GitHub job's `run:` steps with no `shell:` are not read when its runner names no system (a self-hosted runner's
#: own label, `${{ inputs.runner }}`): GitHub runs them in pwsh on Windows, in bash elsewhere, and which is unknown.
_UNKNOWN_RUNNER = ("its job's runner (`runs-on`) names no system flowlint can tell (a self-hosted label, an expression), "
                   "so it may run in pwsh (a Windows runner's default; a step's `shell: bash` says otherwise), not a "
                   "POSIX shell")


#: Why an Azure job's `script:` steps are not read when its pool names no system (a self-hosted pool, `$(pool)`): an
#: agent on Windows runs them in cmd.exe, one elsewhere in bash, and which is unknown.
_UNKNOWN_POOL = ("its job's pool (`pool`) names no system flowlint can tell (a self-hosted pool, an expression), so it "
                 "may run in cmd.exe (a Windows agent's; a `bash:` step is read), not a POSIX shell")


def _names_system(text: str, job: object, where: object, system: re.Pattern[str]) -> bool:
    """Whether a runner key's value names the `system`, or is an expression (`${{ matrix.os }}`) in a job that names it
    anywhere (its matrix)."""
    import yaml

    assert isinstance(where, yaml.Node) and isinstance(job, yaml.Node)
    written = text[where.start_mark.index:where.end_mark.index]
    return system.search(written) is not None or (_EXPRESSION.search(written) is not None
                                                  and system.search(text, job.start_mark.index, job.end_mark.index) is not None)


#: An expression a CI service fills in (GitHub's and Azure's `${{ … }}`, Azure's `$(var)` and `$[ … ]`): a runner it
#: names is told by what the job names (its matrix).
_EXPRESSION = re.compile(r"\$\{\{|\$\(|\$\[")


def _foreign_why(key: str | None, shell: str | None, windows: str | None) -> str | None:
    """Why a script under `key` runs in no POSIX shell (None: it runs in one)."""
    if key == "bash":  # (Azure's `bash:` step: bash, on any pool)
        return None
    if shell is not None:
        first = shell.split()[0].rsplit("/", 1)[-1].lower().removesuffix(".exe") if shell.split() else ""
        return None if first in _POSIX_SHELLS else f"it runs in `{shell}`, not a POSIX shell"
    return windows


def in_foreign(foreign: tuple[tuple[int, int, str], ...], starts: list[int], offset: int) -> str | None:
    """Why the text at `offset` is in another shell's script (foreign_scripts: spans apart, in order; `starts`: their
    starts), or None."""
    at = bisect.bisect_right(starts, offset) - 1
    return foreign[at][2] if at >= 0 and offset < foreign[at][1] else None


def _scalar(text: str, value: str, value_start: int, line_end: int, indent: int) -> Script | None:
    """The script a value starting on a key's (or a list item's) line writes: a plain one-line one, a quoted one (on
    its lines, those indented deeper than `indent`), or a block scalar's lines; None for an empty block or any other
    value (an alias, a tag, a flow collection)."""
    header = _BLOCK_HEADER.fullmatch(value)
    if header is None:
        if value and value[0] in "\"'":
            return quoted_scalar(text, value_start, max(line_end, _deeper_lines(text, line_end + 1, indent)))
        if value and value[0] not in "&*!#[{":  # a plain one-line script
            return value_start, value
        return None
    start = line_end + 1
    end = _deeper_lines(text, start, indent)
    if end <= start:
        return None
    body = text[start:end]
    if header.group(1) == ">":
        return start, _folded(body)  # folded: the lines are one line to the shell
    # Literal: YAML takes the block's indentation off each line before the shell sees it (a here-document's closing
    # `JSON` is then at the line's start, where bash looks for it): the indicator's (`|2`), or the first line's.
    digit = next((char for char in header.group(2) if char.isdigit()), None)
    lines = numbered_lines(body)
    content = next((line for _, line in lines if line.strip(" \r\n")), "")
    width = indent + int(digit) if digit else len(content) - len(content.lstrip(" "))
    script, where = joined(cut_lines([(start + at, line) for at, line in lines], width, " "))
    return where, script


def _deeper_lines(text: str, start: int, indent: int) -> int:
    """Where the lines from `start` that are blank or indented deeper than `indent` end (`start`: none)."""
    end = start
    position = start
    while position < len(text):
        line_end = text.find("\n", position)
        line_end = len(text) if line_end == -1 else line_end
        line = text[position:line_end]
        if line.strip() and len(line) - len(line.lstrip(" ")) <= indent:
            break
        end = line_end
        position = line_end + 1
    return end


_ITEM = re.compile(r"([ \t]*)-[ \t]+(.*)")


def _items(text: str, start: int, key_indent: int) -> list[Script]:
    """The scripts of a block list after a key at `key_indent` (`script:` then `- cmd` lines, at the key's own
    indentation or deeper), each item a script: a plain one (its continuation lines folded into one line, as YAML
    reads them), a quoted one, or a block scalar (`- |`, `- >`)."""
    found: list[Script] = []
    position = start
    column = -1  # the items' dashes' column, once the first is seen
    while position < len(text):
        line_end = text.find("\n", position)
        line_end = len(text) if line_end == -1 else line_end
        line = text[position:line_end]
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            position = line_end + 1
            continue
        item = _ITEM.fullmatch(line)
        indent = len(line) - len(line.lstrip(" "))
        if item is None or indent < key_indent or (column >= 0 and indent != column):
            break
        column = indent
        value_start = position + item.start(2)
        value = item.group(2).rstrip()
        if _BLOCK_HEADER.fullmatch(value) is not None:
            script = _scalar(text, value, value_start, line_end, indent)
            if script is not None:
                found.append(script)
        end = _deeper_lines(text, line_end + 1, indent)
        end = line_end if end <= line_end + 1 else end  # (the item's own line, when no deeper line follows it)
        if _BLOCK_HEADER.fullmatch(value) is not None:
            position = end + 1
            continue
        if value and value[0] in "\"'":
            quoted = quoted_scalar(text, value_start, end)
            if quoted is not None:
                found.append(quoted)
        elif value and value[0] not in "&*!#[{":
            found.append((value_start, _folded(text[value_start:end])))
        position = end + 1
    return found


#: A double-quoted YAML scalar's one-character escapes (YAML 1.2, 5.7), and its numbered ones' digits.
_YAML_ESCAPES = {"0": "\0", "a": "\a", "b": "\b", "t": "\t", "\t": "\t", "n": "\n", "v": "\v", "f": "\f", "r": "\r",
                 "e": "\x1b", " ": " ", '"': '"', "/": "/", "\\": "\\", "N": "\x85", "_": "\xa0", "L": "\u2028",
                 "P": "\u2029"}
_YAML_NUMBERED = {"x": 2, "u": 4, "U": 8}
_HEX = frozenset("0123456789abcdefABCDEF")
#: What may follow a quoted scalar on its closing line: spaces, then a comment or nothing.
_AFTER_SCALAR = re.compile(r"[ \t]*(?:#[^\r\n]*)?(?:\r?\n|\Z)")


#: A flow sequence's plain item: up to its comma or closing bracket, on its line.
_FLOW_PLAIN = re.compile(r"[^,\[\]{}#\r\n'\"][^,\[\]{}\r\n]*")
#: What may follow a flow sequence's item: spaces, then its comma or the closing bracket.
_FLOW_NEXT = re.compile(r"[ \t]*(?:\r?\n[ \t]*)*([,\]])")


def _flow_items(text: str, start: int, limit: int) -> list[Script]:
    """The scripts of a flow sequence opening at `start` (`[`) and closing before `limit`: its quoted items (as YAML
    reads them) and one-line plain ones; none when it holds anything else (a nested collection, an alias)."""
    found: list[Script] = []
    i = start + 1
    while i < limit:
        while i < limit and text[i] in " \t\r\n":
            i += 1
        if i >= limit or text[i] == "]":
            return found
        if text[i] in "\"'":
            quoted = quoted_scalar(text, i, limit, flow=True)
            if quoted is None:
                return []
            found.append(quoted)
            i = quoted[0][-1] + 1
        elif (plain := _FLOW_PLAIN.match(text, i, limit)) is not None:
            found.append((i, plain.group().rstrip()))
            i = plain.end()
        else:
            return []
        after = _FLOW_NEXT.match(text, i, limit)
        if after is None:
            return []
        i = after.end()
        if after.group(1) == "]":
            return found
    return []


def quoted_scalar(text: str, start: int, limit: int, *, flow: bool = False) -> tuple[list[int], str] | None:
    """The value of the quoted YAML scalar opening at `start` (`"…"`, `'…'`) and closing before `limit`, as YAML reads
    it (escapes; `''` a single quote; a line break folded into a space, or one newline per empty line after it), with
    each character's file offset (a folded break's: the break's) and its closing quote's. None when it does not close
    there, something follows it on its line (`flow`: an item of a flow sequence, whose comma or bracket its caller
    reads), or it writes an escape YAML has not. One pass, each character once."""
    quote = text[start]
    chars: list[str] = []
    where: list[int] = []
    i = start + 1
    while i < limit:
        char = text[i]
        if char == quote:
            if quote == "'" and text.startswith("''", i):
                chars.append("'")
                where.append(i)
                i += 2
                continue
            if not flow and _AFTER_SCALAR.match(text, i + 1) is None:
                return None
            where.append(i)
            return where, "".join(chars)
        if char == "\\" and quote == '"':
            escape = text[i + 1] if i + 1 < limit else ""
            if (length := _break(text, i + 1)) > 0:  # an escaped line break: the lines joined, the next one's indentation dropped
                i = _line_content(text, i + 1 + length, limit)
                continue
            if escape in _YAML_ESCAPES:
                chars.append(_YAML_ESCAPES[escape])
                where.append(i)
                i += 2
                continue
            digits = text[i + 2:i + 2 + _YAML_NUMBERED.get(escape, 0)]
            if not digits or len(digits) != _YAML_NUMBERED[escape] or not _HEX.issuperset(digits) \
                    or int(digits, 16) > 0x10FFFF:
                return None
            chars.append(chr(int(digits, 16)))
            where.append(i)
            i += 2 + len(digits)
            continue
        if (length := _break(text, i)) > 0:  # folded: the spaces written before it dropped, then one space or a newline an empty line
            while chars and chars[-1] in " \t" and text[where[-1]] in " \t":
                chars.pop()
                where.pop()
            next_line = _line_content(text, i + length, limit)
            breaks = [i]
            while next_line < limit and (length := _break(text, next_line)) > 0:
                breaks.append(next_line)
                next_line = _line_content(text, next_line + length, limit)
            folded = [" "] if len(breaks) == 1 else ["\n"] * (len(breaks) - 1)
            chars.extend(folded)
            where.extend(breaks[-len(folded):])
            i = next_line
            continue
        chars.append(char)
        where.append(i)
        i += 1
    return None


def _break(text: str, at: int) -> int:
    """How long the line break at `at` is: 1 (LF), 2 (CRLF: a Windows checkout's), 0 for none."""
    return 1 if text.startswith("\n", at) else 2 if text.startswith("\r\n", at) else 0


def _folded(lines: str) -> str:
    """Lines as one line to the shell, each break (CRLF too) written as spaces: the same length, at the same places."""
    return lines.replace("\r\n", "  ").replace("\n", " ")


def _line_content(text: str, start: int, limit: int) -> int:
    """Where a line's content starts after its indentation (spaces and tabs from `start`, up to `limit`)."""
    while start < limit and text[start] in " \t":
        start += 1
    return start


def template_syntax(service: str | None) -> re.Pattern[str] | None:
    """What a pipeline's service (kinds.ci_service's description; None: a GitHub workflow) fills in before its shell
    runs besides `${{ … }}`: its TEMPLATES (None: nothing more)."""
    for word, pattern in TEMPLATES.items():
        if service is not None and word in service:
            return pattern
    return None


def _filled_in(text: str, syntax: re.Pattern[str] | None, start: int = 0, end: int | None = None) -> bool:
    """Whether the text (from `start` to `end`) holds a `${{` or a match of the service's `syntax`."""
    end = len(text) if end is None else end
    return text.find("${{", start, end) >= 0 or (syntax is not None and syntax.search(text, start, end) is not None)


def _unknown_expressions(script: str, expressions: list[str] | None = None,
                         syntax: re.Pattern[str] | None = None) -> str:
    """The script with each `${{ … }}` (and each match of the CI service's `syntax`, template_syntax) written as an
    unknown value of the same length, as the shell reader reads one: GitHub (the service) fills it in before the shell
    runs, so it is unknown text wherever it stands. Inside single quotes (a JSON body, where it may stand bare) it is
    the reader's `{{$…}}` hole (one too narrow for it, `$(x)`, closes the quotes around an expansion: `'$_'`);
    elsewhere a parameter expansion, `${…}`. Each is named for its place in `expressions` (`${__3____}`), to which it
    is added, where its width leaves room: the unknown value it becomes is then shown as written
    (_written_expressions)."""
    if not _filled_in(script, syntax):
        return script
    out: list[str] = []
    quote = ""  # the quote the scan is inside: ', " or none
    pending: list[tuple[str, bool, bool]] = []  # here-documents opened on this line: delimiter, quoted, `<<-`
    body: tuple[str, bool, bool] | None = None  # the here-document the scan is in (its quotes are its text)
    arithmetic = -1  # where the arithmetic command the scan is in ends
    scanned = 0  # where the last look for one's end stopped (none looked for again before it: linear)
    i = 0
    while i < len(script):
        if body is not None and (i == 0 or script[i - 1] == "\n"):  # a line of a here-document: its delimiter's?
            line_end = script.find("\n", i)
            line_end = len(script) if line_end < 0 else line_end
            line = script[i:line_end].rstrip("\r")
            if (line.lstrip("\t") if body[2] else line) == body[0]:
                out.append(script[i:line_end])
                i = line_end
                body = pending.pop(0) if pending else None
                continue
        expression_end = _expression_end(script, i) if script.startswith("${{", i) else None
        if expression_end is None and syntax is not None and script[i] in "$<" \
                and (match := syntax.match(script, i)) is not None:
            expression_end = match.end()
        if expression_end is not None:
            expression = script[i:expression_end]
            width = len(expression)
            # (a quoted here-document's text is as written, as a single-quoted one's: the reader's hole stands there)
            literal = body[1] if body is not None else quote == "'"
            room = width - 5 if literal else width - 3
            name = "_" * room
            if expressions is not None and len(named := _BLANK_PREFIX + _base36(len(expressions))) <= room:
                name = named.ljust(room, "_")
                expressions.append(_shown(expression))
            if room < 0 and body is None:  # (only `$(x)`, `$[x]` in single quotes: 4 characters)
                out.append("'$_'")
            elif room < 0:  # (in a quoted here-document: no hole fits, no quote closes; a value that is no text)
                out.append("{{}}" if width == 4 else expression)  # (a Postman-style variable: unknown)
            else:
                out.append("{{$" + name + "}}" if literal else "${" + name + "}")
            i = expression_end
            continue
        char = script[i]
        if body is not None:
            out.append(char)
            i += 1
            continue
        if char == "$" and quote != "'" and script.startswith("$((", i) \
                and (arithmetic_end := curl.expansion_end(script, i)) is not None \
                and not _filled_in(script, syntax, i, arithmetic_end):  # (`$((1<<2))` opens no document)
            out.append(script[i:arithmetic_end])
            i = arithmetic_end
            continue
        if char == "(" and not quote and i >= scanned and (i == 0 or script[i - 1] in _COMMAND_START):
            end, scanned = curl.arithmetic_command_end(script, i)  # (`(( N << 1 ))`: a shift, no here-document)
            arithmetic = -1 if end is None else end
        if char == "\n" and not quote and pending:  # the here-documents' bodies start on the next line
            body = pending.pop(0)
        elif char == "<" and not quote and i >= arithmetic and (opening := curl._HEREDOC.match(script, i)) is not None \
                and (name_match := curl._DELIMITER.match(script, opening.end())) is not None:
            raw = name_match.group()
            pending.append((re.sub(r"""\\(.)|['"]""", r"\1", raw), any(c in raw for c in "'\"\\"),
                            script.startswith("<<-", i)))
            out.append(script[i:name_match.end()])
            i = name_match.end()
            continue
        if char == "\\" and quote != "'":
            out.append(script[i:i + 2])
            i += 2
            continue
        if char == "#" and not quote and (i == 0 or script[i - 1] in " \t\n;"):  # a comment (`# don't`) to its line's end
            end = script.find("\n", i)
            end = len(script) if end == -1 else end
            out.append(script[i:end])
            i = end
            continue
        if char in "'\"" and quote in ("", char):
            quote = "" if quote else char
        out.append(char)
        i += 1
    return "".join(out)


#: What an arithmetic command `((` follows (a command's start, `if ((`, `for ((`): no here-document opens in it.
_COMMAND_START = frozenset(" \t\n;&|!")


def _expression_end(script: str, start: int) -> int | None:
    """Where the GitHub expression `${{ … }}` opening at `start` ends (None: not within _EXPRESSION_LENGTH): at the
    first `}}` outside its strings (`'…'`, `''` a quote in one: `fromJSON('{"a": "}}"}')` holds one), on any line (a
    folded `run: >` joins its lines). Linear: each character passed once."""
    end = min(len(script), start + _EXPRESSION_LENGTH)
    at = start + 3
    while True:
        close, quote = script.find("}}", at, end), script.find("'", at, end)
        if quote < 0 or 0 <= close < quote:
            return close + 2 if close >= 0 else None
        at = quote + 1  # (a string: up to its closing quote, a quote followed by none)
        while (at := script.find("'", at, end)) >= 0 and script.startswith("''", at):
            at += 2
        if at < 0:
            return None
        at += 1


def _shown(expression: str) -> str:
    """An expression as a message quotes it: as GitHub reads it, each run of spaces outside its strings one space (a
    folded line's break and indentation: `${{ vars.FLOW_ID }}`, not the indentation of the line it went on to)."""
    return _EXPRESSION_PART.sub(lambda part: part.group() if part.group().startswith("'") else " ", expression)


def extract_with_python(text: str, *, ci: bool = False, service: str | None = None
                        ) -> tuple[list[LaunchRequest], list[tuple[str, Runs]]]:
    """The curl launches of the workflow's steps (extract; `ci`: of another CI service's configuration, `service`
    naming it as kinds.ci_service does), and the Python code they run written exactly (curl.python_code), but for code
    holding a `${{ … }}` expression (or the service's own template syntax): GitHub (the service) fills it in, so its
    text is not known."""
    expressions: list[str] = []
    syntax = template_syntax(service)
    found = scripts(text, ci=ci)
    environments = step_environments(text, found, expressions, service) if not ci or service else []
    found = _env_filled(found, environments) if not ci else found
    requests, code = curl.scripts_with_python([(start, _unknown_expressions(script, expressions, syntax))
                                               for start, script in found], environments)
    if not ci:  # (a step run in Python: `shell: python`)
        code = [*code, *python_steps(text)]
    return _written_expressions(requests, expressions), [(python, where) for python, where in code
                                                         if not _filled_in(text, syntax, where[0], where[-1])]


#: Why foreign_scripts says a step runs in Python (`shell: python`, `shell: python3 {0}`): GitHub runs its script so.
_PYTHON_STEP = re.compile(r"it runs in `(?:\S*/)?python3?(?:\.\d+)?(?: \{0\})?`")


def python_steps(text: str) -> list[tuple[str, Runs]]:
    """The scripts of a GitHub workflow's `run:` steps that run in Python (`shell: python`), each with where its
    characters are (and one past its end): read by the Python reader, as the Python a shell step runs is
    (curl.python_code)."""
    if "python" not in text:
        return []
    other = foreign_scripts(text)
    starts = [start for start, _, _ in other]
    found: list[tuple[str, Runs]] = []
    for match in _RUN.finditer(text):
        script = _scalar(text, match.group(2), match.start(2), match.end(), len(match.group(1).expandtabs()))
        if script is None:
            continue
        why = in_foreign(other, starts, span_of(script)[0]) if other else None
        if why is None or _PYTHON_STEP.match(why) is None:
            continue
        at = script[0]
        if isinstance(at, int):
            where = Runs()
            where.add(at, len(script[1]) + 1)
        else:  # (each character's place, and one past its end: a block's lines without their indentation)
            where = at if isinstance(at, Runs) else Runs.of(at)
        found.append((script[1], where))
    return found


def extract(text: str) -> list[LaunchRequest]:
    """The curl launches of the workflow's steps: each script read where it is written (the rest of the file is
    YAML, never blanked and read again as shell)."""
    expressions: list[str] = []
    found = scripts(text)
    environments = step_environments(text, found, expressions)
    found = _env_filled(found, environments)
    requests = curl.extract_scripts([(start, _unknown_expressions(script, expressions)) for start, script in found],
                                    environments)
    return _written_expressions(requests, expressions)


#: The actions whose steps set no variable a workflow names for its own use: GitHub's own checkout, cache, artifacts and
#: setup actions (`actions/setup-python`), which export only names of their own (`pythonLocation`). Any other action may
#: set any (`core.exportVariable`: `actions/github-script` runs the workflow's own code; an action loading a dotenv
#: file) for the steps after it.
_OWN_ACTIONS = re.compile(r"\s*actions/(?:checkout|cache|upload-artifact|download-artifact|setup-[\w-]+)@")
#: A YAML scalar's tag when it is a string (a number or `true` is sent as GitHub writes it, which is not told here).
_STRING_TAG = "tag:yaml.org,2002:str"


#: A script's use of a variable, `$NAME` or `${NAME…`; a mapping key (`NAME:`, at a line's start or in a flow mapping).
_NAME_USE = re.compile(r"\$(?:([A-Za-z_]\w*)|\{([A-Za-z_]\w*))")
_KEY_LINE = re.compile(r"(?:^[ \t]*|[{,][ \t]*)[\"']?([A-Za-z_]\w*)[\"']?[ \t]*:", re.M)


def step_environments(text: str, found: list[Script], expressions: list[str], service: str | None = None
                      ) -> list[curl.Environment]:
    """The variables each step's script (`found`, scripts' order) starts with, as the file writes them: a GitHub
    workflow's (or composite action's) step `env:` over its job's over the workflow's; a CircleCI job's run step
    `environment:` over its job's (`service`: kinds.ci_service's description; no other service's are certain: GitLab's
    project variables win over its file's). The most specific wins. Each value is a word where it is written, each
    `${{ … }}` (or the service's own template, `<< parameters.x >>`) in it an unknown part (named in `expressions`, as
    _unknown_expressions names them). A name is left out (unknown, unless the script sets it) whose value is no string
    written as itself (a number, an alias merge, an escape the offsets cannot follow), under an `env:` that is an
    expression, or when an earlier step may have changed it: a job's or the workflow's after a step writing
    `$GITHUB_ENV` or using an action other than GitHub's own; any after a CircleCI step writing `$BASH_ENV` (sourced at
    each step's start) or running an orb's or a reusable command. Nothing when the file is no YAML or names none."""
    import yaml

    circleci = service is not None and "CircleCI" in service
    gitlab = service is not None and "GitLab" in service
    if (service is not None and not circleci and not gitlab) or not found or (
            "env" not in text and "environment" not in text and (not gitlab or "variables" not in text)):
        return []
    used = {use.group(1) or use.group(2) for _, script in found if "curl" in script
            for use in _NAME_USE.finditer(script)}
    used.update(use.group(1) for _, script in found if "curl" in script for use in _ENV_EXPRESSION.finditer(script))
    if used.isdisjoint(match.group(1) for match in _KEY_LINE.finditer(text)):
        return []  # (no script names a variable the file may set: its YAML not read again)
    root = yaml_root(text) or yaml_root(_plain_values_blanked(text))
    if not isinstance(root, yaml.MappingNode):
        return []
    syntax = template_syntax(service)
    spans = _circleci_spans(text, root, expressions, syntax) if circleci else _gitlab_spans(
        text, root, expressions, syntax) if gitlab else _workflow_spans(text, root, expressions)
    if not spans:
        return []
    spans.sort(key=lambda span: span[0])
    starts = [start for start, _, _ in spans]
    environments: list[curl.Environment] = []
    for script in found:
        at = span_of(script)[0]
        index = bisect.bisect_right(starts, at) - 1
        environments.append(spans[index][2] if index >= 0 and at < spans[index][1] else {})
    return environments


#: A GitHub expression naming a variable of the `env` context alone (`${{ env.BODY }}`), its name group 1.
_ENV_EXPRESSION = re.compile(r"\$\{\{[ \t]*env\.([A-Za-z_][A-Za-z0-9_-]*)[ \t]*\}\}")
#: How many characters the `${{ env.X }}` a file's scripts write may add up to, filled in (bounded work on hostile input).
_FILLED_BUDGET = 1 << 20


def _env_filled(found: list[Script], environments: list[curl.Environment]) -> list[Script]:
    """The scripts with each `${{ env.NAME }}` whose variable the step's `env:` (step_environments) sets to text written
    as itself filled in with it, as GitHub does before the shell runs: its characters where the `env:` writes them (a
    body `-d '${{ env.BODY }}'` is then read there). One holding an expression, or past _FILLED_BUDGET, stays unknown."""
    budget = _FILLED_BUDGET
    filled: list[Script] = []
    for index, (where, script) in enumerate(found):
        environment = environments[index] if index < len(environments) else {}
        if not environment or "env." not in script:
            filled.append((where, script))
            continue
        offsets = range(where, where + len(script) + 1) if isinstance(where, int) else where
        chars: list[str] = []
        moved: list[int] = []
        last = 0
        for match in _ENV_EXPRESSION.finditer(script):
            value = environment.get(match.group(1))
            if value is None or "{{$" in value.text or len(value.text) > budget:
                continue
            budget -= len(value.text)
            chars += [script[last:match.start()], value.text]
            moved += [*offsets[last:match.start()], *value.where]
            last = match.end()
        if not chars:
            filled.append((where, script))
            continue
        chars.append(script[last:])
        moved += offsets[last:]
        filled.append((moved, "".join(chars)))
    return filled


#: A step's script where it is written (its value's start and end), and the variables it starts with.
_Span = tuple[int, int, dict[str, curl.Word]]


def _workflow_spans(text: str, root: yaml.MappingNode, expressions: list[str]) -> list[_Span]:
    """Each `run:` step's variables in a GitHub workflow or composite action (step_environments)."""
    import yaml

    named = _pairs(root)
    workflow = _environment(text, named.get("env"), {}, expressions)
    groups: list[tuple[dict[str, curl.Word], object]] = []  # a job's (or composite action's) variables, its steps
    jobs = named.get("jobs")
    if isinstance(jobs, yaml.MappingNode):
        for _, job in jobs.value:
            if isinstance(job, yaml.MappingNode):
                job_named = _pairs(job)
                groups.append((_environment(text, job_named.get("env"), workflow, expressions), job_named.get("steps")))
    runs = named.get("runs")
    if isinstance(runs, yaml.MappingNode):
        groups.append((workflow, _pairs(runs).get("steps")))
    spans: list[_Span] = []
    budget = [_FILLED_BUDGET]  # (what `${{ env.X }}` in steps' values may add up to, filled in)
    for outer, steps in groups:
        if not isinstance(steps, yaml.SequenceNode):
            continue
        for step in steps.value:
            if not isinstance(step, yaml.MappingNode):
                continue
            step_named = _pairs(step)
            run, uses = step_named.get("run"), step_named.get("uses")
            if isinstance(run, yaml.ScalarNode):
                spans.append((run.start_mark.index, run.end_mark.index,
                              _environment(text, step_named.get("env"), outer, expressions, context=budget)))
                if "GITHUB_ENV" in text[run.start_mark.index:run.end_mark.index]:
                    outer = {}  # (what it writes is set for the steps after it)
            elif uses is not None and not (isinstance(uses, yaml.ScalarNode) and _OWN_ACTIONS.match(str(uses.value))):
                outer = {}
    return spans


#: CircleCI's built-in steps that set no variable (every other step but a `run` may: an orb's command, a reusable one).
_CIRCLECI_QUIET_STEPS = frozenset({"checkout", "setup_remote_docker", "save_cache", "restore_cache", "store_artifacts",
                                   "store_test_results", "persist_to_workspace", "attach_workspace", "add_ssh_keys"})


def _circleci_spans(text: str, root: yaml.MappingNode, expressions: list[str], syntax: re.Pattern[str] | None
                    ) -> list[_Span]:
    """Each `run` step's variables in a CircleCI configuration's jobs (step_environments)."""
    import yaml

    jobs = _pairs(root).get("jobs")
    spans: list[_Span] = []
    for _, job in jobs.value if isinstance(jobs, yaml.MappingNode) else []:
        if not isinstance(job, yaml.MappingNode):
            continue
        job_named = _pairs(job)
        steps = job_named.get("steps")
        known = True  # no earlier step may have changed a variable
        outer = _environment(text, job_named.get("environment"), {}, expressions, syntax)
        for step in steps.value if isinstance(steps, yaml.SequenceNode) else []:
            name = step if isinstance(step, yaml.ScalarNode) else step.value[0][0] if isinstance(
                step, yaml.MappingNode) and len(step.value) == 1 else None
            run = step.value[0][1] if isinstance(step, yaml.MappingNode) and len(step.value) == 1 else None
            if not isinstance(name, yaml.ScalarNode) or (name.value != "run" and name.value not in _CIRCLECI_QUIET_STEPS):
                known = False
            elif name.value == "run" and run is not None:
                own = _pairs(run).get("environment") if isinstance(run, yaml.MappingNode) else None
                if known:
                    spans.append((run.start_mark.index, run.end_mark.index,
                                  _environment(text, own, outer, expressions, syntax)))
                if "BASH_ENV" in text[run.start_mark.index:run.end_mark.index]:
                    known = False  # (what it writes is sourced at each later step's start, over any `environment:`)
    return spans


#: A GitLab CI configuration's top-level keys that are no job.
_GITLAB_GLOBAL_KEYS = frozenset({"default", "include", "stages", "variables", "workflow", "image", "services", "cache",
                                 "before_script", "after_script", "spec", "types"})


def _gitlab_spans(text: str, root: yaml.MappingNode, expressions: list[str], syntax: re.Pattern[str] | None
                  ) -> list[_Span]:
    """Each job's variables in a GitLab CI configuration: its `variables:` over the file's, each only a default
    (curl.DefaultWord: a project's, group's, schedule's or pipeline's variable of the name wins over the file's). None
    where another file's may be merged in (an `include:`, a job's `extends:` or a hidden template job's `.x`, whose
    jobs' own may differ), and none for a value GitLab expands (holding a `$`) or fills in (`$[[ inputs.x ]]`)."""
    import yaml

    named = _pairs(root)
    if "include" in named:
        return []
    outer = _gitlab_variables(text, named.get("variables"), {}, expressions, syntax)
    spans: list[_Span] = []
    for key, job in root.value:
        if not isinstance(key, yaml.ScalarNode) or not isinstance(job, yaml.MappingNode) \
                or str(key.value) in _GITLAB_GLOBAL_KEYS or str(key.value).startswith("."):
            continue
        job_named = _pairs(job)
        if "extends" not in job_named:
            spans.append((job.start_mark.index, job.end_mark.index,
                          _gitlab_variables(text, job_named.get("variables"), outer, expressions, syntax)))
    return spans


def _gitlab_variables(text: str, node: object, outer: dict[str, curl.Word], expressions: list[str],
                      syntax: re.Pattern[str] | None) -> dict[str, curl.Word]:
    """The defaults a GitLab `variables:` writes over `outer`'s (_gitlab_spans): a name's value a string, or a
    mapping's `value:` (`{value: …, description: …}`); a name whose value is no string written as itself, or is
    expanded or filled in, is left out (unknown)."""
    import yaml

    if node is None:
        return outer
    if not isinstance(node, yaml.MappingNode):
        return {}
    merged = dict(outer)
    for key, value in node.value:
        if not isinstance(key, yaml.ScalarNode) or key.value == "<<":
            return {}
        if isinstance(value, yaml.MappingNode):
            value = _pairs(value).get("value")
        word = _environment_word(text, value, expressions, syntax)
        if word is None or "$" in word.text:  # (an expression or template is a `{{$…}}` hole)
            merged.pop(str(key.value), None)
            continue
        merged[str(key.value)] = curl.DefaultWord.written(word.text, word.where)
    return merged


def _pairs(node: yaml.MappingNode) -> dict[str, yaml.Node]:
    """A mapping node's members by their plain keys (a key that is no scalar left out)."""
    import yaml

    return {str(key.value): value for key, value in node.value if isinstance(key, yaml.ScalarNode)}


def _environment(text: str, node: object, outer: dict[str, curl.Word], expressions: list[str],
                 syntax: re.Pattern[str] | None = None, *, context: list[int] | None = None) -> dict[str, curl.Word]:
    """The variables an `env:` (`node`; None: none) sets over `outer`'s (step_environments); `context` (what is left
    of the characters they may add up to): a step's, whose values may name `outer`'s (`URL: ${{ env.BASE }}/…`:
    GitHub's `env` context)."""
    import yaml

    if node is None:
        return outer
    if not isinstance(node, yaml.MappingNode):
        return {}  # (an expression: any name may be set, to anything)
    merged = dict(outer)
    for key, value in node.value:
        if not isinstance(key, yaml.ScalarNode) or key.value == "<<":
            return {}  # (a merge's names are not told here)
        word = _environment_word(text, value, expressions, syntax, (outer, context) if context is not None else None)
        if word is None:
            merged.pop(str(key.value), None)
        else:
            merged[str(key.value)] = word
    return merged


def _environment_word(text: str, node: object, expressions: list[str], syntax: re.Pattern[str] | None = None,
                      context: tuple[dict[str, curl.Word], list[int]] | None = None) -> curl.Word | None:
    """An `env:` value as a shell word where it is written, its `${{ … }}` expressions (and what the service's `syntax`
    fills in) unknown parts, but a `${{ env.NAME }}` of a `context` variable written as itself: its text, where that is
    written (while the context's budget lasts); None when it is no string, or its characters are not found in the file
    one by one."""
    import yaml

    if not isinstance(node, yaml.ScalarNode) or node.tag != _STRING_TAG or not node.value:
        return None
    value = str(node.value)
    start, end = node.start_mark.index, node.end_mark.index
    offsets: Sequence[int] | None
    if node.style in ("'", '"'):
        quoted = quoted_scalar(text, start, end, flow=True)
        offsets = quoted[0] if quoted is not None and quoted[1] == value else None
    else:
        offsets = scalar_offsets(text, (start, end), value)
    if offsets is None:
        return None
    word = curl.Word()
    i = 0
    while i < len(value):
        named = _ENV_EXPRESSION.match(value, i) if context is not None else None
        known = context[0].get(named.group(1)) if context is not None and named is not None else None
        if context is not None and named is not None and known is not None and "{{$" not in known.text \
                and len(known.text) <= context[1][0]:
            context[1][0] -= len(known.text)
            for char, at in zip(known.text, known.where, strict=False):
                word.add(char, at)
            i = named.end()
            continue
        close = _expression_end(value, i) if value.startswith("${{", i) else None
        if close is None and syntax is not None and value[i] in "$<" and (template := syntax.match(value, i)) is not None:
            close = template.end()
        if close is None:
            word.add(value[i], offsets[i])
            i += 1
            continue
        expressions.append(_shown(value[i:close]))
        word.add("${" + _BLANK_PREFIX + _base36(len(expressions) - 1) + "}", offsets[i], known=False)
        i = close
    word.end = offsets[-1]
    return word


#: How a blanked expression's name starts (then its place in base 36, then `_`s): no name a script writes, as a rule.
_BLANK_PREFIX = "__"
_BLANK = re.compile(r"\$\{?__([0-9a-z]+)_*\}?")


#: A named blank as it stands inside a longer text: the shell's `${__3____}`, or the hole `{{$__3__}}` in single quotes.
_WRITTEN_BLANK = re.compile(r"\$\{__([0-9a-z]+)_*\}|\{\{\$__([0-9a-z]+)_*\}\}")


def _written(text: str, expressions: list[str]) -> str:
    """The text with each named blank in it written as the expression it stands for (as the workflow writes it:
    `${{ vars.FLOW_ID }}`); one that names none stays."""
    if _BLANK_PREFIX not in text:
        return text

    def expression(blank: re.Match[str]) -> str:
        at = int(blank.group(1) or blank.group(2), 36)
        return expressions[at] if at < len(expressions) else blank.group()

    return _WRITTEN_BLANK.sub(expression, text)


def _written_finding(finding: Finding, expressions: list[str]) -> Finding:
    """A reader's note with each named blank it quotes written as the workflow writes it."""
    return Finding(finding.code, finding.path, _written(finding.message, expressions), _written(finding.help, expressions),
                   finding.target, finding.span, finding.subject, finding.fix)


def _base36(number: int) -> str:
    digits = ""
    while True:
        number, digit = divmod(number, 36)
        digits = "0123456789abcdefghijklmnopqrstuvwxyz"[digit] + digits
        if not number:
            return digits


def _written_expressions(requests: list[LaunchRequest], expressions: list[str]) -> list[LaunchRequest]:
    """The requests with each unknown value a blanked `${{ … }}` became shown as the workflow writes it (a message
    quotes `/${{ vars.FLOW_ID }}`, not the blank the shell reader read), and so each note the reader wrote of one
    (`its body is the file `launch-${{ matrix.env }}.json``)."""
    if not expressions:
        return requests
    for request in requests:
        if any(_BLANK_PREFIX in finding.message or _BLANK_PREFIX in finding.help for finding, _ in request.findings):
            request.findings = [(_written_finding(finding, expressions), where) for finding, where in request.findings]
    seen: set[int] = set()
    stack: list[object] = [(request.url, request.method, request.headers, request.body) for request in requests]
    while stack:
        value = stack.pop()
        if id(value) in seen:
            continue
        seen.add(id(value))
        if isinstance(value, Unknown):
            blank = _BLANK.fullmatch(value.source)
            if blank is not None and (at := int(blank.group(1), 36)) < len(expressions):
                value.source = expressions[at]
            else:  # a blank inside what is unknown (`$(jq --arg f "${__0___}" …)`)
                value.source = _written(value.source, expressions)
        elif isinstance(value, Text):
            stack += value.parts
        elif isinstance(value, Header):
            stack.append(value.value)
        elif isinstance(value, dict):
            stack += value.values()
        elif isinstance(value, (list, tuple)):
            stack += value
    return requests
