"""Shell launches as people write them: a here-document in a CI step's block scalar (YAML takes the block's indentation
off before bash looks for the closing delimiter), ..."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import check_file

FLOW = "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90"
URL = "https://api.mypurecloud.ie/api/v2/flows/executions"


def found(tmp_path: Path, name: str, text: str, *extra: str) -> list[tuple[str, int, int]]:
    """(code, line, column) of each finding but the contract notes (FL2xx) of `text` checked as `name`."""
    return [(d["code"], d["line"], d["column"]) for d in _diagnostics(tmp_path, name, text, *extra)]


def _diagnostics(tmp_path: Path, name: str, text: str, *extra: str) -> list[dict[str, Any]]:
    (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
    return check_file(tmp_path, name, text, *extra, contract_findings=False)


def where(text: str, part: str) -> tuple[int, int]:
    """The line and column of the first `part` in `text`."""
    before = text[:text.index(part)]
    return before.count("\n") + 1, len(before) - (before.rfind("\n") + 1) + 1


# --- a here-document in a CI step's block scalar ----------------------------------------------------------------------

#: Each CI service's step holding a script as a literal block scalar, its lines indented by `{pad}` under the key.
STEPS = {
    ".github/workflows/launch.yml": "on: push\njobs:\n  launch:\n    runs-on: ubuntu-latest\n    steps:\n"
                                    "      - name: Launch\n        run: |\n{script}",
    ".gitlab-ci.yml": "launch:\n  script:\n    - |\n{script}",
    "azure-pipelines.yml": "steps:\n  - bash: |\n{script}",
    ".circleci/config.yml": "version: 2.1\njobs:\n  launch:\n    docker:\n      - image: cimg/base:current\n    steps:\n"
                            "      - run:\n          name: Launch\n          command: |\n{script}",
}
#: The script's indentation under each key (the block's: YAML takes it off each line).
PADS = {".github/workflows/launch.yml": 10, ".gitlab-ci.yml": 6, "azure-pipelines.yml": 6, ".circleci/config.yml": 12}
#: Here-documents as written: the opening (`{body}` the JSON's lines, `\t` a tab after the block's indentation).
DOCUMENTS = [
    "--data @- <<JSON\n{body}\nJSON",
    "--data @- <<'JSON'\n{body}\nJSON",
    '-d @- <<"EOF"\n{body}\nEOF',
    "--data @- <<-JSON\n\t{body}\n\tJSON",
]
WRONG = '{"flowId": "%s",\n  "inputs": {"runId": "1"}}' % FLOW  # FL101 at `"inputs"`


@pytest.mark.parametrize("name", sorted(STEPS))
@pytest.mark.parametrize("document", DOCUMENTS)
def test_a_here_document_in_a_ci_block_ends_at_its_delimiter(tmp_path: Path, name: str, document: str) -> None:
    tab = "\t" if "<<-" in document else ""
    body = WRONG.replace("\n", "\n" + tab)
    script = (f'curl -sS -X POST "{URL}" \\\n  -H "Authorization: Bearer $TOKEN" \\\n  -H "Content-Type: application/json" \\\n'
              f"  {document.format(body=body)}\necho done\n")
    pad = " " * PADS[name]
    text = STEPS[name].format(script="".join(pad + line if line.strip() else line for line in script.splitlines(True)))
    # Before, the closing delimiter was looked for with the block's indentation still on it: never found, the rest of
    # the script was the here-document (FL001 "more than one JSON value" there, the wrong member unseen).
    assert found(tmp_path, name, text) == [("FL101", *where(text, '"inputs"'))]
    assert found(tmp_path, name, text.replace('"inputs"', '"inputData"').replace('"runId"', '"Flow.runId"')) == []
