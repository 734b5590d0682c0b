import PureCloudPlatformClientV2
from PureCloudPlatformClientV2.rest import ApiException


def launch(api_client, flow_id: str, inputs: dict):
    api = PureCloudPlatformClientV2.ArchitectApi(api_client)
    body = PureCloudPlatformClientV2.FlowExecutionLaunchRequest()  # its __init__ takes no arguments
    body.flow_id, body.input_data = flow_id, inputs
    try:
        return api.post_flows_executions(body)  # LAUNCH
    except ApiException as e:
        raise RuntimeError(e.body)
