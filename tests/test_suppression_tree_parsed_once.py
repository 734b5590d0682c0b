"""A code file's suppression comments are found in the syntax tree its reader parsed (code.parsed keeps it), not in a
second parse of the file; each mention of the directive is looked up by a byte offset found in one encoding of the
text, where each was found by encoding the text before it (a file of many comments, each quadratic in the file)."""

from __future__ import annotations

from typing import Any

import pytest

from validator.sources import code

from conftest import UUID, check_text, codes

LAUNCH = f'''const résumé = "é";
const r = await fetch("https://api.mypurecloud.com/api/v2/flows/executions", {{
  method: "POST", headers: {{ "Content-Type": "application/json" }},
  // flowlint: ignore[FL202]
  body: JSON.stringify({{ flowId: "{UUID}", inputData: {{ "Flow.customerName": "x", "Flow.typo": 1 }} }}),
}});
'''


def test_the_files_tree_is_parsed_once_for_its_launches_and_its_suppressions(monkeypatch: pytest.MonkeyPatch) -> None:
    parsed: list[int] = []
    real = code.budgeted_parse

    def counted(parser: Any, data: bytes, *args: Any, **kwargs: Any) -> Any:
        parsed.append(len(data))
        return real(parser, data, *args, **kwargs)

    monkeypatch.setattr(code, "budgeted_parse", counted)
    unsuppressed = LAUNCH.replace("  // flowlint: ignore[FL202]\n", "")
    assert codes(check_text(unsuppressed, "launch.js")) == ["FL202"]  # reached: the finding the comment suppresses
    parsed.clear()
    assert codes(check_text(LAUNCH, "launch.js")) == []
    assert parsed.count(len(LAUNCH.encode())) == 1, parsed
