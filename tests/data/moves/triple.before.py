import requests

body = {
    "flowId": "0b9a4c1e-2f3d-4e5a-8b6c-7d8e9f0a1b2c",
    "Flow.note": """first
    second
third""",
    "inputData": {
        "Flow.b": 1,
    },
}
requests.post("https://api.mypurecloud.com/api/v2/flows/executions", json=body)
