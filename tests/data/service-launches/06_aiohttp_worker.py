import asyncio
import json

import aiohttp

BASE = "https://api.mypurecloud.de"


async def launch(session: aiohttp.ClientSession, flow_id: str, ticket: dict) -> str:
    body = {"flowId": flow_id, "inputData": {"Flow.ticketId": ticket["id"]}}
    async with session.post(f"{BASE}/api/v2/flows/executions", data=json.dumps(body),
                            headers={"Content-Type": "application/json"}) as resp:  # LAUNCH
        return (await resp.json())["id"]


async def main(tickets: list[dict]) -> None:
    async with aiohttp.ClientSession(headers={"Authorization": "Bearer x"}) as session:
        await asyncio.gather(*(launch(session, "6a1d2c3b-4e5f-4a7b-8c9d-0e1f2a3b4c5d", t) for t in tickets))
