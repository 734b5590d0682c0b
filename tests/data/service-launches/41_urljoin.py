from urllib.parse import urljoin

import requests

BASE = "https://api.mypurecloud.com/"


def launch(token: str, flow_id: str) -> dict:
    return requests.post(urljoin(BASE, "api/v2/flows/executions"), json={"flowId": flow_id},  # LAUNCH
                         headers={"Authorization": f"Bearer {token}"}).json()
