"""A document's prose (Markdown text, an HTML page's elements, a notebook's Markdown cells) is not its code: a relative
request in a code block (`fetch('/api/v2/flows/executions')`) is a launch only when the document's code shows Genesys
Cloud, or the document writes a Genesys Cloud host (or `flowlint serve`) anywhere; a product's name said in prose (`Our
engine is not Genesys Cloud`) is no evidence of where the code sends (/tmp/falsea/left/prose.md)."""

from __future__ import annotations

import json
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


def _notebook(prose: str, code: str) -> str:
    cells = [{"cell_type": "markdown", "metadata": {}, "source": [prose]},
             {"cell_type": "code", "metadata": {}, "execution_count": None, "outputs": [], "source": [code]}]
    return json.dumps({"cells": cells, "metadata": {"language_info": {"name": "python"}}, "nbformat": 4, "nbformat_minor": 5})


PY_POST = "import requests\nrequests.post('/api/v2/flows/executions', json={'workflow': 'etl', 'input': {}})\n"


@pytest.mark.parametrize(("name", "text", "judged"), [
    ("page.html", f"<p>Our engine is not Genesys Cloud.</p>\n<script>\n{FETCH}\n</script>\n", False),
    ("page.html", f"<p>Our engine.</p>\n<script>\nconst api = 'https://api.mypurecloud.com';\n{FETCH}\n</script>\n", True),
    ("run.ipynb", _notebook("Our engine is not Genesys Cloud.", PY_POST), False),
    ("run.ipynb", _notebook("Our engine.", "import PureCloudPlatformClientV2\n" + PY_POST), True),
])
def test_an_html_pages_or_a_notebooks_prose_is_no_evidence_either(tmp_path: Path, name: str, text: str,
                                                                   judged: bool) -> None:
    found = check_file(tmp_path, name, text, "-v", contract_findings=False)
    said = [d["code"] for d in found]
    if judged:
        assert "FL102" in said, found
    else:
        assert said == ["FL011"] and "not read as a launch" in found[0]["message"], found
