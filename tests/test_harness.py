"""The test suite tests this checkout: the imported package is the working tree, and the schema ships in a wheel."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import validator
from validator.contracts.schema import SCHEMA_NAME, schema_path

from conftest import ROOT


def test_the_tests_import_the_package_of_this_checkout() -> None:
    # With a plain `pip install .` this is a copy in site-packages, and editing ./validator changes nothing the tests see.
    assert Path(validator.__file__).resolve().parent == ROOT / "validator"


def test_the_installed_package_is_this_checkout_from_anywhere(tmp_path: Path) -> None:
    code = "import validator; print(validator.__file__)"
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=True).stdout
    assert Path(out.strip()).resolve().parent == ROOT / "validator", "install with `pip install -e '.[test]'`"


def test_the_bundled_schema_loads_from_a_checkout() -> None:
    assert schema_path() == ROOT / "schemas" / SCHEMA_NAME
    assert validator.check({"flowId": "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90"}).ok


def test_the_bundled_schema_loads_from_a_wheel(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The wheel as `pip wheel --no-build-isolation` builds it: the project's build backend's PEP 517 hook, called from the
    # project's root (here in this process: pip would only start an interpreter to call it).
    from hatchling.build import build_wheel

    monkeypatch.chdir(ROOT)
    wheel = tmp_path / "dist" / build_wheel(str(tmp_path / "dist"))
    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        assert f"validator/schemas/{SCHEMA_NAME}" in archive.namelist()
        archive.extractall(site)
    code = ("import sys; sys.path.insert(0, sys.argv[1]); import validator, validator.contracts.schema as s; "
            "print(validator.__file__); print(s.schema_path()); print(validator.check({'flowId': 1}).diagnostics[0].code)")
    out = subprocess.run([sys.executable, "-c", code, str(site)], cwd=tmp_path, capture_output=True, text=True, check=True)
    module, schema, finding = out.stdout.split()
    assert Path(module).parent == site / "validator"
    assert Path(schema) == site / "validator" / "schemas" / SCHEMA_NAME
    assert finding == "FL104"
