import os

import httpx
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()
GENESYS_API = "https://api.mypurecloud.com/api/v2"


class Callback(BaseModel):
    phone: str
    reason: str


@app.post("/callbacks")
async def request_callback(cb: Callback) -> dict:
    async with httpx.AsyncClient(base_url=GENESYS_API, headers={"Authorization": f"Bearer {os.environ['TOKEN']}"}) as client:
        r = await client.post(  # LAUNCH
            "/flows/executions",
            json={"flowId": os.environ["FLOW_ID"], "inputData": {"Flow.phone": cb.phone, "Flow.reason": cb.reason}},
        )
        r.raise_for_status()
        return r.json()
