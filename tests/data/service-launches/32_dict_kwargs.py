import requests


def launch(token, flow_id, order_id):
    body = dict(flowId=flow_id, inputData={"Flow.orderId": order_id})
    return requests.post("https://api.mypurecloud.com/api/v2/flows/executions", json=body,  # LAUNCH
                         headers={"Authorization": "Bearer " + token}).json()
