"""A YAML file of many launches (an Artillery script's steps) whose fixes are rendered costs time and memory linear
in its size: one parse of the file and one of each body, not parses of the whole file per fix (every launch's editor
shares the file's bodies, edits.yaml_editor.BodiesBelow, which edit a body on its own lines and give the very text the
whole file's editor gives); one edited text kept, not one per launch; a render budget that is the file's. Counted,
never timed."""

from __future__ import annotations

from pathlib import Path

import pytest

FLOW = "5d0c8a3e-2b1f-4e6a-9c7d-8e1f2a3b4c5d"  # no contract in the repository's store: only the envelope is judged
STEPS = 12


def _script(steps: int) -> str:
    """An Artillery script of `steps` launches, each with `inputs` for `inputData` (a fix of two operations)."""
    flow = "".join(f"      - post:\n          url: /api/v2/flows/executions\n"
                   f"          json: {{flowId: '{FLOW}', inputs: {{a: {i}}}}}\n" for i in range(steps))
    return f"config:\n  target: https://api.mypurecloud.com\nscenarios:\n  - flow:\n{flow}"


@pytest.fixture(autouse=True)
def _in_tmp_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def test_a_files_launch_editors_keep_one_edited_text_not_one_each(tmp_path: Path) -> None:
    from validator.checker.engine import LaunchProofs, check_document
    from validator.checker.loader import load_documents
    from validator.checker.options import CheckOptions

    text = _script(STEPS)
    documents = load_documents(text.encode(), str(tmp_path / "load.yml"))
    launches = [d for d in documents if d.editor is not None]
    assert len(launches) == STEPS
    found = [d for document in launches for d in check_document(document, CheckOptions(), LaunchProofs())]
    assert sum(1 for d in found if d.fix is not None and d.fix.edits) == STEPS  # reached: each fix rendered
    kept = {id(value) for document in launches for holder in (vars(document.editor), vars(document.editor.extractions))
            for held in holder.values() for value in (held if isinstance(held, tuple) else (held,))
            if isinstance(value, str) and value != text and len(value) > len(text) // 2}
    assert len(kept) <= 1  # the last edit's text, for its fix's next operation: not the last edit of every launch
