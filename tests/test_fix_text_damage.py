"""--fix changes only the text its fixes are about (reviewer B item 11): blanks ending a line another member is on stay,
and an unused suppression goes without leaving comment debris."""

from __future__ import annotations

from pathlib import Path

from conftest import codes, diagnostics, flowlint

UUID = "00000000-0000-4000-8000-000000000000"  # a flow no contract describes


def test_the_inputs_move_keeps_the_blanks_ending_the_line_before(tmp_path: Path) -> None:
    body = tmp_path / "t1.json"
    body.write_bytes(f'{{\n\t"flowId": "{UUID}",\t\n\t"inputs": {{"x": 1}}  \n}}\n'.encode())
    result = flowlint("check", "--no-cache", "--fix", "--unsafe-fixes", str(body))
    assert "fixed 1 finding" in result.stdout, result.stdout
    assert body.read_bytes() == f'{{\n\t"flowId": "{UUID}",\t\n\t"inputData": {{"Flow.x": 1}}\n}}\n'.encode()
    assert "FL101" not in codes(diagnostics("--no-cache", str(body)))

