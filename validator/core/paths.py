"""Path containment: whether a path stays inside a tree, the one test every reader and writer applies.

Two ways to leave a tree, both refused: as written (an absolute path, a `..` part) and through a symlink on the way
(judged on the real path: every link followed, every `..` resolved). A tree's roots are compared by their real paths
too, so a project reached through a link is still the project.
"""

from __future__ import annotations

import os


def written_inside(relative: str) -> bool:
    """Whether a path written relative to a root stays in it as written: not absolute (`/x`, `\\x`), no `..` part
    (either separator). Touches no disk; a link on the way is `within`'s to judge."""
    if os.path.isabs(relative) or relative.startswith(("/", "\\")):
        return False
    return ".." not in relative.replace("\\", "/").split("/")


def real_inside(real: str, roots: tuple[str, ...]) -> bool:
    """Whether a real path (links already followed) is one of the `roots` trees or inside one."""
    for root in roots:
        top = os.path.realpath(root)
        if real == top or real.startswith(top.rstrip(os.sep) + os.sep):
            return True
    return False


def within(path: str, roots: tuple[str, ...]) -> bool:
    """Whether a path, every link on it followed, is inside one of the `roots` trees."""
    return real_inside(os.path.realpath(path), roots)

