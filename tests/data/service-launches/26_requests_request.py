import requests

URL = "https://api.mypurecloud.com/api/v2/flows/executions"


def launch(token, flow_id, inputs):
    response = requests.request("POST", URL, json={"flowId": flow_id, "inputData": inputs}, headers={"Authorization": f"Bearer {token}"})  # LAUNCH
    return response.json()
