"""Launches with requests, as a script, a service class and a helper module write them."""

import json
import os

import requests

API = "https://api.mypurecloud.com/api/v2/flows/executions"
FLOW_ID = "5a0e7c3b-2d4f-4b6a-9e1c-7d3f5b9a2e84"


def launch_plain(token: str) -> dict:
    reply = requests.post(API, json={"flowId": FLOW_ID}, headers={"Authorization": f"Bearer {token}"}, timeout=10)
    reply.raise_for_status()
    return reply.json()


def launch_with_inputs(token: str, order_id: str) -> dict:
    body = {"flowId": FLOW_ID, "inputData": {"Flow.orderId": order_id}}
    return requests.post(API, json=body, headers={"Authorization": "Bearer " + token}).json()


def launch_string_body(token: str) -> dict:
    payload = json.dumps({"flowId": FLOW_ID, "name": "nightly"})
    return requests.post(API, data=payload, headers={"Content-Type": "application/json", "Authorization": token}).json()


def launch_items_added(version: str | None) -> dict:
    body = {"flowId": FLOW_ID, "inputData": {}}
    if version:
        body["flowVersion"] = version
    body["inputData"]["Flow.source"] = "cron"
    body.update({"name": "cron launch"})
    return requests.post(API, json=body).json()


class FlowLauncher:
    def __init__(self, token: str) -> None:
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {token}"

    def launch(self, case_id: str) -> dict:
        return self.session.post(API, json={"flowId": FLOW_ID, "inputData": {"Flow.caseId": case_id}}).json()

    def _post(self, path: str, payload: dict) -> dict:
        return self.session.post(f"https://api.mypurecloud.com{path}", json=payload, timeout=5).json()

    def launch_named(self, name: str) -> dict:
        return self._post("/api/v2/flows/executions", {"flowId": FLOW_ID, "name": name})

    def launch_env(self) -> dict:
        return self.session.request("POST", API, json={"flowId": os.environ["FLOW_ID"]}).json()


def build_body(order_id):
    return {"flowId": FLOW_ID, "inputData": {"Flow.orderId": order_id}}


def launch_built(order_id):
    return requests.post(API, json=build_body(order_id)).json()
