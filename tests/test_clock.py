"""The clock seam: every timer reads an injectable clock, so tests move time instead of waiting for it."""

from __future__ import annotations

import asyncio
import io
import json
import time
from pathlib import Path
from typing import Any

import pytest

from validator.core import clock as clocks
from validator.core.clock import FakeClock, SystemClock, installed

from conftest import UUID
from fake_genesys import FakeGenesys


def test_a_fake_clock_moves_only_when_slept_on_or_advanced() -> None:
    fake = FakeClock(start=10.0, wall=100.0)
    assert fake.monotonic() == 10.0 and fake.wall() == 100.0
    fake.sleep(7)
    fake.advance(0.5)
    fake.sleep(-1)  # a negative wait never turns time back
    assert fake.monotonic() == 17.5 and fake.wall() == 107.5 and fake.elapsed == 7.5 and fake.slept == [7, -1]


def test_installed_is_the_default_inside_the_block_only() -> None:
    assert isinstance(clocks.default(), SystemClock)
    fake = FakeClock()
    with installed(fake):
        assert clocks.default() is fake
    assert isinstance(clocks.default(), SystemClock)


def test_the_client_waits_and_budgets_on_its_clock(credentials: FakeGenesys) -> None:
    from validator.genesys.client import Credentials, GenesysClient, GenesysError
    from validator.genesys.regions import resolve

    mine = FakeClock()
    credentials.faults["/api/v2/flows/x"] = [(503, {}, {"message": "busy"})]
    client = GenesysClient(resolve(None, credentials.url), Credentials(access_token="tok-0123456789"), run_budget=30, clock=mine)
    with pytest.raises(GenesysError, match="401"):  # reached: the token is not the fake platform's
        client.get("/api/v2/flows/x")
    assert mine.slept == [0.5] and credentials.waits == []  # the client's own clock, not the installed one
    mine.advance(30)
    with pytest.raises(GenesysError, match="30 s for talking to it are spent"):
        client.get("/api/v2/flows/x")


def test_a_served_snapshot_is_looked_at_again_only_after_recheck_seconds(tmp_path: Path) -> None:
    from validator.contracts.store import Contract
    from validator.serve.contracts import ReloadingStore

    fake = FakeClock()
    snapshot = tmp_path / f"{UUID}.json"
    snapshot.write_text(json.dumps({"inputSchema": {"type": "object", "properties": {"Flow.a": {"type": "string"}}}}))
    store = ReloadingStore(tmp_path, recheck=1.0, clock=fake)
    first = store.get(UUID)
    assert isinstance(first, Contract)
    # Another size, not only another mtime: a rewrite within one tick of a coarse file system clock keeps the mtime.
    snapshot.write_text(json.dumps({"inputSchema": {"type": "object", "properties": {"Flow.bb": {"type": "string"}}}}))
    fake.advance(0.9)
    assert store.get(UUID) is first  # within recheck: not even a stat
    fake.advance(0.2)
    again = store.get(UUID)
    assert isinstance(again, Contract) and again is not first and "Flow.bb" in again.input_schema["properties"]


def test_the_access_log_times_requests_and_stamps_lines_on_its_clock() -> None:
    from validator.serve.access_log import AccessLog, LineWriter

    fake = FakeClock(wall=1_767_225_600.0)
    lines: list[str] = []

    async def slow_app(scope: Any, receive: Any, send: Any) -> None:
        fake.advance(0.25)  # the app takes a quarter of a second, on the fake clock
        await send({"type": "http.response.start", "status": 204, "headers": []})
        await send({"type": "http.response.body", "body": b""})

    async def send(message: Any) -> None:
        pass

    scope = {"type": "http", "method": "GET", "path": "/healthz", "raw_path": b"/healthz"}
    asyncio.run(AccessLog(slow_app, "json", write=lines.append, clock=fake)(scope, None, send))  # type: ignore[arg-type]
    record = json.loads(lines[0])
    assert record["duration_ms"] == 250.0 and record["time"] == "2026-01-01T00:00:00.250+00:00" and record["status"] == 204
    stream = io.StringIO()
    LineWriter(stream, stamp=True, clock=fake)("GET / 200")
    assert stream.getvalue() == time.strftime("%Y-%m-%d %H:%M:%S ", time.localtime(1_767_225_600)) + "GET / 200\n"
