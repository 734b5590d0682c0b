import aiohttp


async def launch(token: str, flow_id: str, case: dict) -> str:
    headers = {"Authorization": f"Bearer {token}"}
    async with aiohttp.ClientSession(base_url="https://api.mypurecloud.com", headers=headers) as session:
        async with session.post("/api/v2/flows/executions", json={"flowId": flow_id, "inputData": {"Flow.case": case["id"]}}) as r:  # LAUNCH
            return (await r.json())["id"]
