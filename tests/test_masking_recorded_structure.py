"""A recording's excerpts mask the values a request carried, not how it was made: an unrelated entry's method, a
header's name and a body's MIME type stay readable."""

from __future__ import annotations

from pathlib import Path

from conftest import flowlint

TOKEN = "abcdefghijklmnop1234"
HAR = """{"log": {"version": "1.2", "entries": [
  {"request": {"method": "GET", "url": "https://api.mypurecloud.com/api/v2/users/me", "headers": [{"name": "X-Trace", "value": "%s"}]}},
  {"request": {"method": "POST", "url": "https://api.mypurecloud.com/api/v2/flows/executions",
   "headers": [{"name": "Authorization", "value": "Bearer %s"}],
   "postData": {"mimeType": "application/json", "text": "{\\"flowId\\": \\"9f5b7c1e-1234-4a5b-9c8d-0123456789ab\\", \\"inputdata\\": {}}"}}}
]}}
""" % (TOKEN, TOKEN)


def test_an_unrelated_entrys_method_is_shown_and_its_values_masked(tmp_path: Path) -> None:
    (tmp_path / "rec.har").write_text(HAR)
    diff = flowlint("check", "--no-cache", "--no-color", "--diff", str(tmp_path / "rec.har")).stdout
    assert '+   "postData"' in diff and "inputData" in diff, diff  # reached: the diff's context shows the GET entry
    get = next(line for line in diff.splitlines() if "users/me" in line or '"method": "GET"' in line)
    assert '"method": "GET"' in get and '"name": "X-Trace"' in get, diff
    assert '"mimeType": "application/json"' in diff
    assert TOKEN not in diff and "users/me" in get  # the other entry's URL is shown, its header's value masked
    text = flowlint("check", "--no-cache", "--no-color", str(tmp_path / "rec.har")).stdout
    assert "FL102" in text and '"mimeType": "application/json"' in text, text
    assert TOKEN not in text
