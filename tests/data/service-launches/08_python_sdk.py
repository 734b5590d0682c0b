import os

import PureCloudPlatformClientV2 as pc

pc.configuration.host = pc.PureCloudRegionHosts.eu_west_1.get_api_host()
api_client = pc.api_client.ApiClient().get_client_credentials_token(os.environ["CID"], os.environ["SECRET"])
architect = pc.ArchitectApi(api_client)


def launch_survey(flow_id: str, conversation_id: str):
    body = pc.FlowExecutionLaunchRequest()
    body.flow_id = flow_id
    body.input_data = {"Flow.conversationId": conversation_id}
    return architect.post_flows_executions(body)  # LAUNCH
