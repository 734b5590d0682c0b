import os
from typing import Any

import httpx

TOKEN = os.environ["GENESYS_TOKEN"]
API = "https://api.mypurecloud.com/api/v2"


async def _post(path: str, payload: dict[str, Any]) -> dict[str, Any]:
    async with httpx.AsyncClient() as client:
        resp = await client.post(API + path, json=payload, headers={"Authorization": f"Bearer {TOKEN}"})
        resp.raise_for_status()
        return resp.json()


async def start_flow(flow_id: str, case_id: str) -> str:
    result = await _post("/flows/executions", {"flowId": flow_id, "inputData": {"Flow.caseId": case_id}})  # LAUNCH
    return result["id"]
