"""A TypeScript path alias is resolved without trying each alias of the config in turn: the config's `paths` are read
once, and each import costs the characters of its specifier that match an alias's prefix and the aliases written with
that prefix, whatever the number of other aliases (imports._Aliases). Which alias wins is TypeScript's: an exact key,
else the longest prefix, the first written among equal ones."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from validator.sources import imports

ROOT = os.path.abspath("/project")


class _CountedPaths(list[tuple[str, list[str]]]):
    """A config's `paths`, counting the aliases read from it."""

    read = 0

    def __iter__(self) -> Iterator[tuple[str, list[str]]]:
        for item in super().__iter__():
            self.read += 1
            yield item


def _resolved(paths: list[tuple[str, list[str]]], specifiers: list[str], files: set[str],
              base: str | None = None) -> tuple[list[list[str]], int, int]:
    counted = _CountedPaths(paths)
    aliases = imports._Aliases(base, counted, ROOT)

    def file(stem: str) -> str | None:
        return stem + ".ts" if stem + ".ts" in files else None

    found = [aliases.resolve(specifier, file) for specifier in specifiers]
    return found, counted.read, aliases.steps


def test_many_aliases_and_many_imports_cost_their_sum_not_their_product() -> None:
    def work(count: int) -> tuple[int, int]:
        paths = [(f"@feature{n:05}/*", [f"src/features/f{n}/*"]) for n in range(count)] + [("@/*", ["src/*"])]
        files = {os.path.join(ROOT, f"src/features/f{n}/api") + ".ts" for n in range(count)}
        specifiers = [f"@feature{n:05}/api" for n in range(count)] + [f"@feature{n:05}/none" for n in range(count)]
        found, read, steps = _resolved(paths, specifiers, files)
        assert found[:count] == [[os.path.join(ROOT, f"src/features/f{n}/api.ts")] for n in range(count)]  # (reached)
        assert found[count:] == [[]] * count
        return read, steps

    read, steps = work(2000)
    assert read <= 2001 + 10  # the aliases read once, not once an import
    assert steps <= 2 * 2000 * 20  # each import: its specifier's matching characters and its aliases, not all of them
    few_read, few_steps = work(20)
    assert few_read <= 21 + 10 and few_steps <= 2 * 20 * 20


@pytest.mark.parametrize(("paths", "specifier", "expected"), [
    ([("@/*", ["src/*"]), ("@/config/*", ["config/*"])], "@/config/constants", "config/constants"),  # longest prefix
    ([("@/config/*", ["config/*"]), ("@/*", ["src/*"])], "@/config/constants", "config/constants"),
    ([("@/*", ["src/*"]), ("@/config/constants", ["exact/constants"])], "@/config/constants", "exact/constants"),
    ([("@/config/constants", ["exact/constants"]), ("@/config/*", ["config/*"])], "@/config/constants", "exact/constants"),
    ([("@/*", ["src/*"]), ("@/*.js", ["js/*"])], "@/config/constants", "src/config/constants"),  # the first written
    ([("@/*.ts", ["ts/*"]), ("@/*", ["src/*"])], "@/config/constants", "src/config/constants"),  # (its suffix differs)
    ([("@/*", ["missing/*", "src/*"])], "@/config/constants", "src/config/constants"),  # the first target in the tree
    ([("@/*", ["missing/*"]), ("*", ["src/*"])], "@/config/constants", None),  # matched: its targets only
    ([("*", ["src/*"])], "@/config/constants", None),  # (src/@/config/constants is not in the tree)
    ([("*", ["src/config/*"])], "constants", "src/config/constants"),  # the empty prefix
    ([("@/a*b*", ["src/*"])], "@/aconstantsb", None),  # two stars: no alias
    ([("@/config/*", ["src/config/*"])], "@/config/", None),  # `*` stands for nothing: no such file
    ([("@/config*s", ["src/config/*"])], "@/configs", None),  # prefix and suffix overlap: no match
    ([], "config/constants", "base/config/constants"),  # no alias matches: baseUrl
])
def test_which_alias_resolves_an_import(paths: list[tuple[str, list[str]]], specifier: str, expected: str | None) -> None:
    files = {os.path.join(ROOT, name) + ".ts" for name in (
        "config/constants", "exact/constants", "src/config/constants", "js/config/constants", "ts/config/constants",
        "base/config/constants", "src/constants", "src/config/")}
    found, _, _ = _resolved(paths, [specifier], files, base=os.path.join(ROOT, "base"))
    assert found == [[os.path.join(ROOT, expected) + ".ts"] if expected is not None else []]
