"""The environments a .http file may be sent in, as its two clients keep them: JetBrains' HTTP Client
(`http-client.env.json`, and `http-client.private.env.json` for secrets) and VS Code's REST Client (its
`rest-client.environmentVariables` setting in a workspace's `.vscode/settings.json`), found in the file's directory and
each one above it inside the checked tree (boundary.py), each read once while unchanged (module_texts).

Which environment a request is sent in is chosen when it is sent, and the clients rank a file's own `@name = value`
differently: JetBrains' environment variable wins over it, REST Client's loses to it. So a variable is read as one
value only where every reading gives that value (Environments.applied); any other is unknown, and an unknown value
never fails a check. A private file's values are secrets: never read (each name it holds is unknown), so never shown;
nor is a value under a secret's name (a token, a password, a key), and a header never takes an environment's value.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from typing import Any

from .boundary import in_checked_tree
from .document import Limits

JETBRAINS = "http-client.env.json"
JETBRAINS_PRIVATE = "http-client.private.env.json"
_SETTINGS = os.path.join(".vscode", "settings.json")
_REST_CLIENT = "rest-client.environmentVariables"
_SHARED = "$shared"
#: Directories searched above a .http file (a bound: no tree is deeper).
_MOST_LEVELS = 64
#: A name whose value is a secret: never read from an environment, so never shown.
_SECRET_NAME = re.compile(r"secret|passw|pwd|token|key|auth|credential|bearer|cookie|session|signature", re.I)


@dataclass
class Environments:
    """What the environment files around a .http file give each variable name: its one value, or None (unknown:
    environments that differ, a private file's, a secret's name, no plain string)."""

    #: JetBrains': an environment's variable wins over the file's own.
    over_file: dict[str, str | None] = field(default_factory=dict)
    #: REST Client's: the file's own wins over it.
    under_file: dict[str, str | None] = field(default_factory=dict)
    #: A JetBrains environment file that cannot be read as one: any variable of the file may be given another value.
    unreadable: bool = False

    def applied(self, written: dict[str, str]) -> dict[str, str]:
        """A file's own variables (as written) with the environments' put in: one of the file's that a JetBrains
        environment gives another value (or one not known here) is dropped, so unknown; one the file does not write
        is given the one value every environment that has it agrees on (in both clients)."""
        if self.unreadable:
            return {}
        out = {name: value for name, value in written.items()
               if name not in self.over_file or self.over_file[name] == value}
        for name in self.over_file.keys() | self.under_file.keys():
            if name in written:
                continue
            values = {source[name] for source in (self.over_file, self.under_file) if name in source}
            if len(values) == 1 and (value := values.pop()) is not None:
                out[name] = value
        return out


def environments(name: str | None, limits: Limits) -> Environments | None:
    """The environments of the .http file at `name` (None: no environment file around it, or no file name)."""
    if name is None:
        return None
    from .module_texts import module_text

    found = Environments()
    any_found = False
    directory = os.path.dirname(os.path.abspath(name))
    for _ in range(_MOST_LEVELS):
        if not in_checked_tree(directory, limits):
            break
        public, private, settings = (os.path.join(directory, base) for base in (JETBRAINS, JETBRAINS_PRIVATE, _SETTINGS))
        present = [path for path in (public, private) if _exists(path, limits)]
        if present:
            any_found = True
            read = {path: module_text(path, limits) for path in present}
            texts = [read[path].text if path in read and read[path] is not None else "{}"  # type: ignore[union-attr]
                     for path in (public, private)]
            variables = None if None in read.values() else _jetbrains(*texts)
            if variables is None:  # (one that cannot be read, or is no environment file)
                found.unreadable = True
            else:
                _merge(found.over_file, variables)
        if _exists(settings, limits) and (vscode := module_text(settings, limits)) is not None \
                and _REST_CLIENT in vscode.text:
            any_found = True
            _merge(found.under_file, _rest_client(vscode.text))
        parent = os.path.dirname(directory)
        if parent == directory:
            break
        directory = parent
    return found if any_found else None


def _exists(path: str, limits: Limits) -> bool:
    return os.path.isfile(path) and in_checked_tree(path, limits)


def _merge(into: dict[str, str | None], more: dict[str, str | None]) -> None:
    """Another file's variables: a name two files give different values is unknown."""
    for name, value in more.items():
        into[name] = value if into.get(name, value) == value else None


def _jetbrains(public: str, private: str) -> dict[str, str | None] | None:
    """Each variable name of JetBrains' environment files, and the one value every environment that has it gives it
    (None: unknown); None when a file is no environment file (not JSON, not an object of objects)."""
    environments = _parsed(public)
    secrets = _parsed(private)
    if environments is None or secrets is None:
        return None
    values = _agreed(environments.values())
    for variables in secrets.values():
        values.update(dict.fromkeys(variables, None))  # a private file's: never read
    return values


def _rest_client(text: str) -> dict[str, str | None]:
    """Each variable name of REST Client's environments (a named environment's over `$shared`, and `$shared` alone:
    no environment chosen), and the one value they all give it; nothing when the settings are not plain JSON (their
    variables then stay unknown: the file's own win over them anyway)."""
    try:
        settings = json.loads(text)
    except ValueError:
        return {}
    environments = settings.get(_REST_CLIENT) if isinstance(settings, dict) else None
    if not isinstance(environments, dict) or not all(isinstance(variables, dict) for variables in environments.values()):
        return {}
    shared = environments.get(_SHARED, {})
    return _agreed([shared, *({**shared, **variables} for key, variables in environments.items() if key != _SHARED)])


def _parsed(text: str) -> dict[str, dict[str, Any]] | None:
    try:
        value = json.loads(text)
    except ValueError:
        return None
    if not isinstance(value, dict) or not all(isinstance(variables, dict) for variables in value.values()):
        return None
    return value


def _agreed(environments: Any) -> dict[str, str | None]:
    """Each name the environments give a value, and that value when each of them that has it gives the same plain
    string (no `{{…}}`, not a secret's name); else None."""
    values: dict[str, str | None] = {}
    for variables in environments:
        for name, value in variables.items():
            plain = value if isinstance(value, str) and "{{" not in value and not _SECRET_NAME.search(name) else None
            values[name] = plain if values.get(name, plain) == plain else None
    return values
