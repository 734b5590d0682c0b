"""libyaml composes a YAML text only where its result is PyYAML's pure-Python parser's: the same nodes, tags, styles,
flow styles, marks (index, line, column) and aliases, the same errors, and flowlint's whole output byte-identical with
libyaml forced off and on. Over every YAML file of the repository and a property test over YAML's indicators; libyaml
must accept nothing the pure parser refuses, and read nothing otherwise."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import example, given, settings
from hypothesis import strategies as st
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from validator.sources import yaml_compose

from conftest import ROOT, flowlint

pytestmark = pytest.mark.skipif(not yaml.__with_libyaml__, reason="this PyYAML has no libyaml: the pure parser is all")

_Shape = list[tuple[Any, ...]]


def _shape(root: Node | None) -> _Shape:
    """Everything of a composed tree, in document order; an alias as the order of the node it repeats."""
    order: dict[int, int] = {}
    shape: _Shape = []
    stack: list[Node | None] = [root]
    while stack:
        node = stack.pop()
        if node is None:
            shape.append(("none",))
            continue
        if id(node) in order:
            shape.append(("alias", order[id(node)]))
            continue
        order[id(node)] = len(order)
        marks = tuple((mark.index, mark.line, mark.column) for mark in (node.start_mark, node.end_mark))
        if isinstance(node, ScalarNode):
            shape.append(("scalar", node.tag, node.value, node.style, marks))
        elif isinstance(node, SequenceNode):
            shape.append(("sequence", node.tag, node.flow_style, len(node.value), marks))
            stack.extend(reversed(node.value))
        else:
            assert isinstance(node, MappingNode)
            shape.append(("mapping", node.tag, node.flow_style, len(node.value), marks))
            for key, value in reversed(node.value):
                stack.extend((value, key))
    return shape


def _pure(text: str) -> tuple[Any, ...]:
    """The pure-Python SafeLoader's reading: the tree and the %YAML version, or the error as it says it."""
    try:
        loader = yaml.SafeLoader(text)
        try:
            return _shape(loader.get_single_node()), loader.yaml_version
        finally:
            loader.dispose()
    except yaml.YAMLError as err:
        return type(err).__name__, str(err)
    except RecursionError:
        return ("RecursionError",)  # where Python stops is the stack's: flowlint says only the depth (depth_finding)


def _composed(text: str) -> tuple[Any, ...]:
    try:
        root, version = yaml_compose.compose(text)
    except yaml.YAMLError as err:
        return type(err).__name__, str(err)
    except RecursionError:
        return ("RecursionError",)  # where Python stops is the stack's: flowlint says only the depth (depth_finding)
    return _shape(root), version


class _Counted:
    """Counts the texts libyaml composed in full (its tree taken or dropped)."""

    def __init__(self) -> None:
        self.used = 0

    def __call__(self, text: str) -> yaml.CSafeLoader:
        self.used += 1
        return yaml.CSafeLoader(text)


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> _Counted:
    counter = _Counted()
    monkeypatch.setattr(yaml_compose, "LIBYAML", counter)
    return counter


def _artillery(count: int, directory: Path) -> str:
    """benchmarks/code_corpus.py's Artillery script of `count` fixable launches (block and flow bodies, comments)."""
    spec = importlib.util.spec_from_file_location("bench_code_corpus", ROOT / "benchmarks" / "code_corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    path = directory / f"many{count}.yml"
    module.write_many_launches(path, count)
    return path.read_text(encoding="utf-8")


def _repository_yaml() -> Iterator[Path]:
    skipped = {".git", ".venv", "node_modules", ".flowlint_cache", ".hypothesis", ".mypy_cache", ".ruff_cache"}
    for path in sorted(ROOT.rglob("*")):
        if path.suffix in (".yaml", ".yml") and path.is_file() and not skipped & set(path.relative_to(ROOT).parts):
            yield path


_RICH = """\
%s
defaults: &defaults
  url: /api/v2/flows/executions?x=1&y=%%20  # a query, a percent
  headers: {Content-Type: application/json, X-Empty: ''}
steps:
  - post:
      <<: *defaults
      json:
        flowId: 8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90
        flowVersion: 2.0
        inputData:
          Flow.on: yes
          Flow.octal: 010
          Flow.date: 2001-12-14
          Flow.sexagesimal: 1:20
          Flow.none: ~
          Flow.empty:
          Flow.text: "quoted \\u00e9 \\" text"
          Flow.single: 'it''s'
          Flow.block: |
            two
            lines
          Flow.folded: >-
            one
            line
          Flow.list:
          - indentless
          - [flow, {a: 1}, "b"]
          Flow.big: 123456789012345678901234567890
          Flow.float: 1e3
          Flow.inf: .inf
          Flow.emoji: \U0001F600 é
  - post: *defaults
"""


def test_every_yaml_file_of_the_repository_composes_as_the_pure_parser_does(counted: _Counted, tmp_path: Path) -> None:
    texts = {str(path.relative_to(ROOT)): path.read_text(encoding="utf-8", errors="surrogateescape")
             for path in _repository_yaml()}
    texts["artillery 40"] = _artillery(40, tmp_path)
    texts["rich"] = _RICH % ""
    texts["rich, CRLF"] = (_RICH % "").replace("\n", "\r\n")
    texts["rich, no final newline"] = (_RICH % "").rstrip("\n")
    assert len(texts) > 20
    for name, text in texts.items():
        assert _composed(text) == _pure(text), name
    assert counted.used >= 20  # libyaml was asked, not only the pure parser


def test_libyaml_s_tree_is_taken_for_a_plain_script(counted: _Counted, monkeypatch: pytest.MonkeyPatch,
                                                    tmp_path: Path) -> None:
    text = _artillery(8, tmp_path)
    expected = _pure(text)
    pure: list[str] = []
    real = yaml.SafeLoader

    def watched(stream: str) -> yaml.SafeLoader:
        pure.append(stream)
        return real(stream)

    monkeypatch.setattr(yaml, "SafeLoader", watched)
    root, version = yaml_compose.compose(text)
    assert counted.used == 1 and pure == []  # libyaml's tree, and no second parse
    assert isinstance(root, MappingNode) and (_shape(root), version) == expected


#: Texts each guard exists for: taken from libyaml they would be read otherwise, or accepted where PyYAML refuses them.
_GUARDED = [
    "!", "a: !\n", "[!x,b]", "a: !!str\n", "a\t", "a:\tb\n", "|#\n", ">-#x\n", "{b: }", "[a: ]", "{b:  , c: 1}",
    "[a?b]", "{x?y: 1}", "-", "?", "a:\n- x", "a: &s\n- x\n", "&m\na:\n- x\n", "a:\n- x\n", "? - a\n: b\n",
    "- a: 1\n  b:\n  - x\n", "\ufeffa: 1\n", "a: 1\n\ufeffb: 2\n", "a: 1\rb: 2\r", "a: 1\x85b: 2\n", "a: 1\u2028b: 2\n",
    "%YAML 1.2\n---\na: 010\n", "%YAML 1.1\n---\na: 010\n", "%YAML 1.3\n---\na: 1\n", "%TAG !e! tag:e,2000:\n---\n!e!x a\n",
    "a: \ud800\n", "a: 1\x00", "a: 1\nb: 2\n---\nc: 3\n", "a: *b\n", "a: &x 1\nb: &x 2\nc: *x\n", "a: 1\na: 2\n",
    "#\r%YAML 1.2\r--- {a: 010}\n# end", "#\x85%YAML 1.2\n--- {a: 010}\n# end", "#\u2028%YAML 1.2\n--- {a: 010}\n# end",
    "<<: [{a: 1}, {b: 2}]\nc: 3\n", "<<: 1\n", "a: 'x\n", "a: \"\\q\"\n", "a: 1\r\nb: 2\r\n",
]


def _nested(depth: int, flow: bool) -> str:
    if flow:
        return "[" * depth + "]" * depth
    return "".join("  " * level + "a:\n" for level in range(depth)) + "  " * depth + "b: 1\n"


@pytest.mark.parametrize("text", _GUARDED + [_nested(depth, flow) for depth in (98, 99, 100, 101, 450, 520)
                                             for flow in (True, False)])
def test_each_guarded_text_reads_as_the_pure_parser_reads_it(text: str) -> None:
    assert _composed(text) == _pure(text)


def test_a_text_libyaml_refuses_gets_the_pure_parser_s_error(counted: _Counted) -> None:
    composed = _composed(_nested(1001, flow=True))  # libyaml's limit of 1,000 levels
    assert counted.used == 1
    assert composed == _pure(_nested(1001, flow=True)) and composed[0] == "RecursionError"
    assert _composed("a: [1, 2\n") == _pure("a: [1, 2\n")
    assert _composed("a: [1, 2\n")[0] == "ParserError" and counted.used == 3


#: YAML's indicators and what is written near them: anchors and aliases, tags, directives, implicit types, block
#: scalars, flow collections, BOM, CRLF, tabs, empty plain scalars, duplicate and merge keys, non-UTF-8 (surrogates).
_ATOMS = [
    "a", "b", "1", "0x1", "010", "1:2", "1e3", ".inf", "yes", "~", "null", "2001-01-01", "é", "\U0001F600", "x?y", "a!b",
    "-", "- ", ":", ": ", "?", "? ", ",", ", ", "[", "]", "{", "}", "{a: 1}", "[a, b]", "a: b\n", "- a\n", "<<: ", "<<: *a",
    "&a ", "&b ", "*a", "*a ", "*b", "!", "!x ", "!!str ", "!!int ", "!!map ", ":!x", "-!x", "?!x",
    "'", '"', "'it''s'", '"x\\"y"', "\\", "\\n", "\\u00e9", "|", ">", "|-", ">+", "|2", "#", " #c", "@", "`", "%",
    "\n", "\n", "\n  ", "\n- ", "\r\n", "\r", "\t", " ", "  ", "---", "--- ", "...", "%YAML 1.2\n", "%YAML 1.1\n",
    "%TAG ! tag:x,2000:\n", "\ufeff", "\x85", "\u2028", "\ud800", "\x00",
]


@settings(max_examples=1500)
@given(st.lists(st.sampled_from(_ATOMS), min_size=1, max_size=14).map("".join))
@example("a: 1\nb:\n- x\n- {c: d}\n")
def test_libyaml_reads_no_text_otherwise_than_the_pure_parser(text: str) -> None:
    assert _composed(text) == _pure(text)


def _run(args: list[str], fast: bool, monkeypatch: pytest.MonkeyPatch) -> tuple[int, str, str, int]:
    counter = _Counted()
    with monkeypatch.context() as patch:
        patch.setattr(yaml_compose, "LIBYAML", counter if fast else None)
        result = flowlint(*args)
    return result.exit_code, result.stdout, result.stderr, counter.used


def test_flowlint_s_whole_output_is_the_same_with_libyaml_off_and_on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    (tmp_path / "many.yml").write_text(_artillery(12, tmp_path), encoding="utf-8")
    (tmp_path / "rich.yaml").write_text(_RICH % "", encoding="utf-8")
    (tmp_path / "crlf.yaml").write_bytes((_RICH % "").replace("\n", "\r\n").encode())
    files = [str(path.relative_to(ROOT)) for path in _repository_yaml()
             if path.is_relative_to(ROOT / "fixtures") or path.is_relative_to(ROOT / "tests" / "data")]
    assert len(files) >= 16
    files += [str(tmp_path / name) for name in ("many.yml", "rich.yaml", "crlf.yaml")]
    used = 0
    for name in files:
        for form in (["--format", "json"], ["--format", "text"], ["--diff", "--unsafe-fixes"]):
            args = ["check", "--no-cache", "-j", "1", *form, name]
            *pure, _ = _run(args, False, monkeypatch)
            *fast, count = _run(args, True, monkeypatch)
            assert fast == pure, (name, form)
            used += count
    assert used >= 3 * len(files)  # libyaml composed in the runs compared
