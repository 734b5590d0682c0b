import asyncio

import httpx

FLOW_ID = "5a0e7c3b-2d4f-4b6a-9e1c-7d3f5b9a2e84"


async def launch(token: str, order_id: str) -> str:
    async with httpx.AsyncClient(base_url="https://api.mypurecloud.com", headers={"Authorization": f"Bearer {token}"}) as client:
        reply = await client.post("/api/v2/flows/executions", json={"flowId": FLOW_ID, "inputData": {"Flow.orderId": order_id}})
        return reply.json()["id"]


def launch_sync(token: str) -> dict:
    with httpx.Client(base_url="https://api.mypurecloud.ie", timeout=10.0) as client:
        return client.post("/api/v2/flows/executions", json={"flowId": FLOW_ID, "flowVersion": "1.0"}).json()


def launch_function(token: str) -> dict:
    return httpx.post("https://api.mypurecloud.com/api/v2/flows/executions", json={"flowId": FLOW_ID},
                      headers={"Authorization": f"Bearer {token}"}).json()


async def launch_many(token: str, ids: list[str]) -> list[str]:
    return await asyncio.gather(*(launch(token, i) for i in ids))
