import ky from 'ky';

type Launch = { flowId: string; inputData: Record<string, unknown> };

const api = ky.create({ prefixUrl: '/genesys/api/v2' });

export function launchFromUi(flowId: string, agentId: string) {
  const launch: Launch = { flowId, inputData: { 'Flow.agentId': agentId } };
  return api.post('flows/executions', { json: launch }).json<{ id: string }>(); // LAUNCH
}
