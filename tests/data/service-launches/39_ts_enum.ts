import axios from 'axios';

enum GenesysPath {
  Launch = 'https://api.mypurecloud.com/api/v2/flows/executions',
}

export async function launch(token: string, flowId: string): Promise<string> {
  const { data } = await axios.post<{ id: string }>(GenesysPath.Launch, { flowId }, { headers: { Authorization: `Bearer ${token}` } }); // LAUNCH
  return data.id;
}
