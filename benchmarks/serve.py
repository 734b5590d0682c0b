"""`flowlint serve` under load: 10,000 launches (10% invalid) from 50 concurrent clients.

    pip install '.[serve]' && python benchmarks/serve.py

Starts two servers as subprocesses on free loopback ports, the same stack (uvicorn running a
Starlette app through flowlint's runner) each: `flowlint serve`, and a floor that answers every
launch with a fixed 200. Then sends the same launches to each from one client process (httpx,
async, 50 at a time) and prints throughput and p50/p99 latency. Targets: at least half the
floor's throughput, p99 under 20 ms. On a shared machine compare ratios from one run.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
LAUNCH = "/api/v2/flows/executions"
FLOW = "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90"  # "Order follow-up" in the repo's contract store
HEADERS = {"Authorization": "Bearer bench-token", "Content-Type": "application/json"}
SEED = (ROOT / "fixtures" / "invalid" / "seed-type-configuration.json").read_bytes()


def launches(count: int, invalid_share: float, seed: int = 13) -> list[tuple[bytes, int]]:
    """(body, expected status) pairs: valid launches with varied inputs, and the usual mistakes."""
    rng = random.Random(seed)
    mistakes = [
        (SEED, 400),
        (json.dumps({"flowId": FLOW, "inputData": {"Flow.customerName": "A", "Flow.orderCount": "42"}}).encode(), 400),
        (json.dumps({"flowId": FLOW, "inputs": {"customerName": "A"}}).encode(), 400),
        (json.dumps({"flowId": FLOW, "inputData": {"customerName": "A"}}).encode(), 400),
        (b"{'flowId': 'x'}", 400),
    ]
    bodies = []
    for i in range(count):
        if rng.random() < invalid_share:
            bodies.append(rng.choice(mistakes))
        else:
            inputs = {"Flow.customerName": f"customer-{i}", "Flow.orderCount": rng.randint(0, 99),
                      "Flow.dates": ["2025-03-29", "2025-03-30"][: rng.randint(0, 2)]}
            bodies.append((json.dumps({"flowId": FLOW, "inputData": inputs, "name": f"run-{i}"}).encode(), 200))
    return bodies


def start(args: list[str], log: Any) -> tuple[subprocess.Popen[bytes], str]:
    process = subprocess.Popen(args, cwd=ROOT, stdout=subprocess.PIPE, stderr=log)
    assert process.stdout is not None
    line = process.stdout.readline().decode()
    found = re.search(r"listening on (http://\S+)", line)
    if not found:
        process.kill()
        raise SystemExit(f"the server did not start: {line!r}")
    return process, found.group(1)


async def load(url: str, bodies: list[tuple[bytes, int]], clients: int, floor: bool) -> tuple[float, list[float], int]:
    """Send every body from `clients` clients (one connection each); the wall time, each latency (s), the wrong answers."""
    latencies: list[float] = []
    wrong = 0
    queue = iter(bodies)

    async def client() -> None:
        nonlocal wrong
        async with httpx.AsyncClient(base_url=url, headers=HEADERS, timeout=30) as session:
            for body, expected in queue:
                started = time.perf_counter()
                answer = await session.post(LAUNCH, content=body)
                latencies.append(time.perf_counter() - started)
                wrong += answer.status_code != (200 if floor else expected)

    began = time.perf_counter()
    await asyncio.gather(*(client() for _ in range(clients)))
    return time.perf_counter() - began, latencies, wrong


def cpu_seconds(pid: int) -> float | None:
    """CPU time (user + system) a process has used so far; None where /proc is not there."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def percentiles(values: list[float]) -> tuple[float, float]:
    cuts = statistics.quantiles(values, n=100)
    return cuts[49], cuts[98]


def measure(name: str, args: list[str], bodies: list[tuple[bytes, int]], clients: int, warmup: int) -> dict[str, float]:
    floor = "--floor-server" in args
    with tempfile.TemporaryFile("w+") as log:
        process, url = start(args, log)
        try:
            asyncio.run(load(url, bodies[:warmup], clients, floor))
            cpu_before = cpu_seconds(process.pid)
            wall, latencies, wrong = asyncio.run(load(url, bodies, clients, floor))
            cpu_after = cpu_seconds(process.pid)
        finally:
            process.terminate()
            process.wait(timeout=30)
        log.seek(0)
        # The server's own time per request (its JSON log), without the time a request waits in the client.
        inside = [json.loads(line)["duration_ms"] for line in log if line.startswith("{")][-len(bodies):]
    p50, p99 = percentiles(latencies)
    result = {"rps": len(bodies) / wall, "p50_ms": p50 * 1000, "p99_ms": p99 * 1000, "wrong": wrong}
    if cpu_before is not None and cpu_after is not None:
        # CPU per request does not depend on what else the machine runs: the steadier figure on a shared box.
        result["cpu_us"] = (cpu_after - cpu_before) / len(bodies) * 1e6
    server = ""
    if inside:
        result["server_p50_ms"], result["server_p99_ms"] = percentiles(inside)
        server = f"   (in the server: p50 {result['server_p50_ms']:.2f} ms, p99 {result['server_p99_ms']:.2f} ms)"
    cpu = f"   server CPU {result['cpu_us']:4.0f} µs/request" if "cpu_us" in result else ""
    print(f"{name:<18} {result['rps']:6.0f} req/s   p50 {result['p50_ms']:6.2f} ms   p99 {result['p99_ms']:6.2f} ms"
          f"{cpu}   wrong answers: {wrong}{server}", flush=True)
    return result


def floor_server() -> None:
    """The same stack as `flowlint serve`, answering every launch with a fixed 200."""
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import Response
    from starlette.routing import Route

    from validator.serve.server import listen, run

    fixed = json.dumps({"id": "00000000-0000-4000-8000-000000000000", "name": "x", "selfUri": LAUNCH}).encode()

    async def launched(request: Request) -> Response:
        await request.body()
        return Response(fixed, media_type="application/json")

    app = Starlette(routes=[Route(LAUNCH, launched, methods=["POST"])])
    sys.exit(run(app, listen("127.0.0.1", 0), announce=lambda url: print(f"listening on {url}", flush=True)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=10_000)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--invalid", type=float, default=0.10)
    parser.add_argument("--floor-server", action="store_true", help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.floor_server:
        floor_server()
        return
    bodies = launches(options.requests, options.invalid)
    warmup = min(1000, len(bodies))
    print(f"{options.requests} launches ({options.invalid:.0%} invalid), {options.clients} concurrent clients, "
          f"{os.cpu_count()} cores, Python {sys.version.split()[0]}", flush=True)
    floor = measure("floor (fixed 200)", [sys.executable, __file__, "--floor-server"], bodies, options.clients, warmup)
    serve = measure("flowlint serve", [sys.executable, "-m", "validator", "serve", "--port", "0", "--log-format", "json"],
                    bodies, options.clients, warmup)
    ratio = serve["rps"] / floor["rps"]
    print(f"throughput: {ratio:.2f}x the floor (target >= 0.50x: {'met' if ratio >= 0.5 else 'NOT met'}); "
          f"p99 {serve['p99_ms']:.1f} ms seen by the clients, {serve.get('server_p99_ms', float('nan')):.1f} ms in the server "
          f"(target < 20 ms); p99 is {serve['p99_ms'] / floor['p99_ms']:.2f}x the floor's")
    if "cpu_us" in serve and "cpu_us" in floor:
        print(f"server CPU per request: {floor['cpu_us'] / serve['cpu_us']:.2f}x the floor's capacity "
              f"({floor['cpu_us']:.0f} vs {serve['cpu_us']:.0f} µs)")


if __name__ == "__main__":
    main()
