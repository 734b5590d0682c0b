import json

import requests
from django.http import JsonResponse
from django.views.decorators.http import require_POST

GENESYS_URL = "https://api.mypurecloud.com/api/v2/flows/executions"


@require_POST
def launch(request):
    data = json.loads(request.body)
    body = {"flowId": data["flowId"], "inputData": {f"Flow.{k}": v for k, v in data.get("inputs", {}).items()}}
    r = requests.post(GENESYS_URL, data=json.dumps(body), headers={"Content-Type": "application/json", "Authorization": request.headers["Authorization"]})  # LAUNCH
    return JsonResponse(r.json(), status=r.status_code)
