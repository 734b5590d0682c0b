import api from './genesys-api';

export async function launch(flowId: string) {
  const { data } = await api.post('/api/v2/flows/executions', { flowId }); // LAUNCH
  return data.id;
}
