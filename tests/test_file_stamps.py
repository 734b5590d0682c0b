"""The caches of a file's reading (a served snapshot, a flow's Architect YAML from the config or from Terraform) see a
rewrite that keeps the file's size and modification time: one within the same tick of the file system's clock, in
place or by rename. No test sleeps: modification times are set with os.utime, and "now" is a FakeClock's."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest

import validator.checker.launches
import validator.contracts.architect
import validator.serve.contracts
from validator.contracts.architect import FlowYamls
from validator.contracts.store import Contract
from validator.core.clock import FakeClock, installed
from validator.core.filestamp import RACY_SECONDS, file_stamp, settled
from validator.serve.contracts import ReloadingStore
from validator.sources.document import DEFAULT_LIMITS

from conftest import UUID, counted_calls

SECOND = 1_000_000_000


def modified(path: Path, clock: FakeClock, seconds_ago: float) -> None:
    """Set the file's modification time to `seconds_ago` before the clock's now, to the nanosecond."""
    when = int(clock.wall() * SECOND) - int(seconds_ago * SECOND)
    os.utime(path, ns=(when, when))


def rewrite_in_place(path: Path, text: str) -> None:
    """Overwrite the file's bytes in the same inode (as `>` or an editor that does not rename does)."""
    with open(path, "r+", encoding="utf-8") as out:
        out.write(text)
        out.truncate()


def rewrite_by_rename(path: Path, text: str) -> None:
    """Write a new file and rename it over the old one (as most editors and `flowlint pull` do)."""
    temporary = path.with_suffix(".tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


def snapshot(name: str) -> str:
    return json.dumps({"inputSchema": {"type": "object", "properties": {name: {"type": "string"}}}})


def flow_yaml(name: str) -> str:
    return f"workflow:\n  name: Survey\n  variables:\n    - stringVariable:\n        name: {name}\n        isInput: true\n"


def declared(found: object) -> list[str]:
    assert isinstance(found, Contract), found
    return list(found.input_schema["properties"])


def test_a_stamp_is_settled_only_once_the_file_has_aged_on_the_clock(tmp_path: Path) -> None:
    clock = FakeClock()
    path = tmp_path / "f"
    path.write_text("x")
    for seconds_ago, expected in ((RACY_SECONDS + 1, True), (RACY_SECONDS, True), (RACY_SECONDS - 0.001, False),
                                  (0, False), (-60, False)):  # the last: a modification time in the future
        modified(path, clock, seconds_ago)
        stamp = file_stamp(path)
        assert stamp is not None and settled(stamp, clock) is expected, seconds_ago
    assert file_stamp(tmp_path / "absent") is None and file_stamp(tmp_path, regular_only=True) is None


def test_a_served_snapshot_rewritten_within_its_tick_at_the_same_size_is_read_again(tmp_path: Path,
                                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    clock = FakeClock()
    path = tmp_path / f"{UUID}.json"
    path.write_text(snapshot("Flow.aa"))
    modified(path, clock, 0.5)  # just written
    reads = counted_calls(monkeypatch, validator.serve.contracts, "load_contract_file")
    store = ReloadingStore(tmp_path, recheck=1.0, clock=clock)
    assert declared(store.get(UUID)) == ["Flow.aa"]
    rewrite_in_place(path, snapshot("Flow.bb"))  # the same size, and (set here) the same mtime: the same tick
    modified(path, clock, 0.5)
    clock.advance(1.0)  # the recheck period; the file has now aged 1.5 s, still within the racy window
    assert declared(store.get(UUID)) == ["Flow.bb"]
    clock.advance(RACY_SECONDS)
    assert declared(store.get(UUID)) == ["Flow.bb"]
    settled_reads = len(reads)
    clock.advance(1.0)
    assert declared(store.get(UUID)) == ["Flow.bb"] and len(reads) == settled_reads  # settled: kept, not read again


def test_a_served_snapshot_replaced_by_rename_with_the_same_size_and_mtime_is_read_again(tmp_path: Path) -> None:
    clock = FakeClock()
    path = tmp_path / f"{UUID}.json"
    path.write_text(snapshot("Flow.aa"))
    modified(path, clock, 60)  # long settled
    store = ReloadingStore(tmp_path, recheck=1.0, clock=clock)
    assert declared(store.get(UUID)) == ["Flow.aa"]
    rewrite_by_rename(path, snapshot("Flow.bb"))
    modified(path, clock, 60)  # the very same mtime and size: only the inode tells
    clock.advance(1.0)
    assert declared(store.get(UUID)) == ["Flow.bb"]


@pytest.mark.parametrize("rewrite", [rewrite_in_place, rewrite_by_rename])
def test_a_flow_yaml_of_the_config_rewritten_at_the_same_size_and_mtime_is_read_again(
        tmp_path: Path, rewrite: Callable[[Path, str], None]) -> None:
    clock = FakeClock()
    path = tmp_path / "survey.yaml"
    path.write_text(flow_yaml("Flow.aa"))
    modified(path, clock, 0.5 if rewrite is rewrite_in_place else 60)
    flows = FlowYamls({UUID: str(path)}, clock=clock)
    assert declared(flows.get(UUID)) == ["Flow.aa"]
    rewrite(path, flow_yaml("Flow.bb"))
    modified(path, clock, 0.5 if rewrite is rewrite_in_place else 60)
    assert declared(flows.get(UUID)) == ["Flow.bb"]


def test_a_settled_flow_yaml_of_the_config_is_read_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    clock = FakeClock()
    path = tmp_path / "survey.yaml"
    path.write_text(flow_yaml("Flow.aa"))
    modified(path, clock, 60)
    reads = counted_calls(monkeypatch, validator.contracts.architect, "load_flow_yaml")
    flows = FlowYamls({UUID: str(path)}, clock=clock)
    for _ in range(3):
        assert declared(flows.get(UUID)) == ["Flow.aa"]
    assert len(reads) == 1


@pytest.mark.parametrize("rewrite", [rewrite_in_place, rewrite_by_rename])
def test_a_flow_yaml_linked_from_terraform_rewritten_at_the_same_size_and_mtime_is_read_again(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, rewrite: Callable[[Path, str], None]) -> None:
    monkeypatch.setattr(validator.checker.launches, "_LINKED", {})
    reads = counted_calls(monkeypatch, validator.checker.launches, "load_flow_yaml")
    path = tmp_path / "survey.yaml"
    path.write_text(flow_yaml("Flow.aa"))
    with installed(FakeClock()) as clock:
        ago = 0.5 if rewrite is rewrite_in_place else 60
        modified(path, clock, ago)
        assert declared(validator.checker.launches.linked_contract(str(path), DEFAULT_LIMITS)) == ["Flow.aa"]
        rewrite(path, flow_yaml("Flow.bb"))
        modified(path, clock, ago)
        assert declared(validator.checker.launches.linked_contract(str(path), DEFAULT_LIMITS)) == ["Flow.bb"]
        clock.advance(RACY_SECONDS + 1)
        before = len(reads)
        for _ in range(2):
            assert declared(validator.checker.launches.linked_contract(str(path), DEFAULT_LIMITS)) == ["Flow.bb"]
        assert len(reads) - before == (1 if ago < RACY_SECONDS else 0)  # read once more once it settled, then kept
