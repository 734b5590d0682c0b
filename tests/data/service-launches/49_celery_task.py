import requests
from celery import shared_task
from django.conf import settings


@shared_task(bind=True, max_retries=3)
def launch_flow(self, flow_id: str, contact_id: str) -> str:
    payload = {"flowId": flow_id, "inputData": {"Flow.contactId": contact_id}}
    try:
        resp = requests.post(  # LAUNCH
            f"{settings.GENESYS_API_BASE}/api/v2/flows/executions",
            json=payload,
            headers={"Authorization": f"Bearer {settings.GENESYS_TOKEN}"},
            timeout=10,
        )
        resp.raise_for_status()
    except requests.RequestException as exc:
        raise self.retry(exc=exc)
    return resp.json()["id"]
