"""The suite's own helpers do what they say at the cost they say: the Genesys SDK imported with no watcher thread
left running, and the teardown's list of the modules a test imported first, found without building sets."""

from __future__ import annotations

import os
import sys
import threading
import types

import pytest

from conftest import first_imported, genesys_sdk


def test_the_sdk_is_imported_watching_nothing_and_the_home_is_given_back() -> None:
    home = os.environ.get("HOME")
    sdk = genesys_sdk()
    assert sdk.ArchitectApi is not None  # reached: the SDK itself
    assert sdk.configuration.live_reload_config is False
    assert sdk.configuration._observer is None
    assert [thread for thread in threading.enumerate() if type(thread).__module__.startswith("watchdog")] == []
    assert os.environ.get("HOME") == home
    assert genesys_sdk() is sdk  # once a process


def test_the_modules_imported_first_are_the_new_names(monkeypatch: pytest.MonkeyPatch) -> None:
    before = list(sys.modules)
    monkeypatch.setitem(sys.modules, "suite_helpers_new_a", types.ModuleType("suite_helpers_new_a"))
    monkeypatch.setitem(sys.modules, "suite_helpers_new_b", types.ModuleType("suite_helpers_new_b"))
    assert first_imported(before) == ["suite_helpers_new_a", "suite_helpers_new_b"]


def test_the_modules_imported_first_are_found_when_one_was_removed(monkeypatch: pytest.MonkeyPatch) -> None:
    before = list(sys.modules)
    monkeypatch.delitem(sys.modules, before[len(before) // 2])  # the names of the start no longer the first ones
    monkeypatch.setitem(sys.modules, "suite_helpers_new", types.ModuleType("suite_helpers_new"))
    assert first_imported(before) == ["suite_helpers_new"]
    assert first_imported(list(sys.modules)) == []
