import httpx

PATHS = {"launch": "/api/v2/flows/executions", "status": "/api/v2/flows/executions/{id}"}


async def launch(client: httpx.AsyncClient, flow_id: str) -> str:
    r = await client.post("https://api.mypurecloud.com" + PATHS["launch"], json={"flowId": flow_id})  # LAUNCH
    return r.json()["id"]
