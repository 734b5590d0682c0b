import os

import httpx
import requests

FLOW_ID = os.environ.get("FLOW_ID", "5a0e7c3b-2d4f-4b6a-9e1c-7d3f5b9a2e84")
API = os.environ["GENESYS_API"]


class Worker:
    launch_path = "/api/v2/flows/executions"

    def __init__(self) -> None:
        self.client = httpx.Client(base_url=API, timeout=5)

    def run(self, job: dict) -> None:
        self.client.post("/api/v2/flows/executions", json={"flowId": FLOW_ID, "inputData": {"Flow.jobId": job["id"]}})

    def run_named(self, name: str) -> None:
        self.client.post("/api/v2/flows/executions", json={"flowId": FLOW_ID, "name": name})


def launch_from_env() -> None:
    requests.post(API + "/api/v2/flows/executions", json={"flowId": FLOW_ID})


def launch_lambda(event, context):
    body = {"flowId": FLOW_ID, "inputData": {"Flow.detail": event.get("detail", "")}}
    return requests.post(f"{API}/api/v2/flows/executions", json=body, timeout=3).status_code


async def launch_async(client: httpx.AsyncClient) -> None:
    await client.post(f"{API}/api/v2/flows/executions", json={"flowId": FLOW_ID, "flowVersion": "2.0"})


def launch_tuple_unpacked(order_id: str) -> int:
    url, payload = API + "/api/v2/flows/executions", {"flowId": FLOW_ID}
    return requests.post(API + "/api/v2/flows/executions", json={"flowId": FLOW_ID, "inputData": {"Flow.orderId": order_id}}).status_code
