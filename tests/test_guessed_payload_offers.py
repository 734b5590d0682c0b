"""How a file only guessed to be a launch body (a walked settings.json) offers its fixes, decided in one place for both
of its callers: a check or --fix of a walk (an unsafe fix help only, a safe one renaming the file's own keys withheld,
each saying why), and the editor, where each fix is picked on the file (every fix offered, that safe rename demoted to
unsafe, saying why). Named, the same file's fixes are offered as they are."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from validator.core.diagnostics import Applicability
from validator.run.buffer import check_buffer
from validator.run.runner import OWN_KEYS_UNSAFE, OWN_KEYS_WITHHELD, UNSAFE_WITHHELD

from conftest import UUID2, flowlint

SETTINGS = f'{{\n  "FlowId": "{UUID2}",\n  "type": "flow",\n  "name": "n"\n}}\n'
RENAME, REMOVE = "rename it `flowId` (names are case-sensitive)", "remove `type`"


@pytest.fixture
def settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "settings.json"
    path.write_text(SETTINGS, encoding="utf-8")
    return path


def _offered(*args: str) -> dict[str, tuple[str | None, str]]:
    """Each finding's code: the applicability of the fix the check offers (None: help only), and its help."""
    shown = json.loads(flowlint("check", "--no-cache", "--format", "json", *args).stdout)["diagnostics"]
    return {d["code"]: (d["fix"] and d["fix"]["applicability"], d["help"]) for d in shown if d["code"] != "FL200"}


def test_a_walk_offers_neither_the_unsafe_fix_nor_the_rename_of_the_file_s_own_key(settings: Path) -> None:
    assert _offered(".") == {"FL102": (None, f"{RENAME}; {OWN_KEYS_WITHHELD}"), "FL101": (None, f"{REMOVE}; {UNSAFE_WITHHELD}")}


def test_the_editor_offers_every_fix_the_rename_of_the_file_s_own_key_unsafe(settings: Path) -> None:
    found = {d.code: d for d in check_buffer(str(settings), SETTINGS).diagnostics if d.code != "FL200"}
    assert set(found) == {"FL101", "FL102"}  # reached: the file read as a body
    rename, remove = found["FL102"], found["FL101"]
    assert rename.fix is not None and rename.fix.applicability is Applicability.UNSAFE and rename.fix.edits
    assert rename.help == f"{RENAME}; {OWN_KEYS_UNSAFE}"
    assert remove.fix is not None and remove.fix.applicability is Applicability.UNSAFE and remove.help == REMOVE


def test_the_same_file_named_offers_its_fixes_as_they_are(settings: Path) -> None:
    assert _offered(str(settings)) == {"FL102": ("safe", RENAME), "FL101": ("unsafe", REMOVE)}
