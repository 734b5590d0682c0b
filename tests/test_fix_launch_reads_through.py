"""A fix edits only what the launch sends: a literal a partial holds (the partial called elsewhere too) or a literal
handed to the function that launches (its parameter read by other code there) is not edited; the plain helper is."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import UUID, flowlint

API = "https://api.mypurecloud.com/api/v2/flows/executions"
AUDIT = "https://audit.example.com/events"

PARTIAL_CALLED_ELSEWHERE = f'''import functools, requests
send = functools.partial(requests.post, json={{'flowId': '{UUID}', 'flowVersion': 3.0}})
send('{API}')
send('{AUDIT}')
'''
PARTIAL_ALIASED = f'''import functools, requests
send = functools.partial(requests.post, '{API}', json={{'flowId': '{UUID}', 'flowVersion': 3.0}})
send()
other = send
other(url='{AUDIT}')
'''
PARAMETER_READ_AFTER = f'''import requests


def launch(body):
    r = requests.post("{API}", json=body)
    total = body["flowVersion"] + 1
    return r, total


launch({{"flowId": "{UUID}", "flowVersion": 3.0}})
'''
PARAMETER_AUDITED = f'''import requests


def launch(body):
    requests.post("{AUDIT}", json=body)
    return requests.post("{API}", json=body)


launch({{"flowId": "{UUID}", "flowVersion": 3.0}})
'''
PARAMETER_READ_BY_KEYWORD = f'''import requests


def launch(token, body=None):
    print(body["flowVersion"] + 1)
    return requests.post("{API}", json=body, headers={{"Authorization": token}})


launch("t", body={{"flowId": "{UUID}", "flowVersion": 3.0}})
'''
JS_PARAMETER_AUDITED = f'''async function launch(body) {{
  await fetch('{AUDIT}', {{ method: 'POST', body: JSON.stringify(body) }});
  const headers = {{ 'Content-Type': 'application/json' }};
  return fetch('{API}', {{ method: 'POST', headers, body: JSON.stringify(body) }});
}}
launch({{ flowId: '{UUID}', flowVersion: 3.0 }});
'''


@pytest.mark.parametrize(("name", "text", "line"), [
    ("partial.py", PARTIAL_CALLED_ELSEWHERE, 4), ("alias.py", PARTIAL_ALIASED, 4), ("after.py", PARAMETER_READ_AFTER, 6),
    ("audit.py", PARAMETER_AUDITED, 5), ("keyword.py", PARAMETER_READ_BY_KEYWORD, 5), ("audit.js", JS_PARAMETER_AUDITED, 2)])
def test_a_literal_other_code_reads_through_a_partial_or_parameter_is_not_edited(
        tmp_path: Path, name: str, text: str, line: int) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    checked = flowlint("check", "--no-cache", str(path))
    assert " FL105 " in checked.output, checked.output  # the finding is reported (the fix is only withheld)
    assert f"is also read on line {line}" in checked.output and "fix: quote it" not in checked.output, checked.output
    result = flowlint("check", "--no-cache", "--fix", str(path))
    assert result.exit_code == 1, result.output
    assert path.read_text(encoding="utf-8") == text  # what the other code reads stays byte-identical


@pytest.mark.parametrize(("name", "text"), [
    ("helper.py", f'''import requests


def launch(body):
    return requests.post("{API}", json=body)


launch({{"flowId": "{UUID}", "flowVersion": 3.0}})
'''),
    ("helper.js", f'''const headers = {{ 'Content-Type': 'application/json' }};
const launch = (body) => fetch('{API}', {{ method: 'POST', headers, body: JSON.stringify(body) }});
launch({{ flowId: '{UUID}', flowVersion: 3.0 }});
'''),
    ("partial.py", f'''import functools, requests
send = functools.partial(requests.post, json={{'flowId': '{UUID}', 'flowVersion': 3.0}})
send('{API}')
'''),
])
def test_a_literal_only_the_launch_reads_is_fixed(tmp_path: Path, name: str, text: str) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    flowlint("check", "--no-cache", "--fix", str(path))
    assert path.read_text(encoding="utf-8") != text
    assert "3.0" in path.read_text(encoding="utf-8") and "flowVersion': 3.0" not in path.read_text(encoding="utf-8")
    assert "flowVersion\": 3.0" not in path.read_text(encoding="utf-8") and "flowVersion: 3.0" not in path.read_text(encoding="utf-8")
