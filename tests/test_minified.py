"""Minified files: judged by name and by a minifier's signature (JS only), never skipped in silence when named."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import pytest

from validator.sources.kinds import has_minifier_signature

from conftest import flowlint

UUID = "3b9d6f2c-1a4e-4f8b-9c7d-2e5a8b1c4d6f"
URL = f"https://myorg.mypurecloud.com/api/v2/flows/executions/{UUID}"
LOGO = base64.b64encode(bytes(range(256)) * 18).decode()  # a 6 KB base64 image on one line
PY_LOGO = f'import requests\n\nLOGO = "{LOGO}"\n\nrequests.post("{URL}", json={{"type": "flow"}})\n'
JS_LOGO = f'const LOGO = "{LOGO}";\n\nfetch("{URL}", {{method: "POST", body: JSON.stringify({{type: "flow"}})}});\n'
# What a minifier makes: one long line of statements and calls, with the launch inside.
BUNDLE = ";".join(f"function f{n}(a,b){{return g(a)+h(b,{n})}}" for n in range(200)) + \
    f';fetch("{URL}",{{method:"POST",body:JSON.stringify({{type:"flow"}})}});\n'


def report(*args: str) -> tuple[int, list[dict[str, Any]]]:
    result = flowlint("check", "--format", "json", *args)
    return result.exit_code, json.loads(result.stdout)["diagnostics"]


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize(("name", "text"), [("logo.py", PY_LOGO), ("logo.js", JS_LOGO)])
def test_a_long_literal_does_not_hide_a_launch(here: Path, name: str, text: str) -> None:
    (here / name).write_text(text)
    assert len(text) > 6000 and text.count("\n") <= 5
    for args in ((name,), (".",)):
        code, found = report(*args)
        assert code == 1
        assert {"FL106", "FL302", "FL101"} <= {d["code"] for d in found}


def test_a_named_minified_file_is_never_skipped_in_silence(here: Path) -> None:
    (here / "app.js").write_text(BUNDLE)
    (here / "vendor.min.js").write_text(f'fetch("{URL}",{{method:"POST",body:JSON.stringify({{type:"flow"}})}});\n')
    for name in ("app.js", "vendor.min.js"):
        code, found = report(name)
        assert code == 0
        assert [(d["code"], d["severity"]) for d in found] == [("FL010", "info")]
        assert "minified" in found[0]["message"]


def test_walked_minified_files(here: Path) -> None:
    (here / "app.js").write_text(BUNDLE)
    (here / "vendor.min.js").write_text(f'fetch("{URL}",{{method:"POST"}});\n')
    (here / "quiet.min.js").write_text("var a=1;\n")
    code, found = report(".")
    # A file minified by its shape is noted, and so is one named as minifier output: it mentions the endpoint (no
    # miss is silent); one that mentions none passes in silence.
    assert code == 0 and sorted((Path(d["file"]).name, d["code"]) for d in found) == [("app.js", "FL010"),
                                                                                      ("vendor.min.js", "FL010")]


def test_the_signature_is_for_javascript_only() -> None:
    assert has_minifier_signature("javascript", BUNDLE)
    assert has_minifier_signature("typescript", BUNDLE)
    assert not has_minifier_signature("python", BUNDLE)
    assert not has_minifier_signature("javascript", JS_LOGO)
    assert not has_minifier_signature("javascript", BUNDLE[:4000])  # small files are read whatever their shape


def test_python_with_long_lines_is_searched(here: Path) -> None:
    (here / "gen.py").write_text("import requests; " + "x = f(1); " * 700 + f'requests.post("{URL}", json={{"type": "flow"}})\n')
    code, found = report(".")
    assert code == 1 and "FL106" in {d["code"] for d in found}
