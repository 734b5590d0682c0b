"""A Markdown document's prose is not its code: a relative request in a code block (`fetch('/api/v2/flows/executions')`)
is a launch only when the document's code shows Genesys Cloud, or the document writes a Genesys Cloud host (or `flowlint
serve`) anywhere; a product's name said in prose (`Our engine is not Genesys Cloud`) is no evidence of where the code
sends (/tmp/falsea/left/prose.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import check_file

FETCH = ("fetch('/api/v2/flows/executions', { method: 'POST', headers: {'Content-Type': 'application/json'}, "
         "body: JSON.stringify({ workflow: 'etl', input: {} }) });")


@pytest.mark.parametrize(("prose", "code", "judged"), [
    ("Our engine is not Genesys Cloud; it only borrows the path.", FETCH, False),
    ("Launch a Genesys Cloud workflow:", FETCH, False),
    ("Launch it on https://api.mypurecloud.com:", FETCH, True),
    ("Point it at `flowlint serve`:", FETCH, True),
    ("Our engine:", "// not Genesys Cloud\n" + FETCH, False),
    ("Our engine:", "const platformClient = require('purecloud-platform-client-v2');\n" + FETCH, True),
])
def test_only_a_documents_code_or_a_host_it_writes_shows_genesys(tmp_path: Path, prose: str, code: str, judged: bool) -> None:
    text = f"{prose}\n\n```js\n{code}\n```\n"
    found = check_file(tmp_path, "doc.md", text, "-v", contract_findings=False)
    said = [d["code"] for d in found]
    if judged:
        assert "FL102" in said, found
    else:
        assert said == ["FL011"] and "not read as a launch" in found[0]["message"], found
