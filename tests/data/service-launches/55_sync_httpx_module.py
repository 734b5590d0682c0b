import os

import httpx

TOKEN = os.getenv("GENESYS_TOKEN", "")


def launch(flow_id: str, *, version: str | None = None) -> str:
    body: dict = {"flowId": flow_id}
    if version:
        body["flowVersion"] = version
    response = httpx.post("https://api.mypurecloud.com/api/v2/flows/executions", json=body,  # LAUNCH
                          headers={"Authorization": f"Bearer {TOKEN}"})
    return response.json()["id"]
