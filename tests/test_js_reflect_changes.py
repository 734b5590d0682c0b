"""A call that changes the object it is given first (`Reflect.deleteProperty(body, 'legacyKey')`, `Reflect.set`,
`Object.defineProperty`) leaves what the body holds after it unknown: no finding about a key it may have removed."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import check_file

URL = "https://api.mypurecloud.com/api/v2/flows/executions"
SEND = (f"fetch('{URL}', {{ method: 'POST', headers: {{ 'Content-Type': 'application/json' }}, "
        "body: JSON.stringify(body) });\n")


@pytest.mark.parametrize("change", [
    "Reflect.deleteProperty(body, 'legacyKey');",
    "Reflect.set(body, 'legacyKey', undefined);",
    "Object.defineProperty(body, 'legacyKey', { enumerable: false });",
    "Object.defineProperties(body, { legacyKey: { enumerable: false } });",
])
def test_a_body_changed_by_reflect_or_define_is_unknown(tmp_path: Path, change: str) -> None:
    text = f"const body = {{ flowId: '3fa85f64-5717-4562-b3fc-2c963f66afa6', legacyKey: 1 }};\n{change}\n{SEND}"
    found = check_file(tmp_path, "a.js", text, "-v", contract_findings=False)
    assert [d["code"] for d in found] == ["FL011"], found  # reached: the launch found, its body unknown


def test_an_unchanged_body_is_still_judged(tmp_path: Path) -> None:
    text = f"const body = {{ flowId: '3fa85f64-5717-4562-b3fc-2c963f66afa6', legacyKey: 1 }};\nReflect.has(body, 'x');\n{SEND}"
    assert "FL102" in [d["code"] for d in check_file(tmp_path, "a.js", text, contract_findings=False)]
