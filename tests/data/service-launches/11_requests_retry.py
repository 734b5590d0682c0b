import logging
import os

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger(__name__)


def _session() -> requests.Session:
    s = requests.Session()
    s.mount("https://", HTTPAdapter(max_retries=Retry(total=3)))
    return s


class FlowLauncher:
    def __init__(self, region: str, token: str) -> None:
        self.base = f"https://api.{region}/api/v2"
        self.token = token
        self.http = _session()

    def _headers(self) -> dict:
        return {"Authorization": f"Bearer {self.token}", "Content-Type": "application/json"}

    def launch(self, flow_id: str, **inputs) -> str:
        body = {"flowId": flow_id, "inputData": {f"Flow.{k}": v for k, v in inputs.items()}}
        r = self.http.post(f"{self.base}/flows/executions", json=body, headers=self._headers())  # LAUNCH
        r.raise_for_status()
        log.info("launched %s", r.json()["id"])
        return r.json()["id"]
