"""The Genesys Cloud CLI's launch in a documentation block flowlint does not read as a shell (a `powershell` block)
gets an FL011 that says so, not that flowlint reads no CLI launch: it reads them in shell scripts and sh/bash blocks."""

from __future__ import annotations

from pathlib import Path

from conftest import diagnostics

README = """# Nightly

```sh
gc flows executions create --file bodies/nightly.json
```

```powershell
gc flows executions create -f .\\bodies\\nightly.json
```
"""


def test_a_powershell_blocks_cli_launch_says_why_it_was_not_read(tmp_path: Path) -> None:
    (tmp_path / "bodies").mkdir()
    (tmp_path / "bodies" / "nightly.json").write_text('{"flowId": "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90"}\n')
    (tmp_path / "README.md").write_text(README)
    notes = [d for d in diagnostics("--no-cache", str(tmp_path)) if d["code"] == "FL011"]
    assert [note["line"] for note in notes] == [8], notes  # reached: the sh block's launch read, the other noted
    assert "in a `powershell` block, which flowlint does not read as a shell" in notes[0]["message"], notes
    assert "which flowlint does not read:" not in notes[0]["message"]
