"""A literal given to a variable that is then sent as a bearer or basic credential is masked wherever it is shown,
whatever the variable is named; a variable never so sent is not (a bare `token` is no secret word)."""

from __future__ import annotations

from pathlib import Path

import pytest

from validator.core.credentials import credential_literals

from conftest import flowlint

URL = "https://api.mypurecloud.com/api/v2/flows/executions"
BODY = '{"flowID": "9f5b7c1e-1234-4a5b-9c8d-0123456789ab", "inputData": {}}'
FILES = {
    "a.sh": f'TOKEN="abcS3cretValue1"\ncurl -X POST "{URL}" -H "Authorization: Bearer $TOKEN" -d \'{BODY}\'\n',
    "c.js": f"const t = 'abcS3cretValue3';\nfetch('{URL}', {{method: 'POST', headers: {{Authorization: `Bearer ${{t}}`}},\n"
            "  body: JSON.stringify({flowID: '9f5b7c1e-1234-4a5b-9c8d-0123456789ab', inputData: {}})});\n",
    "d.py": f'import requests\nt = "abcS3cretValue4"\nrequests.post("{URL}", headers={{"Authorization": f"Bearer {{t}}"}},\n'
            f"              json={BODY})\n",
}


def test_a_sent_variables_literal_is_masked_in_diff_context(tmp_path: Path) -> None:
    for name, text in FILES.items():
        (tmp_path / name).write_text(text)
    diff = flowlint("check", "--no-cache", "--no-color", "--diff", "--unsafe-fixes", str(tmp_path)).stdout
    for name in FILES:
        assert f"+++ {tmp_path / name}" in diff, diff  # reached: each file's diff, its first lines as context
    assert "+" in diff and "flowId" in diff
    assert "S3cretValue" not in diff and "*" * 15 in diff, diff


@pytest.mark.parametrize(("text", "secret"), [
    ('TOKEN="abcdef123456"\ncurl -H "Authorization: Bearer $TOKEN" x\n', "abcdef123456"),
    ("export TOKEN=abcdef123456\ncurl -H 'Authorization: Bearer ${TOKEN}' x\n", "abcdef123456"),
    ("@token = abcdef123456\nPOST x\nAuthorization: Bearer {{token}}\n", "abcdef123456"),
    ("const t = 'abcdef123456';\nfetch(u, {headers: {Authorization: `Bearer ${t}`}})\n", "abcdef123456"),
    ('t = "abcdef123456"\nrequests.post(u, headers={"Authorization": f"Bearer {t}"})\n', "abcdef123456"),
    ('var t = "abcdef123456";\nh = "Basic " + t;\n', "abcdef123456"),
])
def test_each_way_of_sending_a_variable_is_found(text: str, secret: str) -> None:
    assert [text[start:end] for start, end in credential_literals(text)] == [secret]


@pytest.mark.parametrize("text", ['value = "abcdef123456"\nprint(value)\n',
                                  'TOKEN=$(get-token)\ncurl -H "Authorization: Bearer $TOKEN"\n',
                                  'other = "abcdef123456"\nh = "Bearer " + t\n', 't = "${T}"\nh = f"Bearer {t}"\n'])
def test_no_variable_not_sent_nor_any_hole_is_taken(text: str) -> None:
    assert credential_literals(text) == []
