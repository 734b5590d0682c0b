"""The importer index's note of a file (sources/import_index.py): every word an import names a module by is among its
words (more is harmless: a file read again for nothing; fewer is a launch not read)."""

from __future__ import annotations

import pytest

from validator.sources.import_index import ImportIndex, import_text, import_words

PYTHON = (b"from app.genesys import (\n    LAUNCH_URL,\n    helper,\n)\nimport pkg.settings as s\nfrom . import urls\n"
          b"from m import a, \\\n    viaslash\n\n\ndef f():\n    from .later import X\n")
JS = (b"import { LAUNCH_URL } from './lib/genesys';\nimport cfg from \"../config/index.js\";\n"
      b"export * from '@/shared/endpoints';\nconst { URL } = require('./legacy-urls');\n")


@pytest.mark.parametrize(("kind", "data", "words"), [
    ("python", PYTHON, {"app", "genesys", "pkg", "settings", "urls", "m", "viaslash", "later", "helper"}),
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
