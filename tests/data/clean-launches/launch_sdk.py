import PureCloudPlatformClientV2
from PureCloudPlatformClientV2 import ArchitectApi, FlowExecutionLaunchRequest

FLOW_ID = "5a0e7c3b-2d4f-4b6a-9e1c-7d3f5b9a2e84"


def launch_model(api_client, order_id: str):
    body = FlowExecutionLaunchRequest()
    body.flow_id = FLOW_ID
    body.flow_version = "3.0"
    body.input_data = {"Flow.orderId": order_id}
    return ArchitectApi(api_client).post_flows_executions(body)


def launch_dict(api_client):
    return ArchitectApi(api_client).post_flows_executions({"flowId": FLOW_ID, "name": "from a dict"})


def launch_keyword(api_client, name):
    api = PureCloudPlatformClientV2.ArchitectApi(api_client)
    request = FlowExecutionLaunchRequest()
    request.flow_id = FLOW_ID
    request.name = name
    return api.post_flows_executions(flow_launch_request=request)
