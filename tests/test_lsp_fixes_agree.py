"""The editor offers exactly the check's fixes: for every rule of the registry, each of its documented bad examples (every
format), the code actions `flowlint lsp` offers on the file open in the editor are the fixes `flowlint check --format
json FILE` gives it (the same message and the same edits), in a project whose `include` names the file and in one
where the file is only guessed to be a launch body (a plain .json or .yaml holding the launch vocabulary).

Before, a guessed body open in the editor was checked as a walk of the tree checks it, where --fix must not apply an
unsafe fix to a file nobody named: its unsafe fixes were help only (`not applied by --fix --unsafe-fixes … name the
file or match it with include`), with no code action, e.g. FL001's `remove the comment` in a .json file. In the editor
the user picks each fix on the file before them, as naming it: the fix is offered, unsafe (never preferred); a safe one
renaming the file's own keys is offered demoted to unsafe (it may be another program's settings), never silently
dropped. A rule added to the registry with a fix is compared here too, with no test to write."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("pygls")
pytest_lsp = pytest.importorskip("pytest_lsp")

from lsp_session import bounded, closed, opened, shared_client, shared_server  # noqa: E402, F401
from lsprotocol import types  # noqa: E402
from pytest_lsp import LanguageClient  # noqa: E402

from validator.core.codes import EXAMPLE_CONTRACT, RULES, UUID_EXAMPLE  # noqa: E402

from conftest import flowlint  # noqa: E402

#: (code, message, applicability, edits as (line, column, end line, end column, text), 1-based, columns in characters)
Offered = tuple[str, str, str, tuple[tuple[int, int, int, int, str], ...]]
UNSAFE_SUFFIX = " (unsafe: read the result)"


def _examples(rule: Any) -> list[tuple[str, str]]:
    docs = rule.docs
    return [(fmt, bad) for fmt, bad, _ in [(docs.example_format, docs.bad, docs.good), *docs.examples]
            if fmt != "shell" and not bad.startswith("(")]


RULES_WITH_EXAMPLES = [rule for rule in RULES.values() if _examples(rule)]


def _project(root: Path, rule: Any, name: str, text: str, *, included: bool) -> Path:
    root.mkdir()
    store = root / "flows"
    store.mkdir()
    (store / f"{UUID_EXAMPLE}.json").write_text(json.dumps({"flowId": UUID_EXAMPLE, "inputSchema": EXAMPLE_CONTRACT}))
    for snapshot in rule.docs.example_snapshots:
        (store / f"{json.loads(snapshot)['flowId']}.json").write_text(snapshot)
    (root / ".flowlint.toml").write_text('contracts = "flows"\n' + (f'include = ["{name}"]\n' if included else ""))
    path = root / name
    path.write_text(text, encoding="utf-8")
    return path


def _check_fixes(path: Path, monkeypatch: pytest.MonkeyPatch) -> list[Offered]:
    """The fixes `flowlint check --format json FILE` offers (the file named, from its project's directory)."""
    with monkeypatch.context() as patch:
        patch.chdir(path.parent)
        result = flowlint("check", "--no-cache", "--format", "json", path.name)
    assert result.exit_code in (0, 1, 3), result.output  # (3: a rule about a broken contract, FL901)
    found: list[Offered] = []
    for d in json.loads(result.stdout)["diagnostics"]:
        fix = d["fix"]
        if fix and fix["applicability"] in ("safe", "unsafe") and fix["edits"]:
            found.append((d["code"], fix["message"], fix["applicability"],
                          tuple((e["line"], e["column"], e["end_line"], e["end_column"], e["content"]) for e in fix["edits"])))
    return sorted(found)


def _column(line: str, units: int) -> int:
    """A 1-based character column from an LSP character offset in UTF-16 code units (the client's encoding)."""
    seen = 0
    for index, char in enumerate(line):
        if seen >= units:
            return index + 1
        seen += 2 if ord(char) > 0xFFFF else 1
    return len(line) + 1


def _action_fixes(actions: list[Any], uri: str, text: str) -> list[Offered]:
    lines = [*text.split("\n"), ""]
    found: list[Offered] = []
    for action in actions:
        assert isinstance(action, types.CodeAction) and action.edit is not None
        if action.title.startswith("Suppress "):
            continue  # (a suppression comment: the editor's own quick fix, no fix of a finding)
        code, _, title = action.title.partition(": ")
        unsafe = title.endswith(UNSAFE_SUFFIX)
        assert action.is_preferred is not unsafe
        if action.edit.document_changes:
            [change] = action.edit.document_changes
            assert isinstance(change, types.TextDocumentEdit) and change.text_document.uri == uri
            edits = [e for e in change.edits if isinstance(e, types.TextEdit)]
        else:
            assert action.edit.changes is not None
            edits = list(action.edit.changes[uri])
        found.append((code, title.removesuffix(UNSAFE_SUFFIX), "unsafe" if unsafe else "safe", tuple(
            (e.range.start.line + 1, _column(lines[e.range.start.line], e.range.start.character), e.range.end.line + 1,
             _column(lines[e.range.end.line], e.range.end.character), e.new_text) for e in edits)))
    return sorted(found)


async def _editor_fixes(client: LanguageClient, path: Path, text: str) -> list[Offered]:
    uri = path.as_uri()
    await opened(client, uri, text)
    actions = await bounded(client.text_document_code_action_async(types.CodeActionParams(
        types.TextDocumentIdentifier(uri), types.Range(types.Position(0, 0), types.Position(text.count("\n") + 1, 0)),
        types.CodeActionContext(diagnostics=[]))), "code actions")
    await closed(client, uri)
    return _action_fixes(list(actions or []), uri, text)


def _agree(checked: list[Offered], editor: list[Offered], *, guessed: bool) -> bool:
    """The editor's actions are the check's fixes: the same message and edits; each as safe or unsafe as the check's,
    or, in a guessed body, a safe one offered unsafe (demoted, never the other way)."""
    if not guessed:
        return editor == checked
    if [(c, m, e) for c, m, _, e in editor] != [(c, m, e) for c, m, _, e in checked]:
        return False
    return all(mine == theirs or (guessed and (mine, theirs) == ("unsafe", "safe"))
               for (_, _, mine, _), (_, _, theirs, _) in zip(editor, checked, strict=True))


@pytest.mark.parametrize("rule", RULES_WITH_EXAMPLES, ids=[rule.code for rule in RULES_WITH_EXAMPLES])
@pytest.mark.asyncio(loop_scope="session")  # (the session's server: lsp_session.shared_server)
async def test_every_rules_fixes_are_the_editors_code_actions(client: LanguageClient, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch, rule: Any) -> None:
    for index, (fmt, bad) in enumerate(_examples(rule)):
        name = f"example.{fmt}"
        for included in (True, False):
            path = _project(tmp_path / f"{index}-{'included' if included else 'guessed'}", rule, name, bad, included=included)
            checked = _check_fixes(path, monkeypatch)
            editor = await _editor_fixes(client, path, bad)
            assert _agree(checked, editor, guessed=not included), (fmt, included, checked, editor)


@pytest.mark.asyncio(loop_scope="session")  # (the session's server: lsp_session.shared_server)
async def test_a_comment_in_a_guessed_json_body_gets_the_check_s_fix_as_an_unsafe_code_action(
        client: LanguageClient, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = f'{{\n  // the flow to launch\n  "flowId": "{UUID_EXAMPLE}"\n}}\n'
    path = _project(tmp_path / "project", RULES["FL001"], "launch.json", text, included=False)
    checked = _check_fixes(path, monkeypatch)
    assert checked == [("FL001", "remove the comment", "unsafe", ((2, 1, 3, 1, ""),))]  # reached: the check's fix
    uri = path.as_uri()
    [said] = [d for d in await opened(client, uri, text) if d.code == "FL001"]
    assert "not applied by --fix" not in said.message  # the editor offers it: no word of --fix withholding it
    await closed(client, uri)
    assert await _editor_fixes(client, path, text) == checked


@pytest.mark.asyncio(loop_scope="session")  # (the session's server: lsp_session.shared_server)
async def test_a_guessed_body_s_rename_of_its_own_key_is_offered_unsafe_saying_why(
        client: LanguageClient, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = f'{{"flowID": "{UUID_EXAMPLE}"}}\n'  # no inputData: perhaps another program's settings
    path = _project(tmp_path / "project", RULES["FL102"], "settings.json", text, included=False)
    checked = _check_fixes(path, monkeypatch)
    assert [(code, applicability) for code, _, applicability, _ in checked] == [("FL102", "safe")]  # named: safe
    uri = path.as_uri()
    [said] = [d for d in await opened(client, uri, text) if d.code == "FL102"]
    assert "unsafe here: a file only guessed to be a launch body may be another program's settings" in said.message
    await closed(client, uri)
    editor = await _editor_fixes(client, path, text)
    assert [(code, applicability) for code, _, applicability, _ in editor] == [("FL102", "unsafe")]
    assert [edits for *_, edits in editor] == [edits for *_, edits in checked]
