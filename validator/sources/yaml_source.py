"""YAML bodies, read as the JSON a YAML-to-JSON conversion would send.

The file is composed into nodes (which keep their positions) and converted by hand, so
that only plain data is accepted: tags such as !!python/object are refused, never
constructed, and alias expansion is counted before anything is built.
"""

from __future__ import annotations

import json
import math
import re
import sys
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from ..core.caps import MAX_PER_KIND, more_finding
from ..core.codes import DUPLICATE_KEY, LIMIT_EXCEEDED, PARSE_ERROR, YAML_IMPLICIT_TYPE
from ..core.diagnostics import Finding, Path, Span, Target
from ..core.jsontext import code
from ..core.lines import LineIndex
from ..core.unknown import shown_number
from .yaml_compose import compose
from .yaml_versions import DEFAULT_VERSION, READERS, VERSIONS, Timestamp, differs, read_core, shown, unquoted, version_note

_TAG = "tag:yaml.org,2002:"
_MERGE = _TAG + "merge"
_TRUE_FALSE = frozenset({"true", "false"})
_CONSTRUCTOR = yaml.SafeLoader("")


class ParsedYaml:
    """A converted YAML body, its root node for positions, and findings made while reading it."""

    __slots__ = ("findings", "key_names", "notes", "plain_scalars", "root", "value", "version")

    def __init__(self, value: Any, root: Node, findings: list[Finding], plain_scalars: dict[Path, str],
                 key_names: dict[int, str], notes: dict[Path, tuple[str, str]] | None = None,
                 version: str = DEFAULT_VERSION) -> None:
        self.value = value
        #: The YAML version it was read as: the file's own `%YAML 1.1` or `%YAML 1.2`, else the one asked for.
        self.version = version
        #: FL006 (message, source text) for values YAML typed other than as written, or that YAML 1.1 and 1.2 read differently.
        self.notes = notes or {}
        self.root = root
        self.findings = findings
        #: Keys whose JSON name differs from their text (`yes` -> "true"), by id of the key node.
        self.key_names = key_names
        #: Unquoted scalars YAML typed as something other than a string: path -> source text.
        self.plain_scalars = plain_scalars


class _Refused(Exception):
    def __init__(self, finding: Finding) -> None:
        self.finding = finding


def parse(text: str, *, max_nodes: int, max_depth: int, version: str = DEFAULT_VERSION) -> ParsedYaml | Finding:
    """Parse a YAML body as YAML `version` ("1.1" or "1.2") reads it, or as the file's own `%YAML 1.1` or `%YAML 1.2`
    directive says (an FL006 warning for a version that is neither); a Finding (FL001 or FL005) when it cannot be sent
    as JSON."""
    index = LineIndex(text)
    try:
        root, declared = compose(text)  # declared: the %YAML directive's version (PyYAML refuses 2.x itself)
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        span = index.span(mark.index, mark.index + 1) if mark else None
        problem = err.problem or err.context or "invalid YAML"
        if "expected a single document" in str(err):
            return Finding(PARSE_ERROR, (), "the file holds more than one YAML document",
                           "one body per file: split the documents into separate files", span=span)
        return Finding(PARSE_ERROR, (), f"invalid YAML: {problem}", "fix the YAML syntax at this point", span=span)
    except yaml.YAMLError as err:
        return Finding(PARSE_ERROR, (), f"invalid YAML: {err}", "fix the YAML syntax", span=Span(1, 1, 1, 2))
    except RecursionError:
        from .json_source import depth_finding
        return depth_finding(text, max_depth)
    if root is None:
        return Finding(PARSE_ERROR, (), "the file is empty: a launch request is one object",
                       'write the body, at least flowId: "<flow ID>"', span=Span(1, 1, 1, 1))
    directive = None
    if declared is not None:
        directive = f"{declared[0]}.{declared[1]}"
        if directive in VERSIONS:
            version = directive
    converter = _Converter(index, max_nodes, max_depth, version, "yaml-version" if version != directive else
                           f"the file's %YAML {directive}")
    if directive is not None and directive not in VERSIONS:
        found = _DIRECTIVE.search(text)
        start, end = found.span(1) if found else (0, 1)
        converter.findings.append(Finding(
            YAML_IMPLICIT_TYPE, (), f"the file declares %YAML {directive}, a YAML version flowlint does not know (1.1 and 1.2 "
            f"are): it is checked as YAML {version} (yaml-version), which its converter may not read it as",
            "write %YAML 1.2 or %YAML 1.1, the version your YAML-to-JSON converter reads, or remove the line",
            span=index.span(start, max(end, start + 1)), subject=f"%YAML {directive}"))
    try:
        value = converter.convert(root)
    except _Refused as refused:
        return refused.finding
    except RecursionError:
        from .json_source import depth_finding
        return depth_finding(text, max_depth)
    if converter.duplicates > MAX_PER_KIND:
        converter.findings.append(more_finding(DUPLICATE_KEY, converter.duplicates - MAX_PER_KIND))
    return ParsedYaml(value, root, converter.findings, converter.plain_scalars, converter.key_names, converter.notes,
                      version)


#: A %YAML directive line (the first one: directives come before the document's content), its version.
_DIRECTIVE = re.compile(r"^%YAML[ \t]+(\S+)", re.MULTILINE)


class _Converter:
    def __init__(self, index: LineIndex, max_nodes: int, max_depth: int, version: str = DEFAULT_VERSION,
                 because: str = "yaml-version") -> None:
        self.index = index
        self.version = version
        self.because = because  # why that version: what FL006's notes name
        self.notes: dict[Path, tuple[str, str]] = {}
        self.max_nodes = max_nodes
        self.max_depth = max_depth
        self.findings: list[Finding] = []
        self.plain_scalars: dict[Path, str] = {}
        self.key_names: dict[int, str] = {}
        self.memo: dict[int, Any] = {}
        self.duplicates = 0

    def span(self, node: Node) -> Span:
        start = node.start_mark.index
        end = node.end_mark.index if isinstance(node, ScalarNode) else start + 1
        return self.index.span(start, end)

    def refuse(self, code: str, node: Node, message: str, fix: str) -> _Refused:
        return _Refused(Finding(code, (), message, fix, span=self.span(node)))

    def convert(self, root: Node) -> Any:
        self.check_expansion(root)
        return self.value(root, ())

    def check_expansion(self, root: Node) -> None:
        """Count the nodes the document expands to (aliases included) before building anything."""
        sizes: dict[int, int] = {}
        active: set[int] = set()  # nodes on the current path: meeting one again is a cycle
        stack: list[tuple[Node, bool, int]] = [(root, False, 1)]
        reused = False
        while stack:
            node, done, depth = stack.pop()
            children = _children(node)
            if done:
                active.discard(id(node))
                size = 1 + sum(sizes[id(child)] for child in children)
                if size > self.max_nodes and not reused:
                    raise self.refuse(LIMIT_EXCEEDED, node, f"the YAML body holds more than {self.max_nodes:,} values",
                                      "split the data, or raise max-yaml-nodes")
                if size > self.max_nodes:
                    raise self.refuse(LIMIT_EXCEEDED, node, f"YAML aliases expand this value to more than {self.max_nodes:,} items",
                                      "remove the repeated aliases (an alias bomb?), or raise max-yaml-nodes")
                sizes[id(node)] = size
                continue
            if id(node) in sizes:
                reused = True  # an alias: this value is counted again wherever it is used
                continue
            if depth > self.max_depth and _is_container(node):
                # Containers only, as for JSON: `a: {b: 1}` is two levels deep in both.
                limit = self.max_depth
                raise self.refuse(LIMIT_EXCEEDED, node, f"the body nests more than {limit} levels deep; the limit is {limit}",
                                  "flatten the data, or raise max-depth if it is really meant to be this deep")
            active.add(id(node))
            stack.append((node, True, depth))
            for child in children:
                if id(child) in active:
                    raise self.refuse(PARSE_ERROR, child, "a YAML alias refers to a value that contains it",
                                      "JSON cannot hold a value that contains itself: remove the alias")
                if id(child) in sizes:
                    reused = True
                else:
                    stack.append((child, False, depth + 1))

    def value(self, node: Node, path: Path) -> Any:
        if isinstance(node, ScalarNode):
            return self.scalar(node, path)
        key = id(node)
        if key in self.memo:  # an alias: the same object, as PyYAML and converters share it
            return self.memo[key]
        if isinstance(node, SequenceNode):
            if node.tag != _TAG + "seq":
                raise self.refused_tag(node)
            items: list[Any] = []
            self.memo[key] = items
            items.extend(self.value(child, (*path, i)) for i, child in enumerate(node.value))
            return items
        assert isinstance(node, MappingNode)
        if node.tag != _TAG + "map":
            raise self.refused_tag(node)
        mapping: dict[str, Any] = {}
        self.memo[key] = mapping
        merged: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if key_node.tag == _MERGE:
                merged.update(self.merge_sources(value_node, path))
                continue
            name = self.key(key_node, path)
            if name in mapping and self.count_duplicate():
                self.findings.append(Finding(
                    DUPLICATE_KEY, (*path, name), f"the key {code(name)} is written twice in this mapping; the last one wins",
                    "keep one of them", Target.KEY, span=self.span(key_node)))
            mapping[name] = self.value(value_node, (*path, name))
        for name, item in merged.items():
            mapping.setdefault(name, item)
        return mapping

    def count_duplicate(self) -> bool:
        """Count a repeated key; whether it is among the first ones, which get a finding each."""
        self.duplicates += 1
        return self.duplicates <= MAX_PER_KIND

    def merge_sources(self, node: Node, path: Path) -> dict[str, Any]:
        sources = node.value if isinstance(node, SequenceNode) else [node]
        merged: dict[str, Any] = {}
        for source in reversed(sources):  # earlier sources win
            value = self.value(source, path)
            if not isinstance(value, dict):
                raise self.refuse(PARSE_ERROR, source, "a YAML merge key (<<) takes a mapping or a list of mappings",
                                  "merge only mappings")
            merged.update(value)
        return merged

    def key(self, node: Node, path: Path) -> str:
        """A mapping key as a YAML-to-JSON conversion sends it: `yes` becomes "true" in YAML 1.1, `010` becomes "8"."""
        if not isinstance(node, ScalarNode):
            raise self.refuse(PARSE_ERROR, node, "a mapping key must be text, not a list or mapping",
                              "JSON object keys are strings: use a plain name")
        if not self.implicit(node):
            if node.tag in (_TAG + "str", _TAG + "timestamp"):
                return str(node.value)
            value = self.read_11(node)
            name = value if isinstance(value, str) else json.dumps(value)
            note = None
        else:
            value_11, value_12 = self.readings(node)
            names = {version: value if isinstance(value, str) else json.dumps(value)
                     for version, value in (("1.1", value_11), ("1.2", value_12))}
            name = names[self.version]
            note = version_note(node.value, value_11, value_12, self.version, key=True,
                                 because=self.because) if names["1.1"] != names["1.2"] else None
        if name != node.value:
            self.key_names[id(node)] = name
        if note is None and name != node.value:
            note = f"YAML reads the unquoted key {node.value} as {name}, and sends it so"
        if note is not None:
            self.findings.append(Finding(
                YAML_IMPLICIT_TYPE, (*path, name), note,
                f'quote the key to keep it: "{node.value}"', Target.KEY, span=self.span(node), subject=node.value))
        return name

    def refused_tag(self, node: Node) -> _Refused:
        tag = node.tag.replace(_TAG, "!!")
        return self.refuse(PARSE_ERROR, node, f"the YAML tag {tag} is not plain data; flowlint refuses it (nothing was constructed)",
                           "write plain strings, numbers, booleans, lists and mappings only")

    def implicit(self, node: ScalarNode) -> bool:
        """Whether an unquoted scalar's type was guessed by YAML (not quoted, not given an explicit tag)."""
        return node.style is None and _CONSTRUCTOR.resolve(ScalarNode, node.value, (True, False)) == node.tag  # type: ignore[no-untyped-call]

    def readings(self, node: ScalarNode) -> tuple[Any, Any]:
        """How YAML 1.1 and YAML 1.2 read an unquoted scalar; only the chosen version's problems are refused."""
        chosen, other = (self.read_12, self.read_11) if self.version == "1.2" else (self.read_11, self.read_12)
        value = chosen(node)
        try:
            other_value = other(node)
        except _Refused:
            other_value = node.value
        return (other_value, value) if self.version == "1.2" else (value, other_value)

    def scalar(self, node: ScalarNode, path: Path | None) -> Any:
        """A scalar's JSON value as the chosen YAML version reads it; unquoted non-strings are remembered under `path`."""
        if not self.implicit(node):
            if node.tag == _TAG + "str":
                return node.value
            value = self.read_11(node)  # an explicit tag (!!int 3): both versions obey it
            if node.style is None and path is not None:
                self.plain_scalars[path] = node.value
            return str(value) if isinstance(value, Timestamp) else value
        value_11, value_12 = self.readings(node)
        chosen = value_12 if self.version == "1.2" else value_11
        if path is not None:
            if not isinstance(chosen, str) or isinstance(chosen, Timestamp):
                self.plain_scalars[path] = node.value
            if differs(value_11, value_12):
                self.notes[path] = (version_note(node.value, value_11, value_12, self.version, because=self.because),
                                     node.value)
            elif not isinstance(chosen, str) or isinstance(chosen, Timestamp):
                note = surprise(node.value, chosen)
                if note:
                    self.notes[path] = (note, node.value)
        return str(chosen) if isinstance(chosen, Timestamp) else chosen

    def read_11(self, node: ScalarNode) -> Any:
        """YAML 1.1's reading (PyYAML's resolution); a date is its text, marked as a Timestamp."""
        tag = node.tag
        if tag == _TAG + "str":
            return node.value
        if tag == _TAG + "timestamp":
            return Timestamp(node.value)  # converters send the text; FL006 tells the user it was a date to YAML
        try:
            if tag == _TAG + "null":
                return None
            if tag == _TAG + "bool":
                value: Any = _CONSTRUCTOR.construct_yaml_bool(node)
            elif tag == _TAG + "int":
                value = _CONSTRUCTOR.construct_yaml_int(node)
            elif tag == _TAG + "float":
                value = _CONSTRUCTOR.construct_yaml_float(node)
                self.refuse_non_finite(node, value)
            else:
                raise self.refused_tag(node)
        except ValueError as err:
            raise self.too_long(node, err) from None
        return value

    def read_12(self, node: ScalarNode) -> Any:
        """YAML 1.2's core-schema reading."""
        try:
            value = read_core(node.value)
        except ValueError as err:
            raise self.too_long(node, err) from None
        if isinstance(value, float):
            self.refuse_non_finite(node, value)
        return value

    def refuse_non_finite(self, node: ScalarNode, value: float) -> None:
        if math.isinf(value) and not node.value.lstrip("+-").startswith("."):  # 1e400, not .inf: too big, not infinite
            raise self.refuse(PARSE_ERROR, node, f"{shown_number(node.value, bare=True)} is past the largest double-precision "
                              f"number (about 1.8e308): {READERS[self.version]} read it as infinity, which JSON has no form for",
                              "send a number within that range, or the text quoted")
        if math.isinf(value) or math.isnan(value):
            raise self.refuse(PARSE_ERROR, node, f"{node.value} has no JSON form: JSON has no NaN or Infinity",
                              "send a number, null, or the text quoted")

    def too_long(self, node: ScalarNode, err: ValueError) -> _Refused:
        # err names the digit count only; the number's own digits are never said (it may be a secret)
        return self.refuse(LIMIT_EXCEEDED, node, f"{shown_number(node.value, bare=True)} is too long to read exactly: flowlint reads "
                           f"numbers of up to {sys.get_int_max_str_digits():,} digits", "quote it to send it as a string")


def _is_container(node: Node) -> bool:
    """Whether a node is a sequence or mapping (what counts towards nesting depth)."""
    return isinstance(node, (SequenceNode, MappingNode))


def _children(node: Node) -> list[Node]:
    if isinstance(node, SequenceNode):
        return list(node.value)
    if isinstance(node, MappingNode):
        return [child for pair in node.value for child in pair]
    return []


def surprise(text: str, value: Any) -> str | None:
    """How YAML's typing changed an unquoted scalar the user probably meant as text, if it did (a long number said by
    its length, never its digits: it may be a secret)."""
    if isinstance(value, bool):
        return None if text.lower() in _TRUE_FALSE else f"YAML reads unquoted {text} as the boolean {str(value).lower()}"
    if isinstance(value, str):  # a timestamp kept as its text
        return f"YAML reads unquoted {text} as a date, which some YAML-to-JSON tools rewrite"
    if isinstance(value, (int, float)):
        stripped = text.lstrip("+-")
        show = shown(text, value)
        subject = unquoted(text, show)
        number = shown_number(json.dumps(value)) if show else "a number"
        if ":" in text:
            return f"YAML 1.1 reads {subject} as the base-60 number {value}" if show else \
                f"YAML 1.1 reads {subject} as a base-60 number"
        if "_" in text:
            return f"YAML reads {subject} as {number}"
        if isinstance(value, int) and len(stripped) > 1 and stripped[0] == "0" and stripped.isdigit():
            return f"YAML 1.1 reads {subject} as the octal number {value} (YAML 1.2 as {int(text, 10)})" if show else \
                f"YAML 1.1 reads {subject} as an octal number (YAML 1.2 as a decimal one)"
        if len(stripped) > 1 and stripped[0] == "0" and stripped[1].isdigit():
            return f"YAML reads {subject} as {number}, dropping the leading zero"
        if stripped[:2].lower() in ("0x", "0o", "0b"):
            return f"YAML reads {subject} as {number}"
    return None


class YamlLocator:
    """Finds a member's key or value node by path, for positions (values merged in by `<<` too)."""

    def __init__(self, parsed: ParsedYaml, index: LineIndex) -> None:
        self.parsed = parsed  # what an editor walks to remove a repeated key
        self.root = parsed.root
        self.key_names = parsed.key_names
        self.lines = index
        #: Each mapping looked in, by id: (it, its members written in it by name, the last of a repeated name, and the
        #: values of its `<<` keys), so a look-up costs one dict access, not a scan of the mapping.
        self._written: dict[int, tuple[MappingNode, dict[str, tuple[Node, Node]], list[Node]]] = {}

    def _written_in(self, node: MappingNode) -> tuple[MappingNode, dict[str, tuple[Node, Node]], list[Node]]:
        written = self._written.get(id(node))
        if written is None:
            named: dict[str, tuple[Node, Node]] = {}
            merges: list[Node] = []
            for key, value in node.value:
                if key.tag == _MERGE:
                    merges.append(value)
                elif isinstance(key, ScalarNode):
                    name = self.key_names.get(id(key))
                    named[key.value if name is None else name] = (key, value)
            written = self._written[id(node)] = (node, named, merges)
        return written

    def member(self, node: MappingNode, name: str | int, visited: set[int]) -> tuple[Node, Node] | None:
        """The (key, value) nodes of a member: written in the mapping (the last wins), else merged in by `<<`."""
        _, named, merges = self._written_in(node)
        found = named.get(name) if isinstance(name, str) else None
        if found is not None:
            return found
        visited.add(id(node))
        for merge in merges:
            for source in (merge.value if isinstance(merge, SequenceNode) else [merge]):  # earlier sources win
                if isinstance(source, MappingNode) and id(source) not in visited:
                    found = self.member(source, name, visited)
                    if found is not None:
                        return found
        return None

    def node(self, path: Path, target: Target) -> Node | None:
        """The key or value node of a member, by path."""
        node = self.root
        key_node: Node | None = None
        for part in path:
            if isinstance(node, MappingNode):
                found = self.member(node, part, set())
                if found is None:
                    return None
                key_node, node = found
            elif isinstance(node, SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value):
                key_node, node = None, node.value[part]
            else:
                return None
        return key_node if target is Target.KEY and key_node is not None else node

    def offsets(self, path: Path, target: Target) -> tuple[int, int] | None:
        """Character offsets [start, end) of a member's key or value (a collection's first character)."""
        chosen = self.node(path, target)
        if chosen is None:
            return None
        start = chosen.start_mark.index
        end = chosen.end_mark.index if isinstance(chosen, ScalarNode) else start + 1
        return start, max(end, start + 1)

    def span(self, path: Path, target: Target) -> Span | None:
        found = self.offsets(path, target)
        return self.lines.span(*found) if found is not None else None
