"""`flowlint lsp` end to end through a real LSP client (pytest-lsp): the diagnostics `flowlint check --format json`
gives for the same text, on open, unsaved change and save; fixes as code actions; rule docs on hover."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import threading
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("pygls")
pytest_lsp = pytest.importorskip("pytest_lsp")

from lsp_session import bounded, closed, shared_client, shared_server  # noqa: E402, F401
from lsp_session import changed as changed_uri  # noqa: E402
from lsp_session import opened as opened_uri  # noqa: E402
from lsprotocol import types  # noqa: E402
from pytest_lsp import LanguageClient  # noqa: E402

from conftest import ROOT, UUID, flowlint  # noqa: E402

WRONG_HOST = "https://myinstance.mypurecloud.com/api/v2/flows/executions"
JS = (f"// the launch\nawait fetch(`{WRONG_HOST}`, {{method: 'POST', headers: {{'Content-Type': 'application/json', "
      f"Authorization: `Bearer ${{token}}`}}, body: JSON.stringify({{flowId: '{UUID}', inputData: {{customerName: 'Ana', "
      "'Flow.orderCount': '42'}})});\n")
HTTP = (f"POST {WRONG_HOST}\nContent-Type: application/json\nAuthorization: Bearer {{{{token}}}}\n\n"
        f'{{"flow_id": "{UUID}", "inputData": {{"customerName": "Ana"}}}}\n')
PAYLOAD = f'{{\n  "flow_id": "{UUID}",\n  "inputData": {{"Flow.customerName": "Ana", "Flow.orderCount": "42"}}\n}}\n'


def cli_diagnostics(path: Path) -> list[tuple[Any, ...]]:
    """What `flowlint check --format json` says of the file (run from its directory): (code, severity, span, message)."""
    here = os.getcwd()
    os.chdir(path.parent)  # as its author runs it: from the file's own project
    try:
        result = flowlint("check", "--format", "json", str(path))
    finally:
        os.chdir(here)
    return sorted((d["code"], d["severity"], d["line"], d["column"], d["end_line"], d["end_column"], d["message"])
                  for d in json.loads(result.stdout)["diagnostics"])


_SEVERITY = {types.DiagnosticSeverity.Error: "error", types.DiagnosticSeverity.Warning: "warning",
             types.DiagnosticSeverity.Information: "info"}


def lsp_diagnostics(found: Any, text: str) -> list[tuple[Any, ...]]:
    """The LSP diagnostics in the CLI's terms (1-based lines; columns in characters: the texts here are ASCII)."""
    assert text.isascii()
    return sorted((d.code, _SEVERITY[d.severity], d.range.start.line + 1, d.range.start.character + 1, d.range.end.line + 1,
                   d.range.end.character + 1, d.message.split("\nhelp: ")[0]) for d in found)


async def opened(client: LanguageClient, path: Path, text: str) -> Any:
    return await opened_uri(client, path.as_uri(), text)


async def changed(client: LanguageClient, path: Path, text: str, version: int) -> Any:
    return await changed_uri(client, path.as_uri(), text, version)


def apply(text: str, edits: list[types.TextEdit]) -> str:
    lines = text.splitlines(keepends=True)
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line))
    for edit in sorted(edits, key=lambda e: (e.range.start.line, e.range.start.character), reverse=True):
        start = offsets[edit.range.start.line] + edit.range.start.character
        end = offsets[edit.range.end.line] + edit.range.end.character
        text = text[:start] + edit.new_text + text[end:]
    return text


@pytest.mark.parametrize(("name", "text"), [("launch.js", JS), ("launch.http", HTTP), ("payload.json", PAYLOAD)])
@pytest.mark.asyncio(loop_scope="session")  # (the session's server: lsp_session.shared_server)
async def test_open_edit_and_fix_give_what_check_gives(client: LanguageClient, tmp_path: Path, name: str, text: str) -> None:
    project = tmp_path / "project"
    project.mkdir()
    (project / ".flowlint.toml").write_text('contracts = "flows"\n')
    (project / "flows").mkdir()
    (project / "flows" / f"{UUID}.json").write_text((ROOT / ".flowlint" / "flows" / f"{UUID}.json").read_text())
    path = project / name
    path.write_text(text)
    found = await opened(client, path, text)
    assert found  # reached: each of these has findings
    assert lsp_diagnostics(found, text) == cli_diagnostics(path)
    # An unsaved edit: the server checks the editor's text, not the file.
    edited = text.replace("myinstance.mypurecloud.com", "api.mypurecloud.com")
    found = await changed(client, path, edited, 2)
    path.write_text(edited)
    assert lsp_diagnostics(found, edited) == cli_diagnostics(path)
    # Every fix is a code action; the safe ones preferred, the unsafe never.
    actions = await bounded(client.text_document_code_action_async(types.CodeActionParams(
        types.TextDocumentIdentifier(path.as_uri()), types.Range(types.Position(0, 0), types.Position(len(edited.splitlines()), 0)),
        types.CodeActionContext(diagnostics=list(found)))), "code actions")
    fixable = [d for d in json.loads(flowlint("check", "--format", "json", str(path)).stdout)["diagnostics"]
               if d["fix"] and d["fix"]["applicability"] in ("safe", "unsafe")]
    assert actions is not None
    suppressing = [a for a in actions if isinstance(a, types.CodeAction) and a.title.startswith("Suppress ")]
    assert all(not a.is_preferred for a in suppressing)  # (a comment is offered, never preferred to a fix)
    actions = [a for a in actions if a not in suppressing]
    assert len(actions) == len(fixable) > 0
    for action in actions:
        assert isinstance(action, types.CodeAction)
        assert action.is_preferred == ("(unsafe" not in action.title)
    safe = [a for a in actions if isinstance(a, types.CodeAction) and a.is_preferred]
    assert safe
    assert safe[0].edit is not None and safe[0].edit.document_changes is not None
    [change] = safe[0].edit.document_changes  # (for the version it was made on: the client refuses it on another)
    assert isinstance(change, types.TextDocumentEdit) and change.text_document.version == 2
    fixed = apply(edited, [e for e in change.edits if isinstance(e, types.TextEdit)])
    assert fixed != edited
    found = await changed(client, path, fixed, 3)
    path.write_text(fixed)
    assert lsp_diagnostics(found, fixed) == cli_diagnostics(path)


@pytest.mark.asyncio(loop_scope="session")  # (the session's server: lsp_session.shared_server)
async def test_hover_shows_the_rule(client: LanguageClient, tmp_path: Path) -> None:
    path = tmp_path / "launch.js"
    path.write_text(JS)
    found = await opened(client, path, JS)
    wrong_host = next(d for d in found if d.code == "FL302")
    hover = await bounded(client.text_document_hover_async(types.HoverParams(types.TextDocumentIdentifier(path.as_uri()),
                                                                             wrong_host.range.start)), "hover")
    assert hover is not None and isinstance(hover.contents, types.MarkupContent)
    assert "FL302 wrong-host" in hover.contents.value


@pytest.mark.asyncio(loop_scope="session")  # (the session's server: lsp_session.shared_server)
async def test_a_file_outside_any_project(client: LanguageClient, tmp_path: Path) -> None:
    path = tmp_path / "alone" / "launch.js"
    path.parent.mkdir()
    path.write_text(JS)
    found = await opened(client, path, JS)
    assert "FL302" in [d.code for d in found] and "FL200" in [d.code for d in found]  # no contract store: no contract
    assert lsp_diagnostics(found, JS) == cli_diagnostics(path)


class Driven:
    """The server driven directly: an injected clock (the debounce waits on it) and an injected check."""

    def __init__(self, check: Any) -> None:
        from validator.lsp.server import FlowlintServer

        self.tick = asyncio.Event()
        self.texts: dict[str, tuple[str, int]] = {}
        self.published: list[tuple[str, int | None, list[str]]] = []
        self.logged: list[types.LogMessageParams] = []
        outer = self

        async def sleep(seconds: float) -> None:
            await outer.tick.wait()

        class Server(FlowlintServer):
            def text_of(self, uri: str) -> tuple[str, int | None]:
                return outer.texts[uri]

            def publish(self, uri: str, version: int | None, diagnostics: list[types.Diagnostic]) -> None:
                outer.published.append((uri, version, [d.message for d in diagnostics]))

            def window_log_message(self, params: types.LogMessageParams) -> None:
                outer.logged.append(params)

        self.server = Server(sleep=sleep, check=check)
        self.runs: list[asyncio.Future[None]] = []  # each scheduled check, to wait on instead of on time

    def edit(self, uri: str, text: str, version: int, delay: float = 0.3) -> None:
        self.texts[uri] = (text, version)
        self.server.schedule(uri, delay=delay)
        pending = self.server.states[uri].pending
        assert pending is not None
        self.runs.append(pending)

    async def finished(self, run: int) -> None:
        """Once the `run`th scheduled check has ended (published, dropped or cancelled)."""
        with contextlib.suppress(asyncio.CancelledError):
            await bounded(self.runs[run], f"end of check {run}")


def diagnostic_saying(text: str) -> Any:
    from validator.core.diagnostics import Diagnostic, Severity, Span

    return Diagnostic("FL302", "wrong-host", Severity.ERROR, text, "", None, "x.js", Span(1, 1, 1, 2))


async def test_changes_are_debounced_on_the_injected_clock(tmp_path: Path) -> None:
    checked: list[str] = []

    def check(path: str, text: str) -> list[Any]:
        checked.append(text)
        return [diagnostic_saying(text)]

    driven = Driven(check)
    uri = (tmp_path / "x.js").as_uri()
    for version, text in enumerate(["a", "ab", "abc"], start=1):
        driven.edit(uri, text, version)
    await asyncio.sleep(0)
    assert checked == [] and driven.published == []  # reached: scheduled, and waiting on the clock
    driven.tick.set()
    for run in range(3):
        await driven.finished(run)
    assert checked == ["abc"]  # one check, of the latest text
    assert driven.published == [(uri, 3, ["abc"])]


async def test_a_document_runs_one_check_at_a_time_and_never_holds_back_another(tmp_path: Path) -> None:
    """A heavy file edited while its check runs: the edits are checked once, as the latest text, when the running check
    ends (asked to stop, it is dropped whole), and another file's check runs meanwhile. Each overtaken check used to
    hold a thread of asyncio's few to its end: a few edits of a heavy file left no thread for any other file."""
    from validator.core.stop import checkpoint

    release = threading.Event()
    started = threading.Event()
    checked: list[str] = []
    heavy, light = (tmp_path / "heavy.py").as_uri(), (tmp_path / "light.json").as_uri()

    def check(path: str, text: str) -> list[Any]:
        checked.append(text)
        if path.endswith("heavy.py"):
            started.set()
            release.wait(timeout=60)  # (every check of the heavy file is slow until released)
            checkpoint()  # (a real check's next launch: an overtaken one stops there)
        return [diagnostic_saying(text), diagnostic_saying(text + "!")]

    driven = Driven(check)
    driven.tick.set()
    edits = 40  # (more than any default pool's threads: each used to take one, blocked to its end)
    driven.edit(heavy, "heavy 1", 1, delay=0)
    await bounded(asyncio.to_thread(started.wait), "start of the heavy file's check")
    running = getattr(driven.server.states[heavy], "stop", None)
    for version in range(2, edits + 1):
        driven.edit(heavy, f"heavy {version}", version, delay=0)
        await asyncio.sleep(0)  # (each request's debounce ends: each asks for a check)
    driven.edit(light, "light", 1, delay=0)
    await driven.finished(edits)
    assert driven.published == [(light, 1, ["light", "light!"])]  # published while the heavy file's check is blocked
    assert not release.is_set() and checked == ["heavy 1", "light"]  # one check of the heavy file ran, of its first text
    assert running is not None and running.is_set()  # that check was asked to stop
    release.set()
    await driven.finished(edits - 1)
    assert checked == ["heavy 1", "light", f"heavy {edits}"]  # two checks of the heavy file: the first, then the latest
    assert driven.published[1:] == [(heavy, edits, [f"heavy {edits}", f"heavy {edits}!"])]  # whole, and only the latest


def test_a_check_asked_to_stop_stops_between_launches(tmp_path: Path) -> None:
    from validator.core.stop import Overtaken, stoppable
    from validator.lsp.server import check

    path = tmp_path / "launch.js"
    text = JS + JS
    path.write_text(text)
    assert len([d for d in check(str(path), text) if d.code == "FL302"]) == 2  # reached: two launches, each checked
    stop = threading.Event()
    with stoppable(stop):
        assert check(str(path), text)  # not asked: the check runs to its end
        stop.set()
        with pytest.raises(Overtaken):
            check(str(path), text)


@pytest.mark.parametrize(("name", "text", "offered"), [
    # A request file's kind is its suffix, no guess: its unsafe fix (FL106 on a loopback host) is offered as check does.
    ("launch.http", f"POST http://localhost:3000/api/v2/flows/{UUID}/executions\nContent-Type: application/json\n\n"
                    '{"inputData": {"Flow.customerName": "a"}}\n', "unsafe"),
    # A JSON file is a payload only by a guess (what a walk decides, where --fix never applies its unsafe fix): in the
    # editor its user picks the fix on this file, as naming it, so it is offered as `check body.json` offers it, unsafe.
    ("body.json", f'{{"flowId": "{UUID}", "type": "flow"}}\n', "unsafe"),
])
def test_the_editor_offers_the_unsafe_fixes_check_offers(tmp_path: Path, name: str, text: str, offered: str | None) -> None:
    from validator.lsp.server import check

    path = tmp_path / name
    path.write_text(text)
    fixes = [d.fix.applicability.value if d.fix else None for d in check(str(path), text) if d.code in ("FL106", "FL101")]
    assert fixes == [offered], fixes  # reached: the finding was said


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
async def test_a_sibling_tf_file_open_in_the_editor_is_read_as_its_unsaved_text(client: LanguageClient, tmp_path: Path) -> None:
    (tmp_path / ".flowlint.toml").write_text("")
    main, locals_tf = tmp_path / "main.tf", tmp_path / "locals.tf"
    main.write_text(TF_ACTION)
    locals_tf.write_text('locals {\n  launch_path = "/api/v2/flows/executions"\n}\n')
    assert [d[0] for d in cli_diagnostics(main)] == ["FL101"]  # on disk: a launch, with `type`
    unsaved = 'locals {\n  launch_path = "/api/v2/users/me"\n}\n'
    await opened(client, locals_tf, unsaved)
    assert list(await opened(client, main, TF_ACTION)) == []  # the editor's locals.tf: no launch there
    await closed(client, locals_tf.as_uri())
    found = await changed(client, main, TF_ACTION + "\n", 2)
    assert [d.code for d in found] == ["FL101"]  # closed: the file on disk again


async def test_a_check_that_fails_is_said_without_its_text_clears_and_the_next_one_publishes(tmp_path: Path) -> None:
    secret = "Bearer eyJhbGciOiJIUzI1NiJ9.c2VjcmV0.c2lnbmF0dXJl"

    def check(path: str, text: str) -> list[Any]:
        if text == "boom":
            raise ValueError(f"cannot read {secret}")  # (an error's words may quote the text: never passed on)
        return [diagnostic_saying(text)]

    driven = Driven(check)
    driven.tick.set()
    uri = (tmp_path / "x.js").as_uri()
    driven.edit(uri, "boom", 1, delay=0)
    await driven.finished(0)
    assert driven.published == [(uri, 1, [])] and len(driven.logged) == 1, driven.logged  # reached: it ran and failed
    [said] = driven.logged
    assert said.type == types.MessageType.Error and "x.js" in said.message and "ValueError" in said.message
    assert secret not in said.message and "eyJ" not in said.message
    driven.edit(uri, "fine", 2, delay=0)
    await driven.finished(1)
    assert driven.published[1:] == [(uri, 2, ["fine"])]


@pytest.mark.parametrize(("name", "include", "said"), [
    # A JSON drawing (as genesys-cloud-exporter's docs/*.excalidraw, a launch body drawn in it): no walk reads it.
    ("schedule.excalidraw", None, False),
    ("schedule.excalidraw", "*.excalidraw", True),  # unless the project's include globs name it
    ("body.json", "*.json", True),
])
def test_a_file_no_walk_of_its_project_reads_gets_nothing(tmp_path: Path, name: str, include: str | None,
                                                          said: bool) -> None:
    from validator.lsp.server import check

    if include is not None:
        (tmp_path / ".flowlint.toml").write_text(f'include = ["{include}"]\n')
    path = tmp_path / name
    text = f'{{\n  "type": "flow",\n  "flowId": "{UUID}"\n}}\n'
    path.write_text(text)
    found = [d.code for d in check(str(path), text)]
    assert ("FL101" in found) is said and (said or found == []), found


@pytest.mark.parametrize("name", ["launch.js", "body.json"])
def test_a_buffer_over_the_size_limit_is_refused_as_the_file_would_be(tmp_path: Path, name: str) -> None:
    from validator.lsp.server import check

    (tmp_path / ".flowlint.toml").write_text('include = ["*.json"]\nmax-file-size = 2000\n')
    body = f'{{"flowId": "{UUID}", "type": "flow"}}'
    text = (JS if name.endswith(".js") else body + "\n") + " " * 4000  # (past the limit: 2,000 bytes here, 32 MiB unless set)
    path = tmp_path / name
    path.write_text(text)
    assert [d[0] for d in cli_diagnostics(path)] == ["FL005"]  # reached: `flowlint check` refuses the file
    assert [d.code for d in check(str(path), text)] == ["FL005"]
