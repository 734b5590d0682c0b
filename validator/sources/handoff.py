"""Whether code a launch body is handed to (`validate(body)`, `normalize(body)`) may change it in place.

A body handed to a function before it is sent keeps the values it is written with only when that function provably
never writes it: a library reader known exactly (`json.dumps`, `jsonschema.validate`, `console.log`, `JSON.stringify`),
or a function defined in the same file whose every use of the parameter only reads it. Everything else (an import, a
method of an object not followed, a use not understood) may change it: its values are then not judged, and the reason
(where, and why) is said under `check -v`.

The question is asked of a function once per parameter (memoized: linear in the file), and answered conservatively:
a write, a mutating method, a hand-off to anything not itself read-only, a return or store of the object or of a part
of it, a recursion, a decorator, `eval`/`locals()`/`arguments`, a name defined twice: not read-only.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from .code import EVERY_KEY, KEYS_ALL_READ, KEYS_HANDED_AWAY, KEYS_NOT_READ

if TYPE_CHECKING:
    from tree_sitter import Node

    from .code import CodeReader

#: Where code may change an object handed to it, and what it does there ("changes it", "hands it on to `fill()`…").
Why = tuple["Node", str]
#: What a call does to an argument: READS it (its result holds nothing of it), reads it and RETURNS a part of it (the
#: result is followed as the object), or may change it (a Why).
READS = "reads"
RETURNS = "returns"
#: A launch body's members whose values are never objects a callee could change in place: `audit(body["flowId"])`.
_SCALAR_MEMBERS = frozenset({"flowId", "flowVersion", "name"})
#: Why a call is not followed into.
_UNSEEN = "which flowlint does not follow (it is no function defined in this file, nor a reader it knows)"
_TWICE = "a name this file defines more than once"
#: What a use of the object does that surely changes it: preferred, as the reason said, to a hand-off not followed.
_WRITES = ("changes it", "assigns to it", "deletes a member of it", "calls `.")
_UNMAPPED = "in a place flowlint does not map to a parameter"
_DEPTH = 64  # nodes climbed from one use of the object (a deeper expression: not followed)
_CHAIN = 16  # functions followed one inside another (each a few Python frames: a long chain is no recursion error)

# -- Python -------------------------------------------------------------------------------------------------------
#: Builtins that read their arguments and return nothing of them (when the file binds no such name).
_PY_READERS = frozenset({
    "print", "len", "isinstance", "issubclass", "str", "repr", "int", "float", "bool", "type", "id", "hash", "callable",
    "hasattr", "abs", "round", "format", "ascii", "ord", "chr", "bin", "oct", "hex", "divmod", "any", "all",
    "ValueError", "TypeError", "KeyError", "IndexError", "RuntimeError", "Exception", "AssertionError", "LookupError"})
#: Builtins that read their arguments and return them or their parts (a copy's items are the original's).
_PY_RETURNERS = frozenset({"list", "tuple", "dict", "set", "frozenset", "sorted", "reversed", "iter", "next",
                           "enumerate", "zip", "min", "max", "getattr"})
#: Library functions, by what the file's imports make them, that only read their arguments.
_PY_LIBRARY_READERS = frozenset({
    "json.dumps", "json.dump", "copy.deepcopy", "jsonschema.validate", "pprint.pprint", "pprint.pformat", "uuid.UUID",
    *(f"re.{function}" for function in ("match", "fullmatch", "search", "findall", "finditer", "sub", "subn", "split")),
    *(f"logging.{level}" for level in ("debug", "info", "warning", "warn", "error", "exception", "critical", "log"))})
_PY_LIBRARY_RETURNERS = frozenset({"copy.copy"})
#: A logger's methods (on `logging.getLogger(…)`) and a jsonschema validator's (on `jsonschema.Draft7Validator(…)`).
_PY_LOGGER_METHODS = frozenset({"debug", "info", "warning", "warn", "error", "exception", "critical", "log"})
_PY_VALIDATOR_METHODS = frozenset({"validate", "iter_errors", "is_valid"})
_PY_PATTERN_METHODS = frozenset({"match", "fullmatch", "search", "findall", "finditer", "sub", "subn", "split"})
#: Methods that only read the object they are called on, and return nothing of it (dict, list and str methods).
_PY_READING_METHODS = frozenset({
    "keys", "count", "index", "startswith", "endswith", "lower", "upper", "casefold", "strip", "lstrip", "rstrip",
    "split", "rsplit", "splitlines", "isdigit", "isnumeric", "isdecimal", "isalpha", "isalnum", "isspace", "isupper",
    "islower", "isidentifier", "format", "encode", "decode", "replace", "find", "rfind", "partition", "rpartition",
    "isoformat", "strftime", "is_integer", "__contains__", "__len__", "removeprefix", "removesuffix", "title", "zfill"})
#: Methods that read the object and return parts of it (followed as the object).
_PY_RETURNING_METHODS = frozenset({"get", "values", "items", "copy", "__getitem__"})
#: Names that reach a function's locals (and so its parameter) by other ways than its name.
_PY_OPAQUE = ("eval", "exec", "locals", "vars", "globals")
_PY_PLAIN_DECORATORS = frozenset({"staticmethod", "classmethod"})
_PY_PASSED = frozenset({"parenthesized_expression", "await"})
_PY_CONTAINERS = frozenset({"list", "tuple", "set", "expression_list", "dictionary", "list_comprehension",
                            "set_comprehension", "dictionary_comprehension", "generator_expression"})
_PY_READ_PLACES = frozenset({"expression_statement", "if_statement", "elif_clause", "while_statement", "assert_statement",
                             "comparison_operator", "not_operator", "unary_operator", "interpolation", "slice",
                             "if_clause", "format_expression", "case_clause", "match_statement"})
_PY_TARGETS = frozenset({"pattern_list", "tuple_pattern", "list_pattern"})

# -- JavaScript ------------------------------------------------------------------------------------------------
#: Globals (when the file binds no such name) that read their arguments and return nothing of them.
_JS_READERS = frozenset({"String", "Number", "Boolean", "parseInt", "parseFloat", "isNaN", "isFinite", "encodeURIComponent",
                         "encodeURI", "structuredClone", "JSON.stringify", "Object.keys", "Array.isArray",
                         "Number.isInteger", "Number.isFinite", "Number.isNaN", "Number.isSafeInteger"})
_JS_RETURNERS = frozenset({"Object.values", "Object.entries", "Object.fromEntries", "Array.from", "Array.of"})
#: Methods that only read the object they are called on, and return nothing of it.
_JS_READING_METHODS = frozenset({
    "hasOwnProperty", "includes", "indexOf", "lastIndexOf", "startsWith", "endsWith", "toString", "toFixed", "toPrecision",
    "toLowerCase", "toUpperCase", "toLocaleLowerCase", "toLocaleUpperCase", "trim", "trimStart", "trimEnd", "split",
    "join", "charAt", "charCodeAt", "codePointAt", "padStart", "padEnd", "match", "matchAll", "search", "localeCompare",
    "toISOString", "toJSON", "getTime", "normalize", "repeat", "replace", "replaceAll", "substring", "substr", "keys",
    "toLocaleString", "propertyIsEnumerable"})
#: Methods that read the object and return parts of it (followed as the object).
_JS_RETURNING_METHODS = frozenset({"slice", "concat", "at", "flat", "values", "entries", "toSorted", "toReversed"})
#: Methods that read the object and hand its items to a callback (whose parameters are followed as the object), and
#: whether what they return holds its items.
_JS_ITERATING_METHODS = {"forEach": False, "some": False, "every": False, "findIndex": False, "findLastIndex": False,
                         "map": True, "filter": True, "find": True, "findLast": True, "flatMap": True, "reduce": True,
                         "reduceRight": True}
_JS_OPAQUE = ("eval", "arguments", "Function")
#: Globals that change their first argument in place, and how the keys they write are given: in the object literals of
#: the other arguments (`Object.assign(b, {name})`), in the second argument as a string (`Reflect.deleteProperty(b,
#: 'inputs')`), or not at all (any key may change).
_JS_MUTATORS = {"Object.assign": "objects", "Object.defineProperties": "objects", "Object.defineProperty": "key",
                "Reflect.defineProperty": "key", "Reflect.deleteProperty": "key", "Reflect.set": "key",
                "Object.setPrototypeOf": "", "Reflect.setPrototypeOf": ""}
_JS_PASSED = frozenset({"parenthesized_expression", "await_expression", "non_null_expression", "as_expression",
                        "satisfies_expression", "type_assertion", "sequence_expression"})
_JS_FUNCTIONS = frozenset({"function_declaration", "generator_function_declaration", "function_expression", "function",
                           "arrow_function", "generator_function", "method_definition"})
_JS_READ_PLACES = frozenset({"expression_statement", "if_statement", "while_statement", "do_statement", "switch_statement",
                             "switch_case", "template_substitution", "computed_property_name", "spread_element_in_call"})


def _line(node: Node) -> int:
    return node.start_point[0] + 1


class _KeysWritten(str):
    """A reason a function may change an object, every change of which is a write the walk read (`b["inputs"] = …`,
    `del b["inputs"]`, `b.pop("inputs")`, `b["inputData"]["Flow.x"] = str(…)`): said as any reason; `keys` are the
    object's own keys those writes may add, replace, rename or remove (EVERY_KEY: any of them; none: only values below
    its members' keys are written); `returned`: the function returns the object (or a part), which only the code given
    its result may change; `read`: how much of its changes was read (KEYS_ALL_READ; KEYS_HANDED_AWAY: all but a hand-off
    to code not followed at all; KEYS_NOT_READ: a change not understood). Found by the one walk that finds the reason
    (`keys_written`)."""

    label: Label

    def __new__(cls, text: str, keys: frozenset[str], returned: bool = False, read: int = KEYS_ALL_READ) -> _KeysWritten:
        made = super().__new__(cls, text)
        made.label = (keys, returned, read)
        return made


#: What a walk read of the changes it saw: the keys they may write, whether the object is returned, how much of them it
#: read (the worst wins).
Label = tuple[frozenset[str], bool, int]
_UNREAD: Label = (frozenset(), False, KEYS_NOT_READ)  # a change not read: what a plain reason says


def _written(why: Why) -> Label:
    """What a reason's changes may write (a plain reason: a change the walk does not read)."""
    return why[1].label if isinstance(why[1], _KeysWritten) else _UNREAD


def _relabeled(why: Why, text: str) -> Why:
    """The reason said anew (where, through which call), of the same kind."""
    label = _written(why)
    return why[0], text if label == _UNREAD else _KeysWritten(text, *label)


def _labeled(why: Why | None, label: Label) -> Why | None:
    """A reason, labelled with what all the changes seen may write (the reason said may be one change of many)."""
    if why is None or _written(why) == label:
        return why
    return why[0], str(why[1]) if label == _UNREAD else _KeysWritten(why[1], *label)


class _Walk:
    """What one walk of a function (or of the code around a call) knows beyond its queue: the bindings it follows that
    are the whole object (its parameter, `c = b`), in whose own members a part may be stored back (`stored_back`); and
    the callbacks whose results are in a call's result it follows (`.map(cb)` on a part: what `cb` returns is followed
    there)."""

    __slots__ = ("feeding", "wholes")

    def __init__(self) -> None:
        self.wholes: set[tuple[int, str]] = set()
        self.feeding: set[int] = set()


class HandOffs:
    """Whether the calls of one file that are handed an object may change it (see the module's docstring)."""

    #: How the language writes `x.name = …`: the attribute node, its name's field, the assignments.
    ATTRIBUTE: tuple[str, str, tuple[str, ...]] = ("attribute", "attribute", ("assignment", "augmented_assignment"))

    def __init__(self, reader: CodeReader, reads_only: frozenset[str]) -> None:
        self.reader = reader
        self.reads_only = reads_only  # the reader's table of readers by last name (`post`, `stringify`, `info`)
        self._functions: dict[tuple[int, int, bool], Why | None] = {}  # (function, parameter, whole body) -> why
        self._open: set[tuple[int, int, bool]] = set()
        #: (call, argument, whole body) -> what the call does to it, asked at the top (`changes` and `keys_written` of
        #: the same launch ask it both: one walk answers them).
        self._tops: dict[tuple[int, int, bool], str | Why] = {}
        self._defined: dict[str, int] = {}  # a function name -> how many definitions the file writes of it
        self._walking: list[Node] = []  # the functions being walked, innermost last
        #: The walks being done, innermost last (see _Walk).
        self._walks: list[_Walk] = []

    #: The node kinds of a member read (`b.x`, `b["x"]`), and of what wraps a value without changing it.
    MEMBERS: frozenset[str] = frozenset({"attribute", "subscript"})
    WRAPPERS: frozenset[str] = frozenset({"parenthesized_expression"})

    # -- the question asked of a call -------------------------------------------------------------------------
    def changes(self, call: Node, argument: Node, whole: bool) -> str | None:
        """Why this call may change the object `argument` is (an argument of it, as written), said after "`body` is
        handed to `f()` (line 4), ", or None when it provably only reads it. `whole`: the argument is a launch body
        itself (not one of its members)."""
        done = self._top(call, argument, whole)
        if isinstance(done, str):
            return None
        hops = done[1].split(", which ")
        return done[1] if len(hops) <= 3 else ", which ".join((hops[0], "…", hops[-1]))  # a long chain: its ends

    def keys_written(self, call: Node, argument: Node, whole: bool) -> tuple[frozenset[str], int]:
        """The keys of a launch body (`whole`) that this call may add, replace, rename or remove (EVERY_KEY among them:
        any), as the writes of the functions it follows say; empty when it only reads it or writes values below them;
        and how much of its changes was read: all; all but a hand-off to code not followed at all, or the
        argument not the whole body (its own keys are not written there); or not (a change of a followed function not
        understood: any key may be rewritten)."""
        done = self._top(call, argument, whole)
        if isinstance(done, str):
            return frozenset(), KEYS_ALL_READ
        if not whole:
            return frozenset(), KEYS_HANDED_AWAY
        label = _written(done)
        return label[0], label[2]

    def _top(self, call: Node, argument: Node, whole: bool) -> str | Why:
        """What a call does to the object an argument of it is (see `call`), asked once per call and argument."""
        key = (call.id, argument.id, whole)
        done = self._tops.get(key)
        if done is None:
            done = self._tops[key] = self.call(call, argument, whole, top=True)
        return done

    def written_key(self, use: Node, whole: bool, target: Node) -> tuple[int, str | None] | None:
        """How many member reads down from the launch body `use` names (`whole`) a written `target` is (`b["inputData"][
        "Flow.x"]`: 2), and the key of the body's member it is in (EVERY_KEY: one not written literally; None: no key,
        an attribute); None when `target` is not a member read of it."""
        if not whole:
            return None
        root, steps, key = self._member_root(target, use)
        return (steps, key) if root == use and steps else None

    def _member_root(self, node: Node, stop: Node | None = None) -> tuple[Node | None, int, str | None]:
        """What the member reads (and wrappers) `node` is made of are read from (`b` in `(b["x"]).y`; `stop` when they
        reach it), how many member reads down from it `node` is and the key of its member they are in (see
        written_key); None for the root when a read has no object or the chain is deeper than followed."""
        steps = 0
        key: str | None = None
        for _ in range(_DEPTH):
            if node == stop:
                return node, steps, key
            if node.type in self.MEMBERS:
                inner = node.child_by_field_id(self.reader.fields.object) or node.child_by_field_id(self.reader.fields.value)
                steps += 1
                key = self.member_key(node)
            elif node.type in self.WRAPPERS and node.named_children:
                inner = node.named_children[0]
            else:
                return node, steps, key
            if inner is None:
                return None, steps, key
            node = inner
        return None, steps, key

    def key_write(self, use: Node, whole: bool, target: Node, at: Node, text: str) -> Why:
        """Why a write at `at` to `target` changes the body: labelled with the key of the body's member it writes in
        when `target` is a member read of the launch body `use` names (a value below it, assigned: no key)."""
        found = self.written_key(use, whole, target)
        if found is None:
            return at, text
        depth, key = found
        if depth >= 2 and at.type in ("assignment", "augmented_assignment", "assignment_expression",
                                      "augmented_assignment_expression") \
                and at.child_by_field_id(self.reader.fields.left) == target:
            return at, _KeysWritten(text, frozenset())  # a value below a member's key: every key still sent
        return (at, text) if key is None else (at, _KeysWritten(text, frozenset({key})))

    def moved(self, use: Node, whole: bool, part: Node, left: Node, at: Node) -> Why | None:
        """`b["inputData"] = b["inputs"]`: a member of the launch body `use` names (`whole`) stored in a member of the
        same object, labelled with both keys; None for any other store."""
        source = self.written_key(use, whole, part)
        if source is None or source[1] is None:
            return None
        root, _, key = self._member_root(left)
        written = self.reader.source.raw(use)
        if root is None or root == left or key is None or root.type != use.type \
                or self.reader.source.raw(root) != written \
                or self.reader.bindings.key(written, root) != self.reader.bindings.key(written, use):
            return None
        return at, _KeysWritten(f"stores it in `{self.reader.source.source(left, 40)}`, where other code may change it",
                                frozenset({source[1], key}))

    def stored_back(self, left: Node, at: Node) -> Why | None:
        """`b["inputData"] = {f"Flow.{k}": v for k, v in b["inputData"].items()}`: the object or a part of it stored at
        `at` in a member of a name the walk follows as the whole launch body, labelled with the key of the body's member
        written (a value below a member's key: none). What is stored stays inside the body, whose every other use is
        followed; None for any other store (it may reach code not followed)."""
        wholes = self._walks[-1].wholes if self._walks else None
        if not wholes:
            return None
        root, steps, key = self._member_root(left)
        if root is None or not steps or root.type not in self.reader.name_types:
            return None
        written = self.reader.bindings.key(self.reader.source.raw(root), root)
        if written[0] == -1 or written not in wholes:
            return None
        said = f"stores it in `{self.reader.source.source(left, 40)}`, a member of the body itself"
        if steps >= 2:
            return at, _KeysWritten(said, frozenset())
        return None if key is None else (at, _KeysWritten(said, frozenset({key})))

    def returned(self, at: Node, whole: bool) -> Why | None:
        """The object (`whole`: a launch body) or a part returned at `at` (a `return`, an arrow's expression body): by the
        function walked itself, labelled so (only the code given its result may change it); by a callback whose
        results the call it is given to returns, which this walk follows (`.map(([k, v]) => [k, v])`), nothing more
        (None); by another function inside it, not known where it goes."""
        walked = self._walking[-1] if self._walking else None
        function = at if at.type == "arrow_function" else self.reader.enclosing_function(at)
        if function is not None and self._walks and function.id in self._walks[-1].feeding:
            return None
        said = "returns it (or a part of it) to code that may change it"
        if whole and walked is not None and (
                at == walked if at.type == "arrow_function" else
                at.type == "return_statement" and self.reader.enclosing_function(at) == walked):
            return at, _KeysWritten(said, frozenset(), True)
        return at, said

    def member_key(self, member: Node) -> str | None:
        """The key a member read (`b["x"]`, `b.x`) names: EVERY_KEY when not written literally, None for no key."""
        raise NotImplementedError

    def call(self, call: Node, argument: Node, whole: bool, *, top: bool = False) -> str | Why:
        """READS, RETURNS or why the call may change the object `argument` is (below the top: "hands it on to …")."""
        known = self.library(call, argument, top=top)
        if known == RETURNS and top:
            # `items = Object.entries(body.inputData)`: where the parts it returns go, in the code around the call
            region = self.reader.enclosing_function(call) or self.reader.root
            why = self._followed(region, [], call)
            return READS if why is None else (why[0], f"which returns parts of it, and the code given them {why[1]!s}")
        if known is not None:
            return known
        callee = call.child_by_field_id(self.reader.fields.function)
        shown = f"`{self.reader.source.source(callee, 40)}()`" if callee is not None else f"`{self.reader.source.source(call, 40)}`"
        if whole and not top and (mutated := self.mutator(call, argument)) is not None:
            return mutated
        found = self.target(call, argument)
        if isinstance(found, str):  # code not followed at all
            return call, _KeysWritten(found if top else f"hands it on to {shown} (line {_line(call)}), {found}",
                                      frozenset(), False, KEYS_HANDED_AWAY)
        why = self.function(found[0], found[1], whole)
        if why is None:
            return READS
        keys, returned, read = _written(why)
        if returned and not self.result_dropped(call):  # what its result is given may change it
            read = max(read, KEYS_HANDED_AWAY)
        said = f"which {why[1]}" if top else f"hands it on to {shown} (line {_line(call)}), which {why[1]}"
        return why[0], _KeysWritten(said, keys, False, read)

    def mutator(self, call: Node, argument: Node) -> Why | None:
        """Why a library function known to change its first argument in place changes the object `argument` is (the
        whole of it), labelled with the keys it writes; None for any other call."""
        return None

    def result_dropped(self, call: Node) -> bool:
        """Whether what a call returns is not kept (`fix(body)` as a statement, awaited or not)."""
        above = call.parent
        while above is not None and above.type in ("await", "await_expression", "parenthesized_expression"):
            above = above.parent
        return above is not None and above.type == "expression_statement"

    def function(self, function: Node, parameters: list[Node], whole: bool) -> Why | None:
        """Why `function` may change the object its `parameters` (the names one parameter binds) are given."""
        key = (function.id, parameters[0].start_byte if parameters else -1, whole)
        if key in self._functions:
            return self._functions[key]
        if key in self._open:
            return function, "calls itself with it (a recursion flowlint does not follow)"
        if len(self._open) >= _CHAIN:
            return function, f"hands it on through more than {_CHAIN} functions, more than flowlint follows"
        self._open.add(key)
        self._walking.append(function)
        try:
            why = self._in(function, parameters, whole)
        finally:
            self._open.discard(key)
            self._walking.pop()
        self._functions[key] = why
        return why

    def _in(self, function: Node, parameters: list[Node], whole: bool) -> Why | None:
        opaque = self.opaque(function)
        if opaque is not None:
            return opaque
        return self._followed(function, [(parameter, whole) for parameter in parameters])

    def _followed(self, function: Node, names: list[tuple[Node, bool]], result: Node | None = None) -> Why | None:
        """Why code of `function` (a function, or the file) may change the object its `names` are bound to, or the
        object parts of which a call's `result` holds."""
        self._walks.append(_Walk())
        try:
            return self._walk(function, names, result)
        finally:
            self._walks.pop()

    def _walk(self, function: Node, names: list[tuple[Node, bool]], result: Node | None) -> Why | None:
        reader = self.reader
        wholes = self._walks[-1].wholes
        first, last = function.start_byte, function.end_byte
        keys: set[tuple[int, str]] = set()
        queue: list[tuple[str, tuple[int, str], bool]] = []
        binding: set[int] = set()  # where the names followed are bound (not a use of them)

        def track(name: Node, is_whole: bool) -> Why | None:
            """A name bound to the object (or a part of it) in the function: followed as it is."""
            written = reader.source.raw(name)
            scope = reader.bindings.binder(written, name)
            if scope is None and self.declared_here(name):
                key = (-1, written)  # bound where it is declared, a scope the readers' index does not keep
            elif scope is None or not first <= scope.start_byte < last:
                return name, f"stores it in `{written}`, which code outside it may change"
            else:
                key = (scope.id, written)
            binding.add(name.start_byte)
            if is_whole:
                wholes.add(key)
            if key not in keys:
                keys.add(key)
                queue.append((written, key, is_whole))
            return None

        for name, whole in names:
            track(name, whole)
        said: Why | None = None  # the first use that surely changes it: the reason said
        first_why: Why | None = None  # else the first use that may
        touched: Label = (frozenset(), False, KEYS_ALL_READ)  # what every change seen may write (`keys_written`)

        def seen(why: Why) -> bool:
            """A use that may change the object: whether the walk can stop (the reason said and the keys not known)."""
            nonlocal said, first_why, touched
            if "(line " not in why[1]:  # said where (a hand-off's reason says its own places)
                why = _relabeled(why, f"{why[1]} (line {_line(why[0])})")
            written = _written(why)
            touched = (touched[0] | written[0], touched[1] or written[1], max(touched[2], written[2]))
            if why[1].startswith(_WRITES):
                said = said or why
                return touched[2] == KEYS_NOT_READ  # (past a hand-off not followed, the keys written are still read)
            first_why = first_why or why
            return False

        if result is not None:
            why = self.climb(result, False, track)
            if why is not None and seen(why):
                return _labeled(said or first_why, touched)
        while queue:
            written, key, is_whole = queue.pop()
            for use in self.uses(function, written):
                if use.parent is not None and use.parent.type == "nonlocal_statement":
                    rebound = use, f"lets a nested function rebind `{written}` (`nonlocal`), which flowlint does not follow"
                    return rebound if said is None else _labeled(said, (touched[0], touched[1], KEYS_NOT_READ))  # a write seen first
                if use.start_byte not in binding and reader.bindings.key(written, use) == key:
                    why = self.climb(use, is_whole, track)
                    if why is not None and seen(why):
                        return _labeled(said or first_why, touched)
        return _labeled(said or first_why, touched)

    def uses(self, function: Node, name: str) -> Iterator[Node]:
        """The nodes naming `name` in the function's body (not its parameters, not a member's name)."""
        reader = self.reader
        body = reader_body(reader, function)
        if body is None:
            return
        starts = reader._mentions(name)
        size = len(name.encode())
        for at in starts[bisect.bisect_left(starts, body.start_byte):bisect.bisect_left(starts, body.end_byte)]:
            node = reader.root.descendant_for_byte_range(at, at + size)
            if node is not None and node.start_byte == at and node.end_byte == at + size and self.names(node):
                yield node

    def own(self, callee: Node) -> bool:
        """Whether a callee is a function of this file though its name is in the readers' table (`def log(b)` called
        `log(b)`): then it is followed, not taken for the library's by its name."""
        name = self.reader.may_be_own(callee)
        return name is not None and self.defined(name) > 0

    def defined(self, name: str) -> int:
        """How many functions (or methods) of this name the file defines."""
        if name not in self._defined:
            reader = self.reader
            size = len(name.encode())
            count = 0
            for at in reader._mentions(name):
                node = reader.root.descendant_for_byte_range(at, at + size)
                if node is not None and node.parent is not None and self.defines(node.parent, node):
                    count += 1
            self._defined[name] = count
        return self._defined[name]

    # -- what a language says --------------------------------------------------------------------------------
    def set_as_attribute(self, name: str) -> bool:
        """Whether the file assigns an attribute or member of this name (`self.check = …`, `this.check = …`): an
        instance's own replaces a method."""
        reader = self.reader
        member, field, assignments = self.ATTRIBUTE
        field_id = getattr(reader.fields, field)
        size = len(name.encode())
        for at in reader._mentions(name):
            node = reader.root.descendant_for_byte_range(at, at + size)
            above = node.parent if node is not None else None
            if above is not None and above.type == member and above.child_by_field_id(field_id) == node \
                    and above.parent is not None and above.parent.type in assignments \
                    and above.parent.child_by_field_id(reader.fields.left) == above:
                return True
        return False

    def library(self, call: Node, argument: Node, *, top: bool) -> str | None:
        """READS or RETURNS for a call of a library reader known exactly (and, below the top, of the readers' table)."""
        raise NotImplementedError

    def target(self, call: Node, argument: Node) -> tuple[Node, list[Node]] | str:
        """The same-file function a call calls and the names the argument binds there, or why it is not followed
        (a clause: "which flowlint cannot see into…")."""
        raise NotImplementedError

    def opaque(self, function: Node) -> Why | None:
        """Why a function's parameter may be reached by other ways than its name (a decorator, eval), if so."""
        raise NotImplementedError

    def names(self, node: Node) -> bool:
        """Whether a node holding a name's text is a use of that name (not a member's or keyword's name)."""
        raise NotImplementedError

    def defines(self, parent: Node, name: Node) -> bool:
        """Whether `name` is the name `parent` defines a function by."""
        raise NotImplementedError

    def climb(self, use: Node, whole: bool, track: Callable[[Node, bool], Why | None]) -> Why | None:
        """Why what is done with the object at this use may change it (None: it is only read)."""
        raise NotImplementedError

    def declared_here(self, name: Node) -> bool:
        """Whether a name the readers' index binds nowhere is declared where it stands, for the block it is in."""
        return False

    def unbound(self, name: str, at: Node) -> bool:
        """Whether the file binds no such name where it is used (a builtin or a global is what it says)."""
        return self.reader.bindings.binder(name, at) is None


def _jsonschema_validator(meaning: str) -> bool:
    """`jsonschema.Draft7Validator`, `jsonschema.validators.Draft202012Validator`: a validator class that only reads
    (no regular expression: compiling one costs more at import than this module's whole load)."""
    draft = meaning.removeprefix("jsonschema.").removeprefix("validators.")
    return meaning.startswith("jsonschema.") and draft.startswith("Draft") and draft.endswith("Validator") \
        and draft[5:-9].isdigit()


def reader_body(reader: CodeReader, function: Node) -> Node | None:
    """A function's body (the file's, for the file)."""
    return function if function == reader.root else function.child_by_field_id(reader.fields.body)


class PythonHandOffs(HandOffs):
    """Python's functions, methods (`self.m(…)`) and readers."""

    def library(self, call: Node, argument: Node, *, top: bool) -> str | None:
        reader = self.reader
        f = reader.fields
        callee = call.child_by_field_id(f.function)
        if callee is None:
            return None
        written = reader.source.raw(callee).replace(" ", "")
        if written.rsplit(".", 1)[-1] in self.reads_only and not self.own(callee):
            return READS
        if callee.type == "identifier" and self.unbound(written, callee):
            return READS if written in _PY_READERS else RETURNS if written in _PY_RETURNERS and not self.calls_back(call) \
                else None
        meaning = reader.meaning(written, callee)  # type: ignore[attr-defined]
        if meaning == "jsonschema.validate" and not self.plain_validate(call):
            return None  # `cls=` a validator class of the file's (one extended to fill defaults writes the instance)
        if meaning in _PY_LIBRARY_READERS:
            return READS
        if meaning in _PY_LIBRARY_RETURNERS:
            return RETURNS
        if callee.type == "attribute":
            owner = callee.child_by_field_id(f.object)
            method = reader.source.raw(callee.child_by_field_id(f.attribute) or callee)
            made = reader.bindings.resolve(reader.source.raw(owner), owner) if owner is not None \
                and owner.type == "identifier" else None
            made = reader.unwrap(made) if made is not None else None
            maker = made.child_by_field_id(f.function) if made is not None and made.type == "call" else None
            made_by = reader.meaning(reader.source.raw(maker).replace(" ", ""), maker) if maker is not None else None  # type: ignore[attr-defined]
            if method in _PY_LOGGER_METHODS and made_by == "logging.getLogger":
                return READS
            if method in _PY_VALIDATOR_METHODS and made_by is not None and _jsonschema_validator(made_by):
                return READS
            if method in _PY_PATTERN_METHODS and made_by == "re.compile":
                return READS
        return None

    def plain_validate(self, call: Node) -> bool:
        """`jsonschema.validate(instance, schema)` with the validator its schema names: no `cls` (third argument)."""
        arguments = call.child_by_field_id(self.reader.fields.arguments)
        given = [a for a in arguments.named_children if a.type != "comment"] if arguments is not None else []
        return len(given) <= 3 and not any(
            a.type in ("list_splat", "dictionary_splat") or (a.type == "keyword_argument" and self.reader.source.raw(
                a.child_by_field_id(self.reader.fields.name) or a) == "cls") for a in given) \
            and sum(a.type != "keyword_argument" for a in given) <= 2

    def calls_back(self, call: Node) -> bool:
        """Whether a builtin is given a function it calls with the items (`sorted(x, key=…)`, `max(x, key=…)`)."""
        arguments = call.child_by_field_id(self.reader.fields.arguments)
        return arguments is not None and any(a.type in ("keyword_argument", "lambda") for a in arguments.named_children)

    def target(self, call: Node, argument: Node) -> tuple[Node, list[Node]] | str:
        reader = self.reader
        f = reader.fields
        callee = call.child_by_field_id(f.function)
        function: Node | None = None
        through = ""
        name = ""
        if callee is not None and callee.type == "identifier":
            name = reader.source.raw(callee)
            function = reader.bindings.resolve(name, callee)
            for _ in range(8):  # `check = _check`: the function a name is bound to
                if function is None or function.type != "identifier":
                    break
                function = reader.bindings.resolve(reader.source.raw(function), function)
        elif callee is not None and callee.type == "attribute":
            owner, attribute = callee.child_by_field_id(f.object), callee.child_by_field_id(f.attribute)
            if owner is not None and attribute is not None and reader.source.raw(owner) in ("self", "cls"):
                name, through = reader.source.raw(attribute), reader.source.raw(owner)
                function = reader.method(call, name)  # type: ignore[attr-defined]
            elif owner is not None and attribute is not None and owner.type == "identifier":
                # `checker = Checker(); checker.check(body)`: an instance of a class of this file, made here
                made = reader.bindings.resolve(reader.source.raw(owner), owner)
                made = reader.unwrap(made) if made is not None else None
                maker = made.child_by_field_id(f.function) if made is not None and made.type == "call" else None
                cls = reader.class_named(maker) if maker is not None and maker.type == "identifier" else None  # type: ignore[attr-defined]
                if cls is not None:
                    name, through = reader.source.raw(attribute), "self"
                    function = self.class_method(cls, name)
        if name and self.defined(name) > 1:
            return _TWICE
        if through and self.set_as_attribute(name):
            return f"a method that code of this file replaces (`….{name} = …`)"
        if function is None or function.type != "function_definition":
            return _UNSEEN
        if self.defined(reader.source.raw(function.child_by_field_id(f.name) or function)) != 1:
            return _TWICE
        skip = 0
        if through:
            kinds = self.decorators(function)
            if "staticmethod" in kinds:
                skip = 0
            elif "classmethod" in kinds or through == "self":
                skip = 1
            else:
                return _UNSEEN  # cls.method(x): x would be its self
        return self.parameter(call, argument, function, skip)

    def class_method(self, cls: Node, name: str) -> Node | None:
        """The method of that name a class's own body defines (None: none, or the name given otherwise there too)."""
        f = self.reader.fields
        body = cls.child_by_field_id(f.body)
        found: Node | None = None
        for member in body.named_children if body is not None else ():
            if member.type == "decorated_definition":
                member = member.child_by_field_id(f.definition) or member
            if member.type == "function_definition":
                own = member.child_by_field_id(f.name)
                if own is not None and self.reader.source.raw(own) == name:
                    found = member
            elif member.type == "expression_statement" and (assigned := member.named_children[:1]) \
                    and assigned[0].type == "assignment" and name in self.reader.source.raw(
                        assigned[0].child_by_field_id(f.left) or assigned[0]).replace(" ", "").split(","):
                return None  # `check = other` in the class body
        return found

    def decorators(self, function: Node) -> list[str]:
        above = function.parent
        if above is None or above.type != "decorated_definition":
            return []
        return [self.reader.source.raw(d).lstrip("@").strip() for d in above.named_children if d.type == "decorator"]

    def parameter(self, call: Node, argument: Node, function: Node, skip: int) -> tuple[Node, list[Node]] | str:
        """The parameter of `function` the argument is given to, as the names it binds."""
        reader = self.reader
        f = reader.fields
        arguments = call.child_by_field_id(f.arguments)
        given = [a for a in arguments.named_children if a.type != "comment"] if arguments is not None else []
        if any(a.type in ("list_splat", "dictionary_splat") for a in given):
            return "with arguments spread (`*`, `**`) that flowlint does not map to its parameters"
        keyword = argument.parent if argument.parent is not None and argument.parent.type == "keyword_argument" else None
        params = function.child_by_field_id(f.parameters)
        positional: list[Node | None] = []
        named: dict[str, Node] = {}
        rest = False  # *args
        keywords = False  # **kwargs
        only_positional = 0
        star = False
        for part in params.named_children if params is not None else ():
            inner = part
            if part.type in ("default_parameter", "typed_default_parameter"):
                inner = part.child_by_field_id(f.name) or part
            elif part.type == "typed_parameter":
                inner = part.named_children[0] if part.named_children else part
            if inner.type == "list_splat_pattern":
                rest = star = True
            elif inner.type == "dictionary_splat_pattern":
                keywords = True
            elif part.type == "keyword_separator":
                star = True
            elif part.type == "positional_separator":
                only_positional = len(positional)
            elif inner.type == "identifier":
                if not star:
                    positional.append(inner)
                named[reader.source.raw(inner)] = inner
            elif part.type != "comment" and not star:
                positional.append(None)
        positional = positional[skip:]
        if keyword is not None:
            word = keyword.child_by_field_id(f.name)
            written = reader.source.raw(word) if word is not None else ""
            found = named.get(written)
            if found is None or any(found == p for p in positional[:max(0, only_positional - skip)]):
                return (f"as `{written}=`, which it takes in `**kwargs` (not followed)" if keywords else
                        f"as `{written}=`, a keyword flowlint does not map to its parameters")
            return function, [found]
        index = next((i for i, a in enumerate(given) if a == argument), -1)
        if 0 <= index < len(positional) and positional[index] is not None:
            return function, [positional[index]]  # type: ignore[list-item]
        return "which takes it in `*args` (not followed)" if rest else _UNMAPPED

    def opaque(self, function: Node) -> Why | None:
        marks = [d for d in self.decorators(function) if d not in _PY_PLAIN_DECORATORS]
        if marks:
            return function, f"is decorated (`@{marks[0][:40]}`): what the decorator does with it is not followed"
        return self._opaque_names(function, _PY_OPAQUE)

    def _opaque_names(self, function: Node, names: tuple[str, ...]) -> Why | None:
        for name in names:
            for use in self.uses(function, name):
                if self.unbound(name, use):
                    return use, f"uses `{name}`, which reaches its variables by other ways than their names"
        return None

    def declared_here(self, name: Node) -> bool:
        """`for key, value in …`: a loop's (or a comprehension's) names are the function's own."""
        above = name.parent
        while above is not None and above.type in (*_PY_TARGETS, "tuple", "list", "parenthesized_expression"):
            above = above.parent
        return above is not None and above.type in ("for_statement", "for_in_clause")

    def names(self, node: Node) -> bool:
        parent = node.parent
        if node.type != "identifier" or parent is None:
            return False
        f = self.reader.fields
        if parent.type == "attribute" and parent.child_by_field_id(f.attribute) == node:
            return False
        return not (parent.type == "keyword_argument" and parent.child_by_field_id(f.name) == node)

    def defines(self, parent: Node, name: Node) -> bool:
        return parent.type == "function_definition" and parent.child_by_field_id(self.reader.fields.name) == name

    def climb(self, use: Node, whole: bool, track: Callable[[Node, bool], Why | None]) -> Why | None:
        reader = self.reader
        f = reader.fields
        raw = reader.source.raw
        node = use
        given = whole
        for _ in range(_DEPTH):
            above = node.parent
            if above is None:
                return None
            kind = above.type
            if kind in _PY_PASSED:
                node = above
                continue
            if kind == "attribute":  # b.attr, b.method(…)
                call = above.parent
                method = raw(above.child_by_field_id(f.attribute) or above)
                if call is not None and call.type == "call" and call.child_by_field_id(f.function) == above:
                    if method in _PY_READING_METHODS or (method == "get" and whole and self.scalar(call)):
                        return None  # `b.get("flowId")`: a string or a number, whatever is done with it
                    if method not in _PY_RETURNING_METHODS:
                        if node == use and given:  # body.pop("inputs"): the keys a dict's own method writes
                            keys = self.dict_method_keys(call, method)
                            return call, f"calls `.{method}()` on it" if keys is None else \
                                _KeysWritten(f"calls `.{method}()` on it", keys)
                        return self.key_write(use, given, node, call, f"calls `.{method}()` on it")
                    node, whole = call, False
                    continue
                node, whole = above, False
                continue
            if kind == "subscript":
                if above.child_by_field_id(f.value) != node:
                    return None  # used as a key: read
                if whole and self.scalar(above) and not self.written(above):
                    return None  # `b["flowId"]` read: a string or a number, whatever is done with it
                node, whole = above, False
                continue
            if kind in ("argument_list", "keyword_argument") or (
                    kind == "call" and node.type == "generator_expression" and above.child_by_field_id(f.arguments) == node):
                # (`dict(… for k, v in b.items())`: a generator, the call's one argument, stands for its argument list)
                call = above if kind == "call" else above.parent if kind == "argument_list" else \
                    above.parent.parent if above.parent is not None else None
                if kind == "keyword_argument" and above.child_by_field_id(f.value) != node:
                    return None
                if call is None or call.type != "call":
                    return above, "uses it in a way flowlint does not follow"
                done = self.call(call, node, whole)
                if done == READS:
                    return None
                if done == RETURNS:
                    node, whole = call, False
                    continue
                return done  # type: ignore[return-value]
            if kind == "call":
                return above, "calls it"
            if kind in ("list_splat", "dictionary_splat"):
                holder = above.parent
                if holder is not None and holder.type == "argument_list":
                    return holder, "spreads it into a call's arguments"
                node, whole = above, False
                continue
            if kind == "pair":
                if above.child_by_field_id(f.key) == node:
                    return None
                node, whole = above, False
                continue
            if node.type in self.MEMBERS and (kind == "delete_statement" or (
                    kind == "expression_list" and above.parent is not None and above.parent.type == "delete_statement")):
                return self.key_write(use, given, node, (above.parent or above) if kind == "expression_list" else above,
                                      "deletes a member of it")
            if kind in _PY_CONTAINERS:
                node, whole = above, False
                continue
            if kind in ("assignment", "augmented_assignment"):
                left = above.child_by_field_id(f.left)
                if left == node or left is None:
                    return self.key_write(use, given, node, above, "assigns to it" if node.type == "identifier" else "changes it")
                if above.child_by_field_id(f.right) != node:
                    return None  # a type annotation
                moved = (self.moved(use, given, node, left, above) or self.stored_back(left, above)) \
                    if left.type in self.MEMBERS else None
                why = moved or self.targets(left, whole and kind == "assignment", track)
                if why is not None:
                    return why
                if above.parent is not None and above.parent.type == "assignment" and \
                        above.parent.child_by_field_id(f.right) == above:
                    node = above  # a = b = body
                    continue
                return None
            if kind == "named_expression":
                name = above.child_by_field_id(f.name)
                if name == node or name is None:
                    return above, "assigns to it"
                why = track(name, whole)
                if why is not None:
                    return why
                node = above
                continue
            if kind in ("for_statement", "for_in_clause"):
                if above.child_by_field_id(f.right) != node:
                    return above, "assigns to it"
                left = above.child_by_field_id(f.left)
                return self.targets(left, False, track) if left is not None else None
            if kind == "boolean_operator":
                node, whole = above, False
                continue
            if kind == "conditional_expression":
                if above.named_children[1:2] == [node]:
                    return None  # the condition
                node, whole = above, False
                continue
            if kind == "binary_operator":
                other = [c for c in (above.child_by_field_id(f.left), above.child_by_field_id(f.right))
                         if c is not None and c != node]
                if other and other[0].type in ("string", "concatenated_string", "integer", "float"):
                    return None  # "…%s" % b, b["n"] + 1: a new string or number
                node, whole = above, False
                continue
            if kind in _PY_READ_PLACES:
                return None
            if kind in ("return_statement", "yield", "lambda"):
                return self.returned(above, given)
            return above, "uses it in a way flowlint does not follow"
        return node, "uses it in an expression too deep to follow"

    def member_key(self, member: Node) -> str | None:
        if member.type != "subscript":
            return None  # an attribute (an SDK model's): which key it sends is not read here
        key = member.child_by_field_id(self.reader.fields.subscript)
        written = self.reader.key(key) if key is not None else None
        return EVERY_KEY if written is None else str(written)

    def dict_method_keys(self, call: Node, method: str) -> frozenset[str] | None:
        """The keys a dict's own method called on the body writes (`.pop("inputs")`, `.update(inputData=…)`; EVERY_KEY:
        any, `.pop(name)`); None for any other method."""
        arguments = call.child_by_field_id(self.reader.fields.arguments)
        given = [a for a in arguments.named_children if a.type != "comment"] if arguments is not None else []
        every = frozenset({EVERY_KEY})
        if method in ("pop", "setdefault"):
            key = self.reader.key(given[0]) if given else None
            return every if key is None else frozenset({str(key)})
        if method in ("clear", "popitem"):
            return every  # a body emptied (and filled again) or a key taken out: not read here
        if method != "update":
            return None
        keys: set[str] = set()
        for argument in given:
            if argument.type == "keyword_argument":
                keys.add(self.reader.source.raw(argument.child_by_field_id(self.reader.fields.name) or argument))
            elif argument.type == "dictionary" and all(pair.type == "pair" for pair in argument.named_children):
                for pair in argument.named_children:
                    key = self.reader.key(pair.child_by_field_id(self.reader.fields.key) or pair)
                    keys.add(EVERY_KEY if key is None else str(key))
            else:
                return every
        return frozenset(keys)

    def scalar(self, node: Node) -> bool:
        """Whether `b["flowId"]` / `b.get("flowId")` reads a member of the launch whose value is never an object."""
        f = self.reader.fields
        if node.type == "subscript":
            key = node.child_by_field_id(f.subscript)
        else:
            arguments = node.child_by_field_id(f.arguments)
            key = arguments.named_children[0] if arguments is not None and arguments.named_children else None
        return key is not None and key.type == "string" and self.reader.key(key) in _SCALAR_MEMBERS

    def written(self, member: Node) -> bool:
        """Whether a member (`b["flowId"]`) is written to where it stands (assigned, deleted, a loop's target)."""
        above = member.parent
        if above is None:
            return False
        left = above.child_by_field_id(self.reader.fields.left)
        return above.type in ("delete_statement", *_PY_TARGETS) or (
            above.type == "expression_list" and above.parent is not None and above.parent.type == "delete_statement") \
            or (above.type in ("assignment", "augmented_assignment", "for_statement", "for_in_clause") and left == member)

    def targets(self, left: Node, whole: bool, track: Callable[[Node, bool], Why | None]) -> Why | None:
        """`x = b`, `a, c = b[…], b[…]`: each name given the object (or a part) is followed; a member or item given it
        stores it where other code may change it."""
        if left.type == "identifier":
            return track(left, whole)
        if left.type in _PY_TARGETS or left.type in ("tuple", "list", "parenthesized_expression"):
            for part in left.named_children:
                why = self.targets(part, False, track)
                if why is not None:
                    return why
            return None
        if left.type == "list_splat_pattern":
            return self.targets(left.named_children[0], False, track) if left.named_children else None
        return left, f"stores it in `{self.reader.source.source(left, 40)}`, where other code may change it"


class JavaScriptHandOffs(HandOffs):
    """JavaScript's and TypeScript's functions (declarations, arrows and function expressions bound to a name,
    methods called as `this.m(…)`) and readers."""

    MEMBERS = frozenset({"member_expression", "subscript_expression"})
    WRAPPERS = frozenset({"parenthesized_expression", "non_null_expression"})

    ATTRIBUTE = ("member_expression", "property", ("assignment_expression", "augmented_assignment_expression"))

    def library(self, call: Node, argument: Node, *, top: bool) -> str | None:
        reader = self.reader
        f = reader.fields
        if call.type != "call_expression":
            return None
        callee = call.child_by_field_id(f.function)
        if callee is None:
            return None
        written = reader.source.raw(callee).replace(" ", "").replace("\n", "")
        if written.rsplit(".", 1)[-1] in self.reads_only and not self.own(callee):
            return READS
        first = written.split(".", 1)[0]
        at = callee
        while at.type == "member_expression" and (inner := at.child_by_field_id(f.object)) is not None:
            at = inner
        if at.type == "regex" and written.rsplit(".", 1)[-1] in ("test", "exec"):
            return READS  # /^\d+$/.test(x)
        if not self.unbound(first, at):
            return None
        if written in _JS_READERS or (first == "console" and written.count(".") == 1):
            return READS
        if written in _JS_RETURNERS and len(reader.arguments(call)) == 1:  # type: ignore[attr-defined]
            return RETURNS
        return None

    def mutator(self, call: Node, argument: Node) -> Why | None:
        reader = self.reader
        callee = call.child_by_field_id(reader.fields.function) if call.type == "call_expression" else None
        written = reader.source.raw(callee).replace(" ", "").replace("\n", "") if callee is not None else ""
        given = reader.arguments(call)  # type: ignore[attr-defined]
        if written not in _JS_MUTATORS or not given or given[0] != argument or callee is None \
                or not self.unbound(written.split(".", 1)[0], callee) or self.own(callee):
            return None
        text = f"changes it with `{written}()`"
        how = _JS_MUTATORS[written]
        if not how:
            return call, text  # (a prototype's `toJSON` may change what is sent: not read)
        keys: set[str] = set()
        for source in given[1:2] if how == "key" else given[1:]:
            key = reader.string_value(source) if how == "key" and source.type in (  # type: ignore[attr-defined]
                "string", "template_string") else None
            if key is not None:
                keys.add(key)
            elif how == "objects" and source.type == "object" and all(
                    pair.type in ("pair", "comment", "shorthand_property_identifier") for pair in source.named_children):
                for pair in source.named_children:
                    name = pair.child_by_field_id(reader.fields.key) if pair.type == "pair" else pair
                    found = reader.key(name) if name is not None and pair.type != "comment" else ""
                    if found != "":
                        keys.add(EVERY_KEY if found is None else found)
            else:
                keys.add(EVERY_KEY)
        return call, _KeysWritten(text, frozenset(keys or {EVERY_KEY}))

    def target(self, call: Node, argument: Node) -> tuple[Node, list[Node]] | str:
        reader = self.reader
        f = reader.fields
        callee = call.child_by_field_id(f.function) if call.type == "call_expression" else None
        if callee is None:
            return _UNSEEN
        callee = reader.unwrap(callee)
        function: Node | None = None
        if callee.type == "identifier":
            function = reader.bindings.resolve(reader.source.raw(callee), callee)
            for _ in range(8):
                if function is None:
                    break
                function = reader.unwrap(function)
                if function.type != "identifier":
                    break
                function = reader.bindings.resolve(reader.source.raw(function), function)
            name = reader.source.raw(callee)
        elif callee.type == "member_expression":
            owner, prop = callee.child_by_field_id(f.object), callee.child_by_field_id(f.property)
            name = reader.source.raw(prop) if prop is not None else ""
            if owner is not None and owner.type == "this" and prop is not None:
                function = reader.method(call, name)  # type: ignore[attr-defined]
            elif owner is not None and owner.type == "identifier" and prop is not None:
                # `const checker = new Checker(); checker.check(body)`: an instance of a class of this file, made here
                made = reader.bindings.resolve(reader.source.raw(owner), owner)
                made = reader.unwrap(made) if made is not None else None
                maker = made.child_by_field_id(f.constructor) if made is not None and made.type == "new_expression" else None
                cls = self.class_named(reader.source.raw(maker)) if maker is not None and maker.type == "identifier" else None
                function = self.class_method(cls, name) if cls is not None else None
            if self.set_as_attribute(name):
                return f"a method that code of this file replaces (`….{name} = …`)"
        else:
            return _UNSEEN
        if self.defined(name) > 1:
            return _TWICE
        if function is None or function.type not in _JS_FUNCTIONS:
            return _UNSEEN
        own = function.child_by_field_id(f.name)
        if self.defined(reader.source.raw(own) if own is not None else name) > 1:
            return _TWICE
        given = reader.arguments(call)  # type: ignore[attr-defined]
        if any(a.type == "spread_element" for a in given):
            return "with arguments spread (`...`) that flowlint does not map to its parameters"
        index = next((i for i, a in enumerate(given) if a == argument), -1)
        params = function.child_by_field_id(f.parameters) or function.child_by_field_id(f.parameter)
        if params is None or index < 0:
            return _UNMAPPED
        parts = [params] if params.type == "identifier" else \
            [p for p in params.named_children if p.type not in ("comment", "this")]
        for number, part in enumerate(parts):
            pattern = part.child_by_field_id(f.pattern) or part if part.type in ("required_parameter", "optional_parameter") else part
            if pattern.type == "rest_pattern":
                return "which takes it in `...rest` (not followed)"
            if number == index:
                if pattern.type == "assignment_pattern":
                    pattern = pattern.child_by_field_id(f.left) or pattern
                return function, self.pattern_names(pattern)
        return _UNMAPPED

    def class_named(self, name: str) -> Node | None:
        """The one class of this name the file declares (`class Checker {…}`), if there is exactly one."""
        reader = self.reader
        size = len(name.encode())
        found: list[Node] = []
        for at in reader._mentions(name):
            node = reader.root.descendant_for_byte_range(at, at + size)
            above = node.parent if node is not None else None
            if above is not None and above.type in ("class_declaration", "class", "abstract_class_declaration") \
                    and above.child_by_field_id(reader.fields.name) == node:
                found.append(above)
        return found[0] if len(found) == 1 else None

    def class_method(self, cls: Node, name: str) -> Node | None:
        """The instance method of that name a class's own body defines, if one (a getter, setter or static: none)."""
        body = cls.child_by_field_id(self.reader.fields.body)
        found = [member for member in (body.named_children if body is not None else []) if member.type == "method_definition"
                 and self.reader.source.raw(member.child_by_field_id(self.reader.fields.name) or member) == name]
        if len(found) != 1 or any(child.type in ("static", "get", "set") for child in found[0].children):
            return None
        return found[0]

    def pattern_names(self, pattern: Node) -> list[Node]:
        """The names a parameter or a declaration binds (`b`, `{ inputData, flowId: id }`, `[first, ...rest]`), not the
        names its defaults read."""
        f = self.reader.fields
        found: list[Node] = []
        stack = [pattern]
        while stack:
            node = stack.pop()
            if node.type in ("identifier", "shorthand_property_identifier_pattern"):
                found.append(node)
            elif node.type in ("assignment_pattern", "object_assignment_pattern"):
                left = node.child_by_field_id(f.left)
                if left is not None:
                    stack.append(left)
            elif node.type == "pair_pattern":
                value = node.child_by_field_id(f.value)
                if value is not None:
                    stack.append(value)
            elif node.type in ("object_pattern", "array_pattern", "rest_pattern", "required_parameter",
                               "optional_parameter", "formal_parameters"):
                stack.extend(node.named_children)
        return found

    def opaque(self, function: Node) -> Why | None:
        if function.prev_named_sibling is not None and function.prev_named_sibling.type == "decorator":
            return function, "is decorated: what the decorator does with it is not followed"
        for name in _JS_OPAQUE:
            for use in self.uses(function, name):
                if self.unbound(name, use):
                    return use, f"uses `{name}`, which reaches its arguments by other ways than their names"
        return None

    def names(self, node: Node) -> bool:
        return node.type in ("identifier", "shorthand_property_identifier")

    def declared_here(self, name: Node) -> bool:
        """`for (const [k, v] of …)`: the loop declares its names for its own body."""
        above = name.parent
        while above is not None and above.type in ("array_pattern", "object_pattern", "pair_pattern", "assignment_pattern",
                                                   "object_assignment_pattern", "rest_pattern"):
            above = above.parent
        return above is not None and above.type == "for_in_statement" and any(
            child.type in ("const", "let", "var") for child in above.children)

    def defines(self, parent: Node, name: Node) -> bool:
        f = self.reader.fields
        if parent.type in ("function_declaration", "generator_function_declaration", "method_definition",
                           "function_expression"):
            return parent.child_by_field_id(f.name) == name
        if parent.type == "variable_declarator" and parent.child_by_field_id(f.name) == name:
            value = parent.child_by_field_id(f.value)
            return value is not None and value.type in _JS_FUNCTIONS
        if parent.type in ("pair", "public_field_definition", "field_definition"):
            value = parent.child_by_field_id(f.value)
            return value is not None and value.type in _JS_FUNCTIONS and (
                parent.child_by_field_id(f.key) == name or parent.child_by_field_id(f.name) == name
                or parent.child_by_field_id(f.property) == name)
        return False

    def climb(self, use: Node, whole: bool, track: Callable[[Node, bool], Why | None]) -> Why | None:
        reader = self.reader
        f = reader.fields
        raw = reader.source.raw
        node = use
        given = whole
        for _ in range(_DEPTH):
            above = node.parent
            if above is None:
                return None
            kind = above.type
            if kind in _JS_PASSED:
                node = above
                continue
            if kind in ("member_expression", "subscript_expression"):
                if above.child_by_field_id(f.object) != node:
                    return None  # used as a key (`x[b.flowId]`): read
                key = reader._member_key(above)  # type: ignore[attr-defined]
                call = above.parent
                if kind == "member_expression" and call is not None and call.type == "call_expression" \
                        and call.child_by_field_id(f.function) == above:
                    if key not in _JS_READING_METHODS and key not in _JS_RETURNING_METHODS \
                            and key not in _JS_ITERATING_METHODS:
                        return self.key_write(use, given, node, call, f"calls `.{key or ''}()` on it")
                    why = self.method(call, key or "", track)
                    if why is None or isinstance(why, tuple):
                        return why
                    node, whole = call, False
                    continue
                if whole and key in _SCALAR_MEMBERS and not self.written(above):
                    return None  # `b.flowId` read: a string or a number, whatever is done with it
                node, whole = above, False
                continue
            if kind == "arguments":
                call = above.parent
                if call is None:
                    return above, "uses it in a way flowlint does not follow"
                if call.type == "new_expression":
                    return call, _KeysWritten(f"hands it to `{reader.source.source(call, 40)}`, which flowlint cannot see into",
                                              frozenset(), False, KEYS_HANDED_AWAY)
                done = self.call(call, node, whole)
                if done == READS:
                    return None
                if done == RETURNS:
                    node, whole = call, False
                    continue
                return done  # type: ignore[return-value]
            if kind == "call_expression":
                return above, "calls it"
            if kind == "spread_element":
                holder = above.parent
                if holder is not None and holder.type == "arguments":
                    return holder, "spreads it into a call's arguments"
                node, whole = above, False
                continue
            if kind == "pair":
                if above.child_by_field_id(f.value) != node:
                    return None
                node, whole = above, False
                continue
            if kind in ("object", "array"):
                node, whole = above, False
                continue
            if kind in ("assignment_expression", "augmented_assignment_expression"):
                left = above.child_by_field_id(f.left)
                if left == node or left is None:
                    return self.key_write(use, given, node, above, "assigns to it" if node.type == "identifier" else "changes it")
                moved = (self.moved(use, given, node, left, above) or self.stored_back(left, above)) \
                    if left.type in self.MEMBERS else None
                why = moved or self.targets(left, whole and kind == "assignment_expression", track)
                if why is not None:
                    return why
                node, whole = above, whole and kind == "assignment_expression"
                continue
            if kind == "variable_declarator":
                name = above.child_by_field_id(f.name)
                if name is None or name == node:
                    return above, "assigns to it"
                return self.targets(name, whole, track)
            if kind == "for_in_statement":
                if above.child_by_field_id(f.right) != node:
                    return above, "assigns to it"
                left = above.child_by_field_id(f.left)
                return self.targets(left, False, track) if left is not None else None
            if kind == "update_expression":
                return self.key_write(use, given, node, above, "changes it")
            if kind == "unary_expression":
                operator = above.child_by_field_id(f.operator)
                return self.key_write(use, given, node, above, "deletes a member of it") \
                    if operator is not None and raw(operator) == "delete" else None
            if kind == "binary_expression":
                operator = above.child_by_field_id(f.operator)
                if operator is not None and raw(operator) in ("&&", "||", "??"):
                    node, whole = above, False
                    continue
                return None  # a comparison, or arithmetic: a boolean, a number or a string
            if kind == "ternary_expression":
                if above.child_by_field_id(f.condition) == node:
                    return None
                node, whole = above, False
                continue
            if kind in _JS_READ_PLACES:
                return None
            if kind in ("return_statement", "yield_expression", "arrow_function", "throw_statement"):
                return self.returned(above, given)
            return above, "uses it in a way flowlint does not follow"
        return node, "uses it in an expression too deep to follow"

    def member_key(self, member: Node) -> str | None:
        return self.reader._member_key(member) or EVERY_KEY  # type: ignore[attr-defined]

    def written(self, member: Node) -> bool:
        """Whether a member (`b.flowId`) is written to where it stands (assigned, deleted, updated, a loop's target)."""
        f = self.reader.fields
        above = member.parent
        while above is not None and above.type in ("parenthesized_expression", "non_null_expression"):
            member, above = above, above.parent
        if above is None:
            return False
        if above.type in ("assignment_expression", "augmented_assignment_expression", "for_in_statement"):
            return above.child_by_field_id(f.left) == member
        if above.type == "unary_expression":
            operator = above.child_by_field_id(f.operator)
            return operator is not None and self.reader.source.raw(operator) == "delete"
        return above.type in ("update_expression", "array_pattern", "object_pattern", "pair_pattern",
                              "assignment_pattern", "object_assignment_pattern", "rest_pattern")

    def method(self, call: Node, method: str, track: Callable[[Node, bool], Why | None]) -> Why | str | None:
        """A method called on the object (or a part): None when it only reads, RETURNS when what it returns holds
        parts of it, else why it may change it. An iterating method's callback parameters are followed as its items."""
        if method in _JS_READING_METHODS:
            return None
        if method in _JS_RETURNING_METHODS:
            return RETURNS
        if method in _JS_ITERATING_METHODS:
            callbacks = self.reader.arguments(call)[:1]  # type: ignore[attr-defined]
            if not callbacks or callbacks[0].type not in ("arrow_function", "function_expression", "function"):
                return call, f"hands its items to `.{method}()` with a callback flowlint does not follow"
            params = callbacks[0].child_by_field_id(self.reader.fields.parameters) or \
                callbacks[0].child_by_field_id(self.reader.fields.parameter)
            for name in self.pattern_names(params) if params is not None else ():
                why = track(name, False)
                if why is not None:
                    return why
            if not _JS_ITERATING_METHODS[method]:
                return None
            if self._walks:  # what the callback returns is in what the call returns, followed by this walk
                self._walks[-1].feeding.add(callbacks[0].id)
            return RETURNS
        return call, f"calls `.{method}()` on it"

    def targets(self, left: Node, whole: bool, track: Callable[[Node, bool], Why | None]) -> Why | None:
        """`x = b`, `const { inputData } = b`: each name given the object (or a part) is followed; a member given it
        stores it where other code may change it."""
        if left.type in ("identifier", "object_pattern", "array_pattern", "assignment_pattern",
                         "shorthand_property_identifier_pattern"):
            for name in self.pattern_names(left):
                why = track(name, whole and left.type == "identifier")
                if why is not None:
                    return why
            return None
        return left, f"stores it in `{self.reader.source.source(left, 40)}`, where other code may change it"
