"""The checked tree's boundary for a file another file names: a Terraform flow's `filepath`, a templatefile() or
file() template, a local another module file declares, a request file's body file (`< ./body.json`).

Such a file is read only inside the paths the run was given (`Limits.body_roots`; none given: `roots`, else the
working directory), judged on its real path: every symlink followed and every `..` resolved, so neither leads out.
A path the user wrote in the project's config (`[flows]`, the contracts directory) is the user's explicit choice and
is held to the project instead (project/config.py). So is a flow's Architect YAML a Terraform file links
(`Limits.flow_roots`): only the flow's declared inputs are taken from it, never a line of it shown, and a file named
alone (the pre-commit hook, the editor) then reads the contract `flowlint check .` reads (review F16); a body or
template file, whose lines a finding shows, stays inside the paths named.
"""

from __future__ import annotations

import os

from ..core.paths import within
from .document import Limits


def checked_tree(limits: Limits) -> tuple[str, ...]:
    """The directories a file named by another file may be read from."""
    return limits.body_roots or limits.roots or (os.getcwd(),)


def in_checked_tree(path: str, limits: Limits) -> bool:
    """Whether `path` (symlinks followed, `..` resolved) lies inside the checked tree."""
    return within(path, checked_tree(limits))


def flow_tree(limits: Limits) -> tuple[str, ...]:
    """The directories a flow YAML a source links may be read from: the checked tree and the project (flow_roots)."""
    return (*checked_tree(limits), *limits.flow_roots)
