"""The fillings a check asks of a flow YAML (a Terraform genesyscloud_flow's substitutions, at most MAX_FILLS_PER_FLOW
distinct ones a run) are counted for that check alone: the editor server checks documents in several threads, each
its own run, and one count shared by all of them counted one document's fillings against another's (a note that the
YAML is filled for the first 16 only, said of a document that asked fewer) and was cleared by whichever started last."""

from __future__ import annotations

import threading

from validator.checker import launches
from validator.sources import module_texts

PATH = "flows/callback.yaml"


def _fills(first: int, count: int) -> list[tuple[tuple[str, str], ...]]:
    return [(("flow_name", f"Flow {n}"),) for n in range(first, first + count)]


def test_a_check_counts_only_its_own_fillings_of_a_flow_yaml() -> None:
    most = launches.MAX_FILLS_PER_FLOW
    module_texts.new_run()  # (as every check starts)
    mine = [launches._fill_allowed(PATH, fills) for fills in _fills(0, 4)]
    theirs: list[bool] = []

    def another_check() -> None:
        module_texts.new_run()
        theirs.extend(launches._fill_allowed(PATH, fills) for fills in _fills(100, most - 4))

    thread = threading.Thread(target=another_check)  # (begun and ended while this check goes on)
    thread.start()
    thread.join()
    mine += [launches._fill_allowed(PATH, fills) for fills in _fills(4, most - 4)]
    assert theirs == [True] * (most - 4)  # reached: the other check filled it too, its own count
    assert mine == [True] * most  # this check's first MAX_FILLS_PER_FLOW distinct fillings, all of them
    assert launches._fill_allowed(PATH, _fills(most, 1)[0]) is False  # and its next one refused: the bound kept
    assert launches._fill_allowed(PATH, _fills(0, 1)[0]) is True  # (one asked before: still allowed)
