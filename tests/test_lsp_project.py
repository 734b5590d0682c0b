"""`flowlint lsp` end to end (pytest-lsp) on a project as an editor user works on it: a file the open launch's check reads
(a flow's Architect YAML, a Terraform module's sibling) changes, and the open launch is published again without being
touched; a quick fix's edit applies to the text it was made for only. Every wait is bounded (lsp_session)."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pygls")
pytest_lsp = pytest.importorskip("pytest_lsp")

from lsp_session import bounded, changed, closed, codes, mark, opened, publish, registered, shared_client, shared_server  # noqa: E402, F401
from lsprotocol import types  # noqa: E402
from pytest_lsp import LanguageClient  # noqa: E402

FLOW = "c41d9e07-6b2a-4f5e-8d3c-1a7b9e2f4c60"
LAUNCH = (f"await fetch('https://api.mypurecloud.com/api/v2/flows/executions', {{method: 'POST', headers: "
          "{'Content-Type': 'application/json', Authorization: `Bearer ${token}`}, body: JSON.stringify({flowId: "
          f"'{FLOW}', inputData: {{'Flow.customerName': 'Ana', 'Flow.orderId': '1042'}}}})}});\n")


def _input(name: str) -> str:
    return f"    - stringVariable:\n        name: {name}\n        isInput: true\n"


FLOW_YAML = "workflow:\n  name: Follow-up\n  variables:\n" + _input("Flow.customerName")


def _project(tmp_path: Path) -> tuple[Path, Path]:
    (tmp_path / ".flowlint.toml").write_text(f'[flows]\n"{FLOW}" = "flows/follow-up.yaml"\n')
    (tmp_path / "flows").mkdir()
    flow = tmp_path / "flows" / "follow-up.yaml"
    flow.write_text(FLOW_YAML)
    launch = tmp_path / "launch.js"
    launch.write_text(LAUNCH)
    return launch, flow


@pytest.mark.asyncio(loop_scope="session")  # (the session's server: lsp_session.shared_server)
async def test_saving_the_flow_yaml_re_publishes_the_open_launch(client: LanguageClient, tmp_path: Path) -> None:
    launch, flow = _project(tmp_path)
    assert "FL202" in [d.code for d in await opened(client, launch.as_uri(), LAUNCH, "javascript")]  # Flow.orderId: no input
    await opened(client, flow.as_uri(), FLOW_YAML, "yaml")
    declared = FLOW_YAML + _input("Flow.orderId")
    since = mark(client)
    await changed(client, flow.as_uri(), declared, 2)  # (the editor's text: its launches are checked against it)
    await publish(client, launch.as_uri(), after=since, version=1, where=lambda p: "FL202" not in codes(p))
    flow.write_text(declared)  # (the editor writes the file, then says it saved it)
    since = mark(client)
    client.text_document_did_save(types.DidSaveTextDocumentParams(types.TextDocumentIdentifier(flow.as_uri())))
    await publish(client, launch.as_uri(), after=since, version=1, where=lambda p: "FL202" not in codes(p))


@pytest.mark.asyncio(loop_scope="session")  # (the session's server: lsp_session.shared_server)
async def test_a_flow_yaml_changed_outside_the_editor_re_publishes_the_open_launch(client: LanguageClient,
                                                                                   tmp_path: Path) -> None:
    launch, flow = _project(tmp_path)
    [watch] = await registered(client, types.WORKSPACE_DID_CHANGE_WATCHED_FILES)  # the server asks to be told
    assert isinstance(watch.register_options, dict), watch
    [watcher] = watch.register_options["watchers"]
    suffixes = set(watcher["globPattern"].removeprefix("**/*.{").removesuffix("}").split(","))
    assert suffixes >= {"yaml", "json", "tf", "toml", "js", "ts", "py"}, watcher
    assert "FL202" in [d.code for d in await opened(client, launch.as_uri(), LAUNCH, "javascript")]
    flow.write_text(FLOW_YAML + _input("Flow.orderId"))  # (a `git pull`: the editor's watcher tells the server)
    since = mark(client)
    client.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams(
        [types.FileEvent(flow.as_uri(), types.FileChangeType.Changed)]))
    await publish(client, launch.as_uri(), after=since, version=1, where=lambda p: "FL202" not in codes(p))


TF_ACTION = """\
resource "genesyscloud_integration_action" "launch" {
  name     = "Launch"
  category = "Genesys Cloud Data Action"
  config_request {
    request_url_template = local.launch_path
    request_type         = "POST"
    request_template     = jsonencode({ type = "workflow", flowId = var.flow_id })
    headers = { "Content-Type" = "application/json" }
  }
}
"""


@pytest.mark.asyncio(loop_scope="session")  # (the session's server: lsp_session.shared_server)
async def test_a_terraform_sibling_opened_edited_and_closed_re_publishes_the_open_module_file(
        client: LanguageClient, tmp_path: Path) -> None:
    (tmp_path / ".flowlint.toml").write_text("")
    main, locals_tf = tmp_path / "main.tf", tmp_path / "locals.tf"
    main.write_text(TF_ACTION)
    launching = 'locals {\n  launch_path = "/api/v2/flows/executions"\n}\n'
    locals_tf.write_text(launching)
    assert [d.code for d in await opened(client, main.as_uri(), TF_ACTION, "terraform")] == ["FL101"]  # a launch, with `type`
    since = mark(client)
    await opened(client, locals_tf.as_uri(), 'locals {\n  launch_path = "/api/v2/users/me"\n}\n', "terraform")
    await publish(client, main.as_uri(), after=since, version=1, where=lambda p: codes(p) == [])  # its unsaved text: no launch
    since = mark(client)
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        types.VersionedTextDocumentIdentifier(uri=locals_tf.as_uri(), version=2),
        [types.TextDocumentContentChangeWholeDocument(text=launching)]))
    await publish(client, main.as_uri(), after=since, version=1, where=lambda p: codes(p) == ["FL101"])  # typed back
    since = mark(client)
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        types.VersionedTextDocumentIdentifier(uri=locals_tf.as_uri(), version=3),
        [types.TextDocumentContentChangeWholeDocument(text="locals {}\n")]))
    await publish(client, main.as_uri(), after=since, version=1, where=lambda p: codes(p) == [])
    since = mark(client)
    await closed(client, locals_tf.as_uri())
    await publish(client, main.as_uri(), after=since, version=1, where=lambda p: codes(p) == ["FL101"])  # the file on disk


async def _actions(client: LanguageClient, uri: str, found: list[types.Diagnostic],
                   only: list[str] | None = None) -> list[types.CodeAction]:
    answer = await bounded(client.text_document_code_action_async(types.CodeActionParams(
        types.TextDocumentIdentifier(uri), types.Range(types.Position(0, 0), types.Position(10, 0)),
        types.CodeActionContext(diagnostics=found, only=only))), "code actions")
    return [a for a in answer or () if isinstance(a, types.CodeAction)]


@pytest.mark.asyncio(loop_scope="session")  # (the session's server: lsp_session.shared_server)
async def test_a_quick_fix_edits_the_version_it_was_made_for_only(client: LanguageClient, tmp_path: Path) -> None:
    path = tmp_path / "body.http"
    text = (f"POST https://api.mypurecloud.com/api/v2/flows/executions\nContent-Type: application/json\n\n"
            f'{{"flow_id": "{FLOW}"}}\n')
    found = list(await opened(client, path.as_uri(), text, "http"))
    [action] = await _actions(client, path.as_uri(), found)  # reached: the rename of `flow_id` is offered
    assert action.is_preferred and action.edit is not None and action.edit.document_changes, action
    [change] = action.edit.document_changes
    assert isinstance(change, types.TextDocumentEdit)
    assert change.text_document.uri == path.as_uri() and change.text_document.version == 1  # the client refuses it after an edit
    assert [e.new_text for e in change.edits if isinstance(e, types.TextEdit)] == ["I"]  # (flow_id -> flowId)


@pytest.mark.asyncio(loop_scope="session")  # (the session's server: lsp_session.shared_server)
async def test_a_request_for_other_kinds_of_action_gets_no_quick_fix(client: LanguageClient, tmp_path: Path) -> None:
    path = tmp_path / "body.http"
    text = (f"POST https://api.mypurecloud.com/api/v2/flows/executions\nContent-Type: application/json\n\n"
            f'{{"flow_id": "{FLOW}"}}\n')
    found = list(await opened(client, path.as_uri(), text, "http"))
    assert len(await _actions(client, path.as_uri(), found, [types.CodeActionKind.QuickFix])) == 1  # reached: one fix
    assert await _actions(client, path.as_uri(), found, [types.CodeActionKind.SourceOrganizeImports]) == []


@pytest.mark.asyncio(loop_scope="session")  # (the session's server: lsp_session.shared_server)
async def test_editing_the_module_a_launch_imports_its_url_from_re_publishes_the_launch(client: LanguageClient,
                                                                                        tmp_path: Path) -> None:
    from test_lsp_imported_url import CONFIG_JS, LAUNCH_JS

    (tmp_path / ".flowlint.toml").write_text("")
    config, launch = tmp_path / "config.js", tmp_path / "launch.js"
    config.write_text(CONFIG_JS)
    launch.write_text(LAUNCH_JS.replace("'./config.js'", "'./config'"))
    await opened(client, config.as_uri(), CONFIG_JS, "javascript")
    assert "FL101" in [d.code for d in await opened(client, launch.as_uri(), launch.read_text(), "javascript")]  # `type`
    since = mark(client)
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        types.VersionedTextDocumentIdentifier(uri=config.as_uri(), version=2),
        [types.TextDocumentContentChangeWholeDocument(text=CONFIG_JS.replace("/api/v2/flows/executions", "/api/v2/users/me"))]))
    await publish(client, launch.as_uri(), after=since, version=1, where=lambda p: codes(p) == [])  # unsaved: no launch
