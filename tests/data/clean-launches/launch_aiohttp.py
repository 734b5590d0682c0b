import aiohttp

FLOW_ID = "5a0e7c3b-2d4f-4b6a-9e1c-7d3f5b9a2e84"
URL = "https://api.mypurecloud.com/api/v2/flows/executions"


async def launch(token: str, name: str) -> dict:
    async with aiohttp.ClientSession(headers={"Authorization": f"Bearer {token}"}) as session:
        async with session.post(URL, json={"flowId": FLOW_ID, "name": name}) as reply:
            return await reply.json()


async def launch_based(token: str) -> dict:
    async with aiohttp.ClientSession("https://api.mypurecloud.com") as session:
        async with session.post("/api/v2/flows/executions", json={"flowId": FLOW_ID}) as reply:
            return await reply.json()
