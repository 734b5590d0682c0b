"""A Python module's top-level names are its exports: another binding there that holds a launch's object (and is not
itself sent by a launch) is read by whoever imports the module, so the object is not edited for the launch's sake —
as a JavaScript `export` is not. The launch's own chain of names at the top level is still fixed."""

from __future__ import annotations

from pathlib import Path

from conftest import UUID, flowlint

API = "https://api.mypurecloud.com/api/v2/flows/executions"

HELD_BY_ANOTHER = f'''import requests

inputs = {{"customerName": "Ana"}}
audit = {{"fields": inputs}}
requests.post("{API}", json={{"flowId": "{UUID}", "inputData": inputs}})
'''

LAUNCH_CHAIN = f'''import requests

inputs = {{"customerName": "Ana"}}
body = {{"flowId": "{UUID}", "inputData": inputs}}
requests.post("{API}", json=body)
'''


def test_an_object_another_top_level_name_holds_is_not_edited(tmp_path: Path) -> None:
    path = tmp_path / "module.py"
    path.write_text(HELD_BY_ANOTHER, encoding="utf-8")
    checked = flowlint("check", "--no-cache", str(path))
    assert " FL203 " in checked.output, checked.output  # the finding is still there
    assert "help: rename it" in checked.output and "fix: rename it" not in checked.output, checked.output
    flowlint("check", "--no-cache", "--fix", "--unsafe-fixes", str(path))
    assert path.read_text(encoding="utf-8") == HELD_BY_ANOTHER  # what `audit` holds stays as written


def test_the_same_in_a_function_is_fixed(tmp_path: Path) -> None:
    """A function's local that nothing reads is gone when the function returns: the edit changes nothing else."""
    text = "def launch():\n" + "".join(f"    {line}\n" for line in HELD_BY_ANOTHER.splitlines()[2:])
    text = "import requests\n\n\n" + text
    path = tmp_path / "local.py"
    path.write_text(text, encoding="utf-8")
    flowlint("check", "--no-cache", "--fix", str(path))
    assert path.read_text(encoding="utf-8") == text.replace('"customerName"', '"Flow.customerName"')


def test_the_launchs_own_top_level_names_are_fixed(tmp_path: Path) -> None:
    path = tmp_path / "chain.py"
    path.write_text(LAUNCH_CHAIN, encoding="utf-8")
    flowlint("check", "--no-cache", "--fix", str(path))
    assert path.read_text(encoding="utf-8") == LAUNCH_CHAIN.replace('"customerName"', '"Flow.customerName"')
