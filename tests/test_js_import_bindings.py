"""What the two readers of JavaScript/TypeScript imports take from each import form, pinned: `imports.Exports`'s reading
(launch URLs another module exports: the module, the member and the name shown, for each binding whose module is a
file of the tree) and `imported_values.Resolver`'s (values a body imports: each name's module as written and member, the
modules taken whole by `export *`, the names passed on by `export { … } from`). Both read one walk of the bindings
(imports.js_bindings); each keeps its own reading of it, so a change to either shows here."""

from __future__ import annotations

import os
from typing import Any

import pytest

from validator.sources import imported_values, imports, run_modules
from validator.sources.code import parsed
from validator.sources.extract import reader_for

ROOT = os.path.abspath("/project")
MODULES = ["src/config.ts", "src/other.ts", "src/dir/index.ts"]

#: Each import form, and what each reader takes from it today:
#: (Exports' adds: (local, files, member, shown)), (Resolver's links: local -> (written, member)), stars, passed.
FORMS: list[tuple[str, str, list[tuple[str, tuple[str, ...], str | None, str | None]], dict[str, tuple[str, str | None]],
                  list[str], list[str]]] = [
    ("default", "import cfg from './config';",
     [("cfg", ("src/config.ts",), None, None), ("cfg", ("src/config.ts",), "default", "cfg")],
     {"cfg": ("./config", "default")}, [], []),
    ("named", "import { A, B as C } from './config';",
     [("A", ("src/config.ts",), "A", "A"), ("C", ("src/config.ts",), "B", "B")],
     {"A": ("./config", "A"), "C": ("./config", "B")}, [], []),
    ("namespace", "import * as ns from './config';",
     [("ns", ("src/config.ts",), None, None)], {"ns": ("./config", None)}, [], []),
    ("default-and-named", "import def, { A } from './config';",
     [("def", ("src/config.ts",), None, None), ("def", ("src/config.ts",), "default", "def"),
      ("A", ("src/config.ts",), "A", "A")],
     {"def": ("./config", "default"), "A": ("./config", "A")}, [], []),
    ("default-and-namespace", "import def, * as ns from './config';",
     [("def", ("src/config.ts",), None, None), ("def", ("src/config.ts",), "default", "def"),
      ("ns", ("src/config.ts",), None, None)],
     {"def": ("./config", "default"), "ns": ("./config", None)}, [], []),
    ("import-equals-require", "import x = require('./config');", [], {}, [], []),
    ("require", "const c = require('./config');",
     [("c", ("src/config.ts",), None, None)], {"c": ("./config", None)}, [], []),
    ("require-destructured", "const { A, B: b, 'C-D': cd } = require(\"./config\");",
     [("A", ("src/config.ts",), "A", "A"), ("b", ("src/config.ts",), "B", "B"),
      ("cd", ("src/config.ts",), "C-D", "'C-D'")],
     {"A": ("./config", "A"), "b": ("./config", "B"), "cd": ("./config", "C-D")}, [], []),
    ("require-defaults-and-rest", "const { A = 1, B: { C }, ...rest } = require('./config');", [], {}, [], []),
    ("require-member", "const c = require('./config').sub;", [], {}, [], []),
    ("require-template", "const c = require(`./config`);", [], {}, [], []),
    ("require-two", "let a = require('./config'), b = require('./other');",
     [("a", ("src/config.ts",), None, None), ("b", ("src/other.ts",), None, None)],
     {"a": ("./config", None), "b": ("./other", None)}, [], []),
    ("exported-require", "export const c = require('./config');",
     [("c", ("src/config.ts",), None, None)], {"c": ("./config", None)}, [], []),
    ("dynamic-import", "const m = await import('./config');", [], {}, [], []),
    ("re-export", "export { A as B, C } from './config';", [],
     {"B": ("./config", "A"), "C": ("./config", "C")}, [], ["B", "C"]),
    ("re-export-default", "export { default, default as URL } from './config';", [],
     {"default": ("./config", "default"), "URL": ("./config", "default")}, [], ["URL", "default"]),
    ("export-all", "export * from './config';", [], {}, ["./config"], []),
    ("export-all-as", "export * as ns from './config';", [], {"ns": ("./config", None)}, [], ["ns"]),
    ("commonjs-all", "module.exports = require('./config');", [], {}, ["./config"], []),
    ("commonjs-spread", "module.exports = { ...require('./config'), other: 1 };", [], {}, ["./config"], []),
    ("commonjs-member", "exports.A = require('./config').A;", [], {"A": ("./config", "A")}, [], ["A"]),
    ("commonjs-module", "module.exports.c = require('./config');", [], {"c": ("./config", None)}, [], ["c"]),
    ("commonjs-object", "module.exports = { B: require('./config').A };", [], {"B": ("./config", "A")}, [], ["B"]),
    ("type-import", "import type { T } from './config';",
     [("T", ("src/config.ts",), "T", "T")], {"T": ("./config", "T")}, [], []),
    ("inline-type", "import { type T, A } from './config';",
     [("T", ("src/config.ts",), "T", "T"), ("A", ("src/config.ts",), "A", "A")],
     {"T": ("./config", "T"), "A": ("./config", "A")}, [], []),
    ("side-effect", "import './config';", [], {}, [], []),
    ("multi-line-comments", "import {\n  A, // the URL\n  /* renamed */ B as C,\n} from './config' // there\n;",
     [("A", ("src/config.ts",), "A", "A"), ("C", ("src/config.ts",), "B", "B")],
     {"A": ("./config", "A"), "C": ("./config", "B")}, [], []),
    ("string-name", "import { 'a-b' as s } from './config';",
     [("s", ("src/config.ts",), "'a-b'", "'a-b'")], {"s": ("./config", "a-b")}, [], []),
    ("default-as", "import { default as X } from './config';",
     [("X", ("src/config.ts",), "default", "default")], {"X": ("./config", "default")}, [], []),
    ("directory-index", "import { A } from './dir';",
     [("A", ("src/dir/index.ts",), "A", "A")], {"A": ("./dir", "A")}, [], []),
    ("not-in-tree", "import { A } from './missing';\nconst b = require('./gone');", [],
     {"A": ("./missing", "A"), "b": ("./gone", None)}, [], []),
    ("package", "import axios from 'axios';", [], {"axios": ("axios", "default")}, [], []),
    ("escaped-specifier", "import { A } from './con\\x66ig';", [], {"A": ("", "A")}, [], []),
    ("bound-twice", "import { A } from './config';\nimport { B as A } from './other';",
     [("A", ("src/config.ts",), "A", "A"), ("A", ("src/other.ts",), "B", "B")], {"A": ("", None)}, [], []),
    ("inside-a-function", "function f() { const c = require('./config'); }", [], {}, [], []),
]


def _reader(text: str) -> Any:
    source, tree = parsed("typescript", text)
    return reader_for("typescript", source, tree, 100, os.path.join(ROOT, "src/launch.ts"))


@pytest.mark.parametrize(("text", "adds"), [(form[1], form[2]) for form in FORMS], ids=[form[0] for form in FORMS])
def test_what_the_launch_url_reading_takes_from_each_import_form(
        text: str, adds: list[tuple[str, tuple[str, ...], str | None, str | None]]) -> None:
    exports = imports.Exports({}, [os.path.join(ROOT, m) for m in MODULES])
    reader = _reader(text)
    found: list[tuple[str, tuple[str, ...], str | None, str | None]] = []

    def add(local: str, files: list[str], member: str | None, shown: str | None) -> None:
        if files:
            found.append((local, tuple(os.path.relpath(f, ROOT) for f in files), member, shown))

    statements = reader.root.named_children
    assert statements  # (the text parsed to statements)
    for statement in statements:
        exports._js_import(reader, statement, os.path.join(ROOT, "src"), add)
    assert found == adds


@pytest.mark.parametrize(("text", "links", "stars", "passed"), [form[1:2] + form[3:] for form in FORMS],
                         ids=[form[0] for form in FORMS])
def test_what_the_imported_value_reading_takes_from_each_import_form(
        text: str, links: dict[str, tuple[str, str | None]], stars: list[str], passed: list[str]) -> None:
    files = run_modules.RunFiles([os.path.join(ROOT, m) for m in MODULES], lambda path: None, 100, False)
    resolver = imported_values.Resolver(_reader(text), "typescript", os.path.join(ROOT, "src/launch.ts"),
                                        imported_values._Run(files))
    found = {local: (spec.written, member) for local, (spec, member) in resolver.links().items()}
    assert found == links
    assert [spec.written for spec in resolver.stars] == stars
    assert sorted(resolver.passed) == passed
