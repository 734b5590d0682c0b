"""The runner starts a run in module_texts on every check (new_run), so importing it must cost nearly nothing: no
dataclasses, no file stamps (core/filestamp.py and its clock's threading) and no file reading until a module's
sibling files are read. Counted in a fresh interpreter, by the modules the import brings in (never timed)."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import sys, validator.sources
before = set(sys.modules)
import validator.sources.module_texts as texts
texts.new_run()
print(" ".join(sorted(set(sys.modules) - before)))
"""


def test_importing_module_texts_brings_in_no_reader() -> None:
    added = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True).stdout.split()
    assert "validator.sources.module_texts" in added
    assert [name for name in added if name.startswith("validator.") and name != "validator.sources.module_texts"] == []
    assert not {"dataclasses", "threading", "inspect"} & set(added), added
