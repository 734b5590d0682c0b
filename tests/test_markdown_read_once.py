"""A Markdown file's code blocks are found once a read: the launches read in them and the mentions of the endpoint
outside those launches (FL011) are judged from the same list, not from a second markdown-it parse of the document."""

from __future__ import annotations

from typing import Any

import pytest

from validator.core.codes import UNREAD_LAUNCH
from validator.sources import blocks
from validator.sources.extract import load_launches

DOCUMENT = """\
# Launching the flow

```bash
curl -X POST https://api.mypurecloud.com/api/v2/flows/executions \\
  -H 'Content-Type: application/json' \\
  -d '{"flowId": "3f1c2b9a-6d5e-4f70-8a91-b2c3d4e5f607"}'
```

And the endpoint again, in a block no reader reads:

```
see /api/v2/flows/executions for the launch
```
"""


def test_a_document_with_a_launch_and_a_mention_beside_it_is_parsed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    parsed: list[str] = []
    markdown_code = blocks.markdown_code

    def counting(text: str) -> Any:
        parsed.append(text)
        return markdown_code(text)

    monkeypatch.setattr(blocks, "markdown_code", counting)
    documents = load_launches("markdown", DOCUMENT.encode(), "README.md")
    launches = [document for document in documents if getattr(document, "request", None) is not None]
    assert len(launches) == 1
    unread = [finding for document in documents for finding in document.findings if finding.code == UNREAD_LAUNCH]
    assert unread and unread[0].span is not None and unread[0].span.line == 12, unread
    assert parsed == [DOCUMENT]
