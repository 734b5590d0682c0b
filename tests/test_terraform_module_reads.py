"""The .tf files of a module directory are read once a run, however many of its files name a local another file
declares (each such file used to read every sibling again: reads grew with the square of the directory), and an
editor's unsaved text of a sibling is what is read for it."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from validator.sources import module_texts, terraform

from conftest import flowlint


def action(number: int) -> str:
    """A data action whose body is a local the next file of the module declares, and that file's own local."""
    return f"""\
resource "genesyscloud_integration_action" "launch{number}" {{
  name     = "Launch {number}"
  category = "Genesys Cloud Data Action"
  config_request {{
    request_url_template = "/api/v2/flows/executions"
    request_type         = "POST"
    request_template     = local.body{number + 1}
    headers = {{ "Content-Type" = "application/json" }}
  }}
}}

locals {{
  body{number} = jsonencode({{ type = "workflow", flowId = var.flow_id }})
}}
"""


def module(directory: Path, files: int) -> Path:
    directory.mkdir()
    for number in range(files):
        (directory / f"action{number}.tf").write_text(action(number))
    (directory / f"action{files}.tf").write_text(action(files).replace(f"local.body{files + 1}", f"local.body{files}"))
    return directory


def tf_opens(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The .tf files opened from now on (every read of a file opens it)."""
    opened: list[str] = []
    real = os.open

    def counted(path: Any, *args: Any, **kwargs: Any) -> int:
        if str(path).endswith(".tf"):
            opened.append(str(path))
        return real(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", counted)
    return opened


@pytest.mark.parametrize("files", [10, 40])
def test_each_tf_file_of_a_module_is_read_a_bounded_number_of_times(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                     files: int) -> None:
    directory = module(tmp_path / "module", files)
    monkeypatch.chdir(tmp_path)
    opened = tf_opens(monkeypatch)
    result = flowlint("check", "--no-cache", "--format", "json", "-j", "1", "module")
    found = json.loads(result.stdout)["diagnostics"]
    # reached: every action's body was read where the next file declares it (type is no member of the request)
    assert sorted({f["file"] for f in found if f["code"] == "FL101"}) == sorted(
        os.path.join("module", f"action{n}.tf") for n in range(1, files + 1))
    assert len(opened) <= 3 * (files + 1), f"{len(opened)} opens of {files + 1} files"  # was (files + 1) ** 2 and more
    assert directory.is_dir()


def test_an_edited_sibling_is_read_as_the_editor_holds_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    directory = module(tmp_path / "module", 1)
    monkeypatch.chdir(tmp_path)
    main = str(directory / "action0.tf")
    sibling = str(directory / "action1.tf")
    assert terraform.extract(Path(main).read_text(), main)[0].body_file is not None  # reached: read in action1.tf
    unsaved = Path(sibling).read_text().replace("body1 =", "renamed =")
    module_texts.edited(sibling, unsaved)
    try:
        module_texts.new_run()
        assert terraform.extract(Path(main).read_text(), main)[0].body_file is None  # the buffer declares no body1
    finally:
        module_texts.edited(sibling, None)
    module_texts.new_run()
    assert terraform.extract(Path(main).read_text(), main)[0].body_file is not None  # closed: the file again


def test_a_sibling_rewritten_between_runs_is_read_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    directory = module(tmp_path / "module", 1)
    monkeypatch.chdir(tmp_path)
    main = str(directory / "action0.tf")
    sibling = directory / "action1.tf"
    assert terraform.extract(Path(main).read_text(), main)[0].body_file is not None
    renamed = sibling.with_suffix(".new")
    renamed.write_text(sibling.read_text().replace("body1 =", "other =").replace("local.body1", "local.other"))
    os.replace(renamed, sibling)  # as editors and --fix write: a new inode
    module_texts.new_run()
    assert terraform.extract(Path(main).read_text(), main)[0].body_file is None
