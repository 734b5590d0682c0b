"""The importer index and TypeScript path aliases: a file importing a launching module through a tsconfig `paths` alias
whose name is not the module file's stem (`"@launch": ["src/genesys/constants.ts"]`, `"@flows/*":
["src/genesys/*.service.ts"]`) is found as its importer, and its launch gets the finding the imported URL brings, as a
relative import's would (sources/import_index.py's alias_words)."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from conftest import counted_calls, flowlint

LAUNCHER = ("export const LAUNCH_URL = 'https://api.mypurecloud.com/api/v2/flows/executions';\n"
            "export const ping = (flowId: string) => fetch(LAUNCH_URL, { method: 'POST', body: JSON.stringify({ flowId }) });\n")
IMPORTER = ("import { LAUNCH_URL } from '{spec}';\n"
            "export const go = (f: string) => fetch(LAUNCH_URL, { method: 'POST', body: JSON.stringify({ flowID: f }) });\n")
PATHS = {"@launch": ["src/genesys/constants.ts"], "@flows/*": ["src/genesys/*.service.ts"], "@gen": ["src/genesys"],
         "@unrelated/*": ["src/other/*"]}


@pytest.mark.parametrize(("module", "spec"), [
    ("constants.ts", "@launch"),  # an exact alias naming the file
    ("launch.service.ts", "@flows/launch"),  # a wildcard alias whose target adds to the name
    ("index.ts", "@gen"),  # an exact alias naming the module's directory (its index file)
])
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_an_importer_through_a_path_alias_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                   module: str, spec: str, jobs: str) -> None:
    (tmp_path / "tsconfig.json").write_text(json.dumps({"compilerOptions": {"baseUrl": ".", "paths": PATHS}}))
    (tmp_path / "src" / "genesys").mkdir(parents=True)
    (tmp_path / "src" / "app").mkdir()
    (tmp_path / "src" / "genesys" / module).write_text(LAUNCHER)
    (tmp_path / "src" / "app" / "run.ts").write_text(IMPORTER.replace("{spec}", spec))
    (tmp_path / "src" / "app" / "other.ts").write_text(IMPORTER.replace("{spec}", "@unrelated/launch"))
    monkeypatch.chdir(tmp_path)
    for cache in (("--no-cache",), (), ()):  # cold, then the cache (with its kept notes) written and read
        result = flowlint("check", "--format", "json", "-j", jobs, *cache, ".")
        assert result.exit_code == 1, result.output
        found = json.loads(result.stdout)["diagnostics"]
        # (`flowID`: what only the importer writes; the file importing an alias of another directory gets nothing)
        assert [(d["file"], d["code"]) for d in found if d["code"] == "FL102"] == [("src/app/run.ts", "FL102")], found


def test_an_importer_of_a_barrel_through_a_path_alias_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The barrel passing the URL on is itself imported through an alias not its stem: its importer is read too."""
    paths = {"@launch": ["src/genesys/constants.ts"], "@shared": ["src/api/all.ts"]}
    (tmp_path / "tsconfig.json").write_text(json.dumps({"compilerOptions": {"baseUrl": ".", "paths": paths}}))
    for directory in ("genesys", "api", "app"):
        (tmp_path / "src" / directory).mkdir(parents=True)
    (tmp_path / "src" / "genesys" / "constants.ts").write_text(LAUNCHER)
    (tmp_path / "src" / "api" / "all.ts").write_text("export * from '@launch';\n")
    (tmp_path / "src" / "app" / "run.ts").write_text(IMPORTER.replace("{spec}", "@shared"))
    monkeypatch.chdir(tmp_path)
    result = flowlint("check", "--format", "json", "--no-cache", ".")
    found = json.loads(result.stdout)["diagnostics"]
    assert [(d["file"], d["code"]) for d in found if d["code"] == "FL102"] == [("src/app/run.ts", "FL102")], found


def _aliased_tree(root: Path, size: int) -> None:
    """`size` launching modules, and a tsconfig with `size` aliases of other directories and one that names them."""
    (root / "src" / "genesys").mkdir(parents=True)
    for number in range(size):
        (root / "src" / "genesys" / f"m{number}.ts").write_text(LAUNCHER)
    paths = {f"@a{number}/*": [f"lib{number}/*"] for number in range(size)} | {"@flows/*": ["src/genesys/*.ts"]}
    (root / "tsconfig.json").write_text(json.dumps({"compilerOptions": {"baseUrl": ".", "paths": paths}}))


def test_alias_words_work_grows_with_the_tree_not_modules_times_aliases(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each module's aliases are looked up by what its path begins and ends with, not tried alias by alias: the targets
    tried (_specifiers) and the aliases resolved grow as the tree does (before: modules x aliases, 2,500 / 10,000 /
    40,000 tries for 50 / 100 / 200)."""
    from validator.sources import import_index, imports

    tries = counted_calls(monkeypatch, import_index, "_specifiers")
    resolved = counted_calls(monkeypatch, imports._Aliases, "resolve")
    work = []
    for size in (50, 100, 200):
        tree = tmp_path / str(size)
        _aliased_tree(tree, size)
        monkeypatch.chdir(tree)
        tries.clear()
        resolved.clear()
        result = flowlint("check", "--no-cache", "-j", "1", "--format", "json", ".")
        assert result.exit_code == 1, result.output  # (the launches were read: FL102 at each `flowId`-less body)
        work.append((len(tries), len(resolved)))
    assert work[0][0] >= 50 and work[0][1] >= 50  # reached: each module's alias (`@flows/mN`) was tried and resolved
    for (tried, resolves), (tried_twice, resolves_twice) in itertools.pairwise(work):
        assert tried_twice <= 2 * tried + 10 and resolves_twice <= 2 * resolves + 10, work
