"""A documentation block that writes only an HTTP request line (and headers) sketches the endpoint: it is noted
(FL011), never judged as a launch that sends no body (FL103). A request sent from a .http file, a runnable curl
command and a documented request that writes a body are judged as before."""

from __future__ import annotations

from pathlib import Path

from conftest import UUID2, diagnostics

URL = "https://api.mypurecloud.com/api/v2/flows/executions"
SKETCHES = {
    "indented.md": f"# Launching\n\nThe endpoint:\n\n    POST {URL}\n\nThen the body.\n",
    "untagged.md": f"# Launching\n\n```\nPOST {URL}\n```\n",
    "http.md": "# API\n\n```http\nPOST /api/v2/flows/executions\n```\n",
    "headers.md": "# API\n\n```\nPOST /api/v2/flows/executions HTTP/1.1\nHost: api.mypurecloud.com\nAuthorization: Bearer x\n```\n",
    "guide.rst": f"Launch\n======\n\n.. code-block:: http\n\n   POST {URL}\n   Content-Type: application/json\n",
}


def codes(path: Path) -> list[tuple[str, int, str]]:
    return [(d["code"], d["line"], d["message"]) for d in diagnostics("--no-cache", str(path))]


def test_a_request_line_without_a_body_in_documentation_is_a_sketch(tmp_path: Path) -> None:
    for name, text in SKETCHES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        found = codes(tmp_path / name)
        line = next(number for number, written in enumerate(text.splitlines(), 1) if "flows/executions" in written)
        assert [(code, at) for code, at, _ in found] == [("FL011", line)], (name, found)
        assert "sketch of the endpoint" in found[0][2], (name, found)


def test_a_sketch_beside_a_launch_read_is_noted_once(tmp_path: Path) -> None:
    text = (f"# API\n\n```http\nPOST {URL}\n```\n\n```bash\ncurl -X POST {URL} -H 'Content-Type: application/json' "
            f"-d '{{\"flowId\": \"{UUID2}\", \"type\": \"flow\"}}'\n```\n")
    (tmp_path / "both.md").write_text(text, encoding="utf-8")
    found = codes(tmp_path / "both.md")
    assert ("FL101", 8) in [(code, at) for code, at, _ in found]  # the curl command was read and judged
    assert [(code, at) for code, at, message in found if code in ("FL011", "FL103")] == [("FL011", 4)]


def test_requests_that_are_sent_or_write_a_body_are_judged(tmp_path: Path) -> None:
    sent = tmp_path / "launch.http"
    sent.write_text(f"POST {URL}\nContent-Type: application/json\n", encoding="utf-8")
    assert "FL103" in [code for code, _, _ in codes(sent)]  # a .http file's request is sent
    curl = tmp_path / "curl.md"
    curl.write_text(f"```bash\ncurl -X POST {URL} -H 'Content-Type: application/json'\n```\n", encoding="utf-8")
    assert "FL103" in [code for code, _, _ in codes(curl)]  # a runnable command missing its body
    body = tmp_path / "body.md"
    body.write_text(f"```http\nPOST {URL}\nContent-Type: application/json\n\n{{\"flowId\": \"{UUID2}\", \"type\": \"flow\"}}\n```\n",
                    encoding="utf-8")
    assert "FL101" in [code for code, _, _ in codes(body)]  # a documented request with a body is judged


def test_unread_list_item_blocks_are_noted(tmp_path: Path) -> None:
    marker = "# Steps\n\n- ```java\n  client.post(\"https://api.mypurecloud.com/api/v2/flows/executions\", body);\n  ```\n"
    indented = ("# Steps\n\n1. Send it:\n\n        client.post(\"https://api.mypurecloud.com/api/v2/flows/executions\", "
                "body);\n\n2. Done.\n")
    for name, text in {"marker.md": marker, "indented.md": indented}.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        assert [(code, at) for code, at, _ in codes(tmp_path / name)] == [("FL011", 4 if name == "marker.md" else 5)], name


PROSE_AND_BODY = f"""# Starting the workflow

POST the following body to `{URL}`:

```json
{{
  "flowId": "{UUID2}",
  "inputs": {{"orderId": "1042"}}
}}
```

The service answers with the execution's ID:

```json
{{"id": "7f1e", "name": "order 1042"}}
```
"""


def test_a_launch_body_in_a_document_that_names_the_endpoint_only_in_prose_is_noted(tmp_path: Path) -> None:
    # Not read as a launch (the block writes no request: it may be another service's body that names a flowId), but
    # not silent either: the note is at the body's flowId, and a block with no flowId says nothing.
    (tmp_path / "guide.md").write_text(PROSE_AND_BODY, encoding="utf-8")
    found = codes(tmp_path / "guide.md")
    assert [(code, at) for code, at, _ in found] == [("FL011", 7)], found
    assert "no request line" in found[0][2], found
    # A document that never names the endpoint: its JSON blocks are no concern of flowlint's.
    unnamed = PROSE_AND_BODY.replace(f"`{URL}`", "our service")
    (tmp_path / "other.md").write_text(unnamed, encoding="utf-8")
    assert codes(tmp_path / "other.md") == []
