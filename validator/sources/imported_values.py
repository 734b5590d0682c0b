"""Values a launch's body takes from another module of the checked tree: `from app.config import FLOW_ID`, `import
config as c` then `c.FLOW_ID`, `from app.settings import FLOWS` then `FLOWS["follow_up"]`, `import { FLOW_ID } from
'./config'`, `import * as cfg from './config'`, `const { FLOW_ID } = require('./config')`.

A run names its files (`use`); a code file's reader then asks, for a name its body holds that a module-level import
binds (and nothing else binds), what the module it imports binds it to. That module must be a file of the run
(imports.Exports resolves the import: relative paths, package imports, TypeScript path aliases); it is parsed once per
process, and the name read there by the module's own reader exactly as a same-file constant is read (bound once, never
changed or handed away; its own imports followed in turn). A name a module re-exports (`from .config import FLOW_ID`
in an `__init__.py`, `export { FLOW_ID } from './config'`, one `export *`) is followed to its module.

Nothing is guessed: a module outside the run, one that binds the name more than once or to what is known only at run
time (the environment, a call), a cycle of imports, a name the importing file changes or hands away, and a string that
looks like a secret stay unknown. Why is kept (`Resolver.misses`), so that `-v` says why a flow ID was not known. A
file whose reader asked is not kept in the result cache (its result depends on other files: LaunchRequest.reads_module).
"""

from __future__ import annotations

import builtins
import os
import re
import sys
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..core.codes import UNREAD_LAUNCH
from ..core.diagnostics import Finding
from ..core.ids import is_uuid
from ..core.unknown import Unknown
from . import imports, run_modules
from .kinds import named_kind
from .model import LaunchRequest, Offsets, TreeSpans, literal_secret

if TYPE_CHECKING:
    from tree_sitter import Node, Tree

    from .code import CodeReader, SourceText

#: A module's name the importing file writes, and the keys read below it: (key, written as an item `x["k"]`).
Access = tuple[tuple[str, bool], ...]

#: A name that may hold a secret: its value is never taken from another module (it would be shown unmasked).
_SECRET_NAME = re.compile(r"token|secret|passw|api_?key|apikey|credential", re.IGNORECASE)
#: A URL of a scheme and a host name alone (`https://api.mypurecloud.com`), a base: it holds no secret (no userinfo,
#: path or query), so it is taken as the text it is where a URL is built on it.
_BARE_ORIGIN = re.compile(r"https?://[A-Za-z0-9.-]{1,253}(?::[0-9]{1,5})?/?")
#: Python's builtin names: never taken by an `import *`.
_BUILTINS = frozenset(dir(builtins))
#: How many modules deep one value is followed (re-exports, a constant bound to another module's).
_DEEP = 16


@dataclass
class _Run:
    """The run's files and how it reads them; what this process has parsed of them."""

    files: run_modules.RunFiles
    exports: imports.Exports | None = None
    modules: dict[str, _Module | None] = field(default_factory=dict)
    #: (module, name) being read: a cycle of imports is unknown, never a recursion.
    resolving: set[tuple[str, str]] = field(default_factory=set)
    #: By language family, each name the run's files of it may write what it holds (_writes) -> (file, the member
    #: path written below that name: empty for all of it), each once.
    written: dict[str, dict[str, set[tuple[str, tuple[str, ...]]]]] = field(default_factory=dict)
    #: How many of `paths()` each family's `written` has scanned (project modules found later are scanned then).
    scanned: dict[str, int] = field(default_factory=dict)
    #: The modules of the project, not files of the run, that named files' imports name (widen), in the order found.
    extra: list[str] = field(default_factory=list)
    #: The named files whose imports were looked for in the project, and every module known (by imports.path_key).
    searched: set[str] = field(default_factory=set)
    known: set[str] | None = None

    def paths(self) -> list[str]:
        """The run's files, and the project's modules named files import (`extra`)."""
        return [*self.files.paths, *self.extra] if self.extra else list(self.files.paths)

    def widen(self, path: str, kind: str, data: bytes) -> bool:
        """Whether the modules of the project the imports of `path` (a file named on the command line: its kind and
        bytes) name, not files of the run, were found and added (once a file): a walk has them among its files, a run
        naming its files (the pre-commit hook, `flowlint check FILE`) had none, and a flow ID imported from one was
        not known (sources/project_modules.py: each module read once, inside the project only)."""
        files = self.files
        if files.project is None or path not in files.named or path in self.searched:
            return False
        self.searched.add(path)
        from .import_index import import_text
        from .project_modules import imported_modules

        if self.known is None:
            self.known = {imports.path_key(each) for each in files.paths}
        found = [module for module, _, _ in imported_modules(
            [(kind, import_text(kind, data), path)], files.project, lambda each: imports.bytes_read(files.read, each),
            known=self.known.__contains__)]
        if not found:
            return False
        self.known.update(found)
        self.extra += found
        self.exports = None  # (made again with them on the next import asked)
        return True

    def writer(self, names: list[str], kind: str, defining: str) -> str | None:
        """A file of the run, of `kind`'s language family, other than the module defining the value (whose own reader
        judges its own writes), that may write what the member path `names` holds (`config.flowId`: a write to
        `config`, to `config.flowId` or below it, by whatever holds `config`; not `config.headers`). None: none.
        Searched when an imported value is first about to be used: each file of the family read once per run, its
        written paths kept (not its bytes)."""
        family = imports.family(kind) or ""
        paths = self.paths()
        if self.scanned.get(family, 0) < len(paths):
            found = self.written.setdefault(family, {})
            for path in paths[self.scanned.get(family, 0):]:
                if imports.family(named_kind(path)) != family:
                    continue
                data = imports.bytes_read(self.files.read, path)
                for written in _writes(data, family) if data is not None else ():
                    for at, word in enumerate(written):
                        found.setdefault(word, set()).add((path, written[at + 1:]))
            self.scanned[family] = len(paths)
        key, below = imports.path_key(defining), tuple(names[1:])
        return min((path for path, rest in self.written.get(family, {}).get(names[0], ())
                    if rest[:len(below)] == below[:len(rest)] and imports.path_key(path) != key), default=None)

    def resolution(self) -> imports.Exports:
        """How an import names a file of the run (made on the first import asked: a run whose launches import no
        value never lists its files so)."""
        if self.exports is None:
            read = self.files.read
            self.exports = imports.Exports({}, self.paths(), read=lambda path: imports.bytes_read(read, path))
        return self.exports


#: What the run now checking parsed of its files. Process-wide, and safely so: kept only while run_modules.current is
#: set (the CLI's one run; never in the editor server's checking threads), and made anew for another run.
_RUN: _Run | None = None


def attach(reader: CodeReader, kind: str, name: str) -> None:
    """Give a file's reader the values its imports bring from the files of the run now checking (run_modules)."""
    global _RUN
    files = run_modules.current
    if files is None or kind not in imports.FAMILIES:
        return
    if _RUN is None or _RUN.files is not files:  # (another run, in the same process: what was parsed is read again)
        _RUN = _Run(files)
    reader.values_from = Resolver(reader, kind, imports.path_key(name), _RUN)


@dataclass(frozen=True)
class _Spec:
    """A module as an import writes it: its language family ("" for none known), its name or path, a Python relative
    import's level, and the name a `from m import name` reads (a member of m, or m's submodule)."""

    language: str
    written: str
    level: int
    member: str | None

    def shown(self) -> str:
        return "." * self.level + self.written


@dataclass
class _Module:
    """An exporting module, parsed: its reader, the node each module-level name is bound to (None: bound more than
    once), and what it passes on from other modules."""

    reader: CodeReader
    own: dict[str, Node | None]
    resolver: Resolver


class Resolver:
    """What one file's module-level imports bind, and the values they bring (asked by its reader)."""

    def __init__(self, reader: CodeReader, kind: str, path: str, run: _Run) -> None:
        self.reader = reader
        self.kind = kind
        self.path = path
        self.run = run
        self._links: dict[str, tuple[_Spec, str | None]] | None = None
        self._files: dict[tuple[_Spec, str | None], tuple[list[str], str | None]] = {}
        #: The modules the file takes all names of (`from m import *`, `export * from 'm'`).
        self.stars: list[_Spec] = []
        #: Where each of `stars` is written (its statement's start), and where the last import binding a name is.
        self.star_at: list[int] = []
        self.linked_at: dict[str, int] = {}
        #: The names a JavaScript module exports again (`export { X } from './x'`; `export { X }` of an imported X).
        self.passed: set[str] = set()
        #: Where a name holding an imported value not known is used, and why it is not known.
        self.misses: dict[Offsets, str] = {}
        #: Whether the reader asked about another module (its result then depends on other files).
        self.asked = False

    # -- the importing file ------------------------------------------------------------------------
    def links(self) -> dict[str, tuple[_Spec, str | None]]:
        """Each name the file's module-level imports bind: (the module as written, the member it names (None: the
        module itself)). Syntax only: which files a module is, is looked up when a name of it is asked for."""
        if self._links is None:
            self._links = {}
            for statement in self.reader.root.named_children:
                if self.kind == "python":
                    self._python_links(statement)
                else:
                    self._js_links(statement)
        return self._links

    def _link(self, local: str, spec: _Spec, member: str | None) -> None:
        assert self._links is not None
        # (a name two imports bind: neither is known)
        self._links[local] = (spec, member) if local not in self._links else (_Spec("", "", 0, None), None)

    def files(self, spec: _Spec, member: str | None) -> tuple[list[str], str | None]:
        """The files of the run a module is (none: not one of them), and the member read of it (None: the module). A
        module of the project a named file imports is looked for there when it is not one (_Run.widen)."""
        found = self._lookup(spec, member)
        if not found[0] and spec.language and self.run.widen(self.path, self.kind, self.reader.source.data):
            del self._files[(spec, member)]
            found = self._lookup(spec, member)
        return found

    def _lookup(self, spec: _Spec, member: str | None) -> tuple[list[str], str | None]:
        key = (spec, member)
        if key not in self._files:
            exports = self.run.resolution()
            here = os.path.dirname(self.path)
            if spec.language == "js":
                self._files[key] = (exports.js_module(spec.written, here), member)
            elif spec.language == "python":
                files = exports.python_module(spec.written, spec.level, here)
                inner = f"{spec.written}.{spec.member}" if spec.written else (spec.member or "")
                submodule = exports.python_module(inner, spec.level, here) if spec.member is not None else []
                if submodule and not any(self._binds(path, spec.member or "") for path in files):
                    self._files[key] = (submodule, None)  # from app import config: a module of the package
                else:
                    self._files[key] = (files, member)
            else:
                self._files[key] = ([], member)
        return self._files[key]

    def _binds(self, path: str, name: str) -> bool:
        """Whether a module binds a name itself or by an import (a package's `__init__.py` may: then `from package
        import name` reads that, not the submodule); a module that cannot be read may."""
        module = self._module(path)
        return module is None or name in module.own or name in module.resolver.links() or bool(module.resolver.stars)

    def _module(self, path: str) -> _Module | None:
        if path not in self.run.modules:
            self.run.modules[path] = _parsed(path, self.run)
        return self.run.modules[path]

    def _python_links(self, statement: Node) -> None:
        raw = self.reader.source.raw
        if statement.type == "import_statement":  # import app.config [as cfg]
            for part in statement.children_by_field_name("name"):
                name = part.child_by_field_name("name") if part.type == "aliased_import" else part
                alias = part.child_by_field_name("alias") if part.type == "aliased_import" else None
                if name is not None:
                    dotted = raw(name).replace(" ", "")
                    self._link(raw(alias) if alias is not None else dotted, _Spec("python", dotted, 0, None), None)
            return
        module = statement.child_by_field_name("module_name") if statement.type == "import_from_statement" else None
        if module is None:
            return
        dotted = raw(module).replace(" ", "")
        level = len(dotted) - len(dotted.lstrip(".")) if module.type == "relative_import" else 0
        if any(child.type == "wildcard_import" for child in statement.children):
            self.stars.append(_Spec("python", dotted[level:], level, None))
            self.star_at.append(statement.start_byte)
            return
        for part in statement.children_by_field_name("name"):
            name = part.child_by_field_name("name") if part.type == "aliased_import" else part
            alias = part.child_by_field_name("alias") if part.type == "aliased_import" else None
            if name is not None:
                self._link(raw(alias or name), _Spec("python", dotted[level:], level, raw(name)), raw(name))
                self.linked_at[raw(alias or name)] = statement.start_byte

    def _js_links(self, statement: Node) -> None:
        for binding in imports.js_bindings(self.reader.source.raw, statement):
            spec = _Spec("js", binding.specifier or "", 0, None)
            if binding.form == "all":  # export * from './x'
                self.stars.append(spec)
                self.star_at.append(-1)  # (JavaScript: every `export *` is read whatever its place)
            elif binding.form == "passed":  # export { X as Y } from './x'
                self._link(binding.local, spec, binding.member)
                self.passed.add(binding.local)
            else:  # import cfg from './config' (the default export), import { X }, const { X } = require('./config')
                member = binding.member
                self._link(binding.local, spec, member.strip("'\"") if member is not None else None)

    def value(self, node: Node) -> tuple[Any, bool]:
        """The value a name, or a part of one (`c.FLOW_ID`, `FLOWS["follow_up"]`, `cfg.flows.followUp`), brings from
        the module a module-level import names, and whether it is such a name; Unknown when its value is not known
        (why: `misses`)."""
        reader = self.reader
        access: list[tuple[str, bool]] = []
        root = node
        while root.type in ("attribute", "member_expression", "subscript", "subscript_expression"):
            item = root.type in ("subscript", "subscript_expression")
            inner = root.child_by_field_name("value" if root.type == "subscript" else "object")
            key = root.child_by_field_name("subscript" if root.type == "subscript" else "index") if item \
                else root.child_by_field_name("attribute" if root.type == "attribute" else "property")
            written = _key(reader.source.raw(key)) if key is not None and item else \
                (reader.source.raw(key) if key is not None else None)
            if inner is None or written is None:
                return None, False  # (a computed key: not followed)
            access.append((written, item))
            root = inner
        if root.type not in reader.name_types:
            return None, False
        access.reverse()
        name = reader.source.raw(root)
        shown = reader.source.source(node)
        if not self._imported_name(name, access):
            if not self._starred(name, root):
                return None, False
            self.asked = True
            found, why = self._from_star(name, access, shown)
            if type(found) is Unknown and why:
                self.misses[reader.source.offsets(node)] = why
            return found, True
        if not imports.module_import(reader, root):
            return None, False  # (bound again here, or a local of the same name: the file's own reading)
        self.asked = True
        found, why = self._taken(name, access, shown)
        # (a string, number or boolean the name itself holds is the same whatever code it is handed to, in an object or
        # not: only a write of the name changes it)
        scalar = not access and (found is None or type(found) in (str, int, float, bool))
        if reader.bindings.is_changed(name, root) or (not scalar and reader.is_escaped(name, root)):
            found, why = Unknown(shown), f"`{name}` is changed or handed to other code in this file"
        if type(found) is Unknown and why:
            self.misses[reader.source.offsets(node)] = why
        return found, True

    def imported_binding(self, node: Node) -> tuple[CodeReader, str, str, Node | None] | None:
        """For a name a module-level import binds (`import { Launch } from './launch'`, `from app.models import Launch`),
        or in Python a module's member (`m.Launch` of `import app.models as m`, `models.Launch` of `from app import
        models`; a name its one `from app.models import *` takes): the reader of the one module of the run that
        defines it, the name it has there, that module's path, and the node that module exports under that name (None:
        none it binds once, as imports.exported finds them); None when it is no such import, the module is not one of
        the run, or another module of the run may write that name (`Launch.prototype.toJSON = …`). A Python package
        passing the name on (`from .launch import Launch` in its `__init__.py`, `from .launch import *`) is followed to
        the module defining it (_defining). What the name is there (a class whose instances are plain data, a client's
        instance), its reader says."""
        reader = self.reader
        root, names = node, list[str]()
        while root.type in ("attribute", "member_expression"):  # m.Launch, app.models.Launch; JS `ids.build`
            attribute = root.child_by_field_name("attribute" if root.type == "attribute" else "property")
            inner = root.child_by_field_name("object")
            if attribute is None or inner is None or len(names) >= _DEEP:
                return None
            names.append(reader.source.raw(attribute))
            root = inner
        if root.type not in reader.name_types:
            return None
        names.reverse()
        dotted, links = reader.source.raw(root), self.links()
        while dotted not in links and names:  # import app.models: `app.models.Launch`
            dotted += "." + names.pop(0)
        if dotted not in links and not names and self._starred(dotted, root):  # from app.models import *
            self.asked = True
            if len(self.stars) != 1:
                return None  # (which of the modules it takes all names of binds it is not known)
            files, _ = self.files(self.stars[0], None)
            return self._defining(files[0], dotted) if len(files) == 1 and self._star_takes(files[0], dotted) else None
        if dotted not in links or not imports.module_import(reader, root):
            return None
        self.asked = True  # (what is read depends on another file, whatever it is: not kept in the result cache)
        files, member = self.files(*links[dotted])
        if member is None and names and self.kind != "python":
            member = names.pop(0)  # `ids.build` of `import * as ids`: a name of that module (more below it: _defining)
        while member is None and names and len(files) == 1:
            if len(names) == 1:  # a module's member: `m.Launch`
                member = names.pop()
            else:  # a package's submodule: `m.launch.Launch`
                files = self._submodule(files[0], names.pop(0))
        if len(files) != 1 or member is None or (names and self.kind == "python"):
            return None
        return self._defining(files[0], member, names)

    def _submodule(self, package: str, name: str) -> list[str]:
        """The files of the run a package's attribute `name` is as its submodule (`m.launch` of `import app.models as
        m`: app/models/launch.py): none unless the package is an `__init__.py` that binds no such name itself or by an
        import and takes no module's names (`from .launch import launch` makes `m.launch` the function) and has no
        `__getattr__` (which may answer anything)."""
        if os.path.basename(package) != "__init__.py" or self._binds(package, name):
            return []
        module = self._module(package)
        if module is None or "__getattr__" in module.reader.source.text:
            return []
        return self.run.resolution().python_module(name, 1, os.path.dirname(package))

    def _defining(self, path: str, member: str, below: list[str] | None = None) -> tuple[CodeReader, str, str, Node | None] | None:
        """The module of the run that binds `member` of the module at `path` itself, followed through Python modules
        passing it on (`from .launch import Launch [as Launch]`, one `from .launch import *` that takes it): that
        module's reader, the name there, its path and the node it binds (None: none it binds once). None when which
        module defines it is not certain (a name bound there and imported too, a module of several files, a cycle, a
        chain past _DEEP modules) or a module of the run may write one of the names it is known by. Each module of the
        chain is visited once: linear in the chain's length. `below`: the names read below `member` (`ids.build` of
        JavaScript's `import { ids }`), each read in the module `member` is, passed on whole (`export * as ids from
        './ids'`); None when `member` is no such module."""
        below = list(below or ())
        seen: set[tuple[str, str]] = set()
        known_as = []
        while True:
            if (path, member) in seen or len(seen) > _DEEP:
                return None  # (a cycle of re-exports, or a chain too long: not known)
            seen.add((path, member))
            known_as.append(member)
            module = self._module(path)
            if module is None:
                return None
            resolver = module.resolver
            if resolver.kind != "python":
                passed = self._js_passed(module, member)
                if passed is None:
                    break  # (defined here, or nowhere: what the module binds is its reader's to say)
                if not passed:
                    return None
                path, inner = passed[0]
                if inner is None:  # a module passed on whole: the next name is read in it
                    if not below:
                        return None
                    inner = below.pop(0)
                member = inner
                continue
            links = resolver.links()
            reader = module.reader
            bound = len(reader.bindings.bound.get((reader.root.id, member), ()))
            if member in links:  # from .launch import Launch (as Launch)
                if bound != 1:
                    return None  # (bound there as well as imported: which one the module holds is not read)
                if self._rebound_by_star(resolver, member):
                    return None  # (a later `from .v2 import *` may bind it again: which one the module holds is not read)
                files, inner = resolver.files(*links[member])
                if len(files) != 1 or inner is None:
                    return None  # (a module bound to the name, `from . import launch`: no class)
                path, member = files[0], inner
                continue
            if len(resolver.stars) == 1 and not member.startswith("_") and not bound:  # from .launch import *
                files, _ = resolver.files(resolver.stars[0], None)
                if len(files) != 1 or not self._star_takes(files[0], member):
                    return None
                path = files[0]
                continue
            break
        if below:
            return None  # (a name below a value the module binds itself: not followed)
        if any(self.run.writer([name], resolver.kind, path) is not None for name in dict.fromkeys(known_as)):
            return None
        return module.reader, member, path, module.own.get(member)

    def _js_passed(self, module: _Module, name: str) -> list[tuple[str, str | None]] | None:
        """Where a JavaScript module passes an exported name on from: `export { Launch } from './launch'` (or an
        imported name exported again, `export { default as Launch } from './launch'`) gives that module and the name
        there; `export * from './launch'` the one starred module that may export it. None: the module binds the name
        itself, or passes on no such name. Empty: which module it comes from is not known (a starred module not of the
        run, or more than one that may export it)."""
        resolver = module.resolver
        links = resolver.links()
        if name in links and (name in resolver.passed or _exported_again(module, name)):
            files, inner = resolver.files(*links[name])
            return [(files[0], inner)] if len(files) == 1 else []  # (inner None: the module itself, a namespace)
        if name == "default" or not resolver.stars or _binds_at_top(module, name):
            return None  # (`export *` passes no default export on, nor a name the module binds itself)
        found: list[tuple[str, str | None]] = []
        for spec in resolver.stars:
            files, _ = resolver.files(spec, None)
            if len(files) != 1:
                return []  # (a library's, or several files: may export it)
            if self._js_may_export(files[0], name, set()):
                found.append((files[0], name))
        return found if len(found) == 1 else ([] if found else None)

    def _js_may_export(self, path: str, name: str, seen: set[str]) -> bool:
        """Whether a JavaScript module of the run may export a name: binds it, passes it on, or takes all names of a
        module that may (one not read may)."""
        if path in seen or len(seen) > _DEEP:
            return path not in seen  # (a cycle adds nothing; past _DEEP modules: may)
        seen.add(path)
        module = self._module(path)
        if module is None:
            return True
        resolver = module.resolver
        if _binds_at_top(module, name) or (name in resolver.links() and name in resolver.passed):
            return True
        for spec in resolver.stars:
            files, _ = resolver.files(spec, None)
            if len(files) != 1 or self._js_may_export(files[0], name, seen):
                return True
        return False

    def _rebound_by_star(self, resolver: Resolver, name: str) -> bool:
        """Whether a Python module's `from m import *` written after the import binding a name may bind it again (one
        before it is replaced by it; where the import is not known, every one is asked)."""
        imported_at = resolver.linked_at.get(name, -1)
        return any(self._star_may_bind(resolver, spec, name)
                   for spec, at in zip(resolver.stars, resolver.star_at, strict=True) if at < 0 or at > imported_at)

    def _star_may_bind(self, resolver: Resolver, spec: _Spec, name: str) -> bool:
        """Whether `from m import *` (spec, in the module `resolver` reads) may bind a name: m's `__all__` lists it, or
        m has none and binds the name (itself, by an import, or by its own `import *`), or m cannot be read."""
        files, _ = resolver.files(spec, None)
        if len(files) != 1:
            return True  # (a library, or several files: not read)
        module = self._module(files[0])
        if module is None:
            return True
        if "__all__" not in module.own and b"__all__" not in module.reader.source.data:
            reader = module.reader  # (a class, a function, any name the module binds at its top: `own` holds fewer)
            return not name.startswith("_") and (self._binds(files[0], name) or (reader.root.id, name) in reader.bindings.bound)
        node = module.own.get("__all__")
        if node is None or module.reader.source.data.count(b"__all__") != 1:
            return True
        listed = module.reader.value(node, (), TreeSpans(), None)
        return not isinstance(listed, list) or not all(isinstance(item, str) for item in listed) or name in listed

    def _star_takes(self, path: str, name: str) -> bool:
        """Whether `from m import *` of the module at `path` takes a public name: always, when m binds no `__all__`;
        when it does, only when it binds it once to a list or tuple of strings written out that holds the name."""
        module = self._module(path)
        if module is None:
            return False
        if "__all__" not in module.own:
            return b"__all__" not in module.reader.source.data  # (one written otherwise, `__all__ += …`: not read)
        node = module.own["__all__"]
        if node is None or module.reader.source.data.count(b"__all__") != 1:
            return False
        listed = module.reader.value(node, (), TreeSpans(), None)
        return isinstance(listed, list) and all(isinstance(item, str) for item in listed) and name in listed

    def entered(self, path: str, name: str) -> bool:
        """Whether another module's class may be read now (not already being read: an import cycle, or past _DEEP
        modules); if so it is marked until `left`."""
        key = (path, name)
        if key in self.run.resolving or len(self.run.resolving) > _DEEP:
            return False
        self.run.resolving.add(key)
        return True

    def left(self, path: str, name: str) -> None:
        self.run.resolving.discard((path, name))

    def _starred(self, name: str, root: Node) -> bool:
        """Whether a name the file binds nowhere may be one its own `from m import *` takes (Python; not a builtin)."""
        return self.kind == "python" and bool(self.stars) and not name.startswith("_") \
            and name not in _BUILTINS and self.reader.bindings.binder(name, root) is None

    def _from_star(self, name: str, access: list[tuple[str, bool]], shown: str) -> tuple[Any, str]:
        """The value of a name the file takes by `from m import *`: m's, when m is the one such module and a module
        of the run (it binds the name exactly once and no other module writes it: run_value)."""
        if len(self.stars) != 1:
            return Unknown(shown), f"`{name}` may come from any of the modules this file takes all names of (`import *`)"
        spec = self.stars[0]
        files, _ = self.files(spec, None)
        if not files:
            if _library(spec):
                return Unknown(shown), ""
            return Unknown(shown), f"`{name}` is taken by `from {spec.shown()} import *`, and `{spec.shown()}` is not a " \
                "module of the checked files"
        return self.run_value(files, [(name, False), *access], shown, spec.shown())

    def noted(self, requests: list[LaunchRequest]) -> None:
        """Mark a file's launches as reading other modules (the result cache keeps none of them); with `-v`, say of
        each whose flow ID an import brings, not known, why (FL011): its inputs were not checked against a contract."""
        for request in requests:
            request.reads_module = True
            body, locator = request.body, request.body_locator
            if not self.run.files.verbose or not isinstance(body, dict) or type(body.get("flowId")) is not Unknown \
                    or not isinstance(locator, TreeSpans) or ("flowId",) not in locator.spans:
                continue
            where = locator.spans[("flowId",)][1]
            why = self.misses.get(where)
            if why:
                request.findings.append((Finding(
                    UNREAD_LAUNCH, (), f"the flow this launch starts is not known here: {why}, so its inputs were not "
                    "checked against the flow's contract", "bind the flow ID to a string literal in a module of the "
                    "checked files (or write it here)"), where))

    def _imported_name(self, name: str, access: list[tuple[str, bool]]) -> bool:
        links = self.links()
        if name in links:
            return True
        dotted = name
        for key, item in access:  # import app.config: `app.config.FLOW_ID`
            if item:
                break
            dotted += "." + key
            if dotted in links:
                return True
        return False

    def _taken(self, name: str, access: list[tuple[str, bool]], shown: str) -> tuple[Any, str]:
        """The value of `name` + `access` as this file's imports bring it, and why it is not known (or "")."""
        links = self.links()
        dotted, rest = name, list(access)
        while dotted not in links and rest and not rest[0][1]:
            dotted += "." + rest.pop(0)[0]
        spec, member = links[dotted]
        files, member = self.files(spec, member)
        if not files:
            if _library(spec):  # (`os.environ["FLOW_ID"]`: read at run time, as the code says; no miss of flowlint's)
                return Unknown(shown), ""
            return Unknown(shown), f"`{dotted}` is imported from `{spec.shown()}`, which is not a module of the checked files"
        if member is not None:
            rest.insert(0, (member, False))
        if not rest:
            return Unknown(shown), ""  # (a module itself: no JSON value)
        return self.run_value(files, rest, shown, spec.shown())

    # -- the exporting modules ---------------------------------------------------------------------
    def run_value(self, files: list[str], access: list[tuple[str, bool]], shown: str, written: str) -> tuple[Any, str]:
        """A module's member (and keys below it), alike in each file the module may be."""
        values = [self._in_module(path, access, shown) for path in files]
        first, why = values[0]
        if any(_unlike(first, other) for other, _ in values[1:]):
            return Unknown(shown), f"`{written}` may be one of several modules binding `{access[0][0]}` differently"
        if isinstance(first, str) and not is_uuid(first) and (
                (literal_secret(first) and not _BARE_ORIGIN.fullmatch(first)) or any(_SECRET_NAME.search(key) for key, _ in access)):
            return Unknown(shown), ""  # (never shown: it may be a secret)
        return first, why and f"`{shown}` comes from `{written}`, {why}"

    def _in_module(self, path: str, access: list[tuple[str, bool]], shown: str) -> tuple[Any, str]:
        module = self._module(path)
        if module is None:
            return Unknown(shown), f"which cannot be read ({os.path.basename(path)})"
        name = access[0][0]
        key = (path, name)
        if key in self.run.resolving or len(self.run.resolving) > _DEEP:
            return Unknown(shown), "which imports it in a cycle"
        self.run.resolving.add(key)
        try:
            return self._member(module, path, access, shown)
        finally:
            self.run.resolving.discard(key)

    def _member(self, module: _Module, path: str, access: list[tuple[str, bool]], shown: str) -> tuple[Any, str]:
        reader = module.reader
        passed = self._js_passed_value(module, access, shown)
        if passed is not None:
            return passed
        for end in range(len(access), 0, -1):  # the longest name it binds: `genesys.flowId` of module.exports = {…}
            if any(item for _, item in access[1:end]):
                continue
            dotted = ".".join(key for key, _ in access[:end])
            if dotted not in module.own:
                continue
            node = module.own[dotted]
            if node is None:
                return Unknown(shown), f"which binds `{dotted}` more than once"
            writer = self.run.writer([key for key, _ in access], module.resolver.kind, path)
            if writer is not None:  # (which value a launch reads depends on the order the modules run in)
                return Unknown(shown), f"which may be written by another module of the checked files ({os.path.basename(writer)})"
            found = reader.value(node, (), TreeSpans(), None)
            return _below(found, access[end:], self.kind, shown)
        name = access[0][0]
        resolver = module.resolver
        links = resolver.links()
        if name in links:  # passed on: `from .config import FLOW_ID` in an __init__.py, `export { X } from './x'`
            if resolver.kind == "python" and self._rebound_by_star(resolver, name):
                return Unknown(shown), f"which may bind `{name}` again by a later `import *` ({os.path.basename(path)})"
            files, member = resolver.files(*links[name])
            if files and member is not None and (resolver.kind == "python" or name in resolver.passed):
                return self._alike([self._in_module(each, [(member, False), *access[1:]], shown) for each in files], shown)
        if len(resolver.stars) == 1 and not name.startswith("_"):  # from .config import *, export * from './config'
            files, _ = resolver.files(resolver.stars[0], None)
            if files:
                return self._alike([self._in_module(each, access, shown) for each in files], shown)
        return Unknown(shown), f"which binds no `{name}` flowlint can read ({os.path.basename(path)})"

    def _js_passed_value(self, module: _Module, access: list[tuple[str, bool]], shown: str) -> tuple[Any, str] | None:
        """A name a JavaScript module passes on from another (`export { X } from './x'`, `exports.X =
        require('./x').X`, an imported name exported again) read where it comes from; a module passed on whole under a
        name (`export * as ids from './ids'`, `import * as ids …; export { ids }`, `exports.ids = require('./ids')`):
        the names below it read in that module. None: no such name (the module's own binding is read)."""
        resolver, name = module.resolver, access[0][0]
        links = resolver.links()
        if resolver.kind == "python" or name not in links or not (name in resolver.passed or _exported_again(module, name)):
            return None
        files, member = resolver.files(*links[name])
        if not files:
            return None
        if member is None:
            if len(access) == 1:
                return Unknown(shown), ""  # (a module itself: no JSON value)
            return self._alike([self._in_module(each, access[1:], shown) for each in files], shown)
        return self._alike([self._in_module(each, [(member, False), *access[1:]], shown) for each in files], shown)

    @staticmethod
    def _alike(values: list[tuple[Any, str]], shown: str) -> tuple[Any, str]:
        if any(_unlike(values[0][0], other) for other, _ in values[1:]):
            return Unknown(shown), "which may be one of several modules binding it differently"
        return values[0]


def _below(value: Any, access: list[tuple[str, bool]], kind: str, shown: str) -> tuple[Any, str]:
    """The part of a value the keys read (Python reads a dict's by item only)."""
    for key, item in access:
        if isinstance(value, Unknown):
            break
        if not isinstance(value, dict) or (kind == "python" and not item) or key not in value:
            return Unknown(shown), f"where `{key}` is not a member flowlint can read"
        value = value[key]
    if isinstance(value, Unknown):
        return value if type(value) is not Unknown else Unknown(shown), f"which binds it to `{value.source}`, known only at run time"
    return value, ""


#: Node's own modules written without `node:` (what they hold is the process's: its environment, its files).
_NODE_MODULES = frozenset({"process", "os", "fs", "path", "url", "util", "crypto", "child_process", "fs/promises"})


def _library(spec: _Spec) -> bool:
    """Whether an import names the language's own library (Python's `os`, Node's `node:process`)."""
    if spec.language == "python":
        return spec.level == 0 and spec.written.partition(".")[0] in sys.stdlib_module_names
    return spec.written.startswith("node:") or spec.written in _NODE_MODULES


def _unlike(one: Any, other: Any) -> bool:
    return type(one) is not type(other) or isinstance(one, Unknown) or one != other


def _key(written: str) -> str | None:
    """A subscript's key written as a plain string literal (`"follow_up"`), else None."""
    if len(written) >= 2 and written[0] in "'\"" and written[-1] == written[0] and "\\" not in written:
        return written[1:-1]
    return None


#: A JavaScript export clause of the module's own names (`export { Launch, other };`, not `… from './x'`).
_EXPORT_CLAUSE = re.compile(r"(?<![\w$])export\s*\{([^{}]{0,2000})\}(?!\s*from\b)")


def _exported_again(module: _Module, name: str) -> bool:
    """Whether a JavaScript module exports under its own name a name it imports (`import { Launch } from './launch';
    export { Launch };`)."""
    text = module.reader.source.text
    return "export" in text and any(name in (part.strip() for part in found.group(1).split(","))
                                    for found in _EXPORT_CLAUSE.finditer(text))


def _binds_at_top(module: _Module, name: str) -> bool:
    """Whether a JavaScript module may bind a name at its top (a class, a function, a constant, an import; exported or
    not): it writes that word anywhere (a comment too: more than it binds, never less)."""
    return name in module.own or re.search(r"(?<![\w$])" + re.escape(name) + r"(?![\w$])", module.reader.source.text) is not None


def _parsed(path: str, run: _Run) -> _Module | None:
    """A module of the run, parsed and read (None: not a file of the run, or not readable)."""
    exports = run.resolution()
    kind = named_kind(path)
    if path not in exports.modules or kind is None or imports.family(kind) is None:
        return None
    data = exports.read_bytes(path)
    if data is None:
        return None
    from .code import parsed
    from .decode import decode

    try:
        text, _ = decode(data, python=kind == "python")
        if text is None:
            return None
        source, tree = parsed(kind, text.removeprefix("\ufeff"))
        reader = _reader(kind, source, tree, run.files.max_depth)
        resolver = Resolver(reader, kind, path, run)
        reader.values_from = resolver
        own: dict[str, Node | None] = {}
        for name, node in _bound(reader, kind):
            own[name] = node if name not in own else None
        if kind == "python" and b"globals" in data:
            for name in _globals_written(data, own):
                own[name] = None  # (bound again at run time: as a name bound twice, not known)
        if kind == "python" and b"__name__" in data and b"modules" in data:
            for name in _self_written(data, own):
                own[name] = None  # sys.modules[__name__].FLOW_ID = …: as a name bound twice, not known
        resolver.links()
        return _Module(reader, own, resolver)
    except Exception:  # never a failure of the importing file: a module that cannot be read binds nothing known
        return None


def _bound(reader: CodeReader, kind: str) -> list[tuple[str, Node]]:
    """Each module-level name (and object or class member, dotted) a module binds, with the node read for its value."""
    found: list[tuple[str, Node]] = []
    for name, node in imports.exported(reader, kind):
        if kind == "python" and node.type == "class_definition":
            bases = node.child_by_field_name("superclasses")
            if bases is None or all(reader.source.raw(base) == "object" for base in bases.named_children):
                found.extend(imports.members(reader, name, node, 0))  # class Flows: FOLLOW_UP = "…"
            continue
        found.append((name, node))
    return found



_NAME = rb"[A-Za-z_$][\w$]*"
#: A name, then the members and items below it: `conf.FLOWS["cb"]`, `config.flowId` (bounded: linear on any bytes).
_CHAIN = rb"(?<![\w$])(?P<head>" + _NAME + rb")(?P<chain>(?:\s*\??\.\s*" + _NAME + rb"|\s*\[[^\]\n]{0,200}\]){0,8})\s*"
#: A write to what a name holds: assigned (`=`, `+=`, `??=`; not `==`, `=>`, `<=`) or changed by a method of it.
_WRITE = re.compile(
    _CHAIN + rb"(?:(?P<assigned>=(?![=>])|(?:\*\*|//|>>>|<<|>>|\?\?|\|\||&&|[-+*/%&|^@])=)"
    rb"|\.\s*(?:update|pop|popitem|setdefault|clear|__setitem__|__delitem__|__setattr__|__delattr__|set|delete|assign"
    rb"|splice|push|unshift|shift|fill|copyWithin|sort|reverse|append|extend|insert|remove)\s*\()")
#: The objects `del`/`delete`, `setattr`/`delattr`, `Object.assign` (and kin), `Reflect.set` (and kin) change.
_CHANGED = re.compile(
    rb"(?<![\w$.])(?:(?:del|delete)\s+(?P<deleted>[^\n;]{0,300})"
    rb"|(?:setattr|delattr|Object\s*\.\s*(?:assign|defineProperty|defineProperties|setPrototypeOf)"
    rb"|Reflect\s*\.\s*(?:set|deleteProperty|defineProperty))\s*\((?P<arguments>[^,()\n]{0,200}(?:,[^,()\n]{0,200})?))")
_PY_STAR_IMPORT = re.compile(rb"(?<![\w$])import\s*\*")
_WORDS = re.compile(_NAME)
#: Python: a member assigned with an annotation (`config.FLOW_ID: str = …`), the statement's first thing on its line.
_ANNOTATED = re.compile(rb"(?m)^[ \t]*" + _CHAIN + rb":[^=\n]{1,200}=(?!=)")
#: Python: a module's namespace written as a mapping (`config.__dict__["X"] = …`, `vars(config).update(X=…)`), the
#: name whose namespace it is group `head`/`of`, what follows on the line group `rest` (the names it may write).
_NAMESPACE = re.compile(
    rb"(?:(?<![\w$.])vars\s*\(\s*(?P<of>" + _NAME + rb"(?:\s*\.\s*" + _NAME + rb"){0,8})\s*\)|" + _CHAIN.removesuffix(rb"\s*")
    + rb"\s*\.\s*__dict__)\s*(?P<rest>[\[.][^\n]{0,300})")
#: Python: `import a.b.config as c`, `from a.b import config as c, x as y`: each alias (group 2) and what it names (1).
_IMPORT_LINE = re.compile(rb"(?m)^[ \t]*(?:from[ \t]+[\w.]+[ \t]+)?import[ \t]+([^\n#]{1,500})")
_ALIAS = re.compile(rb"([\w.]+)\s+as\s+(\w+)")


def _writes(data: bytes, family: str) -> set[tuple[str, ...]]:
    """The member paths a file's bytes may write: assigned (`conf.FLOW_ID = …`: `conf.FLOW_ID`; `FLOWS["cb"] = …`:
    all of `FLOWS`), changed by a method (`FLOWS.update(…)`), given to `del`, `setattr` or `Object.assign` (each
    name written there: all of it); a bare `NAME = …` only in a Python file taking all of a module's names (elsewhere
    it binds a name of its own). Matched as bytes, in code, comments and strings alike: more unknown values, never a
    guess. One scan of the file."""
    paths: set[tuple[bytes, ...]] = set()
    star = family == "python" and _PY_STAR_IMPORT.search(data) is not None
    for match in _WRITE.finditer(data):
        chain = match.group("chain")
        if match.group("assigned") is not None and not chain and not star and not _after_dot(data, match.start()):
            continue
        named = chain.partition(b"[")[0]  # (an item written: all of what holds it)
        words = (match.group("head"), *_WORDS.findall(named))
        if family == "js" and match.group("assigned") is not None and len(words) == 2 + (words[0] == b"module") \
                and words[:1 + (words[0] == b"module")] in ((b"exports",), (b"module", b"exports")):
            continue  # `exports.FLOW_ID = …`, `module.exports.FLOW_ID = …`: the file's own export, no other module's name
        paths.add(words)
    for match in _CHANGED.finditer(data):
        paths.update((word,) for word in _WORDS.findall(match.group("deleted") or match.group("arguments") or b""))
    if family == "python":
        _python_writes(data, paths)
    return {tuple(word.decode("utf-8", "replace") for word in path) for path in paths}


#: Python: a module writing its own names through `globals()`: an item assigned (the key, when written as a literal,
#: group `key`), or changed by a method of the mapping (`update`, `setdefault`…: any of its names).
_GLOBALS_WRITE = re.compile(
    rb"(?<![\w$.])globals\s*\(\s*\)\s*(?:\[\s*(?:(?P<quote>[\"'])(?P<key>\w{1,200})(?P=quote)|[^\]\n]{0,200})\s*\]"
    rb"\s*(?:=(?!=)|(?:\*\*|//|>>|<<|[-+*/%&|^@])=)"
    rb"|\.\s*(?:update|setdefault|pop|popitem|clear|__setitem__|__delitem__)\s*\()")


def _globals_written(data: bytes, own: dict[str, Node | None]) -> list[str]:
    """The names of its own a Python module writes through `globals()` (`globals()["FLOW_ID"] = …`: that one;
    `globals()[name] = …`, `globals().update(…)`: any of them). One scan."""
    written: list[str] = []
    for match in _GLOBALS_WRITE.finditer(data):
        if match.group("key") is None:
            return list(own)
        written.append(match.group("key").decode("utf-8", "replace"))
    return written


#: Python: a module reaching itself through `sys.modules[__name__]` (or `modules.get(__name__)`, `from sys import
#: modules`): in a call of `setattr`/`delattr` (written) or `getattr`/`hasattr` (read), group `call`; what follows on the
#: line, group `rest`.
_SELF_MODULE = re.compile(
    rb"(?<![\w$.])(?:(?P<call>setattr|delattr|getattr|hasattr)\s*\(\s*)?(?:sys\s*\.\s*)?modules\s*"
    rb"(?:\[\s*__name__\s*\]|\.\s*get\s*\(\s*__name__\s*\))(?P<rest>[^\n]{0,300})")
#: What follows `sys.modules[__name__]`: a member (group `member`), then whether it is only read (`)`, `,`, `==`, the
#: line's end…: group `read`); anything else after it (`=`, `+=`, `.update(…)`, `[…] =`) may write it.
_SELF_MEMBER = re.compile(rb"\s*\.\s*(?P<member>[A-Za-z_]\w*)(?P<read>\s*(?:[),:\]}#]|==|!=|\s(?:if|else|and|or|in|is)\b|$))?")
_SELF_SET = re.compile(rb"\s*,\s*(?P<quote>[\"'])(?P<key>\w{1,200})(?P=quote)")


def _self_written(data: bytes, own: dict[str, Node | None]) -> list[str]:
    """The names of its own a Python module writes through `sys.modules[__name__]`: `….FLOW_ID = …`, `….INPUTS.update(…)`,
    `setattr(sys.modules[__name__], "FLOW_ID", …)` (that one); the module bound to a name, handed to a call, its
    `__dict__`, a `setattr` whose name is not written literally (any of them). A member only read changes nothing.
    One scan."""
    written: list[str] = []
    for match in _SELF_MODULE.finditer(data):
        call, rest = match.group("call"), match.group("rest")
        if call in (b"getattr", b"hasattr"):
            continue
        if call is not None:
            named = _SELF_SET.match(rest)
            if named is None:
                return list(own)
            written.append(named.group("key").decode("utf-8", "replace"))
            continue
        member = _SELF_MEMBER.match(rest)
        if member is None or member.group("member") == b"__dict__":
            return list(own)  # this = sys.modules[__name__], vars(sys.modules[__name__]): any name may be written
        if member.group("read") is None:
            written.append(member.group("member").decode("utf-8", "replace"))
    return written


def _python_writes(data: bytes, paths: set[tuple[bytes, ...]]) -> None:
    """Python's other spellings of a write to what a name holds: an annotated member assignment, the namespace as a
    mapping (`__dict__`, `vars()`: all of it, and each name after it on the line), and each path written under an
    alias also under the name it stands for (`from app import config as c`: `c.X` is `config.X`). One scan each."""
    if b":" in data:
        for match in _ANNOTATED.finditer(data):
            if match.group("chain"):
                paths.add((match.group("head"), *_WORDS.findall(match.group("chain").partition(b"[")[0])))
    if b"__dict__" in data or b"vars" in data:
        for match in _NAMESPACE.finditer(data):
            if match.group("of") is not None:
                held = tuple(_WORDS.findall(match.group("of")))
            else:
                held = (match.group("head"), *_WORDS.findall(match.group("chain").partition(b"[")[0]))
            paths.add(held)
            paths.update((*held, word) for word in _WORDS.findall(match.group("rest")))
    if b" as " in data:
        aliases = {alias.group(2): alias.group(1).rpartition(b".")[2] for line in _IMPORT_LINE.finditer(data)
                   for alias in _ALIAS.finditer(line.group(1))}
        paths.update([(aliases[path[0]], *path[1:]) for path in paths if path and path[0] in aliases])


def _after_dot(data: bytes, at: int) -> bool:
    """Whether a name is written after a `.`, maybe past a little white space (`foo().FLOW_ID`: a member)."""
    start = max(0, at - 64)
    return data[start:at].rstrip()[-1:] == b"."


def _reader(kind: str, source: SourceText, tree: Tree, max_depth: int) -> CodeReader:
    """A module's reader, as extract.reader_for makes one (not imported: it imports this module)."""
    if kind == "python":
        from .python import PythonReader

        return PythonReader(source, tree, max_depth)
    from .javascript import JavaScriptReader

    return JavaScriptReader(source, tree, max_depth, kind)
