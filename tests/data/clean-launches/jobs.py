"""Nightly jobs that launch flows."""

from __future__ import annotations

import json
import logging

import requests

LOG = logging.getLogger(__name__)
FLOW_ID = "5a0e7c3b-2d4f-4b6a-9e1c-7d3f5b9a2e84"
LAUNCH = "https://api.mypurecloud.com/api/v2/flows/executions"


def nightly(session: requests.Session) -> None:
    for order_id in ("1", "2"):
        reply = session.post(LAUNCH, json={"flowId": FLOW_ID, "inputData": {"Flow.orderId": order_id}})
        LOG.info("launched %s", reply.json().get("id"))


def with_context(token: str) -> dict:
    with requests.Session() as session:
        return session.post(LAUNCH, json={"flowId": FLOW_ID, "flowVersion": "9.0"}, headers={"Authorization": f"Bearer {token}"}).json()


def with_request(token: str) -> dict:
    return requests.request("POST", LAUNCH, json={"flowId": FLOW_ID, "name": "request()"}, timeout=3).json()


def with_dict_call(count: int) -> dict:
    return requests.post(LAUNCH, json=dict(flowId=FLOW_ID, inputData={"Flow.count": count})).json()


def with_content(token: str) -> dict:
    body = json.dumps({"flowId": FLOW_ID})
    return requests.post(LAUNCH, data=body, headers={"content-type": "application/json"}).json()


def with_setdefault(extra: dict) -> dict:
    body = {"flowId": FLOW_ID, "inputData": {"Flow.source": "job"}}
    body.setdefault("name", "nightly job")
    return requests.post(LAUNCH, json=body).json()


def with_f_string(region: str) -> dict:
    return requests.post(f"https://api.{region}/api/v2/flows/executions", json={"flowId": FLOW_ID}).json()


def with_concatenation(base: str) -> dict:
    return requests.post(base + "/api/v2/flows/executions", json={"flowId": FLOW_ID, "inputData": {}}).json()
