"""A code file's syntax tree is parsed once for its extraction and its fixes, and an edited text (a fix's proof)
is parsed from it incrementally only where that gives what a fresh parse gives."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import validator.sources.code as code
from validator.checker.engine import CheckOptions, check_documents
from validator.run.runner import documents_of

from conftest import UUID

API = "https://api.mypurecloud.com/api/v2/flows/executions"
TEXT = (f"export async function launch() {{\n  await fetch('{API}', {{\n    method: 'POST',\n"
        f"    body: JSON.stringify({{ flowId: '{UUID}', flow_version: '2', inputData: {{}} }}),\n  }});\n}}\n")


class _Parses:
    """parser(kind), recording whether each parse started from an old tree."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls: list[bool] = []
        real = code.parser
        outer = self

        class Recording:
            def __init__(self, kind: str) -> None:
                self.parser = real(kind)

            def parse(self, read: Any, *old: Any, **options: Any) -> Any:  # (budgeted_parse's call: the old tree or none)
                outer.calls.append(bool(old))
                return self.parser.parse(read, *old, **options)

            def reset(self) -> None:
                self.parser.reset()

        monkeypatch.setattr(code, "parser", Recording)
        monkeypatch.setattr(code, "_PARSED", {})


def _edit(text: str, old: str, new: str) -> code.Edited:
    start = text.index(old)
    return text, start, start + len(old), new


def test_a_text_is_parsed_once_while_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    parses = _Parses(monkeypatch)
    _, first = code.parsed("javascript", TEXT)
    assert code.parsed("javascript", TEXT)[1] is first
    equal = TEXT[:5] + TEXT[5:]
    assert equal is not TEXT and code.parsed("javascript", equal)[1] is first  # an equal text, not only the same one
    assert parses.calls == [False]


def test_an_edited_text_is_parsed_incrementally_as_a_fresh_parse_reads_it(monkeypatch: pytest.MonkeyPatch) -> None:
    parses = _Parses(monkeypatch)
    code.parsed("javascript", TEXT)
    edit = _edit(TEXT, "flow_version", "flowVersion")
    edited = TEXT.replace("flow_version", "flowVersion")
    _, tree = code.parsed("javascript", edited, edit)
    assert parses.calls == [False, True]
    assert str(tree.root_node) == str(code.parser("javascript").parse(edited.encode()).root_node)


def test_an_edit_that_breaks_the_syntax_is_parsed_afresh(monkeypatch: pytest.MonkeyPatch) -> None:
    parses = _Parses(monkeypatch)
    code.parsed("javascript", TEXT)
    broken = TEXT.replace("flow_version: '2',", "flow_version: '2' '3',")
    _, tree = code.parsed("javascript", broken, _edit(TEXT, "'2',", "'2' '3',"))
    assert tree.root_node.has_error
    assert parses.calls == [False, True, False]  # tried incrementally, then parsed afresh


def test_a_broken_text_is_no_base_for_an_incremental_parse(monkeypatch: pytest.MonkeyPatch) -> None:
    parses = _Parses(monkeypatch)
    broken = TEXT.replace("method: 'POST',", "method: 'POST' 'GET',")
    code.parsed("javascript", broken)
    code.parsed("javascript", broken.replace("flow_version", "flowVersion"), _edit(broken, "flow_version", "flowVersion"))
    assert parses.calls == [False, False]


def test_only_the_last_few_texts_are_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    parses = _Parses(monkeypatch)
    texts = [TEXT.replace("launch()", f"launch{n}()") for n in range(code._KEPT + 1)]
    for text in texts:
        code.parsed("javascript", text)
    code.parsed("javascript", texts[-1])
    assert len(code._PARSED) == code._KEPT and parses.calls == [False] * (code._KEPT + 1)
    code.parsed("javascript", texts[0])  # let go: parsed again
    assert parses.calls == [False] * (code._KEPT + 2)


def test_a_fix_is_rendered_against_the_tree_its_extraction_read(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """One fresh parse for the file, one incremental parse for its fix's proof (before: a second fresh parse of the
    file to write the fix, and a fresh parse of the edited file)."""
    parses = _Parses(monkeypatch)
    path = tmp_path / "launch.js"
    path.write_text(TEXT)
    documents = documents_of(str(path))
    diagnostics = check_documents(documents, CheckOptions(render_fixes=True))
    fixed = [d for d in diagnostics if d.fix is not None and d.fix.edits]
    assert [d.code for d in fixed] == ["FL102"]
    assert parses.calls == [False, True]


@pytest.mark.parametrize("before", ["", "// café ☕\n"])
def test_an_edit_after_non_ascii_text_is_told_in_bytes(monkeypatch: pytest.MonkeyPatch, before: str) -> None:
    parses = _Parses(monkeypatch)
    text = before + TEXT
    code.parsed("javascript", text)
    edited = text.replace("flow_version: '2', ", "")
    source, tree = code.parsed("javascript", edited, _edit(text, "flow_version: '2', ", ""))
    assert parses.calls == [False, True]
    fresh = code.parser("javascript").parse(source.data).root_node
    assert [(n.type, n.start_byte, n.end_byte, n.text) for n in code.walk(tree.root_node)] == \
        [(n.type, n.start_byte, n.end_byte, n.text) for n in code.walk(fresh)]


@pytest.mark.parametrize(("old", "start", "end", "content", "expected"), [
    ("ab'x'cd", 2, 5, "'yz'", (2, 5, 6)),
    ("é'x'cd", 1, 4, "'ü'", (2, 5, 6)),  # é is two bytes before the edit, ü two in it
    ("a☕'x'é", 1, 5, "", (1, 7, 1)),  # ☕ three bytes inside what is removed
])
def test_an_edit_is_told_in_bytes(old: str, start: int, end: int, content: str, expected: tuple[int, int, int]) -> None:
    assert code.edit_bytes((old, start, end, content), old.encode()) == expected


def test_nodes_of_a_type_the_grammar_lacks_is_none() -> None:
    _, tree = code.parsed("javascript", "const enumerable = 1\n")
    assert len(code.nodes_of("javascript", tree.root_node, frozenset({"lexical_declaration"}))) == 1
    assert code.nodes_of("javascript", tree.root_node, frozenset({"enum_declaration"})) == []  # TypeScript's only


@pytest.mark.parametrize(("name", "text"), [
    ("a.js", f"// café, naïve: ✓ 😀\nconst body = {{ flowId: '{UUID}', flow_version: '2' }};\n"
             f"await fetch('{API}', {{ method: 'POST', body: JSON.stringify(body) }});\n"),
    ("a.py", f"# café, naïve: ✓ 😀\nimport requests\nbody = {{'flowId': '{UUID}', 'flow_version': '2'}}\n"
             f"requests.post('{API}', json=body)\n")])
def test_names_after_non_ascii_text_are_read_as_written(tmp_path: Path, name: str, text: str) -> None:
    # A name's text is a slice of the file's text only where bytes are characters: here `body` is found by its bytes.
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    found = check_documents(documents_of(str(path)), CheckOptions())
    assert [(d.code, d.pointer) for d in found if d.code == "FL102"] == [("FL102", "/flow_version")]


def _point(data: bytes, offset: int) -> tuple[int, int]:
    return data.count(b"\n", 0, offset), offset - (data.rfind(b"\n", 0, offset) + 1)


@pytest.mark.parametrize("indexed", [0, 1 << 30])  # the file's line breaks found once, or counted where asked
def test_an_edit_is_told_in_rows_and_byte_columns(monkeypatch: pytest.MonkeyPatch, indexed: int) -> None:
    monkeypatch.setattr(code, "_INDEXED_SIZE", indexed)
    text = "\n// ☕\n\nconst a = 1;\r\n  x\n"
    source = code.SourceText(text)
    assert [source.point(k) for k in range(len(source.data) + 1)] == [_point(source.data, k) for k in range(len(source.data) + 1)]
    for start in range(len(source.data) + 1):
        for added in (b"", b"ab", b"\n", b"a\nbc", b"\n\n", b"x\n"):
            new = source.data[:start] + added + source.data[start:]
            assert code.end_point(_point(source.data, start), added) == _point(new, start + len(added))


def test_every_field_a_reader_asks_for_is_one_a_grammar_has() -> None:
    """A misspelt field would be id 0 in every grammar: no child, read as a missing part, never an error."""
    grammars = ("javascript", "typescript", "tsx", "python")
    for name in code.Fields.__slots__:
        ids = {kind: getattr(code.fields(kind), name) for kind in grammars}
        assert any(ids.values()), name
        for kind, field_id in ids.items():
            assert field_id == 0 or code.language(kind).field_name_for_id(field_id) == name, (kind, name)


def test_a_field_is_found_by_its_id_as_by_its_name() -> None:
    source, tree = code.parsed("typescript", "const x: number = f(a).b;\n")
    node = tree.root_node.named_children[0].named_children[0]  # the variable_declarator
    found = {name: node.child_by_field_id(getattr(code.fields("typescript"), name)) for name in code.Fields.__slots__}
    assert {name: child for name, child in found.items() if child is not None} == {
        name: child for name in code.Fields.__slots__ if (child := node.child_by_field_name(name)) is not None}
    value = found["value"]
    assert value is not None and source.raw(value) == "f(a).b"
    assert found["attribute"] is None  # `attribute` is Python's field, not TypeScript's
