from contextlib import asynccontextmanager

import httpx
from fastapi import FastAPI, Request


@asynccontextmanager
async def lifespan(app: FastAPI):
    app.state.genesys = httpx.AsyncClient(base_url="https://api.mypurecloud.com/api/v2")
    yield
    await app.state.genesys.aclose()

app = FastAPI(lifespan=lifespan)


@app.post("/start")
async def start(request: Request, flow_id: str):
    r = await request.app.state.genesys.post("/flows/executions", json={"flowId": flow_id})  # LAUNCH
    return r.json()
