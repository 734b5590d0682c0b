import requests

FLOW_ID = "00000000-0000-4000-8000-000000000000"

requests.post(
    "https://api.mypurecloud.com/api/v2/flows/executions",
    json={
        "flowId": FLOW_ID,
        "inputData": {
            "Flow.pair": (1, 2),
            "Flow.amount": 1e3,  # cents
            "Flow.text": "caf\u00e9",
            "Flow.note": """two
lines""",
        },
    },
)
