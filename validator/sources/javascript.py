"""Launch requests in JavaScript and TypeScript: fetch/node-fetch/undici, axios, got, ky and the JS SDK."""

from __future__ import annotations

import copy
import functools
import json
import math
import re
import urllib.parse
from typing import TYPE_CHECKING, Any, cast

from ..core.codes import MISSING_FLOW_ID, NO_JSON_NUMBER, SDK_ARGUMENTS
from ..core.diagnostics import Finding, Path
from ..core.stop import checked
from ..core.unknown import Computed, NoJsonNumber, OpenObject, Outside, Unknown, contains_unknown, literal_size
from .branches import Branches
from .code import (
    EVERY_KEY,
    READ_ON,
    Bindings,
    Change,
    CodeReader,
    SourceText,
    Unindexed,
    ancestors,
    chain_root,
    fields,
    json_number,
    nodes_of,
    parent_of,
    serialized_unknown,
    url_joined,
    walk,
)
from .embedded import embedded_body, embedded_body_with_holes
from .model import (
    FALLBACK_GETTERS,
    NO_BODY,
    VALUE_WRAPPERS,
    Header,
    LaunchRequest,
    Offsets,
    RoundedInteger,
    Text,
    TreeSpans,
    is_secret_name,
    literal_secret,
)
from .urls import launch_url

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from tree_sitter import Node, Tree

    from .code import HandOffsLike

    #: A field's `this.<name>` uses by (class body id, static), and the ids of classes with a base that use it (by static).
    _FieldUses = tuple[dict[tuple[int, bool], list[Node]], dict[bool, set[int]]]

_SCOPES = frozenset({"program", "statement_block", "switch_body", "function_declaration", "function_expression", "function",
                     "arrow_function", "method_definition", "for_statement", "for_in_statement", "catch_clause",
                     "generator_function_declaration", "generator_function", "class_body"})
#: A unary operator that keeps a number a number, and the sign it gives (`!`, `~`, `typeof` make something else).
_SIGNS = {"+": 1.0, "-": -1.0}
#: Names and members JavaScript reads as a number JSON has no form for.
_NON_FINITE = {"Infinity": math.inf, "NaN": math.nan, "Number.POSITIVE_INFINITY": math.inf,
               "Number.NEGATIVE_INFINITY": -math.inf, "Number.NaN": math.nan}

_ENUMS = frozenset({"enum_declaration"})  # TypeScript's: the JavaScript grammar has none
_WRAPPERS = frozenset({"parenthesized_expression", "as_expression", "satisfies_expression", "non_null_expression",
                       "type_assertion", "await_expression"})
_VERBS = {"post": "POST", "get": "GET", "put": "PUT", "patch": "PATCH", "delete": "DELETE", "head": "HEAD", "options": "OPTIONS"}
#: Test doubles for HTTP clients: calls on them describe replies or expectations, not launches.
_MOCKS = re.compile(r"mock|nock|moxios|msw|sinon|stub|supertest", re.I)
#: Cypress's calls that answer the app's requests in a test (a stand-in's reply), never send one.
_CYPRESS_STAND_INS = frozenset({"intercept", "route"})
#: Servers and routers: their .post(path, handler) defines a route (a fake platform, a proxy), it sends nothing.
_SERVERS = re.compile(r"^(?:express|Router|fastify|Fastify|Koa|KoaRouter|Hono|Elysia|polka|restify|createServer|"
                      r"Application|app|router|server|fastify|routes?)$")
#: Keys of request options (fetch, got, ky, ofetch, a wrapper of them), and the members a launch body has.
_OPTION_KEYS = frozenset({"body", "json", "headers", "data", "method", "params", "query", "searchParams", "form", "timeout"})
_LAUNCH_MEMBERS = frozenset({"flowId", "flowVersion", "inputData", "name"})
_FUNCTIONS = frozenset({"arrow_function", "function_expression", "function", "generator_function", "function_declaration",
                        "generator_function_declaration", "method_definition"})
#: Functions that only read their arguments (a launch call, serialization, logging): passing a name to them changes nothing.
_READS_ONLY = frozenset({"fetch", "post", "put", "patch", "request", "axios", "got", "ky", "needle", "postFlowsExecutions", "stringify",
                         "log", "info", "debug", "warn", "error", "trace", "dir", "json", "String", "Boolean", "Number"})
#: Array methods that call their callback with each item first.
_ITERATING = frozenset({"forEach", "map", "filter", "find", "findIndex", "findLast", "findLastIndex", "some", "every",
                        "flatMap"})
#: Of those, the ones that call it with every item (the others may stop early).
_EVERY_ITEM = frozenset({"forEach", "map", "filter", "flatMap"})
#: Methods that change the object they are called on (headers.append, list.push…).
_MUTATORS = frozenset({"set", "append", "delete", "push", "splice", "unshift"})
#: The calls that change the object given first (`Reflect.deleteProperty(body, 'legacyKey')`): what it holds after
#: them is not known.
_CHANGES_ITS_FIRST = frozenset({"Reflect.deleteProperty", "Reflect.set", "Reflect.defineProperty", "Object.defineProperty",
                                "Object.defineProperties", "Object.setPrototypeOf", "Reflect.setPrototypeOf"})
#: The nodes that bind or change names.
_INDEXED = _FUNCTIONS | {"call_expression", "variable_declarator", "assignment_expression", "augmented_assignment_expression",
                         "update_expression", "unary_expression", "import_specifier", "import_clause", "namespace_import", "catch_clause",
                         "for_in_statement", "variable_declaration", "class_declaration"}
#: The patterns a destructuring write (`[a, b.c] = …`, `({ k: x.y } = …)`) is made of, around the places it writes.
_PATTERNS = frozenset({"object_pattern", "array_pattern", "pair_pattern", "assignment_pattern", "object_assignment_pattern",
                       "rest_pattern", "parenthesized_expression"})
#: A string literal's nodes (a Basic credential is looked for in each, in a file that signs in).
_STRINGS = frozenset({"string", "template_string"})
_CALLS = frozenset({"call_expression"})
#: Where a name may be stored for other code to reach: an object's values (`{ b: body }`, `{ body }`), an array's
#: items, a default parameter (`function fill(b = body)`).
_CONTAINERS = frozenset({"pair", "shorthand_property_identifier", "array", "assignment_pattern"})
_SECRETS = frozenset({"pair", "variable_declarator"})
#: How many wrappers a client secret's literal is looked for through (`String(Buffer.from('…'))`).
_WRAPPED_DEPTH = 4
_OPTION_CLIENTS = frozenset({"got", "ky"})  # clients whose second argument is options (json/body), not data
#: The modules of those clients, imported under any name (`import client from 'ky'`), and the client each is.
_OPTION_MODULES = {"got": "got", "ky": "ky", "ky-universal": "ky"}
_OFETCH = frozenset({"$fetch", "ofetch", "useFetch", "useLazyFetch"})  # ofetch and Nuxt's wrappers of it
_NODE_HTTP = frozenset({"https", "http", "node:https", "node:http"})
_REQUEST_MODULES = frozenset({"request", "request-promise", "request-promise-native", "requestretry", "postman-request"})
#: The packages whose export is fetch (or, undici's, a request that takes fetch's options): called by any name.
_FETCH_MODULES = frozenset({"node-fetch", "cross-fetch", "isomorphic-fetch", "undici"})
_ANY_NAME_CLIENTS = _REQUEST_MODULES | _FETCH_MODULES | {"ofetch"}  # modules whose client a call reads as a launch by its import alone
#: Every name `_launch` reads a call of (a client loaded by any name aside): a call of another is no launch read there.
#: A branch for a new name must add it here (tests/test_reader_dispatch.py holds the skip to the whole dispatch).
#: The launch request's members: an object holding one, given where the SDK takes options, is a misplaced body.
_LAUNCH_MEMBERS = frozenset({"flowId", "flowVersion", "inputData", "name"})
#: wretch's request methods (`wretch(url).post(body)`), by the method each sends; `opts` sends OPTIONS.
_WRETCH_VERBS = {"post": "POST", "put": "PUT", "patch": "PATCH", "get": "GET", "delete": "DELETE", "head": "HEAD",
                 "opts": "OPTIONS"}
#: The steps of a wretch chain that change nothing a launch's check reads: error handlers, reply resolvers, an addon's
#: query string (after the path), a polyfill, an abort signal.
_WRETCH_QUIET = frozenset({"catcher", "catcherFallback", "customError", "errorType", "resolve", "addon", "polyfills",
                           "fetchPolyfill", "signal", "query", "setTimeout", "controller"})
#: The steps of a wretch chain `wretch` reads (any other leaves the chain unread).
_WRETCH_STEPS = _WRETCH_QUIET | {"url", "headers", "content", "auth", "accept", "json", "body", "formUrl", "formData",
                                 "options", "middlewares", "defer"}
_DISPATCHED = frozenset({"opts", "postFlowsExecutions", "ajax", "open", "fetch", "request", "axios", *_VERBS, *_OFETCH,
                         *_OPTION_CLIENTS, "needle"})
#: What a bare call of these names means when the file binds the name to none of its own (a global, an import of a
#: package): fetch, undici's request, axios, got, ky, ofetch.
_LIBRARY_NAMES = frozenset({"fetch", "request", "axios", "got", "ky"}) | _OFETCH
#: Where a project imports its own modules from: a relative path, or a path alias of its bundler (`@/api`, `~/api`).
_OWN_MODULES = (".", "/", "@/", "~/", "~")
_FOLLOW_BUDGET = 2000  # same-file calls followed per file, at most
#: How many byte wrappers a body is read through (`new Blob([Buffer.from(JSON.stringify(body))])`).
_ENCODED_DEPTH = 3
_OMIT: Any = object()  # `undefined`, a function, a symbol: JSON.stringify leaves the member out (an item: null)
#: Values JSON.stringify leaves out like undefined: functions and classes (a symbol is a `Symbol(…)` call).
_FUNCTION_VALUES = frozenset({"arrow_function", "function_expression", "function", "generator_function", "class"})


#: An axios instance's or the library's defaults given what it sends (`api.defaults.data = …`): its data rewritten.
_DEFAULT_DATA = re.compile(rb"defaults\s*\.\s*data\b|defaults\s*\[\s*['\"]data['\"]")

class BigIntLiteral(Unknown):
    """A BigInt literal (`10n`) in a body: JSON.stringify throws a TypeError on it, so a body holding one is never
    sent; `at` is where it is written."""

    __slots__ = ("at",)

    def __init__(self, source: str, at: Offsets) -> None:
        super().__init__(source)
        self.at = at


def _thrown(value: Any) -> BigIntLiteral | None:
    """The first BigInt a serialized value holds (JSON.stringify throws on it), if any."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, BigIntLiteral):
            return item
        if isinstance(item, dict):
            stack.extend(reversed(item.values()))
        elif isinstance(item, list):
            stack.extend(reversed(item))
    return None
_WORDS = re.compile(rb"#?[\w$\x80-\xff]+")  # a name as written (a private `#name` with its `#`), to find its mentions
#: Calls that copy an object literal's members onto another object (`Object.assign(this, { body })`, lodash's merge…).
_MERGES = frozenset({"assign", "defineProperty", "defineProperties", "extend", "merge", "mergeWith", "assignIn", "defaults",
                     "defaultsDeep"})
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v", "0": "\0"}


#: Methods that return a string whatever their receiver holds (Number, Date, Array and String methods).
_TEXT_METHODS = frozenset({"toString", "toFixed", "toPrecision", "toISOString", "toLocaleString", "join", "trim",
                           "toLowerCase", "toUpperCase", "padStart", "padEnd"})


#: What sets every jQuery request up, written in a file: the call of a setup, a prefilter, a transport or a send handler,
#: or jQuery's settings object named.
_SETS_UP = re.compile(rb"\b(?:ajaxSetup|ajaxPrefilter|ajaxTransport|ajaxSend)\s*\(|\bajaxSettings\b")
#: The files that may set jQuery up, of the last run asked (its RunFiles, and the path keys of those files). Asked only
#: through a run's imported values (run_modules.current: the CLI's one run, never the editor server's threads).
_SETUP_FILES: tuple[object, frozenset[str]] = (None, frozenset())


def _setup_files(files: Any) -> frozenset[str]:
    """The path keys of a run's JavaScript, TypeScript and HTML files that may set every jQuery request up (_SETS_UP),
    each read once a process by the run's own reader (inside the tree, within the size limit) and searched whole."""
    global _SETUP_FILES
    if _SETUP_FILES[0] is not files:
        import os

        from .kinds import HTML, JAVASCRIPT, TSX, TYPESCRIPT

        suffixes = JAVASCRIPT + TYPESCRIPT + TSX + HTML
        found = set()
        for path in files.paths:
            try:
                data = files.read(path) if path.lower().endswith(suffixes) else None
            except Exception:  # unreadable: the run says so where it checks the file (it sets nothing up)
                data = None
            if isinstance(data, bytes) and b"ajax" in data and _SETS_UP.search(data):
                found.add(os.path.normpath(os.path.abspath(path)))  # (as imports.path_key keys it: imported without a cycle)
        _SETUP_FILES = (files, frozenset(found))
    return _SETUP_FILES[1]


def _literal_key(key: Node) -> bool:
    """Whether a computed key is written as the literal it is (`['type']`, `` [`a1`] ``), not a name of a constant."""
    inner = key.named_children[0] if key.named_children else None
    return inner is not None and inner.type in ("string", "template_string")


#: Calls that merge into their first argument (`Object.assign(target, …)`, lodash's `_.merge`): a field given to one is
#: changed by it.
#: The calls a static field is handed to that only read it (serialize or send it): any other may change it first.
_SENDING_STATIC = frozenset({"JSON.stringify", "fetch", "axios", "axios.post", "axios.put", "axios.patch", "axios.request",
                             "got.post", "ky.post", "superagent.post", "needle.post", "$.post", "$.ajax"})


class JavaScriptReader(CodeReader):
    call_types = _CALLS
    name_types = frozenset({"identifier", "shorthand_property_identifier"})
    held_types = frozenset({"array"})
    jump_types = frozenset({"break_statement", "continue_statement", "return_statement", "throw_statement"})
    #: A case of a switch runs its statements in order once entered (at its label, never in its middle).
    sequence_types = frozenset({"program", "statement_block", "switch_case", "switch_default"})
    function_types = _FUNCTIONS | {"class_body"}
    named_function_types = _FUNCTIONS | {"class_declaration"}
    dynamic_callee_types = frozenset({"subscript_expression", "call_expression"})
    omitted = _OMIT
    sent_types = frozenset({"object", "array", "string", "template_string", "number", "true", "false", "null"})
    object_types = frozenset({"object"})
    nothing_types = frozenset({"null", "undefined"})
    word_pattern = _WORDS

    def __init__(self, source: SourceText, tree: Tree, max_depth: int, kind: str = "javascript", *, indexed: bool = True) -> None:
        self.kind = kind
        self.fields = fields(kind)
        self.source = source
        self.not_sent = []
        self._names_written = {}
        self._leaving_found = {}
        self._static_unchanged: dict[tuple[str, str], bool] = {}  # (class, field) -> static_field's verdict
        self.read_calls = set()
        self.root = tree.root_node
        self.max_depth = max_depth
        # (not indexed: any question of the bindings gives the reading up, never answered as if the file bound nothing)
        self.bindings = Bindings(_SCOPES) if indexed else cast("Bindings", Unindexed())
        self.escapes = []
        #: a member of a name handed to a call not known to only read it: (the name, where, the member's key or None)
        self._parts_handed: list[tuple[str, Node, str | None]] = []
        self.stored = []
        self.key_writes = []
        self.aliases = []
        self.iterated = set()
        self.reaching = set()
        self.turns = {}
        self._resolving: set[int] = set()
        self.frames: dict[int, dict[str, Node | None]] = {}
        self._budget = _FOLLOW_BUDGET
        self.branches = Branches()  # the other bodies a conditional may give a call (body: c ? a : b)
        #: Options made by a same-file function (`fetch(url, opts(body))`) while one launch is read: each followed call's
        #: id -> the object it returns, and the frames held for them (their members are read after `members` returns).
        self._made_options: dict[int, Node] = {}
        self._held: list[tuple[int, int]] = []  # (function id, call id), in the order followed
        self._reading = 0  # how many launches are being read (a followed call's frame is held only inside one)
        self._params: dict[int, list[str | None]] = {}  # function node id -> its parameters (None: destructured)
        #: (scope id, name) -> what a destructuring declaration binds it to: `const { method = 'GET', body } = opts`
        #: binds `method` to (the node `opts`, "method", its default). See lookup.
        self._pattern_parts: dict[tuple[int, str], tuple[Node, str, Node | None]] = {}
        self._destructuring: set[int] = set()  # the declarations being read (a name read through itself: unknown)
        self.imports: dict[str, str] = {}  # a name imported from a module -> the module
        #: a name imported from a module -> the export it names there: `default` (`import f from 'm'`), `*` (`import * as
        #: m from 'm'`), or the export's own name (`import { fetch as uf }`, `const { default: f } = require('m')`); a
        #: name bound to a whole `require('m')` is not in it
        self.taken_exports: dict[str, str] = {}
        #: (class body id, static) -> this.<name>'s values, for an instance's `this` or (static) the class's.
        self._class_members: dict[tuple[int, bool], dict[str, list[Node | None]]] = {}
        #: (class body id, static, name) -> how the class changes this.<name> (see _this_changes).
        self._this_uses: dict[tuple[int, bool, str], tuple[list[Change], bool] | None] = {}
        #: A class of this file by name -> its constructor and the members it gives an instance (None: not plain data).
        self._plain_classes: dict[tuple[str, int], tuple[Node | None, list[tuple[str, Node, Node]]] | None] = {}
        self._constructing: set[str] = set()  # the classes whose instance is being read (constructed), outermost first
        self._endless = False  # an instance being read makes one of its own class again: it never ends, nothing is sent
        #: (class body id, static) -> this.<name> = … written there (built in one pass, see _this_writes).
        self._this_written: dict[tuple[int, bool], dict[str, list[Node | None]]] | None = None
        #: a field's name -> its `this.<name>` uses by class (see _field_uses); None: mentioned in another way.
        self._fields: dict[str, _FieldUses | None] = {}
        self._enums: list[Node] | None = None  # the file's TypeScript enums, once asked for
        self._enums_by_name: dict[str, list[Node]] | None = None  # them by name (see _enums_named)
        #: enum node id -> its members by key and its values by written name (see _enum_members)
        self._enum_member_index: dict[int, tuple[dict[str, list[Node]], dict[str, list[Node | None]]]] = {}
        #: A module-level name's object, read once for every member of it a launch reads (constant_member).
        self._constant_objects: dict[tuple[int, str], dict[str, Any]] = {}
        self._interceptor_calls: list[tuple[tuple[str, str], bool]] | None = None  # its axios request interceptors
        self._loaders: list[Node] = []  # the calls of `require` and `import(…)`, found by _index
        self._typed_members: dict[str, bool] = {}  # a member's name -> whether it is declared with an axios type
        # One walk over the tree for every node the reader looks at; sorted out by type below.
        self.nodes = nodes_of(kind, self.root, _INDEXED | _CALLS | _SECRETS | _CONTAINERS) if indexed else []
        if indexed:  # (not indexed: a fix's proof reads only the literals its edit changed, code_editor.local_launch)
            self._index()

    # -- bindings --------------------------------------------------------------------------------
    def _index(self) -> None:
        b = self.bindings
        iterations: list[tuple[Node, Node | None]] = []  # (a loop's item or a callback's parameter, what it iterates)
        # Each literal's outermost one, found going down, never up: a node's parent costs tree-sitter a walk from the
        # root, so asking it of every literal of a 10,000-deep one is quadratic (python.PythonReader._index).
        outermost: dict[int, Node] = {}
        only_read: dict[int, bool] = {}  # an outermost literal's id → whether only a reading call is handed it
        for node in checked(self.nodes):  # (an editor's overtaken check stops within a batch)
            kind = node.type
            if kind in _CONTAINERS:
                top = outermost.pop(node.id, node)
                self._stored_in(node, top, only_read)
                for child in _held(node):
                    outermost[child.id] = top
            if kind not in _INDEXED:
                continue
            if kind == "variable_declarator":
                name = node.child_by_field_id(self.fields.name)
                if name is not None and name.type == "identifier":
                    b.bind(b.scope_of(node), self.source.raw(name), node.child_by_field_id(self.fields.value))
                    self.alias_of(name, node.child_by_field_id(self.fields.value))  # const inputs = body.inputData
                elif name is not None:
                    value = node.child_by_field_id(self.fields.value)
                    module = self._required(value)
                    if name.type == "object_pattern" and value is not None and value.type == "identifier":
                        self._pattern_of(name, value, b.scope_of(node))
                    for part in walk(name):
                        if part.type in ("identifier", "shorthand_property_identifier_pattern"):
                            b.bind(b.scope_of(node), self.source.raw(part), None)
                            self.alias_of(part, value)  # const { inputData } = body: written through, body changes
                            if module is not None:
                                self.imports[self.source.raw(part)] = module  # const { request } = require('undici')
                                self.taken_exports[self.source.raw(part)] = self._pattern_key(part)
            elif kind in _FUNCTIONS:
                params = node.child_by_field_id(self.fields.parameters) or node.child_by_field_id(self.fields.parameter)
                for part in walk(params) if params is not None else ():
                    if part.type in ("identifier", "shorthand_property_identifier_pattern"):
                        b.bind(node, self.source.raw(part), None)
                self._params[node.id] = self._parameter_names(params)
                name = node.child_by_field_id(self.fields.name)
                if name is not None and node.parent is not None:
                    declared = kind in ("function_declaration", "generator_function_declaration")
                    b.bind(b.scope_of(node), self.source.raw(name), node if declared else None)
            elif kind == "call_expression":
                self._mutating_call(node)
                if (each := self._iterating(node)) is not None:
                    iterations.append(each)  # [body].forEach(r => delete r.extra): r may be body
                if self._escaping_call(node) in ("require", "import"):
                    self._loaders.append(node)  # (a callee written `require` or `import` ends with that name)
            elif kind in ("assignment_expression", "augmented_assignment_expression", "update_expression"):
                target = node.child_by_field_id(self.fields.left) or node.child_by_field_id(self.fields.argument)
                added = self._member_of(target) if kind == "assignment_expression" else None
                root = self._root_name(target)
                right = node.child_by_field_id(self.fields.right) if kind == "assignment_expression" else None
                if target is not None and target.type in ("member_expression", "subscript_expression") \
                        and right is not None and right.type == "identifier":
                    self.stored.append((self.source.raw(right), right))  # ctx.body = body: reachable through ctx
                # (`v.x = undefined`, or a name that may be: JSON.stringify leaves the member out; `v.n++` gives a number)
                given = node.child_by_field_id(self.fields.right)
                self._wrote_member(target, removes=kind != "update_expression" and (
                    given is None or self.unwrap(given).type not in self.sent_types))
                inside = self._member_of(target.child_by_field_id(self.fields.object)) \
                    if added is None and target is not None and target.type == "subscript_expression" else None
                if added is not None and target is not None:  # body.type = …, body['type'] = …
                    b.add_member(*added, node, node.child_by_field_id(self.fields.right), self._last_key(target))
                elif inside is not None and kind != "update_expression":
                    # body.inputData[`Flow.${k}`] = v: a key not written out, inside a member: only that member's object
                    # is open (any key of it may be given), the body's own keys and the rest still known
                    b.add_member(inside[0], (*inside[1], EVERY_KEY), node)
                elif root:
                    b.mutate(root, node)
                elif target is not None and target.type in _PATTERNS:
                    self._written_through(target, node)  # [FLOWS.followUp] = …, ({ k: FLOWS.followUp } = …)
            elif kind == "for_in_statement" and (target := node.child_by_field_id(self.fields.left)) is not None \
                    and not any(part.type in ("const", "let", "var") for part in node.children):
                self._written_through(target, node)  # for (FLOWS.followUp of list): each item written there
            elif kind == "for_in_statement" and (target := node.child_by_field_id(self.fields.left)) is not None:
                # for (const { flowId } of jobs), for (const [k, v] of …), for (let k in m): each name the loop
                # declares is its own, whatever a name outside holds (`var`: the function's too), its value unknown
                hoisted = self._var_scope(node) if any(part.type == "var" for part in node.children) else None
                for name in self._pattern_names(target):
                    b.bind(node, self.source.raw(name), None)
                    if hoisted is not None:
                        b.bind(hoisted, self.source.raw(name), None)
                if self._iterates_items(node):  # for (const r of [body]), for (const [k, v] of …)
                    iterations.append((target, node.child_by_field_id(self.fields.right)))
            elif kind == "unary_expression" and (operator := node.child_by_field_id(self.fields.operator)) is not None \
                    and self.source.raw(operator) == "delete":
                target = node.child_by_field_id(self.fields.argument)
                self._wrote_member(target, removes=True)
                removed = self._member_of(target)
                if removed is not None:
                    b.remove_member(*removed, node)  # delete body.flowVersion: the member may be absent now
                elif root := self._root_name(target):
                    b.mutate(root, node)
            elif kind == "variable_declaration" and (function_scope := self._var_scope(node)).id != b.scope_of(node).id:
                for declarator in node.named_children:  # if (c) { var flowId = … }: the function's name too, unknown
                    name = declarator.child_by_field_id(self.fields.name) if declarator.type == "variable_declarator" else None
                    for part in self._pattern_names(name) if name is not None else ():
                        b.bind(function_scope, self.source.raw(part), None)
            elif kind == "catch_clause" and (parameter := node.child_by_field_id(self.fields.parameter)) is not None:
                for part in self._pattern_names(parameter):  # catch (e), catch ({ flowId }): the clause's own names
                    b.bind(node, self.source.raw(part), None)
            elif kind == "class_declaration" and (named := node.child_by_field_id(self.fields.name)) is not None:
                b.bind(b.scope_of(node), self.source.raw(named), node)  # (block-scoped: `{ class L {…} }`, in a function)
            elif kind in ("import_specifier", "import_clause", "namespace_import"):
                statement = node.parent
                while statement is not None and statement.type not in ("import_statement", "program"):
                    statement = statement.parent
                source = statement.child_by_field_id(self.fields.source) if statement is not None else None
                written = self.string_value(source) if source is not None and source.type == "string" else None
                alias = node.child_by_field_id(self.fields.alias) if kind == "import_specifier" else None
                # (`import { URL as OTHER }` binds OTHER only: the name it reads is the other module's, not this one's)
                exported = node.child_by_field_id(self.fields.name) if kind == "import_specifier" else None
                for part in [alias] if alias is not None else node.named_children:
                    if part.type == "identifier":
                        b.bind(b.scope_of(node), self.source.raw(part), None)
                        if written is not None:
                            self.imports[self.source.raw(part)] = written
                            self.taken_exports[self.source.raw(part)] = self.source.raw(exported) if exported is not None \
                                else "*" if kind == "namespace_import" else "default"

        for item, iterable in iterations:  # (once every name is bound: a callback or an array may be named)
            callback = item.parent is None or item.parent.type == "arguments"
            found = self._first_parameter(item, pattern=True) if callback else item
            if found is not None and found.type == "identifier":
                self.iterated_alias(found, iterable, self._turn(item, callback))
            if found is not None:  # for (const { inputData } of [body]), ([k, r]) => …, for (const r of [[body]])
                whole = found.type == "identifier"
                self.iterated_parts([found] if whole else self._pattern_names(found), iterable, whole=whole)

    def _turn(self, item: Node, callback: bool) -> tuple[Node, Node] | None:
        """The statement that runs a loop visiting every item, and the body each turn runs: `for (const r of …) …`, or
        a function written as the callback of `….forEach(…)` (map, filter, flatMap) called as a statement; None for
        another (a callback named, `some`, `find`, `every`: they may stop early)."""
        if not callback:
            body = item.parent.child_by_field_id(self.fields.body) if item.parent is not None else None
            return (item.parent, body) if item.parent is not None and body is not None else None
        call = item.parent.parent if item.parent is not None else None
        callee = call.child_by_field_id(self.fields.function) if call is not None else None
        prop = callee.child_by_field_id(self.fields.property) if callee is not None and callee.type == "member_expression" else None
        body = item.child_by_field_id(self.fields.body) if item.type in _FUNCTIONS else None
        if call is None or prop is None or body is None or self.source.raw(prop) not in _EVERY_ITEM \
                or call.parent is None or call.parent.type != "expression_statement":
            return None
        return call.parent, body

    def _loop_item(self, loop: Node) -> Node | None:
        """`for (const r of …)`: the name each item is bound to (a declared name, over `of`); None otherwise."""
        item = loop.child_by_field_id(self.fields.left)
        if item is None or item.type != "identifier" or not any(part.type in ("const", "let", "var") for part in loop.children) \
                or not any(part.type == "of" for part in loop.children):
            return None
        return item

    def _pattern_names(self, pattern: Node) -> list[Node]:
        """The names a binding pattern declares (`r`, `{ a, b: c, d = 1, ...e }`, `[f, [g], ...h]`): not its keys, nor
        a default's value."""
        names: list[Node] = []
        pending = [pattern]
        while pending:
            node = pending.pop()
            if node.type == "pair_pattern":
                node = node.child_by_field_id(self.fields.value) or node
            elif node.type in ("assignment_pattern", "object_assignment_pattern"):
                node = node.child_by_field_id(self.fields.left) or node
            if node.type in ("object_pattern", "array_pattern", "rest_pattern"):
                pending.extend(node.named_children)
            elif node.type in ("identifier", "shorthand_property_identifier_pattern"):
                names.append(node)
        return names

    def _var_scope(self, node: Node) -> Node:
        """The scope a `var` written at a node declares its names in: the enclosing function's body (or the file)."""
        scope = self.bindings.scope_of(node)
        while scope.type not in _FUNCTIONS and scope.type not in ("program", "class_body"):
            above = self.bindings.scope_of(scope)
            if above.id == scope.id or above.type in _FUNCTIONS or above.type == "class_body":
                break  # (a block whose scope above is a function is its body)
            scope = above
        return scope

    def _iterates_items(self, loop: Node) -> bool:
        """`for (const r of …)`, `for (const { a, b } of …)`: a loop declaring a name or a pattern for each item."""
        target = loop.child_by_field_id(self.fields.left)
        return target is not None and (self._loop_item(loop) is not None or (
            target.type in _PATTERNS and target.type != "parenthesized_expression"
            and any(part.type in ("const", "let", "var") for part in loop.children)
            and any(part.type == "of" for part in loop.children)))

    def _iterating(self, call: Node) -> tuple[Node, Node | None] | None:
        """`items.forEach(cb)` (map, filter, find, some, every…): the callback (a function written there, or a name that
        may be one: resolved once every name is bound) and the object iterated."""
        callee = call.child_by_field_id(self.fields.function)
        if callee is None or callee.type != "member_expression":
            return None
        prop = callee.child_by_field_id(self.fields.property)
        if prop is None or self.source.raw(prop) not in _ITERATING:
            return None
        callback = self.argument(call, 0)
        if callback is None or (callback.type not in _FUNCTIONS and callback.type != "identifier"):
            return None
        return callback, callee.child_by_field_id(self.fields.object)

    def _first_parameter(self, function: Node, *, pattern: bool = False) -> Node | None:
        """A function's first parameter when it is a plain name (`r => …`, `function (r: T) {…}`), or (`pattern`) a
        pattern (`({ inputData }) => …`); None otherwise."""
        if function.type == "identifier":
            found = self.resolve(function)
            if found is None or found.type not in _FUNCTIONS:
                return None
            function = found
        params = function.child_by_field_id(self.fields.parameters) or function.child_by_field_id(self.fields.parameter)
        if params is None:
            return None
        if params.type == "identifier":
            return params
        first = next((p for p in params.named_children if p.type not in ("comment", "this")), None)
        if first is not None and first.type in ("required_parameter", "optional_parameter"):
            first = first.child_by_field_id(self.fields.pattern)
        if pattern and first is not None and first.type in _PATTERNS and first.type != "parenthesized_expression":
            return first
        return first if first is not None and first.type == "identifier" else None

    def _written_through(self, target: Node, at: Node) -> None:
        """Each name a write to `target` changes (a name, the object of a member), found inside a destructuring
        pattern too (`[a, b.c = 1, ...d]`, `{ k: x.y, z }`): not its keys, nor a default's value."""
        pending = [target]
        while pending:
            node = pending.pop()
            kind = node.type
            if kind == "pair_pattern":
                node = node.child_by_field_id(self.fields.value) or node
            elif kind in ("assignment_pattern", "object_assignment_pattern"):
                node = node.child_by_field_id(self.fields.left) or node
            if node.type in ("object_pattern", "array_pattern", "rest_pattern", "parenthesized_expression"):
                pending.extend(node.named_children)
            elif node.type == "shorthand_property_identifier_pattern":
                self.bindings.mutate(self.source.raw(node), at)
            elif node.type not in _PATTERNS and (root := self._root_name(node)):
                self.bindings.mutate(root, at)
                self._wrote_member(node, removes=True)  # [o.x] = []: its value may be undefined

    def _wrote_member(self, target: Node | None, *, removes: bool) -> None:
        """A write to `target` (`v.x = …`, `delete v['x']`, `v[k] = …`): the key it may take out (`removes`) or give
        a new value, of whatever `v` is (wrote_key). A `toJSON` given makes the object send anything."""
        target = self.unwrap(target) if target is not None else None
        if target is None or target.type not in ("member_expression", "subscript_expression"):
            return
        index = target.child_by_field_id(self.fields.index)
        index = self.unwrap(index) if index is not None else None
        key = self._member_key(target) if index is None or index.type != "number" else self.key(index)
        if key == "toJSON":
            key, removes = None, True
        self.wrote_key(key, removes=removes, at=target)

    def _required(self, node: Node | None) -> str | None:
        """The module a `require('m')` (or `require('m').default`, `await import('m')`) loads."""
        node = self.unwrap(node) if node is not None else None
        if node is not None and node.type == "member_expression":
            node = self.unwrap(node.child_by_field_id(self.fields.object) or node)
        if node is None or node.type != "call_expression":
            return None
        callee = node.child_by_field_id(self.fields.function)
        argument = self.argument(node, 0)
        if callee is None or self.source.raw(callee) not in ("require", "import") or argument is None or argument.type != "string":
            return None
        return self.string_value(argument)

    def _pattern_key(self, part: Node) -> str:
        """The member a name of a destructuring pattern takes: `default` of `{ default: fetch2 }`, `request` of
        `{ request }`."""
        pair = part.parent
        key = pair.child_by_field_id(self.fields.key) if pair is not None and pair.type == "pair_pattern" else None
        return self.string_value(key) or self.source.raw(key) if key is not None else self.source.raw(part)

    def loaded_fetch(self, callee: Node, receiver: Node | None, name: str) -> bool:
        """Whether a call's callee is the fetch a fetch package exports, under a name of the file's own: node-fetch's,
        cross-fetch's or isomorphic-fetch's default (`import f from 'node-fetch'`, `const nf = require('cross-fetch')`,
        `const { default: fetch2 } = await import('node-fetch')`, `fetchMod.default` of `import * as fetchMod`), their
        `fetch` export, or undici's `fetch` and `request` taken by another name (`import { fetch as uf } from
        'undici'`). What the package is called by its own name (`fetch`, `undici.request`) is read below as ever."""
        held = callee if receiver is None else receiver
        if held.type != "identifier" or (receiver is not None and name != "default"):
            return False
        module = self.module_of(held)
        if module not in _FETCH_MODULES:
            return False
        taken = self.taken_exports.get(self.source.raw(held))
        if receiver is not None:  # `fetchMod.default(…)`: the package's namespace, or its CommonJS export
            return module != "undici" and taken in (None, "*")
        if module == "undici":
            return taken in ("fetch", "request")
        return taken in (None, "default", "fetch")

    def _other_sdk_api(self, receiver: Node | None) -> str | None:
        """The name of another API class of the Genesys Cloud SDK a receiver is plainly made from (`new
        platformClient.FlowsApi()`, written there or bound once to a name): only ArchitectApi has postFlowsExecutions
        (review F5). None for ArchitectApi, or anything not plainly made so."""
        constructor = self._constructor_of(receiver) if receiver is not None else None
        obj = constructor.child_by_field_id(self.fields.object) if constructor is not None \
            and constructor.type == "member_expression" else None
        prop = constructor.child_by_field_id(self.fields.property) if constructor is not None and obj is not None else None
        api = self.source.raw(prop) if prop is not None else ""
        if obj is None or self.module_of(obj) != "purecloud-platform-client-v2" or not api.endswith("Api") \
                or api == "ArchitectApi":
            return None
        return api

    def undicis_request(self, callee: Node, receiver: Node | None, name: str) -> bool:
        """Whether a call of a name undici's module gives is its `request` (`import { request as req } from 'undici'`,
        `undici.request(…)` of its namespace or CommonJS export)."""
        if receiver is not None:
            return name == "request" and receiver.type == "identifier" \
                and self.taken_exports.get(self.source.raw(receiver)) in (None, "*", "default")
        return callee.type == "identifier" and self.taken_exports.get(self.source.raw(callee)) == "request"

    def module_of(self, node: Node | None) -> str | None:
        """The module an identifier names (imported, or required), as written: 'superagent', 'request-promise'."""
        if node is None or node.type != "identifier":
            return None
        name = self.source.raw(node)
        if name in self.imports:
            return self.imports[name]
        return self._required(self.resolve(node))

    @functools.cached_property
    def _loads_a_client(self) -> bool:
        """Whether the file imports or requires a client that any name may hold (request and its kin, ofetch): found
        once, from every import and every `require(…)`/`import(…)` call, the only places `module_of` finds a module."""
        loaded = [*self.imports.values(), *(self._required(n) for n in self._loaders)]
        return any(module in _ANY_NAME_CLIENTS for module in loaded)

    def _parameter_names(self, params: Node | None) -> list[str | None]:
        """A function's parameters in order: a name, or None for a destructured one; a rest parameter ends them."""
        if params is None:
            return []
        if params.type == "identifier":
            return [self.source.raw(params)]
        names: list[str | None] = []
        for part in params.named_children:
            if part.type in ("required_parameter", "optional_parameter"):
                part = part.child_by_field_id(self.fields.pattern) or part
            if part.type == "assignment_pattern":
                part = part.child_by_field_id(self.fields.left) or part
            if part.type == "rest_pattern":
                break
            if part.type == "comment" or part.type == "this":
                continue
            names.append(self.source.raw(part) if part.type == "identifier" else None)
        return names

    # -- same-file functions ---------------------------------------------------------------------
    def called(self, call: Node) -> tuple[Node, dict[str, Node | None]] | None:
        callee = call.child_by_field_id(self.fields.function)
        if callee is None:
            return None
        callee = self.unwrap(callee)
        function: Node | None = None
        if callee.type == "identifier":
            function = self.resolve(callee)
        elif callee.type == "member_expression":
            obj, prop = callee.child_by_field_id(self.fields.object), callee.child_by_field_id(self.fields.property)
            if obj is not None and prop is not None and obj.type == "this":
                function = self.method(call, self.source.raw(prop))
            elif obj is not None and prop is not None and (body := self.instance_class(obj)) is not None:
                # `gc.launch({…})` on `const gc = new GenesysClient()`: the method of the file's own class
                function = self.method_in(body, self.source.raw(prop))
            elif obj is not None and prop is not None and obj.type == "identifier":
                # `Genesys.launch({…})`: a static method of the file's own class (bound once), called on the class
                declared = self.resolve(obj)
                body = declared.child_by_field_id(self.fields.body) if declared is not None \
                    and declared.type in ("class_declaration", "class") else None
                found = self.method_in(body, self.source.raw(prop)) if body is not None else None
                function = found if found is not None and found.type == "method_definition" \
                    and any(child.type == "static" for child in found.children) else None
        if function is None or function.type not in _FUNCTIONS or function.id not in self._params:
            return None
        args = self.arguments(call)
        if any(a.type == "spread_element" for a in args):
            return None
        frame: dict[str, Node | None] = {}
        for index, name in enumerate(self._params[function.id]):
            if name is not None:  # (a parameter the call passes nothing for, or undefined, takes its default: `method = 'GET'`)
                given = args[index] if index < len(args) else None
                default = self.default_of(function, name) if given is None or self.nothing_written(given) == "undefined" else None
                frame[name] = default if default is not None or given is None else given
            else:
                self._destructured(function, index, args[index] if index < len(args) else None, frame)
        return function, frame

    def _pattern_of(self, pattern: Node, value: Node, scope: Node) -> None:
        """Each name an object pattern declared from a name binds, and the key and default it takes
        (`const { url, method = 'GET', body: data } = opts`): read when the name is looked up (lookup)."""
        for part in pattern.named_children:
            default: Node | None = None
            if part.type == "object_assignment_pattern":  # method = 'GET'
                default, part = part.child_by_field_id(self.fields.right), part.child_by_field_id(self.fields.left) or part
            if part.type == "shorthand_property_identifier_pattern":
                key, bound = self.source.raw(part), self.source.raw(part)
            elif part.type == "pair_pattern" and (written := part.child_by_field_id(self.fields.key)) is not None \
                    and (target := part.child_by_field_id(self.fields.value)) is not None:
                if target.type == "assignment_pattern":  # body: data = {}
                    default, target = target.child_by_field_id(self.fields.right), target.child_by_field_id(self.fields.left)
                named = self.key(written)
                if target is None or target.type != "identifier" or named is None:
                    continue
                key, bound = named, self.source.raw(target)
            else:
                continue
            self._pattern_parts[(scope.id, bound)] = (value, key, default)

    def lookup(self, name: str, at: Node, *, as_value: bool = False) -> Node | None:
        """What a name is bound to at a place (CodeReader.lookup); for a name a destructuring declaration binds from an
        object this file writes (`const { method = 'GET', body } = opts`, `opts` a followed call's object literal or a
        name bound once to one), that object's member of its key, or the default when the object does not write it or
        writes `undefined`. Unknown when the object is not known, is open (a spread) or the name is bound again."""
        found = super().lookup(name, at, as_value=as_value)
        if found is not None or not self._pattern_parts:
            return found
        scope = self.bindings.binder(name, at)
        part = self._pattern_parts.get((scope.id, name)) if scope is not None else None
        if part is None or scope is None or len(self.bindings.bound.get((scope.id, name), ())) != 1 \
                or self.bindings.is_changed(name, at, as_value=as_value):
            return None
        source, key, default = part
        if source.id in self._destructuring or self._may_be_changed(source, key, at):
            return None
        self._destructuring.add(source.id)
        try:
            members = self.members(source)
        finally:
            self._destructuring.discard(source.id)
        if members is None or members[1]:
            return None
        given = members[0].get(key)
        if given is None or (default is not None and self.nothing_written(given[1]) == "undefined"):
            return default
        return given[1]

    def _may_be_changed(self, source: Node, key: str, at: Node) -> bool:
        """Whether the object a destructuring declaration reads (`o` in `const { body } = o`) may be changed before the
        name it binds (to member `key`) is read at `at`, as a name bound to it is judged (CodeReader.name_value): handed
        to a call that may change it (`strip(o)`), its member handed to a call not known to only read it
        (`Reflect.deleteProperty(o.body, 'x')`), stored where other code may reach it, or written through an alias of
        it or of a member (`const b = o.body; delete b.x`). Changes to `o` itself are seen where it is resolved."""
        name = self.source.raw(source)
        binding = self.bindings.key(name, source)
        if self.bindings.key(name, at) != binding:
            return True  # (`o` means another binding where the name is read: not followed)
        if any(first in (None, key) and self.bindings.key(root, node) == binding for root, node, first in self._parts_handed):
            return True
        return self.is_escaped(name, at) or bool(self.aliases and self.written_through(name, at) is not None)

    def _destructured(self, function: Node, index: int, argument: Node | None, frame: dict[str, Node | None]) -> None:
        """`function call(path, { method = 'GET', body, headers: h } = {})` called with an object literal: each name
        the pattern binds is that member's value (or its default when the literal does not write it)."""
        params = function.child_by_field_id(self.fields.parameters)
        parts = [p for p in params.named_children if p.type not in ("comment", "this")] if params is not None else []
        pattern = parts[index] if index < len(parts) else None
        if pattern is not None and pattern.type in ("required_parameter", "optional_parameter"):
            if argument is None:  # TypeScript's default, after the type: `{ method = 'GET' }: RequestInit = {}`
                argument = pattern.child_by_field_id(self.fields.value)
            pattern = pattern.child_by_field_id(self.fields.pattern)
        if pattern is not None and pattern.type == "assignment_pattern":
            if argument is None or self.nothing_written(argument) == "undefined":  # nothing for it, or undefined: the
                argument = pattern.child_by_field_id(self.fields.right)  # pattern's default (`{ method = 'GET' } = {}`)
            pattern = pattern.child_by_field_id(self.fields.left)
        found = self.members(argument) if argument is not None else None
        if pattern is None or pattern.type != "object_pattern" or found is None or found[1]:
            return  # the names stay unknown: a parameter takes as many values as there are calls
        members = found[0]
        for part in pattern.named_children:
            default: Node | None = None
            if part.type == "object_assignment_pattern":
                default, part = part.child_by_field_id(self.fields.right), part.child_by_field_id(self.fields.left) or part
            if part.type == "shorthand_property_identifier_pattern":
                key, bound = self.source.raw(part), self.source.raw(part)
            elif part.type == "pair_pattern" and (value := part.child_by_field_id(self.fields.value)) is not None \
                    and value.type == "identifier" and (written := part.child_by_field_id(self.fields.key)) is not None:
                key, bound = self.key(written) or "", self.source.raw(value)
            else:
                continue
            given = members[key][1] if key in members else None
            frame[bound] = default if given is None or (default is not None and self.nothing_written(given) == "undefined") else given

    def method(self, at: Node, name: str) -> Node | None:
        """`this.name(…)`: the method of that name in the class the call is written in."""
        body = at.parent
        while body is not None and body.type != "class_body":
            body = body.parent
        return self.method_in(body, name) if body is not None else None

    def instance_class(self, instance: Node) -> Node | None:
        """The body of the class of the file's own an object is made from (`const gc = new GenesysClient()`, `new
        GenesysClient()` itself), a class declared in the file and bound once; None for anything else."""
        constructor = self._constructor_of(instance)
        declared = self.resolve(constructor) if constructor is not None and constructor.type == "identifier" else None
        return declared.child_by_field_id(self.fields.body) if declared is not None \
            and declared.type in ("class_declaration", "class") else None

    def _constructor_of(self, value: Node) -> Node | None:
        """What follows `new` where a value is plainly made with it (`new platformClient.FlowsApi()`, `new
        GenesysClient()`), written there or bound once to a name; None for anything else."""
        made = self.resolve(value) if value.type == "identifier" else self.unwrap(value)
        return made.child_by_field_id(self.fields.constructor) if made is not None and made.type == "new_expression" \
            else None

    def method_in(self, body: Node, name: str) -> Node | None:
        """The method of that name a class's body defines (a method, or a field holding a function)."""
        for member in body.named_children:
            key = member.child_by_field_id(self.fields.name) if member.type == "method_definition" else None
            if key is not None and self.source.raw(key) == name:
                return member
            value = member.child_by_field_id(self.fields.value) if member.type in ("field_definition", "public_field_definition") else None
            key = member.child_by_field_id(self.fields.property) or member.child_by_field_id(self.fields.name)
            if value is not None and key is not None and self.source.raw(key) == name:
                return self.unwrap(value)
        return None

    def returned(self, function: Node) -> Node | None:
        body = function.child_by_field_id(self.fields.body)
        if body is None:
            return None
        if body.type != "statement_block":
            return body  # an arrow's expression
        found: list[Node] = []
        for node in walk(body):
            if node.type == "return_statement" and self.enclosing_function(node) == function:
                found.append(node)
        value = found[0].named_children[0] if len(found) == 1 and found[0].named_children else None
        return value

    def enclosing_function(self, node: Node) -> Node | None:
        scope = node.parent
        while scope is not None and scope.type not in _FUNCTIONS:
            scope = scope.parent
        return scope

    def _mutating_call(self, call: Node) -> None:
        """`headers.append(…)`, `Object.assign(body, …)`: the object changes after it was written."""
        callee = call.child_by_field_id(self.fields.function)
        if callee is None or callee.type != "member_expression":
            return
        prop = callee.child_by_field_id(self.fields.property)
        name = self.source.raw(prop) if prop is not None else ""
        written = self._named_member(callee)
        if written in _CHANGES_ITS_FIRST:  # (`Reflect.set`: not Reflect's own change)
            first = self.argument(call, 0)
            root = self._root_name(first) if first is not None else None
            self.wrote_key(None, removes=True, at=call)  # of whatever it is given (a stored body, through what holds it)
        elif name in _MUTATORS:
            root = self._root_name(callee.child_by_field_id(self.fields.object))
        elif name == "assign" and written == "Object.assign":
            first = self.argument(call, 0)
            owner = self._object_path(first) if first is not None else None
            keys = self._written_keys(self.arguments(call)[1:])
            if first is not None and self.unwrap(first).type != "object":  # (into a new object: nothing else changes)
                for key, (_, value) in keys if keys is not None else ():
                    self.wrote_key(None if key == "toJSON" else key, removes=key == "toJSON"
                                   or self.unwrap(value).type not in self.sent_types, at=call)
                if keys is None:  # (a source not known may hold any key, undefined among them)
                    self.wrote_key(None, removes=True, at=call)
            if owner is not None and keys is not None:
                for key, (key_node, value) in keys:
                    self.bindings.add_member(owner[0], (*owner[1], key), call, value, key_node)
                return
            root = self._root_name(first) if first is not None else None
        else:
            return
        if root:
            self.bindings.mutate(root, call)

    def _named_member(self, callee: Node) -> str | None:
        """`Reflect.set`, `Object.assign`: a member callee's text (spaces dropped) when it is a name's member; None for a
        member of anything else (`f(a).assign`), whose text (a whole chain of calls) is not read at each call of it."""
        owner = callee.child_by_field_id(self.fields.object)
        return self.source.raw(callee).replace(" ", "") if owner is not None and owner.type == "identifier" else None

    def _object_path(self, node: Node) -> tuple[str, tuple[str, ...]] | None:
        """`body` or `body.inputData['x']`: its root name and the keys to it, all written out; None otherwise."""
        keys: list[str] = []
        node = self.unwrap(node)
        while node.type in ("member_expression", "subscript_expression"):
            key = self._member_key(node)
            if key is None:
                return None
            keys.append(key)
            node = self.unwrap(node.child_by_field_id(self.fields.object) or node)
        return (self.source.raw(node), tuple(reversed(keys))) if node.type == "identifier" else None

    def _member_of(self, target: Node | None) -> tuple[str, tuple[str, ...]] | None:
        """`body.flowVersion = …`, `body.inputData['Flow.x'] = …`: the member given (root name, keys); None otherwise."""
        if target is None or target.type not in ("member_expression", "subscript_expression"):
            return None
        found = self._object_path(target)
        return found if found is not None and found[1] else None

    def _written_keys(self, sources: list[Node]) -> list[tuple[str, tuple[Node, Node]]] | None:
        """The members `Object.assign(body, {...})` copies (each key with where it and its value are written), when every
        source is an object literal with written keys."""
        keys: list[tuple[str, tuple[Node, Node]]] = []
        for node in sources:
            found = self.members(node) if self.unwrap(node).type == "object" else None
            if found is None or found[1]:
                return None
            keys.extend(found[0].items())
        return keys

    def _last_key(self, target: Node) -> Node | None:
        """Where `body.type` / `body['type']` writes its last key."""
        target = self.unwrap(target)
        return target.child_by_field_id(self.fields.property if target.type == "member_expression" else self.fields.index)

    def _member_key(self, node: Node) -> str | None:
        if node.type == "member_expression":
            prop = node.child_by_field_id(self.fields.property)
            return self.source.raw(prop) if prop is not None and node.child_by_field_id(self.fields.optional_chain) is None else None
        index = node.child_by_field_id(self.fields.index)
        index = self.unwrap(index) if index is not None else None
        return self.string_value(index) if index is not None and index.type == "string" else None

    def _stored_in(self, node: Node, outermost: Node, only_read: dict[int, bool]) -> None:
        """The names a literal holds as values (`{ b: body }`, `{ body }`, `[body]`) or a parameter takes by default:
        stored where other code may reach them, unless the literal only goes to a call that reads it (a launch's
        options, a log line). `outermost`: the outermost literal holding it (itself if none; one held is in an object
        or an array); `only_read`: what is known of outermost literals."""
        if node.type == "assignment_pattern":
            value = node.child_by_field_id(self.fields.right)
            if value is not None and value.type == "identifier":
                above = node.parent
                function = above.parent if above is not None and above.type == "formal_parameters" else None
                # function fill(b = body): b is the body of the scope the function is written in
                place = function.parent if function is not None and function.parent is not None else value
                self.stored.append((self.source.raw(value), place))
            return
        held = outermost != node
        if node.type == "pair":
            value = node.child_by_field_id(self.fields.value)
            names = [value] if value is not None and value.type == "identifier" and (held or _in_object(node)) else []
        elif node.type == "shorthand_property_identifier":
            names = [node] if held or _in_object(node) else []
        else:
            names = [item for item in node.named_children if item.type == "identifier"]
            if names and not held and self._only_iterated(node):
                return  # for (const r of [body]), [body].forEach(r => …): reached only through r (an alias of each)
        if not names:
            return
        read = only_read.get(outermost.id)
        if read is None:
            read = only_read[outermost.id] = self.only_read(outermost, ("pair", "object", "array"), "arguments", _READS_ONLY)
        if not read:
            self.stored.extend((self.source.raw(name), name) for name in names)

    def _only_iterated(self, array: Node) -> bool:
        """Whether an array literal is only iterated where it is written, each item bound to a name: `for (const r of
        [body])`, `[body].forEach(r => …)` (forEach's result is nothing; map's and the others' hold the items)."""
        above = array.parent
        if above is not None and above.type == "for_in_statement":
            return above.child_by_field_id(self.fields.right) == array and self._iterates_items(above)
        call = above.parent if above is not None and above.type == "member_expression" else None
        prop = above.child_by_field_id(self.fields.property) if above is not None else None
        if call is None or call.type != "call_expression" or prop is None or self.source.raw(prop) != "forEach":
            return False
        callback = self.argument(call, 0)
        return callback is not None and callback.type in _FUNCTIONS and self._first_parameter(callback, pattern=True) is not None

    def _escaping_call(self, call: Node) -> str:
        """A name handed to a function flowlint does not know (`fill(body)`) may come back with more members. Returns
        the callee's last name (`require`, `post`)."""
        callee = call.child_by_field_id(self.fields.function)
        name = self._last_name(callee)
        if name in _READS_ONLY and (callee is None or self.may_be_own(callee) is None):
            return name  # (a function of this file by that name, `log(b)`, is asked about when the body is read)
        arguments = self.arguments(call)
        # `Object.assign(body.inputData, {…})` of written keys: read as the members it gives (_mutating_call), as
        # Python's `.update({…})` is, not as the body handed to code that may change it
        assigned = arguments[0] if arguments and name == "assign" and callee is not None \
            and self._named_member(callee) == "Object.assign" and self._object_path(arguments[0]) is not None \
            and self._written_keys(arguments[1:]) is not None else None
        for argument in arguments:
            if argument is assigned:
                continue
            root = argument
            # Of a body's members only its object of inputs can be changed in place (`fill(body.inputData)`): a
            # scalar member is passed by value (`audit(body.flowId)`, `encodeURIComponent(body.flowId)`).
            member = root.type in ("member_expression", "subscript_expression") and self._member_key(root) != "inputData"
            first: str | None = None
            while root.type in ("member_expression", "subscript_expression"):  # `fill(body.inputData)`: body's member
                inner = root.child_by_field_id(self.fields.object)
                if inner is None:
                    break
                first, root = self._member_key(root), inner
            if member:  # (an object read whole may change through it: `Reflect.deleteProperty(opts.body, 'x')`)
                if root.type == "identifier":
                    self._parts_handed.append((self.source.raw(root), root, first))
                continue
            if root.type == "identifier":
                self.escapes.append((self.source.raw(root), root, argument, call))
        return name

    def _last_name(self, callee: Node | None) -> str:
        """A callee's last name, read from its node (`post` of `axios.post`, `require`, `import`): "" for a callee that
        ends in no name (`f(a)(b)`, f`a``b`, `a[k]`), whose text (maybe a whole chain) is never read at each call."""
        if callee is None:
            return ""
        if callee.type == "member_expression":
            callee = callee.child_by_field_id(self.fields.property)
            return self.source.raw(callee) if callee is not None else ""
        return self.source.raw(callee) if callee.type in ("identifier", "import") else ""

    @functools.cached_property
    def hand_offs(self) -> HandOffsLike:
        from .handoff import JavaScriptHandOffs  # only for a file whose body is handed to a call: not imported otherwise

        return JavaScriptHandOffs(self, _READS_ONLY)

    def _chain_root(self, node: Node) -> Node:
        """The object a chain of calls and members starts from: `nock` in nock(base).post(…). Each node's is kept, so
        the calls of one chain (each asked: `f(a).get(k).get(k)…`) walk it once in all, not once each."""
        return chain_root(node, frozenset({"member_expression", "call_expression", "parenthesized_expression"}),
                          self.fields, self._roots)

    def _root_name(self, node: Node | None) -> str | None:
        while node is not None and node.type in ("member_expression", "subscript_expression", "parenthesized_expression"):
            node = node.child_by_field_id(self.fields.object) or (node.named_children[0] if node.named_children else None)
        return self.source.raw(node) if node is not None and node.type == "identifier" else None

    def unwrap(self, node: Node) -> Node:
        while True:
            if node.type == "member_expression" and (inner := node.child_by_field_id(self.fields.object)) is not None \
                    and inner.type in ("as_expression", "satisfies_expression"):
                node = inner  # `x as A.B.C` is read (x as A.B).C by the grammar; `(x as T).c` has parentheses
                continue
            if node.type not in _WRAPPERS:
                break
            children = node.named_children  # a new list of new nodes at each ask: asked once
            if not children:
                break
            node = children[-1] if node.type in ("await_expression", "type_assertion") else children[0]  # <T>expr
        return node

    # -- values --------------------------------------------------------------------------------
    def value(self, node: Node, path: Path, spans: TreeSpans, key: Offsets | None, depth: int = 0) -> Any:
        """The JSON value an expression stands for, Unknown where it cannot be known; spans recorded per path."""
        if self.answers is not None and (answered := self.answers(node, path, spans, key, depth)) is not READ_ON:
            return answered
        start, end = self.source.offsets(node)
        node = self.unwrap(node)
        # A whole object or array is pointed at by its opening bracket, as in payload files.
        spans.add(path, key, (start, start + 1) if node.type in ("object", "array") else (start, end))
        if self.cut(node, path, depth):  # past max_depth, or too many values: unknown, an FL005 for the launch
            return Unknown(self.source.source(node))
        kind = node.type
        if kind in self.name_types:
            if self.source.raw(node) == "undefined":
                return _OMIT
            found = self.bound_value(node, path, spans, key, depth)
            special = self.non_finite(node) if type(found) is Unknown else None
            return special if special is not None else found
        if kind == "object":
            return self.object(node, path, spans, depth)
        if kind == "array":
            items: list[Any] = []
            for child in node.named_children:
                if child.type in ("spread_element", "comment"):
                    if child.type == "spread_element":
                        return Unknown(self.source.source(node))
                    continue
                item = self.value(child, (*path, len(items)), spans, None, depth + 1)
                items.append(None if item is _OMIT else item)
            return items
        if kind in ("string", "template_string"):
            text = self.string_value(node)
            if text is None and kind == "template_string":  # `${n}`: a string, whatever n holds
                return serialized_unknown(path, self.source.source(node))
            return text if text is not None else Unknown(self.source.source(node))
        if kind in _FUNCTION_VALUES or (kind == "call_expression" and self.is_symbol(node)):
            return _OMIT
        if kind == "number" and self.source.raw(node).endswith("n"):
            return self.big_int(node)
        if kind == "number":
            number = _as_javascript_holds(json_number(self.source.raw(node)), self.source.raw(node))
            return number if number is not None else self.non_finite(node) or Unknown(self.source.source(node))
        if kind in ("true", "false"):
            return kind == "true"
        if kind == "null":
            return None
        if kind == "undefined":
            return _OMIT
        if kind == "unary_expression" and node.child_by_field_id(self.fields.operator) is not None:
            operator = self.source.raw(node.child_by_field_id(self.fields.operator))  # type: ignore[arg-type]
            operand = node.child_by_field_id(self.fields.argument)
            if operator in ("-", "+") and operand is not None and operand.type == "number" and self.source.raw(operand).endswith("n"):
                return self.big_int(node) if operator == "-" else Unknown(self.source.source(node))  # (+10n throws too)
            if operator == "-" and operand is not None and operand.type == "number":
                number = _as_javascript_holds(json_number(self.source.raw(operand)), self.source.raw(operand))
                return -number if number is not None else self.non_finite(node) or Unknown(self.source.source(node))
            if operator in _SIGNS and operand is not None and operand.type in ("identifier", "member_expression"):
                special = self.non_finite(node)
                if special is not None:
                    return special
        if kind == "member_expression":
            special = self.non_finite(node)
            if special is not None:
                return special
            if (node.child_by_field_id(self.fields.object) or node).type == "this":
                return self.this_value(node, path, spans, key, depth)
        if kind in ("member_expression", "subscript_expression") and self._enums != []:
            member = self.enum_member(node)
            if member is not None:
                spans.add(path, key, self.source.offsets(member))
                spans.shown_only.add(path)  # written in the enum, which other code reads too: shown there, never edited
                return self.string_value(member)
        if kind in ("member_expression", "subscript_expression"):
            found = self.constant_member(node, depth)
            if found is not None:
                spans.shown_only.add(path)  # written in the object, which other code reads too: never edited here
                return found
        if kind == "member_expression" and (field := self.static_field(node)) is not None:
            spans.shown_only.add(path)  # (the class's field, which other code may read too: shown there, never edited)
            return self.value(field, path, spans, key, depth + 1)
        if kind == "call_expression" and self.is_stringify(node):
            argument = self.argument(node, 0)
            inner = self.value(argument, path, spans, key, depth + 1) if argument is not None else _OMIT
            if inner is _OMIT:
                return Unknown(self.source.source(node))
            inner = self.replaced(node, inner)
            thrown = _thrown(inner)
            if thrown is not None:
                return thrown  # this JSON.stringify throws: nothing holding it is made, let alone sent
            if contains_unknown(inner):
                return serialized_unknown(path, self.source.source(node))
            return json.dumps(inner, separators=(",", ":"), ensure_ascii=False)
        if kind == "call_expression" and self.makes_text(node):
            return serialized_unknown(path, self.source.source(node))
        if kind == "call_expression" and self.is_object_assign(node):
            return self.assigned(node, path, spans, key, depth)
        if kind == "call_expression" and self.is_freeze(node):
            return self.value(self.arguments(node)[0], path, spans, key, depth + 1)  # it returns the object it is given
        if kind == "call_expression":
            return self.returned_value(node, path, spans, key, depth)
        if kind in ("member_expression", "subscript_expression") and self.values_from is not None:  # `cfg.FLOW_ID`, imported
            return self.imported_value(node, path, spans)
        if kind == "new_expression":
            return self.constructed(node, path, spans, depth)
        return Unknown(self.source.source(node))

    # -- instances of a class of this file ---------------------------------------------------------
    def constructed(self, made: Node, path: Path, spans: TreeSpans, depth: int) -> Any:
        """`new LaunchRequest(flowId, inputs)` of a class written at the top of this file whose instances are plain data
        (plain_class): the members its fields and constructor give, the constructor's parameters bound to this call's
        arguments; Unknown otherwise. JSON.stringify writes an instance's own enumerable members, so that is the body.
        The members are located where the class writes them, never edited there: other code makes instances too."""
        unknown = Unknown(self.source.source(made))
        callee = made.child_by_field_id(self.fields.constructor)
        if callee is None or callee.type != "identifier":
            return unknown
        name = self.source.raw(callee)
        scope = self.bindings.binder(name, made)
        if self.values_from is not None and name in self.imports and (scope is None or scope.id == self.root.id):
            return self.imported_instance(made, callee, path, spans, depth)
        # the one class declaration the name means here (at the top, in a block or a function: the nearest scope's)
        declared = self.bindings.resolve(name, made)
        if declared is None or declared.type != "class_declaration":
            return unknown  # (another binding of the name, or the class's name written again)
        plain = self.plain_class(name, declared)
        if plain is None:
            return unknown
        if name in self._constructing:
            self._endless = True  # (every instance being read that made this one is unknown: see below)
            return unknown
        constructor, members = plain
        frame: dict[str, Node | None] = {}
        if constructor is not None:
            args = self.arguments(made)
            if any(a.type == "spread_element" for a in args) or len(self.frames) >= 3 or self._budget <= 0 \
                    or constructor.id in self.frames:
                return unknown
            self._budget -= 1
            for index, param in enumerate(self._params.get(constructor.id, [])):
                if param is not None:
                    frame[param] = args[index] if index < len(args) else None
                else:
                    self._destructured(constructor, index, args[index] if index < len(args) else None, frame)
            self.frames[constructor.id] = frame
        body: dict[str, Any] = {}
        self._constructing.add(name)
        try:
            for member_name, key_node, value_node in members:
                member = (*path, member_name)
                spans.shown_only.add(member)
                item = self.value(value_node, member, spans, self.source.offsets(key_node), depth + 1)
                if item is _OMIT:
                    body.pop(member_name, None)  # (undefined: JSON.stringify leaves the member out)
                else:
                    body[member_name] = item  # (a member given again keeps its first place, as in JavaScript)
        finally:
            if constructor is not None:
                del self.frames[constructor.id]
            self._constructing.discard(name)
        if self._endless:
            self._endless = bool(self._constructing)  # (cleared once the outermost instance is given up)
            return unknown
        return body

    def returned_value(self, call: Node, path: Path, spans: TreeSpans, key: Offsets | None, depth: int) -> Any:
        """What a same-file function returns at this call (CodeReader.returned_value), or one another module of the run
        exports (imported_returned)."""
        found = super().returned_value(call, path, spans, key, depth)
        if type(found) is Unknown and self.values_from is not None:
            imported = self.imported_returned(call, path, spans, depth)
            if imported is not None:
                return imported
        return found

    def imported_returned(self, call: Node, path: Path, spans: TreeSpans, depth: int) -> Any:
        """`buildLaunch(name)` of a function another module of the run exports at its top (`export function
        buildLaunch`, `export const buildLaunch = (…) => ({…})`, `export { buildLaunch }`, `module.exports = {
        buildLaunch }`, maybe passed on by a barrel: imported_binding), imported by a module-level import, not async,
        whose parameters are plain names (a default allowed; no pattern or rest) and whose body is one `return` of an
        object literal (or an arrow's object): that object, read by that module's reader. A value that is a parameter
        is this call's argument (one not given: its literal default, or left out as undefined is), one built from a
        parameter is unknown, any other is read as a constant of that module is. None otherwise (nothing known). Shown
        at this call, never edited there (the function serves other calls)."""
        callee = call.child_by_field_id(self.fields.function)
        callee = self.unwrap(callee) if callee is not None else None
        if self.values_from is None or callee is None or callee.type not in ("identifier", "member_expression"):
            return None  # (`build(…)`, or `ids.build(…)` of a module imported whole: `import * as ids`)
        found = self.values_from.imported_binding(callee)
        if found is None or not isinstance(found[0], JavaScriptReader):
            return None
        other, name, module, exported = found
        function = other.exported_function(name, exported)
        returned = other.only_return(function) if function is not None else None
        if function is None or returned is None or other.unwrap(returned).type != "object":
            return None
        params = function.child_by_field_id(other.fields.parameters) or function.child_by_field_id(other.fields.parameter)
        names = other._params.get(function.id, [])
        if None in names or any(part.type == "rest_pattern" for part in walk(params) if params is not None):
            return None  # (a pattern or a rest parameter: which argument each name is, not read here)
        args = self.arguments(call)
        if any(a.type == "spread_element" for a in args) or not self.values_from.entered(module, name):
            return None
        given = {param: args[index] if index < len(args) else None for index, param in enumerate(names) if param is not None}
        try:
            found_value = self._returned_there(other, function, returned, given, path, spans, depth)
        finally:
            self.values_from.left(module, name)
        return found_value

    def _returned_there(self, other: JavaScriptReader, function: Node, node: Node, given: dict[str, Node | None],
                        path: Path, spans: TreeSpans, depth: int) -> Any:
        """What a part of an imported function's returned object is at this call (imported_returned)."""
        node = other.unwrap(node)
        spans.shown_only.add(path)
        written = other.source.raw(node) if node.type in ("identifier", "shorthand_property_identifier") else None
        if written is not None and written in given:
            argument = given[written]
            if argument is not None and self.nothing_written(argument) != "undefined":
                return self.value(argument, path, spans, self.source.offsets(argument), depth + 1)
            default = other.default_of(function, written)
            if default is None:
                return _OMIT  # (undefined: JSON.stringify leaves the member out)
            if other.unwrap(default).type not in ("string", "number", "true", "false", "null"):
                return Unknown(other.source.source(node))
            return other.value(default, path, TreeSpans(), None, depth + 1)
        if node.type == "object" and depth < self.max_depth:
            body: dict[str, Any] = {}
            for member in node.named_children:
                if member.type == "comment":
                    continue
                key: str | None = None  # (a spread, a method, a getter: what it gives is not read here)
                value: Node | None = member
                if member.type == "shorthand_property_identifier":
                    key = other.source.raw(member)
                elif member.type == "pair" and (written_key := member.child_by_field_id(other.fields.key)) is not None:
                    value = member.child_by_field_id(other.fields.value)
                    key = other.key(written_key)
                if key is None or value is None:
                    return Unknown(other.source.source(node))
                item = self._returned_there(other, function, value, given, (*path, key), spans, depth + 1)
                if item is _OMIT:
                    body.pop(key, None)
                else:
                    body[key] = item
            return body
        if any(n.type in ("identifier", "shorthand_property_identifier") and other.source.raw(n) in given for n in walk(node)):
            return Unknown(other.source.source(node))  # (built from a parameter there: not read with this call's values)
        return other.value(node, path, TreeSpans(), None, depth + 1)

    def exported_function(self, name: str, exported: Node | None) -> Node | None:
        """The one function of that name this module binds at its top and exports (`export function f`, `export const
        f = (…) => …`, `function f` with `export { f }`, `module.exports = { f }`, `exports.f = f`; `exported`: the
        node it exports under that name), not async and nothing writing the name; None otherwise. `default`: the
        function `export default` gives (`export default function (…) {…}`, `export default (…) => …`, `export default
        build` of a function bound at the top)."""
        if name == "default":
            given = next((statement.child_by_field_name("value") or statement.child_by_field_name("declaration")
                          for statement in self.root.named_children if statement.type == "export_statement"
                          and any(child.type == "default" for child in statement.children)), None)
            given = self.unwrap(given) if given is not None else None
            if given is not None and given.type == "identifier":
                name, exported = self.source.raw(given), given  # export default build
            elif given is not None and given.type in ("function_declaration", "function_expression", "function",
                                                      "arrow_function"):
                return None if any(part.type == "async" for part in given.children) else given
            else:
                return None
        bound = self.bindings.bound.get((self.root.id, name), [])
        function = self.unwrap(bound[0]) if len(bound) == 1 and bound[0] is not None else None
        if function is None or function.type not in ("function_declaration", "function_expression", "function",
                                                      "arrow_function") \
                or any(part.type == "async" for part in function.children) or self.bindings.is_changed(name, self.root):
            return None
        if function.parent is not None and function.parent.type == "export_statement":
            return function
        if exported is not None and exported.type in ("identifier", "shorthand_property_identifier") \
                and self.source.raw(exported) == name:
            return function
        return None

    def only_return(self, function: Node) -> Node | None:
        """What a function returns when its body is one `return` (comments beside it), or an arrow's expression."""
        body = function.child_by_field_id(self.fields.body)
        if body is None or body.type != "statement_block":
            return body
        statements = [node for node in body.named_children if node.type != "comment"]
        if len(statements) != 1 or statements[0].type != "return_statement" or not statements[0].named_children:
            return None
        return statements[0].named_children[0]

    def imported_instance(self, made: Node, callee: Node, path: Path, spans: TreeSpans, depth: int) -> Any:
        """`new Launch(flowId, inputs)` of a class another module of the run exports (`export class Launch`, `export {
        Launch }`), imported by a module-level import: what its instances hold, as for a class of this file (plain_class,
        read by that module's own reader, with the same guards, and this file using the name only to make instances),
        each member the constructor gives a parameter being this call's argument. A member given anything built from a
        parameter is unknown (it is written in the other module: not read with this call's values). Unknown otherwise.
        The members are shown at this call, never edited (the class is the other module's)."""
        unknown = Unknown(self.source.source(made))
        local = self.source.raw(callee)
        found = self.values_from.imported_binding(callee) if self.values_from is not None else None
        if found is None or not self._made_only(local):
            return unknown
        other, name, module, exported = found
        if not isinstance(other, JavaScriptReader):
            return unknown
        name = other.default_class() or "" if name == "default" else name  # import Launch from './launch'
        if not name or not other.exports_class(name, exported):
            return unknown
        args = self.arguments(made)
        if any(a.type == "spread_element" for a in args) or not self.values_from.entered(module, name):
            return unknown
        try:
            plain = other.plain_class(name)
            if plain is None:
                return unknown
            constructor, members = plain
            given: dict[str, Node | None] = {}  # a parameter's name -> this call's argument (None: not given)
            defaulted: set[str] = set()  # parameters written with a default, a pattern or a rest: not read
            if constructor is not None:
                params = constructor.child_by_field_id(other.fields.parameters)
                for index, param in enumerate(other._params.get(constructor.id, [])):
                    if param is not None:
                        given[param] = args[index] if index < len(args) else None
                for part in walk(params) if params is not None else ():
                    if part.type in ("assignment_pattern", "rest_pattern", "object_pattern", "array_pattern"):
                        defaulted.update(other.source.raw(n) for n in walk(part) if n.type in ("identifier",
                                                                                            "shorthand_property_identifier_pattern"))
            named = set(given) | defaulted
            body: dict[str, Any] = {}
            absent = False  # a member given a defaulted or destructured parameter may be undefined: left out
            other._constructing.add(name)  # (an instance of it made again while its members are read: never ends)
            for member_name, _, value_node in members:
                member = (*path, member_name)
                spans.shown_only.add(member)
                value = other.unwrap(value_node)
                written = other.source.raw(value) if value.type == "identifier" else None
                if written is not None and written in defaulted:
                    body.pop(member_name, None)
                    absent = True
                    continue
                if written in given:
                    argument = given[written]
                    item = _OMIT if argument is None else self.value(argument, member, spans, self.source.offsets(argument),
                                                                      depth + 1)
                elif any(n.type in ("identifier", "shorthand_property_identifier") and other.source.raw(n) in named
                         for n in walk(value)):
                    if any(n.type == "new_expression" for n in walk(value)):
                        return unknown  # (an instance made there, not read: it may be this class's again, without end)
                    item = Unknown(other.source.source(value))  # (built from a parameter, in the other module)
                else:
                    item = other.value(value_node, member, TreeSpans(), None, depth + 1)
                if item is _OMIT:
                    body.pop(member_name, None)
                else:
                    body[member_name] = item
            if other._endless:
                return unknown  # its constructor makes one of its own again, without end: nothing is sent
            return OpenObject(body) if absent else body
        finally:
            other._constructing.discard(name)
            other._endless = bool(other._constructing)
            self.values_from.left(module, name)

    def default_class(self) -> str | None:
        """The name of the class this module's `export default class X {…}` declares (None: none such)."""
        for top in self.root.named_children:
            declared = top.child_by_field_name("declaration") if top.type == "export_statement" else None
            named = declared.child_by_field_id(self.fields.name) if declared is not None \
                and declared.type == "class_declaration" else None
            if named is not None and any(part.type == "default" for part in top.children):
                return self.source.raw(named)
        return None

    def exports_class(self, name: str, exported: Node | None) -> bool:
        """Whether this module exports a class of that name written at its top (`export class X`, `export default class
        X`, `export { X }`, `module.exports = { X }`, `exports.X = X`: the node it exports under that name, `exported`)."""
        if len(self._top_classes.get(name, [])) != 1:
            return False
        declared = self._top_classes[name][0]
        if declared.parent is not None and declared.parent.type == "export_statement":
            return True
        if exported is not None and exported.type in ("identifier", "shorthand_property_identifier") \
                and self.source.raw(exported) == name:
            return True  # module.exports = { Launch }, exports.Launch = Launch
        for top in self.root.named_children:  # export { X } (not renamed: another name is another import's)
            clause = next((c for c in top.named_children if c.type == "export_clause"), None) \
                if top.type == "export_statement" and top.child_by_field_id(self.fields.source) is None else None
            for specifier in clause.named_children if clause is not None else ():
                local, alias = specifier.child_by_field_id(self.fields.name), specifier.child_by_field_id(self.fields.alias)
                if local is not None and self.source.raw(local) == name and (alias is None or self.source.raw(alias) == name):
                    return True
        return False

    def plain_class(self, name: str, declared: Node | None = None) -> tuple[Node | None, list[tuple[str, Node, Node]]] | None:
        """(its constructor, the members it gives an instance in order: (name, key written, value)) of the one class of
        this name written at the top of this file, when its instances are plain data: no base class (`implements` is
        none) or decorator; fields and methods only, none a getter, setter or toJSON, no method writing a member
        or handing `this` away; a constructor that only assigns `this.<name> = …` (values not reading `this`), its
        TypeScript parameter properties (`public flowId: string`) members too. None otherwise: what an instance holds is
        not known here. `declared`: that class's declaration, wherever written (a block's, a function's), instead."""
        cached = (name, declared.id if declared is not None else -1)
        if cached in self._plain_classes:
            return self._plain_classes[cached]
        self._plain_classes[cached] = None
        classes = [declared] if declared is not None else self._top_classes.get(name, [])
        body = classes[0].child_by_field_id(self.fields.body) if len(classes) == 1 else None
        if body is None or any(child.type == "decorator" or (child.type == "class_heritage" and any(
                part.type != "implements_clause" for part in child.named_children)) for child in classes[0].children):
            return None  # (a base class's constructor and members, a decorator's: not read; `implements` adds nothing)
        if not self._made_only(name):
            return None
        constructor: Node | None = None
        fields: list[tuple[str, Node, Node]] = []
        for child in body.named_children:
            if child.type == "comment":
                continue
            if child.type in ("public_field_definition", "field_definition"):
                key = child.child_by_field_id(self.fields.name) or child.child_by_field_id(self.fields.property)
                value = child.child_by_field_id(self.fields.value)
                if key is None or any(part.type in ("decorator", "accessor") for part in child.children):
                    return None  # (`accessor x = …`: a getter and setter on the prototype, not an own member)
                if _is_static(child) or key.type == "private_property_identifier":
                    continue  # (the class's, or private: not an own enumerable member of an instance)
                if key.type != "property_identifier":
                    return None
                if value is not None and self.unwrap(value).type in _FUNCTION_VALUES:
                    if not self._reads_this_only(value):
                        return None
                    fields.append((self.source.raw(key), key, value))  # (a function: JSON.stringify omits it)
                elif value is not None:
                    if any(node.type == "this" for node in walk(value)):
                        return None
                    fields.append((self.source.raw(key), key, value))
                continue
            if child.type == "method_definition":
                key = child.child_by_field_id(self.fields.name)
                written = self.source.raw(key) if key is not None else ""
                if key is None or key.type != "property_identifier" or written == "toJSON" \
                        or any(part.type in ("get", "set", "decorator") for part in child.children):
                    return None
                if written == "constructor" and not _is_static(child):
                    if constructor is not None:
                        return None
                    constructor = child
                elif not self._reads_this_only(child):
                    return None
                continue
            if child.type not in ("method_signature", "index_signature"):  # (an overload's signature: no code)
                return None
        members = list(fields)
        if constructor is not None:
            assigned = self._constructor_members(constructor)
            if assigned is None:
                return None
            members = [*assigned[0], *fields, *assigned[1]]  # parameter properties, fields, then the body's assignments
        if any(member == "toJSON" for member, _, _ in members):
            return None  # (an own toJSON, a field or set in the constructor: JSON.stringify sends what it returns)
        self._plain_classes[cached] = (constructor, members)
        return self._plain_classes[cached]

    @functools.cached_property
    def _top_classes(self) -> dict[str, list[Node]]:
        """_index_classes, once."""
        return self._index_classes()

    def _index_classes(self) -> dict[str, list[Node]]:
        """The classes written at the top of this file (or exported there), by name: one look at the top, however many
        classes are asked for."""
        found: dict[str, list[Node]] = {}
        for top in self.root.named_children:
            for each in [top] if top.type == "class_declaration" else top.named_children:
                named = each.child_by_field_id(self.fields.name) if each.type == "class_declaration" else None
                if named is not None:
                    found.setdefault(self.source.raw(named), []).append(each)
        return found

    def _made_only(self, name: str) -> bool:
        """Whether this file uses a class's name only to declare, make (`new`), export or test (`instanceof`) it, or as
        a type: handed to a call (a mixin), its prototype written (`X.prototype.toJSON = …`) or read otherwise, what
        its instances hold is not known here."""
        size = len(name.encode())
        for start in self._mentions(name):
            node = self.root.descendant_for_byte_range(start, start + size)
            if node is None or node.type != "identifier" or node.end_byte != start + size:
                continue  # (a type, a member's name, a string or comment, a longer word)
            parent = node.parent
            if parent is None:
                return False
            field = {"class_declaration": self.fields.name, "new_expression": self.fields.constructor,
                     "binary_expression": self.fields.right}.get(parent.type)
            if parent.type in ("export_specifier", "import_specifier", "import_clause") or (
                    field is not None and parent.child_by_field_id(field) == node and (
                    parent.type != "binary_expression"
                    or self.source.raw(parent.child_by_field_id(self.fields.operator) or parent) == "instanceof")):
                continue
            left = parent.child_by_field_id(self.fields.left) if parent.type == "assignment_expression" \
                and parent.child_by_field_id(self.fields.right) == node else None
            if left is not None and parent.parent is not None and parent.parent.type == "expression_statement" \
                    and self.source.raw(left).replace(" ", "") in (f"exports.{name}", f"module.exports.{name}"):
                continue  # exports.Launch = Launch: exported, as `export { Launch }`
            return False
        return True

    def _constructor_members(self, constructor: Node) -> tuple[list[tuple[str, Node, Node]],
                                                                 list[tuple[str, Node, Node]]] | None:
        """A constructor's TypeScript parameter properties and its body's `this.<name> = …`, when its body is only
        those; None otherwise."""
        params = constructor.child_by_field_id(self.fields.parameters)
        properties: list[tuple[str, Node, Node]] = []
        for param in params.named_children if params is not None else ():
            if any(part.type in ("accessibility_modifier", "override_modifier") or part.type == "readonly"
                   for part in param.children):
                pattern = param.child_by_field_id(self.fields.pattern)
                if param.type != "required_parameter" or pattern is None or pattern.type != "identifier":
                    return None
                properties.append((self.source.raw(pattern), pattern, pattern))
        block = constructor.child_by_field_id(self.fields.body)
        assigned: list[tuple[str, Node, Node]] = []
        for statement in block.named_children if block is not None else ():
            if statement.type in ("comment", "empty_statement"):
                continue
            change = statement.named_children[0] if statement.type == "expression_statement" and statement.named_children \
                else None
            target = change.child_by_field_id(self.fields.left) if change is not None \
                and change.type == "assignment_expression" else None
            value = change.child_by_field_id(self.fields.right) if change is not None else None
            prop = target.child_by_field_id(self.fields.property) if target is not None \
                and target.type == "member_expression" and (target.child_by_field_id(self.fields.object) or target).type == "this" \
                and target.child_by_field_id(self.fields.optional_chain) is None else None
            if prop is None or value is None or any(node.type == "this" for node in walk(value)):
                return None
            if prop.type == "private_property_identifier":
                continue  # (this.#body: not a member JSON.stringify writes)
            assigned.append((self.source.raw(prop), prop, value))
        return properties, assigned

    def _reads_this_only(self, function: Node) -> bool:
        """Whether a method (or a function held by a field) uses `this` only to call a method (`this.describe()`, judged
        on its own) or to read a member's value into text, a comparison or a test (`${this.flowId}`, `this.n > 0`): it
        neither writes a member, nor changes what one holds, nor hands one (an object other code may change) or `this`
        away (`return this.inputData`)."""
        for node in walk(function):
            if node.type != "this":
                continue
            use = node.parent
            if use is None or use.type != "member_expression" or use.child_by_field_id(self.fields.object) != node:
                return False
            outer = use.parent
            if outer is None:
                return False
            if outer.type == "call_expression" and outer.child_by_field_id(self.fields.function) == use:
                continue
            if outer.type in ("template_substitution", "binary_expression", "parenthesized_expression") or (
                    outer.type == "unary_expression" and self.source.raw(outer).lstrip()[:6] != "delete"):
                continue
            return False
        return True

    def big_int(self, node: Node) -> Unknown:
        """A BigInt literal: JSON.stringify throws on it, unless this file gives BigInt a toJSON (then not known)."""
        if self._gives_to_json:
            return Unknown(self.source.source(node))
        return BigIntLiteral(self.source.raw(node), self.source.offsets(node))

    @functools.cached_property
    def _gives_to_json(self) -> bool:
        """Whether the file says `toJSON` anywhere (it may give BigInt one): looked up once per file, not per literal."""
        return b"toJSON" in self.source.data

    @functools.cached_property
    def _sets_default_transform(self) -> bool:
        """Whether the file sets axios's `….defaults.transformRequest`: searched once per file, not per launch."""
        return "transformRequest" in self.source.text \
            and re.search(r"\.defaults\s*\.\s*transformRequest\b", self.source.text) is not None

    def _enums_named(self, name: str) -> list[Node]:
        """The file's TypeScript enums declared under a name, from an index built once per file (only in one that
        says `enum`), in the order they are written."""
        if self._enums_by_name is None:
            self._enums_by_name = self._index_enums()
        return self._enums_by_name.get(name, [])

    def _index_enums(self) -> dict[str, list[Node]]:
        """Every named enum of the file by its name (sets _enums, the file's enums)."""
        if self._enums is None:
            self._enums = nodes_of(self.kind, self.root, _ENUMS) if b"enum" in self.source.data else []
        by_name: dict[str, list[Node]] = {}
        for enum in self._enums:
            named = enum.child_by_field_id(self.fields.name)
            if named is not None:
                by_name.setdefault(self.source.raw(named), []).append(enum)
        return by_name

    def _enum_members(self, enum: Node) -> tuple[dict[str, list[Node]], dict[str, list[Node | None]]]:
        """An enum's members, indexed once per enum: (by the key each names, as enum_member reads it: the members;
        by the name written in each `name = value`, as constant reads it: their values)."""
        found = self._enum_member_index.get(enum.id)
        if found is None:
            found = self._enum_member_index[enum.id] = self._index_enum_members(enum)
        return found

    def _index_enum_members(self, enum: Node) -> tuple[dict[str, list[Node]], dict[str, list[Node | None]]]:
        by_key: dict[str, list[Node]] = {}
        values_by_written: dict[str, list[Node | None]] = {}
        body = enum.child_by_field_id(self.fields.body)
        for member in body.named_children if body is not None else ():
            if member.type == "enum_assignment":
                written = member.child_by_field_id(self.fields.name)
                values_by_written.setdefault(self.source.raw(written or member), []).append(
                    member.child_by_field_id(self.fields.value))
            elif member.type in ("property_identifier", "string"):
                written = member
            else:
                continue
            if written is None:
                continue
            key = self.key(written) if written.type == "string" else self.source.raw(written)
            if key is not None:
                by_key.setdefault(key, []).append(member)
        return by_key, values_by_written

    def is_symbol(self, call: Node) -> bool:
        """`Symbol('x')` (the global, not a name of the file's): JSON.stringify leaves a symbol out like undefined."""
        callee = call.child_by_field_id(self.fields.function)
        return callee is not None and callee.type == "identifier" and self.source.raw(callee) == "Symbol" \
            and self.bindings.binder("Symbol", callee) is None

    def unsendable(self, request: LaunchRequest, body: Node) -> None:
        """A body JSON.stringify throws on (a BigInt in it): nothing is sent, so none of its values is judged as sent;
        FL014 says so at the BigInt."""
        thrown = _thrown(request.body)
        if thrown is None:
            return
        digits = thrown.source.lstrip("+-")[:-1]
        size = literal_size(digits)
        written = size if size is not None else f"`{thrown.source}`"
        plain = digits.replace("_", "") if size is None else "the digits"
        request.findings.append((Finding(
            NO_JSON_NUMBER, (), f"{written} is a BigInt: JSON.stringify throws a TypeError on it (\"Do not know how to "
            "serialize a BigInt\"), so this launch sends nothing",
            f"write it as a number ({plain}) if it is below 2**53, or as a string if it is an identifier; or convert it "
            "before the body is serialized (Number(x), String(x))", subject=thrown.source), thrown.at))
        request.body = Unknown(self.source.source(body))

    def non_finite(self, node: Node) -> NoJsonNumber | None:
        """`Infinity`, `NaN`, `Number.POSITIVE_INFINITY`, `1e400` (read as Infinity), or one negated: a number JSON has
        no form for (a name bound in the file to something else is not); None for anything else."""
        operand, sign = node, 1.0
        if node.type == "unary_expression":
            operator = node.child_by_field_id(self.fields.operator)
            operand = node.child_by_field_id(self.fields.argument)  # type: ignore[assignment]
            found = _SIGNS.get(self.source.raw(operator)) if operator is not None else None
            if found is None or operand is None:
                return None
            sign = found
        raw = self.source.raw(operand).replace(" ", "")
        if operand.type == "number":
            try:
                number = float(raw.replace("_", ""))
            except ValueError:  # 0x…, 0o…, 0b…: JavaScript rounds the integer to a double, Infinity past the largest
                whole = json_number(raw)
                if type(whole) is not int:
                    return None
                number = math.inf if abs(whole) >= _PAST_DOUBLE else float(whole)
        elif raw in _NON_FINITE and self.bindings.binder(raw.split(".")[0], operand) is None:  # not a name of the file's
            number = _NON_FINITE[raw]
        else:
            return None
        return NoJsonNumber(self.source.raw(node), sign * number, "javascript") if not math.isfinite(number) else None

    def is_object_assign(self, call: Node) -> bool:
        """`Object.assign({…}, …)` into a new object literal (the global Object, not a name of the file's)."""
        callee = call.child_by_field_id(self.fields.function)
        args = self.arguments(call)
        return callee is not None and self.source.raw(callee).replace(" ", "") == "Object.assign" and bool(args) \
            and self.unwrap(args[0]).type == "object" and self.bindings.binder("Object", callee) is None

    def is_freeze(self, call: Node) -> bool:
        """`Object.freeze(x)` of one object literal (the global Object, not a name of the file's)."""
        callee = call.child_by_field_id(self.fields.function)
        args = self.arguments(call)
        return callee is not None and self.source.raw(callee).replace(" ", "") == "Object.freeze" and len(args) == 1 \
            and self.unwrap(args[0]).type == "object" and self.bindings.binder("Object", callee) is None

    def assigned(self, call: Node, path: Path, spans: TreeSpans, key: Offsets | None, depth: int) -> Any:
        """`Object.assign({}, base, {flowId})`: each source's members in turn, as spreading each would give. A source
        not known (or open) may replace any member before it: those are then unknown in value, and the object open."""
        members: dict[str, Any] = {}
        is_open = False
        for argument in self.arguments(call):
            if argument.type == "spread_element":
                return Unknown(self.source.source(call))
            item = self.value(argument, path, spans, key, depth + 1)
            if item is _OMIT or item is None:
                continue  # Object.assign skips a null or undefined source
            if not isinstance(item, dict) or isinstance(item, OpenObject):
                is_open = True
                members = {name: Unknown(self.source.source(argument)) for name in members}
            for name, member in (item.items() if isinstance(item, dict) else ()):
                members.pop(name, None)
                members[name] = member
        spans.add(path, key, self.source.offsets(call))
        return OpenObject(members) if is_open else members

    def makes_text(self, call: Node) -> bool:
        """`String(x)`, `x.toString()`, `n.toFixed(2)`, `list.join(',')`: a string, whatever x holds."""
        callee = call.child_by_field_id(self.fields.function)
        if callee is not None and callee.type == "identifier":
            return self.source.raw(callee) == "String" and len(self.arguments(call)) == 1
        prop = callee.child_by_field_id(self.fields.property) if callee is not None and callee.type == "member_expression" else None
        return prop is not None and self.source.raw(prop) in _TEXT_METHODS

    def object(self, node: Node, path: Path, spans: TreeSpans, depth: int) -> dict[str, Any] | Unknown:
        members: dict[str, Any] = {}
        is_open = False
        written: dict[str, Node] = {}  # the keys this literal writes itself (not a spread's), each where it was last
        for child in node.named_children:
            if child.type == "pair":
                key_node = child.child_by_field_id(self.fields.key)
                value_node = child.child_by_field_id(self.fields.value)
                name = self.key(key_node) if key_node is not None else None
                if name is None or value_node is None:
                    is_open = True  # a computed key: some member flowlint cannot name
                    if key_node is not None and key_node.type == "computed_property_name" and spans.key_unknown is None:
                        spans.key_unknown = (self.source.offsets(key_node), self.source.source(key_node))
                    continue
                if name == "toJSON":
                    return Unknown(self.source.source(node))  # JSON.stringify sends what it returns instead
                self._written_twice(written, name, key_node, path, spans)  # type: ignore[arg-type]
                members.pop(name, None)  # the last one wins, in its own place
                spans.shown_only.discard((*path, name))  # (written here, after a spread that gave it)
                if key_node.type == "computed_property_name" and not _literal_key(key_node):  # type: ignore[union-attr, arg-type]
                    spans.shown_only.add((*path, name))  # (`[K]`: a fix renaming it would rewrite the constant's use)
                item = self.value(value_node, (*path, name), spans, self.source.offsets(key_node), depth + 1)  # type: ignore[arg-type]
                if item is not _OMIT:
                    members[name] = item
            elif child.type == "shorthand_property_identifier":
                name = self.source.raw(child)
                self._written_twice(written, name, child, path, spans)
                spans.shown_only.discard((*path, name))
                item = self.value(child, (*path, name), spans, self.source.offsets(child), depth + 1)
                members.pop(name, None)
                if item is not _OMIT:
                    members[name] = item
            elif child.type == "method_definition":
                name_node = child.child_by_field_id(self.fields.name)
                name = self.key(name_node) if name_node is not None else None
                accessor = any(part.type in ("get", "set") for part in child.children)
                if name is None:
                    is_open = True
                elif name == "toJSON":
                    return Unknown(self.source.source(node))  # JSON.stringify sends what it returns instead
                elif accessor:
                    members[name] = Unknown(self.source.source(child))  # a getter's value is made when it is read
                else:
                    members.pop(name, None)  # a method is a function: JSON.stringify leaves it out
            elif child.type == "spread_element" and child.named_children:
                spread = self.spread_members(child.named_children[0], path, spans, depth)
                branches = self._spread_branches(child.named_children[0]) if spread is None else None
                spread = spread if branches is None else self.maybe_members(
                    branches, path, spans, depth, self._spread_conditions(child.named_children[0]))
                if spread is None:
                    is_open = True  # a spread of what flowlint cannot see: members it cannot name
                    continue
                for name, item in spread.items():
                    members.pop(name, None)
                    members[name] = item
                is_open = is_open or isinstance(spread, OpenObject)
            elif child.type != "comment":
                is_open = True
        return OpenObject(members) if is_open else members

    def _spread_branches(self, node: Node) -> list[Node] | None:
        """What a conditional spread may spread (`...(c && x)`: x, or a falsy value, which adds nothing; `...(c ? x :
        y)`: x or y); None for any other spread."""
        node = self.unwrap(node)
        operator = node.child_by_field_id(self.fields.operator) if node.type == "binary_expression" else None
        if operator is not None and self.source.raw(operator) == "&&":
            right = node.child_by_field_id(self.fields.right)
            return [right] if right is not None else None
        return self._ternary_branches(node)

    def _spread_conditions(self, node: Node) -> list[list[tuple[Node, bool]]]:
        """What taking each branch of a conditional spread tells (_spread_branches' order): `...(c && x)`, x when c
        holds; `...(c ? x : y)`, x when c holds, y when it fails."""
        node = self.unwrap(node)
        if node.type == "binary_expression":
            tested = node.child_by_field_id(self.fields.left)
            return [[(tested, True)]] if tested is not None else []
        tested = node.child_by_field_id(self.fields.condition) if node.type == "ternary_expression" else None
        return [[(tested, True)], [(tested, False)]] if tested is not None else []

    def iterated_list(self, use: Node) -> tuple[Node, Node, bool] | None:
        """`for (const l of launches)` around the use (its body), or the callback of `launches.forEach((l) => …)` (or
        `map`, `flatMap`: each calls it once an item, in order) taking the item as its first parameter: the array
        iterated. None for a use no loop binds (`some`, `find`, `every` stop early)."""
        name, node = self.source.raw(use), use
        while node.parent is not None:
            parent = node.parent
            if parent.type == "for_in_statement" and node == parent.child_by_field_id(self.fields.body):
                item = self._loop_item(parent)
                if item is not None and self.source.raw(item) == name:
                    iterable = parent.child_by_field_id(self.fields.right)
                    return (iterable, node, False) if iterable is not None else None
            if parent.type in _FUNCTIONS:
                call = parent.parent.parent if parent.parent is not None and parent.parent.type == "arguments" else None
                iterating = self._iterating(call) if call is not None and call.type == "call_expression" else None
                callee = call.child_by_field_id(self.fields.function) if call is not None else None
                method = callee.child_by_field_id(self.fields.property) if callee is not None else None
                first = self._first_parameter(parent)
                if iterating is None or iterating[0] != parent or iterating[1] is None or method is None \
                        or self.source.raw(method) not in ("forEach", "map", "flatMap") or first is None \
                        or self.source.raw(first) != name:
                    return None
                return iterating[1], parent, True
            node = parent
        return None

    def _ternary_branches(self, node: Node) -> list[Node] | None:
        """The two values `c ? a : b` chooses between; None for any other node."""
        yes = node.child_by_field_id(self.fields.consequence) if node.type == "ternary_expression" else None
        no = node.child_by_field_id(self.fields.alternative) if node.type == "ternary_expression" else None
        return [yes, no] if yes is not None and no is not None else None

    def _written_twice(self, written: dict[str, Node], name: str, key: Node, path: Path, spans: TreeSpans) -> None:
        """A key this object literal writes again (`{ inputData: {…}, inputData: {} }`): the earlier value is never
        sent (FL002, TreeSpans.repeat). A spread's members are not the literal's own, and `__proto__` sets the
        prototype, not a member."""
        earlier = written.get(name)
        if earlier is not None and name != "__proto__":
            spans.repeat((*path, name), self.source.offsets(earlier), "JavaScript")
        written[name] = key

    def key(self, node: Node) -> str | None:
        if node.type == "computed_property_name":
            return self.computed_key(node)
        if node.type in ("property_identifier", "identifier"):
            return self.source.raw(node)
        if node.type == "string":
            return self.string_value(node)
        if node.type == "number":
            number = json_number(self.source.raw(node))
            return str(number) if number is not None else None
        return None

    def computed_key(self, node: Node) -> str | None:
        """A computed key whose value is a constant (`['type']`, a template without `${}`, `[K]` with `const K = 'a4'`
        bound once, `[Inputs.Name]` of a TypeScript enum, `[NAME]` with `NAME = '…' as const`): its text, as a text
        flowlint reads wholly for a URL; None for one it cannot know (a parameter, a call, a `${}` of one)."""
        inner = node.named_children[0] if node.named_children else None
        if inner is None or inner.type == "comment":
            return None
        if inner.type == "string" or (inner.type == "template_string" and self.string_value(inner) is not None):
            return self.string_value(inner)
        if inner.type not in ("identifier", "template_string", "member_expression", "subscript_expression", "as_expression",
                              "parenthesized_expression", "binary_expression", "satisfies_expression"):
            return None
        found = self.text(inner)
        return found.value if isinstance(found, Text) else None

    def string(self, node: Node) -> tuple[str, list[int]] | None:
        """A string literal or a template without substitutions: its text and each character's file offset."""
        return self._characters(node, holes=False)

    def string_value(self, node: Node) -> str | None:
        """A string literal's or a plain template's text, as `string` reads it (without where each character is)."""
        found = self._characters(node, holes=False, offsets=False)
        return found[0] if found is not None else None

    def template_holes(self, node: Node) -> tuple[str, list[int]] | None:
        """A template's text with each `${…}` as a `{{$…}}` hole (an unknown value, as curl's `$VAR`), and where each
        character is in the file; None when it does not look like JSON or has parts flowlint does not read."""
        found = self._characters(node, holes=True)
        return found if found is not None and found[0].strip().startswith(("{", "[")) else None

    def _characters(self, node: Node, holes: bool, offsets: bool = True) -> tuple[str, list[int]] | None:
        """A string's or template's decoded text and each character's file offset (none without `offsets`); a `${…}`
        is a hole when `holes`."""
        chars: list[str] = []
        where: list[int] = []
        for child in node.children:
            if child.type == "string_fragment":
                raw = self.source.raw(child)
                chars.append(raw)
                if offsets:
                    start = self.source.char(child.start_byte)
                    where.extend(range(start, start + len(raw)))
            elif child.type == "escape_sequence":
                decoded = _unescape(self.source.raw(child))
                if decoded is None:
                    return None
                chars.append(decoded)
                if offsets:
                    where.extend([self.source.char(child.start_byte)] * len(decoded))
            elif child.type == "template_substitution" and holes:
                hole = "{{$" + re.sub(r"[^\w.]", "", self.source.source(child, 40))[:30] + "}}"
                chars.append(hole)
                where.extend([self.source.char(child.start_byte)] * len(hole))
            elif child.type in ("template_substitution", "ERROR"):
                return None
        if offsets:
            where.append(self.source.char(node.end_byte) - 1)
        return "".join(chars), where

    def literal_text(self, node: Node, span: Offsets, depth: int) -> Text | Unknown | None:
        if node.type == "string":
            known = self.string_value(node)
            return Text((known,), span) if known is not None else Unknown(self.source.source(node))
        if node.type == "template_string":
            parts: list[str | Unknown] = []
            for child in node.children:
                if child.type == "string_fragment":
                    parts.append(self.source.raw(child))
                elif child.type == "escape_sequence":
                    parts.append(_unescape(self.source.raw(child)) or "")
                elif child.type == "template_substitution":
                    inner = child.named_children[0] if child.named_children else None
                    found = self.text(inner, depth + 1) if inner is not None else Unknown()
                    if isinstance(found, Text):
                        parts.extend(found.parts)
                    else:
                        source = "${" + (self.source.source(inner) if inner else "") + "}"
                        parts.append(found.with_source(source) if isinstance(found, (Computed, Outside))
                                     else Unknown(source))
            return Text(tuple(parts), span)
        if node.type == "new_expression" and self.source.raw(node.child_by_field_id(self.fields.constructor) or node) == "URL":
            args = self.arguments(node)  # new URL(path, base)
            if len(args) == 2 and depth < 20:
                return url_joined(self.text(args[1], depth + 1), self.text(args[0], depth + 1), span)
            return self.text(args[0], depth + 1) if len(args) == 1 and depth < 20 else None
        if node.type == "call_expression" and depth < 20:
            built = self.built_url(node, span, depth)
            if built is not None:
                return built
            callee = node.child_by_field_id(self.fields.function)
            if callee is not None and callee.type == "member_expression" and not self.arguments(node) \
                    and self.source.raw(callee.child_by_field_id(self.fields.property) or callee) in ("toString", "toJSON"):
                owner = callee.child_by_field_id(self.fields.object)
                made = self.resolve(owner) if owner is not None else None
                if made is not None and made.type == "new_expression":  # new URL(…).toString()
                    found = self.text(made, depth + 1)
                    return Text(found.parts, span) if isinstance(found, Text) else found
            return None
        if node.type in ("member_expression", "subscript_expression") and depth < 20:
            member = self.class_member(node) if node.type == "member_expression" else None
            member = member or self.constant(node)
            value = self.text(member, depth + 1) if member is not None else None
            return Text(value.parts, span) if isinstance(value, Text) else value
        return None

    def built_url(self, call: Node, span: Offsets, depth: int) -> Text | Unknown | None:
        """A URL joined by a call Node code joins URLs with: `[base, path].join('/')`, `path.join(base, path)` (and
        `path.posix`/`win32`, `join` imported from `path`), `url.resolve(base, path)`, `util.format('%s/…', base)`,
        `String(x)`; unknown where a separator, format or path step is not known (never a guess); None for any other
        call (a function of the file's own named `join` or `format` is followed as one)."""
        callee = call.child_by_field_id(self.fields.function)
        if callee is None:
            return None
        callee = self.unwrap(callee)
        args = self.arguments(call)
        if callee.type == "identifier":
            name, module = self.source.raw(callee), self.module_of(callee)
            if name == "String" and len(args) == 1 and self.bindings.binder("String", callee) is None:
                return self.text(args[0], depth + 1)
        elif callee.type == "member_expression" and (prop := callee.child_by_field_id(self.fields.property)) is not None:
            name = self.source.raw(prop)
            owner = self.unwrap(callee.child_by_field_id(self.fields.object) or callee)
            if name == "join" and (listed := self.resolve(owner)) is not None and listed.type == "array":
                return self._array_joined(listed, args, span, depth)
            if owner.type == "member_expression" and self.source.raw(owner.child_by_field_id(self.fields.property)
                                                                         or owner) in ("posix", "win32"):
                owner = self.unwrap(owner.child_by_field_id(self.fields.object) or owner)  # path.posix.join
            module = self.module_of(owner) if owner.type == "identifier" else None
        else:
            return None
        if any(argument.type == "spread_element" for argument in args):
            return None
        module = (module or "").removeprefix("node:")
        if module in ("path", "path/posix", "path/win32") and name == "join":
            return _path_joined([self.text(argument, depth + 1) for argument in args], call, span, self.source)
        if module == "url" and name == "resolve" and len(args) == 2:
            return url_joined(self.text(args[0], depth + 1), self.text(args[1], depth + 1), span)
        if module == "util" and name == "format" and args:
            return self._formatted(args, span, depth)
        return None

    def _array_joined(self, listed: Node, args: list[Node], span: Offsets, depth: int) -> Text | Unknown:
        """`[a, b].join(sep)`: the items' texts with the separator between them (null and undefined items are empty)."""
        separator = self.text(args[0], depth + 1) if args else Text((",",))
        if not isinstance(separator, Text) or separator.value is None:
            return Unknown(self.source.source(listed.parent or listed))
        parts: list[str | Unknown] = []
        for number, item in enumerate(i for i in listed.named_children if i.type != "comment"):
            if item.type == "spread_element":
                return Unknown(self.source.source(listed))
            if number:
                parts.append(separator.value)
            if item.type in ("null", "undefined"):
                continue
            found = self.text(item, depth + 1)
            parts.extend(found.parts if isinstance(found, Text) else (found,))
        return Text(tuple(parts), span)

    def _formatted(self, args: list[Node], span: Offsets, depth: int) -> Text | Unknown:
        """`util.format(format, ...values)`: `%s` takes a value's text; any other placeholder an unknown part; `%%` is
        `%`; a placeholder with no value left stays as written; values past the placeholders follow, each after a
        space. A format not known whole is unknown."""
        written = self.text(args[0], depth + 1)
        if not isinstance(written, Text) or written.value is None:
            return Unknown(self.source.source(args[0]))
        values = [self.text(argument, depth + 1) for argument in args[1:]]
        parts: list[str | Unknown] = []
        pieces = re.split(r"(%[sdifjoOc%])", written.value)
        taken = 0
        for piece in pieces:
            if len(piece) != 2 or piece[0] != "%" or piece == "%%":
                parts.append("%" if piece == "%%" else piece)
            elif taken >= len(values):
                parts.append(piece)
            else:
                value = values[taken]
                taken += 1
                if piece == "%s" and isinstance(value, Text):
                    parts.extend(value.parts)
                elif piece != "%c":  # (%c takes a CSS value and writes nothing)
                    parts.append(value if isinstance(value, Unknown) and piece == "%s" else Unknown(piece))
        for value in values[taken:]:
            parts.append(" ")
            parts.extend(value.parts if isinstance(value, Text) else (value,))
        return Text(tuple(parts), span)

    def constant(self, node: Node) -> Node | None:
        """What `ENDPOINTS.launch` / `ENDPOINTS['launch']` (an object literal bound once, never changed) or
        `Paths.Launch` (an enum member) is written as; `url.href` of a `new URL(…)`. None otherwise."""
        obj = node.child_by_field_id(self.fields.object)
        prop = node.child_by_field_id(self.fields.property if node.type == "member_expression" else self.fields.index)
        if obj is None or prop is None:
            return None
        key = self.source.raw(prop) if node.type == "member_expression" else self.key(prop)
        target = self.resolve(obj) if obj.type == "identifier" else self.unwrap(obj)
        if target is not None and target.type == "new_expression" and key == "href":
            return target  # `url.href`, `new URL(…).href`: the text the URL is made of (literal_text joins it)
        if target is not None and target.type == "object" and key is not None:
            found = self.members(target)
            return found[0][key][1] if found is not None and not found[1] and key in found[0] else None
        if obj.type == "identifier" and key is not None:
            enums = self._enums_named(self.source.raw(obj))
            values = self._enum_members(enums[0])[1].get(key, []) if len(enums) == 1 else []
            return values[0] if len(values) == 1 else None
        return None

    def constant_member(self, node: Node, depth: int) -> str | int | float | bool | None:
        """`FLOWS.followUp`, `FLOWS['followUp']`: the string, number or boolean written as that member of the object
        literal a name of this file is bound to once and never changed (no member written, not handed to code that
        may change it); None for anything else (a value not known, another kind of object, no such member)."""
        obj = node.child_by_field_id(self.fields.object)
        member = self._member_key(node)
        if obj is None or member is None or obj.type != "identifier" \
                or self.bindings.is_changed(self.source.raw(obj), obj):
            return None
        found = self._constant_object(obj, depth)
        value = found.get(member) if type(found) is dict else None
        return value if isinstance(value, (str, int, float, bool)) else None

    def _constant_object(self, name: Node, depth: int) -> Any:
        """The value of the object a name is bound to, for reading its members: a module-level name's is read once for
        all of them (its value is the same wherever it is read: no parameter of a followed call is in it)."""
        written = self.source.raw(name)
        binding = self.bindings.key(written, name)
        found = self._constant_objects.get(binding) if binding[0] == self.root.id else None
        if found is None:
            found = self.value(name, (), TreeSpans(), None, depth + 1)
            if binding[0] == self.root.id and type(found) is dict:
                self._constant_objects[binding] = found
        return found

    def enum_member(self, node: Node) -> Node | None:
        """The string a TypeScript enum member is given (`Flows.Callback` / `Flows['Callback']` of `enum Flows {
        Callback = '…' }`, a `const enum` too), where the file declares that enum once and the name is bound to nothing
        else there; None for anything else: a member given a number, none (numbered) or an expression, a `declare
        enum` (its values are another file's), or a string with a hole."""
        obj = node.child_by_field_id(self.fields.object)
        prop = node.child_by_field_id(self.fields.property if node.type == "member_expression" else self.fields.index)
        if obj is None or prop is None or obj.type != "identifier":
            return None
        key = self.source.raw(prop) if node.type == "member_expression" else self.key(prop)
        name = self.source.raw(obj)
        if key is None or self.bindings.binder(name, obj) is not None:
            return None
        enums = self._enums_named(name)
        if len(enums) != 1 or enums[0].parent is None or enums[0].parent.type == "ambient_declaration":
            return None
        members = self._enum_members(enums[0])[0].get(key, [])
        value = members[0].child_by_field_id(self.fields.value) if len(members) == 1 else None
        if value is None or value.type not in ("string", "template_string") or self.string_value(value) is None:
            return None
        return value

    def class_member(self, node: Node) -> Node | None:
        """The value of `this.url` (written once by its class) or `Flows.url` (a static field of a class written at the
        top of this file, and nowhere assigned)."""
        obj, prop = node.child_by_field_id(self.fields.object), node.child_by_field_id(self.fields.property)
        if obj is None or prop is None:
            return None
        if obj.type == "this":
            return self.this_member(node)
        if obj.type != "identifier":
            return None
        name, member = self.source.raw(obj), self.source.raw(prop)
        classes = [c for c in self.root.named_children for c in ([c] if c.type == "class_declaration" else c.named_children)
                   if c.type == "class_declaration" and (c.child_by_field_id(self.fields.name) is not None)
                   and self.source.raw(c.child_by_field_id(self.fields.name)) == name]  # type: ignore[arg-type]
        body = classes[0].child_by_field_id(self.fields.body) if len(classes) == 1 else None
        values = [child.child_by_field_id(self.fields.value) for child in (body.named_children if body is not None else ())
                  if child.type in ("public_field_definition", "field_definition")
                  and any(part.type == "static" or self.source.raw(part) == "static" for part in child.children)
                  and (child.child_by_field_id(self.fields.name) or child.child_by_field_id(self.fields.property)) is not None
                  and self.source.raw(child.child_by_field_id(self.fields.name) or child.child_by_field_id(self.fields.property)) == member]  # type: ignore[arg-type]
        assigned = any(n.type in ("assignment_expression", "augmented_assignment_expression")
                       and self.source.raw(n.child_by_field_id(self.fields.left) or n).replace(" ", "") == f"{name}.{member}"
                       for n in self.nodes)
        return values[0] if len(values) == 1 and not assigned else None

    def static_field(self, node: Node) -> Node | None:
        """The object literal a class's static field is given (`static BODY = {…}`), read as `Launcher.BODY`, when
        nothing in the file can change it: the class is written at the top of the file and extended nowhere in it, no
        `this.BODY` is written in it (a static method's), and every `Launcher.BODY` is handed whole to a call that is no
        merge into it (`Object.assign(Launcher.BODY, …)`), never assigned, given a member, or read for one. None
        otherwise (class_member: the field given once)."""
        obj, prop = node.child_by_field_id(self.fields.object), node.child_by_field_id(self.fields.property)
        value = self.class_member(node) if obj is not None and obj.type == "identifier" and prop is not None else None
        if value is None or self.unwrap(value).type != "object" or obj is None or prop is None:
            return None
        key = (self.source.raw(obj), self.source.raw(prop))
        if key not in self._static_unchanged:  # (the file's scans once a class and field, however often it is read)
            self._static_unchanged[key] = self._static_unchanged_in_file(*key)
        return value if self._static_unchanged[key] else None

    def _static_unchanged_in_file(self, class_name: str, field_name: str) -> bool:
        """Whether nothing in the file can change a class's static field (static_field's conditions)."""
        name, member = re.escape(class_name.encode()), re.escape(field_name.encode())
        data = self.source.data
        if re.search(rb"\bextends\s+" + name + rb"\b|\bthis\s*\.\s*" + member + rb"\b|\bexport\b|module\s*\.\s*exports"
                     rb"|\bexports\s*\.", data):
            return False  # (a subclass, a static method's write, or a class other modules may change)
        for mention in re.finditer(rb"(?<![\w$.])" + name + rb"(?![\w$])", data):
            if re.search(rb"\bclass\s+$", data[max(0, mention.start() - 16):mention.start()]) is None \
                    and re.match(rb"\s*\.\s*[\w$]", data[mention.end():mention.end() + 64]) is None:
                return False  # (the class itself handed on, aliased, indexed or destructured: its field may change)
        for mention in re.finditer(rb"(?<![\w$.])" + name + rb"\s*\.\s*" + member + rb"(?![\w$])", data):
            used = self.root.descendant_for_byte_range(mention.start(), mention.end())
            while used is not None and used.type != "member_expression" and used.parent is not None:
                used = used.parent
            holder = used.parent if used is not None else None
            call = holder.parent if holder is not None and holder.type == "arguments" else None
            callee = call.child_by_field_id(self.fields.function) if call is not None else None
            if call is None or callee is None or self.source.raw(callee).replace(" ", "") not in _SENDING_STATIC:
                return False  # (handed to a call that may change it: `fill(Launcher.BODY, name)`)
        return True

    def is_plus(self, node: Node) -> bool:
        operator = node.child_by_field_id(self.fields.operator)
        return node.type == "binary_expression" and operator is not None and self.source.raw(operator) == "+"

    # -- calls -----------------------------------------------------------------------------------
    def _launch_members(self, node: Node) -> bool:
        """Whether `node` is an object literal with a member of the launch request (flowId, flowVersion, inputData, name)."""
        if node.type != "object":
            return False
        for member in node.named_children:
            key = member.child_by_field_id(self.fields.key) if member.type == "pair" else \
                member if member.type == "shorthand_property_identifier" else None
            if key is not None and self.source.raw(key).strip("'\"") in _LAUNCH_MEMBERS:
                return True
        return False

    def arguments(self, call: Node) -> list[Node]:
        args = call.child_by_field_id(self.fields.arguments)
        return [a for a in args.named_children if a.type != "comment"] if args is not None else []

    def argument(self, call: Node, index: int) -> Node | None:
        args = self.arguments(call)
        return args[index] if len(args) > index else None

    def is_form(self, node: Node) -> bool:
        """`new URLSearchParams(…)`, `new FormData()`, `qs.stringify(…)`, `querystring.stringify(…)`: a form body."""
        if node.type == "new_expression":
            constructor = node.child_by_field_id(self.fields.constructor)
            return constructor is not None and self.source.raw(constructor) in ("URLSearchParams", "FormData")
        if node.type == "call_expression":
            callee = node.child_by_field_id(self.fields.function)
            root = self._chain_root(callee) if callee is not None else None
            return (callee is not None and callee.type == "member_expression" and root is not None
                    and (self.module_of(root) in ("qs", "querystring", "node:querystring")
                         or self.source.raw(root) in ("qs", "querystring"))
                    and self.source.raw(callee).endswith(("stringify", "encode")))
        return False

    def replaced(self, stringify: Node, value: Any) -> Any:
        """What `JSON.stringify(value, replacer)` writes of `value`: an array of keys keeps only those members, at every
        depth, as JSON.stringify does; a replacer function (or one not known here) makes the whole value unknown."""
        replacer = self.argument(stringify, 1)
        if replacer is None or replacer.type in ("null", "undefined") or value is _OMIT:
            return value
        keys = self.value(replacer, (), TreeSpans(), None)
        if keys is None or (keys is _OMIT and self.source.raw(replacer) == "undefined"):
            return value  # (a function is left out as undefined is: it is no `undefined` here)
        if type(keys) is not list or not all(type(k) is str or type(k) is int for k in keys):
            return Unknown(self.source.source(stringify))
        return _kept_members(value, frozenset(str(k) for k in keys))

    def is_stringify(self, call: Node) -> bool:
        callee = call.child_by_field_id(self.fields.function)
        return callee is not None and self.source.raw(callee).replace(" ", "") == "JSON.stringify"

    def members(self, node: Node | None) -> tuple[dict[str, tuple[Node, Node]], bool] | None:
        """An options object's members by name (key node, value node), and whether it is open; None when unknown."""
        if node is None:
            return {}, False
        target = self.made_object(node)
        if target is None or target.type != "object":
            return None
        found: dict[str, tuple[Node, Node]] = {}
        is_open = False
        for child in target.named_children:
            if child.type == "pair":
                key_node, value_node = child.child_by_field_id(self.fields.key), child.child_by_field_id(self.fields.value)
                name = self.key(key_node) if key_node is not None else None
                if name is None or value_node is None:
                    is_open = True
                else:
                    found[name] = (key_node, value_node)  # type: ignore[assignment]
            elif child.type == "shorthand_property_identifier":
                found[self.source.raw(child)] = (child, child)
            elif child.type == "spread_element" and (spread := self.spread(child)) is not None:
                found.update(spread[0])  # in order: a member written after the spread overrides it, as in JS
                is_open = is_open or spread[1]
            elif child.type != "comment":
                is_open = True
        return found, is_open

    def made_object(self, node: Node) -> Node | None:
        """What an options (or headers) argument is: what `resolve` finds; for a call of a function of this file whose one
        return is an object (a literal, or a name bound once to one: `launchOptions(token, body)`, `this.config(token)`),
        that object, its function's parameters bound to the call's arguments until the launch is read (its members are
        read after this returns). Anything else, as `resolve` finds it: a call not followed stays a call (unknown)."""
        target = self.resolve(node)
        if target is None or target.type != "call_expression" or not self._reading:
            return target
        made = self._made_options.get(target.id)
        if made is not None:
            return made
        found = self.follow(target)
        returned = self.returned(found[0]) if found is not None else None
        if found is None or returned is None:
            return target
        held = len(self._held)
        self.frames[found[0].id] = found[1]
        self._held.append((found[0].id, target.id))
        made = self.made_object(returned)  # (a helper may return another's options: each frame held, at most 3)
        if made is None or made.type != "object":
            self._let_go(held)  # no object: the call is read as any other (a URL it returns, followed again)
            return target
        self._made_options[target.id] = made
        return made

    def _let_go(self, held: int) -> None:
        """Let go of the frames held for options since there were `held` of them."""
        while len(self._held) > held:
            function, made = self._held.pop()
            self.frames.pop(function, None)
            self._made_options.pop(made, None)

    def options_unknown(self, request: LaunchRequest, node: Node | None) -> None:
        """Options a call makes that flowlint cannot follow (an imported helper, one with several returns or that changes
        what it returns): what the launch sends is not known, said under -v at that call (FL011), never guessed."""
        target = self.made_object(node) if node is not None else None
        if node is None or target is None or target.type != "call_expression" or request.body is not NO_BODY:
            return
        request.body, request.body_span, request.sends = Unknown(self.source.source(target)), self.source.offsets(node), "opaque"
        request.unknown_options = True

    def spread(self, node: Node) -> tuple[dict[str, tuple[Node, Node]], bool] | None:
        """The members `...init` adds: its object's; its default's (none without one) for a followed call's
        parameter the call passes nothing for (`call(path)` of `call(path, init = {})`); None when not known."""
        argument = self.unwrap(node.named_children[0]) if node.named_children else None
        if argument is None:
            return None
        function = self.unpassed(argument)
        if function is not None:
            default = self.default_of(function, self.source.raw(argument))
            return ({}, False) if default is None else self.members(default)
        return self.members(argument) if argument.type in ("identifier", "object") else None

    def default_of(self, function: Node, name: str) -> Node | None:
        """The default value a function's parameter of that name is written with (`init = {}`), if any."""
        params = function.child_by_field_id(self.fields.parameters)
        for part in params.named_children if params is not None else ():
            value = part.child_by_field_id(self.fields.value) if part.type in ("required_parameter", "optional_parameter") else None
            if part.type in ("required_parameter", "optional_parameter"):
                part = part.child_by_field_id(self.fields.pattern) or part
            if part.type == "assignment_pattern":
                part, value = part.child_by_field_id(self.fields.left) or part, part.child_by_field_id(self.fields.right)
            if part.type == "identifier" and self.source.raw(part) == name:
                return value
        return None

    def headers(self, node: Node | None) -> list[Header] | None:
        if node is None:
            return []
        target = self.resolve(node)
        if target is not None and target.type == "new_expression":
            args = self.arguments(target)
            target = self.resolve(args[0]) if args else None
        found = self.members(target) if target is not None else None
        if found is None or found[1]:
            return None
        members, _ = found
        return [Header(name, self.text(value), (self.source.char(key.start_byte), self.source.char(value.end_byte)))
                for name, (key, value) in members.items()]

    def credentials(self) -> list[tuple[Offsets, str]]:
        """Client secrets written as string literals: `clientSecret: '…'`, `const CLIENT_SECRET = '…'`."""
        found = []
        for node in (n for n in checked(self.nodes) if n.type in _SECRETS):
            name_node = node.child_by_field_id(self.fields.key if node.type == "pair" else self.fields.name)
            value = node.child_by_field_id(self.fields.value)
            if value is not None and value.type in ("binary_expression", "call_expression", "new_expression"):
                # `process.env.X ?? '…'`, `String('…')`: the literal is written in the file
                value = self.fallback_literal(value) or self.wrapped_literal(value)
            if name_node is None or value is None or value.type not in ("string", "template_string"):
                continue
            name = self.key(name_node) if node.type == "pair" else self.source.raw(name_node)
            if not name or not is_secret_name(name):
                continue  # most pairs: no string decoded for them
            text = self.string_value(value)
            if text is not None and literal_secret(text):
                found.append((self.source.offsets(value), name))
        calls = self.nodes if b"loginClientCredentialsGrant" in self.source.data else ()  # (most files: none to look at)
        for call in (n for n in calls if n.type == "call_expression"):  # client.loginClientCredentialsGrant(id, secret)
            callee = call.child_by_field_id(self.fields.function)
            if not self.last_name(callee).endswith("loginClientCredentialsGrant"):
                continue
            secret = self.argument(call, 1)
            if secret is not None and secret.type in ("call_expression", "new_expression"):  # `atob('…')`: written
                secret = self.wrapped_literal(secret)
            if secret is not None and secret.type == "string" and (text := self.string_value(secret)) is not None \
                    and literal_secret(text):
                found.append((self.source.offsets(secret), "loginClientCredentialsGrant"))
        return found + self.basic_credentials(self.kind, _STRINGS)

    def wrapped_literal(self, value: Node) -> Node | None:
        """The string a wrapper is given first, through a few of them (`String('…')`, `Buffer.from('…')`, `new
        Buffer('…', 'base64')`: credentials.VALUE_WRAPPERS, as the masking reads them); None for any other value. Given
        to a secret-named variable, it is the secret written in the file."""
        for _ in range(_WRAPPED_DEPTH):
            callee = value.child_by_field_id(self.fields.constructor if value.type == "new_expression"
                                             else self.fields.function)
            if value.type not in ("call_expression", "new_expression") or callee is None \
                    or self.source.raw(callee).rpartition(".")[2] not in VALUE_WRAPPERS:
                return None
            held = callee.child_by_field_id(self.fields.object) if callee.type == "member_expression" else None
            if held is not None and held.type in ("call_expression", "string", "template_string"):
                value = held  # a method of what is wrapped: `Buffer.from('…', 'base64').toString()`, `'…'.trim()`
                if value.type in ("string", "template_string"):
                    return value
                continue
            first = self.argument(value, 0)
            if first is None:
                return None
            value = first
            if value.type in ("string", "template_string"):
                return value
        return None

    def fallback_literal(self, value: Node) -> Node | None:
        """The string a value read at run time falls back to: what `??` or `||` give (`process.env.X ?? '…'`) or a
        getter's default (`config.get('secret', '…')`); None for any other value. Given to a secret-named variable, it
        is a secret written in the file."""
        if value.type == "binary_expression":
            operator, right = value.child_by_field_id(self.fields.operator), value.child_by_field_id(self.fields.right)
            return right if operator is not None and self.source.raw(operator) in ("??", "||") and right is not None \
                and right.type in ("string", "template_string") else None
        callee = value.child_by_field_id(self.fields.function)
        if value.type != "call_expression" or callee is None \
                or self.source.raw(callee).rpartition(".")[2] not in FALLBACK_GETTERS or self.argument(value, 2) is not None:
            return None
        default = self.argument(value, 1)
        return default if default is not None and default.type in ("string", "template_string") else None

    def launch(self, call: Node) -> LaunchRequest | None:
        held = len(self._held)
        self._reading += 1
        try:
            request = self._launch(call)
        finally:
            self._reading -= 1
            self._let_go(held)  # the options' frames, held while their members were read
        if request is not None and request.method_span is None and isinstance(request.method, str):
            callee = call.child_by_field_id(self.fields.function)
            callee = self.unwrap(callee) if callee is not None else None
            verb = (callee.child_by_field_id(self.fields.property) or callee) if callee is not None else None
            if verb is not None and _VERBS.get(self.source.raw(verb)) == request.method:
                request.method_span = self.source.offsets(verb)  # `axios.get(…)`: the method is written, as `get`
        return request

    def _launch(self, call: Node) -> LaunchRequest | None:
        callee = call.child_by_field_id(self.fields.function)
        if callee is None:
            return None
        callee = self.unwrap(callee)
        name = receiver = None
        if callee.type == "identifier":
            name = self.source.raw(callee)
        elif callee.type == "member_expression":
            prop = callee.child_by_field_id(self.fields.property)
            obj = callee.child_by_field_id(self.fields.object)
            name = self.source.raw(prop) if prop is not None else None
            receiver = obj
        if name is None:
            return None
        if name not in _DISPATCHED and not self._loads_a_client:
            # No branch below reads a call of this name (`users.filter(…)`, `logger.warn(…)`): a test double's is
            # noted, as below, and nothing else is done.
            if receiver is not None and self._stands_in(receiver, name):
                args = self.arguments(call)
                self.not_a_launch(call, args[0] if args else None)
            return None
        site = self.source.offsets(call)
        args = self.arguments(call)
        if name == "postFlowsExecutions":
            # The SDK's ApiClient.callApi sets the operation's Content-Type (application/json) itself, after any header
            # given, and axios sends a string that parses as JSON as it is: a stringified body arrives as that JSON.
            request = LaunchRequest("sdk", site, headers=[Header("Content-Type", Text.known("application/json"))])
            if (other := self._other_sdk_api(receiver)) is not None:
                request.findings.append((Finding(
                    SDK_ARGUMENTS, (), f"{other} has no postFlowsExecutions: the launch is ArchitectApi's, so the call "
                    "throws a TypeError (not a function) and nothing is sent",
                    f"call it on new platformClient.ArchitectApi() instead of {other}"), site))
                return request  # nothing is sent: no body of it to judge
            if len(args) > 1 and args[0].type != "spread_element" and self._launch_members(args[1]):
                first = f"`{self.source.source(args[0], 40)}`" if args[0].type in ("identifier", "member_expression") \
                    else "the first argument"
                request.findings.append((Finding(
                    SDK_ARGUMENTS, (), "postFlowsExecutions sends its first argument as the body and takes options "
                    f"(customHeaders) second: the launch request given second is never sent, and {first} is sent as the body",
                    "pass the launch request alone, with flowId in it: postFlowsExecutions({ flowId, inputData: {...} })"),
                    site))
                return request  # what is sent is not the body written: none of it to judge
            if args:  # (the SDK throws on a null or undefined body: null is said as the body, undefined not known)
                self.set_body(request, args[0], "json", null="null", undefined="unknown", raw_bytes=False)
            return request
        receiver_name = self.last_name(receiver) if receiver is not None else None
        if receiver is not None and self._stands_in(receiver, name):
            self.not_a_launch(call, args[0] if args else None)
            return None  # a test double (fetch-mock, nock, moxios…) describes a reply or an expectation, it sends nothing
        if receiver is None and name in _LIBRARY_NAMES and self.own_function(callee, name):
            return None  # the file's own `request`/`fetch`: a wrapper (followed as one by wrapped_launch), not the library
        root = self._chain_root(callee)
        # What the chain's root was imported from matters to a verb, `request`, or a client loaded by any name.
        module = self.module_of(root) if name in _VERBS or name == "request" or self._loads_a_client else None
        if module in _REQUEST_MODULES:
            return self.request_library(site, _VERBS.get(name) if receiver is not None else None, args)
        if receiver is None and name == "needle" and self._named_client(callee, "needle"):
            return self.needle(site, None, args[0] if args else None, args[1:])  # needle(method, url, data, options)
        if receiver is not None and receiver.type == "identifier" and self._named_client(receiver, "needle") \
                and (name in _VERBS or name == "request"):
            return self.needle(site, _VERBS[name], None, args) if name in _VERBS else \
                self.needle(site, None, args[0] if args else None, args[1:])
        if name in _WRETCH_VERBS and receiver is not None and (steps := self.wretch_steps(receiver)) is not None:
            return self.wretch(site, _WRETCH_VERBS[name], args, steps)
        verb_on_name = name in _VERBS and receiver is not None and receiver.type == "identifier"
        agent = verb_on_name and module is None and self._superagent_agent(root)
        if verb_on_name and (module == "superagent" or self._named_client(root, "superagent") or agent):
            sent = self.superagent(call, _VERBS[name], args)
            if sent is not None and agent:
                sent.headers = None  # (the agent's own defaults, `agent.set(…)`, are not read)
            return sent
        if module in _OPTION_MODULES and name in _VERBS and receiver is not None and receiver.type == "identifier":
            return self.options_client(site, args, _VERBS[name], _OPTION_MODULES[module])  # `import client from 'ky'`
        if module == "k6/http" and (name in _VERBS or name == "request"):
            return self.k6(site, _VERBS.get(name), args)
        if receiver_name in ("$", "jQuery") and name in ("ajax", "post"):
            return self.jquery(site, name, args)
        if name == "open" and receiver is not None and self.is_xhr(receiver):
            return self.xhr(call, receiver, args)
        instance = self.instance(receiver) if receiver is not None and name in _VERBS else None
        if instance is not None and instance[0] in _OPTION_CLIENTS:
            return self.options_client(site, args, _VERBS[name], instance[0], instance[1])
        if instance is None and receiver is not None and name in _VERBS and receiver.type == "identifier" \
                and self.values_from is not None and self.source.raw(receiver) in self.imports \
                and (made := self.imported_client(receiver)) is not None:
            if made[0] in _OPTION_CLIENTS:
                return self.options_client(site, args, _VERBS[name], made[0], prefix=made[1], shared_headers=made[2],
                                           elsewhere=True)
            return self.axios_verb(site, receiver, _VERBS[name], args, {}, base=made[1], shared=made[2:])
        if receiver is None and (name in _OFETCH or module == "ofetch"):
            return self.ofetch(site, args)
        if name == "request" and receiver is not None and self.is_cypress(receiver):
            return self.cypress(site, args)
        if name == "request" and receiver is not None and (module or self.source.raw(root)) in _NODE_HTTP:
            return self.node_http(call, site, module or self.source.raw(root), args)
        if module == "undici" and self.undicis_request(callee, receiver, name):
            return self.undici_request(site, args)  # (its own ways, not fetch's: undici_request)
        if self._loads_a_client and self.loaded_fetch(callee, receiver, name):
            return self.fetch_like(site, args)  # fetch by a name of the file's own (`import f from 'node-fetch'`)
        if name == "request" and args and receiver is not None and module != "undici" and self._no_object(args[0]):
            return self.unknown_request(site, args)  # `client.request(url, options)`: whose, not known
        if name == "fetch" or (name == "request" and args and module == "undici" and self._no_object(args[0])):
            return self.fetch_like(site, args)  # (a bare `request` is undici's only imported from it)
        if name in _OPTION_CLIENTS or (receiver_name in _OPTION_CLIENTS and name in _VERBS):
            return self.options_client(site, args, _VERBS.get(name) if receiver_name in _OPTION_CLIENTS else None,
                                       "got" if "got" in (name, receiver_name) else "ky")
        if name in _VERBS and receiver is None and self.imports.get(name) == "axios":
            return self.axios_verb(site, callee, _VERBS[name], args, self.instance_config(callee))  # const { post } = require('axios')
        if name in _VERBS and receiver is not None and self.playwright_context(receiver):
            return self.playwright(site, _VERBS[name], args, self.playwright_made(receiver))
        if name == "request" and receiver is not None and receiver.type == "identifier" \
                and (own := self.resolve(receiver)) is not None and own.type == "object":
            return None  # the file's own object's method (`const foo = { request(opts) {…} }`): no axios call, and said so
        if name in _VERBS and receiver is not None:
            if self.defines_a_route(receiver, args):
                self.not_a_launch(call, args[0] if args else None)
                return None
            # (an instance of got or ky returned above: this one is axios's, or none made in the file)
            known = instance is not None or self._root_name(receiver) == "axios" or self.module_of(root) == "axios" \
                or self._typed_axios(receiver)
            return self.axios_verb(site, receiver, _VERBS[name], args, instance[1] if instance is not None else None,
                                   known=known)
        if name == "axios" or (name == "request" and receiver is not None):
            # Surely axios's: the library imported as written (`axios(…)`, `axios.request(…)`) or an instance made of it.
            sure = self.module_of(callee if receiver is None else root) == "axios" \
                or (receiver is not None and self.instance_config(receiver) is not None)
            return self.axios_config(site, receiver if name == "request" else None, args, sure=sure)
        return None

    def own_function(self, callee: Node, name: str) -> bool:
        """Whether a bare call's library name (`request`, `fetch`, `axios`, `got`, `ky`…) means the file's own function
        here: one it defines in scope (a declaration, a const arrow or function), or imports from its own modules
        (`./api`, `@/api`) or under that name from another export (`import { apiFetch as fetch }`). A parameter so named
        holds what its caller passes (SvelteKit's `load({ fetch })`), and a package's export is the package's: the
        library's, as a global is."""
        scope = self.bindings.binder(name, callee)
        if scope is None:
            return False  # a global (fetch), or bound nowhere in the file
        module = self.module_of(callee)
        if module is not None:
            return module.startswith(_OWN_MODULES) or self._imported_under(name)
        return any(value is not None and value.type in _FUNCTIONS for value in self.bindings.bound.get((scope.id, name), ()))

    def _imported_under(self, name: str) -> bool:
        """Whether the file imports another export under this name (`import { apiFetch as fetch } from 'x'`)."""
        for node in self.nodes:
            if node.type == "import_specifier":
                alias = node.child_by_field_id(self.fields.alias)
                exported = node.child_by_field_id(self.fields.name)
                if alias is not None and exported is not None and self.source.raw(alias) == name \
                        and self.source.raw(exported) != name:
                    return True
        return False

    def defines_a_route(self, receiver: Node, args: list[Node]) -> bool:
        """Whether `receiver.post(path, …)` defines a route of a server (express, fastify, koa-router…), or is a
        test client's request to one (`request(app).post(…)`), rather than sending a request."""
        for argument in args[1:]:
            target = self.resolve(argument) if argument.type == "identifier" else self.unwrap(argument)
            if target is not None and target.type in _FUNCTIONS:
                return True  # a handler: clients take data and options, never a function
        root = self._chain_root(receiver)
        if receiver.type == "call_expression" and root.type == "identifier" and self.source.raw(root) in ("request", "supertest"):
            return True  # supertest: request(app).post(…)
        if root.type != "identifier":
            return False
        if _SERVERS.match(self.source.raw(root)):
            return True
        made = self.resolve(root)
        if made is not None and made.type in ("call_expression", "new_expression"):
            callee = made.child_by_field_id(self.fields.function) or made.child_by_field_id(self.fields.constructor)
            return callee is not None and _SERVERS.match(self.source.raw(callee).split(".")[-1]) is not None
        return False

    def url_of(self, node: Node | None, base: Text | Unknown | None = None) -> Text | None:
        url = self.launch_text(node)
        if not isinstance(url, Text):
            return None
        if base is not None and url.known_prefix().startswith("/"):
            base_parts = base.parts if isinstance(base, Text) else (base,)
            return Text((*base_parts, *url.parts), url.span)
        if isinstance(base, Text) and url.parts and isinstance(url.parts[0], str) and "://" not in url.known_prefix():
            return _joined(base, url)  # axios joins `flows/executions` to its baseURL with one slash
        return url

    def method_of(self, members: dict[str, tuple[Node, Node]] | None, is_open: bool, default: str) -> tuple[str | Unknown, Offsets | None]:
        if members is None:
            return Unknown(), None
        if "method" in members:
            _, value = members["method"]
            text = self.text(value)
            known = text.value if isinstance(text, Text) else None
            return (known.upper() if known is not None else Unknown()), self.source.offsets(self.given_for(value))
        return (Unknown() if is_open else default), None

    def given_for(self, node: Node) -> Node:
        """Where a value is written: for a parameter of a function followed from a call (`{ method }` in `opts(method,
        body)`), the argument that call gives it, which differs from call to call; else the node itself."""
        for _ in range(3):  # (at most three frames are followed at once)
            if node.type not in self.name_types or not self.frames:
                break
            name = self.source.raw(node)
            scope = self.bindings.binder(name, node)
            frame = self.frames.get(scope.id) if scope is not None else None
            given = frame.get(name) if frame is not None else None
            if given is None or self.bindings.is_changed(name, node):
                break
            node = given
        return node

    def present(self, node: Node) -> Node:
        """`body && JSON.stringify(body)`, `body === undefined ? undefined : JSON.stringify(body)`, `body ? … : null`:
        the branch taken when `body` is an object known here (a followed wrapper's argument); else the node itself."""
        if node.type == "binary_expression" and self.source.raw(node.child_by_field_id(self.fields.operator) or node) == "&&":
            guard, taken = node.child_by_field_id(self.fields.left), node.child_by_field_id(self.fields.right)
            absent = True
        elif node.type == "ternary_expression":
            guard = node.child_by_field_id(self.fields.condition)
            yes, no = node.child_by_field_id(self.fields.consequence), node.child_by_field_id(self.fields.alternative)
            if guard is None or yes is None or no is None:
                return node
            operator = self.source.raw(guard.child_by_field_id(self.fields.operator) or guard) if guard.type == "binary_expression" else ""
            absent = guard.type == "identifier" or (operator in ("!==", "!=") and guard.child_by_field_id(self.fields.right) is not None
                                                    and guard.child_by_field_id(self.fields.right).type in ("undefined", "null"))  # type: ignore[union-attr]
            if guard.type == "binary_expression":
                guard = guard.child_by_field_id(self.fields.left) if operator in ("===", "==", "!==", "!=") and \
                    (guard.child_by_field_id(self.fields.right) or guard).type in ("undefined", "null") else None
            taken, other = (yes, no) if absent else (no, yes)
            if other is None or other.type not in ("undefined", "null"):
                return node
        else:
            return node
        if guard is None or taken is None or guard.type != "identifier":
            return node
        value = self.value(guard, (), TreeSpans(), None)
        mentioned = {self.source.raw(part) for part in walk(taken) if part.type == "identifier"}
        return taken if isinstance(value, dict) and self.source.raw(guard) in mentioned else node

    def nothing_written(self, node: Node) -> str | None:
        """"undefined" or "null" when a body argument is written as that literal (`void 0` is undefined), as it is or
        through a name or a followed wrapper's parameter bound to one; None for anything else."""
        target = self.resolve(node) or self.unwrap(node)
        if target.type == "null":
            return "null"
        if target.type == "undefined" or (target.type in self.name_types and self.source.raw(target) == "undefined"):
            return "undefined"
        operator = target.child_by_field_id(self.fields.operator) if target.type == "unary_expression" else None
        operand = target.child_by_field_id(self.fields.argument) if operator is not None else None
        if operator is not None and self.source.raw(operator) == "void" and operand is not None \
                and operand.type in ("number", "string"):
            return "undefined"
        return None

    def utf8_text(self, node: Node) -> Node | None:
        """The text whose UTF-8 bytes `node` is: `Buffer.from(text)`, `Buffer.from(text, 'utf8')`, `new
        TextEncoder().encode(text)` (or an encoder bound once to one), `new Blob([text])`; None for any other value
        (another encoding, several parts, or a Blob given a type, which fetch would send as the Content-Type)."""
        if node.type == "new_expression":
            constructor = node.child_by_field_id(self.fields.constructor)
            args = self.arguments(node)
            if constructor is None or self.source.raw(constructor) != "Blob" or len(args) != 1 \
                    or self.lookup("Blob", node) is not None:
                return None
            parts = self.resolve(args[0]) or self.unwrap(args[0])
            items = [child for child in parts.named_children if child.type != "comment"] if parts.type == "array" else []
            return items[0] if len(items) == 1 and items[0].type != "spread_element" else None
        callee = node.child_by_field_id(self.fields.function) if node.type == "call_expression" else None
        if callee is None or callee.type != "member_expression":
            return None
        args = self.arguments(node)
        held, method = callee.child_by_field_id(self.fields.object), callee.child_by_field_id(self.fields.property)
        if held is None or method is None or not args or args[0].type == "spread_element":
            return None
        if self.source.raw(method) == "from" and self.source.raw(held) == "Buffer" and len(args) <= 2 \
                and self.lookup("Buffer", node) is None:
            if len(args) == 2:
                named = self.string_value(self.resolve(args[1]) or self.unwrap(args[1]))
                if named is None or named.lower() not in ("utf8", "utf-8"):
                    return None
            return args[0]
        if self.source.raw(method) == "encode" and len(args) == 1:
            encoder = self.resolve(held) or self.unwrap(held)
            made = encoder.child_by_field_id(self.fields.constructor) if encoder.type == "new_expression" else None
            if made is not None and self.source.raw(made) == "TextEncoder" and self.lookup("TextEncoder", node) is None:
                return args[0]  # (TextEncoder encodes UTF-8 only; an argument it is given is ignored)
        return None

    def set_body(self, request: LaunchRequest, node: Node, mode: str, *, null: str = "unknown", undefined: str = "none",
                 raw_bytes: bool = True) -> bool:
        """Read a body argument; `mode` is how the client sends an object: json (serialized), or object-string (fetch).
        `raw_bytes` says the client sends bytes (a Buffer, a Uint8Array, a Blob) as they are: the text they encode is
        read as the body (False for an option the client serializes itself: got's and ky's `json:`, the SDK's body).
        `null` and `undefined` say what the client does with a body written as that literal: "none" sends no body,
        "null" sends the text null (got's and ky's `json: null`), "typed" the text null under a JSON Content-Type and
        no body under another (axios, superagent: the request's headers, read before), "unknown" is not known here.
        True when the client sends no body for what is written (so a POST of it sends none)."""
        nothing = self.nothing_written(node)
        if nothing is not None:
            does = null if nothing == "null" else undefined
            if does == "typed" and request.headers is not None:
                content_type = self.header_of(request.headers, "content-type")
                said = content_type.value if content_type is not None else Text.known("")
                if isinstance(said, Text) and said.value is not None:
                    media = said.value.lower()
                    # (axios sends null as JSON under application/json alone, superagent under any JSON type: between, not known)
                    does = "null" if "application/json" in media else "typed" if "json" in media else "none"
            if does == "none":
                return True
            if does != "null":
                request.body, request.body_span, request.sends = Unknown(self.source.source(node)), self.source.offsets(node), "opaque"
                return False
        target = self.resolve(node) or self.unwrap(node)
        if target.type == "member_expression" and (target.child_by_field_id(self.fields.object) or target).type == "this" \
                and self._this_changes(target) is not None and (made := self.this_member(target)) is not None \
                and self.unwrap(made).type != "object":
            node = target = self.resolve(made) or self.unwrap(made)  # `this.body = JSON.stringify(…)`: read as a name's
        taken = self.present(target)
        if taken is not target:
            node = target = self.resolve(taken) or self.unwrap(taken)
        for _ in range(_ENCODED_DEPTH if raw_bytes else 0):  # bytes sent as they are: the text they encode is the body
            text = self.utf8_text(target)
            if text is None:
                break
            node = target = self.resolve(text) or self.unwrap(text)
        if target.type in ("ternary_expression", "identifier") and self._chosen(
                request, target, lambda r, n: self.set_body(r, n, mode, null=null, undefined=undefined, raw_bytes=raw_bytes)):
            return False
        spans = TreeSpans()
        if self.is_form(target):
            request.body, request.body_span, request.sends = Unknown(self.source.source(target)), self.source.offsets(node), "form"
            return False
        if target.type == "call_expression" and self.is_stringify(target):
            argument = self.argument(target, 0)
            if argument is None:
                return undefined == "none"  # JSON.stringify() is undefined
            choice = self.resolve(argument) or self.unwrap(argument)
            if choice.type not in ("ternary_expression", "identifier") or not self._chosen(
                    request, choice, lambda r, n: self._stringified(r, target, n, undefined)):  # JSON.stringify(c ? a : b)
                return self._stringified(request, target, argument, undefined)
        elif target.type in ("string", "template_string"):
            known = self.string(target)
            request.body_span = self.source.offsets(target)
            request.sends = "text" if mode != "json" else "opaque"
            holes = self.template_holes(target) if known is None and target.type == "template_string" else None
            if holes is not None:
                embedded_body_with_holes(request, *holes, written=self.source.source(target))
            elif known is None:
                request.body = Unknown(self.source.source(target))
            else:
                embedded_body(request, known[0], known[1])
        else:
            request.body = self.value(node, (), spans, None)
            request.body_span, request.body_locator = self.source.offsets(node), spans
            if isinstance(request.body, Unknown):
                request.sends = "opaque"
            elif isinstance(request.body, (dict, list)):
                request.sends = mode
                if mode == "json":  # the client serializes it with JSON.stringify
                    self.unsendable(request, node)
            else:
                request.sends = "opaque"
            if request.body is _OMIT:  # a function or a symbol, written as the body itself: sent in a way not read here
                request.body = Unknown(self.source.source(node))
        return False

    def _stringified(self, request: LaunchRequest, stringify: Node, argument: Node, undefined: str = "none") -> bool:
        """The body `JSON.stringify(argument)` writes: sent as that text. JSON.stringify gives undefined for undefined, a
        function or a symbol (or what its replacer leaves out): the body `undefined` (True when the client sends none)."""
        spans = TreeSpans()
        written = self.replaced(stringify, self.value(argument, (), spans, None))
        if written is _OMIT:
            if undefined != "none":
                request.body, request.sends = Unknown(self.source.source(stringify)), "opaque"
                request.body_span = self.source.offsets(stringify)
            return undefined == "none"
        request.body = written
        request.body_span, request.body_locator, request.sends = self.source.offsets(argument), spans, "text"
        self.unsendable(request, argument)
        return False

    def _chosen(self, request: LaunchRequest, choice: Node, read: Callable[[LaunchRequest, Node], Any]) -> bool:
        """`c ? a : b` as the body, or a name each branch of an `if`/`else` binds (branch_bound): each branch a body the
        call may send, read by `read` as a launch of its own (branches.py); a null or undefined branch sends none, so
        it is not read. False when there is no branch to read, or the call is one a followed wrapper makes (its
        argument's branches differ from call to call)."""
        branches = self._ternary_branches(choice) if choice.type != "identifier" else (
            self.branch_bound(choice) or self.loop_items(choice))  # (a loop over an array literal: each item in turn)
        sent = [part for part in branches if self.unwrap(part).type not in self.nothing_types] if branches is not None else []
        if self.frames or not sent:
            return False
        self.branches.read(request, sent, read)
        return True

    def fetch_like(self, site: Offsets, args: list[Node]) -> LaunchRequest | None:
        made = self.resolve(args[0]) if args else None
        constructor = made.child_by_field_id(self.fields.constructor) if made is not None and made.type == "new_expression" else None
        if constructor is not None and self.source.raw(constructor) == "Request":
            return self.fetch_request(site, made, args[1] if len(args) > 1 else None)  # type: ignore[arg-type]
        url = self.url_of(args[0]) if args else None
        if url is None or launch_url(url) is None:
            return None
        request = self.fetch_options(site, url, self.members(args[1] if len(args) > 1 else None))
        request.bodiless = request.bodiless and not self.given_to_others(args[1:2])
        self.options_unknown(request, args[1] if len(args) > 1 else None)
        return request

    def given_to_others(self, options: list[Node]) -> bool:
        """Whether an options object named here is given to another call too (`setBody(init, payload)`): it may fill
        in what this call sends."""
        return bool(options) and options[0].type == "identifier" and self.names_given.get(self.source.raw(options[0]), 0) > 1

    def fetch_request(self, site: Offsets, made: Node, init: Node | None) -> LaunchRequest | None:
        """`fetch(new Request(url, options))`, `fetch(req[, init])`: the Request's URL and options, `init`'s members
        over them (as fetch merges them)."""
        inner = self.arguments(made)
        url = self.url_of(inner[0]) if inner else None
        if url is None or launch_url(url) is None:
            return None
        options = self.members(inner[1] if len(inner) > 1 else None)
        if init is not None:
            given = self.members(init)
            options = None if options is None or given is None else ({**options[0], **given[0]}, options[1] or given[1])
        request = self.fetch_options(site, url, options)
        self.options_unknown(request, init)
        self.options_unknown(request, inner[1] if len(inner) > 1 else None)
        return request

    def undici_request(self, site: Offsets, args: list[Node]) -> LaunchRequest | None:
        """undici's `request(url, options)`: fetch's options by name, with undici's own ways: a body given and no
        method sends PUT (none, GET); a string body goes with no Content-Type added; a plain object body is refused
        (InvalidArgumentError, before anything is sent). Read as a request of its own kind, whose findings say so."""
        called = self._url_and_options(args)
        if called is None:
            return None
        url, options = called
        request = self.fetch_options(site, url, options, "undici", default=(
            "PUT" if options is not None and "body" in options[0] else "GET"))
        self.options_unknown(request, args[1] if len(args) > 1 else None)
        return request

    def _url_and_options(self, args: list[Node]) -> tuple[Text, tuple[dict[str, tuple[Node, Node]], bool] | None] | None:
        """A `request(url, options)` call's launch URL and its options' members; None where its URL is no launch's."""
        url = self.url_of(args[0]) if args else None
        if url is None or launch_url(url) is None:
            return None
        return url, self.members(args[1] if len(args) > 1 else None)

    def _no_object(self, argument: Node) -> bool:
        """Whether an argument is a value the file writes that is no object (`request(url, …)`, not `request({…})`)."""
        value = self.resolve(argument)
        return value is not None and value.type != "object"

    def _typed_axios(self, receiver: Node) -> bool:
        """Whether `this.http` is declared (a constructor's parameter property, a field) with a type the file imports
        from an axios package (NestJS's `HttpService` of '@nestjs/axios', axios's `AxiosInstance`)."""
        obj = receiver.child_by_field_id(self.fields.object) if receiver.type == "member_expression" else None
        prop = receiver.child_by_field_id(self.fields.property) if obj is not None and obj.type == "this" else None
        if prop is None:
            return False
        name = self.source.raw(prop)
        if name not in self._typed_members:  # (one scan of the file a member's name, however many calls use it)
            self._typed_members[name] = any(
                self.imports.get(typed) in ("axios", "@nestjs/axios")
                for typed in re.findall(rf"\b{re.escape(name)}\s*[?!]?\s*:\s*([A-Za-z_$][\w$]*)", self.source.text))
        return self._typed_members[name]

    def unknown_request(self, site: Offsets, args: list[Node]) -> LaunchRequest | None:
        """`client.request(url, options)` on a receiver not known to be a library's: fetch's options by name, its body
        read and checked, but nothing a library does said of it (the method it defaults to, the Content-Type it gives,
        how it sends an object): the method not written is not known, the headers not judged, the body sent as given."""
        called = self._url_and_options(args)
        if called is None:
            return None
        url, options = called
        request = self.fetch_options(site, url, options, mode="opaque")
        if options is None or "method" not in options[0]:
            request.method, request.method_span = Unknown(), None
        request.headers, request.bodiless = None, False
        self.options_unknown(request, args[1] if len(args) > 1 else None)
        return request

    def fetch_options(self, site: Offsets, url: Text, options: tuple[dict[str, tuple[Node, Node]], bool] | None,
                      kind: str = "fetch", mode: str = "object-string", *, default: str = "GET") -> LaunchRequest:
        members, is_open = options if options is not None else (None, True)
        method, method_span = self.method_of(members, is_open, default)
        request = LaunchRequest(kind, site, url, method, method_span)
        request.headers = None if members is None or is_open else self.headers(members["headers"][1] if "headers" in members else None)
        # fetch and ofetch send no body for a null or undefined one
        nothing = members is not None and "body" in members and self.set_body(request, members["body"][1], mode, null="none")
        request.bodiless = members is not None and not is_open and ("body" not in members or nothing)
        return request

    def ofetch(self, site: Offsets, args: list[Node]) -> LaunchRequest | None:
        """ofetch / Nuxt's `$fetch(url, {method, body, baseURL})`: an object body is sent as JSON (with its Content-Type),
        a string as it is."""
        options = self.members(args[1] if len(args) > 1 else None)
        base = self.text(options[0]["baseURL"][1]) if options is not None and "baseURL" in options[0] else None
        url = self.url_of(args[0]) if args else None
        if url is not None and base is not None:
            url = _joined(base, url)
        if url is None or launch_url(url) is None:
            return None
        request = self.fetch_options(site, url, options, "ofetch", "json")
        request.host_span = base.span if isinstance(base, Text) else None
        self.options_unknown(request, args[1] if len(args) > 1 else None)
        return request

    def imported_client(self, receiver: Node) -> tuple[str, Text | Unknown | None, bool, bool] | None:
        """An axios, ky or got instance another module of the run exports (`export const api = ky.create({ prefixUrl
        })`, `axios.create({ baseURL })`), imported as `import { api } from './api'`: (its library, its prefix or base URL
        as that module's reader reads it, shown at the call: never edited there; whether it has headers of its own;
        whether that module may rewrite what it sends: a `transformRequest`, an interceptor, defaults written). None:
        no such instance."""
        found = self.values_from.imported_binding(receiver) if self.values_from is not None else None
        if found is None or not isinstance(found[0], JavaScriptReader) or found[3] is None or found[3].type != "identifier":
            return None
        other, node = found[0], found[3]
        made = other.instance(node)  # (export const api = axios.create(…): the name its module exports)
        if made is None:
            return None
        config = made[1]
        written = "prefixUrl" if made[0] in _OPTION_CLIENTS else "baseURL"
        prefix = other.text(config[written][1]) if written in config else None
        if isinstance(prefix, Text):
            prefix = Text(prefix.parts)  # (written in the other module: its place is not this file's)
        elif made[0] not in _OPTION_CLIENTS:
            prefix = Unknown()
        # Its module's request interceptors, read as this file's are: one that only sets headers (the usual token)
        # leaves the data as the call gives it; one that may reach the data, or is not written there, rewrites it.
        whose = ("axios", "?", "instance:" + other.source.raw(node))
        intercepting = [changes for (owner, _), changes in other._interceptors() if owner in whose]
        data = other.source.data
        rewrites = "transformRequest" in config or any(intercepting) or b"transformRequest" in data \
            or _DEFAULT_DATA.search(data) is not None
        return made[0], prefix, "headers" in config or bool(intercepting) or b"defaults" in data, rewrites

    def options_client(self, site: Offsets, args: list[Node], verb: str | None, kind: str,
                       config: dict[str, tuple[Node, Node]] | None = None, *, prefix: Text | Unknown | None = None,
                       shared_headers: bool = False, elsewhere: bool = False) -> LaunchRequest | None:
        """got's and ky's `post(url, {json, body, headers})`, on the library or an instance: `config` is the instance's
        (made in this file), `elsewhere` True for one another module makes (its defaults not read here)."""
        if config and "prefixUrl" in config:
            prefix = self.text(config["prefixUrl"][1])
        first = self.resolve(args[0]) if args else None
        if kind == "got" and len(args) == 1 and first is not None and first.type == "object":
            # got's options alone, `got({url, method, json})` or `got.post({url, json})`: the URL is their `url`
            given = self.members(args[0])
            if given is None or "url" not in given[0]:
                return None
            args = [given[0]["url"][1], args[0]]
        url = self.url_of(args[0]) if args else None
        if url is not None and prefix is not None:
            url = _joined(prefix, url)
        if url is None or launch_url(url) is None:
            return None
        options = self.members(args[1] if len(args) > 1 else None)
        members, is_open = options if options is not None else (None, True)
        method, method_span = (verb, None) if verb else self.method_of(members, is_open, "GET")
        request = LaunchRequest(kind, site, url, method, method_span)
        request.host_span = prefix.span if isinstance(prefix, Text) else None
        request.headers = None if members is None or is_open else self.headers(members["headers"][1] if "headers" in members else None)
        if (config is not None and "headers" in config) or shared_headers:
            request.headers = None  # the instance's own headers: merged with these, not read here
        nothing = False
        if members is not None and "json" in members:  # got and ky send `json: null` as the text null
            nothing = self.set_body(request, members["json"][1], "json", null="null", raw_bytes=False)
        elif members is not None and "body" in members:  # ky's body goes to fetch, which sends none for null
            nothing = self.set_body(request, members["body"][1], "object-string" if kind == "got" else "opaque",
                                    null="none" if kind == "ky" else "unknown")
        # (an instance's own json or body is sent when the call gives none: got.extend({ json: {...} }))
        own_body = elsewhere or (config is not None and bool({"json", "body", "form"} & config.keys()))
        request.bodiless = members is not None and not is_open and (nothing or not {"json", "body", "form"} & members.keys()) \
            and not self.given_to_others(args[1:2]) and not own_body
        self.options_unknown(request, args[1] if len(args) > 1 else None)
        return request

    def instance_config(self, receiver: Node | None) -> dict[str, tuple[Node, Node]] | None:
        """The config an axios instance was created with (`axios.create({baseURL})`), when known."""
        found = self.instance(receiver) if receiver is not None else None
        return found[1] if found is not None and found[0] not in _OPTION_CLIENTS else None

    def instance(self, receiver: Node) -> tuple[str, dict[str, tuple[Node, Node]]] | None:
        """(library, config) of an instance made in the file: `axios.create({baseURL})`, `ky.create({prefixUrl})`,
        `ky.extend(…)`, `got.extend({prefixUrl})`; the library is axios, ky or got (by name or import)."""
        target = self.resolve(receiver)
        if target is not None and target.type == "member_expression":
            target = self.this_member(target)
        if target is None or target.type != "call_expression":
            return None
        callee = target.child_by_field_id(self.fields.function)
        if callee is None or callee.type != "member_expression":
            return None
        prop = callee.child_by_field_id(self.fields.property)
        if prop is None or self.source.raw(prop) not in ("create", "extend"):
            return None
        root = self._chain_root(callee)
        library = self.module_of(root) or self.source.raw(root)
        library = "got" if library == "got" else "ky" if library in ("ky", "ky-universal") else "axios"
        found = self.members(self.argument(target, 0))
        return (library, found[0]) if found is not None else None

    def this_member(self, node: Node) -> Node | None:
        """What `this.http` is in a method: the one value its class gives it (a field `http = …`, or `this.http = …`
        in a method), when the class writes it exactly once; None otherwise. `this` is an instance in a method or an
        instance field's initializer, where the class's static fields are not its members; the class itself in a static
        method, field or block, where only they are; and neither in a `function` of its own (its caller's)."""
        obj, prop = node.child_by_field_id(self.fields.object), node.child_by_field_id(self.fields.property)
        if obj is None or prop is None or obj.type != "this":
            return None
        found = self._this_class(node)
        if found is None:
            return None
        body, static = found
        if (body.id, static) not in self._class_members:
            members: dict[str, list[Node | None]] = {}
            for child in body.named_children:
                if child.type in ("public_field_definition", "field_definition") and _is_static(child) == static:
                    name = child.child_by_field_id(self.fields.name) or child.child_by_field_id(self.fields.property)
                    value = child.child_by_field_id(self.fields.value)  # none: only declared (`private http: AxiosInstance;`)
                    if name is not None and value is not None:
                        members.setdefault(self.source.raw(name), []).append(value)
            for written, values in self._this_writes().get((body.id, static), {}).items():
                members.setdefault(written, []).extend(values)
            self._class_members[(body.id, static)] = members
        values = self._class_members[(body.id, static)].get(self.source.raw(prop), [])
        return values[0] if len(values) == 1 else None

    def this_value(self, node: Node, path: Path, spans: TreeSpans, key: Offsets | None, depth: int) -> Any:
        """`this.body` as a value: the one value its class gives it (this_member), with the members the class gives or
        removes read as a name's are (changed_value); open when it is handed to code that may add members, or when code
        outside the class may (a field not private). Unknown when the class changes it in a way flowlint does not read."""
        found = self._this_changes(node)
        target = self.this_member(node) if found is not None else None
        return self.field_value(node, found, target, path, spans, key, depth)

    def _this_changes(self, node: Node) -> tuple[list[Change], bool] | None:
        """How the class changes `this.<name>` after giving it its value: the members given or removed (by an assignment,
        `delete`, `Object.assign`, a method called on a member), and whether other code may give it members (it is handed
        to a call flowlint does not know, returned, or not a private field); None when changed in a way not read (a member
        set by a computed key, a method called on it, an alias) or when another class may write it (a subclass)."""
        prop = node.child_by_field_id(self.fields.property)
        found = self._this_class(node)
        if prop is None or found is None or node.child_by_field_id(self.fields.optional_chain) is not None:
            return None
        body, static = found
        name = self.source.raw(prop)
        cached = (body.id, static, name)
        if cached not in self._this_uses:
            self._this_uses[cached] = self._this_uses_in(body, static, name)
        return self._this_uses[cached]

    def _this_writes(self) -> dict[tuple[int, bool], dict[str, list[Node | None]]]:
        """`this.<name> = …` (or `+=`, `++`) in the file, by the class whose `this` it is, in one pass: a function's own
        `this` inside a class may be bound to its instance or to the class, so it counts for both; the class's `this`
        where an instance is meant, or the reverse, does not."""
        if self._this_written is None:
            written: dict[tuple[int, bool], dict[str, list[Node | None]]] = {}
            for change in (n for n in self.nodes if n.type in ("assignment_expression", "augmented_assignment_expression",
                                                               "update_expression")):
                target = change.child_by_field_id(self.fields.left) or change.child_by_field_id(self.fields.argument)
                prop = target.child_by_field_id(self.fields.property) if target is not None and target.type == "member_expression" \
                    and (target.child_by_field_id(self.fields.object) or target).type == "this" else None
                if prop is None or target is None:
                    continue
                value = change.child_by_field_id(self.fields.right) if change.type == "assignment_expression" else None
                for where in self._these(target):
                    written.setdefault(where, {}).setdefault(self.source.raw(prop), []).append(value)
            self._this_written = written
        return self._this_written

    def _these(self, node: Node) -> list[tuple[int, bool]]:
        """(class body id, static) of each class whose `this` a `this` at a node may be: its class's, or, for a
        function's own `this`, every class it is written in (instance or class)."""
        where = self._this_class(node)
        if where is not None:
            return [(where[0].id, where[1])]
        bodies = [above.id for above in ancestors(node) if above.type == "class_body"]
        return [(body, static) for body in bodies for static in (False, True)]

    def _this_uses_in(self, body: Node, static: bool, name: str) -> tuple[list[Change], bool] | None:
        found = self._field_uses(name)
        if found is None:
            return None
        uses, heirs = found
        if heirs[static] - {body.id}:
            return None  # a subclass may write it
        changes: list[Change] = []
        heritage = body.parent is not None and any(part.type == "class_heritage" for part in body.parent.children)
        is_open = heritage or not (name.startswith("#") or self._private_field(body, name))
        for use in uses.get((body.id, static), []):
            use_changes = self._this_use(use)
            if use_changes is None:
                return None
            changes.extend(use_changes[0])
            is_open = is_open or use_changes[1]
        return changes, is_open

    def _field_uses(self, name: str) -> _FieldUses | None:
        """Every mention of a field's name in the file, read once for all classes: its `this.<name>` uses by the class
        whose `this` it is, and the classes with a base that use it (a subclass may write a base's field). None when any
        other mention may reach a field of that name: through another reference to an instance (`self.#body`,
        `l.body` in a factory), a string of that name (`this['body']`), a destructured key (`const { body } = this`), a
        key of an object merged into another, or a `this` no class gives (a function's own, outside any class)."""
        if name not in self._fields:
            uses: dict[tuple[int, bool], list[Node]] = {}
            heirs: dict[bool, set[int]] = {False: set(), True: set()}
            found: _FieldUses | None = (uses, heirs)
            for mention, use in self.mentions_of(name):
                if mention == "none" or use is None:
                    continue
                these = self._these(use) if mention == "use" else []
                if not these:
                    found = None
                    break
                for where in these:
                    uses.setdefault(where, []).append(use)
                where_class = self._this_class(use)
                if where_class is not None and where_class[0].parent is not None \
                        and any(part.type == "class_heritage" for part in where_class[0].parent.children):
                    heirs[where_class[1]].add(where_class[0].id)
            self._fields[name] = found
        return self._fields[name]

    def _mention(self, node: Node, name: str) -> str:
        """What one mention of a field's name is: "use" (`this.<name>`), "none" (it cannot reach the field: a comment,
        a variable of that name, a declaration, a type's member, a key of an object not merged into another, a string
        that holds more than the name) or "other"."""
        if node.type in ("comment", "regex_pattern"):
            return "none"
        if node.type in ("string_fragment", "string", "template_string"):
            return "other" if self.source.raw(node) == name else "none"
        parent = node.parent
        if parent is None:
            return "other"
        if node.type == "identifier":
            return "none"
        if node.type == "shorthand_property_identifier":  # `{ body }` in an object literal
            return "other" if self._merged(parent) else "none"
        if node.type not in ("property_identifier", "private_property_identifier"):
            return "other"
        if parent.type == "member_expression" and parent.child_by_field_id(self.fields.property) == node:
            return "use" if (parent.child_by_field_id(self.fields.object) or parent).type == "this" else "other"
        if parent.type in ("public_field_definition", "field_definition", "property_signature"):
            return "none"
        if parent.type == "pair" and parent.child_by_field_id(self.fields.key) == node:
            return "other" if parent.parent is not None and self._merged(parent.parent) else "none"
        return "other"  # a method of that name, a destructured key, `#body in x`…

    def _merged(self, literal: Node) -> bool:
        """Whether an object literal is handed to a call that copies its members onto another object."""
        above = literal.parent
        call = above.parent if above is not None and above.type == "arguments" else None
        callee = call.child_by_field_id(self.fields.function) if call is not None else None
        return callee is not None and self.source.raw(callee).rsplit(".", 1)[-1].strip() in _MERGES

    def _this_use(self, use: Node) -> tuple[list[Change], bool] | None:
        """What one `this.<name>` does to the object: the changes it writes (none for a read or its own assignment) and
        whether it hands the object away; None when it changes it in a way not read."""
        child, above = use, use.parent
        while above is not None and above.type in ("parenthesized_expression", "as_expression", "satisfies_expression",
                                                   "non_null_expression"):
            child, above = above, above.parent
        if above is None:
            return [], False
        f = self.fields
        if above.type in ("assignment_expression", "augmented_assignment_expression", "update_expression"):
            return [], False  # its own value: this_member reads it (more than one is unknown there)
        if above.type in ("variable_declarator", "assignment_pattern"):
            return None  # an alias: what is done through it is not followed
        if above.type in ("return_statement", "array", "yield_expression"):
            return [], True
        if above.type == "arguments" and above.parent is not None:
            call = above.parent
            callee = call.child_by_field_id(f.function)
            written = self.source.raw(callee).replace(" ", "") if callee is not None else ""
            if written == "Object.assign" and self.arguments(call)[:1] == [child]:
                assigned = self._written_keys(self.arguments(call)[1:])
                return None if assigned is None else ([Change((key,), False, call, value, key_node)
                                                       for key, (key_node, value) in assigned], False)
            return [], written.rsplit(".", 1)[-1] not in _READS_ONLY
        if above.type not in ("member_expression", "subscript_expression") or above.child_by_field_id(f.object) != child:
            return [], False  # read where it is: an argument of a template, a condition, a spread, an option's value
        keys: list[str | None] = []
        top = child
        while top.parent is not None and top.parent.type in ("member_expression", "subscript_expression") \
                and top.parent.child_by_field_id(f.object) == top:
            top = top.parent
            keys.append(self._member_key(top))
        outer = top.parent
        if outer is None:
            return [], False
        target = outer.child_by_field_id(f.left) or outer.child_by_field_id(f.argument) or outer.child_by_field_id(f.function)
        if target != top:
            return [], False  # a member read (`this.body.flowId`)
        known = tuple(key for key in keys if key is not None)
        if outer.type == "call_expression":  # a method of a member: it may change that member (push, set…)
            return ([Change(known[:-1], False, outer)], False) if len(known) == len(keys) and len(known) > 1 else None
        if len(known) != len(keys):
            return None  # a member set by a key not written out
        if outer.type == "assignment_expression":
            return [Change(known, False, outer, outer.child_by_field_id(f.right), self._last_key(top))], False
        if outer.type == "unary_expression" and self.source.raw(outer.child_by_field_id(f.operator) or outer) == "delete":
            return [Change(known, True, outer)], False
        if outer.type in ("augmented_assignment_expression", "update_expression"):
            return [Change(known, False, outer)], False
        return [], False

    def _private_field(self, body: Node, name: str) -> bool:
        """Whether the class declares the field private (TypeScript's `private`): no code outside it changes it."""
        for child in body.named_children:
            if child.type in ("public_field_definition", "field_definition"):
                written = child.child_by_field_id(self.fields.name) or child.child_by_field_id(self.fields.property)
                if written is not None and self.source.raw(written) == name:
                    return any(part.type == "accessibility_modifier" and self.source.raw(part) == "private"
                               for part in child.children)
        return False

    def _this_class(self, node: Node) -> tuple[Node, bool] | None:
        """The class body whose instance (False) or class (True) `this` is at a node; None when it is neither."""
        child, above = node, node.parent
        while above is not None:
            if above.type == "class_body":
                member = child.type in ("method_definition", "public_field_definition", "field_definition", "class_static_block")
                return (above, _is_static(child)) if member else None
            if above.type in _FUNCTIONS and above.type not in ("arrow_function", "method_definition"):
                return None  # a function's own `this`: whatever its caller gives
            child, above = above, above.parent
        return None

    def node_http(self, call: Node, site: Offsets, module: str, args: list[Node]) -> LaunchRequest | None:
        """Node's own `https.request(options | url[, options], callback)`: the URL from `hostname`/`host`, `port` and
        `path`; the body is what the one `req.write(x)` / `req.end(x)` on the request it returns writes."""
        options_node = next((a for a in args if a.type not in _FUNCTIONS and (self.resolve(a) or a).type == "object"), None)
        found = self.members(options_node) if options_node is not None else ({}, False)
        if found is None:
            return None
        members, is_open = found
        first = args[0] if args and args[0] is not options_node and args[0].type not in _FUNCTIONS else None
        if first is not None:
            url = self.url_of(first)
        elif "hostname" in members or "host" in members:
            host = self.text((members.get("hostname") or members["host"])[1])
            path = self.text(members["path"][1]) if "path" in members else Text(("/",), None)
            port = self.text(members["port"][1]) if "port" in members else None
            scheme = "http://" if module.endswith("http") else "https://"
            pieces = [scheme, *(host.parts if isinstance(host, Text) else (host,))]
            if port is not None:
                pieces += [":", *(port.parts if isinstance(port, Text) else (port,))]
            span = self.source.offsets(options_node) if options_node is not None else site
            url = Text((*pieces, *(path.parts if isinstance(path, Text) else (path,))), span)
        else:
            return None
        if url is None or launch_url(url) is None:
            return None
        method, method_span = self.method_of(members, is_open, "GET")
        request = LaunchRequest("node-http", site, url, method, method_span)
        request.headers = None if is_open else self.headers(members["headers"][1] if "headers" in members else None)
        request.sends = "text"
        written = self.written_to(call)
        if written is None:
            request.body = Unknown("req.write(…)")
        elif written:  # (req.write(null) and req.write(undefined) throw, req.end(…) of them sends none: not told apart)
            self.set_body(request, written[0], "opaque", undefined="unknown")
        return request

    def written_to(self, call: Node) -> list[Node] | None:
        """What `const req = https.request(…)` is given by `req.write(x)` / `req.end(x)`: [x] for exactly one such
        argument, [] for none at all, None when it is not known (several writes, or the request is not bound)."""
        declarator = call.parent
        while declarator is not None and declarator.type in _WRAPPERS:
            declarator = declarator.parent
        declared = declarator is not None and declarator.type == "variable_declarator"
        name = declarator.child_by_field_id(self.fields.name) if declarator is not None and declared else None
        if name is None or name.type != "identifier":
            return None
        written: list[Node] = []
        for other in self._calls:
            callee = other.child_by_field_id(self.fields.function)
            obj = callee.child_by_field_id(self.fields.object) if callee is not None and callee.type == "member_expression" else None
            prop = callee.child_by_field_id(self.fields.property) if callee is not None and obj is not None else None
            if obj is None or prop is None or obj.type != "identifier" or self.source.raw(obj) != self.source.raw(name) \
                    or self.lookup(self.source.raw(obj), obj) is None or self.resolve(obj) != self.unwrap(call):
                continue
            if self.source.raw(prop) in ("write", "end") and self.arguments(other):
                written.append(self.arguments(other)[0])
        return written if len(written) <= 1 else None

    # -- browser and older clients -------------------------------------------------------------------------------
    def request_library(self, site: Offsets, verb: str | None, args: list[Node]) -> LaunchRequest | None:
        """request / request-promise(-native): `request.post({url, body, json: true})`, `rp({method, uri, json})`."""
        url_node = None
        options_node = args[0] if args else None
        if options_node is not None and (self.made_object(options_node) is None or self.made_object(options_node).type != "object"):  # type: ignore[union-attr]
            url_node, options_node = options_node, (args[1] if len(args) > 1 else None)
        options = self.members(options_node)
        if options is None:
            return None
        members, is_open = options
        for key in ("url", "uri"):
            if url_node is None and key in members:
                url_node = members[key][1]
        url = self.url_of(url_node)
        if url is not None and "baseUrl" in members:
            url = _joined(self.text(members["baseUrl"][1]), url)
        if url is None or launch_url(url) is None:
            return None
        method, method_span = (verb, None) if verb else self.method_of(members, is_open, "GET")
        request = LaunchRequest("request", site, url, method, method_span)
        request.headers = None if is_open else self.headers(members["headers"][1] if "headers" in members else None)
        json_flag = self.text(members["json"][1]) if "json" in members else None
        json_true = "json" in members and self.source.raw(members["json"][1]) == "true"
        if "form" in members or "formData" in members:
            self.form_body(request, (members.get("form") or members["formData"])[1])
        elif "json" in members and not json_true and json_flag is not None and "body" not in members:
            self.set_body(request, members["json"][1], "json", raw_bytes=False)
        elif "body" in members:
            self.set_body(request, members["body"][1], "json" if json_true else "opaque")
            if not json_true and isinstance(request.body, (dict, list)):
                request.sends = "opaque"  # request throws on an object body without json: true
        return request

    def _superagent_agent(self, node: Node) -> bool:
        """Whether an identifier is bound to a superagent agent: `superagent.agent()`, `require('superagent').agent()`
        (its calls send as superagent's own do, with the agent's defaults: `.set(…)` on it is not read)."""
        made = self.resolve(node) if node.type == "identifier" else None
        callee = made.child_by_field_id(self.fields.function) if made is not None and made.type == "call_expression" else None
        if callee is None or callee.type != "member_expression" or made is None or self.arguments(made):
            return False
        prop, obj = callee.child_by_field_id(self.fields.property), callee.child_by_field_id(self.fields.object)
        if prop is None or obj is None or self.source.raw(prop) != "agent":
            return False
        return self._required(obj) == "superagent" or self._named_client(self.unwrap(obj), "superagent")

    def _named_client(self, node: Node, package: str) -> bool:
        """Whether an identifier is the client of `package` (superagent, needle): imported or required from it, or
        written as the package's own name where the file binds that name to nothing (a global, a `<script>`'s)."""
        if node.type != "identifier":
            return False
        module = self.module_of(node)
        if module is not None:
            return module == package
        written = self.source.raw(node)
        return written == package and self.bindings.binder(written, node) is None

    def needle(self, site: Offsets, verb: str | None, written: Node | None, args: list[Node]) -> LaunchRequest | None:
        """needle: `needle.post(url, data, options, callback)`, `needle('post', url, data, options)`, `needle.request(…)`
        (`verb` the method's own verb, else `written` gives it). How it sends an object: _needle_sends; a string as it
        is."""
        method: str | Unknown
        method_span: Offsets | None = None
        if verb is not None or written is None:
            method = verb or Unknown("")
        else:
            said = self.text(written)
            method = said.value.upper() if isinstance(said, Text) and said.value is not None else Unknown(
                self.source.source(written))
            method_span = self.source.offsets(written)
        url = self.url_of(args[0]) if args else None
        if url is None or launch_url(url) is None:
            return None
        request = LaunchRequest("needle", site, url, method, method_span)
        options = self.members(args[2]) if len(args) > 2 and self.unwrap(args[2]).type not in _FUNCTIONS else ({}, False)
        members, is_open = options if options is not None else (None, True)
        request.headers = None  # (needle sets its own Content-Type from `json` and the data's type: not read here)
        if len(args) < 2:
            return request  # (its body, if any, is not seen: said where the URL is written when a call is chained on)
        sends = self._needle_sends(members, is_open)
        if sends is not None:  # (a string is sent as it is either way)
            self.set_body(request, args[1], sends, null="unknown", undefined="unknown")
        else:  # sent as a form, or as JSON set up where the reader does not look: not known
            request.body, request.body_span, request.sends = Unknown(self.source.source(args[1])), \
                self.source.offsets(args[1]), "opaque"
            request.unknown_options = members is None or is_open
        return request

    def _needle_sends(self, members: dict[str, tuple[Node, Node]] | None, is_open: bool) -> str | None:
        """How needle sends an object given these options: "json" under `json: true`, or with no `json: false` and the
        Content-Type `application/json` exactly (`headers`, else `content_type`); "form" (x-www-form-urlencoded) else.
        None where that is not known: options not all seen, a value not written out, or a file that calls
        `needle.defaults(…)`, which may give every request a Content-Type header (needle's defaults take no `json`)."""
        if members is None or is_open:
            return None
        json = self.source.raw(members["json"][1]) if "json" in members else None
        if json == "true":
            return "json"
        if json not in (None, "false"):
            return None
        content: Text | Unknown | None = None
        if "headers" in members:
            found = self.headers(members["headers"][1])
            if found is None:
                return None
            given = self.header_of(found, "content-type")
            content = given.value if given is not None else None
        if content is None and "content_type" in members:
            content = self.text(members["content_type"][1])
        if isinstance(content, Unknown) or (isinstance(content, Text) and content.value is None):
            return None
        if content is None and re.search(rb"\.defaults\s*\(", self.source.data) is not None:
            return None
        return "json" if json is None and content is not None and content.value == "application/json" else "form"

    def wretch_steps(self, receiver: Node) -> list[tuple[str, list[Node], Node]] | None:
        """The calls of a wretch chain a request method is called on, first to last: `wretch(url, options)` (named
        "wretch"), then each step (`.url(…)`, `.auth(…)`, `.json(…)`), through names bound once to a part of it (`const
        api = wretch(base).auth(t)`, then `api.url(…).post(body)`); each with its arguments and call. None when the
        chain does not start at wretch imported or required from its package (or is not followed: a name changed)."""
        if b"wretch" not in self.source.data:
            return None  # (most files; and a long chain of another client's `.get(…)` is never walked at each call)
        steps: list[tuple[str, list[Node], Node]] = []
        node: Node | None = self.unwrap(receiver)
        for _ in range(64):  # (a few steps at most: bounded, so a chain of n calls costs at most 64 n)
            if node is None:
                return None
            if node.type == "identifier":
                node = self.resolve(node)
                continue
            if node.type != "call_expression":
                return None
            callee = self.unwrap(node.child_by_field_id(self.fields.function) or node)
            if callee.type == "identifier":
                if self.module_of(callee) not in ("wretch", "wretch/dist/bundle/wretch.min.mjs"):
                    return None
                steps.append(("wretch", self.arguments(node), node))
                return steps[::-1]
            prop = callee.child_by_field_id(self.fields.property) if callee.type == "member_expression" else None
            step = self.source.raw(prop) if prop is not None else ""
            if step not in _WRETCH_STEPS or callee.child_by_field_id(self.fields.optional_chain) is not None:
                return None  # (no wretch step: another client's chain, left at its first step)
            steps.append((step, self.arguments(node), node))
            node = self.unwrap(callee.child_by_field_id(self.fields.object) or callee)
        return None

    def wretch(self, site: Offsets, method: str, args: list[Node], steps: list[tuple[str, list[Node], Node]]) -> LaunchRequest | None:
        """wretch: `wretch(base).url(path).auth(…).headers({…}).post(body)`, `.json(body).post()`, `.post(body, path)`.

        wretch joins each `.url(path)` to the URL so far (`.url(path, true)` replaces it), keeps the last header of a name
        (`.content(type)` is Content-Type, `.auth(value)` Authorization), and sends the body a request method is given as
        JSON when it is an object and the Content-Type set is none or a JSON one (setting Content-Type application/json
        when none is); a string, or an object under another Content-Type, is sent as it is (fetch makes an object the
        text "[object Object]"). `.json(body)` sends the body as JSON under such a Content-Type, `.body(raw)` as it is. A
        step that may change more than these (`.options(…)`, middlewares, an addon's form) leaves what it may change not
        known; a step not known at all leaves the chain unread (the FL011 note at its URL says so)."""
        url: Text | Unknown = Text.known("")
        headers: list[Header] | None = []
        body: Node | None = None
        body_mode = ""  # "json" (.json), "raw" (.body), "form" (.formUrl / .formData)
        json_type: Text | Unknown | None = None  # the Content-Type .json(body, type) gives

        def joined(path: Node | None, replace: Node | None) -> Text | Unknown:
            found = self.text(path) if path is not None else Text.known("")
            if replace is not None:
                said = self.source.raw(replace)
                if said == "true":
                    return found
                if said != "false":
                    return Unknown(self.source.source(replace))
            # (where the URL is, for what is said of it: where its last piece is written, which a chain bound to a name
            # may write apart from the call sending it)
            span = found.span if isinstance(found, Text) and found.span is not None and path is not None else site
            if not isinstance(found, Text) or not isinstance(url, Text):
                return Text((*(url.parts if isinstance(url, Text) else (url,)),
                             *(found.parts if isinstance(found, Text) else (found,))), span)
            head, tail = url.parts, found.parts
            if head and tail and isinstance(head[-1], str) and head[-1].endswith("/") and isinstance(tail[0], str) \
                    and tail[0].startswith("/"):
                tail = (tail[0][1:], *tail[1:])  # (joinUrl: one slash between)
            return Text((*head, *tail), span)

        def header(name: str, value: Node | None, at: Node) -> None:
            nonlocal headers
            if headers is not None:
                headers = [h for h in headers if h.name.lower() != name.lower()]
                headers.append(Header(name, self.text(value) if value is not None else Unknown(""), self.source.offsets(at)))

        for step, given, call in steps:
            first = given[0] if given else None
            if any(argument.type == "spread_element" for argument in given):
                return None
            if step == "wretch":
                url = joined(first, None) if first is not None else url
                options = self.members(given[1]) if len(given) > 1 else ({}, False)
                if options is None or options[1] or set(options[0]) - {"headers", "credentials", "mode", "cache"}:
                    headers = None  # (fetch options not all read: what they set is not known)
                elif "headers" in options[0]:
                    headers = self.headers(options[0]["headers"][1])
            elif step == "url":
                url = joined(first, given[1] if len(given) > 1 else None)
            elif step == "headers":
                found = self.headers(first) if first is not None else []
                if found is None:
                    headers = None
                elif headers is not None:
                    names = {h.name.lower() for h in found}
                    headers = [h for h in headers if h.name.lower() not in names] + found
            elif step in ("content", "auth", "accept"):
                header({"content": "Content-Type", "auth": "Authorization", "accept": "Accept"}[step], first, call)
            elif step == "json":
                body, body_mode, json_type = first, "json", self.text(given[1]) if len(given) > 1 else None
            elif step == "body":
                body, body_mode = first, "raw"
            elif step in ("formUrl", "formData"):
                body, body_mode = first, "form"
            elif step in ("options", "middlewares", "defer"):
                headers = None  # (may set any header, or the body: not read)
                if step != "options":
                    body, body_mode = None, "unknown"
        sends_body = method in ("POST", "PUT", "PATCH")  # (post(body, url), put, patch; get(url), delete(url), …)
        path = args[1] if sends_body and len(args) > 1 else args[0] if not sends_body and args else None
        if path is not None:
            url = joined(path, None)
        if not isinstance(url, Text) or launch_url(url) is None:
            return None
        request = LaunchRequest("wretch", site, url, method)
        given_body = args[0] if args and sends_body else None
        if given_body is not None and self.nothing_written(given_body) is None:
            body, body_mode = given_body, "given"
        content = self.header_of(headers, "content-type")
        said = content.value.value if content is not None and isinstance(content.value, Text) else None
        json_said = said is not None and re.match(r"application/.*json", said) is not None
        if body_mode == "json":
            media = json_type if json_type is not None else content.value if json_said and content is not None \
                else Text.known("application/json")
            if headers is not None:
                headers = [h for h in headers if h.name.lower() != "content-type"]
                headers.append(Header("Content-Type", media, request.site))
        request.headers = headers
        if body is None:
            if body_mode == "unknown":
                request.body, request.sends = Unknown("a middleware's"), "opaque"
            return request
        target = self.resolve(body) or self.unwrap(body)
        text = target.type in ("string", "template_string") or (target.type == "call_expression" and self.is_stringify(target))
        if body_mode == "form":
            self.set_body(request, body, "form")
            request.sends = "form" if isinstance(request.body, (dict, list)) else "opaque"
        elif body_mode == "json":
            self.set_body(request, body, "json", null="null", undefined="unknown")  # (JSON.stringify of the value)
            if text:
                request.sends = "opaque"  # (a string sent as a JSON string: not a launch body)
        elif body_mode == "raw" or text or (content is not None and not json_said):
            # sent as it is: a string as its text; an object as fetch makes it, "[object Object]"
            self.set_body(request, body, "object-string")
        else:
            self.set_body(request, body, "json")
            if headers is not None and content is None and isinstance(request.body, (dict, list)):
                request.headers = [*headers, Header("Content-Type", Text.known("application/json"), request.site)]
        return request

    def superagent(self, call: Node, method: str, args: list[Node]) -> LaunchRequest | None:
        """superagent: `superagent.post(url).set(name, value).type('json').send(body)`, read along the chain."""
        url = self.url_of(args[0]) if args else None
        if url is None or launch_url(url) is None:
            return None
        outer = call
        headers: list[Header] | None = []
        body: Node | None = None
        kind_set: str | None = None
        while outer.parent is not None and outer.parent.type == "member_expression" and outer.parent.parent is not None \
                and outer.parent.parent.type == "call_expression":
            prop = outer.parent.child_by_field_id(self.fields.property)
            outer = outer.parent.parent
            step = self.source.raw(prop) if prop is not None else ""
            step_args = self.arguments(outer)
            if step == "send" and step_args:
                body = step_args[0]
            elif step == "set" and headers is not None:
                if len(step_args) == 2:
                    header_name = self.text(step_args[0])
                    if not isinstance(header_name, Text) or header_name.value is None:
                        headers = None
                    else:
                        headers.append(Header(header_name.value, self.text(step_args[1]), self.source.offsets(outer)))
                else:
                    headers = None
            elif step == "type" and step_args:
                found = self.text(step_args[0])
                kind_set = found.value if isinstance(found, Text) else "?"
                if headers is not None:  # `.type(t)` sets the Content-Type: superagent's short name's type, or t itself
                    media = _SUPERAGENT_TYPES.get(kind_set, kind_set) if isinstance(found, Text) and kind_set else None
                    headers.append(Header("Content-Type", Text.known(media) if media else Unknown(self.source.raw(step_args[0])),
                                          self.source.offsets(outer)))
        request = LaunchRequest("superagent", self.source.offsets(outer), url, method)
        request.headers = headers
        if body is not None:  # superagent sends null as the text null under a JSON Content-Type only
            self.set_body(request, body, "json", null="typed", undefined="none")
            if kind_set == "form" or (request.sends == "text" and kind_set is None and self.header_of(headers, "content-type") is None):
                request.sends = "form" if kind_set == "form" else "text"
            elif request.sends == "text" and kind_set not in (None, "json", "application/json"):
                request.sends = "opaque"
        return request

    @staticmethod
    def header_of(headers: list[Header] | None, name: str) -> Header | None:
        return next((h for h in headers or () if h.name.lower() == name), None)

    def jquery(self, site: Offsets, name: str, args: list[Node]) -> LaunchRequest | None:
        """jQuery: `$.ajax({url, type, data, contentType, headers, beforeSend})`, `$.ajax(url, {...})`, `$.post(url, data)`.

        jQuery sends `data` form-encoded unless told otherwise: an object is a form, a string goes as it is under the
        Content-Type `contentType` gives (the form type by default). Its headers are set as jQuery sets them, each
        replacing one of the same name set before: that Content-Type first, then the `headers` option's (those
        `$.ajaxSetup` gives merged under the call's own), then what `beforeSend` sets on the request it is handed."""
        setup = self.ajax_setup(site)
        settings = self.resolve(args[0]) if len(args) == 1 else None
        if name == "post" and (settings is None or settings.type != "object"):
            url = self.url_of(args[0]) if args else None
            if url is None or launch_url(url) is None:
                return None
            request = LaunchRequest("jquery", site, url, "POST", headers=None if setup is None else list(setup[1]))
            if len(args) > 1:
                given = setup[0].get("contentType") if setup is not None else None
                self.jquery_data(request, args[1], given[1] if given else None)
            self.jquery_sent(request, {}, setup)
            return request
        url_node = None
        options_node = args[0] if args else None
        if len(args) > 1 or (options_node is not None and (self.resolve(options_node) is None
                                                          or self.resolve(options_node).type != "object")):  # type: ignore[union-attr]
            url_node, options_node = options_node, (args[1] if len(args) > 1 else None)
        options = self.members(options_node)
        if options is None:
            return None
        members, is_open = options
        if url_node is None and "url" in members:
            url_node = members["url"][1]
        url = self.url_of(url_node)
        if url is None or launch_url(url) is None:
            return None
        key = "method" if "method" in members else "type" if "type" in members else None
        if key is None and setup is not None:  # (a default type the file's $.ajaxSetup gives)
            members = {**members, **{k: v for k, v in setup[0].items() if k in ("method", "type")}}
            key = "method" if "method" in members else "type"
        # (`$.post(settings)`, jQuery 1.12 and 2.2 on, posts unless the settings name another type)
        method, method_span = self.method_of({"method": members[key]} if key in members else {}, is_open or setup is None,
                                             "POST" if name == "post" else "GET")
        request = LaunchRequest("jquery", site, url, method, method_span)
        own = None if is_open else self.headers(members["headers"][1] if "headers" in members else None)
        request.headers = None if own is None or setup is None else [*setup[1], *own]
        if "data" in members:
            content_type = members.get("contentType") or (setup[0].get("contentType") if setup is not None else None)
            self.jquery_data(request, members["data"][1], content_type[1] if content_type else None)
            processing = members.get("processData") or (setup[0].get("processData") if setup is not None else None)
            processed = self.unwrap(processing[1]).type if processing is not None else "true"
            # An object is serialized as a form only with processData (the default); without, XMLHttpRequest sends it as
            # "[object Object]" (a URLSearchParams or FormData stays what it is)
            if processed != "true" and request.sends == "form" and (processed != "false" or isinstance(request.body, (dict, list))):
                request.sends = "object-string" if processed == "false" else "opaque"
        self.jquery_sent(request, members, setup)
        return request

    def k6(self, site: Offsets, method: str | None, args: list[Node]) -> LaunchRequest | None:
        """k6's `http.post(url, body, params)` (`put`, `patch`, and `http.request(method, url, body, params)`), its
        module imported from `k6/http`: an object body is sent form-encoded (x-www-form-urlencoded), a string as it is,
        under the `Content-Type` of `params.headers` alone (k6 adds none)."""
        method_span = None
        # http.get(url, params) and http.head(url, params) take no body: their second argument is the params
        params_at = 1 if method in ("GET", "HEAD") else 2
        if method is None:  # http.request('POST', url, body, params)
            found = self.text(args[0]) if args else None
            method = found.value if isinstance(found, Text) and found.value else None
            method_span, args = (self.source.offsets(args[0]) if args else None), args[1:]
        url = self.url_of(args[0]) if args else None
        if url is None or launch_url(url) is None or any(a.type == "spread_element" for a in args):
            return None
        request = LaunchRequest("k6", site, url, method if method is not None else Unknown(), method_span)
        params = self.members(args[params_at]) if len(args) > params_at else ({}, False)
        if params is None or params[1]:
            request.headers = None  # params not known: its headers neither
        else:
            request.headers = self.headers(params[0]["headers"][1] if "headers" in params[0] else None)
        body = args[1] if params_at == 2 and len(args) > 1 else None
        if body is not None and self.unwrap(body).type not in ("null", "undefined") \
                and self.source.raw(self.unwrap(body)) != "undefined":  # k6 sends no body for null or undefined
            self.set_body(request, body, "form")
        return request

    def jquery_data(self, request: LaunchRequest, node: Node, content_type: Node | None) -> None:
        """The data and the Content-Type `contentType` gives it, set before every other header (which replace it). jQuery
        sends no body for a null or undefined one."""
        if self.set_body(request, node, "form", null="none"):
            return
        if content_type is not None:
            said = self.text(content_type)
            value = said.value if isinstance(said, Text) else None
            if value is None or value.strip().lower() == "false":
                request.sends = "opaque"
            elif request.sends == "text" and request.headers is not None:
                request.headers = [Header("Content-Type", said, self.source.offsets(content_type)), *request.headers]
        elif request.sends == "text" and request.headers is not None:
            request.headers = [Header("Content-Type", Text.known("application/x-www-form-urlencoded"), request.body_span),
                               *request.headers]

    def jquery_sent(self, request: LaunchRequest, members: dict[str, tuple[Node, Node]],
                    setup: tuple[dict[str, tuple[Node, Node]], list[Header]] | None) -> None:
        """What `beforeSend` (the call's, else its $.ajaxSetup default) does to the request before it is sent: the headers
        it sets on the jqXHR it is handed come last; anything else it may do makes them unknown, and a function that
        reaches the settings (its second parameter) may change the data too: nothing of it is then judged."""
        given = members.get("beforeSend") or (setup[0].get("beforeSend") if setup is not None else None)
        if given is None:
            return
        function = self.resolve(given[1]) or self.unwrap(given[1])
        names = self._params.get(function.id) if function.type in _FUNCTIONS else None
        body = function.child_by_field_id(self.fields.body)
        if names is not None and len(names) > 1 and body is not None and any(
                use.type in ("identifier", "shorthand_property_identifier") and self.source.raw(use) == names[1]
                for use in walk(body)):
            request.headers = None
            if request.body is not NO_BODY:
                request.body, request.sends = Unknown(self.source.source(given[1])), "opaque"
            return
        set_there = self.headers_set_by(function, 0) if request.headers is not None else None
        request.headers = None if set_there is None or request.headers is None else [*request.headers, *set_there]

    @functools.cached_property
    def _ajax_setups(self) -> list[tuple[Node, tuple[dict[str, tuple[Node, Node]], bool] | None]] | None:
        """The file's `$.ajaxSetup(...)` calls at its top level, each with its options (None: not written literally);
        None when one is made anywhere else (which calls it comes before is not known) or the file changes every
        jQuery request another way (`$.ajaxPrefilter`, `.ajaxSend(...)` handlers, `$.ajaxSettings`)."""
        found: list[tuple[Node, tuple[dict[str, tuple[Node, Node]], bool] | None]] = []
        if b"ajax" not in self.source.data:
            return found
        for node in self.nodes:
            callee = node.child_by_field_id(self.fields.function) if node.type == "call_expression" else None
            if callee is None or callee.type != "member_expression":
                continue
            prop = callee.child_by_field_id(self.fields.property)
            step = self.source.raw(prop) if prop is not None else ""
            if step in ("ajaxPrefilter", "ajaxSend", "ajaxTransport"):
                return None
            if step != "ajaxSetup":
                continue
            statement = node.parent
            if statement is None or statement.type != "expression_statement" or statement.parent is None \
                    or statement.parent.type != "program":
                return None
            argument = self.argument(node, 0)
            found.append((node, self.members(argument) if argument is not None else None))
        return None if b"ajaxSettings" in self.source.data else found

    @functools.cached_property
    def _set_up_elsewhere(self) -> bool:
        """Whether another JavaScript, TypeScript or HTML file of the run now checking may set every jQuery request up
        (`$.ajaxSetup(…)`, `$.ajaxPrefilter(…)`, `.ajaxSend(…)`, `$.ajaxSettings`: a common setup module, loaded
        before this one or not): what it gives (a Content-Type, headers) is then not known here. Asked only in a run
        (none for the library, the editor or a single text), whose files are searched once a process, by a substring
        test; the file's result then depends on them (values_from.asked: not kept in the result cache)."""
        resolver = self.values_from
        if resolver is None or not hasattr(resolver, "run") or not hasattr(resolver, "path"):
            return False
        resolver.asked = True  # (a setup file added or removed later changes this file's result)
        return bool(_setup_files(resolver.run.files) - {resolver.path})

    def ajax_setup(self, site: Offsets) -> tuple[dict[str, tuple[Node, Node]], list[Header]] | None:
        """The defaults a jQuery call at `site` takes from the file's `$.ajaxSetup` (its options, later over earlier,
        and the headers they give, in order); None when they cannot be known: a setup not written literally, after the
        call, or not at the file's top level. A setup in another file is not seen: the call is read with jQuery's own
        defaults there, unless another file of the run now checking sets every jQuery request up (_set_up_elsewhere):
        then they are not known."""
        setups = self._ajax_setups
        if setups is None or self._set_up_elsewhere:
            return None
        members: dict[str, tuple[Node, Node]] = {}
        headers: list[Header] = []
        for node, options in setups:
            if options is None or options[1] or self.source.char(node.start_byte) > site[0]:
                return None
            given = self.headers(options[0]["headers"][1]) if "headers" in options[0] else []
            if given is None:
                return None
            members.update(options[0])
            headers.extend(given)
        return members, headers

    def headers_set_by(self, function: Node, index: int, depth: int = 0) -> list[Header] | None:
        """The headers a function of this file sets on the request object it is handed as its `index`th parameter
        (`beforeSend: xhr => xhr.setRequestHeader(…)`, a helper `setHeaders(xhr)`), in the order it sets them; None when
        they cannot be known: a header name not written literally, the object handed on to code not followed, or used
        in any way that may change what is sent. A header set only on some paths (in a condition, a loop, a callback)
        may or may not be sent: a Content-Type so set makes the headers unknown; another is left out."""
        names = self._params.get(function.id) if function.type in _FUNCTIONS else None
        name = names[index] if names is not None and index < len(names) else None
        body = function.child_by_field_id(self.fields.body)
        if name is None or body is None or depth > 3:
            return None
        found: list[Header] = []
        for use in walk(body):
            if use.type == "shorthand_property_identifier" and self.source.raw(use) == name:
                return None  # stored in an object: anything may be done to it
            if use.type != "identifier" or self.source.raw(use) != name or use.parent is None:
                continue
            above = use.parent
            if above.type == "member_expression" and above.child_by_field_id(self.fields.object) == use:
                prop = above.child_by_field_id(self.fields.property)
                step = self.source.raw(prop) if prop is not None else ""
                call = above.parent
                if step != "setRequestHeader":
                    if step in _XHR_UNCHANGED or step.startswith("on"):
                        continue
                    return None
                if call is None or call.type != "call_expression" or call.child_by_field_id(self.fields.function) != above:
                    return None
                step_args = self.arguments(call)
                header_name = self.text(step_args[0]) if len(step_args) == 2 else None
                if not isinstance(header_name, Text) or header_name.value is None:
                    return None
                set_here = [Header(header_name.value, self.text(step_args[1]), self.source.offsets(call))]
            elif above.type == "arguments" and above.parent is not None and above.parent.type == "call_expression":
                call = above.parent
                callee = call.child_by_field_id(self.fields.function)
                helper = self.resolve(callee) if callee is not None and callee.type == "identifier" else None
                position = next((i for i, a in enumerate(self.arguments(call)) if a == use), None)
                handed = self.headers_set_by(helper, position, depth + 1) if helper is not None and position is not None else None
                if handed is None:
                    return None
                set_here = handed
            else:
                return None  # stored, returned, compared…: not followed
            statement = call.parent
            if call == body or (statement is not None and statement.type == "expression_statement" and statement.parent == body):
                found.extend(set_here)
            elif any(h.name.lower() == "content-type" for h in set_here):
                return None  # sent with it or without it
        return found

    def is_xhr(self, receiver: Node) -> bool:
        """An object made by `new XMLHttpRequest()` (handlers set on it later do not change that)."""
        target = self.lookup(self.source.raw(receiver), receiver, as_value=True) if receiver.type == "identifier" else None
        target = self.unwrap(target) if target is not None else None
        if target is None or target.type != "new_expression":
            return False
        constructor = target.child_by_field_id(self.fields.constructor)
        return constructor is not None and self.source.raw(constructor) == "XMLHttpRequest"

    def xhr(self, call: Node, receiver: Node, args: list[Node]) -> LaunchRequest | None:
        """XMLHttpRequest: `xhr.open(method, url)`, then `setRequestHeader(name, value)` and `send(body)` on the same
        object in the same function; handed to a function before it is sent (`setHeaders(xhr)`), the headers a function
        of this file sets on it (headers_set_by), unknown for one flowlint does not follow."""
        url = self.url_of(args[1]) if len(args) > 1 else None
        if url is None or launch_url(url) is None:
            return None
        found = self.text(args[0])
        method = found.value.upper() if isinstance(found, Text) and found.value else Unknown()
        request = LaunchRequest("xhr", self.source.offsets(call), url, method, self.source.offsets(args[0]))
        name = self.source.raw(receiver)
        scope = self.enclosing_function(call) or self.root
        headers: list[Header] | None = []
        for other in self.calls_in(scope) if hasattr(self, "_calls") else ():
            callee = other.child_by_field_id(self.fields.function)
            if callee is None or other.start_byte <= call.start_byte:
                continue
            position = next((i for i, a in enumerate(self.arguments(other)) if a.type == "identifier" and self.source.raw(a) == name),
                            None)
            if position is not None and headers is not None and not self.after_send(other, scope, name):
                # handed to a function before the send: the headers a function of this file sets on it; else unknown
                helper = self.resolve(callee) if callee.type == "identifier" else None
                set_there = self.headers_set_by(helper, position) if helper is not None else None
                headers = None if set_there is None else [*headers, *set_there]
                continue
            if callee.type != "member_expression":
                continue
            obj, prop = callee.child_by_field_id(self.fields.object), callee.child_by_field_id(self.fields.property)
            if obj is None or prop is None or self.source.raw(obj) != name:
                continue
            step, step_args = self.source.raw(prop), self.arguments(other)
            if step == "setRequestHeader" and headers is not None:
                header_name = self.text(step_args[0]) if len(step_args) == 2 else None
                if not isinstance(header_name, Text) or header_name.value is None:
                    headers = None
                else:
                    headers.append(Header(header_name.value, self.text(step_args[1]), self.source.offsets(other)))
            elif step == "send":
                request.headers = headers
                if step_args:  # send(null), send(undefined): no body
                    self.set_body(request, step_args[0], "object-string", null="none")
                return request
        request.headers = headers
        return request

    def after_send(self, node: Node, scope: Node, name: str) -> bool:
        """Whether `node` is in a handler of the request's events (`xhr.onload = …`, `xhr.addEventListener(…, fn)`),
        which runs once it is sent, when its headers can no longer change."""
        function = self.enclosing_function(node)
        while function is not None and function != scope:
            above = function.parent
            target = above.child_by_field_id(self.fields.left) if above is not None and above.type == "assignment_expression" \
                else above.parent.child_by_field_id(self.fields.function) \
                if above is not None and above.type == "arguments" and above.parent is not None else None
            obj = target.child_by_field_id(self.fields.object) if target is not None and target.type == "member_expression" else None
            prop = target.child_by_field_id(self.fields.property) if target is not None else None
            if obj is not None and prop is not None and self.source.raw(obj) == name and (
                    self.source.raw(prop).startswith("on") if above is not None and above.type == "assignment_expression"
                    else self.source.raw(prop) == "addEventListener"):
                return True
            function = self.enclosing_function(function)
        return False

    def form_body(self, request: LaunchRequest, node: Node) -> None:
        """A body sent as a form whatever it holds: its members are still read, unknown otherwise."""
        self.set_body(request, node, "form")
        request.sends = "form"

    def defaults_base(self, receiver: Node | None) -> Text | Unknown:
        """`axios.defaults.baseURL = '…'` for calls on the library itself: known only when the file sets it exactly once,
        at its top level, to a known string, and changes `axios.defaults` nowhere else (else which one a call sees
        depends on the order code runs in: unknown)."""
        name = self.source.raw(receiver) if receiver is not None and receiver.type == "identifier" else None
        module = self.module_of(receiver)
        text = self.source.text
        if name is None or not (module == "axios" or (module is None and name == "axios")) \
                or text.count(f"{name}.defaults.baseURL") != 1 or re.search(rf"\b{re.escape(name)}\.defaults\b(?!\s*\.)", text):
            return Unknown()  # never set, set more than once, or the whole defaults object written (Object.assign…)
        written = [n for n in self.nodes if n.type in ("assignment_expression", "augmented_assignment_expression")
                   and (left := n.child_by_field_id(self.fields.left)) is not None
                   and self.source.raw(left).replace(" ", "") == f"{name}.defaults.baseURL"]
        statement = written[0].parent if len(written) == 1 and written[0].type == "assignment_expression" else None
        if statement is None or statement.type != "expression_statement" or statement.parent is None \
                or statement.parent.type != "program":
            return Unknown()
        base = self.text(written[0].child_by_field_id(self.fields.right))
        return base if isinstance(base, Text) and base.value is not None else Unknown()

    def axios_verb(self, site: Offsets, receiver: Node, method: str, args: list[Node],
                   config: dict[str, tuple[Node, Node]] | None, *, base: Text | Unknown | None = None,
                   shared: tuple[bool, bool] = (False, False), known: bool = True) -> LaunchRequest | None:
        """`receiver.post(url, data)`: `config` is the axios instance's (instance_config of the receiver), when known;
        an instance another module makes gives its `base` URL and `shared`: whether it has headers of its own, and
        whether that module may rewrite what it sends (imported_client)."""
        if base is None:
            base = self.text(config["baseURL"][1]) if config and "baseURL" in config else \
                self.defaults_base(receiver) if config is None else Unknown()
        url = self.url_of(args[0] if args else None, base)
        if url is None or launch_url(url) is None:
            return None
        request = LaunchRequest("axios", site, url, method)
        request.host_span = base.span if isinstance(base, Text) and url.known_prefix().startswith(base.known_prefix()) else None
        request.headers = None  # read below from the call's own config, when it is written literally
        if method in ("POST", "PUT", "PATCH") and len(args) > 1:
            if config is None and self._root_name(receiver) != "axios" and self.looks_like_options(args[1]):
                request.body = Unknown(self.source.source(args[1]))  # a wrapper's (url, options): its body is not known
                request.sends, request.unknown_options = "opaque", True
                return request
            call_config = self.members(args[2]) if len(args) > 2 else ({}, False)
            request.headers = None if shared[0] else self.axios_headers(call_config, config)
            # axios sends no body for undefined data, nor for null but under a JSON Content-Type (the text null then); a
            # receiver not known to be axios's (`client.post` of the project's own client) may send it any way
            nothing = self.set_body(request, args[1], "json" if known else "opaque", null="typed")
            rewritten = shared[1] or self.transforms_request(config, call_config[0] if call_config is not None else None)
            if rewritten:
                request.body, request.sends = Unknown(self.source.source(args[1])), "opaque"
            intercepted = self.intercepted(request, receiver)
            # (no spread in the call's config, no other module's instance, nothing here that rewrites what it sends)
            request.bodiless = nothing and not rewritten and not intercepted and not shared[0] and call_config is not None \
                and not call_config[1] and (config is not None or self._root_name(receiver) == "axios")
        elif method not in ("POST", "PUT", "PATCH") and len(args) > 1:
            # `axios.get(url, config)`: axios sends `config.data` whatever the method, and `config.params` in the query:
            # either carries the launch, so the request is no bodiless probe
            call_config = self.members(args[1])
            if call_config is None:
                pass  # (a config not seen: whether it carries a launch is not known, and no GET is failed on a guess)
            elif "data" in call_config[0]:
                request.headers = None if shared[0] else self.axios_headers(call_config, config)
                self.set_body(request, call_config[0]["data"][1], "json", null="typed")
            elif "params" in call_config[0]:
                request.sends, request.body_span = "query", self.source.offsets(call_config[0]["params"][1])
        elif method == "POST" and not args[1:] and not shared[0] and not shared[1] \
                and (self._root_name(receiver) == "axios" or (config is not None and "data" not in config)) \
                and not self.transforms_request(config) and not self.intercepted(request, receiver):
            request.bodiless = True  # `axios.post(url)`: no data, so no body sent
        return request

    def _stands_in(self, receiver: Node, name: str) -> bool:
        """Whether a call on `receiver` sets up a test double's reply, sending nothing: a mocking library's (fetch-mock,
        nock, moxios, msw…), or Cypress's `cy.intercept(…)` / `cy.route(…)` (its `cy.request(…)` does send)."""
        return _MOCKS.search(self.source.raw(self._chain_root(receiver))) is not None \
            or (name in _CYPRESS_STAND_INS and self.is_cypress(receiver))

    def intercepted(self, request: LaunchRequest, receiver: Node | None) -> bool:
        """A request interceptor registered in this file on the axios object a call is made on (`axios.interceptors.
        request.use(fn)` for the library's own calls, `api.interceptors…` for an instance's: each has its own) runs on
        the config before it is sent: the headers are then not known, and the data not either unless the interceptor
        is a function written here that never reaches it (reads or sets only other members: `config.headers…`). True
        when one runs on it."""
        owner = self._axios_owner(receiver)
        found = False
        for call, changes_data in self._interceptors():
            if call[0] != owner:
                continue
            request.headers, found = None, True
            if changes_data and request.body is not NO_BODY:
                request.body, request.sends = Unknown(call[1]), "opaque"
                return True
        return found

    def _axios_owner(self, node: Node | None) -> str:
        """Whose interceptors a call on `node` runs: the library's (axios itself, imported by any name, or a method taken
        from it), or the instance's, by how the code names it."""
        if node is None or (node.type == "identifier" and (self.module_of(node) == "axios" or self.source.raw(node) == "axios"
                                                           or self.imports.get(self.source.raw(node)) == "axios")):
            return "axios"
        return "instance:" + self.source.raw(node).replace(" ", "")

    def _interceptor_use(self, callee: Node) -> bool:
        """Whether a callee is written `….interceptors.request.use`: read by its names, never its text (the text of a
        callee at the end of a chain of calls is the whole chain)."""
        node: Node | None = callee
        for name in ("use", "request", "interceptors"):
            if node is None or node.type != "member_expression" or self.last_name(node) != name:
                return False
            node = node.child_by_field_id(self.fields.object)
        return node is not None

    def _interceptors(self) -> list[tuple[tuple[str, str], bool]]:
        """The file's axios request interceptors: ((whose, the call as written), whether it may change the data)."""
        if self._interceptor_calls is None:
            self._interceptor_calls = []
            if b"interceptors" in self.source.data:
                for node in self.nodes:
                    callee = node.child_by_field_id(self.fields.function) if node.type == "call_expression" else None
                    if callee is None or callee.type != "member_expression" or not self._interceptor_use(callee):
                        continue
                    owner = callee.child_by_field_id(self.fields.object)  # `….interceptors.request`
                    for _ in range(2):
                        owner = owner.child_by_field_id(self.fields.object) if owner is not None else None
                    handler = self.argument(node, 0)
                    self._interceptor_calls.append(((self._axios_owner(owner) if owner is not None else "?",
                                                     self.source.source(node)), handler is None or self.may_change_data(handler)))
        return self._interceptor_calls

    def may_change_data(self, handler: Node) -> bool:
        """Whether a request interceptor may change the data sent: True unless it is a function written here whose
        config parameter is only returned or used for members other than `data` and `transformRequest`."""
        function = self.resolve(handler) or self.unwrap(handler)
        if function.type == "identifier":
            function = self.bindings.resolve(self.source.raw(function), function, as_made=True) or function
        if function.type not in _FUNCTIONS:
            return True
        params = function.child_by_field_id(self.fields.parameters) or function.child_by_field_id(self.fields.parameter)
        first = params if params is not None and params.type == "identifier" else \
            next(iter(params.named_children), None) if params is not None else None
        if first is not None and first.type in ("required_parameter", "optional_parameter"):
            first = first.child_by_field_id(self.fields.pattern) or (first.named_children[0] if first.named_children else None)
        if first is None or first.type != "identifier":
            return first is not None  # no parameter: it cannot reach the config; a destructured one may spread it back
        name = self.source.raw(first)
        body = function.child_by_field_id(self.fields.body)
        for use in walk(body) if body is not None else ():
            if use.type != "identifier" or self.source.raw(use) != name:
                continue
            above = use.parent
            if above is not None and above.type == "member_expression" and above.child_by_field_id(self.fields.object) == use:
                member = above.child_by_field_id(self.fields.property)
                if member is not None and self.source.raw(member) not in ("data", "transformRequest"):
                    continue
            elif above is not None and above.type in ("return_statement", "arrow_function"):
                continue  # handed back as it is
            elif above is not None and above.type == "spread_element" and self.returned_copy(above.parent):
                continue  # `({ ...config, headers })`: a copy of it handed back, its data as it was
            return True
        return False

    def returned_copy(self, literal: Node | None) -> bool:
        """Whether an object literal is what a function hands back (returned, or an arrow's body) and names no member
        that sets the data (`data`, `transformRequest`, a computed key)."""
        if literal is None or literal.type != "object":
            return False
        above = literal.parent
        while above is not None and above.type == "parenthesized_expression":
            above = above.parent
        if above is None or above.type not in ("return_statement", "arrow_function"):
            return False
        for member in literal.named_children:
            if member.type in ("pair", "method_definition"):
                key = member.child_by_field_id(self.fields.key if member.type == "pair" else self.fields.name)
                if key is None or self.key(key) in (None, "data", "transformRequest"):
                    return False
            elif member.type == "shorthand_property_identifier" and self.source.raw(member) in ("data", "transformRequest"):
                return False
        return True

    def axios_headers(self, call_config: tuple[dict[str, tuple[Node, Node]], bool] | None,
                      instance: dict[str, tuple[Node, Node]] | None) -> list[Header] | None:
        """The headers an axios call sends, where its own config writes them literally; None where an instance's
        headers are merged in (`axios.create({headers})`) or the call's config is not seen whole. Defaults set
        elsewhere (`axios.defaults.headers`) give way to these; a header this call does not write is simply not known."""
        if call_config is None or call_config[1] or (instance is not None and "headers" in instance):
            return None
        members = call_config[0]
        return self.headers(members["headers"][1] if "headers" in members else None)

    def transforms_request(self, *configs: dict[str, tuple[Node, Node]] | None) -> bool:
        """Whether axios rewrites a body before sending it: a `transformRequest` in the instance's or the call's
        config, or in the file's `….defaults.transformRequest`; what is sent is then not the data written."""
        return any(config is not None and "transformRequest" in config for config in configs) \
            or self._sets_default_transform

    def looks_like_options(self, node: Node) -> bool:
        """Whether a `.post(url, {...})` argument is request options (`{headers, body}`, `{json}`), as wrappers of
        fetch, got or ky take, rather than the body axios takes there."""
        target = self.resolve(node) or self.unwrap(node)
        found = self.members(target) if target.type == "object" else None
        if found is None:
            return False
        names = set(found[0])
        return bool(names & _OPTION_KEYS) and not names & _LAUNCH_MEMBERS

    def axios_config(self, site: Offsets, receiver: Node | None, args: list[Node], *,
                     sure: bool = False) -> LaunchRequest | None:
        """`axios(config)`, `axios(url, config)`, `instance.request(config)`: the body is the config's `data`. `sure`:
        the call is the axios library's (imported as written, or an instance made of it), which reads no `body`."""
        config_node = args[0] if args else None
        url_node: Node | None = None
        if config_node is not None and (self.made_object(config_node) is None or self.made_object(config_node).type != "object"):  # type: ignore[union-attr]
            url_node, config_node = config_node, (args[1] if len(args) > 1 else None)
        options = self.members(config_node)
        if options is None:
            return None
        members, is_open = options
        if url_node is None and "url" in members:
            url_node = members["url"][1]
        instance = self.instance_config(receiver)
        base_node = members["baseURL"][1] if "baseURL" in members else None
        if base_node is None and instance and "baseURL" in instance:
            base_node = instance["baseURL"][1]
        base = self.text(base_node) if base_node is not None else Unknown()
        url = self.url_of(url_node, base)
        if url is None or launch_url(url) is None:
            return None
        method, method_span = self.method_of(members, is_open, "GET")
        request = LaunchRequest("axios", site, url, method, method_span, headers=None)
        request.host_span = base.span if isinstance(base, Text) and url.known_prefix().startswith(base.known_prefix()) else None
        request.headers = self.axios_headers(options, instance)
        if "data" in members:  # (see axios_verb)
            self.set_body(request, members["data"][1], "json", null="typed")
            if self.transforms_request(members, instance):
                request.body, request.sends = Unknown(self.source.source(members["data"][1])), "opaque"
        elif "body" in members and not is_open and not sure:
            # A client not known to be axios that takes its body as `body`: not read, said under -v (never silent).
            request.body, request.sends = Unknown(self.source.source(members["body"][1])), "opaque"
            request.body_span = self.source.offsets(members["body"][1])
        intercepted = self.intercepted(request, receiver)
        if sure and "data" not in members and not is_open and request.method == "POST" and not intercepted \
                and not self.transforms_request(members, instance) and not (instance and "data" in instance):
            # axios sends its config's `data`, never a `body` (fetch's word): this launch sends no body at all.
            if "body" in members:  # said at `body`, with what to write (not again as a launch without a body)
                request.findings.append((Finding(
                    MISSING_FLOW_ID, (), "axios sends the config's `data`, not `body`: this launch sends no body, so no "
                    "`flowId`, and the platform answers 400", "rename `body` to `data`"),
                    self.source.offsets(members["body"][0])))
            else:
                request.bodiless = True
        return request

    def is_cypress(self, receiver: Node) -> bool:
        """Whether a receiver is Cypress's global `cy` (bound nowhere in the file)."""
        return receiver.type == "identifier" and self.source.raw(receiver) == "cy" and self.lookup("cy", receiver) is None

    def cypress(self, site: Offsets, args: list[Node]) -> LaunchRequest | None:
        """`cy.request(options)`, `cy.request(url)`, `cy.request(url, body)`, `cy.request(method, url[, body])`: Cypress
        sends an object body as JSON (and says so in the Content-Type), `form: true` form-encoded; GET by default."""
        method: str | Unknown = "GET"
        method_span: Offsets | None = None
        headers: list[Header] | None = []
        body_node: Node | None = None
        first = self.made_object(args[0]) if args else None
        if first is not None and first.type == "object":
            options = self.members(args[0])
            if options is None:
                return None
            members, is_open = options
            url = self.url_of(members["url"][1]) if "url" in members else None
            if url is None or launch_url(url) is None:
                return None
            method, method_span = self.method_of(members, is_open, "GET")
            headers = self.headers(members["headers"][1]) if "headers" in members else None if is_open else []
            form = self.source.raw(self.unwrap(members["form"][1])) if "form" in members else "false"
            if form == "true" and not is_open and "body" in members:  # `form: true`: the body is sent form-encoded
                request = LaunchRequest("cypress", site, url, method, method_span, headers=headers)
                self.form_body(request, members["body"][1])
                return request
            if form != "false" or is_open:
                request = LaunchRequest("cypress", site, url, method, method_span, headers=headers)
                request.body, request.sends = Unknown(self.source.source(args[0])), "opaque"  # a form, or not known
                return request
            body_node = members["body"][1] if "body" in members else None
        else:
            written = self.string_value(args[0]) if args else None
            positional = list(args)
            if written is not None and written.upper() in _CYPRESS_METHODS and len(args) > 1:
                method, method_span = written.upper(), self.source.offsets(args[0])
                positional = positional[1:]
            url = self.url_of(positional[0] if positional else None)
            if url is None or launch_url(url) is None:
                return None
            body_node = positional[1] if len(positional) > 1 else None
        request = LaunchRequest("cypress", site, url, method, method_span, headers=headers)
        if body_node is not None:
            self.set_body(request, body_node, "json", raw_bytes=False)  # (how cy.request sends a Buffer: not read)
        else:
            request.bodiless = True  # no body written where Cypress takes one
        return request

    def playwright_context(self, receiver: Node) -> bool:
        """Whether a receiver is Playwright's APIRequestContext in a file that imports Playwright: the test's `request`
        fixture, or a page's or context's `.request`."""
        if not any(module == "playwright" or module.startswith("@playwright/") for module in self.imports.values()):
            return False
        written = self.source.raw(receiver)
        return (receiver.type == "identifier" and written == "request") or (
            receiver.type == "member_expression" and written.endswith(".request")) or self.playwright_made(receiver) is not None

    def playwright_made(self, receiver: Node) -> Node | None:
        """The `request.newContext(options)` call (Playwright's, of its `request` or a `.request`) a name is bound to
        once (`const api = await request.newContext({ baseURL })`): an APIRequestContext of its own; None otherwise."""
        if receiver.type != "identifier":
            return None
        made = self.resolve(receiver)
        made = self.unwrap(made) if made is not None else None
        callee = made.child_by_field_id(self.fields.function) if made is not None and made.type == "call_expression" else None
        if callee is None or callee.type != "member_expression":
            return None
        owner, prop = callee.child_by_field_id(self.fields.object), callee.child_by_field_id(self.fields.property)
        if prop is None or owner is None or self.source.raw(prop) != "newContext":
            return None
        written = self.source.raw(owner)
        return made if (owner.type == "identifier" and written == "request") or written.endswith(".request") else None

    def playwright(self, site: Offsets, method: str, args: list[Node], context: Node | None = None) -> LaunchRequest | None:
        """`request.post(url, { data, headers })`: Playwright serializes an object `data` as JSON (Content-Type
        application/json unless set); `form` and `multipart` are sent as forms; no `data` sends no body. On a context of
        its own (`request.newContext({ baseURL, extraHTTPHeaders })`) a URL is resolved against its `baseURL` as `new
        URL(url, baseURL)` does, and its `extraHTTPHeaders` are sent too (the call's own replace them)."""
        base: Text | Unknown | None = None
        shared: list[Header] | None = []
        if context is not None:
            made = self.members(self.argument(context, 0)) if self.argument(context, 0) is not None else ({}, False)
            if made is None or made[1]:
                base, shared = Unknown(), None  # (options not known: its base URL and headers not known either)
            else:
                base = self.text(made[0]["baseURL"][1]) if "baseURL" in made[0] else None
                shared = self.headers(made[0]["extraHTTPHeaders"][1]) if "extraHTTPHeaders" in made[0] else []
        url = self._resolved_url(args[0] if args else None, base)
        if url is None or launch_url(url) is None:
            return None
        request = LaunchRequest("playwright", site, url, method)
        options = self.members(args[1]) if len(args) > 1 else ({}, False)
        if options is None or options[1]:  # options not known, or spread: what is sent is not known
            request.headers, request.body, request.sends = None, Unknown(self.source.source(args[1])), "opaque"
            request.unknown_options = True
            return request
        members = options[0]
        own = self.headers(members["headers"][1]) if "headers" in members else []
        request.headers = None if own is None or shared is None else [*shared, *own]
        if "form" in members or "multipart" in members:
            self.form_body(request, (members.get("form") or members["multipart"])[1])
        elif "data" in members:
            self.set_body(request, members["data"][1], "json")
        else:
            request.bodiless = True
        return request


    def _resolved_url(self, node: Node | None, base: Text | Unknown | None) -> Text | None:
        """A URL as `new URL(url, base)` reads it (Playwright's baseURL): one with a scheme is itself; with no base it
        is as written; against a base known whole, resolved (`/x` replaces the base's path, `x` replaces its last
        segment); against a base not known, its host (and, unless it starts with `/`, its path) is not known."""
        url = self.text(node)
        if not isinstance(url, Text) or base is None or "://" in url.known_prefix():
            return url if isinstance(url, Text) else None
        if isinstance(base, Text) and base.value is not None and url.value is not None:
            return Text.known(urllib.parse.urljoin(base.value, url.value), url.span)
        return Text((Unknown(), *url.parts), url.span)


#: The methods `cy.request(method, url)` takes as its first argument.
_CYPRESS_METHODS = frozenset({"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE", "COPY", "LOCK",
                              "MKCOL", "MOVE", "PURGE", "PROPFIND", "PROPPATCH", "UNLOCK", "REPORT", "MKACTIVITY",
                              "CHECKOUT", "MERGE", "M-SEARCH", "NOTIFY", "SUBSCRIBE", "UNSUBSCRIBE", "SEARCH", "CONNECT"})


def _is_static(member: Node) -> bool:
    """Whether a class member (a field, a method, a block) is written `static`."""
    return any(part.type == "static" for part in member.children)


def _joined(prefix: Text | Unknown, url: Text) -> Text:
    """ky/got `prefixUrl` (or request's `baseUrl`) joined to a URL, with one slash between them."""
    if url.known_prefix().startswith(("http://", "https://")):
        return url
    parts = prefix.parts if isinstance(prefix, Text) else (prefix,)
    last = parts[-1] if parts else ""
    tail = url.parts
    if isinstance(last, str) and last.endswith("/") and tail and isinstance(tail[0], str) and tail[0].startswith("/"):
        tail = (tail[0][1:], *tail[1:])
    elif not (isinstance(last, str) and last.endswith("/")) and not url.known_prefix().startswith("/"):
        tail = ("/", *tail)
    return Text((*parts, *tail), url.span)


def _path_joined(pieces: list[Text | Unknown], call: Node, span: Offsets, source: SourceText) -> Text | Unknown:
    """`path.join(base, 'api/v2', 'flows/executions')`: the pieces with one `/` between them (an empty one left out); a
    `.` or `..` step is not resolved (unknown). A `scheme://` is kept whole: path.join writes `https:/host`, which a
    URL parser (fetch's, axios's) reads as `https://host` again."""
    parts: list[str | Unknown] = []
    for piece in pieces:
        written = piece.parts if isinstance(piece, Text) else (piece,)
        if any(step in (".", "..") for part in written if isinstance(part, str) for step in part.split("/")[1:-1]) \
                or any(isinstance(part, str) and (part.startswith(("./", "../")) or part in (".", "..")
                                                  or part.endswith(("/.", "/.."))) for part in written):
            return Unknown(source.source(call))
        if written == ("",):
            continue
        if parts:
            last, first = parts[-1], written[0]
            if isinstance(last, str):
                parts[-1] = last = last.rstrip("/")
            if isinstance(first, str):
                written = (first.lstrip("/"), *written[1:])
            parts.append("/")
        parts.extend(written)
    return Text(tuple(part for part in parts if part != ""), span)


def _unescape(escape: str) -> str | None:
    """A JavaScript escape sequence's text; None for one flowlint does not read."""
    body = escape[1:]
    if not body:
        return None
    if body[0] in _ESCAPES and not body[1:]:
        return _ESCAPES[body[0]]
    if body[0] in "\r\n\u2028\u2029":
        return ""  # a line continuation
    try:
        if body[0] == "x" and len(body) == 3:
            return chr(int(body[1:], 16))
        if body[0] == "u":
            digits = body[2:-1] if body[1:2] == "{" else body[1:]
            return chr(int(digits, 16))
    except ValueError:
        return None
    return body if len(body) == 1 else None


def _kept_members(value: Any, keys: frozenset[str]) -> Any:
    """`value` with only the object members named in `keys`, at every depth (JSON.stringify's array replacer)."""
    if isinstance(value, dict):
        kept = copy.copy(value)
        kept.clear()
        kept.update((name, _kept_members(member, keys)) for name, member in value.items() if name in keys)
        return kept
    if type(value) is list:
        return [_kept_members(item, keys) for item in value]
    return value


#: The least integer JavaScript reads as Infinity: halfway past the largest double, where rounding goes up.
_PAST_DOUBLE = 2**1024 - 2**970


def _as_javascript_holds(number: Any, written: str) -> Any:
    """A numeric literal's value as JavaScript holds it: an integer past 2**53 that no double holds exactly is the double
    it rounds to, as JSON.stringify writes it (up to 1e21, its digits; past that it writes an exponent, kept as is)."""
    if type(number) is int and abs(number) >= _PAST_DOUBLE:  # read as Infinity: None, so non_finite says so (FL014)
        return None
    if type(number) is float and number.is_integer() and abs(number) < 1e21:
        # JavaScript has one number type: `2.0` and `1e3` are the numbers 2 and 1000, and JSON.stringify writes them so.
        from decimal import Decimal

        number = int(Decimal(repr(number)))
    if type(number) is not int or abs(number) <= 2**53 or abs(number) >= 10**21 or float(number) == number:
        return number
    from decimal import Decimal  # (rare: imported here, not by every run that reads a JavaScript file)

    return RoundedInteger(int(Decimal(repr(float(number)))), written)


#: superagent's short names for `.type()` (request.types); another value is the type itself.
#: What code handed an XMLHttpRequest (or jQuery's jqXHR) may read or set on it and leave what it sends as it was.
_XHR_UNCHANGED = frozenset({"withCredentials", "timeout", "responseType", "overrideMimeType", "upload", "addEventListener",
                            "removeEventListener", "readyState", "status", "statusText", "response", "responseText",
                            "responseXML", "responseURL", "getResponseHeader", "getAllResponseHeaders"})
_SUPERAGENT_TYPES = {"json": "application/json", "form": "application/x-www-form-urlencoded",
                     "urlencoded": "application/x-www-form-urlencoded", "form-data": "application/x-www-form-urlencoded",
                     "html": "text/html", "xml": "text/xml"}


def _in_object(node: Node) -> bool:
    above = parent_of(node)
    return above is not None and above.type == "object"


def _held(literal: Node) -> Iterator[Node]:
    """The literals (_CONTAINERS) a literal holds directly, or through an object it holds: a pair's value, an array's
    items; an object's pairs and shorthands (each held in an object)."""
    if literal.type not in ("pair", "array"):
        return
    for child in (literal.child_by_field_name("value"),) if literal.type == "pair" else literal.named_children:
        if child is None:
            continue
        if child.type == "object":
            yield from (member for member in child.named_children
                        if member.type in ("pair", "shorthand_property_identifier"))
        elif child.type == "array":
            yield child
