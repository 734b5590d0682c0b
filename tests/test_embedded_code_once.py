"""The scripts a Makefile, a Dockerfile or a Jenkinsfile runs are found once for its suppressions: the comments in
them (comments.suppressions) and the bodies written over their lines (checker/suppress.py's holders) each found them
again, the whole file's scripts split anew (the last final read's smell)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from validator.sources import embedded_shell

from conftest import check_file

LAUNCH = ("curl -X POST https://api.mypurecloud.com/api/v2/flows/executions -H 'Content-Type: application/json' "
          "-d '{\"flowId\": \"8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90\", \"inputs\": {\"Flow.x\": 1}}'")
FILES = {
    "Makefile": f"launch:\n\t# flowlint: ignore[FL101]\n\t{LAUNCH}\n",
    "Dockerfile": f"FROM alpine\n# flowlint: ignore[FL101]\nRUN {LAUNCH}\n",
}


@pytest.mark.parametrize("name", sorted(FILES))
def test_a_files_scripts_are_found_once_for_its_suppressions(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                             name: str) -> None:
    real = embedded_shell.scripts
    for_suppressions: list[str] = []

    def counted(kind: str, text: str) -> Any:
        if sys._getframe(1).f_globals["__name__"] == "validator.sources.comments":
            for_suppressions.append(kind)
        return real(kind, text)

    monkeypatch.setattr(embedded_shell, "scripts", counted)
    assert check_file(tmp_path, name, FILES[name], contract_findings=False) == []  # FL101 suppressed: reached
    (tmp_path / "other").mkdir()
    unsuppressed = FILES[name].replace("# flowlint: ignore[FL101]", "# launch it")
    assert "FL101" in {d["code"] for d in check_file(tmp_path, f"other/{name}", unsuppressed, contract_findings=False)}
    assert len(for_suppressions) == 1, for_suppressions
