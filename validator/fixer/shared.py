"""Fixes that edit what another module imports: a body bound to a module-level name (`BODY = {...}` in Python,
`export const BODY = {...}`, `module.exports = { BODY }` in JavaScript and TypeScript) that another file of the run
imports (`from launcher import BODY`, `import { BODY } from './launcher'`).

A safe fix is proven on the file it edits; the importer may read what the fix renames (`BODY["flowID"]`), which no
proof of this file sees. Such a fix is unsafe: --fix leaves it (--unsafe-fixes applies it), and the report shows it
as unsafe, naming the importer. Which names a file exports is sources/imports.py's reading of it; which files import
them is asked of the run (`Imported`: run/cross_file.py's Importers), and only for a fix whose edits fall in an
exported binding.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from ..core.diagnostics import Applicability, Diagnostic, Fix
from ..sources import imports

if TYPE_CHECKING:
    from tree_sitter import Node

    from ..sources.code import CodeReader

#: Another file of the run that imports names a file exports: (the file, its kind, its exported names) -> each of
#: those names another file imports, with that file.
Imported = Callable[[str, str, frozenset[str]], dict[str, str]]
#: Which imported name a fix edits, and the file that imports it (None: it edits none).
Shared = Callable[[Fix], tuple[str, str] | None]


#: Nodes whose inside is made anew at each call (a function's body): an edit there is no module-level value's.
_FUNCTIONS = frozenset({"function_definition", "lambda", "arrow_function", "function_expression", "function",
                        "generator_function", "function_declaration", "generator_function_declaration",
                        "method_definition"})


class Exported:
    """Where a file's module-level names another module may import are bound: `spans`, (start, end, name) in
    characters, sorted by start (a name's value, followed through names; each value the file binds it to at its top
    level; for a name exported from inside a statement, `module.exports = {...}` or a Python class, that statement),
    less the functions inside them (`holes`: what a call makes anew)."""

    def __init__(self, reader: CodeReader, kind: str) -> None:
        source = reader.source
        statements = reader.root.named_children
        starts = [statement.start_byte for statement in statements]
        nodes: dict[tuple[int, int, str], Node] = {}
        locals_: dict[str, set[str]] = {}  # a local name -> the names it is exported as
        for name, node in imports.exported(reader, kind):
            top = name.partition(".")[0]
            if node.type in reader.name_types:
                locals_.setdefault(source.raw(node), set()).add(top)
                target = reader.resolve(node)
                if target is not None:
                    nodes[(target.start_byte, target.end_byte, top)] = target
                continue
            at = bisect_right(starts, node.start_byte) - 1
            statement = statements[at] if at >= 0 else node
            nodes[(statement.start_byte, statement.end_byte, top)] = statement
        if locals_:
            for local, value in _top_bindings(reader, kind):
                for top in locals_.get(local, ()):
                    nodes[(value.start_byte, value.end_byte, top)] = value
        self.spans = sorted((*source.offsets(node), name) for (_, _, name), node in nodes.items())
        self.names = frozenset(name for _, _, name in self.spans)
        holes: set[tuple[int, int]] = set()
        seen: set[int] = set()
        for node in nodes.values():
            pending = [node]
            while pending:
                inside = pending.pop()
                if inside.id in seen:
                    continue  # (a statement and a value inside it: walked once)
                seen.add(inside.id)
                if inside.type in _FUNCTIONS:
                    holes.add(source.offsets(inside))
                else:
                    pending.extend(inside.named_children)
        self.holes = sorted(holes)

    def edited(self, start: int, end: int) -> list[str]:
        """The names whose binding an edit of the characters start..end changes (none inside a function there)."""
        at = bisect_right(self.holes, (start, math.inf)) - 1  # the last function starting at or before the edit
        if at >= 0 and self.holes[at][1] >= end:  # (functions inside exported values never overlap: walked once)
            return []
        names = []
        for first, last, name in self.spans:
            if first > start:
                break
            if end <= last:
                names.append(name)
        return names


def _top_bindings(reader: CodeReader, kind: str) -> Iterator[tuple[str, Node]]:
    """(name, value) of each binding of a name at the module's top level: `NAME = value` (Python), `const NAME = value`
    (exported or not) and `NAME = value` (JavaScript)."""
    raw = reader.source.raw
    for statement in reader.root.named_children:
        if statement.type == "export_statement":
            statement = statement.child_by_field_name("declaration") or statement
        if statement.type in ("lexical_declaration", "variable_declaration"):
            for declarator in statement.named_children:
                name = declarator.child_by_field_name("name") if declarator.type == "variable_declarator" else None
                value = declarator.child_by_field_name("value") if declarator.type == "variable_declarator" else None
                if name is not None and value is not None and name.type == "identifier":
                    yield raw(name), value
        elif statement.type == "expression_statement" and statement.named_children:
            assignment = statement.named_children[0]
            if assignment.type not in ("assignment", "assignment_expression"):
                continue
            left, right = assignment.child_by_field_name("left"), assignment.child_by_field_name("right")
            if left is not None and right is not None and left.type == "identifier":
                yield raw(left), right


def shared_in(text: str, kind: str, name: str, max_depth: int, imported: Imported) -> Shared:
    """For the file `name` holding `text`: which name another file imports a fix edits (its edits inside that name's
    binding), and the importer. The file's exports are read only for a safe fix with edits, and the run asked which
    files import them only for one whose edits fall in an exported binding."""
    exported: list[Exported | None] = []
    importers: list[dict[str, str]] = []

    def shared(fix: Fix) -> tuple[str, str] | None:
        if fix.applicability is not Applicability.SAFE or not fix.edits:
            return None
        if not exported:
            exported.append(_exported(text, kind, name, max_depth))
        found = exported[0]
        if found is None:
            return None
        for edit in fix.edits:
            for edited in found.edited(edit.start, edit.end):
                if not importers:
                    importers.append(imported(name, kind, found.names))
                if edited in importers[0]:
                    return edited, importers[0][edited]
        return None
    return shared


def _exported(text: str, kind: str, name: str, max_depth: int) -> Exported | None:
    from ..sources.code import parsed
    from ..sources.extract import reader_for

    try:
        source, tree = parsed(kind, text)
        return Exported(reader_for(kind, source, tree, max_depth, name), kind)
    except Exception:  # a file whose exports cannot be read: none known (its fixes are proven as they are)
        return None


def demoted(diagnostic: Diagnostic, shared: Shared) -> Diagnostic:
    """The diagnostic with its safe fix unsafe when it edits a name another file imports, saying which and where."""
    fix = diagnostic.fix
    found = shared(fix) if fix is not None else None
    if fix is None or found is None:
        return diagnostic
    why = f"unsafe: it edits `{found[0]}`, which {found[1]} imports and may read as it is written now"
    return replace(diagnostic, help=f"{diagnostic.help} ({why})" if diagnostic.help else why,
                   fix=replace(fix, applicability=Applicability.UNSAFE, message=f"{fix.message} ({why})"))
