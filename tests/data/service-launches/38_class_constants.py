import requests


class Genesys:
    BASE = "https://api.mypurecloud.com/api/v2"
    LAUNCH = BASE + "/flows/executions"

    def __init__(self, token: str) -> None:
        self.token = token

    def launch(self, flow_id: str) -> str:
        r = requests.post(self.LAUNCH, json={"flowId": flow_id}, headers={"Authorization": f"Bearer {self.token}"})  # LAUNCH
        return r.json()["id"]
