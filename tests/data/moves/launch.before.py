import requests

FLOW_ID = "00000000-0000-4000-8000-000000000000"

requests.post(
    "https://api.mypurecloud.com/api/v2/flows/executions",
    json={
        "flowId": FLOW_ID,
        "inputs": {
            "pair": (1, 2),
            "amount": 1e3,  # cents
            "text": "caf\u00e9",
            "note": """two
lines""",
        },
    },
)
