"""Launch URLs kept in another module of the checked tree (`from .constants import LAUNCH_URL`, Django's
`settings.GENESYS_LAUNCH_URL`, `import { LAUNCH_URL } from './constants'`, `const { URL } = require('./config')`).

A file that launches with such a name holds no endpoint text, so the walk's byte test passes it as quiet. After the
first pass, a run that met a file binding the endpoint to a module-level name (it has an FL011 note saying so) asks
this module for the tree's exports (`definitions`); when there are some, the walked files of the same language family
that write one of those names (`Exports.pattern`) are read again with their imports resolved (`Exports.imported`):
the reader of such a file then gets the imported name's value exactly as if it were a same-file constant.

Nothing is guessed: an import resolves only to a file of the checked tree (relative imports by path; a Python package
import to each file of the tree it may be, `root/a/b.py` for any directory `root` above the importing file; Django's
`settings` only to a module named `settings` or under a `settings/` package of the importing file's own project), never
to anything outside it; a name imported from a module that does not resolve stays unknown, and so does one any of whose
possible modules does not bind it to a launch URL (reads the environment, or binds it again). Where several files
define one name differently, the host is unknown, and the path they all end with still makes it a launch.

A module may pass a name on (`Exports.values`): a barrel's `export { URL } from './constants'` or `export * from
'./constants'`, an `__init__.py`'s `from .constants import URL`, a `from .constants import *`. Each such module is
parsed once, and only one that writes an exported name or takes all of another's; a name it also binds, one `__all__`
may leave out, or one another starred module may bind stays unknown.
"""

from __future__ import annotations

import os
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NamedTuple

from ..core.unknown import Unknown
from ..genesys.paths import near_miss
from .kinds import LAUNCH_MENTION_TEXT, named_kind
from .model import Text
from .urls import platform_near_misses

if TYPE_CHECKING:
    from tree_sitter import Node, Tree

    from .code import CodeReader, SourceText

#: What an exported name holds: a URL with known and unknown parts, or nothing known.
Value = Text | Unknown

#: The kinds whose files import each other's names.
FAMILIES = {"python": "python", "javascript": "js", "typescript": "js", "tsx": "js"}
#: How a JavaScript or TypeScript import names a file it leaves the suffix off.
_JS_SUFFIXES = ("", ".ts", ".tsx", ".js", ".jsx", ".mjs", ".cjs", ".mts", ".cts")
_PY_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def family(kind: str | None) -> str | None:
    """The language family of a source kind whose modules import each other (None: none flowlint follows)."""
    return FAMILIES.get(kind or "")


def path_key(path: str) -> str:
    """A path as the second pass keys files: absolute and normalised."""
    return os.path.normpath(os.path.abspath(path))


def launch_value(value: Value) -> bool:
    """Whether a value names the launch endpoint in its known parts, or a near miss of its path on a Genesys Cloud host
    (`https://api.mypurecloud.com/api/v2/flows/execution`: a launch sent there gets FL308 where it is read)."""
    return isinstance(value, Text) and any(isinstance(part, str) and _launch_path_at(part) is not None
                                           for part in value.parts)


def _launch_path_at(part: str) -> int | None:
    """Where the launch path (from its `/api/`), or a near miss of it written after a Genesys Cloud host, starts in a
    known part of a URL; None when the part holds neither."""
    match = LAUNCH_MENTION_TEXT.search(part)
    if match is not None:
        start = part.rfind("/api/", 0, match.start() + 1)
        return start if start >= 0 else match.start()
    near = next(platform_near_misses(part), None) if "//" in part else None
    return near.start(2) if near is not None else None


def definitions(reader: CodeReader, kind: str) -> dict[str, Value]:
    """The module-level names a parsed file exports bound to a launch URL (or a base and the launch path): each with
    its value as the file's own reader knows it (Unknown parts where it reads the environment)."""
    found: dict[str, Value] = {}
    instantiated: set[str] = set()
    instances: _Instances | None = None
    for name, node in exported(reader, kind):
        target = reader.resolve(node) if node.type in reader.name_types else reader.unwrap(node)
        target = frozen(reader, target) if target is not None else None
        if kind == "python" and target is not None and target.type == "call":  # settings = Settings()
            instances = instances or _Instances(reader)
            made = instances.members(name, node, target)
            if made is not None:
                instantiated.add(made[0])
                for member, value in made[1]:
                    found.setdefault(member, value)
            continue
        if target is not None and target.type in _FUNCTIONS:  # export const launchUrl = (region) => `…`
            _helper(reader, name, target, found)
            continue
        if target is not None and target.type in ("object", "class_definition"):
            enum = target.type == "class_definition" and _enum(reader, target)
            for member, value_node in members(reader, name, target, 0):  # ENDPOINTS.launch, Config.LAUNCH_URL
                value = reader.text(value_node)
                if launch_value(value):
                    found.setdefault(member, value)
                    if enum:  # (an Enum member's value: `Endpoint.LAUNCH.value`)
                        found.setdefault(f"{member}.value", value)
            continue
        value = reader.text(node)
        if launch_value(value):
            found.setdefault(name, value)
    for statement in reader.root.named_children:  # def launch_url(region): return f"…", export function launchUrl(…)
        function = statement.child_by_field_name("declaration") if statement.type == "export_statement" else statement
        named = function.child_by_field_name("name") if function is not None and function.type in _FUNCTIONS else None
        if function is not None and named is not None and (kind != "python" or statement.type == "function_definition"):
            _helper(reader, reader.source.raw(named), function, found)
    if instantiated:  # (a settings class's fields are read through its instance: pydantic's class has no such attribute)
        found = {name: value for name, value in found.items() if name.partition(".")[0] not in instantiated}
    return found


def frozen(reader: CodeReader, node: Node) -> Node:
    """The object literal `Object.freeze({...})` is (it returns the object it is given, its members as written), in
    parentheses or not; any other node as it is."""
    node = reader.unwrap(node)
    if node.type != "call_expression":
        return node
    callee, arguments = node.child_by_field_name("function"), node.child_by_field_name("arguments")
    given = arguments.named_children if arguments is not None else []
    if callee is None or reader.source.raw(callee).replace(" ", "") != "Object.freeze" or len(given) != 1:
        return node
    inner = reader.unwrap(given[0])
    return inner if inner.type == "object" else node


#: The bases that make a Python class an Enum, whose members' `.value` is what its body writes.
_ENUM_BASES = frozenset({"Enum", "StrEnum", "IntEnum", "enum.Enum", "enum.StrEnum", "enum.IntEnum"})


def _enum(reader: CodeReader, definition: Node) -> bool:
    """Whether a class is an Enum by its written bases (`class Endpoint(str, Enum)`, `enum.StrEnum`)."""
    bases = definition.child_by_field_name("superclasses")
    return bases is not None and any(reader.source.raw(base).replace(" ", "") in _ENUM_BASES
                                     for base in bases.named_children)


#: The nodes of a function another module may call to build its launch URL.
_FUNCTIONS = frozenset({"function_definition", "function_declaration", "arrow_function", "function_expression", "function"})


def _helper(reader: CodeReader, name: str, function: Node, found: dict[str, Value]) -> None:
    """A module-level function whose one returned expression is a launch URL (`return f"https://api.{region}/api/v2/
    flows/executions"`): its value, its parameters unknown, is what a call of it in another module gives."""
    returned = reader.returned(function)
    value = reader.text(returned) if returned is not None else None
    if value is not None and launch_value(value) and len(reader.bindings.bound.get((reader.root.id, name), ())) <= 1:
        found.setdefault(name, value)


#: Methods through which a class may set an instance's attributes otherwise than its body's defaults.
_SETTERS = frozenset({"__init__", "__post_init__", "__new__", "__setattr__", "__getattr__", "__getattribute__",
                      "__init_subclass__", "model_post_init"})


#: Words of a method that may set any attribute (`setattr(self, key, value)`, `self.__dict__.update(…)`).
_SETS_ANY = frozenset({b"setattr", b"__dict__", b"vars", b"update", b"object"})


class _Instances:
    """What `definitions` reads of a module once for all its settings instances: the names it writes (not as an
    attribute), its classes, and each class's launch URL defaults."""

    def __init__(self, reader: CodeReader) -> None:
        self.reader = reader
        raw = reader.source.raw
        self.counts = Counter(re.findall(r"(?<![\w.])[A-Za-z_]\w*", reader.source.text))
        self.classes: dict[str, Node] = {}
        for statement in reader.root.named_children:
            inner = statement.child_by_field_name("definition") if statement.type == "decorated_definition" else statement
            if inner is not None and inner.type == "class_definition" and (named := inner.child_by_field_name("name")):
                self.classes[raw(named)] = inner
        self.defaults: dict[str, list[tuple[str, Value, bool]]] = {}  # class -> (attribute, default, from a base?)

    def members(self, name: str, node: Node, call: Node) -> tuple[str, list[tuple[str, Value]]] | None:
        """(class, [(`settings.launch_url`, its value)]) of a module-level instance made with no argument (`settings
        = Settings()`) of a class of the module: each launch URL its class body gives as a default. A class with a
        base (pydantic-settings' BaseSettings reads the environment) gives the path, its host unknown; a member its
        methods or decorators name, or an instance named again in its module, is left out (None: nothing read)."""
        reader = self.reader
        callee, arguments = call.child_by_field_name("function"), call.child_by_field_name("arguments")
        if callee is None or callee.type != "identifier" or arguments is None or arguments.named_children \
                or reader.bindings.is_changed(name, node):
            return None
        cls = reader.source.raw(callee)
        if len(reader.bindings.bound.get((reader.root.id, cls), ())) != 1 or cls not in self.classes:
            return None
        if self.counts[name] != 1:
            return None  # (the instance named again in its module: `settings.load()`, `setattr(settings, …)`)
        if cls not in self.defaults:
            self.defaults[cls] = self._defaults(cls, self.classes[cls])
        return cls, [(f"{name}.{attribute}", _path_only(value, f"{name}.{attribute}") if based else value)
                     for attribute, value, based in self.defaults[cls]]

    def _defaults(self, cls: str, definition: Node) -> list[tuple[str, Value, bool]]:
        reader = self.reader
        raw = reader.source.raw
        body = definition.child_by_field_name("body")
        if body is None:
            return []
        methods = [statement for statement in body.named_children if statement.type in ("function_definition", "decorated_definition")]
        written = set(WORD.findall(" ".join(raw(method) for method in methods).encode()))
        if written & _SETS_ANY or any(
                (function := method.child_by_field_name("definition") if method.type == "decorated_definition" else method)
                is not None and (named := function.child_by_field_name("name")) is not None and raw(named) in _SETTERS
                for method in methods):
            return []  # (any member may be set: none is read)
        bases = definition.child_by_field_name("superclasses")
        based = bases is not None and any(raw(base) != "object" for base in bases.named_children)
        found: list[tuple[str, Value, bool]] = []
        for member, value_node in members(reader, cls, definition, 0):
            attribute = member.partition(".")[2]
            if attribute.encode() in written:
                continue
            value = reader.text(value_node)
            if launch_value(value):
                found.append((attribute, value, based))
        return found


def _path_only(value: Value, shown: str) -> Value:
    """A launch URL whose host may be set otherwise (the environment): its launch path after an unknown host."""
    if not isinstance(value, Text):
        return value
    for at, part in enumerate(value.parts):
        start = _launch_path_at(part) if isinstance(part, str) else None
        if start is not None and isinstance(part, str):
            return Text((Unknown(shown), part[start:], *value.parts[at + 1:]))
    return Unknown(shown)


def members(reader: CodeReader, prefix: str, node: Node, depth: int) -> Iterable[tuple[str, Node]]:
    """(dotted name, value node) of the members of an object literal (nested three deep) or of a Python class body's
    plain assignments: what `ENDPOINTS.launch` or `Config.LAUNCH_URL` reads in another module."""
    raw = reader.source.raw
    if node.type == "class_definition":
        body = node.child_by_field_name("body")
        bound = Counter(_class_bindings(raw, body)) if body is not None else Counter[str]()
        for statement in body.named_children if body is not None else ():
            assignment = statement.named_children[0] if statement.type == "expression_statement" and statement.named_children else None
            left = assignment.child_by_field_name("left") if assignment is not None and assignment.type == "assignment" else None
            right = assignment.child_by_field_name("right") if assignment is not None else None
            if left is not None and left.type == "identifier" and right is not None and bound[raw(left)] == 1:
                yield f"{prefix}.{raw(left)}", right  # (bound again, here or under an `if`: which value is not known)
        return
    for member in node.named_children:
        key = member.child_by_field_name("key") if member.type == "pair" else None
        value = member.child_by_field_name("value") if member.type == "pair" else None
        if key is None or value is None or key.type not in ("property_identifier", "string"):
            continue  # (a spread, a computed key, a method: not followed)
        name = f"{prefix}.{raw(key).strip(chr(39) + chr(34))}"
        if value.type == "object" and depth < 3:
            yield from members(reader, name, value, depth + 1)
        else:
            yield name, value


def _class_bindings(raw: Callable[[Node], str], body: Node) -> Iterable[str]:
    """Each name a class body binds by an assignment, once per binding, at any depth of its own statements (not in a
    method or a nested class)."""
    pending = [body]
    while pending:
        node = pending.pop()
        if node.type in ("assignment", "augmented_assignment"):
            left = node.child_by_field_name("left")
            if left is not None:
                names = [left] if left.type == "identifier" else [n for n in left.named_children if n.type == "identifier"]
                yield from (raw(name) for name in names)
        if node.type not in ("function_definition", "class_definition", "lambda") or node is body:
            pending.extend(node.named_children)


def exported(reader: CodeReader, kind: str) -> Iterable[tuple[str, Node]]:
    """Each module-level name another module may import from the file `reader` reads (source kind `kind`): (the name,
    the node it is bound to, or the name's own node), in the file's order. Python: a top-level `NAME = value` and
    class; JavaScript and TypeScript: `export const`, `export { a as b }`, `export default`, `module.exports = {...}`
    (an object's members as dotted names) and `exports.NAME = value`. Syntax only: nothing is resolved or imported."""
    raw = reader.source.raw
    for statement in reader.root.named_children:
        if kind == "python":
            if statement.type == "class_definition" and (name := statement.child_by_field_name("name")) is not None:
                yield raw(name), statement
                continue
            if statement.type != "expression_statement" or not statement.named_children:
                continue
            assignment = statement.named_children[0]
            left = assignment.child_by_field_name("left") if assignment.type == "assignment" else None
            if left is not None and left.type == "identifier" and assignment.child_by_field_name("right") is not None:
                yield raw(left), left  # the name: its one binding, or unknown when it is bound again
            continue
        if statement.type == "export_statement":
            declaration = statement.child_by_field_name("declaration")
            default = statement.child_by_field_name("value")
            if default is not None:  # export default { genesys: { launchUrl } }, export default config
                yield "default", default
            elif declaration is not None and declaration.type in ("lexical_declaration", "variable_declaration"):
                for declarator in declaration.named_children:
                    name = declarator.child_by_field_name("name") if declarator.type == "variable_declarator" else None
                    if name is not None and name.type == "identifier":
                        yield raw(name), name
            elif statement.child_by_field_name("source") is None:
                for clause in statement.named_children:
                    for specifier in clause.named_children if clause.type == "export_clause" else ():
                        local, alias = specifier.child_by_field_name("name"), specifier.child_by_field_name("alias")
                        if local is not None and local.type == "identifier":
                            yield raw(alias or local), local
        elif statement.type == "expression_statement" and statement.named_children:
            assignment = statement.named_children[0]
            if assignment.type != "assignment_expression":
                continue
            left, right = assignment.child_by_field_name("left"), assignment.child_by_field_name("right")
            target = raw(left).replace(" ", "") if left is not None else ""
            if right is None:
                continue
            right = frozen(reader, right)  # (`module.exports = Object.freeze({…})`, `= ({…})`)
            if target == "module.exports" and right.type == "object":
                for member in right.named_children:
                    if member.type == "shorthand_property_identifier":
                        yield raw(member), member
                    elif member.type == "pair" and (key := member.child_by_field_name("key")) is not None \
                            and key.type in ("property_identifier", "string") and (value := member.child_by_field_name("value")):
                        if value.type == "object":
                            yield from members(reader, raw(key).strip("'\""), value, 1)
                        else:
                            yield raw(key).strip("'\""), value
            elif target.startswith(("exports.", "module.exports.")) and target.count(".") == target.startswith("module.") + 1:
                yield target.rpartition(".")[2], right


@dataclass
class Imported:
    """What one file's module-level imports bring from the tree's exports: names (`LAUNCH_URL`) and modules (`cfg`,
    `settings`, `c`), each with the exported values; asked by its reader for a name it cannot resolve in the file."""

    names: dict[str, Value] = field(default_factory=dict)
    modules: dict[str, dict[str, Value]] = field(default_factory=dict)
    #: Names a `from m import *` brings (Python): theirs only where the file binds the name nowhere in scope.
    starred: dict[str, Value] = field(default_factory=dict)
    #: The exported names this file's reader took a value of: (defining file, name).
    origins: dict[tuple[str, str], list[tuple[str, str]]] = field(default_factory=dict)
    used: set[tuple[str, str]] = field(default_factory=set)
    #: What the reader took at each use, by (line, the expression as written): which launch took which exported name.
    used_at: dict[tuple[int, str], set[tuple[str, str]]] = field(default_factory=dict)

    def value(self, reader: CodeReader, node: Node) -> Value | None:
        """The imported value a name or a module's member (`cfg.LAUNCH_URL`) is here; None when the name is not the
        module-level import (bound again, or shadowed by a local of the same name)."""
        written = reader.source.raw(node)
        line = node.start_point[0] + 1
        starred = False
        if node.type in reader.name_types:
            found = self.names.get(written)
            if found is None and written in self.starred:
                found, starred = self.starred[written], True
            key: tuple[str, str] = ("", written)
        elif node.type in ("attribute", "member_expression"):
            dotted = written.replace(" ", "")
            found, key = self.names.get(dotted), ("", dotted)  # an imported object's member: ENDPOINTS.launch
            if found is None and dotted in self.starred:
                found, starred = self.starred[dotted], True
            at = dotted.find(".")
            while found is None and at > 0:  # a module's (cfg.LAUNCH_URL), or its object's (c.ENDPOINTS.launch)
                owner, member = dotted[:at], dotted[at + 1:]
                table = self.modules.get(owner)
                found, key = (table.get(member) if table is not None else None), (owner, member)
                at = dotted.find(".", at + 1)
            while node.type in ("attribute", "member_expression"):  # the first name of `app.config.URL`
                node = node.child_by_field_name("object") or node
                if node.type not in ("attribute", "member_expression"):
                    break
        else:
            return None
        if found is None or node.type not in reader.name_types:
            return None
        if not (reader.bindings.binder(reader.source.raw(node), node) is None if starred else module_import(reader, node)):
            return None
        self.used.update(self.origins.get(key, ()))
        self.used_at.setdefault((line, written), set()).update(self.origins.get(key, ()))
        return found


def module_import(reader: CodeReader, node: Node) -> bool:
    """Whether a name is, where it is written, the one module-level binding its import makes (not a local, a parameter
    or a name bound again)."""
    name = reader.source.raw(node)
    bindings = reader.bindings
    scope = bindings.binder(name, node)
    return scope is not None and scope.id == reader.root.id and len(bindings.bound.get((scope.id, name), ())) == 1 \
        and not bindings.is_changed(name, node, as_value=True)


#: How many modules deep re-exports are followed within one resolution (a chain of barrels deeper than this is
#: resolved from its deep end: no recursion limit is met).
_DEEP = 48


@dataclass(frozen=True)
class _Plan:
    """What a module's re-export statements say (Exports._plan): each name it binds to another module's (`local`,
    the files of that module, its `member`; None: all of them, `export * as local`), in order; the modules it takes all
    of (`export *`, `from m import *`); whether those are all (no `import *` in a `try`); and, when it takes all of
    one, the names it writes (a name it binds itself is not another's)."""

    takes: list[tuple[str, list[str], str | None]]
    stars: list[list[str]]
    stars_certain: bool
    written: frozenset[str]


class _TooDeep(Exception):
    """A module reached deeper than _DEEP in a chain of re-exports: resolved first, on its own."""

    def __init__(self, module: str) -> None:
        super().__init__(module)
        self.module = module


class Exports:
    """The tree's exported launch URLs, by defining file, and how a file's imports resolve to them."""

    def __init__(self, found: dict[str, dict[str, Value]], modules: Iterable[str] = (),
                 read: Callable[[str], bytes | None] | None = None, *, bodies: bool = False) -> None:
        self.by_file = {path_key(path): values for path, values in found.items() if values}
        #: A module's bytes (None: not readable), for what it re-exports; without it, re-exports are not followed.
        self._read = read
        #: Whether `found` names any module-level binding (which files import a body a fix edits), not only launch URLs:
        #: then `from m import *` takes each name whatever its value, and a module's own names are not looked for among
        #: what it re-exports.
        self._bodies = bodies
        self._tables: dict[str, dict[str, Value]] = {}  # module -> its exports, its own and re-exported: made once
        self._origins: dict[tuple[str, str], list[tuple[str, str]]] = {}  # (module, name) -> the defining (file, name)
        self._visiting: set[str] = set()
        #: A module whose re-exports a chain deeper than _DEEP interrupted -> its text and parse, until its table is made.
        self._interrupted: dict[str, _Plan] = {}
        self._words: dict[str, frozenset[bytes] | None] = {}
        self._bytes: dict[str, bytes | None] = {}  # each file's bytes, once read (read_bytes)
        #: How many modules were parsed for their re-exports (a work count, for the tests).
        self.parses = 0
        self._named: re.Pattern[bytes] | None = None
        self._configs: dict[str, _Aliases | None] = {}  # directory -> its nearest config's path aliases
        self._top: str | None = None  # the directory holding the tree's files
        self._base_urls: dict[str, dict[str, Text]] = {}  # defining module -> its names bound to a base URL
        #: Every file of the checked tree: an import may name one that defines no launch URL (its names are unknown).
        self.modules = frozenset(path_key(path) for path in modules) | self.by_file.keys()
        #: The names another module writes to use them: an object's or a class's own name for its members.
        tops = {name.partition(".")[0] for values in self.by_file.values() for name in values}
        #: The words an importing file writes: a default export's members by their own names (`config.launchUrl`).
        self.names = sorted(tops - {"default"} | {name.split(".")[1] for values in self.by_file.values() for name in values
                                                  if name.startswith("default.")})
        self._tops = frozenset(tops)
        self._plain_default = any("default" in values for values in self.by_file.values())  # export default '…'
        #: The names a file exporting a launch URL by default is imported by (`import URL from './launchUrl'`, any local
        #: name): its stem, or its directory's for an index file.
        self._default_stems = sorted({module_stem(path) for path, values in self.by_file.items() if "default" in values} - {""})
        #: The tree's files in a settings module (Django's `settings`: `settings.py`, `settings/*.py`), sorted: those of
        #: one project are a run of them.
        self.settings = sorted(path for path in self.modules
                               if path.endswith(".py") and (os.path.basename(path) == "settings.py"
                                                            or os.path.basename(os.path.dirname(path)) == "settings"))
        #: The files that imported a value, and what they took.
        self.used: set[tuple[str, str]] = set()
        #: What the current file's readers took at each use (Imported.used_at), set by the second pass for each file.
        self.used_at: dict[tuple[int, str], set[tuple[str, str]]] = {}
        #: How many candidate module paths the absolute Python imports looked up (a work count, for the tests).
        self.lookups = 0

    def read_bytes(self, path: str) -> bytes | None:
        """A file's bytes as the run reads them, read once whatever asks (None: not readable, or no reader given)."""
        if path not in self._bytes:
            self._bytes[path] = bytes_read(self._read, path) if self._read is not None else None
        return self._bytes[path]

    def given_bytes(self, path: str, data: bytes) -> None:
        """A file's bytes the caller holds already (a file the second pass reads again, selected by them): not read
        again for what it writes (forget_written) or re-exports."""
        self._bytes[path] = data

    def forget_written(self, files: Iterable[bytes | None]) -> None:
        """Make unknown each exported member (`settings.launch_url`, `default.genesys.launchUrl`) that one of `files`
        (the modules importing the exports) may write: assigned (`settings.launch_url = …`, `s.launch_url = …` under
        any alias, `config.genesys = …`) or set (`setattr(settings, …)`, `Object.assign(config.genesys, …)`). Which
        value a launch then reads depends on the order the modules run in. A write is matched by the member's path
        only, whatever object it is written on: more unknown values, never a guess. One scan of each file."""
        written: set[str] = set()  # member paths written: `launch_url`, `genesys.launchUrl`, `genesys`
        whole: set[str] = set()  # the last name of an object any member of which may be set: `settings`, `genesys`
        for data in files:
            if data is None:
                continue
            for match in _MEMBER_WRITE.finditer(data):
                assigned, target = match.group("assigned"), match.group("target")
                if assigned is not None:
                    parts = re.sub(rb"\s", b"", assigned).decode("utf-8", "replace").split(".")
                    written.update(".".join(parts[at:]) for at in range(1, len(parts)))
                elif target is not None:
                    parts = re.sub(rb"\s", b"", target).decode("utf-8", "replace").split(".")
                    member = match.group("member") or match.group("quoted")
                    if member is not None:
                        written.update(".".join([*parts[at:], member.decode("utf-8", "replace")])
                                       for at in range(1, len(parts) + 1))
                    else:
                        whole.add(parts[-1])
                        written.update(".".join(parts[at:]) for at in range(1, len(parts)))
        if not written and not whole:
            return

        def rewritten(name: str) -> bool:
            parts = name.split(".")
            members = parts[1:] or parts  # (a module's own name: `constants.LAUNCH_URL = …` writes `LAUNCH_URL`)
            return any(".".join(members[:end]) in written for end in range(1, len(members) + 1)) \
                or any(part in whole for part in parts[:-1])

        for key, values in self.by_file.items():
            if any(rewritten(name) for name in values):  # (a new table: the first pass's is not changed)
                self.by_file[key] = {name: Unknown(name) if rewritten(name) else value for name, value in values.items()}
        self._tables.clear()

    def pattern(self, *, barrels: bool = False) -> re.Pattern[bytes] | None:
        """One test for the exported names as words (None: no export); `barrels`: also for a module that may re-export
        a default export under a name (`export { default as LAUNCH_URL } from './launchUrl'`)."""
        if not self.names and not (barrels and self._plain_default):
            return None
        words = b"|".join(re.escape(n.encode()) for n in [*self.names, *(self._default_stems if barrels else ())]) or rb"(?!)"
        more = rb"|default\s+as(?![\w$])" if barrels and self._plain_default else b""
        return re.compile(rb"(?<![\w$])(?:" + words + more + rb")(?![\w$])")

    def renamed(self, files: Iterable[tuple[str, bytes]]) -> re.Pattern[bytes] | None:
        """A test for the names the given files re-export an exported launch URL under (`export { URL as LAUNCH } from
        './constants'`, `export { default as LAUNCH }`, `export * as urls`, `from .constants import URL as LAUNCH`), so
        that the files writing those are read too (None: none). One level: a name a renamed name is renamed to again
        stays unknown."""
        known, found = set(self.names), set[str]()
        for path, data in files:
            if _RENAMES.search(data) is not None:
                found.update(name.partition(".")[0] for name in self.values(path_key(path)))
        found -= known | {"default"}
        if not found:
            return None
        return re.compile(rb"(?<![\w$])(?:" + b"|".join(re.escape(n.encode()) for n in sorted(found)) + rb")(?![\w$])")

    def imported(self, reader: CodeReader, kind: str, path: str) -> Imported | None:
        """What a parsed file's module-level imports bring from the exports (None: nothing)."""
        here = os.path.dirname(path_key(path))
        imported = Imported()
        add = self._adder(imported)
        stars: list[list[str]] = []  # the modules of the file's `from m import *`, in order
        for statement in reader.root.named_children:
            if kind == "python":
                self._python_import(reader, statement, here, add, stars)
            else:
                self._js_import(reader, statement, here, add)
        for name, (value, origins) in self._starred(stars, len(_PY_STAR.findall(reader.source.text)) == len(stars)).items():
            if name not in imported.names:
                imported.starred[name] = value
                imported.origins[("", name)] = origins
        return imported if imported.names or imported.modules or imported.starred else None

    def values(self, module: str) -> dict[str, Value]:
        """The launch URLs a module of the tree exports: its own, and those it re-exports from other modules of the
        tree (a barrel's `export * from './constants'` or `export { URL } from './constants'`, an `__init__.py`'s
        `from .constants import URL`); each module read once, whatever the number of files importing it."""
        table = self._tables.get(module)
        if table is not None:
            return table
        if self._visiting:  # (asked while resolving another module's re-exports)
            return self._values(module)
        # Resolved without deep recursion: a module deeper than _DEEP in a chain of barrels is resolved first, on its
        # own, then the chain again from its top (each module's table made once: linear in the chain).
        pending = [module]
        while pending:
            try:
                self._values(pending[-1])
            except _TooDeep as deep:
                if deep.module in pending:  # (a cycle longer than _DEEP: what is known so far, as for a short one)
                    self._tables[deep.module] = dict(self.by_file.get(deep.module, {}))
                else:
                    pending.append(deep.module)
                continue
            pending.pop()
        return self._tables.get(module, self.by_file.get(module, {}))

    def _values(self, module: str) -> dict[str, Value]:
        table = self._tables.get(module)
        if table is not None:
            return table
        own = self.by_file.get(module, {})
        if self._read is None or self._bodies or module in self._visiting or module not in self.modules:
            return own  # (a cycle: what is known so far; bodies: a module's own names are asked, not what it re-exports)
        if len(self._visiting) >= _DEEP:
            raise _TooDeep(module)
        self._visiting.add(module)
        try:
            found = self._reexports(module)
        except _TooDeep:
            raise
        except Exception:  # never a failure of the run: a module whose re-exports cannot be read re-exports nothing
            found = {}
        finally:
            self._visiting.discard(module)
        self._interrupted.pop(module, None)
        table = dict(own)
        for name, (value, origins) in found.items():
            if name not in own:
                table[name] = value
                self._origins[(module, name)] = origins
        self._tables[module] = table
        return table

    def origins(self, module: str, name: str) -> list[tuple[str, str]]:
        """The (defining file, name) a module's exported name comes from: itself, or where it re-exports it from."""
        if name in self.by_file.get(module, {}):
            return [(module, name)]
        return self._origins.get((module, name), [])

    def _value(self, files: list[str], name: str, shown: str) -> tuple[Value, list[tuple[str, str]]] | None:
        """A name of the module made of `files`, as `add` merges it (None: no file of it exports the name)."""
        tables = [self.values(path) for path in files]
        if not any(name in table for table in tables):
            return None
        value = _merged([table.get(name) or Unknown(shown) for table in tables], shown)
        if value is None or not (self._bodies or launch_value(value)):
            return None
        return value, [origin for path in files for origin in self.origins(path, name)]

    def _base(self, files: list[str], name: str) -> Value | None:
        """A base URL (`https://host`) a module that defines a launch URL binds a name to, written out in full and
        alike in each file the module may be: what an imported `baseURL` or f-string's host is (None: not known)."""
        found = [self._bases(path).get(name) for path in files]
        first = found[0] if found else None
        return first if first is not None and all(_same(first, each) for each in found[1:] if each is not None) \
            and None not in found else None

    def _bases(self, module: str) -> dict[str, Text]:
        """The module-level names a defining module binds to a base URL written out in full, read once."""
        found = self._base_urls.get(module)
        if found is not None:
            return found
        found = self._base_urls[module] = {}
        data = self.read_bytes(module) if module in self.by_file else None
        kind = named_kind(module)
        if data is None or kind is None or family(kind) is None or b"http" not in data:
            return found
        from .code import parsed

        try:
            source, tree = parsed(kind, data.decode("utf-8", "replace").removeprefix("\ufeff"))
            reader = _reader(kind, source, tree, module)
            for name, node in exported(reader, kind):
                value = reader.text(node)
                if isinstance(value, Text) and all(isinstance(part, str) for part in value.parts) \
                        and _BASE_URL.match("".join(str(part) for part in value.parts)) and name not in self.by_file[module]:
                    found[name] = value
        except Exception:  # never a failure of the run: a module that cannot be read gives no base
            found.clear()
        return found

    def _module_words(self, module: str) -> frozenset[bytes] | None:
        """The words a module of the tree writes, `*` among them where it imports or exports all of another's (None:
        not readable), read once: whether it may bind a name."""
        if module not in self._words:
            data = self.read_bytes(module) if module in self.modules else None
            self._words[module] = None if data is None else frozenset(WORD.findall(data)) | (
                {b"*"} if _ALL_OF.search(data) else set())
        return self._words[module]

    def _starred(self, stars: list[list[str]], certain: bool) -> dict[str, tuple[Value, list[tuple[str, str]]]]:
        """The names a module's `from m import *` statements bind, in order, each from the last that binds it: only
        where that is certain (its module has no `__all__`, no later starred module of the tree may bind the name, and
        the module takes no other module's names under an `if` or a `try`)."""
        found: dict[str, tuple[Value, list[tuple[str, str]]]] = {}
        if not stars or not certain:
            return found  # (a `from local import *` in a `try`: any name may be bound again)
        for at, files in enumerate(stars):
            if not files or any(b"__all__" in (self._module_words(path) or {b"__all__"}) for path in files):
                continue
            later = [self._module_words(path) for rest in stars[at + 1:] for path in rest or [""]]
            for name in {name for path in files for name in self.values(path)}:
                top = name.partition(".")[0]
                if top.startswith("_"):
                    continue
                word = top.encode()
                if any(words is None or word in words or b"*" in words for words in later):
                    continue  # (a later module may bind it, or bring it by its own `import *`)
                value = self._value(files, name, name)
                if value is not None:
                    found[name] = value
        return found

    def _reexports(self, module: str) -> dict[str, tuple[Value, list[tuple[str, str]]]]:
        """What a module re-exports from other modules of the tree, with where each name is defined."""
        kind = named_kind(module)
        language = family(kind)
        data = self.read_bytes(module)
        words = (b"import",) if language == "python" else (b"export", b"from")  # (a module that re-exports nothing: unread)
        if kind is None or language is None or data is None or not all(word in data for word in words):
            return {}
        # Only a module that writes an exported name, or takes all of another's, may re-export one: the others of an
        # import graph are not parsed.
        if self._named is None:
            self._named = self.pattern(barrels=True)
        if (self._named is None or self._named.search(data) is None) and _ALL_OF.search(data) is None:
            return {}
        plan = self._interrupted.get(module)
        if plan is None:
            # (kept until its table is made: a chain deeper than _DEEP interrupts it, and it is read again from here;
            # only what its re-export statements say is kept, not the parse, here or in the frames of the chain
            # resolving beneath: memory follows the exports, not the sources)
            plan = self._interrupted[module] = self._parsed_plan(module, kind, language, data)
        found: dict[str, tuple[Value, list[tuple[str, str]]]] = {}
        for local, files, member in plan.takes:
            if member is None:  # export * as urls from './constants'
                for each in {each for path in files for each in self.values(path) if each != "default"
                             and not each.startswith("default.")}:
                    taken = self._value(files, each, f"{local}.{each}")
                    if taken is not None:
                        found[f"{local}.{each}"] = taken
                continue
            # `local` bound to `member` of a module: the member's names, and those of its members (`Genesys.URL`)
            for name in {n for path in files for n in self.values(path) if n == member or n.startswith(member + ".")}:
                value = self._value(files, name, local + name[len(member):])
                if value is not None:
                    found[local + name[len(member):]] = value
        written = plan.written
        if language == "python":
            for each, value in self._starred(plan.stars, plan.stars_certain).items():
                if each.partition(".")[0] not in written and each not in found:  # (the module itself binds it: unknown)
                    found[each] = value
            return found
        for at, files in enumerate(plan.stars):  # (a name two `export *` may both bring is exported by neither)
            others = [self._module_words(path) for rest in plan.stars[:at] + plan.stars[at + 1:] for path in rest or [""]]
            for each in {each for path in files for each in self.values(path)}:
                top = each.partition(".")[0]
                if top == "default" or top in written or each in found \
                        or any(words is None or top.encode() in words or b"*" in words for words in others):
                    continue
                starred = self._value(files, each, each)
                if starred is not None:
                    found[each] = starred
        return found

    def _parsed_plan(self, module: str, kind: str, language: str, data: bytes) -> _Plan:
        """A module's re-export statements, read from a parse of its bytes (let go once read)."""
        from .code import parsed

        text = data.decode("utf-8", "replace").removeprefix("\ufeff")
        self.parses += 1
        source, tree = parsed(kind, text)
        return self._plan(language, text, source.raw, tree, os.path.dirname(module))

    def _plan(self, language: str, text: str, raw: Callable[[Node], str], tree: Tree, here: str) -> _Plan:
        """What a parsed module's re-export statements say, in order (no other module is read)."""
        names = Counter(raw(node) for node in _identifiers(tree.root_node))  # every name the module writes
        takes: list[tuple[str, list[str], str | None]] = []
        stars: list[list[str]] = []
        if language == "python":
            for statement in tree.root_node.named_children:
                module_name = statement.child_by_field_name("module_name") if statement.type == "import_from_statement" else None
                if module_name is None:
                    continue
                dotted = raw(module_name).replace(" ", "")
                level = len(dotted) - len(dotted.lstrip(".")) if module_name.type == "relative_import" else 0
                files = self._python_module(dotted[level:], level, here)
                if any(child.type == "wildcard_import" for child in statement.children):
                    stars.append(files)
                    continue
                for part in statement.children_by_field_name("name"):
                    name = part.child_by_field_name("name") if part.type == "aliased_import" else part
                    alias = part.child_by_field_name("alias") if part.type == "aliased_import" else None
                    local = raw(alias if alias is not None else name) if name is not None else ""
                    if name is not None and files and names[local] == 1 and raw(name) in self._tops:  # (bound once)
                        takes.append((local, files, raw(name)))
            certain = len(_PY_STAR.findall(text)) == len(stars)  # (a `from local import *` in a `try`: any name)
            return _Plan(takes, stars, certain, frozenset(names) if stars else frozenset())
        imported: dict[str, tuple[list[str], str]] = {}  # import { URL as U } from './c' -> U: (files, URL)
        for statement in tree.root_node.named_children:
            source_node = statement.child_by_field_name("source")
            files = self._js_module(string_literal(raw(source_node)), here) if source_node is not None else []
            if statement.type == "import_statement":
                for clause in statement.named_children:
                    for part in clause.named_children if clause.type == "import_clause" else ():
                        for specifier in part.named_children if part.type == "named_imports" else ():
                            name, alias = specifier.child_by_field_name("name"), specifier.child_by_field_name("alias")
                            if name is not None and files and raw(name) in self._tops:
                                imported[raw(alias if alias is not None else name)] = (files, raw(name))
                continue
            if statement.type != "export_statement" or statement.child_by_field_name("declaration") is not None:
                continue
            exports = next((child for child in statement.named_children if child.type == "export_clause"), None)
            if exports is None:
                if source_node is not None and any(child.type == "*" for child in statement.children):
                    stars.append(files)  # export * from './constants'
                space = next((child for child in statement.named_children if child.type == "namespace_export"), None)
                alias = next((child for child in space.named_children if child.type == "identifier"), None) if space else None
                if alias is not None and files and names[raw(alias)] == 1:  # export * as urls from './constants'
                    takes.append((raw(alias), files, None))
                continue
            for specifier in exports.named_children:
                name, alias = specifier.child_by_field_name("name"), specifier.child_by_field_name("alias")
                if name is None:
                    continue
                exported = raw(alias if alias is not None else name)
                if source_node is not None:
                    if files and raw(name) in self._tops:
                        takes.append((exported, files, raw(name)))
                elif raw(name) in imported and names[raw(name)] == 2:  # imported, then exported: `export { URL }`
                    takes.append((exported, *imported[raw(name)]))
        return _Plan(takes, stars, True, frozenset(names) if stars else frozenset())

    def _adder(self, imported: Imported) -> Callable[[str, list[str], str | None, str | None], None]:
        def add(local: str, files: list[str], member: str | None, shown: str | None) -> None:
            """`local` bound to `member` of the module made of `files` (member None: to the module itself)."""
            if not files:
                return
            defined = [self.values(path) for path in files]

            def values(name: str, shown: str) -> list[Value]:
                # (a module that may be the one imported and does not bind the name to a launch URL: unknown)
                return [bound.get(name) or Unknown(shown) for bound in defined]

            def origins(name: str) -> list[tuple[str, str]]:
                return [origin for path in files for origin in self.origins(path, name)]

            if member is None:
                table: dict[str, Value] = {}
                for name in {n for bound in defined for n in bound}:
                    merged = _merged(values(name, f"{local}.{name}"), f"{local}.{name}")
                    if merged is not None:
                        table[name] = merged
                        imported.origins[(local, name)] = origins(name)
                if table:
                    imported.modules[local] = table
                return
            inside = member + "."
            named = {n for bound in defined for n in bound if n == member or n.startswith(inside)}
            if not named and (base := self._base(files, member)) is not None:  # import { API_BASE } from './constants'
                imported.names[local] = base
            for name in named:
                here = local + name[len(member):]  # the name, or the member of the object, as this file writes it
                written = here if name != member else shown or local
                merged = _merged(values(name, written), written)
                if merged is not None:
                    imported.names[here] = merged
                    imported.origins[("", here)] = origins(name)
        return add

    def python_module(self, dotted: str, level: int, here: str) -> list[str]:
        """The files of the tree a Python module name may be, imported from directory `here` (relative: `level` dots)."""
        return self._python_module(dotted, level, here)

    def js_module(self, specifier: str | None, here: str) -> list[str]:
        """The file of the tree a JavaScript/TypeScript import's specifier names, imported from directory `here`."""
        return self._js_module(specifier, here)

    def _python_import(self, reader: CodeReader, statement: Node, here: str,
                       add: Callable[[str, list[str], str | None, str | None], None], stars: list[list[str]]) -> None:
        raw = reader.source.raw
        if statement.type == "import_statement":  # import app.config [as cfg]
            for part in statement.children_by_field_name("name"):
                name = part.child_by_field_name("name") if part.type == "aliased_import" else part
                alias = part.child_by_field_name("alias") if part.type == "aliased_import" else None
                if name is not None:
                    dotted = raw(name).replace(" ", "")
                    add(raw(alias) if alias is not None else dotted, self._python_module(dotted, 0, here), None, None)
            return
        if statement.type != "import_from_statement":
            return
        module = statement.child_by_field_name("module_name")
        if module is None:
            return
        level, dotted = 0, raw(module).replace(" ", "")
        if module.type == "relative_import":
            level = len(dotted) - len(dotted.lstrip("."))
            dotted = dotted[level:]
        if any(child.type == "wildcard_import" for child in statement.children):  # from .constants import *
            stars.append(self._python_module(dotted, level, here))
            return
        for part in statement.children_by_field_name("name"):
            name = part.child_by_field_name("name") if part.type == "aliased_import" else part
            alias = part.child_by_field_name("alias") if part.type == "aliased_import" else None
            if name is None:
                continue
            member, local = raw(name), raw(alias if alias is not None else name)
            if level == 0 and dotted == "django.conf" and member == "settings":
                add(local, self._django_settings(here), None, None)
                continue
            files = self._python_module(dotted, level, here)
            if any(name == member or name.startswith(member + ".") for path in files for name in self.values(path)) \
                    or (files and self._base(files, member) is not None):
                add(local, files, member, member)
            else:  # a module of a package: `from app import config`, `from . import constants`
                add(local, self._python_module(f"{dotted}.{member}" if dotted else member, level, here), None, None)

    def _python_module(self, dotted: str, level: int, here: str) -> list[str]:
        """The defining files a Python module name resolves to in the tree (relative: by path from the importing file's
        package; absolute: a file whose path ends with the module's components, the importing file inside the same
        source root)."""
        parts = [p for p in dotted.split(".") if p]
        if not all(_PY_IDENTIFIER.fullmatch(p) for p in parts):
            return []
        if level:
            base = here
            for _ in range(level - 1):
                base = os.path.dirname(base)
            if not parts:
                return []
            stem = os.path.join(base, *parts)
            return [path for path in (stem + ".py", os.path.join(stem, "__init__.py")) if path in self.modules]
        if not parts:
            return []
        # The module is `root/a/b.py` (or `root/a/b/__init__.py`) for a source root that holds the importing file: one
        # look-up per directory above it, whatever the number of defining files.
        found = []
        root = here
        while True:
            stem = os.path.join(root, *parts)
            for path in (stem + ".py", os.path.join(stem, "__init__.py")):
                self.lookups += 1
                if path in self.modules:
                    found.append(path)
            parent = os.path.dirname(root)
            if parent == root:
                return found
            root = parent

    def _django_settings(self, here: str) -> list[str]:
        """The settings modules `django.conf.settings` may be for a file: those of its own project (below the nearest
        directory with a `manage.py`, else above the package holding the file), never another project's."""
        project = here
        while os.path.join(project, "manage.py") not in self.modules:
            parent = os.path.dirname(project)
            if parent == project:  # no manage.py above: the directory holding the file's top package
                project = here
                while os.path.join(project, "__init__.py") in self.modules and os.path.dirname(project) != project:
                    project = os.path.dirname(project)
                break
            project = parent
        inside = project if project.endswith(os.sep) else project + os.sep
        found = []
        at = bisect_left(self.settings, inside)
        while at < len(self.settings) and self.settings[at].startswith(inside):
            found.append(self.settings[at])
            at += 1
        return found

    def _js_import(self, reader: CodeReader, statement: Node, here: str,
                   add: Callable[[str, list[str], str | None, str | None], None]) -> None:
        files: dict[str | None, list[str]] = {}  # specifier -> the files it names (one look-up a statement)
        for binding in js_bindings(reader.source.raw, statement):
            if binding.form in ("passed", "all"):
                continue  # (re-exports: what a module passes on is its own table's, read by _plan)
            if binding.specifier not in files:
                files[binding.specifier] = self._js_module(binding.specifier, here)
            found, local, member = files[binding.specifier], binding.local, binding.member
            if binding.form == "default":  # import cfg from './config'
                add(local, found, None, None)  # (a CommonJS module's exports)
                add(local, found, "default", local)  # (an ES module's default export)
            elif member is None:  # import * as c from './constants', const c = require('../constants')
                add(local, found, None, None)
            elif binding.form == "named":  # import { URL as U } from './config'
                add(local, found, member, member)
            else:  # const { URL, 'OTHER': alias } = require('./config')
                add(local, found, member.strip("'\""), member)

    def _js_module(self, specifier: str | None, here: str) -> list[str]:
        """The defining file a JavaScript/TypeScript import names: relative (`./constants`, `../config.js`), or by the
        `baseUrl` and `paths` of the nearest tsconfig.json/jsconfig.json of the tree (`@/config/constants`)."""
        if specifier is None:
            return []
        if specifier.startswith(("./", "../")) or specifier in (".", ".."):
            found = self._js_file(os.path.normpath(os.path.join(here, specifier)))
            return [found] if found is not None else []
        if specifier.startswith("/") or "\\" in specifier or ":" in specifier:
            return []
        aliases = self._aliases(here)
        return aliases.resolve(specifier, self._js_file) if aliases is not None else []

    def _js_file(self, stem: str) -> str | None:
        """The file of the tree an import's path names, its suffix or `index` file left off as bundlers allow."""
        stems = [stem]
        base, suffix = os.path.splitext(stem)
        if suffix in (".js", ".jsx", ".mjs", ".cjs"):
            stems.append(base)  # TypeScript's `./constants.js` for constants.ts
        for each in stems:
            for suffix in _JS_SUFFIXES:
                for path in (each + suffix, os.path.join(each, "index" + suffix) if suffix else None):
                    if path is not None and path in self.modules:
                        return path  # (the module it names, defining a launch URL or not)
        return None

    def _aliases(self, here: str) -> _Aliases | None:
        """The path aliases of a directory's nearest tsconfig.json or jsconfig.json (None: none known): one of the tree
        only, looked up once per directory."""
        if self._top is None:
            self._top = os.path.commonpath(list(self.modules)) if self.modules else ""
        top, visited, found = self._top, [], None
        directory = here
        while True:
            if directory in self._configs:
                found = self._configs[directory]
                break
            self.lookups += 1
            visited.append(directory)
            config = next((os.path.join(directory, name) for name in ("tsconfig.json", "jsconfig.json")
                           if os.path.join(directory, name) in self.modules), None)
            if config is not None:
                found = self._config(config, 0)
                break
            if any(os.path.isfile(os.path.join(directory, name)) for name in ("tsconfig.json", "jsconfig.json")):
                break  # (a config this run does not read: which aliases apply is not known)
            parent = os.path.dirname(directory)
            if directory == top or parent == directory or not directory.startswith(top):
                break
            directory = parent
        for each in visited:
            self._configs[each] = found
        return found

    def _config(self, path: str, depth: int) -> _Aliases | None:
        """A tsconfig/jsconfig's `baseUrl` and `paths`, with those of a config it extends inside the tree (None: one it
        extends is not in the tree, or it cannot be read)."""
        data = self.read_bytes(path) if path in self.modules else None
        config = _jsonc(data.decode("utf-8", "replace").removeprefix("\ufeff")) if data is not None else None
        options = config.get("compilerOptions", {}) if isinstance(config, dict) else None
        if not isinstance(config, dict) or not isinstance(options, dict):
            return None
        here = os.path.dirname(path)
        inherited = _Aliases(None, [], here)
        if "extends" in config:
            extended = config["extends"]
            if not isinstance(extended, str) or not extended.startswith(("./", "../")) or depth >= 5:
                return None  # (a package's config, or a list of them: not read)
            target = os.path.normpath(os.path.join(here, extended))
            target = target if target.endswith(".json") or target in self.modules else target + ".json"
            found = self._config(target, depth + 1)
            if found is None:
                return None
            inherited = found
        base, paths, paths_base = inherited.base, inherited.paths, inherited.paths_base
        if "baseUrl" in options:
            if not isinstance(options["baseUrl"], str):
                return None
            base = os.path.normpath(os.path.join(here, options["baseUrl"]))
        if "paths" in options:
            written = options["paths"]
            if not isinstance(written, dict) or not all(
                    isinstance(targets, list) and all(isinstance(t, str) for t in targets) for targets in written.values()):
                return None
            paths, paths_base = [(key, list(targets)) for key, targets in written.items()], here
        return _Aliases(base, paths, base if base is not None else paths_base)


#: A name as Python and JavaScript write it, in a file's bytes.
WORD = re.compile(rb"[A-Za-z_$][\w$]*")
#: A URL written out in full: a scheme, a host, maybe a path (a base an importing file joins a launch path to).
_BASE_URL = re.compile(r"https?://[A-Za-z0-9.-]+(?::\d+)?(?:/[^\s?#]*)?$")
#: How deep a module read only for its base URLs is parsed (document.Limits' default).
_MAX_DEPTH = 200


#: A module that may rename what it imports or exports (`URL as LAUNCH`, `default as LAUNCH`, `* as urls`).
_RENAMES = re.compile(rb"(?<![\w$])as\s+[A-Za-z_$]")
#: A Python `import *`, at any depth (or in a comment or string: then none is read).
_PY_STAR = re.compile(r"(?<![\w$])import\s*\*")
#: `import *` (Python) or `export *` (JavaScript): a module that takes all of another's names, unknown here.
#: A write to an object's member: `a.b.c = …` (or `+=`, not `==` or `=>`), `setattr(a.b, 'c', …)` (a name not written
#: out: any member), `Object.assign(a.b, …)` (any member).
_MEMBER_WRITE = re.compile(
    rb"(?<![\w$.])(?P<assigned>[A-Za-z_$][\w$]*(?:[ \t]*\.[ \t]*[A-Za-z_$][\w$]*)+)[ \t]*"
    rb"(?:[-+*/%|&^@]|\*\*|//|<<|>>|\?\?|\|\||&&)?=(?![=>])"
    rb"|(?<![\w$.])(?:setattr|Object[ \t]*\.[ \t]*assign)[ \t]*\([ \t]*"
    rb"(?P<target>[A-Za-z_$][\w$]*(?:[ \t]*\.[ \t]*[A-Za-z_$][\w$]*)*)"
    rb"(?:[ \t]*,[ \t]*(?:'(?P<member>[A-Za-z_$][\w$]*)'|\"(?P<quoted>[A-Za-z_$][\w$]*)\"))?")
_ALL_OF = re.compile(rb"(?:import|export)\s*\*")


def _identifiers(root: Node) -> Iterable[Node]:
    """Every identifier node of a tree (a cursor walk)."""
    cursor = root.walk()
    while True:
        node = cursor.node
        if node is not None and node.type in ("identifier", "property_identifier", "shorthand_property_identifier"):
            yield node
        if cursor.goto_first_child() or cursor.goto_next_sibling():
            continue
        while cursor.goto_parent():
            if cursor.goto_next_sibling():
                break
        else:
            return


class _AliasIndex:
    """A config's `paths` as TypeScript matches them, read once: the exact keys, and the wildcard ones (one `*`) in a
    tree of their prefixes, each prefix's aliases in the order written. An import then walks its specifier's characters
    down the tree (the longest prefix found last) and tries only the aliases of the prefixes it meets."""

    __slots__ = ("exact", "root", "steps")

    def __init__(self, paths: Iterable[tuple[str, list[str]]]) -> None:
        self.exact: dict[str, list[str]] = {}
        #: A prefix's node: (the next character's node, the aliases of this prefix: (suffix, targets), in order).
        self.root: tuple[dict[str, Any], list[tuple[str, list[str]]]] = ({}, [])
        #: The characters walked and aliases tried by every import resolved (a work count, for the tests).
        self.steps = 0
        for key, targets in paths:
            stars = key.count("*")
            if stars == 0:
                self.exact[key] = targets
            elif stars == 1:
                prefix, _, suffix = key.partition("*")
                node = self.root
                for character in prefix:
                    node = node[0].setdefault(character, ({}, []))
                node[1].append((suffix, targets))

    def match(self, specifier: str) -> tuple[str, list[str]] | None:
        """What `*` stands for and the targets of the alias that resolves `specifier` (an exact key, else the longest
        prefix, the first written of it whose suffix ends the specifier), or None: no alias."""
        if specifier in self.exact:
            return "", self.exact[specifier]
        best: tuple[str, list[str]] | None = None
        node: tuple[dict[str, Any], list[tuple[str, list[str]]]] | None = self.root
        at = 0
        while node is not None:
            for suffix, targets in node[1]:
                self.steps += 1
                if specifier.endswith(suffix) and len(specifier) >= at + len(suffix):
                    best = specifier[at:len(specifier) - len(suffix)], targets
                    break
            if at == len(specifier):
                break
            self.steps += 1
            node = node[0].get(specifier[at])
            at += 1
        return best


@dataclass(frozen=True)
class _Aliases:
    """A TypeScript config's module paths: `baseUrl` (absolute) and its `paths`, in the order written."""

    base: str | None
    paths: list[tuple[str, list[str]]]
    #: Where `paths`' targets are relative to: `baseUrl`, else the config that writes them.
    paths_base: str
    _index: _AliasIndex | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def steps(self) -> int:
        """The work of the imports resolved so far (a count, for the tests)."""
        return self._index.steps if self._index is not None else 0

    def resolve(self, specifier: str, file: Callable[[str], str | None]) -> list[str]:
        """The file of the tree a non-relative import names through these aliases, as TypeScript resolves it ([]: none
        of the tree, a package's)."""
        index = self._index
        if index is None:
            index = _AliasIndex(self.paths)
            object.__setattr__(self, "_index", index)  # (made when first asked: most configs' aliases never are)
        best = index.match(specifier)
        if best is not None:
            for target in best[1]:
                found = file(os.path.normpath(os.path.join(self.paths_base, target.replace("*", best[0], 1))))
                if found is not None:
                    return [found]
            return []  # (matched, and no target in the tree: not known)
        if self.base is not None:
            found = file(os.path.normpath(os.path.join(self.base, specifier)))
            return [found] if found is not None else []
        return []


#: A string ends at its closing quote or, unterminated, where its line does (then the text is no JSON): a search never
#: fails at a quote and tries again from inside the string (quadratic in a line of `\"`).
_JSONC_TOKEN = re.compile(r'"(?:[^"\\\n]|\\.)*"?|//|/\*')
_TRAILING_COMMA = re.compile(r'"(?:[^"\\\n]|\\.)*"?|,(\s*[}\]])')


def _jsonc(text: str) -> Any:
    """JSON with comments and trailing commas, as tsconfig.json allows (None: not readable)."""
    import json

    kept, at, start = [], 0, 0
    while (token := _JSONC_TOKEN.search(text, at)) is not None:
        if token.group().startswith('"'):
            at = token.end()
            continue
        kept.append(text[start:token.start()])
        if token.group() == "//":
            end = text.find("\n", token.end())
            end = len(text) if end < 0 else end
        else:
            end = text.find("*/", token.end())
            if end < 0:
                return None
            end += 2
        kept.append(" ")
        at = start = end
    kept.append(text[start:])
    plain = _TRAILING_COMMA.sub(lambda match: match.group(1) if match.group(1) is not None else match.group(), "".join(kept))
    try:
        return json.loads(plain)
    except ValueError:
        return None


def bytes_read(read: Callable[[str], object], path: str) -> bytes | None:
    """A file's bytes by a run's reader (`read`: read_path, or one like it), or None when it cannot be read (it raised,
    or gave the document saying why): such a file imports and exports nothing known."""
    try:
        data = read(path)
    except Exception:  # unreadable: the run says so where it checks the file
        return None
    return data if isinstance(data, bytes) else None


def host_lines(exports: dict[str, Value], text: str) -> dict[str, int]:
    """The line each exported launch URL's value is written on (`text`: its module's), for each whose value writes its
    host (a scheme and host written out): where a suppression of FL302 covers the wrong host it brings an importer (a
    path constant's line says nothing of the host an importer joins to it)."""
    from ..core.lines import LineIndex

    lines: LineIndex | None = None
    found: dict[str, int] = {}
    for name, value in exports.items():
        if isinstance(value, Text) and value.span is not None and "://" in value.known_prefix():
            lines = lines or LineIndex(text)
            found[name] = lines.span(*value.span).line
    return found


def passes_all_on(data: bytes) -> bool:
    """Whether a module's bytes may take all of another's names (`import *`, `export *`) or pass on a module it
    requires (`module.exports = require(…)`)."""
    return _ALL_OF.search(data) is not None or b"exports" in data


def module_stem(path: str) -> str:
    """The word an import of a module writes: `launchUrl` for launchUrl.ts, `launcher` for launcher.py; a package's
    module is imported by the package's name: `config` for config/index.ts and config/__init__.py."""
    stem = os.path.splitext(os.path.basename(path))[0]
    return os.path.basename(os.path.dirname(path)) if stem in ("__init__", "index") else stem


def _reader(kind: str, source: SourceText, tree: Tree, module: str) -> CodeReader:
    """A module's reader, as extract.reader_for makes it (not imported: it imports this module), without imports."""
    if kind == "python":
        from .python import PythonReader

        return PythonReader(source, tree, _MAX_DEPTH, module)
    from .javascript import JavaScriptReader

    return JavaScriptReader(source, tree, _MAX_DEPTH, kind)


def required(reader: CodeReader, node: Node | None) -> str | None:
    """The module a `require('m')` loads, as written."""
    return _required(reader.source.raw, node)


def _required(raw: Callable[[Node], str], node: Node | None) -> str | None:
    if node is None or node.type != "call_expression":
        return None
    callee, arguments = node.child_by_field_name("function"), node.child_by_field_name("arguments")
    if callee is None or raw(callee) != "require" or arguments is None or len(arguments.named_children) != 1:
        return None
    argument = arguments.named_children[0]
    return string_literal(raw(argument)) if argument.type == "string" else None


class JsBinding(NamedTuple):
    """A name one module-level JavaScript/TypeScript statement binds to another module, or passes on from it.

    `form`: "default" (`import cfg from 'm'`; member "default"), "module" (`import * as m`, `const m = require('m')`;
    member None), "named" (`import { a as b }`), "required" (`const { a: b } = require('m')`), "passed" (`export { a
    as b } from 'm'`, `exports.b = require('m').a`; member None: the module itself, `export * as b from 'm'`, `exports.b
    = require('m')`), "all" (`export * from 'm'`, `module.exports = require('m')`, `module.exports = { ...require('m')
    }`; local ""). `specifier`: the module as a plain string literal writes
    it (None: anything else; a `require` of anything else binds nothing). `member`: the name read, as written (a
    string name keeps its quotes)."""

    form: str
    local: str
    specifier: str | None
    member: str | None


def js_bindings(raw: Callable[[Node], str], statement: Node) -> Iterator[JsBinding]:
    """The names a module-level statement binds from other modules (`import`, `export … from`, a declaration of
    `require` calls), in the order written; syntax only: which files a module is, its reader asks."""
    source = statement.child_by_field_name("source") if statement.type in ("import_statement", "export_statement") else None
    if source is not None:
        specifier = string_literal(raw(source))
        if statement.type == "import_statement":
            for clause in statement.named_children:
                for part in clause.named_children if clause.type == "import_clause" else ():
                    if part.type == "identifier":
                        yield JsBinding("default", raw(part), specifier, "default")
                    elif part.type == "namespace_import":
                        names = [n for n in part.named_children if n.type == "identifier"]
                        if names:
                            yield JsBinding("module", raw(names[0]), specifier, None)
                    elif part.type == "named_imports":
                        for each in part.named_children:  # (a comment among them names nothing)
                            name, alias = each.child_by_field_name("name"), each.child_by_field_name("alias")
                            if name is not None:
                                yield JsBinding("named", raw(alias if alias is not None else name), specifier, raw(name))
            return
        exported = next((child for child in statement.named_children if child.type == "export_clause"), None)
        if exported is None:  # export * from './x'; `export * as x from './x'`: one name, the module
            space = next((child for child in statement.named_children if child.type == "namespace_export"), None)
            named = next((n for n in space.named_children if n.type in ("identifier", "string")), None) \
                if space is not None else None
            if space is not None and named is not None:
                yield JsBinding("passed", raw(named).strip("'\""), specifier, None)
            elif space is None and any(child.type == "*" for child in statement.children):
                yield JsBinding("all", "", specifier, None)
            return
        for each in exported.named_children:
            name, alias = each.child_by_field_name("name"), each.child_by_field_name("alias")
            if name is not None:
                yield JsBinding("passed", raw(alias if alias is not None else name), specifier, raw(name))
        return
    if statement.type == "export_statement":
        statement = statement.child_by_field_name("declaration") or statement
    if statement.type == "expression_statement":
        yield from _commonjs_passed(raw, statement)
        return
    if statement.type not in ("lexical_declaration", "variable_declaration"):
        return
    for declarator in statement.named_children:
        if declarator.type != "variable_declarator":
            continue
        name, value = declarator.child_by_field_name("name"), declarator.child_by_field_name("value")
        written = _required(raw, value)
        if name is None or written is None:
            continue
        if name.type == "identifier":  # const c = require('../constants')
            yield JsBinding("module", raw(name), written, None)
        elif name.type == "object_pattern":  # const { URL, OTHER: alias } = require('./config')
            for part in name.named_children:
                if part.type == "shorthand_property_identifier_pattern":
                    yield JsBinding("required", raw(part), written, raw(part))
                elif part.type == "pair_pattern":
                    key, local = part.child_by_field_name("key"), part.child_by_field_name("value")
                    if key is not None and local is not None and local.type == "identifier":
                        yield JsBinding("required", raw(local), written, raw(key))


def _commonjs_passed(raw: Callable[[Node], str], statement: Node) -> Iterator[JsBinding]:
    """What a CommonJS module's top-level `module.exports`/`exports` assignment passes on from a module it requires:
    all of it (`module.exports = require('./ids')`, each `...require('./ids')` of `module.exports = { … }`), one of its
    names (`exports.FLOW_ID = require('./ids').FLOW_ID`, a member `FLOW_ID: require('./ids').FLOW_ID` of `module.exports
    = { … }`), or the module itself under a name (`exports.ids = require('./ids')`)."""
    assignment = statement.named_children[0] if statement.named_children else None
    if assignment is None or assignment.type != "assignment_expression":
        return
    left, right = assignment.child_by_field_name("left"), assignment.child_by_field_name("right")
    target = raw(left).replace(" ", "") if left is not None else ""
    if right is None:
        return
    if target == "module.exports":
        whole = _required(raw, right)
        if whole is not None:
            yield JsBinding("all", "", whole, None)
            return
        for member in right.named_children if right.type == "object" else ():
            if member.type == "spread_element" and member.named_children \
                    and (spread := _required(raw, member.named_children[0])) is not None:
                yield JsBinding("all", "", spread, None)
            elif member.type == "pair" and (key := member.child_by_field_name("key")) is not None \
                    and key.type in ("property_identifier", "string") and (value := member.child_by_field_name("value")):
                yield from _passed_as(raw, raw(key).strip("'\""), value)
    elif target.startswith(("exports.", "module.exports.")) and target.count(".") == target.startswith("module.") + 1:
        yield from _passed_as(raw, target.rpartition(".")[2], right)


def _passed_as(raw: Callable[[Node], str], name: str, value: Node) -> Iterator[JsBinding]:
    """`require('./ids')` (the module) or `require('./ids').FLOW_ID` (one of its names) exported as `name`."""
    whole = _required(raw, value)
    if whole is not None:
        yield JsBinding("passed", name, whole, None)
    elif value.type == "member_expression" and (inner := value.child_by_field_name("object")) is not None \
            and (module := _required(raw, inner)) is not None \
            and (member := value.child_by_field_name("property")) is not None:
        yield JsBinding("passed", name, module, raw(member))


def string_literal(written: str | None) -> str | None:
    """A string literal's text as written with no escape in it (None: anything else)."""
    if written is None or len(written) < 2 or written[0] not in "'\"" or written[-1] != written[0]:
        return None
    inner = written[1:-1]
    return None if "\\" in inner else inner


def _merged(values: list[Value], shown: str) -> Value | None:
    """One name's value where it is defined once or alike in each module it may come from; where they differ, the
    host is unknown and the launch path they all end with still makes it a launch (else nothing known)."""
    if not values:
        return None
    first = values[0]
    if all(_same(first, value) for value in values[1:]):
        return first
    endings = [value.parts[-1] if isinstance(value, Text) and value.parts and isinstance(value.parts[-1], str) else ""
               for value in values]
    shortest = min(endings, key=len)
    same = 0  # the characters all endings end with (one look at each)
    while same < len(shortest) and all(ending[-1 - same] == shortest[-1 - same] for ending in endings):
        same += 1
    common = shortest[len(shortest) - same:]
    match = LAUNCH_MENTION_TEXT.search(common)
    if match is not None:
        start = common.rfind("/api/", 0, match.start() + 1)
        return Text((Unknown(shown), common[start if start >= 0 else match.start():]))
    # (each a near miss on a platform host: the path they all end with, whole from its `/api/`, if it is one)
    start = common.find("/api/")
    path = common[start:] if start >= 0 else ""
    return Text((Unknown(shown), path)) if path and near_miss(path) else Unknown(shown)


def _same(one: Value, other: Value) -> bool:
    if isinstance(one, Text) and isinstance(other, Text):
        return [p if isinstance(p, str) else ("?", p.source) for p in one.parts] == \
            [p if isinstance(p, str) else ("?", p.source) for p in other.parts]
    return False


# The second pass the checking thread is in, when there is one: the exports, and the files whose readers take their
# imports from them. The check's own (a context variable, set and read in the thread that reads the files: the run's
# second pass reads them in its main thread, the editor's server checks several documents at once, one a thread): a
# process-wide switch handed one document's exports to another thread's reader of an importer, and what that reader
# took counted for the first check.
_ACTIVE: ContextVar[tuple[Exports, frozenset[str]] | None] = ContextVar("flowlint_imports_active", default=None)


def activate(exports: Exports | None, files: Iterable[str] = ()) -> None:
    """Make a second pass's exports seen by the readers of `files` this thread makes (None: by no reader again); an
    exported member one of them may write is unknown to all of them."""
    chosen = frozenset(files)
    if exports is not None:
        exports.forget_written(exports.read_bytes(path) for path in sorted(chosen))
    _ACTIVE.set(None if exports is None else (exports, chosen))


def wanted(name: str | None) -> bool:
    """Whether a file is read in a second pass for its imports (the byte test that passed it as quiet is not asked)."""
    active = _ACTIVE.get()
    return active is not None and name is not None and name in active[1]


def attach(reader: Any, kind: str, name: str | None) -> None:
    """Give a file's reader the values its imports bring, in a second pass that reads it for them."""
    active = _ACTIVE.get()
    if active is None or name is None or name not in active[1] or kind not in FAMILIES:
        return
    exports = active[0]
    try:
        imported = exports.imported(reader, kind, name)
    except Exception:  # never a failure of the file: imports that cannot be read leave its names unknown
        return
    if imported is not None:
        reader.imported = imported
        imported.used = exports.used  # what the readers took, for the defining files' notes
        imported.used_at = exports.used_at
