"""`curl -d "$(cat <<EOF … EOF)"`: the body is the here-document `cat` writes, read where it is written (a launch's
mistakes in it were not seen: the body was an unknown value)."""

from __future__ import annotations

from pathlib import Path

from validator.core.unknown import Unknown
from validator.sources import curl

from conftest import UUID, diagnostics

API = "https://api.mypurecloud.com/api/v2/flows/executions"


def _script(body: str, delimiter: str = "EOF") -> str:
    return (f'curl -sS -X POST "{API}" -H "Authorization: Bearer $TOKEN" -H "Content-Type: application/json" \\\n'
            f'  -d "$(cat <<{delimiter}\n{body}\n{delimiter.strip(chr(39))}\n)"\n')


def test_a_wrong_envelope_in_a_substituted_here_document_is_found_where_it_is_written(tmp_path: Path) -> None:
    text = _script(f'{{"flowId": "{UUID}", "configuration": {{"Flow.customerName": "$NAME"}}}}')
    (launch,) = curl.extract(text)
    assert launch.body["flowId"] == UUID and "configuration" in launch.body  # read, not unknown
    path = tmp_path / "launch.sh"
    path.write_text(text)
    (found,) = diagnostics("--no-cache", str(path))
    assert found["code"] == "FL101"
    line = text.splitlines()[found["line"] - 1]
    assert line[found["column"] - 1:].startswith('"configuration"')


def test_a_correct_launch_in_a_substituted_here_document_is_clean(tmp_path: Path) -> None:
    text = _script(f'{{\n  "flowId": "{UUID}",\n  "inputData": {{"Flow.customerName": "$NAME", "Flow.orderCount": $COUNT}}\n}}')
    (launch,) = curl.extract(text)
    assert isinstance(launch.body["inputData"]["Flow.orderCount"], Unknown)  # `$COUNT` expands: unknown, not judged
    path = tmp_path / "launch.sh"
    path.write_text(text)
    assert diagnostics("--no-cache", str(path)) == []


def test_a_quoted_delimiter_keeps_the_text_as_written() -> None:
    (launch,) = curl.extract(_script(f'{{"flowId": "{UUID}", "inputData": {{"Flow.customerName": "$NAME"}}}}', "'EOF'"))
    assert launch.body["inputData"]["Flow.customerName"] == "$NAME"


def test_another_command_substitution_stays_unknown() -> None:
    (launch,) = curl.extract(f'curl -X POST "{API}" -H "Content-Type: application/json" -d "$(jq -n \'{{a: 1}}\')"\n')
    assert isinstance(launch.body, Unknown)
