"""A BigInt in a launch body (FL014: JSON.stringify throws) is no error when the app gives BigInt a toJSON in another
of its files (`BigInt.prototype.toJSON = …` in a polyfills module, as Prisma apps do): JSON.stringify then sends what it
returns. The project's own files (under its git root, or its package.json's folder) are searched once, only when a
body holds a BigInt; its dependencies and build output are not its code."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from validator.sources import javascript
from validator.sources.code import parsed
from validator.sources.javascript import JavaScriptReader

from conftest import UUID

API = "https://api.mypurecloud.com/api/v2/flows/executions"
LAUNCH = (f"export const go = () => fetch('{API}', {{ method: 'POST', headers: {{ 'Content-Type': 'application/json' }}, "
          f"body: JSON.stringify({{ flowId: '{UUID}', inputData: {{ 'Flow.orderCount': 10n }} }}) }});\n")
POLYFILL = "(BigInt.prototype as any).toJSON = function () { return this.toString(); };\n"


def thrown(path: Path) -> list[str]:
    """The FL014 findings of the launches the JavaScript reader reads in the file at `path`, as its run reads it."""
    source, tree = parsed("typescript", path.read_text(encoding="utf-8"))
    requests = JavaScriptReader(source, tree, 64, "typescript", str(path)).launches()
    assert len(requests) == 1  # reached: the launch is read
    return [finding.code for request in requests for finding, _ in request.findings]


def project(tmp_path: Path, **files: str) -> Path:
    (tmp_path / ".git").mkdir()
    (tmp_path / "package.json").write_text("{}", encoding="utf-8")
    for name, text in {"src/api/launch.ts": LAUNCH, **files}.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path / "src/api/launch.ts"


def test_no_to_json_in_the_project_it_throws(tmp_path: Path) -> None:
    assert thrown(project(tmp_path, **{"src/util.ts": "export const x = 1;\n"})) == ["FL014"]


def test_a_polyfill_in_another_file_of_the_project(tmp_path: Path) -> None:
    assert thrown(project(tmp_path, **{"src/polyfills.ts": POLYFILL})) == []


def test_a_polyfill_in_another_package_of_the_repository(tmp_path: Path) -> None:
    # A monorepo: the polyfill in the app's package, the launch in a library package with its own package.json.
    launch = project(tmp_path, **{"apps/web/src/setup.js": POLYFILL, "src/package.json": "{}"})
    assert thrown(launch) == []


def test_dependencies_and_build_output_are_not_the_project(tmp_path: Path) -> None:
    launch = project(tmp_path, **{"node_modules/lib/index.js": POLYFILL, "dist/polyfills.js": POLYFILL,
                                  ".cache/polyfills.js": POLYFILL})
    assert thrown(launch) == ["FL014"]


def test_a_file_outside_any_project_is_read_alone(tmp_path: Path) -> None:
    (tmp_path / "polyfills.ts").write_text(POLYFILL, encoding="utf-8")
    launch = tmp_path / "launch.ts"
    launch.write_text(LAUNCH, encoding="utf-8")
    assert thrown(launch) == ["FL014"]  # no project around it: its folder's other files are not known to be the app's


def test_the_search_is_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Past the bound, the project is not searched further, and a toJSON it may hold is not ruled out: no error.
    monkeypatch.setattr(javascript, "_SEARCHED_FILES", 5)
    launch = project(tmp_path, **{f"src/m{n}.ts": "export const x = 1;\n" for n in range(6)})
    read: list[str] = []
    real_open = os.open

    def counted(path: str, flags: int) -> int:
        read.append(path)
        return real_open(path, flags)

    monkeypatch.setattr(os, "open", counted)
    assert thrown(launch) == []
    assert len(read) <= 5, read
