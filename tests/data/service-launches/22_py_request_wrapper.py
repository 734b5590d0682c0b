import requests


class Genesys:
    def __init__(self, token: str, region: str = "mypurecloud.com") -> None:
        self.base = f"https://api.{region}"
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {token}"

    def _request(self, method: str, path: str, **kwargs):
        resp = self.session.request(method, self.base + path, timeout=10, **kwargs)
        resp.raise_for_status()
        return resp.json()

    def launch_flow(self, flow_id: str, inputs: dict) -> str:
        return self._request("POST", "/api/v2/flows/executions", json={"flowId": flow_id, "inputData": inputs})["id"]  # LAUNCH
