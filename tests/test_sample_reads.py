"""The files the launch-share sample read before choosing the number of processes (runner._prefiltered) and found
quiet are not read again: their result is the one a check gives them (CLEAN), in one process or shared."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from validator.checker.engine import CheckOptions
from validator.run import runner

from conftest import Collect, counted_calls

_LAUNCH_JS = """export async function start(token) {
  return fetch('https://api.mypurecloud.com/api/v2/flows/executions', {
    method: 'POST', headers: {Authorization: `Bearer ${token}`, 'Content-Type': 'application/json'},
    body: JSON.stringify({type: 'flow', flowId: '8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90'}),
  });
}
"""


def _tree(root: Path, launches: set[int], files: int = 600) -> list[str]:
    paths = []
    for n in range(files):
        path = root / f"module{n:04d}.js"
        path.write_text(_LAUNCH_JS if n in launches else f"export const answer{n} = () => fetch('/api/v2/users/me');\n")
        paths.append(str(path))
    return paths


def _reads(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    read: Counter[str] = Counter()
    real = runner.read_path  # type: ignore[attr-defined]

    def counted(path: str, **kwargs: Any) -> Any:
        read[path] += 1
        return real(path, **kwargs)

    monkeypatch.setattr(runner, "read_path", counted)
    return read


def test_a_file_the_sample_found_quiet_is_read_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = _tree(tmp_path, {n for n in range(600) if n % 50 == 7})
    monkeypatch.setattr(runner, "idle_cores", lambda cores: 2.0)
    monkeypatch.setattr(runner, "choose_workers", lambda work, files, cores: 1)  # estimated, then one process
    sampled = counted_calls(monkeypatch, runner, "_prefiltered")
    expected = Collect()
    runner.run(paths, CheckOptions(), expected, jobs=1, walked=frozenset(paths))  # no sample with -j 1
    assert not sampled
    read = _reads(monkeypatch)
    found = Collect()
    runner.run(paths, CheckOptions(), found, walked=frozenset(paths))
    assert len(sampled) > 200  # reached: the sample read its files
    launches = {path for n, path in enumerate(paths) if n % 50 == 7}
    assert set(read) == set(paths) and max(count for path, count in read.items() if path not in launches) == 1
    assert found.files == expected.files and found.summary == expected.summary
    assert sum(1 for diagnostics in found.files if diagnostics) == 12  # the launches were checked


def test_the_quiet_sampled_files_of_a_named_or_cached_run_are_read_again(tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """A named code file may get a note, and a cached run stores each file's entry: only a walked file's quiet is known."""
    paths = _tree(tmp_path, set())
    monkeypatch.setattr(runner, "idle_cores", lambda cores: 2.0)
    monkeypatch.setattr(runner, "choose_workers", lambda work, files, cores: 1)
    sampled = counted_calls(monkeypatch, runner, "_prefiltered")
    read = _reads(monkeypatch)
    runner.run(paths, CheckOptions(), Collect())  # named, not walked
    assert len(sampled) > 200 and max(read.values()) == 2
