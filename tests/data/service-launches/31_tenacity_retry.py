import httpx
from tenacity import retry, stop_after_attempt


@retry(stop=stop_after_attempt(3))
def launch(client: httpx.Client, flow_id: str, ticket_id: str) -> str:
    response = client.post("https://api.mypurecloud.com/api/v2/flows/executions", json={  # LAUNCH
        "flowId": flow_id,
        "inputData": {"Flow.ticketId": ticket_id},
    })
    response.raise_for_status()
    return response.json()["id"]
