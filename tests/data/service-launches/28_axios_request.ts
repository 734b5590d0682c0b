import axios from 'axios';

export async function launch(token: string, flowId: string) {
  const res = await axios.request<{ id: string }>({ // LAUNCH
    url: 'https://api.mypurecloud.com/api/v2/flows/executions',
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
    data: { flowId, inputData: { 'Flow.source': 'api' } },
  });
  return res.data.id;
}
