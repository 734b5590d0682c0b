"""The shell reader's cap on the words it holds at once (MAX_SHELL_WORDS) holds wherever it runs, not only on a `.sh`
file: a package.json's scripts, a deno.json's tasks, a Makefile's recipes, a Jenkinsfile's `sh` steps, a CI file's
`run:` and `script:` steps, a Markdown document's shell blocks. Past it, across all of a file's shell text, none of
the file is read and an FL011 note says so where it names the endpoint, as for a `.sh` (bounded memory on hostile
input); a file as long whose shell text is short is read (reach item 5)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from validator.sources import curl, extract

from conftest import flowlint

#: The cap these tests hold the readers to: the real one's logic with a small number, so that a file past it is a few
#: thousand words, not half a million (tests/test_shell_word_memory.py holds the real cap's memory).
MAX_SHELL_WORDS = 4_000


@pytest.fixture(autouse=True)
def small_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    for module in (curl, extract):
        monkeypatch.setattr(module, "MAX_SHELL_WORDS", MAX_SHELL_WORDS)

LAUNCH = ("curl -X POST https://api.mypurecloud.com/api/v2/flows/executions -H 'Content-Type: application/json' "
          "-d '{\"flowId\": \"not-a-uuid\"}'")
#: Half the cap's words, twice: each script alone under it, the file's shell text over it.
HALF = "curl -s https://example.com/api/v2/flows/executions " + "a " * (MAX_SHELL_WORDS // 2)


def files(noise: str) -> dict[str, str]:
    return {
        "package.json": json.dumps({"scripts": {"launch": LAUNCH, "one": noise, "two": noise}}),
        "deno.json": json.dumps({"tasks": {"launch": LAUNCH, "one": noise, "two": noise}}),
        "Makefile": f"launch:\n\t{LAUNCH}\none:\n\t{noise}\ntwo:\n\t{noise}\n",
        "Jenkinsfile": (f"pipeline {{\n  agent any\n  stages {{\n    stage('go') {{\n      steps {{\n"
                        f"        sh \"\"\"\n{LAUNCH}\n\"\"\"\n        sh '{noise}'\n        sh '{noise}'\n      }}\n    }}\n  }}\n}}\n"),
        ".github/workflows/go.yml": (f"on: push\njobs:\n  go:\n    runs-on: ubuntu-latest\n    steps:\n"
                                     f"      - run: {LAUNCH}\n      - run: {noise}\n      - run: {noise}\n"),
        ".gitlab-ci.yml": f"go:\n  script:\n    - {LAUNCH}\n    - {noise}\n    - {noise}\n",
        "README.md": f"# Launch\n\n```sh\n{LAUNCH}\n```\n\n```sh\n{noise}\n```\n\n```bash\n{noise}\n```\n",
    }


def found(tmp_path: Path, name: str, text: str) -> list[tuple[str, int, str]]:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    result = flowlint("check", "--no-cache", "--format", "json", str(path))
    return [(d["code"], d["line"], d["message"]) for d in json.loads(result.stdout)["diagnostics"]]


@pytest.mark.parametrize("name", sorted(files("")))
def test_shell_text_past_the_cap_is_said_where_the_file_names_the_endpoint(tmp_path: Path, name: str) -> None:
    text = files(HALF)[name]
    said = found(tmp_path, name, text)
    line = text.count("\n", 0, text.index("flows/executions")) + 1
    assert [(code, at) for code, at, _ in said] == [("FL011", line)], said  # none of it read: not even its launch
    assert f"more than {MAX_SHELL_WORDS:,} words" in said[0][2]


@pytest.mark.parametrize("name", sorted(files("")))
def test_as_long_a_file_of_fewer_shell_words_is_read(tmp_path: Path, name: str) -> None:
    """Words as long as the cap's text (each a thousand characters), and a Markdown document of long prose: read."""
    long_words = "echo " + " ".join(["a" * 1_000] * (MAX_SHELL_WORDS // 1_000))
    assert "FL104" in {code for code, _, _ in found(tmp_path, name, files(long_words)[name])}


def test_a_document_of_long_prose_and_a_short_block_is_read(tmp_path: Path) -> None:
    text = "# Notes\n\n" + "word " * (2 * MAX_SHELL_WORDS) + f"\n\n```sh\n{LAUNCH}\n```\n"
    assert "FL104" in {code for code, _, _ in found(tmp_path, "README.md", text)}
