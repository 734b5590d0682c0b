import json
import os
import urllib.request


def handler(event, context):
    body = {"flowId": os.environ["FLOW_ID"], "inputData": {"Flow.caseId": event["caseId"]}}
    req = urllib.request.Request(
        "https://api.mypurecloud.com/api/v2/flows/executions",
        data=json.dumps(body).encode("utf-8"),
        headers={"Authorization": "Bearer " + os.environ["TOKEN"], "Content-Type": "application/json"},
        method="POST",
    )
    with urllib.request.urlopen(req) as resp:  # LAUNCH
        return json.loads(resp.read())
