"""A snapshot's freshness, its fetchedAt and a killed pull's temporary files are judged by the injected clock's time,
not the system's date: with a fake clock the answers are the same whatever day the suite runs."""

from __future__ import annotations

import datetime
import json
import os
from pathlib import Path

from validator.contracts import snapshots
from validator.core.clock import FakeClock, installed

from conftest import flowlint
from fake_genesys import FakeGenesys

NEW_YEAR = 1_767_225_600.0  # 2026-01-01T00:00:00Z
DAY = datetime.timedelta(days=1)


def test_freshness_is_judged_at_the_clocks_time() -> None:
    fetched = "2026-01-01T00:00:00Z"
    assert snapshots.is_fresh(fetched, DAY, clock=FakeClock(wall=NEW_YEAR + 3600))
    assert not snapshots.is_fresh(fetched, DAY, clock=FakeClock(wall=NEW_YEAR + 2 * 86400))
    assert not snapshots.is_fresh(fetched, DAY, clock=FakeClock(wall=NEW_YEAR - 60))  # fetched in the clock's future
    assert snapshots.age(fetched, clock=FakeClock(wall=NEW_YEAR + 90)) == datetime.timedelta(seconds=90)
    with installed(FakeClock(wall=NEW_YEAR + 3600)):  # the default clock, as `check --fetch` reaches it
        assert snapshots.is_fresh(fetched, DAY)
    assert not snapshots.is_fresh("not a date", DAY, clock=FakeClock(wall=NEW_YEAR))


def test_a_snapshot_is_stamped_with_the_clocks_time() -> None:
    document = snapshots.snapshot("F", "n", "WORKFLOW", "1.0", "r", {}, clock=FakeClock(wall=NEW_YEAR + 61))
    assert document["fetchedAt"] == "2026-01-01T00:01:01Z"
    with installed(FakeClock(wall=NEW_YEAR)):
        assert snapshots.snapshot("F", "n", "WORKFLOW", "1.0", "r", {})["fetchedAt"] == "2026-01-01T00:00:00Z"


def test_a_temporary_file_is_abandoned_after_an_hour_of_the_clocks_time(tmp_path: Path) -> None:
    clock = FakeClock(wall=NEW_YEAR)
    temporary = tmp_path / f".flowlint-{os.getpid()}-x.tmp"  # this process wrote it: alive, so only its age decides
    temporary.write_text("{}")
    os.utime(temporary, (NEW_YEAR - 60, NEW_YEAR - 60))
    snapshots.remove_abandoned_temporaries(tmp_path, clock)
    assert temporary.exists()
    clock.advance(3600)
    snapshots.remove_abandoned_temporaries(tmp_path, clock)
    assert not temporary.exists()


def test_check_fetch_uses_a_snapshot_fresh_at_the_clocks_time(credentials: FakeGenesys, tmp_path: Path) -> None:
    flow_id = credentials.add_flow("F", {"Flow.orderCount": {"type": "integer"}})
    store = tmp_path / "store"
    assert flowlint("pull", "--contracts", str(store), flow_id).exit_code == 0
    snapshot = store / f"{flow_id}.json"
    snapshot.write_text(json.dumps(json.loads(snapshot.read_text()) | {"fetchedAt": "2026-01-01T00:00:00Z"}))
    body = tmp_path / "b.json"
    body.write_text(json.dumps({"flowId": flow_id, "inputData": {"Flow.orderCount": 1}}))

    def fetches(clock: FakeClock) -> int:
        before = sum(1 for _, path, _ in credentials.requests if path == f"/api/v2/flows/{flow_id}")
        with installed(clock):
            result = flowlint("check", "--fetch", "--contracts", str(store), "--max-age", "24", str(body))
        assert result.exit_code == 0, result.output
        return sum(1 for _, path, _ in credentials.requests if path == f"/api/v2/flows/{flow_id}") - before

    assert fetches(FakeClock(wall=NEW_YEAR + 3600)) == 0  # an hour old by the clock: used as it is
    assert fetches(FakeClock(wall=NEW_YEAR + 2 * 86400)) == 1  # two days old: fetched again


def test_a_live_run_judges_its_snapshots_fresh_by_its_clock(tmp_path: Path) -> None:
    from validator.contracts.store import Contract, ContractStore
    from validator.run.live import LiveContracts

    def never() -> object:
        raise AssertionError("no connection is needed to judge freshness")

    contract = Contract({"type": "object"}, "snapshot", fetched_at="2026-01-01T00:00:00Z")
    for wall, fresh in ((NEW_YEAR + 3600, True), (NEW_YEAR + 30 * 86400, False)):
        live = LiveContracts(ContractStore(tmp_path / "flows"), never, "mypurecloud.com",  # type: ignore[arg-type]
                             cache_dir=tmp_path / "cache", max_age=DAY, clock=FakeClock(wall=wall))
        assert live.fresh(contract) is fresh
