"""`flowlint lsp` end to end (pytest-lsp): the fix of a Python module-level body another file imports (`from launcher
import BODY`) is offered as `flowlint check` shows it, unsafe (never preferred), naming the importer; the importer
found among the project's files on disk or among the files open in the editor (unsaved). A body no file imports keeps
its safe, preferred fix."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pygls")
pytest_lsp = pytest.importorskip("pytest_lsp")

from lsp_session import bounded, opened, shared_client, shared_server  # noqa: E402, F401
from lsprotocol import types  # noqa: E402
from pytest_lsp import LanguageClient  # noqa: E402
from test_fix_imported_bindings import PY_LAUNCHER  # noqa: E402

IMPORTER = "from launcher import BODY\n\n\ndef flow_of():\n    return BODY['flowID']\n"


async def _rename_action(client: LanguageClient, path: Path) -> types.CodeAction:
    """The code action of the launcher's FL102 (`flowID` renamed), reached: the finding is there and has one."""
    found = await opened(client, path.as_uri(), PY_LAUNCHER, "python")
    [rename] = [d for d in found if d.code == "FL102"]
    actions = await bounded(client.text_document_code_action_async(types.CodeActionParams(
        types.TextDocumentIdentifier(path.as_uri()), rename.range, types.CodeActionContext(diagnostics=[rename]))), "code actions")
    [action] = [a for a in actions or () if isinstance(a, types.CodeAction) and a.title.startswith("FL102")]
    return action


@pytest.mark.asyncio(loop_scope="session")  # (the session's server: lsp_session.shared_server)
async def test_a_body_an_unopened_project_file_imports_is_offered_unsafe(client: LanguageClient, tmp_path: Path) -> None:
    (tmp_path / "audit.py").write_text(IMPORTER)
    launcher = tmp_path / "launcher.py"
    launcher.write_text(PY_LAUNCHER)
    action = await _rename_action(client, launcher)
    assert not action.is_preferred and "(unsafe" in action.title and "which " in action.title, action.title
    assert "audit.py imports" in action.title, action.title


@pytest.mark.asyncio(loop_scope="session")  # (the session's server: lsp_session.shared_server)
async def test_a_body_an_open_unsaved_file_imports_is_offered_unsafe(client: LanguageClient, tmp_path: Path) -> None:
    importer = tmp_path / "audit.py"  # (never written: the editor's text alone imports it)
    client.text_document_did_open(types.DidOpenTextDocumentParams(types.TextDocumentItem(importer.as_uri(), "python", 1, IMPORTER)))
    launcher = tmp_path / "launcher.py"
    launcher.write_text(PY_LAUNCHER)
    action = await _rename_action(client, launcher)
    assert not action.is_preferred and "(unsafe" in action.title and "audit.py imports" in action.title, action.title


@pytest.mark.asyncio(loop_scope="session")  # (the session's server: lsp_session.shared_server)
async def test_a_body_no_file_imports_keeps_its_safe_preferred_fix(client: LanguageClient, tmp_path: Path) -> None:
    (tmp_path / "audit.py").write_text("from launcher import URL\n\nprint(URL)\n")
    launcher = tmp_path / "launcher.py"
    launcher.write_text(PY_LAUNCHER)
    action = await _rename_action(client, launcher)
    assert action.is_preferred and "(unsafe" not in action.title, action.title
