import requests


class Client:
    def __init__(self, region: str, token: str) -> None:
        self.region = region
        self.session = requests.Session()
        self.session.headers.update({"Authorization": f"Bearer {token}"})

    def url(self, path: str) -> str:
        return f"https://api.{self.region}/api/v2/{path}"

    def launch(self, flow_id: str, inputs: dict) -> str:
        return self.session.post(self.url("flows/executions"), json={"flowId": flow_id, "inputData": inputs}).json()["id"]  # LAUNCH
