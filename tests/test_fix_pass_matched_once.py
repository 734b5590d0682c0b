"""A --fix pass pairs the documents of a file before and after it once (passes._matched): its proof and its check for
a new error each paired them, walking every document's findings twice a pass (the last final read's smell)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from validator.fixer import passes

from conftest import UUID, flowlint


def test_each_pass_pairs_the_documents_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    real = passes._matched

    def counted(*args: Any) -> Any:
        calls.append(1)
        return real(*args)

    monkeypatch.setattr(passes, "_matched", counted)
    path = tmp_path / "launch.js"
    path.write_text("".join(f"fetch('https://api.mypurecloud.com/api/v2/flows/executions', {{method: 'POST', "
                            f"body: JSON.stringify({{flowId: '{UUID}', inputData: {{customerName: 'n{i}'}}}})}});\n"
                            for i in range(2)))
    result = flowlint("check", "--no-cache", "--fix", str(path))
    assert path.read_text().count("Flow.customerName") == 2, result.output  # reached: one pass fixed both launches
    assert len(calls) == 1
