"""The shell commands of a Google Cloud Build configuration (`cloudbuild.yaml`, `cloudbuild.json`), as its steps run them.

A step runs its `script` (a shell script, as written), or its builder's entrypoint with its `args`: a shell's (`entrypoint:
bash`, `sh`) given `-c` runs the argument after it as a script; curl's (`entrypoint: curl`, or a curl image's own, as
`curlimages/curl`) takes them as its words. Cloud Build fills in its substitutions in `args` first (`$PROJECT_ID`,
`${_FLOW_ID}`; any `$NAME`, which it replaces or refuses): each is an unknown value, never the shell's; `$$` is a `$`
for the shell. A step of another builder is not read (its curl, if any, is no command of this file's). A value the
file's `substitutions:` gives a user-defined one (`_SCHEDULER_URL: https://…`) is its default, which a trigger's or
`gcloud builds submit --substitutions` replace: read as a shell's `${NAME:-…}` default is (also in a `script`, whose
shell gets the substitutions as variables under `automapSubstitutions`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from .curl import DefaultWord, Environment, Word
from .embedded import scalar_offsets
from .host_text import Script, ShellText, filled_in, hole_name, host_word

if TYPE_CHECKING:
    import yaml

#: What Cloud Build fills in (or refuses) in a step's args before it runs: `$NAME`, `${NAME}`; `$$` is a `$`.
_SUBSTITUTION = re.compile(r"\$\$|\$[A-Za-z_]\w*|\$\{[A-Za-z_]\w*\}")
_ESCAPES = {"$$": "$"}
_HOST = "cloudbuild"
_STRING_TAG = "tag:yaml.org,2002:str"
_SHELLS = frozenset({"bash", "sh", "dash", "ash", "zsh", "ksh"})


def scripts(text: str) -> Iterator[Script]:
    """The script of each step read, in file order."""
    for script, _ in _steps(text):
        yield script


def scripts_and_environments(text: str) -> tuple[list[Script], list[Environment]]:
    """Each step's script (scripts), and the variables its shell starts with: its `env` over the build's
    `options.env` (`NAME=value`, each substitution in it unknown); a `secretEnv` name unknown."""
    found = list(_steps(text))
    return [script for script, _ in found], [environment for _, environment in found]


def _steps(text: str) -> Iterator[tuple[Script, Environment]]:
    import yaml

    from .github_actions import node_at, yaml_root

    root = yaml_root(text)
    steps = node_at(root, "steps") if isinstance(root, yaml.MappingNode) else None
    if not isinstance(steps, yaml.SequenceNode):
        return
    options = node_at(root, "options")
    build = _environment(text, node_at(options, "env"), None)
    defaults = _defaults(text, node_at(root, "substitutions"))
    filled = {hole_name(_HOST, "${" + name + "}"): value for name, value in defaults.items()}
    automap = _true(node_at(options, "automapSubstitutions"))
    for step in steps.value:
        if not isinstance(step, yaml.MappingNode):
            continue
        environment = {**filled, **build, **_environment(text, node_at(step, "env"), node_at(step, "secretEnv"))}
        script = node_at(step, "script")
        if isinstance(script, yaml.ScalarNode):
            written = _written(text, script)
            mapped = _true(node_at(step, "automapSubstitutions"), automap)
            if written is not None:
                yield (written[0], written[1]), {**defaults, **environment} if mapped else environment
            continue
        args = node_at(step, "args")
        if not isinstance(args, yaml.SequenceNode) or not all(isinstance(arg, yaml.ScalarNode) for arg in args.value):
            continue
        entrypoint = _base(node_at(step, "entrypoint"))
        image = _base(node_at(step, "name"))
        found = _step_script(text, args.value, entrypoint, image)
        if found is not None:
            yield found, environment


def _environment(text: str, variables: yaml.Node | None, secrets: yaml.Node | None) -> dict[str, Word]:
    """The variables a step's (or the build's) `env` sets, where each value is written; each `secretEnv` name unknown
    (a name whose value cannot be followed is left out: unknown, as any the file does not set)."""
    import yaml

    found: dict[str, Word] = {}
    for item in variables.value if isinstance(variables, yaml.SequenceNode) else []:
        written = _written(text, item) if isinstance(item, yaml.ScalarNode) else None
        if written is not None and (name := re.match(r"([A-Za-z_]\w*)=", written[0])) is not None:
            start = name.end()
            found[name.group(1)] = host_word(written[0][start:], written[1][start:], _SUBSTITUTION, _ESCAPES)
    for item in secrets.value if isinstance(secrets, yaml.SequenceNode) else []:
        if isinstance(item, yaml.ScalarNode) and isinstance(item.value, str):
            start = item.start_mark.index
            found[item.value] = host_word("$" + item.value, [start] * (len(item.value) + 2), _SUBSTITUTION)
    return found


def _defaults(text: str, substitutions: yaml.Node | None) -> dict[str, Word]:
    """The default each user-defined substitution (`_NAME`) is given in the file, as a DefaultWord where it is written:
    one holding a `$` (another substitution's, under `dynamicSubstitutions`) or whose offsets cannot be followed is
    left out (unknown)."""
    import yaml

    found: dict[str, Word] = {}
    for key, value in substitutions.value if isinstance(substitutions, yaml.MappingNode) else []:
        name = key.value if isinstance(key, yaml.ScalarNode) else None
        written = _written(text, value) if isinstance(value, yaml.ScalarNode) and value.tag == _STRING_TAG else None
        if not isinstance(name, str) or not re.fullmatch(r"_[A-Z0-9_]+", name) or written is None or "$" in written[0]:
            continue
        found[name] = DefaultWord.written(*written)
    return found


def _true(node: yaml.Node | None, otherwise: bool = False) -> bool:
    """A boolean option's value as written (`true`), or `otherwise` when it is not written as one."""
    import yaml

    if isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:bool":
        return str(node.value).lower() in ("true", "yes", "on")
    return otherwise


def _step_script(text: str, args: list[yaml.Node], entrypoint: str | None, image: str | None) -> Script | None:
    """What a step's entrypoint runs with its args: the script after a shell's `-c`, or curl's words."""
    written = [_written(text, arg) for arg in args]
    if any(value is None for value in written):
        return None
    values = [value for value in written if value is not None]
    if entrypoint in _SHELLS:
        for index, (value, _) in enumerate(values[:-1]):
            if re.fullmatch(r"-[a-z]*c[a-z]*", value) and all(not later.startswith("-") for later, _ in values[index + 1:index + 2]):
                script, where = values[index + 1]
                return filled_in(_HOST, script, where, _SUBSTITUTION, _ESCAPES)
        return None
    if entrypoint == "curl" or (entrypoint is None and image is not None and image.split(":", 1)[0] == "curl"):
        shell = ShellText(_HOST)
        start = values[0][1][0] if values and values[0][1] else 0
        shell.word("curl", [start] * 4)
        for value, where in values:
            shell.word(value, where, _SUBSTITUTION, _ESCAPES)
        return shell.script()
    return None


def _base(node: yaml.Node | None) -> str | None:
    """The base name of a step's entrypoint or builder image (`/bin/bash`: bash; `gcr.io/cloud-builders/curl`: curl)."""
    import yaml

    if not isinstance(node, yaml.ScalarNode) or not isinstance(node.value, str):
        return None
    return node.value.rsplit("/", 1)[-1].lower()


def _written(text: str, node: yaml.Node) -> tuple[str, Sequence[int]] | None:
    """A string scalar's value and each character's offset in the file (and one past its end), or None when the offsets
    cannot be followed (a folded scalar, an escape)."""
    from .github_actions import quoted_scalar

    value = node.value
    if not isinstance(value, str):
        return None
    start, end = node.start_mark.index, node.end_mark.index
    if getattr(node, "style", None) in ("'", '"'):
        quoted = quoted_scalar(text, start, end + 1, flow=True)
        return (quoted[1], quoted[0]) if quoted is not None and quoted[1] == value else None
    where = scalar_offsets(text, (start, end), value)
    return (value, where) if where is not None else None
