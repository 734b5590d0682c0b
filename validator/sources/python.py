"""Launch requests in Python: requests, httpx (functions and clients), aiohttp, and the Python SDK."""

from __future__ import annotations

import ast
import functools
import json
import math
import re
import string
from typing import TYPE_CHECKING, Any, Literal, NamedTuple, cast, overload

from ..core.codes import NOT_AN_OBJECT, SDK_ARGUMENTS, UNDECLARED_MODEL_ATTRIBUTE
from ..core.diagnostics import Finding, Path
from ..core.stop import checked
from ..core.unknown import (
    Computed,
    NoJsonNumber,
    OpenObject,
    Outside,
    Unencodable,
    Unknown,
    UnseenBase,
    contains_unknown,
    literal_size,
)
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
    maybe_changed,
    nodes_of,
    parent_of,
    serialized_unknown,
    url_joined,
    walk,
)
from .embedded import embedded_body, embedded_body_with_holes
from .kinds import launch_mentions
from .model import (
    FALLBACK_GETTERS,
    NO_BODY,
    UNKNOWN_CLIENT,
    VALUE_WRAPPERS,
    Header,
    LaunchRequest,
    Offsets,
    Text,
    TreeSpans,
    is_secret_name,
    literal_secret,
)
from .urls import launch_url

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator

    from tree_sitter import Node, Tree

    from .code import HandOffsLike

_SCOPES = frozenset({"module", "function_definition", "class_definition", "lambda"})
#: The connections made with a host that a request's path is sent to, and the scheme each speaks.
_CONNECTIONS = {"HTTPSConnection": "https", "HTTPConnection": "http", "HTTPSConnectionPool": "https",
                "HTTPConnectionPool": "http"}
#: A host as a connection is given it: a name (and a port), nothing else.
_HOST_WRITTEN = re.compile(r"[A-Za-z0-9.-]{1,253}(?::[0-9]{1,5})?")
#: The connections and pools whose request(method, url, body, headers) sends its third argument as the body as it is
#: (http.client's, urllib3's).
_RAW_BODY_CLIENTS = frozenset({"HTTPConnection", "HTTPSConnection", "PoolManager", "ProxyManager", "HTTPConnectionPool",
                               "HTTPSConnectionPool"})
#: The nodes that bind or change names.
_INDEXED = frozenset({
    "call", "assignment", "augmented_assignment", "for_statement", "for_in_clause", "named_expression", "delete_statement",
    "as_pattern", "parameters", "lambda_parameters", "function_definition", "class_definition", "import_statement",
    "import_from_statement", "global_statement", "nonlocal_statement",
})
#: A string literal's nodes (a Basic credential is looked for in each, in a file that signs in).
_STRINGS = frozenset({"string"})
#: How many byte wrappers a body is read through (`bytearray(json.dumps(body).encode())`), and UTF-8's names in Python.
_ENCODED_DEPTH = 3
_UTF8_NAMES = frozenset({"utf-8", "utf8", "u8", "utf", "cp65001"})
_CALLS = frozenset({"call"})
#: Literals a name may be stored in (where other code may reach it): a dict's values, a list's, tuple's or set's items.
_CONTAINERS = frozenset({"pair", "list", "tuple", "set"})
#: The standard library's calls that make a value json.dumps raises TypeError on (simplejson too, which requests uses
#: when it is installed), by what they stand for through the file's imports: what each makes.
_UNENCODABLE_MAKERS = {
    **dict.fromkeys(("datetime.datetime", "datetime.datetime.now", "datetime.datetime.utcnow", "datetime.datetime.today",
                     "datetime.datetime.fromisoformat", "datetime.datetime.fromtimestamp", "datetime.datetime.utcfromtimestamp",
                     "datetime.datetime.strptime", "datetime.datetime.combine"), "a datetime"),
    **dict.fromkeys(("datetime.date", "datetime.date.today", "datetime.date.fromisoformat", "datetime.date.fromtimestamp"),
                    "a date"),
    "datetime.time": "a time", "datetime.timedelta": "a timedelta",
    **dict.fromkeys(("uuid.UUID", "uuid.uuid1", "uuid.uuid3", "uuid.uuid4", "uuid.uuid5"), "a UUID"),
}
#: Names of test doubles for HTTP clients: their .post(url, json=…) describes a reply, not a launch.
_MOCKS = re.compile(r"mock|responses|respx|aioresponses|httpretty|vcr|testclient|test_client", re.I)
#: requests-mock's decorator (`@requests_mock.Mocker()`, `@requests_mock.mock()`, an imported `@Mocker()`), which gives
#: the test its mocker as the last positional argument, or as the keyword its `kw="…"` names.
_MOCKER_DECORATOR = re.compile(r"\brequests_mock\s*\.\s*(?:Mocker|mock)\b|@\s*Mocker\s*\(")
_MOCKER_KW = re.compile(r"\bkw\s*=\s*[\"'](\w+)[\"']")
#: A test double's calls that register a reply by method and URL: `responses.add(responses.POST, url, json=…)`.
_MOCK_SETUP = frozenset({"add", "replace", "upsert", "register_uri", "route", "Response",
                         "add_response", "add_callback", "add_exception"})  # (the last three: pytest-httpx's)
#: Web frameworks: `@app.post("/api/v2/flows/executions")` defines a route (a fake platform, a proxy), it sends nothing.
_SERVERS = re.compile(r"^(?:FastAPI|APIRouter|Flask|Blueprint|Sanic|Quart|Starlette|Litestar|Router|app|router|blueprint|bp)$")
#: httpx's transports that hand a request to an app in the process (ASGI, WSGI) instead of sending it.
_IN_PROCESS = re.compile(r"(?:ASGI|WSGI)Transport")
#: Test modules: a relative URL there on an object that is no HTTP client built in the file is a test client's request.
_TEST_FILE = re.compile(r"(?:^|[/\\])(?:test_[^/\\]*|[^/\\]*_test|conftest)\.py$|(?:^|[/\\])tests?[/\\]")


def in_test_file(name: str) -> bool:
    """Whether a Python file is a test module (test_*.py, *_test.py, conftest.py, or under a tests/ directory)."""
    return _TEST_FILE.search(name) is not None


#: A string literal's join or format: a str, whatever the arguments hold.
_TEXT_CALL = re.compile(r"""(?s)[rRuU]?(['"]).*\1\.(join|format)""")
#: Functions that only read their arguments (a launch call, serialization, logging): passing a name to them changes nothing.
_READS_ONLY = frozenset({"post", "put", "patch", "get", "request", "post_flows_executions", "dumps", "asdict", "print", "len",
                         "str", "repr", "debug", "info", "warning", "error", "exception", "log", "isinstance"})
_FOLLOW_BUDGET = 2000  # same-file calls followed per file, at most
_WORDS = re.compile(rb"[\w\x80-\xff]+")  # a name as written, to find its mentions
_MUTATORS = frozenset({"update", "setdefault", "pop", "popitem", "clear", "append", "extend", "insert", "remove", "__setitem__"})
#: Methods that only add items to a dict: the items written before stay known.
_ADDERS = frozenset({"update", "setdefault"})
_SECRETS = frozenset({"assignment", "keyword_argument", "pair"})
#: How many wrappers a client secret's literal is looked for through (`str(Secret("…"))`).
_WRAPPED_DEPTH = 4
_VERBS = {"post": "POST", "get": "GET", "put": "PUT", "patch": "PATCH", "delete": "DELETE", "head": "HEAD", "options": "OPTIONS"}
#: The client libraries whose module-level functions send (`requests.post`, `httpx.request`).
_MODULES = frozenset({"requests", "httpx"})
#: The libraries' client classes, by name, and the library each is of (and requests' `session()`, which makes one).
_CLIENTS = {"Client": "httpx", "AsyncClient": "httpx", "Session": "requests", "ClientSession": "aiohttp",
            "session": "requests"}
_LIBRARIES = frozenset(_CLIENTS.values())
#: The functions that declare a field of a class whose __init__ is made for it, by what the file's imports make them.
_FIELD_MAKERS = frozenset({"dataclasses.field", "attrs.field", "attr.ib", "attr.attrib", "attr.field", "pydantic.Field"})
#: Their keywords for a function that makes each instance's default (dataclasses', attrs').
_FACTORY_KEYWORDS = ("default_factory", "factory")
#: The decorators a function of the file's own keeps returning what its body returns under (a cache of it).
_RETURN_KEEPING = frozenset({"functools.lru_cache", "functools.cache"})
#: What an annotation may wrap the class of a value in and still say it is one (or None, which sends nothing).
_DECLARED_WRAPS = re.compile(r"(?:typing\.)?(?:ClassVar|Optional|Final)\[(.*)\]|(.*)\|None|None\|(.*)|[\"'](.*)[\"']")
#: How many of the file's own functions, fields and names made_by follows to the call that makes a client.
_MADE_DEPTH = 4


class KnownClient(NamedTuple):
    """The client library a call is made with, as client() finds it."""

    library: str
    base_url: Node | None
    headers: Node | None
    #: the library's module itself (`requests.post`), which has no headers of its own
    module: bool
    #: whether its own headers are all where it is made (a client kept in a class or made by a function of the file's
    #: may be given headers where flowlint does not look: `Api.client.headers[…] = …`)
    headers_read: bool
#: The enum bases whose members are the values they are assigned (`.value`), and those whose members json.dumps writes
#: as their value, being strings.
_ENUMS = frozenset({"Enum", "StrEnum", "IntEnum"})
_TEXT_ENUMS = frozenset({"StrEnum", "str"})
#: The methods of a client class through which every request it sends passes, body and all: a subclass overriding one
#: may rewrite the body (requests' Session.request/send/prepare_request, httpx's Client.send/build_request, aiohttp's
#: ClientSession._request, and the verbs).
_SENDING_METHODS = frozenset({"request", "send", "prepare_request", "build_request", "_request", "post", "put", "patch"})
#: The methods of an auth object (requests' AuthBase `__call__`, httpx's Auth flows) that are given the request to sign.
_AUTH_METHODS = frozenset({"__call__", "auth_flow", "sync_auth_flow", "async_auth_flow"})
#: A request's attributes that are, or reach, its body: an override or hook using one may rewrite what is sent.
_BODY_ATTRIBUTES = frozenset({"body", "content", "json", "data", "stream", "_content", "read", "aread", "prepare_body",
                              "prepare", "files", "__dict__"})
#: How many of the file's own classes a client subclass is followed through to the library's client class.
_SUBCLASS_DEPTH = 8
#: The SDK model's attributes and the JSON members it sends them as (others are not sent).
_MODEL_MEMBERS = {"flow_id": "flowId", "flow_version": "flowVersion", "input_data": "inputData", "name": "name"}
#: Methods of a class that change what a dump of it writes, and the decorators a plain method may carry.
_DUMP_METHODS = frozenset({"model_dump", "dict", "json", "model_dump_json", "__iter__", "__getattr__", "__getattribute__",
                           "model_serializer", "__post_init__"})
_PLAIN_DECORATORS = frozenset({"property", "staticmethod", "classmethod"})
#: What makes a field not a plain key of the dump: not a field at all, or (pydantic's `Field(exclude=…)`) maybe left out.
#: A dataclass's `field(default_factory=…)` changes no key: its value is simply not known.
_NOT_PLAIN = {"dataclass": r"\b(?:ClassVar|InitVar|KW_ONLY)\b", "pydantic": r"\b(?:ClassVar|PrivateAttr|Field|field)\b",
              "attrs": r"\b(?:ClassVar|field|ib|attrib|Factory)\b"}
#: attrs' class decorators that make a class of its annotated fields (`@attr.s` needs auto_attribs: not read), and its
#: asdict functions: asdict copies the values it is made with, unconverted, as a dataclass's asdict does.
_ATTRS_DECORATORS = frozenset({"attrs.define", "attrs.frozen", "attrs.mutable", "attr.define", "attr.frozen", "attr.mutable"})
_ATTRS_ASDICT = frozenset({"attrs.asdict", "attr.asdict"})
#: A pydantic `Field(…)`'s keywords that change neither a dumped member's name nor its value (aliases aside: read), and
#: a model's `model_config` keys that do not either (`populate_by_name` aside: read). Any other (`exclude`,
#: `alias_generator`, `serialize_by_alias`, `extra='allow'`…) leaves the dump's names not known.
_FIELD_KEYWORDS = frozenset({"alias", "validation_alias", "serialization_alias", "default", "default_factory", "description",
                             "title", "examples", "min_length", "max_length", "gt", "ge", "lt", "le", "pattern", "frozen",
                             "json_schema_extra", "repr", "strict", "deprecated"})
_CONFIG_KEYS = frozenset({"populate_by_name", "validate_by_name", "frozen", "extra", "arbitrary_types_allowed",
                          "validate_assignment", "title", "protected_namespaces", "json_schema_extra", "strict",
                          "validate_default"})


#: An attribute set (`x.name = …`, `x.name += …`), a `del` statement's text, and the attributes written in it.
_ATTRIBUTE_SET = r"\.\s*(\w+)\s*(?:[-+*/%&|^@]|//|\*\*|<<|>>)?=(?!=)"
_DELETED = r"\bdel\b([^\n]*)"
_MEMBER = r"\.\s*(\w+)\b"
#: Calls that call the function they are handed with the arguments after it, and how many arguments come before it.
_RUNNERS = {"to_thread": 0, "submit": 0, "run_in_executor": 1}
#: The keywords PureCloudPlatformClientV2's post_flows_executions accepts (its all_params, the same from 88.0.0, the
#: first release with it, to 269.0.0); any other raises TypeError.
_SDK_KEYWORDS = frozenset({"flow_launch_request", "callback"})
#: The names of the calls `launch` reads (a launch, a route or a test double's reply), wherever they are written; a
#: decorator's call is read whatever its name (a route).
#: Calls that make a request sent later (`requests.Request(…)`, `httpx.Request(…)`, an httpx client's `build_request(…)`).
_BUILT_REQUESTS = frozenset({"Request", "build_request"})
_READ_CALLS = frozenset({"post_flows_executions", "urlopen", "request", *_MOCK_SETUP, *_VERBS, *_BUILT_REQUESTS})


#: The patterns a `for` target unpacks each item with (`for k, v in …`, `for (k, [a, *rest]) in …`).
_TARGET_PATTERNS = frozenset({"pattern_list", "tuple_pattern", "list_pattern", "list_splat_pattern"})


class PythonReader(CodeReader):
    call_types = _CALLS
    sequence_types = frozenset({"module", "block"})
    function_types = frozenset({"function_definition", "lambda", "class_definition"})
    named_function_types = frozenset({"function_definition", "class_definition"})
    dynamic_callee_types = frozenset({"subscript", "call"})
    held_types = frozenset({"list", "tuple", "set", "expression_list"})
    jump_types = frozenset({"break_statement", "continue_statement", "return_statement", "raise_statement"})
    word_pattern = _WORDS
    mangles = True

    def __init__(self, source: SourceText, tree: Tree, max_depth: int, name: str | None = None, *,
                 indexed: bool = True) -> None:
        self.fields = fields("python")
        self.source = source
        self.not_sent = []
        self._names_written = {}
        self._leaving_found = {}
        self.read_calls = set()
        self.in_tests = name is not None and _TEST_FILE.search(name) is not None
        self.root = tree.root_node
        self.max_depth = max_depth
        # (not indexed: any question of the bindings gives the reading up, never answered as if the file bound nothing)
        self.bindings = Bindings(_SCOPES, frozenset({"class_definition"})) if indexed else cast("Bindings", Unindexed())
        #: name -> (attribute, value, attribute node) assigned as `name.attr = value`
        self.attributes: dict[str, list[tuple[str, Node, Node]]] = {}
        #: Members written into an attribute's object, by the name it is set on: `body.input_data["k"] = v`,
        #: `body.input_data.update({…})` (the SDK model's inputs given one at a time), as (attribute, change).
        self.attribute_items: dict[str, list[tuple[str, Change]]] = {}
        #: A class of this file -> its `__init__` and the attributes it sets (None: its instances are no plain data).
        self._plain_inits: dict[int, tuple[Node | None, list[tuple[str, Node, Node]]] | None] = {}
        self._bound_mentions: dict[str, dict[tuple[int, str], list[Node]]] = {}  # a name -> its mentions by binding
        self.escapes = []
        self.stored = []
        self.key_writes = []
        self.aliases = []
        self.iterated = set()
        self.reaching = set()
        self.turns = {}
        self._resolving: set[int] = set()
        self.frames: dict[int, dict[str, Node | None]] = {}
        self._budget = _FOLLOW_BUDGET
        self.branches = Branches()  # the other bodies a conditional may give a call (json=a if c else b)
        self._self_uses: dict[tuple[int, str], tuple[list[Change], bool] | None] = {}  # (class id, name) -> _self_changes
        self._self_written: dict[int, dict[str, list[Node | None]]] | None = None  # class id -> self.<name> = … there
        #: an attribute's name -> its `self.<name>` uses by class id (see _attribute_uses); None: mentioned in another way.
        self._attributes: dict[str, dict[int, list[Node]] | None] = {}
        self._classes: dict[str, list[Node]] | None = None  # a class's name -> the classes of that name (see class_named)
        self._rest_keywords: dict[int, str] = {}  # function id -> the name of its `**kwargs` parameter
        #: Function id -> its `**kwargs` name and the keywords the call being followed gives it.
        self._forwarded: dict[int, tuple[str, dict[str | None, tuple[Node, Node]]]] = {}
        self._params: dict[int, list[str | None]] = {}  # function node id -> its parameters (None: not a plain name)
        #: (scope id, name) -> the module or member an import there binds the name to (None: two imports differ).
        self._imports: dict[tuple[int, str], str | None] = {}
        self._renamed: set[str] = set()  # names an import binds to a library's function under another name
        #: The bindings (scope id, name) assigned a `partial(…)` call (see _handed_on), and the function it is handed when
        #: every such assignment in that scope hands the same (None: another function, or none).
        self._partials: dict[tuple[int, str], Node | None] = {}
        #: A module-level name's dict, read once for every item of it a launch reads (constant_item).
        self._constant_dicts: dict[tuple[int, str], dict[str, Any]] = {}
        self._attributes_set: frozenset[str] | None = None  # the attributes the file may set (_may_set_attribute)
        # One walk over the tree for every node the reader looks at; sorted out by type below.
        self.nodes = nodes_of("python", self.root, _INDEXED | _CALLS | _SECRETS | _CONTAINERS) if indexed else []
        #: Clients whose headers the code touches after building them (`client.headers.update(...)`), and names given
        #: headers by a call after they were made (`req.add_header(…)`, urllib): found where those members are written.
        self.headers_touched: set[str] = set()
        self._changed_parts: set[int] = set()  # the nodes _mutates walked: each walked once
        self.headers_added: set[str] = set()
        data = self.source.data
        at = data.find(b"header")
        while at >= 0:  # (a substring search in C: most files write the word a few times, if at all)
            for member, start in ((b"headers", at), (b"add_header", at - 4), (b"add_unredirected_header", at - 17)):
                obj = self._owner(start, start + len(member)) if start >= 0 and data.startswith(member, start) else None
                if obj is not None:
                    (self.headers_touched if member == b"headers" else self.headers_added).add(self.source.raw(obj))
            at = data.find(b"header", at + 6)
        if indexed:  # (not indexed: a fix's proof reads only the literals its edit changed, code_editor.local_launch)
            self._index()

    def _owner(self, start: int, end: int) -> Node | None:
        """The object of the attribute `<object>.<member>` whose member is written exactly at [start, end), if any: the
        members that change headers are found where their word is written, not among every attribute of the file (a
        third of the nodes the reader would look at)."""
        member = self.root.descendant_for_byte_range(start, end)
        attribute = member.parent if member is not None and member.start_byte == start and member.end_byte == end else None
        if attribute is None or attribute.type != "attribute" or attribute.child_by_field_id(self.fields.attribute) != member:
            return None
        return attribute.child_by_field_id(self.fields.object)

    def _index(self) -> None:
        b = self.bindings
        iterations: list[tuple[Node, Node | None]] = []  # (a loop's variable, what it iterates)
        patterns: list[tuple[list[Node], Node | None]] = []  # (the names a loop's pattern binds, what it iterates)
        # Each container's outermost container (through dicts), found going down, never up: a node's parent costs
        # tree-sitter a walk from the root, so asking it of every literal of a 10,000-deep one is quadratic.
        outermost: dict[int, Node] = {}
        only_read: dict[int, bool] = {}  # an outermost container's id → whether only a reading call is handed it
        for node in checked(self.nodes):  # (an editor's overtaken check stops within a batch)
            kind = node.type
            if kind in _CONTAINERS:
                top = outermost.pop(node.id, node)
                self._stored_in(node, top, only_read)
                for child in _held(node):
                    outermost[child.id] = top
                continue
            if kind not in _INDEXED:
                continue
            if kind == "assignment":
                left, right = node.child_by_field_id(self.fields.left), node.child_by_field_id(self.fields.right)
                if left is None:
                    continue
                if left.type in ("attribute", "subscript") and right is not None and right.type == "identifier":
                    self.stored.append((self.source.raw(right), right))  # self.pending = body: reachable through self
                for part in [left] if left.type == "subscript" else walk(left) if left.type in _TARGET_PATTERNS else ():
                    if part.type == "subscript":  # d["x"] = …, a, d["x"] = …: of whatever d is, a stored body too
                        self.wrote_key(part.child_by_field_id(self.fields.subscript), removes=False, at=part)
                if left.type == "identifier":
                    b.bind(b.scope_of(node), self.source.raw(left), right)
                    maker = right.child_by_field_id(self.fields.function) if right is not None and right.type == "call" else None
                    if maker is not None and self.source.raw(maker).endswith("partial"):  # send = partial(httpx.post, URL)
                        handed = self.arguments(maker.parent)[0][:1] if maker.parent is not None else []
                        bound = (b.scope_of(node).id, self.source.raw(left))
                        earlier = self._partials.setdefault(bound, handed[0] if handed else None)
                        if earlier is None or not handed or self.source.raw(earlier) != self.source.raw(handed[0]):
                            self._partials[bound] = None
                    self.alias_of(left, right)  # inputs = body["inputData"]: written through, body changes
                elif left.type == "attribute" and right is not None:
                    self._attribute_set(left, right, node)
                elif left.type in ("pattern_list", "tuple_pattern") and right is not None \
                        and right.type in ("expression_list", "tuple") and len(left.named_children) == len(right.named_children):
                    for each, given in zip(left.named_children, right.named_children, strict=True):  # a.x, a.y = 1, 2
                        if each.type == "attribute":
                            self._attribute_set(each, given, node)
                        else:
                            self._mutates(each)
                elif left.type == "subscript" and (added := self._object_path(left)) is not None and added[1]:
                    b.add_member(*added, node, right, left.child_by_field_id(self.fields.subscript))  # body["flowVersion"] = v
                elif left.type == "subscript" and (inside := self._object_path(
                        left.child_by_field_id(self.fields.value) or left)) is not None and inside[1]:
                    # body["inputData"][f"Flow.{k}"] = v: a key not written out, inside a member: only that member's
                    # object is open (any key of it may be given), the body's own keys and the rest still known
                    b.add_member(inside[0], (*inside[1], EVERY_KEY), node)
                else:
                    if left.type == "subscript" and (written_into := self._attribute_path(left)) is not None:
                        self.attribute_items.setdefault(written_into[0], []).append(  # body.input_data["Flow.x"] = v
                            (written_into[1], Change(written_into[2], False, node, right, left.child_by_field_id(self.fields.subscript))))
                    self._mutates(left)
            elif kind == "call":
                callee = node.child_by_field_id(self.fields.function)
                method = self.source.raw(callee.child_by_field_id(self.fields.attribute)) if (  # type: ignore[arg-type]
                    callee is not None and callee.type == "attribute") else ""
                owner = callee.child_by_field_id(self.fields.object) if callee is not None else None
                added = self._object_path(owner) if method in _ADDERS and owner is not None else None
                keys = self._added_keys(node, method) if added is not None else None
                popped = self._object_path(owner) if method == "pop" and owner is not None else None
                key = self.key(self.arguments(node)[0][0]) if popped is not None and self.arguments(node)[0] else None
                if added is not None and keys is not None:
                    for key, key_node, value in keys:  # body.update({…}), body.setdefault("name", …)
                        b.add_member(added[0], (*added[1], key), node, value, key_node)
                elif popped is not None and key is not None:
                    b.remove_member(popped[0], (*popped[1], key), node)  # body.pop("flowVersion"): may be absent now
                elif method in _MUTATORS:
                    into = self._attribute_path(owner) if method in _ADDERS and owner is not None else None
                    if into is not None:
                        for written in self._added_keys(node, method) or []:  # body.input_data.update({…})
                            self.attribute_items.setdefault(into[0], []).append(
                                (into[1], Change((*into[2], written[0]), False, node, written[2], written[1])))
                    self._mutates(owner)  # headers.pop(…), items.append(…)
                self._wrote_keys(node, method)
                self._escaping_call(node, callee)
            elif kind == "delete_statement":
                targets = node.named_children[0] if node.named_children else None
                for gone in (targets.named_children if targets is not None and targets.type == "expression_list"
                             else [targets] if targets is not None else []):
                    removed = self._object_path(gone) if gone.type == "subscript" else None
                    if gone.type == "subscript":  # del d["x"]: of whatever d is, a stored body too
                        self.wrote_key(gone.child_by_field_id(self.fields.subscript), removes=True, at=gone)
                    if removed is not None and removed[1]:
                        b.remove_member(*removed, node)  # del body["flowVersion"]: the member may be absent now
                    else:
                        self._mutates(gone)
            elif kind in ("for_statement", "for_in_clause") and (item := node.child_by_field_id(self.fields.left)) is not None \
                    and item.type == "identifier":
                # for r in (body,): r is bound again each turn (a value not known), and may be body
                b.bind(b.scope_of(node), self.source.raw(item), None)
                iterations.append((item, node.child_by_field_id(self.fields.right)))
            elif kind in ("for_statement", "for_in_clause") and (item := node.child_by_field_id(self.fields.left)) is not None \
                    and item.type in _TARGET_PATTERNS:
                # for k, v in [(1, body)]: each name is bound again each turn, and may be body or a part of it
                names: list[Node] = []
                pending = [item]
                while pending:
                    part = pending.pop()
                    if part.type in _TARGET_PATTERNS:
                        pending.extend(part.named_children)
                    elif part.type == "identifier":
                        names.append(part)
                        b.bind(b.scope_of(node), self.source.raw(part), None)
                    else:
                        self._mutates(part)  # for k, d["x"] in …: d written
                patterns.append((names, node.child_by_field_id(self.fields.right)))
            elif kind in ("augmented_assignment", "for_statement", "for_in_clause", "named_expression"):
                target = node.child_by_field_id(self.fields.left) or node.child_by_field_id(self.fields.name) or (
                    node.named_children[0] if node.named_children else None)
                self._mutates(target)
            elif kind == "as_pattern":
                alias = node.child_by_field_id(self.fields.alias)
                value = node.named_children[0] if node.named_children else None
                for part in walk(alias) if alias is not None else ():
                    if part.type == "identifier":
                        b.bind(b.scope_of(node), self.source.raw(part), value if node.parent and node.parent.type == "with_item" else None)
            elif kind in ("parameters", "lambda_parameters") and node.parent is not None:
                for part in walk(node):  # defaults and annotations too: more unknown names is only safer
                    if part.type == "identifier":
                        b.bind(node.parent, self.source.raw(part), None)
                    elif part.type in ("default_parameter", "typed_default_parameter") \
                            and (default := part.child_by_field_id(self.fields.value)) is not None and default.type == "identifier":
                        # def fill(b=body): b is the body of the scope the function is written in
                        self.stored.append((self.source.raw(default), node.parent.parent or node.parent))
                self._params[node.parent.id] = self._parameter_names(node)
            elif kind in ("function_definition", "class_definition"):
                name = node.child_by_field_id(self.fields.name)
                if name is not None:
                    b.bind(b.scope_of(node), self.source.raw(name), node if kind == "function_definition" else None)
            elif kind in ("import_statement", "import_from_statement", "global_statement", "nonlocal_statement"):
                for part in walk(node) if kind in ("global_statement", "nonlocal_statement") else self._import_bound(node):
                    if part.type == "identifier":
                        b.bind(b.scope_of(node), self.source.raw(part), None)
                        if kind == "global_statement":
                            b.bind(self.root, self.source.raw(part), None)  # the module's name, given a value in here
                        elif kind == "nonlocal_statement":
                            scope = b.scope_of(b.scope_of(node))
                            while scope.type != "module" and scope.parent is not None:  # the enclosing functions'
                                b.bind(scope, self.source.raw(part), None)
                                scope = b.scope_of(scope)
                if kind != "global_statement" and kind != "nonlocal_statement":
                    self._imported_names(node)

        for item, iterable in iterations:  # (once every name is bound: the iterable may be a name)
            loop = item.parent  # a `for` statement's turns run its body (a comprehension's run no statement)
            body = loop.child_by_field_id(self.fields.body) if loop is not None and loop.type == "for_statement" else None
            self.iterated_alias(item, iterable, (loop, body) if loop is not None and body is not None else None)
            self.iterated_parts([item], iterable, whole=True)  # for r in [[body]]: r may hold body
        for names, iterable in patterns:
            self.iterated_parts(names, iterable, whole=False)

    def _import_bound(self, statement: Node) -> Iterable[Node]:
        """The names an import statement binds: each alias, an imported name, and the first name of `import a.b` (not
        the module path of `from a.b import c`, nor a `*`'s: what it binds is not known here)."""
        for part in statement.children_by_field_name("name"):
            if part.type == "aliased_import":
                alias = part.child_by_field_id(self.fields.alias)
                if alias is not None:
                    yield alias
                continue
            first = part.named_children[0] if part.type == "dotted_name" and part.named_children else part
            if statement.type == "import_statement" or part.type != "dotted_name" or part.named_child_count == 1:
                yield first

    def _imported_names(self, statement: Node) -> None:
        """What the names an import binds stand for: `import numpy as np` np numpy, `import os.path` os os,
        `from math import nan as NaN` NaN math.nan (a relative import's names stand for nothing known)."""
        raw, scope = self.source.raw, self.bindings.scope_of(statement).id
        module = statement.child_by_field_id(self.fields.module_name)
        if module is not None and module.type != "dotted_name":
            return
        for part in statement.children_by_field_name("name"):
            name = part.child_by_field_id(self.fields.name) if part.type == "aliased_import" else part
            alias = part.child_by_field_id(self.fields.alias) if part.type == "aliased_import" else None
            if name is None:
                continue
            if module is not None:
                bound, meaning = raw(alias or name), f"{raw(module)}.{raw(name)}"
            elif alias is not None:
                bound, meaning = raw(alias), raw(name)
            else:
                bound = meaning = raw(name).split(".")[0]
            if meaning.partition(".")[0] in _MODULES and bound != meaning.rpartition(".")[2]:
                self._renamed.add(bound)  # `from requests import post as send`: a launch's call under another name
            before = self._imports.setdefault((scope, bound), meaning)
            if before != meaning:
                self._imports[(scope, bound)] = None

    def _parameter_names(self, params: Node) -> list[str | None]:
        """A function's parameters in order: a name, or None; `*args`, `*` and `**kwargs` end them."""
        names: list[str | None] = []
        # (`**kwargs: Any` is a typed parameter holding the splat: an annotation changes nothing)
        unwrapped = [p.named_children[0] if p.type == "typed_parameter" and p.named_children else p
                     for p in params.named_children]
        rest = [p for p in unwrapped if p.type == "dictionary_splat_pattern"]
        if len(rest) == 1 and rest[0].named_children and rest[0].named_children[0].type == "identifier" \
                and params.parent is not None:
            self._rest_keywords[params.parent.id] = self.source.raw(rest[0].named_children[0])
        for part in params.named_children:
            if part.type in ("typed_parameter",):
                part = part.named_children[0] if part.named_children else part
            elif part.type in ("default_parameter", "typed_default_parameter"):
                part = part.child_by_field_id(self.fields.name) or part
            if part.type in ("list_splat_pattern", "dictionary_splat_pattern", "keyword_separator"):
                break
            if part.type in ("comment", "positional_separator"):
                continue
            names.append(self.source.raw(part) if part.type == "identifier" else None)
        return names

    def _default_of(self, function: Node, name: str) -> Node | None:
        """The default value a function's parameter of that name is written with (`method="GET"`), if any."""
        params = function.child_by_field_id(self.fields.parameters)
        for part in params.named_children if params is not None else ():
            written = part.child_by_field_id(self.fields.name) if part.type in ("default_parameter", "typed_default_parameter") else None
            if written is not None and self.source.raw(written) == name:
                return part.child_by_field_id(self.fields.value)
        return None

    # -- same-file functions ---------------------------------------------------------------------
    def called(self, call: Node) -> tuple[Node, dict[str, Node | None]] | None:
        callee = call.child_by_field_id(self.fields.function)
        function: Node | None = None
        method = False
        given_class: Node | None = None
        if callee is not None and callee.type == "identifier":
            function = self.resolve(callee)
        elif callee is not None and callee.type == "attribute":
            obj, attr = callee.child_by_field_id(self.fields.object), callee.child_by_field_id(self.fields.attribute)
            if obj is not None and attr is not None and obj.type == "identifier" and self.source.raw(obj) in ("self", "cls"):
                function, method = self.method(call, self.source.raw(attr)), True
            elif obj is not None and attr is not None and (cls := self.instance_class(obj)) is not None and (
                    obj.type != "identifier" or self._left_as_made(self.source.raw(obj), obj)):
                # `gc.launch({…})` on `gc = GenesysClient()`: the method of the file's own class, as `self.launch` is
                function, method = self._class_method(cls, self.source.raw(attr)), True
            elif obj is not None and attr is not None and obj.type == "identifier" \
                    and (cls := self.top_class(self.source.raw(obj))) is not None \
                    and (static := self._static_method(cls, self.source.raw(attr))) is not None:
                # `Genesys.launch({…})`: a @staticmethod of the file's own class, or a @classmethod, its `cls` that class
                function, method = static
                given_class = obj if method else None
        if function is None or function.type != "function_definition" or function.id not in self._params:
            return None
        args, kwargs = self.arguments(call)
        if None in kwargs:
            return None
        params = self._params[function.id][1:] if method else self._params[function.id]
        frame: dict[str, Node | None] = {}
        first = self._params[function.id][0] if method and self._params[function.id] else None
        if given_class is not None and first is not None:
            frame[first] = given_class  # (a classmethod called on its class: `cls` is that class, as written at the call)
        for index, name in enumerate(params):
            if name is not None:  # (a parameter the call passes nothing for takes its default: `method="GET"`)
                given = args[index] if index < len(args) else kwargs.get(name, (None, None))[1]
                frame[name] = given if given is not None else self._default_of(function, name)
        rest = self._rest_keywords.get(function.id)
        if rest is not None:  # `def _request(self, method, path, **kwargs)`: the caller's other keywords, by name
            self._forwarded[function.id] = (rest, {k: v for k, v in kwargs.items() if k is not None and k not in frame})
        return function, frame

    def spread_keywords(self, splat: Node) -> dict[str | None, tuple[Node, Node]] | None:
        """`**options` where `options` is bound once to a dict literal whose keys are all written, or `**{…}` such a
        literal written there: those keywords."""
        name = splat.named_children[0] if splat.named_children else None
        target = name if name is not None and name.type == "dictionary" else \
            self.resolve(name) if name is not None and name.type == "identifier" else None
        if target is None or target.type != "dictionary":
            return None
        found: dict[str | None, tuple[Node, Node]] = {}
        for pair in target.named_children:
            if pair.type == "comment":
                continue
            key_node, value = pair.child_by_field_id(self.fields.key), pair.child_by_field_id(self.fields.value)
            key = self.key(key_node) if pair.type == "pair" and key_node is not None else None
            if key is None or value is None or not key.isidentifier():
                return None
            found[key] = (key_node, value)  # type: ignore[assignment]
        return found

    def forwarded(self, splat: Node) -> dict[str | None, tuple[Node, Node]] | None:
        """`**kwargs` inside a same-file function being followed from one call: that call's other keywords."""
        name = splat.named_children[0] if splat.named_children else None
        if name is None or name.type != "identifier" or not self.frames:
            return None
        function = self.bindings.binder(self.source.raw(name), name)
        found = self._forwarded.get(function.id) if function is not None and function.id in self.frames else None
        if found is None or found[0] != self.source.raw(name) or self.bindings.is_changed(found[0], name):
            return None
        return dict(found[1])

    def method(self, at: Node, name: str) -> Node | None:
        """`self.name(…)`: the method of that name in the class the call is written in."""
        body = at.parent
        while body is not None and body.type != "class_definition":
            body = body.parent
        block = body.child_by_field_id(self.fields.body) if body is not None else None
        for member in block.named_children if block is not None else ():
            if member.type == "decorated_definition":
                member = member.child_by_field_id(self.fields.definition) or member
            key = member.child_by_field_id(self.fields.name) if member.type == "function_definition" else None
            if key is not None and self.source.raw(key) == name:
                return member
        return None

    def returned(self, function: Node) -> Node | None:
        body = function.child_by_field_id(self.fields.body)
        found = [node for node in (walk(body) if body is not None else ())
                 if node.type == "return_statement" and self.enclosing_function(node) == function]
        return found[0].named_children[0] if len(found) == 1 and found[0].named_children else None

    def enclosing_function(self, node: Node) -> Node | None:
        scope = node.parent
        while scope is not None and scope.type not in ("function_definition", "lambda"):
            scope = scope.parent
        return scope

    def _stored_in(self, literal: Node, outermost: Node, only_read: dict[int, bool]) -> None:
        """The names a literal holds as values (`{"b": body}`, `[body]`): stored where other code may reach them,
        unless the literal only goes to a call that reads it (a launch's `json={…}`, a log line). `outermost`: the
        outermost container holding it (itself if none); `only_read`: what is known of outermost containers."""
        if literal.type == "pair":
            value = literal.child_by_field_id(self.fields.value)
            names = [value] if value is not None and value.type == "identifier" else []
        else:
            names = [item for item in literal.named_children if item.type == "identifier"]
            above = parent_of(literal) if names and outermost == literal else None  # (held by a container: no loop's)
            if above is not None and above.type == "for_statement" and above.child_by_field_id(
                    self.fields.right) == literal and (item := above.child_by_field_id(self.fields.left)) is not None \
                    and item.type == "identifier":
                return  # for r in (body,): reached only through r (an alias of each)
        if not names:
            return
        read = only_read.get(outermost.id)
        if read is None:
            read = only_read[outermost.id] = self.only_read(
                outermost, ("pair", "dictionary", "list", "tuple", "set", "keyword_argument"), "argument_list", _READS_ONLY)
        if not read:
            self.stored.extend((self.source.raw(name), name) for name in names)

    def _partial_key(self, name: str, at: Node) -> tuple[int, str]:
        """The binding a name means at a place, as _partials keys it: `send` bound to a partial in one function is not
        the `send` another function binds to something else."""
        if not self._partials:
            return -2, name  # (most files: no partial, and a fix's proof reads with no bindings)
        scope = self.bindings.binder(name, at)
        return (scope.id if scope is not None else -1), name

    def _escaping_call(self, call: Node, callee: Node | None) -> None:
        """A name handed to a function flowlint does not know (`fill(body)`) may come back with more members."""
        name = self.last_name(callee)
        partial = callee is not None and callee.type == "identifier" and self._partial_key(name, callee) in self._partials
        if name in _RUNNERS or name == "partial" or partial:  # to_thread(requests.post, url, json=body)
            handed = self.arguments(call)[0][_RUNNERS.get(name, 0):] if not partial else None
            callee = self._partials[self._partial_key(name, callee)] if handed is None and callee is not None \
                else handed[0] if handed else None
            name = self.last_name(callee)
        if name in _READS_ONLY and (callee is None or self.may_be_own(callee) is None):
            return  # (a function of this file by that name, `log(b)`, is asked about when the body is read)
        args, kwargs = self.arguments(call)
        for argument in [*args, *(value for _, value in kwargs.values())]:
            root = argument
            # Of a body's members only its object of inputs can be changed in place: a scalar one (`is_uuid(body["flowId"])`)
            # is passed by value.
            if root.type == "subscript" and ((path := self._object_path(root)) is None or path[1][-1:] != ("inputData",)):
                continue
            while root.type == "subscript":  # `fill(body["inputData"])` may change body's member object in place
                inner = root.child_by_field_id(self.fields.value)
                if inner is None:
                    break
                root = self.unwrap(inner)
            if root.type == "identifier":
                self.escapes.append((self.source.raw(root), root, argument, call))

    @functools.cached_property
    def hand_offs(self) -> HandOffsLike:
        from .handoff import PythonHandOffs  # only for a file whose body is handed to a call: not imported otherwise

        return PythonHandOffs(self, _READS_ONLY)

    def _object_path(self, node: Node) -> tuple[str, tuple[str, ...]] | None:
        """`body` or `body["inputData"]`: its root name and the keys to it, all written out; None otherwise."""
        found = self._keys_below(node)
        return (self.source.raw(found[0]), found[1]) if found is not None and found[0].type == "identifier" else None

    def _attribute_path(self, node: Node) -> tuple[str, str, tuple[str, ...]] | None:
        """`body.input_data` or `body.input_data["k"]`: the name, the attribute and the keys below it, all written out;
        None otherwise."""
        found = self._keys_below(node)
        root = found[0] if found is not None else None
        obj = root.child_by_field_id(self.fields.object) if root is not None and root.type == "attribute" else None
        attr = root.child_by_field_id(self.fields.attribute) if root is not None and root.type == "attribute" else None
        if found is None or obj is None or attr is None or obj.type != "identifier":
            return None
        return self.source.raw(obj), self.source.raw(attr), found[1]

    def _keys_below(self, node: Node) -> tuple[Node, tuple[str, ...]] | None:
        """What a chain of subscripts (`x["a"]["b"]`) is taken from, and its keys in order; None when a key is not
        written out."""
        keys: list[str] = []
        node = self.unwrap(node)
        while node.type == "subscript":
            index = node.child_by_field_id(self.fields.subscript)
            key = self.key(index) if index is not None else None
            if key is None:
                return None
            keys.append(key)
            node = self.unwrap(node.child_by_field_id(self.fields.value) or node)
        return node, tuple(reversed(keys))

    def _added_keys(self, call: Node, method: str) -> list[tuple[str, Node, Node | None]] | None:
        """The keys `body.update({...}, k=v)` or `body.setdefault("k", v)` writes, when all are written out: each with
        where it is written and the value it is given (None: setdefault's, which may give it or not)."""
        args, kwargs = self.arguments(call)
        if method == "setdefault":
            key = self.key(args[0]) if args else None
            return [(key, args[0], None)] if key is not None and not kwargs else None
        if None in kwargs or len(args) > 1:
            return None
        keys: list[tuple[str, Node, Node | None]] = []
        if args:
            target = self.unwrap(args[0])
            if target.type != "dictionary":
                return None
            for child in target.named_children:
                key_node = child.child_by_field_id(self.fields.key) if child.type == "pair" else None
                key = self.key(key_node) if key_node is not None else None
                if key is None and child.type != "comment":
                    return None
                if key is not None and key_node is not None:
                    keys.append((key, key_node, child.child_by_field_id(self.fields.value)))
        keys.extend((k, key_node, value) for k, (key_node, value) in kwargs.items() if k is not None)  # update's keywords last
        return keys

    def _wrote_keys(self, call: Node, method: str) -> None:
        """The keys a dict method's call may take out of whatever it is called on (`d.pop("x")`, `d.popitem()`,
        `d.clear()`) or give a new value (`d.update({...})`, `d["x"] = …` as `d.__setitem__`): wrote_key. (`items.pop()`,
        with no key, is a list's.)"""
        given = self.arguments(call)[0]
        if method in ("pop", "__delitem__") and given:
            self.wrote_key(given[0], removes=True, at=call)
        elif method in ("popitem", "clear"):
            self.wrote_key(None, removes=True, at=call)
        elif method == "update":
            keys = self._added_keys(call, method)
            for key in [None] if keys is None else [key for key, _, _ in keys]:
                self.wrote_key(key, removes=False, at=call)
        elif method == "__setitem__":
            self.wrote_key(given[0] if given else None, removes=False, at=call)

    def _attribute_set(self, left: Node, right: Node, node: Node) -> None:
        """`obj.attr = value`: an attribute set on a name (the SDK model's are read from these)."""
        obj, attr = left.child_by_field_id(self.fields.object), left.child_by_field_id(self.fields.attribute)
        if obj is not None and attr is not None and obj.type == "identifier":
            self.attributes.setdefault(self.source.raw(obj), []).append((self.source.raw(attr), right, attr))
            if self.source.raw(attr) not in _MODEL_MEMBERS:
                self.bindings.mutate(self.source.raw(obj), node)
        else:
            self._mutates(left)

    def _mutates(self, target: Node | None) -> None:
        while target is not None and target.type in ("attribute", "subscript"):
            target = target.child_by_field_id(self.fields.object) or target.child_by_field_id(self.fields.value)
        if target is None or target.id in self._changed_parts:
            return
        # A node walked for an earlier change is not walked again: in a chain (`f(a).update(b).update(c)…`) each
        # call's target holds every one after it, and walking each was quadratic (a 100 KB chain, 35 s).
        seen = self._changed_parts
        cursor = target.walk()
        while True:
            part = cursor.node
            new = part is not None and part.id not in seen
            if part is not None and new:
                seen.add(part.id)
                if part.type == "identifier":
                    self.bindings.mutate(self.source.raw(part), part)
            if new and cursor.goto_first_child():
                continue
            while not cursor.goto_next_sibling():
                if not cursor.goto_parent():
                    return

    def unwrap(self, node: Node) -> Node:
        while node.type in ("parenthesized_expression", "await") and node.named_children:
            node = node.named_children[-1]
        return node

    # -- values --------------------------------------------------------------------------------
    def value(self, node: Node, path: Path, spans: TreeSpans, key: Offsets | None, depth: int = 0) -> Any:
        if self.answers is not None and (answered := self.answers(node, path, spans, key, depth)) is not READ_ON:
            return answered
        start, end = self.source.offsets(node)
        node = self.unwrap(node)
        spans.add(path, key, (start, start + 1) if node.type in ("dictionary", "list", "tuple") else (start, end))
        if self.cut(node, path, depth):  # past max_depth, or too many values: unknown, an FL005 for the launch
            return Unknown(self.source.source(node))
        kind = node.type
        if kind == "identifier":
            found = self.bound_value(node, path, spans, key, depth)
            special = self.non_finite(node) if type(found) is Unknown else None
            return special if special is not None else found
        if kind == "dictionary":
            members: dict[str, Any] = {}
            is_open = False
            written: dict[str, Node] = {}  # the keys this literal writes itself (not a ** spread's), each where last
            for child in node.named_children:
                if child.type == "pair":
                    key_node, value_node = child.child_by_field_id(self.fields.key), child.child_by_field_id(self.fields.value)
                    name = self.key(key_node) if key_node is not None else None
                    if name is None or value_node is None:
                        is_open = True
                        if key_node is not None and key_node.type not in ("string", "concatenated_string", "integer") \
                                and spans.key_unknown is None:
                            spans.key_unknown = (self.source.offsets(key_node), self.source.source(key_node))
                        continue
                    earlier = written.get(name)
                    # The dict keeps the last: the earlier value is never sent (FL002). Keys of two types that json.dumps
                    # writes alike ({1: …, "1": …}) are two keys to Python: not this.
                    typed = ("integer", *_KEY_WORDS)
                    if earlier is not None and (earlier.type in typed) == (key_node.type in typed):  # type: ignore[union-attr]
                        spans.repeat((*path, name), self.source.offsets(earlier), "Python")
                    written[name] = key_node  # type: ignore[assignment]
                    members.pop(name, None)
                    spans.shown_only.discard((*path, name))  # (written here, after a spread that gave it)
                    members[name] = self.value(value_node, (*path, name), spans, self.source.offsets(key_node), depth + 1)  # type: ignore[arg-type]
                    if key_node.type == "attribute":  # type: ignore[union-attr]
                        spans.shown_only.add((*path, name))  # (`Keys.NAME`: a fix renaming it would rewrite its use)
                elif child.type == "dictionary_splat" and child.named_children and (
                        (spread := self.spread_members(child.named_children[0], path, spans, depth)) is not None
                        or (spread := self._maybe_spread(child.named_children[0], path, spans, depth)) is not None):
                    for name, item in spread.items():
                        members.pop(name, None)
                        members[name] = item
                    is_open = is_open or isinstance(spread, OpenObject)
                elif child.type != "comment":
                    is_open = True  # **spread of what flowlint cannot see, a comprehension
            return OpenObject(members) if is_open else members
        if kind in ("list", "tuple"):
            items: list[Any] = []
            for child in node.named_children:
                if child.type == "comment":
                    continue
                if child.type in ("list_splat", "parenthesized_list_splat"):
                    return Unknown(self.source.source(node))
                items.append(self.value(child, (*path, len(items)), spans, None, depth + 1))
            return items
        if kind in ("string", "concatenated_string"):
            text = self.string(node)
            if text is None and self.source.raw(node)[:3].lower().lstrip("r").startswith("f"):  # f"{n}": a str, whatever n holds
                return serialized_unknown(path, self.source.source(node))
            return text[0] if text is not None else Unknown(self.source.source(node))
        if kind in ("integer", "float") or (kind == "unary_operator" and self.source.raw(node).lstrip("-+ ")[:1].isdigit()):
            try:
                number = ast.literal_eval(self.source.raw(node))
            except (ValueError, SyntaxError, MemoryError, RecursionError):
                return Unknown(self.source.source(node))
            if isinstance(number, float) and not math.isfinite(number):  # 1e400: Python holds infinity
                return NoJsonNumber(self.source.raw(node), number, "python")
            return number if isinstance(number, (int, float)) else Unknown(self.source.source(node))
        if kind in ("attribute", "call", "unary_operator"):
            special = self.non_finite(node)
            if special is not None:
                return special
        if kind == "call" and (proxied := self.proxied(node)) is not None:
            return self.value(proxied, path, spans, key, depth + 1)  # a read-only view of a dict literal: that dict
        if kind in ("set", "set_comprehension", "call") and (refused := self.unencodable(node)) is not None:
            return refused
        if kind == "attribute" and self.source.raw(node.child_by_field_id(self.fields.object) or node) == "self":
            return self.self_value(node, path, spans, key, depth)
        if kind == "attribute" and self.source.raw(node.child_by_field_id(self.fields.attribute) or node) == "__dict__":
            obj = node.child_by_field_id(self.fields.object)
            found = self.instance_members(obj, path, spans, depth) if obj is not None else None
            if found is not None:
                return found
        if kind == "attribute":
            found = self.class_constant(node, depth)
            if found is not None:
                spans.shown_only.add(path)  # written in the class, which other code reads too: never edited here
                return found
        if kind == "subscript":
            found = self.constant_item(node, depth)
            if found is not None:
                spans.shown_only.add(path)  # written in the dict, which other code reads too: never edited here
                return found
        if kind in ("true", "false"):
            return kind == "true"
        if kind == "none":
            return None
        if kind == "call":
            return self.call_value(node, path, spans, key, depth)
        if kind == "binary_operator" and self.source.raw(node.child_by_field_id(self.fields.operator) or node) == "|":
            return self.union(node, path, spans, key, depth)
        if kind in ("attribute", "subscript") and self.values_from is not None:  # `config.FLOW_ID`, `FLOWS["x"]`, imported
            return self.imported_value(node, path, spans)
        return Unknown(self.source.source(node))

    def constant_item(self, node: Node, depth: int) -> str | int | float | bool | None:
        """`FLOWS["follow_up"]`: the string, number or boolean written as that item of the dict literal a name of this
        file is bound to once and never changed (no item written, not handed to code that may change it); None for
        anything else (a value not known, another kind of object, no such item, a key a dict may hold as a number or
        a constant: `"1"`, `"true"`)."""
        obj = node.child_by_field_id(self.fields.value)
        index = node.child_by_field_id(self.fields.subscript)
        item = self.key(index) if index is not None and index.type == "string" else None
        if obj is None or item is None or obj.type != "identifier" or item in ("true", "false", "null") \
                or item.lstrip("-").isdigit() or self.bindings.is_changed(self.source.raw(obj), obj):
            return None
        binding = self.bindings.key(self.source.raw(obj), obj)
        module_level = binding[0] == self.root.id  # (its value is the same wherever it is read: read once for all)
        found = self._constant_dicts.get(binding) if module_level else None
        if found is None:
            found = self.value(obj, (), TreeSpans(), None, depth + 1)
            if module_level and type(found) is dict:
                self._constant_dicts[binding] = found
        value = found.get(item) if type(found) is dict else None
        return value if isinstance(value, (str, int, float, bool)) else None

    def proxied(self, node: Node) -> Node | None:
        """The dict literal `types.MappingProxyType({…})` is a read-only view of (under any name the file imports it
        as); None for anything else."""
        node = self.unwrap(node)
        callee = node.child_by_field_id(self.fields.function) if node.type == "call" else None
        if callee is None or callee.type not in ("identifier", "attribute") or not self.source.raw(callee).endswith("MappingProxyType") \
                or self.meaning(self.source.raw(callee).replace(" ", ""), callee) != "types.MappingProxyType":
            return None
        args, kwargs = self.arguments(node)
        given = self.unwrap(args[0]) if len(args) == 1 and not kwargs else None
        return given if given is not None and given.type == "dictionary" else None

    def class_constant(self, node: Node, depth: int) -> str | int | float | bool | None:
        """`Config.FLOW_ID`: the string, number or boolean a class written at the top of this file (no base class, no
        decorator, its name bound once) binds that name to, once, in its own body, where nothing in the file may set
        an attribute of that name again (`x.FLOW_ID = …`, `setattr`, `vars`, `__dict__`) and the class is handed to no
        call that may change it; None for anything else."""
        obj = node.child_by_field_id(self.fields.object)
        attr = node.child_by_field_id(self.fields.attribute)
        if obj is None or attr is None or obj.type != "identifier":
            return None
        cls = self.class_named(obj)
        name = self.source.raw(attr)
        if cls is None or cls.child_by_field_id(self.fields.superclasses) is not None \
                or (cls.parent is not None and cls.parent.type == "decorated_definition") \
                or self.bindings.is_changed(self.source.raw(obj), obj) or self._may_set_attribute(name) \
                or self.is_escaped(self.source.raw(obj), obj):  # setup(Config) may set it where this file cannot see
            return None
        bound = self.bindings.bound.get((cls.id, name), [])
        if len(bound) != 1 or bound[0] is None:
            return None
        found = self.value(bound[0], (), TreeSpans(), None, depth + 1)
        return found if isinstance(found, (str, int, float, bool)) else None

    def _may_set_attribute(self, name: str) -> bool:
        """Whether the file may set an attribute of this name on some object (`x.name = …`, `x.name += …`, `del x.name`)
        or on any (`setattr`, `vars(…)`, `__dict__`: `*`)."""
        if self._attributes_set is None:  # (the file searched once for all the names asked, not once a name)
            text = self.source.text
            self._attributes_set = frozenset("*") if "setattr" in text or "vars(" in text or "__dict__" in text else \
                frozenset(re.findall(_ATTRIBUTE_SET, text)).union(*(re.findall(_MEMBER, line) for line in re.findall(_DELETED, text)))
        return "*" in self._attributes_set or name in self._attributes_set

    def _maybe_spread(self, node: Node, path: Path, spans: TreeSpans, depth: int) -> OpenObject | None:
        """`**({…} if c else {…})`: the members either dict literal may add (see maybe_members); None otherwise."""
        node = self.unwrap(node)
        branches = self._conditional_branches(node)
        parts = [part for part in node.named_children if part.type != "comment"]
        guards = [[(parts[1], True)], [(parts[1], False)]] if len(parts) == 3 else []  # (`a if c else b`)
        return self.maybe_members(branches, path, spans, depth, guards) if branches is not None else None

    def iterated_list(self, use: Node) -> tuple[Node, Node, bool] | None:
        """`for launch in LAUNCHES:` around the use (its body), or a comprehension's one `for` with no `if`
        (`[requests.post(URL, json=l) for l in LAUNCHES]`): the list iterated. None for a use no loop binds."""
        name, node = self.source.raw(use), use
        while node.parent is not None:
            parent = node.parent
            if parent.type in self.function_types:
                return None
            if parent.type == "for_statement" and node == parent.child_by_field_id(self.fields.body):
                item, iterable = parent.child_by_field_id(self.fields.left), parent.child_by_field_id(self.fields.right)
                if item is not None and item.type == "identifier" and self.source.raw(item) == name:
                    return (iterable, node, False) if iterable is not None else None
            if parent.type in ("list_comprehension", "generator_expression", "set_comprehension") \
                    and node == parent.child_by_field_id(self.fields.body):
                clauses = [child for child in parent.named_children if child.type in ("for_in_clause", "if_clause")]
                item = clauses[0].child_by_field_id(self.fields.left) if len(clauses) == 1 else None
                if clauses and clauses[0].type == "for_in_clause" and item is not None and item.type == "identifier" \
                        and self.source.raw(item) == name:
                    iterable = clauses[0].child_by_field_id(self.fields.right)
                    return (iterable, node, False) if iterable is not None else None
                return None
            node = parent
        return None

    def _conditional_branches(self, node: Node) -> list[Node] | None:
        """The two values `a if c else b` chooses between; None for any other node."""
        parts = [part for part in node.named_children if part.type != "comment"] if node.type == "conditional_expression" else []
        return [parts[0], parts[2]] if len(parts) == 3 else None

    def union(self, node: Node, path: Path, spans: TreeSpans, key: Offsets | None, depth: int) -> Any:
        """`DEFAULTS | {"flowId": …}`: two dicts flowlint knows merged, the right one's items last (a name's located where
        it writes them, shown but never edited, as a spread's); unknown when either side is not a dict known here."""
        members: dict[str, Any] = {}
        is_open = False
        for side in (node.child_by_field_id(self.fields.left), node.child_by_field_id(self.fields.right)):
            side = self.unwrap(side) if side is not None else None
            part = None if side is None else self.value(side, path, spans, key, depth + 1) if side.type in (
                "dictionary", "binary_operator") else self.spread_members(side, path, spans, depth)
            if not isinstance(part, dict):
                return Unknown(self.source.source(node))
            for name, item in part.items():
                members.pop(name, None)
                members[name] = item
            is_open = is_open or isinstance(part, OpenObject)
        return OpenObject(members) if is_open else members

    def unencodable(self, node: Node) -> Unencodable | None:
        """A value json.dumps raises TypeError on, written where it is: a set (a display, a comprehension, the
        builtins `set(…)` and `frozenset(…)`), or a date, time or UUID the standard library makes (`datetime.now()`,
        `date(2024, 5, 1)`, `uuid.uuid4()`, by the file's imports); None for anything else (a name, a call of the file's)."""
        if node.type == "set" and all(item.type in ("ellipsis", "comment") for item in node.named_children):
            return None  # `{...}`: the placeholder of "your values here", as `...` is, never a set anyone means to send
        if node.type in ("set", "set_comprehension"):
            return Unencodable(self.source.source(node), "a set")
        callee = node.child_by_field_id(self.fields.function)
        if callee is None or callee.type not in ("identifier", "attribute"):
            return None
        written = self.source.raw(callee).replace(" ", "")
        if written in ("set", "frozenset") and self.bindings.key(written, callee)[0] == -1:  # the builtins, not rebound
            return Unencodable(self.source.source(node), "a set")
        what = _UNENCODABLE_MAKERS.get(self.meaning(written, callee) or "")
        return Unencodable(self.source.source(node), what) if what is not None else None

    def non_finite(self, node: Node) -> NoJsonNumber | None:
        """`float('inf')`, `float("nan")`, `math.inf`, `np.nan` (numpy's), or one of them negated: a float JSON has no
        number for; None for anything else."""
        operand = node.named_children[-1] if node.type == "unary_operator" and node.named_children else node
        operator = self.source.raw(node).lstrip()[:1] if node.type == "unary_operator" else "+"
        if operator not in ("+", "-"):  # ~x
            return None
        sign = -1.0 if operator == "-" else 1.0
        if operand.type in ("attribute", "identifier"):
            meaning = self.meaning(self.source.raw(operand).replace(" ", ""), operand)
            if meaning not in ("math.inf", "math.nan", "numpy.inf", "numpy.nan"):
                return None
            number = float(meaning.rpartition(".")[2])
        elif operand.type == "call":
            callee = operand.child_by_field_id(self.fields.function)
            if callee is None or self.source.raw(callee) != "float":
                return None
            args, kwargs = self.arguments(operand)
            if len(args) != 1 or kwargs or args[0].type != "string" or self.bindings.key("float", callee)[0] != -1:  # rebound
                return None
            text = self.string(args[0])
            try:
                number = float(text[0]) if text is not None else 0.0
            except ValueError:
                return None
            if math.isfinite(number):
                return None
            written = text[0].strip() if text is not None else ""
            if literal_size(written) is not None:  # `float("31415926…e400")`: a long literal, said by its size only
                negative = written.startswith("-") != (sign < 0)
                return NoJsonNumber(("-" if negative else "") + written.lstrip("+-"), sign * number, "python")
        else:
            return None
        return NoJsonNumber(self.source.source(node), sign * number, "python")

    def call_value(self, node: Node, path: Path, spans: TreeSpans, key: Offsets | None, depth: int) -> Any:
        callee = node.child_by_field_id(self.fields.function)
        name = self.source.raw(callee).replace(" ", "") if callee is not None else ""
        args, kwargs = self.arguments(node)
        if name in ("json.dumps", "dumps") and args:
            inner = self.value(args[0], path, spans, key, depth + 1)
            if contains_unknown(inner) or len(args) > 1 or kwargs:
                return serialized_unknown(path, self.source.source(node))
            return json.dumps(inner)
        dumped = self.dumped(node, path, spans, depth)
        if dumped is not None:
            return dumped
        if name == "vars" and len(args) == 1 and not kwargs and callee is not None \
                and self.bindings.key("vars", callee)[0] == -1:  # (the builtin: not rebound)
            found = self.instance_members(args[0], path, spans, depth)
            if found is not None:
                return found
        if (name == "str" and len(args) == 1 and not kwargs) or _TEXT_CALL.fullmatch(name):  # str(n), ",".join(xs)
            return serialized_unknown(path, self.source.source(node))
        if (name == "dict" or self.typed_dict(callee)) and not args:
            members = {}
            for keyword, (key_node, value_node) in kwargs.items():
                if keyword is None:
                    return Unknown(self.source.source(node))
                members[keyword] = self.value(value_node, (*path, keyword), spans, self.source.offsets(key_node), depth + 1)
            return members
        imported = self.imported_returned(node, path, spans, depth)
        if imported is not None:
            return imported
        method = self.method_dict(node, path, spans, depth)
        if method is not None:
            return method
        return self.returned_value(node, path, spans, key, depth)

    def method_dict(self, call: Node, path: Path, spans: TreeSpans, depth: int) -> Any:
        """`launch.to_dict()` of `launch = Launch(…)`, a plain class of this file (instance_members: what its instances
        hold, the instance not changed or handed away), whose method of that name takes only `self` and is one `return`
        of a dict literal (only_return): that dict, its keys as written there; a value `self.<attribute>` is what the
        instance holds, any other that reads `self` unknown. Said at this call, never edited. None otherwise."""
        callee = call.child_by_field_id(self.fields.function)
        instance = callee.child_by_field_id(self.fields.object) if callee is not None and callee.type == "attribute" else None
        named = callee.child_by_field_id(self.fields.attribute) if callee is not None and callee.type == "attribute" else None
        if instance is None or named is None or instance.type != "identifier" or self.arguments(call) != ([], {}):
            return None
        found = self.instance_of(instance)
        if found is None and self.values_from is not None:
            return self._imported_method_dict(instance, self.source.raw(named), path, spans, depth)
        if found is None or found[1] is None:
            return None
        method = self._class_method(found[0], self.source.raw(named))
        returned = self.only_return(method) if method is not None else None
        params = self._params.get(method.id) if method is not None else None
        if method is None or returned is None or returned.type != "dictionary" or params is None or len(params) != 1 \
                or params[0] is None:
            return None
        attributes = self.instance_members(instance, (), TreeSpans(), depth)
        if attributes is None:
            return None
        return self._method_returns(returned, params[0], attributes, path, spans, depth)

    def _imported_method_dict(self, instance: Node, name: str, path: Path, spans: TreeSpans, depth: int) -> Any:
        """method_dict of an instance made here of a class another module of the run defines (`from app.models import
        Launch`; `launch = Launch(…)`; `json=launch.to_dict()`): the dict its method returns, read by that module's
        reader, each `self.<attribute>` what the instance holds (imported_instance: the same guards). None otherwise."""
        made_here = self._made_of_imported_class(instance)
        if made_here is None:
            return None
        other, cls = made_here[3], made_here[6]
        method = other._class_method(cls, name)
        returned = other.only_return(method) if method is not None else None
        params = other._params.get(method.id) if method is not None else None
        if method is None or returned is None or returned.type != "dictionary" or params is None or len(params) != 1 \
                or params[0] is None:
            return None
        attributes = self.imported_instance(instance, (), TreeSpans(), depth)
        if attributes is None:
            return None
        return other._method_returns(returned, params[0], attributes, path, spans, depth)

    def _class_method(self, cls: Node, name: str) -> Node | None:
        """The one undecorated method of that name a class's body defines (None: none, several, or decorated)."""
        found = self._methods_named(cls, name)
        return found[0][0] if len(found) == 1 and found[0][0].type == "function_definition" else None

    def _methods_named(self, cls: Node, name: str) -> list[tuple[Node, Node]]:
        """The members of a class's body defining a function of that name: each as written (decorated or not) and the
        function itself."""
        block = cls.child_by_field_id(self.fields.body)
        found = []
        for member in block.named_children if block is not None else ():
            defined = member.child_by_field_id(self.fields.definition) if member.type == "decorated_definition" else member
            written = defined.child_by_field_id(self.fields.name) if defined is not None \
                and defined.type == "function_definition" else None
            if defined is not None and written is not None and self.source.raw(written) == name:
                found.append((member, defined))
        return found

    def _classmethod_class(self, name: Node) -> Node | None:
        """The class a name is the first parameter of a `@classmethod` of (`cls`), where it is bound nowhere else."""
        function = self.bindings.binder(self.source.raw(name), name)
        params = self._params.get(function.id) if function is not None and function.type == "function_definition" else None
        decorated = function.parent if function is not None else None
        block = decorated.parent if decorated is not None and decorated.type == "decorated_definition" else None
        if function is None or not params or params[0] != self.source.raw(name) or decorated is None or block is None \
                or block.type != "block" or block.parent is None or block.parent.type != "class_definition" \
                or len(self.bindings.bound.get((function.id, params[0]), ())) != 1:
            return None
        marks = [self.source.raw(d).lstrip("@").strip() for d in decorated.named_children if d.type == "decorator"]
        return block.parent if marks == ["classmethod"] else None

    def _static_method(self, cls: Node, name: str) -> tuple[Node, bool] | None:
        """The one method of that name a class's body defines when it is decorated `@staticmethod` or `@classmethod` and
        nothing else: the function, and whether it is a classmethod (its first parameter the class). None otherwise."""
        found = self._methods_named(cls, name)
        if len(found) != 1 or found[0][0].type != "decorated_definition":
            return None
        marks = [self.source.raw(d).lstrip("@").strip() for d in found[0][0].named_children if d.type == "decorator"]
        if marks not in (["staticmethod"], ["classmethod"]):
            return None
        return found[0][1], marks == ["classmethod"]

    def _method_returns(self, node: Node, own: str, attributes: dict[str, Any], path: Path, spans: TreeSpans,
                        depth: int) -> Any:
        """What a part of a method's returned dict is for the instance whose attributes these are (method_dict)."""
        node = self.unwrap(node)
        spans.shown_only.add(path)
        holder = node.child_by_field_id(self.fields.object) if node.type == "attribute" else None
        attribute = node.child_by_field_id(self.fields.attribute) if node.type == "attribute" else None
        if holder is not None and attribute is not None and holder.type == "identifier" and self.source.raw(holder) == own:
            name = self.source.raw(attribute)
            return attributes[name] if name in attributes else Unknown(self.source.source(node))
        if node.type == "dictionary" and depth < self.max_depth:
            body: dict[str, Any] = {}
            for pair in node.named_children:
                if pair.type == "comment":
                    continue
                key = pair.child_by_field_id(self.fields.key) if pair.type == "pair" else None
                value = pair.child_by_field_id(self.fields.value) if pair.type == "pair" else None
                written = self.value(key, (), TreeSpans(), None, depth + 1) if key is not None else None
                if value is None or not isinstance(written, str):
                    return Unknown(self.source.source(node))
                body[written] = self._method_returns(value, own, attributes, (*path, written), spans, depth + 1)
            return body
        if any(n.type == "identifier" and self.source.raw(n) == own for n in walk(node)):
            return Unknown(self.source.source(node))
        return self.value(node, path, TreeSpans(), None, depth + 1)

    def imported_returned(self, call: Node, path: Path, spans: TreeSpans, depth: int) -> Any:
        """`build(flow_id, name)` of a function another module of the run defines at module level (imported by name or
        as its module's member: imported_binding), undecorated, whose plain parameters (defaults allowed; no `*args`,
        `**kwargs` or keyword-only ones) are its only names bound and whose body is one `return` of a dict literal (a
        docstring beside it): that dict, read by that module's reader. Its keys as written there; a value that is a
        parameter is this call's argument (one not given: its literal default), one built from a parameter is unknown,
        any other read there as a constant of that module is. None otherwise. Shown at this call, never edited there."""
        callee = call.child_by_field_id(self.fields.function)
        if self.values_from is None or callee is None or callee.type not in ("identifier", "attribute"):
            return None
        found = self.values_from.imported_binding(callee)
        if found is None or not isinstance(found[0], PythonReader):
            return None
        other, name, module, _ = found
        function = other.top_function(name)
        returned = other.only_return(function) if function is not None else None
        if function is None or returned is None or returned.type != "dictionary":
            return None
        params = other._params.get(function.id, [])
        written = function.child_by_field_id(other.fields.parameters)
        parts = [part for part in written.named_children if part.type not in ("comment", "positional_separator")] \
            if written is not None else []
        if None in params or len(params) != len(parts):
            return None  # (`*args`, `**kwargs`, a keyword-only parameter: which argument each is, not read here)
        args, kwargs = self.arguments(call)
        if None in kwargs or any(a.type in ("list_splat", "dictionary_splat") for a in args) or len(args) > len(params) \
                or set(kwargs) - set(params) or not self.values_from.entered(module, name):
            return None
        given: dict[str, Node | None] = {}
        for index, param in enumerate(p for p in params if p is not None):
            given[param] = args[index] if index < len(args) else kwargs.get(param, (None, None))[1]
        try:
            return self._returned_there(other, function, returned, given, path, spans, depth)
        finally:
            self.values_from.left(module, name)

    def _returned_there(self, other: PythonReader, function: Node, node: Node, given: dict[str, Node | None], path: Path,
                        spans: TreeSpans, depth: int) -> Any:
        """What a part of an imported function's returned dict is at this call (imported_returned)."""
        node = other.unwrap(node)
        spans.shown_only.add(path)
        if node.type == "identifier" and other.source.raw(node) in given:
            argument = given[other.source.raw(node)]
            if argument is not None:
                return self.value(argument, path, spans, self.source.offsets(argument), depth + 1)
            default = other._default_of(function, other.source.raw(node))
            if default is None or default.type not in ("string", "integer", "float", "true", "false", "none"):
                return Unknown(other.source.source(node))
            return other.value(default, path, TreeSpans(), None, depth + 1)
        if node.type == "dictionary" and depth < self.max_depth:
            body: dict[str, Any] = {}
            for pair in node.named_children:
                if pair.type == "comment":
                    continue
                key = pair.child_by_field_id(other.fields.key) if pair.type == "pair" else None
                value = pair.child_by_field_id(other.fields.value) if pair.type == "pair" else None
                written = other.value(key, (), TreeSpans(), None, depth + 1) if key is not None else None
                if value is None or not isinstance(written, str):
                    return Unknown(other.source.source(node))  # (`**other`, a key not written as a string)
                body[written] = self._returned_there(other, function, value, given, (*path, written), spans, depth + 1)
            return body
        if any(n.type == "identifier" and other.source.raw(n) in given for n in walk(node)):
            return Unknown(other.source.source(node))  # (built from a parameter there: not read with this call's values)
        return other.value(node, path, TreeSpans(), None, depth + 1)

    # -- dataclasses and pydantic models dumped into a body -------------------------------------------------------
    def dumped(self, call: Node, path: Path, spans: TreeSpans, depth: int, *, as_json: bool = False) -> Any:
        """`asdict(x)`, `x.model_dump()`, `x.dict()` (`as_json`: `x.model_dump_json()`, `x.json()`) of an instance of a
        class written in this file whose fields are plain annotated names: a dict of its field names, each value
        unknown unless a literal default nothing replaces. None when it is no such dump of such a class.

        The field names are located where the class writes them, never edited: a fix is shown, not applied there."""
        callee = call.child_by_field_id(self.fields.function)
        if callee is None:
            return None
        args, kwargs = self.arguments(call)
        method = callee.child_by_field_id(self.fields.attribute) if callee.type == "attribute" else None
        meant = self.meaning(self.source.raw(callee).replace(" ", ""), callee) if not as_json else None
        if meant == "dataclasses.asdict" or meant in _ATTRS_ASDICT:
            if len(args) != 1 or kwargs:
                return None
            instance, wanted = args[0], "dataclass" if meant == "dataclasses.asdict" else "attrs"
        elif method is not None and self.source.raw(method) in (("model_dump_json", "json") if as_json else ("model_dump", "dict")):
            if args or set(kwargs) - {"mode", "indent", "by_alias"} \
                    or ("by_alias" in kwargs and kwargs["by_alias"][1].type not in ("true", "false")):
                return None  # include=, exclude_none=…: which members and names is not known here
            instance, wanted = callee.child_by_field_id(self.fields.object), "pydantic"  # type: ignore[assignment]
        else:
            return None
        by_alias = "by_alias" in kwargs and kwargs["by_alias"][1].type == "true"
        found = self.instance_of(instance) if instance is not None else None
        if found is None and instance is not None and self.values_from is not None:
            return self.imported_dump(instance, wanted, path, spans, depth, by_alias=by_alias)
        fields = self.plain_fields(found[0], wanted) if found is not None else None
        if found is None or fields is None:
            return None
        # A pydantic model's fields are made with their aliases (or names, populate_by_name) and dumped under their
        # names, or their aliases `by_alias`.
        made_as, dumped_as = self.pydantic_names(found[0]) if wanted == "pydantic" else ({}, {})
        keys = {field: dumped_as.get(field, field) if by_alias else field for field, *_ in fields}
        made = found[1]
        given: set[str] = set()
        every_given = made is None  # an annotated parameter: any field may have been given
        if made is not None:
            made_args, made_kwargs = self.arguments(made)
            given = {name for name, *_ in fields[:len(made_args)]} | {made_as.get(k, k) for k in made_kwargs if k is not None}
            every_given = None in made_kwargs or any(a.type in ("list_splat", "dictionary_splat") for a in made_args)
        named = self.unwrap(instance) if instance is not None else None
        name = self.source.raw(named) if named is not None else ""
        changed = {attribute for attribute, _, _ in self.attributes.get(name, [])} | (
            {field for field, *_ in fields} if named is not None and (
                self.is_escaped(name, named) or (named.type == "identifier" and self.bindings.is_changed(name, named)))
            else set())
        # asdict copies what a dataclass is made with, unconverted: the values written where it is made are its values.
        given_values, unmapped = self.made_with(found[0], made, fields, made_as) if made is not None and not every_given \
            else ({}, False)
        written = given_values if wanted != "pydantic" else {}
        body: dict[str, Any] = {}
        unknown: list[str] = []
        converted: list[str] = []  # pydantic dict fields: their keys as given, their values converted (not known)
        for field, name_node, default in fields:
            member = (*path, keys[field])
            spans.shown_only.add(member)
            if field in written and field not in changed:
                body[keys[field]] = self.value(written[field], member, spans, self.source.offsets(name_node), depth + 1)
            elif default is not None and not every_given and field not in given and field not in changed \
                    and default.type in ("string", "integer", "float", "true", "false", "none"):
                body[keys[field]] = self.value(default, member, spans, self.source.offsets(name_node), depth + 1)
            elif wanted == "pydantic" and field in given_values and field not in changed \
                    and self.keeps_value(name_node, given_values[field]):
                # a `str` field given a string literal (`int` an integer, `bool` True/False): validated as itself
                body[keys[field]] = self.value(given_values[field], member, spans, self.source.offsets(name_node), depth + 1)
            elif wanted == "pydantic" and field in given_values and field not in changed \
                    and self.keeps_keys(name_node, given_values[field]):
                # pydantic validates a `dict[str, …]` field into a dict of the keys it is given, each value converted
                kept = self.value(given_values[field], member, spans, self.source.offsets(name_node), depth + 1)
                body[keys[field]] = {name: Unknown(name) for name in kept} if type(kept) is dict else Unknown(field)
                (converted if type(kept) is dict else unknown).append(field)
            else:
                body[keys[field]] = Unknown(field)
                unknown.append(field)
                spans.add(member, self.source.offsets(name_node), self.source.offsets(name_node))
        # Said with -v (FL011) where values written where it is made are lost (values its caller gives, a parameter's or
        # *args', are no more known than a plain parameter's, which is no note): the body comes from the class, and why.
        lost = [field for field in unknown if field in given_values and not isinstance(
            self.value(given_values[field], (), TreeSpans(), None, depth + 1), Unknown)] + converted
        if (lost or unmapped) and spans.values_unknown is None:
            cls = self.source.raw(found[0].child_by_field_id(self.fields.name) or found[0])
            what = f"`{path[-1]}`" if path else "the body"
            said = [f"`{field}`" if field in unknown else f"`{field}`'s values" for field, *_ in fields
                    if field in unknown or field in converted]
            listed = ", ".join(said[:3]) + (", …" if len(said) > 3 else "")
            why = self._dump_unknown(cls, self.source.source(named, 40) if named is not None else "", wanted,
                                     bool(set(lost) & changed))
            spans.values_unknown = (self.source.offsets(made if made is not None else call),
                                    f"{what} is dumped from `{cls}` ({listed} not known): {why}",
                                    "check the body as a payload file, or build it in this file as a dict literal")
        return body

    def _made_of_imported_class(self, instance: Node) -> tuple[Node | None, str, Node, PythonReader, str, str, Node] | None:
        """For `Launch(…)` (`m.Launch(…)`) of a class another module of the run defines (a module-level import of it or
        of its module, maybe through a package passing it on: imported_binding), made where it is used or bound here to a
        name: the name's node (None: made where it is used) and text, the call, that module's reader, the class's name
        there, the module and its class node. None otherwise."""
        named: Node | None = self.unwrap(instance)
        if named is None or named.type not in ("identifier", "call") or self.values_from is None:
            return None
        if named.type == "call":  # asdict(Launch(…)): made where it is dumped, nothing else reaches it
            made: Node | None = named
            named, name = None, ""
        else:
            name = self.source.raw(named)
            made = self.bindings.resolve(name, named, as_made=True)
            made = self.unwrap(made) if made is not None else None
        callee = made.child_by_field_id(self.fields.function) if made is not None and made.type == "call" else None
        found = self.values_from.imported_binding(callee) \
            if callee is not None and callee.type in ("identifier", "attribute") else None
        if made is None or found is None or not isinstance(found[0], PythonReader):
            return None
        other, cls_name, module, _ = found
        cls = other.top_class(cls_name)
        return (named, name, made, other, cls_name, module, cls) if cls is not None else None

    def imported_dump(self, instance: Node, wanted: str, path: Path, spans: TreeSpans, depth: int, *,
                      by_alias: bool = False) -> Any:
        """`asdict(launch)` / `launch.model_dump()` of `launch = Launch(…)` made here of a dataclass or a pydantic model
        another module of the run defines (`from app.models import Launch`), read by that module's own reader
        (plain_fields: the same guards): its field names, each value the one this call gives (a dataclass's keyword, or
        its positional argument when the fields are its parameters in order; a pydantic model's only where validation
        keeps it: keeps_value), or a literal default it does not give; unknown otherwise, and all of them when the
        instance is changed or handed away here. None: no such instance. Shown at this call, never edited."""
        made_here = self._made_of_imported_class(instance)
        if made_here is None:
            return None
        named, name, made, other, cls_name, module, cls = made_here
        if self.values_from is None or not self.values_from.entered(module, cls_name):
            return None
        try:
            fields = other.plain_fields(cls, wanted)
            if fields is None:
                return None
            if wanted == "pydantic":
                made_as, dumped_as = other.pydantic_names(cls)
                if any(keyword != field for keyword, field in made_as.items()) \
                        or (by_alias and any(key != field for field, key in dumped_as.items())):
                    return None  # (a model made or dumped under aliases: read in its own module only)
            args, kwargs = self.arguments(made)
            every = None in kwargs or any(a.type in ("list_splat", "dictionary_splat") for a in args)
            changed = named is not None and (bool(self.attributes.get(name)) or self.is_escaped(name, named)
                                             or self.bindings.is_changed(name, named))
            names = [field for field, *_ in fields]
            given = {keyword: value for keyword, (_, value) in kwargs.items() if keyword is not None and keyword in names}
            decorated = cls.parent if cls.parent is not None and cls.parent.type == "decorated_definition" else None
            in_order = decorated is not None and b"kw_only" not in other.source.data[decorated.start_byte:cls.start_byte] \
                and not any(default is not None and default.type == "call" for *_, default in fields)
            if args and (not in_order or len(args) > len(names)):
                every = True  # (which field each positional argument is given is not known)
            else:
                given.update(zip(names, args, strict=False))
            body: dict[str, Any] = {}
            for field, name_node, default in fields:
                member = (*path, field)
                spans.shown_only.add(member)
                value = given.get(field)
                if every or changed:
                    body[field] = Unknown(field)
                elif value is not None and (wanted != "pydantic" or other.keeps_value(name_node, value)):
                    body[field] = self.value(value, member, spans, self.source.offsets(value), depth + 1)
                elif value is None and default is not None and default.type in ("string", "integer", "float", "true",
                                                                                  "false", "none"):
                    body[field] = other.value(default, member, TreeSpans(), None, depth + 1)
                else:
                    body[field] = Unknown(field)
            return body
        finally:
            self.values_from.left(module, cls_name)

    def keeps_value(self, name: Node, given: Node) -> bool:
        """Whether a pydantic field annotated `str`, `int` or `bool` (the builtins) is given a literal of that very type,
        which its validation returns unchanged."""
        written = self._annotation(name)
        literal = {"str": ("string",), "int": ("integer",), "bool": ("true", "false")}.get(written)
        return literal is not None and given.type in literal and self.bindings.binder(written, name) is None

    def _annotation(self, name: Node) -> str:
        """The annotation of the field a class body names here, as written without spaces (`dict[str,Any]`); "" for none."""
        annotation = name.parent.child_by_field_id(self.fields.type) if name.parent is not None else None
        return self.source.raw(annotation).replace(" ", "") if annotation is not None else ""

    def keeps_keys(self, name: Node, given: Node) -> bool:
        """Whether a pydantic field annotated `dict` or `dict[str, …]` (`Dict`: typing's) is given a dict literal whose
        keys are all strings written out: what the model dumps is a dict of those very keys."""
        written = self._annotation(name)
        base, bracket, _ = written.partition("[")
        if (bracket and not (written.startswith(f"{base}[str,") and written.endswith("]"))) or given.type != "dictionary":
            return False
        if not (base == "dict" and self.bindings.binder("dict", name) is None) \
                and self.meaning(base, name) not in ("typing.Dict", "typing_extensions.Dict"):
            return False
        return all(pair.type == "comment" or (pair.type == "pair" and (pair.child_by_field_id(self.fields.key) or pair).type
                                               == "string") for pair in given.named_children)

    @staticmethod
    def _dump_unknown(cls: str, shown: str, wanted: str, changed: bool) -> str:
        """Why fields of a dumped instance do not hold the values written where it is made."""
        if wanted == "pydantic":
            return f"`{cls}` is a pydantic model, whose dump converts the values it is made with to its fields' types"
        if changed:
            return f"`{shown}` has fields set or changed after it is made, or is handed to code that may change them"
        return f"which field of `{cls}` each argument by position is given is not known here (a `kw_only` or `field(…)`)"

    def made_with(self, cls: Node, made: Node, fields: list[tuple[str, Node, Node | None]],
                  made_as: dict[str, str] | None = None) -> tuple[dict[str, Node], bool]:
        """The values a class is made with (`Launch("id", input_data={…})`), by field: its keywords (`made_as`: the
        field each keyword gives, a pydantic model's aliases), and its positional arguments where its fields are its
        `__init__`'s parameters in order (a dataclass without `kw_only` or `field(…)`, which may leave a field out of
        them); and whether some are given by position to fields not known."""
        args, kwargs = self.arguments(made)
        names = [name for name, *_ in fields]
        given_as = made_as or {name: name for name in names}
        written = {given_as[keyword]: value for keyword, (_, value) in kwargs.items()
                   if keyword is not None and keyword in given_as and given_as[keyword] in names}
        decorated = cls.parent if cls.parent is not None and cls.parent.type == "decorated_definition" else None
        in_order = decorated is not None and b"kw_only" not in self.source.data[decorated.start_byte:cls.start_byte] \
            and not any(default is not None and default.type == "call" for *_, default in fields)
        if in_order and len(args) <= len(names):
            written.update(zip(names, args, strict=False))
            return written, False
        return written, bool(args)

    # -- a plain class's instance sent as its attributes (vars(x), x.__dict__) ------------------------------------------
    def instance_members(self, instance: Node, path: Path, spans: TreeSpans, depth: int) -> dict[str, Any] | None:
        """`vars(launch)` or `launch.__dict__` of an instance made here of a class written in this file whose instances
        are plain data (plain_init): the attributes its `__init__` sets, its parameters bound to the call's arguments.
        None otherwise (then unknown): made elsewhere, changed after it is made (an attribute set, handed to a call),
        a class that may set other attributes. Located where the class writes them, never edited there."""
        found = self.instance_of(instance)
        if found is None and self.values_from is not None:
            return self.imported_instance(instance, path, spans, depth)
        plain = self.plain_init(found[0]) if found is not None else None
        named = self.unwrap(instance)
        if found is None or found[1] is None or plain is None or named.type != "identifier":
            return None
        name = self.source.raw(named)
        made = found[1]
        if self.attributes.get(name) or self._handed_away(name, named) or self.bindings.is_changed(name, named) \
                or not self._only_read_here(name, named, made):
            return None
        init, members = plain
        frame: dict[str, Node | None] = {}
        if init is not None:
            args, kwargs = self.arguments(made)
            if None in kwargs or any(a.type in ("list_splat", "dictionary_splat") for a in args) or len(self.frames) >= 3 \
                    or self._budget <= 0 or init.id in self.frames or init.id not in self._params:
                return None
            params = self._params[init.id][1:]
            if len(args) > len(params):
                return None  # (a TypeError: nothing is sent)
            self._budget -= 1
            for index, param in enumerate(params):
                if param is not None:
                    frame[param] = args[index] if index < len(args) else kwargs.get(param, (None, None))[1]
            self.frames[init.id] = frame
        body: dict[str, Any] = {}
        try:
            for attribute, key_node, value_node in members:
                member = (*path, attribute)
                spans.shown_only.add(member)
                body[attribute] = self.value(  # (set again: it keeps its first place, as in the instance's dict)
                    value_node, member, spans, self.source.offsets(key_node), depth + 1)
        finally:
            if init is not None:
                del self.frames[init.id]
        return body

    def imported_instance(self, instance: Node, path: Path, spans: TreeSpans, depth: int) -> dict[str, Any] | None:
        """`vars(launch)` / `launch.__dict__` of `launch = Launch(…)` made here of a class another module of the run
        defines, imported by a module-level import (`from app.models import Launch`): what its instances hold, as for a
        class of this file (plain_init, read by that module's own reader, with the same guards; the instance not changed
        or handed away here), each attribute `__init__` sets to a parameter being this call's argument. One set to
        anything built from a parameter is unknown (written in the other module: not read with this call's values).
        None otherwise. Shown at this call, never edited (the class is the other module's)."""
        made_here = self._made_of_imported_class(instance)
        if made_here is None:
            return None
        named, name, made, other, cls_name, module, cls = made_here
        if named is None or self.attributes.get(name) or self._handed_away(name, named) \
                or self.bindings.is_changed(name, named) or not self._only_read_here(name, named, made):
            return None
        args, kwargs = self.arguments(made)
        if None in kwargs or any(a.type in ("list_splat", "dictionary_splat") for a in args) \
                or not self.values_from.entered(module, cls_name):
            return None
        try:
            plain = other.plain_init(cls)
            if plain is None:
                return None
            init, members = plain
            given: dict[str, Node | None] = {}  # a parameter's name -> this call's argument (None: not given)
            named_params: set[str] = set()
            if init is not None:
                if init.id not in other._params:
                    return None
                params = other._params[init.id][1:]
                if len(args) > len(params) or None in params:
                    return None  # (a TypeError, or a parameter not a plain name: not read)
                for index, param in enumerate(name for name in params if name is not None):
                    given[param] = args[index] if index < len(args) else kwargs.get(param, (None, None))[1]
                written_params = init.child_by_field_id(other.fields.parameters)
                named_params = {other.source.raw(n) for n in walk(written_params) if n.type == "identifier"} \
                    if written_params is not None else set()
            body: dict[str, Any] = {}
            for attribute, _, value_node in members:
                member = (*path, attribute)
                spans.shown_only.add(member)
                value = other.unwrap(value_node)
                written = other.source.raw(value) if value.type == "identifier" else None
                if written is not None and written in given and given[written] is not None:
                    argument = given[written]
                    assert argument is not None
                    item = self.value(argument, member, spans, self.source.offsets(argument), depth + 1)
                elif any(n.type == "identifier" and other.source.raw(n) in named_params for n in walk(value)):
                    item = Unknown(other.source.source(value))  # (a default, or built from a parameter there)
                else:
                    item = other.value(value_node, member, TreeSpans(), None, depth + 1)
                body[attribute] = item  # (set again: it keeps its first place, as in the instance's dict)
            return body
        finally:
            self.values_from.left(module, cls_name)

    def _only_read_here(self, name: str, sent: Node, made: Node) -> bool:
        """Whether the binding a name means where it is sent is mentioned only where it is made, where it is sent, and
        to read an attribute into text, a comparison or a test (`f"{launch.flowId}"`): bound to another name
        (`other = launch`, `inputs = launch.inputData`), handed to any call, put in a container, its `__init__` or
        `__dict__` reached, it may change where vars() is not shown the change."""
        size = len(name.encode())
        binding = self.bindings.key(name, sent)
        for start in self._mentions(name):
            node = self.root.descendant_for_byte_range(start, start + size)
            if node is None or node.type != "identifier" or node.end_byte != start + size or node == sent:
                continue
            if self.bindings.key(name, node) != binding:
                continue  # (another binding of the same name)
            use = node.parent
            if use is not None and use.type == "assignment" and use.child_by_field_id(self.fields.left) == node \
                    and use.child_by_field_id(self.fields.right) is not None \
                    and self.unwrap(use.child_by_field_id(self.fields.right) or use) == made:
                continue  # where it is made
            if use is None or use.type != "attribute" or use.child_by_field_id(self.fields.object) != node \
                    or self.source.raw(use.child_by_field_id(self.fields.attribute) or use).startswith("__"):
                return False
            outer = use.parent
            if outer is None or outer.type not in ("interpolation", "binary_operator", "comparison_operator",
                                                   "boolean_operator", "not_operator", "parenthesized_expression"):
                return False
        return True

    def _handed_away(self, name: str, at: Node) -> bool:
        """is_escaped, but for `vars(name)` given straight to a call (`json=vars(launch)`): that reads the attributes."""
        for call, argument, whole in self._handed_to(name, at):
            callee = call.child_by_field_id(self.fields.function)
            if whole and callee is not None and self.source.raw(callee) == "vars" and call.parent is not None \
                    and call.parent.type in ("keyword_argument", "argument_list"):
                continue
            if self.hand_offs.changes(call, argument, whole) is not None:
                return True
        functions = self._stored.get(self.bindings.key(name, at)) if self.stored else None
        if not functions:
            return False
        here = self._function_of(at)
        return len(functions) > (here in functions) or functions[here] < at.start_byte

    def plain_init(self, cls: Node) -> tuple[Node | None, list[tuple[str, Node, Node]]] | None:
        """(its `__init__`, the attributes it sets in order: (name as `vars` keys it, where written, value)) of a class
        whose instances hold only what `__init__` sets: no base class, decorator or `__slots__`; its body docstrings,
        `pass`, class attributes and methods, none decorated, none a special method but `__init__`, `__repr__` and
        `__str__`, none setting an attribute of the instance or handing it away; an `__init__` that only sets
        `self.<name> = …` (values not reading the instance). None otherwise."""
        if cls.id in self._plain_inits:
            return self._plain_inits[cls.id]
        self._plain_inits[cls.id] = None
        named = cls.child_by_field_id(self.fields.name)
        block = cls.child_by_field_id(self.fields.body)
        bases = cls.child_by_field_id(self.fields.superclasses)
        if named is None or block is None or (cls.parent is not None and cls.parent.type == "decorated_definition") \
                or (bases is not None and [self.source.raw(b) for b in bases.named_children] not in ([], ["object"])):
            return None
        init: Node | None = None
        class_names: set[str] = set()  # the class attributes' names
        for statement in block.named_children:
            if statement.type in ("comment", "pass_statement"):
                continue
            if statement.type == "expression_statement":
                inner = statement.named_children[0] if statement.named_children else None
                if inner is not None and inner.type == "string":
                    continue  # a docstring
                target = inner.child_by_field_id(self.fields.left) if inner is not None and inner.type == "assignment" else None
                if target is not None and target.type == "identifier" and self.source.raw(target) != "__slots__":
                    value = inner.child_by_field_id(self.fields.right) if inner is not None else None
                    if value is not None and any(node.type in ("call", "lambda") for node in walk(value)):
                        return None  # (a descriptor made by a call, `property(…)`, may take `self.<name> = …`)
                    class_names.add(self.source.raw(target))
                    continue  # a class attribute: not the instance's own (vars does not show it)
                return None
            if statement.type != "function_definition":
                return None
            method = statement.child_by_field_id(self.fields.name)
            written = self.source.raw(method) if method is not None else ""
            if written == "__init__":
                init = statement
            elif (written.startswith("__") and written not in ("__repr__", "__str__")) or not self._reads_self_only(statement):
                return None
        members: list[tuple[str, Node, Node]] = []
        if init is not None:
            params = init.child_by_field_id(self.fields.parameters)
            first = params.named_children[0] if params is not None and params.named_children else None
            own = self.source.raw(first) if first is not None and first.type == "identifier" else None
            body = init.child_by_field_id(self.fields.body)
            if own is None or body is None:
                return None
            mangled = "_" + self.source.raw(named).lstrip("_")
            for statement in body.named_children:
                if statement.type in ("comment", "pass_statement"):
                    continue
                inner = statement.named_children[0] if statement.type == "expression_statement" and statement.named_children \
                    else None
                if inner is not None and inner.type == "string":
                    continue
                target = inner.child_by_field_id(self.fields.left) if inner is not None and inner.type == "assignment" else None
                value = inner.child_by_field_id(self.fields.right) if inner is not None else None
                obj = target.child_by_field_id(self.fields.object) if target is not None and target.type == "attribute" else None
                attribute = target.child_by_field_id(self.fields.attribute) if target is not None else None
                if obj is None or attribute is None or value is None or self.source.raw(obj) != own \
                        or any(n.type == "identifier" and self.source.raw(n) == own for n in walk(value)):
                    return None
                written = self.source.raw(attribute)
                if written.startswith("__") and not written.endswith("__"):
                    written = mangled + written if mangled != "_" else written  # self.__flow: `_Launch__flow`
                if self.source.raw(attribute) in class_names:
                    return None  # (a class attribute of the name `__init__` sets may be a descriptor: not read)
                members.append((written, attribute, value))
        self._plain_inits[cls.id] = (init, members)
        return self._plain_inits[cls.id]

    def _reads_self_only(self, method: Node) -> bool:
        """Whether a method uses its instance only to call a method (`self.go()`, judged on its own) or to read an
        attribute into text, a comparison or a test (`f"{self.flow_id}"`): it sets none, changes none (`self.inputs[k] =
        v`, `self.inputs.update(…)`) and hands neither one nor the instance away (`return self.inputs`)."""
        params = method.child_by_field_id(self.fields.parameters)
        first = params.named_children[0] if params is not None and params.named_children else None
        if first is None or first.type != "identifier":
            return first is None  # (a method taking no instance)
        own = self.source.raw(first)
        body = method.child_by_field_id(self.fields.body)
        for node in walk(body) if body is not None else ():
            if node.type != "identifier" or self.source.raw(node) != own:
                continue
            use = node.parent
            if use is None or use.type != "attribute" or use.child_by_field_id(self.fields.object) != node:
                return False
            outer = use.parent
            if outer is not None and outer.type == "pair" and outer.child_by_field_id(self.fields.value) == use \
                    and self._in_returned_dict(method, outer):
                continue  # `return {"flowId": self.flow_id}`: a dump of the instance, called only where it is sent
            if outer is not None and outer.type == "call" and outer.child_by_field_id(self.fields.function) == use:
                continue
            if outer is None or outer.type not in ("interpolation", "binary_operator", "comparison_operator",
                                                   "boolean_operator", "not_operator", "parenthesized_expression"):
                return False  # (set, changed, or handed away: `return self.inputs` gives out what other code may change)
        return True

    def _in_returned_dict(self, method: Node, pair: Node) -> bool:
        """Whether a pair is written in the dict literal (or one nested in it) a method's one `return` gives."""
        returned = self.only_return(method)
        if returned is None or returned.type != "dictionary":
            return False
        node: Node | None = pair
        while node is not None and node.type in ("pair", "dictionary") and node != returned:
            node = node.parent
        return node == returned

    def instance_of(self, node: Node) -> tuple[Node, Node | None] | None:
        """(class, the call that made it) of an instance of a class written in this file: `Launch(…)`, a name bound once
        to one, or a parameter annotated with the class (`launch: LaunchModel`, made by the caller)."""
        node = self.unwrap(node)
        if node.type == "identifier":
            name = self.source.raw(node)
            bound = self.bindings.resolve(name, node, as_made=True)
            if bound is None:
                return self.annotated(name, node)
            node = self.unwrap(bound)
        callee = node.child_by_field_id(self.fields.function) if node.type == "call" else None
        found = self.class_named(callee) if callee is not None and callee.type == "identifier" else None
        return (found, node) if found is not None else None

    def annotated(self, name: str, at: Node) -> tuple[Node, Node | None] | None:
        """The class a parameter is annotated with (`def launch(body: LaunchModel)`), when it is bound nowhere else."""
        function = self.bindings.binder(name, at)
        if function is None or function.type != "function_definition" or len(self.bindings.bound[(function.id, name)]) != 1:
            return None
        params = function.child_by_field_id(self.fields.parameters)
        for param in params.named_children if params is not None else ():
            if param.type not in ("typed_parameter", "typed_default_parameter"):
                continue
            own = param.child_by_field_id(self.fields.name) or (param.named_children[0] if param.named_children else None)
            annotation = param.child_by_field_id(self.fields.type)
            written = annotation.named_children[0] if annotation is not None and annotation.named_children else None
            if own is not None and self.source.raw(own) == name and written is not None and written.type == "identifier":
                found = self.class_named(written)
                return (found, None) if found is not None else None
        return None

    def typed_dict(self, callee: Node | None, depth: int = 0) -> bool:
        """Whether a call makes a TypedDict written in this file (`class LaunchBody(TypedDict)`, or a class based on one):
        called with keywords, it is the plain dict of them."""
        if callee is None or callee.type != "identifier" or depth > 5 or b"TypedDict" not in self.source.data:
            return False
        scope = self.bindings.binder(self.source.raw(callee), callee)
        cls = self.class_named(callee) if scope is not None and scope.id == self.root.id else None
        bases = cls.child_by_field_id(self.fields.superclasses) if cls is not None else None
        return cls is not None and bases is not None and any(
            self.meaning(self.source.raw(base).replace(" ", ""), cls) in ("typing.TypedDict", "typing_extensions.TypedDict")
            or self.typed_dict(base, depth + 1) for base in bases.named_children if base.type != "keyword_argument")

    def class_named(self, name: Node) -> Node | None:
        """The one class of this name written at the top of this file, when nothing else binds the name there."""
        return self.top_class(self.source.raw(name))

    def top_function(self, written: str) -> Node | None:
        """The undecorated module-level function of that name, when the module binds the name once (to it)."""
        bound = self.bindings.bound.get((self.root.id, written), [])
        function = bound[0] if len(bound) == 1 else None
        if function is None or function.type != "function_definition" or function.parent is None \
                or function.parent.id != self.root.id:
            return None
        return function

    def only_return(self, function: Node) -> Node | None:
        """What a function returns when its body is one `return` (a docstring and comments beside it) and nothing in it
        binds a name (a walrus, a nested function): None otherwise."""
        body = function.child_by_field_id(self.fields.body)
        statements = [node for node in body.named_children if node.type != "comment"] if body is not None else []
        if statements and statements[0].type == "expression_statement" and len(statements) > 1 \
                and statements[0].named_children and statements[0].named_children[0].type == "string":
            statements = statements[1:]
        if len(statements) != 1 or statements[0].type != "return_statement" or not statements[0].named_children:
            return None
        if any(node.type in ("named_expression", "lambda", "function_definition", "list_comprehension",
                             "dictionary_comprehension", "generator_expression", "set_comprehension")
               for node in walk(statements[0])):
            return None
        return statements[0].named_children[0]

    def top_class(self, written: str) -> Node | None:
        """class_named, by the name as written."""
        if self._classes is None:  # the file's classes by name, once (a call per class would walk the file each time)
            self._classes = {}
            for node in self.nodes:
                named = node.child_by_field_id(self.fields.name) if node.type == "class_definition" else None
                if named is not None:
                    self._classes.setdefault(self.source.raw(named), []).append(node)
        classes = self._classes.get(written, [])
        if len(classes) != 1 or len(self.bindings.bound.get((self.root.id, written), [])) != 1:
            return None
        top = classes[0].parent if classes[0].parent is not None and classes[0].parent.type == "decorated_definition" else classes[0]
        return classes[0] if top.parent is not None and top.parent.type == "module" else None

    def meaning(self, written: str, at: Node) -> str | None:
        """What a name or dotted name written at a place stands for by the file's imports (`np.nan` numpy.nan, `NaN`
        math.nan, `dataclass` dataclasses.dataclass); None when its first name is not bound there by imports only."""
        first, dot, rest = written.partition(".")
        key = self.bindings.key(first, at)
        meaning = self._imports.get(key)
        if meaning is None or any(v is not None for v in self.bindings.bound[key]) \
                or self.bindings.is_changed(first, at, as_value=True):
            return None
        return meaning + dot + rest

    def plain_fields(self, cls: Node, wanted: str) -> list[tuple[str, Node, Node | None]] | None:
        """A dataclass's (`@dataclass`, no base class) or a pydantic model's (`BaseModel` its only base, no config)
        fields, in order: (name, where, literal default); None unless every statement of its body is a plain annotated
        name, a docstring, `pass` or a plain method, so that its field names are what a dump writes."""
        decorated = cls.parent if cls.parent is not None and cls.parent.type == "decorated_definition" else None
        decorators = [self.source.raw(d).lstrip("@").split("(")[0].strip() for d in decorated.named_children
                      if d.type == "decorator"] if decorated is not None else []
        bases = cls.child_by_field_id(self.fields.superclasses)
        based = [self.source.raw(b) for b in bases.named_children] if bases is not None else []
        at = cls.parent or cls  # the names the class is made with are seen outside it
        if wanted == "dataclass" and (based or not decorators or any(
                self.meaning(d, at) != "dataclasses.dataclass" for d in decorators)):
            return None
        if wanted == "attrs" and (based or len(decorators) != 1 or self.meaning(decorators[0], at) not in _ATTRS_DECORATORS):
            return None
        model = self.meaning(based[0], at) if len(based) == 1 else None
        if wanted == "pydantic" and (decorators or model is None or model.split(".")[0] != "pydantic"
                                     or model.rpartition(".")[2] != "BaseModel"):
            return None
        body = cls.child_by_field_id(self.fields.body)
        fields: list[tuple[str, Node, Node | None]] = []
        for statement in body.named_children if body is not None else ():
            inner = statement.named_children[0] if statement.type == "expression_statement" and statement.named_children else None
            if statement.type in ("pass_statement", "comment") or (inner is not None and inner.type == "string"):
                continue
            if statement.type in ("function_definition", "decorated_definition"):
                definition = statement.child_by_field_id(self.fields.definition) if statement.type == "decorated_definition" else statement
                own = definition.child_by_field_id(self.fields.name) if definition is not None else None
                marks = [self.source.raw(d).lstrip("@").strip() for d in statement.named_children if d.type == "decorator"]
                if own is None or self.source.raw(own) in _DUMP_METHODS or any(m not in _PLAIN_DECORATORS for m in marks):
                    return None
                continue
            left = inner.child_by_field_id(self.fields.left) if inner is not None and inner.type == "assignment" else None
            annotation = inner.child_by_field_id(self.fields.type) if inner is not None else None
            right = inner.child_by_field_id(self.fields.right) if inner is not None else None
            if wanted == "pydantic" and left is not None and annotation is None and self.source.raw(left) == "model_config":
                if self.model_config(right, at) is None:
                    return None
                continue
            field = self.pydantic_field(right, at) if wanted == "pydantic" and right is not None else None
            if inner is None or left is None or left.type != "identifier" or annotation is None \
                    or (field is None and re.search(_NOT_PLAIN[wanted], self.source.raw(inner))) \
                    or (field is not None and re.search(_NOT_PLAIN[wanted], self.source.raw(annotation))) \
                    or self.source.raw(left).startswith("_") or field is False:
                return None
            fields.append((self.source.raw(left), left, right if field is None else field[0]))
        return fields

    def model_config(self, config: Node | None, at: Node) -> bool | None:
        """A pydantic model's `model_config = ConfigDict(…)` (or a dict literal) of keys that change no dumped name or
        value (_CONFIG_KEYS), each a literal: whether fields may be given by their names beside their aliases
        (`populate_by_name`, `validate_by_name`). None for any other config."""
        if config is None:
            return None
        pairs: list[tuple[str | None, Node]] = []
        if config.type == "call" and self.meaning(self.source.raw(config.child_by_field_id(self.fields.function) or config),
                                                  at) == "pydantic.ConfigDict":
            args, kwargs = self.arguments(config)
            if args:
                return None
            pairs = [(keyword, value) for keyword, (_, value) in kwargs.items()]
        elif config.type == "dictionary":
            for pair in config.named_children:
                key = pair.child_by_field_id(self.fields.key) if pair.type == "pair" else None
                value = pair.child_by_field_id(self.fields.value) if pair.type == "pair" else None
                if key is None or value is None:
                    return None
                pairs.append((self.key(key) if key.type == "string" else None, value))
        else:
            return None
        by_name = False
        for written, value in pairs:
            if written not in _CONFIG_KEYS or value.type not in ("true", "false", "string", "integer", "none", "tuple"):
                return None
            if written == "extra" and (self._text_of(value) or "") not in ("forbid", "ignore"):
                return None  # (extra='allow': members given beyond the fields are dumped too)
            by_name = by_name or (written in ("populate_by_name", "validate_by_name") and value.type == "true")
        return by_name

    def pydantic_field(self, value: Node, at: Node) -> tuple[Node | None, str | None, str | None] | Literal[False] | None:
        """A pydantic field written `Field(…)` (of keywords that change no dumped value: _FIELD_KEYWORDS): its default
        (a literal, the call itself for a default not literal or a factory, None when required), the name it is made
        with (its validation alias or alias, else None) and the name `by_alias` dumps it under (its serialization alias or
        alias, else None). None: no Field call; False: one whose names or value are not known."""
        callee = value.child_by_field_id(self.fields.function) if value.type == "call" else None
        if callee is None or self.meaning(self.source.raw(callee), at) != "pydantic.Field":
            return None
        args, kwargs = self.arguments(value)
        if len(args) > 1 or any(keyword not in _FIELD_KEYWORDS for keyword in kwargs):
            return False
        names: dict[str, str | None] = {}
        for keyword in ("alias", "validation_alias", "serialization_alias"):
            if keyword in kwargs:
                names[keyword] = self._text_of(kwargs[keyword][1])
                if names[keyword] is None:
                    return False  # (an AliasPath, AliasChoices, a name not written: not known)
        given = args[0] if args else kwargs["default"][1] if "default" in kwargs else None
        default: Node | None = value if "default_factory" in kwargs or (given is not None and given.type != "ellipsis") \
            else None
        if given is not None and given.type in ("string", "integer", "float", "true", "false", "none"):
            default = given
        return (default, names.get("validation_alias") or names.get("alias"),
                names.get("serialization_alias") or names.get("alias"))

    def _text_of(self, node: Node) -> str | None:
        """A string literal's text (no interpolation), else None."""
        found = self.string(node) if node.type in ("string", "concatenated_string") else None
        return found[0] if found is not None else None

    def pydantic_names(self, cls: Node) -> tuple[dict[str, str], dict[str, str]]:
        """A plain pydantic model's (plain_fields) names: the keyword each field is made with, and the name `by_alias`
        dumps each under (its aliases' where written, else its own)."""
        body = cls.child_by_field_id(self.fields.body)
        at = cls.parent or cls
        made: dict[str, str] = {}
        dumped: dict[str, str] = {}
        by_name = False
        for statement in body.named_children if body is not None else ():
            inner = statement.named_children[0] if statement.type == "expression_statement" and statement.named_children else None
            if inner is None or inner.type != "assignment":
                continue
            left, right = inner.child_by_field_id(self.fields.left), inner.child_by_field_id(self.fields.right)
            if left is None:
                continue
            name = self.source.raw(left)
            if name == "model_config" and inner.child_by_field_id(self.fields.type) is None:
                by_name = bool(self.model_config(right, at))
                continue
            field = self.pydantic_field(right, at) if right is not None else None
            made_with, dumped_as = (field[1], field[2]) if isinstance(field, tuple) else (None, None)
            if made_with is not None:
                made[made_with] = name
            dumped[name] = dumped_as or name
        aliased = set(made.values())  # (the fields made with an alias: by their names only under populate_by_name)
        for name in dumped:
            if by_name or name not in aliased:
                made.setdefault(name, name)
        return made, dumped

    def key(self, node: Node) -> str | None:
        if node.type in ("string", "concatenated_string"):
            text = self.string(node)
            return text[0] if text is not None else None
        if node.type in _KEY_WORDS:
            return _KEY_WORDS[node.type]
        if node.type == "integer":  # json.dumps writes a dict's int key as its decimal text ({1: …} sends "1")
            try:
                return str(int(self.source.raw(node).replace("_", ""), 0))
            except ValueError:
                return None
        if node.type == "attribute":  # `Keys.NAME` of a plain class, `Inputs.NAME.value` of an Enum's
            constant = self.class_constant(node, 0)
            target = self.enum_constant(node) if constant is None else None
            if isinstance(constant, str):
                return constant
        else:
            target = self.resolve(node) if node.type == "identifier" else None
        if target is not None and target.type == "string":
            text = self.string(target)
            return text[0] if text is not None else None
        return None

    def enum_constant(self, node: Node) -> Node | None:
        """The string an Enum member key is: `Inputs.NAME.value`, or `Inputs.NAME` of a `str` Enum (json.dumps writes it
        as its value), of a top-level class deriving from the enum bases only and assigning `NAME = "…"` once in its
        body, the attribute set nowhere in the file; None for anything else (a plain Enum's member: json.dumps refuses
        it as a key)."""
        holder, attribute = node.child_by_field_id(self.fields.object), node.child_by_field_id(self.fields.attribute)
        if holder is None or attribute is None:
            return None
        member = self.source.raw(attribute)
        wants_value = holder.type == "attribute" and member == "value"
        if wants_value:
            inner = holder.child_by_field_id(self.fields.attribute)
            holder = holder.child_by_field_id(self.fields.object)
            member = self.source.raw(inner) if inner is not None else ""
        if holder is None or holder.type != "identifier":
            return None
        cls = self.top_class(self.source.raw(holder))
        bases = cls.child_by_field_id(self.fields.superclasses) if cls is not None else None
        written = {self.source.raw(base).rpartition(".")[2] for base in bases.named_children} if bases is not None else set()
        if cls is None or not written & _ENUMS or not written <= _ENUMS | {"str"} \
                or not (wants_value or written & _TEXT_ENUMS) or self._may_set_attribute(member):
            return None
        values = [statement.named_children[0].child_by_field_id(self.fields.right) for statement in
                  (cls.child_by_field_id(self.fields.body) or cls).named_children
                  if statement.type == "expression_statement" and statement.named_children
                  and statement.named_children[0].type == "assignment"
                  and (left := statement.named_children[0].child_by_field_id(self.fields.left)) is not None
                  and left.type == "identifier" and self.source.raw(left) == member]
        return values[0] if len(values) == 1 and values[0] is not None and values[0].type == "string" else None

    def string(self, node: Node) -> tuple[str, list[int]] | None:
        """A string literal without interpolation: its text and each character's offset in the file."""
        parts = node.named_children if node.type == "concatenated_string" else [node]
        chars: list[str] = []
        where: list[int] = []
        for part in parts:
            if part.type != "string" or any(c.type == "interpolation" for c in walk(part)):
                return None
            raw = self.source.raw(part)
            value = _literal_string(raw)
            if value is None:
                return None
            if isinstance(value, bytes):
                try:
                    value = value.decode("utf-8")
                except UnicodeDecodeError:
                    return None
            content = [c for c in part.named_children if c.type == "string_content"]
            start = self.source.char(content[0].start_byte) if content else self.source.char(part.end_byte)
            body_raw = self.source.raw(content[0]) if content else ""
            if body_raw == value:
                where.extend(range(start, start + len(value)))
            else:  # escapes: each character at the start of the literal (exact positions need no escapes)
                where.extend([start] * len(value))
            chars.append(value)
        where.append(self.source.char(node.end_byte) - 1)
        return "".join(chars), where

    def holed_text(self, node: Node) -> tuple[str, list[int]] | None:
        """A JSON text written with Python's formatting (an f-string, `'…%s…' % args`, `'…{}…'.format(…)`): its text
        with each placeholder a `{{$…}}` hole (an unknown value, as a JS template's `${…}`) and each character's offset
        in the file; None for any other node, a plain literal, or a text that does not look like JSON."""
        found: tuple[str, list[int]] | None = None
        if node.type == "string" and any(c.type == "interpolation" for c in node.named_children):
            found = self._formatted(node, _braced_fields)
        elif node.type == "binary_operator" and len(node.children) == 3 and self.source.raw(node.children[1]) == "%":
            left = self.unwrap(node.children[0])
            if left.type == "string" and self.string(left) is not None:
                found = self._formatted(left, _printf_fields)
        elif node.type == "call":
            callee = node.child_by_field_id(self.fields.function)
            method = callee.child_by_field_id(self.fields.attribute) if callee is not None and callee.type == "attribute" else None
            owner = callee.child_by_field_id(self.fields.object) if callee is not None else None
            if method is not None and owner is not None and self.source.raw(method) == "format":
                owner = self.unwrap(owner)
                if owner.type == "string" and self.string(owner) is not None:
                    found = self._formatted(owner, _braced_fields)
        return found if found is not None and found[0].lstrip().startswith(("{", "[")) else None

    def _formatted(self, literal: Node, fields: Callable[[str], list[tuple[int, int, str]] | None]) -> tuple[str, list[int]] | None:
        """A string literal's text (an f-string's as if it were plain) with each of its `fields` replaced, and where
        each character is in the file (every character of a hole at the hole's start)."""
        raw = self.source.raw(literal)
        quote = min((i for i in (raw.find('"'), raw.find("'")) if i >= 0), default=-1)
        if quote < 0:
            return None
        prefix = raw[:quote].lower().replace("f", "")
        value = _literal_string(prefix + raw[quote:])
        if not isinstance(value, str):
            return None
        delimiter = 3 if raw[quote:quote + 3] in ('"""', "'''") else 1
        start = self.source.char(literal.start_byte) + quote + delimiter
        exact = raw[quote + delimiter:len(raw) - delimiter] == value
        replaced = fields(value)
        if replaced is None:
            return None
        chars: list[str] = []
        where: list[int] = []
        last = 0
        for begin, end, text in (*replaced, (len(value), len(value), "")):
            chars.append(value[last:begin])
            where.extend(range(start + last, start + begin) if exact else [start] * (begin - last))
            chars.append(text)
            where.extend([start + begin if exact else start] * len(text))
            last = end
        where.append(self.source.char(literal.end_byte) - 1)
        return "".join(chars), where

    def literal_text(self, node: Node, span: Offsets, depth: int) -> Text | Unknown | None:
        if node.type == "concatenated_string" and self.string(node) is None:  # "https://host" f"/{path}": part by part
            joined: list[str | Unknown] = []
            for part in node.named_children:
                if part.type == "comment":
                    continue
                found = self.text(part, depth + 1)
                joined.extend(found.parts if isinstance(found, Text) else [found])
            return Text(tuple(joined), span)
        if node.type == "string" and any(c.type == "interpolation" for c in node.named_children):
            parts: list[str | Unknown] = []
            for child in node.named_children:
                if child.type == "string_content":
                    parts.append(_fstring_text(self.source.raw(child)))
                elif child.type == "interpolation":
                    inner = child.named_children[0] if child.named_children else None
                    found = self.text(inner, depth + 1) if inner is not None else Unknown()
                    source = self.source.source(inner) if inner else ""
                    parts.extend(found.parts if isinstance(found, Text) else
                                 [found.with_source(source) if isinstance(found, (Computed, Outside)) else Unknown(source)])
            return Text(tuple(parts), span)
        if node.type in ("string", "concatenated_string"):
            known = self.string(node)
            return Text((known[0],), span) if known is not None else Unknown(self.source.source(node))
        if depth < 20 and node.type in ("subscript", "attribute"):
            written = self.constant(node)
            value = self.text(written, depth + 1) if written is not None else None
            return Text(value.parts, span) if isinstance(value, Text) else value
        callee = node.child_by_field_id(self.fields.function) if node.type == "call" else None
        called = self.source.raw(callee).replace(" ", "") if callee is not None else ""
        if callee is not None and (called in ("urljoin", "urllib.parse.urljoin", "parse.urljoin")
                                   or self.meaning(called, callee) in ("urllib.parse.urljoin", "requests.compat.urljoin")):
            args, _ = self.arguments(node)
            if len(args) == 2:
                return url_joined(self.text(args[0], depth + 1), self.text(args[1], depth + 1), span)
        if callee is not None and depth < 20 and (called in _POSIX_JOINS or self.meaning(called, callee) in _POSIX_JOINS):
            args, kwargs = self.arguments(node)
            if args and not kwargs and all(arg.type != "list_splat" for arg in args):
                posix = _posix_joined([self.text(arg, depth + 1) for arg in args], span)
                return posix if posix is not None else Unknown(self.source.source(node))
        if callee is not None and callee.type == "attribute" and depth < 20:
            return self.formatted(node, callee, span, depth)
        if node.type == "binary_operator" and depth < 20 \
                and self.source.raw(node.child_by_field_id(self.fields.operator) or node) == "%":
            return self.percent_formatted(node, span, depth)
        return None

    def template(self, node: Node | None, depth: int) -> str | None:
        """The whole text of a string written out, or of a name bound once to one (`TEMPLATE`); None otherwise."""
        found = self.text(node, depth + 1) if node is not None else None
        return found.value if isinstance(found, Text) else None

    def filled(self, value: Node | None, written: str, depth: int) -> tuple[str | Unknown, ...]:
        """The parts a hole of a template is filled with: the value's text, or an unknown shown as the hole is written."""
        found = self.text(value, depth + 1) if value is not None else Unknown(written)
        return found.parts if isinstance(found, Text) else (found if value is not None else Unknown(written),)

    def formatted(self, call: Node, callee: Node, span: Offsets, depth: int) -> Text | None:
        """`"{}/api/v2/flows/executions".format(base)` (positional, numbered or named fields) and
        `"/".join([base, "api/v2/flows/executions"])`: the text with each value as read, a value not given here, a field
        with a conversion, a format spec or an index, and any field after a splat (`*parts`, `**cfg`), unknown. None when
        the template or separator is not known, or the join's items are not written out."""
        method = self.source.raw(callee.child_by_field_id(self.fields.attribute) or callee)
        if method not in ("format", "join"):
            return None
        written = self.template(callee.child_by_field_id(self.fields.object), depth)
        if written is None:
            return None
        args, kwargs = self.arguments(call)
        parts: list[str | Unknown] = []
        if method == "join":
            given = self.unwrap(args[0]) if len(args) == 1 and not kwargs else None
            items = self.resolve(given) if given is not None and given.type == "identifier" else given
            if items is None or items.type not in ("list", "tuple") \
                    or any(item.type in ("list_splat", "parenthesized_list_splat") for item in items.named_children):
                return None
            for item in (item for item in items.named_children if item.type != "comment"):
                parts.extend((written, *self.filled(item, "", depth)) if parts else self.filled(item, "", depth))
            return Text(tuple(parts), span)
        try:
            fields = list(_FORMATTER.parse(written))
        except ValueError:  # a lone brace: Python raises, nothing is sent
            return None
        spread = None in kwargs
        at = 0
        for literal, field, spec, conversion in fields:
            if literal:
                parts.append(literal)
            if field is None:
                continue
            index = at if field == "" else int(field) if field.isdigit() else None
            at += field == ""
            value = None if spread or spec or conversion else args[index] if index is not None and index < len(args) \
                else kwargs[field][1] if index is None and field in kwargs else None
            parts.extend(self.filled(value, "{" + field + "}", depth))
        return Text(tuple(parts), span)

    def percent_formatted(self, node: Node, span: Offsets, depth: int) -> Text | None:
        """`"%s/api/v2/flows/executions" % base`, `% (a, b)`, `"%(base)s/…" % {"base": b}`: the text with each `%s`
        filled with its value as read; another conversion (`%d`, `%r`, a width), or a value not written out, unknown.
        None when the template is not known."""
        written = self.template(node.child_by_field_id(self.fields.left), depth)
        given = node.child_by_field_id(self.fields.right)
        if written is None or given is None:
            return None
        right = self.unwrap(given)
        bound = self.resolve(right) if right.type == "identifier" else None
        right = bound if bound is not None and bound.type in ("tuple", "dictionary") else right
        items = [item for item in right.named_children if item.type != "comment"] if right.type == "tuple" else None
        pairs = {self.key(written_key): pair.child_by_field_id(self.fields.value) for pair in right.named_children
                 if pair.type == "pair" and (written_key := pair.child_by_field_id(self.fields.key)) is not None} \
            if right.type == "dictionary" and all(p.type in ("pair", "comment") for p in right.named_children) else {}
        holes = [match for match in _PERCENT.finditer(written) if match.group("conversion") != "%"]
        parts: list[str | Unknown] = []
        last = 0
        for index, match in enumerate(holes):
            parts.append(written[last:match.start()].replace("%%", "%"))
            last = match.end()
            named = match.group("key")
            if named is not None:
                value = pairs.get(named)
            elif items is not None:
                value = items[index] if index < len(items) else None
            else:  # one value: it fills the one hole (several need a tuple, not written out here)
                value = right if len(holes) == 1 and right.type != "dictionary" else None
            plain = match.group("conversion") == "s" and not match.group("format")
            parts.extend(self.filled(value if plain else None, match.group(), depth))
        parts.append(written[last:].replace("%%", "%"))
        return Text(tuple(part for part in parts if part != ""), span)

    def constant(self, node: Node) -> Node | None:
        """What `PATHS["launch"]` (a dict literal bound once), `self.LAUNCH` or `Genesys.LAUNCH` (a class attribute
        written once, in the class body or as `self.LAUNCH = …`) is written as; None otherwise."""
        if node.type == "subscript":
            owner, index = node.child_by_field_id(self.fields.value), node.child_by_field_id(self.fields.subscript)
            key = self.key(index) if index is not None else None
            target = self.resolve(owner) if owner is not None and owner.type == "identifier" and key is not None else None
            target = self.proxied(target) or target if target is not None else None
            if target is None or target.type != "dictionary":
                return None
            values = [pair.child_by_field_id(self.fields.value) for pair in target.named_children if pair.type == "pair"
                      and pair.child_by_field_id(self.fields.key) is not None and self.key(pair.child_by_field_id(self.fields.key)) == key]  # type: ignore[arg-type]
            spread = any(child.type == "dictionary_splat" for child in target.named_children)
            return values[-1] if values and not spread else None
        obj, attr = node.child_by_field_id(self.fields.object), node.child_by_field_id(self.fields.attribute)
        if obj is None or attr is None or obj.type != "identifier":
            return None
        given = self.lookup(self.source.raw(obj), obj) if self.frames else None
        if self.source.raw(obj) == "self":
            found = self.self_member(node)
            if found is not None:
                return found
            cls: Node | None = node.parent
            while cls is not None and cls.type != "class_definition":
                cls = cls.parent
        elif given is not None and given.type == "identifier":
            cls = self.class_named(given)  # `cls.URL` in a classmethod followed from `Genesys.launch(…)`: Genesys's
        elif (own := self._classmethod_class(obj)) is not None:
            cls = own  # `cls.URL` in a classmethod read on its own: its class's, as `self.URL` is
        else:
            cls = self.class_named(obj)
        body = cls.child_by_field_id(self.fields.body) if cls is not None else None
        values = [statement.named_children[0].child_by_field_id(self.fields.right) for statement in
                  (body.named_children if body is not None else ()) if statement.type == "expression_statement"
                  and statement.named_children and statement.named_children[0].type == "assignment"
                  and (statement.named_children[0].child_by_field_id(self.fields.left) or statement).type == "identifier"
                  and self.source.raw(statement.named_children[0].child_by_field_id(self.fields.left)) == self.source.raw(attr)]  # type: ignore[arg-type]
        changed = self.source.raw(obj) != "self" and (self.source.raw(node) in self._assigned or (
            given is not None and f"{self.source.raw(given)}.{self.source.raw(attr)}" in self._assigned))
        written = cls is not None and self.source.raw(obj) == "self" and self._self_writes().get(cls.id, {}).get(self.source.raw(attr))
        if not values and not written and body is not None and self.source.raw(obj) == "self":
            return self.property_value(body, self.source.raw(attr))
        if len(values) == 1 and values[0] is not None and self.source.raw(obj) == "self" \
                and not self._kept_in_class(node, values[0]) and self._field_given(values[0], self.source.raw(attr)):
            return None  # (a dataclass's, NamedTuple's field: a parameter, its default only what is made without it)
        return values[0] if len(values) == 1 and not changed and cls is not None and not written else None

    def sent_unchanged(self, made: Node, *, prepared: bool, depth: int = 0) -> bool:
        """Whether a request made to be sent later (`requests.Request(…)`, `client.build_request(…)`) is certainly sent
        as made: it, and what `.prepare()` or `prepare_request(…)` makes of it, goes only to `send(…)` — given straight
        to one, or bound once to a name whose every other mention is `name.prepare()`, `prepare_request(name)` or
        `send(name, …)`, one of them a send. Anything else may change it (`prepped.body = …`, `req.url = …`,
        `prepare_body(…)`, handed to a call) or never send it. A requests `Request` not `prepared` yet is prepared
        before its send (a session's send of it raises); httpx's is sent as it is and has nothing to prepare it."""
        if depth > _MADE_DEPTH:
            return False
        node = self.unwrap(made)
        use = node.parent
        if use is not None and use.type == "attribute" and use.child_by_field_id(self.fields.object) == node:
            attr = use.child_by_field_id(self.fields.attribute)
            outer = use.parent
            return not prepared and attr is not None and self.source.raw(attr) == "prepare" and outer is not None \
                and outer.type == "call" and self.arguments(outer) == ([], {}) \
                and self.sent_unchanged(outer, prepared=True, depth=depth + 1)
        if use is not None and use.type == "argument_list" and use.parent is not None and use.parent.type == "call":
            call = use.parent
            callee = call.child_by_field_id(self.fields.function)
            args, _ = self.arguments(call)
            verb = self.source.raw(callee.child_by_field_id(self.fields.attribute) or callee) \
                if callee is not None and callee.type == "attribute" else ""
            if not args or args[0] != node:
                return False
            if verb == "send":
                return prepared
            return not prepared and verb == "prepare_request" and len(args) == 1 \
                and self.sent_unchanged(call, prepared=True, depth=depth + 1)
        left = use.child_by_field_id(self.fields.left) if use is not None and use.type == "assignment" else None
        if left is None or left.type != "identifier":
            return False
        name = self.source.raw(left)
        sent = False
        for mention in self.bound_mentions(name).get(self.bindings.key(name, left), []):
            if mention == left:
                continue
            if not self._sends_unchanged(mention, prepared, depth + 1):
                return False  # (rebound, changed, handed to a call, read)
            sent = True
        return sent

    def bound_mentions(self, name: str) -> dict[tuple[int, str], list[Node]]:
        """A name's mentions in the file, by the binding each means: found once for each name asked about."""
        found = self._bound_mentions.get(name)
        if found is None:
            found = self._bound_mentions[name] = {}
            size = len(name.encode())
            for start in self._mentions(name):
                mention = self.root.descendant_for_byte_range(start, start + size)
                if mention is not None and mention.type == "identifier" and mention.end_byte == start + size:
                    found.setdefault(self.bindings.key(name, mention), []).append(mention)
        return found

    def _sends_unchanged(self, mention: Node, prepared: bool, depth: int) -> bool:
        """Whether a mention of the name a request made to be sent later is bound to is `name.prepare()`,
        `prepare_request(name)` or `send(name, …)`, what it leads to sent unchanged (sent_unchanged)."""
        use = mention.parent
        if use is None or use.type not in ("attribute", "argument_list"):
            return False
        return self.sent_unchanged(mention, prepared=prepared, depth=depth)

    def _field_given(self, default: Node, field: str) -> bool:
        """Whether an instance of the class whose body gives a field this default may hold another: the class's name
        is mentioned other than as a call that makes one (handed on, derived from), or a call that makes one (or
        `cls(…)` in the class) passes an argument by position, a `**` spread or a keyword of the field's name."""
        cls: Node | None = default.parent
        while cls is not None and cls.type != "class_definition":
            cls = cls.parent
        named = cls.child_by_field_id(self.fields.name) if cls is not None else None
        if cls is None or named is None:
            return True
        name = self.source.raw(named)
        for written in (name, "cls"):
            size = len(written.encode())
            for start in self._mentions(written):
                mention = self.root.descendant_for_byte_range(start, start + size)
                if mention is None or mention.type != "identifier" or mention.end_byte != start + size \
                        or mention == named or (written == "cls" and not cls.start_byte <= start < cls.end_byte):
                    continue
                if self._constructs_with(mention, field, given_by_other=written == name):
                    return True
        return False

    def _constructs_with(self, mention: Node, field: str, given_by_other: bool) -> bool:
        """Whether a mention of a class may make an instance holding something else as the field: a call of it that
        passes an argument by position, a `**` spread or the field by keyword; any other mention when `given_by_other`."""
        call = mention.parent
        if call is None or call.type != "call" or call.child_by_field_id(self.fields.function) != mention:
            return given_by_other
        args, kwargs = self.arguments(call)
        return bool(args) or None in kwargs or field in kwargs

    @functools.cached_property
    def _assigned(self) -> frozenset[str]:
        """What each assignment in the file assigns to, as written (`Genesys.LAUNCH`), found in one walk: a class
        attribute asked about for each launch is not looked for through the whole file each time."""
        return frozenset(self.source.raw(n.child_by_field_id(self.fields.left) or n) for n in self.nodes
                         if n.type in ("assignment", "augmented_assignment"))

    def property_value(self, body: Node, name: str) -> Node | None:
        """What `self.<name>` is when the class body defines `name` once, as a plain `@property` (so no setter, which
        is a second definition) whose one statement (after a docstring) is `return <value>`: that value; else None."""
        found: list[tuple[Node, Node]] = []
        for statement in body.named_children:
            definition = statement.child_by_field_id(self.fields.definition) if statement.type == "decorated_definition" \
                else statement
            label = definition.child_by_field_id(self.fields.name) if definition is not None else None
            if definition is not None and definition.type == "function_definition" and label is not None \
                    and self.source.raw(label) == name:
                found.append((statement, definition))
        if len(found) != 1:
            return None
        statement, definition = found[0]
        marks = [self.source.raw(d).lstrip("@").strip() for d in statement.named_children if d.type == "decorator"]
        code = definition.child_by_field_id(self.fields.body)
        steps = [s for s in (code.named_children if code is not None else ()) if s.type != "comment"]
        if steps and steps[0].type == "expression_statement" and steps[0].named_children \
                and steps[0].named_children[0].type == "string":
            steps = steps[1:]  # its docstring
        if marks != ["property"] or len(steps) != 1 or steps[0].type != "return_statement" or not steps[0].named_children:
            return None
        return steps[0].named_children[0]

    def is_plus(self, node: Node) -> bool:
        operator = node.child_by_field_id(self.fields.operator)
        return node.type == "binary_operator" and operator is not None and self.source.raw(operator) == "+"

    # -- calls -----------------------------------------------------------------------------------
    def arguments(self, call: Node) -> tuple[list[Node], dict[str | None, tuple[Node, Node]]]:
        """Positional arguments, and keyword arguments by name (None for **kwargs)."""
        args: list[Node] = []
        kwargs: dict[str | None, tuple[Node, Node]] = {}
        node = call.child_by_field_id(self.fields.arguments)
        for child in node.named_children if node is not None else ():
            if child.type == "keyword_argument":
                name, value = child.child_by_field_id(self.fields.name), child.child_by_field_id(self.fields.value)
                if name is not None and value is not None:
                    kwargs[self.source.raw(name)] = (name, value)
            elif child.type == "dictionary_splat" and (forwarded := self.forwarded(child)) is not None:
                kwargs.update(forwarded)  # a followed wrapper's **kwargs: the keywords its caller gave
            elif child.type == "dictionary_splat" and (spread := self.spread_keywords(child)) is not None:
                kwargs.update(spread)  # **options, options bound once to a dict literal: its keys are keywords
            elif child.type == "dictionary_splat":
                kwargs[None] = (child, child)
            elif child.type == "list_splat":
                args.append(child)
                kwargs[None] = (child, child)
            elif child.type != "comment":
                args.append(child)
        return args, kwargs

    def credentials(self) -> list[tuple[Offsets, str]]:
        """Client secrets written as string literals: `client_secret = "…"`, `client_secret="…"`, `{"client_secret": "…"}`."""
        found = []
        f = self.fields
        named = {"assignment": (f.left, f.right), "keyword_argument": (f.name, f.value), "pair": (f.key, f.value)}
        for node in (n for n in checked(self.nodes) if n.type in _SECRETS):
            name_id, value_id = named[node.type]
            name_node, value = node.child_by_field_id(name_id), node.child_by_field_id(value_id)
            if value is not None and value.type in ("call", "boolean_operator"):
                # `os.getenv("X", "…")`, `Secret("…")`: the literal is written in the file
                value = self.fallback_literal(value) or self.wrapped_literal(value)
            if name_node is None or value is None or value.type != "string":
                continue
            name = self.key(name_node) if node.type == "pair" else self.source.raw(name_node)
            if not name or not is_secret_name(name):
                continue  # most pairs: no string decoded for them
            text = self.string(value)
            if text is not None and literal_secret(text[0]):
                found.append((self.source.offsets(value), name))
        calls = self.nodes if b"get_client_credentials_token" in self.source.data else ()  # (most files: none to look at)
        for call in (n for n in calls if n.type == "call"):  # api_client.get_client_credentials_token(id, secret)
            callee = call.child_by_field_id(self.fields.function)
            if callee is None or not self.source.raw(callee).endswith("get_client_credentials_token"):
                continue
            args, _ = self.arguments(call)
            secret = args[1] if len(args) > 1 else None
            if secret is not None and secret.type == "call":  # `base64.b64decode("…").decode()`: the literal is written
                secret = self.wrapped_literal(secret)
            if secret is not None and secret.type == "string" and (text := self.string(secret)) is not None \
                    and literal_secret(text[0]):
                found.append((self.source.offsets(secret), "get_client_credentials_token"))
        return found + self.basic_credentials("python", _STRINGS)

    def wrapped_literal(self, value: Node) -> Node | None:
        """The string a wrapper is given first, through a few of them (`Secret("…")`, `SecretStr("…")`, `str(r"…")`,
        `b64decode("…")`, `str(Secret("…"))`: credentials.VALUE_WRAPPERS, as the masking reads them); None for any other
        value. Given to a secret-named variable, it is the secret written in the file."""
        for _ in range(_WRAPPED_DEPTH):
            callee = value.child_by_field_id(self.fields.function)
            if value.type != "call" or callee is None or self.source.raw(callee).rpartition(".")[2] not in VALUE_WRAPPERS:
                return None
            held = callee.child_by_field_id(self.fields.object) if callee.type == "attribute" else None
            if held is not None and held.type in ("call", "string"):  # a method of what is wrapped: `b64decode("…").decode()`
                value = held
                if value.type == "string":  # `"…".encode()`
                    return value
                continue
            args, _ = self.arguments(value)
            if not args:
                return None
            value = args[0]
            if value.type == "string":
                return value
        return None

    def fallback_literal(self, value: Node) -> Node | None:
        """The string a value read at run time falls back to: a getter's default (`os.getenv("X", "…")`,
        `os.environ.get("X", default="…")`, `config.get("secret", "…")`) or what `or` gives (`getenv("X") or "…"`);
        None for any other value. Given to a secret-named variable, it is a secret written in the file."""
        if value.type == "boolean_operator":
            operator, right = value.child_by_field_id(self.fields.operator), value.child_by_field_id(self.fields.right)
            return right if operator is not None and self.source.raw(operator) == "or" and right is not None \
                and right.type == "string" else None
        callee = value.child_by_field_id(self.fields.function)
        if value.type != "call" or callee is None or self.source.raw(callee).rpartition(".")[2] not in FALLBACK_GETTERS:
            return None
        args, kwargs = self.arguments(value)
        default = args[1] if len(args) == 2 else kwargs["default"][1] if "default" in kwargs and len(args) == 1 else None
        return default if default is not None and default.type == "string" else None

    def unread(self) -> tuple[Offsets, str | None] | None:
        """CodeReader's note, except where the endpoint is written into a URL by a form the reader does not read
        (`"<base>/api/v2/flows/executions".replace(…)`, `TEMPLATE.format_map(settings)`) and that URL is sent by a
        client's call: then it is the URL form that was not read, and the note names it, not the client."""
        found = super().unread()
        if found is None or found[1] is None or "a client it does not know" not in found[1]:
            return found
        match = next((m for m in launch_mentions(self.source.data) if not self._in_definition(m.start(), m.end())), None)
        node = self.root.descendant_for_byte_range(match.start(), match.end()) if match is not None else None
        form = self._url_form(node) if node is not None else None
        if form is None:
            return found
        return found[0], (f"it is written into a URL built by `{self.source.source(form, 60)}`, a form of URL flowlint does "
                          "not read, so the launch that sends it was not read")

    def _url_form(self, mention: Node) -> Node | None:
        """The outermost expression the endpoint's text is built into before a client's call sends it (directly, or
        through a name bound to it), when that expression is more than the text itself; None otherwise."""
        form: Node | None = None
        child, node = mention, mention.parent
        while node is not None:
            if node.type == "call" and child != node.child_by_field_id(self.fields.function):
                if self._sends(node.child_by_field_id(self.fields.function)):
                    return form
                form = node  # `"/".join(parts + […])`, `os.path.join(…)`: the text built by a call
            elif node.type == "call" or node.type in ("binary_operator", "conditional_expression", "subscript"):
                form = node  # `"…".replace(…)`: a method called on the text
            elif node.type == "assignment":
                name = node.child_by_field_id(self.fields.left)
                used = self.passed_to(self.source.source(name, 40)) if name is not None and child != name else None
                return form if used is not None and self._sends_name(used) else None
            elif node.type not in _URL_PIECES:
                return None
            child, node = node, node.parent
        return None

    def _sends(self, callee: Node | None) -> bool:
        return callee is not None and self._sends_name(self.source.raw(callee))

    @staticmethod
    def _sends_name(written: str) -> bool:
        """Whether a callee as written is named as a client's call that sends (`requests.post`, `session.request`)."""
        return written.rpartition(".")[2] in (*_VERBS, "request", "urlopen")

    def is_mock(self, receiver: Node) -> bool:
        """Whether calls on this object configure a test double (requests_mock, responses, respx…), not send."""
        root = receiver
        if receiver.type == "subscript":  # kwargs["rm"] of `@requests_mock.Mocker(kw="rm")`: given by keyword
            held = receiver.child_by_field_id(self.fields.value)
            key = receiver.child_by_field_id(self.fields.subscript)
            written = self.value(key, (), TreeSpans(), None) if key is not None and key.type == "string" else None
            if held is not None and held.type == "identifier" and isinstance(written, str):
                return self._mocker_given(held, written)
        root = chain_root(root, frozenset({"attribute", "call"}), self.fields, self._roots)
        if _MOCKS.search(self.source.raw(root)):
            return True
        target = self.resolve(root) if root.type == "identifier" else None
        callee = target.child_by_field_id(self.fields.function) if target is not None and target.type == "call" else None
        if callee is not None and _MOCKS.search(self.source.raw(callee)) is not None:
            return True
        return root.type == "identifier" and target is None and self._mocker_given(root)

    def _mocker_given(self, name: Node, item: str | None = None) -> bool:
        """Whether a name is the parameter requests-mock's decorator gives a test (`@requests_mock.Mocker()` on it or on
        its class: the last positional parameter, or the one its `kw="…"` names; `item`: the test's `**kwargs`, read at
        that key): its `.post(url, json=…)` registers a reply, it sends nothing."""
        written = self.source.raw(name)
        scope = self.bindings.binder(written, name)
        parameters = scope.child_by_field_id(self.fields.parameters) if scope is not None \
            and scope.type == "function_definition" else None
        if scope is None or parameters is None:
            return False
        plain = [self.source.raw(p) for p in parameters.named_children if p.type == "identifier"]
        rest = [self.source.raw(p.named_children[0]) for p in parameters.named_children
                if p.type == "dictionary_splat_pattern" and p.named_children]
        if written not in (rest if item is not None else plain):
            return False
        owners = [scope]
        body = scope.parent.parent if scope.parent is not None and scope.parent.type == "decorated_definition" \
            else scope.parent
        if body is not None and body.type == "block" and body.parent is not None and body.parent.type == "class_definition":
            owners.append(body.parent)
        for owner in owners:
            above = owner.parent
            if above is None or above.type != "decorated_definition":
                continue
            for decorator in above.named_children:
                text = self.source.raw(decorator) if decorator.type == "decorator" else ""
                if _MOCKER_DECORATOR.search(text) is None:
                    continue
                keyword = _MOCKER_KW.search(text)
                if keyword is not None and keyword.group(1) == (item if item is not None else written):
                    return True
                if keyword is None and item is None and plain[-1] == written:
                    return True
        return False

    def is_server(self, receiver: Node) -> bool:
        """Whether calls on this object define routes (FastAPI(), APIRouter(), Flask(__name__), a `router`)."""
        if receiver.type != "identifier":
            return False
        if _SERVERS.match(self.source.raw(receiver)):
            return True
        target = self.resolve(receiver)
        callee = target.child_by_field_id(self.fields.function) if target is not None and target.type == "call" else None
        return callee is not None and _SERVERS.match(self.source.raw(callee).split(".")[-1]) is not None

    def in_process(self, receiver: Node) -> bool:
        """Whether calls on this object go to an app in the process, not over the network: an httpx client built with
        `transport=` an `ASGITransport(…)` or `WSGITransport(…)` (written there, or a name bound once to it), or with
        `app=` (httpx before 0.28). A test harness's client, as Starlette's `TestClient(app)` is."""
        made = self.made_by(receiver) if receiver.type in ("identifier", "attribute", "call") else None
        target = made[1] if made is not None else None
        if target is None:
            return False
        _, kwargs = self.arguments(target)
        if "app" in kwargs:
            return self.client(receiver, target) is not None
        transport = kwargs.get("transport", (None, None))[1]
        if transport is not None and transport.type == "identifier":
            transport = self.resolve(transport)
        maker = transport.child_by_field_id(self.fields.function) if transport is not None and transport.type == "call" \
            else None
        return maker is not None and _IN_PROCESS.fullmatch(self.source.raw(maker).rpartition(".")[2]) is not None

    def client(self, receiver: Node | None, callee: Node) -> KnownClient | None:
        """The client a launch is sent with: the library's module or one of its functions under whatever name the file
        imports it (`rq.post`, a bare `post`), or a client the file makes (made_by: `hx.Client()`, `Session()` imported
        from requests). None when it is not known to be the library's (a function or class of the file's own, another
        package's, a parameter)."""
        if receiver is None or receiver.type == "identifier":
            named = receiver or callee  # `rq.post(…)`: the module; a bare `post(…)`: the function
            member = self.library_member(self.source.raw(named), named)
            module = member.partition(".")[0] if member is not None else ""
            if module in _MODULES and (receiver is None or member == module):
                return KnownClient(module, None, None, module=True, headers_read=True)
            if receiver is None:
                return None
        made = self.made_by(receiver)
        if made is None:
            return None
        maker, target, headers_read = made
        if not self._dotted(maker):
            return None  # (`make().Client()`: its text, the chain before it, names no library's client)
        written = self.source.raw(maker).replace(" ", "")
        member = self.library_member(written, maker)
        name = (member or written).rpartition(".")[2]  # `from httpx import AsyncClient as Http`: `Http()` is one
        if name not in _CLIENTS:
            return None
        if (member.partition(".")[0] if member is not None else None) != _CLIENTS[name] \
                and not (written == name and self.bindings.binder(name, maker) is None and name != "session"):
            return None  # `class Client` of the file's own, `from acme import Client`: not the library's (a snippet
            # without imports may write `Session()`; a bare `session()` is anyone's)
        args, kwargs = self.arguments(target) if target is not None else ([], {})
        base = kwargs.get("base_url", (None, args[0] if args and name == "ClientSession" else None))[1]
        headers = kwargs.get("headers", (None, None))[1]
        return KnownClient(_CLIENTS[name], base, headers, module=False, headers_read=headers_read)

    def made_by(self, receiver: Node, depth: int = 0) -> tuple[Node, Node | None, bool] | None:
        """What makes the object a call is made on, as the file writes it: (its maker, `httpx.Client` or a class of the
        file's; the call that makes it, None when it is made with no arguments by a factory given by name; whether it
        is made where the name or `self.<name>` is bound, so that what is done to it is found by that name). Followed
        through a name bound once, `self.<name>` assigned once in its class, a class attribute (`session =
        requests.Session()`, `Launcher.session`) or a field's default (`field(default_factory=requests.Session)`, when
        its annotation, if any, names the same class: a caller may give the field, but only one of that class), and a
        function of the file's own (undecorated, or cached) whose every return is made by the same. Nothing further:
        `session or requests.Session()` is either; a parameter is whatever its callers give."""
        node = self.unwrap(receiver)
        in_class_body = False
        if node.type == "attribute":
            target = self.self_member(node)
            direct = target is not None
            if target is None:
                target = self.constant(node)
                if target is not None and (declared := self._declared_default(target)) is not None:
                    return declared
                in_class_body = target is not None and target.parent is not None and target.parent.type == "assignment"
                if in_class_body and target is not None and not self._kept_in_class(node, target):
                    return None
        elif node.type == "call":
            target, direct = node, True
        else:
            target, direct = self.resolve(node), True
        maker = target.child_by_field_id(self.fields.function) if target is not None and target.type == "call" else None
        if target is None or maker is None:
            return None
        if in_class_body and target.parent is not None and not self._declared_as(target.parent, maker):
            return None  # (`session: Api = requests.Session()` of a dataclass: its caller may give an Api)
        function = self._factory(maker) if maker.type == "identifier" and depth < _MADE_DEPTH else None
        if function is None:
            return maker, target, direct
        returned = self._returns(function)
        made = [found for value in returned if (found := self.made_by(value, depth + 1)) is not None]
        if not made or len(made) != len(returned) or len({self.source.raw(maker) for maker, _, _ in made}) > 1:
            return None
        if len({call.id if call is not None else None for _, call, _ in made}) > 1 \
                and any(call is None or self.arguments(call) != ([], {}) for _, call, _ in made):
            return None  # (made with other arguments on another path: which it is, is not known)
        return made[0][0], made[0][1], False

    def _declared_default(self, value: Node) -> tuple[Node, Node | None, bool] | None:
        """What a class attribute that is a field's declaration makes each instance's value with: the factory its
        `default_factory=` (`factory=`) names, or the lambda's call; the call its `default=` makes. None when `value`
        is no field's declaration, its annotation names another class, or its default is not made so."""
        callee = value.child_by_field_id(self.fields.function) if value.type == "call" else None
        written = self.source.raw(callee).replace(" ", "") if callee is not None else ""
        if callee is None or (self.meaning(written, callee) or (
                written if written == "field" and self.bindings.binder(written, callee) is None else None)) not in (
                *_FIELD_MAKERS, "field"):
            return None
        _, kwargs = self.arguments(value)
        if "init" not in kwargs or self.source.raw(kwargs["init"][1]) != "False":
            return None  # (a field `__init__` takes: whatever its callers give, `Launcher(session=IsoSession())`)
        factory = next((kwargs[word][1] for word in _FACTORY_KEYWORDS if word in kwargs), None)
        made: tuple[Node, Node | None, bool] | None = None
        if factory is not None and factory.type == "lambda":
            body = factory.child_by_field_id(self.fields.body)
            made = self.made_by(body, _MADE_DEPTH) if body is not None and body.type == "call" else None
        elif factory is not None and self._dotted(factory):
            made = factory, None, False
        elif factory is None and "default" in kwargs:
            made = self.made_by(kwargs["default"][1], _MADE_DEPTH)
        declared = value.parent if value.parent is not None and value.parent.type == "assignment" else None
        if made is None or declared is None or not self._declared_as(declared, made[0]):
            return None
        return made[0], made[1], False

    def _kept_in_class(self, member: Node, value: Node) -> bool:
        """Whether a class attribute (`session = requests.Session()` in the class body) is what `self.session` or
        `Launcher.session` holds where it is read: not a field of a class whose `__init__` is made for it (an annotated
        attribute of a class with a decorator or a base: a dataclass's, attrs', pydantic's, whose callers may give
        another), and, read through `self`, of a class no class of the file derives from (one may hold another)."""
        cls: Node | None = value.parent
        while cls is not None and cls.type != "class_definition":
            cls = cls.parent
        if cls is None:
            return False
        assignment = value.parent
        decorated = cls.parent is not None and cls.parent.type == "decorated_definition"
        if assignment is not None and assignment.child_by_field_id(self.fields.type) is not None \
                and (decorated or cls.child_by_field_id(self.fields.superclasses) is not None):
            return False
        named = cls.child_by_field_id(self.fields.name)
        obj = member.child_by_field_id(self.fields.object)
        if named is None or obj is None or self.source.raw(obj) != "self":
            return True
        name = self.source.raw(named)
        return not any(other.type == "class_definition" and other != cls and (bases := other.child_by_field_id(
            self.fields.superclasses)) is not None and any(self.source.raw(base) == name for base in bases.named_children)
            for other in self.nodes if other.type == "class_definition")

    def _declared_as(self, assignment: Node, maker: Node) -> bool:
        """Whether an assignment's annotation, if it has one, names the class its value is made by (`session:
        requests.Session = …`, `Optional[Session]`, `ClassVar[httpx.Client]`: a field's caller may give only that)."""
        annotation = assignment.child_by_field_id(self.fields.type)
        if annotation is None:
            return True
        written = self.source.raw(annotation).replace(" ", "")
        for _ in range(_MADE_DEPTH):
            wrapped = _DECLARED_WRAPS.fullmatch(written)
            if wrapped is None:
                break
            written = next(group for group in wrapped.groups() if group is not None)
        made = self.source.raw(maker).replace(" ", "")
        return (self.library_member(written, annotation) or written) == (self.library_member(made, maker) or made)

    def _factory(self, maker: Node) -> Node | None:
        """The module-level function of the file's own a name calls, when the module binds the name once (to it), it is
        no generator or coroutine function, and its decorators only cache what it returns (`@functools.lru_cache`)."""
        name = self.source.raw(maker)
        scope = self.bindings.binder(name, maker)
        bound = self.bindings.bound.get((self.root.id, name), []) if scope is not None and scope.id == self.root.id else []
        function = bound[0] if len(bound) == 1 else None
        if function is None or function.type != "function_definition" or function.parent is None \
                or self.source.raw(function).startswith("async"):
            return None
        top: Node | None = function.parent
        if top is not None and top.type == "decorated_definition":
            for decorator in (child for child in top.named_children if child.type == "decorator"):
                written = self.source.raw(decorator).lstrip("@").partition("(")[0].replace(" ", "")
                if self.meaning(written, decorator) not in _RETURN_KEEPING:
                    return None
            top = top.parent
        return function if top is not None and top.id == self.root.id else None

    def _returns(self, function: Node) -> list[Node]:
        """The values a function's own `return` statements give (not a nested function's); none for a generator, or
        when one returns nothing."""
        found = self._returned_values.get(function.id)
        if found is None:
            found = []
            body = function.child_by_field_id(self.fields.body)
            for node in walk(body) if body is not None else ():
                if node.type in ("yield", "return_statement") and self.enclosing_function(node) == function:
                    if node.type == "yield" or not node.named_children:
                        found = []
                        break
                    found.append(node.named_children[0])
            self._returned_values[function.id] = found
        return found

    @functools.cached_property
    def _returned_values(self) -> dict[int, list[Node]]:
        return {}

    def _left_as_made(self, name: str, at: Node) -> bool:
        """Whether an instance a name holds is left as it was made: no attribute of it set in the file, never changed,
        never handed to code that may (which may set a method of its own on it)."""
        return name not in self.attributes and not self.bindings.is_changed(name, at) and not self._handed_away(name, at)

    def instance_class(self, instance: Node) -> Node | None:
        """The class of the file's own an object is made from (made_by: `gc = GenesysClient()`, `GenesysClient()`, a
        class attribute or a field's default), written at the top of the file; None for anything else."""
        made = self.made_by(instance)
        return self.top_class(self.source.raw(made[0])) if made is not None and made[0].type == "identifier" else None

    def _dotted(self, node: Node) -> bool:
        """Whether a node is a name or a dotted name (`Client`, `httpx.Client`), found by its nodes: a call or a
        subscript below it (`f(a).get(k).Client`) makes it none, however long the chain."""
        while node.type == "attribute":
            inner = node.child_by_field_id(self.fields.object)
            if inner is None:
                return False
            node = inner
        return node.type == "identifier"

    def library_member(self, written: str, at: Node) -> str | None:
        """What a name or dotted name written here stands for when it is a client library or one of its members, by the
        file's imports (`import httpx as hx`: `hx.Client` httpx.Client; `from requests import post as send`: `send`
        requests.post), or as written when its first name is bound nowhere in the file (a snippet that leaves its
        imports out); None for anything else (a name of the file's own, a parameter, another package's import)."""
        first = written.partition(".")[0]
        meaning = written if self.bindings.binder(first, at) is None else self.meaning(written, at)
        return meaning if meaning is not None and meaning.partition(".")[0] in _LIBRARIES else None

    def library_function(self, callee: Node) -> bool:
        """Whether a bare call's name (`post`, `request`) is a client library's: imported from requests or httpx, or bound
        nowhere in the file (a snippet that leaves its imports out). A function the file defines (its wrapper) or imports
        from its own modules (`from .http import post`) is not, and is never judged by requests' rules."""
        written = self.source.raw(callee)
        return self.bindings.binder(written, callee) is None or self.client(None, callee) is not None

    def self_member(self, node: Node) -> Node | None:
        """What `self.client` is in a method: the one value its class assigns it (`self.client = httpx.AsyncClient(…)`
        in `__init__`), when the class assigns it exactly once; None otherwise."""
        obj, attr = node.child_by_field_id(self.fields.object), node.child_by_field_id(self.fields.attribute)
        body = node.parent
        while body is not None and body.type != "class_definition":
            body = body.parent
        if obj is None or attr is None or self.source.raw(obj) != "self" or body is None:
            return None
        values = self._self_writes().get(body.id, {}).get(self.source.raw(attr), [])
        return values[0] if len(values) == 1 else None

    def self_value(self, node: Node, path: Path, spans: TreeSpans, key: Offsets | None, depth: int) -> Any:
        """`self.body` as a value: the one value its class assigns it (self_member), with the items the class gives or
        removes read as a name's are (changed_value); open when it is handed to a call, returned, or not private (code
        outside the class may give it items: only a `__name` is the class's own). Unknown when changed in a way not read."""
        found = self._self_changes(node)
        target = self.self_member(node) if found is not None else None
        return self.field_value(node, found, target, path, spans, key, depth)

    def _self_changes(self, node: Node) -> tuple[list[Change], bool] | None:
        """How the class changes `self.<name>` after assigning it: the items given or removed (`self.body["k"] = v`,
        `del`, `.update(…)`, `.pop("k")`), and whether other code may give it items; None when changed in a way not read
        (an alias, a key not written out, a method that may change it)."""
        attr = node.child_by_field_id(self.fields.attribute)
        body = node.parent
        while body is not None and body.type != "class_definition":
            body = body.parent
        if attr is None or body is None:
            return None
        name = self.source.raw(attr)
        if (body.id, name) not in self._self_uses:
            self._self_uses[(body.id, name)] = self._self_uses_in(body, name)
        return self._self_uses[(body.id, name)]

    def _self_writes(self) -> dict[int, dict[str, list[Node | None]]]:
        """`self.<name> = …` (or `+=`) in the file, by each class it is written in, in one pass."""
        if self._self_written is None:
            written: dict[int, dict[str, list[Node | None]]] = {}
            for change in (n for n in self.nodes if n.type in ("assignment", "augmented_assignment")):
                left = change.child_by_field_id(self.fields.left)
                if left is not None and left.type == "attribute" and self.source.raw(left).startswith("self."):
                    attr = left.child_by_field_id(self.fields.attribute)
                    value = change.child_by_field_id(self.fields.right) if change.type == "assignment" else None
                    for above in ancestors(change):
                        if above.type == "class_definition" and attr is not None:
                            written.setdefault(above.id, {}).setdefault(self.source.raw(attr), []).append(value)
            self._self_written = written
        return self._self_written

    def _self_uses_in(self, body: Node, name: str) -> tuple[list[Change], bool] | None:
        uses = self._attribute_uses(name)
        if uses is None:
            return None
        private = name.startswith("__") and not name.endswith("__")
        is_open = not private or body.child_by_field_id(self.fields.superclasses) is not None
        changes: list[Change] = []
        for use in uses.get(body.id, []):
            found = self._self_use(use)
            if found is None:
                return None
            changes.extend(found[0])
            is_open = is_open or found[1]
        return changes, is_open

    def _attribute_uses(self, name: str) -> dict[int, list[Node]] | None:
        """Every mention of an attribute's name in the file, read once for all classes: its `self.<name>` uses by each
        class they are written in. None when any other mention may reach an attribute of that name: another reference
        to an instance (`me = self; me.__body[…]`, `launcher.__body` in a factory), a string of a name that holds it
        (`getattr(self, "_Launcher__body")`, `vars(self)["body"]`), or a `self` outside any class."""
        if name not in self._attributes:
            uses: dict[int, list[Node]] | None = {}
            for mention, use in self.mentions_of(name):
                if mention == "none":
                    continue
                classes = [above.id for above in ancestors(use) if above.type == "class_definition"] \
                    if mention == "use" and use is not None else []
                if uses is None or use is None or not classes:
                    uses = None
                    break
                for cls in classes:
                    uses.setdefault(cls, []).append(use)
            self._attributes[name] = uses
        return self._attributes[name]

    def _mention(self, node: Node, name: str) -> str:
        """What one mention of an attribute's name is: "use" (`self.<name>`), "none" (it cannot reach the attribute: a
        comment, a name of its own, a string that holds more than a name) or "other"."""
        if node.type == "comment":
            return "none"
        if node.type in ("string_content", "string"):
            return "other" if _WORDS.fullmatch(self.source.data, node.start_byte, node.end_byte) else "none"
        parent = node.parent
        if node.type != "identifier" or parent is None:
            return "other"
        if parent.type == "attribute" and parent.child_by_field_id(self.fields.attribute) == node:
            obj = parent.child_by_field_id(self.fields.object)
            is_self = obj is not None and obj.type == "identifier" and self.source.raw(obj) == "self"
            return "use" if is_self and self.source.raw(node) == name else "other"
        return "none"  # a name of its own: a variable, a parameter, a keyword argument

    def _self_use(self, use: Node) -> tuple[list[Change], bool] | None:
        """What one `self.<name>` does to its object: the changes it writes (none for a read or its own assignment) and
        whether it hands the object away; None when it changes it in a way not read."""
        f = self.fields
        child, above = use, use.parent
        while above is not None and above.type == "parenthesized_expression":
            child, above = above, above.parent
        if above is None:
            return [], False
        if above.type in ("assignment", "augmented_assignment"):
            # its own value (self_member reads it), or an alias whose changes are not followed
            return ([], False) if child == above.child_by_field_id(f.left) else None
        if above.type in ("return_statement", "yield", "list", "tuple", "set"):
            return [], True
        if above.type == "keyword_argument" and above.parent is not None:
            child, above = above, above.parent
        if above.type == "argument_list" and above.parent is not None:
            callee = above.parent.child_by_field_id(f.function)
            called = self.source.raw(callee).rsplit(".", 1)[-1] if callee is not None else ""
            return [], called not in _READS_ONLY
        keys: list[str | None] = []
        top = child
        while top.parent is not None and top.parent.type == "subscript" and top.parent.child_by_field_id(f.value) == top:
            top = top.parent
            index = top.child_by_field_id(f.subscript)
            keys.append(self.key(index) if index is not None else None)
        outer = top.parent
        if outer is not None and outer.type == "attribute" and outer.child_by_field_id(f.object) == top \
                and outer.parent is not None and outer.parent.type == "call":
            method = self.source.raw(outer.child_by_field_id(f.attribute) or outer)
            known = tuple(k for k in keys if k is not None)
            if len(known) != len(keys):
                return None
            if method in _ADDERS and (added := self._added_keys(outer.parent, method)) is not None:
                return [Change((*known, k), False, outer.parent, value, key_node) for k, key_node, value in added], False
            if method == "pop" and (args := self.arguments(outer.parent)[0]) and (popped := self.key(args[0])) is not None:
                return [Change((*known, popped), True, outer.parent)], False
            if method in ("get", "items", "keys", "values", "copy", "__contains__"):
                return [], False
            return ([Change(known, False, outer.parent)], False) if known else None
        if not keys or outer is None:
            return [], False  # read where it is
        known = tuple(k for k in keys if k is not None)
        written = outer.type in ("assignment", "augmented_assignment") and outer.child_by_field_id(f.left) == top
        statement = outer.parent if outer.type == "expression_list" else outer  # del a["x"], b["y"]
        deleted = statement is not None and statement.type == "delete_statement"
        if not written and not deleted:
            return [], False  # an item read
        if len(known) != len(keys):
            return None  # an item set by a key not written out
        if deleted and statement is not None:
            return [Change(known, True, statement)], False
        value = outer.child_by_field_id(f.right) if outer.type == "assignment" else None
        return [Change(known, False, outer, value, top.child_by_field_id(f.subscript))], False

    def launch(self, call: Node) -> LaunchRequest | None:
        callee = call.child_by_field_id(self.fields.function)
        if callee is None:
            return None
        name = self._call_name(callee)
        given: tuple[list[Node], dict[str | None, tuple[Node, Node]]] | None = None
        if (handed := self._handed_on(call, callee, name)) is not None:
            callee, given = handed[0], handed[1:]
            name = self._call_name(callee)
        decorating = self._decorating(call)
        if name not in _READ_CALLS and not decorating:
            return None  # (most calls: no launch, route or reply to read, and no arguments to read for it)
        receiver = callee.child_by_field_id(self.fields.object) if callee.type == "attribute" else None
        name_node = callee.child_by_field_id(self.fields.attribute) if callee.type == "attribute" else None
        site = self.source.offsets(call)
        args, kwargs = given if given is not None else self.arguments(call)
        if name == "post_flows_executions":
            request = LaunchRequest("sdk", site)
            # The SDK's own keyword is `flow_launch_request` (post_flows_executions(self, flow_launch_request, **kwargs)).
            if (refused := self._sdk_refuses(args, kwargs) or self._other_sdk_api(receiver)) is not None:
                request.findings.append((Finding(SDK_ARGUMENTS, (), *refused), site))
                return request  # the call raises before anything is sent: no body of it to judge
            written = kwargs.get("flow_launch_request") or kwargs.get("body")
            body = args[0] if args else written[1] if written is not None else None
            if body is not None:
                self.sdk_body(request, body)
            return request
        if name == "urlopen":
            return self.urllib(site, args, kwargs)
        if name in _MOCK_SETUP and receiver is not None and self.is_mock(receiver):
            for arg in (*args[:2], kwargs.get("url", (None, None))[1]):
                self.not_a_launch(call, arg)
            return None  # registers a reply for that method and URL, it sends nothing
        if decorating:
            self.not_a_launch(call, args[0] if args else None)
            return None  # @app.route("/api/v2/flows/executions", methods=["POST"]) defines a route of a server
        built = name in _BUILT_REQUESTS
        if built:
            # `requests.Request("POST", URL, json=…)` (then prepared and sent), httpx's `httpx.Request(…)` and
            # `client.build_request(…)` (then `client.send(…)`): the request as made, read as a `request(…)` call's
            maker = self.client(receiver, callee)
            if maker is None or maker.library not in _MODULES or maker.module != (name == "Request"):
                return None
            if not self.sent_unchanged(call, prepared=maker.library != "requests"):
                return None  # (its body or URL replaced before the send, or never sent: what is sent is not known here)
            name = "request"
        if name not in _VERBS and name != "request":
            return None
        if receiver is None and not self.library_function(callee):
            return None  # the file's own `post(…)` (a wrapper, followed as one by wrapped_launch), or its modules' import
        if name == "request":
            method_node = args[0] if args else kwargs.get("method", (None, None))[1]
            url_node = args[1] if len(args) > 1 else kwargs.get("url", (None, None))[1]
            method_text = self.text(method_node)
            method: str | Unknown = method_text.value.upper() if isinstance(method_text, Text) and method_text.value else Unknown()
            method_span = self.source.offsets(method_node) if method_node is not None else None
        else:
            url_node = args[0] if args else kwargs.get("url", (None, None))[1]
            method, method_span = _VERBS[name], self.source.offsets(name_node or callee)
        if receiver is not None and self.is_mock(receiver):
            self.not_a_launch(call, url_node)
            return None  # a test double's .post(url, json=…) sets the reply, it sends nothing
        if receiver is not None and self.is_server(receiver):
            self.not_a_launch(call, url_node)
            return None  # app.post("/api/v2/flows/executions/{flow_id}", …) defines a route of a server
        if receiver is not None and self.in_process(receiver):
            self.not_a_launch(call, url_node)
            return None  # a client of an app in the process (httpx's ASGITransport): the app answers, nothing is sent
        client = self.client(receiver, callee)
        # (a client not known to be a library's is none: what one library does is not taken for it)
        library = client.library if client else self.derived_client(receiver) or UNKNOWN_CLIENT
        url = self.launch_text(url_node)
        if not isinstance(url, Text):
            return None
        if self.in_tests and client is None and url.known_prefix().startswith("/"):
            self.not_a_launch(call, url_node)
            return None  # a test client's request to the app under test (a fixture `client`, self.client)
        if client and client.base_url is not None and url.known_prefix().startswith("/"):
            base = self.text(client.base_url)
            url = Text((*(base.parts if isinstance(base, Text) else (base,)), *url.parts), url.span)
        elif url.known_prefix().startswith("/"):
            origin = self._connection_origin(receiver)
            url = Text((origin if origin is not None else UnseenBase("base_url"), *url.parts), url.span)
        if launch_url(url) is None:
            return None
        request = LaunchRequest(library, site, url, method, method_span)
        if library == UNKNOWN_CLIENT:
            request.client_unknown = self.source.source(callee, 60)
        known_headers = client is not None and (client.module or (
            library in ("httpx", "aiohttp") and client.headers_read
            and self.source.raw(receiver or callee) not in self.headers_touched))
        # (a request made to be sent later takes the headers of the session that prepares or sends it: not known here)
        request.headers = self.headers(kwargs, client.headers if client else None) \
            if known_headers and None not in kwargs and not built else None
        if "json" in kwargs and not self._none(kwargs["json"][1]):  # (json=None sends no body: a default's `json=None`)
            self.set_body(request, kwargs["json"][1], "json")
        elif "data" in kwargs:  # (a dict is sent form-encoded by the libraries; how by a client not known, is not known)
            self.set_body(request, kwargs["data"][1], "form" if library != UNKNOWN_CLIENT else "opaque")
        elif "content" in kwargs:
            self.set_body(request, kwargs["content"][1], "opaque")
        elif "body" in kwargs:  # urllib3's and http.client's request(method, url, body=…): sent as the bytes it is
            self.set_body(request, kwargs["body"][1], "opaque")
        elif name == "request" and len(args) > 2 and self._sends_raw_bodies(receiver):
            self.set_body(request, args[2], "opaque")  # http.client's conn.request("POST", path, payload, headers)
        elif "params" in kwargs and method != "POST":
            # `requests.get(URL, params=body)`: the launch goes in the query string, so the request is no bodiless probe
            request.sends, request.body_span = "query", self.source.offsets(kwargs["params"][1])
        elif None in kwargs:
            request.body, request.sends = Unknown(self.source.source(kwargs[None][1])), "opaque"  # **options may carry json=
        elif name in ("post", "put", "patch") and len(args) > 1:
            self.positional_body(request, args, client is not None and library == "requests")
        elif len(args) == (2 if name == "request" else 1) and client is not None:
            # A library's call with no body argument at all, and no **options that could carry one.
            request.bodiless = "files" not in kwargs
        if request.body is not NO_BODY and not isinstance(request.body, Unknown) \
                and (rewriter := self.rewritten_by(receiver, kwargs)) is not None:
            request.body, request.sends = Unknown(rewriter), "opaque"  # what is sent is not what the call is given
        return request

    def derived_client(self, receiver: Node | None) -> str | None:
        """The library whose client class the launch's client is made from through classes of the file's own
        (`class Api(requests.Session)`, `Api().post(…)`) that override none of the methods a request passes through: its
        calls are then that library's. None for anything else (one overriding `post`, even passing the body on whole,
        may take its arguments otherwise: `post(self, url, data)` sending `json=data`)."""
        made = self.made_by(receiver) if receiver is not None else None
        for cls, library in self._own_client_classes(made[0]) if made is not None else ():
            if self._methods(cls, _SENDING_METHODS):
                return None
            if library is not None:
                return library
        return None

    def _own_client_classes(self, maker: Node) -> Iterator[tuple[Node, str | None]]:
        """The file's own classes a client is made by (`Api()`), then each of its own it derives from, up to one
        deriving from a library's client class: each with that library (None: a class of the file's own is its base)."""
        cls = self.top_class(self.source.raw(maker)) if maker.type == "identifier" else None
        for _ in range(_SUBCLASS_DEPTH):
            if cls is None:
                return
            bases = cls.child_by_field_id(self.fields.superclasses)
            written = [self.source.raw(base) for base in bases.named_children] if bases is not None else []
            members = [self.library_member(base, cls) or "" for base in written]
            library = next((_CLIENTS[name] for member in members if (name := member.rpartition(".")[2]) in _CLIENTS
                            and member.partition(".")[0] == _CLIENTS[name]), None)
            yield cls, library
            if library is not None:
                return
            cls = next((found for base in written if (found := self.top_class(base)) is not None), None)

    def rewritten_by(self, receiver: Node | None, kwargs: dict[str | None, tuple[Node, Node]]) -> str | None:
        """What may rewrite a launch's body on its way out, as written (None: nothing seen to): its client's class, one
        of the file's own deriving from the library's, overriding a method every request passes through
        (`request()`, `send()`, `prepare_request()`), an httpx client's request event hook, or an auth object of the
        file's own, given the request to sign (requests' `auth=` `__call__`, httpx's `auth_flow`) — unless each is seen
        to leave the body alone (passes it on whole, reads or sets only other parts: `request.headers[…] = …`).
        requests' own `hooks=` are response hooks only: they run after the body is sent. The JavaScript twins (axios
        interceptors, `transformRequest`) make a body unknown so too."""
        if "auth" in kwargs and (rewriter := self._auth_rewrites(kwargs["auth"][1])) is not None:
            return rewriter
        made = self.made_by(receiver) if receiver is not None else None
        if made is None:
            return None
        maker, target, _ = made
        _, made_with = self.arguments(target) if target is not None else ([], {})
        if "event_hooks" in made_with and (rewriter := self._request_hooks(made_with["event_hooks"])) is not None:
            return rewriter
        if "auth" in made_with and (rewriter := self._auth_rewrites(made_with["auth"][1])) is not None:
            return rewriter
        for cls, _library in self._own_client_classes(maker):  # (the library's client sends the body as given)
            for method in self._methods(cls, _SENDING_METHODS):
                if not self._leaves_body_alone(method):
                    return self.source.source(method)
        return None

    def _request_hooks(self, hooks: tuple[Node, Node]) -> str | None:
        """An httpx client's `event_hooks={"request": [...]}` that may rewrite a request (None: none, or each a function
        of the file's seen to leave the body alone, as a hook that logs the request or sets a header does)."""
        value = self.resolve(hooks[1]) or self.unwrap(hooks[1])
        written = self.source.source(hooks[0].parent or hooks[1])
        if value.type != "dictionary":
            return written  # (hooks not written here: which run on a request is not known)
        for pair in value.named_children:
            key = pair.child_by_field_id(self.fields.key) if pair.type == "pair" else None
            text = self.text(key) if key is not None else None
            if not isinstance(text, Text) or text.value != "response":
                if pair.type != "pair" or key is None or not isinstance(text, Text) or text.value != "request":
                    return written  # (a `**more`, a key not written out)
                listed = pair.child_by_field_id(self.fields.value)
                hooked = (self.resolve(listed) or listed) if listed is not None else None
                if hooked is None or hooked.type != "list":
                    return written
                for hook in hooked.named_children:
                    function = self.resolve(hook) if hook.type == "identifier" else None
                    if function is None or function.type != "function_definition" or not self._leaves_body_alone(function):
                        return written
        return None

    def _auth_rewrites(self, auth: Node) -> str | None:
        """An `auth=` object of a class of the file's own whose `__call__` (requests) or `auth_flow` (httpx) may rewrite
        the request it signs (None: a `(user, password)` pair, a library's auth, or one seen to leave the body alone)."""
        made = self.resolve(auth) if auth.type == "identifier" else self.unwrap(auth)
        maker = made.child_by_field_id(self.fields.function) if made is not None and made.type == "call" else None
        cls = self.top_class(self.source.raw(maker)) if maker is not None and maker.type == "identifier" else None
        for method in self._methods(cls, _AUTH_METHODS) if cls is not None else ():
            if not self._leaves_body_alone(method):
                return self.source.source(method)
        return None

    def _methods(self, cls: Node, names: frozenset[str]) -> list[Node]:
        """The methods of these names a class's body defines (decorated or not)."""
        block = cls.child_by_field_id(self.fields.body)
        found: list[Node] = []
        for member in block.named_children if block is not None else ():
            defined = member.child_by_field_id(self.fields.definition) if member.type == "decorated_definition" else member
            named = defined.child_by_field_id(self.fields.name) if defined is not None \
                and defined.type == "function_definition" else None
            if defined is not None and named is not None and self.source.raw(named) in names:
                found.append(defined)
        return found

    def _leaves_body_alone(self, function: Node) -> bool:
        """_left_alone, once a function (a class's override is asked about for each of its launches)."""
        found = self._alone.get(function.id)
        if found is None:
            found = self._alone[function.id] = self._left_alone(function)
        return found

    @functools.cached_property
    def _alone(self) -> dict[int, bool]:
        return {}

    def _left_alone(self, function: Node) -> bool:
        """Whether a method or hook is seen to leave the body of the request it is given alone: each parameter (but
        `self`, `method`, `url`) is only passed on whole (`*args`, `**kwargs`, `request`) to `super()`'s method,
        handed back (`return request`, `yield request`), or read for a part that is not the body
        (`request.headers[…] = …`, `request.url`)."""
        params = function.child_by_field_id(self.fields.parameters)
        names = set()
        for param in params.named_children if params is not None else ():
            named = param if param.type == "identifier" else param.named_children[0] \
                if param.named_children and param.named_children[0].type == "identifier" else None
            if named is None:
                return False  # (a parameter not read by its name: `(self, *, json=None)` aside, not seen)
            names.add(self.source.raw(named))
        names -= {"self", "cls", "method", "url"}
        body = function.child_by_field_id(self.fields.body)
        for use in walk(body) if body is not None and names else ():
            if use.type != "identifier" or self.source.raw(use) not in names:
                continue
            above = use.parent
            if above is None:
                return False
            if above.type in ("list_splat", "dictionary_splat", "keyword_argument", "argument_list"):
                call = above.parent if above.type == "argument_list" else above.parent.parent if above.parent is not None \
                    else None
                callee = call.child_by_field_id(self.fields.function) if call is not None and call.type == "call" else None
                inner = callee.child_by_field_id(self.fields.object) if callee is not None and callee.type == "attribute" \
                    else None
                if inner is not None and self.source.raw(inner).replace(" ", "") == "super()":
                    continue  # passed on whole to the library's own method
                return False
            if above.type in ("return_statement", "yield", "await"):
                continue  # handed back as it is
            if above.type == "attribute" and above.child_by_field_id(self.fields.object) == use:
                attribute = above.child_by_field_id(self.fields.attribute)
                if attribute is not None and self.source.raw(attribute) not in _BODY_ATTRIBUTES:
                    continue  # another part of the request: its headers, its URL
            return False
        return True

    def _none(self, node: Node) -> bool:
        """Whether a value is Python's None as written (`json=None`, or a parameter whose followed call leaves it None)."""
        return (self.resolve(node) or self.unwrap(node)).type == "none"

    def _connection_origin(self, receiver: Node | None) -> str | None:
        """The scheme and host a connection of http.client or urllib3 sends a path to, where it is made with its host
        written (`conn = http.client.HTTPSConnection("api.mypurecloud.com")`, urllib3's HTTPSConnectionPool): the
        request's URL is that origin and the path. None for any other receiver, or a host not known."""
        target = self.resolve(receiver) if receiver is not None and receiver.type == "identifier" else None
        callee = target.child_by_field_id(self.fields.function) if target is not None and target.type == "call" else None
        made = self.source.raw(callee).rpartition(".")[2] if callee is not None else ""
        arguments = target.child_by_field_id(self.fields.arguments) if target is not None and made in _CONNECTIONS else None
        first = next((child for child in arguments.named_children if child.type != "comment"), None) \
            if arguments is not None else None
        host = self.text(first) if first is not None and first.type != "keyword_argument" else None
        if not isinstance(host, Text) or host.value is None or not _HOST_WRITTEN.fullmatch(host.value):
            return None
        return f"{_CONNECTIONS[made]}://{host.value}"

    def _sends_raw_bodies(self, receiver: Node | None) -> bool:
        """Whether a receiver is bound to a connection or pool of http.client or urllib3, whose request(method, url,
        body, headers) takes the body third (requests' Session.request takes params there)."""
        target = self.resolve(receiver) if receiver is not None and receiver.type == "identifier" else None
        callee = target.child_by_field_id(self.fields.function) if target is not None and target.type == "call" else None
        return callee is not None and self.source.raw(callee).rpartition(".")[2] in _RAW_BODY_CLIENTS

    def _decorating(self, call: Node) -> bool:
        """Whether a call is a decorator's (`@app.route(…)`): found in one walk of the tree, not by asking each call its
        parent (which costs tree-sitter a walk from the root: quadratic in a chain of calls, `f(a)(b)(c)…`)."""
        return call.id in self._decorator_calls

    @functools.cached_property
    def _decorator_calls(self) -> frozenset[int]:
        if b"@" not in self.source.data:
            return frozenset()
        return frozenset(child.id for decorator in nodes_of("python", self.root, frozenset({"decorator"}))
                         for child in decorator.named_children if child.type == "call")

    def _call_name(self, callee: Node) -> str:
        """The name a call is made by: a method's or function's name as written, or the library function a name is
        imported as (`send(…)`, imported as requests.post: post); "" for any other callee."""
        if callee.type == "attribute":
            name_node = callee.child_by_field_id(self.fields.attribute)
            return self.source.raw(name_node) if name_node is not None else ""
        if callee.type != "identifier":
            return ""
        name = self.source.raw(callee)
        member = self.library_member(name, callee) if name in self._renamed else None
        return member.rpartition(".")[2] if member is not None else name

    def _handed_on(self, call: Node, callee: Node, name: str) -> tuple[Node, list[Node], dict[str | None, tuple[Node, Node]]] | None:
        """The call another call makes with the function and arguments it is handed, as (function, positional
        arguments, keywords): `asyncio.to_thread(f, *a, **k)`, `executor.submit(f, *a, **k)` and
        `loop.run_in_executor(None, f, *a)` call f(*a, **k); `functools.partial(f, *a)` bound to a name, or called in
        place, is f with `a` before the arguments of its call. None when the function or its arguments are not known."""
        skip = _RUNNERS.get(name)
        if skip is None and callee.type != "call" and (callee.type != "identifier"
                                                       or self._partial_key(name, callee) not in self._partials):
            return None  # (most calls: a plain call)
        if skip is None:  # partial(requests.post, URL)(json=…), send(json=…) with send = partial(…)
            made = callee if callee.type == "call" else self.resolve(callee)
            return self._partial_applied(made, *self.arguments(call)) if made is not None else None
        if (name == "to_thread" and not self._stands_for(callee, "asyncio.to_thread")) \
                or (callee.type != "attribute" and name != "to_thread"):
            return None
        args, kwargs = self.arguments(call)
        if len(args) <= skip or any(arg.type == "list_splat" for arg in args[:skip + 1]):
            return None
        if skip and kwargs:
            return None  # run_in_executor hands its function no keywords (a TypeError): not a launch to read
        function = self.unwrap(args[skip])
        made = self.resolve(function) if function.type == "identifier" \
            and self._partial_key(self.source.raw(function), function) in self._partials else function
        if made is not None and made.type == "call":
            return self._partial_applied(made, args[skip + 1:], kwargs)
        return (function, args[skip + 1:], kwargs) if function.type in ("attribute", "identifier") else None

    def _partial_applied(self, made: Node, args: list[Node], kwargs: dict[str | None, tuple[Node, Node]]
                         ) -> tuple[Node, list[Node], dict[str | None, tuple[Node, Node]]] | None:
        """`functools.partial(f, *a, **k)` called with `args` and `kwargs`: (f, a + args, k updated by kwargs)."""
        maker = made.child_by_field_id(self.fields.function) if made.type == "call" else None
        if maker is None or maker.type not in ("attribute", "identifier") or not self._stands_for(maker, "functools.partial"):
            return None
        bound, keywords = self.arguments(made)
        function = self.unwrap(bound[0]) if bound else None
        if function is None or function.type not in ("attribute", "identifier"):
            return None
        return function, [*bound[1:], *args], {**keywords, **kwargs}

    def _stands_for(self, callee: Node, wanted: str) -> bool:
        """Whether a callee written as `wanted` (`functools.partial`) or its last name (`partial`) is that function by the
        file's imports, or as written where its first name is bound nowhere in the file (a snippet without imports)."""
        written = self.source.raw(callee).replace(" ", "")
        if written != wanted and written != wanted.rpartition(".")[2]:
            return False
        first = written.partition(".")[0]
        return (written == wanted and self.bindings.binder(first, callee) is None) or self.meaning(written, callee) == wanted

    def positional_body(self, request: LaunchRequest, args: list[Node], is_requests: bool) -> None:
        """A body given by position. requests' `post(url, data=None, json=None)`: the second a form (or text), the third
        JSON, a literal None neither. Another client's `post(path, body)` sends its one argument after the path in a
        way not known here; with more arguments after it, which of them is the body is a guess: not known."""
        if is_requests:
            if len(args) > 2 and args[2].type != "none":
                self.set_body(request, args[2], "json")
            elif args[1].type != "none":
                self.set_body(request, args[1], "form")
            return
        if len(args) == 2:
            self.set_body(request, args[1], "opaque")
        else:
            request.body, request.sends = Unknown(self.source.source(args[1])), "opaque"

    def urllib(self, site: Offsets, args: list[Node], kwargs: dict[str | None, tuple[Node, Node]]) -> LaunchRequest | None:
        """`urlopen(Request(url, data=…, headers=…, method=…))` or `urlopen(url, data=…)`, the standard library's client
        (what a Lambda function without dependencies uses). It sends `data` as given: a form unless a header says JSON."""
        given = args[0] if args else kwargs.get("url", (None, None))[1]
        if given is None:
            return None
        made = self.resolve(given) or self.unwrap(given)
        callee = made.child_by_field_id(self.fields.function) if made.type == "call" else None
        if callee is not None and self.source.raw(callee).split(".")[-1] == "Request":
            request_args, options = self.arguments(made)
            url_node = request_args[0] if request_args else options.get("url", (None, None))[1]
            data = request_args[1] if len(request_args) > 1 else options.get("data", (None, None))[1]
            headers = request_args[2] if len(request_args) > 2 else options.get("headers", (None, None))[1]
            method_node = options.get("method", (None, None))[1]
            touched = given.type == "identifier" and self.source.raw(given) in self.headers_added
            known_options = None not in options and not touched
        else:
            url_node, headers, method_node = given, None, None
            data = args[1] if len(args) > 1 else kwargs.get("data", (None, None))[1]
            known_options = None not in kwargs
        url = self.text(url_node) if url_node is not None else None
        if not isinstance(url, Text) or launch_url(url) is None:
            return None
        method_text = self.text(method_node) if method_node is not None else None
        method: str | Unknown = ("POST" if data is not None else "GET") if method_node is None else (
            method_text.value.upper() if isinstance(method_text, Text) and method_text.value else Unknown())
        request = LaunchRequest("urllib", site, url, method, self.source.offsets(method_node) if method_node else None)
        request.headers = self.headers({"headers": (headers, headers)} if headers is not None else {}, None) \
            if known_options else None
        if data is not None:
            self.set_body(request, data, "form")  # (json.dumps(body).encode("utf-8"): set_body reads the text)
        return request

    def headers(self, kwargs: dict[str | None, tuple[Node, Node]], client_headers: Node | None) -> list[Header] | None:
        found: list[Header] = []
        for node in (client_headers, kwargs.get("headers", (None, None))[1]):
            if node is None:
                continue
            target = self.resolve(node)
            if target is None or target.type != "dictionary":
                return None
            for child in target.named_children:
                if child.type != "pair":
                    if child.type != "comment":
                        return None
                    continue
                key_node, value_node = child.child_by_field_id(self.fields.key), child.child_by_field_id(self.fields.value)
                name = self.key(key_node) if key_node is not None else None
                if name is None or value_node is None:
                    return None
                found.append(Header(name, self.text(value_node), self.source.offsets(child)))
        return found

    def utf8_text(self, node: Node, depth: int = 0) -> Node | None:
        """The text whose UTF-8 bytes `node` is: `text.encode()`, `text.encode("utf-8")`, `bytes(text, "utf-8")`,
        `bytearray(text, encoding="utf8")`; None for any other value (another encoding, or bytes made otherwise)."""
        callee = node.child_by_field_id(self.fields.function) if node.type == "call" else None
        if callee is None:
            return None
        args, kwargs = self.arguments(node)
        if None in kwargs or set(kwargs) - {"encoding", "errors"}:
            return None
        if callee.type == "attribute":
            method, text = callee.child_by_field_id(self.fields.attribute), callee.child_by_field_id(self.fields.object)
            if method is None or text is None or self.source.raw(method) != "encode" or len(args) > 2:
                return None
            encoding = args[0] if args else kwargs.get("encoding", (None, None))[1]
        elif callee.type == "identifier" and self.source.raw(callee) in ("bytes", "bytearray") and args \
                and self.lookup(self.source.raw(callee), callee) is None:
            text, encoding = args[0], args[1] if len(args) > 1 else kwargs.get("encoding", (None, None))[1]
            if encoding is None:  # bytes(text) without an encoding raises TypeError on a str; of bytes, a copy
                held = self.resolve(text) or self.unwrap(text)
                return text if not kwargs and depth < _ENCODED_DEPTH and self.utf8_text(held, depth + 1) is not None else None
        else:
            return None
        if encoding is not None:
            named = self.string(self.resolve(encoding) or self.unwrap(encoding))
            if named is None or named[0].lower().replace("_", "-") not in _UTF8_NAMES:
                return None
        return text

    def set_body(self, request: LaunchRequest, node: Node, mode: str, given: str = "json=") -> None:
        """A json=, data= or content= argument; `mode` is how the client sends a dict (json, or form for data=); `given`
        is what the body is handed to, as help writes it (`json=`, or the SDK's `post_flows_executions(`)."""
        closing = ")" if given.endswith("(") else ""
        target = self.resolve(node) or self.unwrap(node)
        for _ in range(_ENCODED_DEPTH):  # bytes sent as they are: the text they encode is the body (json= fails on bytes)
            text = self.utf8_text(target) if mode != "json" else None
            if text is None:
                break
            node, target = text, self.resolve(text) or self.unwrap(text)
        if target.type in ("conditional_expression", "identifier") and not self.frames \
                and self._chosen(request, target, mode, given):
            return
        if self.model_dump(request, target, mode):
            return
        callee = target.child_by_field_id(self.fields.function) if target.type == "call" else None
        method = callee.child_by_field_id(self.fields.attribute) if callee is not None and callee.type == "attribute" else None
        if method is not None and self.source.raw(method) in ("model_dump_json", "json"):
            spans = TreeSpans()
            dumped = self.dumped(target, (), spans, 0, as_json=True)
            if dumped is None and self.source.raw(method) == "json":
                dumped = None  # `response.json()`: what it is, is not known here
            elif dumped is None:
                dumped = Unknown(self.source.source(target))  # model_dump_json: pydantic's, of a model not known here
            if dumped is not None:
                request.body, request.body_span, request.body_locator = dumped, self.source.offsets(target), spans
                request.sends = "text" if mode != "json" else "opaque"
                if mode == "json":  # json= serializes what it is given: a JSON string goes as a string
                    request.findings.append((Finding(
                        NOT_AN_OBJECT, (), f"{given.rstrip('(')} is given a JSON string (model_dump_json): it is encoded "
                        "again, so the body is a string, not an object", "pass the object itself: " + given +
                        self.source.source(target, 40).split("(")[0].removesuffix("_json").removesuffix(".json") + (
                            ".model_dump()" if self.source.raw(method) == "json" else "()") + closing),
                        self.source.offsets(target)))
                return
        if callee is not None and self.source.raw(callee).replace(" ", "") in ("json.dumps", "dumps"):
            args, _ = self.arguments(target)
            if not args:
                return
            dumped = self.unwrap(args[0])
            # `json.dumps(body)` of a body each branch of an `if`/`else` binds: each branch read, as `json=body`'s are
            branches = self.branch_bound(dumped) if dumped.type == "identifier" and not self.frames \
                and self.resolve(dumped) is None else None
            sent = [part for part in branches or () if self.unwrap(part).type != "none"]
            dump = functools.partial(self._dumped_body, dumps=target, mode=mode, given=given)
            if sent:
                self.branches.read(request, sent, dump)
            else:
                dump(request, args[0])
            return
        if callee is not None and self.source.raw(callee).replace(" ", "") in ("json.loads", "loads"):
            args, kwargs = self.arguments(target)
            literal = (self.resolve(args[0]) or self.unwrap(args[0])) if len(args) == 1 and not kwargs else None
            known = self.string(literal) if literal is not None and literal.type in ("string", "concatenated_string") \
                else None
            if literal is not None and known is not None and self.unwrap(node) == target:
                # `json=json.loads('{…}')` written at the send: the object the text writes (bound to a name first, it
                # may be handed to a call that changes it before the send: not known)
                request.body_span = self.source.offsets(literal)
                embedded_body(request, known[0], known[1])
                request.sends = mode if isinstance(request.body, dict) else "json" if mode == "json" else "opaque"
                return
        holed = self.holed_text(target) if mode != "json" else None
        if holed is not None:
            request.body_span, request.sends = self.source.offsets(target), "text"
            embedded_body_with_holes(request, *holed, written=self.source.source(target))
            return
        if target.type in ("string", "concatenated_string") and mode != "json":
            known = self.string(target)
            request.body_span = self.source.offsets(target)
            request.sends = "text"
            if known is None:
                request.body = Unknown(self.source.source(target))
            else:
                embedded_body(request, known[0], known[1])
            return
        spans = TreeSpans()
        request.body = self.value(node, (), spans, None)
        request.body_span, request.body_locator = self.source.offsets(node), spans
        request.sends = mode if isinstance(request.body, dict) else "json" if mode == "json" else "opaque"

    def _dumped_body(self, request: LaunchRequest, node: Node, *, dumps: Node, mode: str, given: str) -> None:
        """The body `json.dumps(node)` (the call `dumps`) sends, given as a json=, data= or content= argument (set_body)."""
        spans = TreeSpans()
        request.body = self.value(node, (), spans, None)
        request.body_span, request.body_locator = self.source.offsets(node), spans
        request.sends = "text" if mode != "json" else "opaque"
        if mode == "json":  # json= serializes what it is given: a JSON string goes as a string
            request.findings.append((Finding(
                NOT_AN_OBJECT, (), f"{given.rstrip('(')} is given a JSON string (json.dumps): it is encoded again, so "
                "the body is a string, not an object", "pass the object itself: " + given +
                self.source.source(node, 40) + (")" if given.endswith("(") else "")), self.source.offsets(dumps)))

    def _chosen(self, request: LaunchRequest, choice: Node, mode: str, given: str) -> bool:
        """`json=a if c else b`, or a name each branch of an `if`/`else` (a `match`) binds (branch_bound): each branch a
        body the call may send, read as a launch of its own (branches.py); a None branch sends none (requests'
        `json=None`; the SDK raises on it), so it is not read. False when there is no branch to read."""
        branches = self._conditional_branches(choice) if choice.type != "identifier" else (
            self.branch_bound(choice) or self.loop_items(choice))  # (a loop over a list literal: each item in turn)
        sent = [part for part in branches or () if self.unwrap(part).type != "none"]
        if not sent:
            return False
        sdk = given != "json="  # (a branch given to the SDK may be its model)
        self.branches.read(request, sent, self.sdk_body if sdk else functools.partial(self.set_body, mode=mode))
        return True

    def model(self, node: Node) -> tuple[list[tuple[str, Node, Node]], bool] | None:
        """A FlowExecutionLaunchRequest made in the file: its attributes as assigned (name, value, where), and
        whether it was handed to code that may set more; None for anything else."""
        unwrapped = self.unwrap(node)
        target: Node | None = unwrapped
        if unwrapped.type == "identifier":
            target = self.bindings.resolve(self.source.raw(unwrapped), unwrapped, as_made=True)
            target = self.unwrap(target) if target is not None else None
        callee = target.child_by_field_id(self.fields.function) if target is not None and target.type == "call" else None
        if target is None or callee is None or not (self.source.raw(callee).endswith("FlowExecutionLaunchRequest") or (
                self.meaning(self.source.raw(callee).replace(" ", ""), callee) or "").endswith(".FlowExecutionLaunchRequest")):
            return None  # (imported under another name: `import … FlowExecutionLaunchRequest as Launch`)
        _, kwargs = self.arguments(target)
        assigned = [(k, v, key) for k, (key, v) in kwargs.items() if k is not None]
        if unwrapped.type == "identifier":  # attributes set on this binding of the name (not another function's)
            name = self.source.raw(unwrapped)
            binding = self.bindings.key(name, unwrapped)
            assigned += [found for found in self.attributes.get(name, []) if self.bindings.key(name, found[2]) == binding]
        return assigned, None in kwargs or (unwrapped.type == "identifier" and self.is_escaped(self.source.raw(unwrapped), unwrapped))

    def _inputs_given(self, name_node: Node, assigned: list[tuple[str, Node, Node]]) -> list[Change] | None:
        """The members written into a model's `input_data` one at a time, as changes to the body's `inputData`, when
        every change of it in the file is such a write, after the last `input_data = …` of this binding; else None."""
        name = self.source.raw(name_node)
        binding = self.bindings.key(name, name_node)
        items = [change for attribute, change in self.attribute_items.get(name, [])
                 if attribute == "input_data" and self.bindings.key(name, change.at) == binding]
        set_at = [where.start_byte for attribute, _, where in assigned if attribute == "input_data"]
        if not items or not set_at or any(change.at.start_byte < max(set_at) for change in items):
            return None
        places = [self.source.offsets(change.at) for change in items]
        for start, _ in _changes_in_place(self.source.text, name, "input_data", self._same_binding(name_node), every=True):
            if not any(begin <= start < end for begin, end in places):
                return None  # changed in another way too (handed to a helper, `del`): not known
        return [Change(("inputData", *change.path), False, change.at, change.value, change.key) for change in items]

    def _other_sdk_api(self, receiver: Node | None) -> tuple[str, str] | None:
        """The words for `post_flows_executions` called on another API class of the SDK the file makes
        (`PureCloudPlatformClientV2.FlowsApi()`): only ArchitectApi has it, so the call raises AttributeError and
        nothing is sent (review F5). None for ArchitectApi, or an object not plainly made from the SDK."""
        made = self.made_by(receiver) if receiver is not None else None
        written = self.source.raw(made[0]).replace(" ", "") if made is not None else ""
        meaning = self.meaning(written, made[0]) if made is not None and self._dotted(made[0]) else None
        module, _, api = (meaning or "").rpartition(".")
        if module != "PureCloudPlatformClientV2" or not api.endswith("Api") or api == "ArchitectApi":
            return None
        return (f"{api} has no post_flows_executions: the launch is ArchitectApi's, so the call raises an AttributeError "
                "and nothing is sent", f"call it on PureCloudPlatformClientV2.ArchitectApi(…) instead of {api}(…)")

    def _sdk_refuses(self, args: list[Node], kwargs: dict[str | None, tuple[Node, Node]]) -> tuple[str, str] | None:
        """What the SDK's `post_flows_executions(self, flow_launch_request, **kwargs)` raises TypeError for, said with
        its help: a second positional argument (a splat's count is not known), or a keyword outside its all_params
        (`flow_launch_request`, `callback`): `body=` in every release that has the method (88.0.0 to 269.0.0), in Python's
        or the SDK's own words. A keyword is judged only where the file imports the SDK and defines no method of that
        name (its own client's may take `body`); a `**splat`'s keywords are not known."""
        if any(arg.type == "list_splat" for arg in args):
            return None
        if len(args) > 1:
            body = self.source.source(args[-1], 40) if args[-1].type == "identifier" else "body"
            return (f"post_flows_executions takes one argument, the launch request; given {len(args)}, the call raises "
                    "TypeError and sends nothing", f"pass the launch request alone, with flow_id set on it: "
                    f"post_flows_executions({body})")
        refused = [name for name in kwargs if name is not None and name not in _SDK_KEYWORDS]
        if not refused or None in kwargs or b"PureCloudPlatformClientV2" not in self.source.data or self._definitions:
            return None
        if not args and "flow_launch_request" not in kwargs:
            said = "missing 1 required positional argument: 'flow_launch_request'"
        else:
            said = f"Got an unexpected keyword argument '{refused[0]}' to method post_flows_executions"
        return (f"post_flows_executions takes no keyword `{refused[0]}` (PureCloudPlatformClientV2 names its one "
                f"parameter flow_launch_request): the call raises TypeError ({said}) and sends nothing",
                "pass the launch request as its one argument: post_flows_executions(body) "
                "(or post_flows_executions(flow_launch_request=body))")

    def sdk_body(self, request: LaunchRequest, node: Node) -> None:
        """The SDK's body: a dict, or a FlowExecutionLaunchRequest model filled attribute by attribute; an attribute
        the model does not declare is never sent (FL013)."""
        model = self.model(node)
        if model is None:  # a dict or str: ApiClient.sanitize_for_serialization keeps it as is, then json.dumps sends it
            self.set_body(request, node, "json", "post_flows_executions(")
            return
        spans = TreeSpans()
        body: dict[str, Any] = {}
        assigned, escaped = model
        made_with = next((where.parent.parent for _, _, where in assigned if where.parent is not None
                          and where.parent.type == "keyword_argument" and where.parent.parent is not None), None)
        if made_with is not None:  # the generated model's __init__(self): its keywords raise TypeError
            named = _bound_name(self.source, made_with) or (self.source.raw(node) if self.unwrap(node).type == "identifier"
                                                            else None)
            request.findings.append((Finding(
                UNDECLARED_MODEL_ATTRIBUTE, (), "FlowExecutionLaunchRequest() takes no arguments: this call raises "
                "TypeError, and nothing is launched", f"make it empty, then set each attribute: {named}.flow_id = …" if named
                else "make it empty and bind it to a name, then set each attribute: body = FlowExecutionLaunchRequest(); "
                "body.flow_id = …", subject="__init__"), self.source.offsets(made_with)))
        for attribute, value, where in assigned:
            member = _MODEL_MEMBERS.get(attribute)
            if member is not None and self.unwrap(value).type == "none":
                body.pop(member, None)  # sanitize_for_serialization leaves a model's None attributes out: not sent
            elif member is not None:
                body[member] = self.value(value, (member,), spans, self.source.offsets(value))
            elif not attribute.startswith("_") and attribute not in ("discriminator", "swagger_types", "attribute_map"):
                close = {"flowId": "flow_id", "flowVersion": "flow_version", "inputData": "input_data"}.get(attribute)
                request.findings.append((Finding(
                    UNDECLARED_MODEL_ATTRIBUTE, (), f"FlowExecutionLaunchRequest has no attribute `{attribute}`: the SDK "
                    "never sends it", f"set `{close}` instead" if close else
                    "set flow_id, flow_version, name or input_data (the only attributes the model sends)",
                    subject=attribute), self.source.offsets(where)))
        unwrapped = self.unwrap(node)
        changed = _changes_in_place(self.source.text, self.source.raw(unwrapped), "input_data",
                                    self._same_binding(unwrapped)) if (
            unwrapped.type == "identifier" and isinstance(body.get("inputData"), dict)) else None
        given = self._inputs_given(unwrapped, assigned) if changed is not None else None
        if given is not None:  # each input given one at a time (`body.input_data["Flow.x"] = v`): read as written
            made = self.bindings.resolve(self.source.raw(unwrapped), unwrapped, as_made=True) or unwrapped
            body = self.changed_value(body, given, made, node, (), spans, 0)
        elif changed is not None:
            body["inputData"] = maybe_changed(body["inputData"])  # `body.input_data["Flow.x"] = …` after it was given
            spans.values_unknown = spans.values_unknown or (changed, (
                f"`{self.source.text[changed[0]:changed[1]]}` is changed in place or handed to other code (line "
                f"{self.source.text.count(chr(10), 0, changed[0]) + 1}), which flowlint does not follow"),
                f"give `{self.source.raw(unwrapped)}.input_data` every input at once (a dict written out) instead of changing "
                "it in place")
        gave_up = self.given_up(self.source.raw(unwrapped), unwrapped) if escaped and unwrapped.type == "identifier" else None
        if gave_up is not None:  # handed to code that may set its attributes (`fill(body)`): as a dict body so handed
            body = maybe_changed(body)
            spans.values_unknown = spans.values_unknown or gave_up
        # Made with keywords, nothing is sent (FL013 says so): what its members would be is not judged as missing.
        request.body = OpenObject(body) if escaped or made_with is not None else body
        request.body_span, request.body_locator, request.sends = self.source.offsets(node), spans, "json"
        request.model = self.source.raw(unwrapped) if unwrapped.type == "identifier" else ""

    def _same_binding(self, name: Node) -> Callable[[int], bool]:
        """Whether the name written at a character offset of the file (asked in increasing order) is the binding `name`
        is (not another function's local of the same name)."""
        written = self.source.raw(name)
        binding = self.bindings.key(written, name)
        text, size = self.source.text, len(written.encode("utf-8", "surrogatepass"))
        last = [0, 0]  # the last offset asked, in characters and in bytes: each step encodes only the text between

        def same(start: int) -> bool:
            byte = start if self.source.ascii else last[1] + len(text[last[0]:start].encode("utf-8", "surrogatepass"))
            last[0], last[1] = start, byte
            node = self.root.descendant_for_byte_range(byte, byte + size)
            return node is not None and node.type == "identifier" and self.bindings.key(written, node) == binding
        return same

    def model_dump(self, request: LaunchRequest, node: Node, mode: str) -> bool:
        """`json=model.to_dict()`, `data=model.to_json()`: the model's attributes under their Python names, as
        `to_dict()` writes them (unset ones None); the body rules say FL108. False when it is not such a call."""
        callee = node.child_by_field_id(self.fields.function) if node.type == "call" else None
        if callee is None or callee.type != "attribute":
            return False
        method = callee.child_by_field_id(self.fields.attribute)
        owner = callee.child_by_field_id(self.fields.object)
        if method is None or owner is None or self.source.raw(method) not in ("to_dict", "to_json"):
            return False
        model = self.model(owner)
        if model is None:
            return False
        spans = TreeSpans()
        body: dict[str, Any] = dict.fromkeys(_MODEL_MEMBERS)
        for attribute, value, _ in model[0]:
            if attribute in body:
                body[attribute] = self.value(value, (attribute,), spans, self.source.offsets(value))
        request.body, request.body_span, request.body_locator = body, self.source.offsets(node), spans
        request.sends = "json" if self.source.raw(method) == "to_dict" and mode == "json" else "opaque" if mode == "json" else "text"
        return True


def _held(container: Node) -> Iterator[Node]:
    """The containers (_CONTAINERS) a container holds directly, or through a dict literal it holds: a pair's value,
    a list's, tuple's or set's items."""
    for child in container.named_children:
        if container.type == "pair" and child.type not in ("dictionary", *_CONTAINERS):
            continue
        if child.type == "dictionary":
            yield from (pair for pair in child.named_children if pair.type == "pair")
        elif child.type in _CONTAINERS and child.type != "pair":
            yield child


def _bound_name(source: SourceText, value: Node) -> str | None:
    """The name a value is assigned to where it is made (`req = FlowExecutionLaunchRequest(…)`: req), if any."""
    above = value.parent
    while above is not None and above.type == "parenthesized_expression":
        above = above.parent
    left = above.child_by_field_name("left") if above is not None and above.type == "assignment" else None
    return source.raw(left) if left is not None and left.type == "identifier" else None


#: The nodes a URL's text may be built through on its way to the call that sends it.
_URL_PIECES = frozenset({"string", "string_content", "concatenated_string", "interpolation", "attribute", "argument_list",
                         "keyword_argument", "parenthesized_expression", "list", "tuple", "pair", "dictionary"})
#: The fields of a `str.format` template, as Python reads them.
_FORMATTER = string.Formatter()
#: A `%` conversion of a template: `%s`, `%(name)s`, `%-10.3f`, `%%`.
_PERCENT = re.compile(r"%(?:\((?P<key>[^)]*)\))?(?P<format>[-#0 +]*(?:\*|\d+)?(?:\.(?:\*|\d+))?[hlL]?)(?P<conversion>[diouxXeEfFgGcrsa%])")

#: The keys json.dumps writes for a dict's True, False and None keys.
_KEY_WORDS = {"true": "true", "false": "false", "none": "null"}


def _fstring_text(raw: str) -> str:
    """The literal text between an f-string's placeholders, with `{{` read as `{` (URLs carry no escapes worth decoding)."""
    return raw.replace("{{", "{").replace("}}", "}")


#: A printf-style conversion of `'…' % args`: `%s`, `%(name)s`, `%-5.2f`, and `%%` (a percent sign).
_PRINTF = re.compile(r"%(?:\(([^()]*)\))?[#0 +\-]*(?:\*|\d+)?(?:\.(?:\*|\d+))?[hlL]?([diouxXeEfFgGcrsa%])|%")


def _hole(name: str) -> str:
    return "{{$" + (re.sub(r"[^\w.]", "", name)[:30] or "_") + "}}"


def _printf_fields(text: str) -> list[tuple[int, int, str]] | None:
    """Each conversion of a `%`-formatted text as (start, end, what stands for it); None for a `%` Python rejects."""
    fields: list[tuple[int, int, str]] = []
    for match in _PRINTF.finditer(text):
        if match.group(2) is None:
            return None
        fields.append((match.start(), match.end(), "%" if match.group(2) == "%" else _hole(match.group(1) or "arg")))
    return fields


def _braced_fields(text: str) -> list[tuple[int, int, str]] | None:
    """Each replacement field (`{x}`, `{0!r:>{width}}`) and brace escape (`{{`, `}}`) of an f-string's or a
    str.format() text as (start, end, what stands for it); None for a brace Python rejects. Linear: one pass."""
    fields: list[tuple[int, int, str]] = []
    at = 0
    while True:
        brace = min((i for i in (text.find("{", at), text.find("}", at)) if i >= 0), default=-1)
        if brace < 0:
            return fields
        if text.startswith(("{{", "}}"), brace):
            fields.append((brace, brace + 2, text[brace]))
            at = brace + 2
            continue
        if text[brace] == "}":
            return None
        depth, end = 0, brace
        while end < len(text):
            depth += {"{": 1, "}": -1}.get(text[end], 0)
            end += 1
            if depth == 0:
                break
        if depth:
            return None
        fields.append((brace, end, _hole(text[brace + 1:end - 1].split("!")[0].split(":")[0] or "arg")))
        at = end


def _literal_string(raw: str) -> str | bytes | None:
    """The value of a Python string literal: directly when it has no escapes, else as Python reads it.

    An f-string without placeholders (the caller checks) is a literal too: `f"https://…"`, with `{{` read as `{`.
    """
    quote = min((i for i in (raw.find('"'), raw.find("'")) if i >= 0), default=-1)
    if quote < 0:
        return None
    prefix, body = raw[:quote].lower(), raw[quote:]
    if "f" in prefix:
        value = _literal_string(prefix.replace("f", "") + body)
        if isinstance(value, str):
            return value.replace("{{", "{").replace("}}", "}")
        return value
    if prefix in ("", "u", "r") and ("\\" not in body or prefix == "r"):
        for delimiter in ('"""', "'''", '"', "'"):
            if body.startswith(delimiter) and body.endswith(delimiter) and len(body) >= 2 * len(delimiter):
                return body[len(delimiter):-len(delimiter)]
    try:
        value = ast.literal_eval(raw)
    except (ValueError, SyntaxError, MemoryError, RecursionError):
        return None
    return value if isinstance(value, (str, bytes)) else None


@overload
def _changes_in_place(text: str, name: str, attribute: str, same: Callable[[int], bool]) -> Offsets | None: ...
@overload
def _changes_in_place(text: str, name: str, attribute: str, same: Callable[[int], bool], every: Literal[True]) -> list[Offsets]: ...
def _changes_in_place(text: str, name: str, attribute: str, same: Callable[[int], bool],
                      every: bool = False) -> Offsets | list[Offsets] | None:
    """Where the file may change `name.attribute`'s object in place (`body.input_data["k"] = v`, `.update(…)`,
    `del body.input_data["k"]`, or hands it to other code), the name written there the same binding (`same`, asked of
    its offset); then its members as written are not what is sent. `every`: each such place, not the first."""
    written = rf"\b{re.escape(name)}\s*\.\s*{re.escape(attribute)}\b"
    places: list[Offsets] = []
    for found in re.finditer(written, text):
        after = text[found.end():found.end() + 40].lstrip()
        before = text[max(0, found.start() - 40):found.start()].rstrip()
        if (after.startswith(("[", ".")) or before.endswith(("(", ",", "del"))) and same(found.start()):
            if not every:
                return found.span()
            places.append(found.span())
    return places if every else None


#: The joins read as posixpath joins them: os.path.join is posixpath.join wherever a launch is sent from (Linux, macOS,
#: a container); on Windows it joins with `\\`, which moves no byte of the body the launch sends.
_POSIX_JOINS = frozenset({"posixpath.join", "os.path.join"})


def _posix_joined(pieces: list[Text | Unknown], span: Offsets) -> Text | None:
    """`posixpath.join(a, *p)` of texts, as it joins them: a piece starting with `/` starts the path anew, another is
    put after a `/` unless the path is empty or ends with one. None where that cannot be told (a piece after the first
    that starts with an unknown part, a path that ends with one) or a piece is not known."""
    parts: list[str | Unknown] = []
    for number, piece in enumerate(pieces):
        if not isinstance(piece, Text):
            return None
        first = next((part for part in piece.parts if part != ""), "")
        if number and not isinstance(first, str):
            return None  # it may start with `/` (the path anew) or not
        if isinstance(first, str) and first.startswith("/"):
            parts = list(piece.parts)
            continue
        last = next((part for part in reversed(parts) if part != ""), "")
        if not isinstance(last, str):
            return None  # the path may end with `/` or not
        if last and not last.endswith("/"):
            parts.append("/")
        parts.extend(piece.parts)
    return Text(tuple(parts), span)
