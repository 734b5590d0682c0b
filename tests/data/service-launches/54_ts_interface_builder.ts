import axios from 'axios';

interface FlowLaunch { flowId: string; flowVersion?: string; inputData: Record<string, string> }

const toLaunch = (flowId: string, agentId: string): FlowLaunch => ({
  flowId,
  inputData: { 'Flow.agentId': agentId },
});

export const launch = async (flowId: string, agentId: string) =>
  (await axios.post('https://api.mypurecloud.com/api/v2/flows/executions', toLaunch(flowId, agentId))).data; // LAUNCH
