from __future__ import annotations

import httpx

from .settings import settings


def make_client() -> httpx.Client:
    return httpx.Client(base_url=settings.genesys_url, headers={"Authorization": f"Bearer {settings.token}"})


def launch(flow_id: str, contact_id: str) -> str:
    with make_client() as client:
        response = client.post("/api/v2/flows/executions", json={"flowId": flow_id, "inputData": {"Flow.contactId": contact_id}})  # LAUNCH
        return response.json()["id"]
