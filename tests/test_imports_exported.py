"""sources/imports.py's public `exported`: each module-level name another module may import, with the node it is
bound to; what fixer/shared.py reads (no module outside imports.py reaches for its private reading)."""

from __future__ import annotations

import re

from validator.sources import imports
from validator.sources.code import parsed
from validator.sources.extract import reader_for

from conftest import ROOT


def _names(kind: str, text: str) -> list[str]:
    source, tree = parsed(kind, text)
    reader = reader_for(kind, source, tree, 64, f"m.{'py' if kind == 'python' else 'js'}")
    return [name for name, _ in imports.exported(reader, kind)]


def test_python_module_level_bindings_and_classes_are_exported() -> None:
    text = 'URL = "https://x"\nBODY = {"flowId": "f"}\n\nclass Client:\n    pass\n\n\ndef launch():\n    inner = 1\n'
    assert _names("python", text) == ["URL", "BODY", "Client"]


def test_javascript_exports_are_exported_and_locals_are_not() -> None:
    text = "const local = 1;\nexport const BODY = { flowId: 'f' };\nmodule.exports = { URL };\n"
    assert _names("javascript", text) == ["BODY", "URL"]


def test_exports_are_read_by_one_public_name_and_no_private_one_is_used_outside() -> None:
    assert callable(imports.exported) and not hasattr(imports, "_exported")  # one name, no private twin
    callers = [path.relative_to(ROOT).as_posix() for path in (ROOT / "validator").rglob("*.py")
               if path.name != "imports.py" and re.search(r"\bimports\._[A-Za-z]", path.read_text())]
    assert callers == []
