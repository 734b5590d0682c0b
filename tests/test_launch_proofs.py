"""A code file's launches: their fixes are proven together (a few extractions of the file, not one per fix), and
give exactly what proving each fix alone gives."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import validator.sources.extract as extract
from validator.checker.engine import CheckOptions, check_document, check_documents
from validator.core.diagnostics import Diagnostic
from validator.edits import apply_edits
from validator.run.runner import documents_of

from conftest import UUID, counted_calls

API = "https://api.mypurecloud.com/api/v2/flows/executions"
#: Fixes of one operation (a key renamed) and of two (a member moved: removed, then inserted into what follows it).
BODIES = ["inputData: { contactId: 'c' }", "flow_version: '2.0', inputData: {}", "inputs: { 'Flow.contactId': 'c' }",
          "'Flow.x': 'v', inputData: { 'Flow.a': 'c' }"]


def _launch(n: int, body: str) -> str:
    return (f"export async function launch{n}() {{\n  await fetch('{API}', {{\n    method: 'POST',\n"
            f"    body: JSON.stringify({{ flowId: '{UUID}', {body} }}),\n  }});\n}}\n")


def _shown(diagnostics: list[Diagnostic]) -> list[tuple[Any, ...]]:
    return [(d.code, d.span, d.fix and d.fix.applicability, d.fix and d.fix.edits) for d in diagnostics]


def _extractions(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    return counted_calls(monkeypatch, extract, "launches_in")


def test_many_launches_cost_a_few_extractions_and_prove_what_each_alone_proves(tmp_path: Path,
                                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "many.js"
    path.write_text("".join(_launch(n, BODIES[n % 4]) for n in range(40)))
    alone = _shown([d for document in documents_of(str(path)) for d in check_document(document, CheckOptions())])
    calls = _extractions(monkeypatch)
    together = _shown(check_documents(documents_of(str(path)), CheckOptions()))
    assert sum(1 for row in together if row[3]) >= 20  # reached: fixes rendered, of one and of two operations
    assert together == alone
    moved = [row[3] for row in together if row[0] == "FL101" and row[3]]  # `inputs` removed, then `inputData` inserted
    assert len(moved) == 10
    for edits in moved:
        edited = apply_edits(path.read_text(), edits)
        assert edited.count(f"JSON.stringify({{ flowId: '{UUID}', inputData: {{ 'Flow.contactId': 'c' }} }})") == 1  # as written
    inward = [row[3] for row in together  # into what follows (a removal and an insertion, each its own edit)
              if row[0] == "FL102" and row[3] and any("Flow.x" in edit.content for edit in row[3])]
    assert len(inward) == 10
    for edits in inward:
        edited = apply_edits(path.read_text(), edits)
        assert edited.count(f"JSON.stringify({{ flowId: '{UUID}', inputData: {{ 'Flow.a': 'c', 'Flow.x': 'v' }} }})") == 1
    assert len(calls) <= 4  # a round per fix of a launch (two here), not one per fix (60)


def test_fixes_of_launches_sharing_one_body_are_proven_one_by_one(tmp_path: Path) -> None:
    path = tmp_path / "shared.js"
    shared = f"const body = {{ flowId: '{UUID}', inputData: {{ contactId: 'c' }} }};\n"
    launches = "".join(f"await fetch('{API}', {{ method: 'POST', body: JSON.stringify(body) }});\n" for _ in range(3))
    other = _launch(9, BODIES[0])
    path.write_text(shared + launches + other)
    alone = _shown([d for document in documents_of(str(path)) for d in check_document(document, CheckOptions())])
    together = _shown(check_documents(documents_of(str(path)), CheckOptions()))
    assert sum(1 for row in alone if row[3]) >= 2  # reached: the shared body's fix and the other launch's
    assert together == alone


@pytest.mark.parametrize("launches", [1, 2])
def test_a_fixs_proof_reads_the_bodies_not_the_files_secrets(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                             launches: int) -> None:
    from validator.sources.javascript import JavaScriptReader

    searched = counted_calls(monkeypatch, JavaScriptReader, "credentials")
    # A file's one launch is proven on its edited body literal (code_editor.local_body) or read alone
    # (CodeReader.launch_at); two are read again together (launches_in).
    from validator.edits import code_editor

    proofs = counted_calls(monkeypatch, code_editor, "local_body") if launches == 1 else _extractions(monkeypatch)
    path = tmp_path / "one.js"
    path.write_text("const clientSecret = 'Zq8vW2xR7tK4mN9pL3sD6fH1jB5cY0aE';\n"
                    + "".join(_launch(n, BODIES[0]) for n in range(1, launches + 1)))
    shown = check_documents(documents_of(str(path)), CheckOptions())
    assert any(d.fix is not None and d.fix.edits for d in shown) and proofs  # reached: a fix rendered and proven
    assert "FL305" in {d.code for d in shown}  # the secret is still said, from the file's one search
    assert len(searched) == 1
