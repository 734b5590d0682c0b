"""Launches in Terraform (CX as Code): `genesyscloud_integration_action` resources, read with a real HCL parser.

A data action's `config_request { request_url_template, request_type, request_template, headers }`
is a launch request, as in a data action export (data_action.py). The template may be a quoted
string, a heredoc, `jsonencode({...})` of an HCL object, or `format("...%s...", ref)`. In a Terraform
string `${...}` is Terraform's own interpolation and `$${input.x}` a Velocity hole: both are unknown
values. Positions are the .tf file's own, through the string's escaping.

A template whose flowId is `genesyscloud_flow.<name>.id` links the launch to that resource's
`filepath`, the flow's Architect YAML (looked up in the .tf files of the same module directory):
the launch is checked against the inputs that YAML declares, its `{{placeholders}}` filled with the
resource's literal `substitutions` (a value a variable or function makes leaves its placeholder unknown).
"""

from __future__ import annotations

import bisect
import contextlib
import itertools
import json
import os
import re
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, NamedTuple

from ..core.codes import UNREAD_LAUNCH
from ..core.diagnostics import Finding, Target
from ..core.printable import clipped, printable
from ..core.unknown import RUN_TIME_TEXT, OpenObject, Unknown
from .boundary import in_checked_tree
from .brackets import bracket_end
from .data_action import template_body
from .document import DEFAULT_LIMITS, Limits
from .embedded import json_string_at
from .json_source import JsonLocator
from .model import NO_BODY, EmbeddedJson, Header, LaunchRequest, Offsets, Text, TreeSpans, run_time_text
from .module_texts import ModuleText, directory_files, module_text
from .velocity import hole_end, text_parts

if TYPE_CHECKING:
    from tree_sitter import Node

    from .code import SourceText, TooCostly

_FLOW_REF = re.compile(r"genesyscloud_flow\.([A-Za-z_][A-Za-z0-9_-]*)\.id")
_ESCAPES = {'"': '"', "\\": "\\", "n": "\n", "r": "\r", "t": "\t"}
_VERB = re.compile(r"%[-+# 0]*\d*(?:\.\d+)?[a-zA-Z]|%%")
_NO_BODY_METHODS = frozenset({"GET", "DELETE", "HEAD", "OPTIONS"})
#: A reference to one of the module's named values: a local (resolved where the module declares it) or an input
#: variable (given where the module is used: unknown).
_NAMED_VALUE = re.compile(r"(local|var)\.([A-Za-z_][A-Za-z0-9_-]*)")
#: The most locals followed from an attribute to its value (`local.a` naming `local.b`…).
_MAX_HOPS = 32
#: The most values read through locals in one .tf file's bodies.
_LOCALS_READ = 10_000
#: How a body file an action reads is read (file_body): keys no HCL name can be, in the body file's variables.
_READ_AS = " read as"
_LOCAL = " local"
_TEMPLATE = " templatefile"
_FILE = " file"
_FLOW = " flow "  # + a templatefile variable: the path of the flow YAML its value names
_FLOW_FILLS = " flow fills "  # + a templatefile variable: that flow resource's literal substitutions, as JSON
#: `${path.module}` starting a path: the module's directory, the only base of a path known without running Terraform.
_PATH_MODULE = re.compile(r"\$\{\s*path\.module\s*\}/*")
#: A templatefile template's directive: `%{ if … }`, `%{~ for … ~}`, `%{ else }`, `%{ endif }`, `%{ endfor }`.
_TEMPLATE_DIRECTIVE = re.compile(r"%\{~?\s*(if|else|endif|for|endfor)(?![A-Za-z0-9_])")
#: Terraform's JSON syntax: the same module's files, written as JSON (_json_extract).
_JSON_SUFFIX = ".tf.json"
#: A Terraform override file's name: its blocks are merged over those the module's other files declare.
_OVERRIDE = re.compile(r"(?:.*_)?override\.tf(?:\.json)?", re.IGNORECASE)
#: .tf files read in a module directory to find the genesyscloud_flow a data action names.
_MAX_MODULE_FILES = 200
#: Terraform functions that return a string whatever they are given: inside jsonencode() their result is a JSON string
#: (`inputData = jsonencode({…})` sends the inputs as text, which FL105 finds), its content known only at apply time.
_STRING_FUNCTIONS = frozenset({
    "jsonencode", "yamlencode", "format", "formatdate", "join", "lower", "upper", "title", "trimspace", "trim",
    "trimprefix", "trimsuffix", "replace", "substr", "tostring", "base64encode", "base64decode", "urlencode", "file",
    "templatefile", "timestamp", "uuid", "md5", "sha1", "sha256", "filebase64", "chomp", "indent", "strrev"})
#: A numeric literal with an exponent and no point (`1e3`): HCL reads it as a number, tree-sitter-hcl as `1` and an
#: error (in a list, `1` and a variable `e3`). The parser is given it as as many `1`s (same bytes, same offsets); its
#: value is read from the file's own text.
_BARE_EXPONENT = re.compile(rb"(?<![\w.$])[0-9]+[eE][+-]?[0-9]+(?![\w.])")
#: The most digits of a whole number's exponent a literal is read with (`1e3` is 1000): a longer one is unknown.
_LONGEST_EXPONENT = 4_000


class _Flow(NamedTuple):
    """A genesyscloud_flow resource: the path of its YAML, and the literal `substitutions` filling its placeholders."""

    path: str
    fills: tuple[tuple[str, str], ...] = ()


#: The last few texts parsed (or found too costly to parse): a file's resources and, when none is a launch, its syntax
#: error are read from one parse; a module's files are parsed once for their locals and flows.
_PARSED: dict[str, tuple[SourceText, Node] | TooCostly] = {}


def _parse(text: str) -> tuple[SourceText, Node]:
    """A text's byte map and syntax tree's root; TooCostly (a ValueError) when its parse passes its budget."""
    from .code import SourceText, TooCostly, TooLarge, budgeted_parse, keep, parser

    found: tuple[SourceText, Node] | TooCostly | None = _PARSED.get(text)
    if found is None:
        source = SourceText(text)
        data = _BARE_EXPONENT.sub(lambda number: b"1" * len(number.group()), source.data)
        limit = DEFAULT_LIMITS.max_yaml_size  # (1 MiB by default: the tree of its longest strings, ~200 MB)
        try:
            if len(data) > limit:
                raise TooLarge(len(data), limit, "Terraform")
            found = source, budgeted_parse(parser("hcl"), data).root_node
        except TooCostly as err:
            found = err
        except MemoryError:
            found = TooLarge(len(data), limit, "Terraform")
        keep(_PARSED, text, found)
    if isinstance(found, TooCostly):
        raise found.with_traceback(None)
    return found


def _children(node: Node, kind: str) -> list[Node]:
    return [child for child in node.children if child.type == kind]


def _body(node: Node) -> Node | None:
    found = _children(node, "body")
    return found[0] if found else None


def _blocks(body: Node | None, name: str) -> list[Node]:
    """The blocks of a body named `name` (`resource`, `config_request`)."""
    if body is None:
        return []
    return [b for b in _children(body, "block") if b.children and b.children[0].type == "identifier"
            and b.children[0].text == name.encode()]


def _labels(source: SourceText, block: Node) -> list[str]:
    return [_plain(source, label) or "" for label in _children(block, "string_lit")]


def _attributes(source: SourceText, body: Node | None) -> dict[str, Node]:
    """The attributes of a body: name -> the expression node."""
    found: dict[str, Node] = {}
    for attribute in _children(body, "attribute") if body is not None else []:
        names = _children(attribute, "identifier")
        values = _children(attribute, "expression")
        if names and values:
            found[source.text[slice(*source.offsets(names[0]))]] = values[0]
    return found


def _plain(source: SourceText, node: Node) -> str | None:
    """A string literal with no interpolation, unescaped."""
    value = _string(source, node)
    return value[0] if value is not None and not value[2] else None


def _unwrap(node: Node) -> Node:
    """The node under `expression`, `literal_value` and `template_expr` wrappers."""
    while node.type in ("expression", "literal_value", "template_expr") and node.named_child_count == 1:
        node = node.named_children[0]
    return node


def _string(source: SourceText, node: Node) -> tuple[str, list[int], list[str]] | None:
    """A quoted string or heredoc: its value as Velocity reads it (Terraform's `${…}` kept as written, a hole),
    each character's offset in the file (and one past the end), and the Terraform references in it."""
    node = _unwrap(node)
    if node.type in ("string_lit", "quoted_template"):
        start, end = source.offsets(node)
        return _joined_blanked(source, node, _quoted(source.text, start + 1, end - 1, _references(source, node)))
    if node.type == "heredoc_template":
        read = _heredoc(source, node)
        return None if read is None else _joined_blanked(source, node, read)
    return None


def _joined_blanked(source: SourceText, node: Node, read: tuple[str, list[int], list[str]]) -> tuple[str, list[int], list[str]]:
    """The template with each interpolation that follows another directly (`${local.head}${local.tail}`) blanked:
    Terraform renders them before Velocity reads the text, so the run is one unknown text (the first one's hole),
    never two JSON values."""
    parts = [source.offsets(part) for part in node.children if part.type == "template_interpolation"]
    joined = [after for before, after in itertools.pairwise(parts) if before[1] == after[0]]
    if not joined:
        return read
    text, where, references = read
    chars = list(text)
    for start, end in joined:
        first, last = bisect.bisect_left(where, start, 0, len(chars)), bisect.bisect_left(where, end, 0, len(chars))
        chars[first:last] = " " * (last - first)
    return "".join(chars), where, references


def _references(source: SourceText, node: Node) -> list[str]:
    return [source.text[slice(*source.offsets(part))] for part in node.children if part.type == "template_interpolation"]


def _quoted(text: str, start: int, end: int, references: list[str]) -> tuple[str, list[int], list[str]]:
    chars: list[str] = []
    where: list[int] = []
    i = start
    while i < end:
        char = text[i]
        if char == "\\" and i + 1 < end:
            escape = text[i + 1]
            if escape in _ESCAPES:
                chars.append(_ESCAPES[escape])
                where.append(i)
                i += 2
                continue
            width = 6 if escape == "u" else 10 if escape == "U" else 0
            if width and i + width <= end:
                try:
                    chars.append(chr(int(text[i + 2:i + width], 16)))
                    where.append(i)
                    i += width
                    continue
                except (ValueError, OverflowError):
                    pass
        i = _template_char(text, i, end, chars, where)
    where.append(end)
    return "".join(chars), where, references


def _template_char(text: str, i: int, end: int, chars: list[str], where: list[int]) -> int:
    """One character (or escape) of a template's text; `$${`/`%%{` are the literal `${`/`%{`, a `%{…}` directive a hole."""
    if text.startswith(("$${", "%%{"), i):
        chars.append(text[i])
        where.append(i)
        return i + 2  # the `{` follows as itself
    if text.startswith("%{", i):
        close = text.find("}", i)
        close = end - 1 if close == -1 or close >= end else close
        width = close + 1 - i
        hole = _directive_stand_in(text[i:close + 1])  # what a directive renders is unknown: Velocity's own
        chars.extend(hole)
        where.extend(range(i, i + len(hole)) if len(hole) <= width else [i] * len(hole))
        return i + width
    chars.append(text[i])
    where.append(i)
    return i + 1


def _heredoc(source: SourceText, node: Node) -> tuple[str, list[int], list[str]] | None:
    text = source.text
    start = source.offsets(node)[0]
    identifiers = _children(node, "heredoc_identifier")
    if len(identifiers) < 2:
        return None
    first_line = text.find("\n", start)
    closing = source.offsets(identifiers[-1])[0]
    if first_line == -1 or first_line >= closing:
        return None
    content_start = first_line + 1
    content_end = text.rfind("\n", content_start, closing)
    content_end = content_start if content_end == -1 else content_end + 1
    strip = 0
    if text[start:start + 3] == "<<-":
        lines = [line for line in text[content_start:content_end].split("\n") if line.strip()]
        strip = min((len(line) - len(line.lstrip(" \t")) for line in lines), default=0)
    chars: list[str] = []
    where: list[int] = []
    i = content_start
    column = 0
    while i < content_end:
        if column < strip and text[i] in " \t":
            i += 1
            column += 1
            continue
        if text[i] == "\n":
            column = -1
        before = i
        i = _template_char(text, i, content_end, chars, where)
        column += i - before
    where.append(content_end)
    return "".join(chars), where, _references(source, node)


def extract(text: str, name: str | None = None, limits: Limits = DEFAULT_LIMITS) -> list[LaunchRequest]:
    if name is not None and name.lower().endswith(_JSON_SUFFIX):
        return _json_extract(text, name, limits)
    try:
        source, root = _parse(text)
    except (ValueError, RecursionError):
        return []
    found: list[tuple[LaunchRequest, dict[str, str]]] = []
    module = _Module(source, root, name, limits)
    destinations: dict[str, Node] = {}  # EventBridge API destinations, by name: their targets send their bodies
    for block in _blocks(_body(root), "resource"):
        labels = _labels(source, block)
        if labels[:1] == ["aws_cloudwatch_event_api_destination"] and len(labels) > 1:
            destinations[labels[1]] = block
        if labels[:1] == ["aws_sfn_state_machine"]:
            found.extend((request, {}) for request in _state_machine(module, block))
        if labels[:1] not in (["genesyscloud_integration_action"], ["genesyscloud_integration_action_draft"]):
            continue
        for config in _blocks(_body(block), "config_request"):
            links: dict[str, str] = {}
            request = _request(module, block, config, links)
            if request is not None:
                found.append((request, links))
    for block in _blocks(_body(root), "data"):
        if _labels(source, block)[:1] == ["http"]:
            links = {}
            request = _http_data(module, block, links)
            if request is not None:
                found.append((request, links))
    if destinations:
        for block in _blocks(_body(root), "resource"):
            if _labels(source, block)[:1] in (["aws_cloudwatch_event_target"], ["aws_pipes_pipe"]):
                links = {}
                request = _target_request(module, block, destinations, links)
                if request is not None:
                    found.append((request, links))
        found.sort(key=lambda pair: pair[0].site)
    if name is not None:
        _link(found, name, text, limits, module.flows)
    return [request for request, _ in found]


def _state_machine(module: _Module, block: Node) -> list[LaunchRequest]:
    """The HTTP tasks' requests of a Step Functions state machine's `definition` (sources/aws.py): a jsonencode() of an
    HCL object (what is no literal unknown, an `ApiEndpoint`'s literal parts known), or JSON text (a heredoc, a string:
    each `${…}` unknown); none from anything else (templatefile(), file(), a reference), whose mentions keep the FL011
    note."""
    from . import aws, json_source

    source = module.source
    definition = _attributes(source, _body(block)).get("definition")
    value = _unwrap(definition) if definition is not None else None
    if value is None:
        return []
    if value.type == "function_call":
        name = source.text[slice(*source.offsets(value.children[0]))] if value.children else ""
        arguments = _arguments(value)
        if name != "jsonencode" or len(arguments) != 1:
            return []
        spans = TreeSpans()
        tree = _hcl_value(source, arguments[0], (), spans, module.limits.max_depth, {}, module)
        return aws.http_tasks(source.text, tree, spans, endpoints=_endpoints(source, arguments[0], module.limits.max_depth))
    string = _string(source, value)
    if string is None:
        return []
    written, where, references = string
    for reference in references:  # (each an unknown part wherever it stands: `${…}` with no space, of its length)
        written = written.replace(reference, "${" + "_" * (len(reference) - 3) + "}")
    parsed = json_source.parse(written)
    if not isinstance(parsed, json_source.ParsedJson):
        return []
    embedded = EmbeddedJson(written, where)
    embedded.locator = JsonLocator(written, unique_keys=not parsed.has_duplicates)
    return aws.http_tasks(source.text, parsed.value, embedded)


def _endpoints(source: SourceText, node: Node, depth: int) -> dict[tuple[str | int, ...], Text]:
    """Each `ApiEndpoint` string a jsonencode()'s HCL object writes, by its path, as text with an unknown part for each
    `${…}` (sources/aws.py reads the rest)."""
    found: dict[tuple[str | int, ...], Text] = {}
    stack: list[tuple[Node, tuple[str | int, ...], int]] = [(node, (), depth)]
    while stack:
        node, path, left = stack.pop()
        value = _unwrap(node)
        if left <= 0 or value.type != "collection_value" or value.named_child_count != 1:
            continue
        inner = value.named_children[0]
        if inner is not None and inner.type == "object":
            for element in _children(inner, "object_elem"):
                key, item = _element(source, element)
                string = _string(source, item) if key == "ApiEndpoint" and item is not None else None
                if string is not None and item is not None:
                    at: tuple[str | int, ...] = (*path, "ApiEndpoint")
                    found[at] = Text(text_parts(string[0]), source.offsets(item))
                elif key is not None and item is not None:
                    stack.append((item, (*path, key), left - 1))
        elif inner is not None and inner.type == "tuple":
            stack.extend((item, (*path, index), left - 1) for index, item in enumerate(_children(inner, "expression")))
    return found


#: How a rule's target names an API destination of its file: `aws_cloudwatch_event_api_destination.<name>.arn`.
_DESTINATION_ARN = re.compile(r"aws_cloudwatch_event_api_destination\.([A-Za-z_][\w-]*)\.arn")


def _target_request(module: _Module, target: Node, destinations: dict[str, Node], links: dict[str, str]
                    ) -> LaunchRequest | None:
    """The request an EventBridge rule's target (or a pipe, `aws_pipes_pipe`, by its `target`) sends through an API
    destination of the file (None: it names none): the destination's endpoint and method; its body the target's `input`
    (a jsonencode() of data, or JSON text), read as a data action's template is, or its `input_transformer`'s template
    (a pipe's `target_parameters`' one: _transformed). None with an `input_path` or nothing: what the event gives is
    sent, and the destination's endpoint gets the FL011 note (sources/mentions.py)."""
    source = module.source
    attributes = _attributes(source, _body(target))
    pipe = _labels(source, target)[:1] == ["aws_pipes_pipe"]  # (its `target`, its `target_parameters`' template)
    arn = attributes.get("target" if pipe else "arn")
    named = _DESTINATION_ARN.fullmatch(source.source(_unwrap(arn)).strip()) if arn is not None else None
    destination = destinations.get(named.group(1)) if named is not None else None
    if destination is None:
        return None
    wanted = _attributes(source, _body(destination))
    endpoint_node = wanted.get("invocation_endpoint")
    endpoint = _string(source, endpoint_node) if endpoint_node is not None else None
    if endpoint is None or endpoint_node is None:
        return None
    transformers = _blocks(_body(target), "target_parameters" if pipe else "input_transformer")
    template = _attributes(source, _body(transformers[0])).get("input_template") if transformers else None
    if pipe:
        attributes.pop("input", None)
    if attributes.get("input") is None and template is None:
        return None
    method_node = wanted.get("http_method")
    method_value = _plain(source, method_node) if method_node is not None else None
    request = LaunchRequest("eventbridge", source.offsets(target), Text(text_parts(endpoint[0]), source.offsets(endpoint_node)),
                            method_value.upper() if method_value else Unknown("http_method"),
                            source.offsets(method_node) if method_value and method_node is not None else None)
    request.headers = None  # the connection's and the destination's: not all written here
    body = attributes.get("input")
    if body is None and template is not None:
        return _transformed(source, request, transformers[0], template, pipe=pipe)
    if body is None:
        return None
    request.body_span = source.offsets(body)
    _template(source, request, body, module.limits.max_depth, links, module)
    return request


def _transformed(source: SourceText, request: LaunchRequest, transformer: Node, template: Node, *, pipe: bool = False
                 ) -> LaunchRequest:
    """A target's `input_transformer` template as the launch's body (sources/aws.py template_body): each `<name>` of its
    `input_paths` (any, when they are not written here; the predefined `<aws.events.…>`) and each `${…}` unknown; a
    pipe's `target_parameters` template, each `<$.path>` and `<aws.pipes.…>` unknown."""
    from . import aws

    request.body_span = source.offsets(template)
    string = _string(source, template)
    if string is None:  # (a reference, a function's result)
        request.body = Unknown(source.source(template))
        return request
    written, where, references = string
    for reference in references:  # (each an unknown part wherever it stands: `${…}` with no space, of its length)
        written = written.replace(reference, "${" + "_" * (len(reference) - 3) + "}")
    if pipe:
        return aws.template_body(request, written, where, None, aws.PIPE_PLACEHOLDER)
    paths = _attributes(source, _body(transformer)).get("input_paths")
    names = frozenset(_map_items(source, paths)) if paths is not None and _unwrap(paths).type == "collection_value" \
        else None
    return aws.template_body(request, written, where, names, aws.TRANSFORMER_PLACEHOLDER)


def syntax_error(text: str, name: str | None) -> str | None:
    """Where a Terraform file's syntax error is, said when no action was read in it (None: the file parses): a
    `.tf.json` file as JSON, any other as HCL."""
    if name is not None and name.lower().endswith(_JSON_SUFFIX):
        try:
            json.loads(text, parse_int=_big_int)
        except json.JSONDecodeError as err:
            return (f"it is not valid JSON ({err.msg} at line {err.lineno}, column {err.colno}), and a .tf.json file "
                    "is read only as JSON")
        except (ValueError, RecursionError):
            return None
        return None
    from .code import TooCostly

    try:
        source, root = _parse(text)
    except TooCostly as err:
        return err.why
    except (ValueError, RecursionError):
        return None
    if not root.has_error:
        return None
    error = _first_error(root)
    line, column = source.point(error.start_byte)
    line_start = source.char(error.start_byte - column)
    # (tree-sitter finds an error where the text stops making sense: the mistake is there or before it)
    return (f"it does not parse as HCL (a syntax error at or before line {line + 1}, column "
            f"{source.char(error.start_byte) - line_start + 1}), so its resources were not read")


def _first_error(root: Node) -> Node:
    """The first node of a tree that tree-sitter could not parse (an ERROR node, or a token it found missing)."""
    node = root
    while True:
        for child in node.children:
            if child.type == "ERROR" or child.is_missing:
                return child
            if child.has_error:
                node = child
                break
        else:
            return node


def _request(module: _Module, block: Node, config: Node, links: dict[str, str]) -> LaunchRequest | None:
    """The action's request; `links` gets each Terraform expression the body holds, by how its hole shows it."""
    source, limits = module.source, module.limits
    attributes = _attributes(source, _body(config))
    url_node = attributes.get("request_url_template")
    if url_node is None:
        return None
    url_value = module.resolve(source, url_node)
    if isinstance(url_value, str):
        return None
    # A URL declared in another file is shown at the name this action gives it (and never edited there).
    if isinstance(url_value, _JsonLocal):
        url, url_at = url_value.string(), source.offsets(url_node)
    else:
        url_file, url_source, url_value_node, _ = url_value
        url = _string(url_source, url_value_node)
        url_at = url_source.offsets(url_value_node) if url_file is None else source.offsets(url_node)
    if url is None:
        return None
    method_node = attributes.get("request_type")
    method_value = _plain(source, method_node) if method_node is not None else None
    method: str | Unknown = method_value.upper() if method_value else Unknown("request_type")
    request = LaunchRequest("terraform", source.offsets(block), Text(text_parts(url[0]), url_at), method,
                            source.offsets(method_node) if method_value and method_node is not None else None, sends="text")
    request.headers = _headers(source, attributes.get("headers"))
    request.reads_module = module.others is not None  # its URL is another file's: a change there changes it
    template_node = attributes.get("request_template")
    if method in _NO_BODY_METHODS:
        return request
    if template_node is None:
        request.body = Unknown("${input.rawRequest}")  # the platform's default template
        return request
    request.body_span = source.offsets(template_node)
    value = module.resolve(source, template_node)
    if isinstance(value, str):
        request.body = Unknown(source.source(template_node))
        module.note(request, source.offsets(template_node), value)
        return request
    if isinstance(value, _JsonLocal):  # a .tf.json sibling's: read in that file, at its positions (file_body)
        request.body = Unknown(source.source(template_node))
        _read_elsewhere(module, request, source.offsets(template_node), value.file.path, value.name,
                        {_READ_AS: _JSON_LOCAL, _LOCAL: value.name})
        request.reads_module = True
        return request
    body_file, body_source, body_node, local = value
    called = _unwrap(body_node)
    function = body_source.text[slice(*body_source.offsets(called.children[0]))] if called.type == "function_call" \
        and called.children else ""
    if function in ("file", "templatefile"):
        request.body = Unknown(source.source(template_node))
        _template_file(module, request, body_source, function, _arguments(called), source.offsets(template_node))
    elif body_file is None:
        request.body_span = body_source.offsets(body_node)
        _template(body_source, request, body_node, limits.max_depth, links, module)
    else:  # read in that file, at its own positions (extract.py's body file, read by file_body)
        request.body = Unknown(source.source(template_node))
        _read_elsewhere(module, request, source.offsets(template_node), body_file, local, {_READ_AS: _LOCAL, _LOCAL: local})
    request.reads_module = module.others is not None  # (a local its values name may be another file's)
    return request


#: The request kind of a `data "http"` block (the hashicorp/http provider).
HTTP_DATA = "terraform-http"


def _http_data(module: _Module, block: Node, links: dict[str, str]) -> LaunchRequest | None:
    """The request a `data "http"` block (the hashicorp/http provider) sends when Terraform reads it: its `url`, its
    `method` (GET when not written), `request_headers` and `request_body` (a string: `jsonencode({…})` read as its HCL
    object is, a literal as JSON text with each `${…}` unknown)."""
    source = module.source
    attributes = _attributes(source, _body(block))
    url_node = attributes.get("url")
    url = _string(source, url_node) if url_node is not None else None
    if url_node is None or url is None:
        return None
    method_node = attributes.get("method")
    method_value = _plain(source, method_node) if method_node is not None else None
    method: str | Unknown = method_value.upper() if method_value else "GET" if method_node is None else Unknown("method")
    request = LaunchRequest(HTTP_DATA, source.offsets(block), Text(text_parts(url[0]), source.offsets(url_node)), method,
                            source.offsets(method_node) if method_value and method_node is not None else None, sends="text")
    request.headers = _headers(source, attributes.get("request_headers"), "the provider's default")
    body_node = attributes.get("request_body")
    if body_node is None:
        request.bodiless = True
        return request
    request.body_span = source.offsets(body_node)
    _template(source, request, body_node, module.limits.max_depth, links, module)
    return request


def _headers(source: SourceText, node: Node | None, default: str = "the integration's default") -> list[Header] | None:
    """The headers an object literal writes; a Content-Type not among them is `default`'s, not documented: not judged."""
    if node is None:
        return [Header("Content-Type", Unknown(default))]
    value = _unwrap(node)
    objects = _children(value, "object") if value.type == "collection_value" else []
    if not objects:
        return None  # a variable or a merge(): not statically known
    headers: list[Header] = []
    for element in _children(objects[0], "object_elem"):
        key, item = _element(source, element)
        if key is None or item is None:
            return None
        string = _string(source, item)
        at = source.offsets(item)
        headers.append(Header(key, Text(text_parts(string[0]), at) if string is not None else Unknown(), at))
    if not any(h.name.lower() == "content-type" for h in headers):
        headers.append(Header("Content-Type", Unknown(default)))
    return headers


def _element(source: SourceText, element: Node) -> tuple[str | None, Node | None]:
    """An object element's key (an identifier or a plain string; None for a computed one) and its value node."""
    parts = _children(element, "expression")
    if len(parts) != 2:
        return None, None
    key_node = _unwrap(parts[0])
    if key_node.type == "variable_expr" and key_node.named_child_count == 1:
        return source.text[slice(*source.offsets(key_node))], parts[1]
    return _plain(source, key_node), parts[1]


def _template(source: SourceText, request: LaunchRequest, node: Node, max_depth: int, links: dict[str, str],
              module: _Module | None = None) -> None:
    value = _unwrap(node)
    if value.type == "function_call":
        name = source.text[slice(*source.offsets(value.children[0]))] if value.children else ""
        arguments = _arguments(value)
        if name == "jsonencode" and len(arguments) == 1:
            spans = TreeSpans()
            request.body = _hcl_value(source, arguments[0], (), spans, max_depth, links, module)
            request.body_locator = spans
            return
        if name == "format" and arguments:
            _format(source, request, arguments, max_depth, links)
            return
        request.body = Unknown(source.source(value))
        return
    string = _string(source, value)
    if string is None:
        request.body = Unknown(source.source(value))  # var.template, file("…"), templatefile(…)
        return
    template, where, references = string
    links.update((reference, reference[2:-1].strip()) for reference in references)
    template_body(request, template, where, max_depth)


def _arguments(call: Node) -> list[Node]:
    """A function call's argument expressions."""
    return [a for a in (_children(call, "function_arguments") or [call])[0].children if a.type == "expression"]


def _template_file(module: _Module, request: LaunchRequest, source: SourceText, function: str, arguments: list[Node],
                   at: Offsets) -> None:
    """`file(path)` or `templatefile(path, vars)` as the template: the file is the body file, read by file_body at its
    own positions, when its path is static and inside the checked tree; else a note at `at` says why it is not read."""
    written = _string(source, arguments[0]) if arguments else None
    if written is None:
        module.note(request, at, f"the path {function}() reads is not a string written here")
        return
    path = written[0]
    in_module = _PATH_MODULE.match(path)
    relative = path[in_module.end():] if in_module else path
    if "${" in relative or "%{" in relative:
        module.note(request, at, f"the path {function}() reads, `{clipped(path)}`, is made when Terraform runs")
        return
    if in_module is None and not os.path.isabs(path):
        module.note(request, at, f"`{clipped(path)}` is resolved from the directory Terraform runs in, which is not "
                    "known here (write it as \"${path.module}/…\")")
        return
    if module.name is None:
        module.note(request, at, f"the module's directory is not known (the file was read from stdin), so {function}() "
                    "is not followed")
        return
    directory = os.path.dirname(module.name)
    target = os.path.normpath(os.path.join(directory, relative))
    if not in_checked_tree(target, module.limits):
        module.note(request, at, f"the template file `{clipped(path)}` is outside the checked tree: not read",
                    always=True)
        return
    if not os.path.isfile(target):
        module.note(request, at, f"the template file `{clipped(path)}` does not exist", always=True)
        return
    items = _map_items(source, arguments[1]) if function == "templatefile" and len(arguments) > 1 else {}
    how = template_file_how(function, _fills(source, items))
    named = _flow_fills(source, items)
    if named:  # `flow_id = genesyscloud_flow.<name>.id`: the template's flowId hole links that flow's YAML (file_body)
        flows = _flows_named(set(named.values()), module.name, module.source.text, module.limits, module.flows)
        for key, flow in named.items():
            if flow in flows:
                how[_FLOW + key] = flows[flow].path
                how[_FLOW_FILLS + key] = json.dumps(flows[flow].fills)
    request.body_file = (os.path.relpath(target, directory or "."), how)


def template_file_how(function: str, fills: dict[str, str]) -> dict[str, str]:
    """How file_body reads a template file given to `function` (file or templatefile), with the certain values of
    its variables."""
    return {**fills, _READ_AS: _TEMPLATE if function == "templatefile" else _FILE}


def _map_items(source: SourceText, node: Node) -> dict[str, Node]:
    """The variables of templatefile()'s map (an object written in the call): name -> its value's expression, in the
    order written; a variable named twice is not given."""
    value = _unwrap(node)
    objects = _children(value, "object") if value.type == "collection_value" else []
    found: dict[str, Node] = {}
    named: set[str] = set()
    for element in _children(objects[0], "object_elem") if objects else []:
        key, item = _element(source, element)
        if key is None or item is None:
            continue
        if key in named:
            found.pop(key, None)
            continue
        named.add(key)
        found[key] = item
    return found


def _fills(source: SourceText, items: dict[str, Node]) -> dict[str, str]:
    """The variables of templatefile()'s map (_map_items) whose value is certain (a literal string, whole number or
    boolean), as the template renders them; a variable whose value is anything else is not given."""
    found: dict[str, str] = {}
    for key, item in items.items():
        literal = _unwrap(item)
        written = source.text[slice(*source.offsets(literal))]
        if literal.type in ("string_lit", "quoted_template"):
            text = _plain(source, literal)
            if text is not None:
                found[key] = text
        elif literal.type == "bool_lit":
            found[key] = written
        elif literal.type == "numeric_lit" and isinstance(number := _number(written), int):
            found[key] = str(number)
    return found


#: A templatefile() variable whose value is a flow resource's ID, written bare or as the string of one interpolation.
_FLOW_FILL = re.compile(rf'{_FLOW_REF.pattern}|"\$\{{\s*{_FLOW_REF.pattern}\s*\}}"')


def _flow_fills(source: SourceText, items: dict[str, Node]) -> dict[str, str]:
    """The variables of templatefile()'s map (_map_items) whose value is `genesyscloud_flow.<name>.id`: variable ->
    the resource's name."""
    found: dict[str, str] = {}
    for key, item in items.items():
        flow = _FLOW_FILL.fullmatch(source.text[slice(*source.offsets(item))].strip())
        if flow is not None:
            found[key] = flow.group(1) or flow.group(2)
    return found


def _rendered(text: str, fills: dict[str, str]) -> tuple[str, list[int]]:
    """A templatefile template as Velocity reads what Terraform renders of it, and each character's offset in the file
    (and one past the end): `$${`/`%%{` the literal `${`/`%{`, an interpolation of a variable `fills` gives (outside
    any `for` directive, whose own names it could be) its value, any other a hole, and the `if`/`for` directives
    Velocity's (what they render is not known)."""
    chars: list[str] = []
    where: list[int] = []
    loops = 0
    i = 0
    n = len(text)
    while i < n:
        if text.startswith(("$${", "%%{"), i):
            chars.append(text[i])
            where.append(i)
            i += 2
            continue
        if not text.startswith(("${", "%{"), i):
            chars.append(text[i])
            where.append(i)
            i += 1
            continue
        end = bracket_end(text, i + 1, "{", "}", quotes='"', escapes=True)
        written = text[i:end]
        if text[i] == "$":
            name = written[2:-1].strip()
            stand_in = fills[name] if loops == 0 and name in fills and written.endswith("}") else \
                written if hole_end(written, 0) == len(written) else "${" + "_" * max(1, len(written) - 3) + "}"
        else:
            directive = _TEMPLATE_DIRECTIVE.match(written)
            word = directive.group(1) if directive else ""
            loops += 1 if word == "for" else -1 if word == "endfor" and loops else 0
            stand_in = _directive_stand_in(written)
        chars.extend(stand_in)
        where.extend(range(i, i + len(stand_in)) if len(stand_in) <= len(written) else [i] * len(stand_in))
        i = end
    where.append(n)
    return "".join(chars), where


def _directive_stand_in(written: str) -> str:
    """A template directive (`%{ if … }`, `%{ for … }`, `%{ else }`, `%{ endif }`, `%{ endfor }`) as the Velocity
    directive that reads the same way: a block whose content may or may not render (any other: a hole), padded to
    the directive's length."""
    directive = _TEMPLATE_DIRECTIVE.match(written)
    word = directive.group(1) if directive else ""
    stand_in = {"if": "#if()", "for": "#foreach()", "else": "#else", "endif": "#end", "endfor": "#end"}.get(word, "${_}")
    if stand_in.endswith(")"):
        stand_in = stand_in[:-1] + " " * max(0, len(written) - len(stand_in)) + ")"
    return stand_in + " " * max(0, len(written) - len(stand_in))


def _format(source: SourceText, request: LaunchRequest, arguments: list[Node], max_depth: int, links: dict[str, str]) -> None:
    """`format("…%s…", a, b)`: each verb a hole (`$a`, `$bb`… of the verb's length), linked to its argument."""
    string = _string(source, arguments[0])
    if string is None:
        request.body = Unknown(source.source(arguments[0]))
        return
    template, where, references = string
    links.update((reference, reference[2:-1].strip()) for reference in references)
    count = 0

    def hole(match: re.Match[str]) -> str:
        nonlocal count
        if match.group() == "%%":
            return "%%"
        index = count
        count += 1
        stand_in = "$" + chr(ord("a") + index % 26) * (len(match.group()) - 1)
        if 1 + index < len(arguments):
            links[stand_in] = source.text[slice(*source.offsets(arguments[1 + index]))].strip()
        return stand_in

    filled = _VERB.sub(hole, template)
    template_body(request, filled, where, max_depth)


def _hcl_value(source: SourceText, node: Node, path: tuple[str | int, ...], spans: TreeSpans, depth: int,
               links: dict[str, str], module: _Module | None = None) -> Any:
    """An HCL expression as the JSON value jsonencode() writes; what is not a literal is unknown. A local of the
    `module` is its value, located where this file writes it (a local of another file: at the name that uses it)."""
    value = _unwrap(node)
    if depth <= 0:
        return Unknown(source.source(value))
    kind = value.type
    if module is not None and kind == "expression" and value.named_child_count == 2 \
            and value.named_children[0].type == "variable_expr" and source.text.startswith("local.", source.offsets(value)[0]):
        module.budget -= 1
        resolved = module.resolve(source, value) if module.budget > 0 else "too many values read through locals"
        if isinstance(resolved, str):
            return Unknown(source.source(value))
        spans.shown_only.add(path)  # (what a local writes is the module's, never edited for one launch)
        if isinstance(resolved, _JsonLocal):  # a .tf.json sibling's value, as jsonencode() writes it
            return _json_value(resolved.value, path, resolved.path, _json_locator(resolved.file), TreeSpans(),
                               depth - 1, links)
        elsewhere, declared, declared_node, _ = resolved
        if elsewhere is None and declared is source:
            if path:
                recorded = spans.spans.get(path)
                spans.add(path, recorded[0] if recorded is not None else None, source.offsets(declared_node))
            return _hcl_value(source, declared_node, path, spans, depth - 1, links, module)
        return _hcl_value(declared, declared_node, path, TreeSpans(), depth - 1, links, module)
    if kind == "numeric_lit":
        return _number(source.text[slice(*source.offsets(value))])
    if kind == "bool_lit":
        return source.text[slice(*source.offsets(value))] == "true"
    if kind == "null_lit":
        return None
    only = _only_interpolation(value) if kind == "quoted_template" else None
    if only is not None:  # `"${x}"` is x itself, of its own type (a number stays a number), as HCL reads it
        return _hcl_value(source, only, path, spans, depth - 1, links, module)
    if kind in ("string_lit", "quoted_template", "heredoc_template"):
        string = _string(source, value)
        if string is None:
            return Unknown(source.source(value))
        text, _, references = string
        if not references and "${" not in text and "%{" not in text:
            return text
        # jsonencode() writes any HCL string as a JSON string: an input's value is text, whatever the holes hold
        return run_time_text(path, text)
    if kind == "collection_value" and value.named_child_count == 1 and value.named_children[0] is not None:
        inner = value.named_children[0]
        if inner.type == "object":
            members: dict[str, Any] = {}
            open_object = False
            for element in _children(inner, "object_elem"):
                key, item = _element(source, element)
                if key is None or item is None:
                    open_object = True
                    continue
                parts = _children(element, "expression")
                spans.add((*path, key), source.offsets(parts[0]), source.offsets(item))
                members[key] = _hcl_value(source, item, (*path, key), spans, depth - 1, links, module)
            return OpenObject(members) if open_object else members
        if inner.type == "tuple":  # a list
            items = []
            for index, item in enumerate(_children(inner, "expression")):
                spans.add((*path, index), None, source.offsets(item))
                items.append(_hcl_value(source, item, (*path, index), spans, depth - 1, links, module))
            return items
    if kind == "for_expr" and value.named_child_count == 1 and value.named_children[0].type == "for_object_expr":
        return OpenObject()  # `{for k, v in var.m : k => v}`: an object, its members made at plan time
    function = source.text[slice(*source.offsets(value.children[0]))] if kind == "function_call" else None
    if function == "merge":
        return _merged(source, value, path, spans, depth, links, module)
    written = source.source(value, 200)
    links[written] = written
    if function in _STRING_FUNCTIONS:
        return run_time_text(path, RUN_TIME_TEXT, written)  # a string, whatever it holds: `inputData = jsonencode({…})`
    return Unknown(written)


def _merged(source: SourceText, call: Node, path: tuple[str | int, ...], spans: TreeSpans, depth: int,
            links: dict[str, str], module: _Module | None) -> Any:
    """`merge(a, b, …)` as Terraform makes it: one object of every argument's members, a later one's value winning.
    An argument not read (`var.extra`) may add members and replace any written before it: the object is open, and
    each member an earlier argument writes keeps its key but not a known value; null arguments add nothing."""
    merged: dict[str, Any] = {}
    open_object = False
    for argument in _arguments(call):
        read = _hcl_value(source, argument, path, spans, depth - 1, links, module)
        if read is None:
            continue
        if isinstance(read, dict):
            open_object = open_object or isinstance(read, OpenObject)
            merged.update(read)
            continue
        open_object = True
        merged = {key: Unknown(source.source(argument, 200)) for key in merged}
    return OpenObject(merged) if open_object else merged


def _only_interpolation(template: Node) -> Node | None:
    """The expression of a quoted template that is one interpolation and nothing else (`"${var.n}"`), else None."""
    parts = [part for part in template.children if part.type not in ("quoted_template_start", "quoted_template_end")]
    if len(parts) != 1 or parts[0].type != "template_interpolation":
        return None
    inner = _children(parts[0], "expression")
    return inner[0] if len(inner) == 1 else None


def _number(text: str) -> Any:
    """A numeric literal as jsonencode() writes it: Terraform's numbers are exact decimals, and a whole one is written
    without a point or an exponent (`3.0` and `1e3` are sent as 3 and 1000); a fraction as the double nearest it."""
    from decimal import Decimal, InvalidOperation

    try:
        exact = Decimal(text)
    except InvalidOperation:
        return Unknown(text)
    if not exact.is_finite() or abs(exact.adjusted()) > _LONGEST_EXPONENT:
        return Unknown(text)
    if exact == exact.to_integral_value():
        return int(exact)
    return float(exact)


class _Module:
    """The .tf file being read and the module it belongs to: the `locals` its directory's .tf files declare, read
    only when an action names one (this file's first, then the others', each parsed once)."""

    def __init__(self, source: SourceText, root: Node, name: str | None, limits: Limits) -> None:
        self.source = source
        self.root = root
        self.name = name
        self.limits = limits
        self.here = _locals(source, root)
        self.others: dict[str, tuple[str, SourceText, Node]] | None = None  # None: the other files are not read yet
        self.unparsed: list[ModuleText] = []  # the other files with a `locals` block not parsed yet
        self.json_files: list[ModuleText] = []  # the other files in Terraform's JSON syntax with a `locals` block
        self.json_declared: dict[str, _JsonLocal | None] = {}  # local -> where a .tf.json sibling declares it
        #: How many more locals a body's values may be read through (locals naming locals many times over would
        #: otherwise be read exponentially often): past it, a value is unknown.
        self.budget = _LOCALS_READ
        self._flows: dict[str, _Flow] | None = None  # None: this file's flow resources are not read yet

    def flows(self, directory: str) -> dict[str, _Flow]:
        """This file's genesyscloud_flow resources (_tree_flow_files), read from its parsed tree once."""
        if self._flows is None:
            self._flows = _tree_flow_files(self.source, self.root, directory)
        return self._flows

    def declared(self, key: str) -> tuple[str | None, SourceText, Node] | _JsonLocal | None:
        """Where the module declares `local.<key>`: the file (None: this one), its text and the value's expression;
        or the .tf.json file declaring it and its value there. The other files are read once a run (module_texts.py),
        and only those whose text may declare the name are parsed, each once."""
        if key in self.here:
            return None, self.source, self.here[key]
        if self.others is None:
            self.others = {}
            directory = os.path.dirname(self.name) or "." if self.name is not None else ""
            files = _module_files(directory, self.name, self.limits) if self.name is not None else []
            self.unparsed = [other for other in files if _may_declare(other)]
            self.json_files = [other for other in files if other.path.lower().endswith(_JSON_SUFFIX)
                               and '"locals"' in other.text]
        if key not in self.others and self.unparsed:
            declaring = [other for other in self.unparsed if key in _may_declare(other)]
            if declaring:
                self.unparsed = [other for other in self.unparsed if key not in _may_declare(other)]
            for other in declaring:
                for local, (source, node) in _parsed_locals(other).items():
                    self.others.setdefault(local, (other.path, source, node))
        if key in self.others:
            return self.others[key]
        if key not in self.json_declared:  # (each name looked for once in the .tf.json siblings)
            self.json_declared[key] = next((_JsonLocal(other, key, *_json_module_locals(other)[key])
                                            for other in self.json_files if key in _json_module_locals(other)), None)
        return self.json_declared[key]

    def resolve(self, source: SourceText, node: Node) -> tuple[str | None, SourceText, Node, str] | _JsonLocal | str:
        """The expression a `local.<name>` stands for, through locals naming locals: its file (None: this one), text,
        node and the last local's name ("" when `node` names none); the local a .tf.json sibling declares, when the
        chain reaches one (its value is read in that file); or why it is not known."""
        where: str | None = None
        local = ""
        seen: set[str] = set()
        while True:
            named = _NAMED_VALUE.fullmatch(source.text[slice(*source.offsets(node))].strip())
            if named is None:
                return where, source, node, local
            kind, key = named.groups()
            if kind == "var":
                return (f"`var.{key}` is an input variable of the module: its value is given where the module is used "
                        "(a default can be overridden), so it is not known here")
            if key in seen or len(seen) >= _MAX_HOPS:
                return f"`local.{key}` is defined by itself, through other locals"
            seen.add(key)
            declared = self.declared(key)
            if declared is None:
                return f"`local.{key}` is declared in no .tf or .tf.json file of this module's directory"
            if isinstance(declared, _JsonLocal):
                return declared
            path, source, node = declared
            where = path if path is not None else where
            local = key

    def note(self, request: LaunchRequest, at: Offsets, why: str, *, always: bool = False) -> None:
        """An FL011 note at `at` saying why the launch's body is not seen (`always`: also without --verbose)."""
        _note(request, at, why, self.limits, always=always)


def _read_elsewhere(module: _Module, request: LaunchRequest, at: Offsets, path: str, local: str,
                    how: dict[str, str]) -> None:
    """The launch's body is `local.<local>`, which the module file `path` declares: read there, at its own positions
    (extract.py's body file, read by file_body as `how` says), unless that file is a link out of the tree."""
    if (outside := _linked_out(path, local, module.limits)) is not None:
        module.note(request, at, outside, always=True)
    else:
        request.body_file = (os.path.basename(path), how)


def _linked_out(path: str, local: str, limits: Limits) -> str | None:
    """Why the module file declaring `local.<local>` is not read as the body's file (a link out of the tree where
    body files are read: extract.py would pass it by unsaid), else None."""
    if in_checked_tree(path, limits):
        return None
    return (f"`local.{local}` is declared in {printable(os.path.basename(path))}, a link out of the checked tree, "
            "which flowlint does not follow")


def _note(request: LaunchRequest, at: Offsets, why: str, limits: Limits, *, always: bool = False) -> None:
    """An FL011 note at `at` saying why the launch's body is not seen (`always`: also without --verbose)."""
    if always or limits.verbose:
        request.findings.append((Finding(
            UNREAD_LAUNCH, (), f"the launch's body is not known here: {why}; nothing in it was checked",
            "write the template in this module (a literal, jsonencode({…}), a local or a template file under "
            "${path.module}), or check the body as a payload file"), at))


def _locals(source: SourceText, root: Node) -> dict[str, Node]:
    """The values a file's `locals` blocks declare: name -> expression (the first of a name: a second is an error)."""
    found: dict[str, Node] = {}
    for block in _blocks(_body(root), "locals"):
        for key, node in _attributes(source, _body(block)).items():
            found.setdefault(key, node)
    return found


def file_body(body: LaunchRequest, text: str, how: dict[str, str], max_depth: int) -> None:
    """The body a Terraform action reads from another file of its module (extract.py's body file), at that file's
    positions: a `local` another .tf file declares, a templatefile() template or a file() read as it is."""
    read_as = how.get(_READ_AS)
    body.body = Unknown("the body file")  # (until read: a file changed since, or unreadable, says nothing)
    if read_as == _TEMPLATE:
        rendered, where = _rendered(text, {key: value for key, value in how.items() if not key.startswith(" ")})
        template_body(body, rendered, where, max_depth)
        body.flow_file, body.flow_fills = _template_flow(body, text, how)
    elif read_as == _FILE:
        template_body(body, text, 0, max_depth)
    elif read_as == _LOCAL:
        try:
            source, root = _parse(text)
        except (ValueError, RecursionError):
            return
        node = _locals(source, root).get(how.get(_LOCAL, ""))
        if node is None:
            return
        body.site = body.body_span = source.offsets(node)
        if _ENCODED in how:  # jsonencode(local.x) in a .tf.json file: the local is the value encoded
            spans = TreeSpans(shown_only={()})
            body.body = _hcl_value(source, node, (), spans, max_depth, {})
            body.body_locator = spans
        else:
            _template(source, body, node, max_depth, {})
    elif read_as == _JSON_LOCAL:
        _json_file_local(body, text, how, max_depth)


def _json_file_local(body: LaunchRequest, text: str, how: dict[str, str], max_depth: int) -> None:
    """A local another .tf.json file declares, read as the body (file_body): at that file's positions, through the
    locals it names in that file."""
    try:
        document = json.loads(text, parse_int=_big_int)
    except (ValueError, RecursionError):
        return
    module = _JsonModule(text, document, JsonLocator(text), None, DEFAULT_LIMITS)
    written = "${jsonencode(local.%s)}" if _ENCODED in how else "${local.%s}"
    found = module.resolve(written % how.get(_LOCAL, ""), ())
    if isinstance(found, str) or found.file is not None:
        return
    body.site = module.locator.offsets(found.path, Target.VALUE) or body.site
    _json_body(text, module.locator, body, found, {}, max_depth)


def _template_flow(body: LaunchRequest, text: str, how: dict[str, str]) -> tuple[str | None, tuple[tuple[str, str], ...]]:
    """The flow YAML a templatefile template's launch names, and its resource's literal substitutions: its flowId is
    one hole, `${<variable>}`, of a variable the map gives a flow resource's ID (never inside a `for` directive, whose
    own names could shadow it)."""
    flow_id = body.body.get("flowId") if isinstance(body.body, dict) else None
    hole = re.fullmatch(r"\$\{\s*([A-Za-z_][A-Za-z0-9_-]*)\s*\}", flow_id.source) if isinstance(flow_id, Unknown) else None
    if hole is None or _FLOW + hole.group(1) not in how:
        return None, ()
    if any(directive.group(1) == "for" for directive in _TEMPLATE_DIRECTIVE.finditer(text)):
        return None, ()
    return how[_FLOW + hole.group(1)], _decoded_fills(how.get(_FLOW_FILLS + hole.group(1)))


def _decoded_fills(written: str | None) -> tuple[tuple[str, str], ...]:
    """A flow resource's substitutions as a body file's `how` carries them (JSON pairs); none when not well formed."""
    try:
        pairs = json.loads(written) if written is not None else []
    except ValueError:
        return ()
    if not isinstance(pairs, list) or not all(isinstance(pair, list) and len(pair) == 2
                                              and all(isinstance(part, str) for part in pair) for pair in pairs):
        return ()
    return tuple((key, value) for key, value in pairs)


#: The genesyscloud_flow resources of the file being read, from what is already parsed of it: directory -> name -> flow.
OwnFlows = Callable[[str], dict[str, _Flow]]


def _link(found: list[tuple[LaunchRequest, dict[str, str]]], name: str, text: str, limits: Limits,
          own: OwnFlows) -> None:
    """Each launch whose flowId is `genesyscloud_flow.<name>.id`: the path of that flow's Architect YAML and the
    resource's literal substitutions."""
    wanted = [(request, _flow_name(request, links)) for request, links in found]
    if not any(flow for _, flow in wanted):
        return
    flows = _flows_named({flow for _, flow in wanted if flow}, name, text, limits, own)
    for request, flow in wanted:
        request.reads_module = request.reads_module or bool(flow)
        if flow and flow in flows:
            request.flow_file, request.flow_fills = flows[flow]


def _flows_named(names: set[str], name: str | None, text: str, limits: Limits, own: OwnFlows) -> dict[str, _Flow]:
    """Where the module of the file `name` (holding `text`, whose own resources `own` reads without parsing it again)
    defines these genesyscloud_flow resources: name -> its YAML's path and literal substitutions (statically known
    paths only); this file first, then the others (each parsed once a run). No substitution is taken when the
    directory holds an override file (`override.tf`, `*_override.tf`…), which may replace a resource's."""
    if name is None:
        return {}
    directory = os.path.dirname(name) or "."
    flows = dict(own(directory)) if _defines(text, names) else {}
    if names - set(flows):
        for other in _module_files(directory, name, limits):
            if _defines(other.text, names - set(flows)):  # only the file that defines one is parsed, once a run
                flows_key = "flows " + directory
                if flows_key not in other.derived:
                    other.derived[flows_key] = _flows_reader(other.path)(other.text, directory)
                for other_flow, flow in other.derived[flows_key].items():
                    flows.setdefault(other_flow, flow)
    if any(flow.fills for flow in flows.values()) and _has_override(directory):
        flows = {key: flow._replace(fills=()) for key, flow in flows.items()}
    return flows


def _has_override(directory: str) -> bool:
    """Whether the module directory holds (or, listed only in part, may hold) a Terraform override file, merged over
    the resources the others declare."""
    names = directory_files(directory, (".tf", _JSON_SUFFIX), _MAX_MODULE_FILES)
    return len(names) >= _MAX_MODULE_FILES or any(_OVERRIDE.fullmatch(entry) for entry in names)


def _defines(text: str, names: set[str]) -> bool:
    """Whether a .tf text may declare one of these genesyscloud_flow resources (a cheap test before a parse)."""
    return "genesyscloud_flow" in text and any(f'"{flow}"' in text for flow in names)


def _flow_name(request: LaunchRequest, links: dict[str, str]) -> str | None:
    """The genesyscloud_flow resource named as the launch's flowId, if it is one."""
    body = request.body
    flow_id = body.get("flowId") if isinstance(body, dict) else None
    expression = links.get(flow_id.source) if isinstance(flow_id, Unknown) else None
    match = _FLOW_REF.fullmatch(expression) if expression else None
    return match.group(1) if match else None


def _flow_files(text: str, directory: str) -> dict[str, _Flow]:
    """The genesyscloud_flow resources of a .tf file: name -> its YAML's path (statically known ones only) and
    literal substitutions."""
    try:
        source, root = _parse(text)
    except (ValueError, RecursionError):
        return {}
    return _tree_flow_files(source, root, directory)


def _tree_flow_files(source: SourceText, root: Node, directory: str) -> dict[str, _Flow]:
    """The genesyscloud_flow resources of a parsed .tf file (_flow_files)."""
    found = {}
    for block in _blocks(_body(root), "resource"):
        labels = _labels(source, block)
        if len(labels) < 2 or labels[0] != "genesyscloud_flow":
            continue
        attributes = _attributes(source, _body(block))
        node = attributes.get("filepath")
        string = _string(source, node) if node is not None else None
        if string is None:
            continue
        path = _flow_path(string[0], directory)
        if path is not None:
            substitutions = attributes.get("substitutions")
            found[labels[1]] = _Flow(path, _substitutions(source, substitutions) if substitutions is not None else ())
    return found


def _substitutions(source: SourceText, node: Node) -> tuple[tuple[str, str], ...]:
    """A flow resource's `substitutions` whose value is certain (_fills, with no template directive), when the map is
    an object written here with every key written out (a computed key may be any of them); none otherwise."""
    value = _unwrap(node)
    objects = _children(value, "object") if value.type == "collection_value" else []
    if not objects or any(_element(source, element)[0] is None for element in _children(objects[0], "object_elem")):
        return ()
    items = _map_items(source, node)
    # (a `%{…}` directive renders when Terraform runs: _fills reads it as Velocity's stand-in, no value of the YAML's)
    return tuple(sorted((key, value) for key, value in _fills(source, items).items()
                        if "%{" not in source.text[slice(*source.offsets(items[key]))]))


def _flow_path(written: str, directory: str) -> str | None:
    """A flow resource's `filepath` as a path (None: one a variable makes, not statically known)."""
    path = written
    for module in ("${path.module}", "${path.root}", "${path.cwd}"):
        path = path.replace(module, directory)
    if "${" in path or "%{" in path:
        return None
    joined = path if os.path.isabs(path) or path.startswith(directory) else os.path.join(directory, path)
    # (`./flow.yaml` in `terraform/`: `terraform/flow.yaml`, as help names it; `..` is kept, for the boundary to judge)
    return "/".join(part for part in joined.split("/") if part != ".") or joined


def _flows_reader(path: str) -> Callable[[str, str], dict[str, _Flow]]:
    """How the flow resources of a module file are read: by its syntax, HCL or JSON."""
    return _json_flow_files if path.lower().endswith(_JSON_SUFFIX) else _flow_files


def _module_files(directory: str, name: str, limits: Limits) -> list[ModuleText]:
    """The other .tf files of the module directory, read as any file is (within the checked tree, size-limited), once
    a run (module_texts.py: an editor's unsaved text of one is what is read for it)."""
    texts = []
    for entry in directory_files(directory, (".tf", _JSON_SUFFIX), _MAX_MODULE_FILES):
        path = os.path.join(directory, entry)
        if os.path.normpath(path) == os.path.normpath(name):
            continue
        read = module_text(path, limits)
        if read is not None:
            texts.append(read)
    return texts


#: A name a `locals` block may declare: an identifier before `=` (a cheap test before a parse; `==` is no declaration).
_ASSIGNED = re.compile(r"(?<![\w-])([A-Za-z_][\w-]*)\s*=(?!=)")


def _may_declare(read: ModuleText) -> frozenset[str]:
    """The names a module file's `locals` blocks may declare (none without a `locals` block), found once a text."""
    names = read.derived.get("assigned")
    if names is None:  # (a .tf.json file's locals are loaded as JSON: _json_module_locals)
        names = read.derived["assigned"] = frozenset(_ASSIGNED.findall(read.text)) \
            if "locals" in read.text and not read.path.lower().endswith(_JSON_SUFFIX) else frozenset()
    return names


def _parsed_locals(read: ModuleText) -> dict[str, tuple[SourceText, Node]]:
    """The locals a module file declares, parsed once a text: name -> (its text, the value's expression)."""
    found = read.derived.get("locals")
    if found is None:
        try:
            source, root = _parse(read.text)
        except (ValueError, RecursionError):
            found = {}
        else:
            found = {local: (source, node) for local, node in _locals(source, root).items()}
        read.derived["locals"] = found
    return found


# --- Terraform's JSON syntax (.tf.json) -----------------------------------------------------------------------------

#: The most objects of one level of a .tf.json file's blocks read (a generated file of more is not read past them).
_MAX_JSON_BLOCKS = 10_000
_ACTION_TYPES = ("genesyscloud_integration_action", "genesyscloud_integration_action_draft")


#: Where a level of blocks went past _MAX_JSON_BLOCKS: (the JSON path of that level, how many were left unread).
Skipped = list[tuple[tuple[str | int, ...], int]]


def _objects(value: Any, path: tuple[str | int, ...], skipped: Skipped | None = None
             ) -> Iterator[tuple[dict[str, Any], tuple[str | int, ...]]]:
    """A block's JSON: one object, or an array of objects (HCL's JSON syntax writes repeated blocks so), with paths."""
    if isinstance(value, dict):
        yield value, path
    elif isinstance(value, list):
        if len(value) > _MAX_JSON_BLOCKS and skipped is not None:
            skipped.append((path, len(value) - _MAX_JSON_BLOCKS))
        for index, item in enumerate(value[:_MAX_JSON_BLOCKS]):
            if isinstance(item, dict):
                yield item, (*path, index)


def _json_resources(document: Any, types: tuple[str, ...], skipped: Skipped | None = None
                    ) -> Iterator[tuple[str, dict[str, Any], tuple[str | int, ...]]]:
    """`resource.<type>.<name>` bodies of a .tf.json document for these types: (name, body, its JSON path); the levels
    cut at _MAX_JSON_BLOCKS go to `skipped`."""
    for root, at in _objects(document, (), skipped):
        for resources, at_resources in _objects(root.get("resource"), (*at, "resource"), skipped):
            for kind in types:
                for named, at_kind in _objects(resources.get(kind), (*at_resources, kind), skipped):
                    if len(named) > _MAX_JSON_BLOCKS and skipped is not None:
                        skipped.append((at_kind, len(named) - _MAX_JSON_BLOCKS))
                    for label, value in list(named.items())[:_MAX_JSON_BLOCKS]:
                        for body, at_body in _objects(value, (*at_kind, label), skipped):
                            yield label, body, at_body


def _big_int(digits: str) -> int | Unknown:
    """A JSON integer as int(); one longer than Python converts (sys.get_int_max_str_digits()) is an unknown value,
    not a reason to read nothing of the file (a .tf.json value that is no string is unknown anyway)."""
    try:
        return int(digits)
    except ValueError:
        return Unknown(f"a number of {len(digits):,} digits")


def _json_extract(text: str, name: str | None, limits: Limits) -> list[LaunchRequest]:
    """The data actions of a .tf.json file (Terraform's JSON syntax), at the positions of its JSON text: a string is a
    Terraform template there too (`${…}` Terraform's, unknown; `$${…}` a Velocity hole), any other value unknown."""
    try:
        document = json.loads(text, parse_int=_big_int)
    except (ValueError, RecursionError):
        return []
    locator = JsonLocator(text)
    module = _JsonModule(text, document, locator, name, limits)
    found: list[tuple[LaunchRequest, dict[str, str]]] = []
    skipped: Skipped = []
    for _, body, at in _json_resources(document, _ACTION_TYPES, skipped):
        for config, at_config in _objects(body.get("config_request"), (*at, "config_request"), skipped):
            links: dict[str, str] = {}
            request = _json_request(module, at, config, at_config, links)
            if request is not None:
                found.append((request, links))
    if "http:invoke" in text:
        for _, body, at in _json_resources(document, ("aws_sfn_state_machine",), skipped):
            found.extend((request, {}) for request in _json_state_machine(text, locator, body, at))
        found.sort(key=lambda pair: pair[0].site)
    if skipped and found:  # said on the last launch read: the file's note is where its reading stopped
        where, left = skipped[0]
        cut_at = locator.offsets(where, Target.VALUE)
        found[-1][0].findings.append((Finding(
            UNREAD_LAUNCH, (), f"this level of the file holds more than {_MAX_JSON_BLOCKS:,} blocks: the {left:,} past "
            f"the {_MAX_JSON_BLOCKS:,}th were not read, so any launch among them was not checked",
            "split the generated file, or check its launches in smaller files"), cut_at))
    if name is not None:
        _link(found, name, text, limits, lambda directory: _document_flow_files(document, directory))
    return [request for request, _ in found]


#: A Terraform interpolation with no braces inside (`${var.flow_id}`); any other `${` leaves a .tf.json definition unread.
_SIMPLE_INTERPOLATION = re.compile(r"\$\{[^{}]*\}")


def _json_state_machine(text: str, locator: JsonLocator, body: dict[str, Any], at: tuple[str | int, ...]
                        ) -> list[LaunchRequest]:
    """The HTTP tasks' requests of a .tf.json state machine whose `definition` is JSON text in its string (sources/aws.py),
    each `${…}` unknown; none from one that is an expression (`"${jsonencode({…})}"`), whose mentions keep the note."""
    from . import aws, json_source

    definition = body.get("definition")
    where = locator.offsets((*at, "definition"), Target.VALUE) if isinstance(definition, str) else None
    read = json_string_at(text, where[0]) if where is not None else None
    if read is None:
        return []
    written, offsets = read
    written = _SIMPLE_INTERPOLATION.sub(lambda hole: "${" + "_" * (len(hole.group()) - 3) + "}", written)
    if "${" in written.replace("${_", "") or "%{" in written:
        return []  # (an interpolation holding braces, a directive: not told here)
    parsed = json_source.parse(written)
    if not isinstance(parsed, json_source.ParsedJson):
        return []
    embedded = EmbeddedJson(written, offsets)
    embedded.locator = JsonLocator(written, unique_keys=not parsed.has_duplicates)
    return aws.http_tasks(text, parsed.value, embedded)


def _json_request(module: _JsonModule, at: tuple[str | int, ...], config: dict[str, Any],
                  at_config: tuple[str | int, ...], links: dict[str, str]) -> LaunchRequest | None:
    text, locator = module.text, module.locator

    def where(*parts: str | int) -> Offsets | None:
        return locator.offsets((*at_config, *parts), Target.VALUE)

    url_found = module.resolve(config.get("request_url_template"), (*at_config, "request_url_template"))
    if isinstance(url_found, str) or url_found.file is not None or url_found.encoded:
        return None
    url_at = locator.offsets(url_found.path, Target.VALUE)  # (a local's: where this file declares it)
    url = _json_string(text, url_at, url_found.value)
    if url is None:
        return None
    method_value = config.get("request_type")
    method_text = _json_string(text, where("request_type"), method_value)
    method: str | Unknown = method_text[0].upper() if method_text is not None and not method_text[2] and method_text[0] \
        else Unknown("request_type")
    site = locator.offsets(at, Target.VALUE) or (0, len(text))
    request = LaunchRequest("terraform", site, Text(text_parts(url[0]), url_at), method,
                            where("request_type") if isinstance(method, str) else None, sends="text")
    request.reads_module = module.read_others
    request.headers = _json_headers(text, config.get("headers"), where, "headers" in config)
    if method in _NO_BODY_METHODS:
        return request
    if "request_template" not in config:
        request.body = Unknown("${input.rawRequest}")  # the platform's default template
        return request
    request.body_span = where("request_template")
    written = config["request_template"]
    found = module.resolve(written, (*at_config, "request_template"))
    request.reads_module = module.read_others
    if isinstance(found, str):
        request.body = Unknown(json.dumps(written)[:80])
        if found and request.body_span is not None:
            _note(request, request.body_span, found, module.limits)
        return request
    if found.file is not None:  # read in that file, at its own positions (extract.py's body file, read by file_body)
        request.body = Unknown(json.dumps(written)[:80])
        if (outside := _linked_out(found.file, found.local, module.limits)) is not None:
            if request.body_span is not None:
                _note(request, request.body_span, outside, module.limits, always=True)
            return request
        how = {_READ_AS: _JSON_LOCAL if found.file.lower().endswith(_JSON_SUFFIX) else _LOCAL, _LOCAL: found.local}
        request.body_file = (os.path.basename(found.file), {**how, _ENCODED: "1"} if found.encoded else how)
        return request
    _json_body(text, locator, request, found, links, module.limits.max_depth)
    return request


def _json_body(text: str, locator: JsonLocator, request: LaunchRequest, found: _JsonFound, links: dict[str, str],
               max_depth: int) -> None:
    """The body a .tf.json template gives, `found` in this text: a template string, or jsonencode() of a value."""
    at = locator.offsets(found.path, Target.VALUE)
    if found.local:
        request.body_span = at
    if found.encoded:
        spans = TreeSpans(shown_only={()})  # (what a local writes is the module's, never edited for one launch)
        request.body = _json_value(found.value, (), found.path, locator, spans, max_depth, links)
        request.body_locator = spans
        return
    template = _json_string(text, at, found.value)
    if template is None:
        request.body = Unknown(json.dumps(found.value)[:80])
        return
    chars, offsets, references = template
    links.update((reference, reference[2:-1].strip()) for reference in references)
    template_body(request, chars, offsets, max_depth)


def _json_value(value: Any, path: tuple[str | int, ...], at: tuple[str | int, ...], locator: JsonLocator,
                spans: TreeSpans, depth: int, links: dict[str, str]) -> Any:
    """A .tf.json value (`at` its JSON path) as the JSON jsonencode() writes of it, at `path` in the body: a string
    that is one interpolation (`"${var.n}"`) that expression's value, of its own type (unknown; `links` gets it); one
    with text and a `${…}`/`%{…}` is made when Terraform runs (text under inputData, else unknown); any other as
    written."""
    if depth <= 0:
        return Unknown("a value nested too deep")
    if isinstance(value, dict):
        members = {}
        for key, item in value.items():
            spans.add((*path, key), locator.offsets((*at, key), Target.KEY), locator.offsets((*at, key), Target.VALUE)
                      or (0, 0))
            members[key] = _json_value(item, (*path, key), (*at, key), locator, spans, depth - 1, links)
        return members
    if isinstance(value, list):
        items = []
        for index, item in enumerate(value):
            spans.add((*path, index), None, locator.offsets((*at, index), Target.VALUE) or (0, 0))
            items.append(_json_value(item, (*path, index), (*at, index), locator, spans, depth - 1, links))
        return items
    if isinstance(value, str) and value.startswith("${") \
            and bracket_end(value, 1, "{", "}", quotes='"', escapes=True) == len(value):
        expression = value[2:-1].strip(" ~")
        links[expression] = expression
        return Unknown(expression)
    if isinstance(value, str) and ("${" in value or "%{" in value):
        return run_time_text(path, value)
    if isinstance(value, float):  # (a Terraform number: jsonencode() writes a whole one without a point, as in .tf)
        if value != value or value in (float("inf"), float("-inf")):
            return Unknown(repr(value))
        if value.is_integer():
            return int(value) if abs(value) <= 2 ** 53 else Unknown(repr(value))  # (past 2**53 the double is not exact)
    return value


#: A .tf.json string that is, whole, one local (`"${local.x}"`) or jsonencode() of one (`"${jsonencode(local.x)}"`).
_LOCAL_HOLE = re.compile(r"\$\{\s*local\.([A-Za-z_][A-Za-z0-9_-]*)\s*\}")
_ENCODED_LOCAL = re.compile(r"\$\{\s*jsonencode\(\s*local\.([A-Za-z_][A-Za-z0-9_-]*)\s*\)\s*\}")
#: How file_body reads a local of another file: one of a .tf.json file (and _ENCODED: given to jsonencode()).
_JSON_LOCAL = " json local"
_ENCODED = " encoded"


class _JsonFound:
    """What a .tf.json value stands for, through the locals it names: the value and its JSON path in this file (`file`
    None), or the other file of the module declaring the last local (`value` not read); whether it is given to
    jsonencode(), and the last local's name ("": none named)."""

    __slots__ = ("encoded", "file", "local", "path", "value")

    def __init__(self, value: Any, path: tuple[str | int, ...], file: str | None, local: str, encoded: bool) -> None:
        self.value = value
        self.path = path
        self.file = file
        self.local = local
        self.encoded = encoded


class _JsonLocal:
    """A local a .tf.json file of the module declares, asked for by a .tf file: that file, the name, its value and its
    JSON path there."""

    __slots__ = ("file", "name", "path", "value")

    def __init__(self, file: ModuleText, name: str, value: Any, path: tuple[str | int, ...]) -> None:
        self.file = file
        self.name = name
        self.value = value
        self.path = path

    def string(self) -> tuple[str, list[int], list[str]] | None:
        """Its value as a template string, read at that file's positions (_json_string); None when no string."""
        if not isinstance(self.value, str):
            return None
        locator = _json_locator(self.file)
        return _json_string(self.file.text, locator.offsets(self.path, Target.VALUE), self.value)


def _json_locator(read: ModuleText) -> JsonLocator:
    """A .tf.json module file's locator, made once a text."""
    locator = read.derived.get("json locator")
    if locator is None:
        locator = read.derived["json locator"] = JsonLocator(read.text)
    return locator


def _json_locals(document: Any) -> dict[str, tuple[Any, tuple[str | int, ...]]]:
    """The locals a .tf.json document declares (`"locals"`: an object, or an array of them): name -> (value, path);
    the first of a name (a second is an error)."""
    found: dict[str, tuple[Any, tuple[str | int, ...]]] = {}
    for root, at in _objects(document, ()):
        for block, at_block in _objects(root.get("locals"), (*at, "locals")):
            for key, value in list(block.items())[:_MAX_JSON_BLOCKS]:
                found.setdefault(key, (value, (*at_block, key)))
    return found


class _JsonModule:
    """The .tf.json file being read and its module: the locals of this file, then of the module directory's other
    .tf and .tf.json files (read once a run, each parsed only when it may declare the name asked)."""

    def __init__(self, text: str, document: Any, locator: JsonLocator, name: str | None, limits: Limits) -> None:
        self.text = text
        self.document = document
        self.locator = locator
        self.name = name
        self.limits = limits
        self._here: dict[str, tuple[Any, tuple[str | int, ...]]] | None = None
        self._others: list[ModuleText] | None = None
        self._elsewhere: dict[str, str | None] = {}  # local -> the other file declaring it: each looked for once
        self.read_others = False  # whether a local was looked for in the module's other files

    def declared(self, key: str) -> tuple[Any, tuple[str | int, ...]] | str | None:
        """`local.<key>`'s value and JSON path in this file, or the path of the other file declaring it (None: none)."""
        if self._here is None:
            self._here = _json_locals(self.document) if '"locals"' in self.text else {}
        if key in self._here:
            return self._here[key]
        if self.name is None:
            return None
        self.read_others = True
        if key not in self._elsewhere:
            if self._others is None:
                self._others = _module_files(os.path.dirname(self.name) or ".", self.name, self.limits)
            self._elsewhere[key] = next((other.path for other in self._others if key in (
                _json_module_locals(other) if other.path.lower().endswith(_JSON_SUFFIX)
                else _may_declare(other) and _parsed_locals(other))), None)
        return self._elsewhere[key]

    def resolve(self, value: Any, path: tuple[str | int, ...]) -> _JsonFound | str:
        """What a value of this file stands for through the locals it names (_JsonFound), or why it is not known."""
        local = ""
        encoded = False
        seen: set[str] = set()
        while isinstance(value, str):
            named = _LOCAL_HOLE.fullmatch(value)
            given = _ENCODED_LOCAL.fullmatch(value) if named is None and not encoded else None
            if named is None and given is None:
                break
            key = (named or given).group(1)  # type: ignore[union-attr]
            encoded = encoded or given is not None
            if key in seen or len(seen) >= _MAX_HOPS:
                return f"`local.{key}` is defined by itself, through other locals"
            seen.add(key)
            local = key
            declared = self.declared(key)
            if declared is None:
                return f"`local.{key}` is declared in no .tf or .tf.json file of this module's directory"
            if isinstance(declared, str):
                return _JsonFound(None, (), declared, key, encoded)
            value, path = declared
        if encoded and isinstance(value, str):
            return "jsonencode() is given a string"  # (a JSON string, or a template's value of any type: not judged)
        return _JsonFound(value, path, None, local, encoded)


def _json_module_locals(read: ModuleText) -> dict[str, tuple[Any, tuple[str | int, ...]]]:
    """The locals another .tf.json file of the module declares, loaded once a text."""
    found = read.derived.get("json locals")
    if found is None:
        found = {}
        if '"locals"' in read.text:
            with contextlib.suppress(ValueError, RecursionError):
                found = _json_locals(json.loads(read.text, parse_int=_big_int))
        read.derived["json locals"] = found
    return found


def _json_headers(text: str, value: Any, where: Callable[..., Offsets | None], written: bool) -> list[Header] | None:
    if not written:
        return [Header("Content-Type", Unknown("the integration's default"))]  # not documented: not judged
    if not isinstance(value, dict):
        return None  # a reference (`"${var.headers}"`): not statically known
    headers: list[Header] = []
    for key, item in value.items():
        at = where("headers", key)
        string = _json_string(text, at, item)
        headers.append(Header(str(key), Text(text_parts(string[0]), at) if string is not None else Unknown(), at))
    if not any(h.name.lower() == "content-type" for h in headers):
        headers.append(Header("Content-Type", Unknown("the integration's default")))
    return headers


def _json_string(text: str, at: Offsets | None, value: Any) -> tuple[str, list[int], list[str]] | None:
    """A JSON string value of a .tf.json file as Velocity reads the Terraform template it is (as _string reads a .tf
    string): its text, each character's offset in the file (and one past the end), and its Terraform references."""
    if not isinstance(value, str):
        return None
    located = json_string_at(text, at[0]) if at is not None else None
    if located is None or located[0] != value:
        return None
    decoded, offsets = located
    chars: list[str] = []
    where: list[int] = []
    references: list[str] = []
    joined_at = -1  # where an interpolation directly following the last one would start
    i = 0
    while i < len(decoded):
        if decoded.startswith("${", i):  # Terraform's interpolation: kept as written, a hole
            end = bracket_end(decoded, i + 1, "{", "}", quotes='"', escapes=True)
            references.append(decoded[i:end])
            # One directly after another is rendered with it before Velocity reads the text: one unknown text, blanked
            chars.extend(" " * (end - i) if i == joined_at else decoded[i:end])
            where.extend(offsets[i:end])
            i = joined_at = end
            continue
        before = len(where)
        i_next = _template_char(decoded, i, len(decoded), chars, where)
        where[before:] = [offsets[min(k, len(decoded))] for k in where[before:]]
        i = i_next
    where.append(offsets[len(decoded)])
    return "".join(chars), where, references


def _json_flow_files(text: str, directory: str) -> dict[str, _Flow]:
    """The genesyscloud_flow resources of a .tf.json file: name -> its YAML's path (statically known ones only) and
    literal substitutions."""
    try:
        document = json.loads(text, parse_int=_big_int)
    except (ValueError, RecursionError):
        return {}
    return _document_flow_files(document, directory)


def _document_flow_files(document: Any, directory: str) -> dict[str, _Flow]:
    """The genesyscloud_flow resources of a loaded .tf.json document (_json_flow_files)."""
    found: dict[str, _Flow] = {}
    for label, body, _ in _json_resources(document, ("genesyscloud_flow",)):
        written = body.get("filepath")
        path = _flow_path(written, directory) if isinstance(written, str) and "$${" not in written else None
        if path is not None:
            found.setdefault(label, _Flow(path, _json_substitutions(body.get("substitutions"))))
    return found


def _json_substitutions(written: Any) -> tuple[tuple[str, str], ...]:
    """A .tf.json flow resource's `substitutions` whose value is certain: a string holding no template sequence
    (`${`, `%{`), a boolean or a whole number, as Terraform makes it a string; none when the map is no object."""
    if not isinstance(written, dict):
        return ()
    found = []
    for key, value in written.items():
        if isinstance(value, bool):
            found.append((key, "true" if value else "false"))
        elif isinstance(value, int):
            found.append((key, str(value)))
        elif isinstance(value, str) and "${" not in value and "%{" not in value:
            found.append((key, value))
    return tuple(sorted(found))


__all__ = ["NO_BODY", "Offsets", "extract", "file_body", "syntax_error", "template_file_how"]
