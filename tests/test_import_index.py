"""The importer index's note of a file (sources/import_index.py): every word an import names a module by is among its
words (more is harmless: a file read again for nothing; fewer is a launch not read)."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from validator.sources.import_index import ImportIndex, import_text, import_words

PYTHON = (b"from app.genesys import (\n    LAUNCH_URL,\n    helper,\n)\nimport pkg.settings as s\nfrom . import urls\n"
          b"from m import a, \\\n    viaslash\n\n\ndef f():\n    from .later import X\nx = 1; from after.semi import Y\n"
          b"import os;import semi2\n")
JS = (b"import { LAUNCH_URL } from './lib/genesys';\nimport cfg from \"../config/index.js\";\n"
      b"export * from '@/shared/endpoints';\nconst { URL } = require('./legacy-urls');\n")


@pytest.mark.parametrize(("kind", "data", "words"), [
    ("python", PYTHON, {"app", "genesys", "pkg", "settings", "urls", "m", "viaslash", "later", "helper", "after", "semi",
                        "semi2"}),
    ("typescript", JS, {"lib", "genesys", "config", "shared", "endpoints", "legacy-urls"}),
    ("javascript", JS, {"genesys", "endpoints", "legacy-urls"}),
])
def test_every_module_an_import_names_is_a_word_of_the_note(kind: str, data: bytes, words: set[str]) -> None:
    noted = {word.decode() for word in import_words(import_text(kind, data))}
    assert words <= noted, words - noted


def test_a_file_with_no_import_or_of_another_kind_is_not_noted() -> None:
    index = ImportIndex()
    index.note("a.py", "python", b"x = 1\n")
    index.note("b.http", "http", b"POST /api/v2/flows/executions\n")
    index.note("c.ts", "typescript", JS)
    assert list(index.texts) == ["c.ts"]
    assert index.naming({b"genesys"}) == {"c.ts"} and index.naming({b"genesy"}) == set()  # (a whole word only)


def _plain_note(kind: str, data: bytes) -> bytes:
    """The note as each pattern searched over the whole file, greedily, makes it: what import_text's searches from
    each keyword's first place, possessive, must give byte for byte."""
    if kind == "python":
        found = re.findall(rb"from[ \t]+([\w.]+)", data) + re.findall(
            rb"import[ \t]+(\([^)]{0,4000}\)|[^\n\\]*(?:\\[\s\S][^\n\\]*)*)", data)
    else:
        found = re.findall(rb"""from\s*['"`]([^'"`\n]{1,400})""", data)
        if b"require" in data:
            found += re.findall(rb"""require\s*\(\s*['"`]([^'"`\n]{1,400})""", data)
    return b"\n".join(found)


_PIECES = st.sampled_from([b"from", b"import", b"require", b" ", b"\t", b"\n", b"\\", b"(", b")", b"'", b'"', b"`",
                           b".", b",", b";", b"app", b"x_1", b"*", b"as", b"./a", b"\r\n", b"\xc3\xa9"])


@settings(max_examples=400, deadline=None)
@example(kind="python", pieces=[b"from", b" ", b"app", b" ", b"import", b" ", b"x_1"])
@example(kind="javascript", pieces=[b"from", b"'", b"./a", b"'", b";", b"require", b"(", b"'", b"app"])
@given(kind=st.sampled_from(["python", "javascript", "typescript", "tsx"]), pieces=st.lists(_PIECES, max_size=40))
def test_the_note_is_each_pattern_searched_over_the_whole_file(kind: str, pieces: list[bytes]) -> None:
    data = b"".join(pieces)
    assert import_text(kind, data) == _plain_note(kind, data)
