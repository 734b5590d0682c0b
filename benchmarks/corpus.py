"""A deterministic benchmark corpus: small launch bodies (10% broken in assorted ways) and a contract store."""

from __future__ import annotations

import json
import random
import uuid
from pathlib import Path
from typing import Any

TYPES = [("string", "Ana"), ("integer", 3), ("number", 2.5), ("boolean", True)]


def flow_ids(count: int, rng: random.Random) -> list[str]:
    return [str(uuid.UUID(int=rng.getrandbits(128), version=4)) for _ in range(count)]


def write_store(store: Path, flows: list[str], rng: random.Random) -> dict[str, dict[str, Any]]:
    """One snapshot per flow, 3-8 inputs each; returns flow id -> input properties."""
    store.mkdir(parents=True, exist_ok=True)
    declared: dict[str, dict[str, Any]] = {}
    for n, flow_id in enumerate(flows):
        properties: dict[str, Any] = {}
        for i in range(rng.randint(3, 8)):
            kind, _ = rng.choice(TYPES)
            properties[f"Flow.input{i}"] = {"type": kind}
        properties["Flow.dates"] = {"type": "array", "items": {"type": "string"}}
        declared[flow_id] = properties
        snapshot = {"fetchedAt": "2026-11-28T10:00:00Z", "flowId": flow_id, "flowName": f"Bench flow {n}",
                    "flowType": "WORKFLOW", "region": "mypurecloud.com", "versionId": "1.0",
                    "inputSchema": {"$schema": "http://json-schema.org/draft-04/schema#", "type": "object",
                                    "required": ["Flow.input0"], "properties": properties}}
        (store / f"{flow_id}.json").write_text(json.dumps(snapshot, indent=2, sort_keys=True))
    return declared


def good_body(flow_id: str, properties: dict[str, Any], n: int) -> dict[str, Any]:
    values = {"string": f"value {n}", "integer": n, "number": n / 4, "boolean": n % 2 == 0}
    inputs: dict[str, Any] = {}
    for name, spec in properties.items():
        inputs[name] = ["2026-03-29"] if spec["type"] == "array" else values[spec["type"]]
    return {"flowId": flow_id, "name": f"bench {n}", "inputData": inputs}


def break_body(body: dict[str, Any], rng: random.Random) -> str:
    """One of the mistakes people make, as file text."""
    mistake = rng.randrange(8)
    if mistake == 0:
        return json.dumps({"type": "flow", "configuration": {"flowId": body["flowId"], "parameters": body["inputData"]}}, indent=2)
    if mistake == 1:
        return json.dumps({"flow_id": body["flowId"], "inputData": body["inputData"]}, indent=2)
    if mistake == 2:
        inputs = {k.removeprefix("Flow."): v for k, v in body["inputData"].items()}
        return json.dumps({**body, "inputData": inputs}, indent=2)
    if mistake == 3:
        inputs = {k: str(v) for k, v in body["inputData"].items()}
        return json.dumps({**body, "inputData": inputs}, indent=2)
    if mistake == 4:
        return json.dumps(body, indent=2)[:-3] + ",\n}"
    if mistake == 5:
        return json.dumps({**body, "flowVersion": 3.0}, indent=2)
    if mistake == 6:
        return json.dumps({**body, "flowId": "Order follow-up"}, indent=2)
    inputs = dict(body["inputData"])
    inputs["Flow.unknownInput"] = 1
    return json.dumps({**body, "inputData": inputs}, indent=2)


def write_corpus(directory: Path, count: int, store: Path, *, broken: float = 0.1, seed: int = 20261128) -> list[Path]:
    """`count` bodies in `directory` (100 per subdirectory), `broken` of them wrong; a 20-flow store in `store`."""
    rng = random.Random(seed)
    flows = flow_ids(20, rng)
    declared = write_store(store, flows, rng)
    paths = []
    for n in range(count):
        flow_id = flows[n % len(flows)]
        body = good_body(flow_id, declared[flow_id], n)
        text = break_body(body, rng) if rng.random() < broken else json.dumps(body, indent=2)
        folder = directory / f"{n // 100:04d}"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"body-{n:06d}.json"
        path.write_text(text + "\n")
        paths.append(path)
    return paths


def write_big_body(path: Path, megabytes: int, flow_id: str) -> None:
    """One body whose inputData holds about `megabytes` MB of records."""
    records = []
    size = 0
    n = 0
    while size < megabytes * 1_000_000:
        record = {"id": n, "sku": f"SKU-{n:08d}", "qty": n % 7, "price": n * 0.25, "tags": ["a", "b"], "note": "x" * 40}
        records.append(record)
        size += 120
        n += 1
    path.write_text(json.dumps({"flowId": flow_id, "inputData": {"Flow.records": records}}))
